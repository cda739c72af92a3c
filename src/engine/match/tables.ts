// StateKind and AnyToken are read only when a table is made or loaded, after both modules have loaded: the import cycle is harmless.
import { allStates, AnyToken, indexSeeds, nextWordTestOf, stateAt, StateKind, testsReached, thenOf, type CompileLimits, type EntrySource, type FirstTokenIndex, type NextWordTest, type Program, type Seed, type State, type States } from './compile.js';

/**
 * Compiled programs as plain data, so that the built-in ones are compiled when the engine is built
 * (`scripts/compile-patterns.mjs` writes `tables.generated.ts`) and a content script only turns the data back into
 * tables: parsing and compiling a few hundred patterns cold, at start-up, took tens of milliseconds.
 */

/**
 * A state is written as `STATE_WIDTH` characters, each a digit of base `DIGIT_BASE` (`DIGITS`), so that state `id` is read where it is, at `id * STATE_WIDTH`, with no offsets worked out
 * and no numbers parsed first: finding where each state began (4 ms of a first analysis) and parsing its numbers (6 ms,
 * and both optimised by TurboFan for the one analysis) is gone. The first character is the kind; then, numbers of
 * `NUMBER_DIGITS` digits (references signed, `signedDigits`):
 * - a test: next, its lists (their place in the shared `bodies`: its words, clitic words and roots, each 1 + the
 *   place of its list in the shared `sets`, 0 for none; a test's lists repeat a great deal, 8,755 of them for 33,696
 *   tests), then one digit, 3 × (1 + its shape's place in the program's `shapes`, 0 for none) + its `any`;
 * - a split of two ways out: both; of more, `SPLIT_IN_SIDE`, where its references begin in the program's `side` and
 *   how many;
 * - a look: next, how far back its look is, then one digit, 1 if negated + 2 if behind;
 * - a branch: where its pairs begin in `side` and how many, each pair a word (its place in the shared `words`) and a
 *   reference;
 * - an accept: nothing more.
 * A reference to another state is how far back it is from the state that goes to it (the compiler builds back to
 * front), negative for a filler slot before the state (`Program.states`). The sets' lists of word numbers, sorted, are
 * the differences between them: small numbers, which compress well. A state is decoded only when the matcher first
 * reaches it (`States`): parsing every state of the programs a first analysis runs, as JSON arrays and then as
 * objects, took about a third of it.
 */
const STATE_WIDTH = 8;
/** How many digits a number of a state has (`DIGIT_BASE` ** 3 = 185,193 values). */
const NUMBER_DIGITS = 3;
/** A test's lists in `bodies`: its words, clitic words and roots. */
const BODY_WIDTH = 3 * NUMBER_DIGITS;
/** The kind written for a split of more than two ways out, whose references are in the program's `side`. */
const SPLIT_IN_SIDE = 5;
/**
 * The digits, `#` (35) to `[` (91): printable ASCII in one run without the quotes and the backslash, so that a table's
 * strings need no escaping in JSON or a string literal, and a digit's value is its character code less 35.
 */
const DIGIT_ZERO = 35;
const DIGIT_BASE = 57;
const DIGITS = Array.from({ length: DIGIT_BASE }, (_, i) => String.fromCharCode(DIGIT_ZERO + i)).join('');
/** Added to a signed number, so that it is written as digits. */
const SIGNED_OFFSET = Math.floor(DIGIT_BASE ** NUMBER_DIGITS / 2);

/** `n` as `width` digits. */
function digits(n: number, width: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= DIGIT_BASE ** width) throw new Error(`the tables cannot write ${n} in ${width} digits of base ${DIGIT_BASE}`);
  let written = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / DIGIT_BASE)) written = DIGITS[n % DIGIT_BASE]! + written;
  return written;
}

/** A reference, which may be negative, as `NUMBER_DIGITS` digits. */
function signedDigits(n: number): string {
  return digits(n + SIGNED_OFFSET, NUMBER_DIGITS);
}

/** A state of this kind and these numbers, padded to `STATE_WIDTH`. */
function record(kind: number, numbers: string): string {
  return (digits(kind, 1) + numbers).padEnd(STATE_WIDTH, DIGITS[0]);
}

/** The number of `NUMBER_DIGITS` digits at `at`. */
function numberAt(text: string, at: number): number {
  return (text.charCodeAt(at) * DIGIT_BASE + text.charCodeAt(at + 1)) * DIGIT_BASE + text.charCodeAt(at + 2) - DIGIT_ZERO * (DIGIT_BASE * DIGIT_BASE + DIGIT_BASE + 1);
}

/** The signed number of `NUMBER_DIGITS` digits at `at`. */
function signedAt(text: string, at: number): number {
  return numberAt(text, at) - SIGNED_OFFSET;
}

type SerializedEntry = [start: number, maxLength: number] | [start: number, maxLength: number, severalPatterns: 1];

