/**
 * The learned layer's gate for a rule stated as what must be done and followed by what to do (`answered` in
 * `learned/features.ts`): a regulator's rule, the law or a policy, then what we do or what the customer can do, in the
 * same sentence after a clause's end or in the next one, informs the customer; "everyone" followed in its sentence by
 * what we do or what the customer gets, and an offer for everyone, give. None is a fairness argument
 * (`docs/rules/fairness-argument.md`: "it's only fair", "everyone pays the same", equality used to refuse).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { sentenceFeatures } from '../../../src/engine/learned/features.js';
import { learnedFindings, type LearnedRule } from '../../../src/engine/learned/layer.js';
import type { Language } from '../../../src/engine/report.js';
import { toDocument } from '../../../src/engine/text/document.js';

/** Whether each sentence of the draft states a rule answered by what to do. */
const answered = (text: string, language: Language) => sentenceFeatures(toDocument(text), language).map((s) => s.answered);

// A model written by hand that flags any sentence of "every" or "all" for fairness-argument: what stops it is the gate.
const EVERYONE: Record<string, LearnedRule> = {
  'fairness-argument': { threshold: 1, weights: ['w:setiap 1', 'w:semua 1', 'w:seluruh 1', 'w:every 1', 'w:all 1', 'w:everyone 1'].join('\n') },
};
const flagged = (text: string, language: Language, model = EVERYONE) =>
  learnedFindings(toDocument(text), language, new Set(), [], model).map((f) => text.slice(f.start, f.end));

// The rule, then what to do: kind drafts the layer must leave alone.
const KIND: Record<Language, string[]> = {
  id: [
    'Sesuai peraturan OJK, setiap pembukaan rekening baru wajib melampirkan NPWP bagi semua nasabah. Kakak cukup unggah fotonya lewat aplikasi, nanti saya bantu cek.',
    'Berdasarkan ketentuan BI, semua transfer di atas Rp500 juta harus melalui RTGS. Silakan pilih menu RTGS di internet banking, biayanya sudah kami tanggung.',
    'Menurut undang-undang perlindungan data, setiap permintaan salinan data wajib diverifikasi dengan KTP untuk semua pelanggan. Kakak bisa kirim foto KTP di chat ini ya.',
    'Sesuai kebijakan maskapai, semua penumpang wajib check-in paling lambat 60 menit sebelum berangkat, jadi Kakak bisa check-in online mulai sekarang.',
    'Aturan pemerintah mewajibkan semua kartu SIM didaftarkan dengan NIK dan KK. Saya kirimkan tautan pendaftarannya sekarang, prosesnya cuma dua menit.',
    'Sesuai regulasi BPOM, setiap produk suplemen harus disertai nomor izin edar untuk semua pembeli. Nomor izinnya sudah saya tempelkan di bawah, Kak.',
    'Sesuai prosedur asuransi, setiap klaim rawat inap wajib disertai surat keterangan dokter. Mohon lampirkan suratnya di email balasan, nanti kami proses dalam 3 hari kerja.',
    'Kebijakan kami mengharuskan setiap penukaran barang menyertakan nota pembelian bagi semua pelanggan, tapi Kakak bisa pakai foto nota dari email konfirmasi.',
  ],
  ms: [
    'Mengikut peraturan BNM, setiap deposit tunai melebihi RM50,000 mesti disertakan pengisytiharan sumber dana untuk semua pelanggan. Encik boleh isi borang tu terus di kaunter cawangan.',
    'Ikut undang-undang, semua kad SIM wajib didaftarkan dengan MyKad. Sila bawa MyKad ke kedai kami, pendaftaran ambil lima minit je.',
    'Berdasarkan akta perlindungan data, setiap permintaan salinan data perlu disahkan dengan IC bagi semua pelanggan. Cik boleh hantar gambar IC melalui chat ni.',
    'Mengikut polisi syarikat, semua penukaran barang mesti disertakan resit, tetapi puan boleh guna resit digital dalam emel pengesahan.',
    'Mengikut prosedur hospital, setiap tuntutan wajib disertakan laporan doktor. Saya akan emelkan borang laporan tu kepada encik petang ni.',
    'Peraturan MCMC menetapkan semua pelanggan prabayar wajib mendaftar semula setiap tahun. Encik boleh buat pendaftaran semula dalam aplikasi, saya pun boleh bantu langkah demi langkah.',
    'Mengikut syarat penerbangan, semua penumpang mesti mendaftar masuk 60 minit sebelum berlepas, jadi cik boleh daftar masuk dalam talian mulai sekarang.',
    'Terma perkhidmatan kami menetapkan setiap pemindahan akaun perlu disahkan oleh pemegang akaun asal. Kami akan hantar pautan pengesahan ke emel encik sekarang.',
  ],
  en: [
    'Under anti-money-laundering regulations, every cash deposit over $10,000 must come with a source-of-funds declaration, for all customers. You can fill in the form at a branch or online.',
    'The law requires every SIM card to be registered with a photo ID. Please bring your ID to one of our stores and we will register it in five minutes.',
    'Data protection law says every request for a copy of your data must be verified, for all customers. You can send a photo of your ID here in the chat.',
    'Our policy requires all exchanges to come with a receipt, but you can use the digital receipt in your confirmation email.',
    'Airline rules require every passenger to check in 60 minutes before departure, so you can check in online from now.',
    "Under our insurer's procedure, every claim must include a doctor's report. I'll email you the report form this afternoon.",
    "Regulatory rules mean all prepaid customers must re-register each year. We've sent you a link, and it takes two minutes.",
    'The terms of service require every account transfer to be confirmed by the original holder. We will send a confirmation link to your email now.',
  ],
};

