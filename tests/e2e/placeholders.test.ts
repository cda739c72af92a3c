// Placeholders in the BUILT extension in Chromium: a phrase inserted with two placeholders left has
// the first selected, Tab walks to the next and Shift+Tab back, and after the last Tab is the page's
// again; what the page, the draft and the options know is filled in; a placeholder left is flagged.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { flaggedRules } from './helpers/pages.js';
import { openPanel } from './helpers/panel.js';

const BARE = 'bare.zendesk.com';
const THREAD = 'thread.zendesk.com';
const REPLY = '<textarea id="reply" aria-label="Reply" rows="6" style="width:600px"></textarea><button id="send">Send</button>';
const PHRASE = 'Saya akan menindaklanjuti pesanan {order_id} hari ini dan mengabari {customer_name} paling lambat besok siang.';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } };

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`placeholders in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let bare: HelpdeskServer;
  let thread: HelpdeskServer;

  beforeAll(async () => {
    bare = await serveHelpdeskPage(BARE, `<!doctype html><meta charset="utf-8"><title>Ticket</title>${REPLY}`);
    thread = await serveHelpdeskPage(
      THREAD,
      `<!doctype html><meta charset="utf-8"><title>Ticket</title>
      <article data-ramah-customer><b data-ramah-customer-name>Rina Wulandari</b><p>Pesanan saya #INV-240511-0087 belum sampai juga!</p></article>${REPLY}`,
    );
    browser = await launchWithExtension({ localHosts: [BARE, THREAD] });
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), bare?.close(), thread?.close()]);
  });

  beforeEach(async () => {
    for (const page of browser.context.pages()) await page.close();
    await browser.worker.evaluate((key) => chrome.storage.local.remove(key), SETTINGS_KEY);
  });

  const selected = (page: Page) => page.locator('#reply').evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd));

  async function insert(page: Page, search: string): Promise<void> {
    // A draft with nothing to check leaves the panel collapsed: the agent opens it from the badge.
    await openPanel(page);
    await page.locator('[data-ramah="sidebar"] #ramah-search').fill(search);
    await page.locator('[data-ramah="sidebar"] [data-phrase] [data-action="insert"]').first().click();
  }

  async function openReply(url: string, draft: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url);
    await page.locator('#reply').fill(draft);
    await page.locator('#reply').press('End');
    // The draft is analysed (its apology is the acknowledgement), so the phrases know how it addresses the customer.
    if (/maaf/.test(draft)) await page.locator('[data-ramah="sidebar"] [data-step="acknowledgement"][data-state="present"]').waitFor({ state: 'attached' });
    return page;
  }

  test('Tab walks the placeholders of an inserted phrase, Shift+Tab goes back, and after the last Tab moves on', async () => {
    const page = await openReply(new URL('agent/tickets/1', bare.url).href, 'Halo, mohon maaf atas keterlambatannya.');
    await insert(page, 'menindaklanjuti');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain(PHRASE);
    expect(await selected(page)).toBe('{order_id}');

    await page.keyboard.press('Tab');
    expect(await selected(page)).toBe('{customer_name}');
    await page.keyboard.press('Shift+Tab');
    expect(await selected(page)).toBe('{order_id}');
    await page.keyboard.type('INV-77');
    await page.keyboard.press('Tab');
    expect(await selected(page)).toBe('{customer_name}');
    await page.keyboard.type('Kak Sari');
    expect(await page.locator('#reply').inputValue()).toContain('pesanan INV-77 hari ini dan mengabari Kak Sari paling');
    // No placeholder left: Tab leaves the composer, as it always does.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send');
  });

  test('a placeholder left in the draft is flagged; Tab in the composer without a phrase inserted is left alone', async () => {
    const page = await openReply(new URL('agent/tickets/2', bare.url).href, 'Pesanan {order_id} sudah kami kirim, Kak.');
    await expect.poll(() => flaggedRules(page)).toContain('unfilled-placeholder');
    await page.locator('#reply').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send');
  });

  test("the customer's name as the draft addresses them, the order id from the thread and the agent's name from the options", async () => {
    await browser.worker.evaluate((key) => chrome.storage.local.set({ [key]: { version: 1, agentName: 'Dewi' } }), SETTINGS_KEY);
    const page = await openReply(new URL('agent/tickets/3', thread.url).href, 'Halo Kak Rina, mohon maaf atas keterlambatannya.');
    await insert(page, 'menindaklanjuti');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain(
      'Saya akan menindaklanjuti pesanan INV-240511-0087 hari ini dan mengabari Kak Rina paling lambat besok siang.',
    );
    await insert(page, 'agent_name menghubungi');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('Saya, Dewi, akan menghubungi Kak Rina lagi');
  });
});
