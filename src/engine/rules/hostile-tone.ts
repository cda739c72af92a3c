import type { TextDocument } from '../text/document.js';
import { compilePattern, occursIn } from '../text/pattern.js';
import { phraseRule, type PhrasePattern, type RawFinding, type Rule, type RuleMeta } from './rule.js';
import { CUSTOMER_BLUNTLY } from '../text/address.js';

const meta: RuleMeta = {
  id: 'hostile-tone',
  kind: 'warning',
  description: {
    id: 'Hinaan, sindiran, berteriak (huruf kapital) atau nada merendahkan.',
    ms: 'Hinaan, sindiran, menjerit (huruf besar) atau nada merendahkan.',
    en: 'Insults, sarcasm, shouting (ALL CAPS) or condescension.',
  },
  messages: {
    default: {
      id: 'Nada ini terdengar merendahkan pelanggan. Tetap tenang dan sopan: akui masalahnya, lalu jelaskan langkahnya dengan sabar.',
      ms: 'Nada ini kedengaran merendahkan pelanggan. Kekal tenang dan sopan: akui masalahnya, kemudian terangkan langkahnya dengan sabar.',
      en: 'This sounds condescending. Stay calm and polite: acknowledge the problem, then explain the steps patiently.',
    },
    insult: {
      id: 'Jangan pernah membalas dengan hinaan, sekesal apa pun Anda. Masalahnya bisa diselesaikan; hinaan hanya membuatnya lebih buruk.',
      ms: 'Jangan sesekali membalas dengan hinaan, walau betapa geram pun anda. Masalah boleh diselesaikan; hinaan hanya memburukkannya.',
      en: 'Never answer with an insult, however frustrated you are. The problem can be solved; an insult only makes it worse.',
    },
    shouting: {
      id: 'Huruf kapital di tengah kalimat terbaca seperti berteriak. Tulis dengan huruf biasa dan nada yang tenang.',
      ms: 'Huruf besar di tengah ayat dibaca seperti menjerit. Tulis dengan huruf biasa dan nada yang tenang.',
      en: 'Words in capitals read as shouting. Write them in lower case, in a calm tone.',
    },
  },
  quietInInternalNotes: true,
};

// Ways to address the customer, for "kalau Bapak baca…" and "dasar pelanggan…".
const YOU = `(?:${CUSTOMER_BLUNTLY}|you)`;
const INSULT_ID_MS = '(?:bodoh|goblok|goblog|tolol|bego|dungu|idiot|bebal|bangang|bengap|bahlul|sengal|kampungan|norak|udik|otak udang)';
const INSULT_EN = '(?:stupid|idiot|idiotic|moron|moronic|dumb|fool|foolish|clueless|pathetic|brainless)';

/** A phrase family; words shared by Indonesian and Malay carry a rewording for each. */
interface ToneFamily extends Omit<PhrasePattern, 'suggest'> {
  suggest: readonly string[] | { id: readonly string[]; ms: readonly string[] };
}

