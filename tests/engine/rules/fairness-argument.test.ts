import { fairnessArgument } from '../../../src/engine/rules/fairness-argument.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(fairnessArgument, {
  id: {
    valid: [
      'Saya paham Kakak kecewa. Ongkir returnya kami tanggung, dan dana Kakak kembali besok.',
      'Kakak tidak perlu membayar ongkir untuk pengembalian ini.',
      'Sesuai kebijakan kami, dana akan kembali dalam 3 hari kerja.',
      'Retur lewat 7 hari memang di luar ketentuan, tetapi saya bisa tawarkan perbaikan gratis.',
      'Biaya ongkir tetap akan kami tanggung, Kak.',
      'Saya setuju ini tidak adil untuk Kakak, dan saya minta maaf.',
      'Diskon ini berlaku untuk semua pelanggan baru.',
      'Apakah Kakak setuju dengan syarat penukaran ini?',
    ],
    invalid: [
      { draft: 'Mohon maaf Kak, aturan tetap aturan.', flagged: 'aturan tetap aturan', output: 'Mohon maaf Kak, saya akan carikan jalan keluarnya.' },
      { draft: 'Kalau kami kabulkan, itu tidak adil bagi pelanggan lain.', flagged: 'tidak adil bagi pelanggan lain' },
      { draft: 'Sesuai SOP kami, penukaran lewat 14 hari tidak bisa diproses.', flagged: 'Sesuai SOP kami, penukaran lewat 14 hari tidak bisa diproses' },
      { draft: 'Bapak sudah menyetujui syarat dan ketentuan saat mendaftar.' },
      { draft: 'Biaya ongkir tetap harus Kakak bayar ya.', messageId: 'smallFee', flagged: 'Biaya ongkir tetap harus Kakak bayar' },
      { draft: 'kk tetep hrs bayar ongkirnya ya', messageId: 'smallFee' },
      { draft: 'Mohon maaf, tidak ada pengecualian.' },
      { draft: 'Nanti semua pelanggan minta hal yang sama.' },
      { draft: 'ATURAN TETAP ATURAN, PAK.', output: 'SAYA AKAN CARIKAN JALAN KELUARNYA, PAK.' },
    ],
  },
  ms: {
    valid: [
      'Saya faham puan kecewa, dan caj RM10 itu telah saya kecualikan.',
      'Caj penghantaran tidak akan dikenakan untuk pesanan gantian ini.',
      'Mengikut polisi kami, puan layak menerima bayaran balik penuh.',
      'Pemulangan selepas 7 hari di luar syarat, tetapi saya boleh tawarkan pembaikan percuma.',
      'Kami mahu berlaku adil kepada encik, jadi beza harga itu kami pulangkan.',
      'Adakah encik bersetuju dengan terma pertukaran ini?',
    ],
    invalid: [
      { draft: 'Maaf cik, peraturan tetap peraturan.', flagged: 'peraturan tetap peraturan' },
      { draft: 'Itu tidak adil kepada pelanggan lain yang ikut syarat.', flagged: 'tidak adil kepada pelanggan lain' },
      { draft: 'Mengikut polisi syarikat, pemulangan selepas 7 hari tidak boleh diterima.' },
      { draft: 'Encik telah bersetuju dengan terma dan syarat semasa membeli.' },
      { draft: 'Caj penghantaran tetap perlu dibayar oleh encik.', messageId: 'smallFee' },
      { draft: 'Puan tetap kena bayar caj RM10 itu.', messageId: 'smallFee' },
      { draft: 'Tiada pengecualian untuk sesiapa.' },
    ],
  },
  en: {
    valid: [
      "I've waived the RM10 shipping fee for you.",
      "You won't have to pay the shipping fee.",
      'The return window is 7 days, but I can offer a free repair instead.',
      "I've made an exception this time.",
      "It's not fair that you had to wait this long, I'm sorry.",
      'A small fee applies for express delivery, would you like it?',
      "The fee is non-refundable, but I've waived it as a goodwill gesture.",
      'Our policy is to refund double charges within 24 hours, and I have started yours.',
    ],
    invalid: [
      { draft: "Policy's policy, I'm afraid.", flagged: "Policy's policy", output: "Let me see what I can do, I'm afraid." },
      { draft: "It wouldn't be fair to our other customers.", flagged: "It wouldn't be fair to our other customers" },
      { draft: 'You agreed to the T&Cs when you signed up.' },
      { draft: "You'll still have to pay the RM15 postage.", messageId: 'smallFee', output: "I'll see if I can waive the fee." },
      { draft: 'That deposit is non-refundable.', messageId: 'smallFee' },
      { draft: "We can't make exceptions." },
      { draft: 'As per our policy, we cannot refund after 7 days.' },
      { draft: "If we did it for you, we'd have to do it for everyone." },
      { draft: 'Return shipping is at your own expense.', messageId: 'smallFee' },
    ],
  },
});
