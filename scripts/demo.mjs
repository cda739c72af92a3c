#!/usr/bin/env node
// The main job (`npm start`, after the builds): coach the example drafts on the command line, then open the
// demo inbox in Chromium with the built extension loaded. The inbox (demo/dist) is served over local HTTPS as
// demo.zendesk.com, one of the helpdesks Ramah supports, so the extension runs there exactly as shipped.
// Where there is no display, it says where the extension is and how to load it, and exits 0.
//
//   node scripts/demo.mjs           drafts, then the demo inbox in a Chromium window when there is a display
//   node scripts/demo.mjs --serve   serve the demo inbox only, print its address and Chromium's flags (`npm run demo:serve`)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, 'dist/chrome');
const DEMO_DIR = join(ROOT, 'demo/dist');
const DRAFTS_DIR = join(ROOT, 'examples/drafts');
/** A supported helpdesk's host and path (Zendesk's agent workspace lives under /agent/). */
const HOST = 'demo.zendesk.com';
const PREFIX = '/agent/';

const serveOnly = process.argv.includes('--serve');

function chromiumPath() {
  const candidates = [
    process.env.RAMAH_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    process.env.LOCALAPPDATA && join(process.env.LOCALAPPDATA, 'Chromium/Application/chrome.exe'),
  ];
  return candidates.find((path) => path && existsSync(path));
}

function hasDisplay() {
  return process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The flags that make Chromium load Ramah and reach the local demo under the helpdesk's name. */
function chromiumFlags(extraHosts = []) {
  return [
    `--load-extension=${EXTENSION_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--host-resolver-rules=${[HOST, ...extraHosts].map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
    // The demo's certificate is self-signed, made by openssl when the server starts.
    '--ignore-certificate-errors',
  ];
}

function requireBuilt() {
  const missing = [
    [join(EXTENSION_DIR, 'manifest.json'), 'npm run build'],
    [join(DEMO_DIR, 'index.html'), 'npm run build:demo'],
  ].filter(([file]) => !existsSync(file));
  for (const [file, command] of missing) console.error(`${relative(ROOT, file)} is missing: run \`${command}\` first.`);
  if (missing.length > 0) process.exit(2);
}

/** The command line at work: `ramah check` on each example draft, with the customer's message when there is one. */
function coachExampleDrafts() {
  const drafts = readdirSync(DRAFTS_DIR).filter((file) => file.endsWith('.txt') && !file.endsWith('.customer.txt')).sort();
  for (const file of drafts) {
    const customer = join('examples/drafts', file.replace(/\.txt$/, '.customer.txt'));
    const args = ['bin/ramah.mjs', 'check', ...(existsSync(join(ROOT, customer)) ? ['--customer', customer] : []), join('examples/drafts', file)];
    console.log(`$ ramah ${args.slice(1).join(' ')}`);
    spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
    console.log();
  }
}

async function serveDemo() {
  // helpdesk-server.ts is the end-to-end tests' server; Vite's module runner loads it as TypeScript.
  const { module } = await runnerImport(join(ROOT, 'tests/e2e/helpers/helpdesk-server.ts'), { configFile: false, logLevel: 'silent' });
  return module.serveHelpdeskFiles(HOST, DEMO_DIR, PREFIX);
}

const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

function printManualSteps() {
  console.log(`Ramah's Chrome extension is built in ${EXTENSION_DIR}
To load it into Chrome or Chromium: open chrome://extensions, turn on "Developer mode" (top right),
choose "Load unpacked" and select that folder (dist/chrome).

No display was found here ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser was opened.
To try the demo inbox, run \`npm run demo:serve\` on a machine with a browser: it serves demo/dist over local HTTPS
as https://${HOST}${PREFIX} and prints the address and the Chromium command line that loads Ramah and reaches it.`);
}

async function serveForever() {
  const site = await serveDemo();
  const url = site.page('');
  const chromium = chromiumPath() ?? 'chromium';
  console.log(`The demo inbox is served at ${url}
${HOST} is not a real address here: start Chromium with these flags so that it resolves to this machine,
accepts the demo's self-signed certificate and loads Ramah (dist/chrome):

  ${[chromium, '--user-data-dir=/tmp/ramah-demo-profile', ...chromiumFlags(), url].map(quote).join(' \\\n    ')}

Or load dist/chrome by hand (chrome://extensions → Developer mode → Load unpacked) and start the browser with the
--host-resolver-rules and --ignore-certificate-errors flags above. Press Ctrl+C to stop the server.`);
  const stop = async () => {
    await site.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function openInChromium(chromium) {
  const site = await serveDemo();
  const url = site.page('');
  const profile = await mkdtemp(join(tmpdir(), 'ramah-demo-profile-'));
  console.log(`Opening the demo inbox ${url} in Chromium with Ramah loaded from ${EXTENSION_DIR}.`);
  console.log('Pick a ticket on the left and type a reply; the "Try typing this draft" box under each composer has one to start with.');
  console.log('Close the browser window (or press Ctrl+C) to finish.');
  const browser = spawn(
    chromium,
    [`--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-sync', '--window-size=1440,900', ...chromiumFlags(), url],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  browser.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  const stop = () => browser.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await new Promise((resolve) => {
    browser.once('error', (error) => {
      errors += String(error);
      resolve(1);
    });
    browser.once('exit', (status) => resolve(status ?? 0));
  });
  await site.close();
  await rm(profile, { recursive: true, force: true });
  if (code !== 0 && errors) {
    console.error(`Chromium stopped with status ${code}:\n${errors.trim()}\n`);
    printManualSteps();
  }
}

requireBuilt();
if (serveOnly) {
  await serveForever();
} else {
  coachExampleDrafts();
  const chromium = chromiumPath();
  if (!hasDisplay()) {
    printManualSteps();
  } else if (!chromium) {
    console.log('No Chromium was found (set RAMAH_CHROMIUM to its path to use another one).\n');
    printManualSteps();
  } else {
    await openInChromium(chromium);
  }
}
