import { LANGUAGES } from '../report.js';
import { wordClass } from './lexicon.js';
import { rootsOf } from '../text/morphology.js';
import { parsePattern, PatternSyntaxError, type PatternNode } from './syntax.js';
import { isPatternId, programKey, tablesReader, type TabledFirstTokens, type TablesReader } from './tables.js';
import { TABLE_BODIES, TABLE_FIRST_TOKENS, TABLE_FORMAT, TABLE_KEYS, TABLE_PROGRAMS, TABLE_SETS, TABLE_STATES, TABLE_WORDS, TABLE_WORDS_AFTER } from './tables.generated.js';

/**
 * Patterns compile to a table of states over tokens (a Thompson automaton without loops: gaps and optional pieces
 * unroll to bounded chains), so that matching from one token costs at most `maxLength × states` steps whatever the
 * text. The first tokens of every entry go into one index, so that a document's words select the entries worth
 * starting at each token.
 */

/** What a state does. Numbers, not strings: the matcher compares them at every step. */
export const StateKind = {
  /** Consumes one token that passes its test, then goes to `next`. */
  Test: 0,
  /** Goes to each of `outs` without consuming. */
  Split: 1,
  /**
   * Goes to `next` when the automaton from `look` does (or, negated, does not) match at this token; `behind`: when it
   * matches the tokens that end here, read backwards (its automaton is built from the pattern reversed).
   */
  Look: 2,
  /** A match ends here. */
  Accept: 3,
  /**
   * Consumes one token that is a key of `branches` and goes to its state: a list of phrases' first words, each with
   * the rest of its phrase, in one state instead of a split to one test per word (`withBranches`).
   */
  Branch: 4,
} as const;
export type StateKind = (typeof StateKind)[keyof typeof StateKind];

/** What `_` and a gap take. */
export const AnyToken = {
  /** A test of words, clitics, roots or a shape. */
  None: 0,
  /** `_`: any word, not punctuation. */
  Word: 1,
  /** A gap's word: any token but a sentence end. */
  Gap: 2,
} as const;
export type AnyToken = (typeof AnyToken)[keyof typeof AnyToken];

/** A state. Every state has every field (null where unused), so that the matcher's reads of them stay fast. */
export interface State {
  kind: StateKind;
  next: number;
  outs: number[] | null;
  /** Test: whole tokens. */
  words: ReadonlySet<string> | null;
  /** Test: words that may carry clitics. */
  clitics: ReadonlySet<string> | null;
  /** Test: roots, any inflection of which passes. */
  roots: ReadonlySet<string> | null;
  /** Test: a token shape. */
  shape: RegExp | null;
  any: AnyToken;
  look: number;
  negate: boolean;
  behind: boolean;
  /** Branch: the state after each word. */
  branches: ReadonlyMap<string, number> | null;
}

/**
 * A program's states. A program read from the tables decodes each state when it is first reached (`stateAt`), since a
 * first analysis reaches few of the states of the programs it runs; one compiled from its patterns has them all.
 */
export interface States {
  readonly length: number;
  readonly [id: number]: State | undefined;
  /** Decodes a state not decoded yet, and keeps it (a program read from the tables). */
  readonly decode?: (id: number) => State;
}

/** State `id` of a program (`id < states.length`), decoded if it was not yet. */
export function stateAt(states: States, id: number): State {
  return states[id] ?? states.decode!(id);
}

/** All of a program's states, each decoded: for the tables and the tests, which read them all. */
export function allStates(program: Program): State[] {
  return Array.from({ length: program.states.length }, (_, id) => stateAt(program.states, id));
}

type StateInit = Partial<State> & Pick<State, 'kind' | 'next'>;

/** One entry of a program: what the matcher reports a match of. */
export interface Entry {
  /** The start of all its patterns. */
  start: number;
  /** The most tokens a match can take. */
  maxLength: number;
}

/** One pattern of an entry, where the matcher starts it. */
export interface Seed {
  entry: number;
  start: number;
}

/** The seeds (by index in `seeds`) that can begin at a word, by what the word is. */
export interface FirstTokenIndex {
  exact: Map<string, number[]>;
  /** By the word before the clitics. */
  clitic: Map<string, number[]>;
  /** By root. */
  roots: Map<string, number[]>;
  /** By the shape of the word (`@number`). */
  shapes: { shape: RegExp; seeds: number[] }[];
  /** Seeds that can begin with any word (`_`, a gap). */
  always: number[];
}

export interface Program {
  /**
   * The automaton. A reference to a state (a test's `next`, a split's `outs`) past the last one, `states.length + id`,
   * is state `id` with one filler word let through before it (`slotted`): the rules' filler slots are read by the
   * matcher, not compiled into states.
   */
  readonly states: States;
  /** The states and the splits' outs, counted together: how often a walk of the states can push one. */
  readonly edges: number;
  readonly entries: readonly Entry[];
  readonly seeds: readonly Seed[];
  readonly index: FirstTokenIndex;
  /** Whether any entry has `+word`, so the matcher works out tokens' roots only when needed. */
  readonly usesRoots: boolean;
  /** A program read from the tables: its number in their shared first-token index (`tabledFirstTokens`), if it is in it. */
  readonly tableNumber?: number | undefined;
  /**
   * A program read from the tables: the test of the words after each seed's first, as the tables write it, each test
   * followed by the next (`then`); undefined for a seed they do not write. One compiled from its patterns works them out
   * from its states (`nextWordTestOf`).
   */
  readonly wordsAfterSeed?: ((seed: number) => NextWordTest | null | undefined) | undefined;
}

/**
 * Fixed limits every pattern is held to, so that matching stays linear with a small constant. A pattern over one is
 * refused with a `PatternLimitError` that names it.
 */
export interface CompileLimits {
  /** States of one entry's automaton (a set of alternative words is one state). */
  states: number;
  /** Tokens one match can take. */
  maxLength: number;
  /** `..` gaps in one pattern. */
  gaps: number;
  /** `?` pieces in one pattern. */
  optional: number;
  /** One filler word (`@filler`) let through between two written words of a pattern; none unless told (see `withFillers`). */
  fillers?: 1;
}

