/**
 * The extension's service worker as the browser reports it (the DevTools protocol's running statuses), and stopped as
 * the browser stops an idle one.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface WorkerStatuses {
  /** Each running status reported since the worker was watched ("stopped", "starting", "running"…), in order. */
  readonly statuses: string[];
  /** When the test received each of them (Date.now()). */
  readonly times: number[];
  /** The statuses and their times since the worker was last stopped. */
  sinceStopped(): { status: string; at: number }[];
  detach(): Promise<void>;
}

/** Watches the extension's worker from a page, waits until it runs, stops it, and waits until it has stopped. */
export async function stopWorker(page: Page): Promise<WorkerStatuses> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  const times: number[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      statuses.push(version.runningStatus);
      times.push(Date.now());
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.at(-1)).toBe('running');
  const before = statuses.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.slice(before), { timeout: 10_000 }).toContain('stopped');
  return {
    statuses,
    times,
    sinceStopped: () => {
      const from = statuses.lastIndexOf('stopped');
      return statuses.slice(from).map((status, k) => ({ status, at: times[from + k]! }));
    },
    detach: () => cdp.detach(),
  };
}
