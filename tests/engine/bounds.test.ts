/**
 * Whatever a draft, a customer's message or a pack holds, analysis stays linear in the text's length, and a pack
 * over the pattern limits is refused with its place named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { checkPackExamples } from '../../src/engine/packs/examples.js';
import { parsePack, PATTERN_LIMITS, type Pack } from '../../src/engine/packs/schema.js';
import { matcherWork, sentenceMemo } from '../../src/engine/match/matcher.js';
import { toDocument } from '../../src/engine/text/document.js';
import { findingWork } from '../../src/engine/rules/rule.js';
import { learnedWork } from '../../src/engine/learned/features.js';
// @ts-expect-error: a plain script module, without types (the benchmark's drafts)
import { draftOf } from '../../scripts/bench/drafts.mjs';

// The matcher's own work is counted and timed here: what it found in a sentence is not read back from an earlier one
// (the texts below repeat their sentences, which the memo would answer in a step each).
beforeAll(() => {
  sentenceMemo.enabled = false;
});
afterAll(() => {
  sentenceMemo.enabled = true;
});

const BASE = { id: 'edge', name: 'Edge cases', version: '1.0.0', languages: ['id'] };

function refusal(pattern: string): { path: string; message: string } | undefined {
  const result = parsePack({ ...BASE, rules: [{ id: 'r', pattern: ['fine words', pattern], message: 'No.' }] });
  return result.ok ? undefined : result.errors[0];
}

/**
 * Analyses a large text of a hostile shape. A hang guard, not a benchmark (`npm run bench` prints the growth): before
 * the bounds, shapes like these took minutes at this size or did not end.
 */
const HOSTILE_SIZE = 300_000;
const HANG_GUARD_MS = 10_000;

function hangGuard(make: (size: number) => string, analyzeText: (text: string) => void): number {
  const text = make(HOSTILE_SIZE);
  const started = performance.now();
  analyzeText(text);
  return performance.now() - started;
}

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * The work of one analysis per character of the text: the matcher's steps (every rule, step, signal and condition
 * matches through it), the rules' own steps on their findings, the learned layer's reads and the tokens the text is
 * read into. Counted, not timed, so that it cannot flake on a busy machine; a rescan of a sentence or a region per
 * match would show as more work per character on the larger text.
 */
function workPerCharacter(text: string, as: 'draft' | 'customer'): number {
  matcherWork.steps = 0;
  findingWork.steps = 0;
  learnedWork.steps = 0;
  if (as === 'draft') analyze(text);
  else analyze('Maaf Kak, kami cek dulu ya.', { customerMessage: text });
  return (matcherWork.steps + findingWork.steps + learnedWork.steps + toDocument(text).tokenTexts.length) / text.length;
}

describe('pack patterns over the limits are refused, naming the place', () => {
  it.each([
    ['ten one-word slots', '(_) (_) (_) (_) (_) (_) (_) (_) (_) (_)', /"_" slots/],
    ['twelve clitic marks', 'a~~~~~~~~~~~~', /"~"/],
    ['clitics after a slot', 'salah _~', /"~"/],
    ['three gaps', 'a .. b .. c .. d', /".." gaps/],
    ['five optional pieces', 'a? b? c? d? e?', /optional/],
    ['optional twice', '(a)??', /optional|twice/],
    ['groups four deep', '((((a))))', /nests groups/],
    ['too many alternatives', Array.from({ length: 30 }, (_, i) => `w${i}`).join('|'), /"\|"/],
  ])('%s', (_, pattern, message) => {
    const error = refusal(pattern);
    expect(error?.path).toBe('rules[0].pattern[1]');
    expect(error?.message).toMatch(message);
  });

  it('while patterns within the limits are accepted', () => {
    for (const pattern of ['salah~ (dari|di) _ _', 'pasti (sampai|tiba) .. (besok|hari ini)?', '_ _ _ _ .. a? .. b? c? d?']) {
      expect(refusal(pattern)).toBeUndefined();
    }
    expect(PATTERN_LIMITS.words).toBeGreaterThanOrEqual(2);
  });
});

