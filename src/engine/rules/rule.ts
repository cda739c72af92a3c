import type { Language, Localized, Phrase, Signal, Span } from '../report.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { tokenFamilies, type PhraseFamilies, type PhraseFamily } from '../match/families.js';
import { matchCase, opensSentence } from '../text/case.js';
import type { EntrySource } from '../match/compile.js';
import { clauseEnd, clauseStart, tailEnd } from '../text/clause.js';
import { inReportedQuote } from '../text/reported-quote.js';
import { builtinProgram, RULE_LIMITS } from '../match/compile.js';

/** What a rule is, for `ramah rules`, the docs and the meta test. */
export interface RuleMeta {
  id: string;
  kind: 'warning' | 'suggestion';
  /** One line: what the rule flags. */
  description: Localized;
  /** Messages by id; `{placeholders}` are filled from the finding's data. */
  messages: Record<string, Localized>;
  /** Tone rules stay quiet in internal notes, which are for colleagues. */
  quietInInternalNotes: boolean;
}

export interface RuleContext {
  draft: TextDocument;
  language: Language;
  /** The customer's last message, when known. */
  customer?: TextDocument;
  signals: ReadonlySet<Signal>;
  /** Values the page and the options know for `{customer_name}`, `{order_id}`, `{agent_name}`. */
  placeholders?: Readonly<Record<string, string | undefined>>;
  /** The draft is an internal note, for colleagues. */
  internal?: boolean;
  /** The packs' phrases with a tag (`opening`, `closing`) in a language, for rules that offer them. */
  phrases?: (tag: string, language: Language) => readonly Phrase[];
}

/** A finding before the engine gives it a message: a span of the source draft and its rewordings. */
export interface RawFinding {
  start: number;
  end: number;
  messageId: string;
  suggestions: string[];
  data?: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RawFinding[];
  /**
   * Whether the rule's own exceptions answer a sentence (a span of the source) that the learned layer flags for it:
   * dont-know's promise to find out in the next sentence. The layer reads one sentence; the rule reads the draft.
   */
  answers?(draft: TextDocument, span: Span): boolean;
}

/** Rewordings: one list, or one per language of the draft (for phrasings Indonesian and Malay share). */
export type Suggestions = readonly string[] | Partial<Record<Language, readonly string[]>>;

/**
 * One family of phrasings that a phrase rule flags, with the contexts where it is fine (`unlessInSentence`,
 * `unlessInDraft`, `unlessAfter`: reassurance, a negation, an alternative offered elsewhere).
 */
export interface PhrasePattern extends PhraseFamily {
  /** The languages the phrasing belongs to; its suggestions are in the same language. */
  lang: readonly Language[];
  /** Rewordings of the matched words. `$1`… insert the pattern's groups. */
  suggest: Suggestions;
  messageId?: string;
  /**
   * What the rewording replaces, so that the draft reads right once it is applied: the matched words (the default),
   * the rest of their clause too (`rest`: "tim klaim yang belum memproses berkas Bapak" → "kesalahan kami"), or the
   * whole clause (`clause`, for a rewording that is a clause of its own: "saya akan bantu mengurusnya").
   */
  replaces?: 'words' | 'rest' | 'clause';
  /** A next clause that carries the same deflection on (", bukan salah kami", ", mereka telat kirim"): replaced too. */
  tail?: EntrySource;
}

/**
 * Counts the rules' own work on their findings (the earlier spans a new one is compared with, the tokens a finding
 * marks), so that tests can compare it on texts of different lengths, as `matcherWork` does the matcher's.
 */
export const findingWork = { steps: 0 };

/** The rules' families compile with fillers let through between their written words (`RULE_LIMITS`). */
export const ruleFamilies = (families: readonly PhraseFamily[]): PhraseFamilies => tokenFamilies(families, RULE_LIMITS);

/**
 * A rule made of phrase families: the common shape of the things to avoid. `compile` reads the patterns (a team
 * pack's rules compile within tighter limits; hostile-tone wraps them to give a suggestion the matched verb).
 */
