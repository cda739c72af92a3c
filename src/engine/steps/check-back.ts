import { tokenFamilyFinder } from '../match/families.js';
import { oneOfWithClitics, upTo } from '../match/compose.js';

/**
 * Check back: asking whether the resolution suits the customer ("bagaimana kedengarannya?", "adakah itu sesuai?",
 * "does that work for you?"). A closing ("ada lagi yang bisa saya bantu?", "anything else?") is courtesy, not a
 * check back, and "is that right?" confirms what the customer said (clarification).
 */

// What we proposed: "solusi ini", "jadwal tersebut", "masa itu", "cadangan ini".
const PROPOSAL = oneOfWithClitics([
  'hal', 'solusi', 'jadwal', 'waktu', 'jam', 'tanggal', 'hari', 'opsi', 'pilihan', 'cara', 'langkah', 'tawaran', 'penawaran', 'usulan',
  'rencana', 'penyelesaian', 'cadangan', 'masa', 'tarikh', 'slot', 'janji temu', 'pengaturan', 'jalan keluar', 'alternatif',
  'penggantian', 'pengembalian dana', 'bayaran balik',
]);
const SUITS_ID_MS =
  '(sesuai | cocok | oke | ok | okay | membantu | memuaskan | memuaskan hati | jelas | diterima | bisa diterima | dapat diterima | boleh diterima | menjawab | pas | berkenan | tepat | memenuhi | menepati | memadai | mencukupi | sesuai untuk | sesuai bagi | baik untuk)';
// How an arrangement suits someone, said of the arrangement: "nyaman untuk Ibu", "selesa bagi puan", "aman buat Kakak".
const SUITS_SOMEONE_ID_MS = '(sesuai | cocok | oke | ok | okay | pas | nyaman | selesa | senang | mudah | memadai | mencukupi | cukup | aman | baik)';
// Which of the options offered: "yang mana lebih sesuai", "mana satu lebih selesa".
const BETTER_ID_MS = '(sesuai | cocok | nyaman | selesa | pas | mudah | senang | enak | baik | praktis)';
const SATISFIED_ID_MS = '(setuju | bersetuju | sepakat | berkenan | puas | berpuas hati | puas hati | oke | ok | okay | senang | selesa | nyaman)';
// Words that may stand before the verdict: "sudah sesuai", "bisa diterima", "benar-benar membantu".
const ALREADY_ID_MS = '(sudah | cukup | bisa | dapat | boleh | akan | benar-benar | betul-betul | memang)';
const QUESTION_ID_MS = '(apa~ | adakah)';
// "Itu", "ini", "tersebut": what was proposed, pointed at.
const THAT_ID_MS = '(itu | ini | tersebut | ni | tu)';

const THIS_EN =
  '(that | this | it | these | those | the new? (time | date | slot | plan | option | solution | arrangement | timing | schedule | appointment | replacement | refund | offer))';
const FINE_EN = '(okay | ok | alright | all right | acceptable | satisfactory | suitable | convenient | fine | good | helpful | enough | agreeable)';
const ASK_EN = '(does | did | will | would | could | can | do)';
// What a fix does for the customer: "does that sort it out", "put things right", "clear it up", "put your mind at rest".
const SETTLES_EN =
  '(sort (it | things | that | this | everything) out | sort you out | put (it | things | that | this | everything) right | put your mind at (rest | ease) | clear (it | things | that | this) up | settle (it | things | that | this) | take care of (it | things | that | this) | cover (it | what you need) | give you (enough | what you need) | look (right | correct | ok | okay | good))';
// Options offered: "either of those", "one of these", "any of the dates".
const OPTIONS_EN = '(either | any | one | both | neither | each) of (those | these | them | the (two | three | options | dates | times | slots))';
// When something is arranged: a day, a time, "then".
const WHEN_EN =
  '(monday | tuesday | wednesday | thursday | friday | saturday | sunday | tomorrow | today | tonight | this (morning | afternoon | evening | week) | next (week | monday | tuesday | wednesday | thursday | friday) | that time | that day | then | the (@number | @ordinal) | @clock-time | @figure (am | pm))';
// Going ahead with the fix: "go ahead", "set that up", "book it".
const GO_AHEAD_EN = '(go ahead | proceed | do that | set (that | it) up | arrange (that | it))';