export interface SerializedProgram {
  /** The states, `STATE_WIDTH` characters each. */
  states: string;
  /** The references of its splits of more than two ways out and its branches' pairs, `NUMBER_DIGITS` digits each. */
  side?: string;
  /** The sources of the shapes its tests use, when any do. */
  shapes?: string[];
  /** What `Program.edges` counts. */
  edges: number;
  /**
   * Per entry: start, most words, and 1 when it has several patterns: its start is then the split to theirs, and
   * those are its seeds (`seedsOf`).
   */
  entries: SerializedEntry[];
  /**
   * Per seed: entry, start; only when they are not those the entries imply, which they all are today. The first-token
   * index is rebuilt from the states (`indexSeeds`).
   */
  seeds?: [number, number][];
  usesRoots: boolean;
  /**
   * Per seed, separated by spaces, the tests of the words after its first (`NextWordTest`, `nextWordTestOf`), each
   * written as `flags:words:clitics:roots:shapes:branches` (flags 1 for any word, 2 for any token; then list numbers as
   * the states' are, shape numbers, and the branches' states, read as the matcher reads them, each list's numbers
   * separated by dots, empty lists at the end left out), separated by commas, one test followed by the next; empty where a match can end after the first
   * word. Worked out from the states, this was the largest part of a first analysis's seeds (its walks decoded the states
   * and made an object per test of each seed met).
   */
  wordsAfter: string;
}

/**
 * The tables as `tables.generated.ts` writes them: each piece a string, parsed only when it is needed. The words, the
 * lists of words, the keys and the first tokens are parsed when the first built-in program loads; a program's states
 * only when that program loads (the first analysis of a 2 KB draft loads about a sixth of them).
 */
export interface TablesSource {
  /**
   * How the tables are written (`TABLES_FORMAT` when they were made): a reader of another format would read them
   * silently wrong (numbers as NaN, arrays sized by what is not there).
   */
  format: number;
  /** The words every list refers to by number, separated by spaces (no word holds one). */
  words: string;
  /**
   * The lists of words, each as word numbers (`differences`) separated by commas, separated by semicolons: each list
   * is decoded when first used. With `words`, 14% smaller than as JSON (3.5% gzipped).
   */
  sets: string;
  /** The tests' lists (`Shared.bodies`), `NUMBER_DIGITS` × 3 characters each. */
  bodies: string;
  /** The programs' keys (`programKey`), separated by spaces, in the order of `programs`. */
  keys: string;
  /** The shared first-token index, as it is (`SerializedFirstTokens`). */
  firstTokens: string;
  /** Per program, the JSON of its `SerializedProgram` without its `states` and `wordsAfter`, which are the next two. */
  programs: readonly string[];
  /**
   * Per program, its `SerializedProgram.states`: string literals of their own in the generated module, not inside the
   * JSON, so that reading a program makes no copy of them (`JSON.parse` made one of every program's states and next-word
   * tests, 460 K characters for the first analysis of a 2 KB draft, most of its garbage that outlived a collection).
   */
  states: readonly string[];
  /** Per program, its `SerializedProgram.wordsAfter`, as `states` is written. */
  wordsAfter: readonly string[];
}

/**
 * The first-token index all the programs share (`TabledFirstTokens`), written as it is when the tables are made, so
 * that reading it walks no state and posts no word: `left out|exact|clitic|roots|shapes`. `left out` is the numbers
 * of the programs left out of it (one that may begin with any word, or has too many seeds), separated by commas; each
 * of `exact`, `clitic` and `roots` is its keys' word numbers (in `words`, increasing, as the differences between them,
 * separated by commas), then per key, after a semicolon, its postings, each as its program's number less the one
 * before's and its seed (`postingPairs`), separated by commas. A key's postings are read when the matcher first asks
 * for that key (`TabledPostings`): a first analysis asks for a few hundred of the 4,900 keys, and reading them all
 * made 4,900 arrays that outlived the collections of the first analysis. `shapes` is JSON, `[source, postingPairs][]`.
 */
type SerializedFirstTokens = string;

/**
 * Marks a pattern that a bundle carries as its id only (`patternId`), not its text: the extension's build leaves the
 * built-in patterns out (`scripts/pattern-sources-out.ts`), since the tables carry everything it needs of them.
 */
export const PATTERN_ID_MARK = '\u0001';

/** A pattern's id: a hash of its text, or the id a bundle that left the text out put in its place. */
export function patternId(source: string): string {
  return source.startsWith(PATTERN_ID_MARK) ? source.slice(PATTERN_ID_MARK.length) : hash53(source);
}

/** Whether a bundle left this pattern's text out, so that only a table can give its program. */
export function isPatternId(source: string): boolean {
  return source.startsWith(PATTERN_ID_MARK);
}

/**
 * The key of a program's table: a hash of what it is compiled from (its patterns' ids and its limits), so that the
 * tables do not carry every pattern's text a second time, and a bundle without the texts finds the same table.
 */
export function programKey(entries: readonly EntrySource[], limits: CompileLimits): string {
  return hash53(JSON.stringify([limits, entries.map((entry) => (typeof entry === 'string' ? patternId(entry) : entry.map(patternId)))]));
}

