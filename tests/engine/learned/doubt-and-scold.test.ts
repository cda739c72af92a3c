/**
 * The learned layer's gates for assume-worst and hostile-tone (`doubted`, `scolded` in `learned/features.ts`): the
 * layer may flag assume-worst only in a sentence said to the customer with a doubt of their word or a check of it
 * ("mungkin", "supposedly", "semak") in the clause of the customer and not of us, and hostile-tone only in a sentence said to the customer
 * with no softener ("please", "tolong", "sila") and a reproach of repetition or competence in the customer's clause
 * ("again", "saya bilang ke Kakak", "baca") or a command opening a clause ("read", "jangan", "cuba"). Kind sentences of those shapes are many:
 * the weights must leave them alone. A doubt after "no" ("tidak mungkin": a certainty) and a check asked with a
 * softener ("mohon Ibu periksa kembali") are not that shape.
 */
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../src/engine/learned/features.js';
import { learnedFindings, type LearnedRule } from '../../../src/engine/learned/layer.js';
import type { Language } from '../../../src/engine/report.js';
import { toDocument } from '../../../src/engine/text/document.js';

const facts = (text: string, language: Language) => sentenceFeatures(toDocument(text), language)[0]!;
/** The rules the layer as trained flags in the text, as if the phrase rules had found none. */
const learned = (text: string, language: Language, model?: Record<string, LearnedRule>) =>
  learnedFindings(toDocument(text), language, new Set(), [], model).map((f) => f.rule);

// A model written by hand that flags any sentence said to "you" for both rules: what stops it is the gate.
const ANY: Record<string, LearnedRule> = {
  'assume-worst': { threshold: 1, weights: 'f:bias 1' },
  'hostile-tone': { threshold: 1, weights: 'f:bias 1' },
};

// Kind sentences of assume-worst's shape: a clause of the customer, not of us, with a doubt or a check of their word.
const KIND_DOUBTED: Record<Language, string[]> = {
  id: [
    'Kakak bisa cek dulu segelnya masih utuh sebelum tanda tangan.',
    'Bisa Kakak konfirmasi pesanan dibuat dengan email ini?',
    'Mungkin Kakak sudah terima notifikasinya, refund-nya masuk hari ini.',
    'Kakak benar, kesalahannya ada di sistem kami dan sudah kami perbaiki.',
    'Bisa Kakak pastikan nomor rekeningnya sekali lagi supaya refund-nya langsung masuk?',
    'Kakak pasti kesal karena terpotong dua kali, dan satu pembayaran sudah saya kembalikan.',
    'Kakak bisa pastikan alamat di profil sudah benar supaya paket penggantinya sampai?',
  ],
  ms: [
    'Boleh encik semak sama ada meterai masih elok sebelum tandatangan?',
    'Boleh cik sahkan pesanan dibuat dengan emel ini?',
    'Mungkin bungkusan cik ditinggalkan pada jiran, saya dah minta kurier telefon cik sebelum pukul 5.',
    'Encik pasti kecewa sebab kena caj dua kali, dan satu bayaran saya dah pulangkan.',
    'Encik betul, silap tu dari sistem kami dan kami dah betulkan.',
    'Boleh puan semak nombor akaun sekali lagi supaya bayaran balik terus masuk?',
    'Encik boleh pastikan alamat dalam profil supaya barang gantian sampai.',
  ],
  en: [
    "Check your parcel's seal is intact before signing.",
    'Could you confirm the order was placed with this email?',
    'Could you check whether the payment shows in your bank app?',
    'Probably you are right about the size, so I have sent the larger one.',
    'Surely you were charged twice by our error, and the extra payment is refunded.',
    'You can verify the address on your profile so the replacement reaches you.',
    'You honestly did everything right, and the error was ours.',
  ],
};

// Kind sentences of hostile-tone's shape: no softener, and a command or a word of repetition in the customer's clause.
const KIND_SCOLDED: Record<Language, string[]> = {
  id: [
    'Seperti yang saya bilang ke Kakak kemarin, refund-nya sudah dalam proses.',
    'Jangan khawatir Kak, data Kakak aman dan akunnya sudah aktif lagi.',
    'Cek email Kakak beberapa menit lagi, tautan pelacakan barunya sudah saya kirim.',
    'Lihat status terbarunya di aplikasi, pesanan Kakak sudah dikirim.',
    'Seperti yang tim kami bilang ke Kakak, paketnya tiba besok pagi.',
    'Lihat di menu Pesanan Saya, status pesanan Kakak sudah berubah jadi dikirim.',
  ],
  ms: [
    'Macam saya cakap pada encik tadi, bayaran balik dah dalam proses.',
    'Jangan risau cik, data cik selamat dan akaun dah aktif semula.',
    'Semak emel cik dalam beberapa minit, pautan penjejakan baru dah saya hantar.',
    'Tengok status terkini dalam aplikasi, barang encik dah dihantar.',
    'Macam yang kami cakap kepada encik semalam, dokumen tu dah lengkap.',
    'Tengok di menu Pesanan Saya, status pesanan cik dah bertukar kepada dihantar.',
  ],
  en: [
    'As I said to you yesterday, the refund is on its way.',
    "Don't worry, your data is safe and your account is already unlocked.",
    "Check your inbox in a few minutes, you'll get the new tracking link there.",
    'Read the tracking page for your parcel, it arrives on Friday.',
    'Follow the link in your email, and your new password is ready.',
    'As our team explained to you, the refund goes out today.',
  ],
};

