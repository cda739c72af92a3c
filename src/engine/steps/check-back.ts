import { familyFinder } from '../text/phrase-families.js';
import { ANY_ADDRESS as ADDRESS } from '../text/address.js';

/**
 * Check back: asking whether the resolution suits the customer ("bagaimana kedengarannya?", "adakah itu sesuai?",
 * "does that work for you?"). A closing ("ada lagi yang bisa saya bantu?", "anything else?") is courtesy, not a
 * check back, and "is that right?" confirms what the customer said (clarification).
 */

// What we proposed: "solusi ini", "jadwal tersebut", "masa itu", "cadangan ini".
const PROPOSAL =
  '(?:hal|solusi|jadwal|waktu|jam|tanggal|hari|opsi|pilihan|cara|langkah|tawaran|penawaran|usulan|rencana|penyelesaian|cadangan|masa|tarikh|slot|janji temu|pengaturan|jalan keluar|alternatif|penggantian|pengembalian dana|bayaran balik)';
const SUITS_ID_MS =
  '(?:sesuai|cocok|oke|ok|okay|membantu|memuaskan|memuaskan hati|jelas|diterima|bisa diterima|dapat diterima|boleh diterima|menjawab|pas|berkenan|tepat|memenuhi|menepati|memadai|mencukupi|sesuai untuk|sesuai bagi|baik untuk)';
// How an arrangement suits someone, said of the arrangement: "nyaman untuk Ibu", "selesa bagi puan", "aman buat Kakak".
const SUITS_SOMEONE_ID_MS = '(?:sesuai|cocok|oke|ok|okay|pas|nyaman|selesa|senang|mudah|memadai|mencukupi|cukup|aman|baik)';
// Which of the options offered: "yang mana lebih sesuai", "mana satu lebih selesa".
const BETTER_ID_MS = '(?:sesuai|cocok|nyaman|selesa|pas|mudah|senang|enak|baik|praktis)';
const SATISFIED_ID_MS = '(?:setuju|bersetuju|sepakat|berkenan|puas|berpuas hati|puas hati|oke|ok|okay|senang|selesa|nyaman)';

const THIS_EN = '(?:that|this|it|these|those|the (?:new )?(?:time|date|slot|plan|option|solution|arrangement|timing|schedule|appointment|replacement|refund|offer))';
const FINE_EN = '(?:okay|ok|alright|all right|acceptable|satisfactory|suitable|convenient|fine|good|helpful|enough|agreeable)';
// What a fix does for the customer: "does that sort it out", "put things right", "clear it up", "put your mind at rest".
const SETTLES_EN =
  '(?:sort (?:it|things|that|this|everything) out|sort you out|put (?:it|things|that|this|everything) right|put your mind at (?:rest|ease)|clear (?:it|things|that|this) up|settle (?:it|things|that|this)|take care of (?:it|things|that|this)|cover (?:it|what you need)|give you (?:enough|what you need)|look (?:right|correct|ok|okay|good))';
// Options offered: "either of those", "one of these", "any of the dates".
const OPTIONS_EN = '(?:either|any|one|both|neither|each) of (?:those|these|them|the (?:two|three|options|dates|times|slots))';
// When something is arranged: a day, a time, "then".
const WHEN_EN =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next (?:week|monday|tuesday|wednesday|thursday|friday)|that time|that day|then|the [0-9]+(?:st|nd|rd|th)?|[0-9]+(?:[.:][0-9]+)? ?(?:am|pm))';

