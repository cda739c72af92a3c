/**
 * Settings and policy in the browser's storage. The agent's settings live in `storage.local` under
 * one versioned key; the admin's policy is `storage.managed`, which is read-only and may be absent.
 */
import browser from 'webextension-polyfill';
import { LEGACY_KEYS, SETTINGS_KEY, loadPolicy, loadUserSettings, migrateLegacyKeys, type Loaded, type Policy, type UserSettings } from './model.js';

async function readStoredSettings(): Promise<Loaded<UserSettings>> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, ...LEGACY_KEYS]);
  return loadUserSettings(migrateLegacyKeys(stored));
}

export async function readUserSettings(): Promise<Loaded<UserSettings>> {
  try {
    return await readStoredSettings();
  } catch (error) {
    return { value: loadUserSettings(undefined).value, problems: [`the settings could not be read: ${(error as Error).message}`] };
  }
}

/**
 * Writes a change made from the current settings, so two pages editing at once lose nothing of each
 * other's; the only way settings are written. `change` edits the settings in place; returning false
 * says it changed nothing, and nothing is written.
 */
export function updateUserSettings(change: (settings: UserSettings) => void | boolean): Promise<UserSettings> {
  return exclusive(async () => {
    // A failed read throws here: writing the defaults plus one change would wipe every other choice.
    const { value } = await readStoredSettings();
    if (change(value) === false) return value;
    await browser.storage.local.set({ [SETTINGS_KEY]: value });
    return value;
  });
}

const SETTINGS_LOCK = 'ramah-settings';
let queue: Promise<unknown> = Promise.resolve();

/**
 * One read-modify-write at a time. A Web Lock spans every page and the worker of the extension's
 * origin, so two quick changes, in one tab or two, never read the same old settings.
 */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(SETTINGS_LOCK, task);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * On install and update: moves settings kept under the old top-level keys into the versioned object,
 * once, or stores the defaults. Settings already stored are left as they are, however they read: a
 * corrupt value is replaced when it is read (and the options page says so), and a newer Ramah's
 * settings are still there when the agent goes back to it.
 */
export function migrateStoredSettings(): Promise<string[]> {
  return exclusive(async () => {
    const stored = await browser.storage.local.get([SETTINGS_KEY, ...LEGACY_KEYS]);
    const { value, problems } = loadUserSettings(migrateLegacyKeys(stored));
    if (stored[SETTINGS_KEY] === undefined) await browser.storage.local.set({ [SETTINGS_KEY]: value });
    const legacy = LEGACY_KEYS.filter((key) => key in stored);
    if (legacy.length > 0) await browser.storage.local.remove(legacy);
    return problems;
  });
}

/** The policy; `unread` says why it could not be read, when the browser failed rather than having none. */
export async function readPolicy(): Promise<Loaded<Policy> & { unread?: string }> {
  try {
    return loadPolicy(await browser.storage.managed.get(null));
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    // Firefox rejects when no policy is installed ("Managed storage manifest not found"); Chrome answers {}.
    if (/manifest not found/i.test(message)) return loadPolicy(undefined);
    return { ...loadPolicy(undefined), unread: message };
  }
}

/** Calls `listener` when the agent's settings, the packs or the policy change. */
export function onStoredChange(keys: readonly string[], listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || keys.some((key) => key in changes)) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
