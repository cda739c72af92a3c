/**
 * The installed packs in `storage.local`, read back safely: an entry that is not sound is skipped, never fatal.
 * Only the service worker's pack manager writes them, in its one chain of writes (packs/manager.ts).
 */
import browser from 'webextension-polyfill';
import { loadInstalledPacks } from './entries.js';
import { PACKS_KEY, type InstalledPack } from './types.js';

export async function readInstalledPacks(): Promise<InstalledPack[]> {
  return loadInstalledPacks((await browser.storage.local.get(PACKS_KEY))[PACKS_KEY]);
}
