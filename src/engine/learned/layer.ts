import type { Language, Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { classBit, featureId, featureIdAt, FIRST, LAST, LENGTHS, readSentences, wordFeatures, type FeatureSink, type ReplayedFacts, type SentenceFacts, type SentenceFeatures, type WordRead } from './features.js';
import { LEARNED_MODEL } from './model.generated.js';

/**
 * One rule's learned weights (`scripts/train-learned.mjs`): a sentence scoring `threshold` or more is flagged.
 * `weights` is one feature a line, its name and its weight after the last space ("w:courier 0.84").
 */
export interface LearnedRule {
  readonly threshold: number;
  readonly weights: string;
}

/** A sentence the layer flags for a rule, as a span of the source draft. */
export interface LearnedFinding {
  rule: string;
  start: number;
  end: number;
}

const bits = (names: readonly string[]) => names.reduce((mask, name) => mask | classBit(name), 0);
let cues: Readonly<Record<string, (sentence: SentenceFacts, ids: readonly number[]) => boolean>> | undefined;

/** The structural cue a rule's sentence needs besides its score. */
function cueOf(rule: string): ((sentence: SentenceFacts, ids: readonly number[]) => boolean) | undefined {
  if (!cues) {
    const parties = bits(['department', 'third-party', 'courier', 'bank', 'authority', 'senior-staff']);
    const addressed = bits(['second-person', 'address', 'customer', 'customer-bluntly', 'clientele']);
    const negation = bits(['negation']);
    const ourselves = bits(['first-person']);
    const entah = [featureId('w:entah'), featureId('w:entahlah')];
    cues = {
      // Who is blamed must be another party, and we not in the sentence: "I've asked the bank to check, and I'll update
      // you by noon", "this one is on us, not the courier" hand over or own it.
      'blame-department': (s) => (s.classes & parties) !== 0 && (s.classes & ourselves) === 0,
      // Hostility and suspicion must be aimed at the customer, and have their shape: a reproach or a command with no
      // softener (`scolded`), a doubt or a check of the customer's word next to them (`doubted`).
      'hostile-tone': (s) => (s.classes & addressed) !== 0 && s.scolded,
      'assume-worst': (s) => (s.classes & addressed) !== 0 && s.doubted,
      'counter-threat': (s) => (s.classes & addressed) !== 0,
      // A refusal and "I don't know" are a "no" said; followed by what we can do, they are a kind "no".
      'dismiss-request': (s) => (s.classes & negation) !== 0 && !s.offered,
      'dont-know': (s, ids) => ((s.classes & negation) !== 0 || ids.some((id) => entah.includes(id))) && !s.offered,
      // A reason, a cost or a rule for everyone, followed by what we do about it, explains and helps.
      excuse: (s) => !s.offered,
      'internal-costs': (s) => !s.offered,
      // A regulator's or the law's rule, or a policy, stated as what must be done and followed by what we do or what the
      // customer can do, is information, not "it's only fair" (`answered`).
      'fairness-argument': (s) => !s.offered && !s.answered,
    };
  }
  return cues[rule];
}

/** Whether the layer may flag this sentence for the rule at all: the agent's own words, a real sentence, the cue. */
export function eligible(rule: string, sentence: SentenceFacts, ids: readonly number[]): boolean {
  return !sentence.quoted && sentence.words >= 3 && (cueOf(rule)?.(sentence, ids) ?? true);
}

/**
 * A model read for scoring: each feature's weights for every rule at once, in a table open-addressed by the feature's
 * id (ids are already hashes), each row `rules.length` numbers of `rows`.
 */
export interface Compiled {
  readonly rules: readonly string[];
  readonly thresholds: Float64Array;
  readonly keys: Int32Array;
  readonly slots: Int32Array;
  readonly rows: Float64Array;
}
const compiled = new WeakMap<object, Compiled>();

/** The row of a feature's weights in `rows` (its first index), or -1. */
function rowOf(model: Compiled, id: number): number {
  const mask = model.keys.length - 1;
  for (let h = id & mask; ; h = (h + 1) & mask) {
    const key = model.keys[h]!;
    if (key === id) return model.slots[h]!;
    if (key === -1) return -1;
  }
}

/**
 * The model's weights in one open-addressed table, read from their text where it stands (no line, name or map made per
 * feature): the first analysis compiles it, and did so in a fifth of its learned layer's time before.
 */
function compile(model: Readonly<Record<string, LearnedRule>>): Compiled {
  let done = compiled.get(model);
  if (done) return done;
  done = (model === LEARNED_MODEL ? readLearnedTable(model, LEARNED_TABLE_WRITTEN) : undefined) ?? compiledFromText(model);
  compiled.set(model, done);
  return done;
}

function compiledFromText(model: Readonly<Record<string, LearnedRule>>): Compiled {
  const rules = Object.keys(model).sort();
  // Each line is at most one feature: a table for twice as many as there are lines, rows for as many.
  let lines = 0;
  for (const rule of rules) {
    const weights = model[rule]!.weights;
    for (let at = weights.indexOf('\n'); at >= 0; at = weights.indexOf('\n', at + 1)) lines++;
    lines++;
  }
  let size = 16;
  while (size < lines * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const slots = new Int32Array(size);
  const rows = new Float64Array(lines * rules.length);
  let next = 0;
  rules.forEach((rule, r) => {
    const weights = model[rule]!.weights;
    for (let start = 0; start <= weights.length; ) {
      let end = weights.indexOf('\n', start);
      if (end < 0) end = weights.length;
      // The name, then its weight after the line's last space; a line without both is no feature.
      const space = weights.lastIndexOf(' ', end - 1);
      if (space > start) {
        const id = featureIdAt(weights, start, space);
        let h = id & (size - 1);
        while (keys[h] !== -1 && keys[h] !== id) h = (h + 1) & (size - 1);
        if (keys[h] === -1) {
          keys[h] = id;
          slots[h] = next;
          next += rules.length;
        }
        rows[slots[h]! + r] = Number(weights.slice(space + 1, end));
      }
      start = end + 1;
    }
  });
  return { rules, thresholds: Float64Array.from(rules, (rule) => model[rule]!.threshold), keys, slots, rows };
}

/**
 * The built-in model compiled (`learnedTableText`), written into the library's bundle by `scripts/bundle-lib.mjs` in
 * place of this text, so that its first analysis reads the table instead of hashing the model's 1,500 feature names
 * (16M instructions of V8's interpreter, a twentieth of that analysis). Elsewhere (the modules in lib/, the tests, the
 * extension) it stays as it is, and the model is compiled from its text.
 */
const LEARNED_TABLE_WRITTEN: string = '%RAMAH_LEARNED_TABLE%';

/** A number as `learnedTableText` writes it: as JSON would, but a negative zero keeps its sign. */
const written = (value: number) => (Object.is(value, -0) ? '-0' : String(value));

/**
 * A model compiled, as text for the bundle: its rules, the length of each rule's weights (what `readLearnedTable` checks
 * the model against), the features' ids in the order of their rows, and the rows; or undefined for a model whose
 * weights are not all finite numbers (compiled from its text where it is used).
 */
export function learnedTableText(model: Readonly<Record<string, LearnedRule>> = LEARNED_MODEL): string | undefined {
  const { rules, keys, slots, rows } = compiledFromText(model);
  const ids: number[] = [];
  keys.forEach((id, h) => {
    if (id !== -1) ids[slots[h]! / rules.length] = id;
  });
  const used = rows.subarray(0, ids.length * rules.length);
  if (!used.every(Number.isFinite)) return undefined;
  return [rules.join(','), rules.map((rule) => model[rule]!.weights.length).join(','), ids.join(','), Array.from(used, written).join(',')].join('|');
}

/**
 * The model compiled from `learnedTableText`'s text; undefined for the mark (no text written) or a text of another
 * model (other rules, or weights of another length).
 */
export function readLearnedTable(model: Readonly<Record<string, LearnedRule>>, text: string): Compiled | undefined {
  const parts = text.split('|');
  if (parts.length !== 4) return undefined;
  const rules = parts[0]!.split(',');
  if (rules.join(',') !== Object.keys(model).sort().join(',')) return undefined;
  const lengths = JSON.parse(`[${parts[1]}]`) as number[];
  if (rules.some((rule, r) => model[rule]!.weights.length !== lengths[r])) return undefined;
  const ids = JSON.parse(`[${parts[2]}]`) as number[];
  const rows = Float64Array.from(JSON.parse(`[${parts[3]}]`) as number[]);
  if (rows.length !== ids.length * rules.length) return undefined;
  let size = 16;
  while (size < ids.length * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const slots = new Int32Array(size);
  ids.forEach((id, k) => {
    let h = id & (size - 1);
    while (keys[h] !== -1) h = (h + 1) & (size - 1);
    keys[h] = id;
    slots[h] = k * rules.length;
  });
  return { rules, thresholds: Float64Array.from(rules, (rule) => model[rule]!.threshold), keys, slots, rows };
}

/** A sentence's score for a rule: the sum of its features' weights. */
export function scoreSentence(model: Readonly<Record<string, LearnedRule>>, rule: string, sentence: SentenceFeatures): number {
  const compiledModel = compile(model);
  const r = compiledModel.rules.indexOf(rule);
  let score = 0;
  for (const id of sentence.ids) {
    const row = rowOf(compiledModel, id);
    if (row >= 0 && r >= 0) score += compiledModel.rows[row + r]!;
  }
  return score;
}

/**
 * A sentence's sum of each rule's weights of its features up to the last ones (`FIRST`, `LAST`, its length), with the
 * facts and word features the cues read: kept from analysis to analysis by the sentence's tokens (a draft is analysed again at each pause in
 * typing, most of its sentences unchanged), per model and language, at most `SENTENCES_KEPT` per language.
 */
interface KeptSentence {
  tokens: readonly string[];
  scores: Float64Array;
  ids: readonly number[];
  facts: ReplayedFacts;
}
const kept = new WeakMap<Compiled, Record<Language, Map<string, KeptSentence>>>();
const SENTENCES_KEPT = 2_000;

function keptFor(model: Compiled, language: Language): Map<string, KeptSentence> {
  let byLanguage = kept.get(model);
  if (!byLanguage) kept.set(model, (byLanguage = { id: new Map(), ms: new Map(), en: new Map() }));
  return byLanguage[language];
}

/** Adds each rule's weights of a sentence's features as they come, and flags the first sentence each rule reaches. */
class Scorer implements FeatureSink {
  readonly names = false;
  readonly found: LearnedFinding[] = [];
  private readonly scores: Float64Array;
  /** The sentence's sum before its last features (`KeptSentence`): added after it in the same order, they make the same sum. */
  private readonly scoresBeforeLast: Float64Array;
  private beforeLastKept = false;
  /** The sentence being read, to be kept once read (`replay`). */
  private reading: { memo: Map<string, KeptSentence>; key: string; tokens: readonly string[] } | undefined;
  private readonly open: boolean[];
  private left: number;
  /** dont-know's cue reads the sentence's words ("entah"): kept only while a sentence is read. */
  private readonly ids: number[] = [];
  // The spans findings take, by start, and how far the ones that start before the sentence's end reach.
  private readonly taken: readonly Span[];
  private next = 0;
  private reach = -1;

  constructor(private readonly model: Compiled, alreadyFound: ReadonlySet<string>, taken: readonly Span[]) {
    this.scores = new Float64Array(model.rules.length);
    this.scoresBeforeLast = new Float64Array(model.rules.length);
    this.open = model.rules.map((rule) => !alreadyFound.has(rule));
    this.left = this.open.filter(Boolean).length;
    this.taken = [...taken].sort((a, b) => a.start - b.start);
  }

  get done(): boolean {
    return this.left === 0;
  }

  word(read: WordRead): void {
    if (read.scoredFor !== this.model) {
      // The word's own features, summed once for this model and kept with the word.
      const ids: number[] = [];
      wordFeatures(read, ids);
      const { rows, rules } = this.model;
      let sum: Float64Array | undefined;
      for (const id of ids) {
        const row = rowOf(this.model, id);
        if (row < 0) continue;
        sum ??= new Float64Array(rules.length);
        for (let r = 0; r < rules.length; r++) sum[r]! += rows[row + r]!;
      }
      read.scoredFor = this.model;
      read.scores = sum;
    }
    this.ids.push(read.wordFeature);
    const row = read.scores;
    if (row) for (let r = 0; r < row.length; r++) this.scores[r]! += row[r]!;
  }

  feature(id: number): void {
    if (!this.beforeLastKept && (id === FIRST || id === LAST || LENGTHS.includes(id))) {
      this.scoresBeforeLast.set(this.scores);
      this.beforeLastKept = true;
    }
    const row = rowOf(this.model, id);
    if (row < 0) return;
    const { rows, rules } = this.model;
    for (let r = 0; r < rules.length; r++) this.scores[r]! += rows[row + r]!;
  }

  replay(doc: TextDocument, sentence: Span, first: number, end: number, language: Language): ReplayedFacts | undefined {
    const memo = keptFor(this.model, language);
    // The normal text says the words, and the tokens how they were split ("don't" is one token, "do not" two).
    const key = doc.normal.slice(sentence.start, sentence.end);
    const known = memo.get(key);
    if (known !== undefined && known.tokens.length === end - first && known.tokens.every((token, i) => token === doc.tokenTexts[first + i])) {
      this.scores.set(known.scores);
      for (const id of known.ids) this.ids.push(id);
      return known.facts;
    }
    this.reading = { memo, key, tokens: doc.tokenTexts.slice(first, end) };
    return undefined;
  }

  skips(start: number, end: number, quoted: boolean): boolean {
    // A span that starts before this sentence ends and reaches into it: a finding's own sentence is left to it.
    while (this.next < this.taken.length && this.taken[this.next]!.start < end) this.reach = Math.max(this.reach, this.taken[this.next++]!.end);
    return quoted || this.reach > start;
  }

  sentence(facts: SentenceFacts): boolean {
    const { rules, thresholds } = this.model;
    if (this.reading !== undefined) {
      const { memo, key, tokens } = this.reading;
      if (memo.size >= SENTENCES_KEPT) memo.clear();
      if (this.beforeLastKept) memo.set(key, { tokens, scores: this.scoresBeforeLast.slice(), ids: this.ids.slice(), facts: { classes: facts.classes, words: facts.words, offered: facts.offered, rule: facts.rule, doubted: facts.doubted, scolded: facts.scolded } });
      this.reading = undefined;
    }
    this.beforeLastKept = false;
    for (let r = 0; r < rules.length; r++) {
      if (!this.open[r] || this.scores[r]! < thresholds[r]! || !eligible(rules[r]!, facts, this.ids)) continue;
      this.found.push({ rule: rules[r]!, start: facts.start, end: facts.end });
      this.open[r] = false;
      this.left--;
    }
    this.scores.fill(0);
    this.ids.length = 0;
    return this.left === 0;
  }
}

/**
 * The first sentence of the draft's own text that the layer flags for each rule the phrase rules left silent
 * (`alreadyFound`), among the sentences no finding touches (`taken`, spans of the source): a sentence-wide card must
 * not hide a rule's own finding and its rewording. Linear in the draft: each sentence is read and scored once, and
 * each word's own features are summed once for the model, then kept.
 */
export function learnedFindings(
  doc: TextDocument,
  language: Language,
  alreadyFound: ReadonlySet<string>,
  taken: readonly Span[] = [],
  model: Readonly<Record<string, LearnedRule>> = LEARNED_MODEL,
): LearnedFinding[] {
  const scorer = new Scorer(compile(model), alreadyFound, taken);
  if (scorer.done) return [];
  readSentences(doc, language, scorer);
  return scorer.found;
}
