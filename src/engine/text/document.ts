import type { Span } from '../report.js';
import { agentRegions } from './agent-text.js';
import { CHAT_SPELLINGS, expandContraction, spellOutChatForm, withoutDrawnOutLetters } from './chat-spellings.js';
import { endsWithListNumber, endsWithOneLetterWord, startsListItem, startsLowerCase } from './letters.js';

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
  /** Token i's text in `normal` (one word, or a few: "do not", "terima kasih"). */
  readonly tokenTexts: readonly string[];
  /** Where token i came from in the source: `source.slice(tokenSourceStarts[i], tokenSourceEnds[i])`. */
  readonly tokenSourceStarts: Int32Array;
  readonly tokenSourceEnds: Int32Array;
  /** The same as spans, made when asked. */
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
// A run of emoji (with their skin tones, joiners and variation selectors) and a line break (with the blank lines and
// indentation after it) are tokens too: chat text ends sentences with them instead of a dot.
export const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:['’‘`][\p{L}]+|-[\p{L}\p{N}]+|(?<=\p{N})[.,:/]\p{N}+)*|[.!?]+|[,;:]|[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B50}\u{2B55}](?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B50}\u{2B55}]|\u{FE0F}|\u{200D})*|\n\s*/gu;

/**
 * No sentence runs on for more words than this: a longer one (a draft without punctuation) is read as several. Every
 * look at a sentence then costs a bounded time, so the whole analysis stays linear in the draft's length.
 */
export const MAX_SENTENCE_WORDS = 120;
/** A longer "word" (a pasted token, a run of letters) is read as its first letters only, for the same reason. */
export const MAX_WORD_LENGTH = 40;

const CURLY_APOSTROPHES = /[’‘`]/g;

// Dots that are not tokens at all: after titles and common abbreviations.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'pk', 'bpk', 'sdr', 'sdri', 'no', 'e.g', 'i.e', 'etc', 'jl', 'tel', 'st', 'vs', 'hj', 'dll', 'dsb', 'yth', 'cth']);

export function toDocument(source: string): TextDocument {
  const texts: string[] = [];
  // Typed arrays grown by doubling: a `{ start, end }` per token, kept for the whole analysis, was half of
  // toDocument's time (objects that outlive a scavenge are copied, then allocated old).
  // A token takes three characters or more, most often: sized for that, few drafts grow them.
  const capacity = (source.length >> 2) + 16;
  let starts = new Int32Array(capacity);
  let sourceStarts = new Int32Array(capacity);
  let sourceEnds = new Int32Array(capacity);
  let tokenCount = 0;
  const rawWords: string[] = [];
  const sentences: Span[] = [];
  let length = 1;
  let sentenceStart = 1;
  let previousWord = '';
  let previousToken = '';
  let inList: boolean;

  const push = (text: string, start: number, end: number) => {
    if (tokenCount === starts.length) {
      starts = grown(starts);
      sourceStarts = grown(sourceStarts);
      sourceEnds = grown(sourceEnds);
    }
    starts[tokenCount] = length;
    sourceStarts[tokenCount] = start;
    sourceEnds[tokenCount++] = end;
    texts.push(text);
    length += text.length + 1;
    previousToken = text;
  };
  let sentenceWords = 0;
  const endSentence = () => {
    if (length > sentenceStart) sentences.push({ start: sentenceStart, end: length });
    sentenceStart = length;
    sentenceWords = 0;
  };

  for (const region of agentRegions(source)) {
    inList = false;
    // Each region is searched on its own: a search over the whole source from each region's start would run on
    // past the region's end, once per region (quadratic in a draft of many quoted lines).
    const text = source.slice(region.start, region.end);
    let from = 0;
    while (nextToken(text, from)) {
      const raw = tokenText;
      const at = tokenIndex;
      from = at + raw.length;
      const start = region.start + at;
      const end = start + raw.length;
      const first = raw.charCodeAt(0);
      if (first === 10 /* \n */) {
        const next = text.slice(at + raw.length, at + raw.length + 4);
        // A list its line introduces ("Yang sudah saya lakukan:\n- …\n- …") is read as one sentence of clauses.
        inList = raw.indexOf('\n', 1) < 0 && startsListItem(next) && (inList || previousToken === ',');
        if (length === sentenceStart) continue;
        if (inList) {
          if (previousToken !== ',') push(',', start, start);
        } else if (endsSentenceAtLineBreak(text, at, raw, previousToken)) {
          push('.', start, start);
          endSentence();
        }
        continue;
      }
      if (isEmoji(first)) {
        // An emoji: chat puts it where a dot would be ("maaf ya kak 🙏 sy udah cek"), unless punctuation follows it.
        if (length > sentenceStart && !PUNCTUATION_NEXT.test(text.slice(at + raw.length, at + raw.length + 8))) {
          push('.', start, start);
          endSentence();
        }
        continue;
      }
      if (first === 46 /* . */ || first === 33 /* ! */ || first === 63 /* ? */) {
        if (first === 46 && raw.length === 1 && (ABBREVIATIONS.has(previousWord) || isListNumber(text, at))) continue;
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
      const folded = (raw.length > MAX_WORD_LENGTH ? raw.slice(0, MAX_WORD_LENGTH) : raw).toLowerCase();
      // Tested first: a replace on every word made a third of the garbage of reading a draft.
      const lower = hasCurlyApostrophe(folded) ? folded.replace(CURLY_APOSTROPHES, "'") : folded;
      rawWords.push(lower);
      previousWord = lower;
      if (sentenceWords === MAX_SENTENCE_WORDS) endSentence();
      sentenceWords++;
      push(normalizeWord(lower), start, end);
    }
    // A region boundary (quoted text between) ends the sentence.
    endSentence();
  }
  const normal = texts.length === 0 ? ' ' : ` ${texts.join(' ')} `;
  let words: ReadonlySet<string> | undefined;
  let spans: Span[] | undefined;
  const tokenSourceStarts = sourceStarts.subarray(0, tokenCount);
  const tokenSourceEnds = sourceEnds.subarray(0, tokenCount);
  return {
    // Made when asked (rarely): splitting every draft's text into a set of its words was garbage on each keystroke.
    get words() {
      return (words ??= new Set(normal.split(' ')));
    },
    source,
    normal,
    tokenStarts: starts.subarray(0, tokenCount),
    tokenTexts: texts,
    tokenSourceStarts,
    tokenSourceEnds,
    get tokenSpans() {
      return (spans ??= Array.from(tokenSourceStarts, (start, i) => ({ start, end: tokenSourceEnds[i]! })));
    },
    rawWords,
    sentences,
  };
}

/** Whether the word has ’, ‘ or `, read by character code: a regular expression on every word was slow where V8 does not compile them. */
function hasCurlyApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit === 0x2019 || unit === 0x2018 || unit === 96) return true;
  }
  return false;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

