import type { Span } from '../report.js';
import { compileIndexedPattern, mayOccur, occursIn, patternBody, type PatternSource } from './pattern.js';
import { isQuestion, sentenceIndexAt, sentenceText, tokenAt, toSourceSpan, type TextDocument } from './document.js';

type Patterns = PatternSource | readonly PatternSource[];

/**
 * A family of phrasings (a thing to avoid, a step, a signal, a failure), with the contexts where its words are there
 * but it is not: a negation, reassurance, a purpose clause, a literal sense. The rules, the steps, the signals and
 * the failures all describe what they look for this way.
 */
export interface PhraseFamily {
  match: Patterns;
  /** It counts only when this also occurs in its sentence ("so you'll have to wait"; a weak verb needs a time). */
  onlyWithInSentence?: Patterns;
  /** It does not count when this occurs in its sentence (reassurance, a negation, a promise). */
  unlessInSentence?: Patterns;
  /** It does not count when this occurs anywhere in the text (an alternative offered elsewhere). */
  unlessInDraft?: Patterns;
  /** It does not count when it follows these words (within `afterWindow` words), as in "bukan salah Anda". */
  unlessAfter?: Patterns;
  /** How many words may stand between `unlessAfter` and the match; 2 unless told. */
  afterWindow?: number;
  /** It counts only at the start of its sentence, or after words that match this (a regular expression). */
  onlyAfter?: PatternSource;
  /** It counts only in a sentence that ends with a question mark. */
  onlyInQuestion?: boolean;
}

/**
 * Called with each match that counts: which family, the span of `normal` it covers, the regular expression's match
 * (for its groups only: it includes the space before the first word, and its `index` is not a position of `normal`)
 * and its sentence. Return false to stop.
 */
export type PhraseVisitor = (family: number, start: number, end: number, match: RegExpExecArray, sentence: Span) => boolean | void;

/** Families compiled once, to be found in any number of documents. */
export interface PhraseFamilies {
  /** Visits the matches that count, family by family, each family's in order of position. */
  each(doc: TextDocument, visit: PhraseVisitor): void;
  /** Whether any family occurs: stops at the first match. */
  occurs(doc: TextDocument): boolean;
}

interface CompiledFamily {
  match: RegExp;
  onlyWithInSentence?: RegExp;
  unlessInSentence?: RegExp;
  unlessInDraft?: RegExp;
  unlessAfter?: RegExp;
  onlyAfter?: RegExp;
  onlyInQuestion: boolean;
}

// Patterns run over whole texts take in the space before their first word: V8 runs them several times faster.
const FAST = { spaceBefore: true };

const alternatives = (sources: readonly PatternSource[]) => sources.map(patternBody).join('|');

/**
 * Compiles the conditions of families. Families share them (one list of negations, one of alternatives offered):
 * each list is compiled once, so that a document is searched for it once.
 */
function conditionCompiler() {
  const compiled = new Map<string, RegExp>();
  const condition = (kind: string, patterns: Patterns | undefined, make: (sources: readonly PatternSource[]) => RegExp) => {
    if (patterns === undefined) return undefined;
    const sources = [patterns].flat();
    const key = `${kind}\n${sources.join('\n')}`;
    let pattern = compiled.get(key);
    if (!pattern) compiled.set(key, (pattern = make(sources)));
    return pattern;
  };
  return {
    /** Somewhere in a sentence (or in the whole text). */
    within: (patterns: Patterns | undefined) => condition('within', patterns, (sources) => compileIndexedPattern(sources, FAST)),
    /** Ends within `window` words after one of the patterns: for the sentence's text before a match. */
    after: (patterns: Patterns | undefined, window: number) =>
      condition(`after ${window}`, patterns, (sources) => new RegExp(`(?:^| )(?:${alternatives(sources)})(?: [^ .!?]+){0,${window}} $`)),
    /** Nothing, or the patterns: for the sentence's text before a match. */
    nothingOr: (patterns: Patterns | undefined) => condition('nothing or', patterns, (sources) => new RegExp(`^ (?:(?:${alternatives(sources)}) )?$`)),
  };
}

// V8 compiles a very large regular expression to slow byte code: past this size two merged families cost less than one.
const MAX_PATTERN_SIZE = 8000;
// V8 compiles a pattern of over 20 KB to slow code (`kRegExpTooLargeToOptimize`).
const MAX_COMBINED_SIZE = 20_000;

const patternSize = (sources: readonly PatternSource[]) => sources.reduce((sum, source) => sum + patternBody(source).length + 5, 9);

export interface FindOptions {
  /**
   * Read the text once with all families together to find the sentences worth a closer look, and search only those:
   * worth it for phrasings most drafts lack (the things to avoid). Finders of common phrasings (the steps) and of
   * short texts (the customer's message) save the pattern instead: V8 compiles these patterns to a lot of machine
   * code, and past 16 MB of it compiles the next ones to code several times slower.
   */
  sentencesFirst?: boolean;
}

