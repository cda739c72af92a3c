// The check that makes a missing browser fail the end-to-end run (tests/e2e/helpers/browsers-present.ts),
// and the loud line RAMAH_SKIP_E2E=1 ends a run with (tests/e2e/helpers/skip-summary.ts).
import { describe, expect, test } from 'vitest';
import { checkBrowser, missingBrowserLines, skippedBrowserReasons, type TestBrowser } from '../e2e/helpers/browsers-present.js';
import { skipSummary } from '../e2e/helpers/skip-summary.js';

const CHROMIUM: TestBrowser = { name: 'Chromium', path: '/usr/bin/chromium' };
const FIREFOX: TestBrowser = { name: 'Firefox', path: '/usr/bin/firefox-esr' };
const installed = (...paths: string[]) => (path: string) => paths.includes(path);

describe('a missing browser', () => {
  test('fails the run with one line that says how to install it or how to skip', () => {
    expect(checkBrowser(CHROMIUM, {}, installed())).toEqual({
      outcome: 'fail',
      line: 'Chromium not found at /usr/bin/chromium: install it with scripts/setup.sh, or set RAMAH_SKIP_E2E=1 to skip the browser tests',
    });
    expect(missingBrowserLines([CHROMIUM, FIREFOX], {}, installed('/usr/bin/chromium'))).toEqual([
      'Firefox not found at /usr/bin/firefox-esr: install it with scripts/setup.sh, or set RAMAH_SKIP_E2E=1 to skip the browser tests',
    ]);
  });

  test('an installed browser runs, whatever RAMAH_SKIP_E2E says', () => {
    const both = installed('/usr/bin/chromium', '/usr/bin/firefox-esr');
    expect(checkBrowser(FIREFOX, {}, both)).toEqual({ outcome: 'run' });
    expect(checkBrowser(FIREFOX, { RAMAH_SKIP_E2E: '1' }, both)).toEqual({ outcome: 'run' });
    expect(missingBrowserLines([CHROMIUM, FIREFOX], {}, both)).toEqual([]);
  });

  test('RAMAH_SKIP_E2E=1 skips instead, with the reason', () => {
    expect(checkBrowser(CHROMIUM, { RAMAH_SKIP_E2E: '1' }, installed())).toEqual({ outcome: 'skip', reason: 'Chromium not found at /usr/bin/chromium' });
    expect(missingBrowserLines([CHROMIUM, FIREFOX], { RAMAH_SKIP_E2E: '1' }, installed())).toEqual([]);
    expect(skippedBrowserReasons([CHROMIUM, FIREFOX], { RAMAH_SKIP_E2E: '1' }, installed('/usr/bin/firefox-esr'))).toEqual(['Chromium not found at /usr/bin/chromium']);
    // Only "1" asks for it.
    expect(checkBrowser(CHROMIUM, { RAMAH_SKIP_E2E: 'true' }, installed()).outcome).toBe('fail');
  });

  test('in CI nothing skips: RAMAH_SKIP_E2E=1 is not heard', () => {
    expect(checkBrowser(CHROMIUM, { RAMAH_SKIP_E2E: '1', CI: 'true' }, installed()).outcome).toBe('fail');
    expect(checkBrowser(CHROMIUM, { RAMAH_SKIP_E2E: '1', CI: 'false' }, installed()).outcome).toBe('skip');
  });
});

describe('the skip summary', () => {
  test('says how many files were skipped, and why', () => {
    expect(skipSummary(11, ['Chromium not found at /usr/bin/chromium'])).toBe(
      '[e2e] RAMAH_SKIP_E2E=1: 11 browser test files skipped (Chromium not found at /usr/bin/chromium)',
    );
    expect(skipSummary(1, ['Chromium not found at /a', 'Firefox not found at /b'])).toBe(
      '[e2e] RAMAH_SKIP_E2E=1: 1 browser test file skipped (Chromium not found at /a; Firefox not found at /b)',
    );
  });

  test('is silent when nothing was skipped for a missing browser', () => {
    expect(skipSummary(0, ['Chromium not found at /a'])).toBeUndefined();
    expect(skipSummary(3, [])).toBeUndefined();
  });
});
