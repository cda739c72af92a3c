/**
 * A Vitest reporter that makes RAMAH_SKIP_E2E=1 loud: at the end of the run, one line says how many
 * browser test files were skipped and which browser was missing.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM, FIREFOX, skippedBrowserReasons } from './browsers-present.js';

export function skipSummary(skippedFiles: number, reasons: readonly string[]): string | undefined {
  if (skippedFiles === 0 || reasons.length === 0) return undefined;
  return `[e2e] RAMAH_SKIP_E2E=1: ${skippedFiles} browser test file${skippedFiles === 1 ? '' : 's'} skipped (${reasons.join('; ')})`;
}

export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const reasons = skippedBrowserReasons([CHROMIUM, FIREFOX]);
    const skipped = testModules.filter((module) => module.project.name === 'e2e' && module.state() === 'skipped').length;
    const line = skipSummary(skipped, reasons);
    if (line) console.warn(line);
  }
}
