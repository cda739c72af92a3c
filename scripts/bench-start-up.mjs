#!/usr/bin/env node
// Start-up as a content script pays it: importing the built engine and its first analysis of a 2 KB draft, each in a
// fresh process (nothing compiled or cached before it). Given other builds' lib/ directories, runs them and this one
// in turn, several rounds, and prints each one's medians and its ratio to the first: timings on a shared machine vary
// several times over with its load, so only figures from the same run compare; CPU time (the process's, user and
// system) varies less than wall time on a loaded machine, and is printed beside it.
// Usage: node scripts/bench-start-up.mjs [--rounds N] [baseline lib/ ...]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const lib = args[1];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { analyze } = await import(pathToFileURL(resolve(lib, 'engine/index.js')).href);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const draft = 'Mohon maaf atas ketidaknyamanannya, Kak. Itu memang salah kurir kami, bukan salah sistem. '.repeat(22).slice(0, 2_000);
  analyze(draft, { customerMessage: 'Paket saya belum sampai juga, sudah 2 minggu! Saya kecewa banget.' });
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const ms = ({ user, system }) => (user + system) / 1000;
  console.log(JSON.stringify([t1 - t0, t2 - t1, ms(c1), ms(c2) - ms(c1)]));
  process.exit(0);
}
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 7;
const libs = [...args.map((lib) => resolve(lib)), resolve(new URL('../lib', import.meta.url).pathname)];
const runs = libs.map(() => []);
for (let round = 0; round < rounds; round++) {
  libs.forEach((lib, i) => runs[i].push(JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', lib], { encoding: 'utf8' }))));
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const medians = (times, a, b) => ({ import: median(times.map((t) => t[a])), first: median(times.map((t) => t[b])), both: median(times.map((t) => t[a] + t[b])) });
const figures = runs.map((times) => medians(times, 0, 1));
const cpu = runs.map((times) => medians(times, 2, 3));
console.log(`Import + first analysis of a 2 KB draft, fresh processes, median of ${rounds} rounds taken in turn:`);
libs.forEach((lib, i) => {
  const f = figures[i];
  const ratio = i === 0 ? '' : ` (×${(f.both / figures[0].both).toFixed(2)} of the first)`;
  console.log(`  ${lib}: import ${f.import.toFixed(1)} ms + first analysis ${f.first.toFixed(1)} ms = ${f.both.toFixed(1)} ms${ratio}`);
  const c = cpu[i];
  const cpuRatio = i === 0 ? '' : ` (×${(c.both / cpu[0].both).toFixed(2)})`;
  console.log(`    CPU time: import ${c.import.toFixed(1)} ms + first analysis ${c.first.toFixed(1)} ms = ${c.both.toFixed(1)} ms${cpuRatio}`);
});
