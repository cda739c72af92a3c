/**
 * Whether the browsers the end-to-end tests drive are installed. A missing browser fails the run with
 * one line that says how to install it, never a silent skip; `RAMAH_SKIP_E2E=1` skips those tests
 * instead, and says so (see skip-summary.ts). In CI nothing is skipped: a broken set-up never passes.
 */
import { existsSync } from 'node:fs';

export interface TestBrowser {
  /** The browser as the message names it: "Chromium", "Firefox". */
  name: string;
  path: string;
}

/** `RAMAH_CHROMIUM` and `RAMAH_FIREFOX` point the tests at other builds. */
export const CHROMIUM: TestBrowser = { name: 'Chromium', path: process.env.RAMAH_CHROMIUM ?? '/usr/bin/chromium' };
export const FIREFOX: TestBrowser = { name: 'Firefox', path: process.env.RAMAH_FIREFOX ?? '/usr/bin/firefox-esr' };

export type Environment = Readonly<Record<string, string | undefined>>;

export function inCi(env: Environment = process.env): boolean {
  return Boolean(env.CI) && env.CI !== 'false';
}

/** Whether the agent asked to skip the browser tests; CI never may. */
export function skipRequested(env: Environment = process.env): boolean {
  return env.RAMAH_SKIP_E2E === '1' && !inCi(env);
}

/** The one line a run without the browser fails with. */
export function missingBrowserLine(browser: TestBrowser): string {
  return `${browser.name} not found at ${browser.path}: install it with scripts/setup.sh, or set RAMAH_SKIP_E2E=1 to skip the browser tests`;
}

export type BrowserCheck = { outcome: 'run' } | { outcome: 'skip'; reason: string } | { outcome: 'fail'; line: string };

export function checkBrowser(browser: TestBrowser, env: Environment = process.env, exists: (path: string) => boolean = existsSync): BrowserCheck {
  if (exists(browser.path)) return { outcome: 'run' };
  if (skipRequested(env)) return { outcome: 'skip', reason: `${browser.name} not found at ${browser.path}` };
  return { outcome: 'fail', line: missingBrowserLine(browser) };
}

/** The lines a run fails with: one per missing browser, none under RAMAH_SKIP_E2E=1 outside CI. */
export function missingBrowserLines(browsers: readonly TestBrowser[], env: Environment = process.env, exists: (path: string) => boolean = existsSync): string[] {
  return browsers.flatMap((browser) => {
    const check = checkBrowser(browser, env, exists);
    return check.outcome === 'fail' ? [check.line] : [];
  });
}

/** What RAMAH_SKIP_E2E=1 skipped: one reason per missing browser. */
export function skippedBrowserReasons(browsers: readonly TestBrowser[], env: Environment = process.env, exists: (path: string) => boolean = existsSync): string[] {
  return browsers.flatMap((browser) => {
    const check = checkBrowser(browser, env, exists);
    return check.outcome === 'skip' ? [check.reason] : [];
  });
}

/**
 * For a test file's `describe.skipIf`: the reason to skip it, or undefined to run it. Without the
 * browser the file is skipped either way; without RAMAH_SKIP_E2E=1 the run then fails (global-setup.ts).
 */
export function browserSkipReason(browser: TestBrowser): string | undefined {
  const check = checkBrowser(browser);
  if (check.outcome === 'fail') return check.line;
  return check.outcome === 'skip' ? check.reason : undefined;
}
