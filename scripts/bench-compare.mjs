#!/usr/bin/env node
// The 2 KB median of analyze() in each language, this build's lib/ against another's, measured in the same run: the
// two take turns in one process, since timings on a shared machine vary several times with load.
// Node flags after `--` go to every process (e.g. `-- --no-regexp-optimization`). `--fresh`: every run analyses a
// draft no run before it did (a word of its own in each sentence), so that nothing an analysis keeps for the next
// (a sentence's findings, the words that start nothing) is read back: the cost of a draft met for the first time.
// Usage: node scripts/bench-compare.mjs <baseline lib> [lib] [--rounds N] [--fresh] [-- node flags]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftOf } from './bench/drafts.mjs';

const LANGUAGES = ['id', 'ms', 'en'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeFlags = dash < 0 ? [] : args.slice(dash + 1);
if (nodeFlags.length > 0 && !process.env.BENCH_COMPARE_CHILD) {
  // Node flags apply to a process of its own.
  execFileSync(process.execPath, [...nodeFlags, new URL(import.meta.url).pathname, ...args.slice(0, dash)], { stdio: 'inherit', env: { ...process.env, BENCH_COMPARE_CHILD: '1' } });
  process.exit(0);
}
const own = dash < 0 ? args : args.slice(0, dash);
const roundsAt = own.indexOf('--rounds');
const rounds = roundsAt < 0 ? 40 : Number(own.splice(roundsAt, 2)[1]);
const freshAt = own.indexOf('--fresh');
const fresh = freshAt >= 0;
if (fresh) own.splice(freshAt, 1);
const [baseline, lib = new URL('../lib', import.meta.url).pathname] = own.map((path) => resolve(path));
if (!baseline) throw new Error('Usage: node scripts/bench-compare.mjs <baseline lib> [lib] [--rounds N] [-- node flags]');
// Both builds in this one process, taking turns every few runs, so that a change in load falls on both alike.
const engines = {
  baseline: (await import(pathToFileURL(resolve(baseline, 'engine/index.js')).href)).analyze,
  lib: (await import(pathToFileURL(resolve(lib, 'engine/index.js')).href)).analyze,
};
console.log(`2 KB median of analyze(), ms, ${rounds} turns of 25 runs each${fresh ? ', a fresh draft each run' : ''}${nodeFlags.length ? ` (node ${nodeFlags.join(' ')})` : ''}:`);
console.log(`  baseline ${baseline}\n  lib      ${lib}`);
for (const language of LANGUAGES) {
  const text = draftOf(language, 2_000);
  // Both sides read the same drafts, each in its own module instance (its own memos).
  const drafts = fresh ? Array.from({ length: rounds * 25 + 30 }, (_, run) => text.replace(/([.?]) /g, (_, mark, at) => ` z${run}q${at}${mark} `)) : [];
  const draft = (run) => (fresh ? drafts[run] : text);
  const times = { baseline: [], lib: [] };
  for (const analyze of Object.values(engines)) for (let i = 0; i < 30; i++) analyze(draft(rounds * 25 + i), { customerMessage: 'Paket saya belum sampai, kesal banget!!' });
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['baseline', 'lib'] : ['lib', 'baseline'];
    for (const side of order) {
      for (let i = 0; i < 25; i++) {
        const input = draft(round * 25 + i);
        const t0 = performance.now();
        engines[side](input, { customerMessage: 'Paket saya belum sampai, kesal banget!!' });
        times[side].push(performance.now() - t0);
      }
    }
  }
  const a = median(times.baseline);
  const b = median(times.lib);
  console.log(`  ${language}: baseline ${a.toFixed(3)}, lib ${b.toFixed(3)}: ${(a / b).toFixed(2)}× as fast`);
}
