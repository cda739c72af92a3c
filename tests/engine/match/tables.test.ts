import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { allStates, stateAt, builtinLoaders, builtinPrograms, builtinTablePlaces, compileFresh, compileProgram, loadAllBuiltins, nextWordTestOf, readTablesAt, RULE_LIMITS, thenOf, type NextWordTest, type Program } from '../../../src/engine/match/compile.js';
import { PATTERN_ID_MARK, patternId, POSTING_SEED_BITS, programKey, serializeTables, TABLES_FORMAT, tablesModule, tablesReader, type TabledFirstTokens } from '../../../src/engine/match/tables.js';
import { TABLE_BODIES, TABLE_FIRST_TOKENS, TABLE_FORMAT, TABLE_KEYS, TABLE_PROGRAMS, TABLE_SETS, TABLE_STATES, TABLE_WORDS, TABLE_WORDS_AFTER } from '../../../src/engine/match/tables.generated.js';
import { leavePatternsOut, sameTables } from '../../../scripts/pattern-sources-out.js';
import { findAll, tokenView } from '../../../src/engine/match/matcher.js';
import { toDocument } from '../../../src/engine/text/document.js';

const ROOT = join(import.meta.dirname, '../../..');

/** Drafts in id, ms and en on which many built-in programs find something. */
const DRAFTS_FOR_PLACES = [
  'Mohon maaf Kak, itu salah kurir, bukan salah kami. Saya tidak tahu kapan paketnya sampai. Apakah sudah jelas?',
  'Maaf puan, pihak gudang yang silap. Kami tak boleh buat apa-apa, itu polisi syarikat. Boleh saya bantu lagi?',
  "Sorry, that's not our department, the courier lost it. I have no idea when it will arrive. As a favor, I'll refund it. Does that make sense?",
].join(' ');

/**
 * The shared first-token index these programs' tables must hold, built without the tables: each program's own index
 * (`indexSeeds`, made from its states), numbered by its key's place in sorted order, as postings, each once and in
 * increasing order; a program that may begin with any word is left out.
 */
function sharedIndexOf(programs: ReadonlyMap<string, Program>) {
  const numbers = new Map<string, number>();
  const maps = { exact: new Map<string, number[]>(), clitic: new Map<string, number[]>(), roots: new Map<string, number[]>(), shapes: new Map<string, number[]>() };
  const post = (map: Map<string, number[]>, key: string, posting: number) => map.set(key, [...(map.get(key) ?? []), posting]);
  [...programs.keys()].sort().forEach((key, number) => {
    const { index } = programs.get(key)!;
    if (index.always.length > 0) return;
    numbers.set(key, number);
    const posting = (seed: number) => (number << POSTING_SEED_BITS) | seed;
    for (const name of ['exact', 'clitic', 'roots'] as const) {
      for (const [word, seeds] of index[name]) for (const seed of seeds) post(maps[name], word, posting(seed));
    }
    for (const { shape, seeds } of index.shapes) for (const seed of seeds) post(maps.shapes, shape.source, posting(seed));
  });
  const ordered = (map: Map<string, number[]>) => new Map([...map].map(([key, postings]) => [key, [...new Set(postings)].sort((x, y) => x - y)]));
  return { numbers, exact: ordered(maps.exact), clitic: ordered(maps.clitic), roots: ordered(maps.roots), shapes: [...ordered(maps.shapes)].sort() };
}

/** The shared index as read, in the form `sharedIndexOf` gives. */
const readIndex = ({ numbers, exact, clitic, roots, shapes }: TabledFirstTokens) => ({
  numbers,
  // As plain maps: the tables' own read a key's postings when first asked for (`TabledPostings`).
  exact: new Map(exact),
  clitic: new Map(clitic),
  roots: new Map(roots),
  shapes: shapes.map(({ shape, postings }): [string, number[]] => [shape.source, postings]).sort(),
});

