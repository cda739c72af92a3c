/**
 * The built-in patterns the library bundle leaves out (`pattern-sources-out.ts`), read from the built engine when this
 * module is evaluated: `scripts/bundle-lib.mjs` imports it through vite's module runner, which is open only while the
 * module evaluates.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtEngine, leavePatternsOut } from './pattern-sources-out.js';

const engine = await builtEngine(join(dirname(fileURLToPath(import.meta.url)), '..'));

/** The code with every built-in pattern's literal put as its id. */
export function withPatternsOut(code: string, file: string): string {
  return leavePatternsOut(code, file, engine);
}