const FAMILIES: readonly ToneFamily[] = [
  {
    lang: ['id', 'ms'],
    match: [
      `${INSULT_ID_MS}~`,
      `dasar (?:pelanggan|customer|orang|${YOU}|tukang|tidak tahu|pelit|cerewet|rewel|ngeyel|keras kepala|${INSULT_ID_MS})`,
      'sok (?:tahu|pintar|pandai)',
      `${YOU} (?:ini )?bagaimana sih`,
      '(?:padan muka|rasain|syukurin|salah (?:sendiri|anda sendiri|kakak sendiri|bapak sendiri|ibu sendiri|encik sendiri|puan sendiri))',
    ],
    suggest: { id: ['mohon maaf atas ketidaknyamanannya'], ms: ['mohon maaf atas kesulitan ini'] },
    replaces: 'clause',
    messageId: 'insult',
    unlessInSentence: [`(?:tidak ada|bukan|jangan|tidak|tiada) .. ${INSULT_ID_MS}`, `(?:saya|kami) (?:merasa|rasa) ${INSULT_ID_MS}`],
  },
  {
    lang: ['en'],
    match: `${INSULT_EN}`,
    suggest: ["I'm sorry for the trouble"],
    replaces: 'clause',
    messageId: 'insult',
    unlessInSentence: [
      `(?:no|not|never|nothing|do not|there are no|there is no) .. ${INSULT_EN}`, `(?:our|my|i feel|we feel|i was|we were) .. ${INSULT_EN}`,
      `${INSULT_EN} (?:mistake|error|blunder|oversight) (?:on (?:our|my) (?:part|side|end)|by us|by me|of ours)`,
    ],
  },
  {
    lang: ['id', 'ms'],
    match: [
      '(?:guna|gunakan|pakai|pake|pakailah|gunalah) (?:sikit |sedikit )?otak~(?: sikit| sedikit| dikit)?',
      'otak~ (?:di mana|dimana|ditaruh|taruh di mana|letak mana|letak kat mana|kat mana)',
      '(?:tidak|tak) (?:punya|ada|pakai) otak',
      '(?:tidak|tak) reti (?:nak )?baca',
      'buta huruf',
      // "Masa gitu aja nggak ngerti?", "Takkan itu pun tak faham?": the customer is made to feel slow.
      '(?:masa|masak|masakan|mosok|takkan|takan) (?:cuma |hanya )?(?:gitu|begitu|begini|gini|itu|ini|benda (?:ni|tu|macam ni|senang ni)|macam (?:tu|ni)|yang (?:gampang|mudah|senang) (?:gitu|begitu|ni|tu|ini|itu))(?: (?:aja|saja|sahaja|je|doang))?(?: pun)? (?:tidak|kok tidak|pun tidak) (?:ngerti|mengerti|paham|memahami|faham|memahami|bisa|boleh|tahu|reti|pandai)',
      '(?:gitu|begitu|begini|gini) (?:aja|saja|doang) (?:kok )?(?:tidak|kok tidak) (?:ngerti|mengerti|paham|faham|bisa|tahu|reti)',
    ],
    suggest: { id: ['mohon maaf jika penjelasan kami kurang jelas'], ms: ['maaf jika penerangan kami kurang jelas'] },
    replaces: 'clause',
  },
  {
    lang: ['id'],
    match: [
      '(?:baca|dibaca|membaca|dicek|cek) (?:lagi |dulu |dahulu |yang benar |baik-baik )?(?:dong|donk)',
      '(?:sabar|tunggu) (?:sedikit |dikit )?(?:dong|donk|napa|kenapa sih)',
      '(?:tidak usah|tidak perlu|nggak usah|jangan) (?:marah-marah|ngegas|nyolot|lebay|lebai|ngamuk|sewot)',
    ],
    suggest: ['mohon maaf jika penjelasan kami kurang jelas'],
    replaces: 'clause',
  },
  {
    // "Makanya baca…", "Lain kali baca…": the customer is told off. The rewording keeps the advice, kindly.
    lang: ['id'],
    match: [
      'makanya(?= (?:, )?(?:(?:baca|dibaca|membaca|teliti|perhatikan|dicek|dengar|didengar)~ |lain kali |jangan (?!khawatir|ragu|sungkan|cemas|risau)))',
      'lain kali(?= (?:, )?(?:(?:baca|membaca|pikir|berpikir|teliti|perhatikan)~ |pakai otak|jangan (?:salahkan|menyalahkan|asal|main|sembarangan) ))',
    ],
    suggest: ['untuk ke depannya, silakan'],
  },
  {
    lang: ['ms'],
    match: [
      'lain kali(?= (?:, )?(?:(?:baca|membaca|fikir|berfikir|teliti|tengok)~ |guna otak|pakai otak|jangan (?:salahkan|menyalahkan|nak|asal|main|cuai) ))',
      'itulah (?:padahnya|akibatnya|balasannya)',
      '(?:tidak|tak) payah (?:nak )?(?:marah|melenting|mengamuk|bising)',
    ],
    suggest: ['pada masa akan datang, sila'],
  },
  {
    // "Kalau Bapak BACA…, ini TIDAK AKAN terjadi": the customer is blamed in hindsight. `$1` keeps the verb.
    lang: ['id', 'ms'],
    match: `(?:kalau|jika|kalo|seandainya|sekiranya|andai|andaikan) ${YOU} (?:sudah |dah |telah |dari awal |awal-awal )?(baca|membaca|ikut|mengikuti|ikuti|dengar|mendengar|teliti|periksa|semak|cek)(?=[^.!?]* tidak (?:akan|bakal|mungkin) (?:terjadi|jadi|berlaku|timbul|begini|seperti ini|ada masalah|bermasalah|salah|rugi|hilang|tertipu|kena) )`,
    suggest: { id: ['untuk ke depannya, ada baiknya $1'], ms: ['pada masa akan datang, eloklah $1'] },
  },
  {
    lang: ['id', 'ms'],
    match: `(?:kalau saja|kalaulah|coba kalau|cuba kalau|andai kata) ${YOU} (?:sudah |dah |telah |dari awal |awal-awal )?(baca|membaca|ikut|mengikuti|ikuti|dengar|mendengar|teliti|periksa|semak|cek)`,
    suggest: { id: ['untuk ke depannya, ada baiknya $1'], ms: ['pada masa akan datang, eloklah $1'] },
  },
  {
    lang: ['id', 'ms'],
    match: [
      'kan (?:(?:sudah|saya|kami) ){1,2}(?:bilang|bilangin|katakan|jelaskan|cakap|kata|beritahu|bagitahu|terangkan|kasih tahu)',
      'sudah (?:saya |kami )?(?:bilang|katakan|jelaskan|cakap|beritahu|terangkan|dibilang|dibilangin|dijelaskan|diberitahu|diterangkan|dikasih tahu) (?:berkali-kali|berulang kali|berulang-ulang|dari tadi|banyak kali)',
      'berapa kali (?:lagi )?(?:saya |kami )?(?:harus|mesti|perlu|nak|mau|kena) (?:bilang|jelaskan|katakan|cakap|ulang|terangkan|beritahu|bagitahu)',
      // "Saya dah terangkan TIGA KALI": counting the customer's questions back at them.
      '(?:sudah|dah|telah|udah) (?:saya |kami )?(?:bilang|katakan|jelaskan|cakap|beritahu|bagitahu|terangkan|sebut|ulang|ulangi) (?:ini |itu |benda ni |hal ini |perkara ini )?(?:dua|tiga|empat|lima|banyak|beberapa|[0-9]+|se?ratus|seribu) kali',
      '(?:untuk|buat) (?:yang )?(?:terakhir kali|kesekian kali)~',
      '(?:macam|seperti|kayak|kaya) (?:budak|anak kecil|budak-budak)',
    ],
    suggest: { id: ['seperti yang saya sampaikan sebelumnya'], ms: ['seperti yang saya maklumkan sebelum ini'] },
  },
  {
    lang: ['id', 'ms'],
    match: '(?:jangan|jangan nak|jgn) (?:asal |terus |nak )?(?:salahkan|menyalahkan|salahin|nyalahin|tuduh|menuduh) kami',
    suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
    replaces: 'clause',
  },
  {
    lang: ['en'],
    match: [
      'as i (?:have )?already (?:said|told you|stated|explained|mentioned)',
      '(?:i|we) (?:have )?(?:already )?(?:told|explained (?:this |it )?to) you (?:twice|three times|several times|many times|multiple times|repeatedly|a hundred times|already)',
      'how many times (?:do |must |have |will |should )?(?:i|we) (?:have to )?(?:tell|say|explain|repeat)',
      'for the (?:last|hundredth|third|tenth|umpteenth) time',
    ],
    suggest: ['to recap'],
  },
  {
    lang: ['en'],
    match: [
      'if you (?:had|would have)(?: actually| just| simply| properly| carefully| bothered to| taken the time to)* (?:read|checked|followed|listened|looked|paid attention)',
      'had you(?: actually| just| bothered to)* (?:read|checked|followed|listened|looked)',
      '(?:did|do) you (?:even|actually|bother to|even bother to) read',
      '(?:learn to|can you not|cannot you|could you not) read',
      '(?:clearly|obviously) (?:, )?you (?:did not|have not|do not|cannot|never|failed to|could not) (?:even )?(?:read|bother|listen|understand|follow|pay attention|check|look)',
      'you (?:clearly|obviously) (?:did not|have not|do not|cannot|never|failed to|could not) (?:even )?(?:read|bother|listen|understand|follow|pay attention|check|look)',
      'what part of(?: [^ .!?]+){0,4} (?:do|did) you not (?:understand|get)',
      '(?:maybe |perhaps )?next time (?:, )?(?:try reading|read|pay attention|listen|use your)',
      'next time (?:, )?(?:maybe|perhaps|just|try to|try) (?:check|read|look at|double-check|pay attention to)',
      'use your (?:brain|head|common sense|eyes)',
      'not rocket science',
      'even a (?:child|kid) (?:could|can|would)',
    ],
    suggest: ['sorry if our instructions were not clear'],
    replaces: 'clause',
  },
  {
    lang: ['en'],
    match: [
      'seriously [?!]',
      'are you (?:serious|kidding|joking)(?: me)?',
      'you (?:must|have got to|got to) be (?:kidding|joking)(?: me)?',
      '(?:stop|quit) (?:whining|complaining|moaning|crying)',
      '(?<=^ |[.!?,] )(?:just )?(?:deal|live) with it(?= [.!])',
      'get over it',
      'do not blame us|(?:that|this|it) is your (?:own )?problem',
      'i do not have all day|(?:i|we) have better things to do',
    ],
    suggest: ['I understand'],
    replaces: 'clause',
  },
];

