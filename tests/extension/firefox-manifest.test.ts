// The Firefox build: its manifest is Chrome's, from the same manifest.json and sources, with what
// Firefox needs (Gecko's settings, an event page) and none of what only Chrome reads. The test builds
// both into a temporary folder with the project's own vite config, as `npm run build` does.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { CHROME_ONLY_KEYS, CHROME_ONLY_PERMISSIONS, FIREFOX_MIN_VERSION, GECKO_ID, firefoxManifest } from '../../scripts/firefox-manifest.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Json = Record<string, unknown>;

/** Every key at any depth, to find a Chrome-only key wherever crxjs or we might have put it. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...allKeys(inner)]);
}

describe('firefoxManifest', () => {
  const firefox = firefoxManifest(manifest) as unknown as Json;

  test('adds Gecko’s id, the minimum versions and “collects no data”', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    // MAIN-world content scripts and optional host permissions need 128; data_collection_permissions 140.
    expect(parseInt(FIREFOX_MIN_VERSION)).toBeGreaterThanOrEqual(140);
  });

  test('runs the same background module as an event page', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker] });
  });

  test('drops only the Chrome-only keys; the rest is Chrome’s manifest, unchanged', () => {
    for (const key of CHROME_ONLY_KEYS) expect(manifest).toHaveProperty(key);
    for (const key of CHROME_ONLY_KEYS) expect(firefox).not.toHaveProperty(key);
    const { background: _b, browser_specific_settings: _s, sidebar_action: _sa, permissions: _p, ...rest } = firefox;
    const { background: _cb, side_panel: _sp, permissions: _cp, ...chrome } = manifest as Json;
    for (const key of CHROME_ONLY_KEYS) delete chrome[key];
    expect(rest).toEqual(chrome);
  });

  test('pins Ramah in Firefox’s sidebar where Chrome has its side panel, with no permission for it', () => {
    expect(manifest.side_panel.default_path).toMatch(/\.html$/);
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.sidebar_action).toEqual({ default_panel: manifest.side_panel.default_path, default_title: manifest.name, default_icon: manifest.action.default_icon, open_at_install: false });
    for (const permission of CHROME_ONLY_PERMISSIONS) expect(manifest.permissions).toContain(permission);
    expect(firefox.permissions).toEqual(manifest.permissions.filter((permission) => !(CHROME_ONLY_PERMISSIONS as readonly string[]).includes(permission)));
  });

  test('does not change manifest.json', () => {
    expect(manifest).toHaveProperty('background.service_worker');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });
});

describe('the built dist/firefox', () => {
  let outDir: string;
  let firefox: Json;
  let chrome: Json;

  // One process per build, as `npm run build` does: crxjs keeps state between builds in one process.
  async function buildInto(mode: string, dir: string): Promise<Json> {
    await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--outDir', dir, '--logLevel', 'error'], { cwd: ROOT });
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Json;
  }

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'ramah-firefox-build-'));
    chrome = await buildInto('production', join(outDir, 'chrome'));
    firefox = await buildInto('firefox', join(outDir, 'firefox'));
  }, 60_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  test('has Gecko’s settings and a module event page, no service worker', () => {
    expect(firefox).toMatchObject({ manifest_version: 3, browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION } } });
    const background = firefox.background as Json;
    expect(background).toEqual({ scripts: [expect.any(String)], type: 'module' });
    expect(existsSync(join(outDir, 'firefox', (background.scripts as string[])[0]!))).toBe(true);
    expect(chrome.background).toMatchObject({ service_worker: expect.any(String) });
  });

  test('has no Chrome-only key at any depth', () => {
    const keys = allKeys(firefox);
    for (const key of [...CHROME_ONLY_KEYS, 'service_worker', 'use_dynamic_url', 'managed_schema']) expect(keys).not.toContain(key);
    // Chrome's own build still has them: the id stays pinned there.
    expect(allKeys(chrome)).toEqual(expect.arrayContaining(['key', 'minimum_chrome_version', 'managed_schema']));
  });

  test('asks for the same permissions (but the side panel’s), runs the same content scripts and keeps the same CSP as Chrome’s', () => {
    expect(firefox.permissions).toEqual((chrome.permissions as string[]).filter((permission) => permission !== 'sidePanel'));
    for (const key of ['version', 'optional_host_permissions', 'content_security_policy', 'commands', 'action', 'options_ui', 'icons']) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
    // Same sources: the same bundles, so the same file names.
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    const resources = (build: Json) => ((build.web_accessible_resources ?? []) as Json[]).map(({ matches, resources }) => ({ matches, resources }));
    expect(resources(firefox)).toEqual(resources(chrome));
  });

  test('every file the manifest names is in the build', () => {
    const named = [
      ...((firefox.content_scripts as { js: string[] }[]).flatMap((script) => script.js)),
      ...(((firefox.web_accessible_resources ?? []) as { resources: string[] }[]).flatMap((entry) => entry.resources)),
      ...Object.values(firefox.icons as Record<string, string>),
      (firefox.action as Json).default_popup as string,
      (firefox.options_ui as Json).page as string,
      (firefox.sidebar_action as Json).default_panel as string,
    ];
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((file) => !existsSync(join(outDir, 'firefox', file)))).toEqual([]);
  });
});
