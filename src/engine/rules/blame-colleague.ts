import { phraseRule } from './rule.js';

// Colleagues an agent may blame in front of the customer.
const ID_COLLEAGUE = '(?:staf~|staff~|karyawan~|pegawai~|petugas~|agen~|rekan~|rekan kerja~|teman kerja~|kolega~|admin~|operator~|teknisi~|kasir~|cs|customer service|oknum|anak baru|orang baru|yang bersangkutan|ybs)';
const MS_COLLEAGUE = '(?:kawan (?:sekerja|setugas|saya|kami)|rakan sekerja~|rakan setugas~|rakan~|kakitangan~|staf~|pekerja~|pegawai~|ejen~|agen~|juruteknik~|juruwang~|budak baru|orang baru|yang berkenaan)';
const EN_COLLEAGUE = '(?:colleague|coworker|co-worker|staff member|staffer|agent|rep|representative|employee|technician|driver|team member|new hire|new guy|new girl|trainee|intern|cashier|guy|girl|lady|fellow|chap)';
// Up to seven words between the colleague and what is said of them ("staf baru kami yang melayani Ibu kemarin memang lalai").
const GAP = '(?:[^ .!?]+ ){0,7}';
const NOT_NEGATED = '(?<!(?:tidak|bukan|belum|jangan|never|not) )';
// What is said of them: careless, lazy, not doing the job.
const ID_FAULT = '(?:lalai|teledor|ceroboh|lengah|sembrono|malas|tidak becus|tidak kompeten|tidak profesional|tidak teliti|kurang teliti|asal-asalan|bodoh|tidak bertanggung jawab|tidak menjalankan tugas~|tidak bekerja dengan benar|ngawur|pelupa|lelet|lemot|(?:sering|selalu|suka|kerap) (?:keliru|salah|lupa|ngawur|asal-asalan))';
const MS_FAULT = '(?:cuai|lalai|malas|tidak cekap|kurang cekap|sambil lewa|cincai|tidak reti|bodoh|tidak bertanggungjawab|tidak bertanggung jawab|tidak menjalankan tugas|tidak buat kerja|tidak teliti|kurang teliti|pelupa|kuat lupa|lembab|(?:selalu|asyik|kerap|suka) (?:lupa|silap|tersilap|salah|cuai))';
const EN_FAULT = '(?:was|is|has been|were|are) (?:(?:very|really|so|just|clearly|obviously|completely|totally|honestly|frankly|pretty|quite|a bit|rather) )*(?:careless|lazy|negligent|incompetent|sloppy|useless|clueless|unprofessional|hopeless|forgetful)';
const EN_FAILED_JOB = '(?:(?:clearly|obviously|simply|just) )?(?:did not do (?:his|her|their) job|messed up|screwed up|dropped the ball|could not be bothered|did not bother|should have known better|was not paying attention|got (?:it|that|this|everything|your [^ .!?,]+) (?:(?:completely|totally|all|badly|so) )?wrong)';

// Being disciplined, said of a colleague.
const DISCIPLINED = '(?:ditegur|dipecat|diberhentikan|dibuang kerja|kena tegur|kena pecat|kena sp|kena amaran|(?:diberi|diberikan|mendapat|dikenakan|dapat|kena|(?:saya |kami )?(?:beri|berikan|memberi|memberikan)) (?:sanksi|teguran|surat peringatan|sp|sp1|sp2|peringatan keras|amaran|surat amaran|tindakan tatatertib|tindakan disiplin|hukuman))(?! (?:dari|oleh|daripada|kepada|ke|pada) (?:anda|bapak|ibu|kakak|kak|pak|bu|encik|puan|cik|tuan|awak))';
// Scolded: only when said of a colleague, since "Kakak merasa dimarahi" is about the customer.
const SCOLDED = '(?:dimarahi|kena marah|dimarah)';
// "Saya akan tegur Bapak" is a boundary with an abusive customer, not discipline of staff.
const NOT_CUSTOMER = '(?! (?:anda|bapak|ibu|kakak|kak|pak|bu|encik|puan|cik|tuan|awak|saudara|saudari))';

