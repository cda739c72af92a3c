#!/usr/bin/env node
// Whose work the long tasks on a helpdesk page are: Ramah's or the page's. `bench:browser` counts the long tasks (over
// 50 ms) from the page's load to typing; this names what runs in each, from a Chromium trace of the page's main thread.
// Usage: node scripts/bench-long-tasks.mjs [--runs N] [other dist/chrome ...]   (after `npm run build && npm run build:demo`)
//
// Per build (this checkout's dist/chrome, then each other one), N fresh browsers each load the bench page
// (demo/bench.html, served as demo.zendesk.com) twice, once per composer (textarea, then ProseMirror), wait a second,
// click into the composer and type a sentence, then let the analysis come back. Each page is traced (the DevTools
// timeline and V8's execution, not its sampling profiler, which would slow every task). A task's share of Ramah is the
// time in its scripts, the scripts the extension injects (chrome-extension:// URLs): evaluated, or called back (an
// event, a timer, a message). The page's own work is the rest of the task. On a busy machine a task's wall time stretches
// with the other processes' work: each is also given in the main thread's CPU time (the trace's thread durations).
/* global window, document, chrome */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
if (!Number.isInteger(RUNS) || RUNS <= 0) {
  console.error('usage: bench-long-tasks.mjs [--runs N] [other built extension dirs…]: N, the fresh browsers per build, is a whole number above 0');
  process.exit(2);
}
const BUILDS = [join(ROOT, 'dist/chrome'), ...args.map((dir) => resolve(dir))];
const DEMO_DIR = join(ROOT, 'demo/dist');
const CHROMIUM = process.env.RAMAH_CHROMIUM ?? '/usr/bin/chromium';
const HOST = 'demo.zendesk.com';
const LONG_TASK_MS = 50;
const TYPED = ' Mohon maaf, Kak. Ini kesalahan bagian keuangan.';
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'loading', 'blink'];

