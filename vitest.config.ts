import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // RAMAH_SKIP_E2E=1 says how many browser test files it skipped.
    reporters: ['default', './tests/e2e/helpers/skip-summary.ts'],
    projects: [
      {
        extends: true,
        // Some units start the command line as a process: on two cores shared with the browser tests that can take
        // longer than vitest's 5 s default.
        test: { name: 'unit', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'], exclude: ['tests/e2e/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        // A missing browser fails the run once it is over, with one line (helpers/global-setup.ts).
        // A poll waits up to 3 s, not vitest's 1 s: on two cores shared with the unit tests a fresh page's first
        // analysis (its engine prepared in idle time) can take longer than a second to show; bench:browser times it.
        test: { name: 'e2e', expect: { poll: { timeout: 3000 } }, include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/helpers/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
