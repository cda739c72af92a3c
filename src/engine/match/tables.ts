// StateKind is read only when a table is made or loaded, after both modules have loaded: the import cycle is harmless.
import { indexSeeds, StateKind, type AnyToken, type CompileLimits, type EntrySource, type Program, type Seed, type State } from './compile.js';

/**
 * Compiled programs as plain data, so that the built-in ones are compiled when the engine is built
 * (`scripts/compile-patterns.mjs` writes `tables.generated.ts`) and a content script only turns the data back into
 * tables: parsing and compiling a few hundred patterns cold, at start-up, took tens of milliseconds.
 */

/**
 * A state, as short as its kind allows (most of the tables are states): a test is `[0, next, words, clitic words,
 * roots, shape, any]` without its trailing zeros, a split `[1, outs]`, a look `[2, next, look, negate, behind]`, an
 * accept `[3]`. Words, clitic words and roots are numbers: 1 + the place of their list in the shared `sets`, whose
 * lists are of numbers, places in the shared `words`. The programs repeat both a great deal (a class in several
 * patterns, a list of verbs in several families), and each is written once. Other states are written as how far
 * back they are from the state that goes to them (the compiler builds back to front, so most are 1 or 2), and a list
 * of word numbers, sorted, as the differences between them: small numbers, which compress well.
 */
type SerializedState = (number | number[] | string)[];

type SerializedEntry = [start: number, maxLength: number] | [start: number, maxLength: number, severalPatterns: 1];

export interface SerializedProgram {
  states: SerializedState[];
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
}

/** Programs by key, and the words and lists of words they share. */
export interface SerializedTables {
  words: string[];
  sets: number[][];
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
interface Shared {
  words: string[];
  sets: number[][];
}

export function serializeProgram(program: Program, shared: Shared): SerializedProgram {
  const patternCounts = program.entries.map((_, entry) => program.seeds.filter((seed) => seed.entry === entry).length);
  const entries = program.entries.map((e, i): SerializedEntry => (patternCounts[i]! > 1 ? [e.start, e.maxLength, 1] : [e.start, e.maxLength]));
  const impliedSeeds = JSON.stringify(seedsOf(program.states, entries)) === JSON.stringify(program.seeds.map(({ entry, start }) => ({ entry, start })));
  const word = numbering(shared.words, (w) => w);
  const set = numbering(shared.sets, (numbers) => numbers.join(','));
  const list = (words: ReadonlySet<string> | null): number => (words === null ? 0 : 1 + set(differences([...words].map(word).sort((a, b) => a - b))));
  return {
    states: program.states.map((s, id): SerializedState => {
      switch (s.kind) {
        case StateKind.Split:
          return [StateKind.Split, s.outs!.map((out) => id - out)];
        case StateKind.Look:
          return [StateKind.Look, id - s.next, id - s.look, s.negate ? 1 : 0, s.behind ? 1 : 0];
        case StateKind.Accept:
          return [StateKind.Accept];
        default: {
          const test: SerializedState = [StateKind.Test, id - s.next, list(s.words), list(s.clitics), list(s.roots), s.shape?.source ?? 0, s.any];
          while (test[test.length - 1] === 0 && test.length > 2) test.pop();
          return test;
        }
      }
    }),
    entries,
    ...(!impliedSeeds && { seeds: program.seeds.map((s): [number, number] => [s.entry, s.start]) }),
    usesRoots: program.usesRoots,
  };
}

/** The seeds the entries imply: each entry's start, or for an entry of several patterns the starts its split goes to. */
function seedsOf(states: readonly State[], entries: readonly SerializedEntry[]): Seed[] {
  return entries.flatMap(([start, , several], entry) => (several === 1 ? states[start]!.outs! : [start]).map((seed) => ({ entry, start: seed })));
}

/** Turns tables back into programs; a list of words shared by many states becomes one set they all read. */
export function tablesReader(tables: SerializedTables): (data: SerializedProgram) => Program {
  const sets: (Set<string> | undefined)[] = [];
  const setOf = (n: number) => (n === 0 ? null : (sets[n - 1] ??= new Set(sums(tables.sets[n - 1]!).map((w) => tables.words[w]!))));
  const shapes = new Map<string, RegExp>();
  const shape = (source: string) => {
    let found = shapes.get(source);
    if (!found) shapes.set(source, (found = new RegExp(source)));
    return found;
  };
  return (data) => {
    const states: State[] = data.states.map((encoded, id) => {
      const kind = encoded[0] as StateKind;
      const state: State = { kind, next: -1, outs: null, words: null, clitics: null, roots: null, shape: null, any: 0 as AnyToken, look: -1, negate: false, behind: false };
      if (kind === StateKind.Split) state.outs = (encoded[1] as number[]).map((back) => id - back);
      else if (kind === StateKind.Look) {
        state.next = id - (encoded[1] as number);
        state.look = id - (encoded[2] as number);
        state.negate = encoded[3] === 1;
        state.behind = encoded[4] === 1;
      } else if (kind === StateKind.Test) {
        state.next = id - (encoded[1] as number);
        state.words = setOf((encoded[2] ?? 0) as number);
        state.clitics = setOf((encoded[3] ?? 0) as number);
        state.roots = setOf((encoded[4] ?? 0) as number);
        const source = encoded[5] ?? 0;
        state.shape = source === 0 ? null : shape(source as string);
        state.any = (encoded[6] ?? 0) as AnyToken;
      }
      return state;
    });
    const seeds = data.seeds ? data.seeds.map(([entry, start]) => ({ entry, start })) : seedsOf(states, data.entries);
    return {
      states,
      entries: data.entries.map(([start, maxLength]) => ({ start, maxLength })),
      seeds,
      index: indexSeeds(states, seeds),
      usesRoots: data.usesRoots,
    };
  };
}

/** The text of `tables.generated.ts` for these programs, sorted by key so that the file changes only where they do. */
export function tablesModule(programs: ReadonlyMap<string, Program>): string {
  const shared: Shared = { words: [], sets: [] };
  const serialized: Record<string, SerializedProgram> = {};
  for (const key of [...programs.keys()].sort()) serialized[key] = serializeProgram(programs.get(key)!, shared);
  const tables: SerializedTables = { ...shared, programs: serialized };
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

/** The list `differences` was made from. */
function sums(differences: readonly number[]): number[] {
  let total = 0;
  return differences.map((d) => (total += d));
}
