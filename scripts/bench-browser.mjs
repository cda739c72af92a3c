#!/usr/bin/env node
// Typing latency in Chromium without and with Ramah, in one run, and the content script's size.
// Usage: npm run bench:browser [-- baseline dist/chrome ...]   (builds the extension and the demo first; needs Chromium,
// see scripts/setup.sh). Other builds of the extension (another checkout's dist/chrome) run in the same run, after this one.
//
// The page (demo/bench.html) is served over local HTTPS as demo.zendesk.com, a host where Ramah runs, with
// the same 2 KB draft in a textarea and in a ProseMirror composer. Chromium is launched twice with the
// same flags, once without and once with dist/chrome, and types 200 characters at the end of each draft.
// Per keystroke, the page measures input to paint: from the keydown event's time stamp to the first task
// after the next frame (requestAnimationFrame → setTimeout 0), i.e. the event's processing, the editor's
// update, style, layout and paint. With the debug setting on, the page also reads the content script's User Timing
// measures: the first analysis's main-thread cost on the page (`ramah:coach`: reading the draft to ask the worker, or
// drawing its report), its latency from asking to drawn (`ramah:analysis`, the worker's engine included), and the long
// tasks from the page's load to the end of typing, the longest of them too. Then the worker is stopped (the DevTools
// protocol's ServiceWorker.stopAllWorkers, as the browser stops an idle worker) and one more sentence typed: the latency
// of that analysis is a cold start's (the worker and its engine started and prepared again).
/* global window, document, requestAnimationFrame, chrome */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, 'dist/chrome');
const BASELINES = process.argv.slice(2).map((dir) => resolve(dir));
const DEMO_DIR = join(ROOT, 'demo/dist');
const CHROMIUM = process.env.RAMAH_CHROMIUM ?? '/usr/bin/chromium';
const HOST = 'demo.zendesk.com';
const KEYSTROKES = 200;
const WARM_UP = 10;
/** Between keystrokes: a quick typist. */
const KEY_GAP_MS = 60;
/** After each sentence a pause as long as a short think, so that Ramah's analysis runs while typing. */
const SENTENCE_PAUSE_MS = 400;
// 200 characters (after a warm-up of 10) with a warning in them, typed at the end of the draft.
const SENTENCES = ' Sekali lagi mohon maaf, Kak. Ini kesalahan bagian keuangan. Dananya saya proses ulang hari ini. Kalau ada yang kurang jelas, silakan balas pesan ini ya. Terima kasih sudah sabar menunggu, Kak. Semoga harinya menyenangkan.';
const TYPED = SENTENCES.slice(0, WARM_UP + KEYSTROKES);
if (TYPED.length !== WARM_UP + KEYSTROKES) throw new Error('the typed text is too short');