/** For the built-in families, whose entries are long lists of phrasings. */
export const BUILTIN_LIMITS: CompileLimits = { states: 2000, maxLength: 32, gaps: 3, optional: 32 };
/**
 * For the rules' families: the built-in limits, with a filler let through between written words ("mohon kiranya
 * dapat dimaklumi", "itu memang bukan salah kami"). Steps, signals and failures match as written.
 */
export const RULE_LIMITS: CompileLimits = { ...BUILTIN_LIMITS, fillers: 1 };

/** Whether programs compiled within these limits are built-in ones, with compiled tables and loaded when first used. */
export function isBuiltinLimits(limits: CompileLimits): boolean {
  return limits === BUILTIN_LIMITS || limits === RULE_LIMITS;
}
/** For a team pack's patterns, which no one reviewed: see `docs/packs.md`. */
export const PACK_LIMITS: CompileLimits = { states: 120, maxLength: 24, gaps: 2, optional: 4 };

export class PatternLimitError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`${reason} (in ${JSON.stringify(pattern)})`);
    this.name = 'PatternLimitError';
  }
}

/** A pattern that names a class no lexicon defines, or that can match no token at all. */
export class PatternMeaningError extends Error {
  constructor(
    readonly pattern: string,
    readonly position: number,
    readonly reason: string,
  ) {
    super(`${reason} (at character ${position + 1} of ${JSON.stringify(pattern)})`);
    this.name = 'PatternMeaningError';
  }
}

export type EntrySource = string | readonly string[];

/**
 * The built-in programs load when first used; each registers here how to load it, so that the tables can be made
 * (and checked) for all of them: `loadAllBuiltins()`.
 */
export const builtinLoaders: (() => Program)[] = [];

/**
 * The loaders of a family's conditions (also in `builtinLoaders`): an analysis loads one only when a match of its family
 * asks for it, so `enginePreparation` loads them last.
 */
export const conditionLoaders = new WeakSet<() => Program>();

/**
 * A built-in program, compiled (or read from the tables) when first used and registered for `loadAllBuiltins`: a
 * module that declares one at its top level costs nothing when the engine is imported.
 */
export function builtinProgram(entries: readonly EntrySource[], limits: CompileLimits = BUILTIN_LIMITS): () => Program {
  let program: Program | undefined;
  const place = builtinLoaders.length;
  const load = () => (program ??= compileProgram(entries, limits, place));
  builtinLoaders.push(load);
  return load;
}

/** Loads every built-in program the engine's modules have declared. */
export function loadAllBuiltins(): void {
  for (const load of builtinLoaders) load();
}

/** The built-in programs compiled so far, by key: what `scripts/compile-patterns.mjs` writes out. */
export const builtinPrograms = new Map<string, { entries: readonly EntrySource[]; limits: CompileLimits }>();

/**
 * Compiles entries, each a pattern or a list of alternative patterns. The built-in programs come from the tables
 * compiled with the engine (`tables.generated.ts`) when these are up to date with the patterns, as a unit test
 * checks; a pack's are compiled here.
 */
export function compileProgram(entries: readonly EntrySource[], limits: CompileLimits = BUILTIN_LIMITS, declared?: number): Program {
  if (!isBuiltinLimits(limits)) return compileFresh(entries, limits);
  if (declared !== undefined) builtinDeclarations[declared] = { entries, limits };
  const written = declared === undefined ? undefined : writtenTablePlace(declared);
  if (written !== undefined) {
    const program = builtinTables().readAt(written);
    if (program.entries.length !== entries.length) {
      throw new Error(`A built-in program (declared ${declared}) has ${entries.length} entries and the table this bundle names for it ${program.entries.length}: build it again (\`npm run build:lib\`)`);
    }
    compiledBuiltins.add(program);
    return program;
  }
  const key = programKey(entries, limits);
  builtinPrograms.set(key, { entries, limits });
  const program = builtinTables().read(key) ?? compileUnlessLeftOut(key, entries, limits);
  compiledBuiltins.add(program);
  return program;
}

/**
 * Per built-in program in the order they are declared (its place in `builtinLoaders`), the place of its table, or -1
 * for one without: written into the library's bundle by `scripts/bundle-lib.mjs` in place of this text, worked out
 * from the same bundle (`builtinTablePlaces`), so that loading a program there reads its table by place instead of
 * hashing its patterns' composed text (about 500 K characters a first analysis) for its key. Elsewhere (the modules
 * in lib/, the tests, the extension) it stays as it is, and the key is hashed.
 */
const TABLE_PLACES_WRITTEN: string = '%RAMAH_TABLE_PLACES%';
let tablePlaces: Int32Array | null | undefined;

/**
 * Reads the built-in programs by the table places in `written` (as the bundle writes them: places joined by commas),
 * or by key when it is the mark: the bundle's own at its first load, a test's to read by places it worked out.
 */
export function readTablesAt(written: string): void {
  tablePlaces = placesWritten(written);
}

function placesWritten(written: string): Int32Array | null {
  return written.charCodeAt(0) === PERCENT ? null : Int32Array.from(written.split(','), Number);
}

/** The table place the bundle wrote for the program declared at `declared`, if it wrote one. */
function writtenTablePlace(declared: number): number | undefined {
  if (tablePlaces === undefined) tablePlaces = placesWritten(TABLE_PLACES_WRITTEN);
  if (tablePlaces === null || declared >= tablePlaces.length) return undefined;
  const place = tablePlaces[declared]!;
  return place < 0 ? undefined : place;
}
const PERCENT = 37;

/** What each built-in program loaded so far was declared with, by its place in `builtinLoaders`. */
const builtinDeclarations: { entries: readonly EntrySource[]; limits: CompileLimits }[] = [];

