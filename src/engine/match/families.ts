import type { Span } from '../report.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { mergeSpans, sortSpans } from '../text/spans.js';
import { BUILTIN_LIMITS, builtinLoaders, builtinProgram, conditionLoaders, compileProgram, isBuiltinLimits, type CompileLimits, type EntrySource, type Program } from './compile.js';
import { endsAt, endsWithin, findAll, occursBetween, occursInRanges, tokenView, type TokenView } from './matcher.js';

/**
 * A family of phrasings (a thing to avoid, a step, a signal, a failure), with the contexts where its words are there
 * but it is not: a negation, reassurance, a purpose clause, a literal sense. The rules, the steps, the signals and
 * the failures all describe what they look for this way, in token patterns (`syntax.ts`).
 */
export interface PhraseFamily {
  match: EntrySource;
  /** It counts only when this also occurs in its sentence ("so you'll have to wait"; a weak verb needs a time). */
  onlyWithInSentence?: EntrySource;
  /** It does not count when this occurs in its sentence (reassurance, a negation, a promise). */
  unlessInSentence?: EntrySource;
  /** It does not count when this occurs anywhere in the text (an alternative offered elsewhere). */
  unlessInDraft?: EntrySource;
  /**
   * It does not count when this occurs in its sentence or in the `nextSentences` sentences after it (2 unless told):
   * a "no" followed by what can be done, which a reader takes as one answer.
   */
  unlessInNextSentences?: EntrySource;
  /** How many sentences after the match's own `unlessInNextSentences` reads; 2 unless told. */
  nextSentences?: number;
  /**
   * It counts only when this occurs in its sentence or in the `previousSentences` sentences before it (1 unless told):
   * a bare "Bukan dari toko ya kak." puts the fault named just before ("kendalanya ada di pihak SPX") on a party.
   */
  onlyWithInPreviousSentences?: EntrySource;
  /** How many sentences before the match's own `onlyWithInPreviousSentences` reads; 1 unless told. */
  previousSentences?: number;
  /** It does not count when it follows these words (within `afterWindow` words), as in "bukan salah Anda". */
  unlessAfter?: EntrySource;
  /** How many words may stand between `unlessAfter` and the match; 2 unless told. */
  afterWindow?: number;
  /** It counts only at the start of its sentence, or right after words that match this. */
  onlyAfter?: EntrySource;
  /** It counts only in a sentence that ends with a question mark. */
  onlyInQuestion?: boolean;
}

/**
 * Called with each match that counts: which family, the span of `normal` it covers, `groups` (the matched words of
 * `normal` as `groups[0]`; a wrapper may add pieces, which a suggestion's `$1`… insert) and its sentence. Return
 * false to stop.
 */
export type PhraseVisitor = (family: number, start: number, end: number, groups: string[], sentence: Span) => boolean | void;

/** Families compiled once, to be found in any number of documents. */
export interface PhraseFamilies {
  /** Visits the matches that count, family by family, each family's in order of position. */
  each(doc: TextDocument, visit: PhraseVisitor): void;
  /** Whether any family occurs: stops at the first match. */
  occurs(doc: TextDocument): boolean;
}

/**
 * Phrase families, found in one pass over the document's words with all the families' patterns together, their
 * conditions read over words:
 *
 * - `unlessAfter`: no match of it ends within `afterWindow` words (2 unless told) before the match, in its sentence;
 * - `onlyAfter`: the match starts its sentence, or follows a match of it that does;
 * - `unlessInNextSentences`: no match of it in its sentence nor in the `nextSentences` (2 unless told) after it;
 * - `onlyWithInPreviousSentences`: a match of it in its sentence or in the `previousSentences` (1 unless told) before it;
 * - `unlessInSentence`, `onlyWithInSentence`, `unlessInDraft`, `onlyInQuestion` as before.
 */

/** How far back `unlessAfter` and `onlyAfter` look, in words. */
const LOOK_BACK_WORDS = 32;

