import { compilePattern, occursIn } from '../text/pattern.js';
import type { TextDocument } from '../text/document.js';
import { phraseRule, type PhrasePattern, type RawFinding, type Rule, type RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'favor-framing',
  kind: 'warning',
  description: {
    id: 'Menyajikan perbaikan atas kesalahan kita sendiri sebagai "kebaikan khusus".',
    ms: 'Menyajikan pembetulan kesilapan kita sendiri sebagai "budi bicara khas".',
    en: 'Presenting the fix of our own mistake as a special favour.',
  },
  messages: {
    default: {
      id: 'Memperbaiki kesalahan kita adalah kewajiban, bukan kebaikan. Perbaiki dengan senang hati, lalu tawarkan sesuatu yang lebih sebagai permintaan maaf.',
      ms: 'Membetulkan kesilapan kita ialah tanggungjawab, bukan budi. Betulkan dengan senang hati, kemudian tawarkan sesuatu yang lebih sebagai tanda maaf.',
      en: "Putting our own mistake right is our job, not a favour. Fix it gladly, then offer something extra to make up for the customer's lost time.",
    },
  },
  quietInInternalNotes: true,
};

// Words that make a favour of the fix whatever the context: "pengecualian khusus", "special favour", "consider yourself lucky".
const FAVOUR_WORDS: readonly PhrasePattern[] = [
  {
    lang: ['id'],
    match: [
      'sebagai (?:bentuk )?(?:pengecualian|kebijakan|kebijaksanaan|kemurahan|kebaikan|bantuan) (?:khusus|istimewa)(?: dari kami)?',
      '(?:pengecualian|kemurahan|kebaikan) (?:khusus|istimewa)',
      '(?:atas|karena) (?:kebaikan|kemurahan) hati (?:kami|saya)',
    ],
    suggest: ['dengan senang hati', 'sebagai bentuk tanggung jawab'],
    unlessAfter: '(?:bukan|tidak|tanpa)',
  },
  {
    lang: ['id'],
    match: [
      'anggap(?: saja)?(?: ini)?(?: _)? (?:beruntung|keberuntungan)',
      '(?:anda|kakak|kak|bapak|pak|ibu|bu|kamu) (?:masih |cukup |sangat )?beruntung (?:karena |sebab )?(?:kami|saya) (?:masih )?(?:mau|bersedia|berbaik)',
      '(?:kami|saya) (?:sudah |masih |cukup )?(?:berbaik hati|bermurah hati)',
    ],
    suggest: ['terima kasih atas kesabarannya'],
    unlessAfter: '(?:bukan|tidak)',
  },
  {
    lang: ['ms'],
    match: [
      '(?:sebagai |atas )?(?:satu )?(?:budi bicara|pengecualian|ihsan|kebaikan) (?:khas|istimewa)(?: daripada kami| pihak kami)?',
      'sebagai (?:satu )?kelonggaran (?:khas|istimewa)',
      '(?:sebagai|atas) (?:tanda )?(?:budi bicara|ihsan|budi baik) (?:kami|pihak kami|syarikat)',
    ],
    suggest: ['dengan senang hati', 'sebagai tanggungjawab kami'],
    unlessAfter: '(?:bukan|tidak|tanpa)',
  },
  {
    lang: ['ms'],
    match: [
      'anggap(?: sahaja| saja)?(?: _)? (?:bernasib baik|bertuah)',
      '(?:encik|cik|puan|tuan|anda|awak) (?:masih |cukup |sangat )?(?:bernasib baik|bertuah) (?:kerana |sebab )?(?:kami|saya) (?:masih )?(?:sudi|mahu|bersetuju)',
      // Not "berbesar hati", which is "with pleasure".
      '(?:kami|saya) (?:sudah |dah |telah |masih |cukup )?(?:bertimbang rasa|bermurah hati|berbaik hati)',
    ],
    suggest: ['terima kasih atas kesabaran anda'],
    unlessAfter: '(?:bukan|tidak)',
  },
  {
    lang: ['en'],
    match: [
      '(?:as |like )?(?:a |an )?(?:special|personal|one-off|one-time|one off|one time|exceptional) (?:favour|favor|courtesy|exception)(?: to you| for you)?',
      '(?:as |like )?a (?:favour|favor) to you',
      'out of the goodness of (?:our|my) hearts?',
      '(?:we|i) (?:have )?(?:kindly|graciously|generously) (?:agreed|decided|offered|chosen|allowed|made)',
      '(?:we|i) went out of (?:our|my) way to (?:cover|refund|replace|fix|reship|resend|send|waive|exchange)',
    ],
    suggest: ['as it was our mistake', 'gladly'],
    unlessAfter: '(?:not|never|no)',
  },
  {
    lang: ['en'],
    match: [
      '(?:we|i) (?:do not|would not|will not) (?:normally|usually|typically|ordinarily|generally) do (?:this|that)(?: for (?:anyone|customers|everyone))?(?: ,)? but',
      '(?:this|that) is not something (?:we|i) (?:normally|usually|typically|ordinarily|generally) do(?: ,)? but',
    ],
    suggest: ['since this was our mistake,'],
  },
  {
    lang: ['en'],
    match: [
      '(?:we|i) (?:do not|would not|will not) (?:normally|usually|typically|ordinarily|generally) do (?:this|that)',
      '(?:this|that) is not something (?:we|i) (?:normally|usually|typically|ordinarily|generally) do',
    ],
    suggest: ["I'm glad to put this right"],
  },
  {
    lang: ['en'],
    match: ['(?:consider|count) yourself (?:very |quite )?lucky', 'you are (?:very |quite )?lucky (?:that )?(?:we|i) (?:are|am|will|even|agreed)'],
    suggest: ['thank you for your patience'],
    unlessAfter: '(?:not|never)',
  },
];

