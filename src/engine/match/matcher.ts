import { LANGUAGES } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { AnyToken, compiledBuiltins, fillerWords, nextWordTestOf, stateAt, StateKind, tabledFirstTokens, thenOf, type NextWordTest, type Program, type State, type States } from './compile.js';
import { POSTING_SEED_BITS } from './tables.js';
import { rootsOf } from '../text/morphology.js';

/**
 * A document's tokens as the matcher reads them. A token of the document can hold more than one word once
 * normalised ("don't" is "do not", "makasih" is "terima kasih"): here each word is a token of its own, with its place
 * in `normal`, so that patterns are written word by word and matches still map back to the draft.
 */
export interface TokenView {
  readonly words: readonly string[];
  /** Where each word starts and ends in the document's `normal`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Each sentence of the document as its first word and the word after its last. */
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
}

const views = new WeakMap<TextDocument, TokenView & Caches>();

interface Caches {
  /** Per word: the word without trailing clitics, each way of taking them off. */
  bases?: (readonly string[] | undefined)[];
  roots?: (readonly string[] | undefined)[];
  /** Where the shared programs' seeds start in the document (`seedsInDocument`). */
  seeds?: DocumentSeeds;
  /** The document's `normal`, which the words are read from. */
  normal?: string;
  /** Per sentence, what the programs found in its words (`sentenceFindings`); null when not kept. */
  sentenceFindings?: (SentenceFindings | null | undefined)[];
  /** Per sentence, 1 where its findings were kept before this document read it (`sentenceFindings`). */
  metBefore?: Uint8Array;
  /**
   * How many words before each word the shared pass passed over (`seedsInDocument`: those of sentences met before);
   * undefined when it passed over none.
   */
  passedOverBefore?: Int32Array;
}

/**
 * The document's words, made once per document: a token's text as `toDocument` made it (most tokens are one word),
 * split where it holds several. Slicing them from `normal` again was a sixth of an analysis's garbage.
 */
export function tokenView(doc: TextDocument): TokenView {
  let view = views.get(doc);
  if (view) return view;
  const { tokenTexts, tokenStarts } = doc;
  const words: string[] = [];
  let starts = new Int32Array(tokenTexts.length);
  let ends = new Int32Array(tokenTexts.length);
  for (let token = 0; token < tokenTexts.length; token++) {
    const text = tokenTexts[token]!;
    const start = tokenStarts[token]!;
    if (text.length > 0 && text.indexOf(' ') < 0) {
      starts = withRoom(starts, words.length, 1);
      ends = withRoom(ends, words.length, 1);
      starts[words.length] = start;
      ends[words.length] = start + text.length;
      words.push(text);
      continue;
    }
    // Several words ("do not", "terima kasih"), each a word of its own.
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf(' ', at);
      if (end < 0) end = text.length;
      if (end > at) {
        starts = withRoom(starts, words.length, 1);
        ends = withRoom(ends, words.length, 1);
        starts[words.length] = start + at;
        ends[words.length] = start + end;
        words.push(text.slice(at, end));
      }
      at = end + 1;
    }
  }
  const wordCount = words.length;
  starts = starts.subarray(0, wordCount);
  ends = ends.subarray(0, wordCount);
  let word = 0;
  const sentenceStarts = new Int32Array(doc.sentences.length);
  const sentenceEnds = new Int32Array(doc.sentences.length);
  doc.sentences.forEach((sentence, index) => {
    while (word < wordCount && starts[word]! < sentence.start) word++;
    sentenceStarts[index] = word;
    while (word < wordCount && starts[word]! < sentence.end) word++;
    sentenceEnds[index] = word;
  });
  view = { words, starts, ends, sentenceStarts, sentenceEnds, normal: doc.normal };
  views.set(doc, view);
  return view;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const PUNCTUATION = new Set(['.', '!', '?', ',']);

// Of the same elements kind as a word's own list of bases (strings pushed to an array), so that code optimised on one
// is not thrown away on the other (`unjoinedPairs`, with `passesTest` inlined, was: "wrong map" at `bases.length`).
const NO_BASES: readonly string[] = [''].slice(0, 0);

/** A cache of lists per word of the view, filled to its length: written out of order, a growing array turns into a dictionary, slow to read. */
function perWord(view: TokenView): (readonly string[] | undefined)[] {
  return new Array<readonly string[] | undefined>(view.words.length).fill(undefined);
}

/** The word with its clitics taken off, one by one ("salahnyalah" → "salahnya", "salah"). */
function basesOf(view: TokenView & Caches, index: number): readonly string[] {
  const bases = (view.bases ??= perWord(view));
  let found = bases[index];
  if (found) return found;
  const word = view.words[index]!;
  // Every clitic ends in a, h, n or u: most words are known to have none without the RegExp, nor an array of their own.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 97 && last !== 104 && last !== 110 && last !== 117) return (bases[index] = NO_BASES);
  const list: string[] = [];
  for (let rest = word; ; ) {
    const clitic = cliticLength(rest);
    if (clitic === 0 || clitic === rest.length) break;
    rest = rest.slice(0, rest.length - clitic);
    list.push(rest);
  }
  bases[index] = found = list.length === 0 ? NO_BASES : list;
  return found;
}

/**
 * The length of the clitic the word ends with (`/(?:nya|lah|kah|pun|mu|ku)$/`), 0 if none: read by character code,
 * since a regular expression on every word of a draft was slow where V8 does not compile them (a busy page).
 */
function cliticLength(word: string): number {
  const n = word.length;
  if (n < 2) return 0;
  const last = word.charCodeAt(n - 1);
  const before = word.charCodeAt(n - 2);
  // mu, ku
  if (last === 117 /* u */ && (before === 109 /* m */ || before === 107 /* k */)) return 2;
  if (n < 3) return 0;
  const first = word.charCodeAt(n - 3);
  // nya, lah, kah, pun
  if (last === 97 /* a */) return first === 110 /* n */ && before === 121 /* y */ ? 3 : 0;
  if (last === 104 /* h */) return before === 97 /* a */ && (first === 108 /* l */ || first === 107 /* k */) ? 3 : 0;
  if (last === 110 /* n */) return first === 112 /* p */ && before === 117 /* u */ ? 3 : 0;
  return 0;
}

function rootsAt(view: TokenView & Caches, index: number): readonly string[] {
  const roots = (view.roots ??= perWord(view));
  return (roots[index] ??= rootsOfWord(view.words[index]!));
}

/**
 * The roots of a word in every language (`rootsOf`), kept by the word from document to document: worked out again
 * for each document, they were a third of the shared pass's new pairs on drafts met first, where most words were in
 * an earlier draft, if not its sentences. Emptied when it holds `ROOTS_KEPT` words.
 */
const rootsByWord = new Map<string, readonly string[]>();
const ROOTS_KEPT = 10_000;

function rootsOfWord(word: string): readonly string[] {
  let found = rootsByWord.get(word);
  if (found !== undefined) return found;
  const all = new Set<string>();
  for (const language of LANGUAGES) for (const root of rootsOf(word, language)) all.add(root);
  found = [...all];
  if (rootsByWord.size >= ROOTS_KEPT) rootsByWord.clear();
  rootsByWord.set(word, found);
  return found;
}

/** How many words' roots are kept (`rootsByWord`), for the test that it stays bounded. */
export function rootsKeptSize(): number {
  return rootsByWord.size;
}

/** Counts the matcher's steps, so that tests can compare the work on texts of different lengths. */
export const matcherWork = { steps: 0 };

/** The words a filler slot lets through (`fillerWords`), read when the first slot is reached. */
let fillerClass: ReturnType<typeof fillerWords> | undefined;

/** Whether word `index` is a filler, which a filler slot (a reference past a program's last state) lets through. */
function isFiller(view: TokenView & Caches, index: number): boolean {
  fillerClass ??= fillerWords();
  if (fillerClass.words.has(view.words[index]!)) return true;
  if (fillerClass.clitics !== null) {
    if (fillerClass.clitics.has(view.words[index]!)) return true;
    for (const base of basesOf(view, index)) if (fillerClass.clitics.has(base)) return true;
  }
  return false;
}

function passes(state: State, view: TokenView & Caches, index: number): boolean {
  const word = view.words[index]!;
  if (state.any !== AnyToken.None) return state.any === AnyToken.Word ? !PUNCTUATION.has(word) : !SENTENCE_END.has(word);
  if (state.words !== null && state.words.has(word)) return true;
  if (state.clitics !== null) {
    if (state.clitics.has(word)) return true;
    for (const base of basesOf(view, index)) if (state.clitics.has(base)) return true;
  }
  if (state.roots !== null) for (const root of rootsAt(view, index)) if (state.roots.has(root)) return true;
  return state.shape !== null && state.shape.test(word);
}

/**
 * What a state reaches without taking a word, worked out once per program and state: whether a match ends there,
 * and its tests, so that a run does not walk the same splits again at every word. A closure of a few tests keeps them
 * as they are (`others`); a larger one (a list of phrases: a split into many words) also indexes them by word, word
 * before clitics and root, so that a word is looked up once instead of once per test. A closure through a look
 * (`-(x)`, `<&(x)`) depends on where it is, so it is walked at each word (`WALKED`). A filler slot it reaches (a
 * reference past the last state, `states.length + id`) is state `id`, and `id` again after a filler word (`fillers`).
 */
interface Closure {
  accept: boolean;
  /** Whether a word can take it further: it has tests, or filler slots. */
  hasTests: boolean;
  /** The states after the tests a word passes, by the word. */
  byWord: Map<string, number[]> | null;
  byClitic: Map<string, number[]> | null;
  byRoot: Map<string, number[]> | null;
  /** Tests read one by one: any word, a shape, or all of them in a small closure. */
  others: number[];
  /** The states after the filler slots it reaches, for a filler word. */
  fillers: number[] | null;
}

const WALKED: Closure = { accept: false, hasTests: false, byWord: null, byClitic: null, byRoot: null, others: [], fillers: null };

/** Above this many tests, a closure indexes them by word. */
const FEW_TESTS = 3;

function closureOf(states: States, id: number): Closure {
  const tests: number[] = [];
  let fillers: number[] | null = null;
  const visited = new Set<number>();
  const stack = [id];
  let accept = false;
  let branched = false;
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (visited.has(at)) continue;
    visited.add(at);
    if (at >= states.length) {
      (fillers ??= []).push(at - states.length);
      stack.push(at - states.length);
      continue;
    }
    const state = stateAt(states, at);
    if (state.kind === StateKind.Look) return WALKED;
    if (state.kind === StateKind.Split) for (const out of state.outs!) stack.push(out);
    else if (state.kind === StateKind.Test) tests.push(at);
    else if (state.kind === StateKind.Branch) {
      tests.push(at);
      branched = true;
    } else accept = true;
  }
  const closure: Closure = { accept, hasTests: tests.length > 0 || fillers !== null, byWord: null, byClitic: null, byRoot: null, others: [], fillers };
  // A slot counts as the test of a filler it is: a closure of many indexes the filler words with the rest. A branch
  // is read by word only.
  if (!branched && tests.length + (fillers?.length ?? 0) <= FEW_TESTS) {
    closure.others = tests;
    return closure;
  }
  const add = (map: Map<string, number[]>, key: string, next: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [next]);
    else if (!list.includes(next)) list.push(next);
  };
  for (const test of tests) {
    const state = stateAt(states, test);
    if (state.branches !== null) {
      for (const [word, next] of state.branches) add((closure.byWord ??= new Map()), word, next);
      continue;
    }
    if (state.any !== AnyToken.None || state.shape !== null) {
      closure.others.push(test);
      continue;
    }
    for (const word of state.words ?? []) add((closure.byWord ??= new Map()), word, state.next);
    for (const word of state.clitics ?? []) add((closure.byClitic ??= new Map()), word, state.next);
    for (const root of state.roots ?? []) add((closure.byRoot ??= new Map()), root, state.next);
  }
  if (fillers !== null) {
    fillerClass ??= fillerWords();
    for (const after of fillers) {
      for (const word of fillerClass.words) add((closure.byWord ??= new Map()), word, after);
      for (const word of fillerClass.clitics ?? []) add((closure.byClitic ??= new Map()), word, after);
    }
    closure.fillers = null;
  }
  return closure;
}

/** Buffers for one run, per program and depth (a look runs inside a run), so that a run allocates nothing. */
interface Scratch {
  /** The round (one word's states) a state was last reached in. */
  seen: Uint32Array;
  /** The round a state was last queued for the next word in. */
  queued: Uint32Array;
  round: number;
  stack: Int32Array;
  tests: Int32Array;
  /** The states after the filler slots a walk reached (`WALKED` closures). */
  afterFillers: Int32Array;
  next: Int32Array;
  /** The closures to read the next word with. */
  pending: Closure[];
  /** Per state, once worked out; shared by the depths. */
  closures: (Closure | undefined)[];
}

