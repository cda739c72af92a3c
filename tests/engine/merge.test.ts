import { describe, expect, it } from 'vitest';
import { analyze, mergeOverlaps } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/report.js';
import { parsePack, type Pack } from '../../src/engine/packs/schema.js';

const finding = (rule: string, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  kind: 'warning',
  start,
  end,
  text: 'x'.repeat(end - start),
  messageId: 'default',
  message: `${rule} says`,
  suggestions: [`${rule} fix`],
  ...extra,
});

function pack(input: unknown): Pack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('overlapping findings merge into one card', () => {
  it('keeps the finding whose words reach furthest, with the other one in `also`', () => {
    const merged = mergeOverlaps([finding('a', 5, 20), finding('b', 8, 12)]);
    expect(merged.map((f) => [f.rule, f.start, f.end, f.suggestions])).toEqual([['a', 5, 20, ['a fix']]]);
    expect(merged[0]!.also).toEqual([{ rule: 'b', messageId: 'default', message: 'b says' }]);
  });

  it('on the very same words, offers both rewordings, the kept one first and without repeats', () => {
    const merged = mergeOverlaps([finding('a', 5, 20, { kind: 'suggestion' }), finding('b', 5, 20, { suggestions: ['b fix', 'a fix'] })]);
    expect(merged.map((f) => [f.rule, f.suggestions])).toEqual([['b', ['b fix', 'a fix']]]);
  });

  it('joins a chain of overlaps, and leaves apart findings and insertions alone', () => {
    const merged = mergeOverlaps([finding('a', 0, 6), finding('b', 4, 14), finding('c', 12, 16), finding('calm', 13, 13), finding('d', 16, 20)]);
    expect(merged.map((f) => [f.rule, f.start, f.end])).toEqual([
      ['b', 4, 14],
      ['calm', 13, 13],
      ['d', 16, 20],
    ]);
    expect(merged[0]!.also?.map((f) => f.rule)).toEqual(['a', 'c']);
  });

  it('in a report: a pack rule on some of the words a built-in rule flags gives one finding', () => {
    const acme = pack({ id: 'acme', name: 'Acme', version: '1.0.0', languages: ['id'], rules: [{ id: 'no-gudang', pattern: 'gudang', message: 'Jangan sebut gudang.', suggestions: ['tim kami'] }] });
    const draft = 'Maaf Kak, ini kesalahan bagian gudang.';
    const alone = analyze(draft).findings.filter((f) => f.rule === 'blame-department');
    const report = analyze(draft, { packs: [acme] });
    expect(report.findings.map((f) => [f.rule, f.text])).toEqual(alone.map((f) => [f.rule, f.text]));
    expect(report.findings[0]!.also).toEqual([{ rule: 'acme/no-gudang', messageId: 'default', message: 'Jangan sebut gudang.' }]);
  });
});

describe('the heavier charge heads a card of its own', () => {
  it('hostile-tone heads the card when the furthest-reaching rule heads another card of the draft, over its words and rewording', () => {
    const merged = mergeOverlaps([finding('fairness-argument', 0, 10), finding('fairness-argument', 20, 50), finding('hostile-tone', 25, 40)]);
    expect(merged.map((f) => [f.rule, f.start, f.end, f.text.length, f.message, f.suggestions])).toEqual([
      ['fairness-argument', 0, 10, 10, 'fairness-argument says', ['fairness-argument fix']],
      ['hostile-tone', 20, 50, 30, 'hostile-tone says', ['fairness-argument fix']],
    ]);
    expect(merged[1]!.also).toEqual([{ rule: 'fairness-argument', messageId: 'default', message: 'fairness-argument says' }]);
  });

  it("on the very same words, hostile-tone's rewording comes first, then the other's", () => {
    const merged = mergeOverlaps([finding('fairness-argument', 0, 10), finding('fairness-argument', 20, 50), finding('hostile-tone', 20, 50)]);
    expect(merged.map((f) => [f.rule, f.start, f.end, f.suggestions])).toEqual([
      ['fairness-argument', 0, 10, ['fairness-argument fix']],
      ['hostile-tone', 20, 50, ['hostile-tone fix', 'fairness-argument fix']],
    ]);
  });

  it('not when the other rule would be left without a card, nor when hostile-tone has one already, nor for another rule', () => {
    const alone = mergeOverlaps([finding('counter-threat', 20, 50), finding('hostile-tone', 25, 40)]);
    expect(alone.map((f) => f.rule)).toEqual(['counter-threat']);
    const named = mergeOverlaps([finding('hostile-tone', 0, 10), finding('fairness-argument', 12, 15), finding('fairness-argument', 20, 50), finding('hostile-tone', 25, 40)]);
    expect(named.map((f) => f.rule)).toEqual(['hostile-tone', 'fairness-argument', 'fairness-argument']);
    const other = mergeOverlaps([finding('excuse', 0, 10), finding('excuse', 20, 50), finding('dont-know', 25, 40)]);
    expect(other.map((f) => f.rule)).toEqual(['excuse', 'excuse']);
  });

  // The terms "clearly stated" to a customer who accepted them, with the terms argued again elsewhere in the draft.
  const cases = [
    {
      draft: 'Our terms apply to all customers equally. As clearly stated in the terms you accepted at sign-up, refunds take 5 days.',
      words: 'As clearly stated in the terms you accepted at sign-up',
    },
    {
      draft:
        'Encik Shahrul, pembayaran selepas 8.00 malam diproses pada hari bekerja berikutnya. Ini dinyatakan dengan jelas dalam Terma & Syarat Kad, seksyen 9.3, yang encik telah bersetuju semasa permohonan. Caj RM10 itu kekal.',
      words: 'Ini dinyatakan dengan jelas dalam Terma & Syarat Kad',
    },
  ];
  it.each(cases)('in a report, the card flags all the words and its rewording settles every rule of it: $words', ({ draft, words }) => {
    const card = analyze(draft).findings.find((f) => f.rule === 'hostile-tone');
    expect(card).toBeDefined();
    expect([card!.text, draft.slice(card!.start, card!.end)]).toEqual([words, words]);
    expect(card!.also?.map((a) => a.rule)).toEqual(['fairness-argument']);
    expect(card!.suggestions.length).toBeGreaterThan(0);
    const rules = [card!.rule, ...card!.also!.map((a) => a.rule)];
    for (const rewording of card!.suggestions) {
      const applied = draft.slice(0, card!.start) + rewording + draft.slice(card!.end);
      const end = card!.start + rewording.length;
      const again = analyze(applied).findings.filter((f) => f.start < end && f.end > card!.start);
      expect(again.flatMap((f) => [f.rule, ...(f.also ?? []).map((a) => a.rule)]).filter((rule) => rules.includes(rule))).toEqual([]);
    }
  });
});
