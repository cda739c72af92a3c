/**
 * What webext-dynamic-content-scripts (10.0.4) misses, fixed around it. The library registers the
 * manifest's content scripts on every origin the agent grants, again at every start, and injects
 * them into the tabs already open there. But:
 * - it copies only `js`, `css`, `all_frames` and `run_at` of each manifest entry, and injects every
 *   file into every frame (fregante/webext-dynamic-content-scripts#60): our editor bridge would run
 *   in the isolated world, where the editors' objects cannot be seen, and the content script in
 *   every iframe;
 * - when access is removed it unregisters only the last script of the origin, and only those it
 *   registered since the worker last started: the bridge's registration stayed, and Chromium still
 *   injects it where the tab holds `activeTab`.
 *
 * So the `chrome.scripting` calls the library makes are wrapped to carry the manifest entry's
 * `world`, `match_origin_as_fallback` and frames, and every registration of a removed origin is
 * unregistered. This module must load before the library, which takes `registerContentScripts`
 * when it loads; calls for other scripts pass unchanged.
 */
import type { Manifest, Scripting } from 'webextension-polyfill';

/** The ids the library gives its registrations. */
export const LIBRARY_ID_PREFIX = 'webext-dynamic-content-script-';

type Register = (scripts: Scripting.RegisteredContentScript[], ...rest: unknown[]) => Promise<void>;
type Execute = (injection: Scripting.ScriptInjection, ...rest: unknown[]) => Promise<Scripting.InjectionResult[]>;
type Unregister = (filter?: Scripting.ContentScriptFilter, ...rest: unknown[]) => Promise<void>;
type GetRegistered = (filter?: Scripting.ContentScriptFilter) => Promise<Scripting.RegisteredContentScript[]>;

export interface ScriptingCalls {
  registerContentScripts: Register;
  executeScript: Execute;
  unregisterContentScripts: Unregister;
  getRegisteredContentScripts: GetRegistered;
}

const path = (file: string) => file.replace(/^\//, '');
const isLibraryId = (id: string) => id.startsWith(LIBRARY_ID_PREFIX);

/** The manifest entry that lists exactly these files, in this order. */
export function manifestEntryFor(files: readonly string[] | undefined, entries: readonly Manifest.ContentScript[]): Manifest.ContentScript | undefined {
  if (!files?.length) return undefined;
  return entries.find((entry) => entry.js?.length === files.length && entry.js.every((file, index) => path(file) === path(files[index]!)));
}

/** A registration by the library, with what it left out of its manifest entry. */
export function withManifestOptions(script: Scripting.RegisteredContentScript, entries: readonly Manifest.ContentScript[]): Scripting.RegisteredContentScript {
  const entry = isLibraryId(script.id) ? manifestEntryFor(script.js, entries) : undefined;
  if (!entry) return script;
  return {
    ...script,
    ...(entry.world ? { world: entry.world } : {}),
    ...(entry.match_origin_as_fallback ? { matchOriginAsFallback: true } : {}),
  };
}

/** An injection of a manifest entry's files into an open tab, in that entry's world and frames. */
export function injectionWithManifestOptions(injection: Scripting.ScriptInjection, entries: readonly Manifest.ContentScript[]): Scripting.ScriptInjection {
  const entry = manifestEntryFor(injection.files, entries);
  if (!entry) return injection;
  // Without all_frames the manifest runs the script in the top frame only, executeScript's default.
  const target: Scripting.InjectionTarget = entry.all_frames ? injection.target : { tabId: injection.target.tabId, ...(injection.target.frameIds ? { frameIds: injection.target.frameIds } : {}) };
  return { ...injection, target, ...(entry.world ? { world: entry.world } : {}) };
}

export function keepManifestScriptOptions(scripting: ScriptingCalls, entries: readonly Manifest.ContentScript[]): void {
  const register = scripting.registerContentScripts.bind(scripting);
  const execute = scripting.executeScript.bind(scripting);
  const unregister = scripting.unregisterContentScripts.bind(scripting);
  scripting.registerContentScripts = (scripts, ...rest) => register(scripts.map((script) => withManifestOptions(script, entries)), ...rest);
  scripting.executeScript = (injection, ...rest) => execute(injectionWithManifestOptions(injection, entries), ...rest);
  // The library and forgetRemovedOrigins may both remove a registration: gone is what both wanted.
  scripting.unregisterContentScripts = (filter, ...rest) =>
    unregister(filter, ...rest).catch((error: unknown) => {
      if (filter?.ids?.length && filter.ids.every(isLibraryId) && /nonexistent/i.test(String((error as Error)?.message))) return;
      throw error;
    });
}

/** Unregisters every registration of the library that serves only origins the agent removed. */
export async function forgetRemovedOrigins(origins: readonly string[] | undefined, scripting: ScriptingCalls): Promise<void> {
  if (!origins?.length) return;
  const registered = await scripting.getRegisteredContentScripts();
  const stale = registered.filter((script) => isLibraryId(script.id) && script.matches?.length && script.matches.every((match) => origins.includes(match)));
  // One at a time: a call naming an id that is already gone removes none of the others.
  await Promise.all(stale.map((script) => scripting.unregisterContentScripts({ ids: [script.id] }).catch(() => {})));
}

interface ChromeApi {
  scripting?: ScriptingCalls;
  runtime?: { getManifest(): Manifest.WebExtensionManifest };
  permissions?: { onRemoved: { addListener(listener: (permissions: { origins?: string[] }) => void): void } };
}

const chromeApi = (globalThis as { chrome?: ChromeApi }).chrome;
if (chromeApi?.scripting && chromeApi.runtime && chromeApi.permissions) {
  const scripting = chromeApi.scripting;
  keepManifestScriptOptions(scripting, chromeApi.runtime.getManifest().content_scripts ?? []);
  chromeApi.permissions.onRemoved.addListener(({ origins }) => void forgetRemovedOrigins(origins, scripting));
}
