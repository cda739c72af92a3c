/**
 * The candidate roots of a word, so that a pattern can ask for "any form of salah" (`+salah`) and match
 * "disalahkan", "kesalahannya" or "menyalahkan" without listing them.
 *
 * Indonesian and Malay: affix stripping after Sastrawi's confix-stripping rules (Asian 2007), without its
 * 30,000-word dictionary (too big for a content script). Instead of stopping at the first dictionary word, every
 * reading the rules allow is returned, filtered by a guard for plausible roots; a short list of known roots both keeps
 * look-alikes whole ("pesan", "bersih") and, when one of the readings reaches it, settles the ambiguity of the
 * sound changes ("mengirim" is kirim, not irim). English: regular inflections and a table of irregular verbs.
 *
 * A caller matches by membership, so an extra candidate costs only if it equals a root some pattern asks for.
 */
import type { Language } from '../report.js';

/** The candidate roots of a lower-cased token, most likely first; the token itself is always among them. */
export function rootsOf(word: string, language: Language): readonly string[] {
  return language === 'en' ? englishRoots(word) : malayRoots(word);
}

// ---------------------------------------------------------------------------------------------------------------
// Indonesian and Malay

/**
 * Roots that are known words. A token that is one is kept whole: these look affixed ("pe|san", "ber|sih",
 * "ma|kan", "mula|i") and are not. When some reading of a longer word reaches one, that reading wins and the
 * readings that do not contain it are dropped ("mengirim": kirim, not irim). Add a word here when a test shows it
 * over-stemmed or ranked a wrong reading first. One-syllable roots are here too: the guard refuses them otherwise.
 */
const KNOWN_ROOTS: ReadonlySet<string> = new Set((
  // look affixed, are roots
  'pesan perlu beli bersih minta kasih ikan tahan makan dengan teman jalan mulai pukul terima berapa beberapa ' +
  'berita mereka kepada sekarang segera semua selesai sendiri sementara kemudian ketika kemarin kembali kecewa ' +
  'percaya permisi percuma pertama peduli pesawat perempuan masalah kerana kemaskini kakitangan belanja ' +
  'benar tetapi tentang bantu diri dia pakai sampai pantai sebab sedia serta kalian tunai peranti berani setia ' +
  'berangkat perangkat menteri kemeja kemas kawal sedar sekalian semakin desain ' +
  // one syllable
  'cek bom cat tes pos klik lap sah rem gas bank teks film ' +
  // the support verbs whose affixed forms are ambiguous (a dropped k, p, t or s, or a vowel-initial root)
  'kirim tolak tunggu tulis salah sesal bayar proses periksa ambil ajar urus ubah atur alami ikut ingat kena ' +
  'tanya tahu hubung beri punya maaf mohon harap hantar tempah semak lewat maklum lambat batal ganti guna ' +
  'pulang putus pinjam pilih pindah paham kabar kecil kerja kira kurang kata nanti main rasa sesuai setuju erti ' +
  'beritahu ' +
  // loanwords in -si, which would otherwise read first as a root in -s with the suffix -i ("konfirmas|i")
  'konfirmasi informasi verifikasi transaksi kompensasi lokasi aplikasi asuransi promosi komunikasi investigasi'
).split(' '));

// Sastrawi's prefix kinds; a prefix kind is stripped at most once per reading.
const ME = 1, PE = 2, DI = 4, BER = 8, TER = 16, KE = 32, SE = 64, PER = 128;
const OUTERMOST_ONLY = ME | DI;

// -in is chat Indonesian for -kan and -i (dibatalin, kirimin, dijelasin)
type Derivational = 'kan' | 'an' | 'i' | 'in';

/** Confixes that do not occur (Sastrawi's invalid affix pairs): the outermost prefix with the derivational suffix. */
const INVALID_CONFIX: Readonly<Record<Derivational, number>> = { kan: KE | SE, an: DI | ME | TER, i: BER | KE | SE, in: BER | SE };

