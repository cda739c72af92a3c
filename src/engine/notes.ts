import type { Pack } from './packs/schema.js';
import type { Language, Phrase, Signal, Span } from './report.js';
import { libraryFor } from './packs/library.js';
import { HANDOVER_TAG } from './handover.js';
import { fillPlaceholders, type FilledText } from './packs/placeholders.js';
import { detectLanguage } from './language.js';
import { readSignals } from './signals/index.js';
import { detectSteps } from './steps/index.js';
import { sentenceIndexAt, tokenAtSource, toSourceSpan, type TextDocument, toDocument } from './text/document.js';

/**
 * Internal notes for the hard tickets: an incident note when the customer is abusive or threatening (the method's
 * "document everything"), and a hand-over note for the colleague who takes a ticket over ("know your limits").
 * Both are pack phrases (`note-incident`, `note-handover`) that a team overrides like any other, filled with what the
 * customer and the draft say. Pure: the caller gives the time and the ticket.
 */
export type NoteKind = 'incident' | 'handover';

export interface NoteOptions {
  /** The customer's last message: the words to quote come from it. */
  customerMessage: string;
  /** When the note is written; the caller's clock, so that the engine stays deterministic. */
  at: Date;
  /** The IANA time zone to write the time in; the runtime's own unless told. */
  timeZone?: string;
  /** The ticket, as far as the page shows it. */
  ticket?: { url?: string; number?: string };
  /** The note's language; the draft's (or the customer's, for an empty draft) unless told. */
  language?: Language;
  packs?: readonly Pack[];
  withoutBuiltinPacks?: boolean;
  /** `{agent_name}` and the like, as for phrases. */
  placeholders?: Readonly<Record<string, string | undefined>>;
  /**
   * The gestures that need a supervisor's approval, as the sidebar offered them: the hand-over note is then addressed
   * to the supervisor and names what is to be approved.
   */
  forApproval?: readonly string[];
}

export interface Note extends FilledText {
  kind: NoteKind;
  language: Language;
  /** The customer's words quoted in the note, as spans of the customer's message. */
  quoted: Span[];
}

/** The signals an incident note documents. */
export const DOCUMENTED_SIGNALS: readonly Signal[] = ['abuse', 'threat'];

/** What a note template may say besides a phrase's `{customer_name}`, `{order_id}` and `{agent_name}`. */
export const NOTE_PLACEHOLDERS = ['date', 'time', 'ticket', 'customer_words', 'reply_does', 'reported_to', 'handed_to'] as const;

const TEMPLATE_ID: Record<NoteKind, string> = { incident: 'note-incident', handover: 'note-handover' };
const LOCALE: Record<Language, string> = { id: 'id-ID', ms: 'ms-MY', en: 'en-GB' };
/** A quoted sentence longer than this is cut: the note stays readable, and a pasted wall of text is not copied whole. */
const MAX_QUOTE = 400;
const MAX_QUOTES = 6;
const NOTHING: Record<Language, string> = { id: '(belum ada)', ms: '(belum ada)', en: '(nothing yet)' };
/** Whom a note asking for approval goes to, before the gestures it asks about. */
const SUPERVISOR_TO_APPROVE: Record<Language, string> = {
  id: 'supervisor saya, untuk persetujuan:',
  ms: 'penyelia saya, untuk kelulusan:',
  en: 'my supervisor, for approval of:',
};

/**
 * The incident note for a customer message that is abusive or threatening, or undefined when it is neither: the
 * time, the ticket, the customer's words that carry the abuse or threat quoted verbatim, what the reply does or
 * promises, and a `{reported_to}` line left for the agent to fill.
 */
export function incidentNote(draft: string, options: NoteOptions): Note | undefined {
  const customer = toDocument(options.customerMessage);
  const reads = readSignals(customer).filter((read) => DOCUMENTED_SIGNALS.includes(read.signal));
  if (reads.length === 0) return undefined;
  return note('incident', draft, customer, reads.flatMap((read) => read.spans), options);
}

/**
 * The hand-over note for the colleague or supervisor taking a ticket over: what the customer wants (their sentences
 * that ask, complain or demand, quoted), and what the reply does or promises so far.
 */
export function handoverNote(draft: string, options: NoteOptions): Note {
  const customer = toDocument(options.customerMessage);
  const spans = readSignals(customer).flatMap((read) => read.spans);
  // A calm request carries no signal: then the customer's first sentences say what they want.
  const wants = spans.length > 0 ? spans : customer.sentences.slice(0, 2).map((sentence) => toSourceSpan(customer, sentence.start, sentence.end));
  return note('handover', draft, customer, wants, options);
}