// The token `nextToken` found: its text, and where it starts in the text searched.
let tokenText = '';
let tokenIndex = 0;

/**
 * Finds the first token of TOKEN's at or after `from`, as `TOKEN.exec` would, into `tokenText` and `tokenIndex`;
 * false when there is none. Text in ASCII is read without the regular expression, which is left to a token with a
 * character outside it in reach (a letter with an accent, a curly apostrophe, an emoji, a space after a line break
 * that may be Unicode's): its match arrays were a seventh of an analysis's garbage, and compiling it (its Unicode
 * classes) 16M instructions of the first analysis of a draft that needs it nowhere.
 */
function nextToken(text: string, from: number): boolean {
  for (let at = from; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit >= 128) {
      if (!startsPlainEmoji(text, at)) return nextTokenByRegex(text, at);
      // A run of emoji, as TOKEN's: each with its skin tone, joiner or variation selector.
      let end = at;
      for (let width = emojiWidth(text, end, true); width > 0; width = emojiWidth(text, end, true)) end += width;
      tokenText = text.slice(at, end);
      tokenIndex = at;
      return true;
    }
    if (isAsciiLetterOrDigit(unit)) {
      const end = asciiWordEnd(text, at);
      if (end < 0) return nextTokenByRegex(text, at);
      tokenText = text.slice(at, end);
      tokenIndex = at;
      return true;
    }
    if (unit === 44 /* , */ || unit === 59 /* ; */ || unit === 58 /* : */) {
      tokenText = unit === 44 ? ',' : text.charAt(at);
      tokenIndex = at;
      return true;
    }
    if (isSentenceMark(unit)) {
      // A run of `.`, `!` and `?`, as TOKEN's `[.!?]+`.
      let end = at + 1;
      while (end < text.length && isSentenceMark(text.charCodeAt(end))) end++;
      tokenText = end === at + 1 && unit === 46 ? '.' : text.slice(at, end);
      tokenIndex = at;
      return true;
    }
    if (unit === 10 /* \n */) {
      // A line break and the white space after it, as TOKEN's `\n\s*`.
      const end = asciiRunEnd(text, at + 1, isAsciiSpace);
      if (end < 0) return nextTokenByRegex(text, at);
      tokenText = text.slice(at, end);
      tokenIndex = at;
      return true;
    }
    // Any other ASCII character starts no token: TOKEN's search goes on past it.
  }
  return false;
}

function nextTokenByRegex(text: string, at: number): boolean {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  if (m === null) return false;
  tokenText = m[0];
  tokenIndex = m.index;
  return true;
}

