import { internalCosts } from '../../../src/engine/rules/internal-costs.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(internalCosts, {
  id: {
    valid: [
      'Ongkos kirim retur kami yang tanggung, Kak, kurir akan menjemput barangnya besok.',
      'Biaya pengiriman tidak terlalu mahal untuk Kakak, hanya Rp9.000.',
      'Kami tidak ingin Kakak rugi, jadi dana Kakak kami kembalikan penuh hari ini.',
      'Ongkir retur lebih mahal dari harga barangnya, jadi Kakak simpan saja barangnya dan dana Kakak kami kembalikan penuh.',
      'Mohon maaf, Pak, penjemputan di luar kota memang belum tersedia; Bapak bisa kirim lewat agen terdekat dan ongkirnya kami ganti.',
      'Biaya admin Rp6.500 itu sudah saya batalkan, Bu.',
      'Tenang saja, biaya penggantian ini tidak bikin rugi Kakak sama sekali.',
    ],
    invalid: [
      { draft: 'Kami tidak bisa menambah kursi karena akan membebani anggaran operasional perusahaan.' },
      { draft: 'Maaf Pak, biaya penjemputan terlalu mahal untuk perusahaan.', flagged: 'biaya penjemputan terlalu mahal untuk perusahaan', output: 'Maaf Pak, berikut pilihan yang bisa saya tawarkan.' },
      { draft: 'Kalau kami kirim ulang gratis, kami yang rugi, Kak.', flagged: 'kami yang rugi' },
      { draft: 'Ongkirnya lumayan berat buat toko kami, Kak.' },
      { draft: 'Kami tidak sanggup menanggung biaya pengiriman ulang.' },
      { draft: 'Margin keuntungan kami sudah sangat tipis, Bu.', output: 'Berikut pilihan yang bisa saya tawarkan, Bu.' },
      { draft: 'Ongkos kirim balik lebih mahal daripada harga barangnya, jadi tidak bisa kami proses.' },
      { draft: 'Itu merugikan perusahaan, Kak.', flagged: 'Itu merugikan perusahaan' },
      { draft: 'Ongkos kirimnya bikin rugi, Kak.' },
      { draft: 'BIAYANYA TERLALU BESAR BAGI KAMI.', output: 'BERIKUT PILIHAN YANG BISA SAYA TAWARKAN.' },
    ],
  },
  ms: {
    valid: [
      'Kos penghantaran semula akan kami tanggung sepenuhnya, puan.',
      'Kos pembaikan tidak terlalu tinggi untuk encik, hanya RM20.',
      'Kami tidak mahu puan rugi, jadi bayaran balik penuh telah diproses.',
      'Kos pos balik lebih tinggi daripada harga barang, jadi cik simpan sahaja barang itu dan kami pulangkan wang cik.',
      'Caj RM15 itu telah saya batalkan, tuan.',
      'Kurier kami akan ambil barang itu esok tanpa sebarang caj.',
    ],
    invalid: [
      { draft: 'Pampasan tak dapat diberi kerana ia akan menambah kos operasi syarikat.' },
      { draft: 'Kos pengambilan terlalu tinggi bagi syarikat, cik.', flagged: 'Kos pengambilan terlalu tinggi bagi syarikat', output: 'Ini pilihan yang boleh saya tawarkan, cik.' },
      { draft: 'Nanti syarikat yang rugi, encik.', output: 'Ini pilihan yang boleh saya tawarkan, encik.' },
      { draft: 'Hantar kurier untuk barang RM20 memang tak berbaloi untuk kami.', flagged: 'Hantar kurier untuk barang RM20 memang tak berbaloi untuk kami' },
      { draft: 'Kami tak mampu tanggung kos itu, puan.', output: 'Ini pilihan yang boleh saya tawarkan, puan.' },
      { draft: 'Margin keuntungan kami memang nipis, tuan.' },
      { draft: 'Perkara ini akan membebankan syarikat.' },
      { draft: 'Penghantaran percuma akan menjejaskan keuntungan syarikat.', flagged: 'Penghantaran percuma akan menjejaskan keuntungan syarikat' },
    ],
  },
  en: {
    valid: [
      "Return shipping is on us, and our courier will collect it on Friday.",
      "It won't cost you anything, and I've booked the pickup for tomorrow.",
      'We will absorb the cost of the replacement.',
      "Shipping it back would cost more than the item is worth, so please keep it and I've refunded you in full.",
      "I can't offer a pickup in your area, but I can email you a prepaid label today.",
      'The repair costs RM50, and I have waived it for you.',
    ],
    invalid: [
      { draft: 'A courtesy car would be too costly for the airline.', flagged: 'A courtesy car would be too costly for the airline' },
      { draft: "We can't send a courier because each pickup costs us about RM30.", flagged: 'because each pickup costs us about RM30', output: "We can't send a courier but here's what I can offer instead." },
      { draft: "It just isn't worth it for us to send a courier.", flagged: "It just isn't worth it for us to send a courier" },
      { draft: 'We would lose money on this order.', output: "Here's what I can offer instead." },
      { draft: "We can't absorb the cost of a second delivery." },
      { draft: 'Free returns would eat into our margins.' },
      { draft: 'That would be too expensive for the company.', output: "Here's what I can offer instead." },
      { draft: 'SENDING A REPLACEMENT COSTS THE COMPANY TOO MUCH.' },
    ],
  },
});