/** cyrb53: 53 bits, enough that two of a few thousand patterns or a few hundred programs never share one by chance. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Numbers things by their place in a list, adding the new ones. */
function numbering<T>(list: T[], key: (item: T) => string): (item: T) => number {
  const places = new Map(list.map((item, i) => [key(item), i]));
  return (item) => {
    const k = key(item);
    let place = places.get(k);
    if (place === undefined) {
      place = list.push(item) - 1;
      places.set(k, place);
    }
    return place;
  };
}

/** The shared lists a program's states are written with, filled as programs are serialised. */
interface Shared {
  words: string[];
  sets: number[][];
  /** A test's lists (`SerializedTest`'s body), each written once for all the programs. */
  bodies: string[];
}

export function serializeProgram(program: Program, shared: Shared): SerializedProgram {
  const patternCounts = program.entries.map((_, entry) => program.seeds.filter((seed) => seed.entry === entry).length);
  const entries = program.entries.map((e, i): SerializedEntry => (patternCounts[i]! > 1 ? [e.start, e.maxLength, 1] : [e.start, e.maxLength]));
  const impliedSeeds = JSON.stringify(seedsOf((id) => stateAt(program.states, id), entries)) === JSON.stringify(program.seeds.map(({ entry, start }) => ({ entry, start })));
  const word = numbering(shared.words, (w) => w);
  const set = numbering(shared.sets, (numbers) => numbers.join(','));
  const list = (words: ReadonlySet<string> | null): number => (words === null ? 0 : 1 + set(differences([...words].map(word).sort((a, b) => a - b))));
  const count = program.states.length;
  // A slotted reference (`count + target`) as how far back its target is, negated.
  const back = (id: number, ref: number) => {
    if (ref >= id && ref < count) throw new Error(`state ${id} goes to ${ref}, not built before it: the tables write only references back`);
    return ref >= count ? ref - count - id : id - ref;
  };
  const shapes: string[] = [];
  const shape = numbering(shapes, (source) => source);
  const body = numbering(shared.bodies, (written) => written);
  // Splits of more than two ways out and branches: their references in `side`, three digits each.
  let side = '';
  // Where the next references begin; `digits` refuses a start or a count the tables cannot write.
  const sideStart = () => side.length / NUMBER_DIGITS;
  const states = allStates(program).map((s, id): string => {
    switch (s.kind) {
      case StateKind.Split: {
        if (s.outs!.length === 2) return record(StateKind.Split, signedDigits(back(id, s.outs![0]!)) + signedDigits(back(id, s.outs![1]!)));
        const start = sideStart();
        side += s.outs!.map((out) => signedDigits(back(id, out))).join('');
        return record(SPLIT_IN_SIDE, digits(start, NUMBER_DIGITS) + digits(s.outs!.length, NUMBER_DIGITS));
      }
      case StateKind.Look:
        return record(StateKind.Look, signedDigits(back(id, s.next)) + signedDigits(id - s.look) + digits((s.negate ? 1 : 0) | (s.behind ? 2 : 0), 1));
      case StateKind.Accept:
        return record(StateKind.Accept, '');
      case StateKind.Branch: {
        const start = sideStart();
        side += [...s.branches!].map(([w, next]) => digits(word(w), NUMBER_DIGITS) + signedDigits(back(id, next))).join('');
        return record(StateKind.Branch, digits(start, NUMBER_DIGITS) + digits(s.branches!.size, NUMBER_DIGITS));
      }
      default: {
        const lists = digits(list(s.words), NUMBER_DIGITS) + digits(list(s.clitics), NUMBER_DIGITS) + digits(list(s.roots), NUMBER_DIGITS);
        const shapeAndAny = (s.shape === null ? 0 : 1 + shape(s.shape.source)) * 3 + s.any;
        return record(StateKind.Test, signedDigits(back(id, s.next)) + digits(body(lists), NUMBER_DIGITS) + digits(shapeAndAny, 1));
      }
    }
  });
  const branchIds = new Map(allStates(program).flatMap((s, id) => (s.branches === null ? [] : [[s.branches, id] as const])));
  const wordsAfter = program.seeds.map((_, seed) => {
    const tests: string[] = [];
    for (let test = nextWordTestOf(program, seed); test !== null; test = thenOf(program.states, test)) tests.push(writtenWordTest(test, list, shape, branchIds));
    return tests.join(',');
  });
  return {
    states: states.join(''),
    ...(side !== '' && { side }),
    ...(shapes.length > 0 && { shapes }),
    edges: program.edges,
    entries,
    ...(!impliedSeeds && { seeds: program.seeds.map((s): [number, number] => [s.entry, s.start]) }),
    usesRoots: program.usesRoots,
    wordsAfter: wordsAfter.join(' '),
  };
}

