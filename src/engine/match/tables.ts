// StateKind and AnyToken are read only when a table is made or loaded, after both modules have loaded: the import cycle is harmless.
import { AnyToken, indexSeeds, StateKind, type CompileLimits, type EntrySource, type FirstTokenIndex, type Program, type Seed, type State } from './compile.js';

/**
 * Compiled programs as plain data, so that the built-in ones are compiled when the engine is built
 * (`scripts/compile-patterns.mjs` writes `tables.generated.ts`) and a content script only turns the data back into
 * tables: parsing and compiling a few hundred patterns cold, at start-up, took tens of milliseconds.
 */

/**
 * A program's states as one flat list of numbers, each state as short as its kind allows (most of the tables are
 * states, and one list per program, not one per state, is quicker to parse and leaves less garbage): a header,
 * `kind | detail << 2`, then its numbers. A test's detail is how many numbers follow, of `next, words, clitic words,
 * roots, shape, any` without the trailing zeros; a split's, how many outs follow; a look's, `negate | behind << 1`,
 * followed by `next, look`; an accept is its header alone. Words, clitic words and roots are numbers: 1 + the place
 * of their list in the shared `sets`, whose lists are of numbers, places in the shared `words`; a shape is 1 + its
 * place in the shared `shapes`. The programs repeat lists a great deal (a class in several patterns, a list of verbs
 * in several families), and each is written once. Other states are written as how far back they are from the state
 * that goes to them (the compiler builds back to front, so most are 1 or 2), and a list of word numbers, sorted, as
 * the differences between them: small numbers, which compress well.
 */
export interface SerializedProgram {
  states: number[];
  /**
   * Per entry, three numbers: start, most words, and 1 when it has several patterns: its start is then the split to
   * theirs, and those are its seeds (`seedsOf`).
   */
  entries: number[];
  /**
   * Per seed, two numbers: entry, start; only when they are not those the entries imply, which they all are today.
   * The first-token index is read from the states (`firstTokensOf`, `indexSeeds`).
   */
  seeds?: number[];
  usesRoots: boolean;
}

/**
 * Programs by key, and the words, lists of words and shapes they share: `sets` is every list, one after the other,
 * as its length, then its word numbers (as differences).
 */
export interface SerializedTables {
  words: string[];
  sets: number[];
  shapes: string[];
  programs: Record<string, SerializedProgram>;
}

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
export interface Shared {
  words: string[];
  sets: number[][];
  shapes: string[];
}

export function serializeProgram(program: Program, shared: Shared): SerializedProgram {
  const patternCounts = program.entries.map((_, entry) => program.seeds.filter((seed) => seed.entry === entry).length);
  const entries = program.entries.flatMap((e, i) => [e.start, e.maxLength, patternCounts[i]! > 1 ? 1 : 0]);
  const impliedSeeds = JSON.stringify(seedsOf(program.states, entries)) === JSON.stringify(program.seeds.map(({ entry, start }) => ({ entry, start })));
  const word = numbering(shared.words, (w) => w);
  const set = numbering(shared.sets, (numbers) => numbers.join(','));
  const shape = numbering(shared.shapes, (source) => source);
  const list = (words: ReadonlySet<string> | null): number => (words === null ? 0 : 1 + set(differences([...words].map(word).sort((a, b) => a - b))));
  const states: number[] = [];
  program.states.forEach((s, id) => {
    switch (s.kind) {
      case StateKind.Split:
        states.push(StateKind.Split | (s.outs!.length << 2), ...s.outs!.map((out) => id - out));
        return;
      case StateKind.Look:
        states.push(StateKind.Look | ((s.negate ? 1 : 0) << 2) | ((s.behind ? 1 : 0) << 3), id - s.next, id - s.look);
        return;
      case StateKind.Accept:
        states.push(StateKind.Accept);
        return;
      default: {
        const test = [id - s.next, list(s.words), list(s.clitics), list(s.roots), s.shape ? 1 + shape(s.shape.source) : 0, s.any];
        while (test[test.length - 1] === 0 && test.length > 1) test.pop();
        states.push(StateKind.Test | (test.length << 2), ...test);
      }
    }
  });
  return {
    states,
    entries,
    ...(!impliedSeeds && { seeds: program.seeds.flatMap((s) => [s.entry, s.start]) }),
    usesRoots: program.usesRoots,
  };
}

/** The tables of serialised programs and the lists they share. */
export function tablesOf(shared: Shared, programs: Record<string, SerializedProgram>): SerializedTables {
  return { words: shared.words, sets: shared.sets.flatMap((list) => [list.length, ...list]), shapes: shared.shapes, programs };
}