export const blameColleague = phraseRule(
  {
    id: 'blame-colleague',
    kind: 'warning',
    description: {
      id: 'Menyalahkan atau menegur rekan kerja di depan pelanggan.',
      ms: 'Menyalahkan atau menegur rakan sekerja di hadapan pelanggan.',
      en: 'Blaming or disciplining a colleague in front of the customer.',
    },
    messages: {
      default: {
        id: 'Jangan menyalahkan rekan kerja di depan pelanggan: bagi pelanggan, kesalahannya milik perusahaan. Akui sebagai "kami", lalu perbaiki.',
        ms: 'Jangan salahkan rakan sekerja di hadapan pelanggan: bagi pelanggan, kesilapan itu milik syarikat. Akui sebagai "kami", kemudian betulkan.',
        en: 'Don\'t blame a colleague in front of the customer: to them the mistake is the company\'s. Own it as "we", then fix it.',
      },
      discipline: {
        id: 'Teguran untuk staf dilakukan secara internal, bukan di depan pelanggan. Cukup katakan bahwa Anda akan mencegahnya terulang.',
        ms: 'Teguran kepada staf dibuat secara dalaman, bukan di hadapan pelanggan. Cukup nyatakan bahawa anda akan pastikan ia tidak berulang.',
        en: 'Coach or discipline staff in private, not in front of the customer. Just say that you will make sure it does not happen again.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id'],
      match: [
        `${ID_COLLEAGUE} ${GAP}${NOT_NEGATED}${ID_FAULT}`,
        `(?:kesalahan~|kelalaian~|keteledoran~|ulah~|human error) (?:dari |oleh )?(?:oknum |salah satu )?${ID_COLLEAGUE}`,
      ],
      suggest: ['kesalahan kami', 'kami yang keliru'],
      replaces: 'rest',
    },
    {
      lang: ['ms'],
      match: [
        `${MS_COLLEAGUE} ${GAP}${NOT_NEGATED}${MS_FAULT}`,
        `(?:kesilapan~|kecuaian~|kelalaian~) (?:daripada |dari )?(?:seorang |salah seorang )?${MS_COLLEAGUE}`,
      ],
      suggest: ['kesilapan kami', 'kami yang silap'],
      replaces: 'rest',
    },
    {
      // "masih baru, Bu, dan memang sering keliru": a new colleague's slips, told to the customer.
      lang: ['id', 'ms'],
      match: '(?:masih baru|anak baru|orang baru|budak baru|baru masuk|baru bekerja|baru kerja)(?: [^ .!?]+){0,6}? (?:memang )?(?:sering|selalu|suka|kerap|asyik) (?:keliru|salah|lupa|ngawur|silap|tersilap|cuai|lalai)',
      suggest: { id: ['kami yang keliru'], ms: ['kami yang silap'] },
      replaces: 'rest',
    },
    {
      lang: ['en'],
      match: [
        `(?:the |my |our |that |this )?${EN_COLLEAGUE} ${GAP}${EN_FAILED_JOB}`,
        `(?:the |my |our |that |this )?${EN_COLLEAGUE} ${GAP}${EN_FAULT}`,
        '(?:he|she|they) (?:clearly |obviously |simply |just )?did not do (?:his|her|their) job',
        // "he's new and keeps making these mistakes"
        '(?:he|she|they) (?:is|are) (?:still )?(?:new|brand new|learning|still learning)(?: [^ .!?]+){0,4}? (?:keeps|keep|always|constantly|often) (?:making|makes|make|getting|gets|messing|mixing)',
      ],
      suggest: ['we got this wrong', 'that was our mistake'],
      replaces: 'rest',
    },
    {
      // Disciplining staff in front of the customer: "nanti akan saya tegur", "he'll get a warning".
      lang: ['id', 'ms'],
      match: [
        `(?:akan|sudah|telah|segera|langsung|pasti|nanti|terus) (?:saya |kami |akan )*(?:tegur|pecat|beri amaran kepada|ambil tindakan ke atas)~${NOT_CUSTOMER}`,
        '(?:tegur|menegur|marahi|memarahi|memecat|pecat) (?:dia|beliau|mereka|yang bersangkutan|yang berkenaan|ybs|staf~|petugas~|karyawan~|pegawai~|kakitangan~|pekerja~|rakan~|agen~|ejen~)',
        `(?:dia|beliau|mereka|${ID_COLLEAGUE}|${MS_COLLEAGUE}) ${GAP}(?:${DISCIPLINED}|${SCOLDED})`,
        `(?:akan|sudah|telah|pasti|nanti|segera) ${DISCIPLINED}`,
        // Not "dia": a rude driver reported to a supervisor is what the customer asked for.
        '(?:laporkan|melaporkan|adukan|mengadukan) (?:staf~|petugas~|karyawan~|pegawai~|kakitangan~|pekerja~|rakan~|agen~|ejen~) (?:ke|kepada|pada) (?:atasan|pengurus|penyelia|supervisor|manajer|manager|bos|ketua)~',
      ],
      suggest: { id: ['saya akan pastikan ini tidak terulang'], ms: ['saya akan pastikan perkara ini tidak berulang'] },
      replaces: 'clause',
      messageId: 'discipline',
    },
    {
      lang: ['en'],
      match: [
        `(?:he|she|they|the agent|the colleague|my colleague|the staff member|the employee|the driver|the technician|the rep) ${GAP}(?:will|is going to|are going to|has|have) (?:get|gets|receive|be given|been given|got|received) (?:a )?(?:formal |written |final |verbal |stern )?(?:warning|reprimand|talking-to|telling-off|talking to|telling off)`,
        `(?:he|she|they|the agent|the colleague|my colleague|the staff member|the employee|the driver|the technician|the rep) ${GAP}(?:will|is going to|are going to|has|have|has been|have been|will be) (?:be )?(?:disciplined|reprimanded|fired|sacked|written up|dealt with|punished|suspended)`,
        '(?:(?:i|we) will )?(?:make sure|ensure) (?:he|she|they) (?:gets|get|receives|receive|is given|are given) (?:a )?(?:formal |written |final |verbal |stern )?(?:warning|reprimand|talking-to|telling-off|talking to|telling off)',
        '(?:i|we) (?:will|have|am going to|are going to) (?:give|given|issue|issued) (?:him|her|them) (?:a )?(?:formal |written |final |verbal |stern )?(?:warning|reprimand)',
        '(?:i|we) (?:will|am going to|are going to|have) (?:reprimand|reprimanded|discipline|disciplined|tell off|told off|write up|written up|have a stern word with|had a stern word with)',
        '(?:i|we) (?:will|am going to|are going to|have|will be|am) (?:be )?(?:reporting|report|reported) (?:him|her|them|the agent|my colleague|the staff member|the driver) (?:to (?:my|our|the) (?:team lead|team leader|supervisor|manager|boss|superior))',
        '(?:face|faces|facing|take|taking|taken|be) disciplinary action(?! against (?:you|your))',
        'disciplinary action (?:will be|has been|is being) taken(?! against (?:you|your))',
      ],
      suggest: ["I'll make sure this doesn't happen again"],
      replaces: 'clause',
      messageId: 'discipline',
    },
  ],
);