/**
 * Loads every built-in program and gives, per declaration (its place in `builtinLoaders`), the place of its table
 * found by its key (-1 without one): what `scripts/bundle-lib.mjs` writes into the bundle, and checks there again.
 */
export function builtinTablePlaces(): number[] {
  loadAllBuiltins();
  return builtinLoaders.map((_, declared) => {
    const declaration = builtinDeclarations[declared];
    return declaration === undefined ? -1 : builtinTables().placeOf(programKey(declaration.entries, declaration.limits));
  });
}

/** A built-in program without a table, compiled from its patterns: unless this bundle left their text out. */
function compileUnlessLeftOut(key: string, entries: readonly EntrySource[], limits: CompileLimits): Program {
  if (entries.some((entry) => [entry].flat().some(isPatternId))) {
    throw new Error(`A built-in program (${key}) has no compiled table, and this bundle left its patterns out: run \`npm run patterns\` and build again`);
  }
  return compileFresh(entries, limits);
}

/**
 * The built-in programs loaded so far: the matcher indexes their first words together (`matcher.ts`). A pack's
 * programs are not among them, since a pack may be loaded again and again (each edit in the options page).
 */
export const compiledBuiltins = new WeakSet<Program>();

/** The compiled tables, read when the first built-in program loads (a program's states when the matcher first reaches them: `stateAt`). */
let tables: TablesReader | undefined;

function builtinTables(): TablesReader {
  return (tables ??= tablesReader({ format: TABLE_FORMAT, words: TABLE_WORDS, sets: TABLE_SETS, bodies: TABLE_BODIES, keys: TABLE_KEYS, firstTokens: TABLE_FIRST_TOKENS, programs: TABLE_PROGRAMS, states: TABLE_STATES, wordsAfter: TABLE_WORDS_AFTER }));
}

/**
 * Reads the tables' shared first-token index a piece at a time, ahead of the first built-in program's load, which
 * would read it all at once (`TablesReader.readFirstTokens`): whether it is all read.
 */
export function readBuiltinTables(enough: () => boolean): boolean {
  return builtinTables().readFirstTokens(enough);
}

/** The first-token index of every program in the tables, once the first built-in program has loaded. */
export function tabledFirstTokens(): TabledFirstTokens | undefined {
  return tables?.firstTokens;
}

/** Compiles entries, without looking for a compiled table. */
export function compileFresh(entries: readonly EntrySource[], limits: CompileLimits = BUILTIN_LIMITS): Program {
  const fillers = limits.fillers === 1;
  const builder = new Builder();
  // A pack's state limit counts the pattern as its author wrote it, each piece where it is written, so that what the
  // validator accepts does not grow with the sharing that `builder` does. The built-in programs' limit counts what is built.
  const asWritten = isBuiltinLimits(limits) ? undefined : new Builder({ shares: false });
  const compiled: Entry[] = [];
  const seeds: Seed[] = [];
  entries.forEach((entry, id) => {
    const sources = typeof entry === 'string' ? [entry] : entry;
    const trees = sources.map((source) => checkedTree(source, limits));
    // The filler slots are no states: a built-in program's limit counts the states without them.
    const { starts, start, states: built } = buildEntry(builder, trees.map(({ tree }) => (fillers ? withFillers(tree) : tree)));
    const states = asWritten ? buildEntry(asWritten, trees.map(({ tree }) => tree)).states : built;
    if (states > limits.states) {
      throw new PatternLimitError(sources.join(' | '), `compiles to ${states} states; at most ${limits.states} are allowed`);
    }
    compiled.push({ start, maxLength: Math.max(...trees.map(({ tree, length }) => length + (fillers ? slotsIn(tree) : 0))) });
    // Each pattern is a seed of its own: a word starts only the patterns that can begin with it, not the whole entry.
    for (const patternStart of starts) seeds.push({ entry: id, start: patternStart });
  });
  // After the limits are checked: a branch changes no match, and the limits count the states before it.
  const states = withBranches(builder.slotsResolved(), compiled, seeds);
  const edges = states.reduce((sum, state) => sum + 1 + (state.outs?.length ?? 0), 0);
  return { states, edges, entries: compiled, seeds, index: indexSeeds(states, seeds), usesRoots: builder.usesRoots };
}

/** Builds an entry's patterns: where each starts, where the entry starts, and how many states they took. */
function buildEntry(builder: Builder, trees: readonly PatternNode[]): { starts: number[]; start: number; states: number } {
  const statesBefore = builder.states.length;
  const starts = trees.map((tree) => builder.build(tree, builder.accept));
  const start = starts.length === 1 ? starts[0]! : builder.add({ kind: StateKind.Split, next: -1, outs: starts });
  return { starts, start, states: builder.states.length - statesBefore };
}

/**
 * Walks from `from` through splits and looks (which take no word) to the states that take the next word: tests and
 * branches, each given to `take` once. A filler slot (a reference past the last state) is given as a test of
 * `@filler` that goes on to its state. False if a match can end on the way.
 */
export function eachStateTakingAWord(states: States, from: readonly number[], visited: Set<number>, take: (state: State) => void): boolean {
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (visited.has(id)) continue;
    visited.add(id);
    if (id >= states.length) {
      const filler = fillerTestTo(id - states.length);
      take(filler);
      stack.push(filler.next);
      continue;
    }
    const state = stateAt(states, id);
    if (state.kind === StateKind.Split) stack.push(...state.outs!);
    else if (state.kind === StateKind.Look) stack.push(state.next);
    else if (state.kind === StateKind.Test || state.kind === StateKind.Branch) take(state);
    else return false;
  }
  return true;
}

/**
 * What the words after a seed's first (`WORDS_TESTED_AFTER_SEED` of them) must be for a match from the seed to go on,
 * worked out once per seed: the tests its states reach after taking a first word, all together, then those after a
 * second word, and a third, or `null` where a match can end; each word's test when a word first passes the one before
 * it. Most seeds that start at a word fail at the next one (about 97% on the drafts of `scripts/bench/drafts.mjs`, patterns
 * opening with "kami", "saya", "i", "the"), so looking the next word up here, without starting the automaton, saves
 * most of the runs. A look (`-(x)`) takes no word and is passed as if it held, so the test lets through at least what
 * the automaton would.
 */