// A short question of its own: "Sesuai, Kak?", "ok tak, encik?", "Oke kak?".
const SHORT_QUESTIONS = [
  '(sesuai~ | cocok~ | oke~ | ok~ | okay~ | setuju~ | berkenan~) (ya | kan)? (\\, @address _?)? \\?',
  // "Oke kak?", "Aman, Bu?" without the comma chat leaves out.
  '(sesuai~ | cocok~ | oke~ | ok~ | okay~ | setuju~ | aman~) (ya | kan | begitu | gitu)? @address \\?',
  '(sesuai~ | cocok~ | oke~ | ok~ | okay~ | setuju~ | berkenan~) (tidak | ke) ..6 \\?',
];

export const findCheckBacks = tokenFamilyFinder([
  // Indonesian and Malay.
  {
    match: [
      `bagaimana (kedengarannya | bunyinya | menurut @address | pendapat @address | tanggapan @address | dengan? ${PROPOSAL} (ini | tersebut | itu | tadi | kami | saya))`,
      '(macam mana | apa) (pendapat | pandangan) @address',
      `macam mana dengan? ${PROPOSAL} (ini | tersebut | itu | tadi)`,
      // "Apakah jadwal tersebut cocok?", "Apakah hal tersebut sudah sesuai dengan yang Ibu harapkan?", "Adakah itu memuaskan hati puan?"
      `${QUESTION_ID_MS} _? _? (itu | ini | tersebut | demikian | begitu) @address? ${upTo(2, ALREADY_ID_MS)} ${SUITS_ID_MS}`,
      `${QUESTION_ID_MS} @address (sudah | cukup | merasa)? ${SATISFIED_ID_MS}`,
      // "Apakah sudah sesuai, Kak?", "Apakah bisa diterima?": nothing between the question word and the verdict.
      `${QUESTION_ID_MS} ${upTo(2, '(sudah | cukup | bisa | dapat | boleh)')} ${SUITS_ID_MS} \\,? @address? \\?`,
      '(puas hati | berpuas hati | setuju | bersetuju) (dengan | tidak | ke) ..5 \\?',
      // After steps to follow: "Sudah berhasil, Kak?", "Dah berjaya, cik?", "Apakah cara ini berhasil?"
      `${QUESTION_ID_MS}? sudah (berhasil | berjaya | bisa | boleh | jalan | lancar | beres | selesai) (ya | kan)? \\,? @address? \\?`,
      `${QUESTION_ID_MS} (cara | langkah | solusi | kaedah) (ini | itu | tersebut | tadi) sudah? (berhasil | berjaya | membantu | berfungsi)`,
      // "Kabari saya jika jadwalnya kurang cocok", "beritahu saya sekiranya masa itu tidak sesuai".
      `(kabari | kabarkan | beri tahu | beritahu | informasikan | maklumkan | maklumi) (saya | kami) ya? (jika | kalau | bila | apabila | sekiranya | seandainya) ..4 (${SUITS_ID_MS} | setuju | keberatan)`,
      // "Adakah jumlah ansuran baharu ini memadai…?": the arrangement named at more length.
      `${QUESTION_ID_MS} _ _ _ _? _? ${THAT_ID_MS} @address? ${upTo(2, '(sudah | cukup | bisa | dapat | boleh | akan)')} (sesuai | cocok | memadai | mencukupi | membantu | memuaskan)`,
      // "Apakah langkah-langkah tersebut dapat Ibu terima?"
      '(dapat | bisa | boleh) @address (terima | setujui | persetujui)',
      // "Boleh macam tu, encik?", "Bisa begitu, Kak?", "Gimana kak, gitu oke?"
      '(boleh | bisa | oke | ok) (macam tu | macam itu | macam ni | begitu | begini | gitu | gini) ya? \\,? @address? \\?',
      '(begitu | gitu | macam tu | macam itu) (oke | ok | okay | aman | boleh | bisa | sesuai | cocok) ya? \\,? @address? \\?',
      // Which of the options offered suits: "Yang mana lebih sesuai untuk puan?", "Kakak lebih nyaman opsi yang mana?"
      `yang? mana (yang | satu)? _? _? lebih ${BETTER_ID_MS}`,
      `lebih ${BETTER_ID_MS} _? _? yang? mana`,
    ],
    // "Apakah ini nomor pesanan yang benar?" is a clarification; "Apakah itu jelas?" after a kind "no" still checks back.
    unlessInSentence: '(ada | adakah | apakah ada) (lagi | hal lain | apa-apa lagi | perkara lain)',
  },
  // "…sudah sesuai dengan harapan Ibu?": only as a question (as a statement it is a promise).
  {
    match: [
      '(sudah | cukup)? sesuai (dengan | sama)? (harapan | kehendak | keperluan | kebutuhan | keinginan) @address',
      '(sudah | cukup)? sesuai (dengan | sama)? (yang | apa yang) @address (harapkan | inginkan | mau | perlukan | butuhkan | kehendaki | mahukan | hendaki)',
      // The arrangement suits the customer: "Masa tu sesuai untuk cik?", "Jam 12 besok aman buat ditelepon, Kak?",
      // "Apakah ini cukup untuk kebutuhan Bapak?", "Harap penyelesaian ni ok untuk puan?"
      `${SUITS_SOMEONE_ID_MS} (untuk | bagi | buat | dengan | kepada) (kebutuhan | keperluan | keadaan)? @address`,
    ],
    onlyInQuestion: true,
    // "Apakah ada slot lain yang sesuai untuk Ibu?" asks what the customer needs.
    unlessInSentence: '(ada | adakah | apakah ada) _? _? (lain | lagi)',
  },
  // "Sesuai, Kak?", "ok tak, encik?", "Gimana, Kak, oke?": a short question of its own, not "apakah alamatnya masih sesuai?".
  // It starts its sentence, or follows a comma, a "bagaimana" or "so", or a form of address.
  {
    onlyAfter: '(bagaimana | macam mana | jadi | kalau begitu | baik | so | then) \\,? (@address \\,?)? | @address \\,?',
    match: SHORT_QUESTIONS,
  },
  { match: SHORT_QUESTIONS.map((pattern) => `<&(\\,) ${pattern}`) },
  // English.
  {
    match: [
      `${ASK_EN} ${THIS_EN} (time | date | slot | option | plan | solution | arrangement | timing)? (work | sound | suit | help | make sense | meet | answer | solve | fix | resolve | cover | address | be ${FINE_EN})`,
      `${ASK_EN} _ _? (work | suit) for? you`,
      `how (does | do | would) ${THIS_EN} (sound | look | seem | feel)`,
      'how (do | would) you feel about',
      'what (do | would) you think ((of | about) (that | this | it | the | our | these | my | those) | \\?)',
      '(sound | sounds) good \\?',
      '(are | were | would) you be? (happy | okay | ok | comfortable | satisfied | alright | fine | pleased) with',
      `(is | was | would) ${THIS_EN} (time | date | slot | option | plan | arrangement)? be? ${FINE_EN}`,
      `let (me | us) know (if | whether) ${THIS_EN} (works | suits | sounds | helps | is ${FINE_EN} | would work | will work)`,
      'let (me | us) know (if | whether) you are (happy | okay | ok | comfortable | satisfied) with',
      'let (me | us) know (what you think | if you would (prefer | rather | like) (a different | another | something else))',
      '(is | was) (that | this | it) what you (needed | need | wanted | want | were looking for | had in mind)',
      `${ASK_EN} (${THIS_EN} | the _? _ | everything) ${SETTLES_EN}`,
      `(${ASK_EN} | is | are) ${OPTIONS_EN} _? (work | suit | sound | be ${FINE_EN} | ${FINE_EN})`,
      `(would | is | will | does | could) _? _? _? ${WHEN_EN} _? _? _? be? (${FINE_EN} | work | suit)`,
      // Offering to go ahead with the fix: "Shall I go ahead?", "Would you like me to do that?"
      `(shall | should) (i | we) (${GO_AHEAD_EN} | book (that | it))`,
      `would you like (me | us) to (${GO_AHEAD_EN} | book (that | it | one))`,
      'would you like (that | this) \\?',
      'let (me | us) know (if | whether) (everything | it | that | this | the _) now? ((look | looks) (right | correct | ok | okay | good | fine) | goes through | went through)',
    ],
    // "Does it work now?" after a troubleshooting step is about the device, not the resolution.
    unlessInSentence: '(anything | something) else',
  },
]);
