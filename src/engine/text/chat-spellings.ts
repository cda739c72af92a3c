/**
 * Chat spellings and contractions, mapped to the words that patterns are written with.
 * Only unambiguous forms are listed: a word that is also a real word elsewhere stays as it is.
 */
// A Map, not an object: a draft's words must never reach Object.prototype ("constructor", "__proto__").
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Indonesian and Malay negation
  gak: 'tidak', ga: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak',
  tdk: 'tidak', tak: 'tidak', x: 'tidak', idak: 'tidak', kagak: 'tidak',
  blm: 'belum', blum: 'belum', bkn: 'bukan',
  // pronouns and address
  sy: 'saya', sya: 'saya', aq: 'aku', gw: 'gue', gua: 'gue', km: 'kamu', kmu: 'kamu', kalian2: 'kalian',
  kmi: 'kami', anda2: 'anda', kk: 'kak', ka: 'kak', bpk: 'bapak', ibu2: 'ibu',
  // function words
  yg: 'yang', utk: 'untuk', utuk: 'untuk', dgn: 'dengan', dg: 'dengan', krn: 'karena', karna: 'karena',
  krna: 'karena', coz: 'because', bcoz: 'because', cuz: 'because', sbb: 'sebab', kpd: 'kepada',
  dr: 'dari', dri: 'dari', tp: 'tapi', tpi: 'tapi', jd: 'jadi', jdi: 'jadi', sdh: 'sudah', udh: 'sudah',
  udah: 'sudah', dah: 'sudah', sudh: 'sudah', tlh: 'telah', lg: 'lagi', lgi: 'lagi', sm: 'sama',
  trs: 'terus', mmg: 'memang', aja: 'saja', je: 'saja', jer: 'saja', bs: 'bisa', bsa: 'bisa', blh: 'boleh',
  gmn: 'bagaimana', gimana: 'bagaimana', bgmn: 'bagaimana', org: 'orang', tau: 'tahu', tahu2: 'tahu',
  bgt: 'banget', skrg: 'sekarang', skrng: 'sekarang', kalo: 'kalau', klo: 'kalau', kl: 'kalau',
  mcm: 'macam', dlm: 'dalam', sgt: 'sangat', hrs: 'harus', pd: 'pada', spt: 'seperti', sprt: 'seperti',
  trm: 'terima', kasih2: 'kasih', tq: 'terima kasih', makasih: 'terima kasih', mksh: 'terima kasih',
  nk: 'nak', mo: 'mau',
  // English chat spellings
  u: 'you', ur: 'your', pls: 'please', plz: 'please', thx: 'thanks', im: 'i am', dont: 'do not',
  cant: 'cannot', wont: 'will not', didnt: 'did not', doesnt: 'does not', isnt: 'is not', idk: 'i do not know',
  ive: 'i have', youre: 'you are', theyre: 'they are',
}));

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
