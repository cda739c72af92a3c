import type { Span } from '../report.js';
import { sentenceIndexAt, type TextDocument } from '../text/document.js';
import { mergeSpans } from '../text/spans.js';
import { tokenFamilyFinder } from '../match/families.js';
import { oneOf, oneOfWithClitics, upTo } from '../match/compose.js';

/**
 * Check back: asking whether the resolution suits the customer ("bagaimana kedengarannya?", "adakah itu sesuai?",
 * "does that work for you?"). A closing ("ada lagi yang bisa saya bantu?", "anything else?") is courtesy, not a
 * check back, and "is that right?" confirms what the customer said (clarification).
 *
 * Once the draft has resolved, a question about how the fix turned out ("Apakah Bapak sudah bisa login sekarang?",
 * "boleh puan semak dan maklumkan jika angkanya dah betul?", "is everything working now?") or an offer to go ahead
 * ("Mau saya aktifkan sekarang?", "would you like me to set it up?") checks back too; before any resolution the same
 * question draws out the problem, which is clarification.
 */

// What we proposed: "solusi ini", "jadwal tersebut", "masa itu", "cadangan ini".
const PROPOSAL = oneOfWithClitics([
  'hal', 'solusi', 'jadwal', 'waktu', 'jam', 'tanggal', 'hari', 'opsi', 'pilihan', 'cara', 'langkah', 'tawaran', 'penawaran', 'usulan',
  'rencana', 'penyelesaian', 'cadangan', 'masa', 'tarikh', 'slot', 'janji temu', 'pengaturan', 'jalan keluar', 'alternatif',
  'penggantian', 'pengembalian dana', 'bayaran balik',
]);
const SUITS_ID_MS =
  '(sesuai | cocok | oke | ok | okay | membantu | memuaskan | memuaskan hati | jelas | diterima | bisa diterima | dapat diterima | boleh diterima | menjawab | pas | berkenan | tepat | memenuhi | menepati | memadai | mencukupi | sesuai untuk | sesuai bagi | baik untuk | melegakan | meringankan | menenangkan | memudahkan)';
// How an arrangement suits someone, said of the arrangement: "nyaman untuk Ibu", "selesa bagi puan", "aman buat Kakak".
const SUITS_SOMEONE_ID_MS = '(sesuai | bisa | cocok | oke | ok | okay | pas | nyaman | selesa | senang | mudah | memadai | mencukupi | cukup | aman | baik | memungkinkan | munasabah)';
// Which of the options offered: "yang mana lebih sesuai", "mana satu lebih selesa".
const BETTER_ID_MS = '(sesuai | cocok | nyaman | selesa | pas | mudah | senang | enak | baik | praktis | suka | prefer)';
const SATISFIED_ID_MS = '(setuju | bersetuju | sepakat | berkenan | puas | berpuas hati | puas hati | oke | ok | okay | senang | selesa | nyaman)';
// Words that may stand before the verdict: "sudah sesuai", "bisa diterima", "benar-benar membantu".
const ALREADY_ID_MS = '(sudah | cukup | bisa | dapat | boleh | akan | benar-benar | betul-betul | memang)';
const QUESTION_ID_MS = '(apa~ | adakah)';
// "Itu", "ini", "tersebut": what was proposed, pointed at.
const THAT_ID_MS = '(itu | ini | tersebut | ni | tu)';

const THIS_EN =
  '(that | this | it | these | those | the new? (time | date | slot | plan | option | solution | arrangement | timing | schedule | appointment | replacement | refund | offer))';
// What we proposed, named: "that window", "this letter", "the new schedule".
const PROPOSAL_EN =
  '(time | date | slot | plan | option | solution | arrangement | timing | schedule | appointment | replacement | refund | offer | window | letter | approach | fix | setup | change | changes | credit | voucher | route | workaround | steps | step | proposal | offer | suggestion | time frame | timeframe)';
const FINE_EN = '(okay | ok | alright | all right | acceptable | satisfactory | suitable | convenient | fine | good | helpful | enough | agreeable | fair | reasonable | workable | doable | manageable)';
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
  '(sesuai~ | cocok~ | oke~ | ok~ | okay~ | setuju~ | berkenan~ | aman~) (ya | kan)? (\\, @address _?)? \\?',
  // "Gimana kak, udah cukup jelas?", "Macam mana cik, dah jelas?"
  '(sudah | cukup)? (sudah | cukup)? jelas (ya | kan)? (\\, @address _?)? \\?',
  // "Oke kak?", "Aman, Bu?" without the comma chat leaves out.
  '(sesuai~ | cocok~ | oke~ | ok~ | okay~ | setuju~ | aman~) (ya | kan | begitu | gitu)? @address \\?',
  '(sesuai~ | cocok~ | oke~ | ok~ | okay~ | setuju~ | berkenan~) (tidak | ke) ..6 \\?',
];