for (const [path, fix] of [
  [CHROMIUM, 'run `bash scripts/setup.sh` (as root) or set RAMAH_CHROMIUM'],
  [join(EXTENSION_DIR, 'manifest.json'), 'run `npm run build`'],
  [join(DEMO_DIR, 'bench.html'), 'run `npm run build:demo`'],
]) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: ${fix}.`);
    process.exit(2);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

async function launch(extensionDir) {
  const profile = await mkdtemp(join(tmpdir(), 'ramah-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    args: quietChromiumArgs({ extensionDir, localHosts: [HOST] }),
  });
  if (extensionDir) {
    // The debug setting lets the page see the content script's User Timing measures (set once the defaults are stored).
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    for (let tries = 0; tries < 100 && !(await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings)); tries++) await sleep(100);
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { version: 1, ...settings, debug: true } });
    });
  }
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Types TYPED at the end of one composer and returns the per-keystroke latencies after the warm-up. */
async function typeInto(page, selector, withExtension) {
  await page.evaluate(() => (window.__clickFrom = performance.now()));
  await page.click(selector);
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    window.__latencies = [];
    window.__longTasks = 0;
    window.__typingFrom = performance.now();
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
      },
      true,
    );
    new PerformanceObserver((list) => (window.__longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  });
  for (const [index, char] of [...TYPED].entries()) {
    await page.keyboard.type(char);
    await sleep(char === '.' ? SENTENCE_PAUSE_MS : KEY_GAP_MS);
    if (index === WARM_UP - 1) await page.evaluate(() => (window.__latencies.length = 0));
  }
  await sleep(SENTENCE_PAUSE_MS);
  const { latencies, longTasks, load } = await page.evaluate(() => {
    const before = window.__pageTasks.filter((task) => task.startTime < window.__typingFrom);
    // When each long task before typing ran: before the document was parsed (the navigation's commit, the parser, the
    // scripts run at document_start), in the page's own deferred and module scripts (parsed to DOMContentLoaded's handlers
    // run), after that and before the click into the composer (the content script's start at document_idle, the
    // page's own timers), or in the click.
    const nav = performance.getEntriesByType('navigation')[0];
    const kindOf = (task) => {
      if (task.startTime >= window.__clickFrom) return 'click';
      if (task.startTime + task.duration < nav.domInteractive) return 'start';
      return task.startTime <= nav.domContentLoadedEventEnd ? 'page' : 'after';
    };
    return {
      latencies: window.__latencies,
      longTasks: window.__longTasks,
      load: {
        longTasks: before.length,
        longest: Math.max(0, ...before.map((task) => task.duration)),
        longestAll: Math.max(0, ...window.__pageTasks.map((task) => task.duration)),
        firstAnalysis: window.__coach[0] ?? NaN,
        firstLatency: window.__analysis[0] ?? NaN,
        slices: window.__slices.length,
        longestSlice: Math.max(0, ...window.__slices),
        kinds: before.map(kindOf),
        tasks: window.__pageTasks.map((task) => `${task.startTime.toFixed(0)}+${task.duration.toFixed(0)}`).join(' '),
      },
    };
  });
  if (withExtension) {
    // Make sure Ramah was really coaching this composer.
    const findings = await page.locator('[data-ramah="sidebar"] [data-rule]').count();
    if (findings === 0) throw new Error(`Ramah showed no finding for the ${selector} draft: is the extension working?`);
  }
  return { latencies, longTasks, load, coldLatency: withExtension ? await afterWorkerStopped(page) : NaN };
}

/** The worker stopped as the browser stops an idle one, then one more sentence typed: that analysis's latency, cold. */
async function afterWorkerStopped(page) {
  const cdp = await page.context().newCDPSession(page);
  const statuses = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.startsWith('chrome-extension://')) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await sleep(200);
  const from = statuses.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let tries = 0; tries < 100 && !statuses.slice(from).includes('stopped'); tries++) await sleep(50);
  if (!statuses.slice(from).includes('stopped')) throw new Error('the service worker did not stop');
  const before = await page.evaluate(() => window.__analysis.length);
  await page.keyboard.type(' Itu salah gudang.');
  for (let tries = 0; tries < 200 && (await page.evaluate(() => window.__analysis.length)) === before; tries++) await sleep(50);
  const latency = await page.evaluate((at) => window.__analysis[at] ?? NaN, before);
  await cdp.detach();
  return latency;
}

/** Before the content script runs: the page keeps every long task and the content script's analysis measures. */
function watchPageTasks() {
  window.__pageTasks = [];
  window.__coach = [];
  window.__analysis = [];
  window.__slices = [];
  new PerformanceObserver((list) => window.__pageTasks.push(...list.getEntries().map(({ startTime, duration }) => ({ startTime, duration })))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    window.__coach.push(...list.getEntries().filter((entry) => entry.name === 'ramah:coach').map((entry) => entry.duration));
    window.__analysis.push(...list.getEntries().filter((entry) => entry.name === 'ramah:analysis').map((entry) => entry.duration));
    window.__slices.push(...list.getEntries().filter((entry) => entry.name === 'ramah:prepare').map((entry) => entry.duration));
  }).observe({ type: 'measure', buffered: true });
}

async function measure(site, extensionDir) {
  const withExtension = extensionDir !== undefined;
  const browser = await launch(extensionDir);
  try {
    const results = {};
    for (const editor of ['textarea', 'prosemirror']) {
      const page = await browser.context.newPage();
      await page.addInitScript(watchPageTasks);
      await page.goto(site.page('bench.html'));
      await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error !== undefined);
      const bench = await page.evaluate(() => window.__bench);
      if (!bench) throw new Error(await page.evaluate(() => document.body.dataset.error ?? 'the bench page did not start'));
      if (withExtension) await page.waitForSelector('[data-ramah="sidebar"]', { state: 'attached', timeout: 15_000 });
      else if ((await page.locator('[data-ramah]').count()) > 0) throw new Error('Ramah is running in the browser without the extension');
      // Let the page and the first analysis settle.
      await sleep(1000);
      results[editor] = { ...(await typeInto(page, bench.selectors[editor], withExtension)), draftBytes: bench.draftBytes };
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The content script's files: the isolated one every helpdesk page loads (one self-contained file), and the page-world bridge. */
function contentScriptSizes() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const read = (file) => readFileSync(join(EXTENSION_DIR, file));
  const isolated = manifest.content_scripts.filter((script) => script.world !== 'MAIN').flatMap((script) => script.js ?? []);
  const mainWorld = manifest.content_scripts.filter((script) => script.world === 'MAIN').flatMap((script) => script.js ?? []);
  const gz = (files) => files.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);
  const raw = (files) => files.reduce((sum, file) => sum + read(file).length, 0);
  return {
    isolated: { files: isolated, raw: raw(isolated), gzip: gz(isolated) },
    mainWorld: { files: mainWorld, raw: raw(mainWorld), gzip: gz(mainWorld) },
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

const { module: server } = await runnerImport(join(ROOT, 'tests/e2e/helpers/helpdesk-server.ts'), { configFile: false, logLevel: 'silent' });
const { module: { quietChromiumArgs } } = await runnerImport(join(ROOT, 'tests/e2e/helpers/chromium-args.ts'), { configFile: false, logLevel: 'silent' });
const site = await server.serveHelpdeskFiles(HOST, DEMO_DIR, '/agent/');
const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/ built on.*/s, '').trim();
let without;
let withRamah;
const baselines = [];
try {
  console.log(`Typing ${KEYSTROKES} characters (${KEY_GAP_MS} ms apart, ${SENTENCE_PAUSE_MS} ms after each sentence) at the end of a 2 KB draft, in ${CHROMIUM} (headless)…`);
  without = await measure(site, undefined);
  withRamah = await measure(site, EXTENSION_DIR);
  for (const dir of BASELINES) baselines.push(await measure(site, dir));
} finally {
  await site.close();
}

console.log(`\nInput-to-paint latency per keystroke (keydown → next frame painted), ${version}:`);
console.log('composer      draft    without Ramah (median / p95 / max)   with Ramah (median / p95 / max)   ratio median / p95   long tasks without / with');
for (const editor of ['textarea', 'prosemirror']) {
  const a = summary(without[editor].latencies);
  const b = summary(withRamah[editor].latencies);
  console.log(
    [
      editor.padEnd(12),
      `${without[editor].draftBytes} B`.padEnd(8),
      `${ms(a.median)} / ${ms(a.p95)} / ${ms(a.max)}`.padEnd(36),
      `${ms(b.median)} / ${ms(b.p95)} / ${ms(b.max)}`.padEnd(33),
      `${(b.median / a.median).toFixed(2)} / ${(b.p95 / a.p95).toFixed(2)}`.padEnd(20),
      `${without[editor].longTasks} / ${withRamah[editor].longTasks}`,
    ].join('  '),
  );
  if (a.n !== KEYSTROKES || b.n !== KEYSTROKES) console.log(`  (samples: ${a.n} without, ${b.n} with; expected ${KEYSTROKES})`);
}

console.log('\nThe page from its load to the end of typing: the first analysis (its `ramah:coach` measure on the page, and its latency from');
console.log('asking to drawn, `ramah:analysis`), the long tasks (over 50 ms), and the latency of an analysis after the worker was stopped:');
console.log('before typing (how many: while the document is parsed, in the page\'s own scripts up to DOMContentLoaded, after');
console.log('the load, in the click into the composer; the longest) and the longest of all:');
const builds = [
  ['without Ramah', without],
  ['with Ramah', withRamah],
  ...BASELINES.map((dir, i) => [dir, baselines[i]]),
];
for (const editor of ['textarea', 'prosemirror']) {
  for (const [name, results] of builds) {
    const { firstAnalysis, longTasks, longest, longestAll } = results[editor].load;
    const first = Number.isNaN(firstAnalysis) ? '-' : ms(firstAnalysis);
    const { firstLatency } = results[editor].load;
    const latency = Number.isNaN(firstLatency ?? NaN) ? '' : `  latency ${ms(firstLatency)}`;
    const cold = Number.isNaN(results[editor].coldLatency ?? NaN) ? '' : `  after the worker stopped ${ms(results[editor].coldLatency)}`;
    const { slices, longestSlice, tasks } = results[editor].load;
    const { kinds } = results[editor].load;
    const counts = ['start', 'page', 'after', 'click'].map((kind) => kinds.filter((k) => k === kind).length);
    const which = longTasks > 0 ? ` (parsing ${counts[0]}, page's scripts ${counts[1]}, after the load ${counts[2]}, the click ${counts[3]})` : '';
    const prepared = slices > 0 ? `  engine prepared in ${slices} slices, the longest ${ms(longestSlice)}` : '';
    console.log(`  ${editor.padEnd(12)}  ${name.padEnd(28)}  first analysis ${first.padEnd(9)}${latency}  long tasks before typing ${String(longTasks).padEnd(3)}${which} longest ${ms(longest).padEnd(9)}  longest of all ${ms(longestAll)}${prepared}${cold}`);
    if (process.env.RAMAH_BENCH_TASKS) console.log(`    long tasks (start+duration ms): ${tasks}`);
  }
}

const sizes = contentScriptSizes();
console.log('\nContent script (gzip -9 of each file, summed):');
console.log(`  loaded on every helpdesk page: ${kb(sizes.isolated.gzip)} gzip (${kb(sizes.isolated.raw)} raw): ${sizes.isolated.files.join(', ')}`);
console.log(`  page-world bridge (MAIN):      ${kb(sizes.mainWorld.gzip)} gzip (${kb(sizes.mainWorld.raw)} raw): ${sizes.mainWorld.files.join(', ')}`);