/** The tokens `toDocument` reads in a text, with where each starts: what `TOKEN.exec` finds, one after another. */
export function tokensOf(text: string): [number, string][] {
  const tokens: [number, string][] = [];
  for (let from = 0; nextToken(text, from); from = tokenIndex + tokenText.length) tokens.push([tokenIndex, tokenText]);
  return tokens;
}

function isSentenceMark(unit: number): boolean {
  return unit === 46 /* . */ || unit === 33 /* ! */ || unit === 63 /* ? */;
}

function isAsciiLetterOrDigit(unit: number): boolean {
  return isAsciiLetter(unit) || isAsciiDigit(unit);
}

function isAsciiLetter(unit: number): boolean {
  return (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90);
}

function isAsciiDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

/** White space in ASCII (`\s` takes Unicode's spaces too, which are left to TOKEN). */
function isAsciiSpace(unit: number): boolean {
  return unit === 32 || (unit >= 9 && unit <= 13);
}

/**
 * Where the run of units that pass `test` from `at` ends; -1 when a unit outside ASCII comes first, but for an emoji
 * (`startsPlainEmoji`), which ends the run.
 */
function asciiRunEnd(text: string, at: number, test: (unit: number) => boolean): number {
  let end = at;
  for (; end < text.length; end++) {
    const unit = text.charCodeAt(end);
    if (unit >= 128) return startsPlainEmoji(text, end) ? end : -1;
    if (!test(unit)) break;
  }
  return end;
}

/**
 * The UTF-16 units of the character at `at` if it is one of TOKEN's emoji (U+1F000–1FAFF, U+2600–27BF, U+2B50, U+2B55)
 * or, with `joined`, a joiner or a variation selector (U+200D, U+FE0F) after one; else 0.
 */
function emojiWidth(text: string, at: number, joined: boolean): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd83c && unit <= 0xd83e) {
    const low = text.charCodeAt(at + 1);
    if (low < 0xdc00 || low > 0xdfff) return 0;
    const point = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    return point >= 0x1f000 && point <= 0x1faff ? 2 : 0;
  }
  return (unit >= 0x2600 && unit <= 0x27bf) || unit === 0x2b50 || unit === 0x2b55 || (joined && (unit === 0x200d || unit === 0xfe0f)) ? 1 : 0;
}

/**
 * Whether an emoji of TOKEN's starts at `at` that is none of a word's letters, marks or numbers (TOKEN's words take
 * those first): the blocks of pictographs, emoticons, transport and symbols (U+1F300–1F6FF, U+1F900–1FAFF), the
 * symbols and dingbats but for the circled digits (U+2600–2775, U+2794–27BF), the stars (U+2B50, U+2B55). Any other
 * character outside ASCII is left to TOKEN.
 */
function startsPlainEmoji(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (emojiWidth(text, at, false) === 0) return false;
  if (unit < 0xd800) return unit <= 0x2775 || unit >= 0x2794;
  const point = ((unit - 0xd800) << 10) + (text.charCodeAt(at + 1) - 0xdc00) + 0x10000;
  return (point >= 0x1f300 && point <= 0x1f6ff) || point >= 0x1f900;
}

/**
 * Where TOKEN's word that starts at `at` with an ASCII letter or digit ends: its letters and digits, then each
 * apostrophe (' or `) before letters, hyphen before letters or digits, and `.,:/` between digits, as TOKEN's
 * `[\p{L}\p{M}\p{N}]+(?:['’‘\`][\p{L}]+|-[\p{L}\p{N}]+|(?<=\p{N})[.,:/]\p{N}+)*` reads them; -1 when a character outside
 * ASCII is in reach (a letter with an accent or a mark in the word, a curly apostrophe, a letter of another script
 * after a hyphen), which TOKEN decides.
 */
function asciiWordEnd(text: string, at: number): number {
  // Its letters and digits, in a loop of its own: every word of every draft runs it.
  let end = at + 1;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  while (end >= 0 && end < text.length) {
    const unit = text.charCodeAt(end);
    if (unit >= 128) return startsPlainEmoji(text, end) ? end : -1;
    const apostrophe = unit === 39 /* ' */ || unit === 96; /* ` */
    const betweenDigits = (unit === 46 || unit === 44 || unit === 58 || unit === 47) /* . , : / */ && isAsciiDigit(text.charCodeAt(end - 1));
    if (!apostrophe && unit !== 45 /* - */ && !betweenDigits) return end;
    const next = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
    if (next >= 128) return startsPlainEmoji(text, end + 1) ? end : -1;
    if (apostrophe && isAsciiLetter(next)) end = asciiRunEnd(text, end + 1, isAsciiLetter);
    else if (unit === 45 && isAsciiLetterOrDigit(next)) end = asciiRunEnd(text, end + 1, isAsciiLetterOrDigit);
    else if (betweenDigits && isAsciiDigit(next)) end = asciiRunEnd(text, end + 1, isAsciiDigit);
    else return end;
  }
  return end;
}

