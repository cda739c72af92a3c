import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, firefoxManifest } from './scripts/firefox-manifest.js';
import { patternSourcesOut } from './scripts/pattern-sources-out.js';

/** Runs in the page's own JavaScript world, where no extension API exists: one file, no loader. */
const MAIN_WORLD_BRIDGE = 'src/extension/main-world/editor-bridge.ts';
/**
 * One file as well, the sidebar with it: on a site the agent enables, chunks imported through
 * crxjs's loader would have to be web-accessible to every site, which lets any page detect Ramah.
 */
const CONTENT_SCRIPT = 'src/extension/content/index.ts';
/** The isolated world's half of the bridge's keys, at document_start: one small file, run before any page script. */
const BRIDGE_KEY_SCRIPT = 'src/extension/content/bridge-key.ts';
/** The week in review: an extension page that the manifest does not name, opened from the popup and the options. */
const WEEK_PAGE = 'src/extension/week/index.html';

// One version for the extension and the npm package: a release bumps both files.
if (manifest.version !== packageJson.version) {
  throw new Error(`manifest.json version ${manifest.version} differs from package.json version ${packageJson.version}`);
}

/**
 * crxjs builds the pages that Chrome's manifest names; Firefox's sidebar page (Chrome's side panel,
 * sidebar_action.default_panel there) is built here, to the same path.
 */
const firefoxSidebarPage = (): Plugin => ({
  name: 'ramah:firefox-sidebar-page',
  buildStart() {
    const page = manifest.side_panel.default_path;
    this.emitFile({ type: 'chunk', id: resolve(page), name: basename(page) });
  },
});

// `vite build` makes dist/chrome; `vite build --mode firefox` makes dist/firefox from the same sources.
export default defineConfig(({ mode }) => ({
  plugins: [
    // The tables carry the built-in patterns: their text stays out of the extension.
    patternSourcesOut(import.meta.dirname),
    preact(),
    crx({
      manifest: mode === 'firefox' ? firefoxManifest(manifest) : manifest,
      browser: mode === 'firefox' ? 'firefox' : 'chrome',
      // Self-contained content scripts need no web_accessible_resources (see CONTENT_SCRIPT).
      contentScripts: { standaloneFiles: [MAIN_WORLD_BRIDGE, BRIDGE_KEY_SCRIPT, CONTENT_SCRIPT] },
    }),
    ...(mode === 'firefox' ? [firefoxSidebarPage()] : []),
  ],
  build: {
    outDir: mode === 'firefox' ? 'dist/firefox' : 'dist/chrome',
    emptyOutDir: true,
    target: mode === 'firefox' ? `firefox${parseInt(FIREFOX_MIN_VERSION)}` : 'chrome120',
    rollupOptions: { input: { week: resolve(WEEK_PAGE) } },
    // No source maps: they would embed absolute paths and make the output differ between machines.
    sourcemap: false,
    reportCompressedSize: true,
  },
}));
