import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

const CONTENT_SCRIPT = 'src/extension/content/index.ts';

// One version for the extension and the npm package: a release bumps both files.
if (manifest.version !== packageJson.version) {
  throw new Error(`manifest.json version ${manifest.version} differs from package.json version ${packageJson.version}`);
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      // One self-contained file, not a loader that imports chunks: nothing needs to be web-accessible.
      contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
    }),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome120',
    // No source maps: they would embed absolute paths and make the output differ between machines.
    sourcemap: false,
    reportCompressedSize: true,
  },
});
