/** The installed packs in `storage.local`, read back safely: an entry that is not sound is skipped, never fatal. */
import browser from 'webextension-polyfill';
import { loadInstalledPacks } from './entries.js';
import { PACKS_KEY, type InstalledPack } from './types.js';

export async function readInstalledPacks(): Promise<InstalledPack[]> {
  return loadInstalledPacks((await browser.storage.local.get(PACKS_KEY))[PACKS_KEY]);
}

/** Only the service worker writes the packs, through its pack manager's one chain of writes. */
export async function writeInstalledPacks(packs: readonly InstalledPack[]): Promise<void> {
  await browser.storage.local.set({ [PACKS_KEY]: packs });
}
