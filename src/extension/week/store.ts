/**
 * The week in review in storage.local: one key of day buckets (model.ts). The worker adds each
 * batch from the tabs; the week page reads and clears. Each change is a read-modify-write under a
 * Web Lock, which spans the worker and every page of the extension, so a clear is never undone by
 * a batch that read the days before it.
 */
import browser from 'webextension-polyfill';
import { dropOldDays, loadWeekStore, recordCounts, WEEK_KEY, type DayCounts, type WeekStore } from './model.js';

const WEEK_LOCK = 'ramah-week';
let queue: Promise<unknown> = Promise.resolve();

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(WEEK_LOCK, task);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readStored(): Promise<WeekStore> {
  const stored = await browser.storage.local.get(WEEK_KEY);
  return loadWeekStore(stored[WEEK_KEY]);
}

/** The days kept, without those older than 90 days (which are dropped from storage too). */
export function readWeek(now = new Date()): Promise<WeekStore> {
  return exclusive(async () => {
    const stored = await readStored();
    const before = Object.keys(stored.days).length;
    const store = dropOldDays(stored, now);
    if (Object.keys(store.days).length !== before) await browser.storage.local.set({ [WEEK_KEY]: store });
    return store;
  });
}

export function addToWeek(counts: DayCounts, now = new Date()): Promise<void> {
  return exclusive(async () => {
    const store = recordCounts(await readStored(), counts, now);
    await browser.storage.local.set({ [WEEK_KEY]: store });
  });
}

export function clearWeek(): Promise<void> {
  return exclusive(() => browser.storage.local.remove(WEEK_KEY));
}