export interface NextWordTest {
  /**
   * The word lists of the tests reached, each once, as the states hold them: a word passes if one has it. Kept as they
   * are, not merged into one set: merging copied every word of every list a seed can go on to, a fifth of a first
   * analysis, for lists that a document's words are then looked up in a few times.
   */
  words: ReadonlySet<string>[];
  /** The branches reached: a word passes if one goes on with it. */
  branches: ReadonlyMap<string, number>[];
  clitics: ReadonlySet<string>[];
  roots: ReadonlySet<string>[];
  shapes: RegExp[];
  /** Any word but punctuation (`_`) passes. */
  anyWord: boolean;
  /** Any token but a sentence end (a gap) passes. */
  anyToken: boolean;
  /**
   * The test of the word after this one, or `null` if a match can end at this one or it is the last word tested;
   * undefined until a word first passes this one (most seeds fail at their next word: building the tests of the two
   * words after it for every seed a first analysis met was half of what their tests cost it).
   */
  then: NextWordTest | null | undefined;
  /** The states after this test, from which `then` is built, and how many words it tests from them. */
  after: readonly number[];
  wordsAfter: number;
  /**
   * A test the tables wrote (`SerializedProgram.wordsAfter`): reads the next one, when a word first passes this one;
   * null otherwise. Read all at once, the tests of the words after the next made a first analysis slower on drafts of
   * many different words (most seeds fail at their next word).
   */
  written: (() => NextWordTest) | null;
}

/**
 * How many words after a seed's first `mayGoOn` tests: with two, English runs such as "the … was" and "i am really"
 * still passed and failed later; the third ends most of them before the automaton starts.
 */
export const WORDS_TESTED_AFTER_SEED = 3;

/**
 * The test of the word after a seed's first (`NextWordTest`): as the tables write it, for a program read from them
 * (`Program.wordsAfterSeed`), else worked out from its states.
 */
export function nextWordTestOf(program: Program, seed: number): NextWordTest | null {
  const written = program.wordsAfterSeed?.(seed);
  if (written !== undefined) return written;
  const first = wordTestAt(program.states, [program.seeds[seed]!.start], WORDS_TESTED_AFTER_SEED);
  return first && wordTestAt(program.states, first.after, WORDS_TESTED_AFTER_SEED - 1);
}

/** The test of the word after `test`'s, built when first asked for. */
export function thenOf(states: States, test: NextWordTest): NextWordTest | null {
  if (test.then === undefined) {
    test.then = test.written !== null ? test.written() : test.wordsAfter > 0 ? wordTestAt(states, test.after, test.wordsAfter - 1) : null;
    test.after = NO_STATES;
    test.written = null;
  }
  return test.then;
}

const NO_STATES: readonly number[] = [];

const SOME_OBJECT: object[] = [{}];

/**
 * An empty array of the elements kind an array of objects has (`[]` is of small integers until an object is pushed),
 * for a next-word test's lists: `passesTest` reads them all, empty or not, and code optimised on one kind was thrown
 * away on meeting the other ("wrong map" at `roots.length`, in `unjoinedPairs` where it is inlined).
 */
export function objects<T extends object>(): T[] {
  return SOME_OBJECT.slice(0, 0) as T[];
}

/**
 * The test of the word at the states `from`, reached through splits and looks (which take no word), with `wordsAfter`
 * words to test after it; `null` if a match can end there. A filler slot (a reference past the last state) is a test of
 * `@filler` that goes on to its state; a branch is read as it is, not as the tests it stands for.
 */
function wordTestAt(states: States, from: readonly number[], wordsAfter: number): NextWordTest | null {
  const after: number[] = [];
  const test: NextWordTest = { words: objects(), branches: objects(), clitics: objects(), roots: objects(), shapes: objects(), anyWord: false, anyToken: false, then: undefined, after, wordsAfter, written: null };
  const goesOn = eachStateTakingAWord(states, from, new Set(), (state) => {
    if (state.kind === StateKind.Branch) {
      if (!test.branches.includes(state.branches!)) test.branches.push(state.branches!);
      for (const next of state.branches!.values()) after.push(next);
    } else {
      addToTest(test, state);
      after.push(state.next);
    }
  });
  return goesOn ? test : null;
}

/** Adds what a test state lets through to a next-word test, each list once. */
function addToTest(test: NextWordTest, state: State): void {
  if (state.any === AnyToken.Word) test.anyWord = true;
  else if (state.any === AnyToken.Gap) test.anyToken = true;
  if (state.words !== null && !test.words.includes(state.words)) test.words.push(state.words);
  if (state.clitics !== null && !test.clitics.includes(state.clitics)) test.clitics.push(state.clitics);
  if (state.roots !== null && !test.roots.includes(state.roots)) test.roots.push(state.roots);
  if (state.shape !== null && !test.shapes.includes(state.shape)) test.shapes.push(state.shape);
}

/** The tests reached from `from` without taking a word, a branch as the tests it stands for; `null` if a match ends there. */
export function testsReached(states: States, from: readonly number[], visited: Set<number>): State[] | null {
  const tests: State[] = [];
  const ended = !eachStateTakingAWord(states, from, visited, (state) => {
    if (state.kind === StateKind.Branch) tests.push(...branchTests(state));
    else tests.push(state);
  });
  return ended ? null : tests;
}

const branchTestsOf = new WeakMap<State, State[]>();

/**
 * A branch as the tests it stands for, one per state it goes to (the tests it was made from), for the walks that
 * want tests: the first-token index and the next words' tests.
 */
