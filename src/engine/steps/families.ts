import type { Span } from '../report.js';
import { patternBody, type PatternSource } from '../text/pattern.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';

/**
 * One family of phrasings that shows a step, with the contexts where the words are there but the step is not
 * (a negation, a purpose clause, a threat). Spans here are spans of the document's `normal` text.
 */
export interface StepFamily {
  match: PatternSource | readonly PatternSource[];
  /** The phrase does not count when this occurs in its sentence. */
  unlessInSentence?: PatternSource | readonly PatternSource[];
  /** The phrase does not count when it follows one of these words (within `afterWindow` words): "tidak perlu minta maaf". */
  unlessAfter?: readonly string[];
  /** How many words may stand between `unlessAfter` and the phrase; 2 unless told. */
  afterWindow?: number;
  /** The phrase counts only when this also occurs in its sentence (a weak verb needs a time). */
  onlyWithInSentence?: PatternSource | readonly PatternSource[];
  /** The phrase counts only at the start of its sentence, or after words that match this (a regular expression). */
  onlyAfter?: string;
  /** The phrase counts only in a sentence that ends with a question mark. */
  onlyInQuestion?: boolean;
}

interface CompiledFamily {
  match: RegExp;
  unlessInSentence?: RegExp;
  unlessAfter?: RegExp;
  onlyWithInSentence?: RegExp;
  onlyAfter?: RegExp;
  onlyInQuestion: boolean;
}

export type SpanFinder = (doc: TextDocument) => Span[];

// V8 compiles a very large regular expression to slow byte code: past this size a merged pattern costs more than two.
const MAX_PATTERN_SIZE = 8000;

/**
 * Compiles the families once; the finder returns their spans in `normal`, sorted and merged. Families with the same
 * conditions are scanned as one pattern, up to a size: on a 2 KB draft a scan's fixed cost is most of its cost.
 */
export function familyFinder(families: readonly StepFamily[]): SpanFinder {
  const groups = new Map<string, StepFamily>();
  const grouped: StepFamily[] = [];
  for (const family of families) {
    const { match, ...conditions } = family;
    const key = JSON.stringify(conditions);
    const group = groups.get(key);
    const merged = group && [...[group.match].flat(), ...[match].flat()];
    if (group && merged && wordPattern(merged).source.length <= MAX_PATTERN_SIZE) {
      group.match = merged;
    } else {
      const own = { ...family };
      groups.set(key, own);
      grouped.push(own);
    }
  }
  const compiled: CompiledFamily[] = grouped.map((family) => ({
    match: wordPattern(family.match),
    unlessInSentence: family.unlessInSentence ? wordPattern(family.unlessInSentence) : undefined,
    unlessAfter: family.unlessAfter
      ? new RegExp(`(?:^| )(?:${family.unlessAfter.join('|')})(?: [^ .!?]+){0,${family.afterWindow ?? 2}} $`)
      : undefined,
    onlyWithInSentence: family.onlyWithInSentence ? wordPattern(family.onlyWithInSentence) : undefined,
    onlyAfter: family.onlyAfter ? new RegExp(`^ (?:(?:${family.onlyAfter}) )?$`) : undefined,
    onlyInQuestion: family.onlyInQuestion ?? false,
  }));
  return (doc) => {
    const spans: Span[] = [];
    for (const family of compiled) {
      // An exec loop, not matchAll: matchAll copies the regular expression on every call.
      const pattern = family.match;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(doc.normal); m; m = pattern.exec(doc.normal)) {
        const start = m.index + 1; // after the space the pattern starts with
        const end = m.index + m[0].length;
        if (counts(doc, family, start)) spans.push({ start, end });
      }
    }
    return mergeSpans(spans);
  };
}

/**
 * Like `compilePattern`, but the match includes the space before the first word instead of looking behind for it:
 * V8 runs a pattern that starts with a literal several times faster than one that starts with a look-behind.
 */