describe('the gates of assume-worst and hostile-tone', () => {
  for (const language of ['id', 'ms', 'en'] as const) {
    it(`read kind sentences of assume-worst's shape as its shape, and the layer as trained leaves them alone (${language})`, () => {
      for (const text of KIND_DOUBTED[language]) {
        expect(facts(text, language).doubted, text).toBe(true);
        expect(learned(text, language, ANY), text).toContain('assume-worst');
        expect(learned(text, language), text).not.toContain('assume-worst');
      }
    });

    it(`read kind sentences of hostile-tone's shape as its shape, and the layer as trained leaves them alone (${language})`, () => {
      for (const text of KIND_SCOLDED[language]) {
        expect(facts(text, language).scolded, text).toBe(true);
        expect(learned(text, language, ANY), text).toContain('hostile-tone');
        expect(learned(text, language), text).not.toContain('hostile-tone');
      }
    });
  }

  it.each<[string, Language]>([
    // No doubt, no check, no question: a statement of what was done.
    ['Refund Kakak sudah kami proses hari ini.', 'id'],
    ['Bayaran balik encik dah kami proses hari ini.', 'ms'],
    ['Your refund was processed today.', 'en'],
    // Our own check, the customer in another clause, or a question with no doubt.
    ['Saya sudah cek akun Kakak.', 'id'],
    ['I checked the order, and you will have it on Friday.', 'en'],
    ['Do you mean the first order or the second one?', 'en'],
    // A check asked with a softener, and a doubt said with "no" (a certainty).
    ['Mohon Ibu periksa kembali nama tamu di lampiran.', 'id'],
    ['Please verify your email address.', 'en'],
    ['Dokumen Bapak tidak mungkin hilang.', 'id'],
  ])("keep assume-worst off a sentence with no doubt or check of the customer's word: %s", (text, language) => {
    expect(facts(text, language).doubted).toBe(false);
    expect(learned(text, language, ANY)).not.toContain('assume-worst');
  });

  it.each<[string, Language]>([
    // A softener, or no reproach and no command.
    ['Tolong baca lagi syaratnya ya Kak.', 'id'],
    ['Sila baca semula terma tu, encik.', 'ms'],
    ['Please read the terms again.', 'en'],
    ['Refund Kakak diproses hari ini.', 'id'],
    ['Your refund was processed today.', 'en'],
  ])('keep hostile-tone off a softened sentence, or one with no reproach nor command: %s', (text, language) => {
    expect(facts(text, language).scolded).toBe(false);
    expect(learned(text, language, ANY)).not.toContain('hostile-tone');
  });

  it.each<[string, Language]>([
    ['Baca lagi syaratnya, Kak.', 'id'],
    ['Kak, baca dulu deskripsinya sebelum komplain.', 'id'],
    ['Encik, baca la terma tu dulu.', 'ms'],
    ['Read the terms again before you write to us.', 'en'],
    ['As I already told you, the fee stays.', 'en'],
  ])('let the layer read an unsoftened reproach or command said to the customer: %s', (text, language) => {
    expect(facts(text, language).scolded).toBe(true);
    expect(learned(text, language, ANY)).toContain('hostile-tone');
  });

  it.each<[string, Language]>([
    ['Mungkin Kakak salah masukin angkanya?', 'id'],
    ['Betul ke encik tak terima bungkusan tu?', 'ms'],
    ['Are you sure nobody at home opened it?', 'en'],
    ['You probably ordered the wrong size.', 'en'],
  ])('let the layer read a doubt of the customer or their word: %s', (text, language) => {
    expect(facts(text, language).doubted).toBe(true);
    expect(learned(text, language, ANY)).toContain('assume-worst');
  });

  it('reads every number and order id as one word, so that no weight is a number of one draft', () => {
    const names: string[][] = [];
    sentenceFeatures(toDocument('Kontrak 24 bulan untuk pesanan SB2291 sudah aktif.'), 'id', names);
    expect(names[0]).toContain('b:kontrak_#0');
    expect(names[0]).toContain('w:#0');
    // Only a sentence's length class ("len:1") names a digit.
    expect(names[0]!.filter((name) => !name.startsWith('len:') && /\d/.test(name.replaceAll('#0', '')))).toEqual([]);
  });
});
