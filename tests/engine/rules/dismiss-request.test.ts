import { dismissRequest } from '../../../src/engine/rules/dismiss-request.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(dismissRequest, {
  id: {
    valid: [
      'Tidak mungkin hilang, paket Ibu aman di gudang kami.',
      'Saldo Kakak tidak mungkin terpotong dua kali, jangan khawatir.',
      'Maaf, pembatalan memang tidak bisa dilakukan, tetapi saya bisa bantu retur begitu paketnya sampai.',
      'Tidak mungkin kami biarkan Kakak menunggu lebih lama, paket pengganti sudah saya kirim hari ini.',
      'Bukan tidak mungkin, Kak, saya akan coba ajukan ke atasan saya.',
      'Keterlambatan ini memang tidak bisa diterima, Kak, saya minta maaf.',
      'Aplikasinya memang tidak bisa dibuka sejak pagi, tim kami sedang memperbaikinya.',
      'Mustahil rasanya menunggu selama itu tanpa kabar, saya paham kekesalan Kakak.',
      'Tidak bisa login? Coba reset password lewat tautan ini ya Kak.',
    ],
    invalid: [
      { draft: 'Tidak mungkin, Bu.', flagged: 'Tidak mungkin', output: 'Belum dapat kami lakukan, Bu.' },
      { draft: 'Refund tanpa bukti itu mustahil diproses.', flagged: 'mustahil diproses', output: 'Refund tanpa bukti itu belum dapat kami lakukan.' },
      { draft: 'gak mungkin kak, refund tanpa resi ga bisa sama sekali' },
      { draft: 'Maaf Pak, penggantian unit memang tidak bisa dilakukan.', flagged: 'memang tidak bisa dilakukan' },
      { draft: 'Permintaan Kakak tidak mungkin kami kabulkan.', flagged: 'tidak mungkin kami kabulkan' },
      { draft: 'Kami tidak melayani permintaan seperti itu.' },
      { draft: 'Maaf, tidak bisa.' },
      { draft: 'MUSTAHIL KAMI PROSES.', output: 'BELUM DAPAT KAMI LAKUKAN.' },
    ],
  },
  ms: {
    valid: [
      'Saldo puan tidak mungkin hangus, jangan risau.',
      'Pertukaran tanpa caj memang tidak boleh dibuat, tetapi saya boleh tawarkan baucar RM30 untuk pembelian seterusnya.',
      'Tidak mungkin kami abaikan aduan puan, kes ini sudah saya panjangkan kepada penyelia.',
      'Sekiranya tiada apa-apa lagi yang boleh saya bantu, terima kasih kerana menghubungi kami.',
      'Kelewatan ini memang tidak boleh diterima, encik, dan saya mohon maaf.',
      'Mustahil untuk bungkusan itu hilang, ia sudah diinsuranskan dan dijejak.',
    ],
    invalid: [
      { draft: 'Itu mustahil, encik.', flagged: 'mustahil', output: 'Itu belum dapat kami lakukan, encik.' },
      { draft: 'Tukar alamat selepas penghantaran memang tidak boleh dibuat.', flagged: 'memang tidak boleh dibuat' },
      { draft: 'Tak mungkin, cik, pesanan sudah dihantar.' },
      { draft: 'Tak boleh, encik.' },
      { draft: 'Itu bukan sesuatu yang kami tawarkan, puan.' },
      { draft: 'Permintaan ini sama sekali tidak boleh dipenuhi.' },
    ],
  },
  en: {
    valid: [
      "That's not possible, but what I can do is move your booking to Friday at no cost.",
      "I'm afraid that's impossible; as an alternative, I can offer store credit.",
      "It's not impossible, let me check with the airline.",
      "I know it feels impossible to get through to us, and I'm sorry.",
      'I promise this will never happen again.',
      "There's no way you should have been charged twice; I've reversed the second charge.",
      "We don't offer refunds on sale items, but I can exchange it for another size.",
      'Impossible to say exactly when, but I will update you by noon.',
    ],
    invalid: [
      { draft: 'Sorry, but that is absolutely impossible.', flagged: 'that is absolutely impossible', output: "Sorry, but I'm afraid we can't do that, but here's what I can do." },
      { draft: 'A refund at this stage is out of the question.', flagged: 'out of the question' },
      { draft: "There's no way we can change the booking now." },
      { draft: 'We don’t do that here.', flagged: 'We don’t do that here' },
      { draft: "Waiving the fee just isn't something we do." },
      { draft: "That's never going to happen." },
      { draft: 'Not a chance.' },
      { draft: 'IMPOSSIBLE.', output: "I'M AFRAID WE CAN'T DO THAT, BUT HERE'S WHAT I CAN DO." },
    ],
  },
});