const withSuggestionsIn = (language: 'id' | 'ms'): PhrasePattern[] =>
  FAMILIES.map((family) => ({ ...family, suggest: 'id' in family.suggest ? family.suggest[language] : family.suggest }));
const phrasesWithIndonesianSuggestions = phraseRule(meta, withSuggestionsIn('id'));
const phrasesWithMalaySuggestions = phraseRule(meta, withSuggestionsIn('ms'));
// One pass over the draft that rules the phrases out: most drafts have none of them.
const ANY_PHRASE = compilePattern(FAMILIES.flatMap((family) => [family.match].flat()));
// Shouting needs two capitals in a row somewhere.
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

// Words that are written in capitals without shouting: currencies, regulators, banks, couriers, documents, units.
const ACRONYMS = new Set(
  (
    'RM RP IDR USD SGD MYR EUR OJK BI LPS YLKI BPKN SMS ID PIN OTP COD ATM KTP NIK NPWP SIM STNK BPJS PLN PDAM BCA BRI BNI BSI BTN ' +
    'CIMB OCBC UOB HSBC DBS RHB AM PM WIB WITA WIT MYT GMT UTC FAQ PDF URL API APP CS CSR QR QRIS VA NO IC MYKAD SSM LHDN KWSP ' +
    'EPF SOCSO PERKESO GST SST PPN TNC DM WA HP OK OKE SOP CEO HR IT VIP PT CV TBK SDN BHD JNE JNT TIKI POS SPX GOJEK GRAB OVO ' +
    'DANA GOPAY SHOPEE LAZADA TOKOPEDIA COVID USB TV AC LCD LED GPS SN IMEI SKU RMA ETA ASAP FYI NB PS UK US USA EU KL JB JKT BTW ' +
    'TAC FPX SMS MMS EMAIL CC BCC KG CM MM ML GB MB TB XL XXL XS SM MD LG PIN PUK SIM VAT REF INV'
  ).split(' '),
);