describe('the worst pack the limits allow stays linear', () => {
  const worst = parsePack({
    ...BASE,
    rules: [
      { id: 'slots', pattern: '(a )?(a )?_ .. _ .. _ (a )?(a )?_ z', message: 'No.' },
      { id: 'clitics', pattern: ['nya~ nya~ x', '(a|aa|aaa|nya|a nya)? (_ )?nya~ .. q'], message: 'No.' },
    ],
  });
  if (!worst.ok) throw new Error(JSON.stringify(worst.errors));
  const packs: Pack[] = [worst.pack];

  // Where the pack's patterns do work on every word, the matcher's steps per character on 10 KB and on 100 KB prove
  // it linear on any machine, and the hang guard runs at 100 KB only to catch a hang. A word of clitics alone never
  // reaches the matcher: its cost is the tokeniser's, which the steps do not count, so it keeps the full-size guard.
  it.each([
    ['words that almost match, no punctuation', repeat('a a a a a a a a ')],
    ['clitic words', repeat('nyanya nyanyanya ')],
    ['commas and dots', repeat('a, a. a , . ')],
  ])('%s', (_, make) => {
    const stepsPerCharacter = (size: number) => {
      matcherWork.steps = 0;
      analyze(make(size), { packs, language: 'id' });
      return matcherWork.steps / size;
    };
    const small = stepsPerCharacter(10_000);
    expect(small).toBeGreaterThan(1); // the patterns do work on these words: the comparison means something
    expect(stepsPerCharacter(100_000)).toBeLessThan(small * 1.15);
    expect(hangGuard(() => make(100_000), (text) => analyze(text, { packs, language: 'id' }))).toBeLessThan(HANG_GUARD_MS);
  });

  it('one word of clitics', () => {
    expect(hangGuard(repeat('nya'), (text) => analyze(text, { packs, language: 'id' }))).toBeLessThan(HANG_GUARD_MS);
  });
});

describe('no pack the validator accepts makes analysis superlinear', () => {
  // The worst the limits allow: every "_", both gaps at their widest, every optional piece, word classes with
  // phrases, clitics and conditions, on words that keep every one of them half-matched.
  const worst = parsePack({
    ...BASE,
    rules: [
      { id: 'slots', pattern: ['_ ..6 _ ..6 _ (a | a a)? (a)? _ (a a)? (a)? z', '@authority ..6 @insult ..6 _ _ _ _ z'], message: 'No.' },
      { id: 'clitics', pattern: 'a~ (a | a a | a nya)? @second-person ..6 (a~ | nya~)? _ -(z | a a) ..6 q', message: 'No.' },
    ],
  });
  if (!worst.ok) throw new Error(JSON.stringify(worst.errors));
  const packs: Pack[] = [worst.pack];
  const unit = 'a a anya aa nya a, you guys polisi bank negara fuck a you ';

  it('the matcher does the same work per character on 2 KB and on 200 KB', () => {
    const work = (size: number) => {
      matcherWork.steps = 0;
      analyze(repeat(unit)(size), { packs, language: 'id' });
      return matcherWork.steps / size;
    };
    const small = work(2_000);
    expect(small).toBeGreaterThan(10); // the patterns do work on these words: the comparison means something
    expect(work(200_000) / small).toBeLessThan(1.15);
  });
});

// The inputs issue 10 names: a pasted log of quoted lines, a draft without punctuation, one long word; each is a
// draft and a customer's message below, timed against the hang guard and its work counted.
const HOSTILE_SHAPES: Array<[name: string, make: (size: number) => string]> = [
  ['quoted lines', repeat('>\n')],
  ['quoted marks', repeat('>> > >\n')],
  ['a quoted thread', repeat('> kurir kami lambat, bukan salah kami\n')],
  ['no punctuation at all', repeat('kami mohon maaf kurir kami lambat kirim paket kakak hari ini bukan salah kami ')],
  ['no punctuation, English', repeat('I am sorry it is not our fault the courier is late I do not know ')],
  ['one long word', repeat('salahnya')],
];

describe('drafts and customer messages of any shape stay linear', () => {
  it.each(HOSTILE_SHAPES)('%s, as the draft and as the customer message', (_, make) => {
    expect(hangGuard(make, (text) => analyze(text))).toBeLessThan(HANG_GUARD_MS);
    expect(hangGuard(make, (text) => analyze('Maaf Kak, kami cek dulu ya.', { customerMessage: text }))).toBeLessThan(HANG_GUARD_MS);
  });
});