/**
 * Compiles the families. A family whose first words are nowhere in the text is skipped outright; the others are
 * searched family by family, in the sentences worth a look. Matches are spans of the document's `normal` text, each
 * within one sentence.
 */
export function phraseFamilies(families: readonly PhraseFamily[], { sentencesFirst = true }: FindOptions = {}): PhraseFamilies {
  const { within, after, nothingOr } = conditionCompiler();
  const compiled: CompiledFamily[] = families.map((family) => ({
    match: compileIndexedPattern(family.match, FAST),
    onlyWithInSentence: within(family.onlyWithInSentence),
    unlessInSentence: within(family.unlessInSentence),
    unlessInDraft: within(family.unlessInDraft),
    unlessAfter: after(family.unlessAfter, family.afterWindow ?? 2),
    onlyAfter: nothingOr(family.onlyAfter),
    onlyInQuestion: family.onlyInQuestion ?? false,
  }));
  const anyFamily = sentencesFirst ? together(families) : undefined;

  const each = (doc: TextDocument, visit: PhraseVisitor): void => {
    const sentences = doc.sentences;
    if (sentences.length === 0) return;
    const candidates = anyFamily ? sentencesMatching(anyFamily, doc) : undefined;
    if (candidates?.every((candidate) => !candidate)) return;
    // Families share their conditions: each is looked up once.
    const known = new Map<RegExp, boolean>();
    const conditionMayOccur = (pattern: RegExp) => {
      let found = known.get(pattern);
      if (found === undefined) known.set(pattern, (found = mayOccur(pattern, doc)));
      return found;
    };
    const inDraft = new Map<RegExp, boolean>();
    const occursInDraft = (pattern: RegExp) => {
      let found = inDraft.get(pattern);
      if (found === undefined) inDraft.set(pattern, (found = conditionMayOccur(pattern) && occursIn(pattern, doc.normal)));
      return found;
    };
    for (let index = 0; index < compiled.length; index++) {
      const family = compiled[index]!;
      if (!mayOccur(family.match, doc)) continue;
      if (family.unlessInDraft && occursInDraft(family.unlessInDraft)) continue;
      if (family.onlyWithInSentence && !conditionMayOccur(family.onlyWithInSentence)) continue;
      const search: Search = {
        doc,
        family,
        unlessInSentence: family.unlessInSentence && conditionMayOccur(family.unlessInSentence) ? family.unlessInSentence : undefined,
        visit: (start, end, m, sentence) => visit(index, start, end, m, sentence),
      };
      // Runs of sentences worth a look, each searched as one text.
      for (let first = 0; first < sentences.length; first++) {
        if (candidates && !candidates[first]) continue;
        let last = first;
        while (last + 1 < sentences.length && (!candidates || candidates[last + 1])) last++;
        if (!searchSentences(search, first, last)) return;
        first = last;
      }
    }
  };

  return {
    each,
    occurs(doc) {
      let found = false;
      each(doc, () => {
        found = true;
        return false;
      });
      return found;
    },
  };
}

interface Search {
  doc: TextDocument;
  family: CompiledFamily;
  /** The family's, unless no word of the text can begin it. */
  unlessInSentence: RegExp | undefined;
  visit: (start: number, end: number, match: RegExpExecArray, sentence: Span) => boolean | void;
}

/**
 * Searches sentences `first` to `last` for a family's matches that count, from `from` (a position of `normal`) on.
 * False when the visitor asked to stop.
 */
function searchSentences(search: Search, first: number, last: number, from?: number): boolean {
  const { doc, family, unlessInSentence, visit } = search;
  const { match, onlyWithInSentence, unlessAfter, onlyAfter, onlyInQuestion } = family;
  const sentences = doc.sentences;
  // The sentences alone, with the space before them for the word boundaries.
  const offset = sentences[first]!.start - 1;
  const text = doc.normal.slice(offset, sentences[last]!.end);
  let current = first;
  let counts: boolean | undefined;
  match.lastIndex = from === undefined ? 0 : from - offset;
  for (let m = match.exec(text); m; m = match.exec(text)) {
    const start = offset + m.index + 1; // after the space the match begins with
    const end = offset + m.index + m[0].length;
    while (sentences[current]!.end <= start) {
      current++;
      counts = undefined;
    }
    const sentence = sentences[current]!;
    if (end >= sentence.end) {
      // Across the end of the sentence (text left out between two parts): look in the sentence alone.
      if (current === last) continue;
      if (!searchSentences(search, current, current, start - 1)) return false;
      match.lastIndex = sentence.end - 1 - offset;
      continue;
    }
    if (counts === undefined) {
      const own = onlyWithInSentence || unlessInSentence || onlyInQuestion ? sentenceText(doc, sentence) : '';
      counts =
        (!onlyInQuestion || isQuestion(doc, sentence)) &&
        (!onlyWithInSentence || occursIn(onlyWithInSentence, own)) &&
        (!unlessInSentence || !occursIn(unlessInSentence, own));
    }
    if (!counts) continue;
    if (unlessAfter || onlyAfter) {
      const { text: before, wholeSentence } = wordsBefore(doc, sentence, start);
      if (unlessAfter?.test(before)) continue;
      if (onlyAfter && !(wholeSentence && onlyAfter.test(before))) continue;
    }
    if (visit(start, end, m, sentence) === false) return false;
  }
  return true;
}

