/**
 * The ordered list of installed packs, changed as plain data: every function returns a new list or
 * says why it refuses, and never touches storage. Order matters: a later pack overrides phrases with
 * the same id (the engine's rule), so a replaced pack keeps its place.
 */
import type { Pack } from '../../engine/packs/schema.js';
import { PERSONAL_PACK_ID, type InstalledPack, type PackSource } from './types.js';

export type ListChange = { ok: true; packs: InstalledPack[]; entry: InstalledPack } | { ok: false; message: string };

/** A validated pack about to be installed, and where it came from. */
export interface IncomingPack {
  pack: Pack;
  /** The pack as its author wrote it: what is stored and exported. */
  json: unknown;
  source: PackSource;
  etag?: string;
  lastModified?: string;
}

/** The stored list, read back safely: an entry that is not sound is skipped, never fatal. */
export function loadInstalledPacks(stored: unknown): InstalledPack[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  return stored.filter((entry): entry is InstalledPack => {
    if (!isInstalledPack(entry) || seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}

function isInstalledPack(value: unknown): value is InstalledPack {
  if (typeof value !== 'object' || value === null) return false;
  const pack = value as Partial<InstalledPack>;
  return (
    typeof pack.id === 'string' &&
    typeof pack.enabled === 'boolean' &&
    typeof pack.source === 'object' &&
    pack.source !== null &&
    typeof (pack.source as { type?: unknown }).type === 'string' &&
    pack.json !== undefined
  );
}

const fetched = (source: PackSource) => source.type === 'url' || source.type === 'policy';

/**
 * Installs a pack, or replaces the installed pack with the same id in place: same position, same
 * enabled state. The admin's packs are the admin's: the agent's file or URL never replaces one.
 */
export function placePack(packs: readonly InstalledPack[], incoming: IncomingPack, now: number): ListChange {
  const { pack, source } = incoming;
  if (pack.id === PERSONAL_PACK_ID && source.type !== 'personal') {
    return { ok: false, message: `The id "${PERSONAL_PACK_ID}" is kept for your own phrases: a pack to install needs another id.` };
  }
  const index = packs.findIndex((entry) => entry.id === pack.id);
  const existing = index >= 0 ? packs[index] : undefined;
  if (existing?.source.type === 'policy' && source.type !== 'policy') {
    return { ok: false, message: `The pack "${pack.id}" is installed by your administrator's policy: it cannot be replaced.` };
  }
  const entry: InstalledPack = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    languages: [...pack.languages],
    source,
    // The admin's packs always apply; a replaced pack stays as the agent left it.
    enabled: source.type === 'policy' ? true : (existing?.enabled ?? true),
    json: incoming.json,
    installedAt: existing?.installedAt ?? now,
    updatedAt: now,
    ...(fetched(source) ? { checkedAt: now } : {}),
    ...(incoming.etag !== undefined ? { etag: incoming.etag } : {}),
    ...(incoming.lastModified !== undefined ? { lastModified: incoming.lastModified } : {}),
  };
  const next = [...packs];
  if (existing) next[index] = entry;
  else next.push(entry);
  return { ok: true, packs: next, entry };
}

function find(packs: readonly InstalledPack[], id: string): { index: number; entry: InstalledPack } | { message: string } {
  const index = packs.findIndex((entry) => entry.id === id);
  if (index < 0) return { message: `No installed pack has the id "${id}".` };
  return { index, entry: packs[index]! };
}

export function removePack(packs: readonly InstalledPack[], id: string): ListChange {
  const found = find(packs, id);
  if ('message' in found) return { ok: false, message: found.message };
  if (found.entry.source.type === 'policy') return { ok: false, message: `The pack "${id}" is installed by your administrator's policy: it cannot be removed.` };
  return { ok: true, packs: packs.filter((entry) => entry.id !== id), entry: found.entry };
}

/** Moves a pack to position `to` (0 is first, overridden by all the others), clamped to the list. */
export function movePack(packs: readonly InstalledPack[], id: string, to: number): ListChange {
  if (!Number.isInteger(to)) return { ok: false, message: `The new position must be a whole number, not ${String(to)}.` };
  const found = find(packs, id);
  if ('message' in found) return { ok: false, message: found.message };
  const next = packs.filter((entry) => entry.id !== id);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, found.entry);
  return { ok: true, packs: next, entry: found.entry };
}

export function enablePack(packs: readonly InstalledPack[], id: string, enabled: boolean): ListChange {
  if (!enabled && packs.find((entry) => entry.id === id)?.source.type === 'policy') {
    return { ok: false, message: `The pack "${id}" is installed by your administrator's policy: it cannot be turned off.` };
  }
  return updateEntry(packs, id, (entry) => ({ ...entry, enabled }));
}

/** Replaces one entry, found by id, with what `change` makes of it; the others stay as they are. */
export function updateEntry(packs: readonly InstalledPack[], id: string, change: (entry: InstalledPack) => InstalledPack): ListChange {
  const found = find(packs, id);
  if ('message' in found) return { ok: false, message: found.message };
  const entry = change(found.entry);
  const next = [...packs];
  next[found.index] = entry;
  return { ok: true, packs: next, entry };
}