describe('a draft of a hundred thousand findings and more is analysed, not thrown out', () => {
  // A list of findings spread into a call's arguments (`Math.max(...)`, `push(...)`) overflowed the stack past about
  // 125,000 of them: the whole analysis failed. 2.5–2.7 MB is within what `ramah check` reads (5 MB).
  it.each([
    ['a favour, said 150,000 times', 'Kebaikan khusus. ', 150_000, 'favor-framing'],
    ['a favour after our own mistake, 40,000 times', 'Maaf, itu kesalahan kami. Sebagai kebaikan khusus kami beri voucher. ', 40_000, 'favor-framing'],
  ])('%s', (_, sentence, times, rule) => {
    const report = analyze(sentence.repeat(times));
    expect(report.findings.some((finding) => finding.rule === rule)).toBe(true);
  });
});

describe('the built-in engine does the same work per character on a short text and on a long one', () => {
  // The hostile shapes, and long drafts in each language (the benchmark's), as the draft and as the customer's message.
  it.each<[string, (size: number) => string]>([
    ...HOSTILE_SHAPES,
    ['a long Indonesian draft', (size: number) => draftOf('id', size)],
    ['a long Malay draft', (size: number) => draftOf('ms', size)],
    ['a long English draft', (size: number) => draftOf('en', size)],
    // Thousands of findings, and shouting among them: each finding was compared with all the rule's earlier ones, and
    // each shouted word with every finding (quadratic: on 200 KB, 17 times the work a character as on 10 KB).
    ['a finding in every sentence, shouted', repeat('BUKAN SALAH KAMI kak!! Itu salah kurir JNE. ')],
    ['a finding in every sentence, shouted, English', repeat('Sorry, NOT OUR FAULT!! I dont know, ask the courier. You should have read the policy. ')],
    ['a favour framed in every sentence', repeat('Sebagai bentuk kebaikan kami, kami berikan voucher khusus untuk Kakak. ')],
    // The quoted rows above hold no words, so their work is 0 at any length; here the agent's words sit between
    // quoted lines, thousands of regions, each with a finding (regions were once scanned again per region).
    ['quoted lines between the agent\'s words', repeat('> kurir kalian lambat\n>\nMaaf kak, itu salah kurir.\n')],
  ])('%s', (_, make) => {
    for (const as of ['draft', 'customer'] as const) {
      const small = workPerCharacter(make(10_000), as);
      const large = workPerCharacter(make(100_000), as);
      // A quoted line holds no words: no token, no step, at any length.
      if (small === 0) expect(large).toBe(0);
      else expect(large / small).toBeLessThan(1.1);
    }
  });

  it('the work counted is there: a draft without punctuation takes many steps a character', () => {
    expect(workPerCharacter(repeat('kami mohon maaf kurir kami lambat kirim paket kakak hari ini bukan salah kami ')(10_000), 'draft')).toBeGreaterThan(5);
  });

  it('the learned layer’s reads are counted: each word of a draft it reads to the end at least once', () => {
    const text = repeat('Terima kasih sudah menunggu, paketnya kami kirim besok pagi. ')(10_000);
    learnedWork.steps = 0;
    analyze(text);
    expect(learnedWork.steps).toBeGreaterThanOrEqual(toDocument(text).tokenTexts.length);
  });
});

describe('pack examples run within a time budget', () => {
  it('stops and refuses the pack when its examples take too long together', () => {
    const parsed = parsePack({
      ...BASE,
      examples: [
        { draft: 'Mohon maaf, Kak.', clean: [] },
        { draft: 'Mohon maaf, Kak.', clean: [] },
        { draft: 'Mohon maaf, Kak.', clean: [] },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    let clock = 0;
    // Each look at the clock finds a second gone.
    const failures = checkPackExamples(parsed.pack, [], { milliseconds: 1500, now: () => (clock += 1000) });
    expect(failures).toEqual([{ path: 'examples[1]', message: expect.stringMatching(/longer than 1.5 s/) }]);
    expect(checkPackExamples(parsed.pack)).toEqual([]);
  });
});