interface PrefixRule {
  readonly prefix: string;
  readonly kind: number;
  /** What the rest of the word must start with. */
  readonly before: RegExp;
  /** What to put back in front of the rest: the consonant that meN-/peN- dropped, or nothing. First is likeliest. */
  readonly restore: readonly string[];
  /** meN-/peN- become menge-/penge- before a root of one syllable ("mengecek"), so it may be one. */
  readonly monosyllabic?: boolean;
}

const VOWEL = /^[aeiou]/;
const ANY = /^./;

/** Longer prefixes first, so that "memukul" reads as mem+pukul before me+mukul. */
const PREFIX_RULES: readonly PrefixRule[] = [
  ...nasalPrefixRules('me', ME),
  ...nasalPrefixRules('pe', PE),
  { prefix: 'memper', kind: ME | PER, before: ANY, restore: [''] },
  // chat's nasal prefix without me-: ngecek, ngebatalin; ngirim, ngambil
  { prefix: 'nge', kind: ME, before: /^[^aeiou]/, restore: [''] },
  { prefix: 'ng', kind: ME, before: VOWEL, restore: ['k', ''] },
  // ke-tidak-…-an: ketidaknyamanan, ketidaksesuaian
  { prefix: 'ketidak', kind: KE, before: ANY, restore: [''] },
  { prefix: 'per', kind: PER, before: ANY, restore: [''] },
  { prefix: 'pel', kind: PER, before: /^ajar/, restore: [''] },
  // pe- before any consonant (petugas, pekerja, pelanggan), but ng- and ny- are peng- and peny- above
  { prefix: 'pe', kind: PE, before: /^(?!ng|ny)[^aeiou]/, restore: [''] },
  { prefix: 'ber', kind: BER, before: ANY, restore: [''] },
  { prefix: 'bel', kind: BER, before: /^ajar/, restore: [''] },
  // be- before r ("berasa" = be+rasa) and before a first syllable in -er ("bekerja", "beserta")
  { prefix: 'be', kind: BER, before: /^(r|[^aeiou]er)/, restore: [''] },
  { prefix: 'ter', kind: TER, before: ANY, restore: [''] },
  { prefix: 'te', kind: TER, before: /^r/, restore: [''] },
  { prefix: 'di', kind: DI, before: ANY, restore: [''] },
  { prefix: 'ke', kind: KE, before: ANY, restore: [''] },
  { prefix: 'se', kind: SE, before: ANY, restore: [''] },
];

/** The rules by their first two letters, so that a word tries only the few that can apply. */
const RULES_BY_START: ReadonlyMap<number, readonly PrefixRule[]> = PREFIX_RULES.reduce((byStart, rule) => {
  const start = firstTwoLetters(rule.prefix);
  byStart.set(start, [...(byStart.get(start) ?? []), rule]);
  return byStart;
}, new Map<number, PrefixRule[]>());

/** The first two letters as one number: a look-up key that allocates no string. */
function firstTwoLetters(word: string): number {
  return (word.charCodeAt(0) << 16) | word.charCodeAt(1);
}

/** meN- and peN- with their sound changes: the nasal takes the place of the root's first consonant. */
function nasalPrefixRules(stem: 'me' | 'pe', kind: number): PrefixRule[] {
  return [
    { prefix: `${stem}ng`, kind, before: VOWEL, restore: ['k', ''] },
    { prefix: `${stem}ng`, kind, before: /^[ghk]/, restore: [''] },
    { prefix: `${stem}nge`, kind, before: /^[^aeiou]/, restore: [''], monosyllabic: true },
    { prefix: `${stem}ny`, kind, before: VOWEL, restore: ['s'] },
    { prefix: `${stem}m`, kind, before: VOWEL, restore: ['p'] },
    { prefix: `${stem}m`, kind, before: /^[bfpv]/, restore: [''] },
    { prefix: `${stem}n`, kind, before: VOWEL, restore: ['t'] },
    { prefix: `${stem}n`, kind, before: /^([cdjzst])/, restore: [''] },
    // before l, r, w, y and a nasal nothing changes: melihat, merasa, meminta, menanti, menyanyi
    ...(stem === 'me' ? [{ prefix: 'me', kind, before: /^([lrwy]|m|n(?!g))/, restore: [''] }] : []),
  ];
}

