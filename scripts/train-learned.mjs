#!/usr/bin/env node
// Trains the learned sentence layer (src/engine/learned/) on the tune split and the labelled sentences of
// tests/corpus/sentences/, and writes its weights and thresholds to src/engine/learned/model.generated.ts.
// Deterministic: the same inputs (`trainingInputs()`: the sources, the tune drafts, the sentences) give the same file.
//
//   npm run build:lib && node scripts/train-learned.mjs          trains, cross-validates the thresholds, writes the file
//   node scripts/train-learned.mjs --dump rows.json               the same, and writes each rule's cross-validated
//                                                                 additions (score, label, clean draft), best first
//   node scripts/train-learned.mjs --rules a,b                    trains those rules only, and keeps the others' weights
//                                                                 and thresholds as the file has them (less the weights
//                                                                 of words with a digit, which the features read as one)
//   node scripts/train-learned.mjs --set l2=0.002 --out m.ts     a trial: SETTINGS overridden, the file written elsewhere
//   node scripts/train-learned.mjs --precision a=0.9 --l2 a=0.002 a rule's own precision target and regularisation
//   (the options combine; a trial's dump rows are [score, label, clean draft, draft id, the sentence], best first)
//   A trial (--rules, --set, --precision, --l2) needs --out elsewhere: it never writes model.generated.ts, whose
//   fingerprint would then vouch for weights the defaults did not train.
//   node scripts/train-learned.mjs --fingerprint                  prints the fingerprint of the inputs only
//
// Labels are per draft, so this is multiple-instance learning: for each rule, the sentences of drafts without it (nor
// it as a "maybe") are negatives; a draft with it has at least one positive sentence: the sentences the phrase rules
// flag for it, and, for the drafts they miss, the sentence the model scores highest, picked again after each fit. A
// labelled sentence flagged for the rule is such a bag too; a near miss's sentences are negatives for every rule. Only
// sentences the layer may flag for the rule (`eligible`: its cue, outside quotes) are learned from.
// Logistic regression by stochastic gradient (a fixed shuffle), L2-regularised. Each rule's threshold is the lowest
// score at which the layer's additions (drafts the phrase rules left silent) stay at 95% precision or more across
// five folds by round, among the sentences no phrase rule's finding touches; a rule whose threshold rests on fewer
// than three drafts added is left out, since its precision is not measured. Each rule keeps its 300 strongest
// features, refitted alone, so that the weights stay a few kilobytes a rule.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TRAIN = join(root, 'tests/corpus/train');
const OUT = join(root, 'src/engine/learned/model.generated.ts');
const SENTENCES = join(root, 'tests/corpus/sentences');
/** The labelled sentences used (`tests/corpus/sentences/README.md` says who wrote them and which were left out). */
export const SENTENCE_FILES = existsSync(SENTENCES) ? readdirSync(SENTENCES).filter((f) => f.endsWith('.jsonl')).sort() : [];
let BIAS, eligible;
/** Whether the layer may flag the sentence for the rule (`eligible` in learned/layer.ts): the only sentences learned from. */
const mayFlag = (rule, s) => eligible(rule, s, s.ids);
/** The tune split: every author's rounds 1–6 and 9, and authors a, c and e's rounds 7 and 8. Never the check split. */
export const TUNE_FILES = [...'abcdef'].flatMap((author) =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((round) => round <= 6 || round === 9 || 'ace'.includes(author)).map((round) => `${author}-${round}.jsonl`));
const RULES = ['assume-worst', 'blame-colleague', 'blame-department', 'counter-threat', 'dismiss-request', 'dont-know',
  'excuse', 'fairness-argument', 'favor-framing', 'hostile-tone', 'internal-costs', 'presume-solution'];
const SETTINGS = { epochs: 6, l2: 5e-4, rate: 0.2, positiveWeight: 2, sentenceWeight: 1, picks: 2, minCount: 3, features: 300, precision: 0.95, folds: 5, fewestAdded: 3 };
/**
 * A rule's own precision target and L2 regularisation, where they are not SETTINGS' (and the options'). fairness-argument
 * at 0.002: at SETTINGS' 5e-4 it adds two tune drafts in cross-validation, under `fewestAdded` (docs/quality.md).
 */
const PRECISION = {};
const L2 = { 'fairness-argument': 0.002 };

/** The numbers of an option `--name key=value,…`, as [key, number] pairs. */
function numbersOf(name) {
  const at = process.argv.indexOf(name);
  if (at < 0) return [];
  return process.argv[at + 1].split(',').map((pair) => {
    const [key, value] = pair.split('=');
    if (!key || !Number.isFinite(Number(value))) throw new Error(`${name}: expected key=number, got ${pair}`);
    return [key, Number(value)];
  });
}