// The same shapes without the answer: the rule followed by a "no", by the rule again, or by nothing; the answer only
// before the rule; equality with no rule stated as what must be done. The gate leaves these to the layer.
const NEAR_MISSES: [string, Language][] = [
  ['Sesuai aturan OJK, setiap setoran tunai wajib disertai keterangan sumber dana, untuk semua nasabah. Jadi kami tidak bisa memproses setoran Kakak.', 'id'],
  ['Sesuai kebijakan kami, semua pelanggan wajib membayar biaya admin. Kakak tetap harus melunasinya bulan ini.', 'id'],
  ['Aturannya sama untuk semua nasabah. Kakak bisa baca syaratnya di aplikasi.', 'id'],
  ['Kakak bisa isi formulirnya, karena setiap setoran wajib disertai keterangan untuk semua nasabah.', 'id'],
  ['Kami wajib mengikuti peraturan OJK untuk semua nasabah.', 'id'],
  ['Mengikut polisi syarikat, semua pelanggan mesti bayar caj ini. Encik tetap kena bayar.', 'ms'],
  ['Mengikut peraturan BNM, setiap deposit mesti disertakan pengisytiharan untuk semua pelanggan, jadi kami tak boleh proses deposit encik.', 'ms'],
  ['Our policy requires every customer to pay the fee, so we cannot refund it.', 'en'],
  ['Rules are rules and everyone must pay the same fee. You will still have to pay it.', 'en'],
  ['The law requires every SIM card to be registered. We cannot make an exception for anyone.', 'en'],
  // Review 2 of session 13, finding 4: ourselves after the rule, but regret, merely following it, or the rule again.
  ["Every customer must pay this fee under our policy, I'm afraid.", 'en'],
  ['Our policy requires every customer to pay the admin fee, and we apply it to you like anyone else.', 'en'],
  ['Sesuai aturan, setiap pelanggan wajib membayar denda, saya hanya mengikuti prosedur.', 'id'],
  ['Semua pelanggan wajib bayar caj ni ikut polisi, kami cuma ikut arahan.', 'ms'],
  ['Sesuai kebijakan kami, semua pelanggan wajib membayar biaya admin. Saya hanya menjalankan aturan.', 'id'],
];