/** A next-word test as `SerializedProgram.wordsAfter` writes it, with `list` and `shape` numbering lists and shapes. */
function writtenWordTest(test: NextWordTest, list: (words: ReadonlySet<string>) => number, shape: (source: string) => number, branchIds: ReadonlyMap<ReadonlyMap<string, number>, number>): string {
  const numbers = (lists: readonly ReadonlySet<string>[]) => [...new Set(lists.map(list))].join('.');
  const groups = [
    String((test.anyWord ? 1 : 0) | (test.anyToken ? 2 : 0)),
    numbers(test.words),
    numbers(test.clitics),
    numbers(test.roots),
    [...new Set(test.shapes.map((s) => 1 + shape(s.source)))].join('.'),
    test.branches.map((branch) => branchIds.get(branch)!).join('.'),
  ];
  while (groups.length > 1 && groups[groups.length - 1] === '') groups.pop();
  return groups.join(':');
}

const NO_STATES: readonly number[] = [];

/**
 * The empty list of a next-word test read from the tables (`writtenTest`), shared by all of them: the matcher only
 * reads a test's lists, and most are empty. Made as `objects()` makes one, of the elements kind the lists have when
 * they are not (not by calling it: this module may be evaluated before `compile.ts`). Five arrays of their own per
 * test, each grown to 17 places by its first push, were a sixth of what a first analysis kept.
 */
const NO_LISTS: never[] = ([{}] as never[]).slice(0, 0);

/** `list` with `item` added: a list of its own, the size it needs, in place of the shared empty one. */
function withList<T extends object>(list: T[], item: T): T[] {
  if (list === NO_LISTS) return [item];
  list.push(item);
  return list;
}

/** The seeds the entries imply: each entry's start, or for an entry of several patterns the starts its split goes to. */
function seedsOf(state: (id: number) => State, entries: readonly SerializedEntry[]): Seed[] {
  return entries.flatMap(([start, , several], entry) => (several === 1 ? state(start).outs! : [start]).map((seed) => ({ entry, start: seed })));
}

/**
 * A posting of the first-token index the built-in programs share (`matcher.ts`): a program's number, shifted by this
 * many bits, or'ed with one of its seeds.
 */
export const POSTING_SEED_BITS = 16;
const POSTING_SEED_LIMIT = 1 << POSTING_SEED_BITS;

/**
 * Postings (in increasing order) as small numbers: each as its program's number less the one before's (the first's
 * as it is), then its seed.
 */
function postingPairs(postings: readonly number[]): number[] {
  let program = 0;
  return postings.flatMap((posting) => {
    const pair = [(posting >>> POSTING_SEED_BITS) - program, posting & (POSTING_SEED_LIMIT - 1)];
    program = posting >>> POSTING_SEED_BITS;
    return pair;
  });
}

/** Postings written as `postingPairs`, as they were. */
function postingsOfPairs(pairs: readonly number[]): number[] {
  const postings: number[] = [];
  let program = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) postings.push(((program += pairs[i]!) << POSTING_SEED_BITS) | pairs[i + 1]!);
  return postings;
}

/** Each seed's first tests, as `indexSeeds` finds them; null for a program left out of the shared index. */
function firstTests(program: Program): State[][] | null {
  if (program.seeds.length >= POSTING_SEED_LIMIT) return null;
  const visited = new Set<number>();
  const reached = program.seeds.map(({ start }) => {
    visited.clear();
    return testsReached(program.states, [start], visited) ?? [];
  });
  return reached.some((tests) => tests.some((test) => test.any !== AnyToken.None)) ? null : reached;
}

/** The programs' shared first-token index (`SerializedFirstTokens`), with `word` numbering the words. */
function serializeFirstTokens(keys: readonly string[], programs: ReadonlyMap<string, Program>, word: (w: string) => number): SerializedFirstTokens {
  const leftOut: number[] = [];
  const exact = new Map<number, number[]>();
  const clitic = new Map<number, number[]>();
  const roots = new Map<number, number[]>();
  const shapes = new Map<string, number[]>();
  keys.forEach((key, number) => {
    const program = programs.get(key)!;
    const reached = firstTests(program);
    if (reached === null) {
      leftOut.push(number);
      return;
    }
    reached.forEach((tests, seed) => {
      const posting = (number << POSTING_SEED_BITS) | seed;
      for (const test of tests) {
        for (const w of test.words ?? []) post(exact, word(w), posting);
        for (const w of test.clitics ?? []) post(clitic, word(w), posting);
        if (program.usesRoots) for (const root of test.roots ?? []) post(roots, word(root), posting);
        if (test.shape !== null) post(shapes, test.shape.source, posting);
      }
    });
  });
  const keyed = (map: ReadonlyMap<number, number[]>) => {
    const sorted = [...map.keys()].sort((x, y) => x - y);
    return [differences(sorted).join(','), ...sorted.map((w) => postingPairs(map.get(w)!).join(','))].join(';');
  };
  const shapesWritten = JSON.stringify([...shapes].map(([source, postings]) => [source, postingPairs(postings)]));
  return [leftOut.join(','), keyed(exact), keyed(clitic), keyed(roots), shapesWritten].join('|');
}

/** Raised with each change to how the tables are written (`TablesSource`), so that older tables are refused. */
export const TABLES_FORMAT = 5;

