#!/usr/bin/env node
// The `ramah` command. It runs the built engine from lib/bundle/ (made by `npm run build:lib`: `scripts/bundle-lib.mjs`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../lib/bundle/cli.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('ramah: the engine is not built yet (no lib/bundle/cli.js); run `npm run build:lib` in the project first.\n');
  process.exit(2);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