/**
 * What each test of the words after a seed's first lets through (`nextWordTestOf`, then each `then`): any word or
 * token, and the words, clitic words, roots and shapes, each as one sorted list (a branch's words among the words).
 */
function wordsAfterSeed(program: Program, seed: number) {
  const through: unknown[] = [];
  const sorted = (lists: readonly ReadonlySet<string>[]) => [...new Set(lists.flatMap((list) => [...list]))].sort();
  for (let test: NextWordTest | null = nextWordTestOf(program, seed); test !== null; test = thenOf(program.states, test)) {
    through.push({
      anyWord: test.anyWord,
      anyToken: test.anyToken,
      words: sorted([...test.words, ...test.branches.map((branch) => new Set(branch.keys()))]),
      clitics: sorted(test.clitics),
      roots: sorted(test.roots),
      shapes: [...new Set(test.shapes.map((shape) => shape.source))].sort(),
    });
  }
  return through;
}

describe('the compiled tables of the built-in patterns', () => {
  it('are up to date with the patterns and the lexicons (run `npm run patterns` after changing either)', () => {
    analyze('Maaf Kak.', { customerMessage: 'Saya kecewa.' });
    loadAllBuiltins();
    expect(builtinPrograms.size).toBeGreaterThan(4);
    const programs = new Map([...builtinPrograms].map(([key, { entries, limits }]) => [key, compileFresh(entries, limits)]));
    expect(readFileSync(join(ROOT, 'src/engine/match/tables.generated.ts'), 'utf8')).toBe(tablesModule(programs));
  });

  it("write each seed's tests of the words after its first, which let through what the states do", () => {
    loadAllBuiltins();
    let tests = 0;
    for (const [key, { entries, limits }] of builtinPrograms) {
      const loaded = compileProgram(entries, limits);
      const fresh = compileFresh(entries, limits);
      expect(loaded.wordsAfterSeed, key).toBeDefined();
      expect(fresh.wordsAfterSeed).toBeUndefined();
      for (let seed = 0; seed < fresh.seeds.length; seed++) {
        const written = wordsAfterSeed(loaded, seed);
        expect(written, `${key}, seed ${seed}`).toEqual(wordsAfterSeed(fresh, seed));
        tests += written.length;
      }
    }
    expect(tests).toBeGreaterThan(1000);
  });

  it('match as the program they were made from', () => {
    const entries = ['@first-person (akan)? (hajar | pukul) -(@number)', 'lapor~ .. @authority', ['belum _? _? juga', '+salah']];
    const fresh = compileFresh(entries);
    const tables = serializeTables(new Map([['only', fresh]]));
    const reader = tablesReader(tables);
    const loaded = reader.read('only')!;
    // The seeds are what the entries imply, so the tables leave them out.
    expect(JSON.parse(tables.programs[0]!).seeds).toBeUndefined();
    expect(loaded.seeds).toEqual(fresh.seeds);
    // The first-token index is rebuilt from the states as it was made from the patterns.
    expect(loaded.index).toEqual(fresh.index);
    // The index all the tables' programs share, read as the tables wrote it, holds the same, as postings of program 0.
    const postings = (index: Map<string, number[]>) => new Map([...index].map(([key, seeds]) => [key, seeds.map((seed) => (0 << POSTING_SEED_BITS) | seed)]));
    const { numbers, exact, clitic, roots, shapes } = reader.firstTokens;
    expect(numbers).toEqual(new Map([['only', 0]]));
    expect(loaded.tableNumber).toBe(0);
    expect({ exact: new Map(exact), clitic: new Map(clitic), roots: new Map(roots) }).toEqual({ exact: postings(fresh.index.exact), clitic: postings(fresh.index.clitic), roots: postings(fresh.index.roots) });
    expect(shapes.map(({ shape, postings }) => [shape.source, postings])).toEqual(fresh.index.shapes.map(({ shape, seeds }) => [shape.source, seeds]));
    const view = tokenView(toDocument('Saya akan hajar kalian. Saya pukul 3. Saya lapor ke polisi! Belum sampai juga, salahnya.'));
    const found = (program: typeof fresh) => findAll(program, view, view.sentenceStarts, view.sentenceEnds);
    expect(found(loaded)).toEqual(found(fresh));
    expect(found(fresh)).toHaveLength(4);
  });
  it('keep a rule\'s filler slots as references, not states, and match as the program they were made from', () => {
    const fresh = compileFresh(['mohon (dapat | bisa)? dimaklumi', 'bukan salah (kami | saya)'], RULE_LIMITS);
    const loaded = tablesReader(serializeTables(new Map([['only', fresh]]))).read('only')!;
    expect(allStates(loaded)).toEqual(fresh.states);
    expect(allStates(fresh).some((state) => state.next >= fresh.states.length || state.outs?.some((out) => out >= fresh.states.length))).toBe(true);
    const view = tokenView(toDocument('Mohon kiranya dapat dimaklumi. Mohon dapat ya dimaklumi. Bukan salah pun kami. Bukan salah pun sih kami.'));
    const found = (program: typeof fresh) => findAll(program, view, view.sentenceStarts, view.sentenceEnds).map(({ start, end }) => [start, end]);
    expect(found(loaded)).toEqual(found(fresh));
    expect(found(fresh)).toHaveLength(3);
  });
  it('keep a list of phrases as a branch, a seed\'s and a filler slot\'s too, and match as the program they were made from', () => {
    const entries = ['(bukan salah kami | tidak sengaja | maaf)', 'kami (+salah | tidak tahu | bukan urusan) -(di luar kendali | sengaja)'];
    const fresh = compileFresh(entries, RULE_LIMITS);
    const tables = serializeTables(new Map([['only', fresh]]));
    const loaded = tablesReader(tables).read('only')!;
    expect(allStates(fresh).filter((state) => state.branches !== null).length).toBeGreaterThan(1);
    expect(allStates(loaded)).toEqual(fresh.states);
    expect(loaded.seeds).toEqual(fresh.seeds);
    expect(loaded.index).toEqual(fresh.index);
    const view = tokenView(toDocument('Bukan memang salah kami. Maaf. Kami kesalahan. Kami tidak tahu sengaja. Kami bukan urusan di luar. Tidak sengaja.'));
    const found = (program: typeof fresh) => findAll(program, view, view.sentenceStarts, view.sentenceEnds).map(({ start, end }) => [start, end]);
    expect(found(loaded)).toEqual(found(fresh));
    expect(found(fresh)).toHaveLength(5);
  });
});

