// Builds the demo inbox into demo/dist: `vite build --config demo/vite.config.ts`.
// The editors come from npm through the editor fixtures' modules; nothing is fetched at runtime.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // CKEditor 5 alone is over a megabyte; size does not matter for a local demo.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { index: `${root}index.html`, bench: `${root}bench.html` },
    },
  },
});