const scratchOf = new WeakMap<Program, Scratch[]>();
// The last program's, since a scan runs one program many times in a row: a WeakMap look-up per run showed in profiles.
let lastProgram: Program | undefined;
let lastScratch: Scratch[] = [];

function scratch(program: Program, depth: number): Scratch {
  let list = program === lastProgram ? lastScratch : scratchOf.get(program);
  if (!list) scratchOf.set(program, (list = []));
  lastProgram = program;
  lastScratch = list;
  let found = list[depth];
  if (!found) {
    const size = program.states.length;
    // A state is pushed at most once per edge into it (every state has at most `next` and its `outs`), or by its slot.
    const edges = program.edges;
    // Filled to its length: an array written far past its end turns into a dictionary, slow to read at every word.
    const closures = list[0]?.closures ?? new Array<Closure | undefined>(size * 2).fill(undefined);
    // Ids past the last state are its filler slots: `states.length + id`.
    list[depth] = found = {
      seen: new Uint32Array(size * 2),
      queued: new Uint32Array(size * 2),
      round: 0,
      stack: new Int32Array(edges + size + 1),
      tests: new Int32Array(size),
      afterFillers: new Int32Array(size),
      next: new Int32Array(size * 2),
      pending: [],
      closures,
    };
  }
  return found;
}

/** Queues the states `ids` for the next word, each once; returns how many are queued. */
function queue(ids: readonly number[] | undefined, buffers: Scratch, round: number, count: number): number {
  if (ids === undefined) return count;
  const { queued, next } = buffers;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (queued[id] !== round) {
      queued[id] = round;
      next[count++] = id;
    }
  }
  return count;
}

/** Queues the state `id`, if any, for the next word, once; returns how many are queued. */
function queueOne(id: number | undefined, buffers: Scratch, round: number, count: number): number {
  if (id !== undefined && buffers.queued[id] !== round) {
    buffers.queued[id] = round;
    buffers.next[count++] = id;
  }
  return count;
}

/**
 * Runs the automaton from the states `starts` at word `from`, taking no word at or past `limit` (the sentence's end).
 * Returns the end (exclusive) of the longest match, or -1, and calls `accept` with the end of every match, shortest
 * first. At most `maxLength × states` steps. `backwards`: reads the words before `from`, down to `limit`, for a look
 * behind; the result is then the start of the longest match.
 */
export function runFrom(
  program: Program,
  starts: number | readonly number[],
  view: TokenView,
  from: number,
  limit: number,
  accept?: (end: number) => void,
  depth = 0,
  backwards = false,
): number {
  return typeof starts === 'number'
    ? run(program, starts, null, 1, view, from, limit, accept, depth, backwards)
    : run(program, -1, starts, starts.length, view, from, limit, accept, depth, backwards);
}

// What the last run met, for `diesWithinKey`: a look (it reads words of its own), and states left when it reached its
// limit (they would read the words after it).
let runLooked = false;
let runAliveAtLimit = false;
// The first word a look behind has read since it was last set (`sentenceFindings`).
let lowestWordRead = 0;

/** `runFrom` from the state `start`, or from the first `startCount` states of `starts` (a buffer reused from run to run). */
function run(
  program: Program,
  start: number,
  starts: ArrayLike<number> | null,
  startCount: number,
  view: TokenView,
  from: number,
  limit: number,
  accept: ((end: number) => void) | undefined,
  depth: number,
  backwards: boolean,
): number {
  const states = program.states;
  const cached = view as TokenView & Caches;
  const buffers = scratch(program, depth);
  const { seen, queued, stack, tests, afterFillers, next, pending, closures } = buffers;
  const stateCount = states.length;
  let nextCount = 0;
  if (starts === null) next[nextCount++] = start;
  else for (let i = 0; i < startCount; i++) next[nextCount++] = starts[i]!;
  let longest = -1;
  const step = backwards ? -1 : 1;
  for (let at = from; ; at += step) {
    // The states reached without taking a word, each once: marked with this round's stamp.
    if (buffers.round === 0xffffffff) {
      seen.fill(0);
      queued.fill(0);
      buffers.round = 0;
    }
    const round = ++buffers.round;
    let testCount = 0;
    let pendingCount = 0;
    let afterFillerCount = 0;
    let accepted = false;
    for (let i = 0; i < nextCount; i++) {
      const from = next[i]!;
      if (seen[from] === round) continue;
      seen[from] = round;
      matcherWork.steps++;
      const closure = (closures[from] ??= closureOf(states, from));
      if (closure !== WALKED) {
        if (closure.accept) accepted = true;
        if (closure.hasTests) pending[pendingCount++] = closure;
        continue;
      }
      let top = 0;
      stack[top++] = from;
      seen[from] = round - 1;
      while (top > 0) {
        const id = stack[--top]!;
        if (seen[id] === round) continue;
        seen[id] = round;
        matcherWork.steps++;
        if (id >= stateCount) {
          afterFillers[afterFillerCount++] = id - stateCount;
          stack[top++] = id - stateCount;
          continue;
        }
        const state = stateAt(states, id);
        switch (state.kind) {
          case StateKind.Test:
          case StateKind.Branch:
            tests[testCount++] = id;
            break;
          case StateKind.Split:
            for (const out of state.outs!) stack[top++] = out;
            break;
          case StateKind.Look: {
            runLooked = true;
            const found = state.behind ? runFrom(program, state.look, view, at, 0, undefined, depth + 1, true) >= 0 : runFrom(program, state.look, view, at, limit, undefined, depth + 1) >= 0;
            if (found !== state.negate) stack[top++] = state.next;
            break;
          }
          case StateKind.Accept:
            accepted = true;
            break;
        }
      }
    }
    if (accepted) {
      longest = at;
      accept?.(at);
    }
    if (backwards ? at <= limit : at >= limit) {
      runAliveAtLimit = testCount > 0 || pendingCount > 0 || afterFillerCount > 0;
      return longest;
    }
    if (testCount === 0 && pendingCount === 0 && afterFillerCount === 0) return longest;
    const word = backwards ? at - 1 : at;
    if (word < lowestWordRead) lowestWordRead = word;
    const text = cached.words[word]!;
    nextCount = 0;
    for (let p = 0; p < pendingCount; p++) {
      const closure = pending[p]!;
      matcherWork.steps++;
      if (closure.byWord !== null) nextCount = queue(closure.byWord.get(text), buffers, round, nextCount);
      if (closure.byClitic !== null) {
        nextCount = queue(closure.byClitic.get(text), buffers, round, nextCount);
        for (const base of basesOf(cached, word)) nextCount = queue(closure.byClitic.get(base), buffers, round, nextCount);
      }
      if (closure.byRoot !== null) for (const root of rootsAt(cached, word)) nextCount = queue(closure.byRoot.get(root), buffers, round, nextCount);
      if (closure.fillers !== null && isFiller(cached, word)) nextCount = queue(closure.fillers, buffers, round, nextCount);
      const others = closure.others;
      for (let i = 0; i < others.length; i++) {
        const state = stateAt(states, others[i]!);
        matcherWork.steps++;
        if (queued[state.next] !== round && passes(state, cached, word)) {
          queued[state.next] = round;
          next[nextCount++] = state.next;
        }
      }
    }
    for (let i = 0; i < testCount; i++) {
      const state = stateAt(states, tests[i]!);
      matcherWork.steps++;
      if (state.branches !== null) {
        nextCount = queueOne(state.branches.get(text), buffers, round, nextCount);
        continue;
      }
      if (queued[state.next] !== round && passes(state, cached, word)) {
        queued[state.next] = round;
        next[nextCount++] = state.next;
      }
    }
    if (afterFillerCount > 0 && isFiller(cached, word)) {
      for (let i = 0; i < afterFillerCount; i++) {
        const after = afterFillers[i]!;
        if (queued[after] !== round) {
          queued[after] = round;
          next[nextCount++] = after;
        }
      }
    }
    if (nextCount === 0) return longest;
  }
}

// The seeds found at one word, reused from word to word: most words start nothing, and those that do start a few.
let found = new Int32Array(64);
let foundCount = 0;

/** `buffer`, or a copy of its first `count` in one twice as large or more, with room for `more` after them. */
function withRoom(buffer: Int32Array<ArrayBuffer>, count: number, more: number): Int32Array<ArrayBuffer> {
  if (count + more <= buffer.length) return buffer;
  const larger = new Int32Array(Math.max(buffer.length * 2 + 8, count + more));
  larger.set(buffer.subarray(0, count));
  return larger;
}

