// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://extension.test/service-worker-loader.js"}
/**
 * The registration glue: our fixes loaded before the real webext-dynamic-content-scripts, against
 * a recording stand-in for the `chrome` APIs it calls. What the browser does with the calls is
 * tested end to end in tests/e2e/sites.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Manifest, Scripting } from 'webextension-polyfill';
import manifest from '../../../manifest.json' with { type: 'json' };
import {
  forgetRemovedOrigins,
  injectionWithManifestOptions,
  keepManifestScriptOptions,
  LIBRARY_ID_PREFIX,
  manifestEntryFor,
  withManifestOptions,
  type ScriptingCalls,
} from '../../../src/extension/background/dynamic-content-scripts.js';

const ENTRIES = manifest.content_scripts as Manifest.ContentScript[];
const BRIDGE = 'src/extension/main-world/editor-bridge.ts';
const CONTENT = 'src/extension/content/index.ts';
const KEY_SCRIPT = 'src/extension/content/bridge-key.ts';
const GRANTED = '*://support.acme.test/*';

type Listener = (permissions: { origins?: string[]; permissions?: string[] }) => void;

/** A stand-in for the parts of `chrome` the library and our fixes call, recording the scripting calls. */
function fakeChrome(granted: string[]) {
  const registered = new Map<string, Scripting.RegisteredContentScript>();
  const injections: Scripting.ScriptInjection[] = [];
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const session: Record<string, unknown> = {};
  const scripting: ScriptingCalls = {
    registerContentScripts: vi.fn(async (scripts: Scripting.RegisteredContentScript[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    executeScript: vi.fn(async (injection: Scripting.ScriptInjection) => {
      injections.push(injection);
      return [];
    }),
    unregisterContentScripts: vi.fn(async (filter?: Scripting.ContentScriptFilter) => {
      for (const id of filter?.ids ?? []) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of filter?.ids ?? []) registered.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
  };
  const chrome = {
    runtime: { id: 'pighjojaehdijiogcinpgpcicbppmlpb', getManifest: () => manifest, lastError: undefined },
    permissions: {
      getAll: (callback: (permissions: { origins: string[]; permissions: string[] }) => void) => callback({ origins: [...ENTRIES.flatMap((entry) => entry.matches), ...granted], permissions: ['storage', 'scripting'] }),
      onAdded: { addListener: (listener: Listener) => added.push(listener) },
      onRemoved: { addListener: (listener: Listener) => removed.push(listener) },
    },
    scripting,
    storage: {
      session: {
        get: async (key: string) => (key in session ? { [key]: session[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(session, items),
      },
    },
    tabs: {
      // One tab already open on each origin asked for.
      query: (query: { url: string[] }, callback: (tabs: Array<{ id: number; url: string }>) => void) =>
        callback(query.url.map((pattern, index) => ({ id: index + 1, url: pattern.replace('*://', 'https://').replace(/\*$/, 'ticket/1') }))),
    },
  };
  const fire = async (listeners: Listener[], origins: string[]) => {
    for (const listener of listeners) listener({ origins, permissions: [] });
    await vi.waitFor(() => undefined);
  };
  return { chrome, scripting, registered, injections, grant: (origin: string) => fire(added, [origin]), remove: (origin: string) => fire(removed, [origin]) };
}

const files = (script: { js?: string[]; files?: string[] }) => (script.js ?? script.files ?? []).map((file) => file.replace(/^\//, ''));
const ofFile = <T extends { js?: string[]; files?: string[] }>(items: Iterable<T>, file: string) => [...items].filter((item) => files(item).includes(file));

describe('the manifest options the library leaves out', () => {
  test('the entries are found by their exact files, with or without a leading slash', () => {
    expect(manifestEntryFor([`/${BRIDGE}`], ENTRIES)?.world).toBe('MAIN');
    expect(manifestEntryFor([CONTENT], ENTRIES)?.run_at).toBe('document_idle');
    expect(manifestEntryFor([CONTENT, BRIDGE], ENTRIES)).toBeUndefined();
    expect(manifestEntryFor(['other.js'], ENTRIES)).toBeUndefined();
  });

  test("a library registration of the bridge gets the page's world and the fallback to about: frames", () => {
    const script = { id: `${LIBRARY_ID_PREFIX}x`, js: [`/${BRIDGE}`], matches: [GRANTED], allFrames: true, runAt: 'document_start' as const };
    expect(withManifestOptions(script, ENTRIES)).toEqual({ ...script, world: 'MAIN', matchOriginAsFallback: true });
    // The isolated content script has nothing to add; a registration of someone else's is left as it is.
    const content = { id: `${LIBRARY_ID_PREFIX}y`, js: [`/${CONTENT}`], matches: [GRANTED], runAt: 'document_idle' as const };
    expect(withManifestOptions(content, ENTRIES)).toEqual(content);
    const ours = { id: 'our-own', js: [BRIDGE], matches: [GRANTED] };
    expect(withManifestOptions(ours, ENTRIES)).toEqual(ours);
  });

  test("an injection into an open tab keeps the entry's world and frames", () => {
    const everyFrame = { tabId: 7, allFrames: true };
    expect(injectionWithManifestOptions({ target: everyFrame, files: [BRIDGE] }, ENTRIES)).toEqual({ target: everyFrame, files: [BRIDGE], world: 'MAIN' });
    expect(injectionWithManifestOptions({ target: everyFrame, files: [CONTENT] }, ENTRIES)).toEqual({ target: { tabId: 7 }, files: [CONTENT] });
    const other = { target: everyFrame, files: ['other.js'] };
    expect(injectionWithManifestOptions(other, ENTRIES)).toBe(other);
  });

  test('removing a registration that the library already removed is not an error, any other failure is', async () => {
    const { scripting } = fakeChrome([]);
    keepManifestScriptOptions(scripting, ENTRIES);
    await expect(scripting.unregisterContentScripts({ ids: [`${LIBRARY_ID_PREFIX}gone`] })).resolves.toBeUndefined();
    await expect(scripting.unregisterContentScripts({ ids: ['our-own'] })).rejects.toThrow(/Nonexistent/);
  });

  test('forgetting a removed origin unregisters every registration serving only it', async () => {
    const { scripting, registered } = fakeChrome([]);
    const register = (id: string, matches: string[]) => registered.set(id, { id, js: [CONTENT], matches });
    register(`${LIBRARY_ID_PREFIX}a`, [GRANTED]);
    register(`${LIBRARY_ID_PREFIX}b`, [GRANTED]);
    register(`${LIBRARY_ID_PREFIX}c`, ['*://other.test/*']);
    register('our-own', [GRANTED]);
    await forgetRemovedOrigins([GRANTED], scripting);
    expect([...registered.keys()]).toEqual([`${LIBRARY_ID_PREFIX}c`, 'our-own']);
  });
});

// The library is loaded once, as in the worker (Node caches it): these steps build on each other.
describe('with webext-dynamic-content-scripts', () => {
  let fake: ReturnType<typeof fakeChrome>;

  beforeAll(async () => {
    fake = fakeChrome([GRANTED]);
    vi.stubGlobal('chrome', fake.chrome);
    // In the worker's order: our fixes (evaluated again, now that there is a `chrome`), then the library.
    vi.resetModules();
    await import('../../../src/extension/background/dynamic-content-scripts.js');
    await import('webext-dynamic-content-scripts');
  });

  afterAll(() => vi.unstubAllGlobals());

  test('at start, each granted origin gets the three scripts with their manifest options', async () => {
    // Once per browser session, a moment after the library loads.
    await vi.waitFor(() => expect(fake.registered.size).toBe(3));
    const [key] = ofFile(fake.registered.values(), KEY_SCRIPT);
    expect(key).toMatchObject({ matches: [GRANTED], runAt: 'document_start' });
    expect(key).not.toHaveProperty('world');
    const [bridge] = ofFile(fake.registered.values(), BRIDGE);
    const [content] = ofFile(fake.registered.values(), CONTENT);
    expect(bridge).toMatchObject({ matches: [GRANTED], world: 'MAIN', runAt: 'document_start', allFrames: true, matchOriginAsFallback: true });
    expect(content).toMatchObject({ matches: [GRANTED], runAt: 'document_idle' });
    expect(content).not.toHaveProperty('world');
    expect(content?.allFrames).toBeFalsy();
  });

  test('a newly granted origin gets the three scripts, and its open tabs get them in their world and frames', async () => {
    fake.injections.length = 0;
    await fake.grant('*://help.beta.test/*');
    await vi.waitFor(() => expect(fake.registered.size).toBe(6));
    const bridges = ofFile(fake.registered.values(), BRIDGE).filter((script) => script.matches?.includes('*://help.beta.test/*'));
    expect(bridges).toEqual([expect.objectContaining({ world: 'MAIN', matchOriginAsFallback: true })]);
    await vi.waitFor(() => expect(ofFile(fake.injections, CONTENT)).toHaveLength(1));
    expect(ofFile(fake.injections, BRIDGE)).toEqual([expect.objectContaining({ world: 'MAIN', target: expect.objectContaining({ allFrames: true }) })]);
    expect(ofFile(fake.injections, CONTENT)[0]!.target).toEqual({ tabId: expect.any(Number) });
  });

  test('a removed origin loses all its registrations, whatever the library remembers', async () => {
    await fake.remove(GRANTED);
    await vi.waitFor(() => expect([...fake.registered.values()].flatMap((script) => script.matches)).toEqual(['*://help.beta.test/*', '*://help.beta.test/*', '*://help.beta.test/*']));
    await fake.remove('*://help.beta.test/*');
    await vi.waitFor(() => expect(fake.registered.size).toBe(0));
  });
});