interface CompiledConditions {
  onlyWithInSentence?: number;
  unlessInSentence?: number;
  unlessInDraft?: number;
  unlessInNextSentences?: number;
  nextSentences: number;
  onlyWithInPreviousSentences?: number;
  previousSentences: number;
  unlessAfter?: number;
  afterWindow: number;
  onlyAfter?: number;
  onlyInQuestion: boolean;
}

/** Compiles the families: their matches into one program, their conditions (shared where equal) into another. */
export function tokenFamilies(families: readonly PhraseFamily[], limits: CompileLimits = BUILTIN_LIMITS): PhraseFamilies {
  const conditionSources: EntrySource[] = [];
  const conditionIds = new Map<string, number>();
  const condition = (source: EntrySource | undefined) => {
    if (source === undefined) return undefined;
    const key = typeof source === 'string' ? source : source.join('\n');
    let id = conditionIds.get(key);
    if (id === undefined) {
      id = conditionSources.length;
      conditionSources.push(source);
      conditionIds.set(key, id);
    }
    return id;
  };
  const conditions: CompiledConditions[] = families.map((family) => ({
    onlyWithInSentence: condition(family.onlyWithInSentence),
    unlessInSentence: condition(family.unlessInSentence),
    unlessInDraft: condition(family.unlessInDraft),
    unlessInNextSentences: condition(family.unlessInNextSentences),
    nextSentences: family.nextSentences ?? 2,
    onlyWithInPreviousSentences: condition(family.onlyWithInPreviousSentences),
    previousSentences: family.previousSentences ?? 1,
    unlessAfter: condition(family.unlessAfter),
    afterWindow: family.afterWindow ?? 2,
    onlyAfter: condition(family.onlyAfter),
    onlyInQuestion: family.onlyInQuestion ?? false,
  }));
  // Each condition is a program of its own (entry 0), to ask whether it occurs in a sentence or where it ends.
  // The built-in programs are loaded when first used, so that a page where no draft is written pays nothing for
  // them, and a condition's only when a match asks for it: most of the programs (207 of 245) are conditions, and in a
  // draft most families do not match. A team pack's are all compiled now, so that its errors show when it loads.
  // Each built-in program's place among the declared ones (`builtinLoaders`), by which a bundle reads its table.
  const builtin = isBuiltinLimits(limits);
  const matchesPlace = builtin ? builtinLoaders.length : undefined;
  let matchProgram: Program | undefined;
  const matches = () =>
    (matchProgram ??= compileProgram(
      families.map((family) => family.match),
      limits,
      matchesPlace,
    ));
  const alone = new Array<Program | undefined>(conditionSources.length).fill(undefined);
  const conditionProgram = (id: number) => (alone[id] ??= compileProgram([conditionSources[id]!], limits, builtin ? matchesPlace! + 1 + id : undefined));
  if (!builtin) {
    matches();
    conditionSources.forEach((_, id) => conditionProgram(id));
  } else {
    // One loader a program, so that `enginePreparation` loads them a few at a time; in this order, the tables' own.
    builtinLoaders.push(matches);
    conditionSources.forEach((_, id) => {
      const load = () => conditionProgram(id);
      builtinLoaders.push(load);
      conditionLoaders.add(load);
    });
  }

  const each: PhraseFamilies['each'] = (doc, visit) => {
    const program = matches();
    const view = tokenView(doc);
    const sentenceCount = view.sentenceStarts.length;
    // Made at the first condition asked: most calls find no match, or matches without conditions.
    let inDraft: Map<number, boolean> | undefined;
    let inSentence: Map<number, boolean> | undefined;
    // Made once per call, not per match (closures per match were a tenth of an analysis's garbage).
    const occursInDraft = (id: number) => {
      const memo = (inDraft ??= new Map());
      let found = memo.get(id);
      if (found === undefined) memo.set(id, (found = occursInDocument(conditionProgram(id), view)));
      return found;
    };
    const occursInSentence = (id: number, sentence: number) => {
      const memo = (inSentence ??= new Map());
      const key = id * sentenceCount + sentence;
      let found = memo.get(key);
      if (found === undefined) memo.set(key, (found = occursBetween(conditionProgram(id), view, view.sentenceStarts[sentence]!, view.sentenceEnds[sentence]!)));
      return found;
    };
    const occursSoonAfter = (id: number, s: number, sentences: number) => {
      for (let next = s; next < sentenceCount && next <= s + sentences; next++) if (occursInSentence(id, next)) return true;
      return false;
    };
    const occursJustBefore = (id: number, s: number, sentences: number) => {
      for (let before = s; before >= 0 && before >= s - sentences; before--) if (occursInSentence(id, before)) return true;
      return false;
    };
    for (const { entry, start, end, range: s } of findAll(program, view, view.sentenceStarts, view.sentenceEnds)) {
      const c = conditions[entry]!;
      const first = view.sentenceStarts[s]!;
      const last = view.sentenceEnds[s]!;
      if (c.unlessInDraft !== undefined && occursInDraft(c.unlessInDraft)) continue;
      if (c.onlyInQuestion && view.words[last - 1] !== '?') continue;
      if (c.unlessInNextSentences !== undefined && occursSoonAfter(c.unlessInNextSentences, s, c.nextSentences)) continue;
      if (c.onlyWithInSentence !== undefined && !occursInSentence(c.onlyWithInSentence, s)) continue;
      if (c.onlyWithInPreviousSentences !== undefined && !occursJustBefore(c.onlyWithInPreviousSentences, s, c.previousSentences)) continue;
      if (c.unlessInSentence !== undefined && occursInSentence(c.unlessInSentence, s)) continue;
      if (c.unlessAfter !== undefined && endsWithin(conditionProgram(c.unlessAfter), view, Math.max(first, start - LOOK_BACK_WORDS), start - 1 - c.afterWindow, start)) continue;
      if (c.onlyAfter !== undefined && start > first && !(start - first <= LOOK_BACK_WORDS && endsAt(conditionProgram(c.onlyAfter), view, first, start))) continue;
      const sentence = { start: doc.sentences[s]!.start, end: doc.sentences[s]!.end };
      const startPosition = view.starts[start]!;
      const endPosition = view.ends[end - 1]!;
      const text = doc.normal.slice(startPosition, endPosition);
      // Token patterns have no groups: a suggestion's `$1` stays empty unless a wrapper fills it.
      if (visit(entry, startPosition, endPosition, [text], sentence) === false) return;
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

function occursInDocument(program: Program, view: TokenView): boolean {
  return occursInRanges(program, view, view.sentenceStarts, view.sentenceEnds);
}

/** Source spans of the families' matches, in order, without repeats: for the signals, in the customer's message. */
export function tokenSpanFinder(families: readonly PhraseFamily[]): (doc: TextDocument) => Span[] {
  const compiled = tokenFamilies(families);
  return (doc) => {
    const spans: Span[] = [];
    compiled.each(doc, (_, start, end) => {
      spans.push(toSourceSpan(doc, start, end));
    });
    return sortSpans(spans);
  };
}

/** Spans of `normal` covered by the families' matches, overlapping ones joined: for the steps. */
export function tokenFamilyFinder(families: readonly PhraseFamily[]): (doc: TextDocument) => Span[] {
  const compiled = tokenFamilies(families);
  return (doc) => {
    const spans: Span[] = [];
    compiled.each(doc, (_, start, end) => {
      spans.push({ start, end });
    });
    return mergeSpans(spans);
  };
}

/** Whether any of the families occurs anywhere: for conditions over a whole text. */
export function tokenTester(patterns: EntrySource): (doc: TextDocument) => boolean {
  const program = builtinProgram([patterns]);
  return (doc) => occursInDocument(program(), tokenView(doc));
}

/** Whether the patterns occur in the words `[from, to)` of the document. */
export function tokenOccurrence(patterns: EntrySource): (doc: TextDocument, from: number, to: number) => boolean {
  const program = builtinProgram([patterns]);
  return (doc, from, to) => occursBetween(program(), tokenView(doc), from, to);
}