const findProposalChecks = tokenFamilyFinder([
  // Indonesian and Malay.
  {
    match: [
      `bagaimana (kedengarannya | bunyinya | menurut @address | pendapat @address | tanggapan @address | dengan? ${PROPOSAL} (ini | tersebut | itu | tadi | kami | saya))`,
      '(macam mana | apa) (pendapat | pandangan) @address',
      `macam mana dengan? ${PROPOSAL} (ini | tersebut | itu | tadi)`,
      // "Apakah jadwal tersebut cocok?", "Apakah hal tersebut sudah sesuai dengan yang Ibu harapkan?", "Adakah itu memuaskan hati puan?"
      `${QUESTION_ID_MS} _? _? (itu | ini | tersebut | demikian | begitu | ni | tu) @address? ${upTo(2, ALREADY_ID_MS)} ${SUITS_ID_MS}`,
      // What the fix does for the customer: "Adakah ini selesaikan isu encik?", "Apakah cara online ini memudahkan Bapak?"
      `${QUESTION_ID_MS} _? _? (itu | ini | tersebut | ni | tu) (sudah | dapat | bisa | boleh)? (selesaikan | menyelesaikan | memudahkan | membantu | menjawab | mengatasi | menyelesaikan masalah) (isu | masalah | urusan | pertanyaan | keluhan | kebimbangan)? @address`,
      `${QUESTION_ID_MS} @address (sudah | cukup | merasa)? ${SATISFIED_ID_MS}`,
      // "Apakah sudah sesuai, Kak?", "Apakah bisa diterima?": nothing between the question word and the verdict.
      `${QUESTION_ID_MS} ${upTo(2, '(sudah | cukup | bisa | dapat | boleh)')} ${SUITS_ID_MS} \\,? @address? \\?`,
      '(puas hati | berpuas hati | setuju | bersetuju) (dengan | tidak | ke) ..5 \\?',
      // "Kakak oke dengan solusi ini?", "Cik ok dengan cadangan ni?", "Apakah tidak apa-apa, Kak?"
      `${SATISFIED_ID_MS} (dengan | sama) (${PROPOSAL} | itu | ini | ni | tu) ..3 \\?`,
      // "Cocok dgn cara ini?", "Sesuai tak dengan jadual tu?"
      `(cocok | sesuai | pas) (tidak | ke)? (dengan | sama) ${PROPOSAL} (ini | itu | tersebut | ni | tu) ..3 \\?`,
      '(tidak | tak) apa-apa (ya | kan | ke)? \\,? @address? \\?',
      // After steps to follow: "Sudah berhasil, Kak?", "Dah berjaya, cik?", "Apakah cara ini berhasil?"
      `${QUESTION_ID_MS}? sudah (berhasil | berjaya | bisa | boleh | jalan | lancar | beres | selesai) (ya | kan)? \\,? @address? \\?`,
      `${QUESTION_ID_MS} (cara | langkah | solusi | kaedah) (ini | itu | tersebut | tadi) sudah? (berhasil | berjaya | membantu | berfungsi)`,
      // "Kabari saya jika jadwalnya kurang cocok", "beritahu saya sekiranya masa itu tidak sesuai".
      `(kabari | kabarkan | beri tahu | beritahu | informasikan | maklumkan | maklumi | konfirmasi | konfirmasikan | sahkan) (saya | kami)? ya? (jika | kalau | bila | apabila | sekiranya | seandainya) ..4 (${SUITS_ID_MS} | setuju | bersetuju | keberatan)`,
      // "Adakah jumlah ansuran baharu ini memadai…?": the arrangement named at more length.
      `${QUESTION_ID_MS} _ _ _ _? _? ${THAT_ID_MS} @address? ${upTo(2, '(sudah | cukup | bisa | dapat | boleh | akan)')} (sesuai | cocok | memadai | mencukupi | membantu | memuaskan)`,
      // Whether our explanation answered: "Apakah penjelasan saya sudah cukup jelas?", "Adakah penerangan saya membantu?"
      `${QUESTION_ID_MS} (penjelasan~ | penerangan~ | jawaban~ | jawapan~ | info~ | informasi~ | maklumat~ | keterangan~) (saya | kami | ini | itu | tadi | ni | tu)? ${upTo(2, ALREADY_ID_MS)} (jelas | membantu | menjawab | mencukupi | memadai)`,
      // "Apakah langkah-langkah tersebut dapat Ibu terima?"
      '(dapat | bisa | boleh) @address (terima | setujui | persetujui)',
      // "Boleh macam tu, encik?", "Bisa begitu, Kak?", "Gimana kak, gitu oke?"
      '(boleh | bisa | oke | ok) (ke | kah)? (macam tu | macam itu | macam ni | begitu | begini | gitu | gini | seperti itu | seperti ini | camtu) ya? \\,? @address? \\?',
      '(begitu | gitu | macam tu | macam itu) (oke | ok | okay | aman | boleh | bisa | sesuai | cocok) ya? \\,? @address? \\?',
      // Which of the options offered suits: "Yang mana lebih sesuai untuk puan?", "Kakak lebih nyaman opsi yang mana?"
      `yang? mana (yang | satu)? _? _? lebih ${BETTER_ID_MS}`,
      `lebih ${BETTER_ID_MS} _? _? yang? mana`,
    ],
    // "Apakah ini nomor pesanan yang benar?" is a clarification; "Apakah itu jelas?" after a kind "no" still checks back.
    unlessInSentence: [
      '(ada | adakah | apakah ada) (lagi | hal lain | apa-apa lagi | perkara lain)',
      // "Mau dikirim ke alamat yang mana?" asks for a detail.
      '(alamat | nombor | nomor | akaun | akun | rekening | bank | cawangan | cabang | warna | saiz | ukuran) (yang)? mana',
    ],
  },
  // "…sudah sesuai dengan harapan Ibu?": only as a question (as a statement it is a promise).
  {
    match: [
      '(sudah | cukup)? sesuai (dengan | sama)? (harapan | kehendak | keperluan | kebutuhan | keinginan) @address',
      '(sudah | cukup)? sesuai (dengan | sama)? (yang | apa yang) @address (harapkan | inginkan | mau | perlukan | butuhkan | kehendaki | mahukan | hendaki)',
      // The arrangement suits the customer: "Masa tu sesuai untuk cik?", "Jam 12 besok aman buat ditelepon, Kak?",
      // "Apakah ini cukup untuk kebutuhan Bapak?", "Harap penyelesaian ni ok untuk puan?"
      `${SUITS_SOMEONE_ID_MS} (untuk | bagi | buat | dengan | kepada) (kebutuhan | keperluan | keadaan)? _? @address`,
    ],
    onlyInQuestion: true,
    // "Apakah ada slot lain yang sesuai untuk Ibu?" asks what the customer needs; "…cukup utk Ibu, atau ada yg lain yg
    // Ibu harapkan?" offers more after checking back.
    unlessAfter: '(ada | adakah | apakah ada) _? _? (lain | lagi) (yang)?',
    afterWindow: 3,
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
      `${ASK_EN} ${THIS_EN} ${PROPOSAL_EN}? (still | also | now)? (work | sound | suit | help | make sense | (seem | sound | feel) ${FINE_EN} | meet | answer | solve | fix | resolve | cover | address | be ${FINE_EN})`,
      // Which of the options offered suits: "Which of the two options sounds better to you?", "which one would suit you best?"
      'which (one | option | of (the | these | those | them | the two | the three)) ..4 (suit | suits | sound | sounds | work | works | prefer) you? (better | best | for you)',
      // "Which works better?", "let me know which you'd prefer".
      'which (one | option | time | date | slot | day)? (works | suits | sounds) (better | best)',
      'let (me | us) know which (one | option | of (the | these | those | them))? (you | suits | works | sounds)',
      'which (one | option | of (the | these | those | them)) _? _? would you (prefer | rather | like)',
      `${ASK_EN} _ _? (work | suit) for? you`,
      `how (does | do | would) ${THIS_EN} (sound | look | seem | feel)`,
      'how (do | would) you feel about',
      'what (do | would) you think ((of | about) (that | this | it | the | our | these | my | those) | \\?)',
      '(sound | sounds) good \\?',
      // "Sound ok?", "sounds fair?", "Does all of that make sense?", "Would a Traveloka voucher also be acceptable if the
      // hotel refuses?" (what we would give, not "Would a photo be okay…?", which asks for evidence)
      `<-(_) (that)? (sound | sounds) (ok | okay | alright | all right | fair | reasonable | right) \\?`,
      `${ASK_EN} (all | any) of ${THIS_EN} (still | also)? (work | sound | suit | help | make sense | (seem | sound | feel) ${FINE_EN})`,
      `(would | will) (a | an) _? (voucher | credit | refund | replacement | callback | call | visit | discount | exchange | slot | time | date | transfer) (also | still)? be ${FINE_EN}`,
      '(are | were | would) you be? (happy | okay | ok | comfortable | satisfied | alright | fine | pleased) (with | for (me | us) to)',
      // "Do you agree?", "Happy with that?", "Please confirm if you're happy with this."
      '(do | would) you agree',
      '<-(_) (happy | okay | ok | alright | fine | good) with (that | this | it | the (plan | option | arrangement)) \\?',
      '(confirm | let (me | us) know) (if | whether) you (are | were)? (happy | okay | ok | comfortable | satisfied | fine) (with | for (me | us) to)',
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

// How the fix turned out: working, right, arrived. "Sudah bisa login", "dah kembali normal", "working properly".
const WORKS_ID_MS =
  '(berhasil | berjaya | normal | pulih | stabil | lancar | berfungsi | masuk | muncul | kelihatan | keluar | sampai | diterima | terima | menerima | beres | betul | benar | sesuai | aktif | jalan | bisa | boleh | dapat | sama | tinggal | hilang | mengalir | aman | ok | oke | okay | baik | nyampe | menyala | terlihat | tampil | nampak | keliatan | kebuka | terbuka | berubah | bertambah | ketemu | berjumpa | jumpa | hidup | nyala | lengkap | balance | seimbang)';
const WORKS_EN =
  '(working | work | works | stable | sounds good | sound good | sounds ok | sounds okay | sounds right | running | fixed | sorted | resolved | back | showing | arrived | arrives | arrive | come through | comes through | gone through | goes through | received | got it | landed | lands | reflected | look right | looks right | look correct | looks correct | look off | looks off | look wrong | looks wrong | seem right | seems right | right | correct | fits | fit | opens | open | show up | shows up | match | matches | go through | went through | see | see it | spot | make sense | makes sense | reached you | reach you | appeared | appears | cleared | credited | gone in | went in | holds | sticks)';
// Asking the customer to try it and tell us: "kabari saya apakah…", "beritahu saya jika…", "let me know if…".
const TELL_US =
  '(konfirmasi~ | kabari | kabarin | kabarkan | beri tahu | beritahu | bagitahu | bagitau | bgtau | bagi tahu | bagi tau | informasikan | infokan | maklumkan | maklumi | sahkan | konfirmasi | let (me | us) know | letting (me | us) know | tell (me | us) | confirm)';
// Reporting back after trying the fix: telling us, replying, confirming, updating us.
const REPORT_BACK = `(${TELL_US} | reply | balas | update (me | us | saya | kami) | drop (me | us) a (line | message | note))`;
// Any way the customer may write back: "balas je emel ni", "reply here", "chat sy aja", "bilang ya", "DM me".
const WRITE_BACK = `(${REPORT_BACK} | bilang | cakap | (chat | hubungi | contact | message | dm | ping | email | emel | whatsapp | wa | mesej | mention | tag | text) (saya | kami | me | us) | shout)`;
// What was arranged, named in a question about it: "jam 12 besok", "penghantaran esok", "Thursday", "4:15", "plan ini".
// A detail the customer holds, not a fix: "your phone number", "the email address".
const CONTACT_DETAIL = '-(phone | number | email | address | contact | details | mobile | nombor | nomor)';
// What the customer does themselves, not a time to be there: pay, transfer, send, upload.
const CUSTOMER_ACTS = 'transfer | bayar | membayar | kirim | mengirim | kirimkan | upload | hantar | hantarkan | tf';
const ARRANGEMENT =
  '(jam | pukul | @clock-time | @figure | hari | tanggal | tarikh | masa | slot | jadwal~ | jadual~ | waktu~ | besok | esok | lusa | pagi | siang | sore | petang | malam | senin | selasa | rabu | kamis | jumat | sabtu | minggu | isnin | khamis | ahad | plan | rencana~ | cara~ | skema~ | opsi~ | pilihan~ | penghantaran~ | pengiriman~ | time | day | date | window | slot | tomorrow | today | tonight | morning | afternoon | evening | monday | tuesday | wednesday | thursday | friday | saturday | sunday)';
// The verdict asked about an arrangement: "aman", "oke", "sesuai", "okay", "suit".
const SUITS_ANY = '(oke | ok | okay | aman | sesuai | cocok | pas | fine | good | suit | suits | convenient)';
// Trying or checking the fix on the customer's side: "cuba log masuk", "semak bil", "cek di menu", "have a look".
const TRY_OR_CHECK = '(+cuba | +coba | +semak | +cek | check | spot-check | try | test | tengok | lihat | look | refresh | restart | cocokkan | mencocokkan | padankan | bandingkan | membandingkan | compare)';
// We do it ourselves: "saya akan cek lagi", "we'll check", "kami semak".
const AGENT_DOES_WORDS = ['saya', 'kami', 'aku', 'kita', 'i', 'we', 'akan', 'will', 'shall'];
const AGENT_DOES = oneOf(AGENT_DOES_WORDS);
// The details a reply may ask for, with their clitic forms: "nombornya", "lokasinya", "alamatnya".
const DETAIL_WORD = '(nombor~ | nomor~ | number | alamat~ | address | nama~ | name | kata laluan | password | lokasi~ | location)';
// A detail asked for: "…and tell me your order number", "beritahu saya nombornya", "balas dengan lokasinya". A bare
// "nombor"/"name" in the sentence counts; a clitic form or a location only right after the asking ("Kalau nomornya
// masih belum bisa dilacak, kabari saya" names the fixed thing, and still checks back).
// We report back, not the customer: "nanti sy kabarin kalo udh masuk", "we'll confirm by email if it bounces again".
const WE_REPORT = `(saya | kami | aku | i | we) (akan | will | nanti | terus | langsung | segera | shall)? (${TELL_US} | update you | email you | call you | message you)`;
const DETAIL_RIGHT = '(is | are | looks | look | now | sudah | dah | udah | sdh)? (right | correct | betul | benar | sesuai | ok | okay)';
const DETAIL_ASKED = [
  // Not the detail said to be right on what we fixed: "Could you open one and confirm the number is right now?" (but
  // "Could you check the account number and send it to me?" asks for it).
  `(nombor | nomor | number | alamat | address | nama | name | kata laluan | password) -(${DETAIL_RIGHT})`,
  `(${WRITE_BACK} | send | share | kirim | kirimkan | hantar | hantarkan | kongsi | berikan | bagi) (dengan | with | me | us | saya | kami)? ..2 ${DETAIL_WORD} -(${DETAIL_RIGHT})`,
];
// Arriving, showing, working on the customer's side: "belum masuk", "tak nampak", "hasn't appeared", "doesn't show up".
const ARRIVES_OR_SHOWS =
  '(sampai | sampe | nyampe | tiba | masuk | muncul | nampak | kelihatan | terlihat | keliatan | tampil | diterima | terima | menerima | dapat | berubah | berfungsi | jalan | show | shows | showing | show up | appear | appeared | appears | arrive | arrived | arrives | reached | reach | received | receive | get | got | see | seen | work | working | works | worked | come through | gone through | go through | dipulangkan | dikembalikan | dikreditkan | refunded | returned | credited)';
// What we arranged happening: someone coming or calling, word of it, turning up.
const ARRIVES_OR_NOT_CALLED =
  '(datang | come | came | turned up | turn up | turns up | call | called | calls | telpon | telepon | telefon | panggilan | kabar | khabar | heard | hear | panggil)';
// Choosing between what we offered: "mau", "nak", "pilih", "prefer", "lebih sreg", "lebih sesuai".
const CHOOSING_ID_MS =
  '(pilih | memilih | mau | mahu | nak | ingin | hendak | prefer | suka | selesa | nyaman | sreg | cocok | sesuai | mudah | senang | membantu)';
// What came through or shows on the customer's side, after "sudah": "masuk", "keliatan", "nampak", "bertambah".
const SHOWN_ID_MS =
  '(keliatan | kelihatan | terlihat | nampak | muncul | tampil | tertera | masuk | sampai | sampe | nyampe | tiba | terima | diterima | dapat | kebuka | terbuka | berhasil | berjaya | pulih | normal | bertambah | nambah | balik | kembali | aktif)';
// A question that asks which, when, how much or where draws out a detail: "udah masuk ke rekening yang mana?".
const ASKS_WHICH_OR_WHEN = '(apa | mana | bila | kapan | berapa | bagaimana | gimana | siapa | what | which | where | when | how | who)';
// We will do it: "sy akan emel tuan esok", "I'll check".
const WE_WILL = '(saya | kami | aku | i | we) (akan | will | shall | nanti)';
// How things stand now, after the fix: "sudah", "sekarang", "now", "still".
const NOW_STATE = '(sudah | telah | sekarang | kini | now | still | masih)';

// Something new we gave: "the new card", "your new booking date" (not "the new error message", "the new charge").
const NEW_GIVEN = 'new (card | plan | balance | limit | password | pin | booking | date | item | link | invoice)';

const findChecksAfterTheFix = tokenFamilyFinder([
  // What the customer makes of the fix: "Do let me know your thoughts", "tell me what you think", "kabari sy pendapat
  // Kakak", "bagitau sy apa pendapat puan".
  {
    match: [
      '(let (me | us) know | tell (me | us)) (your thoughts | what you think)',
      `${TELL_US} (saya | kami | sy)? (ya | ye)? (apa)? (pendapat | pandangan) @address`,
    ],
    // Not on a programme or a survey: "Let us know your thoughts on our new loyalty programme in the survey."
    unlessInSentence: '(programme | programmes | program | programs | survey | surveys | questionnaire | poll | feedback form | survei | tinjauan | kaji selidik | kuesioner | kuisioner | soal selidik)',
  },
  // "Apakah Bapak sudah bisa login sekarang?", "Adakah tekanan air… sudah kembali normal?", "Has everything been working
  // properly since Wednesday?", "Is everything working as you'd expect?"
  {
    match: [
      `(apakah | adakah | apa) ..8 (kini | sekarang)? (sudah | telah | kini | sekarang) (bisa | boleh | dapat | kembali | berhasil | berjaya)? ${WORKS_ID_MS}`,
      // The place named at length first: "Adakah tekanan air di rumah tuan, terutamanya di tingkat atas, sudah kembali normal?"
      `(apakah | adakah) _ _ _ _ ..8 (sudah | telah) kembali? ${WORKS_ID_MS}`,
      // "Angka dah sama dgn fizikal tak?", "udh muncul blm menunya?"
      `sudah ${WORKS_ID_MS} _? _? (belum | tidak | ke) _? _? \\?`,
      `(apakah | adakah) ..8 (berhasil | berjaya | stabil | lancar | normal | pulih) (sekarang | kembali | semula | lagi)`,
      // (Not a detail the customer holds: "Is your phone number still working, so the courier can call?")
      `(is | are | has | have | does | do) (everything | it | things | that | this | (the | your) ${CONTACT_DETAIL} _ _?) (now | all | still)? (been)? ${WORKS_EN}`,
      // Everything in order, asked of it: "Adakah semuanya dalam keadaan baik dan memuaskan hati puan?", "Apakah semuanya
      // sudah aman, Bu?"
      // (Not the customer's papers before sending: "Adakah semua dokumen sudah lengkap dan ok untuk dihantar?")
      '(apakah | adakah) (semua~ | semuanya | segalanya) -(dokumen~ | borang~ | formulir~ | berkas~ | maklumat~ | informasi~ | data~ | fail~ | foto~ | gambar~ | syarat~) ..6 (baik | memuaskan | lancar | aman | sesuai | ok | oke | okay | beres)',
      // Whether it came through: "Sudah masuk belum, Kak?", "Dah terima ke?", "Has the refund come through yet?"
      `<-(_) sudah (di)? ${WORKS_ID_MS} (belum | ke | kah | tak | atau belum | ya)? \\,? @address? \\?`,
      // With what came through named: "Udah masuk emailnya, Kak?", "Dah dapat kod tu?", "udh bisa masuk kamar, Pak?"
      `<-(_) sudah (bisa | boleh | dapat)? (di)? ${WORKS_ID_MS} _ _? _? (belum | ke | kah | tak | ya)? \\,? @address? \\?`,
      '(has | have | did) (the | your | it | everything | they | that) _? _? (come through | arrived | arrive | reached you | reach you | landed | land | shown up | show up | appeared | appear | reflected | go through | gone through)',
      // What the fix does for the customer, asked of it: "Does that all make sense?", "Does that ease things for now?",
      // "Does that show on your balance now?", "Would a call tomorrow help?", "Is that a good time for you?"
      '(does | did | will | would) (that | this | it | everything) (all | now | still | also)? (make sense | ease | square | show | shows | look | sound | help | cover | work | suit | sort)',
      '(would | will) (a | an | the | that | this | tomorrow | tomorrow\'s | an earlier | a later) _? _? _? (help | work | suit | do)',
      '(is | would) (that | this | it) (be)? (still)? (a | an)? (good | convenient | okay | ok | suitable | better) (time | day | slot | option | plan)? for you',
      '(everything | it | that | this | all) ..6 (look | looks | seem | seems) (right | ok | okay | good | correct | alright | all right)',
      `(anything | something) ..8 (look | looks | seem | seems) (right | off | wrong | correct)`,
    ],
    onlyInQuestion: true,
    // The customer's papers made ready to send are no fix of ours: "Adakah semua dokumen sudah lengkap dan ok untuk dihantar?"
    unlessInSentence: '(dokumen~ | borang~ | formulir~ | berkas~ | lampiran~ | documents | forms | paperwork) ..6 (lengkap | cukup | siap | sedia | complete | ready)',
  },
  // "Boleh cik semak bil Julai dan beritahu saya jika jumlahnya betul?", "kabari saya apakah struknya sudah keluar
  // normal", "let me know if anything still looks off".
  {
    match: [
      `${TELL_US} (saya | kami)? (ya | yah)? (jika | kalau | apakah | sama ada | samada | bila | if | whether | once | when | after | setelah | selepas | lepas | begitu) ..6 (${WORKS_ID_MS} | ${WORKS_EN})`,
    ],
    // "Nanti sy kabarin kalau udah sampai": we report, not the customer.
    unlessAfter: '(saya | kami | aku | i | we) (akan | will | nanti | terus | langsung | segera | shall)?',
    afterWindow: 0,
  },
  // Word asked on how it turned out, with no "if" between: "Kabarin ya Bu martabaknya udah nyampe atau blm", "bagitau sy
  // baki dah betul ke", "Can you let me know once it's in?"
  {
    match: [
      `${TELL_US} (saya | kami)? (ya | ye | yah)? (\\,)? @address? (\\,)? ..3 sudah (di)? (${WORKS_ID_MS} | balik | kembali | bertambah | nambah | lunas) (atau belum | belum | ke | tidak)?`,
      `${TELL_US} (once | when | as soon as | after) (it | they | that | this | everything | the _) (is | are | has | have)? (been)? (in | through | there | arrived | landed)`,
    ],
    unlessAfter: '(saya | kami | aku | i | we) (akan | will | nanti | terus | langsung | segera | shall)?',
    afterWindow: 0,
    unlessInSentence: DETAIL_ASKED,
  },
  // Inviting word on how the fix turns out, as a condition: the arrangement does not suit ("Kalau jam 4 tak sesuai,
  // balas emel ni", "If Thursday doesn't suit, tell me a better day"), it arrives or does not ("Nanti kalau udah
  // sampe kabarin sy", "Kalau Jumat belum masuk, balas email ini"), the trouble is still there ("kalau masih lari,
  // bagitau sy", "Jika masih rendah, balas emel ini"), or something looks off ("If anything's missing, just reply
  // here"). Only once the draft has resolved; not a closing's "kalau masih ada pertanyaan, hubungi kami".
  {
    match: [
      `(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..5 (tidak | kurang | not) (${SUITS_ANY} | work | works | berkenan | sempat)`,
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila | nanti | once | when | setelah | selepas | lepas) ..5 ((sudah | belum | telah | tidak) (sampai | sampe | nyampe | tiba | diterima | masuk | terima | dapat | muncul) | diterima | nyampe | nyampai | arrives | arrived | lands | landed | comes through | shows up | goes through)',
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..8 (still | masih)',
      // It has not come through or does not show: "If the refund hasn't appeared by Friday, reply here", "kalau dlm app
      // encik x nampak kredit tu esok pagi, reply emel ni", "kalau Senin blm muncul, chat sy aja".
      `(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..6 (not | tidak | belum | never) _? ${ARRIVES_OR_SHOWS}`,
      // What we arranged does not happen by its time: "Kalau sampai jam 16.00 belum ada yg datang, balas email ini", "If
      // nobody has come by 4:30, reply here", "nanti kalo besok siang blm ada telpon, chat saya", "if it hasn't turned
      // up by Friday, let me know", "Kalau Isnin tu puan tak dapat panggilan, mesej saya".
      `(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..6 (not | tidak | belum | never | nobody | no one | tiada) (ada | has | have | had)? _? (yang)? ${ARRIVES_OR_NOT_CALLED}`,
      // The time arranged not possible for the customer, said as a clause of its own: "Kalau Kamis Kakak tidak bisa,
      // balas DM ini ya", "If Thursday isn't possible, reply here" (not "kalau tidak bisa bayar, …").
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..5 (tidak | not) (bisa | boleh | dapat | sempat | possible | available | free) \\,',
      // Not there at the time arranged: "Kalau jam segitu kakak gak di rumah, kabari sy", "if you won't be home then, tell me".
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..6 (tidak | not | belum) (ada | be)? (di | kat | dekat | at) (rumah | home | lokasi | kantor | pejabat | office | kedai | toko | shop) -(\\, (the | our)? (courier | driver | kurir | posmen | postman) ..3 (leave | leaves | tinggalkan | meninggalkan | akan tinggalkan))',
      // It has come through: "kalo sblm itu statusnya udah lunas, boleh kabarin sy jg".
      `(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..6 sudah (di)? (${WORKS_ID_MS} | balik | kembali | bertambah | nambah | lunas)`,
      // Another time or way suits better: "If another time suits you better, reply here", "kalau ada jam lain yg lebih
      // cocok, kabari sy".
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..4 (another | other | different | lain) ..3 (suit | suits | work | works | better | sesuai | cocok | selesa | senang | nyaman | lebih)',
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..4 (anything | something | ada (yang | apa-apa)?) ..5 (off | wrong | missing | salah | kurang | aneh | pelik | (tidak | belum) (kena | betul | sesuai | jelas | muncul | masuk))',
    ],
    onlyWithInSentence: WRITE_BACK,
    // "Nanti sy kabarin kalo udh masuk" is us reporting; "if you'd still rather cancel" offers another way.
    unlessInSentence: [
      ...DETAIL_ASKED,
      '(pertanyaan | soalan | question | questions | ditanyakan | pertolongan)',
      WE_REPORT,
      '(still | masih) (rather | prefer | want | wish | mau | nak | ingin | mahu | hendak)',
    ],
  },
  // Whether what we did serves the customer, asked after it: "Does that sort it for you?", "Jam 12 besok aman buat
  // ditelepon gak Kak?", "Adakah penghantaran esok sesuai, atau encik perlukan tarikh lain?", "Is 4:15 okay for the
  // party?", "Oke gak kak kalau aku kabarin resinya nanti sore?", "Menurut kakak gimana, plan kayak gini oke?"
  {
    match: [
      '(does | would | will | did) (that | this | these | those | it | everything) (still | all)? (work | sort | suit | help | fix | solve | settle | cover | do | sound | look | make | put | clear | answer | resolve | feel) ..2 for you',
      `${ARRANGEMENT} ..5 ${SUITS_ANY}`,
      `${SUITS_ANY} (tidak | ke | kan | ya)? (buat | untuk | bagi | for) ..2 ${ARRANGEMENT}`,
      `<-(_) ${SUITS_ANY} (tidak | ke | kan | ya)? @address? (kalau | jika | if)`,
      'menurut @address \\,? (bagaimana | macam mana)',
      // "Gimana kak, aman gak pengaturannya?", "Gimana Villa 3-nya, sudah nyaman buat anak2?", "Puan rasa ok tak susunan
      // ni?", "Uncle ok tak kalau sy tukar ke Khamis?"
      `<-(_) (bagaimana | macam mana) @address? \\,? ..5 (${SUITS_ANY} | nyaman | selesa | membantu | jelas | cukup)`,
      `@address (rasa | fikir | kira)? (ok | oke | okay | setuju | selesa | nyaman) (tidak | ke | kan)? (kalau | jika | dengan | if | with | _)`,
      `sudah (${SUITS_ANY} | jelas | beres) (begitu | gitu | macam tu | macam itu)`,
      // Said of what we arranged, for the customer: "Bilik baru tu ok tak utk puan?", "Slotnya aman buat Kakak?"
      `${SUITS_ANY} (tidak | ke | kan)? (buat | untuk | bagi | for) @address &(\\?)`,
    ],
    onlyInQuestion: true,
    unlessInSentence: [...DETAIL_ASKED, '(ada | adakah | apakah ada) (lagi | hal lain | apa-apa lagi | perkara lain)', '(anything | something) else'],
  },
  // Whether the time arranged is possible: "Apakah Sabtu pagi bisa, Kak?", "Esok pukul 10 boleh, puan?" (not "jam berapa
  // bisa?", which asks a detail).
  {
    match: [
      `${ARRANGEMENT} ..4 (bisa | boleh | sempat) (ya | kah | ke | tidak)? \\,? @address? \\?`,
      // With who and what in it: "Apakah penerbangan pagi itu bisa Bapak ambil?", "Apakah jam segitu Bapak bisa
      // dihubungi?" (one word after "bisa", so "besok bisa kirim fotonya?" is a request).
      // (Not the customer's own payment or upload: "Apakah besok Ibu bisa transfer?", "Besok bisa Kakak bayar?")
      `${ARRANGEMENT} ..4 (bisa | boleh | sempat) @address? -(${CUSTOMER_ACTS}) _ (ya | kah | ke | tidak)? \\,? @address? \\?`,
    ],
    unlessInSentence: '(berapa | bila | kapan | mana | what | when | which)',
  },
  // Asking the customer to try the fix or check it and tell us: "Boleh encik cuba log masuk semula dan bagitau saya
  // kalau dah boleh order?", "Boleh puan semak fail tu dan beritahu saya jika…", "Could you have a look in the app and
  // let me know if you can see the credit?", "check two or three of them and reply to confirm…". Not what we will
  // check and report ("saya akan cek lagi dan kabari Kakak", "we'll check with the team and confirm").
  {
    match: `${TRY_OR_CHECK} ..8 (dan | and | lalu | then | terus | \\,) (just | tolong | please)? ${TELL_US} (saya | kami | me | us)`,
    unlessAfter: AGENT_DOES,
    afterWindow: 3,
    unlessInSentence: DETAIL_ASKED,
  },
  {
    match: [
      `${TRY_OR_CHECK} ..8 (dan | and | lalu | then | terus | \\,) (just | tolong | please)? ${REPORT_BACK}`,
      // Checking whether it works now: "Bisa tolong cek apakah redirectnya sdh hilang?", "Could you check whether the
      // connection is working well now?", "Could you confirm your service is working normally now?"
      `${TRY_OR_CHECK} ..6 (apakah | adakah | sama ada | samada | whether | if) ..8 (${NOW_STATE} | ${WORKS_EN})`,
      `(confirm | sahkan | konfirmasi) (that)? ..6 (${NOW_STATE} | ${WORKS_EN} | ok | okay | fine)`,
    ],
    onlyInQuestion: true,
    unlessAfter: AGENT_DOES,
    afterWindow: 3,
    unlessInSentence: DETAIL_ASKED,
  },
  // Asked to look at what we did, as a question after the fix, with no word back named: "Could you check the new
  // confirmation in your inbox?", "should show in a few mins, can you check?", "Boleh encik check attachment tu boleh
  // buka tak?", "Boleh dicek dulu Bu, apakah nominalnya sesuai?", "Bisa Kakak coba buka lagi aplikasinya?". The
  // customer looks at the fix; before any fix the same question draws out the problem.
  {
    match: [
      '(could | can | would | will) you (please | just | quickly | also | kindly | now)? (check | spot-check | open | look | have a look | take a look | try | test | refresh)',
      '(boleh | bisa | dapat | tolong | mohon) @address? (tolong | bantu | sekarang | dulu)? (+cek | +semak | +periksa | +coba | +cuba | +buka | tengok | check | test)',
      // The same, asked as a favour: "Would you mind checking the VAT number on one of them?", "Apakah Bapak tidak
      // keberatan mengecek aplikasinya sekarang?", "Puan tak kisah ke semak aplikasi sekarang?"
      '(would | do) you mind (checking | trying | opening | testing | refreshing | looking | having a look | taking a look | giving it a (try | go))',
      '(keberatan | kisah) (ke | kah)? (untuk)? (+cek | +semak | +periksa | +coba | +cuba | +buka | tengok | check | test)',
      // Whether the customer sees what we did: "Can you see it on your statement?", "Are you able to see the credit in
      // the app?", "Can you see the new card in the app?" (not "Can you see the error message?", "the new error message",
      // "the new charge of RM45", which draw out the problem).
      `((can | could) you | are you (now)? able to) (now | already)? see (it | them | that | this | the (refund | credit | money | payment | change | changes | amount | update | fix | ${NEW_GIVEN}) | your (refund | credit | money | payment | ${NEW_GIVEN}))`,
    ],
    onlyInQuestion: true,
    unlessAfter: AGENT_DOES,
    afterWindow: 3,
    unlessInSentence: DETAIL_ASKED,
  },
  // Inviting word if the fix falls short: "If anything still isn't right, just let me know", "Kalau ada yang masih
  // kurang pas, kabari saya ya", "Jika ada apa-apa yang masih kurang, beritahu saya".
  {
    match: "(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..5 (still | masih) ..3 (kurang | tidak | tak | belum | not | isn't | doesn't | hasn't | aren't | don't | haven't | n't | off | wrong | missing | bermasalah | salah)",

    onlyWithInSentence: TELL_US,
    unlessInSentence: DETAIL_ASKED,
  },
  // The problem seen again: "Kalau masih muncul dobel minggu ini, kabari sy ya", "if you still see duplicates, tell me".
  {
    match: [
      '(if | kalau | jika | sekiranya | seandainya | bila | apabila) ..5 (still | masih | again | lagi) (muncul | keluar | terjadi | berlaku | dobel | double | berulang | see | appear | appears | happen | happens | show up | shows up)',
      // The verb first: "Could you let us know if it flickers again tonight?", "if it drops again, tell me".
      '(if | whether) (it | they | this | that | the _) _ again',
    ],
    onlyWithInSentence: TELL_US,
    unlessInSentence: WE_REPORT,
  },
  // Whether what we did has come through or shows, asked with the thing first and no question word: "Koinnya udah
  // keliatan di akun kakak?", "Kod baru tu dah masuk dlm emel encik?", "Saldonya sudah bertambah, Bu?". A question
  // that asks which, when or what still draws out the matter.
  {
    match: `sudah @address? (bisa | boleh | dapat)? (di)? ${SHOWN_ID_MS}`,
    onlyInQuestion: true,
    unlessInSentence: [...DETAIL_ASKED, ASKS_WHICH_OR_WHEN],
  },
  // Asked to look at what we did, told as an instruction: "coba cek pulsanya udah masuk blm", "sila semak app, patutnya
  // dah nampak", "check your app, it should show now". Not what we check ourselves ("sy cek dulu udah masuk blm").
  {
    match: [
      `${TRY_OR_CHECK} ..6 sudah (di)? ${SHOWN_ID_MS}`,
      `${TRY_OR_CHECK} ..6 (harusnya | seharusnya | sepatutnya | patutnya | mestinya) sudah? (di)? ${SHOWN_ID_MS}`,
      `${TRY_OR_CHECK} ..6 (should | ought to) (now | already)? (show | appear | be there | be visible | be showing | be in)`,
    ],
    // Nor a check in a reproach's condition ("Kalau Bapak rajin cek email, harusnya informasinya sudah sampai").
    unlessAfter: oneOf([...AGENT_DOES_WORDS, 'kalau', 'kalo', 'jika', 'if', 'sekiranya', 'seandainya']),
    afterWindow: 3,
    unlessInSentence: [...DETAIL_ASKED, ASKS_WHICH_OR_WHEN, WE_WILL],
  },
  // Word asked back once it has happened: "Boleh tuan maklumkan bila air dah ada?", "Could you reply or message me once
  // you've checked in?", "bagitau sy lepas dah terima ye". Not us reporting ("sy kabarin kalau udah sampai").
  {
    match: `${WRITE_BACK} (saya | kami | me | us)? ..4 (bila | when | once | after | lepas | selepas | setelah | sebaik) ..3 (sudah | telah | have | has)`,
    unlessAfter: AGENT_DOES,
    afterWindow: 0,
    // The customer's step before ours is a procedure: "Let me know once you've paid and I'll get the label going",
    // "…once you've reset the PIN, so I can check…".
    unlessInSentence: [...DETAIL_ASKED, `(and | so | then | dan | supaya | biar | agar | lepas tu | nanti) ${AGENT_DOES}`],
  },
  // Whether what we arranged suits, with another way offered after it: "Apakah jam 13.15 masih memungkinkan, atau perlu
  // sy carikan opsi lain?", "Adakah bilik itu memuaskan hati puan, atau…?", "Would Thursday delivery to your office
  // work, or would home be better?", "Does the whole bean still suit you, or…?". Not a detail offered two ways ("Is the
  // account the same one ending 0417, or a different one?").
  {
    match: `(apakah | adakah | does | do | would | will | is | are) ..8 (${SUITS_ANY} | memuaskan | memungkinkan | work | workable | alright | all right) (hati)? ..4 \\, (atau | or)`,
    onlyInQuestion: true,
    unlessInSentence: DETAIL_ASKED,
  },
  // Whether the customer is there at the time arranged: "Apakah besok pagi Ibu ada di rumah?", "Tuan ada kat rumah pada waktu tu?", "will someone be home
  // then?"
  {
    match: [
      '(ada | berada) (orang)? (di | kat | dekat | dkt) (rumah | lokasi | premis | kedai | toko | kantor | pejabat | tempat)',
      '(will | would) (you | someone | anyone | somebody) be (home | in | around | available | free | at (the | your) (premises | property | house | home | site))',
      // "Is someone at the shop tomorrow to sign for it?", "Are you home on Thursday morning?"
      '(is | are) (you | someone | anyone | somebody) (home | at (the | your) (shop | store | office | premises | property | house | home | site | flat | unit))',
    ],
    onlyInQuestion: true,
    // Where the customer is now, not at the time arranged: "Are you at the shop right now?"
    unlessInSentence: '(right now | at the moment | currently | sekarang | saat ini | sekarang ni | sekarang ini)',
  },
]);

/**
 * Offers to go ahead with what we would do, put as a question ("Mau saya aktifkan sekarang?", "Would you like me to set
 * up that form?"); `want` is how a bare "want (me | us) to" may stand.
 */
const offersToGoAhead = (want: string): string[] => [
  '<-(_) (mau | mahu | nak | ingin | perlu) (sekalian | sekali | terus | juga)? (saya | kami) (bantu)? _',
  '@address (mau | mahu | nak | ingin) (sekalian | sekali | terus | juga)? (saya | kami) _',
  `(would you like | do you want | ${want}) (me | us) to`,
  '<-(_) (boleh | bisa | dapat) (saya | kami) (teruskan | lanjutkan | proseskan | proses | aturkan | atur | jadualkan | jadwalkan | tempahkan | aktifkan | hantar | kirim | kirimkan | hantarkan | bookingkan)',
  '(shall | should) (i | we) (go ahead | proceed | book | set | arrange | switch | send | apply | activate | email | resend | put)',
];

/** An offer that asks for a detail or asks to know something: clarification, not a check back. */
const A_DETAIL_ASKED = [
  '(mana | apa | kapan | bila | berapa | siapa | which | what | where | when | who | how)',
  '(boleh | bisa | may | can) (saya | i) (tahu | ketahui | know | ask)',
];

const findChoicesAndOffers = tokenFamilyFinder([
  // Which of the options offered: "Kakak lebih pilih yang mana?", "Puan nak pilih yang mana?", "which would you prefer?",
  // "Mana satu encik nak?", "Ibu mau yang mana?", "Kakak lebih sreg yg mana?", "Could you let me know which you'd
  // prefer?". Not a detail asked with "mana" ("alamat yang mana", "gerai yg mana", "tahun mana yang perlu").
  {
    match: [
      '(pilih | memilih) (yang mana | mana satu | yang mana satu)',
      'would you (prefer | rather)',
      `${CHOOSING_ID_MS} ${upTo(3, '_')} (yang mana | mana satu) (satu)? (ya | ye | yah)? \\,? @address? \\?`,
      `<-(_) (yang mana | mana satu | mana) (yang | satu)? @address? ${upTo(2, '(lebih | paling | rasa | nak | mau | mahu | ingin)')} ${CHOOSING_ID_MS}`,
      `which (one | option | of (them | these | those | the (two | three | options)))? (would | do | did) you (prefer | rather | like | want | choose | go for | pick)`,
      `(tell | let) (me | us) know? which (one | option)? (you | you would) (prefer | rather | like | want | choose | go for | pick)`,
    ],
    onlyInQuestion: true,
    unlessInSentence: [`${DETAIL_WORD} (yang)? mana`, '(ke | di | dari | kat) _? (yang)? mana'],
  },
  // Which one, asked without a question mark: "just tell me which you prefer", "Let me know which!", "Mohon maklumkan jika
  // ada pilihan yang tuan lebih suka", "kabari aja ya mau yang mana".
  {
    match: [
      '(tell | let) (me | us) know? which (one | option | of (them | these | those | the (two | three | options)))? (you | you would | suits | works | sounds | is better)?',
      `${TELL_US} (saya | kami)? ..6 (pilihan | opsi | option | yang mana | mana satu) ..4 lebih (suka | prefer | sesuai | selesa | nyaman | sreg | cocok)`,
    ],
    unlessInSentence: [`${DETAIL_WORD} (yang)? mana`, '(ke | di | dari | kat) _? (yang)? mana', 'which (address | number | account | branch | email | card | size | colour | color | item | items | product | order)'],
  },
  // What suits best among what we offered, after the offer: "What would work best for you?" (a choice put with "or" is
  // read as drawing out the need, clarification).
  {
    match: 'what (would | will) (work | suit) (best | better)',
    onlyInQuestion: true,
  },
  // Offering to go ahead: "Mau saya aktifkan sekarang?", "Puan nak sy teruskan…?", "Want me to switch it over?", "Would
  // you like me to set up that form?", "Mau sekalian sy aktifkan paket bulanannya?", "Pakcik nak saya tempahkan slot?"
  // (not "mau saya kirim ke alamat mana?", which asks for a detail).
  {
    match: offersToGoAhead('want'),
    onlyInQuestion: true,
    // "Boleh saya tahu, encik nak saya buat pautan baru?" asks what the customer wants: clarification.
    unlessInSentence: A_DETAIL_ASKED,
  },
]);

// The same offer where the engine found no fix told before it: the offer is the fix proposed, and asking for the yes
// checks back ("Mau sy bikinin link checkoutnya?", "Want me to hold one for you if it arrives?", "Nak sy apply terus kat
// akaun puan?"). Not a choice between two ways ("…tonight, or would you prefer a refund?"), which draws out the need,
// more help offered ("ada apa2 lagi yg encik nak sy semak?"), or a reproach ("now you want us to pay for it?").
const findOffersBeforeAnyFix = tokenFamilyFinder([
  {
    // A bare "want" only where a sentence or clause starts: "now you want us to pay for it?" is a reproach.
    match: offersToGoAhead('<-(_) want'),
    onlyInQuestion: true,
    unlessInSentence: [...A_DETAIL_ASKED, '(atau | or)', '(lagi | else)'],
  },
]);

// Confirming what the customer said: "is that right?", "betul begitu?".
const findConfirmations = tokenFamilyFinder([{ match: ['(is | am) (that | i | this) (right | correct)', '(benar | betul) (demikian~ | begitu~ | kan~ | ya~) \\?', 'just to (confirm | check | clarify)'] }]);
// A tip for another time: "Untuk lain kali, kalau paket belum sampai dalam 3 hari, chat kami ya", "next time, if it
// hasn't arrived…". Without a resolution found, it is advice, not a question on how the fix turned out.
const findTipsForNextTime = tokenFamilyFinder([
  { match: ['(lain kali | next time | in future | in the future | ke depan~ | kedepan~ | pada masa (akan)? datang | lepas ni | lepas ini | selepas ini | from now on | going forward)'] },
]);

/**
 * The check backs found, and those that stand in a draft whose resolution is part of its argument (steps/argument.ts):
 * questions about what we proposed and offers to go ahead, not how a fix turned out, since no fix is kept. The latter
 * reuse the spans already found, and are made only when asked for.
 */
export type CheckBacksFound = { spans: Span[]; withoutAFix: () => Span[] };

/**
 * Check-back spans: questions about what we proposed, and, once the draft has resolved, about how the fix turned out;
 * with the check backs that would stand if no resolution were kept.
 */
export function findCheckBacksAndWithoutAFix(doc: TextDocument, resolutions: readonly Span[]): CheckBacksFound {
  // With no resolution found, the end of a draft (its last 40%, two sentences in at least) still reads as after the fix
  // when it asks how the fix turned out: the resolution was told in words the engine does not know. Not a confirmation
  // of what the customer said ("…, is that right?"), nor a tip for next time.
  const firstFix =
    resolutions.length > 0
      ? Math.min(...resolutions.map((span) => span.start))
      : Math.max(Math.floor(doc.normal.length * 0.6), doc.sentences[2]?.start ?? Infinity);
  const notAfterTheFix = resolutions.length > 0 ? [] : [...findConfirmations(doc), ...findTipsForNextTime(doc)];
  // A choice between what we offer, or an offer to go ahead, checks back wherever the draft resolves: "Which would you
  // prefer? Either way I'll message you once it's done."
  const offersBeforeAnyFix = resolutions.length > 0 ? undefined : findOffersBeforeAnyFix(doc);
  const offered = offersBeforeAnyFix ?? findChoicesAndOffers(doc);
  const proposals = findProposalChecks(doc);
  const notAfterTheFixIn = new Set(notAfterTheFix.map((c) => sentenceIndexAt(doc, c.start)));
  return {
    spans: mergeSpans([...proposals, ...offered, ...findChecksAfterTheFix(doc).filter((span) => span.start >= firstFix && !notAfterTheFixIn.has(sentenceIndexAt(doc, span.start)))]),
    withoutAFix: () => mergeSpans([...proposals, ...(offersBeforeAnyFix ?? findOffersBeforeAnyFix(doc))]),
  };
}
