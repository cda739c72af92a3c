import { favorFraming } from '../../../src/engine/rules/favor-framing.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(favorFraming, {
  id: {
    valid: [
      'Mohon maaf, ini kesalahan kami. Dengan senang hati kami kirim ulang ukuran yang benar hari ini, Kak.',
      'Penukaran ini bukan pengecualian khusus, Kak, memang sudah hak Kakak sebagai pelanggan.',
      // "kali ini saja" with no mistake of ours in sight: a plain time reference.
      'Untuk kali ini saja, promo berlaku sampai jam 12 malam ya Kak.',
      'Mohon maaf atas kesalahan kami, kami pastikan hal ini hanya terjadi kali ini saja dan tidak terulang.',
      'Sebagai permintaan maaf atas kesalahan kami, kami kirimkan voucher ongkir untuk pesanan berikutnya.',
      'Ada kebijakan khusus untuk produk elektronik, Pak: garansinya 1 tahun.',
      '> kalian salah kirim, sebagai pengecualian khusus harusnya ganti rugi\nBaik Kak, kami kirim ulang hari ini ya.',
    ],
    invalid: [
      { draft: 'Paket yang kami salah kirim akan kami ganti, tapi itu pengecualian ya, Kak.', flagged: 'itu pengecualian' },
      { draft: 'Kami sudah salah tagih, tapi karena Bapak nasabah prioritas, biayanya kami kembalikan.' },
      {
        draft: 'Walaupun ini kesalahan kami, sebagai pengecualian khusus kami akan kirim ulang barangnya.',
        flagged: 'sebagai pengecualian khusus',
        output: 'Walaupun ini kesalahan kami, dengan senang hati kami akan kirim ulang barangnya.',
      },
      { draft: 'Salah kirim warna memang dari pihak kami, jadi kali ini saja kami tukar ya Kak.', flagged: 'kali ini saja' },
      { draft: 'sy akui itu salah kami, tp kali ini aja ya kak kami refund', flagged: 'kali ini aja' },
      { draft: 'PENGECUALIAN KHUSUS UNTUK KAKAK, BARANG KAMI TUKAR.', flagged: 'PENGECUALIAN KHUSUS', output: 'DENGAN SENANG HATI UNTUK KAKAK, BARANG KAMI TUKAR.' },
      { draft: 'Anggap saja Kakak beruntung, biasanya barang yang sudah dipakai tidak bisa ditukar.', flagged: 'Anggap saja Kakak beruntung' },
      { draft: 'Biasanya kami tidak mengganti ongkir, Bu, tapi karena kekeliruan kami, ongkirnya kami kembalikan.' },
      { draft: 'Kesalahan input memang di pihak kami. Sebagai pengecualian, dananya kami kembalikan penuh.', flagged: 'Sebagai pengecualian' },
      { draft: 'Baik Pak, kali ini saja kami kirim ulang barangnya.', customer: 'Kalian salah kirim barang!', output: 'Baik Pak, dengan senang hati kami kirim ulang barangnya.' },
    ],
  },
  ms: {
    valid: [
      'Kami berbesar hati membantu puan menukar barang yang tersalah hantar.',
      'Saya mohon maaf, ini kesilapan pihak kami. Kami akan pulangkan RM80 itu dengan segera, puan.',
      'Ini bukan budi bicara khas, encik, bayaran balik ini memang hak encik.',
      'Promosi ini sah untuk kali ini sahaja, cik.',
      'Kami pastikan kesilapan kami ini berlaku kali ini sahaja dan tidak akan berulang.',
      'Sebagai tanda maaf atas kesilapan kami, kami sertakan baucar RM20 untuk pembelian seterusnya.',
      'Sila semak e-mel puan, pautan itu sah sekali ini sahaja.',
    ],
    invalid: [
      { draft: 'Kami dah bertimbang rasa tukarkan barang yang kami tersilap hantar.' },
      {
        draft: 'Walaupun itu kesilapan kami, kami pulangkan RM250 kepada puan sebagai budi bicara khas.',
        flagged: 'sebagai budi bicara khas',
        output: 'Walaupun itu kesilapan kami, kami pulangkan RM250 kepada puan dengan senang hati.',
      },
      { draft: 'Kami tersalah hantar saiz, jadi kali ini sahaja kami tukar tanpa caj.', output: 'Kami tersalah hantar saiz, jadi dengan senang hati kami tukar tanpa caj.' },
      { draft: 'Memang silap kami, tapi kali ni je kami ganti, encik.', flagged: 'kali ni je' },
      { draft: 'Sebagai pengecualian khas, kami hantar semula barang encik.', output: 'Dengan senang hati, kami hantar semula barang encik.' },
      { draft: 'Anggap sahaja puan bertuah, kami sudi tukar barang tu.' },
      { draft: 'Caj berganda itu kesilapan sistem kami. Sebagai satu pengecualian, kami pulangkan wang puan.' },
      { draft: 'Biasanya kami tak buat bayaran balik, tapi sebab salah kami, kami pulangkan RM40.', flagged: 'Biasanya kami tak buat' },
    ],
  },
  en: {
    valid: [
      'We\'ll go out of our way to put this right today.',
      "I'm so sorry, this was our mistake. I'll gladly send the right colour out today.",
      "This isn't a special favour: the refund is simply what you're owed.",
      'Just this once, could you send us a photo of the label? It helps the courier.',
      'I promise this mix-up was a one-time thing on our side and it will not happen again.',
      "As an apology for our mistake, here's a 15% voucher for your next order.",
      "We won't normally ask for ID, but this order was flagged by the bank.",
    ],
    invalid: [
      { draft: 'Although the mix-up was our mistake, we\'ve graciously agreed to resend it.' },
      { draft: 'We\'ll replace the wrong item we shipped, but this is a one-off exception.' },
      {
        draft: 'Even though sending the wrong size was our mistake, as a special favour I will exchange it.',
        flagged: 'as a special favour',
      },
      { draft: "We don't normally do this, but I've refunded the shipping fee.", output: "Since this was our mistake, I've refunded the shipping fee." },
      { draft: 'Our error, so just this once we will resend the parcel.', flagged: 'just this once' },
      { draft: 'Consider yourself lucky, we are replacing it for free.', flagged: 'Consider yourself lucky' },
      { draft: "As a one-off courtesy we'll refund the double charge.", output: "As it was our mistake we'll refund the double charge." },
      { draft: 'We charged you twice, sorry. As an exception, I will refund the second payment.', flagged: 'As an exception' },
      { draft: 'AS A SPECIAL FAVOR WE WILL FIX THE ORDER.', output: 'AS IT WAS OUR MISTAKE WE WILL FIX THE ORDER.' },
      { draft: "You're lucky we even agreed to replace it, honestly.", flagged: "You're lucky we even" },
    ],
  },
});