export function branchTests(branch: State): State[] {
  let tests = branchTestsOf.get(branch);
  if (tests) return tests;
  const wordsByNext = new Map<number, Set<string>>();
  for (const [word, next] of branch.branches!) {
    const words = wordsByNext.get(next);
    if (words) words.add(word);
    else wordsByNext.set(next, new Set([word]));
  }
  tests = [...wordsByNext].map(([next, words]): State => ({ kind: StateKind.Test, next, outs: null, words, clitics: null, roots: null, shape: null, any: AnyToken.None, look: -1, negate: false, behind: false, branches: null }));
  branchTestsOf.set(branch, tests);
  return tests;
}

/** The most words a test may have to become part of a branch: a larger list is written once and shared, as a test. */
const BRANCH_TEST_WORDS = 1;

/**
 * The states with each split's tests of plain words that nothing else reaches made one branch (`StateKind.Branch`):
 * a list of phrases, `(bukan salah kami | tidak sengaja | di luar kendali)`, compiles to a split to one test of one
 * word per phrase (a sixth of the built-in states before). The branch takes the place of the split when it took all its outs, else of
 * its last-built test; the other tests are dropped and the states renumbered (entries and seeds too). Matches do not change:
 * a word passes the branch where it passed one of the tests, and goes where that test went.
 */
export function withBranches(states: State[], entries: Entry[], seeds: Seed[]): State[] {
  const count = states.length;
  // How many references reach each state; a state a look, an entry, a seed or a filler slot reaches stays as it is.
  const reached = new Uint32Array(count);
  const pinned = 1 << 16;
  const reach = (ref: number, by = 1) => {
    if (ref >= count) reached[ref - count]! += pinned;
    else if (ref >= 0) reached[ref]! += by;
  };
  for (const state of states) {
    reach(state.next);
    for (const out of state.outs ?? []) reach(out);
    reach(state.look, pinned);
  }
  for (const { start } of entries) reach(start, pinned);
  for (const { start } of seeds) reach(start, pinned);
  const plainWords = (id: number) => {
    if (id >= count || reached[id] !== 1) return null;
    const state = states[id]!;
    const words = state.words;
    if (state.kind !== StateKind.Test || words === null || words.size > BRANCH_TEST_WORDS) return null;
    return state.clitics === null && state.roots === null && state.shape === null && state.any === AnyToken.None ? words : null;
  };
  const dropped = new Uint8Array(count);
  for (let id = 0; id < count; id++) {
    const split = states[id]!;
    if (split.kind !== StateKind.Split) continue;
    const branches = new Map<string, number>();
    const taken: number[] = [];
    const left: number[] = [];
    for (const out of split.outs!) {
      const words = plainWords(out);
      if (words !== null && [...words].every((word) => !branches.has(word))) {
        for (const word of words) branches.set(word, states[out]!.next);
        taken.push(out);
      } else left.push(out);
    }
    if (left.length === 0) {
      Object.assign(split, { kind: StateKind.Branch, outs: null, branches });
      for (const out of taken) dropped[out] = 1;
    } else if (taken.length > 1) {
      // The last-built test, so that every state the branch goes to was built before it (the tables count on it).
      const last = Math.max(...taken);
      Object.assign(states[last]!, { kind: StateKind.Branch, next: -1, words: null, branches });
      for (const out of taken) if (out !== last) dropped[out] = 1;
      split.outs = split.outs!.filter((out) => !dropped[out]);
    }
  }
  const renumbered = new Int32Array(count);
  let keptCount = 0;
  for (let id = 0; id < count; id++) renumbered[id] = dropped[id] ? -1 : keptCount++;
  const ref = (old: number) => (old < 0 ? old : old >= count ? keptCount + renumbered[old - count]! : renumbered[old]!);
  const result = states.filter((_, id) => !dropped[id]);
  for (const state of result) {
    state.next = ref(state.next);
    if (state.outs) state.outs = state.outs.map(ref);
    if (state.look >= 0) state.look = ref(state.look);
    if (state.branches) state.branches = new Map([...state.branches].map(([word, next]) => [word, ref(next)]));
  }
  for (const entry of entries) entry.start = ref(entry.start);
  for (const seed of seeds) seed.start = ref(seed.start);
  return result;
}

/**
 * The first-token index of the seeds, read from the automaton: the tests each seed can reach without taking a word
 * (through splits, and past looks, which take none). Loaded tables rebuild it this way instead of storing it.
 */
export function indexSeeds(states: States, seeds: readonly Seed[]): FirstTokenIndex {
  const index: FirstTokenIndex = { exact: new Map(), clitic: new Map(), roots: new Map(), shapes: [], always: [] };
  const visited = new Set<number>();
  seeds.forEach(({ start }, seed) => {
    visited.clear();
    // No pattern matches without a word (checkedTree refuses one), so no seed reaches the end untested.
    const tests = testsReached(states, [start], visited) ?? [];
    if (tests.some((state) => state.any !== AnyToken.None)) {
      index.always.push(seed);
      return;
    }
    for (const state of tests) {
      for (const word of state.words ?? []) push(index.exact, word, seed);
      for (const word of state.clitics ?? []) push(index.clitic, word, seed);
      for (const root of state.roots ?? []) push(index.roots, root, seed);
      if (state.shape) {
        const known = index.shapes.find((entry) => entry.shape === state.shape);
        if (!known) index.shapes.push({ shape: state.shape, seeds: [seed] });
        else if (known.seeds.at(-1) !== seed) known.seeds.push(seed);
      }
    }
  });
  return index;
}


/** Parses one pattern and checks it against the limits: for validators, which want the reason, not a program. */
export function checkPattern(source: string, limits: CompileLimits): void {
  compileFresh([source], limits);
}

