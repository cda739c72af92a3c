import { counterThreat } from '../../../src/engine/rules/counter-threat.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(counterThreat, {
  id: {
    valid: [
      'Kartu Bapak sudah kami blokir sementara demi keamanan, dan kartu baru dikirim besok.',
      'Jika Ibu ingin melapor, silakan hubungi OJK di 157. Sementara itu saya tetap bantu proses refund-nya.',
      'Tenang saja Kak, akun Anda tidak akan diblokir. Saya bantu aktifkan kembali sekarang.',
      'Kami tidak akan melaporkan Ibu, kami justru ingin menyelesaikan masalah ini bersama.',
      'Kendala ini akan kami laporkan ke tim teknis agar segera diperbaiki.',
      'Sesuai permintaan Kakak, kami akan menutup akun Kakak hari ini.',
      'Demi keamanan, akun Anda kami blokir sementara karena salah PIN 3 kali. Saya bantu buka blokirnya ya.',
      'Kami akan melaporkan akun penipu tersebut ke pihak berwajib, Kak.',
    ],
    invalid: [
      { draft: 'Kalau Ibu masih memaki, kartu Ibu kami blokir.' },
      { draft: 'Silakan sebarkan, Pak.', messageId: 'dare' },
      { draft: 'Pengacara kami siap menggugat Bapak.', output: 'Kami akan terus membantu menyelesaikan masalah ini.' },
      { draft: 'Kalau Ibu terus mengancam, kami yang akan melaporkan Ibu atas pencemaran nama baik.', output: 'Kalau Ibu terus mengancam, kami akan terus membantu menyelesaikan masalah ini.' },
      { draft: 'Kami akan blokir akun Anda kalau Anda spam lagi.', output: 'Kami akan terus membantu menyelesaikan masalah ini.' },
      { draft: 'Silakan lapor kalau berani, Pak.', messageId: 'dare', output: 'Kami tetap akan membantu menyelesaikan masalah ini, Pak.' },
      { draft: 'Silakan saja lapor, Bu. Kami tidak takut.', messageId: 'dare' },
      { draft: 'Perusahaan kami akan mengambil tindakan hukum kalau Bapak menyebarkan fitnah.', flagged: 'Perusahaan kami akan mengambil tindakan hukum kalau Bapak menyebarkan fitnah' },
      { draft: 'Jika Kakak masih mengirim pesan kasar, akun Kakak akan diblokir permanen.' },
      { draft: 'kmi bs polisikan bpk loh', flagged: 'kmi bs polisikan bpk' },
      { draft: 'Ibu bisa dijerat UU ITE kalau terus begini.' },
    ],
  },
  ms: {
    valid: [
      'Jika puan ingin membuat aduan, sila hubungi talian 1-800 kami. Saya tetap akan bantu semak bayaran balik puan.',
      'Jangan risau encik, akaun encik tidak akan disekat.',
      'Kami akan memaklumkan isu ini kepada pasukan teknikal dengan segera.',
      'Sekiranya encik mahu, kami boleh tutup akaun encik hari ini.',
      'Untuk keselamatan, akaun puan disekat sementara selepas tiga kali salah kata laluan.',
      'Puan berhak untuk membuat laporan, dan saya akan bantu sediakan dokumen yang diperlukan.',
    ],
    invalid: [
      { draft: 'Samanlah kalau nak, puan.', messageId: 'dare', output: 'Kami tetap akan membantu menyelesaikan masalah ini, puan.' },
      { draft: 'Kami akan putuskan talian encik kalau encik terus memaki.' },
      { draft: 'Silakan saman kalau berani, puan.', flagged: 'Silakan saman kalau berani', messageId: 'dare' },
      {
        draft: 'Kalau puan terus mengugut, kami akan ambil tindakan undang-undang.',
        flagged: 'kami akan ambil tindakan undang-undang',
      },
      { draft: 'Kami akan sekat akaun puan serta-merta.', output: 'Kami akan terus membantu menyelesaikan masalah ini.' },
      { draft: 'Kami tidak teragak-agak untuk laporkan encik kepada polis.' },
      { draft: 'Encik boleh didakwa kerana fitnah, tahu?', flagged: 'Encik boleh didakwa kerana fitnah' },
      { draft: 'Sila sahaja saman, kami tak kisah.', messageId: 'dare', output: 'Kami tetap akan membantu menyelesaikan masalah ini.' },
      { draft: 'Sekiranya encik terus menghina staf kami, akaun encik akan disekat.' },
    ],
  },
  en: {
    valid: [
      'If you\'d like us to cancel your subscription, we can do that today.',
      "If you'd like to file a complaint, you can reach our ombudsman at the link below, and I'll keep working on your refund.",
      "Don't worry, we won't close your account over this.",
      'As requested, we will close your account on Friday.',
      "We'll report the fraudulent seller to the police on your behalf.",
      'For your security, we temporarily blocked your card after three wrong PIN attempts.',
      "I'll report this bug to our developers today.",
    ],
    invalid: [
      { draft: 'Carry on like this and we\'ll disconnect your service.' },
      { draft: 'Share it then.', messageId: 'dare' },
      { draft: "If you keep threatening us we'll take legal action against you.", output: "We'll keep working to resolve this for you." },
      { draft: 'We will permanently ban your account.', output: "We'll keep working to resolve this for you." },
      { draft: 'Go ahead and sue, see you in court.', messageId: 'dare', output: 'If you would like to raise a complaint, I can show you how.' },
      { draft: "We'll report you to the authorities.", flagged: "We'll report you to the authorities" },
      { draft: 'We reserve the right to ban you from our store.' },
      { draft: 'If you continue to abuse our staff, your account will be suspended.' },
      { draft: 'WE WILL SUE YOU.', output: "WE'LL KEEP WORKING TO RESOLVE THIS FOR YOU." },
    ],
  },
});
