import { describe, expect, it } from 'vitest';
import { builtinLoaders, builtinPrograms, loadAllBuiltins } from '../../src/engine/match/compile.js';
import { analyze } from '../../src/engine/index.js';

// This file imports nothing else, so the engine's modules are evaluated fresh here (vitest isolates test files).
describe('importing the engine', () => {
  it('loads no built-in program (nor the tables they come from) until a draft is analysed', () => {
    expect(builtinLoaders.length).toBeGreaterThan(50);
    expect(builtinPrograms.size).toBe(0);
    analyze('Maaf Kak, itu salah kurir.', { customerMessage: 'Saya kecewa.' });
    // The families' programs of matches; their conditions load later, when a match asks for one (the next test).
    expect(builtinPrograms.size).toBeGreaterThan(20);
  });

  it("loads a family's condition only when a match asks for it, and all of them when every built-in is loaded", () => {
    analyze('Maaf Kak, itu salah kurir.', { customerMessage: 'Saya kecewa.' });
    const loadedByAnalysis = builtinPrograms.size;
    loadAllBuiltins();
    expect(builtinPrograms.size).toBeGreaterThan(loadedByAnalysis + 100);
  });
});
