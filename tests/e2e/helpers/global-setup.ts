/**
 * Vitest's global set-up for the end-to-end project. A test file whose browser is missing is skipped
 * (see browsers-present.ts); then, once the run is over, the run fails with one line per missing
 * browser that says how to install it, unless RAMAH_SKIP_E2E=1. Failing here rather than in each
 * file gives one line, not one per file, and lets every other test run first.
 */
import { CHROMIUM, FIREFOX, missingBrowserLines } from './browsers-present.js';

export default function checkBrowsersPresent(): (() => void) | undefined {
  const lines = missingBrowserLines([CHROMIUM, FIREFOX]);
  if (lines.length === 0) return undefined;
  return () => {
    for (const line of lines) console.error(line);
    process.exitCode = 1;
  };
}