/** Drops the repeats of the first `count` of `sorted` (sorted), in place; returns how many are left. */
function droppingRepeats(sorted: Int32Array, count: number): number {
  if (count < 2) return count;
  let kept = 1;
  for (let i = 1; i < count; i++) if (sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  return kept;
}

function addSeeds(ids: readonly number[] | undefined): void {
  if (ids === undefined) return;
  found = withRoom(found, foundCount, ids.length);
  for (let i = 0; i < ids.length; i++) found[foundCount++] = ids[i]!;
}

/**
 * The seeds (patterns) that may match from word `index`, sorted, each once: those whose first word is this word, its
 * word without clitics, one of its roots or its shape, and those that can begin anywhere. Returns how many are in
 * `found`.
 */
function collectSeeds(program: Program, view: TokenView & Caches, index: number): number {
  const { exact, clitic, roots, shapes, always } = program.index;
  const word = view.words[index]!;
  foundCount = 0;
  if (always.length > 0) addSeeds(always);
  addSeeds(exact.get(word));
  if (clitic.size > 0) {
    addSeeds(clitic.get(word));
    const bases = basesOf(view, index);
    for (let i = 0; i < bases.length; i++) addSeeds(clitic.get(bases[i]!));
  }
  if (program.usesRoots && roots.size > 0) {
    const all = rootsAt(view, index);
    for (let i = 0; i < all.length; i++) addSeeds(roots.get(all[i]!));
  }
  for (let i = 0; i < shapes.length; i++) if (shapes[i]!.shape.test(word)) addSeeds(shapes[i]!.seeds);
  if (foundCount < 2) return foundCount;
  // Insertion sort, then drop repeats: a handful of seeds at most.
  for (let i = 1; i < foundCount; i++) {
    const value = found[i]!;
    let j = i - 1;
    for (; j >= 0 && found[j]! > value; j--) found[j + 1] = found[j]!;
    found[j + 1] = value;
  }
  return (foundCount = droppingRepeats(found, foundCount));
}

/**
 * One index of first words for all the built-in programs a document is scanned with, so that a word is looked up
 * once, not once per program: each key (a word, a word before clitics, a root, a shape) gives its postings, each
 * program number << `SEED_BITS` | seed, in increasing order. One that can begin with any word (`always` seeds) keeps
 * to its own index, read word by word.
 */
const SEED_BITS = POSTING_SEED_BITS;
const SEED_MASK = (1 << SEED_BITS) - 1;
/** So that a posting stays a small integer (V8 keeps it unboxed): programs × seeds within 2^31. */
const SHARED_PROGRAM_LIMIT = 1 << (31 - SEED_BITS);

/**
 * The shared index. It starts as the tables' (`tabledFirstTokens`: every program in them, loaded or not, numbered by
 * its place there), so that the first analysis reads a document's words once for all of them; a built-in program
 * compiled from its patterns (no table) joins it when first scanned, numbered after them.
 */
const shared = {
  started: false,
  /** How many programs have been given their number: a program's postings are filtered once it has (`startsByWords`). */
  joined: 0,
  /**
   * Per program number, `joined` once it first joined (0: not yet): a document's pass holds the postings of those
   * joined before it. Typed, since the pass reads it per posting kept apart (`wordSeedsValid`, `groupedByFirstTest`).
   */
  joinedAs: new Int32Array(64),
  /** Documents read by the shared pass; per program of the tables, how often it was asked lately (`askedLately`), and when last. */
  documents: 0,
  askScores: new Float64Array(0),
  askedAt: new Int32Array(0),
  programs: [] as (Program | undefined)[],
  /** Per program number, its seeds' next-word tests (`nextWordTests`): read per posting, a WeakMap look-up each showed in profiles. */
  tests: [] as ((NextWordTest | null | undefined)[] | undefined)[],
  numbers: new WeakMap<Program, number>(),
  exact: new Map<string, number[]>(),
  clitic: new Map<string, number[]>(),
  roots: new Map<string, number[]>(),
  shapes: [] as { shape: RegExp; postings: number[] }[],
};

function sharedNumber(program: Program): number {
  let number = shared.numbers.get(program);
  if (number !== undefined) return number;
  if (!shared.started && compiledBuiltins.has(program)) {
    // A built-in program has loaded, so the tables are read.
    shared.started = true;
    const tabled = tabledFirstTokens();
    if (tabled) {
      Object.assign(shared, { programs: new Array<Program | undefined>(tabled.count), exact: tabled.exact, clitic: tabled.clitic, roots: tabled.roots, shapes: tabled.shapes });
      shared.joinedAs = withRoom(shared.joinedAs, shared.joinedAs.length, tabled.count);
      shared.askScores = new Float64Array(tabled.count);
      shared.askedAt = new Int32Array(tabled.count);
    }
  }
  if (program.tableNumber !== undefined && compiledBuiltins.has(program)) {
    number = program.tableNumber;
    shared.programs[number] = program;
  } else if (!compiledBuiltins.has(program) || program.index.always.length > 0 || program.seeds.length > SEED_MASK || shared.programs.length >= SHARED_PROGRAM_LIMIT) number = -1;
  else {
    number = shared.programs.length;
    shared.programs.push(program);
    const post = (map: Map<string, number[]>, key: string, seeds: readonly number[]) => {
      let postings = map.get(key);
      if (!postings) map.set(key, (postings = []));
      for (const seed of seeds) postings.push((number! << SEED_BITS) | seed);
    };
    const { exact, clitic, roots, shapes } = program.index;
    for (const [word, seeds] of exact) post(shared.exact, word, seeds);
    for (const [word, seeds] of clitic) post(shared.clitic, word, seeds);
    if (program.usesRoots) for (const [root, seeds] of roots) post(shared.roots, root, seeds);
    for (const { shape, seeds } of shapes) {
      let known = shared.shapes.find((entry) => entry.shape.source === shape.source && entry.shape.flags === shape.flags);
      if (!known) shared.shapes.push((known = { shape, postings: [] }));
      for (const seed of seeds) known.postings.push((number << SEED_BITS) | seed);
    }
  }
  if (number >= 0) {
    shared.tests[number] = nextWordTests(program);
    if (number >= shared.joinedAs.length) shared.joinedAs = withRoom(shared.joinedAs, shared.joinedAs.length, number + 1 - shared.joinedAs.length);
    // A program of the tables joins once it is asked often (`askedLately`); one read again (another family with the same
    // patterns) keeps its number, and its postings.
    if (program.tableNumber === undefined || shared.joinedAs[number] !== 0) {
      shared.joined++;
      if (shared.joinedAs[number] === 0) shared.joinedAs[number] = shared.joined;
    }
  }
  shared.numbers.set(program, number);
  return number;
}

/**
 * A program of the tables joins the shared pass (its postings tested on the next word and kept with the keys, for every
 * document) once it has been asked in enough of the documents read lately: a score that each document read since its
 * last ask shrinks by `ASK_DECAY` and each ask adds one to, from `JOIN_SCORE` on (a program asked in every document joins
 * at the third; a document mostly met before, a draft analysed again as it is typed, counts no ask). Until then its seeds are made from its
 * postings kept apart, where it asks (`unjoinedPairs`). About 55 programs are asked per analysis, most in every one;
 * the others, conditions asked only where a match needs them (`unlessInDraft`, `onlyWithInSentence`, …), tests a rule's
 * own code runs on some drafts, the signals' programs (the customer's message only), carried 40–60% of the postings a
 * 2 KB text met first let on by the next word, and the tests and copies of them, in every document.
 */
const ASK_DECAY = 15 / 16;
const JOIN_SCORE = 2.5;

function askedLately(number: number): void {
  const since = shared.documents - shared.askedAt[number]!;
  const score = shared.askScores[number]! * ASK_DECAY ** since + 1;
  shared.askScores[number] = score;
  shared.askedAt[number] = shared.documents;
  if (score >= JOIN_SCORE) {
    shared.joined++;
    shared.joinedAs[number] = shared.joined;
  }
}

/**
 * The shared programs' seeds that may match from a word followed by three others (the postings of the word's keys,
 * those the next three words can go on from: `mayGoOn`), by the four words' numbers (`wordNumbers`; -1 past the end of
 * the document), kept from document to document: a draft is analysed again at each pause in typing, mostly the same
 * words, and a customer's message or a template repeats them. An open-addressing table in typed arrays: a Map per word
 * and per word after it, made for most keys of a text met first, were a fifth of its garbage. Emptied when a program is
 * given its number (loaded), when it holds too many, and when the words are numbered anew.
 */
const startsByWords = {
  /** Per slot, the key's four word numbers. */
  words: new Int32Array(0),
  /**
   * Per slot, where the key's postings start in `postings` (-1: a free slot), and how many: the postings of the key's
   * first word that its next word lets on (`passingAfter`), sorted.
   */
  first: new Int32Array(0),
  count: new Int32Array(0),
  /** Per slot, the postings of the tables' programs not joined yet (the word's groups' own, sorted); null when none. */
  unjoined: [] as (readonly number[] | null)[],
  /** All keys' postings, one after another, and per posting what is known of it (`Verdict`), at the same place. */
  postings: new Int32Array(0),
  verdicts: new Uint8Array(0),
  used: 0,
  /** Counts the emptyings: a document's pairs refer to verdicts by their place while it has not changed. */
  generation: 0,
  joined: 0,
  size: 0,
};
const KEY_SLOTS = 1 << 15;

/** The slot of the key (`w0`–`w3`) in `startsByWords`, or the free slot where it goes. */
function keySlot(w0: number, w1: number, w2: number, w3: number): number {
  let hash = Math.imul(w0, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca77) ^ Math.imul(w2, 0xc2b2ae3d) ^ Math.imul(w3, 0x27d4eb2f);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  const { words, first } = startsByWords;
  for (let slot = hash & (KEY_SLOTS - 1); ; slot = (slot + 1) & (KEY_SLOTS - 1)) {
    if (first[slot]! < 0) return slot;
    const at = slot * KEY_WORDS;
    if (words[at] === w0 && words[at + 1] === w1 && words[at + 2] === w2 && words[at + 3] === w3) return slot;
  }
}

function emptyKeys(): void {
  if (startsByWords.words.length === 0) {
    startsByWords.words = new Int32Array(KEY_SLOTS * KEY_WORDS);
    startsByWords.first = new Int32Array(KEY_SLOTS).fill(-1);
    startsByWords.count = new Int32Array(KEY_SLOTS);
    startsByWords.unjoined = new Array<readonly number[] | null>(KEY_SLOTS).fill(null);
    startsByWords.postings = new Int32Array(1 << 14);
    startsByWords.verdicts = new Uint8Array(1 << 14);
  } else if (startsByWords.size > 0) {
    startsByWords.first.fill(-1);
    startsByWords.unjoined.fill(null);
  }
  startsByWords.used = 0;
  startsByWords.generation++;
  startsByWords.joined = shared.joined;
  startsByWords.size = 0;
}

/** Keeps the first `count` postings of `passingFound` as the key of slot `slot`, with room for their verdicts. */
function keepKey(slot: number, w0: number, w1: number, w2: number, w3: number, count: number, unjoined: readonly number[] | null): void {
  const keys = startsByWords;
  const used = keys.used;
  if (used + count > keys.postings.length) {
    keys.postings = withRoom(keys.postings, used, count);
    const verdicts = new Uint8Array(keys.postings.length);
    verdicts.set(keys.verdicts.subarray(0, used));
    keys.verdicts = verdicts;
  }
  const { postings, verdicts } = keys;
  for (let i = 0; i < count; i++) {
    postings[used + i] = passingFound[i]!;
    verdicts[used + i] = Verdict.Untried;
  }
  keys.used = used + count;
  const at = slot * KEY_WORDS;
  keys.words[at] = w0;
  keys.words[at + 1] = w1;
  keys.words[at + 2] = w2;
  keys.words[at + 3] = w3;
  keys.first[slot] = used;
  keys.count[slot] = count;
  keys.unjoined[slot] = unjoined;
  keys.size++;
}

/** How many keys and numbered words the shared pass keeps (`startsByWords`, `wordNumbers`), for the test that they stay bounded. */
export function sharedPassKept(): { keys: number; words: number } {
  return { keys: startsByWords.size, words: wordNumbers.size };
}

/**
 * The words met by the shared pass, numbered from 1, kept from document to document so that its caches are read by
 * number (`startsByWords`, `seedsByWord`): a document's word is looked up once, not once per word of a key. Emptied,
 * with those caches, when it holds `WORDS_NUMBERED` words.
 */
const wordNumbers = new Map<string, number>();
const WORDS_NUMBERED = 20_000;

/** The number of word `index` of the view (numbered when first asked for), -1 past its end. */
function wordNumberAt(view: TokenView, numbers: Int32Array, index: number): number {
  if (index >= numbers.length) return -1;
  let number = numbers[index]!;
  if (number !== 0) return number;
  const word = view.words[index]!;
  number = wordNumbers.get(word) ?? 0;
  if (number === 0) {
    wordNumbers.set(word, (number = wordNumbers.size + 1));
    seedsByWord.push(undefined);
    holdingByWord.push(listsHolding.get(word) ?? NO_LISTS);
  }
  return (numbers[index] = number);
}

/*
 * A key's postings are those of the programs joined (scanned) so far that the next word lets on, and its postings of
 * the tables' programs not joined yet are kept apart. Most of the tables' programs are conditions a draft seldom asks for
 * (73 of 390 joined after the bench's analyses); copying and sorting their postings into every document's pairs
 * was most of the shared pass (3,600–4,600 postings per 2 KB draft, 400–700 of them for joined programs).
 * Per posting, what is known of it (`Verdict`) is tested where a program reads its seeds (`testedPairs`), not for
 * every posting of every new key. The tests of the words after the next, for every posting of every new key, were
 * a sixth of a draft met first; a run for each seed that passed them, for every new key, had been most of it
 * (1,500–2,000 runs per 2 KB), and for every key met again a twentieth, mostly for programs the draft never asks for.
 * A key is numbers in typed arrays (`startsByWords`), not an object and an array of its own: most keys of a text
 * met first are new, and never met again.
 */

/**
 * What is known of a key's posting, kept once the key is met again (null until then: most keys of a text met first
 * never are): kept when the next three words go on from its seed and it does not die within the key's words
 * (`diesWithinKey`).
 */
const enum Verdict {
  Untried = 0,
  Kept = 1,
  Dropped = 2,
}
/** Keys kept (`startsByWords`); past it, a pass goes on without keeping new ones, and the next one empties them. */
const STARTS_BY_WORDS_LIMIT = 20_000;

/**
 * Where the shared programs' seeds start in a document: program `n`'s are the pairs (word, seed) from pair
 * `offsets[n]` to `offsets[n + 1]` of `pairs`, by word, then seed, each once.
 */
interface DocumentSeeds {
  /** Whether the programs' asks in it count towards their joining (`askedLately`): not a draft analysed again. */
  countsAsks: boolean;
  /** How many programs were numbered, and how many had joined, when the document was read. */
  programs: number;
  joined: number;
  offsets: Int32Array;
  /**
   * A pair's word is marked `UNTESTED` when its posting's verdict was not known (`Verdict`): then the program's pairs
   * are `testedPairs`, and the posting's verdict is at `pairVerdicts[i]` of `startsByWords.verdicts` (-1: a new key,
   * whose verdicts are not kept), while the keys' `generation` is still `keysGeneration`.
   */
  pairs: Int32Array;
  /** Per program, 1 where some of its pairs are `UNTESTED`; null when none is. */
  untestedIn: Uint8Array | null;
  pairVerdicts: Int32Array;
  keysGeneration: number;
  /** The words whose keys gave postings of the tables' programs not joined yet, and those postings. */
  unjoinedWords: number[];
  unjoinedPostings: (readonly number[])[];
  /**
   * Each program's seeds, made the first time it scans the document: its part of `pairs`, or where `pairs` does not give them, a joined program's
   * tested (`testedPairs`) when some of its pairs are `UNTESTED`; one joined after the document was read, of the
   * tables, from `unjoinedPostings`; another with its own index (a document kept from analysis to analysis, the
   * customer's message, is read once before all programs are loaded).
   */
  ranges: (SeedRange | undefined)[];
}

/** One program's seeds in a document: the pairs `[first, last)` of `pairs`. */
interface SeedRange {
  pairs: Int32Array;
  first: number;
  last: number;
}

// The pairs of a late program, reused from program to program.
let latePairs = new Int32Array(256);

// The postings found in a document, and the word of each, reused from document to document.
let postingsFound = new Int32Array(1024);
let postingWords = new Int32Array(1024);
let postingCount = 0;
// Where the postings of the current word start in `postingsFound`, and how many keys of the word gave some.
let wordStart = 0;
let wordSources = 0;

// Per posting found, where its verdict is in `startsByWords.verdicts` (-1: a new key's, not kept).
let postingVerdicts = new Int32Array(1024);
const NO_NUMBERS = new Int32Array(0);

/** Adds the postings of the key met again at slot `slot` at word `word`, but those known to be dropped; those not known to be kept marked `UNTESTED`. */
function addKeyPostings(slot: number, word: number): void {
  const { postings, verdicts } = startsByWords;
  const first = startsByWords.first[slot]!;
  const last = first + startsByWords.count[slot]!;
  postingsFound = withRoom(postingsFound, postingCount, last - first);
  postingWords = withRoom(postingWords, postingCount, last - first);
  postingVerdicts = withRoom(postingVerdicts, postingCount, last - first);
  for (let k = first; k < last; k++) {
    const verdict = verdicts[k]! as Verdict;
    if (verdict === Verdict.Dropped) continue;
    postingsFound[postingCount] = postings[k]!;
    if (verdict === Verdict.Kept) postingWords[postingCount++] = word;
    else {
      postingWords[postingCount] = word | UNTESTED;
      postingVerdicts[postingCount++] = k;
    }
  }
}

/** Adds the first `count` postings of `passingFound`, a new key's, at word `word`, all marked `UNTESTED`, their verdicts not kept. */
function addNewKeyPostings(count: number, word: number): void {
  postingsFound = withRoom(postingsFound, postingCount, count);
  postingWords = withRoom(postingWords, postingCount, count);
  postingVerdicts = withRoom(postingVerdicts, postingCount, count);
  for (let k = 0; k < count; k++) {
    postingsFound[postingCount] = passingFound[k]!;
    postingWords[postingCount] = word | UNTESTED;
    postingVerdicts[postingCount++] = -1;
  }
}

function addPostings(postings: readonly number[] | undefined, word: number): void {
  if (postings === undefined) return;
  wordSources++;
  postingsFound = withRoom(postingsFound, postingCount, postings.length);
  postingWords = withRoom(postingWords, postingCount, postings.length);
  for (let i = 0; i < postings.length; i++) {
    postingsFound[postingCount] = postings[i]!;
    postingWords[postingCount++] = word;
  }
}

/**
 * Where each shared program's seeds start in the document, read in one pass over its words for every program shared
 * so far: the word's keys are looked up once, and each posting goes to its program (a counting sort, so that nothing
 * grows per program). A program shared after the pass (the first analysis loads programs as it goes) reads the
 * words with its own index, once per document. Undefined for a program not shared: it reads them at each scan.
 */
function seedsInDocument(program: Program, number: number, view: TokenView & Caches): SeedRange | undefined {
  if (number < 0) return undefined;
  let seeds = view.seeds;
  if (seeds === undefined) {
    const programs = shared.programs.length;
    const unjoinedWords: number[] = [];
    const unjoinedPostings: (readonly number[])[] = [];
    const useRoots = shared.roots.size > 0;
    // Before the loop, which skips a word known to have no postings: a program numbered since may give it some.
    if (wordNumbers.size > WORDS_NUMBERED) {
      wordNumbers.clear();
      seedsByWord = [undefined];
      holdingByWord = [NO_LISTS];
      wordSeedsPrograms = programs;
      emptyKeys();
    } else if (wordSeedsPrograms !== programs) {
      seedsByWord.fill(undefined);
      wordSeedsPrograms = programs;
    }
    if (startsByWords.joined !== shared.joined || startsByWords.size >= STARTS_BY_WORDS_LIMIT || startsByWords.words.length === 0) emptyKeys();
    const numbers = new Int32Array(view.words.length);
    postingCount = 0;
    const metBefore = sentencesMetBefore(view);
    let sentence = 0;
    for (let index = 0; index < view.words.length; index++) {
      if (metBefore !== undefined) {
        while (sentence < metBefore.length && view.sentenceEnds[sentence]! <= index) sentence++;
        if (sentence < metBefore.length && metBefore[sentence] === 1 && view.sentenceStarts[sentence]! <= index) {
          const passed = (view.passedOverBefore ??= new Int32Array(view.words.length + 1));
          passed[index + 1] = 1;
          continue;
        }
      }
      const w0 = wordNumberAt(view, numbers, index);
      // A word no key of gives a posting starts nothing, whatever follows it: most words, known with one look-up.
      if (seedsByWord[w0] === null) continue;
      const w1 = wordNumberAt(view, numbers, index + 1);
      const w2 = wordNumberAt(view, numbers, index + 2);
      const w3 = wordNumberAt(view, numbers, index + 3);
      const slot = keySlot(w0, w1, w2, w3);
      if (startsByWords.first[slot]! >= 0) {
        addKeyPostings(slot, index);
        const unjoined = startsByWords.unjoined[slot]!;
        if (unjoined !== null) {
          unjoinedWords.push(index);
          unjoinedPostings.push(unjoined);
        }
        continue;
      }
      const groups = wordSeedsOf(w0, view, index, useRoots);
      if (groups === null) continue;
      // Only the seeds that the next word can go on from; the two words after it are tested where a program asks.
      const passing = passingAfter(groups, view, index + 1, w1);
      const unjoined = groups.unjoined;
      // Not tied to the key: a verdict is kept once the key is met again (most keys of a text met first never are).
      addNewKeyPostings(passing, index);
      if (startsByWords.size < STARTS_BY_WORDS_LIMIT) keepKey(slot, w0, w1, w2, w3, passing, unjoined);
      if (unjoined !== null) {
        unjoinedWords.push(index);
        unjoinedPostings.push(unjoined);
      }
    }
    const passed = view.passedOverBefore;
    if (passed !== undefined) for (let i = 1; i < passed.length; i++) passed[i]! += passed[i - 1]!;
    const offsets = new Int32Array(programs + 1);
    let untested = 0;
    for (let i = 0; i < postingCount; i++) {
      offsets[(postingsFound[i]! >> SEED_BITS) + 1]!++;
      untested |= postingWords[i]!;
    }
    for (let n = 0; n < programs; n++) offsets[n + 1]! += offsets[n]!;
    const next = offsets.slice(0, programs);
    const pairs = new Int32Array(postingCount * 2);
    const untestedIn = (untested & UNTESTED) !== 0 ? new Uint8Array(programs) : null;
    const pairVerdicts = (untested & UNTESTED) !== 0 ? new Int32Array(postingCount) : NO_NUMBERS;
    for (let i = 0; i < postingCount; i++) {
      const posting = postingsFound[i]!;
      const place = next[posting >> SEED_BITS]!++;
      pairs[place * 2] = postingWords[i]!;
      pairs[place * 2 + 1] = posting & SEED_MASK;
      if (postingWords[i]! >= UNTESTED) {
        pairVerdicts[place] = postingVerdicts[i]!;
        untestedIn![posting >> SEED_BITS] = 1;
      }
    }
    // A draft analysed again as it is typed asks the same programs at each pause: only a document mostly met first counts.
    let metBeforeCount = 0;
    if (metBefore !== undefined) for (let i = 0; i < metBefore.length; i++) metBeforeCount += metBefore[i]!;
    const countsAsks = metBeforeCount * 2 <= view.sentenceStarts.length;
    if (countsAsks) shared.documents++;
    view.seeds = seeds = { countsAsks, programs, joined: shared.joined, offsets, pairs, untestedIn, pairVerdicts, keysGeneration: startsByWords.generation, unjoinedWords, unjoinedPostings, ranges: [] };
  }
  const known = seeds.ranges[number];
  if (known !== undefined) return known;
  if (seeds.countsAsks && shared.joinedAs[number] === 0 && number < shared.askScores.length) askedLately(number);
  let late: Int32Array;
  if (number < seeds.programs && shared.joinedAs[number] !== 0 && shared.joinedAs[number]! <= seeds.joined) {
    if (seeds.untestedIn?.[number] !== 1) return (seeds.ranges[number] = { pairs: seeds.pairs, first: seeds.offsets[number]!, last: seeds.offsets[number + 1]! });
    late = testedPairs(number, seeds, view);
  } else if (number < seeds.programs) late = unjoinedPairs(program, number, seeds, view);
  else {
    let count = 0;
    for (let index = 0; index < view.words.length; index++) {
      const seedCount = collectSeeds(program, view, index);
      const tests = nextWordTests(program);
      for (let i = 0; i < seedCount; i++) if (mayGoOn(program, tests, found[i]!, view, index + 1)) count = addLatePair(count, index, found[i]!);
    }
    late = latePairs.slice(0, count);
  }
  return (seeds.ranges[number] = { pairs: late, first: 0, last: late.length >> 1 });
}

/**
 * A word's postings in the shared index (its keys: the word, its bases before clitics, its roots, its shapes), grouped
 * by what their first next-word test lets through (`firstTestOf`): the lists it looks the next word up in, its shapes,
 * any word or token. A new pair (word, next word) then looks the next word up once per list of the word's groups, not
 * once per list of each posting's test (200–300 `Set.has` per pair on drafts met first, 30–60 lists: the tests of a
 * word's postings share most of their lists). Kept by the word from document to document, as the roots are: a text
 * met first is mostly words met before. Valid while no program has been numbered since and the programs its
 * `unjoined` postings belong to have not joined (`wordSeedsValid`).
 */
interface WordSeeds {
  /** Postings of joined programs whose seed's next word is not tested (a match may end after the first word). */
  always: readonly number[];
  anyToken: readonly number[];
  anyWord: readonly number[];
  /** The lists (word lists and branches) the next word is looked up in, by their numbers (`listNumber`), increasing, and the postings of each. */
  plain: Int32Array;
  plainPostings: readonly (readonly number[])[];
  clitics: readonly ReadonlySet<string>[];
  cliticPostings: readonly (readonly number[])[];
  roots: readonly ReadonlySet<string>[];
  rootPostings: readonly (readonly number[])[];
  shapes: readonly RegExp[];
  shapePostings: readonly (readonly number[])[];
  /** Postings of the tables' programs not joined yet, sorted; null when none. */
  unjoined: readonly number[] | null;
  /** `shared.joined` when the groups were last known to hold. */
  joined: number;
}

/**
 * The word lists and branches of the shared programs' first next-word tests, numbered when a word's groups first
 * meet them (`listNumber`), and the numbers of those that hold each word, increasing: a next word's lists are one
 * look-up, not a `has` per list (2,200–2,600 lists, 8,400–10,000 words in all, after the bench's drafts). The lists
 * never change once made, and are those of the built-in programs, so this stays as large as the tables.
 */
const listNumbers = new WeakMap<object, number>();
const listsHolding = new Map<string, number[]>();
/** `listsHolding` by the word's number (`wordNumbers`): a pair's next word is a number already. */
const NO_LISTS: readonly number[] = [];
let holdingByWord: (readonly number[])[] = [NO_LISTS];
let listsNumbered = 0;

function listNumber(list: ReadonlySet<string> | ReadonlyMap<string, number>): number {
  let number = listNumbers.get(list);
  if (number !== undefined) return number;
  number = listsNumbered++;
  listNumbers.set(list, number);
  for (const word of list.keys()) {
    const holding = listsHolding.get(word);
    if (holding === undefined) {
      const made = [number];
      listsHolding.set(word, made);
      const numbered = wordNumbers.get(word);
      if (numbered !== undefined) holdingByWord[numbered] = made;
    } else holding.push(number);
  }
  return number;
}

/**
 * Each word's groups by its number (`wordNumbers`; null: no key of it gives a posting), while `wordSeedsPrograms`
 * programs are numbered: a program numbered since (one compiled from its patterns, or the tables read) may add
 * postings to any word.
 */
let seedsByWord: (WordSeeds | null | undefined)[] = [undefined];
let wordSeedsPrograms = -1;

/** Word `index` of the view's groups; `number` is its number. */
function wordSeedsOf(number: number, view: TokenView & Caches, index: number, useRoots: boolean): WordSeeds | null {
  const known = seedsByWord[number];
  if (known === null) return null;
  if (known !== undefined && wordSeedsValid(known)) return known;
  const word = view.words[index]!;
  wordStart = postingCount;
  wordSources = 0;
  addPostings(shared.exact.get(word), index);
  if (shared.clitic.size > 0) {
    addPostings(shared.clitic.get(word), index);
    for (const base of basesOf(view, index)) addPostings(shared.clitic.get(base), index);
  }
  if (useRoots) for (const root of rootsAt(view, index)) addPostings(shared.roots.get(root), index);
  for (const { shape, postings } of shared.shapes) if (shape.test(word)) addPostings(postings, index);
  let made: WordSeeds | null = null;
  if (wordSources > 0) {
    // One key's postings are in order already, each once; from several keys, sort them and drop repeats.
    if (wordSources > 1) {
      const sorted = postingsFound.subarray(wordStart, postingCount).sort();
      postingCount = wordStart + droppingRepeats(sorted, sorted.length);
    }
    made = groupedByFirstTest(postingsFound.subarray(wordStart, postingCount));
    postingCount = wordStart;
  }
  seedsByWord[number] = made;
  return made;
}

/** Whether a word's groups still hold: none of the programs of its postings kept apart has joined since (they would be tested now). */
function wordSeedsValid(seeds: WordSeeds): boolean {
  const unjoined = seeds.unjoined;
  if (seeds.joined === shared.joined) return true;
  if (unjoined !== null) for (let i = 0; i < unjoined.length; i++) if (shared.joinedAs[unjoined[i]! >> SEED_BITS] !== 0) return false;
  seeds.joined = shared.joined;
  return true;
}

/**
 * Per shared program number, per seed, the numbers (`listNumber`) of its first next-word test's word lists and
 * branches; kept with the program's tests (`shared.tests`), which a program read again under its number replaces.
 */
const firstListNumbers: (Int32Array | undefined)[][] = [];
const firstListsFor: (readonly unknown[] | undefined)[] = [];

function firstListsOf(number: number, seed: number, test: NextWordTest): Int32Array {
  if (firstListsFor[number] !== shared.tests[number]) {
    firstListsFor[number] = shared.tests[number];
    firstListNumbers[number] = [];
  }
  const bySeed = firstListNumbers[number]!;
  let lists = bySeed[seed];
  if (lists === undefined) {
    lists = new Int32Array(test.words.length + test.branches.length);
    let count = 0;
    for (const list of test.words) lists[count++] = listNumber(list);
    for (const branch of test.branches) lists[count++] = listNumber(branch);
    bySeed[seed] = lists;
  }
  return lists;
}

// The groups of plain lists being made (`groupedByFirstTest`), by list number: a group's place in `plainGroups` while
// `groupMark` holds the current mark.
let groupMark = new Int32Array(256);
let groupPlace = new Int32Array(256);
let groupRound = 0;
const plainLists: number[] = [];
const plainGroups: number[][] = [];

/** Postings (sorted, each once) grouped by what their first next-word test lets through. */
function groupedByFirstTest(postings: Int32Array): WordSeeds {
  const always: number[] = [];
  const anyToken: number[] = [];
  const anyWord: number[] = [];
  let unjoined: number[] | null = null;
  let clitics: Map<ReadonlySet<string>, number[]> | null = null;
  let roots: Map<ReadonlySet<string>, number[]> | null = null;
  let shapes: Map<RegExp, number[]> | null = null;
  const add = <K>(groups: Map<K, number[]>, list: K, posting: number) => {
    const postings = groups.get(list);
    if (postings === undefined) groups.set(list, [posting]);
    else if (postings[postings.length - 1] !== posting) postings.push(posting);
  };
  const round = ++groupRound;
  plainLists.length = 0;
  plainGroups.length = 0;
  for (let i = 0; i < postings.length; i++) {
    const posting = postings[i]!;
    const number = posting >> SEED_BITS;
    // A program of the tables not joined yet keeps all its seeds, apart.
    if (shared.joinedAs[number] === 0) {
      (unjoined ??= []).push(posting);
      continue;
    }
    const test = firstTestOf(shared.programs[number]!, shared.tests[number]!, posting & SEED_MASK);
    if (test === null) {
      always.push(posting);
      continue;
    }
    if (test.anyToken) anyToken.push(posting);
    if (test.anyWord) anyWord.push(posting);
    const lists = firstListsOf(number, posting & SEED_MASK, test);
    if (groupMark.length < listsNumbered) {
      groupMark = withRoom(groupMark, groupMark.length, listsNumbered);
      groupPlace = withRoom(groupPlace, groupPlace.length, listsNumbered);
    }
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      if (groupMark[list] !== round) {
        groupMark[list] = round;
        groupPlace[list] = plainGroups.length;
        plainLists.push(list);
        plainGroups.push([posting]);
        continue;
      }
      const group = plainGroups[groupPlace[list]!]!;
      if (group[group.length - 1] !== posting) group.push(posting);
    }
    for (const list of test.clitics) add((clitics ??= new Map()), list, posting);
    for (const list of test.roots) add((roots ??= new Map()), list, posting);
    for (const shape of test.shapes) add((shapes ??= new Map()), shape, posting);
  }
  const plain = Int32Array.from(plainLists).sort();
  return {
    always,
    anyToken,
    anyWord,
    plain,
    plainPostings: Array.from(plain, (list) => plainGroups[groupPlace[list]!]!),
    clitics: clitics === null ? NONE : [...clitics.keys()],
    cliticPostings: clitics === null ? NONE : [...clitics.values()],
    roots: roots === null ? NONE : [...roots.keys()],
    rootPostings: roots === null ? NONE : [...roots.values()],
    shapes: shapes === null ? NONE : [...shapes.keys()],
    shapePostings: shapes === null ? NONE : [...shapes.values()],
    unjoined,
    joined: shared.joined,
  };
}
const NONE: readonly never[] = [];