describe('a rule stated as what must be done, and what to do after it', () => {
  for (const [language, drafts] of Object.entries(KIND) as [Language, string[]][]) {
    it(`reads the rule as answered, in the same sentence or by the next (${language})`, () => {
      for (const draft of drafts) expect(answered(draft, language)[0], draft).toBe(true);
    });

    it(`keeps fairness-argument's learned findings off the rule (${language})`, () => {
      for (const draft of drafts) {
        const rule = draft.slice(0, draft.search(/\. [A-Z]/) + 1) || draft;
        expect(flagged(draft, language).filter((sentence) => rule.includes(sentence)), draft).toEqual([]);
      }
    });

    // A guard of the engine as trained, rules and weights: review 2 of session 13 found only ms's drafts reach the weights'
    // threshold with the gate taken out; the gate itself is proved by the two tests above.
    it(`the engine as trained adds no fairness-argument to these drafts (${language})`, () => {
      for (const draft of drafts) {
        const rules = analyze(draft, { language }).findings.map((f) => f.rule);
        expect(rules, draft).not.toContain('fairness-argument');
      }
    });
  }

  it.each(NEAR_MISSES)('leaves the layer to read a rule not answered by what to do: %s', (draft, language) => {
    expect(answered(draft, language)[0]).toBe(false);
    expect(flagged(draft, language)[0]).toBe(draft.slice(0, draft.search(/\. [A-Z]/) + 1) || draft);
  });

  it('reads the next sentence anew when only it changed, with the rule\'s sentence kept from the last analysis', () => {
    const model = { ...EVERYONE };
    const rule = 'Sesuai peraturan OJK, setiap setoran tunai wajib disertai keterangan sumber dana untuk semua nasabah.';
    const kind = `${rule} Kakak cukup isi formulirnya di cabang.`;
    const refusal = `${rule} Kami tidak bisa memproses setoran Kakak.`;
    expect(flagged(kind, 'id', model)).toEqual([]);
    expect(flagged(refusal, 'id', model)).toEqual([rule]);
    expect(flagged(kind, 'id', model)).toEqual([]);
  });

  it.each<[string, Language]>([
    // "Everyone", then what we do or what the customer gets, can do or need not do, after the clause's end.
    ['We apply the fee equally to everyone, and I have waived it for you today.', 'en'],
    ['Aturannya sama untuk semua pelanggan, jadi Kakak juga dapat diskon 10%.', 'id'],
    ['Caj ini sama untuk semua pelanggan, dan saya dah kecualikan untuk encik bulan ini.', 'ms'],
    ['Syarat baru ini berlaku untuk semua pelanggan, Kakak tidak perlu mendaftar ulang.', 'id'],
    ['The new terms apply to every account, and you do not need to do anything.', 'en'],
    // An offer for everyone.
    ['Promo gratis ongkir ini berlaku untuk semua pembeli, tanpa pengecualian.', 'id'],
    ['Baucar ini terpakai kepada semua pelanggan baharu.', 'ms'],
    ['Free delivery applies to all members, no exceptions.', 'en'],
  ])('reads "everyone" that gives, and an offer for everyone, as answered: %s', (draft, language) => {
    expect(answered(draft, language)).toEqual([true]);
    expect(flagged(draft, language)).toEqual([]);
  });

  it.each<[string, Language]>([
    ['Aturannya sama untuk semua pelanggan, jadi tidak bisa.', 'id'],
    ['It is the same for everyone, and we do not make exceptions.', 'en'],
    ['Everyone pays the same fee, so you will still have to pay it.', 'en'],
    ['We apply the same rule to everyone.', 'en'],
    ['Tidak ada diskon untuk semua pelanggan.', 'id'],
    ['Semua pelanggan sama, Kakak tetap harus bayar.', 'id'],
    ['Semua pelanggan kena bayar caj yang sama, tak kira siapa.', 'ms'],
  ])('leaves "everyone" as the grounds of a "no" or a charge to the layer: %s', (draft, language) => {
    expect(answered(draft, language)).toEqual([false]);
    expect(flagged(draft, language)).toEqual([draft]);
  });

  it('counts an answer only after the rule\'s clause has ended', () => {
    // "kami" inside the rule's own clause is not what we do next; after a comma, "and" or "but", it is.
    expect(answered('Setiap nasabah wajib mengikuti peraturan OJK yang kami terapkan.', 'id')).toEqual([false]);
    expect(answered('Setiap nasabah wajib mengikuti peraturan OJK, dan kami bantu isi formulirnya.', 'id')).toEqual([true]);
    expect(answered('Every customer must follow the regulator\'s rules we apply.', 'en')).toEqual([false]);
    expect(answered('Every customer must follow the regulator\'s rules, but we can fill in the form with you.', 'en')).toEqual([true]);
  });
});

