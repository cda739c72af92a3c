import { excuse } from '../../../src/engine/rules/excuse.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(excuse, {
  id: {
    valid: [
      'Pesanan yang masuk memang menumpuk hari ini, jadi saya proses manual pesanan Kakak sekarang.',
      'Mohon maaf atas keterlambatan balasan kami, Kak. Pesanan Kakak sudah saya proses dan dikirim hari ini.',
      'Sistem kami sempat gangguan tadi pagi, jadi pesanan Kakak saya proses manual sekarang dan resinya saya kirim sebelum pukul 15.00.',
      'Supervisor saya sedang rapat, dan beliau akan menelepon Bapak pukul 14.00.',
      'Tidak perlu khawatir, Bu, dana Ibu aman dan akan masuk besok.',
      'Kami sempat kekurangan staf minggu lalu, tapi itu bukan alasan; saya minta maaf dan refund Kakak sudah saya proses.',
      'Silakan cek email Kakak, voucher sudah kami kirim.',
      'Di sistem kami belum ada update, jadi saya hubungi kurirnya sekarang dan kabari Kakak sebelum pukul 17.00.',
    ],
    invalid: [
      { draft: 'Pesanan yang masuk lagi menumpuk, jadi pengiriman Kakak agak lambat.' },
      { draft: 'Kami cuma bertiga hari ini, jadi mohon tunggu giliran ya.' },
      { draft: 'Mohon dimaklumi ya, Kak, pesanan sedang menumpuk.', flagged: 'Mohon dimaklumi', messageId: 'askToAccept', output: 'Mohon maaf atas ketidaknyamanannya ya, Kak, pesanan sedang menumpuk.' },
      { draft: 'Maaf Kak, tim kami lagi kekurangan orang.', flagged: 'tim kami lagi kekurangan orang', output: 'Maaf Kak, mohon maaf atas keterlambatannya.' },
      { draft: 'Sistem kami lagi error, jadi Kakak tunggu saja ya.', flagged: 'Sistem kami lagi error' },
      { draft: 'Atasan saya sedang meeting, jadi tidak bisa dihubungi hari ini, Pak.', flagged: 'Atasan saya sedang meeting' },
      { draft: 'Kami lagi kebanjiran orderan, Kak, sabar ya.', flagged: 'Kami lagi kebanjiran' },
      { draft: 'Karena libur lebaran, Bapak harus menunggu sampai minggu depan.', flagged: 'libur lebaran' },
      { draft: 'Antrian chat lagi panjang banget kak, jadi balasnya lama.' },
      { draft: 'MOHON MAKLUM, KAMI SEDANG SIBUK SEKALI.' },
    ],
  },
  ms: {
    valid: [
      'Saya mohon maaf atas kelewatan balasan kami, encik. Bayaran balik sudah saya proses hari ini.',
      'Sistem kami tergendala pagi tadi, jadi saya proses pesanan puan secara manual dan akan hantar nombor penjejakan sebelum jam 3 petang.',
      'Penyelia saya ada mesyuarat sekarang, dan beliau akan hubungi tuan semula sebelum jam 4 petang.',
      'Untuk makluman puan, bungkusan telah dihantar pagi tadi.',
      'Cik tidak perlu risau, wang cik selamat.',
      'Kami memang kekurangan kakitangan minggu lepas, tetapi itu bukan alasan, dan saya mohon maaf.',
    ],
    invalid: [
      { draft: 'Sekarang musim promosi, jadi penghantaran lewat sikit.' },
      { draft: 'Harap maklum ya encik, kami tengah sibuk sangat.', flagged: 'Harap maklum', output: 'Saya mohon maaf atas kesulitan ini ya encik, kami tengah sibuk sangat.' },
      { draft: 'Kami sekarang tak cukup staf, cik.', flagged: 'Kami sekarang tak cukup staf', output: 'Saya mohon maaf atas kelewatan ini, cik.' },
      { draft: 'Sistem tengah down, jadi puan terpaksa tunggu.', flagged: 'Sistem tengah down' },
      { draft: 'Pengurus saya sibuk dengan mesyuarat sepanjang hari, tuan.', flagged: 'Pengurus saya sibuk dengan mesyuarat sepanjang hari' },
      { draft: 'Ramai kakitangan kami bercuti, jadi tak dapat proses sekarang.' },
      { draft: 'Musim perayaan ni memang ramai pelanggan, jadi encik kena tunggu giliran.' },
      { draft: 'Sila fahami keadaan kami, encik.', messageId: 'askToAccept' },
    ],
  },
  en: {
    valid: [
      'Only two of us are on shift tonight, but I\'ll get your claim done by 9pm.',
      "Sorry for the slow reply today. I've processed your refund, and it will reach you within 3 working days.",
      "Our system was down this morning, so I've processed your order by hand and you'll get the tracking number by 3pm.",
      'My supervisor is in a meeting right now; she will call you back by 4pm.',
      "We were short-staffed last week, but that's no excuse, and I'm sorry.",
      'Please understand that we take this seriously, and I have escalated it today.',
      "I'm so sorry about the delay, I've sent a replacement by express shipping.",
    ],
    invalid: [
      { draft: 'It\'s our holiday sale weekend, so replies will be slower.' },
      { draft: 'There are only three of us covering chat tonight, so you\'ll have to wait.' },
      { draft: "We're extremely short-staffed this week.", flagged: "We're extremely short-staffed", output: "I'm sorry for the wait this week." },
      { draft: "Our system is down, so you'll have to wait.", flagged: 'Our system is down', output: "I'm sorry for the trouble, so you'll have to wait." },
      { draft: "The payment system went down, so there's nothing I can do right now." },
      { draft: 'My manager is in meetings all day, so he cannot take your call.' },
      { draft: "We are swamped at the moment.", flagged: 'We are swamped' },
      { draft: 'Please understand that we are very busy during the holiday rush.', messageId: 'askToAccept' },
      { draft: "It's the holiday season, so you'll need to wait like everyone else." },
      { draft: 'WE ARE TOO BUSY TO CHECK EVERY ORDER.' },
      { draft: 'Half our team is off sick this week.' },
    ],
  },
});
