import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.js';
import { builtinPrograms, compileFresh, compileProgram, loadAllBuiltins, type Program } from '../../../src/engine/match/compile.js';
import { endsWithin, findAll, occursBetween, tokenView, type TokenView } from '../../../src/engine/match/matcher.js';
import { toDocument } from '../../../src/engine/text/document.js';

// A file of its own: the shared index's state (which programs have joined it) must be this test's alone.
const texts = [
  'Maaf kak, kendalanya ada di pihak kurir ya. Bukan salah kami, paketnya sudah kami kirim kemarin. Mohon ditunggu 2-3 hari lagi, kalau belum sampai kabari kami ya kak. Terima kasih!',
  'Mohon maaf tuan, bukan salah kami, pihak kurier yang lambat. Sila tunggu dahulu, saya akan semak status bungkusan encik dan maklumkan semula. Saya tak pasti bila sampai.',
  "I'm sorry, that's not our fault, the courier is late. Unfortunately we cannot refund it, it's our policy. I don't know when it will arrive, please just wait. Thank you!",
];

const scan = (program: Program, view: TokenView) => findAll(program, view, view.sentenceStarts, view.sentenceEnds);

describe("the tables' programs that join the shared index after a document's words were read", () => {
  it('find in that document what they find with their own index, and what they find once joined', () => {
    loadAllBuiltins(); // every built-in program known; none has scanned a document yet
    const programs = [...builtinPrograms.values()].map(({ entries, limits }) => ({ entries, limits, tabled: compileProgram(entries, limits), alone: compileFresh(entries, limits) }));
    expect(programs.filter(({ tabled }) => tabled.tableNumber !== undefined).length).toBeGreaterThan(100);
    // The documents' one pass over their words happens with only the first program joined: the others' postings
    // are kept apart, and each reads its seeds from them when it first scans the document.
    const readEarly = texts.map((text) => tokenView(toDocument(text)));
    for (const view of readEarly) scan(programs[0]!.tabled, view);
    let matching = 0;
    for (const { tabled, alone } of programs) {
      for (const view of readEarly) {
        // A condition's questions first: they read the seeds as a scan does.
        for (let s = 0; s < view.sentenceStarts.length; s++) {
          const [first, last] = [view.sentenceStarts[s]!, view.sentenceEnds[s]!];
          expect(occursBetween(tabled, view, first + 1, last)).toBe(occursBetween(alone, view, first + 1, last));
          expect(endsWithin(tabled, view, first, first + 3, last)).toBe(endsWithin(alone, view, first, first + 3, last));
        }
        const expected = scan(alone, view);
        if (expected.length > 0) matching++;
        expect(scan(tabled, view)).toEqual(expected);
        expect(scan(tabled, view)).toEqual(expected); // its seeds read once, then kept
      }
    }
    expect(matching).toBeGreaterThan(20);
    // A program read again (another family with the same patterns) keeps its number, and its seeds in the documents
    // read while its first reading had joined.
    const readAfterJoining = texts.map((text) => tokenView(toDocument(text)));
    for (const view of readAfterJoining) scan(programs[0]!.tabled, view);
    for (const { entries, limits, alone } of programs) {
      const again = compileProgram(entries, limits);
      for (const view of readAfterJoining) expect(scan(again, view)).toEqual(scan(alone, view));
    }
    // Documents read once all have joined: through the pass.
    for (const { tabled, alone } of programs) {
      for (const text of texts) {
        const view = tokenView(toDocument(text));
        expect(scan(tabled, view)).toEqual(scan(alone, view));
      }
    }
  }, 300_000);
});
