#!/usr/bin/env node
// The main job: with everything built, coach the example drafts in examples/drafts and say where the extension is.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const dir = 'examples/drafts';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.customer.txt')).sort()) {
  const customer = join(dir, file.replace(/\.txt$/, '.customer.txt'));
  const args = ['bin/ramah.mjs', 'check', ...(existsSync(customer) ? ['--customer', customer] : []), join(dir, file)];
  console.log(`$ ramah ${args.slice(1).join(' ')}`);
  spawnSync(process.execPath, args, { stdio: 'inherit' });
  console.log();
}
console.log('The unpacked Chrome extension is in dist/chrome/: open chrome://extensions, turn on Developer mode, and choose "Load unpacked".');