// The postings a next word lets on, gathered from a word's groups, reused from pair to pair.
let passingFound = new Int32Array(256);
let passingCount = 0;
let passingGroups = 0;

const SORTED_IN_PLACE = 48;

function addPassing(postings: readonly number[]): void {
  if (postings.length === 0) return;
  passingGroups++;
  passingFound = withRoom(passingFound, passingCount, postings.length);
  for (let i = 0; i < postings.length; i++) passingFound[passingCount++] = postings[i]!;
}

/**
 * The postings of a word's groups whose first next-word test word `index` passes (as `passesTest` would), sorted, each
 * once, in `passingFound`; returns how many. A test passes if one of its lists, shapes or "any" lets the word through,
 * so these are the union of the groups that do.
 */
function passingAfter(groups: WordSeeds, view: TokenView & Caches, index: number, wordNumber: number): number {
  passingCount = 0;
  passingGroups = 0;
  addPassing(groups.always);
  if (index < view.words.length) {
    const word = view.words[index]!;
    if (!SENTENCE_END.has(word)) addPassing(groups.anyToken);
    if (!PUNCTUATION.has(word)) addPassing(groups.anyWord);
    const { plain, plainPostings, clitics, cliticPostings, roots, rootPostings, shapes, shapePostings } = groups;
    // The lists that hold the word: its list numbers and the groups', both increasing, walked together.
    const holding = holdingByWord[wordNumber]!;
    for (let i = 0, h = 0; i < plain.length && h < holding.length; ) {
      const list = plain[i]!;
      const held = holding[h]!;
      if (list === held) {
        addPassing(plainPostings[i]!);
        i++;
        h++;
      } else if (list < held) i++;
      else h++;
    }
    if (clitics.length > 0) {
      const bases = basesOf(view, index);
      for (let i = 0; i < clitics.length; i++) {
        const list = clitics[i]!;
        let passes = list.has(word);
        for (let b = 0; b < bases.length && !passes; b++) passes = list.has(bases[b]!);
        if (passes) addPassing(cliticPostings[i]!);
      }
    }
    if (roots.length > 0) {
      const all = rootsAt(view, index);
      for (let i = 0; i < roots.length; i++) {
        const list = roots[i]!;
        let passes = false;
        for (let r = 0; r < all.length && !passes; r++) passes = list.has(all[r]!);
        if (passes) addPassing(rootPostings[i]!);
      }
    }
    for (let i = 0; i < shapes.length; i++) if (shapes[i]!.test(word)) addPassing(shapePostings[i]!);
  }
  if (passingGroups < 2) return passingCount;
  if (passingCount > SORTED_IN_PLACE) return droppingRepeats(passingFound.subarray(0, passingCount).sort(), passingCount);
  // Insertion sort: a few dozen postings at most, and no copy made to sort them.
  for (let i = 1; i < passingCount; i++) {
    const value = passingFound[i]!;
    let j = i - 1;
    for (; j >= 0 && passingFound[j]! > value; j--) passingFound[j + 1] = passingFound[j]!;
    passingFound[j + 1] = value;
  }
  return droppingRepeats(passingFound, passingCount);
}

