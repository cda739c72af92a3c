import { blameColleague } from '../../../src/engine/rules/blame-colleague.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(blameColleague, {
  id: {
    valid: [
      'Rekan kami yang masih baru sudah saya dampingi, dan data Bapak sudah benar sekarang.',
      'Mohon maaf, Bu, ini kesalahan kami. Pengajuan Ibu sudah saya input ulang sekarang.',
      'Rekan saya sudah menjelaskan prosesnya, dan saya akan melanjutkan pengecekannya hari ini.',
      'Staf kami akan menghubungi Bapak besok pukul 10.00 untuk jadwal pemasangan.',
      'Masukan Kakak akan kami jadikan bahan evaluasi internal agar tidak terulang.',
      'Terima kasih atas teguran Bapak, kami akan memperbaiki layanan kami.',
      'Jangan khawatir, Kak, petugas kami tidak lalai; paketnya tertahan karena banjir dan akan tiba besok.',
      'Saya mengerti Kakak pasti merasa dimarahi, dan saya minta maaf atas nada balasan kami sebelumnya.',
    ],
    invalid: [
      { draft: 'Kasir kami yang kemarin memang sering salah hitung, Bu.' },
      { draft: 'Teknisinya anak baru, Pak, jadi suka lupa bawa alat.' },
      { draft: 'Mohon maaf, Bu, staf baru kami memang teledor, jadi pengajuan Ibu belum masuk.', output: 'Mohon maaf, Bu, kesalahan kami, jadi pengajuan Ibu belum masuk.' },
      { draft: 'Maaf Kak, admin kami yang kemarin kurang teliti.', output: 'Maaf Kak, kesalahan kami.' },
      { draft: 'Petugas yang melayani Bapak kemarin sore memang tidak becus.' },
      { draft: 'Nanti akan saya tegur orangnya, Pak.', messageId: 'discipline', output: 'Saya akan pastikan ini tidak terulang, Pak.' },
      { draft: 'Karyawan tersebut sudah kami beri SP, Kak.', messageId: 'discipline' },
      { draft: 'Kurirnya sudah ditegur sama atasannya kok, Kak.', messageId: 'discipline' },
      { draft: 'Ini murni kelalaian oknum karyawan kami.', output: 'Ini murni kesalahan kami.' },
      { draft: 'CS KAMI YANG KEMARIN MEMANG CEROBOH.', output: 'KESALAHAN KAMI.' },
    ],
  },
  ms: {
    valid: [
      'Saya mohon maaf, puan, itu kesilapan kami dan saya sudah betulkan.',
      'Rakan sekerja saya akan hubungi encik esok sebelum jam 12 tengah hari.',
      'Maklum balas puan akan kami gunakan untuk latihan dalaman.',
      'Kakitangan kami tidak cuai, encik; bungkusan tertahan di kastam dan saya sedang susulinya.',
      'Terima kasih atas teguran tuan, kami akan perbaiki perkhidmatan kami.',
      'Juruteknik kami akan datang esok antara jam 9 hingga 11 pagi.',
    ],
    invalid: [
      { draft: 'Kawan sekerja saya tu memang kuat lupa, cik.' },
      { draft: 'Maaf puan, rakan sekerja saya yang melayan puan semalam memang cuai.', output: 'Maaf puan, kesilapan kami.' },
      { draft: 'Nanti saya akan tegur dia, cik.', messageId: 'discipline', output: 'Saya akan pastikan perkara ini tidak berulang, cik.' },
      { draft: 'Staf tu memang sambil lewa, encik.', output: 'Kesilapan kami, encik.' },
      { draft: 'Pekerja tersebut akan dikenakan tindakan tatatertib.', messageId: 'discipline' },
      { draft: 'Ini kecuaian salah seorang kakitangan kami.', output: 'Ini kesilapan kami.' },
      { draft: 'Ejen tu dah kena marah dengan pengurus, tuan.', messageId: 'discipline' },
      { draft: 'Budak baru tu tak reti buat kerja, puan.' },
    ],
  },
  en: {
    valid: [
      'We got your address wrong, and I\'m sorry.',
      'I\'ve reported the driver to our safety team.',
      "I'm sorry, that was our mistake, and I've put it right.",
      'My colleague will call you tomorrow before noon to confirm the booking.',
      "I've shared your feedback with the team so this doesn't happen again.",
      "It wasn't careless of you at all; the form is confusing, and I've filled it in for you.",
      'The technician will visit on Friday between 9am and 12pm.',
      'Our agent was right to flag the payment, and I have now released it.',
    ],
    invalid: [
      { draft: 'The lady at the counter got your address wrong.', output: 'We got this wrong.' },
      { draft: 'She\'s new and keeps mixing up the forms.' },
      { draft: 'I\'ll be reporting the agent to my supervisor.', messageId: 'discipline' },
      { draft: "Apologies, the colleague who took your call clearly didn't do his job properly.", flagged: "the colleague who took your call clearly didn't do his job properly" },
      { draft: "I'll make sure he gets a warning.", messageId: 'discipline', output: "I'll make sure this doesn't happen again." },
      { draft: 'The agent you spoke to was really careless.', output: 'We got this wrong.' },
      { draft: 'The new guy messed up your order, sorry.', output: 'We got this wrong, sorry.' },
      { draft: 'She will be disciplined for this.', messageId: 'discipline' },
      { draft: 'The staff member will face disciplinary action.', messageId: 'discipline' },
      { draft: 'Rest assured, the agent who was rude to you has been reprimanded.', messageId: 'discipline', output: "Rest assured, I'll make sure this doesn't happen again." },
      { draft: 'THE DRIVER WAS LAZY AND LEFT IT AT THE GATE.' },
    ],
  },
});