const PARTICLES = ['lah', 'kah', 'pun'] as const;
const POSSESSIVES = ['nya', 'ku', 'mu'] as const;
const DERIVATIONAL: readonly Derivational[] = ['kan', 'an', 'i', 'in'];

// Word-initial and word-final consonant pairs a root may have; the rest are a stripping gone wrong ("salahk").
const ONSETS = new Set('ng ny sy kh pr tr kr gr dr br bl kl pl fl gl sl sp st sk sm sn sw ps fr'.split(' '));
const CODAS = new Set('ng nk ks ns lm'.split(' '));

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117; // a e i o u
}

/**
 * Syllables by their vowels. A final ai, au, oi or ei is one ("mulai", "pulau" have two); inside a word they are two
 * ("main" is ma-in, "baik" ba-ik).
 */
function syllableCount(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    if (isVowel(word.charCodeAt(i))) count++;
  }
  return /(?:[aoe]i|au)$/.test(word) ? count - 1 : count;
}

function hasPlausibleStart(word: string): boolean {
  return isVowel(word.charCodeAt(0)) || isVowel(word.charCodeAt(1)) || ONSETS.has(word.slice(0, 2));
}

function hasPlausibleEnd(word: string): boolean {
  const length = word.length;
  return isVowel(word.charCodeAt(length - 1)) || isVowel(word.charCodeAt(length - 2)) || CODAS.has(word.slice(-2));
}

/**
 * The guard: what stripping left must look like a root: a known root, or three letters or more with plausible edges
 * and two syllables or more; after menge-/penge-, exactly one.
 */
function isPlausibleRoot(candidate: string, monosyllabic: boolean): boolean {
  if (KNOWN_ROOTS.has(candidate)) return true;
  if (candidate.length < 3 || !hasPlausibleStart(candidate) || !hasPlausibleEnd(candidate)) return false;
  const syllables = syllableCount(candidate);
  return monosyllabic ? syllables === 1 : syllables >= 2;
}

/** Readings found so far, in the order found, with how many affixes each removed. */
class Readings {
  readonly words: string[] = [];
  readonly affixes: number[] = [];
  add(word: string, affixes: number): void {
    if (!this.words.includes(word)) {
      this.words.push(word);
      this.affixes.push(affixes);
    }
  }
}

const MAX_PREFIXES = 3;

/** Strips up to three prefixes off `stem` ("di|per|salah"), adding the deepest readings first. */
function stripPrefixes(stem: string, suffix: Derivational | undefined, outerKind: number, usedKinds: number, depth: number, affixes: number, into: Readings): void {
  const rules = RULES_BY_START.get(firstTwoLetters(stem));
  if (rules === undefined) return;
  for (const rule of rules) {
    if ((usedKinds & rule.kind) !== 0 || !stem.startsWith(rule.prefix)) continue;
    // di- and meN- come first or not at all: ke|di|aman is no reading of "kediaman"
    if (usedKinds !== 0 && (rule.kind & OUTERMOST_ONLY) !== 0) continue;
    const rest = stem.slice(rule.prefix.length);
    if (rest.length < 2 || !rule.before.test(rest)) continue;
    const outer = outerKind || rule.kind;
    if (suffix !== undefined && (INVALID_CONFIX[suffix] & outer) !== 0) continue;
    for (const restored of rule.restore) {
      const root = restored + rest;
      if (depth < MAX_PREFIXES) stripPrefixes(root, suffix, outer, usedKinds | rule.kind, depth + 1, affixes + 1, into);
      if (isPlausibleRoot(root, rule.monosyllabic === true)) into.add(root, affixes + 1);
    }
  }
}