describe('the tables\' pieces (TablesSource)', () => {
  const programs = new Map([
    ['first', compileFresh(['lapor~ .. @authority', '@number (hari | minggu)'])],
    ['any', compileFresh(['_ (salah | silap) kurir', 'belum sampai'])],
    ['roots', compileFresh(['+salah kami', 'kirim ulang'])],
  ]);
  const tables = serializeTables(programs);

  it('are refused, with what to do, when written in another format than the engine reads', () => {
    expect(tables.format).toBe(TABLES_FORMAT);
    expect(() => tablesReader({ ...tables, format: TABLES_FORMAT - 1 })).toThrow(/npm run patterns/);
    // Tables from before the format was written, whose shared index was JSON.
    expect(() => tablesReader({ ...tables, format: undefined as unknown as number, firstTokens: '[]' })).toThrow(/npm run patterns/);
    // Tables of no program, as `npm run patterns` writes them to run the engine without any, read in any format.
    expect(tablesReader({ format: 0, words: '', sets: '', bodies: '', keys: '', firstTokens: '', programs: [], states: [], wordsAfter: [] }).read('any')).toBeUndefined();
  });

  it('parse a program\'s states only when it is read', () => {
    const broken = { ...tables, programs: tables.programs.map((program, i) => (i === 2 ? program : 'not JSON')) };
    const reader = tablesReader(broken);
    expect(reader.read('roots')!.states.length).toBeGreaterThan(0);
    expect(() => reader.read('first')).toThrow(SyntaxError);
    expect(reader.read('missing')).toBeUndefined();
  });

  it('decode a state when it is first reached, once, and read a program once', () => {
    const fresh = compileFresh(['+salah kami', 'kirim ulang', 'belum sampai (hari | minggu) ini']);
    const reader = tablesReader(serializeTables(new Map([['only', fresh]])));
    const loaded = reader.read('only')!;
    expect(reader.read('only')).toBe(loaded);
    const decoded = () => Array.from({ length: loaded.states.length }, (_, id) => loaded.states[id]).filter((state) => state !== undefined).length;
    // Three entries of one pattern each: the seeds are their starts, and reading it decodes no state.
    expect(decoded()).toBe(0);
    const view = tokenView(toDocument('Kirim ulang ya.'));
    expect(findAll(loaded, view, view.sentenceStarts, view.sentenceEnds)).toHaveLength(1);
    const afterOneMatch = decoded();
    expect(afterOneMatch).toBeGreaterThan(1);
    expect(afterOneMatch).toBeLessThan(fresh.states.length);
    const state = stateAt(loaded.states, 0);
    expect(stateAt(loaded.states, 0)).toBe(state);
    expect(allStates(loaded)).toEqual(fresh.states);
    expect(decoded()).toBe(fresh.states.length);
  });

  it('write the words separated by spaces and each list as its word numbers\' differences, and read them back', () => {
    expect(tables.words.split(' ')).toContain('kirim');
    expect(tables.sets).toMatch(/^\d+(,\d+)*(;\d+(,\d+)*)*$/);
    const fresh = compileFresh(['(hari | minggu | bulan | jam) lagi', 'kirim ulang']);
    const loaded = tablesReader(serializeTables(new Map([['only', fresh]]))).read('only')!;
    expect(allStates(loaded)).toEqual(fresh.states);
    const spaced = compileFresh(['maaf']);
    allStates(spaced).find((state) => state.words !== null)!.words = new Set(['a b']);
    expect(() => serializeTables(new Map([['only', spaced]]))).toThrow(/separated by spaces/);
  });

  it('give the shared index the first words written for it, and leave out a program that may begin with any word', () => {
    const reader = tablesReader(tables);
    expect(readIndex(reader.firstTokens)).toEqual(sharedIndexOf(programs));
    const { numbers, exact, clitic, roots, shapes } = reader.firstTokens;
    // Sorted by key: any, first, roots.
    expect(numbers).toEqual(new Map([['first', 1], ['roots', 2]]));
    expect(reader.read('any')!.tableNumber).toBeUndefined();
    expect(reader.read('any')!.index.always).toEqual([0]);
    expect(exact.get('kirim')).toEqual([(2 << POSTING_SEED_BITS) | 1]);
    // A word of the left-out program, and a word after a first word, post nothing.
    expect(exact.has('belum')).toBe(false);
    expect(exact.has('hari')).toBe(false);
    expect(clitic.get('lapor')).toEqual([(1 << POSTING_SEED_BITS) | 0]);
    expect(roots.get('salah')).toEqual([(2 << POSTING_SEED_BITS) | 0]);
    expect(shapes.map(({ postings }) => postings)).toEqual([[(1 << POSTING_SEED_BITS) | 1]]);
  });
});