/** The seeds the entries imply: each entry's start, or for an entry of several patterns the starts its split goes to. */
function seedsOf(states: readonly State[], entries: readonly number[]): Seed[] {
  const seeds: Seed[] = [];
  for (let at = 0; at < entries.length; at += 3) {
    const start = entries[at]!;
    for (const seed of entries[at + 2] === 1 ? states[start]!.outs! : [start]) seeds.push({ entry: at / 3, start: seed });
  }
  return seeds;
}

/**
 * A posting of the first-token index the built-in programs share (`matcher.ts`): a program's number, shifted by this
 * many bits, or'ed with one of its seeds.
 */
export const POSTING_SEED_BITS = 16;
const POSTING_SEED_LIMIT = 1 << POSTING_SEED_BITS;

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
  firstTokens: TabledFirstTokens;
  read(key: string): Program | undefined;
}

/**
 * Turns tables back into programs; a list of words shared by many states becomes one set they all read. The
 * first-token index of all the programs is built at once, from the tables as they are (no state is made for it), so
 * that a document's words are looked up once for every program from the first analysis on; a program's own index is
 * built only if the matcher asks for it (one left out of the shared index).
 */
export function tablesReader(tables: SerializedTables): TablesReader {
  // Where each shared list starts in `sets`.
  const listStarts: number[] = [];
  for (let at = 0; at < tables.sets.length; at += 1 + tables.sets[at]!) listStarts.push(at);
  const lists: (string[] | undefined)[] = [];
  const wordsOf = (n: number) => {
    let words = lists[n - 1];
    if (words) return words;
    const at = listStarts[n - 1]!;
    words = [];
    for (let i = 0, word = 0; i < tables.sets[at]!; i++) words.push(tables.words[(word += tables.sets[at + 1 + i]!)]!);
    return (lists[n - 1] = words);
  };
  const sets: (Set<string> | undefined)[] = [];
  const setOf = (n: number) => (n === 0 ? null : (sets[n - 1] ??= new Set(wordsOf(n))));
  const shapes: (RegExp | undefined)[] = [];
  const shapeOf = (n: number) => (shapes[n - 1] ??= new RegExp(tables.shapes[n - 1]!));
  const firstTokens = firstTokensOf(tables, wordsOf, shapeOf);
  // Where the state `readState` read ends: a small function per state, which the engine optimises early.
  let readAt = 0;
  const readState = (encoded: readonly number[], at: number, id: number): State => {
    const header = encoded[at++]!;
    const kind = (header & 3) as StateKind;
    const detail = header >> 2;
    const state: State = { kind, next: -1, outs: null, words: null, clitics: null, roots: null, shape: null, any: AnyToken.None, look: -1, negate: false, behind: false };
    if (kind === StateKind.Split) {
      // Pushed, not a sized array filled in: a packed array, which the matcher reads faster.
      const outs: number[] = [];
      for (let i = 0; i < detail; i++) outs.push(id - encoded[at++]!);
      state.outs = outs;
    } else if (kind === StateKind.Look) {
      state.next = id - encoded[at++]!;
      state.look = id - encoded[at++]!;
      state.negate = (detail & 1) === 1;
      state.behind = (detail & 2) === 2;
    } else if (kind === StateKind.Test) {
      const end = at + detail;
      state.next = id - encoded[at++]!;
      if (at < end) state.words = setOf(encoded[at++]!);
      if (at < end) state.clitics = setOf(encoded[at++]!);
      if (at < end) state.roots = setOf(encoded[at++]!);
      if (at < end) {
        const shape = encoded[at++]!;
        if (shape !== 0) state.shape = shapeOf(shape);
      }
      if (at < end) state.any = encoded[at++] as AnyToken;
    }
    readAt = at;
    return state;
  };
  const read = (data: SerializedProgram, tableNumber: number | undefined): Program => {
    const encoded = data.states;
    const states: State[] = [];
    for (let at = 0; at < encoded.length; at = readAt) states.push(readState(encoded, at, states.length));
    const seeds: Seed[] = [];
    if (data.seeds) for (let at = 0; at < data.seeds.length; at += 2) seeds.push({ entry: data.seeds[at]!, start: data.seeds[at + 1]! });
    else seeds.push(...seedsOf(states, data.entries));
    const entries = [];
    for (let at = 0; at < data.entries.length; at += 3) entries.push({ start: data.entries[at]!, maxLength: data.entries[at + 1]! });
    let index: FirstTokenIndex | undefined;
    return {
      states,
      entries,
      seeds,
      get index() {
        return (index ??= indexSeeds(states, seeds));
      },
      usesRoots: data.usesRoots,
      tableNumber,
    };
  };
  return {
    firstTokens,
    read: (key) => (Object.hasOwn(tables.programs, key) ? read(tables.programs[key]!, firstTokens.numbers.get(key)) : undefined),
  };
}

/**
 * The tables' shared first-token index (`TabledFirstTokens`), read from their states as written, without making them:
 * the tests each seed reaches without taking a word, through splits and past looks, as `indexSeeds` does.
 */