/** The tables of these programs, sorted by key so that the generated file changes only where they do. */
export function serializeTables(programs: ReadonlyMap<string, Program>): TablesSource {
  const shared: Shared = { words: [], sets: [], bodies: [] };
  const keys = [...programs.keys()].sort();
  const serialized = keys.map((key) => serializeProgram(programs.get(key)!, shared));
  const firstTokens = serializeFirstTokens(keys, programs, numbering(shared.words, (w) => w));
  for (const w of shared.words) if (w === '' || w.includes(' ')) throw new Error(`the tables cannot write the word ${JSON.stringify(w)}: words are separated by spaces`);
  if (shared.sets.some((numbers) => numbers.length === 0)) throw new Error('the tables cannot write an empty list of words');
  return {
    format: TABLES_FORMAT,
    words: shared.words.join(' '),
    sets: shared.sets.map((numbers) => numbers.join(',')).join(';'),
    bodies: shared.bodies.join(''),
    keys: keys.join(' '),
    firstTokens,
    programs: serialized.map(({ states: _states, wordsAfter: _wordsAfter, ...rest }) => JSON.stringify(rest)),
    states: serialized.map((program) => program.states),
    wordsAfter: serialized.map((program) => program.wordsAfter),
  };
}

/**
 * The first words of every program in the tables, in one index: each key (a word, a word before clitics, a root, a
 * shape) gives its postings, in increasing order, each once. A program's number is its place in the tables; a program
 * that may begin with any word, or has too many seeds, is left out (`numbers` lacks it) and keeps its own index.
 */
export interface TabledFirstTokens {
  numbers: Map<string, number>;
  /** The programs in the tables, numbered or not: a program compiled from its patterns is numbered after them. */
  count: number;
  exact: Map<string, number[]>;
  clitic: Map<string, number[]>;
  roots: Map<string, number[]>;
  shapes: { shape: RegExp; postings: number[] }[];
}

/** Reads the tables: the shared first-token index of all their programs, and a program by its key. */
export interface TablesReader {
  /** The shared first-token index, complete: what `readFirstTokens` has not read yet is read first, at once. */
  readonly firstTokens: TabledFirstTokens;
  /**
   * Reads the shared first-token index a piece at a time (the words, the programs it numbers, then each of its maps)
   * until it is all read or `enough()` says to stop, asked after each piece; returns whether it is all read. It was
   * one long task when it was built from each program's first tests (about 100 ms of CPU in Node under load, 258–398
   * ms in Chromium), and `enginePreparation` still reads it in steps.
   */
  readFirstTokens(enough: () => boolean): boolean;
  /** A program by its key, read once: each later read of the same key gives the same program. */
  read(key: string): Program | undefined;
  /** A program by its place in the tables (`placeOf`), read once, as `read` reads it. */
  readAt(place: number): Program;
  /** The place of a program's table, by its key; -1 for none. */
  placeOf(key: string): number;
}

/**
 * Turns tables back into programs, each when it is first read and each state when it is first reached (`States`); a
 * list of words shared by many states becomes one set they all read. The first-token index of all the programs is read
 * as it was written, so that a document's words are looked up once for every program from the first analysis on (in
 * steps, `readFirstTokens`, or at once when first asked for); a program's own index is built only if the matcher asks
 * for it (one left out of the shared index).
 */