/** Marks a pair's word (`DocumentSeeds.pairs`) whose seed was tested on the next word only: a document has fewer words. */
const UNTESTED = 1 << 30;

/**
 * A joined program's pairs (word, seed) in the document, the first time it asks: one marked `UNTESTED` is kept where
 * the two words after the next let its seed go on (`goesOnAfterNext`) and, once its key is met again, its seed does
 * not die within the key's words (`diesWithinKey`); the verdict is kept with the key, for the documents after.
 */
function testedPairs(number: number, seeds: DocumentSeeds, view: TokenView & Caches): Int32Array {
  const program = shared.programs[number]!;
  const tests = shared.tests[number]!;
  const { pairs, pairVerdicts } = seeds;
  // The keys emptied since the document was read: its pairs' verdicts are not kept.
  const keysKept = seeds.keysGeneration === startsByWords.generation;
  const verdicts = startsByWords.verdicts;
  // A run within a key is not a reading of the caller's words (`sentenceFindings`).
  const lowestBefore = lowestWordRead;
  let count = 0;
  for (let i = seeds.offsets[number]!, last = seeds.offsets[number + 1]!; i < last; i++) {
    const word = pairs[i * 2]!;
    const seed = pairs[i * 2 + 1]!;
    if (word < UNTESTED) {
      count = addLatePair(count, word, seed);
      continue;
    }
    const index = word - UNTESTED;
    const place = pairVerdicts[i]!;
    if (place < 0 || !keysKept) {
      if (goesOnAfterNext(program, tests, seed, view, index + 2)) count = addLatePair(count, index, seed);
      continue;
    }
    let verdict = verdicts[place]! as Verdict;
    if (verdict === Verdict.Untried) {
      verdict = goesOnAfterNext(program, tests, seed, view, index + 2) && !diesWithinKey(program, seed, view, index) ? Verdict.Kept : Verdict.Dropped;
      verdicts[place] = verdict;
    }
    if (verdict !== Verdict.Dropped) count = addLatePair(count, index, seed);
  }
  lowestWordRead = lowestBefore;
  return latePairs.slice(0, count);
}

/** The pairs (word, seed) of a program of the tables that joined after the document was read, from its postings kept apart. */
function unjoinedPairs(program: Program, number: number, seeds: DocumentSeeds, view: TokenView & Caches): Int32Array {
  const { unjoinedWords, unjoinedPostings } = seeds;
  const tests = nextWordTests(program);
  const lowest = number << SEED_BITS;
  let count = 0;
  for (let w = 0; w < unjoinedWords.length; w++) {
    const postings = unjoinedPostings[w]!;
    const index = unjoinedWords[w]!;
    let low = 0;
    for (let high = postings.length; low < high; ) {
      const middle = (low + high) >> 1;
      if (postings[middle]! < lowest) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < postings.length && postings[i]! >> SEED_BITS === number; i++) {
      const seed = postings[i]! & SEED_MASK;
      if (mayGoOn(program, tests, seed, view, index + 1)) count = addLatePair(count, index, seed);
    }
  }
  return latePairs.slice(0, count);
}

/** Writes the pair (word, seed) after the first `count` numbers of `latePairs`, grown if need be; the count after it. */
function addLatePair(count: number, index: number, seed: number): number {
  latePairs = withRoom(latePairs, count, 2);
  latePairs[count] = index;
  latePairs[count + 1] = seed;
  return count + 2;
}

/** The words of a `startsByWords` key: the seed's own and the three after it. */
const KEY_WORDS = 4;

/**
 * Whether a run from seed `seed` at word `index` ends without a match within the words of its `startsByWords` key,
 * meeting no look (a look reads words of its own, and would stop at the key's end): then it does so wherever those words occur, in any range (a range's end only stops it
 * sooner), and the seed is left out of the key's postings. A run from several seeds finds what the runs from each
 * would (a set of states is the union of each one's), so leaving it out changes no match. Most seeds that pass
 * `mayGoOn` end so ("the order number", "i am really": 500 of the 580 runs of the bench's English 2 KB draft found
 * nothing), and the key keeps them out of later drafts as well: a draft is analysed again at each pause in typing.
 */
