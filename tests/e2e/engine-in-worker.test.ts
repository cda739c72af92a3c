/**
 * The engine runs in the extension's service worker, not on the helpdesk page: the content script carries none of it,
 * a warning still appears, the page sees no analysis of its own, and a worker the browser stopped is started again by
 * the next analysis.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { TABLE_WORDS } from '../../src/engine/match/tables.generated.js';
import { e2eSkipReason, EXTENSION_DIR } from './helpers/browser.js';
import { stopWorker } from './helpers/service-worker.js';
import { ticketInChromium } from './helpers/ticket-browser.js';
import { BLAMING_DRAFT, CLEAN_DRAFT, warningCount } from './helpers/ticket.js';

const skipReason = e2eSkipReason();

/** A piece of the engine's compiled tables, as every build that holds them has it. */
const TABLES_MARK = TABLE_WORDS.slice(0, 80);

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const warningsShown = (page: Page) => page.locator('[data-ramah="sidebar"] [data-rule][data-kind="warning"]').count();

describe.skipIf(skipReason)(`the engine in the service worker, in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const ticket = ticketInChromium();

  test("the content script has no engine tables in it, the worker's build has them, and a warning still appears", async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[] }[] };
    const contentFiles = manifest.content_scripts.flatMap((script) => script.js ?? []);
    expect(contentFiles.length).toBeGreaterThan(0);
    for (const file of contentFiles) expect(readFileSync(join(EXTENSION_DIR, file), 'utf8')).not.toContain(TABLES_MARK);
    const built = readdirSync(join(EXTENSION_DIR, 'assets')).filter((file) => file.endsWith('.js'));
    expect(built.some((file) => readFileSync(join(EXTENSION_DIR, 'assets', file), 'utf8').includes(TABLES_MARK))).toBe(true);

    const page = await ticket.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.goto(ticket.helpdesk.url);
    await page.locator('#reply').fill(BLAMING_DRAFT);
    await expect.poll(async () => ({ errors, warnings: await warningsShown(page) })).toEqual({ errors: [], warnings: warningCount(BLAMING_DRAFT) });
    await page.close();
  });

  test('a warning appears after the browser stopped the service worker: the page’s request starts it again', async () => {
    const page = await ticket.browser.context.newPage();
    await page.goto(ticket.helpdesk.url);
    const reply = page.locator('#reply');
    await reply.fill(CLEAN_DRAFT);
    await expect.poll(() => warningsShown(page)).toBe(0);
    await page.locator('[data-ramah="sidebar"]').waitFor({ state: 'attached' });
    const worker = await stopWorker(page);

    const started = Date.now();
    await reply.fill(BLAMING_DRAFT);
    await expect.poll(() => warningsShown(page), { timeout: 20_000 }).toBe(warningCount(BLAMING_DRAFT));
    console.log(`first warning after the worker was stopped: ${Date.now() - started} ms (the typing pause included)`);
    // The page's request started the worker again.
    expect(worker.sinceStopped().map((s) => s.status)).toContain('running');
    await worker.detach();
    await page.close();
  });

  /**
   * A draft filled and its report drawn, the worker stopped, then keys typed 40 ms apart (inside the typing pause)
   * `waitAfterReply` ms after the report: when the worker started and when the analysis of the typed words was asked
   * (the test's clock; the page's measures are read on it). The worker is told at most once in 10 s that the agent is at
   * a composer (at the fill), so the keys must come sooner for the test to tell the keystroke's own message: a machine
   * too loaded for that has another go.
   */
  async function stopThenType(waitAfterReply: number): Promise<{ typedAt: number; startingAt: number; askedAt: number }> {
    for (let attempt = 1; ; attempt++) {
      const page = await ticket.browser.context.newPage();
      await page.goto(ticket.helpdesk.url);
      const reply = page.locator('#reply');
      const filledAt = Date.now();
      await reply.fill(BLAMING_DRAFT);
      await expect.poll(() => warningsShown(page)).toBe(warningCount(BLAMING_DRAFT));
      const drawnAt = Date.now();
      await page.locator('[data-ramah="sidebar"]').waitFor({ state: 'attached' });
      const worker = await stopWorker(page);
      await page.waitForTimeout(Math.max(0, drawnAt + waitAfterReply - Date.now()));

      const typedAt = Date.now();
      await reply.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' Kami cek dulu ya', { delay: 40 });
      const askedAfterTyping = () =>
        page.evaluate((after) => performance.getEntriesByName('ramah:analysis').map((e) => performance.timeOrigin + e.startTime).find((at) => at > after) ?? 0, typedAt);
      await expect.poll(askedAfterTyping, { timeout: 20_000 }).toBeGreaterThan(0);
      const askedAt = await askedAfterTyping();
      await expect.poll(() => worker.sinceStopped().map((s) => s.status)).toContain('starting');
      const startingAt = worker.sinceStopped().find((s) => s.status === 'starting')!.at;
      await worker.detach();
      await page.close();
      const late = typedAt - filledAt > 9_000 || typedAt - drawnAt > waitAfterReply + 2_000;
      if (late && attempt < 3) continue;
      expect(typedAt - filledAt, 'the keys typed within 10 s of the draft filled').toBeLessThan(9_000);
      console.log(`typed ${typedAt - drawnAt} ms after the report: the worker starting ${startingAt - typedAt} ms after the first key, the analysis asked ${Math.round(askedAt - typedAt)} ms after it`);
      return { typedAt, startingAt, askedAt };
    }
  }

  describe('after a reply', () => {
    beforeAll(async () => {
      // The debug setting lets the page see when the content script asked each analysis (`ramah:analysis`).
      await ticket.browser.worker.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { version: 1, ...(settings as object | undefined), debug: true } });
      });
    });

    test('a worker stopped since a reply a few seconds old is started again by the next keystroke, before the analysis the typing pause asks', async () => {
      const { typedAt, startingAt, askedAt } = await stopThenType(3_500);
      expect(startingAt).toBeGreaterThanOrEqual(typedAt);
      expect(startingAt, 'the keystroke’s message started it, not the analysis').toBeLessThan(askedAt);
    });

    test('while replies come every few seconds, a keystroke sends the worker nothing: one stopped in between starts at the analysis', async () => {
      const { startingAt, askedAt } = await stopThenType(0);
      expect(startingAt).toBeGreaterThanOrEqual(askedAt);
    });
  });
});