interface SuffixReading { readonly stem: string; readonly suffix: Derivational | undefined; readonly affixes: number }

/** The word with its particle, possessive and derivational suffix each taken off or left on, most taken off first. */
function suffixReadings(word: string): SuffixReading[] {
  const inflected = [word];
  const inflections = [0];
  const withoutParticle = withoutEnding(word, PARTICLES);
  if (withoutParticle !== undefined) {
    inflected.push(withoutParticle);
    inflections.push(1);
  }
  for (let i = inflected.length - 1; i >= 0; i--) {
    const withoutPossessive = withoutEnding(inflected[i]!, POSSESSIVES);
    if (withoutPossessive !== undefined) {
      inflected.push(withoutPossessive);
      inflections.push(inflections[i]! + 1);
    }
  }
  const readings: SuffixReading[] = [];
  for (let i = 0; i < inflected.length; i++) {
    const form = inflected[i]!;
    readings.push({ stem: form, suffix: undefined, affixes: inflections[i]! });
    for (const suffix of DERIVATIONAL) {
      if (form.endsWith(suffix) && form.length - suffix.length >= 3) readings.push({ stem: form.slice(0, -suffix.length), suffix, affixes: inflections[i]! + 1 });
    }
  }
  return readings.sort((a, b) => b.affixes - a.affixes);
}

/** The word without the first of `endings` it ends with, if at least three letters are left. */
function withoutEnding(word: string, endings: readonly string[]): string | undefined {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return undefined;
}

const ANY_SUFFIX = /(?:lah|kah|pun|nya|ku|mu|kan|an|i|in)$/;

/** Most words of a draft start with no prefix and end in no suffix: they are settled without a reading. */
function mayBeAffixed(word: string): boolean {
  return RULES_BY_START.has(firstTwoLetters(word)) || ANY_SUFFIX.test(word);
}

/** A word this short is taken whole: a root has three letters or more. */
const SHORTEST_AFFIXED = 3;

function malayRoots(word: string): readonly string[] {
  const hyphen = word.indexOf('-');
  if (hyphen > 0) return reduplicatedRoots(word, word.slice(0, hyphen), word.slice(hyphen + 1));
  // chat writes a doubled word with a 2: "anak2", "bermain2"
  if (word.length > 3 && word.endsWith('2') && !/\d/.test(word.slice(0, -1))) return [...malayRoots(word.slice(0, -1)), word].filter(unique);
  if (word.length <= SHORTEST_AFFIXED || KNOWN_ROOTS.has(word) || !mayBeAffixed(word)) return [word];

  const readings = new Readings();
  for (const { stem, suffix, affixes } of suffixReadings(word)) {
    // prefixes do not change how a stem ends: "salahk|an" ends in no root, whatever comes off its front
    if (!hasPlausibleEnd(stem) && !KNOWN_ROOTS.has(stem)) continue;
    stripPrefixes(stem, suffix, 0, 0, 1, affixes, readings);
    if (affixes > 0 && isPlausibleRoot(stem, false)) readings.add(stem, affixes);
  }
  return ranked(readings, word);
}

/**
 * A known root reached by some reading settles the word: Sastrawi's order (the fewest affixes removed, suffixes
 * before prefixes) picks it, and only the readings that still contain it stay. Without one, every reading stays,
 * the most affixes removed first, then in the order the rules found them.
 */
function ranked(readings: Readings, word: string): readonly string[] {
  let known = -1;
  readings.words.forEach((reading, i) => {
    if (KNOWN_ROOTS.has(reading) && (known < 0 || readings.affixes[i]! < readings.affixes[known]!)) known = i;
  });
  if (known >= 0) {
    const root = readings.words[known]!;
    return [root, ...readings.words.filter((r) => r !== root && r.includes(root)), word];
  }
  const order = readings.words.map((_, i) => i).sort((a, b) => readings.affixes[b]! - readings.affixes[a]! || a - b);
  return [...order.map((i) => readings.words[i]!), word];
}