/** The options of a trial (the header's), read when the script runs rather than when a test imports it. */
function readOptions() {
  for (const [key, value] of numbersOf('--set')) {
    if (!(key in SETTINGS)) throw new Error(`--set: no setting ${key}`);
    SETTINGS[key] = value;
  }
  for (const [rule, value] of numbersOf('--precision')) PRECISION[rule] = value;
  for (const [rule, value] of numbersOf('--l2')) L2[rule] = value;
  const at = process.argv.indexOf('--rules');
  return at > 0 ? new Set(process.argv[at + 1].split(',')) : undefined;
}
const precisionOf = (rule) => PRECISION[rule] ?? SETTINGS.precision;

/**
 * The sources the weights depend on besides the drafts: this script, the features and the cues; what the features and
 * the cues read (the lexicon's classes, roots, tokens, chat spellings and clause cuts); and the rules, whose findings
 * give the positives, `fired` and `free`.
 */
const SOURCES = ['scripts/train-learned.mjs', 'src/engine/learned/features.ts', 'src/engine/learned/layer.ts', 'src/engine/match/lexicon.generated.ts',
  'src/engine/text/morphology.ts', 'src/engine/text/document.ts', 'src/engine/text/chat-spellings.ts', 'src/engine/text/clause.ts'];
const SOURCE_FOLDERS = ['src/engine/rules', 'src/lexicon'];

