import { blameDepartment } from '../../../src/engine/rules/blame-department.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(blameDepartment, {
  id: {
    valid: [
      'Mohon maaf, ini kesalahan dari pihak kami dan akan kami perbaiki hari ini.',
      'Ini bukan salah Anda, Kak. Saya akan bantu cek pesanannya.',
      'Keluhan Bapak sudah saya teruskan ke bagian keuangan dan akan dikabari besok.',
      '> ini kesalahan bagian gudang\nBaik Kak, saya bantu cek ya.',
    ],
    invalid: [
      { draft: 'Maaf ya Kak, ini kesalahan bagian gudang.', flagged: 'ini kesalahan bagian gudang', output: 'Maaf ya Kak, kesalahan kami.' },
      { draft: 'Itu bukan urusan saya, Pak.', flagged: 'Itu bukan urusan saya', messageId: 'notMyJob' },
      { draft: 'soal kartu kredit bkn urusan sy', messageId: 'notMyJob' },
      { draft: 'Paketnya telat, kurirnya yang salah.' },
    ],
  },
  ms: {
    valid: ['Saya mohon maaf, ini kesilapan pihak kami.', 'Ini bukan salah puan, saya akan bantu semak.'],
    invalid: [
      { draft: 'Kelewatan ini berpunca daripada jabatan lain.', flagged: 'berpunca daripada jabatan lain' },
      { draft: 'Bungkusan lewat tu salah syarikat kurier, bukan salah kami.' },
      { draft: 'Itu bukan kerja saya, cik.', messageId: 'notMyJob' },
    ],
  },
  en: {
    valid: ["It's not your fault at all, and I'll fix it today.", 'That was our mistake, and I have sent the right size.', 'I have passed this to our billing team, who will call you by 5pm.'],
    invalid: [
      { draft: "The mix-up is the warehouse's fault.", flagged: "the warehouse's fault", output: 'The mix-up is our mistake.' },
      { draft: "Sorry, that's not my department.", messageId: 'default' },
      { draft: 'THAT IS NOT MY JOB.', output: 'OUR MISTAKE.' },
    ],
  },
});
