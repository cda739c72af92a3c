import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.js';
import { builtinPrograms, compileFresh, compileProgram, loadAllBuiltins } from '../../../src/engine/match/compile.js';
import { findAll, sharedPassKept, tokenView } from '../../../src/engine/match/matcher.js';
import { tokenTester } from '../../../src/engine/match/families.js';
import { toDocument } from '../../../src/engine/text/document.js';

// A file of its own: the shared pass's caches (keys by word numbers, each word's groups) must be this test's alone.
// Sentences whose words start shared programs' seeds, with a word never met before in each, so that every key is new.
const sentence = (n: number) =>
  n % 3 === 0 ? `Maaf kak, bukan salah kami kata${n} paketnya sudah kami kirim. ` : n % 3 === 1 ? `Mohon maaf tuan, pihak kurier kata${n} yang lambat, saya tak pasti. ` : `Sorry, that's not our fault kata${n}, the courier is late and we cannot refund it. `;
const documentOf = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join('');

describe("the shared pass's caches past their limits", () => {
  it('find what each program finds with its own index, and stay bounded', () => {
    loadAllBuiltins();
    const programs = [...builtinPrograms.values()]
      .map(({ entries, limits }) => ({ tabled: compileProgram(entries, limits), alone: () => compileFresh(entries, limits) }))
      .filter(({ tabled }) => tabled.tableNumber !== undefined)
      .slice(0, 20)
      .map(({ tabled, alone }) => ({ tabled, alone: alone() }));
    let matches = 0;
    let mostKeys = 0;
    let wordsBefore = 0;
    let numberedAnew = 0;
    // 6,000 sentences a document: past the 20,000 keys kept by the second, past the 20,000 words numbered by the fourth.
    for (let round = 0; round < 4; round++) {
      const text = documentOf(round * 6_000, 6_000);
      for (let pass = 0; pass < 2; pass++) {
        // A fresh document each pass: the second reads the keys the first kept.
        const view = tokenView(toDocument(text));
        for (const { tabled, alone } of programs) {
          const expected = findAll(alone, view, view.sentenceStarts, view.sentenceEnds);
          matches += expected.length;
          expect(findAll(tabled, view, view.sentenceStarts, view.sentenceEnds)).toEqual(expected);
        }
        const kept = sharedPassKept();
        mostKeys = Math.max(mostKeys, kept.keys);
        if (kept.words < wordsBefore) numberedAnew++;
        wordsBefore = kept.words;
        expect(kept.keys).toBeLessThanOrEqual(20_000);
        expect(kept.words).toBeLessThanOrEqual(20_000 + view.words.length);
      }
    }
    expect(matches).toBeGreaterThan(1_000);
    // The limits were reached: a pass went on without keeping new keys, and the words were numbered anew.
    expect(mostKeys).toBe(20_000);
    expect(numberedAnew).toBe(1);
  }, 120_000);
});

describe('a word the shared pass found no postings for', () => {
  it('is looked up again once a program compiled from its patterns joins', () => {
    // The analysis reads "zorblax" and finds that no shared program starts there; the tester's program, compiled
    // after, starts there. The words are never met elsewhere in this file, so the first read is this test's.
    analyze('zorblax quux arrives today.');
    const tester = tokenTester('zorblax quux');
    expect(tester(toDocument('zorblax quux is here.'))).toBe(true);
    expect(tester(toDocument('zorblax quux, again.'))).toBe(true);
    expect(tester(toDocument('zorblax is here, quux later.'))).toBe(false);
  });
});
