import type { Language, Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { rootsOf } from '../text/morphology.js';
import { wordClass, wordClassNames } from '../match/lexicon.js';
import { LEARNED_LAYER_SKIPS } from '../match/lexicon.generated.js';
import { cutsClause } from '../text/clause.js';

/**
 * What the learned layer reads in one sentence of the agent's own text (`docs/engine.md`, "The learned layer"):
 * its words and their first roots, the lexicon's classes instead of their words (a party, a negation, "ours", the
 * second person), bigrams of those, and whether it is a question, first or last.
 *
 * A feature is a 30-bit id, a hash of its kind and its text, made from the tokens the document already has: no
 * second tokenisation and no string built per feature. The same function, asked for names, also gives each id's name
 * ("w:courier", "b:@negation_fault"); the training script reads drafts through it and writes names, and `featureId`
 * turns a name back into its id when the weights are read.
 */
export interface SentenceFeatures extends SentenceFacts {
  /** Feature ids, in the order the sentence gives them; one that occurs twice is there twice. */
  readonly ids: readonly number[];
}

// The classes the layer does not read as features (`LEARNED_LAYER_SKIPS` in scripts/compile-lexicon.mjs, the one list).
const SKIPPED_CLASSES = new Set(LEARNED_LAYER_SKIPS);
export const PUNCTUATION = /^[.!?,;:\n\s]+$|^\p{Extended_Pictographic}/u;

/**
 * Whether a token is punctuation or an emoji (`PUNCTUATION`): a token in ASCII by its characters (no emoji is), so
 * that the expression, whose Unicode property ICU builds when it first runs, is made for a token outside ASCII only.
 */
export function isPunctuation(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 128) return PUNCTUATION.test(text);
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const mark = unit === 46 || unit === 33 || unit === 63 || unit === 44 || unit === 59 || unit === 58; // . ! ? , ; :
    if (!mark && unit !== 32 && !(unit >= 9 && unit <= 13)) return false;
  }
  return text.length > 0;
}
const QUOTE_MARKS = /["“”«»]/g;

// The kinds of feature, as the first letters of their names.
const WORD = 'w', ROOT = 'r', CLASS = 'c', BIGRAM = 'b', FLAG = 'f', QUESTION_CLASS = 'qc', LENGTH = 'len';

/** FNV-1a over a text's UTF-16 code units, from a seed. */
function hashText(text: string, seed = 0x811c9dc5): number {
  return hashOf(text, 0, text.length, seed);
}

/** `hashText` of `text.slice(from, to)`, without making the slice. */
function hashOf(text: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Two hashes into one (order matters), kept to 30 bits: small integers are the engine's fastest map keys. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

const KIND_SEEDS = new Map<string, number>([WORD, ROOT, CLASS, BIGRAM, FLAG, QUESTION_CLASS, LENGTH].map((kind) => [kind, hashText(kind)]));
const seedOf = (kind: string) => KIND_SEEDS.get(kind)!;
const BIGRAM_SEED = seedOf(BIGRAM);

/** The id of a feature from its name: `kind:text`, a bigram `b:unit_unit` (a unit is a word or `@class`). */
export function featureId(name: string): number {
  const colon = name.indexOf(':');
  const kind = name.slice(0, colon);
  const text = name.slice(colon + 1);
  if (kind === BIGRAM) {
    const split = text.indexOf('_');
    return mix(mix(BIGRAM_SEED, hashText(text.slice(0, split))), hashText(text.slice(split + 1)));
  }
  return mix(seedOf(kind), hashText(text));
}

/**
 * `featureId` of the name `text.slice(from, to)`, hashed where it stands: the learned model's 1,500 names are read so
 * at the first analysis, where slicing each into its parts cost more than the hashing.
 */
export function featureIdAt(text: string, from: number, to: number): number {
  const colon = text.indexOf(':', from);
  if (colon < 0 || colon >= to) return featureId(text.slice(from, to));
  if (colon === from + 1 && text.charCodeAt(from) === 98 /* b */) {
    const split = text.indexOf('_', colon + 1);
    if (split < 0 || split >= to) return featureId(text.slice(from, to));
    return mix(mix(BIGRAM_SEED, hashOf(text, colon + 1, split)), hashOf(text, split + 1, to));
  }
  return mix(seedOf(text.slice(from, colon)), hashOf(text, colon + 1, to));
}

interface ClassIndex {
  /** Class names, in order: a class's bit is `1 << its index`. */
  names: string[];
  /** A word's classes, as indexes. */
  single: Map<string, number[]>;
  /** The classes' phrases by their first word, with their class and order among all phrases. */
  phrases: Map<string, [readonly string[], number, number][]>;
  classFeature: number[];
  questionClassFeature: number[];
  unit: number[];
  unitLeft: number[];
}
let index: ClassIndex | undefined;

function classIndex(): ClassIndex {
  if (index) return index;
  const names = wordClassNames().filter((name) => !SKIPPED_CLASSES.has(name) && !wordClass(name)!.shape);
  // At most 31 (bits of one number): scripts/compile-lexicon.mjs refuses more, so that analysis never meets it.
  const single = new Map<string, number[]>();
  const phrases = new Map<string, [readonly string[], number, number][]>();
  let order = 0;
  names.forEach((name, c) => {
    const wordsOf = wordClass(name)!;
    for (const word of [...wordsOf.words, ...wordsOf.cliticWords]) {
      const list = single.get(word);
      if (!list) single.set(word, [c]);
      else if (!list.includes(c)) list.push(c);
    }
    for (const phrase of wordsOf.phrases) {
      const list = phrases.get(phrase[0]!) ?? [];
      list.push([phrase, c, order++]);
      phrases.set(phrase[0]!, list);
    }
  });
  index = {
    names,
    single,
    phrases,
    classFeature: names.map((name) => mix(seedOf(CLASS), hashText(name))),
    questionClassFeature: names.map((name) => mix(seedOf(QUESTION_CLASS), hashText(name))),
    unit: names.map((name) => hashText(`@${name}`)),
    unitLeft: names.map((name) => mix(BIGRAM_SEED, hashText(`@${name}`))),
  };
  return index;
}

/** The bit of a lexicon class in `SentenceFeatures.classes` (0 for a class the layer does not read). */
export function classBit(name: string): number {
  const c = classIndex().names.indexOf(name);
  return c < 0 ? 0 : 1 << c;
}

// What the gate (`SentenceFacts.answered`) reads of a word, as bits: a rule (of a regulator, the law or a policy), what
// must be done, a next step (what we do, what the customer can do), a "no", a clause's end, everyone, an offer; "still"
// and "in force" ("tetap berlaku", "still applies"), and the customer addressed ("Kakak", "your"); ourselves, "only"
// (`merely`), following a rule (`comply`) and regret ("I'm afraid").
const RULE = 1, MUST = 2, NEXT_STEP = 4, NO = 8, CUT = 16, EVERYONE = 32, OFFER = 64, STILL = 128, IN_FORCE = 256, YOU = 512;
const US = 1024, MERELY = 2048, COMPLY = 4096, REGRET = 8192;
// The assume-worst and hostile-tone gates' words (`SentenceFacts.doubted`, `scolded`): a doubt of the customer's word
// ("mungkin", "supposedly", "kononnya"), a check of it ("cek", "verify", "semak"); a softener ("please", "tolong",
// "sila"), a reproach of repetition or competence ("again", "told", "bilang", "faham"), a command that opens a clause
// ("read", "jangan", "cuba").
const DOUBT = 1 << 14, SOFT = 1 << 15, REPROACH = 1 << 16, COMMAND = 1 << 17, VERIFY = 1 << 18;
let gateWords: Map<string, number> | undefined;

/** The gate's bits of a word: of each of its words (a token "we will", "do not" is two) and of its root. */
function gateOf(text: string, root: string): number {
  if (!gateWords) {
    gateWords = new Map();
    const bitsOf: [string, number][] = [['law', RULE], ['authority', RULE], ['policy', RULE], ['obligation', MUST],
      ['first-person', NEXT_STEP | US], ['ours', NEXT_STEP], ['next-step', NEXT_STEP], ['negation', NO], ['everyone', EVERYONE],
      ['offer', OFFER], ['still', STILL], ['in-force', IN_FORCE], ['address', YOU], ['second-person', YOU], ['merely', MERELY],
      ['comply', COMPLY], ['regret', REGRET], ['doubt', DOUBT], ['verify', VERIFY], ['softener', SOFT], ['reproach', REPROACH],
      ['command', COMMAND]];
    for (const [name, bit] of bitsOf) for (const word of wordClass(name)!.words) gateWords.set(word, (gateWords.get(word) ?? 0) | bit);
  }
  // A command is the word itself, not its root ("Bacaan meter" is no "baca").
  let gate = (cutsClause(text) ? CUT : 0) | ((gateWords.get(root) ?? 0) & ~COMMAND);
  for (const word of text.split(' ')) gate |= gateWords.get(word) ?? 0;
  return gate;
}

/**
 * What follows a rule or "everyone": whether it says what we do or what the customer can do, or need not do ("tidak
 * perlu", "do not need": a "no" just before what must be done), with no other "no" nor the rule again (a rule, a
 * policy or the law, "everyone": "we apply it to you like anyone else"), no regret ("I'm afraid") and not ourselves
 * merely following it ("saya hanya mengikuti prosedur", "kami cuma ikut arahan").
 */
class Follow {
  private gate = 0;
  private held = 0;
  private us = false;
  private blocked = false;
  add(gate: number): void {
    if (gate & (RULE | EVERYONE | REGRET) || (this.us && this.held & MERELY && gate & COMPLY)) this.blocked = true;
    if (gate & US) this.us = true;
    if (this.held & NO && gate & MUST) {
      this.gate |= NEXT_STEP;
      this.held = 0;
      return;
    }
    this.gate |= this.held;
    this.held = gate;
  }
  answers(): boolean {
    return !this.blocked && ((this.gate | this.held) & (NEXT_STEP | NO | MUST)) === NEXT_STEP;
  }
}

/**
 * A term that keeps working for the customer: "still" then "in force" ("syarat yang lama tetap berlaku", "the cashback
 * still applies", "terma perjanjian encik masih terpakai") with no "no" before it in its clause nor after it in that
 * clause, said to the customer, with nothing that must be done (bar "need not": "tidak perlu"), no "everyone" and no
 * "cannot" or "not in force" after it ("tidak bisa", "tak boleh", "we cannot", "does not apply"). It gives, it does not argue fairness.
 */
class Kept {
  private previous = 0;
  private clauseNo = false;
  private found = false;
  private inCueClause = false;
  private voided = false;
  private mustDo = false;
  add(gate: number): void {
    if (gate & CUT) {
      this.clauseNo = false;
      this.inCueClause = false;
    }
    if (gate & MUST && !(this.previous & NO)) this.mustDo = true;
    if (!this.found && gate & IN_FORCE && this.previous & STILL && !this.clauseNo) this.found = this.inCueClause = true;
    else if (this.found && ((this.inCueClause && gate & NO) || (this.previous & NO && gate & (NEXT_STEP | IN_FORCE)) || (this.previous & NEXT_STEP && gate & NO))) {
      this.voided = true;
    }
    if (gate & NO) this.clauseNo = true;
    this.previous = gate;
  }
  keeps(seen: number): boolean {
    return this.found && !this.voided && !this.mustDo && (seen & YOU) !== 0 && (seen & EVERYONE) === 0;
  }
}

/**
 * A rule stated as what must be done, in a sentence, as far as the sentence itself tells: none; answered in the
 * sentence (or "everyone" answered there, or an offer for everyone); or to be answered by the next sentence.
 */
export type RuleStated = 'none' | 'answered' | 'open';

/**
 * The layer's reads in the draft (tokens walked, words of class phrases compared, sentences), counted for the bounds
 * test (`tests/engine/bounds.test.ts`): a read that grows faster than the draft shows there, not only in time.
 */
export const learnedWork = { steps: 0 };

/** What the layer keeps of one word, read once and then cached. */
export interface WordRead {
  readonly text: string;
  /** The text the features name: the word, or `NUMBER` for one with a digit (a price, a date, an order id). */
  readonly shown: string;
  readonly word: boolean;
  readonly wordFeature: number;
  /** 0 when the root is the word itself. */
  readonly rootFeature: number;
  readonly root: string;
  readonly classes: readonly number[];
  readonly mask: number;
  /** The word's hash as a bigram unit, or its first class's. */
  readonly unit: number;
  /** The unit as the first of a bigram. */
  readonly unitLeft: number;
  readonly unitName: string;
  /** The classes' phrases that begin with this word. */
  readonly phrases: readonly [readonly string[], number, number][] | undefined;
  /** What the gate reads of it (`gateOf`). */
  readonly gate: number;
  /** The layer's sum of this word's own features' weights, each rule's, kept for the model it was summed for. */
  scoredFor?: object;
  scores?: Float64Array | undefined;
}

// Words recur from one analysis to the next (the agent types on), so what the layer reads of each is kept, up to a
// bound: a huge draft of distinct words starts the cache anew rather than growing it.
const CACHE_LIMIT = 20_000;
/**
 * What every word with a digit is to the features: numbers and order ids are the draft's own, so a weight on one
 * ("b:kontrak_24") would be memorised, never learned.
 */
export const NUMBER = '#0';
const DIGIT = /\d/;
const cache: Record<Language, Map<string, WordRead>> = { id: new Map(), ms: new Map(), en: new Map() };

function readWord(text: string, language: Language): WordRead {
  const cached = cache[language].get(text);
  if (cached) return cached;
  const { single, names, unit, phrases } = classIndex();
  const classes = single.get(text) ?? [];
  const shown = DIGIT.test(text) ? NUMBER : text;
  const root = shown === text ? (rootsOf(text, language)[0] ?? text) : shown;
  let mask = 0;
  for (const c of classes) mask |= 1 << c;
  const read: WordRead = {
    text,
    shown,
    word: !isPunctuation(text),
    wordFeature: mix(seedOf(WORD), hashText(shown)),
    rootFeature: root !== shown ? mix(seedOf(ROOT), hashText(root)) : 0,
    root,
    classes,
    mask,
    unit: classes.length ? unit[classes[0]!]! : hashText(shown),
    unitLeft: mix(BIGRAM_SEED, classes.length ? unit[classes[0]!]! : hashText(shown)),
    unitName: classes.length ? `@${names[classes[0]!]!}` : shown,
    phrases: phrases.get(text),
    gate: gateOf(text, root),
    scoredFor: undefined,
    scores: undefined,
  };
  if (cache[language].size >= CACHE_LIMIT) cache[language].clear();
  cache[language].set(text, read);
  return read;
}

/** The flags of a draft's first and last sentence: the only features of a sentence that its place gives. */
export const FIRST = mix(seedOf(FLAG), hashText('first'));
export const LAST = mix(seedOf(FLAG), hashText('last'));
const QUESTION = mix(seedOf(FLAG), hashText('q'));
const YOU_NOT = mix(seedOf(FLAG), hashText('2p-neg'));
const YOU_ASKED = mix(seedOf(FLAG), hashText('2p-q'));
const OFFERED = mix(seedOf(FLAG), hashText('offer'));
/** A sentence's length, a sixth of its words up to 5: the feature a sentence gives last. */
export const LENGTHS: readonly number[] = [0, 1, 2, 3, 4, 5].map((n) => mix(seedOf(LENGTH), hashText(String(n))));
export const BIAS = featureId('f:bias');

/** What a sentence replayed (`FeatureSink.replay`) gives besides its features: the facts its words make. */
export type ReplayedFacts = Pick<SentenceFacts, 'classes' | 'words' | 'offered' | 'rule' | 'doubted' | 'scolded'>;

/** What a sentence is, besides its features: for the rules' cues and the finding's span. */
export interface SentenceFacts {
  /** The lexicon's classes present, as bits (`classBit`). */
  readonly classes: number;
  /** Quotation marks inside: reported or quoted words, never flagged. */
  readonly quoted: boolean;
  /** Words, without punctuation and emoji. */
  readonly words: number;
  /** A turn ("but", "tapi", `@contrast`) followed by ourselves ("I", "kami"): a kind "no" with what we can do. */
  readonly offered: boolean;
  /**
   * A rule of a regulator, the law or a policy stated as what must be done ("Sesuai aturan OJK, setiap setoran tunai
   * wajib disertai…"), or "everyone" said, followed after a clause's end (or, for a rule, in the next sentence) by what
   * we do or what the customer can do or need not do, without a "no" ("Kakak cukup mengisi formulir…", "…, and I've
   * waived it for you", "…, puan tak perlu buat apa-apa"); or an offer for everyone ("Promo ongkir gratis ini sama
   * untuk semua pembeli"): it informs or gives, it does not argue fairness.
   */
  readonly answered: boolean;
  /**
   * A clause of the customer (`address`, `second-person`) and not of us (`first-person`: "saya sudah cek" is our own
   * check) with a doubt (`doubt`: "mungkin cik tersalah", "you probably", not after a "no": "tidak mungkin" is a
   * certainty) next to the customer, or a check of their word (`verify`: "semak", "verify") next to them in a sentence
   * with no softener: the shape assume-worst's learned findings need, besides the customer addressed.
   */
  readonly doubted: boolean;
  /**
   * No softener (`softener`: "please", "tolong", "sila") and a reproach of repetition or competence in a clause with the
   * customer (`reproach`: "told you", "saya bilang ke Kakak", "berulang", "faham") or a command opening a clause
   * (`command`: "read", "jangan", "cuba", the customer addressed before it aside): the shape hostile-tone's learned
   * findings need, besides the customer addressed.
   */
  readonly scolded: boolean;
  /** Such a rule in the sentence (`answered` reads the next sentence too, since it may change while this one does not). */
  readonly rule: RuleStated;
  /** The sentence in the source draft. */
  readonly start: number;
  readonly end: number;
}

/**
 * What reads a draft's features as they come, sentence by sentence: the layer scores them without keeping them, the
 * training script keeps them with their names.
 */
export interface FeatureSink {
  /** Whether to make each feature's name (the training script), or not (the engine). */
  readonly names: boolean;
  /** A word's own features: its word, its root and its classes (`wordFeatures`). */
  word(read: WordRead): void;
  /** Any other feature: the bias, a bigram, a class a phrase gives, a question's class, a flag. */
  feature(id: number, name: string | undefined): void;
  /** Whether to pass over a sentence unread (the layer: one a finding or a quotation mark is in). */
  skips?(start: number, end: number, quoted: boolean): boolean;
  /**
   * Whether the sink has the features of the sentence of tokens `[first, end)` already (the layer: one read in an
   * earlier analysis), all but the last ones, `FIRST`, `LAST` and its length, which are given after it, in that order:
   * its facts, or undefined to read it.
   */
  replay?(doc: TextDocument, sentence: Span, first: number, end: number, language: Language): ReplayedFacts | undefined;
  /** The sentence is done; true to stop reading. */
  sentence(facts: SentenceFacts): boolean | void;
}

/** A word's own features' ids and, with `names`, their names, in the order `sentenceFeatures` gives them. */
export function wordFeatures(read: WordRead, ids: number[], names?: string[]): void {
  const { classFeature, names: classNames } = classIndex();
  ids.push(read.wordFeature);
  names?.push(`w:${read.shown}`);
  if (read.rootFeature) {
    ids.push(read.rootFeature);
    names?.push(`r:${read.root}`);
  }
  for (const c of read.classes) {
    ids.push(classFeature[c]!);
    names?.push(`c:${classNames[c]!}`);
  }
}

/**
 * Reads every sentence of the draft's own text into the sink: linear in the draft, each word looked up once (and
 * kept for the next analysis).
 */
export function readSentences(doc: TextDocument, language: Language, sink: FeatureSink): void {
  const { classFeature, questionClassFeature, unit, unitLeft, names: classNames } = classIndex();
  const secondPerson = classBit('second-person');
  const negation = classBit('negation');
  const contrast = classBit('contrast');
  const ourselves = classBit('first-person');
  const named = sink.names;
  const tokens = doc.tokenTexts.length;
  const reads: WordRead[] = [];
  const units: number[] = [];
  const lefts: number[] = [];
  const unitNames: string[] = [];
  // Where the quotation marks are, found once: most drafts have none.
  const quotes: number[] = [];
  for (const mark of doc.source.matchAll(QUOTE_MARKS)) quotes.push(mark.index);
  let q = 0;
  let t = 0;
  const count = doc.sentences.length;
  for (let sentenceIndex = 0; sentenceIndex < count; sentenceIndex++) {
    const sentence = doc.sentences[sentenceIndex]!;
    const from = t;
    while (t < tokens && doc.tokenStarts[t]! < sentence.start) t++;
    const first = t;
    while (t < tokens && doc.tokenStarts[t]! < sentence.end) t++;
    learnedWork.steps += t - from + 1;
    const last = t > first ? t - 1 : first;
    const start = doc.tokenSourceStarts[first] ?? 0;
    const end = doc.tokenSourceEnds[last] ?? start;
    while (q < quotes.length && quotes[q]! < start) q++;
    const quoted = q < quotes.length && quotes[q]! < end;
    if (sink.skips?.(start, end, quoted)) continue;
    const replayed = sink.replay?.(doc, sentence, first, t, language);
    if (replayed !== undefined) {
      if (sentenceIndex === 0) sink.feature(FIRST, undefined);
      if (sentenceIndex === count - 1) sink.feature(LAST, undefined);
      sink.feature(LENGTHS[Math.min(5, Math.floor(replayed.words / 6))]!, undefined);
      const answered = replayed.rule === 'answered' || (replayed.rule === 'open' && nextAnswers(doc, sentenceIndex, t, language));
      const { classes, words, offered, rule, doubted, scolded } = replayed;
      if (sink.sentence({ classes, quoted, words, offered, rule, answered, doubted, scolded, start, end })) return;
      continue;
    }
    let n = 0;
    // The rule's words seen so far; whether it is stated, or "everyone" said (`anchored`); whether a clause ended since,
    // and what follows that end; whether an offer came first, before any "no", and then "everyone".
    let ruleSeen = 0, anchored = false, cut = false, offerFirst = false, offerForAll = false, no = false;
    // Whether the next word opens a clause, and whether a command did; the clause's gate bits so far; whether a clause
    // held a doubt and the customer without us, or a reproach and the customer.
    // The customer is the doubt's doer or claimer when at most a word stands between the doubt and them ("mungkin cik
    // tersalah", "kemungkinan besar Ibu pake") or they come just before it ("you probably ordered", "are you sure"), not
    // "kemungkinan besar data Ibu" nor "jiran cik tu mungkin".
    // A doubt said with "no" before it is a certainty ("tidak mungkin hilang"); a check asked with a softener ("mohon Ibu
    // periksa kembali", "please verify") is a request (`checkClause` counts only when the sentence has no softener).
    let opening = true, commanded = false, clause = 0, doubtClause = false, checkClause = false, reproachClause = false;
    let wordAt = 0, doubtAt = -9, checkAt = -9, youAt = -9, doubtOfYou = false, checkOfYou = false, previous = 0;
    const endClause = () => {
      doubtClause ||= doubtOfYou && !(clause & US);
      checkClause ||= checkOfYou && !(clause & US);
      doubtOfYou = checkOfYou = false;
      doubtAt = checkAt = youAt = -9;
      reproachClause ||= (clause & (REPROACH | YOU)) === (REPROACH | YOU);
      clause = 0;
    };
    const after = new Follow();
    const kept = new Kept();
    for (let u = first; u < t; u++) {
      const read = readWord(doc.tokenTexts[u]!, language);
      if (read.word) reads[n++] = read;
      const gate = read.gate;
      if (gate & CUT) {
        opening = true;
        endClause();
      } else if (opening && read.word && !(gate & YOU)) {
        commanded ||= (gate & COMMAND) !== 0;
        opening = false;
      }
      if (!(gate & CUT)) clause |= gate;
      if (read.word) {
        wordAt++;
        if (gate & DOUBT && !(previous & NO)) {
          doubtOfYou ||= wordAt - youAt === 1;
          doubtAt = wordAt;
        }
        if (gate & VERIFY) {
          checkOfYou ||= wordAt - youAt <= 2;
          checkAt = wordAt;
        }
        if (gate & YOU) {
          doubtOfYou ||= wordAt - doubtAt <= 2;
          checkOfYou ||= wordAt - checkAt <= 2;
          youAt = wordAt;
        }
        previous = gate;
      }
      kept.add(gate);
      ruleSeen |= gate;
      if (!anchored) anchored = (ruleSeen & (RULE | MUST)) === (RULE | MUST) || (gate & EVERYONE) !== 0;
      else if (!cut) cut = (gate & CUT) !== 0;
      else after.add(gate);
      no ||= (gate & NO) !== 0;
      offerFirst ||= !no && (gate & OFFER) !== 0;
      offerForAll ||= offerFirst && (gate & EVERYONE) !== 0;
    }
    const stated = (ruleSeen & (RULE | MUST)) === (RULE | MUST);
    const rule: RuleStated = offerForAll || (cut && after.answers()) || kept.keeps(ruleSeen) ? 'answered' : stated ? 'open' : 'none';
    sink.feature(BIAS, named ? 'f:bias' : undefined);
    let classes = 0;
    for (let i = 0; i < n; i++) {
      const read = reads[i]!;
      units[i] = read.unit;
      lefts[i] = read.unitLeft;
      if (named) unitNames[i] = read.unitName;
      if (!read.phrases) continue;
      // A phrase of a class stands for its first word; of two phrases there, the later class wins.
      let won = -1;
      for (const [phrase, c, order] of read.phrases) {
        learnedWork.steps += phrase.length;
        if (order > won && i + phrase.length <= n && phrase.every((word, k) => reads[i + k]!.text === word)) {
          won = order;
          units[i] = unit[c]!;
          lefts[i] = unitLeft[c]!;
          if (named) unitNames[i] = `@${classNames[c]!}`;
          if (!(classes & (1 << c))) sink.feature(classFeature[c]!, named ? `c:${classNames[c]!}` : undefined);
          classes |= 1 << c;
        }
      }
    }
    let turned = false;
    let offered = false;
    for (let i = 0; i < n; i++) {
      const read = reads[i]!;
      sink.word(read);
      classes |= read.mask;
      if (read.mask & contrast) turned = true;
      else if (turned && read.mask & ourselves) offered = true;
      if (i > 0) sink.feature(mix(lefts[i - 1]!, units[i]!), named ? `b:${unitNames[i - 1]!}_${unitNames[i]!}` : undefined);
    }
    if (doc.normal.charCodeAt(sentence.end - 2) === 63 /* a question mark */) {
      sink.feature(QUESTION, named ? 'f:q' : undefined);
      for (let c = 0; c < classNames.length; c++) {
        if (classes & (1 << c)) sink.feature(questionClassFeature[c]!, named ? `qc:${classNames[c]!}` : undefined);
      }
      if (classes & secondPerson) sink.feature(YOU_ASKED, named ? 'f:2p-q' : undefined);
    }
    if (classes & secondPerson && classes & negation) sink.feature(YOU_NOT, named ? 'f:2p-neg' : undefined);
    if (offered) sink.feature(OFFERED, named ? 'f:offer' : undefined);
    if (sentenceIndex === 0) sink.feature(FIRST, named ? 'f:first' : undefined);
    if (sentenceIndex === count - 1) sink.feature(LAST, named ? 'f:last' : undefined);
    const length = Math.min(5, Math.floor(n / 6));
    sink.feature(LENGTHS[length]!, named ? `len:${length}` : undefined);
    const answered = rule === 'answered' || (rule === 'open' && nextAnswers(doc, sentenceIndex, t, language));
    endClause();
    const doubted = doubtClause || (checkClause && !(ruleSeen & SOFT));
    const scolded = !(ruleSeen & SOFT) && (commanded || reproachClause);
    if (sink.sentence({ classes, quoted, words: n, offered, rule, answered, doubted, scolded, start, end })) return;
  }
}

/** Whether the sentence after this one (its tokens from `next`) says what we do or what the customer can do. */
function nextAnswers(doc: TextDocument, sentenceIndex: number, next: number, language: Language): boolean {
  const following = doc.sentences[sentenceIndex + 1];
  if (!following) return false;
  const follow = new Follow();
  for (let u = next; u < doc.tokenTexts.length && doc.tokenStarts[u]! < following.end; u++) {
    learnedWork.steps++;
    follow.add(readWord(doc.tokenTexts[u]!, language).gate);
  }
  return follow.answers();
}

/**
 * Every sentence of the draft's own text with its feature ids (a feature that occurs twice is there twice), and,
 * with `names`, each sentence's feature names in the order of its ids: for the training script and the tests.
 */
export function sentenceFeatures(doc: TextDocument, language: Language, names?: string[][]): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  let ids: number[] = [];
  let named: string[] | undefined = names ? [] : undefined;
  readSentences(doc, language, {
    names: !!names,
    word: (read) => wordFeatures(read, ids, named),
    feature: (id, name) => {
      ids.push(id);
      named?.push(name!);
    },
    sentence: (facts) => {
      out.push({ ids, ...facts });
      if (named) names!.push(named);
      ids = [];
      named = names ? [] : undefined;
    },
  });
  return out;
}
