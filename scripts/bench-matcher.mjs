#!/usr/bin/env node
// The token matcher's own cost, in a fresh process so that nothing is compiled or warm before it: importing the
// customer signals (which compiles their patterns and loads the lexicons), the first reading of a 2 KB customer
// message, and the median reading after that. Run by `npm run bench`; give another build's lib/ to compare.
// Usage: node scripts/bench-matcher.mjs [lib directory]
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const lib = resolve(process.argv[2] ?? new URL('../lib', import.meta.url).pathname);
const load = (path) => import(pathToFileURL(resolve(lib, path)).href);

const { toDocument } = await load('engine/text/document.js');
// What the signals import is loaded first, so that the import below times their own modules: mostly compiling their
// patterns (and, in a build before the token matcher, making their regular expressions).
await load('engine/text/phrase-families.js').catch(() => undefined);
await load('engine/match/families.js').catch(() => undefined);
await load('engine/report.js');
const t0 = performance.now();
const { readSignals } = await load('engine/signals/index.js');
const importMs = performance.now() - t0;

const MESSAGE = [
  'Paket saya belum sampai juga, sudah 2 minggu! Saya kecewa banget sama pelayanan kalian. ',
  'Kalau besok belum ada kabar saya lapor ke YLKI dan viralkan di TikTok. ',
  'I want to speak to your manager right now, this is the third time I have called. ',
  'Saya nak cakap dengan pengurus, dah seminggu saya tunggu dan tiada balasan. ',
];
let text = '';
for (let i = 0; text.length < 2_000; i++) text += MESSAGE[i % MESSAGE.length];
// Two messages in turn: the signals keep the last message's reading, as the customer's message stays while the agent types.
const docs = [toDocument(text.slice(0, 2_000)), toDocument(text.slice(1, 2_000))];

const t1 = performance.now();
readSignals(docs[0]);
const firstMs = performance.now() - t1;
const times = [];
for (let i = 0; i < 2_000; i++) {
  const t = performance.now();
  readSignals(docs[i % 2]);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(`Customer signals (${lib}):`);
console.log(`  import (compiles their patterns) ${importMs.toFixed(2)} ms, first 2 KB message ${firstMs.toFixed(2)} ms, median 2 KB message ${median.toFixed(4)} ms`);
