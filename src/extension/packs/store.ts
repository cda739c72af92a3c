/** The installed packs in `storage.local`, read back safely: an entry that is not sound is skipped, never fatal. */
import browser from 'webextension-polyfill';
import { PACKS_KEY, type InstalledPack } from './types.js';

export async function readInstalledPacks(): Promise<InstalledPack[]> {
  const stored = (await browser.storage.local.get(PACKS_KEY))[PACKS_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.filter(isInstalledPack);
}

export async function writeInstalledPacks(packs: readonly InstalledPack[]): Promise<void> {
  await browser.storage.local.set({ [PACKS_KEY]: packs });
}

function isInstalledPack(value: unknown): value is InstalledPack {
  if (typeof value !== 'object' || value === null) return false;
  const pack = value as Partial<InstalledPack>;
  return typeof pack.id === 'string' && typeof pack.enabled === 'boolean' && typeof pack.source === 'object' && pack.source !== null && pack.json !== undefined;
}
