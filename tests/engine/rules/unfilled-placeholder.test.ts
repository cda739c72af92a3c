import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { unfilledPlaceholder } from '../../../src/engine/rules/unfilled-placeholder.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(unfilledPlaceholder, {
  id: {
    valid: [
      'Halo Kak Rina, pesanan #INV-0087 sudah kami kirim hari ini.',
      // The helpdesk's own placeholders are filled when the reply is sent.
      'Halo {{ticket.requester.first_name}}, pesanan Kakak sudah dikirim.',
      'Terima kasih, Kak. Salam, Dewi',
      '> Halo, pesanan {order_id} saya belum sampai\nBaik Kak, saya cek sekarang ya.',
    ],
    invalid: [
      { draft: 'Pesanan {order_id} sudah kami kirim, Kak.', flagged: '{order_id}', suggests: false },
      { draft: 'Salam hangat, {agent_name}', flagged: '{agent_name}', suggests: false },
      {
        draft: 'Pesanan {order_id} sudah kami kirim, Kak.',
        placeholders: { order_id: 'INV-0087' },
        flagged: '{order_id}',
        output: 'Pesanan INV-0087 sudah kami kirim, Kak.',
      },
      { draft: 'Halo {nama_pelanggan}, mohon maaf atas keterlambatannya.', flagged: '{nama_pelanggan}', suggests: false },
    ],
  },
  ms: {
    valid: [
      'Terima kasih, Puan Aminah. Pesanan #MY20240788 telah dihantar.',
      'Hai {{ticket.requester.name}}, bayaran balik telah diproses.',
      'Saya akan hantar semula barang itu esok, cik.',
    ],
    invalid: [
      { draft: 'Pesanan {order_id} telah dihantar pagi tadi, puan.', flagged: '{order_id}', suggests: false },
      {
        draft: 'Terima kasih kerana menunggu, {customer_name}.',
        placeholders: { customer_name: 'Puan Aminah' },
        flagged: '{customer_name}',
        output: 'Terima kasih kerana menunggu, Puan Aminah.',
      },
      { draft: 'Yang benar, {agent_name}', suggests: false },
    ],
  },
  en: {
    valid: [
      'Your order #A10234 is on its way, Ms Tan.',
      'Hi {{ticket.requester.first_name}}, your refund is on its way.',
      'Thanks for waiting {',
      'Kind regards, Daniel',
    ],
    invalid: [
      { draft: 'Your order {order_id} left our warehouse today.', flagged: '{order_id}', suggests: false },
      {
        draft: 'Best regards, {agent_name}',
        placeholders: { agent_name: 'Daniel', constructor: '' },
        flagged: '{agent_name}',
        output: 'Best regards, Daniel',
      },
      // Not a value of its own: Object.prototype is not asked.
      { draft: 'Hi {constructor}, thanks for waiting.', flagged: '{constructor}', suggests: false },
    ],
  },
});

describe('unfilled-placeholder in an internal note', () => {
  it('asks to fill the blank before saving the note, not before the customer reads it', () => {
    const note = 'Catatan insiden: 6 Desember 2026\nDilaporkan kepada: {reported_to}';
    const [finding] = analyze(note, { audience: 'internal', language: 'id' }).findings.filter((f) => f.rule === 'unfilled-placeholder');
    expect(finding).toMatchObject({ text: '{reported_to}', messageId: 'inNote', message: 'Isi {reported_to} sebelum menyimpan catatan ini.' });
    expect(analyze(note, { language: 'id' }).findings.find((f) => f.rule === 'unfilled-placeholder')?.messageId).toBe('default');
  });
});