function checkedTree(source: string, limits: CompileLimits): { tree: PatternNode; length: number } {
  const tree = parsePattern(source);
  const counts = { gaps: 0, optional: 0 };
  count(tree, counts, source);
  if (counts.gaps > limits.gaps) throw new PatternLimitError(source, `has ${counts.gaps} ".." gaps; at most ${limits.gaps} are allowed`);
  if (counts.optional > limits.optional) throw new PatternLimitError(source, `has ${counts.optional} optional pieces ("?"); at most ${limits.optional} are allowed`);
  if (nullable(tree)) throw new PatternMeaningError(source, 0, 'can match without any word: give it at least one word that must be there');
  const length = maxLength(tree);
  if (length > limits.maxLength) throw new PatternLimitError(source, `can take ${length} words; at most ${limits.maxLength} are allowed`);
  return { tree, length };
}

function count(node: PatternNode, counts: { gaps: number; optional: number }, source: string, inLook = false): void {
  switch (node.type) {
    case 'gap':
      counts.gaps++;
      return;
    case 'optional':
      counts.optional++;
      count(node.item, counts, source, inLook);
      return;
    case 'seq':
      for (const item of node.items) count(item, counts, source, inLook);
      return;
    case 'alt':
      for (const option of node.options) count(option, counts, source, inLook);
      return;
    case 'look':
      // A condition inside a condition would multiply the work at each token.
      if (inLook) throw new PatternLimitError(source, 'has a condition inside a condition');
      count(node.pattern, counts, source, true);
      return;
    case 'class':
      if (!wordClass(node.name)) throw new PatternMeaningError(source, node.at, `no word class is named "@${node.name}"`);
      return;
    default:
      return;
  }
}

function nullable(node: PatternNode): boolean {
  switch (node.type) {
    case 'gap':
    case 'optional':
    case 'look':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.options.some(nullable);
    default:
      return false;
  }
}

function maxLength(node: PatternNode): number {
  switch (node.type) {
    case 'gap':
      return node.max;
    case 'optional':
      return maxLength(node.item);
    case 'look':
      return 0;
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'alt':
      return Math.max(...node.options.map(maxLength));
    case 'class': {
      const phrases = wordClass(node.name)?.phrases ?? [];
      return Math.max(1, ...phrases.map((phrase) => phrase.length));
    }
    default:
      return 1;
  }
}

/** The roots of a word in any language: a pattern runs on drafts of every language. */
export function allRoots(word: string): Set<string> {
  const roots = new Set<string>();
  for (const language of LANGUAGES) for (const root of rootsOf(word, language)) roots.add(root);
  return roots;
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * Fillers: the particles and discourse adverbs of `@filler` ("memang", "kiranya", "pun", "just", "simply") that agents
 * slot inside a phrase without changing what it says. A rule's pattern (`RULE_LIMITS`) lets one of them through
 * between two of its written words, so that "mohon dapat dimaklumi" also finds "mohon kiranya dapat dimaklumi" and
 * "we cannot" finds "we simply cannot" (not "we just simply cannot": one per slot). The slots cost no state: a
 * reference to the state after a slot is marked (`Program.states`), and the matcher lets a filler through there. Where: between the items of the pattern's own sequence (or of each of its
 * top alternatives) that are words, classes, groups or optional ones of these; not before the first item (a seed stays
 * a content word) nor after the last, not next to `_`, a gap, punctuation or a condition, and not inside a group (a
 * list of phrases stays as written, and small). A pattern that writes a filler word still needs it; the class holds
 * no negation and no person (`lexicon.test.ts`). A pack's patterns match as written.
 */
export const FILLER_CLASS = 'filler';

/** Where `withFillers` puts a slot: the builder makes it a slotted reference to what follows (`Builder.build`), no state. */
const FILLER: PatternNode = { type: 'optional', item: { type: 'class', name: FILLER_CLASS, at: 0 }, at: 0 };

/**
 * The words a filler slot lets through. Single words only, since the matcher reads a slot as one word (`fillerWords`
 * refuses a class with phrases or a shape).
 */
let fillerClass: { words: ReadonlySet<string>; clitics: ReadonlySet<string> | null } | undefined;

export function fillerWords(): { words: ReadonlySet<string>; clitics: ReadonlySet<string> | null } {
  if (fillerClass) return fillerClass;
  const wc = wordClass(FILLER_CLASS)!;
  if (wc.phrases.length > 0 || wc.shape) throw new Error(`the class @${FILLER_CLASS} may hold single words only: a filler slot takes one word`);
  return (fillerClass = { words: wc.words, clitics: wc.cliticWords.size > 0 ? wc.cliticWords : null });
}

/** A test of `@filler` that goes on to `next`: what a filler slot is, for the walks that want tests (`testsReached`). */
export function fillerTestTo(next: number): State {
  const { words, clitics } = fillerWords();
  return { kind: StateKind.Test, next, outs: null, words, clitics, roots: null, shape: null, any: AnyToken.None, look: -1, negate: false, behind: false, branches: null };
}

/** Whether a filler may stand right before or after this item of a sequence: words, classes, and groups of them. */
function takesFillers(node: PatternNode): boolean {
  switch (node.type) {
    case 'word':
    case 'inflected':
    case 'class':
      return true;
    case 'alt':
      return node.options.every(takesFillers);
    case 'seq':
      return node.items.every(takesFillers);
    case 'optional':
      return takesFillers(node.item);
    default:
      return false;
  }
}

/**
 * Where `withFillers` puts a slot in a sequence: before each item that follows a written word (not before the first
 * word that must be there, so a filler never starts a match), inside an optional item (so a filler never ends one).
 */
function slotPlaces(items: readonly PatternNode[]): boolean[] {
  let started = false;
  return items.map((item, i) => {
    // Inside an optional item only when what it holds takes a word: else the filler could end the match or meet the
    // next slot with nothing between them.
    const slot = started && takesFillers(items[i - 1]!) && takesFillers(item) && !nullable(item.type === 'optional' ? item.item : item);
    if (!nullable(item)) started = true;
    return slot;
  });
}

