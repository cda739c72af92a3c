import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import type { AnalyzeOptions } from '../../src/engine/options.js';
import type { Language } from '../../src/engine/report.js';

const calmFirst = (draft: string, options: AnalyzeOptions) => analyze(draft, options).findings.filter((f) => f.rule === 'calm-first');

interface Case {
  customer: string;
  draft: string;
  /** Where the acknowledgement goes: the words right after the insertion point. */
  insertBefore: string;
}

// The customer is upset (or abusive, or threatening) and the draft goes straight to the fix.
const FIRES: Record<Language, Case[]> = {
  id: [
    { customer: 'Saya kecewa dan marah sekali!!', draft: 'Halo Kak. Pesanan Kakak akan kami kirim ulang hari ini.', insertBefore: 'Pesanan Kakak' },
    { customer: 'Dasar CS goblok, paket saya mana?!', draft: 'Paket Bapak sudah kami kirim ulang pagi ini, Pak.', insertBefore: 'Paket Bapak' },
    // The apology comes after the fix: too late.
    {
      customer: 'Kalau uang saya tidak kembali hari ini, saya lapor polisi!',
      draft: 'Dana Ibu sudah kami proses dan masuk besok. Mohon maaf atas keterlambatannya.',
      insertBefore: 'Dana Ibu',
    },
  ],
  ms: [
    { customer: 'Geram betul saya, dah seminggu tak sampai!', draft: 'Saya akan hantar barang gantian esok, encik.', insertBefore: 'Saya akan hantar' },
    { customer: 'Saya akan saman syarikat awak!', draft: 'Bayaran balik RM90 telah diproses, puan.', insertBefore: 'Bayaran balik' },
  ],
  en: [
    { customer: 'This is ridiculous, I am so angry!!', draft: "I've sent a replacement today. Sorry for the trouble.", insertBefore: "I've sent" },
    { customer: 'You people are useless idiots. Fix it NOW.', draft: 'Thanks for writing in. A technician is booked for tomorrow at 9am.', insertBefore: 'A technician' },
  ],
};

// Calm already, or nothing to calm, or nothing resolved yet.
const QUIET: Record<Language, Array<{ customer?: string; draft: string }>> = {
  id: [
    { customer: 'Saya kecewa dan marah sekali!!', draft: 'Mohon maaf atas ketidaknyamanannya, Kak. Pesanan Kakak akan kami kirim ulang hari ini.' },
    { customer: 'Saya kecewa dan marah sekali!!', draft: 'Maaf ya Kak, pesanannya kami kirim ulang hari ini.' },
    { customer: 'Saya kecewa dan marah sekali!!', draft: 'Saya mengerti kekesalan Kakak. Boleh dibantu nomor pesanannya?' },
    { customer: 'Halo, mau tanya status pesanan saya.', draft: 'Pesanan Kakak sudah kami kirim pagi ini.' },
    { draft: 'Pesanan Kakak sudah kami kirim pagi ini.' },
  ],
  ms: [
    { customer: 'Geram betul saya, dah seminggu tak sampai!', draft: 'Saya faham kekecewaan encik. Saya akan hantar barang gantian esok.' },
    { customer: 'Boleh saya tahu bila pesanan saya sampai?', draft: 'Bungkusan cik telah dihantar dan dijangka sampai esok.' },
  ],
  en: [
    { customer: 'This is ridiculous, I am so angry!!', draft: "I'm so sorry about this. I've sent a replacement today." },
    { customer: 'This is ridiculous, I am so angry!!', draft: 'I understand how frustrating this is. Could you tell me your order number?' },
    { customer: 'Hi, could you tell me when my order ships?', draft: "I've sent it today." },
  ],
};

describe('calm-first', () => {
  for (const language of ['id', 'ms', 'en'] as const) {
    describe(language, () => {
      it.each(FIRES[language])('suggests acknowledging first in $draft', ({ customer, draft, insertBefore }) => {
        const found = calmFirst(draft, { customerMessage: customer, language });
        expect(found).toHaveLength(1);
        const finding = found[0]!;
        expect(finding.kind).toBe('suggestion');
        expect(finding.start).toBe(finding.end);
        expect(finding.start).toBe(draft.indexOf(insertBefore));
        expect(finding.message.length).toBeGreaterThan(0);
        expect(finding.suggestions.length).toBeGreaterThan(0);
        // The suggestion, inserted, is itself an acknowledgement that comes first.
        const fixed = draft.slice(0, finding.start) + finding.suggestions[0] + draft.slice(finding.start);
        expect(calmFirst(fixed, { customerMessage: customer, language })).toEqual([]);
      });

      it.each(QUIET[language])('stays quiet on $draft', ({ customer, draft }) => {
        expect(calmFirst(draft, { customerMessage: customer, language })).toEqual([]);
      });
    });
  }

  it('writes the message and the acknowledgement in the draft language, addressing the customer as the draft does', () => {
    const [id] = calmFirst('Paket Bapak sudah kami kirim ulang.', { customerMessage: 'Saya marah sekali!!', language: 'id' });
    expect(id?.message).toMatch(/akui perasaannya/);
    expect(id?.suggestions[0]).toMatch(/^Mohon maaf .*Bapak\. $/);
    const [ms] = calmFirst('Saya akan hantar barang gantian esok, puan.', { customerMessage: 'Geram betul saya!!', language: 'ms' });
    expect(ms?.message).toMatch(/akui perasaannya dahulu/);
    expect(ms?.suggestions[0]).toMatch(/faham kekecewaan puan/);
    const [en] = calmFirst("I've sent a replacement today.", { customerMessage: 'I am so angry!!', language: 'en' });
    expect(en?.message).toBe('No solution lands with an angry customer: acknowledge first.');
  });

  it('is never a warning, and can be switched off', () => {
    const options = { customerMessage: 'Saya kecewa dan marah sekali!!' };
    const report = analyze('Pesanan Kakak akan kami kirim ulang hari ini.', options);
    expect(report.findings.filter((f) => f.rule === 'calm-first').map((f) => f.kind)).toEqual(['suggestion']);
    expect(calmFirst('Pesanan Kakak akan kami kirim ulang hari ini.', { ...options, rules: { 'calm-first': 'off' } })).toEqual([]);
  });
});