export function phraseRule(meta: RuleMeta, patterns: readonly PhrasePattern[], compile: (families: readonly PhraseFamily[]) => PhraseFamilies = ruleFamilies): Rule {
  const families = compile(patterns);
  const tails = patterns.map((pattern) => (pattern.tail ? builtinProgram([pattern.tail]) : undefined));
  return {
    meta,
    check({ draft, language }) {
      const findings: RawFinding[] = [];
      // The spans matched so far, each with its finding, by sentence: a span stays within its sentence (a clause, a
      // tail), so only those of its own sentence can overlap it. One list for the whole draft made this quadratic in
      // the findings (a draft of thousands of them). Made at the first match, and `dropped` at the first finding
      // replaced: most rules find nothing in a draft.
      let bySentence: Map<number, Array<[start: number, end: number, finding: RawFinding]>> | undefined;
      let dropped: Set<RawFinding> | undefined;
      // Findings whose rewording is a clause, or the rest of one: the next one can join them.
      const clauses = new Set<RawFinding>();
      families.each(draft, (index, matchStart, matchEnd, m, sentence) => {
        const pattern = patterns[index]!;
        const core = toSourceSpan(draft, matchStart, matchEnd);
        if (inReportedQuote(draft, core.start, core.end)) return;
        const replaces = pattern.replaces ?? 'words';
        const start = replaces === 'clause' ? clauseStart(draft.normal, matchStart, sentence) : matchStart;
        const end = tailEnd(draft, replaces === 'words' ? matchEnd : clauseEnd(draft.normal, matchEnd, sentence), sentence, tails[index]?.());
        bySentence ??= new Map();
        let matched = bySentence.get(sentence.start);
        if (matched === undefined) bySentence.set(sentence.start, (matched = []));
        // Two families of one rule matching the same words make one finding: the one that replaces them all.
        findingWork.steps += matched.length;
        const overlapping = matched.filter(([s, e]) => start < e && s < end);
        if (overlapping.some(([s, e]) => s <= start && end <= e)) return;
        for (const old of overlapping) {
          matched.splice(matched.indexOf(old), 1);
          (dropped ??= new Set()).add(old[2]);
        }
        const span = toSourceSpan(draft, start, end);
        const written = draft.source.slice(span.start, span.end);
        const opens = opensSentence(draft.source, span.start);
        const rewordings = suggestionsFor(pattern, language).map((s) => matchCase(written, fillGroups(s, m), opens, draft.source));
        // After "Maaf Kak," a rewording that apologises again comes last: one apology is enough.
        const apologised = APOLOGY.test(draft.source.slice(toSourceSpan(draft, sentence.start, sentence.start).start, span.start));
        const suggestions = apologised ? [...rewordings.filter((r) => !APOLOGY.test(r)), ...rewordings.filter((r) => APOLOGY.test(r))] : rewordings;
        // Written out: a spread of the span was a tenth of this visitor's time.
        const finding = { start: span.start, end: span.end, messageId: pattern.messageId ?? 'default', suggestions };
        findings.push(finding);
        matched.push([start, end, finding]);
        if (replaces !== 'words') clauses.add(finding);
      });
      return joinNeighbours(draft.source, dropped ? findings.filter((f) => !dropped!.has(f)) : findings, clauses);
    },
  };
}

const APOLOGY = /\b(?:maaf|sorry|apologi[sz]e|apologies)\b/i;

// A comma, or "and", between two findings: "kesilapan kurier, bukan salah kami" is one deflection.
const NEIGHBOURS = /^\s*(?:[,;]\s*(?:(?:dan|and|serta)\s+)?|(?:dan|and|serta)\s+)$/i;

/**
 * One finding for a finding whose rewording is a clause and a finding of the same rule right after it: applied, the
 * first one's rewording replaces both.
 */
function joinNeighbours(source: string, findings: RawFinding[], clauses: ReadonlySet<RawFinding>): RawFinding[] {
  const sorted = findings.sort((a, b) => a.start - b.start);
  const joined: RawFinding[] = [];
  let last: RawFinding | undefined;
  for (const finding of sorted) {
    if (last && clauses.has(last) && finding.start >= last.end && NEIGHBOURS.test(source.slice(last.end, finding.start))) {
      joined[joined.length - 1] = { ...joined.at(-1)!, end: Math.max(last.end, finding.end) };
      last = { ...last, end: Math.max(last.end, finding.end) };
      continue;
    }
    joined.push(finding);
    last = finding;
  }
  return joined;
}
function suggestionsFor(pattern: PhrasePattern, language: Language): readonly string[] {
  const suggest = pattern.suggest;
  if (isList(suggest)) return suggest;
  // In an English draft, shared Indonesian/Malay words take the pattern's first language.
  return suggest[language] ?? suggest[pattern.lang[0]!] ?? Object.values(suggest)[0] ?? [];
}

function isList(suggest: Suggestions): suggest is readonly string[] {
  return Array.isArray(suggest);
}

function fillGroups(template: string, m: readonly string[]): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
}
