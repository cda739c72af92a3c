import { presumeSolution } from '../../../src/engine/rules/presume-solution.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(presumeSolution, {
  id: {
    valid: [
      'Sebenarnya Ibu tidak perlu datang ke kantor, cukup lewat aplikasi.',
      'Saya rasa Bapak tidak perlu khawatir, dananya aman.',
      'Apa yang Bapak butuhkan?',
      'Boleh saya tahu apa yang sebenarnya Kakak butuhkan?',
      'Penyelesaian seperti apa yang Ibu harapkan dari kami?',
      'Saya paham Kakak sebenarnya mau barangnya cepat sampai.',
      'Sebenarnya saya ingin menawarkan dua pilihan: refund penuh atau tukar barang.',
      'Kakak sebenarnya bisa klaim garansi langsung di aplikasi, saya bantu kirim linknya.',
      'Kakak tidak perlu khawatir, dana akan kembali besok.',
    ],
    invalid: [
      { draft: 'Bapak pasti lebih cocok dengan paket bisnis, jadi sudah saya ubah.', output: 'Saya jelaskan dulu pilihan yang ada.' },
      { draft: 'Sebenarnya Kakak tidak perlu proteksi layar, jadi sudah saya hapus.' },
      { draft: 'Yang sebenarnya Bapak perlukan itu router baru.', flagged: 'Yang sebenarnya Bapak perlukan', output: 'Yang mungkin sesuai itu router baru.' },
      { draft: 'yg sebenernya kk butuhin tuh paket premium', flagged: 'yg sebenernya kk butuhin' },
      { draft: 'Sebenarnya yang Ibu cari adalah paket keluarga.', output: 'Mungkin yang sesuai adalah paket keluarga.' },
      { draft: 'Kakak sebenarnya cuma butuh paket bulanan, bukan tahunan.' },
      { draft: 'Percayalah, Kakak pasti suka paket yang ini.' },
      { draft: 'Lebih baik Kakak ganti ke paket Premium saja.' },
      { draft: 'Yang Kakak perlukan bukan refund, tapi tukar barang.' },
      { draft: 'YANG SEBENARNYA ANDA BUTUHKAN ADALAH LAYANAN PRO.', output: 'YANG MUNGKIN SESUAI ADALAH LAYANAN PRO.' },
    ],
  },
  ms: {
    valid: [
      'Apakah yang encik harapkan daripada kami?',
      'Boleh cik kongsikan apa yang sebenarnya cik perlukan?',
      'Apa yang encik perlukan sebenarnya?',
      'Saya faham, tuan sebenarnya mahu barang ini sampai sebelum hari raya.',
      'Sebenarnya encik layak mendapat baucar, saya sudah masukkan ke akaun encik.',
      'Encik tidak perlu risau, bayaran balik akan masuk esok.',
    ],
    invalid: [
      { draft: 'Saya rasa encik tak perlukan perlindungan skrin, jadi saya dah keluarkan.', output: 'Biar saya terangkan pilihan yang ada.' },
      { draft: 'Yang sebenarnya puan mahukan ialah pelan keluarga.', flagged: 'Yang sebenarnya puan mahukan', output: 'Yang mungkin sesuai ialah pelan keluarga.' },
      { draft: 'Sebenarnya apa yang encik perlukan ialah penghala baharu.', flagged: 'Sebenarnya apa yang encik perlukan' },
      { draft: 'Encik sebenarnya perlukan pelan data yang lebih besar.' },
      { draft: 'Percayalah cakap saya, encik akan suka pelan ini.', output: 'Biar saya terangkan pilihan yang ada.' },
      { draft: 'Sebenarnya cik nak pakej bulanan, bukan tahunan.' },
      { draft: 'Apa yang tuan perlukan sebenarnya ialah pelan tanpa had.' },
    ],
  },
  en: {
    valid: [
      'I don\'t think you need to pay anything extra.',
      'I\'m sure you want this sorted quickly, so I\'ve prioritised it.',
      'What would you like to happen?',
      'Could you tell me what you really need from the new plan?',
      "I understand you really want a refund, and I'll process it now.",
      'If you really want the upgrade, I can arrange it today.',
      "You don't need to return the item.",
      "I know what you mean, and I'm sorry.",
      'Would a bigger data plan suit you better, or would you rather keep your current one?',
    ],
    invalid: [
      { draft: "I don't think you even need the extended warranty, so I've removed it.", output: 'Let me walk you through the options.' },
      { draft: 'Honestly, you don\'t want a refund.' },
      { draft: 'What you actually want is a replacement, not a refund.', flagged: 'What you actually want', output: 'One option that may suit you is a replacement, not a refund.' },
      { draft: "You'd be better off with the annual plan.", output: 'Let me walk you through the options.' },
      { draft: 'Trust me, you want the bigger model.' },
      { draft: "You don't really want to cancel, the new plan is better." },
      { draft: "What you're really after is a faster plan." },
      { draft: "You don't need a refund, you need a replacement." },
      { draft: 'I know what you need: the family bundle.' },
    ],
  },
});
