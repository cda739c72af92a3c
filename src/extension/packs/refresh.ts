/**
 * Installing a pack from its URL and refreshing it. The network part returns what happened as
 * data; `applyRefresh` turns that into the new stored entry. A refresh that fails or is refused
 * keeps the last good version and records the problem with its time; a good one clears it.
 */
import type { Pack, PackError } from '../../engine/packs/schema.js';
import { downloadPack, type DownloadOptions } from './download.js';
import { checkPackText } from './validate.js';
import type { InstalledPack, PackProblem } from './types.js';

export type UrlPackResult =
  | { ok: true; pack: Pack; json: unknown; etag?: string; lastModified?: string }
  | { ok: false; message: string; errors: PackError[] };

/** Downloads and checks a pack that is not installed yet. */
export async function fetchNewPack(url: string, others: readonly Pack[], options: DownloadOptions): Promise<UrlPackResult> {
  const download = await downloadPack(url, {}, options);
  if (download.status === 'failed') return { ok: false, message: `The pack could not be fetched: ${download.message}.`, errors: [] };
  if (download.status === 'not-modified') return { ok: false, message: 'The pack could not be fetched: the server answered 304 to a plain request.', errors: [] };
  const checked = checkPackText(download.text, others);
  if (!checked.ok) return checked;
  return { ok: true, pack: checked.pack, json: checked.json, etag: download.etag, lastModified: download.lastModified };
}

export type RefreshOutcome =
  /** A new good version. */
  | { kind: 'updated'; pack: Pack; json: unknown; etag?: string; lastModified?: string }
  /** 304, or the same pack again. */
  | { kind: 'unchanged'; etag?: string; lastModified?: string }
  | { kind: 'failed'; problem: PackProblem };

/** Asks the server of an installed URL or policy pack for a newer version. */
export async function refreshPack(entry: InstalledPack, others: readonly Pack[], options: DownloadOptions & { now: () => number }): Promise<RefreshOutcome> {
  const fail = (message: string, errors: PackError[] = []): RefreshOutcome => ({ kind: 'failed', problem: { at: options.now(), message, errors } });
  if (entry.source.type !== 'url' && entry.source.type !== 'policy') return fail('The pack was not installed from an address: there is nothing to refresh.');
  const download = await downloadPack(entry.source.url, { etag: entry.etag, lastModified: entry.lastModified }, options);
  if (download.status === 'failed') return fail(`The refresh failed: ${download.message}. The last good version stays in use.`);
  if (download.status === 'not-modified') return { kind: 'unchanged', etag: download.etag, lastModified: download.lastModified };
  const checked = checkPackText(download.text, others);
  if (!checked.ok) return fail(`${checked.message} The last good version stays in use.`, checked.errors);
  if (checked.pack.id !== entry.id) {
    return fail(`The pack at this address now has the id "${checked.pack.id}", not "${entry.id}": it was not taken. The last good version stays in use.`);
  }
  // A server without validators sends the same file every time: that is not an update.
  if (JSON.stringify(checked.json) === JSON.stringify(entry.json)) return { kind: 'unchanged', etag: download.etag, lastModified: download.lastModified };
  return { kind: 'updated', pack: checked.pack, json: checked.json, etag: download.etag, lastModified: download.lastModified };
}

/** The stored entry after a refresh. Position and enabled state are the caller's to keep. */
export function applyRefresh(entry: InstalledPack, outcome: RefreshOutcome, now: number): InstalledPack {
  const { problem: _old, ...rest } = entry;
  switch (outcome.kind) {
    case 'failed':
      return { ...entry, checkedAt: now, problem: outcome.problem };
    case 'unchanged':
      return withValidators({ ...rest, checkedAt: now }, outcome.etag ?? entry.etag, outcome.lastModified ?? entry.lastModified);
    case 'updated':
      return withValidators(
        { ...rest, name: outcome.pack.name, version: outcome.pack.version, languages: [...outcome.pack.languages], json: outcome.json, updatedAt: now, checkedAt: now },
        outcome.etag,
        outcome.lastModified,
      );
  }
}

function withValidators(entry: InstalledPack, etag: string | undefined, lastModified: string | undefined): InstalledPack {
  const { etag: _etag, lastModified: _lastModified, ...rest } = entry;
  return { ...rest, ...(etag !== undefined ? { etag } : {}), ...(lastModified !== undefined ? { lastModified } : {}) };
}
