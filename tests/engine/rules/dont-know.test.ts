import { dontKnow } from '../../../src/engine/rules/dont-know.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(dontKnow, {
  id: {
    valid: [
      'Saya belum tahu penyebabnya, Kak, tapi akan saya cek ke gudang dan kabari sebelum jam 3 sore.',
      'Saya belum yakin kenapa saldonya terpotong. Saya cek dulu riwayat transaksinya ya, Pak.',
      'sy gak tau kak, tp sy tanyakan dulu ke tim terkait ya',
      'Kami belum tahu penyebabnya, Kak. Tim teknis sedang menyelidikinya.',
      'Mohon maaf, saya tidak tahu apakah Kakak sudah menerima email kami kemarin?',
      'Saya tidak tahu harus berkata apa, kami sungguh minta maaf atas kejadian ini.',
      'Saya tidak yakin ukuran M akan pas, bagaimana kalau Kakak cek tabel ukurannya?',
      '> saya tidak tahu cara aktivasi kartunya\nBaik Bu, caranya seperti ini.',
    ],
    invalid: [
      { draft: 'Saya tidak tahu, Kak. Di sistem juga belum ada update.', flagged: 'Saya tidak tahu', output: 'Saya cari tahu dulu, Kak. Di sistem juga belum ada update.' },
      { draft: 'sy gak tau kak knp paketnya blm sampai', flagged: 'sy gak tau' },
      { draft: 'Wah, kurang tahu Pak soal itu.', output: 'Wah, saya cari tahu dulu Pak soal itu.' },
      { draft: 'Kami juga tidak tahu-menahu soal potongan itu.', flagged: 'Kami juga tidak tahu-menahu' },
      { draft: 'Entahlah Bu, mungkin masih di jalan.', flagged: 'Entahlah' },
      { draft: 'Saya belum yakin kenapa transaksinya gagal, Kak.', output: 'Saya cari tahu dulu kenapa transaksinya gagal, Kak.' },
      { draft: 'SAYA TIDAK TAHU KAK.', output: 'SAYA CARI TAHU DULU KAK.' },
    ],
  },
  ms: {
    valid: [
      'Saya tak tahu lagi puncanya, cik, tapi akan saya semak dan maklumkan sebelum pukul 5 petang.',
      'Saya kurang pasti tentang status bungkusan itu. Biar saya semak dengan pihak kurier dahulu.',
      'Saya tak tahu nak cakap apa, kami betul-betul mohon maaf, puan.',
      'Saya tidak pasti saiz M sesuai, mungkin encik boleh cuba saiz L?',
      'Kami tiada maklumat lanjut buat masa ini, tetapi kami akan hubungi puan esok.',
      'Terima kasih encik, saya faham dan akan uruskan segera.',
    ],
    invalid: [
      { draft: 'Saya tak tahu, cik. Dalam sistem pun tiada maklumat.', flagged: 'Saya tak tahu', output: 'Biar saya semak dahulu, cik. Dalam sistem pun tiada maklumat.' },
      { draft: 'Saya pun tak tahu kenapa bayaran balik lewat, encik.', output: 'Biar saya semak dahulu kenapa bayaran balik lewat, encik.' },
      { draft: 'Entahlah puan, mungkin kurier lambat.', flagged: 'Entahlah' },
      { draft: 'Saya kurang pasti bila barang akan sampai.', output: 'Biar saya semak dahulu bila barang akan sampai.' },
      { draft: 'Maaf tuan, kami tiada sebarang maklumat tentang pesanan itu.' },
      { draft: 'Manalah saya tahu, tuan.', output: 'Biar saya semak dahulu, tuan.' },
      { draft: 'sy x tahu la encik, sistem pun x tunjuk apa2', flagged: 'sy x tahu' },
    ],
  },
  en: {
    valid: [
      "I'm not sure yet why the payment failed, but I'll check with our billing team and email you by 4pm.",
      "I don't know offhand. Let me check with the warehouse and get back to you within the hour.",
      "I'm not sure if you've seen our email from yesterday?",
      "I don't know what to say, I'm so sorry this happened.",
      'You have no idea how much we appreciate your patience.',
      "I don't know yet, but I'm looking into it now.",
      "We don't know the cause yet. Our engineers are looking into it.",
      "> I have no idea where my parcel is\nI'm sorry about that, I'll trace it right away.",
    ],
    invalid: [
      { draft: "Hi Daniel, I don't know where it is.", output: 'Hi Daniel, let me find out where it is.' },
      { draft: 'I have no idea where it is. The tracking page shows nothing.', flagged: 'I have no idea', output: 'Let me find out where it is. The tracking page shows nothing.' },
      { draft: "I don't know, sorry.", output: 'Let me find out, sorry.' },
      { draft: 'idk, maybe the courier lost it', flagged: 'idk' },
      { draft: "No idea, the system doesn't say.", flagged: 'No idea' },
      { draft: "I'm not sure why it was rejected. Let me know if you need anything else.", flagged: "I'm not sure" },
      { draft: 'I DON’T KNOW WHEN IT WILL ARRIVE.', output: 'LET ME FIND OUT WHEN IT WILL ARRIVE.' },
      { draft: "We haven't got a clue what happened, unfortunately." },
    ],
  },
});
