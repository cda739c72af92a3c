import { hostileTone } from '../../../src/engine/rules/hostile-tone.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(hostileTone, {
  id: {
    valid: [
      'Masa tunggu pengiriman ulang sekitar 2 hari, Kak.',
      'Mohon JANGAN bagikan kode OTP ke siapa pun ya, Kak.',
      'Dana sebesar RP 150.000 sudah kami kirim ke rekening BCA Kakak via SMS banking.',
      'Tidak ada pertanyaan yang bodoh, Kak. Saya bantu jelaskan langkahnya ya.',
      'Makanya kami sarankan memakai asuransi pengiriman. Jangan khawatir, klaimnya kami bantu.',
      'Lain kali kalau ada kendala, jangan ragu langsung hubungi kami ya Kak!!',
      'Kalau Bapak sudah membaca email kami, Bapak tidak perlu khawatir lagi soal tagihan ini.',
      'NOMOR PESANAN: INV-20240311. Pesanan sudah dikirim hari ini ya Kak.',
      'Silakan transfer ke rekening a.n. PT SUMBER MAJU JAYA ABADI, Kak.',
      '> Kalian BODOH SEMUA!!!\nMohon maaf atas ketidaknyamanannya, Pak. Saya bantu cek sekarang.',
    ],
    invalid: [
      { draft: 'Masa begitu saja tidak paham, Pak?' },
      { draft: 'Sudah saya jelaskan dua kali, Kak.' },
      {
        draft: 'Kalau Bapak BACA syarat dan ketentuannya dulu, masalah ini TIDAK AKAN terjadi!!!',
        flagged: 'Kalau Bapak BACA',
      },
      { draft: 'Pesanan Anda SUDAH KAMI KIRIM dari kemarin.', flagged: 'SUDAH KAMI KIRIM', output: 'Pesanan Anda sudah kami kirim dari kemarin.' },
      { draft: 'Makanya baca dulu deskripsinya, Kak.', flagged: 'Makanya', output: 'Untuk ke depannya, silakan baca dulu deskripsinya, Kak.' },
      { draft: 'Pakai otak dong Bu, tombolnya kan sudah jelas.', flagged: 'Pakai otak' },
      { draft: 'dasar pelanggan ngeyel, sdh sy bilang berkali2', flagged: 'dasar pelanggan ngeyel' },
      { draft: 'Jangan salahkan kami terus, Pak.', output: 'Kami akan bantu menyelesaikannya, Pak.' },
      { draft: 'Kan sudah saya bilang, paketnya masih di jalan.', output: 'Seperti yang saya sampaikan sebelumnya, paketnya masih di jalan.' },
      { draft: 'Itu salah sendiri, Kak, bukan urusan kami.', messageId: 'insult' },
      { draft: 'Bapak ini gimana sih, sudah dijelaskan berkali-kali.', flagged: 'Bapak ini gimana sih, sudah dijelaskan berkali-kali' },
    ],
  },
  ms: {
    valid: [
      'Sila pastikan nombor IC dan PIN anda betul, encik.',
      'Bayaran balik RM250 melalui FPX akan diproses dalam 3 hari bekerja.',
      'Soalan puan bukan soalan bodoh, saya faham kekeliruan ini.',
      'Lain kali jangan segan hubungi kami ya puan!!',
      'Pada masa akan datang, sila semak alamat sebelum membuat bayaran, cik.',
      'PENTING: jangan kongsi kod TAC dengan sesiapa.',
      'Produk SAMSUNG GALAXY ULTRA kini ada stok semula, encik.',
    ],
    invalid: [
      { draft: 'Takkan benda senang ni pun tak reti, encik?' },
      { draft: 'Saya dah cakap tiga kali, cik.' },
      {
        draft: 'Kalau encik BACA terma dan syarat dulu, benda ni TAK AKAN jadi!!!',
        flagged: 'Kalau encik BACA',
      },
      { draft: 'Lain kali guna otak sikit, encik.', output: 'Maaf jika penerangan kami kurang jelas, encik.' },
      { draft: 'Guna otak sikit la puan, dah tulis kat situ.', flagged: 'Guna otak sikit la puan' },
      { draft: 'Berapa kali saya nak cakap, bungkusan tu dah sampai.', output: 'Seperti yang saya maklumkan sebelum ini, bungkusan tu dah sampai.' },
      { draft: 'Itulah padahnya tak baca terma, cik.', flagged: 'Itulah padahnya' },
      { draft: 'Encik ni bangang ke apa?', messageId: 'insult' },
      { draft: 'Saya DAH CAKAP BANYAK KALI, tunggu sahaja!!', flagged: 'DAH CAKAP BANYAK KALI' },
      { draft: 'Bungkusan puan SUDAH DIHANTAR SEMALAM.', messageId: 'shouting', output: 'Bungkusan puan sudah dihantar semalam.' },
    ],
  },
  en: {
    valid: [
      'Next time you order, the size guide is on the product page; I\'ve arranged the exchange.',
      'Please do NOT share your PIN or OTP with anyone.',
      'Your refund of USD 40 to your HSBC card was sent today.',
      'There are no stupid questions, I am happy to walk you through it.',
      'That was a stupid mistake on our part, and I am sorry.',
      "Seriously, thank you for your patience. We'll deal with it today.",
      'As I mentioned earlier, the replacement ships on Monday.',
      'ORDER STATUS: shipped on Monday.',
    ],
    invalid: [
      { draft: 'Next time, maybe read the description before ordering.' },
      {
        draft: "MAYBE IF YOU HAD READ THE INSTRUCTIONS PROPERLY YOU WOULDN'T BE IN THIS MESS!!! Send it again.",
        output: 'Sorry if our instructions were not clear!!! Send it again.',
      },
      { draft: 'As I ALREADY said, the refund takes 5 days.', flagged: 'As I ALREADY said', output: 'To recap, the refund takes 5 days.' },
      { draft: 'For the last time, we do not ship to PO boxes.', output: 'To recap, we do not ship to PO boxes.' },
      { draft: "Clearly you didn't read the email we sent.", output: 'Sorry if our instructions were not clear.' },
      { draft: 'Seriously? The button is right there.', flagged: 'Seriously?' },
      { draft: 'Learn to read, the size chart is on the page.', flagged: 'Learn to read' },
      { draft: 'If you had read the instructions, this would not have happened.', flagged: 'If you had read the instructions' },
      { draft: "That's a stupid question.", messageId: 'insult' },
    ],
  },
});