// A model written by hand that flags any sentence of "berlaku", "terpakai" or "apply": what stops it is the gate.
const IN_FORCE: Record<string, LearnedRule> = {
  'fairness-argument': { threshold: 1, weights: ['w:berlaku 1', 'w:terpakai 1', 'w:apply 1', 'w:applies 1'].join('\n') },
};

describe('a term that keeps working for the customer ("tetap berlaku", "masih terpakai", "still applies")', () => {
  // Review 2 of session 13, finding 3: the fairness-argument weights flagged these.
  it.each<[string, Language]>([
    ['Kakak tidak perlu tanda tangan perjanjian baru, syarat yang lama tetap berlaku dan menguntungkan Kakak.', 'id'],
    ['Harga lama tetap berlaku untuk Kakak sampai kontrak 24 bulan selesai, jadi tagihan tidak naik.', 'id'],
    ['Encik tak perlu tandatangan perjanjian baru, syarat lama tetap berlaku dan lebih untung untuk encik.', 'ms'],
    ['Terma perjanjian encik masih terpakai, jadi kadar lama kekal sampai kontrak tamat.', 'ms'],
    ["I've checked the promo's terms and conditions and your order qualifies, so the cashback still applies.", 'en'],
    ['Good news: the terms of your agreement still apply, so your old rate stays on until the contract ends.', 'en'],
  ])('reads it as answered, and the engine adds no fairness-argument: %s', (draft, language) => {
    expect(answered(draft, language).at(-1)).toBe(true);
    expect(flagged(draft, language, IN_FORCE)).toEqual([]);
    expect(analyze(draft, { language }).findings.map((f) => f.rule)).not.toContain('fairness-argument');
  });

  it.each<[string, Language]>([
    // Something the customer must do, "everyone", a "no" in the term's own clause, or a "cannot" after it.
    ['Syarat yang lama tetap berlaku untuk Kakak, jadi Kakak wajib membayar denda pembatalan.', 'id'],
    ['Syarat yang lama tetap berlaku untuk semua pelanggan termasuk Kakak.', 'id'],
    ['Syarat lama tetap berlaku untuk Kakak, jadi kami tidak bisa mengembalikan dananya.', 'id'],
    ['Terma perjanjian encik masih terpakai, jadi encik mesti bayar caj pembatalan.', 'ms'],
    ['Terma perjanjian masih terpakai kepada encik, jadi kami tak boleh batalkan kontrak.', 'ms'],
    ['The terms you signed still apply, so you need to pay the cancellation fee.', 'en'],
    ['Every account is the same: the old terms still apply to yours.', 'en'],
    ['Your old contract still applies, so we cannot cancel it.', 'en'],
    ['Your old plan still applies, so the new discount does not apply to you.', 'en'],
  ])('leaves a term that binds or refuses to the layer: %s', (draft, language) => {
    expect(answered(draft, language)).toEqual([false]);
    expect(flagged(draft, language, IN_FORCE)).toEqual([draft]);
  });
});