for (const [path, fix] of [
  [CHROMIUM, 'run `bash scripts/setup.sh` (as root) or set RAMAH_CHROMIUM'],
  ...BUILDS.map((dir) => [join(dir, 'manifest.json'), 'run `npm run build`']),
  [join(DEMO_DIR, 'bench.html'), 'run `npm run build:demo`'],
]) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: ${fix}.`);
    process.exit(2);
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The page's main-thread tasks of one trace, each with Ramah's share and which of its scripts ran. */
function tasksOf(events) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && String(e.args.data.documentLoaderURL).includes('bench'));
  if (!navigation) throw new Error('the trace has no navigation to the bench page');
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === navigation.pid && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const ramah = [];
  for (const e of main) {
    if (!/^(EvaluateScript|FunctionCall|v8\.compile)$/.test(e.name) || !String(e.args?.data?.url ?? '').startsWith('chrome-extension://')) continue;
    // Only the outermost: a call inside an evaluation is counted once.
    const outer = ramah.at(-1);
    if (!outer || e.ts >= outer.ts + outer.dur) ramah.push(e);
  }
  const script = (e) => String(e.args.data.url).replace(/^chrome-extension:\/\/[^/]+\/(src\/extension\/)?/, '') + (e.name === 'EvaluateScript' ? ' (evaluated)' : '');
  return main
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .map((task) => {
      const inside = ramah.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      return {
        at: (task.ts - navigation.ts) / 1000,
        duration: task.dur / 1000,
        cpu: (task.tdur ?? NaN) / 1000,
        ramah: inside.reduce((sum, e) => sum + e.dur, 0) / 1000,
        ramahCpu: inside.reduce((sum, e) => sum + (e.tdur ?? NaN), 0) / 1000,
        scripts: [...new Set(inside.map(script))],
      };
    });
}

async function tracePage(context, site, composer) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(site.page('bench.html'));
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error !== undefined);
  const bench = await page.evaluate(() => window.__bench);
  if (!bench) throw new Error(await page.evaluate(() => document.body.dataset.error ?? 'the bench page did not start'));
  await page.waitForSelector('[data-ramah="sidebar"]', { state: 'attached', timeout: 15_000 });
  await sleep(1000);
  await page.click(bench.selectors[composer]);
  await page.keyboard.press('Control+End');
  for (const char of TYPED) {
    await page.keyboard.type(char);
    await sleep(char === '.' ? 400 : 60);
  }
  await sleep(600);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return tasksOf(events);
}

async function measure(site, extensionDir) {
  const { module: { quietChromiumArgs } } = await runnerImport(join(ROOT, 'tests/e2e/helpers/chromium-args.ts'), { configFile: false, logLevel: 'silent' });
  const pages = [];
  for (let run = 0; run < RUNS; run++) {
    const profile = await mkdtemp(join(tmpdir(), 'ramah-long-tasks-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: quietChromiumArgs({ extensionDir, localHosts: [HOST] }),
    });
    try {
      // The settings stored at install, as bench:browser waits for them.
      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      const settingsStored = async () => !!(await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings));
      let tries = 0;
      while (!(await settingsStored()) && tries++ < 100) await sleep(100);
      if (tries > 100) console.warn(`${extensionDir}: no settings stored after 10 s; measuring the page as it is`);
      for (const composer of ['textarea', 'prosemirror']) pages.push({ composer, tasks: await tracePage(context, site, composer) });
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
  return pages;
}

const ms = (value) => `${value.toFixed(1)} ms`;

const { module: server } = await runnerImport(join(ROOT, 'tests/e2e/helpers/helpdesk-server.ts'), { configFile: false, logLevel: 'silent' });
const site = await server.serveHelpdeskFiles(HOST, DEMO_DIR, '/agent/');
const results = [];
try {
  console.log(`${RUNS} fresh browsers per build, the bench page loaded twice in each (textarea, ProseMirror), clicked and typed into, traced…`);
  for (const dir of BUILDS) results.push(await measure(site, dir));
} finally {
  await site.close();
}

console.log(`\nTasks over ${LONG_TASK_MS} ms on the page's main thread, and Ramah's share (its scripts' time) of them; then the task with most of Ramah's work:`);
for (const [index, dir] of BUILDS.entries()) {
  const pages = results[index];
  const long = pages.flatMap((page) => page.tasks.filter((task) => task.duration > LONG_TASK_MS));
  const withRamah = long.filter((task) => task.ramah > 0.5);
  const largest = pages.map((page) => page.tasks.reduce((most, task) => (task.ramah > most.ramah ? task : most), { ramah: 0, ramahCpu: 0, duration: 0, cpu: 0, at: 0, scripts: [] }));
  const shares = largest.map((task) => task.ramah).sort((a, b) => a - b);
  console.log(`\n  ${dir}: ${pages.length} pages, ${long.length} long tasks, ${withRamah.length} of them with Ramah's scripts in them`);
  const wallAndCpu = (wall, cpu) => `${ms(wall)} (CPU ${ms(cpu)})`;
  for (const task of withRamah) console.log(`    at ${ms(task.at)}: ${wallAndCpu(task.duration, task.cpu)}, Ramah ${wallAndCpu(task.ramah, task.ramahCpu)}: ${task.scripts.join(', ')}`);
  const cpuShares = largest.map((task) => task.ramahCpu).sort((a, b) => a - b);
  const median = (sorted) => sorted[Math.floor((sorted.length - 1) / 2)];
  console.log(`    Ramah's largest share of one task per page: median ${wallAndCpu(median(shares), median(cpuShares))}, most ${ms(shares.at(-1))} (CPU, most ${ms(cpuShares.at(-1))})`);
  for (const [i, task] of largest.entries()) console.log(`      ${pages[i].composer.padEnd(12)} at ${ms(task.at).padEnd(10)} ${wallAndCpu(task.ramah, task.ramahCpu)} of ${wallAndCpu(task.duration, task.cpu)}: ${task.scripts.join(', ')}`);
}
