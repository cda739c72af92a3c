// Document this and the hand-over note in the BUILT extension in Chromium, with real clicks (page-script
// events do nothing in Ramah). On the demo inbox, served as demo.zendesk.com's agent workspace, whose
// tickets have an "Internal note" composer: the note goes there with the customer's words verbatim, and
// one Ctrl+Z takes it out. On a page without a note composer: the note is on the clipboard, and the
// sidebar says so. The demo with the note in is saved as /tmp/document-this.png and as the README's
// docs/screenshot-document.png.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TICKETS } from '../../demo/tickets.js';
import type { DemoPage } from '../../demo/main.js';
import { SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { e2eSkipReason, launchWithExtension, REPO_ROOT, type ExtensionBrowser } from './helpers/browser.js';
import { serveDemo } from './helpers/demo.js';
import { serveHelpdeskPage, type HelpdeskServer, type HelpdeskSite } from './helpers/helpdesk-server.js';
import { openPanel, sidebarOf } from './helpers/panel.js';

declare global {
  interface Window {
    __demo?: DemoPage;
  }
}
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const DEMO = 'demo.zendesk.com';
const BARE = 'acme.zendesk.com';
const SCREENSHOT = '/tmp/document-this.png';
const README_SCREENSHOT = join(REPO_ROOT, 'docs/screenshot-document.png');

const lastCustomerMessage = (id: string) => TICKETS.find((ticket) => ticket.id === id)!.thread.filter((message) => message.from === 'customer').at(-1)!.text;
// The English customer who threatens court (CKEditor 5), and the Indonesian one who asks for a supervisor (Lexical).
const THREAT = lastCustomerMessage('1044');
const ESCALATION = lastCustomerMessage('1045');
const THREAT_DRAFT = "Hi Daniel, I'm sorry for the wait. I've refunded the duplicate charge today and it will reach your card within 3 working days.";
const ABUSE = 'You people are useless idiots. If I do not get my money back by Friday I will sue you.';

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`Document this in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let demo: HelpdeskSite;
  let bare: HelpdeskServer;

  beforeAll(async () => {
    demo = await serveDemo(DEMO);
    bare = await serveHelpdeskPage(
      BARE,
      `<!doctype html><meta charset="utf-8"><title>Ticket 2087</title>
      <article data-ramah-customer><b data-ramah-customer-name>Sam Doe</b><p>${ABUSE}</p></article>
      <textarea id="reply" aria-label="Reply" rows="6" style="width:600px"></textarea>`,
    );
    browser = await launchWithExtension({ localHosts: [DEMO, BARE] });
    await browser.worker.evaluate((key) => chrome.storage.local.set({ [key]: { version: 1, agentName: 'Dimas' } }), SETTINGS_KEY);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), demo?.close(), bare?.close()]);
  });

  async function openTicket(id: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(demo.page(`?t=${id}`));
    await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error !== undefined);
    expect(await page.evaluate(() => document.body.dataset.error)).toBeUndefined();
    return { page, errors };
  }

  async function typeReply(page: Page, draft: string): Promise<void> {
    const selector = (await page.evaluate(() => window.__demo?.reply.selector))!;
    await page.click(selector);
    await page.keyboard.type(draft);
    await expect.poll(() => page.evaluate(() => window.__demo?.reply.getText())).toBe(draft);
  }

  /**
   * Clicks the note's button, and says how long it took in the page from the click until `done` held at a frame
   * (ms), and until the first input event in the page (the note landing in a composer), if any.
   */
  async function clickAndTime(page: Page, action: string, done: string): Promise<{ shown: number; landed?: number }> {
    const timing = page.evaluate(
      (done) =>
        new Promise<{ shown: number; landed?: number }>((resolve, reject) => {
          let clicked = 0;
          let landed: number | undefined;
          document.addEventListener('pointerdown', () => (clicked = performance.now()), { capture: true, once: true });
          document.addEventListener('input', () => (landed ??= performance.now() - clicked), { capture: true });
          const check = new Function(`return (${done})`) as () => unknown;
          const stop = setTimeout(() => reject(new Error(`not done: ${done}`)), 10_000);
          const tick = () => {
            if (clicked && check()) {
              clearTimeout(stop);
              resolve({ shown: performance.now() - clicked, ...(landed === undefined ? {} : { landed }) });
            } else requestAnimationFrame(tick);
          };
          tick();
        }),
      done,
    );
    await sidebarOf(page).locator(`[data-action="${action}"]`).click();
    return timing;
  }

  test('on the demo ticket whose customer threatens court, the note goes into the internal note, verbatim, and one Ctrl+Z takes it out', async () => {
    const { page, errors } = await openTicket('1044');
    await typeReply(page, THREAT_DRAFT);
    const sidebar = await openPanel(page);
    await expect.poll(() => sidebar.locator('[data-context="threat"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar.locator('[data-action="document"]').textContent()).toBe('Document this');

    const ms = await clickAndTime(page, 'document', `document.querySelector('#note').value.includes('Incident note')`);
    console.log(`Document this, click to note in the internal-note composer: ${ms.landed?.toFixed(0)} ms (seen by the test at a frame: ${ms.shown.toFixed(0)} ms)`);
    const note = await page.locator('#note').inputValue();
    // The customer's sentence with the threat, word for word, and what the reply promises.
    expect(note).toContain('“If the duplicate charge is not refunded by Friday, I will take this to small claims court and my lawyer will be in touch.”');
    expect(THREAT).toContain('I will take this to small claims court and my lawyer will be in touch.');
    expect(note).toContain("I've refunded the duplicate charge today and it will reach your card within 3 working days.");
    expect(note).toContain(`#1044 ${demo.page('?t=1044')}`);
    expect(note).toContain('Noted by: Dimas');
    expect(note).toContain('Reported to: {reported_to}');
    // The blank to fill is selected, and the reply is as it was.
    expect(await page.locator('#note').evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd))).toBe('{reported_to}');
    expect(await page.evaluate(() => window.__demo?.reply.getText())).toBe(THREAT_DRAFT);
    await expect.poll(() => sidebar.locator('.notice').textContent()).toBe('The note is in the internal note: fill in the blanks, then save it there.');

    await page.waitForTimeout(300);
    await page.screenshot({ path: SCREENSHOT });
    await copyFile(SCREENSHOT, README_SCREENSHOT);

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#note').inputValue()).toBe('');
    expect(await page.evaluate(() => window.__demo?.reply.getText())).toBe(THREAT_DRAFT);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a customer who asks for a supervisor gets a hand-over note in the internal note, in the draft’s language', async () => {
    const { page, errors } = await openTicket('1045');
    const draft = 'Mohon maaf atas ketidaknyamanannya, Pak Budi. Saya sudah meminta supervisor saya untuk menghubungi Bapak hari ini.';
    await typeReply(page, draft);
    const sidebar = await openPanel(page);
    await expect.poll(() => sidebar.locator('[data-action="handover"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar.locator('[data-action="document"]').count()).toBe(0);
    const ms = await clickAndTime(page, 'handover', `document.querySelector('#note').value.length > 0`);
    console.log(`Hand-over note, click to note in the internal-note composer: ${ms.landed?.toFixed(0)} ms (seen at a frame: ${ms.shown.toFixed(0)} ms)`);
    const note = await page.locator('#note').inputValue();
    expect(note).toContain('Saya mau bicara dengan atasan Anda, tolong sambungkan ke supervisor sekarang.');
    expect(ESCALATION).toContain('Saya mau bicara dengan atasan Anda, tolong sambungkan ke supervisor sekarang.');
    expect(note).toContain('#1045');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#note').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('on a page without an internal-note composer, the note is on the clipboard and the sidebar says so', async () => {
    const page = await browser.context.newPage();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(bare.url).origin });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(bare.url);
    await page.locator('#reply').click();
    await page.keyboard.type("I'm sorry, Sam. I've issued your refund today and it will reach your card within 3 working days.");
    const sidebar = await openPanel(page);
    await expect.poll(() => sidebar.locator('[data-action="document"]').count(), { timeout: 10_000 }).toBe(1);
    const ms = await clickAndTime(page, 'document', `document.querySelector('[data-ramah="sidebar"]').shadowRoot.querySelector('.notice').textContent.includes('clipboard')`);
    console.log(`Document this, click to note on the clipboard and said in the sidebar: ${ms.shown.toFixed(0)} ms`);
    expect(await sidebar.locator('.notice').textContent()).toBe('Copied to the clipboard: paste it into the internal note.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Incident note:');
    expect(copied).toContain('“You people are useless idiots.”');
    expect(copied).toContain('I will sue you');
    expect(copied).toContain(`Ticket: ${bare.url}`);
    expect(copied).toContain('Noted by: Dimas');
    // Nothing was written into the reply.
    expect(await page.locator('#reply').inputValue()).not.toContain('Incident note');
    await page.close();
  });
});
