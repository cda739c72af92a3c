#!/usr/bin/env node
// Where import + first analysis go, by part: runs the child of `bench-start-up.mjs` (a fresh process, the bundle's code
// cache written by a process before, as every `ramah check` after the first reads it) under `node --cpu-prof`, several
// times, and sums each sample's own time by phase (the import, the first analysis, the rest: Node's own start, the
// bench, exit) and by part (the engine's modules, found by the top-level names each module of lib/engine declares,
// since the bundle marks only some of them; garbage collection; Node). A sample's time includes the time its process
// waited for a core, so on a loaded machine read the shares, not the milliseconds.
// Usage: node scripts/profile-start-up.mjs [--runs N] [lib/]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { startUpDraft } from './bench/drafts.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 10;
const lib = resolve(args[0] ?? new URL('../lib', import.meta.url).pathname);
const bench = new URL('./bench-start-up.mjs', import.meta.url).pathname;
const draft = startUpDraft();
const dir = mkdtempSync(join(tmpdir(), 'ramah-profile-'));
execFileSync(process.execPath, [bench, '--child', lib, draft]);
for (let run = 0; run < runs; run++) execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', bench, '--child', lib, draft]);

/** The files of a directory, recursively. */
const filesIn = (path) => readdirSync(path, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesIn(join(path, entry.name)) : [join(path, entry.name)]));
const declaredIn = new Map();
for (const file of filesIn(join(lib, 'engine')).filter((file) => file.endsWith('.js'))) {
  for (const m of readFileSync(file, 'utf8').matchAll(/^(?:export )?(?:async )?(?:function\*? ?|const |let |var |class )([A-Za-z_$][\w$]*)/gm)) {
    if (!declaredIn.has(m[1])) declaredIn.set(m[1], relative(join(lib, 'engine'), file));
  }
}
const moduleAt = [];
let current = '';
readFileSync(join(lib, 'bundle/shared-script.js'), 'latin1').split('\n').forEach((line, i) => {
  const marker = /^\/\/ lib\/engine\/(\S+\.js)$/.exec(line);
  if (marker) current = marker[1];
  const top = /^(?:async )?(?:function\*? ?|var |let |const |class )([A-Za-z_$][\w$]*)/.exec(line);
  if (top && declaredIn.has(top[1].replace(/\$\d+$/, ''))) current = declaredIn.get(top[1].replace(/\$\d+$/, ''));
  moduleAt[i] = current;
});
const PARTS = [
  [/^match\/(tables|tables\.generated)\.js$/, 'reading the tables (tables.ts)'],
  [/^match\/compile\.js$/, 'compile.ts (states, next-word tests)'],
  [/^match\/matcher\.js$/, 'matcher'],
  [/^match\/families\.js$/, 'families'],
  [/^match\//, 'lexicon, pattern syntax, compose'],
  [/^text\/|^language\.js$/, 'tokeniser, document, morphology'],
  [/^learned\//, 'learned layer'],
  [/^(rules|steps|signals)\//, 'rules, steps, signals'],
];
const partOf = ({ functionName, url, lineNumber }) => {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url.endsWith('shared-script.js')) {
    const module = lineNumber >= 0 ? moduleAt[lineNumber] : '';
    return PARTS.find(([pattern]) => pattern.test(module))?.[1] ?? 'engine, other';
  }
  if (functionName === 'Script' || url.endsWith('/load.js')) return 'loading the bundle (vm.Script, code cache)';
  return 'Node and the bench';
};
const totals = new Map();
let all = 0;
for (const file of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const phaseOf = (id) => {
    let phase = 'rest';
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const { functionName, url } = byId.get(n).callFrame;
      if (functionName === 'analyze' && url.endsWith('shared-script.js')) return 'first analysis';
      if (url.endsWith('/load.js') || url.endsWith('/engine.js') || url.endsWith('shared-script.js')) phase = 'import';
    }
    return phase;
  };
  // A collection's or V8's own sample has no stack: it goes to the phase of the sample before it.
  let phase = 'rest';
  profile.samples.forEach((sample, i) => {
    const frame = byId.get(sample).callFrame;
    if (frame.functionName !== '(garbage collector)' && frame.functionName !== '(program)') phase = phaseOf(sample);
    const time = profile.timeDeltas[i] ?? 0;
    const byPart = totals.get(phase) ?? totals.set(phase, new Map()).get(phase);
    byPart.set(partOf(frame), (byPart.get(partOf(frame)) ?? 0) + time);
    all += time;
  });
}
console.log(`${lib}: ${runs} processes under --cpu-prof, ${(all / 1000 / runs).toFixed(1)} ms profiled per process; by phase, then by part (ms a process, share of its phase):`);
for (const phase of ['import', 'first analysis', 'rest']) {
  const byPart = totals.get(phase) ?? new Map();
  const sum = [...byPart.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${phase}: ${(sum / 1000 / runs).toFixed(1)} ms`);
  for (const [part, time] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`    ${(time / 1000 / runs).toFixed(1).padStart(6)} ms ${((100 * time) / sum).toFixed(0).padStart(3)}%  ${part}`);
}
