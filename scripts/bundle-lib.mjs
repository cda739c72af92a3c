#!/usr/bin/env node
// Bundles the built engine and CLI (`lib/`, from tsc) into one module each, with what they share in one chunk
// (`lib/bundle/`): what the package exports and `bin/ramah.mjs` runs. Node loading the engine's 60-odd modules one by
// one (resolving, reading and compiling each) was half of its import: 85-96 -> 38-45 ms of CPU (import alone, 2 KB
// draft, three fresh processes each, 2026-12-07). The modules stay in lib/ for the scripts that read the engine's parts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: join(root, 'lib/bundle'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { engine: join(root, 'lib/engine/index.js'), cli: join(root, 'lib/cli/main.js') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared.js' },
    },
  },
});