function diesWithinKey(program: Program, seed: number, view: TokenView, index: number): boolean {
  runLooked = false;
  runAliveAtLimit = false;
  const limit = Math.min(index + KEY_WORDS, view.words.length);
  return run(program, program.seeds[seed]!.start, null, 1, view, index, limit, undefined, 0, false) < 0 && !runLooked && !runAliveAtLimit;
}

/**
 * What a run from a seed needs after its first word, so that a seed started where it cannot be found is not run (`mayMatch`).
 * Patterns with gaps and optional pieces (`kos~ _? _? _? _? (tetap | masih) …`) keep many states alive over the
 * words after their first, and most of their runs end without a match because a word they need is not in the
 * sentence: looking through the next words for it costs a step a word, the run several steps a word.
 */
interface SeedNeeds {
  /** The tests the seed's first word can pass (a branch's words included), or null if any word can start it. */
  firsts: readonly State[] | null;
}

/** How many of the tests required after a first word are looked for: those with the fewest words. */
const REQUIRED_TESTS_LOOKED_FOR = 2;

interface ProgramNeeds {
  seeds: (SeedNeeds | undefined)[];
  /** Per state: the tests every path from it to an accept passes through, sorted (`mustPassFrom`). */
  mustPass: (readonly number[] | undefined)[];
  /** Per state: those of them looked for after a first word that led to it (`requiredAfter`). */
  required: (readonly State[] | undefined)[];
  /**
   * Per state: the last tests of its paths to an accept, one of which each path passes (`lastTestsFrom`); made when
   * first needed (only where no test is on every path: as long as the program's states, made for every program a
   * first analysis runs, the three arrays were 800 KB that its collections copied).
   */
  lastTests: (readonly number[] | undefined)[] | null;
}

const needsOf = new WeakMap<Program, ProgramNeeds>();

// The last program's, since a scan asks for one program's seeds many times in a row.
let lastNeedsProgram: Program | undefined;
let lastNeeds: ProgramNeeds | undefined;

function programNeeds(program: Program): ProgramNeeds {
  if (program === lastNeedsProgram) return lastNeeds!;
  let needs = needsOf.get(program);
  // Filled to their length: an array written out of order turns into a dictionary, slow to read.
  if (!needs) {
    const states = program.states.length;
    needs = { seeds: new Array<SeedNeeds | undefined>(program.seeds.length).fill(undefined), mustPass: new Array<readonly number[] | undefined>(states).fill(undefined), required: new Array<readonly State[] | undefined>(states).fill(undefined), lastTests: null };
    needsOf.set(program, needs);
  }
  lastNeedsProgram = program;
  lastNeeds = needs;
  return needs;
}

/**
 * What the paths from a state to an accept give, folded from the accepts back: what a test adds to what its paths
 * give after it, what a branch makes of what its branches give together, and how the ways out of a split or a branch
 * join. An accept gives nothing; a look takes no word and gives what follows it.
 */
interface PathFold {
  test(after: readonly number[], id: number, state: State): readonly number[];
  branch(joined: readonly number[], id: number): readonly number[];
  join(states: States, ids: Iterable<number>, memo: (readonly number[] | undefined)[]): readonly number[];
}

/** `fold` over the paths from state `id`, worked out once per program and state (`memo` is the fold's own). */
function foldPaths(fold: PathFold, states: States, id: number, memo: (readonly number[] | undefined)[]): readonly number[] {
  if (id >= states.length) id -= states.length;
  let found = memo[id];
  if (found !== undefined) return found;
  const state = stateAt(states, id);
  switch (state.kind) {
    case StateKind.Accept:
      found = [];
      break;
    case StateKind.Look:
      found = foldPaths(fold, states, state.next, memo);
      break;
    case StateKind.Test:
      found = fold.test(foldPaths(fold, states, state.next, memo), id, state);
      break;
    case StateKind.Split:
      found = fold.join(states, state.outs!, memo);
      break;
    case StateKind.Branch:
      found = fold.branch(fold.join(states, new Set(state.branches!.values()), memo), id);
      break;
  }
  memo[id] = found;
  return found;
}

/** Every path passes the tests each way out passes: their intersection, with a test or a branch's own state added. */
const mustPassFold: PathFold = { test: (after, id) => withId(after, id), branch: withId, join: commonTo };

/**
 * The test states every path from state `id` to an accept passes through, sorted. A look is passed (a necessary test
 * needs no look to hold); a filler slot is its state.
 */
function mustPassFrom(states: States, id: number, memo: (readonly number[] | undefined)[]): readonly number[] {
  return foldPaths(mustPassFold, states, id, memo);
}

function commonTo(states: States, ids: Iterable<number>, memo: (readonly number[] | undefined)[]): readonly number[] {
  let common: readonly number[] | undefined;
  for (const id of ids) {
    common = common === undefined ? mustPassFrom(states, id, memo) : intersection(common, mustPassFrom(states, id, memo));
    if (common.length === 0) break;
  }
  return common ?? [];
}

function withId(sorted: readonly number[], id: number): readonly number[] {
  const result = sorted.slice();
  let at = result.length;
  while (at > 0 && result[at - 1]! > id) at--;
  if (result[at - 1] !== id) result.splice(at, 0, id);
  return result;
}

function intersection(a: readonly number[], b: readonly number[]): readonly number[] {
  const result: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      result.push(a[i]!);
      i++;
      j++;
    }
  }
  return result;
}

/** The tests looked for after a first word that led to state `id`: required, read by word (not `_`, a gap or a shape), fewest words first. */
function requiredAfter(program: Program, needs: ProgramNeeds, id: number): readonly State[] {
  const key = id >= program.states.length ? id - program.states.length : id;
  let found = needs.required[key];
  if (found !== undefined) return found;
  const states = program.states;
  const sizeOf = (state: State) => (state.branches?.size ?? 0) + (state.words?.size ?? 0) + (state.clitics?.size ?? 0) + (state.roots?.size ?? 0);
  found = mustPassFrom(states, key, needs.mustPass)
    .map((test) => stateAt(states, test))
    .filter((state) => state.any === AnyToken.None && state.shape === null)
    .sort((a, b) => sizeOf(a) - sizeOf(b))
    .slice(0, REQUIRED_TESTS_LOOKED_FOR);
  if (found.length === 0) {
    // No one test on every path ("(hapus | dihapus | …) | has been removed | on us"): one of the paths' last tests,
    // as one test of all their words.
    const last = lastTestsFrom(states, key, (needs.lastTests ??= new Array<readonly number[] | undefined>(states.length).fill(undefined)));
    if (last.length > 0) found = [testOfAny(last.map((test) => stateAt(states, test)))];
  }
  needs.required[key] = found;
  return found;
}

/** Above this many, a path's last tests are not looked for: a word of so many says little. */
const LAST_TESTS_LOOKED_FOR = 8;

/**
 * Tests of which every path from state `id` to an accept passes one, read by word (not `_`, a gap or a shape): on each
 * path the last such test, so the words that end a pattern, more telling than those that open it; none (an empty
 * list) when a path has none, or when they are more than `LAST_TESTS_LOOKED_FOR`.
 */
function lastTestsFrom(states: States, id: number, memo: (readonly number[] | undefined)[]): readonly number[] {
  return foldPaths(lastTestsFold, states, id, memo);
}

/** A test read by word, or a branch, is the last of the paths that pass none after it; the ways out give theirs together. */
const lastTestsFold: PathFold = {
  test: (after, id, state) => (after.length > 0 || state.any !== AnyToken.None || state.shape !== null ? after : [id]),
  branch: (joined, id) => (joined.length > 0 ? joined : [id]),
  join: eachPassesOne,
};

/** The tests of `lastTestsFrom` of each of the states `ids` together; none if one of them has none. */
function eachPassesOne(states: States, ids: Iterable<number>, memo: (readonly number[] | undefined)[]): readonly number[] {
  const all = new Set<number>();
  for (const id of ids) {
    const tests = lastTestsFrom(states, id, memo);
    if (tests.length === 0) return tests;
    for (const test of tests) all.add(test);
    if (all.size > LAST_TESTS_LOOKED_FOR) return [];
  }
  return [...all].sort((a, b) => a - b);
}

/** One test that a word passes where it passes one of `tests` (tests of words, clitics, roots or a branch's words). */
function testOfAny(tests: readonly State[]): State {
  const words = new Set<string>();
  const clitics = new Set<string>();
  const roots = new Set<string>();
  for (const test of tests) {
    for (const word of test.branches?.keys() ?? test.words ?? []) words.add(word);
    for (const word of test.clitics ?? []) clitics.add(word);
    for (const root of test.roots ?? []) roots.add(root);
  }
  return { kind: StateKind.Test, next: -1, outs: null, words, clitics: clitics.size > 0 ? clitics : null, roots: roots.size > 0 ? roots : null, shape: null, any: AnyToken.None, look: -1, negate: false, behind: false, branches: null };
}

function seedNeeds(program: Program, needs: ProgramNeeds, seed: number): SeedNeeds {
  let found = needs.seeds[seed];
  if (found !== undefined) return found;
  const states = program.states;
  const firsts: State[] = [];
  const visited = new Set<number>();
  const stack = [program.seeds[seed]!.start];
  let any = false;
  while (stack.length > 0 && !any) {
    const id = stack.pop()!;
    if (visited.has(id)) continue;
    visited.add(id);
    // A filler slot before the first word: none is written, but a word it lets through is no test of ours.
    if (id >= states.length) any = true;
    else {
      const state = stateAt(states, id);
      if (state.kind === StateKind.Split) stack.push(...state.outs!);
      else if (state.kind === StateKind.Look) stack.push(state.next);
      else if (state.kind === StateKind.Accept || state.any !== AnyToken.None) any = true;
      else firsts.push(state);
    }
  }
  found = { firsts: any ? null : firsts };
  needs.seeds[seed] = found;
  return found;
}

// What `passesAfter` read after the word `readAt` of `readIn`, by test (its word list, or itself): the first word that
// passed, or -1 - the word it read up to when none did, marked with the round (`readRound`: one per word read after)
// it holds for. The seeds starting at one word often need the same words. Marked, not emptied: `Map.clear` made a new
// table at every word, a thirteenth of an analysis's garbage on drafts met first.
let readIn: TokenView | undefined;
let readAt = -1;
let readRound = 0;
const readAfter = new WeakMap<object, { round: number; found: number }>();

/** Whether the test passes a word after word `at`, before word `end`. */
function passesAfter(test: State, view: TokenView & Caches, at: number, end: number): boolean {
  if (view !== readIn || at !== readAt) {
    readRound++;
    readIn = view;
    readAt = at;
  }
  // Most are a list of words, or a branch's: one look-up a word.
  const words = test.branches ?? (test.clitics === null && test.roots === null ? test.words : null);
  const key = words ?? test;
  const known = readAfter.get(key);
  let from = at + 1;
  if (known !== undefined && known.round === readRound) {
    if (known.found >= 0) return known.found < end;
    from = -1 - known.found;
  }
  for (let after = from; after < end; after++) {
    matcherWork.steps++;
    if (words !== null ? words.has(view.words[after]!) : passes(test, view, after)) {
      markRead(key, known, after);
      return true;
    }
  }
  if (end > from) markRead(key, known, -1 - end);
  return false;
}

function markRead(key: object, mark: { round: number; found: number } | undefined, found: number): void {
  if (mark === undefined) readAfter.set(key, { round: readRound, found });
  else {
    mark.round = readRound;
    mark.found = found;
  }
}

/**
 * Whether a run from seed `seed` at word `at` may match before word `limit`: for some test its first word passes,
 * each test required after it passes a word after `at`, within the words its entry can take. At most `maxLength`
 * words are read per test, each counted as a step.
 */
function mayMatch(program: Program, seed: number, view: TokenView & Caches, at: number, limit: number): boolean {
  const needs = programNeeds(program);
  const { firsts } = seedNeeds(program, needs, seed);
  if (firsts === null) return true;
  const end = Math.min(limit, at + program.entries[program.seeds[seed]!.entry]!.maxLength);
  const word = view.words[at]!;
  for (let f = 0; f < firsts.length; f++) {
    const first = firsts[f]!;
    let next: number | undefined;
    if (first.branches !== null) next = first.branches.get(word);
    else if (passes(first, view, at)) next = first.next;
    if (next === undefined) continue;
    const required = requiredAfter(program, needs, next);
    let all = true;
    for (let r = 0; r < required.length && all; r++) all = passesAfter(required[r]!, view, at, end);
    if (all) return true;
  }
  return false;
}

/** The first pair in pairs `[low, high)` of `pairs` (word, seed, by word) whose word is `word` or after it. */
function firstAtOrAfter(pairs: Int32Array, low: number, high: number, word: number): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pairs[middle * 2]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The starts of a pattern's seeds at one word, for `candidatesAt`'s visits. */
const starts: number[] = [];

