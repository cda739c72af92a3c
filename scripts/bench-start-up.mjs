#!/usr/bin/env node
// Start-up as the extension's worker and the CLI pay it: importing the built engine and its first analysis of a 2 KB
// draft (the agents' own, from the tune split), each in a fresh process (nothing compiled or cached before it). Given other builds' lib/ directories, runs them and this one
// in turn, several rounds, and prints each one's medians and its ratio to the first: timings on a shared machine vary
// several times over with its load, so only figures from the same run compare; CPU time (the process's, user and
// system) varies less than wall time on a loaded machine, and is printed beside it.
// With --preparation, each process instead runs the engine's preparation (`enginePreparation`) a step at a time, as
// the extension's worker does in idle time, and prints its longest step (wall and CPU time; a step over about 10 ms on
// a quiet machine is a long task in the making), how many steps it took, and how long until ready and done.
// Each build's engine is imported as the package exports it: its bundle (`lib/bundle/engine.js`, `scripts/bundle-lib.mjs`)
// where it has one, else `lib/engine/index.js`.
// A bundle with a code cache (`lib/bundle/load.js`) reads it from the user's cache directory, written by the process
// before: each build runs once before the rounds, so that every round reads it, as every `ramah check` after the first
// does; with --cold, none is read or written (RAMAH_CODE_CACHE=0), as in the first process after an install or a build.
// Usage: node scripts/bench-start-up.mjs [--rounds N] [--preparation] [--cold] [baseline lib/ ...]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startUpDraft } from './bench/drafts.mjs';

const args = process.argv.slice(2);
const engineOf = (lib) => pathToFileURL(existsSync(resolve(lib, 'bundle/engine.js')) ? resolve(lib, 'bundle/engine.js') : resolve(lib, 'engine/index.js')).href;
if (args[0] === '--child') {
  const lib = args[1];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { analyze } = await import(engineOf(lib));
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  analyze(args[2], { customerMessage: 'Paket saya belum sampai juga, sudah 2 minggu! Saya kecewa banget.' });
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const ms = ({ user, system }) => (user + system) / 1000;
  console.log(JSON.stringify([t1 - t0, t2 - t1, ms(c1), ms(c2) - ms(c1)]));
  process.exit(0);
}
if (args[0] === '--child-preparation') {
  const { enginePreparation } = await import(engineOf(args[1]));
  if (!enginePreparation) {
    console.log('null');
    process.exit(0);
  }
  // The main thread's CPU time where Linux gives it (the first figure of its schedstat, in ns): a step's own work and
  // its pauses for garbage collection, without the compiler's and the collector's threads working beside it.
  const schedstat = existsSync('/proc/thread-self/schedstat');
  const cpuNow = () => {
    if (schedstat) return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const preparation = enginePreparation();
  const start = performance.now();
  // Per stage (where the build names them): the longest step's wall and CPU time, and how many steps.
  const stages = {};
  let ready = NaN;
  while (!preparation.done) {
    // A build that names no stage: its first step read the tables (and loaded the first program).
    const stage = preparation.stage ?? (Object.keys(stages).length === 0 ? 'first step' : 'the rest');
    const t0 = performance.now();
    const c0 = cpuNow();
    preparation.run(() => true);
    const cpu = cpuNow() - c0;
    const wall = performance.now() - t0;
    const figures = (stages[stage] ??= { wall: 0, cpu: 0, steps: 0 });
    if (cpu > figures.cpu) Object.assign(figures, { wall, cpu });
    figures.steps++;
    if (Number.isNaN(ready) && preparation.ready) ready = performance.now() - start;
  }
  console.log(JSON.stringify({ stages, ready, done: performance.now() - start }));
  process.exit(0);
}
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 7;
const coldAt = args.indexOf('--cold');
const cold = coldAt >= 0 && args.splice(coldAt, 1).length > 0;
const childEnv = { ...process.env, ...(cold && { RAMAH_CODE_CACHE: '0' }) };
const preparationAt = args.indexOf('--preparation');
const preparation = preparationAt >= 0 && args.splice(preparationAt, 1).length > 0;
const libs = [...args.map((lib) => resolve(lib)), resolve(new URL('../lib', import.meta.url).pathname)];
const runs = libs.map(() => []);
if (preparation) {
  for (let round = 0; round < rounds; round++) {
    libs.forEach((lib, i) => runs[i].push(JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child-preparation', lib], { encoding: 'utf8', env: childEnv }))));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  console.log(`The engine's preparation a step at a time (as the extension's worker runs it in idle time), fresh processes, median of ${rounds} rounds taken in turn:`);
  console.log('the longest step of each stage (the step of most CPU time of the main thread: CPU / wall ms, and how many steps), then the longest of all:');
  libs.forEach((lib, i) => {
    if (runs[i].some((run) => run === null)) return console.log(`  ${lib}: no enginePreparation`);
    const stages = [...new Set(runs[i].flatMap((run) => Object.keys(run.stages)))];
    const of = (stage, key) => median(runs[i].map((run) => run.stages[stage]?.[key] ?? 0));
    const longest = (run) => Math.max(...Object.values(run.stages).map((figures) => figures.cpu));
    const longestOfAll = median(runs[i].map(longest));
    const ratio = i === 0 || runs[0].some((run) => run === null) ? '' : ` (×${(longestOfAll / median(runs[0].map(longest))).toFixed(2)} of the first)`;
    console.log(`  ${lib}: ready after ${median(runs[i].map((run) => run.ready)).toFixed(0)} ms, done after ${median(runs[i].map((run) => run.done)).toFixed(0)} ms`);
    console.log(`    ${stages.map((stage) => `${stage} ${of(stage, 'cpu').toFixed(1)} / ${of(stage, 'wall').toFixed(1)} (${of(stage, 'steps')})`).join(', ')}; of all ${longestOfAll.toFixed(1)} ms CPU${ratio}`);
  });
  process.exit(0);
}
const draft = startUpDraft();
const child = (lib) => JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', lib, draft], { encoding: 'utf8', env: childEnv }));
if (!cold) libs.forEach(child);
for (let round = 0; round < rounds; round++) libs.forEach((lib, i) => runs[i].push(child(lib)));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const medians = (times, a, b) => ({ import: median(times.map((t) => t[a])), first: median(times.map((t) => t[b])), both: median(times.map((t) => t[a] + t[b])) });
const figures = runs.map((times) => medians(times, 0, 1));
const cpu = runs.map((times) => medians(times, 2, 3));
console.log(`Import + first analysis of a 2 KB draft, fresh processes, median of ${rounds} rounds taken in turn, ${cold ? 'no code cache read or written (--cold)' : "a bundle's code cache written by a process before"}:`);
libs.forEach((lib, i) => {
  const f = figures[i];
  const ratio = i === 0 ? '' : ` (×${(f.both / figures[0].both).toFixed(2)} of the first)`;
  console.log(`  ${lib}: import ${f.import.toFixed(1)} ms + first analysis ${f.first.toFixed(1)} ms = ${f.both.toFixed(1)} ms${ratio}`);
  const c = cpu[i];
  const cpuRatio = i === 0 ? '' : ` (×${(c.both / cpu[0].both).toFixed(2)})`;
  console.log(`    CPU time: import ${c.import.toFixed(1)} ms + first analysis ${c.first.toFixed(1)} ms = ${c.both.toFixed(1)} ms${cpuRatio}`);
});
