import type { Language, Phrase } from '../report.js';
import { fillPlaceholders } from '../packs/placeholders.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import type { RawFinding, Rule } from './rule.js';
import { WARMTH_RULE } from '../attention.js';

/**
 * The method's "smile": a warm greeting with the customer's name and a warm close carry it into writing. A
 * suggestion, never a warning, and only for replies of more than one sentence: a one-line chat answer needs neither.
 */
export const warmth: Rule = {
  meta: {
    id: WARMTH_RULE,
    kind: 'suggestion',
    description: {
      id: 'Balasan tanpa sapaan, tanpa nama pelanggan, atau tanpa penutup yang hangat.',
      ms: 'Balasan tanpa sapaan, tanpa nama pelanggan, atau tanpa penutup yang mesra.',
      en: "A reply with no greeting, no customer's name, or no warm close.",
    },
    messages: {
      default: {
        id: 'Mulailah dengan sapaan yang hangat: senyum Anda terbawa ke dalam tulisan.',
        ms: 'Mulakan dengan sapaan yang mesra: senyuman anda terbawa ke dalam tulisan.',
        en: 'Start with a warm greeting: your smile carries into writing.',
      },
      name: {
        id: 'Sapa pelanggan dengan namanya: {name}.',
        ms: 'Sapa pelanggan dengan namanya: {name}.',
        en: 'Greet the customer by name: {name}.',
      },
      close: {
        id: 'Tutup dengan hangat: ucapan terima kasih atau tawaran bantuan lagi.',
        ms: 'Tutup dengan mesra: ucapan terima kasih atau tawaran bantuan lagi.',
        en: 'End warmly: a thank-you or an offer to help again.',
      },
    },
    // Colleagues need no greeting in an internal note.
    quietInInternalNotes: true,
  },
  check({ draft, language, placeholders, phrases }) {
    if (draft.sentences.length < 2 || draft.tokenSourceStarts.length === 0) return [];
    const name = placeholders?.customer_name?.trim() || undefined;
    const values = { ...placeholders, customer_name: name };
    const offered = (tag: string) => phrasesToOffer(phrases?.(tag, language) ?? [], values, draft);
    const findings: RawFinding[] = [];

    const opening = greetingAtStart(draft, language);
    const start = draft.tokenSourceStarts[0]!;
    if (!opening) {
      findings.push({ start, end: start, messageId: 'default', suggestions: offered('opening').map((text) => `${text} `) });
    } else if (name && !namesCustomer(draft, opening.sentenceEnd, name)) {
      // The greeting stays; the name follows it.
      const { end } = opening.span;
      findings.push({ start: opening.span.start, end, messageId: 'name', suggestions: [`${draft.source.slice(opening.span.start, end)} ${name}`], data: { name } });
    }

    if (!closesWarmly(draft, language)) {
      const end = draft.tokenSourceEnds[draft.tokenSourceEnds.length - 1]!;
      findings.push({ start: end, end, messageId: 'close', suggestions: offered('closing').map((text) => ` ${text}`) });
    }
    return findings.filter((finding) => finding.messageId === 'name' || finding.suggestions.length > 0);
  },
};

// Warmth is a gentle nudge: shown with the findings, but not counted among the things to check, and it never opens
// the panel by itself (engine/attention.ts, small enough for the content script).
export { needsAttention } from '../attention.js';

/**
 * The packs' phrases for the spot, filled, and none that would leave a blank in the draft. Best first: those with
 * the customer's name when it is known, then those that address the customer the way the draft does ("Kak",
 * "encik"), then those that address no one, and last those with a form of address the draft does not use.
 */