/** Every file under a folder of the repository, as paths from its root, sorted. */
function filesUnder(folder) {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The files the weights depend on: the sources, the tune drafts and the labelled sentences. */
export function trainingInputs() {
  return [...SOURCES, ...SOURCE_FOLDERS.flatMap(filesUnder), ...TUNE_FILES.map((f) => `tests/corpus/train/${f}`), ...SENTENCE_FILES.map((f) => `tests/corpus/sentences/${f}`)];
}

/** A hash of what the weights depend on (`trainingInputs`). */
export function fingerprint() {
  const hash = createHash('sha256');
  for (const path of trainingInputs()) {
    hash.update(path).update('\0').update(readFileSync(join(root, path), 'utf8').replace(/\r\n/g, '\n')).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const TRIAL_OPTIONS = ['--rules', '--set', '--precision', '--l2'];
/** The options that made the weights: the command's, without where it wrote them. */
const trialOptions = () => process.argv.slice(2).filter((arg, i, args) => !['--out', '--dump'].includes(arg) && !['--out', '--dump'].includes(args[i - 1]));
const trial = process.argv.some((arg) => TRIAL_OPTIONS.includes(arg));
/** The file written: `--out`'s, or the model's. */
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? resolve(process.argv[outAt + 1] ?? OUT) : OUT;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (trial && out === OUT) {
    console.error(`train-learned: a trial (${TRIAL_OPTIONS.join(', ')}) writes its model elsewhere: add --out <file> (not ${relative(root, OUT)})`);
    process.exit(2);
  }
  if (process.argv.includes('--fingerprint')) {
    console.log(fingerprint());
  } else {
    await main();
  }
}

async function main() {
  const lib = join(root, 'lib/engine');
  if (!existsSync(join(lib, 'learned/features.js'))) throw new Error('the engine is not built: run `npm run build:lib`');
  // Trained on an engine older than its sources, the weights would learn the old rules' findings without a word.
  const built = statSync(join(lib, 'learned/features.js')).mtimeMs;
  const newer = filesUnder('src/engine').filter((path) => /\.ts$/.test(path) && statSync(join(root, path)).mtimeMs > built);
  if (newer.length > 0) throw new Error(`lib/ is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}: run \`npm run build:lib\``);
  const { analyze } = await import(join(lib, 'index.js'));
  const { toDocument, tokenAtSource, sentenceIndexAt } = await import(join(lib, 'text/document.js'));
  const { sentenceFeatures, BIAS: bias } = await import(join(lib, 'learned/features.js'));
  BIAS = bias;
  ({ eligible } = await import(join(lib, 'learned/layer.js')));
  const only = readOptions();
  const { LEARNED_MODEL: before } = only ? await import(join(lib, 'learned/model.generated.js')) : { LEARNED_MODEL: {} };
  // Each feature id's name, as the features function gives it: the file is written in names.
  const names = new Map();
  const read = (doc, language) => {
    const named = [];
    const sentences = sentenceFeatures(doc, language, named);
    sentences.forEach((s, i) => s.ids.forEach((id, k) => { if (!names.has(id)) names.set(id, named[i][k]); }));
    return sentences;
  };

  // The drafts, as the engine reads them, with the rules it already finds and the sentences it flags for each.
  const drafts = [];
  for (const file of TUNE_FILES) {
    let lineNumber = 0;
    const round = Number(file.split('-')[1].split('.')[0]);
    for (const line of readFileSync(join(TRAIN, file), 'utf8').split('\n')) {
      lineNumber++;
      if (!line.trim()) continue;
      const labelled = JSON.parse(line);
      const report = analyze(labelled.draft, { customerMessage: labelled.customer, withoutLearnedLayer: true });
      const doc = toDocument(labelled.draft);
      const flagged = {};
      for (const finding of report.findings) {
        for (const rule of [finding.rule, ...(finding.also ?? []).map((a) => a.rule)]) {
          const token = Math.max(0, tokenAtSource(doc, finding.start));
          (flagged[rule] ??= new Set()).add(sentenceIndexAt(doc, doc.tokenStarts[token] ?? 0));
        }
      }
      const sentences = read(doc, labelled.lang);
      drafts.push({
        id: labelled.id ?? `${file}:${lineNumber}`,
        text: labelled.draft,
        fold: (round - 1) % SETTINGS.folds,
        warnings: new Set(labelled.warnings),
        maybe: new Set(labelled.maybe ?? []),
        fired: new Set(report.findings.filter((f) => f.kind === 'warning').map((f) => f.rule)),
        flagged,
        sentences,
        // The sentences a finding touches: the layer leaves them to it.
        free: sentences.map((s) => !report.findings.some((f) => f.start < s.end && s.start < f.end)),
      });
    }
  }
  // The labelled sentences: a flagged one is a bag of its sentences with one positive at least; a near miss's
  // sentences are negatives for every rule.
  const labelled = [];
  for (const file of SENTENCE_FILES) {
    for (const line of readFileSync(join(SENTENCES, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { lang, rule, label, text } = JSON.parse(line);
      labelled.push({ rule, label, sentences: read(toDocument(text), lang) });
    }
  }
  console.log(`${drafts.length} drafts, ${labelled.length} labelled sentences, ${names.size} features`);

  const model = {};
  const dumpAt = process.argv.indexOf('--dump');
  const dump = dumpAt > 0 ? {} : undefined;
  for (const rule of RULES) {
    if (only && !only.has(rule)) {
      // A weight of a feature the reading no longer gives (a word with a digit, read as `NUMBER` since session 14) is dropped.
      const given = (line) => !/\d/.test(line.slice(0, line.lastIndexOf(' ')).replace(/^len:\d$/, ''));
      if (before[rule]) model[rule] = { threshold: before[rule].threshold, weights: before[rule].weights.split('\n').filter(given).join('\n') };
      continue;
    }
    // Cross-validated: each fold scored by weights trained on the others, the drafts the rules left silent only.
    const rows = [];
    for (let fold = 0; fold < SETTINGS.folds; fold++) {
      const weights = train(drafts.filter((d) => d.fold !== fold), labelled, rule);
      for (const d of drafts) {
        if (d.fold !== fold || d.fired.has(rule)) continue;
        let best = -Infinity, where;
        d.sentences.forEach((s, i) => {
          const value = d.free[i] && mayFlag(rule, s) ? score(weights, s) : -Infinity;
          if (value > best) [best, where] = [value, s];
        });
        if (best > -Infinity) rows.push([best, d.warnings.has(rule) ? 1 : d.maybe.has(rule) ? -1 : 0, d.warnings.size === 0 ? 1 : 0, d.id, d.text.slice(where.start, where.end)]);
      }
    }
    rows.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    if (dump) dump[rule] = rows.slice(0, 300);
    let hits = 0, falses = 0, threshold, kept = 0;
    for (const [value, label] of rows) {
      if (label === 1) hits++;
      else if (label === 0) falses++;
      if (hits / (hits + falses || 1) >= precisionOf(rule) && hits > kept) [threshold, kept] = [value, hits];
    }
    const line = `${rule}: ${kept} drafts added at ${precisionOf(rule) * 100}% cross-validated precision`;
    if (kept < SETTINGS.fewestAdded) {
      console.log(`${line}: left out`);
      continue;
    }
    const weights = train(drafts, labelled, rule);
    const lines = [...weights]
      .map(([id, w]) => [names.get(id), Math.round(w * 1000) / 1000])
      .filter(([, w]) => w !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, w]) => `${name} ${w}`);
    model[rule] = { threshold: Math.round(threshold * 1000) / 1000, weights: lines.join('\n') };
    console.log(`${line}, threshold ${model[rule].threshold}, ${lines.length} weights`);
  }

  if (dump) writeFileSync(process.argv[dumpAt + 1], JSON.stringify(dump));
  writeFileSync(out, [
    '// Generated by scripts/train-learned.mjs from the tune split and the labelled sentences: do not edit. The learned',
    '// layer\'s test fails when this file is out of date with what it was trained from (the script\'s `trainingInputs()`).',
    ...(trial
      ? [`// Trained with \`${trialOptions().join(' ')}\`${only ? ': the other rules\' weights are kept as the file had them' : ''}.`]
      : []),
    "import type { LearnedRule } from './layer.js';",
    '',
    `export const LEARNED_FINGERPRINT = '${fingerprint()}';`,
    '',
    `export const LEARNED_MODEL: Readonly<Record<string, LearnedRule>> = {\n${Object.entries(model).map(([rule, m]) => `  ${JSON.stringify(rule)}: { threshold: ${m.threshold}, weights: ${JSON.stringify(m.weights)} },`).join('\n')}\n};`,
    '',
  ].join('\n'));
}

function score(weights, sentence) {
  let z = 0;
  for (const id of sentence.ids) z += weights.get(id) ?? 0;
  return z;
}

/** A fixed sequence of pseudo-random numbers (xorshift), for the same shuffle on every run. */
function random(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

/** One rule's weights from drafts and labelled sentences, by multiple-instance logistic regression. */
function train(drafts, labelled, rule) {
  const { epochs, rate, positiveWeight, sentenceWeight, picks, minCount, features } = SETTINGS;
  const l2 = L2[rule] ?? SETTINGS.l2;
  const count = new Map();
  const counted = (s) => { for (const f of s.ids) count.set(f, (count.get(f) ?? 0) + 1); };
  for (const d of drafts) d.sentences.forEach(counted);
  for (const l of labelled) l.sentences.forEach(counted);
  const index = new Map();
  for (const [f, c] of [...count].sort(([a], [b]) => a - b)) if (c >= minCount) index.set(f, index.size);
  let allowed;
  const encoded = new Map();
  const encode = (s) => {
    let e = encoded.get(s);
    if (!e) encoded.set(s, (e = Int32Array.from(s.ids.map((f) => index.get(f) ?? -1).filter((i) => i >= 0 && (!allowed || allowed.has(i))))));
    return e;
  };
  const w = new Float64Array(index.size);
  const value = (s) => { let z = 0; for (const i of encode(s)) z += w[i]; return z; };
  // [sentence, label, weight]
  const negatives = [], found = [], bags = [];
  // Only the sentences the layer may flag for the rule are learned from: the others are never scored.
  const flaggable = (sentences) => sentences.filter((s) => mayFlag(rule, s));
  const bag = (sentences, weight) => {
    const candidates = flaggable(sentences);
    if (candidates.length) bags.push([candidates, weight]);
  };
  for (const d of drafts) {
    if (d.maybe.has(rule)) continue;
    if (!d.warnings.has(rule)) { for (const s of flaggable(d.sentences)) negatives.push([s, 1]); continue; }
    const flagged = d.flagged[rule];
    if (flagged?.size) { for (const s of flaggable([...flagged].map((i) => d.sentences[i]))) found.push([s, positiveWeight]); }
    else bag(d.sentences, positiveWeight);
  }
  for (const l of labelled) {
    if (!l.label) { for (const s of flaggable(l.sentences)) negatives.push([s, sentenceWeight]); continue; }
    if (l.rule === rule) bag(l.sentences, positiveWeight * sentenceWeight);
  }
  const fit = (positives) => {
    w.fill(0);
    if (allowed) encoded.clear();
    const examples = [...negatives.map(([s, weight]) => [s, 0, weight]), ...positives.map(([s, weight]) => [s, 1, weight])];
    const next = random(12345);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let k = examples.length - 1; k > 0; k--) {
        const j = Math.floor(next() * (k + 1));
        [examples[k], examples[j]] = [examples[j], examples[k]];
      }
      const step = rate / (1 + epoch);
      for (const [s, y, weight] of examples) {
        const x = encode(s);
        const p = 1 / (1 + Math.exp(-value(s)));
        const g = (y - p) * weight * step;
        for (const i of x) w[i] += g - l2 * w[i];
      }
    }
  };
  const pick = () => [...found, ...bags.map(([bag, weight]) => [bag.reduce((best, s) => (value(s) > value(best) ? s : best)), weight])];
  fit(found);
  let positives = found;
  for (let k = 0; k < picks; k++) fit((positives = pick()));
  // The strongest features (the bias always among them), refitted alone on the last pick.
  const strongest = [...index.values()].sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b).slice(0, features);
  allowed = new Set([index.get(BIAS), ...strongest]);
  fit(positives);
  const weights = new Map();
  for (const [f, i] of index) if (allowed.has(i) && w[i] !== 0) weights.set(f, w[i]);
  return weights;
}