/**
 * How far back `unlessAfter` and `onlyAfter` look: far more words than any of their phrasings and windows span. A
 * bound, so that a sentence of thousands of words (a draft without punctuation) is not read again for every match.
 */
const LOOK_BACK_WORDS = 32;

/**
 * The sentence's text before `start` (a position of `normal`), with the space before it, but no more than
 * `LOOK_BACK_WORDS` words; `wholeSentence` says whether it reaches the sentence's start.
 */
function wordsBefore(doc: TextDocument, sentence: Span, start: number): { text: string; wholeSentence: boolean } {
  // A match begins at a token's start, so this is the match's first token.
  const from = tokenAt(doc, start) - LOOK_BACK_WORDS;
  const fromPosition = from > 0 ? doc.tokenStarts[from]! : 0;
  if (fromPosition <= sentence.start) return { text: doc.normal.slice(sentence.start - 1, start), wholeSentence: true };
  return { text: doc.normal.slice(fromPosition - 1, start), wholeSentence: false };
}

/**
 * The families together, in as few patterns as V8 compiles to fast code; none when that saves too few patterns (at
 * most half as many as the families) for a pass over the whole text to pay. One pattern for all the languages is
 * compiled on the first draft, while V8 still compiles to fast code (see `sentencesFirst`).
 */
function together(families: readonly PhraseFamily[]): RegExp[] | undefined {
  const groups: PatternSource[][] = [];
  for (const family of families) {
    const sources = [family.match].flat();
    const last = groups.at(-1);
    if (last && patternSize([...last, ...sources]) <= MAX_COMBINED_SIZE) last.push(...sources);
    else groups.push([...sources]);
  }
  return groups.length * 2 <= families.length ? groups.map((sources) => compileIndexedPattern(sources, FAST)) : undefined;
}

/** Which sentences (by index) the patterns match in. */
function sentencesMatching(patterns: readonly RegExp[], doc: TextDocument): Uint8Array {
  const sentences = doc.sentences;
  const found = new Uint8Array(sentences.length);
  for (const pattern of patterns) {
    if (!mayOccur(pattern, doc)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(doc.normal); m; m = pattern.exec(doc.normal)) {
      const index = sentenceIndexAt(doc, m.index + 1);
      found[index] = 1;
      // On to the next sentence, whose first word's space is the last of this one.
      pattern.lastIndex = Math.max(sentences[index]!.end - 1, m.index + 1);
    }
  }
  return found;
}

/** Source spans of the families' matches, in order, without repeats: for the signals, in the customer's message. */
export function spanFinder(families: readonly PhraseFamily[]): (doc: TextDocument) => Span[] {
  const compiled = phraseFamilies(families, { sentencesFirst: false });
  return (doc) => {
    const spans: Span[] = [];
    compiled.each(doc, (_, start, end) => {
      spans.push(toSourceSpan(doc, start, end));
    });
    return sortSpans(spans);
  };
}

/** Whether any of the families occurs: for callers that need no spans. */
export function phraseTester(families: readonly PhraseFamily[]): (doc: TextDocument) => boolean {
  const compiled = phraseFamilies(families);
  return (doc) => compiled.occurs(doc);
}

/**
 * Spans of `normal` covered by the families' matches, overlapping ones joined: for the steps. Families with the same
 * conditions are searched as one pattern, up to a size, so a family's match hides the overlapping matches of the
 * families after it ("boleh saya tawarkan" after "yang" is not "saya tawarkan").
 */
export function familyFinder(families: readonly PhraseFamily[]): (doc: TextDocument) => Span[] {
  const compiled = phraseFamilies(mergeAlike(families), { sentencesFirst: false });
  return (doc) => {
    const spans: Span[] = [];
    compiled.each(doc, (_, start, end) => {
      spans.push({ start, end });
    });
    return mergeSpans(spans);
  };
}

function mergeAlike(families: readonly PhraseFamily[]): PhraseFamily[] {
  const groups = new Map<string, PhraseFamily>();
  const merged: PhraseFamily[] = [];
  for (const family of families) {
    const { match, ...conditions } = family;
    const key = JSON.stringify(conditions);
    const group = groups.get(key);
    const together = group && [...[group.match].flat(), ...[match].flat()];
    if (group && together && patternSize(together) <= MAX_PATTERN_SIZE) {
      group.match = together;
    } else {
      const own = { ...family };
      groups.set(key, own);
      merged.push(own);
    }
  }
  return merged;
}

/** Spans in order, without repeats. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((span, i) => i === 0 || span.start !== sorted[i - 1]!.start || span.end !== sorted[i - 1]!.end);
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