// Phrasings that frame the fix as a favour only when our mistake is on the table: "kali ini saja" alone can be harmless.
const FAVOUR_IF_OUR_MISTAKE: readonly PhrasePattern[] = [
  {
    lang: ['id', 'ms'],
    match: [
      '(?:untuk |hanya |khusus )?(?:untuk )?(?:sekali |kali )(?:ini|ni) (?:saja|sahaja)',
      'hanya (?:untuk )?(?:kali|sekali) (?:ini|ni)',
      'khusus (?:untuk )?kali (?:ini|ni)',
      // "ini pengecualian ya karena Kakak pelanggan setia": loyalty as the reason to fix our own mistake.
      '(?:ini|itu|ni|tu) (?:adalah |ialah |merupakan |sebuah |satu |suatu )?pengecualian(?! (?:bagi|untuk) (?:kami|saya))',
      '(?:karena|kerana|sebab) (?:anda|kakak|kak|bapak|pak|ibu|bu|encik|cik|tuan|puan|awak) (?:adalah |ialah |merupakan |kan )?(?:pelanggan|nasabah|member|pembeli|ahli) (?:setia|lama|tetap|prioritas|istimewa|vip)',
      '(?:walaupun|walau|padahal|meskipun|sedangkan) (?:sebenarnya |biasanya |lazimnya |kebiasaannya |umumnya )?(?:tidak|tak) (?:boleh|bisa|dibenarkan|diizinkan|dibolehkan)',
    ],
    suggest: ['dengan senang hati'],
    // "Kami pastikan ini hanya terjadi kali ini saja" promises it won't happen again.
    unlessInSentence: '(?:terjadi|terulang|berulang|berlaku|tidak akan|jangan sampai)',
  },
  {
    lang: ['id'],
    match: [
      'sebagai (?:bentuk )?pengecualian',
      '(?:biasanya|umumnya|normalnya|sebenarnya|sebetulnya) (?:kami|saya) (?:tidak|tak) (?:bisa|boleh|melakukan|memberikan|mengizinkan|menerima|mengganti|menukar|memproses|melayani|wajib)',
      '(?:bukan|tidak ada) kewajiban (?:kami|saya)',
      '(?:kami|saya) (?:sebenarnya |sebetulnya )?(?:tidak|tak) (?:wajib|berkewajiban|diwajibkan|harus)',
    ],
    suggest: ['dengan senang hati', 'sebagai bentuk tanggung jawab'],
  },
  {
    lang: ['ms'],
    match: [
      'sebagai (?:satu )?pengecualian',
      '(?:biasanya|lazimnya|kebiasaannya|sebenarnya) (?:kami|saya) (?:tidak|tak) (?:boleh|buat|melakukan|memberi|membenarkan|menerima|menukar|memproses|wajib)',
      '(?:bukan|tiada) (?:tanggungjawab|kewajipan) (?:kami|saya) (?:untuk|pun)',
    ],
    suggest: ['dengan senang hati', 'sebagai tanggungjawab kami'],
  },
  {
    lang: ['en'],
    match: [
      'just (?:this|the) once',
      '(?<= )this once(?= [.,!]| $)',
      '(?:this|that|it) is (?:an |a )?(?:one-off |one-time |rare |special )?exception',
      'because you are (?:a |an |one of our )?(?:regular|loyal|valued|long-standing|longtime|vip|premium)',
      '(?:even though|although|though|when) (?:we|i) (?:normally|usually|typically|ordinarily|generally) (?:would not|do not|would never|cannot|are not allowed to|am not allowed to)',
      'this (?:one )?time only',
      '(?:as an|as a one-off|as a one-time) exception',
      '(?:i|we) (?:will|can|could|am happy to|are happy to) make an exception',
      '(?:we|i) (?:do not|would not|cannot) (?:normally|usually|typically|ordinarily) (?:offer|allow|give|do|accept|refund|replace|exchange)',
      '(?:even though|although|though) (?:we|i) (?:are|am) not (?:obliged|obligated|required) to',
      '(?:we|i) (?:are|am) (?:under no|not under any) obligation',
    ],
    suggest: ['as it was our mistake', 'gladly'],
  },
];

