import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { warmth } from '../../../src/engine/rules/warmth.js';
import { testRule } from '../../helpers/rule-tester.js';
import { toDocument } from '../../../src/engine/text/document.js';
import type { Phrase } from '../../../src/engine/report.js';

testRule(warmth, {
  id: {
    valid: [
      'Halo Kak, paket Kakak sudah kami kirim ulang hari ini. Terima kasih sudah menunggu.',
      'Selamat pagi Bapak Andi. Dana sudah kami kembalikan ke rekening Bapak. Semoga membantu!',
      // A one-line chat answer needs neither.
      'Sudah saya cek, paketnya tiba besok ya Kak',
      'Kak Rina, pesanan sudah kami proses. Kabari saya kalau ada kendala.',
    ],
    invalid: [
      {
        draft: 'Paket Anda sudah kami kirim ulang hari ini. Nomor resinya JNE0012345. Terima kasih.',
        flagged: '',
        output: 'Halo, terima kasih sudah menghubungi kami. Paket Anda sudah kami kirim ulang hari ini. Nomor resinya JNE0012345. Terima kasih.',
      },
      {
        draft: 'Halo, paket Anda sudah kami kirim ulang hari ini. Nomor resinya JNE0012345. Terima kasih.',
        placeholders: { customer_name: 'Kak Rina' },
        flagged: 'Halo',
        messageId: 'name',
        output: 'Halo Kak Rina, paket Anda sudah kami kirim ulang hari ini. Nomor resinya JNE0012345. Terima kasih.',
      },
      { draft: 'Halo Kak, paket sudah kami kirim ulang. Nomor resinya JNE0012345.', messageId: 'close' },
    ],
  },
  ms: {
    valid: [
      'Hai encik, bayaran balik telah kami proses. Terima kasih kerana bersabar.',
      'Salam sejahtera puan. Tiket puan telah kami kemas kini. Jangan segan untuk menghubungi kami.',
      'Dah siap cik, boleh semak semula',
    ],
    invalid: [
      {
        draft: 'Bayaran balik telah kami proses pagi tadi. Ia akan masuk dalam tiga hari bekerja. Terima kasih.',
        flagged: '',
        output: 'Helo, terima kasih kerana menghubungi kami. Bayaran balik telah kami proses pagi tadi. Ia akan masuk dalam tiga hari bekerja. Terima kasih.',
      },
      {
        draft: 'Hai, bayaran balik telah kami proses pagi tadi. Ia akan masuk dalam tiga hari bekerja. Terima kasih.',
        placeholders: { customer_name: 'Puan Aminah' },
        flagged: 'Hai',
        messageId: 'name',
        output: 'Hai Puan Aminah, bayaran balik telah kami proses pagi tadi. Ia akan masuk dalam tiga hari bekerja. Terima kasih.',
      },
      { draft: 'Hai encik, bayaran balik telah kami proses. Ia akan masuk dalam tiga hari bekerja.', messageId: 'close' },
    ],
  },
  en: {
    valid: [
      "Hi Sam, I've issued your refund today. Thanks for your patience.",
      'Dear Ms Tan, your booking is confirmed for Friday. Kind regards, Dewi',
      'Done, it ships tomorrow',
    ],
    invalid: [
      {
        draft: "I've issued your refund today. It will reach your card within three working days. Thanks!",
        flagged: '',
        output: "Hi there, thanks for reaching out. I've issued your refund today. It will reach your card within three working days. Thanks!",
      },
      {
        draft: "Hello, I've issued your refund today. It will reach your card within three working days. Thanks!",
        placeholders: { customer_name: 'Sam' },
        flagged: 'Hello',
        messageId: 'name',
        output: "Hello Sam, I've issued your refund today. It will reach your card within three working days. Thanks!",
      },
      { draft: "Hi Sam, I've issued your refund today. It will reach your card within three working days.", messageId: 'close' },
    ],
  },
});

describe('warmth', () => {
  it("offers openings with the customer's name first when it is known, and none that would leave a blank", () => {
    const draft = "I've issued your refund today. It will reach your card within three working days.";
    const known = analyze(draft, { placeholders: { customer_name: 'Sam' } }).findings.find((f) => f.rule === 'warmth' && f.messageId === 'default');
    expect(known?.suggestions[0]).toMatch(/Sam/);
    const unknown = analyze(draft).findings.find((f) => f.rule === 'warmth' && f.messageId === 'default');
    expect(unknown?.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of unknown!.suggestions) expect(suggestion).not.toMatch(/\{/);
  });

  it("offers first the openings that address the customer as the draft does, then those that address no one, whatever was offered before", () => {
    const phrase = (text: string): Phrase => ({ id: text, text, language: 'id', pack: 'test', tags: ['opening'] });
    const phrases = [phrase('Halo Bapak,'), phrase('Halo,'), phrase('Halo Kak,'), phrase('Halo Kakak Kita,')];
    const openings = (draft: string) =>
      warmth.check({ draft: toDocument(draft), language: 'id', signals: new Set(), phrases: () => phrases }).find((f) => f.messageId === 'default')?.suggestions;
    // "kak" is a word of the draft; "kakak" and "bapak" are not (a word, not a piece of one: "Kakaknya" is not "kakak").
    expect(openings('Pesanan sudah kami kirim, kak. Kakaknya bisa cek resinya besok.')).toEqual(['Halo Kak, ', 'Halo, ', 'Halo Bapak, ', 'Halo Kakak Kita, ']);
    // The same phrases again, for a draft that says "Bapak": their forms of address are kept, the draft's are its own.
    expect(openings('Pesanan Bapak sudah kami kirim. Resinya bisa dicek besok.')).toEqual(['Halo Bapak, ', 'Halo, ', 'Halo Kak, ', 'Halo Kakak Kita, ']);
  });

  it('offers closings at the end of the draft, after its last word', () => {
    const draft = 'Hi Sam, the technician comes on Friday. He will call you first.\n';
    const close = analyze(draft).findings.find((f) => f.rule === 'warmth' && f.messageId === 'close');
    expect(close?.start).toBe(draft.indexOf('first.') + 'first.'.length);
    expect(close?.suggestions[0]).toMatch(/^ [A-Z]/);
  });

  it('is a suggestion, stays quiet in internal notes, and can be turned off', () => {
    const draft = 'Refund issued today. Card gets it in 3 days.';
    expect(analyze(draft).findings.filter((f) => f.rule === 'warmth').map((f) => f.kind)).toEqual(['suggestion', 'suggestion']);
    expect(analyze(draft, { audience: 'internal' }).findings.filter((f) => f.rule === 'warmth')).toEqual([]);
    expect(analyze(draft, { rules: { warmth: 'off' } }).findings.filter((f) => f.rule === 'warmth')).toEqual([]);
  });
});
