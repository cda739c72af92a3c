/**
 * Findings the agent ignored, remembered across reloads for that wording in that ticket. The key is the
 * ticket, the rule and the flagged words as normalised text, so the same words elsewhere in the draft,
 * or in another ticket, are still flagged. Kept in storage.local, bounded: entries older than
 * IGNORE_DAYS are dropped, and past MAX_IGNORED the oldest go first.
 */
import browser from 'webextension-polyfill';

export const IGNORED_KEY = 'ignoredFindings';
export const IGNORE_DAYS = 30;
export const MAX_IGNORED = 3000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Long flagged passages are keyed by their start: the key stays small. */
const MAX_WORDS_LENGTH = 200;

/** The flagged words as the key holds them: case, spacing and accents as typed do not matter. */
export function normaliseWords(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase().slice(0, MAX_WORDS_LENGTH);
}

export function ignoreKey(ticket: string, finding: { rule: string; text: string }): string {
  return `${ticket}\u0000${finding.rule}\u0000${normaliseWords(finding.text)}`;
}

/** Stored entries as they can be trusted: key → time ignored (ms), within the bounds. */
export function boundIgnored(stored: unknown, now: number): Record<string, number> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const oldest = now - IGNORE_DAYS * DAY_MS;
  const kept = Object.entries(stored as Record<string, unknown>).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] >= oldest && entry[1] <= now + DAY_MS && entry[0].length < 4096,
  );
  kept.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(kept.slice(0, MAX_IGNORED));
}

/** The ignored findings of every ticket, as this page knows them; follows changes from other tabs. */
export class IgnoredFindings {
  private entries: Record<string, number> = {};
  private readonly listeners = new Set<() => void>();
  private readonly onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(IGNORED_KEY in changes)) return;
    this.entries = boundIgnored(changes[IGNORED_KEY]!.newValue, Date.now());
    for (const listener of this.listeners) listener();
  };

  async load(): Promise<void> {
    const stored = await browser.storage.local.get(IGNORED_KEY).catch(() => ({}) as Record<string, unknown>);
    this.entries = boundIgnored(stored[IGNORED_KEY], Date.now());
    browser.storage.onChanged.addListener(this.onStorage);
  }

  /** Called when another tab ignores or brings back a finding. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.entries, key);
  }

  get size(): number {
    return Object.keys(this.entries).length;
  }

  add(key: string): Promise<void> {
    return this.write((entries) => void (entries[key] = Date.now()));
  }

  remove(key: string): Promise<void> {
    return this.write((entries) => void delete entries[key]);
  }

  stop(): void {
    browser.storage.onChanged.removeListener(this.onStorage);
    this.listeners.clear();
  }

  /** Over what is stored now, so another tab's entries are kept. */
  private async write(change: (entries: Record<string, number>) => void): Promise<void> {
    change(this.entries);
    const stored = await browser.storage.local.get(IGNORED_KEY).catch(() => ({}) as Record<string, unknown>);
    const entries = boundIgnored(stored[IGNORED_KEY], Date.now());
    change(entries);
    this.entries = boundIgnored(entries, Date.now());
    await browser.storage.local.set({ [IGNORED_KEY]: this.entries });
  }
}