describe('the shared index read a piece at a time (TablesReader.readFirstTokens)', () => {
  const programs = new Map([
    ['a', compileFresh(['lapor .. @authority', '@number (hari | minggu)'])],
    ['b', compileFresh(['_ (salah | silap) kurir', 'belum sampai'])],
    ['c', compileFresh(['+salah kami', 'kirim ulang', 'lapor polisi'])],
  ]);
  const tables = serializeTables(programs);
  // Built from the programs' own indexes, not by the reader.
  const expected = sharedIndexOf(programs);

  it('reads some keys, then adds one, then reads all: each key once, with its postings, and the size right at each step', () => {
    const whole = readIndex(tablesReader(tables).firstTokens).exact;
    const { exact } = tablesReader(tables).firstTokens;
    expect(exact.size).toBe(whole.size);
    const [first, firstPostings] = [...whole][0]!;
    const [second, secondPostings] = [...whole][1]!;
    expect(exact.get(first)).toEqual(firstPostings);
    expect(exact.has(second)).toBe(true);
    expect(exact.size).toBe(whole.size);
    exact.set('a-word-of-a-pack', [7]);
    expect(exact.size).toBe(whole.size + 1);
    exact.set(first, [9]);
    expect(exact.size).toBe(whole.size + 1);
    expect(new Map(exact)).toEqual(new Map([...whole, [first, [9]], ['a-word-of-a-pack', [7]]]));
    expect(exact.get(second)).toEqual(secondPostings);
    expect(exact.delete(second)).toBe(true);
    expect(exact.size).toBe(whole.size);
  });

  it('reads one piece per call when asked to stop after each, and ends with the programs\' own indexes, together', () => {
    const reader = tablesReader(tables);
    let calls = 1;
    while (!reader.readFirstTokens(() => true)) calls++;
    // The words, the programs it numbers, its words, its words before clitics, its roots and shapes: a piece each.
    expect(calls).toBe(5);
    expect(readIndex(reader.firstTokens)).toEqual(expected);
    // Read, it stays read.
    expect(reader.readFirstTokens(() => true)).toBe(true);
  });

  it('posts a word two programs begin with to both, in increasing order', () => {
    const reader = tablesReader(tables);
    reader.readFirstTokens(() => true);
    reader.readFirstTokens(() => true);
    reader.readFirstTokens(() => true);
    reader.readFirstTokens(() => true);
    const { exact } = reader.firstTokens;
    expect(exact.get('lapor')).toEqual([(0 << POSTING_SEED_BITS) | 0, (2 << POSTING_SEED_BITS) | 2]);
    for (const postings of exact.values()) expect(postings).toEqual([...new Set(postings)].sort((x, y) => x - y));
  });

  it('reads all of it in one call when never asked to stop', () => {
    const reader = tablesReader(tables);
    expect(reader.readFirstTokens(() => false)).toBe(true);
    expect(readIndex(reader.firstTokens)).toEqual(expected);
  });

  it('reads the rest at once when a program is read before it is all read, and numbers it as it would have', () => {
    const reader = tablesReader(tables);
    reader.readFirstTokens(() => true);
    reader.readFirstTokens(() => true);
    expect(reader.read('c')!.tableNumber).toBe(2);
    expect(reader.readFirstTokens(() => true)).toBe(true);
    expect(readIndex(reader.firstTokens)).toEqual(expected);
    expect(reader.read('b')!.tableNumber).toBeUndefined();
  });
});