export function tablesReader(source: TablesSource): TablesReader {
  // Tables of no program (`scripts/compile-patterns.mjs` runs the engine on them) read the same in any format.
  if (source.format !== TABLES_FORMAT && source.keys !== '') {
    throw new Error(`The built-in tables are in format ${source.format}, and the engine reads format ${TABLES_FORMAT}: run \`npm run patterns\`.`);
  }
  let words: string[] | undefined;
  // Where each list begins in `source.sets` (and one past the last's end), not the lists split into strings: each is
  // read from the text when its set is first made.
  let setStarts: Int32Array | undefined;
  const splitWords = () => (words ??= source.words === '' ? [] : source.words.split(' '));
  const bodies = source.bodies;
  const listStarts = () => (setStarts ??= offsetsOf(source.sets, ';'));
  const sets: (Set<string> | undefined)[] = [];
  const setOf = (n: number) => (n === 0 ? null : (sets[n - 1] ??= setOfList(source.sets, listStarts()[n - 1]!, listStarts()[n]! - 1, splitWords())));
  const shapes = new Map<string, RegExp>();
  const shape = (pattern: string) => {
    let found = shapes.get(pattern);
    if (!found) shapes.set(pattern, (found = new RegExp(pattern)));
    return found;
  };
  const keys = source.keys === '' ? [] : source.keys.split(' ');
  // Made only when a program is read by its key: a bundle reads them by place (`compileProgram`).
  let keyPlaces: Map<string, number> | undefined;
  const places = () => (keyPlaces ??= new Map(keys.map((key, place) => [key, place])));
  const programs: (Program | undefined)[] = [];
  const index = firstTokensIndex(keys, source.firstTokens, splitWords, shape);
  const read = (data: SerializedProgram, tableNumber: number | undefined): Program => {
    const words = splitWords();
    const text = data.states;
    const side = data.side ?? '';
    const count = text.length / STATE_WIDTH;
    const programShapes = data.shapes?.map(shape);
    // Negative: a filler slot before the state that far back, `count + state`.
    const ref = (id: number, back: number) => (back < 0 ? count + id + back : id - back);
    const states: (State | undefined)[] = new Array<State | undefined>(count).fill(undefined);
    const decode = (id: number): State => {
      const at = id * STATE_WIDTH;
      const kind = text.charCodeAt(at) - DIGIT_ZERO;
      const state: State = { kind: kind === SPLIT_IN_SIDE ? StateKind.Split : (kind as StateKind), next: -1, outs: null, words: null, clitics: null, roots: null, shape: null, any: 0 as AnyToken, look: -1, negate: false, behind: false, branches: null };
      if (kind === StateKind.Test) {
        // Most states are tests: the others are read apart (`decodeOther`), so that this stays small when optimised
        // (inlining every kind's reads made TurboFan take twice as long over it as over the parsing loop before).
        state.next = ref(id, numberAt(text, at + 1) - SIGNED_OFFSET);
        const body = numberAt(text, at + 4) * BODY_WIDTH;
        state.words = setOf(numberAt(bodies, body));
        state.clitics = setOf(numberAt(bodies, body + NUMBER_DIGITS));
        state.roots = setOf(numberAt(bodies, body + 2 * NUMBER_DIGITS));
        const shapeAndAny = text.charCodeAt(at + 7) - DIGIT_ZERO;
        const shapeNumber = (shapeAndAny / 3) | 0;
        state.shape = shapeNumber === 0 ? null : programShapes![shapeNumber - 1]!;
        state.any = (shapeAndAny % 3) as AnyToken;
      } else decodeOther(state, kind, id, at);
      states[id] = state;
      return state;
    };
    const decodeOther = (state: State, kind: number, id: number, at: number): void => {
      if (kind === StateKind.Split) {
        state.outs = [ref(id, signedAt(text, at + 1)), ref(id, signedAt(text, at + 4))];
      } else if (kind === SPLIT_IN_SIDE) {
        const start = numberAt(text, at + 1) * NUMBER_DIGITS;
        const outs = [ref(id, signedAt(side, start)), ref(id, signedAt(side, start + NUMBER_DIGITS))];
        const end = start + numberAt(text, at + 4) * NUMBER_DIGITS;
        for (let i = start + 2 * NUMBER_DIGITS; i < end; i += NUMBER_DIGITS) outs.push(ref(id, signedAt(side, i)));
        state.outs = outs;
      } else if (kind === StateKind.Branch) {
        const branches = new Map<string, number>();
        const start = numberAt(text, at + 1) * NUMBER_DIGITS;
        const end = start + numberAt(text, at + 4) * 2 * NUMBER_DIGITS;
        for (let i = start; i < end; i += 2 * NUMBER_DIGITS) branches.set(words[numberAt(side, i)]!, ref(id, signedAt(side, i + NUMBER_DIGITS)));
        state.branches = branches;
      } else if (kind === StateKind.Look) {
        state.next = ref(id, signedAt(text, at + 1));
        state.look = id - signedAt(text, at + 4);
        const flags = text.charCodeAt(at + 7) - DIGIT_ZERO;
        state.negate = (flags & 1) !== 0;
        state.behind = (flags & 2) !== 0;
      }
    };
    const lazyStates: States = Object.assign(states, { decode });
    const seeds = data.seeds ? data.seeds.map(([entry, start]) => ({ entry, start })) : seedsOf((id) => stateAt(lazyStates, id), data.entries);
    let ownIndex: FirstTokenIndex | undefined;
    // Where each seed's tests begin in `data.wordsAfter` (and one past the last's end), found when a seed's are first
    // asked for: not the text split into a string per seed and per test (a program's thousands of strings, most never read).
    let afterStarts: Int32Array | undefined;
    // A seed's tests, each read when a word first passes the one before it (`NextWordTest.written`): the one that
    // begins at `start` in `text`, the seed's last one ending at `end`.
    const writtenTest = (text: string, start: number, end: number): NextWordTest => {
      // Read by character code, group by group (`flags:words:clitics:roots:shapes:branches`, numbers separated by
      // dots): splitting each test into strings and arrays of them was a fifth of reading the tables at a first analysis.
      const test: NextWordTest = { words: NO_LISTS, branches: NO_LISTS, clitics: NO_LISTS, roots: NO_LISTS, shapes: NO_LISTS, anyWord: false, anyToken: false, then: null, after: NO_STATES, wordsAfter: 0, written: null };
      let group = 0;
      let number = 0;
      let digits = false;
      let i = start;
      for (; i <= end; i++) {
        const c = i < end ? text.charCodeAt(i) : COMMA;
        if (c === COMMA) break;
        if (c !== COLON && c !== DOT) {
          number = number * 10 + c - ZERO;
          digits = true;
          continue;
        }
        if (digits) readGroup(test, group, number);
        number = 0;
        digits = false;
        if (c === COLON) group++;
      }
      if (digits) readGroup(test, group, number);
      if (i < end) {
        const next = i + 1;
        test.then = undefined;
        test.written = () => writtenTest(text, next, end);
      }
      return test;
    };
    const readGroup = (test: NextWordTest, group: number, number: number) => {
      if (group === 0) {
        test.anyWord = (number & 1) !== 0;
        test.anyToken = (number & 2) !== 0;
      } else if (group === 1) test.words = withList(test.words, setOf(number)!);
      else if (group === 2) test.clitics = withList(test.clitics, setOf(number)!);
      else if (group === 3) test.roots = withList(test.roots, setOf(number)!);
      else if (group === 4) test.shapes = withList(test.shapes, programShapes![number - 1]!);
      else test.branches = withList(test.branches, stateAt(lazyStates, number).branches!);
    };
    const wordsAfterSeed = (seed: number): NextWordTest | null | undefined => {
      const starts = (afterStarts ??= offsetsOf(data.wordsAfter, ' '));
      if (seed + 1 >= starts.length) return undefined;
      const start = starts[seed]!;
      const end = starts[seed + 1]! - 1;
      return start === end ? null : writtenTest(data.wordsAfter, start, end);
    };
    return {
      states: lazyStates,
      edges: data.edges,
      entries: data.entries.map(([start, maxLength]) => ({ start, maxLength })),
      seeds,
      get index() {
        return (ownIndex ??= indexSeeds(lazyStates, seeds));
      },
      usesRoots: data.usesRoots,
      tableNumber,
      wordsAfterSeed,
    };
  };
  // Families that share a condition or a list of phrasings share its program: 142 loads were 67 programs.
  const readAt = (place: number): Program =>
    (programs[place] ??= read(
      { ...(JSON.parse(source.programs[place]!) as Omit<SerializedProgram, 'states' | 'wordsAfter'>), states: source.states[place]!, wordsAfter: source.wordsAfter[place]! },
      index.complete().numbers.get(keys[place]!),
    ));
  return {
    get firstTokens() {
      return index.complete();
    },
    readFirstTokens: index.readSome,
    read: (key) => {
      const place = places().get(key);
      return place === undefined ? undefined : readAt(place);
    },
    readAt,
    placeOf: (key) => places().get(key) ?? -1,
  };
}