// Company names in capitals are not a raised voice: "PT SUMBER MAJU JAYA", "SYARIKAT MAJU SDN BHD".
const COMPANY_MARKERS = new Set(['PT', 'CV', 'UD', 'TBK', 'SDN', 'BHD', 'LTD', 'INC', 'PLC', 'LLC', 'CORP', 'ENTERPRISE', 'TRADING']);

// A shouted sentence almost always has an everyday word in capitals; a run of brand or product names has none.
const EVERYDAY_WORDS = new Set(
  (
    'tidak tak gak nggak bukan belum sudah dah udah telah akan mau nak harus mesti perlu jangan sila tolong baca lihat tengok dengar ' +
    'lagi saja aja je sahaja dong kan pun sih deh lah sekarang banget sangat sekali amat terus juga sendiri semua ini itu ni tu ' +
    'saya aku kami kita anda kamu awak encik puan bapak ibu kakak dan atau yang di ke dari untuk dengan karena kerana sebab kalau jika ' +
    'ada tiada apa kenapa mengapa bagaimana berapa sudahlah cakap bilang kata kirim hantar tunggu bayar ' +
    'i you your we us our they it is are was were be been do does did not no never nothing if the a an and or but so to of in on at ' +
    'for with this that what why how now already again stop read look listen told said say tell have has had will would should ' +
    "can cannot can't don't didn't won't wouldn't isn't aren't i'm you're it's just only please even ever"
  ).split(' '),
);

/**
 * Shouting: three or more words in capitals in one sentence (two with "!!"), within mixed-case writing. Words that a
 * phrase finding already rewords (`taken`) are left to it, so that one Apply settles each: "Kalau Bapak BACA" is
 * reworded, then "TIDAK AKAN" is calmed.
 */
