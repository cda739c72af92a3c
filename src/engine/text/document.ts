import type { Span } from '../report.js';
import { agentRegions } from './agent-text.js';
import { CHAT_SPELLINGS, expandContraction, spellOutChatForm } from './chat-spellings.js';

/**
 * A text made ready for matching. Words are lower-cased, curly apostrophes straightened, chat spellings and
 * contractions expanded, and joined with single spaces into `normal`, which begins and ends with a space.
 * Sentence ends (`.`, `!`, `?`, a blank line) and commas are tokens of their own, so that patterns can stop at them.
 * Every position in `normal` maps back to a span of the original text.
 */
export interface TextDocument {
  readonly source: string;
  /** The distinct words of `normal`. */
  readonly words: ReadonlySet<string>;
  readonly normal: string;
  /** `tokenStarts[i]` is where token i begins in `normal`; tokens are in order. */
  readonly tokenStarts: Int32Array;
  readonly tokenSpans: readonly Span[];
  /** Lower-cased source words, before spelling normalisation: for language detection. */
  readonly rawWords: readonly string[];
  /**
   * Sentences as spans of `normal`, each from its first word to the space after its last token. A dot inside a
   * sentence ("5 p.m. today", "e.g. the") keeps its token but does not end the sentence.
   */
  readonly sentences: readonly Span[];
}

// A word (letters, digits, inner apostrophes and hyphens, as in "anak-anak" or "don't"; numbers such as Rp15.000,
// 17.00 or 1/2 whole), or a run of sentence punctuation.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’‘`][\p{L}]+|-[\p{L}\p{N}]+|(?<=\p{N})[.,:/]\p{N}+)*|[.!?]+|[,;:]|\n\s*\n/gu;

/**
 * No sentence runs on for more words than this: a longer one (a draft without punctuation) is read as several. Every
 * look at a sentence then costs a bounded time, so the whole analysis stays linear in the draft's length.
 */
export const MAX_SENTENCE_WORDS = 120;
/** A longer "word" (a pasted token, a run of letters) is read as its first letters only, for the same reason. */
export const MAX_WORD_LENGTH = 40;

// Dots that are not tokens at all: after titles and common abbreviations.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'pk', 'bpk', 'sdr', 'sdri', 'no', 'e.g', 'i.e', 'etc', 'jl', 'tel', 'st', 'vs', 'hj', 'dll', 'dsb', 'yth', 'cth']);

export function toDocument(source: string): TextDocument {
  const normalParts: string[] = [' '];
  const starts: number[] = [];
  const spans: Span[] = [];
  const rawWords: string[] = [];
  const sentences: Span[] = [];
  let length = 1;
  let sentenceStart = 1;
  let previousWord = '';

  const push = (text: string, start: number, end: number) => {
    starts.push(length);
    spans.push({ start, end });
    normalParts.push(text, ' ');
    length += text.length + 1;
  };
  let sentenceWords = 0;
  const endSentence = () => {
    if (length > sentenceStart) sentences.push({ start: sentenceStart, end: length });
    sentenceStart = length;
    sentenceWords = 0;
  };

  for (const region of agentRegions(source)) {
    // Each region is searched on its own: a search over the whole source from each region's start would run on
    // past the region's end, once per region (quadratic in a draft of many quoted lines).
    const text = source.slice(region.start, region.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const raw = m[0];
      const start = region.start + m.index;
      const end = start + raw.length;
      const first = raw.charCodeAt(0);
      if (first === 10 /* \n */) {
        if (length > sentenceStart) { push('.', start, start); endSentence(); }
        continue;
      }
      if (first === 46 /* . */ || first === 33 /* ! */ || first === 63 /* ? */) {
        if (first === 46 && raw.length === 1 && ABBREVIATIONS.has(previousWord)) continue;
        // "!!!" and "?!" become one token, the last mark deciding: the raw text keeps the count for tone rules.
        push(raw.includes('?') ? '?' : raw.includes('!') ? '!' : '.', start, end);
        if (!(raw === '.' && isInnerDot(source, start))) endSentence();
        previousWord = '';
        continue;
      }
      if (first === 44 || first === 59 || first === 58) {
        push(',', start, end);
        continue;
      }
      const lower = (raw.length > MAX_WORD_LENGTH ? raw.slice(0, MAX_WORD_LENGTH) : raw).toLowerCase().replace(/[’‘`]/g, "'");
      rawWords.push(lower);
      previousWord = lower;
      if (sentenceWords === MAX_SENTENCE_WORDS) endSentence();
      sentenceWords++;
      push(normalizeWord(lower), start, end);
    }
    // A region boundary (quoted text between) ends the sentence.
    endSentence();
  }
  const normal = normalParts.join('');
  return {
    words: new Set(normal.split(' ')),
    source,
    normal,
    tokenStarts: Int32Array.from(starts),
    tokenSpans: spans,
    rawWords,
    sentences,
  };
}

const ONE_LETTER_WORD = /(?:^|[^\p{L}])\p{L}$/u;
// The next word is in lower case, in the same paragraph.
const NEXT_IS_LOWER_CASE = /^[^\S\n]*(?:\n[^\S\n]*)?\p{Ll}/u;

// A dot after a one-letter word and before a lower-case one ("p.m. today", "e.g. the") does not end a sentence.
function isInnerDot(source: string, dot: number): boolean {
  return ONE_LETTER_WORD.test(source.slice(Math.max(0, dot - 2), dot)) && NEXT_IS_LOWER_CASE.test(source.slice(dot + 1, dot + 9));
}

function normalizeWord(word: string): string {
  const spelled = CHAT_SPELLINGS.get(word);
  if (spelled !== undefined) return spelled;
  return expandContraction(word) ?? spellOutChatForm(word) ?? word;
}

/** The token whose text in `normal` contains `position` (the nearest one at or before it). */
export function tokenAt(doc: TextDocument, position: number): number {
  const starts = doc.tokenStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The token that begins at or nearest before a position of the source; 0 for a text without tokens. */
export function tokenAtSource(doc: TextDocument, sourcePosition: number): number {
  const spans = doc.tokenSpans;
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= sourcePosition) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Maps a span of `normal` to the span of the source it came from. */
export function toSourceSpan(doc: TextDocument, normalStart: number, normalEnd: number): Span {
  if (doc.tokenSpans.length === 0) return { start: 0, end: 0 };
  const first = tokenAt(doc, normalStart);
  const last = tokenAt(doc, Math.max(normalStart, normalEnd - 1));
  return { start: doc.tokenSpans[first]!.start, end: doc.tokenSpans[last]!.end };
}

/** The index of the sentence around a position of `normal` (sentences cover all of it but the first space). */
export function sentenceIndexAt(doc: TextDocument, position: number): number {
  const sentences = doc.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The sentence (a span of `normal`) around a position of `normal`. */
export function sentenceAt(doc: TextDocument, position: number): Span {
  return doc.sentences[sentenceIndexAt(doc, position)] ?? { start: 0, end: doc.normal.length };
}

/** The sentence's text with the space before it, for patterns (which look for a space before a word). */
export function sentenceText(doc: TextDocument, sentence: Span): string {
  return doc.normal.slice(Math.max(0, sentence.start - 1), sentence.end);
}

/** Whether the sentence ends with a question mark. */
export function isQuestion(doc: TextDocument, sentence: Span): boolean {
  return doc.normal.slice(sentence.end - 2, sentence.end) === '? ';
}