export function wordPattern(source: PatternSource | readonly PatternSource[]): RegExp {
  const sources = typeof source === 'string' ? [source] : source;
  return new RegExp(` (?:${sources.map((s) => `(?:${patternBody(s)})`).join('|')})(?= )`, 'g');
}

function counts(doc: TextDocument, family: CompiledFamily, start: number): boolean {
  if (!family.onlyInQuestion && !family.unlessInSentence && !family.onlyWithInSentence && !family.unlessAfter && !family.onlyAfter) {
    return true;
  }
  const sentence = logicalSentenceAt(doc, start);
  if (family.onlyInQuestion && !isQuestion(doc, sentence)) return false;
  if (family.unlessInSentence && occursWithin(family.unlessInSentence, doc.normal, sentence)) return false;
  if (family.onlyWithInSentence && !occursWithin(family.onlyWithInSentence, doc.normal, sentence)) return false;
  const before = doc.normal.slice(Math.max(0, sentence.start - 1), start);
  if (family.unlessAfter && family.unlessAfter.test(before)) return false;
  return !family.onlyAfter || family.onlyAfter.test(before);
}

/** Whether the pattern matches inside the span (a span of `normal`), looking no further than the span. */
export function occursWithin(pattern: RegExp, normal: string, span: Span): boolean {
  // The slice keeps the space before the span's first word, which the patterns start with.
  pattern.lastIndex = 0;
  return pattern.test(normal.slice(Math.max(0, span.start - 1), span.end));
}

/** Whether the sentence ends with a question mark. */
export function isQuestion(doc: TextDocument, sentence: Span): boolean {
  return doc.normal.slice(sentence.end - 2, sentence.end) === '? ';
}

/** The sentence around a position of `normal`, joined across dots that do not end a sentence ("5 p.m. today"). */
export function logicalSentenceAt(doc: TextDocument, position: number): Span {
  const sentences = logicalSentences(doc);
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (position < sentence.start) high = mid - 1;
    else if (position >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return { start: 0, end: doc.normal.length };
}

// Each document is split once, however many phrases ask for their sentence.
const sentencesOf = new WeakMap<TextDocument, readonly Span[]>();

/** Sentences of `normal`, joined across dots that do not end a sentence. */
export function logicalSentences(doc: TextDocument): readonly Span[] {
  let joined = sentencesOf.get(doc);
  if (!joined) {
    const spans: Span[] = [];
    for (const sentence of doc.sentences) {
      const last = spans[spans.length - 1];
      if (last && last.end === sentence.start && isInnerDot(doc, last.end - 2)) last.end = sentence.end;
      else spans.push({ ...sentence });
    }
    sentencesOf.set(doc, (joined = spans));
  }
  return joined;
}

const ONE_LETTER_WORD = /(?:^|[^\p{L}])\p{L}$/u;

// A dot after a one-letter word and before a lower-case one ("p.m. today", "e.g. the") does not end a sentence.
function isInnerDot(doc: TextDocument, normalPosition: number): boolean {
  if (doc.normal[normalPosition] !== '.' || doc.normal[normalPosition - 1] !== ' ') return false;
  const dot = toSourceSpan(doc, normalPosition, normalPosition + 1);
  const source = doc.source;
  if (dot.end - dot.start !== 1 || source[dot.start] !== '.') return false;
  const next = /^\s*(\S)/u.exec(source.slice(dot.end, dot.end + 8))?.[1] ?? '';
  return ONE_LETTER_WORD.test(source.slice(Math.max(0, dot.start - 2), dot.start)) && /\p{Ll}/u.test(next);
}

/** Sorted, with overlapping spans joined. */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Words the customer is addressed by, in id, ms and en (the normalised spelling). */
export const ADDRESS =
  '(?:anda|kakak|kak|bapak|pak|ibu|bu|encik|cik|tuan|puan|awak|kamu|kalian|korang|saudara|saudari|sis|gan|agan|mas|mbak|mba|abang|bang|dik|adik|you|your|sir|madam|maam)';