// The starts of one entry's seeds at one word, for a run, reused from run to run (an array emptied and filled again
// gets a new backing store each time).
let startIds = new Int32Array(64);
let startCount = 0;

function addStart(start: number): void {
  if (startCount === startIds.length) {
    const larger = new Int32Array(startIds.length * 2);
    larger.set(startIds);
    startIds = larger;
  }
  startIds[startCount++] = start;
}

const nextWordTestsOf = new WeakMap<Program, (NextWordTest | null | undefined)[]>();

function nextWordTests(program: Program): (NextWordTest | null | undefined)[] {
  let tests = nextWordTestsOf.get(program);
  if (!tests) nextWordTestsOf.set(program, (tests = []));
  return tests;
}

/**
 * Builds the next-word tests (`mayGoOn`) of a program's seeds from `from` on, ahead of the first analysis that would
 * build them, until `enough()` says to stop (asked after each seed); returns the seed to go on from, `seeds.length`
 * once all are built. `enginePreparation` calls it a slice at a time.
 */
export function prepareNextWordTests(program: Program, from: number, enough: () => boolean): number {
  const tests = nextWordTests(program);
  let seed = from;
  while (seed < program.seeds.length) {
    if (tests[seed] === undefined) tests[seed] = nextWordTestOf(program, seed);
    for (let test: NextWordTest | null = tests[seed]!; test !== null; test = thenOf(program.states, test));
    seed++;
    if (enough()) break;
  }
  return seed;
}

/**
 * Whether a match from seed `seed` at word `index - 1` may go on to word `index` and the ones after it (false past
 * the last word, unless a match can end before).
 */
function mayGoOn(program: Program, tests: (NextWordTest | null | undefined)[], seed: number, view: TokenView & Caches, index: number): boolean {
  return passesFrom(program, firstTestOf(program, tests, seed), view, index);
}

/**
 * `mayGoOn` from the word after the next (`index`), for a seed whose first next-word test the next word passed (a
 * posting `passingAfter` gave for the next word): that test is not asked again.
 */
function goesOnAfterNext(program: Program, tests: (NextWordTest | null | undefined)[], seed: number, view: TokenView & Caches, index: number): boolean {
  const first = firstTestOf(program, tests, seed);
  return first === null || passesFrom(program, thenOf(program.states, first), view, index);
}

/** A seed's test of the word after its first, worked out when first asked and kept in the program's `tests`. */
function firstTestOf(program: Program, tests: (NextWordTest | null | undefined)[], seed: number): NextWordTest | null {
  let test = tests[seed];
  if (test === undefined) tests[seed] = test = nextWordTestOf(program, seed);
  return test;
}

/** Whether the words from `index` on pass `test` and each test after it. */
function passesFrom(program: Program, test: NextWordTest | null, view: TokenView & Caches, index: number): boolean {
  for (; test !== null; test = thenOf(program.states, test), index++) if (!passesTest(test, view, index)) return false;
  return true;
}

function passesTest(test: NextWordTest, view: TokenView & Caches, index: number): boolean {
  if (index >= view.words.length) return false;
  const word = view.words[index]!;
  if (test.anyToken && !SENTENCE_END.has(word)) return true;
  if (test.anyWord && !PUNCTUATION.has(word)) return true;
  const { words, branches, clitics, roots, shapes } = test;
  for (let i = 0; i < words.length; i++) if (words[i]!.has(word)) return true;
  for (let i = 0; i < branches.length; i++) if (branches[i]!.has(word)) return true;
  if (clitics.length > 0) {
    const bases = basesOf(view, index);
    for (let i = 0; i < clitics.length; i++) {
      const list = clitics[i]!;
      if (list.has(word)) return true;
      for (let b = 0; b < bases.length; b++) if (list.has(bases[b]!)) return true;
    }
  }
  if (roots.length > 0) {
    const all = rootsAt(view, index);
    for (let i = 0; i < roots.length; i++) for (let r = 0; r < all.length; r++) if (roots[i]!.has(all[r]!)) return true;
  }
  for (let i = 0; i < shapes.length; i++) if (shapes[i]!.test(word)) return true;
  return false;
}

/**
 * Calls `visit` with every entry that may match from word `index`, and the starts of its patterns that may. Each entry
 * once, in the order of entries. `starts` is valid only during the call.
 */
function candidatesAt(program: Program, view: TokenView, index: number, visit: (entry: number, starts: readonly number[]) => boolean | void): void {
  const count = collectSeeds(program, view as TokenView & Caches, index);
  const seeds = program.seeds;
  // Seeds are numbered entry by entry: an entry's seeds are next to each other. `found` is read to the end before
  // `visit` runs, since a visit may look for seeds again (a condition).
  const ids = count === 0 ? [] : Array.from(found.subarray(0, count));
  for (let i = 0; i < ids.length; ) {
    const entry = seeds[ids[i]!]!.entry;
    starts.length = 0;
    for (; i < ids.length && seeds[ids[i]!]!.entry === entry; i++) starts.push(seeds[ids[i]!]!.start);
    if (visit(entry, starts) === false) return;
  }
}

let nextFreeBuffer = new Int32Array(256);

/**
 * What the programs found in one sentence, kept from document to document by the sentence's words: a draft is
 * analysed again at each pause in typing, and most of its sentences are those of the last analysis. A match stays in
 * its sentence and a look ahead stops at its end, so what a program finds there depends on the sentence's words, and
 * on the word before it, which a look behind from its first word reads (`<-(_)`): the key is those words. What a look
 * behind found further back is not kept.
 */
interface SentenceFindings {
  /** Per program (`memoNumber`): its matches, as entry, start and end from the sentence's first word, three numbers each. */
  matches: (Int32Array | undefined)[];
  /** Per program: whether any entry matches (`occursBetween`). */
  occurs: (boolean | undefined)[];
  /** `endsWithin` and `endsAt` in its words, by program and words asked (`spanKey`). */
  ends: Map<number, boolean> | undefined;
}

/** Whether findings are kept by sentence: the counted bounds tests turn it off, to count the matcher's own work. */
export const sentenceMemo = { enabled: true };

const findingsBySentence = new Map<string, SentenceFindings>();
/** Sentences kept, at most: then the memo starts anew. */
const SENTENCE_MEMO_LIMIT = 2_000;
const memoNumbers = new WeakMap<Program, number>();
let memoNumberCount = 0;
// The last program's, since a scan asks for one program many times in a row.
let lastMemoProgram: Program | undefined;
let lastMemoNumber = -1;

function memoNumber(program: Program): number {
  if (program === lastMemoProgram) return lastMemoNumber;
  let number = memoNumbers.get(program);
  if (number === undefined) memoNumbers.set(program, (number = memoNumberCount++));
  lastMemoProgram = program;
  lastMemoNumber = number;
  return number;
}

const NO_MATCHES = new Int32Array(0);

/** What the programs found in sentence `sentence` of the view before, looked up once per document; null for an empty one. */
function sentenceFindings(view: TokenView & Caches, sentence: number): SentenceFindings | null {
  const all = (view.sentenceFindings ??= new Array<SentenceFindings | null | undefined>(view.sentenceStarts.length).fill(undefined));
  let found = all[sentence];
  if (found !== undefined) return found;
  const first = view.sentenceStarts[sentence]!;
  const end = view.sentenceEnds[sentence]!;
  if (first === end || view.normal === undefined) return (all[sentence] = null);
  // The words from the one before the sentence (a line break marks the draft's start: no word holds one).
  const text = view.normal.slice(view.starts[first === 0 ? 0 : first - 1]!, view.ends[end - 1]!);
  const key = first === 0 ? `\n${text}` : text;
  found = findingsBySentence.get(key);
  if (found === undefined) {
    if (findingsBySentence.size >= SENTENCE_MEMO_LIMIT) findingsBySentence.clear();
    findingsBySentence.set(key, (found = { matches: [], occurs: [], ends: undefined }));
  } else (view.metBefore ??= new Uint8Array(view.sentenceStarts.length))[sentence] = 1;
  return (all[sentence] = found);
}

/**
 * Marks the sentences whose findings were kept before this document, so that the shared pass passes over their words:
 * their programs read back what they found there, and one that has nothing kept for them (asked for the first time,
 * or what it found was not kept) reads them with its own index (`passedOver`).
 */
function sentencesMetBefore(view: TokenView & Caches): Uint8Array | undefined {
  if (!sentenceMemo.enabled) return undefined;
  for (let sentence = 0; sentence < view.sentenceStarts.length; sentence++) sentenceFindings(view, sentence);
  return view.metBefore;
}

/** How many of the words `[from, to)` the shared pass passed over: 0 when its pairs hold all their seeds. */
function passedOver(view: TokenView & Caches, from: number, to: number): number {
  const before = view.passedOverBefore;
  return before === undefined || to <= from ? 0 : before[to]! - before[from]!;
}

/** Keeps the matches of sentence `sentence` (from `from` in `matches`), unless a look behind read before the word before it. */
function keepMatches(view: TokenView & Caches, sentence: number, memo: number, matches: readonly TokenMatch[], from: number): void {
  const first = view.sentenceStarts[sentence]!;
  if (lowestWordRead < first - 1) return;
  const findings = sentenceFindings(view, sentence);
  if (findings === null) return;
  if (from === matches.length) {
    findings.matches[memo] = NO_MATCHES;
    return;
  }
  const known = new Int32Array((matches.length - from) * 3);
  for (let i = from; i < matches.length; i++) {
    const match = matches[i]!;
    known[(i - from) * 3] = match.entry;
    known[(i - from) * 3 + 1] = match.start - first;
    known[(i - from) * 3 + 2] = match.end - first;
  }
  findings.matches[memo] = known;
}

/** Words of a sentence a kept answer of `endsWithin` and `endsAt` can name (a sentence has at most 120, a few more once split). */
const SPAN_WORDS = 128;

// The sentence and the key of the question `spanKey` last made, for `keptAnswer` and `keepAnswer`.
let spanFindings: SentenceFindings | null = null;
let spanFirst = 0;

/**
 * The key of a question about the words `[from, to)` of one sentence (`endsWithin`'s, `endsAt`'s: `tag`, below
 * `SPAN_WORDS`), by program and the words' places in the sentence; undefined when it is not kept. Sets the sentence for
 * `keptAnswer` and `keepAnswer`, and the first word a look behind reads from.
 */
function spanKey(view: TokenView & Caches, program: Program, from: number, to: number, tag: number): number | undefined {
  if (!sentenceMemo.enabled || to <= from || tag < 0 || tag >= SPAN_WORDS) return undefined;
  // The sentence around the words: the first that ends after `from`.
  const ends = view.sentenceEnds;
  let low = 0;
  for (let high = ends.length; low < high; ) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= from) low = middle + 1;
    else high = middle;
  }
  if (low === ends.length || view.sentenceStarts[low]! > from || ends[low]! < to) return undefined;
  const first = view.sentenceStarts[low]!;
  if (to - first >= SPAN_WORDS) return undefined;
  const findings = sentenceFindings(view, low);
  if (findings === null) return undefined;
  spanFindings = findings;
  spanFirst = first;
  lowestWordRead = from;
  return ((memoNumber(program) * SPAN_WORDS + (from - first)) * SPAN_WORDS + (to - first)) * SPAN_WORDS + tag;
}

/** The answer kept for the question `spanKey` made, if any. */
function keptAnswer(key: number): boolean | undefined {
  const answer = spanFindings!.ends?.get(key);
  if (answer !== undefined) matcherWork.steps++;
  return answer;
}

/** Keeps the answer to the question `spanKey` made, unless a look behind read before the word before its sentence. */
function keepAnswer(key: number, answer: boolean): boolean {
  if (lowestWordRead >= spanFirst - 1) (spanFindings!.ends ??= new Map()).set(key, answer);
  return answer;
}

/** Adds the matches kept for a sentence starting at word `first`. */
function pushKnown(matches: (TokenMatch & { range: number })[], known: Int32Array, first: number, range: number): void {
  matcherWork.steps++;
  for (let i = 0; i < known.length; i += 3) matches.push({ entry: known[i]!, start: first + known[i + 1]!, end: first + known[i + 2]!, range });
}

/** A match: entry, and its words `[start, end)`. */
export interface TokenMatch {
  entry: number;
  start: number;
  end: number;
}

/**
 * `findAll` in range `range` up to word `to`, from the shared pass's pairs (from pair `pair` on): each word where seeds
 * of an entry start and may match runs them together. Returns the first pair at or after `to`.
 */