/** The first UTF-16 unit of an emoji of TOKEN's: a high surrogate of U+1F000–1FAFF, a symbol or dingbat, a star. */
function isEmoji(unit: number): boolean {
  return (unit >= 0xd83c && unit <= 0xd83e) || (unit >= 0x2600 && unit <= 0x27bf) || unit === 0x2b50 || unit === 0x2b55;
}

/** Whether the dot at `dot` follows a list item's number at the start of its line ("1. Cek resi"): not a sentence end. */
function isListNumber(text: string, dot: number): boolean {
  return endsWithListNumber(text.slice(Math.max(0, dot - 6), dot)) && /^\s/.test(text.charAt(dot + 1));
}

// What comes right after an emoji that ends the sentence in its place.
const PUNCTUATION_NEXT = /^\s*[.!?,;:]/;
// A line that starts in lower case goes on from the line before it when that one ends with a comma or a word that
// no sentence ends with (a line wrapped by an e-mail client: "…because the\nparcel…").
const GOES_ON_AFTER = new Set([
  ',', 'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'for', 'with', 'because', 'if', 'that', 'your', 'our',
  'yang', 'dan', 'atau', 'tapi', 'untuk', 'dengan', 'karena', 'sebab', 'kerana', 'kalau', 'jika', 'di', 'ke', 'dari', 'pada', 'kepada', 'bahwa', 'bahawa',
]);

/**
 * Whether a line break ends the sentence before it. A blank line always does; so does a single one in chat text,
 * where a line is a sentence ("ok kak\nsy cek dulu ya"), unless the next line starts in lower case after a comma
 * or a word that cannot end a sentence ("If you cancel now,\nwe will refund the balance").
 */
function endsSentenceAtLineBreak(text: string, at: number, lineBreak: string, previousToken: string): boolean {
  if (lineBreak.indexOf('\n', 1) > 0) return true;
  return !(GOES_ON_AFTER.has(previousToken) && startsLowerCase(text.slice(at + lineBreak.length, at + lineBreak.length + 2)));
}

// Spaces before the next word, in the same paragraph (one line break at most).
const SPACE_IN_PARAGRAPH = /^[^\S\n]*(?:\n[^\S\n]*)?/;
/** Whether the next word is in lower case, in the same paragraph (`/^[^\S\n]*(?:\n[^\S\n]*)?\p{Ll}/u`). */
function nextIsLowerCase(text: string): boolean {
  return startsLowerCase(text.slice(SPACE_IN_PARAGRAPH.exec(text)![0].length));
}

// A dot after a one-letter word and before a lower-case one ("p.m. today", "e.g. the") does not end a sentence.
function isInnerDot(source: string, dot: number): boolean {
  return endsWithOneLetterWord(source.slice(Math.max(0, dot - 2), dot)) && nextIsLowerCase(source.slice(dot + 1, dot + 9));
}

/**
 * Each word's normal spelling, kept from draft to draft (a draft is read again at each pause in typing, mostly the
 * same words): the chat-spelling tests ran on every word of every analysis. Emptied when it holds too many.
 */
const normalOfWord = new Map<string, string>();
const NORMAL_CACHE_LIMIT = 20_000;

function normalizeWord(word: string): string {
  let normal = normalOfWord.get(word);
  if (normal === undefined) {
    if (normalOfWord.size >= NORMAL_CACHE_LIMIT) normalOfWord.clear();
    normalOfWord.set(word, (normal = normalSpellingOf(word)));
  }
  return normal;
}

function normalSpellingOf(word: string): string {
  const spelled = CHAT_SPELLINGS.get(word);
  if (spelled !== undefined) return spelled;
  // A contraction drawn out ("caaan't") is expanded once its letters are typed once.
  return expandContraction(word.includes("'") ? withoutDrawnOutLetters(word) : word) ?? spellOutChatForm(word) ?? word;
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
  const starts = doc.tokenSourceStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= sourcePosition) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Maps a span of `normal` to the span of the source it came from. */
export function toSourceSpan(doc: TextDocument, normalStart: number, normalEnd: number): Span {
  if (doc.tokenSourceStarts.length === 0) return { start: 0, end: 0 };
  const first = tokenAt(doc, normalStart);
  const last = tokenAt(doc, Math.max(normalStart, normalEnd - 1));
  return { start: doc.tokenSourceStarts[first]!, end: doc.tokenSourceEnds[last]! };
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