function shouting(draft: TextDocument, taken: readonly RawFinding[]): RawFinding[] {
  const { source, tokenSpans, sentences, tokenStarts } = draft;
  const words = tokenSpans.map((span) => source.slice(span.start, span.end));
  const isShouted = words.map(isShoutedWord);
  // A draft typed wholly in capitals is a caps-lock habit, not a raised voice, unless "!!" says otherwise.
  const hasLowerCaseWord = words.some((word) => /\p{Ll}/u.test(word));
  const findings: RawFinding[] = [];
  let token = 0;
  for (const sentence of sentences) {
    const shouted: number[] = [];
    let emphatic = false;
    let run: number[] = [];
    let runIsCompanyName = false;
    const closeRun = () => {
      if (!runIsCompanyName) shouted.push(...run.filter((i) => isShouted[i]));
      run = [];
      runIsCompanyName = false;
    };
    for (; token < tokenStarts.length && tokenStarts[token]! < sentence.end; token++) {
      const word = words[token]!;
      if (isShouted[token] || isAcronym(word)) {
        run.push(token);
        if (COMPANY_MARKERS.has(word)) runIsCompanyName = true;
        continue;
      }
      // "NOMOR PESANAN: …" is a label, not a raised voice.
      if (word === ':') run = [];
      closeRun();
      if (word.includes('!!')) emphatic = true;
    }
    closeRun();
    const enough = hasLowerCaseWord ? shouted.length >= 3 || (shouted.length >= 2 && emphatic) : shouted.length >= 3 && emphatic;
    if (!enough || !shouted.some((i) => EVERYDAY_WORDS.has(words[i]!.toLowerCase().replace(/[’‘]/g, "'")))) continue;
    const isTaken = (i: number) => taken.some((t) => tokenSpans[i]!.start < t.end && t.start < tokenSpans[i]!.end);
    let free = shouted.filter((i) => !isTaken(i));
    if (free.length === 0) continue;
    // Not across a phrase finding: the shouted words after the last one.
    const lastTaken = shouted.filter(isTaken).at(-1);
    if (lastTaken !== undefined && free[0]! < lastTaken && free.at(-1)! > lastTaken) free = free.filter((i) => i > lastTaken);
    const first = free[0]!;
    const last = free[free.length - 1]!;
    const opensSentence = tokenStarts[first] === sentence.start;
    findings.push({
      start: tokenSpans[first]!.start,
      end: tokenSpans[last]!.end,
      messageId: 'shouting',
      suggestions: [calmCase(draft, first, last, opensSentence)],
    });
  }
  return findings;
}

function isAcronym(word: string): boolean {
  return (ACRONYMS.has(word) || COMPANY_MARKERS.has(word)) && word === word.toUpperCase();
}

function isShoutedWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length !== word.replace(/['’‘-]/g, '').length) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !ACRONYMS.has(letters.toUpperCase());
}

/** The shouted words in lower case, keeping acronyms, "I" and a capital that opens the sentence. */
function calmCase(draft: TextDocument, first: number, last: number, opensSentence: boolean): string {
  const { source, tokenSpans } = draft;
  let text = '';
  let previousEnd = tokenSpans[first]!.start;
  for (let i = first; i <= last; i++) {
    const span = tokenSpans[i]!;
    const word = source.slice(span.start, span.end);
    text += source.slice(previousEnd, span.start);
    const letters = word.replace(/[^\p{L}]/gu, '');
    let calm = ACRONYMS.has(letters.toUpperCase()) || /\d/.test(word) ? word : word.toLowerCase();
    if (/^i(?:$|['’])/.test(calm)) calm = `I${calm.slice(1)}`;
    text += calm;
    previousEnd = span.end;
  }
  return opensSentence ? text.replace(/\p{L}/u, (c) => c.toUpperCase()) : text;
}

export const hostileTone: Rule = {
  meta,
  check(context) {
    const { draft, language } = context;
    const phrases = language === 'ms' ? phrasesWithMalaySuggestions : phrasesWithIndonesianSuggestions;
    const found = occursIn(ANY_PHRASE, draft.normal) ? phrases.check(context) : [];
    if (TWO_CAPITALS.test(draft.source)) found.push(...shouting(draft, found));
    return found.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
