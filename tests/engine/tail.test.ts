import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { MAX_ANALYZED_CHARS, reportForWhole, tailOf } from '../../src/engine/tail.js';

describe('tailOf', () => {
  it('leaves a text within the limit whole', () => {
    expect(tailOf('Halo Kak.', 100)).toEqual({ text: 'Halo Kak.', offset: 0, cut: false });
  });

  it('keeps the last characters of a longer one, from the next line break', () => {
    const text = `${'> quoted line of the thread\n'.repeat(10)}Maaf Kak, ini salah kurir.`;
    const tail = tailOf(text, 30);
    expect(tail.cut).toBe(true);
    expect(tail.text).toBe('Maaf Kak, ini salah kurir.');
    expect(text.slice(tail.offset)).toBe(tail.text);
  });

  it('else from the next space, never inside a word or a surrogate pair', () => {
    const tail = tailOf('satu dua tiga empat lima enam tujuh', 12);
    expect(tail.text).toBe('enam tujuh');
    const emoji = tailOf(`${'😀'.repeat(20)}`, 5);
    expect(emoji.text.codePointAt(0)).toBe(0x1f600);
  });

  it('is 50,000 characters by default', () => {
    expect(MAX_ANALYZED_CHARS).toBe(50_000);
    expect(tailOf('a '.repeat(40_000)).text.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
  });
});

describe('reportForWhole', () => {
  it('moves the spans of a tail’s report to where they are in the whole draft', () => {
    const draft = `${'Terima kasih sudah menunggu, Kak.\n'.repeat(3_000)}Maaf Kak, ini salah kurir.`;
    const customer = `${'Halo.\n'.repeat(20_000)}Saya mau bicara dengan manajer!`;
    const draftTail = tailOf(draft);
    const customerTail = tailOf(customer);
    const report = reportForWhole(analyze(draftTail.text, { customerMessage: customerTail.text }), draftTail.offset, customerTail.offset);
    const blame = report.findings.find((f) => f.rule === 'blame-department');
    expect(blame && draft.slice(blame.start, blame.end)).toBe(blame?.text);
    expect(blame?.text).toMatch(/salah kurir/);
    for (const step of report.stepDetails) for (const span of step.spans) expect(span.end).toBeLessThanOrEqual(draft.length);
    const signal = report.signals[0];
    expect(signal && customer.slice(signal.spans[0]!.start, signal.spans[0]!.end)).toMatch(/manajer/);
  });
});