/** The pattern with its filler slots: new nodes (the parser shares groups between patterns), none changed. */
function withFillers(node: PatternNode): PatternNode {
  if (node.type === 'alt') return { ...node, options: node.options.map(withFillers) };
  if (node.type !== 'seq') return node;
  const slots = slotPlaces(node.items);
  if (!slots.includes(true)) return node;
  const items = node.items.flatMap((item, i): PatternNode[] => {
    if (!slots[i]) return [item];
    if (item.type === 'optional') return [{ ...item, item: { type: 'seq', items: [FILLER, item.item], at: item.at } }];
    return [FILLER, item];
  });
  return { ...node, items };
}

/** How many filler slots `withFillers` puts in, for the most words a match can take. */
function slotsIn(node: PatternNode): number {
  if (node.type === 'alt') return Math.max(...node.options.map(slotsIn));
  if (node.type !== 'seq') return 0;
  return slotPlaces(node.items).filter(Boolean).length;
}

/**
 * While building, a filler slot before state `id` is the reference `-2 - id` (-1 is "none"), since the number of
 * states is not known yet; `slotsResolved` makes it `states.length + id`.
 */
const slottedWhileBuilding = (id: number): number => -2 - id;

class Builder {
  readonly states: State[] = [];
  usesRoots = false;
  /**
   * One accept state for every entry and look: a run starts from one entry's seeds, so reaching it says which entry
   * matched. Sharing it lets equal endings share their states too.
   */
  readonly accept = this.add({ kind: StateKind.Accept, next: -1 });
  /** The start state of each piece already built, by what the piece is and what follows it. */
  private readonly built = new Map<string, number>();
  private readonly keys = new WeakMap<PatternNode, string>();
  /**
   * Whether pieces are shared (one built before with the same continuation, the first piece of alternatives, their
   * first words): without, each piece is built where it is written, which is what a pack's state limit counts.
   */
  private readonly shares: boolean;

  constructor({ shares = true }: { shares?: boolean } = {}) {
    this.shares = shares;
  }

  add(init: StateInit): number {
    this.states.push({ outs: null, words: null, clitics: null, roots: null, shape: null, any: AnyToken.None, look: -1, negate: false, behind: false, branches: null, ...init });
    return this.states.length - 1;
  }

  /**
   * The start state of `node` followed by `next` (built back to front, so alternatives share what follows). A piece
   * built before with the same continuation is shared: the long list of verbs that ends several patterns of a family
   * is built once.
   */
  build(node: PatternNode, next: number): number {
    // A slot is a reference to what follows it, not a state: the matcher lets one filler through there.
    if (node === FILLER) {
      if (next < 0) throw new Error('a filler slot must be followed by a state');
      return slottedWhileBuilding(next);
    }
    if (!this.shares) return this.buildAnew(node, next);
    const key = `${this.keyOf(node)}>${next}`;
    let start = this.built.get(key);
    if (start === undefined) {
      start = this.buildAnew(node, next);
      this.built.set(key, start);
    }
    return start;
  }

  /**
   * The states, with each slot built as `slottedWhileBuilding` made a reference past the last state (see `Program`).
   * No pattern starts with a slot, so entries and seeds are never slotted.
   */
  slotsResolved(): State[] {
    const count = this.states.length;
    const resolved = (ref: number) => (ref < -1 ? count + (-2 - ref) : ref);
    for (const state of this.states) {
      state.next = resolved(state.next);
      if (state.outs) state.outs = state.outs.map(resolved);
    }
    return this.states;
  }

  /** What the piece is, without where it was written: made from its parts' keys, each worked out once. */
  private keyOf(node: PatternNode): string {
    let key = this.keys.get(node);
    if (key === undefined) {
      key = this.keyAnew(node);
      this.keys.set(node, key);
    }
    return key;
  }

  private keyAnew(node: PatternNode): string {
    switch (node.type) {
      case 'word':
        return node.clitics ? `${node.word}~` : node.word;
      case 'inflected':
        return `+${node.word}`;
      case 'class':
        return `@${node.name}${node.backwards ? '<' : ''}`;
      case 'any':
        return '_';
      case 'gap':
        return `..${node.max}`;
      case 'punct':
        return `\\${node.token}`;
      case 'seq':
        return `(${node.items.map((item) => this.keyOf(item)).join(' ')})`;
      case 'alt':
        return `(${node.options.map((option) => this.keyOf(option)).join('|')})`;
      case 'optional':
        return `(${this.keyOf(node.item)})?`;
      case 'look':
        return `${node.behind ? '<' : ''}${node.negate ? '-' : '&'}(${this.keyOf(node.pattern)})`;
    }
  }