export const findCheckBacks = familyFinder([
  // Indonesian and Malay.
  {
    match: [
      `bagaimana (?:kedengarannya|bunyinya|menurut ${ADDRESS}|pendapat ${ADDRESS}|tanggapan ${ADDRESS}|(?:dengan )?${PROPOSAL}~ (?:ini|tersebut|itu|tadi|kami|saya))`,
      `(?:macam mana|apa) (?:pendapat|pandangan) ${ADDRESS}`,
      `macam mana (?:dengan )?${PROPOSAL}~ (?:ini|tersebut|itu|tadi)`,
      // "Apakah jadwal tersebut cocok?", "Apakah hal tersebut sudah sesuai dengan yang Ibu harapkan?", "Adakah itu memuaskan hati puan?"
      `(?:apa~|adakah) (?:[^ .!?,]+ ){0,2}(?:itu|ini|tersebut|demikian|begitu)(?: ${ADDRESS})? (?:(?:sudah|cukup|bisa|dapat|boleh|akan|benar-benar|betul-betul|memang) ){0,2}${SUITS_ID_MS}`,
      `(?:apa~|adakah) ${ADDRESS} (?:(?:sudah|cukup|merasa) )?${SATISFIED_ID_MS}`,
      // "Apakah sudah sesuai, Kak?", "Apakah bisa diterima?": nothing between the question word and the verdict.
      `(?:apa~|adakah) (?:(?:sudah|cukup|bisa|dapat|boleh) ){0,2}${SUITS_ID_MS}(?: ,)?(?: ${ADDRESS})? \\?`,
      `(?:puas hati|berpuas hati|setuju|bersetuju) (?:dengan|tak|tidak|ke) (?:[^ .!?]+ ){0,5}\\?`,
      // After steps to follow: "Sudah berhasil, Kak?", "Dah berjaya, cik?", "Apakah cara ini berhasil?"
      `(?:apa~ |adakah )?(?:sudah|dah|udah) (?:berhasil|berjaya|bisa|boleh|jalan|lancar|beres|selesai)(?: ya| kan)?(?: ,)?(?: ${ADDRESS})? \\?`,
      `(?:apa~|adakah) (?:cara|langkah|solusi|kaedah) (?:ini|itu|tersebut|tadi) (?:sudah )?(?:berhasil|berjaya|membantu|berfungsi)`,
      // "Kabari saya jika jadwalnya kurang cocok", "beritahu saya sekiranya masa itu tidak sesuai".
      `(?:kabari|kabarkan|beri tahu|beritahu|informasikan|maklumkan|maklumi) (?:saya|kami) (?:ya )?(?:jika|kalau|bila|apabila|sekiranya|seandainya) (?:[^ .!?]+ ){0,4}(?:${SUITS_ID_MS}|setuju|keberatan)`,
      // "Adakah jumlah ansuran baharu ini memadai…?": the arrangement named at more length.
      `(?:apa~|adakah) (?:[^ .!?,]+ ){3,5}(?:ini|itu|tersebut|ni|tu)(?: ${ADDRESS})? (?:(?:sudah|cukup|bisa|dapat|boleh|akan) ){0,2}(?:sesuai|cocok|memadai|mencukupi|membantu|memuaskan)`,
      // "Apakah langkah-langkah tersebut dapat Ibu terima?"
      `(?:dapat|bisa|boleh) ${ADDRESS} (?:terima|setujui|persetujui)`,
      // "Boleh macam tu, encik?", "Bisa begitu, Kak?", "Gimana kak, gitu oke?"
      `(?:boleh|bisa|oke|ok) (?:macam tu|macam itu|macam ni|begitu|begini|gitu|gini)(?: ya)?(?: ,)?(?: ${ADDRESS})? \\?`,
      `(?:begitu|gitu|macam tu|macam itu) (?:oke|ok|okay|aman|boleh|bisa|sesuai|cocok)(?: ya)?(?: ,)?(?: ${ADDRESS})? \\?`,
      // Which of the options offered suits: "Yang mana lebih sesuai untuk puan?", "Kakak lebih nyaman opsi yang mana?"
      `(?:yang )?mana (?:yang |satu )?(?:[^ .!?,]+ ){0,2}lebih ${BETTER_ID_MS}`,
      `lebih ${BETTER_ID_MS} (?:[^ .!?,]+ ){0,2}(?:yang )?mana`,
    ],
    // "Apakah ini nomor pesanan yang benar?" is a clarification; "Apakah itu jelas?" after a kind "no" still checks back.
    unlessInSentence: '(?:ada|adakah|apakah ada) (?:lagi|hal lain|apa-apa lagi|perkara lain)',
  },
  // "…sudah sesuai dengan harapan Ibu?": only as a question (as a statement it is a promise).
  {
    match: [
      `(?:sudah |cukup )?sesuai (?:dengan |sama )?(?:harapan|kehendak|keperluan|kebutuhan|keinginan) ${ADDRESS}`,
      `(?:sudah |cukup )?sesuai (?:dengan |sama )?(?:yang|apa yang) ${ADDRESS} (?:harapkan|inginkan|mau|perlukan|butuhkan|kehendaki|mahukan|hendaki)`,
      // The arrangement suits the customer: "Masa tu sesuai untuk cik?", "Jam 12 besok aman buat ditelepon, Kak?",
      // "Apakah ini cukup untuk kebutuhan Bapak?", "Harap penyelesaian ni ok untuk puan?"
      `${SUITS_SOMEONE_ID_MS} (?:untuk|bagi|buat|dengan|kepada) (?:kebutuhan |keperluan |keadaan )?${ADDRESS}`,
    ],
    onlyInQuestion: true,
    // "Apakah ada slot lain yang sesuai untuk Ibu?" asks what the customer needs.
    unlessInSentence: '(?:ada|adakah|apakah ada) (?:[^ .!?,]+ ){0,2}(?:lain|lagi)',
  },
  // "Sesuai, Kak?", "ok tak, encik?", "Gimana, Kak, oke?": a short question of its own, not "apakah alamatnya masih sesuai?".
  {
    onlyAfter: `(?:[^.!?]* )?,|(?:bagaimana|macam mana|jadi|kalau begitu|baik|so|then)(?: ,)?(?: ${ADDRESS}(?: ,)?)?|${ADDRESS}(?: ,)?`,
    match: [
      `(?:sesuai|cocok|oke|ok|okay|setuju|berkenan)~ (?:ya |kan )?(?:, ${ADDRESS}(?: [^ .!?,]+)? )?\\?`,
      // "Oke kak?", "Aman, Bu?" without the comma chat leaves out.
      `(?:sesuai|cocok|oke|ok|okay|setuju|aman)~ (?:ya |kan |begitu |gitu )?${ADDRESS} \\?`,
      `(?:sesuai|cocok|oke|ok|okay|setuju|berkenan)~ (?:tidak|ke) (?:[^ .!?]+ ){0,6}\\?`,
    ],
  },
  // English.
  {
    match: [
      `(?:does|did|will|would|could|can|do) ${THIS_EN} (?:time |date |slot |option |plan |solution |arrangement |timing )?(?:work|sound|suit|help|make sense|meet|answer|solve|fix|resolve|cover|address|be ${FINE_EN})`,
      `(?:does|did|will|would|could|can|do) (?:[^ .!?,]+ ){1,2}(?:work|suit) (?:for )?you`,
      `how (?:does|do|would) ${THIS_EN} (?:sound|look|seem|feel)`,
      `how (?:do|would) you feel about`,
      `what (?:do|would) you think (?:(?:of|about) (?:that|this|it|the|our|these|my|those)|\\?)`,
      `sounds? good \\?`,
      `(?:are|were|would) you (?:be )?(?:happy|okay|ok|comfortable|satisfied|alright|fine|pleased) with`,
      `(?:is|was|would) ${THIS_EN} (?:time |date |slot |option |plan |arrangement )?(?:be )?${FINE_EN}`,
      `let (?:me|us) know (?:if|whether) ${THIS_EN} (?:works|suits|sounds|helps|is ${FINE_EN}|would work|will work)`,
      `let (?:me|us) know (?:if|whether) you are (?:happy|okay|ok|comfortable|satisfied) with`,
      `let (?:me|us) know (?:what you think|if you would (?:prefer|rather|like) (?:a different|another|something else))`,
      `(?:is|was) (?:that|this|it) what you (?:needed|need|wanted|want|were looking for|had in mind)`,
      `(?:does|did|will|would|could|can|do) (?:${THIS_EN}|the (?:[^ .!?,]+ )?[^ .!?,]+|everything) ${SETTLES_EN}`,
      `(?:does|did|will|would|could|can|do|is|are) ${OPTIONS_EN} (?:[^ .!?,]+ )?(?:work|suit|sound|be ${FINE_EN}|${FINE_EN})`,
      `(?:would|is|will|does|could) (?:[^ .!?,]+ ){0,3}${WHEN_EN}(?: [^ .!?,]+){0,3} (?:be )?(?:${FINE_EN}|work|suit)`,
      // Offering to go ahead with the fix: "Shall I go ahead?", "Would you like me to do that?"
      `(?:shall|should) (?:i|we) (?:go ahead|proceed|do that|set (?:that|it) up|book (?:that|it)|arrange (?:that|it))`,
      `would you like (?:me|us) to (?:go ahead|proceed|do that|set (?:that|it) up|book (?:that|it|one)|arrange (?:that|it))`,
      'would you like (?:that|this) \\?',
      `let (?:me|us) know (?:if|whether) (?:everything|it|that|this|the [^ .!?,]+) (?:now )?(?:looks? (?:right|correct|ok|okay|good|fine)|goes through|went through)`,
    ],
    // "Does it work now?" after a troubleshooting step is about the device, not the resolution.
    unlessInSentence: '(?:anything|something) else',
  },
]);