function note(kind: NoteKind, draft: string, customer: TextDocument, carrying: readonly Span[], options: NoteOptions): Note {
  const reply = toDocument(draft);
  const language = options.language ?? detectLanguage(reply.sentences.length > 0 ? reply : customer, customer);
  const library = libraryFor(options.packs ?? [], !options.withoutBuiltinPacks);
  const template = templateFor(library.phrases, kind, language);

  const quoted = sentencesAround(customer, carrying).slice(0, MAX_QUOTES);
  const quote = (span: Span) => {
    const words = customer.source.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    return `“${words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE)}…` : words}”`;
  };
  const steps = detectSteps(reply);
  const promises = [
    ...steps.filter((s) => s.step === 'resolution' || s.step === 'checkBack').flatMap((s) => s.spans),
    // A hand-over phrase in the reply promises who takes over and when, in words the steps may not read as a promise.
    ...phrasesIn(reply.source, library.phrasesTagged(HANDOVER_TAG, language)),
  ];
  const replyDoes = sentencesAround(reply, promises).map((span) => `- ${reply.source.slice(span.start, span.end).replace(/\s+/g, ' ').trim()}`);

  const date = new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: options.timeZone }).format(options.at);
  const time = new Intl.DateTimeFormat(LOCALE[language], { timeStyle: 'short', timeZone: options.timeZone }).format(options.at);
  const ticket = [options.ticket?.number && `#${options.ticket.number.replace(/^#/, '')}`, options.ticket?.url].filter(Boolean).join(' ');
  const filled = fillPlaceholders(template, {
    ...options.placeholders,
    date,
    time,
    ticket: ticket || undefined,
    customer_words: quoted.map((span) => `> ${quote(span)}`).join('\n'),
    reply_does: replyDoes.length > 0 ? replyDoes.join('\n') : NOTHING[language],
    ...(kind === 'handover' && options.forApproval?.length ? { handed_to: approvalLine(language, options.forApproval) } : {}),
  });
  return { kind, language, ...filled, quoted };
}

function approvalLine(language: Language, gestures: readonly string[]): string {
  return [SUPERVISOR_TO_APPROVE[language], ...gestures.map((gesture) => `- ${gesture.replace(/\s+/g, ' ').trim()}`)].join('\n');
}

function templateFor(phrases: readonly Phrase[], kind: NoteKind, language: Language): string {
  const id = TEMPLATE_ID[kind];
  const phrase = phrases.find((p) => p.id === id && p.language === language) ?? phrases.find((p) => p.id === id && p.language === 'en');
  // The built-in packs carry every template; a team that leaves out the built-ins and its own gets a bare one.
  return phrase?.text ?? `{date} {time}\n{ticket}\n{customer_words}\n{reply_does}\n{reported_to}`;
}

/**
 * Where the reply holds one of the phrases, as it was inserted (its placeholders filled with anything on one line): an
 * empty span at the start of each of its sentences, for `sentencesAround`.
 */
function phrasesIn(source: string, phrases: readonly Phrase[]): Span[] {
  const starts: Span[] = [];
  for (const phrase of phrases) {
    // Pack text is data: every part is escaped, and a filled placeholder is a short lazy run, so this cannot backtrack far.
    const parts = phrase.text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const found = new RegExp(parts.join('[^\\n]{1,80}?')).exec(source);
    if (!found) continue;
    starts.push({ start: found.index, end: found.index });
    for (const next of found[0].matchAll(/[.!?]\s+(?=\S)/g)) {
      const at = found.index + next.index + next[0].length;
      starts.push({ start: at, end: at });
    }
  }
  return starts;
}

/** The source sentences that hold the spans, each once, in order. */
function sentencesAround(doc: TextDocument, spans: readonly Span[]): Span[] {
  const found = new Map<number, Span>();
  if (doc.tokenStarts.length === 0) return [];
  for (const span of spans) {
    const token = tokenAtSource(doc, span.start);
    const index = sentenceIndexAt(doc, doc.tokenStarts[token]!);
    const sentence = doc.sentences[index];
    if (sentence && !found.has(index)) found.set(index, toSourceSpan(doc, sentence.start, sentence.end));
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, span]) => span);
}
