import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { builtinPrograms, compileFresh, loadAllBuiltins } from '../../../src/engine/match/compile.js';
import { serializeProgram, tablesModule, tablesReader } from '../../../src/engine/match/tables.js';
import { findAll, tokenView } from '../../../src/engine/match/matcher.js';
import { toDocument } from '../../../src/engine/text/document.js';

const ROOT = join(import.meta.dirname, '../../..');

describe('the compiled tables of the built-in patterns', () => {
  it('are up to date with the patterns and the lexicons (run `npm run patterns` after changing either)', () => {
    analyze('Maaf Kak.', { customerMessage: 'Saya kecewa.' });
    loadAllBuiltins();
    expect(builtinPrograms.size).toBeGreaterThan(4);
    const programs = new Map([...builtinPrograms].map(([key, { entries, limits }]) => [key, compileFresh(entries, limits)]));
    expect(readFileSync(join(ROOT, 'src/engine/match/tables.generated.ts'), 'utf8')).toBe(tablesModule(programs));
  });

  it('match as the program they were made from', () => {
    const entries = ['@first-person (akan)? (hajar | pukul) -(@number)', 'lapor~ .. @authority', ['belum _? _? juga', '+salah']];
    const fresh = compileFresh(entries);
    const shared = { words: [], sets: [] };
    const serialized = JSON.parse(JSON.stringify(serializeProgram(fresh, shared)));
    const loaded = tablesReader({ ...shared, programs: {} })(serialized);
    // The first-token index is rebuilt from the states as it was made from the patterns.
    expect(loaded.index).toEqual(fresh.index);
    const view = tokenView(toDocument('Saya akan hajar kalian. Saya pukul 3. Saya lapor ke polisi! Belum sampai juga, salahnya.'));
    const found = (program: typeof fresh) => findAll(program, view, view.sentenceStarts, view.sentenceEnds);
    expect(found(loaded)).toEqual(found(fresh));
    expect(found(fresh)).toHaveLength(4);
  });
});