describe('a bundle that leaves the built-in patterns\' text out (scripts/pattern-sources-out.ts)', () => {
  it('builds only from a lib/ whose tables are the generated ones, however tsc indents them', () => {
    const typescript = "// comment\nexport const TABLE_WORDS = '[\"maaf\"]';\nexport const TABLE_PROGRAMS: readonly string[] = [\n  '{\"states\":[[3]]}',\n];\n";
    const javascript = "// comment\nexport const TABLE_WORDS = '[\"maaf\"]';\nexport const TABLE_PROGRAMS = [\n    '{\"states\":[[3]]}',\n];\n";
    expect(sameTables(javascript, typescript)).toBe(true);
    expect(sameTables(javascript.replace('[[3]]', '[[3],[3]]'), typescript)).toBe(false);
    expect(sameTables(javascript.replace('maaf', 'sorry'), typescript)).toBe(false);
    expect(sameTables('// no tables', typescript)).toBe(false);
  });

  const asIds = (entries: readonly (string | readonly string[])[]) =>
    entries.map((entry) => (typeof entry === 'string' ? PATTERN_ID_MARK + patternId(entry) : entry.map((source) => PATTERN_ID_MARK + patternId(source))));

  it('finds every built-in program\'s table by its patterns\' ids, as the program its patterns compile to', () => {
    analyze('Maaf Kak.', { customerMessage: 'Saya kecewa.' });
    loadAllBuiltins();
    for (const [key, { entries, limits }] of builtinPrograms) {
      expect(programKey(asIds(entries), limits)).toBe(key);
    }
    const [, { entries, limits }] = [...builtinPrograms][0]!;
    expect(allStates(compileProgram(asIds(entries), limits))).toEqual(compileFresh(entries, limits).states);
  });

  it("gives each declared built-in program the place of its own table, and reads the same program by place as by key", () => {
    const places = builtinTablePlaces();
    expect(places).toHaveLength(builtinLoaders.length);
    const tables = tablesReader({ format: TABLE_FORMAT, words: TABLE_WORDS, sets: TABLE_SETS, bodies: TABLE_BODIES, keys: TABLE_KEYS, firstTokens: TABLE_FIRST_TOKENS, programs: TABLE_PROGRAMS, states: TABLE_STATES, wordsAfter: TABLE_WORDS_AFTER });
    const keys = TABLE_KEYS.split(' ');
    // Every declaration has a table, at the place of the key its patterns hash to.
    expect(places.filter((place) => place < 0)).toEqual([]);
    expect(new Set(places.map((place) => keys[place]))).toEqual(new Set(builtinPrograms.keys()));
    expect(tables.placeOf('no such key')).toBe(-1);
  });

  it('reads each declared program by the place written for it as the program its patterns compile to, and refuses one whose entries differ', () => {
    const places = builtinTablePlaces();
    const keys = TABLE_KEYS.split(' ');
    const view = tokenView(toDocument(DRAFTS_FOR_PLACES));
    readTablesAt(places.join(','));
    try {
      let matches = 0;
      places.forEach((place, declared) => {
        const { entries, limits } = builtinPrograms.get(keys[place]!)!;
        // Declared by its ids in the test above: no patterns to compile it from.
        if (entries.flat().some((source) => source.startsWith(PATTERN_ID_MARK))) return;
        const byPlace = compileProgram(entries, limits, declared);
        const fresh = compileFresh(entries, limits);
        expect(allStates(byPlace), `declared ${declared}`).toEqual(fresh.states);
        const found = findAll(fresh, view, view.sentenceStarts, view.sentenceEnds);
        matches += found.length;
        expect(findAll(byPlace, view, view.sentenceStarts, view.sentenceEnds), `declared ${declared}`).toEqual(found);
      });
      expect(matches).toBeGreaterThan(20);
      const many = places.findIndex((place) => builtinPrograms.get(keys[place]!)!.entries.length > 1);
      const { entries, limits } = builtinPrograms.get(keys[places[many]!]!)!;
      expect(() => compileProgram(entries.slice(1), limits, many)).toThrow(/build it again/);
    } finally {
      readTablesAt('%RAMAH_TABLE_PLACES%');
    }
  }, 120_000);

  it('refuses, with what to do, a program of ids that no table has', () => {
    expect(() => compileProgram(asIds(['kata yang tidak ada di pola mana pun (sama sekali)']))).toThrow(/npm run patterns/);
  });

  it('puts only the built-in patterns in the pattern notation as their ids', () => {
    const sources = new Set(['(salah | silap) kurir', 'terima kasih', 'lapor~ .. @authority']);
    const code = `const a = ['(salah | silap) kurir', "terima kasih", \`lapor~ .. @authority\`]; const b = '(salah | silap)';`;
    const out = leavePatternsOut(code, 'test.js', { sources, patternId, mark: PATTERN_ID_MARK });
    expect(out).toBe(
      `const a = [${JSON.stringify(PATTERN_ID_MARK + patternId('(salah | silap) kurir'))}, "terima kasih", ${JSON.stringify(PATTERN_ID_MARK + patternId('lapor~ .. @authority'))}]; const b = '(salah | silap)';`,
    );
  });
});