/** anak-anak, salah-salah, bermain-main, sebaik-baiknya, tolong-menolong: the roots both halves share. */
function reduplicatedRoots(word: string, left: string, right: string): readonly string[] {
  const leftRoots = malayRoots(left);
  const rightRoots = malayRoots(right);
  const shared = leftRoots.filter((root) => rightRoots.includes(root));
  // not a reduplication ("e-mail", "sayur-mayur"): the word as it is
  if (shared.length === 0) return [word];
  return [...shared, ...leftRoots, word].filter(unique);
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

// ---------------------------------------------------------------------------------------------------------------
// English

/** Irregular forms of the verbs support replies use, as "form:root" pairs. */
const IRREGULAR: ReadonlyMap<string, string> = new Map((
  'am:be is:be are:be was:be were:be been:be being:be has:have had:have having:have does:do did:do done:do ' +
  'doing:do goes:go went:go gone:go going:go told:tell said:say says:say paid:pay sent:send lost:lose ' +
  'broke:break broken:break gave:give given:give made:make bought:buy got:get gotten:get took:take taken:take ' +
  'came:come knew:know known:know thought:think brought:bring caught:catch kept:keep left:leave felt:feel ' +
  'found:find heard:hear meant:mean met:meet ran:run saw:see seen:see sold:sell spent:spend stood:stand ' +
  'understood:understand wrote:write written:write spoke:speak spoken:speak forgot:forget forgotten:forget ' +
  'chose:choose chosen:choose fell:fall fallen:fall held:hold led:lead built:build began:begin begun:begin ' +
  'became:become lent:lend won:win dealt:deal sought:seek taught:teach withdrew:withdraw withdrawn:withdraw ' +
  'overpaid:overpay underpaid:underpay mislaid:mislay rang:ring rung:ring woke:wake woken:wake ' +
  'ate:eat eaten:eat drove:drive driven:drive rode:ride flew:fly flown:fly tore:tear torn:tear wore:wear'
).split(' ').map((pair) => pair.split(':') as [string, string]));

/** English words that look inflected and are not (or whose stripped form is another word: news/new, letter/let). */
const ENGLISH_KEPT_WHOLE: ReadonlySet<string> = new Set((
  'news goods this his its yes less unless plus bus gas series species always perhaps ' +
  'during thing nothing something anything everything morning evening bring string spring king ring sing wing ' +
  'ceiling wedding customer number offer order letter matter better bitter butter after never ever over under ' +
  'other water paper power summer winter dinner manner member remember consider deliver answer transfer ' +
  'either whether together however register computer partner server user request interest honest forest ' +
  'suggest best test rest guest need indeed speed hundred red bed feed seed proceed succeed exceed ' +
  // -er nouns whose stem is another word (center/cent, officer/office, shower/show)
  'center counter officer engineer layer shower tower flower bother brother outer broker header shutter sticker ' +
  'super refer prefer liter meter corner banner hunger master poster liver customs incoming'
).split(' '));

const ENGLISH_VOWEL = /[aeiouy]/;

/** A stem that had a silent e before -ed or -ing: arriv(e), us(e), produc(e), updat(e), apologis(e), handl(e). */
const SILENT_E_STEM = /(?:[vcuz]|[^aeiou]at|[aeiou]s|[^aeiou]g|[^aeiouy]l)$/;
/** A stem ending consonant-vowel-consonant: mak(e), hop(e), stor(e); but also open, visit. */
const SHORT_VOWEL_STEM = /[^aeiou][aeiou][^aeiouwxy]$/;
/** A stem that may have had one all the same: creat(e) beside treat. */
const MAYBE_SILENT_E_STEM = /(?:[^aeiou][aeiou][^aeiouwxy]|eat)$/;

function englishRoots(word: string): readonly string[] {
  if (ENGLISH_KEPT_WHOLE.has(word)) return [word];
  const roots: string[] = [];
  const add = (root: string) => {
    if (root !== word && root.length >= 3 && ENGLISH_VOWEL.test(root) && !roots.includes(root)) roots.push(root);
  };
  const irregular = IRREGULAR.get(word);
  if (irregular) return [irregular, word];

  if (word.endsWith('ies') && word.length > 4) {
    add(`${word.slice(0, -3)}y`);
    add(word.slice(0, -1));
  } else if (/(?:ss|x|ch|sh|zz)es$/.test(word)) {
    add(word.slice(0, -2)); // passes, boxes, reaches, wishes
    add(word.slice(0, -1)); // caches
  } else if (word.endsWith('s') && !/(?:ss|us|is|'s)$/.test(word)) {
    add(word.slice(0, -1));
  } else if (word.endsWith('ied') && word.length > 4) {
    add(`${word.slice(0, -3)}y`);
    add(word.slice(0, -1));
  } else if (word.endsWith('eed')) {
    add(word.slice(0, -1)); // agreed, freed
  } else if (word.endsWith('ed')) {
    addVerbStems(word.slice(0, -2), add);
  } else if (word.endsWith('ing') && word.length >= 5) {
    const stem = word.slice(0, -3);
    if (stem.endsWith('y') && stem.length === 2) add(`${stem[0]}ie`); // dying, lying
    addVerbStems(stem, add);
  } else if (word.endsWith('iest') || word.endsWith('ier')) {
    add(`${word.slice(0, word.lastIndexOf('i'))}y`); // earliest, happier
  } else if (word.endsWith('est') && word.length > 5) {
    addVerbStems(word.slice(0, -3), add);
  } else if (word.endsWith('er') && word.length > 4) {
    addVerbStems(word.slice(0, -2), add);
  }
  roots.push(word);
  return withOtherSpelling(roots);
}

/** apologise and apologize, organised and organized: each reading in -ise or -ize is followed by the other. */
function withOtherSpelling(roots: string[]): readonly string[] {
  if (!roots.some((root) => ISE_OR_IZE.test(root))) return roots;
  return roots.flatMap((root) => (ISE_OR_IZE.test(root) ? [root, root.replace(ISE_OR_IZE, (ending) => (ending === 'ise' ? 'ize' : 'ise'))] : [root]));
}

// at least three letters before it: not rise, size, wise, prize or seize
const ISE_OR_IZE = /(?<=[a-z]{3})i[sz]e$/;

/** stopp → stop, add → add, cancell → cancel, call → call, arriv → arrive, mak → make, work → work. */
function addVerbStems(stem: string, add: (root: string) => void): void {
  const last = stem[stem.length - 1]!;
  const doubled = stem.length >= 3 && last === stem[stem.length - 2] && !isVowel(stem.charCodeAt(stem.length - 1));
  if (doubled) {
    // A consonant is doubled after a short stressed vowel (stopped, shipped, cancelled); ll, ss, ff, zz and a
    // short root (add, err) end roots as they are (called, passed, staffed).
    const keepsDouble = /[lsfz]/.test(last) || stem.length <= 3;
    if (!keepsDouble || (last === 'l' && vowelGroups(stem) >= 2)) add(stem.slice(0, -1));
    if (keepsDouble) add(stem);
    return;
  }
  // A one-syllable stem ending vowel-consonant would have doubled it had the root no silent e (hop → hopped), so
  // hoped, making and caring are hope, make and care only.
  if (vowelGroups(stem) === 1 && SHORT_VOWEL_STEM.test(stem)) {
    add(`${stem}e`);
    return;
  }
  const silentE = SILENT_E_STEM.test(stem);
  if (silentE) add(`${stem}e`);
  add(stem);
  if (!silentE && MAYBE_SILENT_E_STEM.test(stem)) add(`${stem}e`);
}

function vowelGroups(word: string): number {
  return word.match(/[aeiouy]+/g)?.length ?? 0;
}
