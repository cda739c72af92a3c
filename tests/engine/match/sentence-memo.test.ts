/**
 * What a program finds in a sentence is kept by the sentence's words, from document to document (`sentenceMemo` in
 * `matcher.ts`): an analysis with it finds what one without it finds, the first time and again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { BUILTIN_LIMITS, compileProgram } from '../../../src/engine/match/compile.js';
import { endsAt, endsWithin, findAll, matcherWork, occursBetween, sentenceMemo, tokenView } from '../../../src/engine/match/matcher.js';
import { toDocument } from '../../../src/engine/text/document.js';

const drafts = ['tests/eval/red-id.jsonl', 'tests/eval/red-en.jsonl', 'tests/corpus/train/a-1.jsonl', 'tests/corpus/train/c-2.jsonl']
  .flatMap((file) => readFileSync(join(__dirname, '../../..', file), 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as { draft: string; customer?: string });

afterEach(() => {
  sentenceMemo.enabled = true;
});

describe('findings kept by sentence', () => {
  it('change no analysis, kept the first time or read back the next', () => {
    const all = () => drafts.map((d) => analyze(d.draft, { customerMessage: d.customer }));
    sentenceMemo.enabled = false;
    const without = all();
    sentenceMemo.enabled = true;
    expect(all()).toEqual(without);
    expect(all()).toEqual(without);
    expect(drafts.length).toBeGreaterThan(150);
    // Three analyses of some 300 drafts from source: about 11 s alone, past the suite's 30 s on a loaded machine.
  }, 120_000);

  it('are read back for a sentence met again, without running the program', () => {
    const program = compileProgram(['kurir (lambat | telat)', 'salah kami'], BUILTIN_LIMITS);
    const text = 'Maaf Kak. Kurirnya lambat, kurir telat kirim. Bukan salah kami ya.';
    const scan = () => {
      const view = tokenView(toDocument(text));
      matcherWork.steps = 0;
      return findAll(program, view, view.sentenceStarts, view.sentenceEnds);
    };
    const first = scan();
    const firstSteps = matcherWork.steps;
    expect(first.map((m) => m.entry)).toEqual([0, 1]);
    expect(scan()).toEqual(first);
    expect(matcherWork.steps).toBeLessThan(firstSteps);
  });

  it('leave a sentence met before out of the shared pass, and a program asked there first reads it with its own index', () => {
    const text = 'Maaf Kak, kurirnya telat. Kami kirim ulang besok ya. Bukan salah kami, kurir telat kirim.';
    const ask = (program: ReturnType<typeof compileProgram>) => {
      const view = tokenView(toDocument(text));
      const last = view.sentenceStarts.length - 1;
      const [first, end] = [view.sentenceStarts[last]!, view.sentenceEnds[last]!];
      return {
        matches: findAll(program, view, view.sentenceStarts, view.sentenceEnds),
        occurs: Array.from(view.sentenceStarts, (start, s) => occursBetween(program, view, start, view.sentenceEnds[s]!)),
        ends: Array.from({ length: end - first }, (_, k) => [endsWithin(program, view, first, first + k, end), endsAt(program, view, first, first + k + 1)]),
      };
    };
    sentenceMemo.enabled = false;
    const patterns = ['kurir~ telat', '(bukan | tidak) salah kami', 'kami kirim ulang', 'salah kami', 'kurir telat'];
    const without = patterns.map((pattern) => ask(compileProgram([pattern], BUILTIN_LIMITS)));
    sentenceMemo.enabled = true;
    // The first program meets the sentences; each one after it is asked there for the first time, on sentences met before.
    expect(patterns.map((pattern) => ask(compileProgram([pattern], BUILTIN_LIMITS)))).toEqual(without);
    expect(without.flatMap((asked) => asked.matches).length).toBeGreaterThan(4);
  });

  it('are not kept where a look behind read before the word before the sentence', () => {
    // "q" counts only right after "kami a.": the sentence "q z." is the same in both drafts, and so is the word before it.
    const program = compileProgram(['<&(kami a \\.) q'], BUILTIN_LIMITS);
    const found = (text: string) => {
      const view = tokenView(toDocument(text));
      return [findAll(program, view, view.sentenceStarts, view.sentenceEnds).length, occursBetween(program, view, view.sentenceStarts[1]!, view.sentenceEnds[1]!)];
    };
    for (let round = 0; round < 2; round++) {
      expect(found('Kami a. Q z.')).toEqual([1, true]);
      expect(found('Saya a. Q z.')).toEqual([0, false]);
    }
  });

  it('tell a sentence by the word before it, which a look behind from its first word reads', () => {
    // At a clause's start only: a sentence cut after 120 words ("ya ya … ya | q z") has a word before "q", a draft's first none.
    const program = compileProgram(['<-(_) q'], BUILTIN_LIMITS);
    const inLast = (text: string) => {
      const view = tokenView(toDocument(text));
      const last = view.sentenceStarts.length - 1;
      return [view.words[view.sentenceStarts[last]!], findAll(program, view, view.sentenceStarts, view.sentenceEnds).filter((m) => m.range === last).length];
    };
    for (let round = 0; round < 2; round++) {
      expect(inLast('q z')).toEqual(['q', 1]);
      expect(inLast(`${'ya '.repeat(120)}q z`)).toEqual(['q', 0]);
      expect(inLast('ya. q z')).toEqual(['q', 1]);
    }
  });
});
