/**
 * The engine runs in the extension's service worker, not on the helpdesk page: the content script carries none of it,
 * a warning still appears, the page sees no analysis of its own, and a worker the browser stopped is started again by
 * the next analysis.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { TABLE_WORDS } from '../../src/engine/match/tables.generated.js';
import { e2eSkipReason, EXTENSION_DIR } from './helpers/browser.js';
import { ticketInChromium } from './helpers/ticket-browser.js';
import { BLAMING_DRAFT, CLEAN_DRAFT, warningCount } from './helpers/ticket.js';

const skipReason = e2eSkipReason();

/** A piece of the engine's compiled tables, as every build that holds them has it. */
const TABLES_MARK = TABLE_WORDS.slice(0, 80);

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

    // The browser's own account of the extension's worker: its running status, as the DevTools protocol reports it.
    const cdp: CDPSession = await ticket.browser.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL.startsWith('chrome-extension://')) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => statuses.at(-1)).toBe('running');
    const before = statuses.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.slice(before), { timeout: 10_000 }).toContain('stopped');

    const started = Date.now();
    await reply.fill(BLAMING_DRAFT);
    await expect.poll(() => warningsShown(page), { timeout: 20_000 }).toBe(warningCount(BLAMING_DRAFT));
    console.log(`first warning after the worker was stopped: ${Date.now() - started} ms (the typing pause included)`);
    // The page's request started the worker again.
    expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
    await cdp.detach();
    await page.close();
  });

  test('a worker stopped since the last analysis is started again by the next keystroke, not at the typing pause after it', async () => {
    const page = await ticket.browser.context.newPage();
    await page.goto(ticket.helpdesk.url);
    const reply = page.locator('#reply');
    // Its warnings drawn: an analysis was asked.
    await reply.fill(BLAMING_DRAFT);
    await expect.poll(() => warningsShown(page)).toBe(warningCount(BLAMING_DRAFT));
    await page.locator('[data-ramah="sidebar"]').waitFor({ state: 'attached' });

    const cdp: CDPSession = await ticket.browser.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL.startsWith('chrome-extension://')) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => statuses.at(-1)).toBe('running');
    const before = statuses.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.slice(before), { timeout: 10_000 }).toContain('stopped');

    // Keys 40 ms apart, well inside the typing pause (200 ms): no analysis is asked while they are typed.
    await reply.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Kami cek dulu ya', { delay: 40 });
    const stopped = statuses.lastIndexOf('stopped');
    expect(statuses.slice(stopped)).toContain('starting');
    await cdp.detach();
    await page.close();
  });
});
