/**
 * Chat spellings and contractions, mapped to the words that patterns are written with.
 * Only unambiguous forms are listed: a word that is also a real word elsewhere stays as it is.
 */
import { codePointCount, hasDrawnOutLetter, isAllLetters, withDrawnOutLettersOnce } from './letters.js';

// A Map, not an object: a draft's words must never reach Object.prototype ("constructor", "__proto__").
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Indonesian and Malay negation
  gak: 'tidak', ga: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak',
  gatau: 'tidak tahu', gktau: 'tidak tahu', gatahu: 'tidak tahu', gataw: 'tidak tahu', ntah: 'entah',
  tdk: 'tidak', tak: 'tidak', x: 'tidak', idak: 'tidak', kagak: 'tidak',
  blm: 'belum', blum: 'belum', bkn: 'bukan',
  // pronouns and address
  sy: 'saya', sya: 'saya', aq: 'aku', gw: 'gue', gua: 'gue', km: 'kamu', kmu: 'kamu', kalian2: 'kalian',
  kmi: 'kami', anda2: 'anda', kk: 'kak', ka: 'kak', bpk: 'bapak', ibu2: 'ibu',
  // function words
  yg: 'yang', utk: 'untuk', utuk: 'untuk', dgn: 'dengan', dg: 'dengan', krn: 'karena', karna: 'karena',
  krna: 'karena', coz: 'because', bcoz: 'because', cuz: 'because', sbb: 'sebab', kpd: 'kepada',
  dr: 'dari', dri: 'dari', tp: 'tapi', tpi: 'tapi', jd: 'jadi', jdi: 'jadi', sdh: 'sudah', udh: 'sudah',
  udah: 'sudah', dah: 'sudah', msk: 'masuk', sudh: 'sudah', tlh: 'telah', lg: 'lagi', lgi: 'lagi', sm: 'sama',
  trs: 'terus', mmg: 'memang', aja: 'saja', je: 'saja', jer: 'saja', bs: 'bisa', bsa: 'bisa', blh: 'boleh',
  gmn: 'bagaimana', gimana: 'bagaimana', bgmn: 'bagaimana', org: 'orang', tau: 'tahu', tahu2: 'tahu',
  bgt: 'banget', skrg: 'sekarang', skrng: 'sekarang', kalo: 'kalau', klo: 'kalau', kl: 'kalau',
  mcm: 'macam', dlm: 'dalam', sgt: 'sangat', hrs: 'harus', pd: 'pada', spt: 'seperti', sprt: 'seperti',
  trm: 'terima', kasih2: 'kasih', tq: 'terima kasih', makasih: 'terima kasih', mksh: 'terima kasih',
  nk: 'nak', mo: 'mau',
  slh: 'salah', lwt: 'lewat', brg: 'barang', tlg: 'tolong', mhn: 'mohon', mf: 'maaf', maap: 'maaf', mav: 'maaf',
  gpp: 'tidak apa-apa', gapapa: 'tidak apa-apa', nape: 'kenapa', cpt: 'cepat', lbh: 'lebih', dpt: 'dapat',
  mgkn: 'mungkin', bnyk: 'banyak', byk: 'banyak', sblm: 'sebelum', stlh: 'setelah', sdg: 'sedang',
  kmrn: 'kemarin', bsk: 'besok', krj: 'kerja', trus: 'terus', emg: 'memang', smpai: 'sampai', smpe: 'sampai',
  hntr: 'hantar', brp: 'berapa', brapa: 'berapa', dtg: 'datang', sbg: 'sebagai', tkde: 'tidak ada',
  cmne: 'macam mana', mcmana: 'macam mana', tggu: 'tunggu', tgu: 'tunggu', msh: 'masih', masi: 'masih', tgh: 'tengah', tngh: 'tengah', jg: 'juga',
  lom: 'belum', blom: 'belum', sdah: 'sudah', pny: 'punya', pnya: 'punya', tdi: 'tadi', kpn: 'kapan',
  dmn: 'di mana', skrang: 'sekarang', bgitu: 'begitu', sbntr: 'sebentar', bntr: 'sebentar',
  bentar: 'sebentar', tgk: 'tengok', kne: 'kena', takpe: 'tidak apa', takpa: 'tidak apa', bkan: 'bukan',
  klu: 'kalau', kalu: 'kalau', sllu: 'selalu', slalu: 'selalu', trimakasih: 'terima kasih',
  terimakasih: 'terima kasih', trmksh: 'terima kasih',
  // English chat spellings
  u: 'you', ur: 'your', pls: 'please', plz: 'please', thx: 'thanks', im: 'i am', dont: 'do not',
  cant: 'cannot', wont: 'will not', didnt: 'did not', doesnt: 'does not', isnt: 'is not', idk: 'i do not know',
  ive: 'i have', youre: 'you are', theyre: 'they are', lmk: 'let me know',
  shld: 'should', hv: 'have', wud: 'would', wld: 'would', cud: 'could', cld: 'could', abt: 'about',
  bcs: 'because', bcos: 'because', becoz: 'because', ppl: 'people', msg: 'message', thru: 'through',
  tho: 'though', wanna: 'want to', gotta: 'have to', ofc: 'of course', btw: 'by the way',
  fyi: 'for your information', thnx: 'thanks', thanx: 'thanks', ty: 'thank you', smth: 'something',
  sth: 'something', wat: 'what', wht: 'what', hasnt: 'has not', havent: 'have not', wasnt: 'was not',
  werent: 'were not', arent: 'are not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not',
  thats: 'that is', whats: 'what is', theres: 'there is', youll: 'you will', youve: 'you have',
  weve: 'we have',
  // Apostrophes left out of the modal perfects and the rest ("u mustve dropped it", "dunno"), so that "must have" finds them.
  mustve: 'must have', shouldve: 'should have', couldve: 'could have', wouldve: 'would have', hadnt: 'had not',
  dunno: 'do not know', gonna: 'going to', lemme: 'let me', ure: 'you are', youd: 'you would', itll: 'it will',
  theyve: 'they have', theyll: 'they will', aint: 'is not',
}));