function phrasesToOffer(phrases: readonly Phrase[], values: Readonly<Record<string, string | undefined>>, draft: TextDocument): string[] {
  // Whether the draft has the word: `normal` is its words between single spaces, with a space at each end.
  const inDraft = new Map<string, boolean>();
  const draftHas = (word: string) => {
    let found = inDraft.get(word);
    if (found === undefined) inDraft.set(word, (found = draft.normal.includes(` ${word} `)));
    return found;
  };
  const rank = (text: string, usesName: boolean) => {
    if (usesName) return 0;
    const addresses = addressesIn(text);
    if (addresses.length === 0) return 2;
    return addresses.some(draftHas) ? 1 : 3;
  };
  return phrases
    .map((phrase) => ({ usesName: phrase.text.includes('{customer_name}'), ...fillPlaceholders(phrase.text, values) }))
    .filter((phrase) => phrase.unfilled.length === 0)
    .map((phrase) => ({ text: phrase.text, rank: rank(phrase.text, phrase.usesName) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 4)
    .map((phrase) => phrase.text);
}

// Forms of address a phrase may carry: offered where the draft already uses them.
const ADDRESSES = ['kak', 'kakak', 'bapak', 'ibu', 'pak', 'bu', 'encik', 'cik', 'tuan', 'puan'];

/**
 * The forms of address in a phrase, kept by its text: the packs' phrases are the same at every analysis, and reading
 * each one's words again was most of this rule's time. Emptied when it holds too many (a name filled in varies).
 */
const addressesOfPhrase = new Map<string, readonly string[]>();
const ADDRESS_CACHE_LIMIT = 2_000;

function addressesIn(text: string): readonly string[] {
  let addresses = addressesOfPhrase.get(text);
  if (addresses === undefined) {
    const words = ` ${text.toLowerCase().replace(/[^\p{L}\s]/gu, ' ')} `;
    addresses = ADDRESSES.filter((word) => phraseIn(words, word));
    if (addressesOfPhrase.size >= ADDRESS_CACHE_LIMIT) addressesOfPhrase.clear();
    addressesOfPhrase.set(text, addresses);
  }
  return addresses;
}

// Words that open a reply warmly, as they appear in `normal` text (lower case, single spaces). Forms of address
// count too: "Kak Rina, …" greets.
const GREETINGS: Record<Language, readonly string[]> = {
  id: ['halo', 'hallo', 'hai', 'hi', 'hello', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'selamat datang', 'assalamualaikum', 'salam', 'dear', 'yth', 'kepada yth', 'terima kasih', 'makasih', 'kak', 'kakak', 'bapak', 'ibu', 'pak', 'bu', 'mas', 'mbak', 'sis', 'gan'],
  ms: ['hai', 'helo', 'hello', 'hi', 'salam', 'salam sejahtera', 'assalamualaikum', 'selamat pagi', 'selamat tengah hari', 'selamat petang', 'selamat malam', 'dear', 'terima kasih', 'tuan', 'puan', 'encik', 'cik', 'saudara', 'saudari', 'yang dihormati'],
  en: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'greetings', 'thanks', 'thank you', 'welcome'],
};

// Words that close warmly, anywhere in the last two sentences.
const CLOSINGS: Record<Language, readonly string[]> = {
  id: ['terima kasih', 'makasih', 'salam', 'hormat kami', 'semoga', 'jangan ragu', 'senang bisa membantu', 'senang membantu', 'ada lagi yang bisa', 'selamat', 'sehat selalu', 'sampai jumpa', 'kabari', 'hubungi kami'],
  ms: ['terima kasih', 'salam', 'sekian', 'semoga', 'jangan segan', 'jangan ragu', 'gembira dapat membantu', 'ada apa-apa lagi', 'selamat', 'yang benar', 'maklumkan', 'hubungi kami'],
  en: ['thanks', 'thank you', 'regards', 'best', 'cheers', 'sincerely', 'take care', 'have a', 'happy to help', 'glad to help', 'feel free', 'do not hesitate', 'let me know', 'hope this helps', 'all the best', 'reach out', 'enjoy'],
};

// Indonesian and Malay drafts greet and close in English too ("Hi Kak", "Thanks"). Built once, longest first, so
// that "selamat pagi" is found before "selamat".
const withEnglish = (lists: Record<Language, readonly string[]>): Record<Language, readonly string[]> => {
  const longestFirst = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
  return { id: longestFirst([...lists.id, ...lists.en]), ms: longestFirst([...lists.ms, ...lists.en]), en: longestFirst(lists.en) };
};
const OPENINGS = withEnglish(GREETINGS);
const CLOSES = withEnglish(CLOSINGS);

const phraseIn = (text: string, phrase: string) => text.includes(` ${phrase} `);

/** The greeting that opens the draft: its words as a source span, and where its sentence ends in `normal`. */
function greetingAtStart(draft: TextDocument, language: Language): { span: { start: number; end: number }; sentenceEnd: number } | undefined {
  const first = draft.sentences[0]!;
  const head = draft.normal.slice(first.start - 1, Math.min(first.end, first.start + 40));
  // The longest greeting that begins the sentence ("selamat pagi", not "selamat").
  const greeting = OPENINGS[language].find((words) => head.startsWith(` ${words} `));
  if (!greeting) return undefined;
  return { span: toSourceSpan(draft, first.start, first.start + greeting.length), sentenceEnd: first.end };
}

/** Whether the customer's name (any of its words) is in the opening sentence. */
function namesCustomer(draft: TextDocument, sentenceEnd: number, name: string): boolean {
  const opening = draft.normal.slice(0, sentenceEnd);
  return name.toLowerCase().split(/\s+/).some((word) => word.length > 1 && phraseIn(opening, word));
}

// A line of a signature or footer ("Admin Toko Maju", "WA 0812-555-1234") has at most this many words.
const SIGNATURE_LINE_WORDS = 6;

/** Whether the last two sentences, and the short lines of a signature after them, close warmly. */
function closesWarmly(draft: TextDocument, language: Language): boolean {
  const sentences = draft.sentences;
  let last = sentences.length - 1;
  while (last > 1 && wordsIn(draft, sentences[last]!) <= SIGNATURE_LINE_WORDS) last--;
  const from = sentences[Math.max(0, last - 1)]!.start - 1;
  const ending = draft.normal.slice(from);
  return CLOSES[language].some((words) => phraseIn(ending, words));
}

function wordsIn(draft: TextDocument, sentence: { start: number; end: number }): number {
  return draft.normal.slice(sentence.start, sentence.end).split(' ').length - 1;
}
