// Issue 9 §4: Apply reads right. The drafts the issue found wrong, through the whole engine (findings merged), applied
// as the card applies them: the first rewording of the first finding, again until nothing is left to apply.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { contradictions } from '../helpers/applied.js';

function applyAll(draft: string): string {
  let text = draft;
  for (let round = 0; round < 5; round++) {
    const finding = analyze(text).findings.find((f) => f.kind === 'warning' && f.suggestions.length > 0);
    if (!finding) break;
    text = text.slice(0, finding.start) + finding.suggestions[0] + text.slice(finding.end);
  }
  return text;
}

describe('Apply reads right (issue 9 §4)', () => {
  it.each([
    ['Halo Kak Rina, sy udh cek. Keterlambatan ini kesalahan bagian gudang, mereka telat kirim barangnya.', 'Halo Kak Rina, sy udh cek. Keterlambatan ini kesalahan kami.'],
    ['Puan, sebenarnya kelewatan ini berpunca daripada bank, bukan salah kami.', 'Puan, sebenarnya kelewatan ini kesilapan kami.'],
    ["Hi Daniel, I don't know where your parcel is.", 'Hi Daniel, let me find out where your parcel is.'],
    ['Encik, sabar la sikit. Ini bukan salah saya, itu masalah jabatan kewangan.', 'Encik, terima kasih atas kesabaran anda, kami sedang menguruskannya. Kami akan bantu selesaikannya.'],
  ])('%s', (draft, applied) => {
    expect(applyAll(draft)).toBe(applied);
    expect(contradictions(applied)).toEqual([]);
  });

  it('the check catches what the issue found', () => {
    expect(contradictions('Kelewatan ini kesilapan kami, bukan salah kami.')).not.toEqual([]);
    expect(contradictions('Keterlambatan kesalahan kami, mereka telat kirim.')).not.toEqual([]);
    expect(contradictions('Maaf Kak, mohon maaf atas keterlambatannya.')).not.toEqual([]);
    expect(contradictions('The delay is our mistake, not our fault.')).not.toEqual([]);
  });

  it('one card for words two findings share', () => {
    for (const draft of ['Kelewatan ini kesilapan kurier, bukan salah kami.', 'Bukan salah kami, kurir yang salah.']) {
      const findings = analyze(draft).findings;
      for (const [i, a] of findings.entries()) for (const b of findings.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    }
  });
});