function findFromPairs(
  program: Program,
  view: TokenView & Caches,
  pairs: Int32Array,
  pair: number,
  last: number,
  range: number,
  to: number,
  nextFree: Int32Array,
  matches: (TokenMatch & { range: number })[],
): number {
  const seeds = program.seeds;
  let i = pair;
  while (i < last && pairs[i * 2]! < to) {
    const at = pairs[i * 2]!;
    const entry = seeds[pairs[i * 2 + 1]!]!.entry;
    const free = at >= nextFree[entry]!;
    startCount = 0;
    for (; i < last && pairs[i * 2] === at && seeds[pairs[i * 2 + 1]!]!.entry === entry; i++) {
      const seed = pairs[i * 2 + 1]!;
      if (free && mayMatch(program, seed, view, at, to)) addStart(seeds[seed]!.start);
    }
    if (startCount === 0) continue;
    const end = run(program, -1, startIds, startCount, view, at, to, undefined, 0, false);
    if (end > at) {
      matches.push({ entry, start: at, end, range });
      nextFree[entry] = end;
    }
  }
  return i;
}

/** `findAll` in the words `[from, to)` of range `range`, reading them with the program's own index. */
function findFromOwnIndex(program: Program, view: TokenView & Caches, range: number, from: number, to: number, nextFree: Int32Array, matches: (TokenMatch & { range: number })[]): void {
  const seeds = program.seeds;
  const tests = nextWordTests(program);
  for (let at = from; at < to; at++) {
    const count = collectSeeds(program, view, at);
    if (count === 0) continue;
    for (let i = 0; i < count; ) {
      const entry = seeds[found[i]!]!.entry;
      const free = at >= nextFree[entry]!;
      startCount = 0;
      for (; i < count && seeds[found[i]!]!.entry === entry; i++) {
        if (free && mayGoOn(program, tests, found[i]!, view, at + 1) && mayMatch(program, found[i]!, view, at, to)) addStart(seeds[found[i]!]!.start);
      }
      if (startCount === 0) continue;
      const end = run(program, -1, startIds, startCount, view, at, to, undefined, 0, false);
      if (end > at) {
        matches.push({ entry, start: at, end, range });
        nextFree[entry] = end;
      }
    }
  }
}

/**
 * Every entry's matches in the word ranges `[starts[i], ends[i])` (sentences, in order), as a regular expression searching the
 * text would find them: from left to right, each the longest from its start, the next beginning after it. In order of
 * entry, then position; `range` is the index of the match's range.
 */
export function findAll(program: Program, view: TokenView, rangeStarts: ArrayLike<number>, rangeEnds: ArrayLike<number>): (TokenMatch & { range: number })[] {
  const matches: (TokenMatch & { range: number })[] = [];
  // Matches stay within their range, so one entry's next free word carries over from range to range. One buffer for
  // every call (a run never calls findAll), since a typed array per program per analysis was a seventh of the garbage.
  if (nextFreeBuffer.length < program.entries.length) nextFreeBuffer = new Int32Array(program.entries.length * 2);
  const nextFree = nextFreeBuffer;
  nextFree.fill(0, 0, program.entries.length);
  const cached = view as TokenView & Caches;
  const inDocument = seedsInDocument(program, sharedNumber(program), cached);
  // By sentence, what the program found there before is kept (`sentenceFindings`).
  const memo = sentenceMemo.enabled && rangeStarts === view.sentenceStarts && rangeEnds === view.sentenceEnds ? memoNumber(program) : -1;
  // The pairs in order of word, the ranges in order: one walk through both, not a search per range.
  let pair = inDocument?.first ?? 0;
  for (let range = 0; range < rangeStarts.length; range++) {
    const from = rangeStarts[range]!;
    const to = rangeEnds[range]!;
    if (from >= to) continue;
    const keptFrom = matches.length;
    if (memo >= 0) {
      const known = sentenceFindings(cached, range)?.matches[memo];
      if (known !== undefined) {
        pushKnown(matches, known, from, range);
        continue;
      }
      lowestWordRead = from;
    }
    if (inDocument !== undefined && passedOver(cached, from, to) === 0) {
      pair = firstAtOrAfter(inDocument.pairs, pair, inDocument.last, from);
      pair = findFromPairs(program, cached, inDocument.pairs, pair, inDocument.last, range, to, nextFree, matches);
    } else findFromOwnIndex(program, cached, range, from, to, nextFree, matches);
    if (memo >= 0) keepMatches(cached, range, memo, matches, keptFrom);
  }
  // Often in order already (one entry, or entries met in order): a sort copies the array even then.
  for (let i = 1; i < matches.length; i++) {
    const a = matches[i - 1]!;
    const b = matches[i]!;
    if (a.entry > b.entry || (a.entry === b.entry && a.start > b.start)) return matches.sort((x, y) => x.entry - y.entry || x.start - y.start);
  }
  return matches;
}

/** Whether any entry matches in one of the word ranges `[starts[i], ends[i])` (sentences, in order). */
export function occursInRanges(program: Program, view: TokenView, rangeStarts: ArrayLike<number>, rangeEnds: ArrayLike<number>): boolean {
  const inDocument = seedsInDocument(program, sharedNumber(program), view as TokenView & Caches);
  if (inDocument === undefined || (view as TokenView & Caches).passedOverBefore !== undefined) {
    for (let range = 0; range < rangeStarts.length; range++) if (occursBetween(program, view, rangeStarts[range]!, rangeEnds[range]!)) return true;
    return false;
  }
  const { pairs, first, last } = inDocument;
  const seeds = program.seeds;
  let range = 0;
  for (let i = first; i < last; ) {
    const at = pairs[i * 2]!;
    while (range < rangeStarts.length && rangeEnds[range]! <= at) range++;
    if (range === rangeStarts.length) return false;
    if (at < rangeStarts[range]!) {
      i++;
      continue;
    }
    const entry = seeds[pairs[i * 2 + 1]!]!.entry;
    const to = rangeEnds[range]!;
    startCount = 0;
    for (; i < last && pairs[i * 2] === at && seeds[pairs[i * 2 + 1]!]!.entry === entry; i++) {
      const seed = pairs[i * 2 + 1]!;
      if (mayMatch(program, seed, view as TokenView & Caches, at, to)) addStart(seeds[seed]!.start);
    }
    if (startCount > 0 && run(program, -1, startIds, startCount, view, at, to, undefined, 0, false) > at) return true;
  }
  return false;
}

/** Whether any entry matches in the words `[from, to)`. */
export function occursBetween(program: Program, view: TokenView, from: number, to: number): boolean {
  // A whole sentence's answer is kept (`sentenceFindings`).
  const sentence = sentenceMemo.enabled ? sentenceOf(view, from, to) : -1;
  if (sentence < 0) return occursBetweenOnce(program, view, from, to);
  const memo = memoNumber(program);
  const findings = sentenceFindings(view as TokenView & Caches, sentence);
  const known = findings?.occurs[memo];
  if (known !== undefined) {
    matcherWork.steps++;
    return known;
  }
  lowestWordRead = from;
  const occurs = occursBetweenOnce(program, view, from, to);
  if (findings && lowestWordRead >= from - 1) findings.occurs[memo] = occurs;
  return occurs;
}

/** The sentence whose words are `[from, to)`, or -1. */
function sentenceOf(view: TokenView, from: number, to: number): number {
  const starts = view.sentenceStarts;
  let low = 0;
  for (let high = starts.length; low < high; ) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  // Empty sentences share their start with the next one.
  while (low < starts.length && starts[low] === from && view.sentenceEnds[low]! < to) low++;
  return low < starts.length && starts[low] === from && view.sentenceEnds[low] === to ? low : -1;
}

function occursBetweenOnce(program: Program, view: TokenView, from: number, to: number): boolean {
  const number = sharedNumber(program);
  const inDocument = seedsInDocument(program, number, view as TokenView & Caches);
  // Words the shared pass passed over are read with the program's own index, below.
  if (inDocument !== undefined && passedOver(view as TokenView & Caches, from, to) === 0) {
    const { pairs, first, last } = inDocument;
    const seeds = program.seeds;
    for (let i = firstAtOrAfter(pairs, first, last, from); i < last && pairs[i * 2]! < to; ) {
      const at = pairs[i * 2]!;
      const entry = seeds[pairs[i * 2 + 1]!]!.entry;
      startCount = 0;
      for (; i < last && pairs[i * 2] === at && seeds[pairs[i * 2 + 1]!]!.entry === entry; i++) {
        const seed = pairs[i * 2 + 1]!;
        if (mayMatch(program, seed, view as TokenView & Caches, at, to)) addStart(seeds[seed]!.start);
      }
      if (startCount > 0 && run(program, -1, startIds, startCount, view, at, to, undefined, 0, false) > at) return true;
    }
    return false;
  }
  for (let at = from; at < to; at++) {
    let occurs = false;
    candidatesAt(program, view, at, (_, starts) => {
      if (runFrom(program, starts, view, at, to) > at) occurs = true;
      return !occurs;
    });
    if (occurs) return true;
  }
  return false;
}

/**
 * Whether a match of entry 0 starting at or after `from` has its last word at `earliestLast` or later, before
 * `before` (`unlessAfter`). Only words where one of its seeds starts are tried, as in `findAll`.
 */
export function endsWithin(program: Program, view: TokenView, from: number, earliestLast: number, before: number): boolean {
  // A last word at or before `from` is as late as any: the same question, asked with `from`.
  const latest = Math.max(earliestLast, from);
  const key = spanKey(view as TokenView & Caches, program, from, before, 1 + before - latest);
  if (key === undefined) return endsWithinOnce(program, view, from, latest, before);
  return keptAnswer(key) ?? keepAnswer(key, endsWithinOnce(program, view, from, latest, before));
}

function endsWithinOnce(program: Program, view: TokenView, from: number, earliestLast: number, before: number): boolean {
  const inDocument = seedsInDocument(program, sharedNumber(program), view as TokenView & Caches);
  if (inDocument === undefined || passedOver(view as TokenView & Caches, from, before) > 0) {
    const start = program.entries[0]!.start;
    for (let at = from; at < before; at++) {
      // The longest match from a word ends at or after any other from it: if one ends late enough, the longest does.
      const end = run(program, start, null, 1, view, at, before, undefined, 0, false);
      if (end > at && end - 1 >= earliestLast) return true;
    }
    return false;
  }
  const { pairs, first, last } = inDocument;
  for (let i = firstAtOrAfter(pairs, first, last, from); i < last && pairs[i * 2]! < before; ) {
    const at = pairs[i * 2]!;
    i = entryZeroStartsAt(program, view, pairs, i, last, at, before);
    if (startCount === 0) continue;
    const end = run(program, -1, startIds, startCount, view, at, before, undefined, 0, false);
    if (end > at && end - 1 >= earliestLast) return true;
  }
  return false;
}

/** Whether a match of entry 0 from word `from` ends exactly before word `end` (`onlyAfter`). */
export function endsAt(program: Program, view: TokenView, from: number, end: number): boolean {
  const key = spanKey(view as TokenView & Caches, program, from, end, 0);
  if (key === undefined) return endsAtOnce(program, view, from, end);
  return keptAnswer(key) ?? keepAnswer(key, endsAtOnce(program, view, from, end));
}

function endsAtOnce(program: Program, view: TokenView, from: number, end: number): boolean {
  const inDocument = seedsInDocument(program, sharedNumber(program), view as TokenView & Caches);
  // No match takes a word at or past `end`, so one that ends there is the longest.
  if (inDocument === undefined || passedOver(view as TokenView & Caches, from, end) > 0) return run(program, program.entries[0]!.start, null, 1, view, from, end, undefined, 0, false) === end;
  const { pairs, first, last } = inDocument;
  const i = firstAtOrAfter(pairs, first, last, from);
  if (i === last || pairs[i * 2] !== from) return false;
  entryZeroStartsAt(program, view, pairs, i, last, from, end);
  return startCount > 0 && run(program, -1, startIds, startCount, view, from, end, undefined, 0, false) === end;
}

/**
 * Puts the starts of entry 0's seeds at word `at` (pairs from `i` on) that may match before word `limit` into
 * `startIds`; returns the pair after them.
 */
function entryZeroStartsAt(program: Program, view: TokenView, pairs: Int32Array, i: number, last: number, at: number, limit: number): number {
  const seeds = program.seeds;
  startCount = 0;
  for (; i < last && pairs[i * 2] === at; i++) {
    const seed = pairs[i * 2 + 1]!;
    if (seeds[seed]!.entry === 0 && mayMatch(program, seed, view as TokenView & Caches, at, limit)) addStart(seeds[seed]!.start);
  }
  return i;
}
