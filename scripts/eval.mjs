#!/usr/bin/env node
// Scores the built engine (lib/) on labelled drafts: warning precision, recall and F1 per language, per kind of draft
// and per rule, clean drafts left alone, steps F1, signals F1 and language accuracy.
//
//   npm run eval                      the dev set, the red-team set and the corpus's train and holdout sets, each apart
//   npm run eval -- holdout --misses  one named set (dev, red-team, train, holdout), with what it missed and over-flagged
//   npm run eval -- FILE|DIR ...      the given files and folders, scored together as one set
//   --json                            the figures as JSON (for docs/quality.md)
//
// Steps and customer signals are also scored one by one.
// It runs the engine in this process, the way `ramah check --json` does, so a thousand drafts take seconds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { judge, summarise, WARNING_RULES } from './eval/metrics.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const NAMED_SETS = {
  dev: join(root, '../shared/eval-dev'),
  'red-team': join(root, 'tests/eval'),
  train: join(root, 'tests/corpus/train'),
  holdout: join(root, 'tests/corpus/holdout'),
};
const LANGUAGES = ['id', 'ms', 'en'];
const STEP_KEYS = ['acknowledgement', 'clarification', 'resolution', 'checkBack', 'extra'];
const SIGNALS = ['upset', 'abuse', 'threat', 'escalation-request'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 10).map((line) => line.replace(/^\/\/ ?/, '')).join('\n') + '\n');
  process.exit(0);
}

const entry = join(root, 'lib/engine/index.js');
if (!existsSync(entry)) fail('the engine is not built: run `npm run build:lib` (npm run eval does it first)');
const { analyze } = await import(entry);

/** The .jsonl files of a file or folder, sorted. */
function filesOf(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).filter((name) => name.endsWith('.jsonl')).sort().map((name) => join(path, name));
}

/** Reads and checks labelled drafts; a malformed line stops the run with its place. */
function readDrafts(files) {
  const drafts = [];
  const seen = new Map();
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      const at = `${relative(process.cwd(), file)}:${index + 1}`;
      let draft;
      try {
        draft = JSON.parse(line);
      } catch (error) {
        fail(`${at}: not JSON (${error.message})`);
      }
      const problem = labelProblem(draft);
      if (problem) fail(`${at}: ${draft.id ?? 'a draft'} ${problem}`);
      if (seen.has(draft.id)) fail(`${at}: the id ${draft.id} is also at ${seen.get(draft.id)}`);
      seen.set(draft.id, at);
      drafts.push({ ...draft, batch: basename(file, '.jsonl') });
    });
  }
  return drafts;
}

function labelProblem(draft) {
  if (typeof draft.id !== 'string' || typeof draft.draft !== 'string') return 'needs a string "id" and "draft"';
  if (!LANGUAGES.includes(draft.lang)) return `has "lang" ${JSON.stringify(draft.lang)}; use id, ms or en`;
  if (!Array.isArray(draft.warnings)) return 'needs a "warnings" list';
  const unknown = [...draft.warnings, ...(draft.maybe ?? [])].filter((rule) => !WARNING_RULES.includes(rule));
  if (unknown.length) return `names unknown rules: ${unknown.join(', ')}`;
  const both = draft.warnings.filter((rule) => draft.maybe?.includes(rule));
  if (both.length) return `lists ${both.join(', ')} both as a warning and as a maybe`;
  const steps = Object.keys(draft.steps ?? {}).filter((step) => !STEP_KEYS.includes(step));
  if (steps.length) return `names unknown steps: ${steps.join(', ')}`;
  const signals = (draft.context ?? []).filter((signal) => !SIGNALS.includes(signal));
  if (signals.length) return `names unknown signals: ${signals.join(', ')}`;
  return undefined;
}

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function score(drafts) {
  return drafts.map((labelled) => {
    const report = analyze(labelled.draft, { customerMessage: labelled.customer });
    return { labelled, report, verdict: judge(labelled, report) };
  });
}

const sets = positionals.length === 0
  ? Object.entries(NAMED_SETS).map(([name, path]) => ({ name, files: filesOf(path) })).filter((set) => set.files.length > 0)
  : positionals.every((arg) => arg in NAMED_SETS)
    ? positionals.map((name) => ({ name, files: filesOf(NAMED_SETS[name]) }))
    : [{ name: positionals.join(' '), files: positionals.flatMap((path) => filesOf(path)) }];