/**
 * The tables' shared first-token index (`TabledFirstTokens`), read from its text (`SerializedFirstTokens`) a piece at a
 * time: the words, then the programs it numbers, its words, its words before clitics, its roots and shapes.
 */
function firstTokensIndex(
  keys: readonly string[],
  written: SerializedFirstTokens,
  splitWords: () => readonly string[],
  shape: (source: string) => RegExp,
): { readSome(enough: () => boolean): boolean; complete(): TabledFirstTokens } {
  const index: TabledFirstTokens = { numbers: new Map(), count: keys.length, exact: new Map(), clitic: new Map(), roots: new Map(), shapes: [] };
  const sections = written === '' ? [''] : written.split('|', 4);
  const rest = written.slice(sections.join('|').length + 1);
  const pieces: (() => void)[] = [
    splitWords,
    () => {
      const leftOut = new Set(sections[0] ? sections[0].split(',').map(Number) : []);
      keys.forEach((key, number) => {
        if (!leftOut.has(number)) index.numbers.set(key, number);
      });
    },
    () => (index.exact = new TabledPostings(sections[1] ?? '', splitWords())),
    () => (index.clitic = new TabledPostings(sections[2] ?? '', splitWords())),
    () => {
      index.roots = new TabledPostings(sections[3] ?? '', splitWords());
      const shapes = rest === '' ? [] : (JSON.parse(rest) as [string, number[]][]);
      for (const [source, pairs] of shapes) index.shapes.push({ shape: shape(source), postings: postingsOfPairs(pairs) });
    },
  ];
  let piece = 0;
  return {
    readSome(enough) {
      while (piece < pieces.length) {
        pieces[piece++]!();
        if (enough()) break;
      }
      return piece >= pieces.length;
    },
    complete() {
      while (piece < pieces.length) pieces[piece++]!();
      return index;
    },
  };
}

/**
 * A section of the shared index's keys and their postings (`SerializedFirstTokens`), as a map from key to postings
 * that reads a key's postings from the text when it is first asked for: reading them all at once (about 50,000 numbers
 * into 4,900 arrays) took 10–15 ms of CPU at a first analysis, which asks for a few hundred. Iterating it, or setting
 * a key (a program compiled from its patterns joins the index), reads every key first, so that it is then a plain map.
 */
export class TabledPostings extends Map<string, number[]> {
  /** Per key not read yet, its place in the section (a key read, set or deleted leaves it); null once every key is read. */
  private unread: Map<string, number> | null;
  private readonly section: string;
  /** Where each key's postings begin in `section` (after the keys, at 0), and one past the last one's end. */
  private readonly starts: Int32Array;

  constructor(section: string, words: readonly string[]) {
    super();
    this.section = section;
    this.starts = offsetsOf(section, ';');
    const unread = new Map<string, number>();
    if (section !== '') {
      const numbers = JSON.parse(`[${section.slice(0, this.starts[1]! - 1)}]`) as number[];
      let word = 0;
      for (let i = 0; i < numbers.length; i++) unread.set(words[(word += numbers[i]!)]!, i);
    }
    this.unread = unread;
  }