// Our own mistake, said in the draft or by the customer: it makes the favour framing certain.
const OUR_MISTAKE = compilePattern([
  '(?:kesalahan|kekeliruan|kelalaian|keteledoran|kealpaan|kesilapan|kecuaian|kekhilafan|salah|silap|keliru)~(?: _)?(?: ini| itu| tersebut)?(?: memang)?(?: ada)?(?: dari| di| pada| daripada)?(?: pihak| sisi| bahagian| bagian)? (?:kami|saya|kita)',
  '(?:kami|saya|kita) (?:yang |memang |telah |sudah )?(?:salah|keliru|lalai|khilaf|teledor|silap|tersilap|tersalah|cuai|terlepas pandang)',
  '(?:salah|tersalah|silap|tersilap) (?:kirim|mengirim|dikirim|hantar|menghantar|input|tagih|menagih|caj|potong|memotong|hitung|kira|proses|cetak)',
  '(?:terpotong|tertagih|ditagih|dipotong|dicaj|caj) (?:dua kali|berganda|ganda)',
  '(?:pesanan|barang|bungkusan|paket|order|item|tempahan)~ (?:yang )?tertukar',
  '(?:glitch|error|bug|fault|problem|issue) (?:in|on|with) our (?:system|systems|end|side|app|website)',
  'wrong (?:item|size|colour|color|product|order|parcel) (?:that )?(?:we|i) (?:sent|shipped|delivered|gave)',
  '(?:mixed-up|mixed up|double) (?:order|item|parcel|delivery|charge|charged|billing|billed)',
  '(?:our|my) (?:own )?(?:mistake|error|fault|mix-up|mixup|oversight|blunder|bad)',
  '(?:mistake|error|oversight|fault) (?:was |is )?on (?:our|my) (?:part|end|side)',
  '(?:we|i) (?:made a mistake|made an error|messed up|got it wrong|sent (?:you )?the wrong|shipped (?:you )?the wrong|charged you twice|double-charged|double charged|overcharged)',
]);

const CUSTOMER_SAYS_WE_ERRED = compilePattern([
  '(?:kalian|anda|toko|tokonya|penjual|seller|syarikat|kedai) (?:yang |telah |sudah )?(?:salah|keliru|lalai|silap|tersilap|tersalah|cuai)',
  '(?:salah|tersalah|silap|tersilap) (?:kirim|hantar|barang|ukuran|saiz|warna|tagih|caj|potong)',
  '(?:terpotong|tertagih|ditagih|dipotong|dicaj|charged) (?:dua kali|berganda|twice|me twice)',
  '(?:your|you guys) (?:mistake|error|fault)',
  '(?:you|you guys) (?:sent|shipped|gave) (?:me )?the wrong',
  'wrong (?:item|size|colour|color|product|order|parcel|package)',
  'double (?:charged|charge|billed)',
]);

function ourMistakeIsKnown(draft: TextDocument, customer: TextDocument | undefined): boolean {
  return occursIn(OUR_MISTAKE, draft.normal) || (customer !== undefined && (occursIn(OUR_MISTAKE, customer.normal) || occursIn(CUSTOMER_SAYS_WE_ERRED, customer.normal)));
}

const favourWords = phraseRule(meta, FAVOUR_WORDS);
const favourIfOurMistake = phraseRule(meta, FAVOUR_IF_OUR_MISTAKE);
// One pass over the draft that rules the rule out: most drafts have none of these words.
const ANY_FAVOUR = compilePattern([...FAVOUR_WORDS, ...FAVOUR_IF_OUR_MISTAKE].flatMap((family) => [family.match].flat()));

export const favorFraming: Rule = {
  meta,
  check(context) {
    if (!occursIn(ANY_FAVOUR, context.draft.normal)) return [];
    const findings = favourWords.check(context);
    if (ourMistakeIsKnown(context.draft, context.customer)) findings.push(...favourIfOurMistake.check(context));
    return withoutOverlaps(findings);
  },
};

/** "Sebagai pengecualian khusus" is found by both lists: keep the longest finding where they overlap. */
function withoutOverlaps(findings: RawFinding[]): RawFinding[] {
  const byLength = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawFinding[] = [];
  for (const finding of byLength) {
    if (!kept.some((k) => finding.start < k.end && k.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