function firstTokensOf(tables: SerializedTables, wordsOf: (list: number) => readonly string[], shapeOf: (shape: number) => RegExp): TabledFirstTokens {
  const keys = Object.keys(tables.programs);
  const index: TabledFirstTokens = { numbers: new Map(), count: keys.length, exact: new Map(), clitic: new Map(), roots: new Map(), shapes: [] };
  const shapePostings: (number[] | undefined)[] = [];
  const visited = new Set<number>();
  keys.forEach((key, number) => {
    const { states: encoded, entries, seeds, usesRoots } = tables.programs[key]!;
    // Where each state starts in the list.
    const offsets: number[] = [];
    for (let at = 0; at < encoded.length; ) {
      offsets.push(at);
      const header = encoded[at]!;
      const kind = header & 3;
      at += 1 + (kind === StateKind.Look ? 2 : kind === StateKind.Accept ? 0 : header >> 2);
    }
    const starts: number[] = [];
    if (seeds) for (let at = 1; at < seeds.length; at += 2) starts.push(seeds[at]!);
    else {
      for (let at = 0; at < entries.length; at += 3) {
        const start = entries[at]!;
        if (entries[at + 2] !== 1) starts.push(start);
        else for (let i = 1, split = offsets[start]!; i <= encoded[split]! >> 2; i++) starts.push(start - encoded[split + i]!);
      }
    }
    if (starts.length >= POSTING_SEED_LIMIT) return;
    // Per seed, where its tests start in the list.
    const reached = starts.map((start) => {
      visited.clear();
      const tests: number[] = [];
      const stack = [start];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (visited.has(id)) continue;
        visited.add(id);
        const at = offsets[id]!;
        const header = encoded[at]!;
        const kind = header & 3;
        if (kind === StateKind.Split) for (let i = 1; i <= header >> 2; i++) stack.push(id - encoded[at + i]!);
        else if (kind === StateKind.Look) stack.push(id - encoded[at + 1]!);
        else if (kind === StateKind.Test) tests.push(at);
      }
      return tests;
    });
    // The field `field` of the test at `at` (1: next, … 6: any), 0 when left out.
    const field = (at: number, field: number) => (field <= encoded[at]! >> 2 ? encoded[at + field]! : 0);
    if (reached.some((tests) => tests.some((at) => field(at, 6) !== AnyToken.None))) return;
    index.numbers.set(key, number);
    reached.forEach((tests, seed) => {
      const posting = (number << POSTING_SEED_BITS) | seed;
      for (const at of tests) {
        const words = field(at, 2);
        const clitics = field(at, 3);
        const roots = field(at, 4);
        const shape = field(at, 5);
        if (words) for (const word of wordsOf(words)) post(index.exact, word, posting);
        if (clitics) for (const word of wordsOf(clitics)) post(index.clitic, word, posting);
        if (roots && usesRoots) for (const root of wordsOf(roots)) post(index.roots, root, posting);
        if (shape) {
          let postings = shapePostings[shape - 1];
          if (!postings) index.shapes.push({ shape: shapeOf(shape), postings: (postings = shapePostings[shape - 1] = []) });
          if (postings[postings.length - 1] !== posting) postings.push(posting);
        }
      }
    });
  });
  return index;
}

/** Adds a posting to a key's, once: postings come in increasing order. */
function post(map: Map<string, number[]>, key: string, posting: number): void {
  const postings = map.get(key);
  if (!postings) map.set(key, [posting]);
  else if (postings[postings.length - 1] !== posting) postings.push(posting);
}

/** The text of `tables.generated.ts` for these programs, sorted by key so that the file changes only where they do. */
export function tablesModule(programs: ReadonlyMap<string, Program>): string {
  const shared: Shared = { words: [], sets: [], shapes: [] };
  const serialized: Record<string, SerializedProgram> = {};
  for (const key of [...programs.keys()].sort()) serialized[key] = serializeProgram(programs.get(key)!, shared);
  const tables = tablesOf(shared, serialized);
  // A string, parsed when the first program is loaded (`TABLES_JSON`): a content script on a page where no draft is
  // written never parses it. In single quotes, the JSON's own double quotes need no escaping.
  const literal = `'${JSON.stringify(tables).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return (
    '// Generated by scripts/compile-patterns.mjs: run `npm run patterns` after changing a built-in pattern or a lexicon.\n' +
    '// The tables as JSON, of type SerializedTables (tables.ts).\n' +
    `export const TABLES_JSON = ${literal};\n`
  );
}

/** A sorted list as its first number and the differences between neighbours. */
function differences(sorted: readonly number[]): number[] {
  return sorted.map((n, i) => (i === 0 ? n : n - sorted[i - 1]!));
}