/**
 * Words a Malaysian chat puts after "x" for "tak" (xtau, xboleh, xde): only these, so that "xl", "xmas" or a
 * product code stay as they are.
 */
const AFTER_X_FOR_NOT: ReadonlySet<string> = new Set([
  'ada', 'apa', 'balas', 'betul', 'boleh', 'bole', 'cukup', 'dapat', 'datang', 'de', 'faham', 'hantar', 'jadi',
  'jawab', 'kena', 'kisah', 'larat', 'layan', 'leh', 'mampu', 'mau', 'masuk', 'nak', 'ok', 'pa', 'paham', 'payah',
  'pe', 'perlu', 'pernah', 'pasti', 'reti', 'sah', 'salah', 'sampai', 'sempat', 'suka', 'sure', 'tahu', 'tau',
  'tentu', 'terima',
]);
/** What "x" + these is short for, where the word alone is not the whole of it. */
const X_WORDS: ReadonlyMap<string, string> = new Map([['de', 'ada'], ['pe', 'apa'], ['pa', 'apa'], ['bole', 'boleh'], ['leh', 'boleh']]);
/** Clitics that may follow a reduplication written with "2" (barang2nya). */
const AFTER_TWO: ReadonlySet<string> = new Set(['', 'nya', 'an', 'lah', 'kah', 'mu', 'ku']);
/**
 * The stem and clitic of a reduplication written with "2", as `/^(\p{L}{3,})2(nya|an|lah|kah|mu|ku)?$/u` would
 * give them: three letters or more, "2", a clitic or nothing ("barang2nya" → "barang", "nya").
 */
function reduplicationWithTwo(word: string): [stem: string, clitic: string] | undefined {
  const two = word.indexOf('2');
  if (two < 0) return undefined;
  const stem = word.slice(0, two);
  const clitic = word.slice(two + 1);
  return AFTER_TWO.has(clitic) && isAllLetters(stem) && codePointCount(stem) >= 3 ? [stem, clitic] : undefined;
}
/**
 * "ber-" and "ter-" before a root of four letters or more: the root is what is said twice ("berkali2" is
 * "berkali-kali", "terburu2" "terburu-buru"); a shorter rest is the word itself ("terus2an" is "terus-terusan").
 */
function reduplicated(stem: string): string {
  if (!stem.startsWith('ber') && !stem.startsWith('ter')) return stem;
  const root = stem.slice(3);
  return isAllLetters(root) && codePointCount(root) >= 4 ? root : stem;
}

/**
 * A chat spelling that a table cannot list, spelled out: "xtau" → "tidak tahu", "barang2nya" → "barang-barangnya",
 * "sabarrr" → "sabar", "tidaaak" → "tidak". Undefined when the word is none of these.
 */
export function spellOutChatForm(word: string): string | undefined {
  if (word.length > 2 && word.charCodeAt(0) === 120 /* x */) {
    const rest = word.slice(1);
    const restSpelled = CHAT_SPELLINGS.get(rest) ?? rest;
    if (AFTER_X_FOR_NOT.has(restSpelled)) return `tidak ${X_WORDS.get(restSpelled) ?? restSpelled}`;
  }
  const two = reduplicationWithTwo(word);
  if (two) {
    const stem = CHAT_SPELLINGS.get(two[0]) ?? two[0];
    if (!stem.includes(' ')) return `${stem}-${reduplicated(stem)}${two[1]}`;
  }
  if (hasDrawnOutLetter(word)) {
    const short = withDrawnOutLettersOnce(word);
    // "aaa", "www" and roman "iii" are not a word drawn out.
    if (short.length > 1) return CHAT_SPELLINGS.get(short) ?? short;
  }
  return undefined;
}

/** The word with its drawn-out letters typed once ("caaan't" → "can't"); the word itself when it has none. */
export function withoutDrawnOutLetters(word: string): string {
  if (!hasDrawnOutLetter(word)) return word;
  const short = withDrawnOutLettersOnce(word);
  return short.length > 1 ? short : word;
}

/** English contractions, expanded so that one pattern covers both spellings. */
export function expandContraction(word: string): string | undefined {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0) return undefined;
  const head = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  switch (tail) {
    case 't':
      if (!head.endsWith('n')) return undefined;
      if (head === 'can' || head === 'ca') return 'cannot';
      if (head === 'won' || head === 'wo') return 'will not';
      if (head === 'shan') return 'shall not';
      if (head === 'ain') return 'is not';
      return `${head.slice(0, -1)} not`;
    case 'm':
      return `${head} am`;
    case 're':
      return `${head} are`;
    case 've':
      return `${head} have`;
    case 'll':
      return `${head} will`;
    case 'd':
      return `${head} would`;
    case 's':
      return IS_BEFORE_APOSTROPHE_S.has(head) ? `${head} is` : `${head} 's`;
    default:
      return undefined;
  }
}

const IS_BEFORE_APOSTROPHE_S = new Set([
  'it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'this', 'everything', 'nothing', 'something',
]);