const results = [];
for (const set of sets) {
  if (set.files.length === 0) fail(`no .jsonl files in ${set.name}`);
  const judged = score(readDrafts(set.files));
  const groups = {
    ...Object.fromEntries(LANGUAGES.map((language) => [language, judged.filter(({ labelled }) => labelled.lang === language)])),
    ordinary: judged.filter(({ labelled }) => labelled.messy === false),
    messy: judged.filter(({ labelled }) => labelled.messy === true),
    all: judged,
  };
  const figures = Object.fromEntries(Object.entries(groups).filter(([, group]) => group.length > 0).map(([group, members]) => [group, summarise(members)]));
  results.push({ set: set.name, files: set.files.map((file) => relative(root, file)), figures, judged });
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(results.map(({ set, files, figures }) => ({ set, files, figures })), null, 2)}\n`);
} else {
  for (const result of results) printSet(result);
}

function printSet({ set, files, figures, judged }) {
  const percent = (x) => `${Math.round(100 * x)}%`;
  console.log(`\n${set}: ${figures.all.drafts} drafts in ${files.length} file${files.length === 1 ? '' : 's'}`);
  console.log('            drafts  warn P  warn R  warn F1   clean left alone  steps F1  signals F1  language');
  for (const [group, f] of Object.entries(figures)) {
    const clean = f.clean ? `${f.cleanLeftAlone}/${f.clean} ${percent(f.cleanLeftAlone / f.clean)}` : '—';
    console.log(
      `${group.padEnd(10)} ${String(f.drafts).padStart(7)} ${percent(f.warnings.precision).padStart(7)} ${percent(f.warnings.recall).padStart(7)} ` +
        `${f.warnings.f1.toFixed(2).padStart(8)} ${clean.padStart(18)} ${f.steps.toFixed(2).padStart(9)} ${f.signals.toFixed(2).padStart(11)} ${percent(f.languageRight / f.drafts).padStart(9)}`,
    );
  }
  const shown = figures.all.warningsShown;
  console.log(
    `\nwith the rules merged into a card (its \`also\`, shown to the agent too): warn P ${percent(shown.precision)}, R ${percent(shown.recall)}, ` +
      `F1 ${shown.f1.toFixed(2)} (${shown.tp}, ${shown.fp}, ${shown.fn})`,
  );
  if (figures.all.unjudged > 0) console.log(`not judged: ${figures.all.unjudged} warnings of rules outside the twelve, which labels cannot name (an unfilled {placeholder})`);
  console.log('\n  rule                   P      R     F1    (hit, false, missed)');
  for (const [rule, c] of Object.entries(figures.all.perRule)) {
    if (c.tp + c.fp + c.fn === 0) continue;
    console.log(`  ${rule.padEnd(18)} ${percent(c.precision).padStart(6)} ${percent(c.recall).padStart(6)} ${c.f1.toFixed(2).padStart(6)}    (${c.tp}, ${c.fp}, ${c.fn})`);
  }
  for (const [title, byName] of [['step', figures.all.perStep], ['signal', figures.all.perSignal]]) {
    const names = Object.keys(byName).sort();
    if (names.length === 0) continue;
    console.log(`\n  ${title.padEnd(18)}     P      R     F1    (hit, false, missed)`);
    for (const name of names) {
      const c = byName[name];
      console.log(`  ${name.padEnd(18)} ${percent(c.precision).padStart(6)} ${percent(c.recall).padStart(6)} ${c.f1.toFixed(2).padStart(6)}    (${c.tp}, ${c.fp}, ${c.fn})`);
    }
  }
  if (!values.misses) return;
  console.log('\n  misses and false warnings:');
  for (const { labelled, report, verdict } of judged) {
    const wrong = [];
    if (verdict.missed.length) wrong.push(`missed ${verdict.missed.join(', ')}`);
    if (verdict.extra.length) {
      const where = report.findings.filter((finding) => verdict.extra.includes(finding.rule)).map((finding) => `${finding.rule} «${labelled.draft.slice(finding.start, finding.end)}»`);
      wrong.push(`false ${where.join('; ')}`);
    }
    for (const { step, want } of verdict.stepErrors) wrong.push(`${want ? 'missed' : 'false'} step ${step}`);
    if (!verdict.languageRight) wrong.push(`language ${report.language}, not ${labelled.lang}`);
    if (wrong.length) console.log(`  ${labelled.id}: ${wrong.join(' · ')}`);
  }
}
