import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { detectLanguage } from '../../src/engine/language.js';
import type { Language } from '../../src/engine/report.js';
import { toDocument } from '../../src/engine/text/document.js';

const detect = (draft: string, customer?: string): Language =>
  detectLanguage(toDocument(draft), customer === undefined ? undefined : toDocument(customer));

const INDONESIAN = [
  'Baik Kak, ditunggu ya.',
  'Siap Pak, sudah saya teruskan.',
  'Mohon maaf atas keterlambatannya, Bu. Paket Ibu dijadwalkan tiba besok siang.',
  'Halo Kak Rina, dananya sudah kami kembalikan ke rekening Kakak kemarin sore.',
  'Maaf ya kak, pesanannya blm bisa dikirim krn stoknya lagi kosong. Mau diganti warna lain aja?',
  'Boleh dibantu nomor pesanannya, Kak? Biar saya cek dulu.',
  'Saya mengerti kekecewaan Bapak. Tagihan ganda ini akan kami batalkan hari ini juga.',
  'Sorry banget Kak, refund-nya masih diproses sama tim finance, paling lambat besok udah masuk ya.',
  'Udah aku cek ya kak, ordernya on the way kok.',
  'Terima kasih atas kesabaran Anda. Silakan cek email Anda untuk voucher pengganti.',
  'Pak Budi, atasan saya akan menelepon Bapak sebelum pukul 15.00.',
  'Kami sudah mengirim ulang barangnya lewat kurir, resinya JP998877.',
  'Gak apa-apa Kak, nanti saya bantu urus ya.',
  'Saldo Ibu sebesar Rp150.000 sudah kembali.',
  'Apakah ada lagi yang bisa saya bantu?',
  'Oke Kak, noted. Nanti saya kabari lagi.',
  'Mohon ditunggu, sedang kami proses.',
  'TERIMA KASIH KAK, PESANANNYA SUDAH KAMI KIRIM HARI INI.',
];

const MALAY = [
  'Baik encik, saya semak dulu.',
  'Terima kasih puan, kami akan hantar semula esok.',
  'Saya faham, tuan. Bayaran balik akan dikreditkan ke akaun tuan dalam 3 hari bekerja.',
  'Maaf cik, bungkusan tu dah sampai kat pejabat pos, cik boleh ambil esok.',
  'Boleh encik berikan nombor akaun supaya saya boleh semak bil encik?',
  'Mohon maaf atas kelewatan ini. Kami akan maklumkan sebarang perkembangan kepada puan.',
  'Sorry puan, sistem kami tengah down, nanti I update puan balik ya.',
  'Saya dah escalate kes ni kepada penyelia saya, dia akan call encik before 5pm.',
  'Baucar RM20 telah dimasukkan ke akaun cik.',
  'Tak apa, awak tak perlu risau.',
  'Sila hantar gambar kerosakan tersebut kepada kami.',
  'Pengurus kami akan hubungi tuan selepas mesyuarat petang ini.',
  'Adakah penyelesaian ini memuaskan hati puan?',
  'Ok cik, nanti saya check dan maklumkan.',
  'Kami mohon maaf kerana caj berganda tersebut.',
  'Nak saya tukarkan saiz baju tu?',
  'Terima kasih Encik Ali, kes encik sudah selesai.',
  'SAYA FAHAM PUAN, KAMI AKAN PULANGKAN WANG PUAN SEGERA.',
];

const ENGLISH = [
  'Thanks!',
  'Noted, will do.',
  "I'm sorry about the delay, Encik Faiz. Your parcel will arrive tomorrow.",
  'Dear Puan Siti, thank you for your patience. The replacement was sent today.',
  "Hi Kak Rina, I've refunded Rp150.000 to your account.",
  'Could you share your order number so I can look into it?',
  'Terima kasih for waiting! I have booked a technician for Thursday morning.',
  "We've credited RM25 to your bill as an apology. Does that work for you?",
  'I understand how frustrating this is, and I will call you back by 5pm.',
  'Your refund has been processed and should appear within 3 working days.',
  "SORRY, WE'LL FIX IT TODAY.",
  'Hello Mr Tan, your ticket is now with our billing team.',
  'Is there anything else I can help with?',
  'Just to confirm: the charge appeared twice on 3 May, is that right?',
  'No worries at all, it is on its way.',
  'Apologies for the mix-up with your voucher.',
];

describe('detectLanguage', () => {
  it.each(INDONESIAN)('reads Indonesian: %s', (draft) => expect(detect(draft)).toBe('id'));
  it.each(MALAY)('reads Malay: %s', (draft) => expect(detect(draft)).toBe('ms'));
  it.each(ENGLISH)('reads English: %s', (draft) => expect(detect(draft)).toBe('en'));

  it('uses the customer message to break a tie between Indonesian and Malay', () => {
    expect(detect('Baik, terima kasih.', 'Saya nak tahu bila bungkusan saya akan sampai.')).toBe('ms');
    expect(detect('Baik, terima kasih.', 'Kapan paket saya sampai? Sudah seminggu nggak datang.')).toBe('id');
  });

  it('lets the draft win over the customer message', () => {
    expect(detect('Baik Kak, saya cek dulu ya.', 'Saya nak tahu bila bungkusan saya akan sampai.')).toBe('id');
    expect(detect('Thanks, I will check now.', 'Kapan paket saya sampai?')).toBe('en');
  });

  it('falls back to the customer message, then to Indonesian, when the draft says nothing', () => {
    expect(detect('OK', 'Where is my parcel?')).toBe('en');
    expect(detect('', 'Saya nak tahu bila bungkusan saya akan sampai.')).toBe('ms');
    expect(detect('')).toBe('id');
    expect(detect('#12345')).toBe('id');
  });

  it('ignores quoted customer text', () => {
    expect(detect('> Saya nak tahu bila bungkusan saya sampai\nBaik Kak, saya cek dulu ya.')).toBe('id');
  });

  it('reads a word the same way in every draft, once it has been read (its marker is kept)', () => {
    // A clitic, a reduplication, an English inflection, an amount: the words whose marker is worked out, not looked up.
    const words = ['bolehlah', 'betul-betul', 'processed', 'Rp245.000', 'kualiti', 'zzq'];
    const first = words.map((word) => detect(`${word} ${word}`));
    expect(first).toEqual(['ms', 'ms', 'en', 'id', 'ms', 'id']);
    expect(words.map((word) => detect(`${word} ${word}`))).toEqual(first);
  });

  it('is what analyze reports when the language is auto', () => {
    expect(analyze('Saya faham, encik.', { language: 'auto' }).language).toBe('ms');
    expect(analyze('Saya faham, encik.', { language: 'id' }).language).toBe('id');
  });
});