  private buildAnew(node: PatternNode, next: number): number {
    switch (node.type) {
      case 'word':
        return this.add(node.clitics ? { kind: StateKind.Test, next, clitics: new Set([node.word]) } : { kind: StateKind.Test, next, words: new Set([node.word]) });
      case 'punct':
        return this.add({ kind: StateKind.Test, next, words: new Set([node.token]) });
      case 'inflected':
        this.usesRoots = true;
        return this.add({ kind: StateKind.Test, next, roots: allRoots(node.word) });
      case 'any':
        return this.add({ kind: StateKind.Test, next, any: AnyToken.Word });
      case 'gap': {
        // Up to `max` tokens, then `next`: each level either goes on or takes one more token.
        let level = next;
        for (let taken = 0; taken < node.max; taken++) {
          const token = this.add({ kind: StateKind.Test, next: level, any: AnyToken.Gap });
          level = this.add({ kind: StateKind.Split, next: -1, outs: [next, token] });
        }
        return level;
      }
      case 'class':
        return this.buildClass(node.name, next, node.backwards);
      case 'seq': {
        let start = next;
        for (let i = node.items.length - 1; i >= 0; i--) start = this.build(node.items[i]!, start);
        return start;
      }
      case 'optional':
        return this.add({ kind: StateKind.Split, next: -1, outs: [this.build(node.item, next), next] });
      case 'alt': {
        // Single words among the alternatives share one state: a list of fifty verbs is one test, not fifty.
        const words = new Set<string>();
        const clitics = new Set<string>();
        const outs: number[] = [];
        // So do the first words of phrases that go on the same way: (minta maaf | mohon maaf) is one test of "minta"
        // and "mohon", then "maaf".
        const firstWordsByRest = new Map<number, Extract<PatternNode, { type: 'word' }>[]>();
        const options = this.shares ? sharingFirstItems(node.options, (item) => this.keyOf(item)) : node.options;
        for (const option of options) {
          if (option.type === 'word') (option.clitics ? clitics : words).add(option.word);
          else if (this.shares && option.type === 'seq' && option.items.length > 1 && option.items[0]!.type === 'word') {
            const rest = option.items.length === 2 ? option.items[1]! : { type: 'seq' as const, items: option.items.slice(1), at: option.at };
            const after = this.build(rest, next);
            const firstWords = firstWordsByRest.get(after);
            if (firstWords) firstWords.push(option.items[0]);
            else firstWordsByRest.set(after, [option.items[0]]);
          } else outs.push(this.build(option, next));
        }
        // Built as the group of those words, so that a piece built before with the same words and rest is shared.
        for (const [after, firstWords] of firstWordsByRest) {
          outs.push(this.build(firstWords.length === 1 ? firstWords[0]! : { type: 'alt', options: firstWords, at: firstWords[0]!.at }, after));
        }
        if (words.size > 0 || clitics.size > 0) {
          outs.unshift(this.add({ kind: StateKind.Test, next, ...(words.size > 0 && { words }), ...(clitics.size > 0 && { clitics }) }));
        }
        return outs.length === 1 ? outs[0]! : this.add({ kind: StateKind.Split, next: -1, outs });
      }
      case 'look': {
        const look = this.build(node.behind ? reversed(node.pattern) : node.pattern, this.accept);
        return this.add({ kind: StateKind.Look, next, look, negate: node.negate, behind: node.behind });
      }

    }
  }

  private buildClass(name: string, next: number, backwards = false): number {
    const wc = wordClass(name)!;
    const outs: number[] = [];
    if (wc.shape) outs.push(this.add({ kind: StateKind.Test, next, shape: wc.shape }));
    if (wc.words.size > 0 || wc.cliticWords.size > 0) {
      outs.push(this.add({ kind: StateKind.Test, next, ...(wc.words.size > 0 && { words: wc.words }), ...(wc.cliticWords.size > 0 && { clitics: wc.cliticWords }) }));
    }
    // Phrases as a trie, so that "you guys" and "you people" share their "you".
    const trie = new Map<string, (readonly string[])[]>();
    for (const phrase of backwards ? wc.phrases.map((words) => [...words].reverse()) : wc.phrases) {
      const group = trie.get(phrase[0]!);
      if (group) group.push(phrase);
      else trie.set(phrase[0]!, [phrase]);
    }
    for (const [first, phrases] of trie) outs.push(this.add({ kind: StateKind.Test, next: this.buildRests(phrases.map((p) => p.slice(1)), next), words: new Set([first]) }));
    if (outs.length === 0) throw new PatternMeaningError(`@${name}`, 0, `the word class "@${name}" is empty`);
    return outs.length === 1 ? outs[0]! : this.add({ kind: StateKind.Split, next: -1, outs });
  }

  private buildRests(rests: readonly (readonly string[])[], next: number): number {
    const ends = rests.some((rest) => rest.length === 0);
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const rest of rests) {
      if (rest.length === 0) continue;
      const group = byFirst.get(rest[0]!);
      if (group) group.push(rest.slice(1));
      else byFirst.set(rest[0]!, [rest.slice(1)]);
    }
    const outs = [...byFirst].map(([word, after]) => this.add({ kind: StateKind.Test, next: this.buildRests(after, next), words: new Set([word]) }));
    if (ends) outs.push(next);
    return outs.length === 1 ? outs[0]! : this.add({ kind: StateKind.Split, next: -1, outs });
  }
}

/**
 * The options, those that open with the same piece made one: `(tetap saja | tetap sahaja)` as `tetap (saja | sahaja)`,
 * `(@first-person akan cek | @first-person sedang cek)` as `@first-person (akan cek | sedang cek)`, so that the piece is
 * built once, not once per option (the matcher runs the states as a set, so it finds the same matches). `keyOf` says
 * what a piece is (`Builder.keyOf`). Nodes may be shared between patterns (the parser's cache): new ones are made, none
 * is changed.
 */
function sharingFirstItems(options: readonly PatternNode[], keyOf: (node: PatternNode) => string): PatternNode[] {
  const groups = new Map<string, PatternNode[]>();
  const order: (PatternNode | PatternNode[])[] = [];
  for (const option of options) {
    const first = option.type === 'seq' ? option.items[0]! : undefined;
    if (first === undefined || first === FILLER) {
      order.push(option);
      continue;
    }
    const key = keyOf(first);
    const group = groups.get(key);
    if (group) group.push(option);
    else {
      groups.set(key, [option]);
      order.push(groups.get(key)!);
    }
  }
  return order.map((entry) => {
    if (!Array.isArray(entry)) return entry;
    if (entry.length === 1) return entry[0]!;
    const [first] = (entry[0] as Extract<PatternNode, { type: 'seq' }>).items;
    const rests = entry.map((option) => {
      const items = (option as Extract<PatternNode, { type: 'seq' }>).items.slice(1);
      return items.length === 1 ? items[0]! : { type: 'seq' as const, items, at: option.at };
    });
    return { type: 'seq', items: [first!, { type: 'alt', options: rests, at: entry[0]!.at }], at: entry[0]!.at };
  });
}

/** The pattern read from its end, for a look behind: its automaton runs from the token before a match backwards. */
function reversed(node: PatternNode): PatternNode {
  switch (node.type) {
    case 'seq':
      return { ...node, items: node.items.map(reversed).reverse() };
    case 'alt':
      return { ...node, options: node.options.map(reversed) };
    case 'optional':
      return { ...node, item: reversed(node.item) };
    case 'class':
      return { ...node, backwards: true };
    default:
      return node;
  }
}

export { PatternSyntaxError };
