#!/usr/bin/env node
// The `ramah` command. It runs the built engine: its bundle (`lib/bundle/`, made by `npm run build:lib`), which starts
// faster, or else the modules a plain `tsc` build leaves in lib/, which analyse the same.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = ['../lib/bundle/cli.js', '../lib/cli/main.js'].map((path) => fileURLToPath(new URL(path, import.meta.url))).find((path) => existsSync(path));
if (!entry) {
  process.stderr.write('ramah: the engine is not built yet; run `npm run build:lib` in the project first.\n');
  process.exit(2);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