  override get(key: string): number[] | undefined {
    const found = super.get(key);
    if (found !== undefined || this.unread === null) return found;
    const place = this.unread.get(key);
    return place === undefined ? undefined : this.readAt(key, place);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    return super.size + (this.unread?.size ?? 0);
  }

  // A key set or deleted is no longer unread: the other keys stay unread (a pack's program adds keys to the index).
  override set(key: string, postings: number[]): this {
    this.unread?.delete(key);
    return super.set(key, postings);
  }

  override delete(key: string): boolean {
    const wasUnread = this.unread?.delete(key) ?? false;
    return super.delete(key) || wasUnread;
  }

  override clear(): void {
    this.unread = null;
    super.clear();
  }

  override forEach(each: (postings: number[], key: string, map: Map<string, number[]>) => void, self?: unknown): void {
    this.readAll();
    super.forEach(each, self);
  }

  override entries(): MapIterator<[string, number[]]> {
    this.readAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.readAll();
    return super.keys();
  }

  override values(): MapIterator<number[]> {
    this.readAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, number[]]> {
    return this.entries();
  }

  private readAll(): void {
    const unread = this.unread;
    if (unread === null) return;
    this.unread = null;
    for (const [key, place] of unread) this.readAt(key, place);
  }

  /** The postings of the key at `place`, read from the text (pairs, `postingPairs`) and kept. */
  private readAt(key: string, place: number): number[] {
    const text = this.section;
    const end = this.starts[place + 2]! - 1;
    const postings: number[] = [];
    let program = 0;
    let number = 0;
    let first = true;
    for (let i = this.starts[place + 1]!; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : COMMA;
      if (c !== COMMA) number = number * 10 + c - ZERO;
      else {
        if (first) program += number;
        else postings.push((program << POSTING_SEED_BITS) | number);
        first = !first;
        number = 0;
      }
    }
    this.unread?.delete(key);
    super.set(key, postings);
    return postings;
  }
}

/** Adds a posting to a key's, once: postings come in increasing order. */
function post<K>(map: Map<K, number[]>, key: K, posting: number): void {
  const postings = map.get(key);
  if (!postings) map.set(key, [posting]);
  else if (postings[postings.length - 1] !== posting) postings.push(posting);
}

/** A string literal in single quotes (JSON's own double quotes need no escaping). */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The text of `tables.generated.ts` for these programs (`serializeTables`). */
export function tablesModule(programs: ReadonlyMap<string, Program>): string {
  const tables = serializeTables(programs);
  // Strings, each parsed only when needed (`TablesSource`): a content script on a page where no draft is written
  // parses none, and the first analysis only the programs it runs.
  return (
    '// Generated by scripts/compile-patterns.mjs: run `npm run patterns` after changing a built-in pattern or a lexicon.\n' +
    '// The tables of the built-in programs, of type TablesSource (tables.ts).\n' +
    `export const TABLE_WORDS = ${literal(tables.words)};\n` +
    `export const TABLE_SETS = ${literal(tables.sets)};\n` +
    `export const TABLE_BODIES = ${literal(tables.bodies)};\n` +
    `export const TABLE_KEYS = ${literal(tables.keys)};\n` +
    `export const TABLE_FIRST_TOKENS = ${literal(tables.firstTokens)};\n` +
    `export const TABLE_PROGRAMS: readonly string[] = [\n${tables.programs.map((program) => `  ${literal(program)},\n`).join('')}];\n` +
    `export const TABLE_STATES: readonly string[] = [\n${tables.states.map((states) => `  ${literal(states)},\n`).join('')}];\n` +
    `export const TABLE_WORDS_AFTER: readonly string[] = [\n${tables.wordsAfter.map((after) => `  ${literal(after)},\n`).join('')}];\n` +
    `export const TABLE_FORMAT = ${tables.format};\n`
  );
}

/** A sorted list as its first number and the differences between neighbours. */
function differences(sorted: readonly number[]): number[] {
  return sorted.map((n, i) => (i === 0 ? n : n - sorted[i - 1]!));
}

/**
 * A list of words as the tables write it (`differences` of word numbers, separated by commas), as a set of its words:
 * made straight from the text, with no array of them between (which was as much garbage as the sets themselves).
 */
function setOfList(text: string, start: number, end: number, words: readonly string[]): Set<string> {
  const list = new Set<string>();
  let total = 0;
  let number = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : COMMA;
    if (c !== COMMA) number = number * 10 + c - ZERO;
    else {
      total += number;
      list.add(words[total]!);
      number = 0;
    }
  }
  return list;
}

/** Where each piece of the text, separated by `separator`, begins, and one past the last one's end. */
function offsetsOf(text: string, separator: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) count++;
  const offsets = new Int32Array(count + 1);
  let piece = 1;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) offsets[piece++] = at + 1;
  offsets[count] = text.length + 1;
  return offsets;
}

const COMMA = 44;
const COLON = 58;
const DOT = 46;
const ZERO = 48;
