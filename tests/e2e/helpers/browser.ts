/**
 * Launches Debian's Chromium with the built extension, for the end-to-end tests.
 * Chromium runs in the new headless mode (the only one that loads extensions), with a fresh
 * profile, and makes no request outside this machine.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, browserSkipReason, inCi, missingBrowserLine } from './browsers-present.js';
import { quietChromiumArgs } from './chromium-args.js';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXTENSION_DIR = join(REPO_ROOT, 'dist/chrome');
/** `RAMAH_CHROMIUM` points the tests at another Chromium build. */
export const CHROMIUM_PATH = CHROMIUM.path;

/** In CI the end-to-end tests run, and fail, where they would skip on a developer's machine. */
export const IN_CI = inCi();

/**
 * For a Chromium test file's `describe.skipIf`: undefined when Chromium is here. Without it the file
 * fails with one line saying how to install it, or skips under RAMAH_SKIP_E2E=1 (see browsers-present.ts).
 */
export function e2eSkipReason(): string | undefined {
  return browserSkipReason(CHROMIUM);
}

export interface LaunchOptions {
  /** Host names that resolve to 127.0.0.1, to serve a local page under a helpdesk's name. */
  localHosts?: string[];
  /** A file for Chromium's NetLog (see helpers/net-log.ts); complete once the browser is closed. */
  netLog?: string;
  /**
   * A profile to keep: launching twice on it is a browser restart. Without it the profile is new
   * and removed on close; with it the caller removes it.
   */
  userDataDir?: string;
  /**
   * Lets a test click the extension's toolbar button through the DevTools protocol
   * (Extensions.triggerAction, see helpers/popup.ts), which Chromium allows only with this switch.
   */
  toolbarClicks?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

function assertReady(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(missingBrowserLine(CHROMIUM));
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:ext\` first`);
  }
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  assertReady();
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'ramah-e2e-profile-')));
  const removeProfile = () => (ownProfile ? rm(userDataDir, { recursive: true, force: true }) : Promise.resolve());
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Playwright disables all extensions by default; ours is allowed by the flags below.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...quietChromiumArgs({ extensionDir: EXTENSION_DIR, localHosts: options.localHosts, netLog: options.netLog }),
        ...(options.toolbarClicks ? ['--enable-unsafe-extension-debugging'] : []),
      ],
    });
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    // A fresh profile answers its first storage.managed read only once Chromium has loaded policy
    // (about 3 s here); wait for that once, so that no test's first page waits on it.
    await worker.evaluate('chrome.storage.managed.get(null)');
    const launched = context;
    return {
      context: launched,
      worker,
      extensionId,
      async close() {
        await launched.close();
        await removeProfile();
      },
    };
  } catch (error) {
    await context?.close();
    await removeProfile();
    throw error;
  }
}

/** The extension's service worker, once it has started. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 30_000 });
}
