// The panel on full-width helpdesk pages, which keep no room for Ramah, at 1366×768 and 1920×1080 in
// Chromium with the BUILT extension: it covers neither the composer, the customer's latest message nor
// the top bar, its first warning is in view without scrolling, and the badge shows the count. The
// figures for every demo ticket are printed (the first warning's y, the overlaps in px²).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { needsAttention } from '../../src/engine/rules/warmth.js';
import { TICKETS } from '../../demo/tickets.js';
import type { DemoPage } from '../../demo/main.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveDemo } from './helpers/demo.js';
import { serveHelpdeskPage, type HelpdeskServer, type HelpdeskSite } from './helpers/helpdesk-server.js';
import { measureBadge, measurePanel, type PanelLayout } from './helpers/layout.js';

declare global {
  interface Window {
    __demo?: DemoPage;
  }
}

/** The part of the extension API the test calls in the service worker. */
declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const DEMO_HOST = 'demo.zendesk.com';
const CHAT_HOST = 'chat.zendesk.com';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const DEMO_PARTS = { composer: '#reply', customerMessage: ':nth-last-child(1 of .message:has([data-ramah-customer]))', topBar: '.topbar' };

// A chat-style helpdesk where the composer spans the whole conversation column at the bottom, under
// the customer's message, with a fixed top bar: the panel cannot sit beside the composer.
const CHAT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chat · Acme</title>
<style>
  body { margin: 0; font: 14px/1.5 sans-serif; }
  .bar { position: fixed; top: 0; left: 0; right: 0; height: 56px; background: #222; color: #fff; display: flex; align-items: center; justify-content: space-between; padding: 0 16px; }
  .bar button { font: inherit; }
  nav { position: fixed; top: 56px; bottom: 0; left: 0; width: 64px; background: #eee; }
  main { position: fixed; top: 56px; bottom: 0; left: 64px; right: 0; display: flex; flex-direction: column; }
  .log { flex: 1; overflow: auto; padding: 16px; display: flex; flex-direction: column; justify-content: flex-end; gap: 8px; }
  .log p { margin: 0; padding: 8px 12px; border: 1px solid #ccc; border-radius: 8px; max-width: 70%; }
  .log .agent { align-self: flex-end; background: #eef; }
  footer { padding: 8px 16px 16px; border-top: 1px solid #ccc; }
  textarea { display: block; width: 100%; box-sizing: border-box; height: 120px; font: inherit; }
</style></head>
<body>
  <div class="bar"><strong>Acme chat</strong><button type="button">Sign out</button></div>
  <nav aria-label="Inboxes"></nav>
  <main>
    <div class="log">
      <p>Hi, my order has not arrived.</p>
      <p class="agent">Let me check that for you.</p>
      <p id="last" data-ramah-customer>It has been two weeks! This is ridiculous, I am so angry. I want to speak to your manager.</p>
    </div>
    <footer><textarea id="reply" aria-label="Reply"></textarea></footer>
  </main>
</body></html>`;
const CHAT_DRAFT = 'ok, that is not our problem. you must wait';
// Two rules on the same words, merged into one card: fairness-argument heads it, hostile-tone comes along in `also`.
const MERGED_DRAFT = 'As clearly stated in the terms you accepted at sign-up, refunds take 5 days.';

const skipReason = e2eSkipReason();

const firstCustomerMessage = (ticket: (typeof TICKETS)[number]) => ticket.thread.filter((message) => message.from === 'customer').at(-1)!.text;

describe.skipIf(skipReason)(`the panel on full-width helpdesks${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let demo: HelpdeskSite;
  let chat: HelpdeskServer;
  const figures: string[] = [];

  beforeAll(async () => {
    // The demo's build first: a build that fails then leaves no server open.
    demo = await serveDemo(DEMO_HOST);
    chat = await serveHelpdeskPage(CHAT_HOST, CHAT_PAGE);
    browser = await launchWithExtension({ localHosts: [DEMO_HOST, CHAT_HOST] });
  });

  afterAll(async () => {
    if (figures.length) console.log(`\nPanel layout on the demo inbox (first warning's y; panel overlap in px² with the composer / the customer's message / the top bar):\n${figures.join('\n')}\n`);
    await Promise.all([browser?.close(), demo?.close(), chat?.close()]);
  });

  async function openTicket(id: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.setViewportSize(size);
    await page.goto(demo.page(`?t=${id}`));
    await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error !== undefined);
    expect(await page.evaluate(() => document.body.dataset.error)).toBeUndefined();
    return { page, errors };
  }

  function expectClear(layout: PanelLayout, where: string) {
    expect(layout.panel, `${where}: the panel is open`).not.toBeNull();
    expect(layout.overlap, `${where}: the panel covers none of the work`).toEqual({ composer: 0, customerMessage: 0, topBar: 0 });
    expect(layout.firstWarningInView, `${where}: the first warning is in view (${JSON.stringify(layout.firstWarning)} in ${JSON.stringify(layout.panel)})`).toBe(true);
    const { panel, viewport } = layout;
    expect(panel!.x >= 0 && panel!.y >= 0 && panel!.x + panel!.width <= viewport.width && panel!.y + panel!.height <= viewport.height, `${where}: inside the viewport`).toBe(true);
    expect(layout.badge, `${where}: the badge shows`).not.toBeNull();
  }

  for (const size of SIZES) {
    test(`${size.width}×${size.height}: on every demo ticket, the panel keeps clear of the work and shows the first warning`, async () => {
      for (const ticket of TICKETS) {
        const { page, errors } = await openTicket(ticket.id, size);
        const sidebar = page.locator('[data-ramah="sidebar"]');
        // Before any click the reply is the coached composer, named by its role, not the internal note.
        await expect.poll(() => sidebar.locator('[data-badge]').count(), { timeout: 10_000 }).toBe(1);
        // (The note's textarea may be on the page before the reply's editor has loaded.)
        const badgeBesideReply = async () => {
          const [badge, reply] = await Promise.all([sidebar.locator('[data-badge]').boundingBox(), page.locator('#reply').boundingBox()]);
          return badge!.y + badge!.height <= reply!.y + reply!.height + 40;
        };
        await expect.poll(badgeBesideReply, { message: 'the badge is at the reply, not at the note' }).toBe(true);

        const selector = (await page.evaluate(() => window.__demo?.reply.selector))!;
        await page.click(selector);
        await page.keyboard.type(ticket.tryDraft);
        await expect.poll(() => page.evaluate(() => window.__demo?.reply.getText())).toBe(ticket.tryDraft);
        const report = analyze(ticket.tryDraft, { customerMessage: firstCustomerMessage(ticket) });
        // Warmth is listed too (with the customer's name the page knows), but is not counted and opens nothing by itself.
        const expected = report.findings.filter(needsAttention).length;
        // The panel opens by itself on a draft with something to check, and the badge counts it.
        await expect.poll(() => sidebar.locator('[data-rule]:not([data-rule="warmth"])').count(), { timeout: 10_000 }).toBe(expected);
        await expect.poll(() => sidebar.locator('aside').isVisible()).toBe(expected > 0);
        await expect.poll(() => sidebar.locator('[data-badge]').getAttribute('data-count')).toBe(String(expected));
        await expect.poll(() => sidebar.locator('aside').textContent()).toContain('Reply to customer');
        await page.waitForTimeout(300);
        const layout = await measurePanel(page, DEMO_PARTS);
        await page.screenshot({ path: `/tmp/ramah-layout-${ticket.id}-${size.width}.png` });
        figures.push(
          `${size.width}×${size.height} #${ticket.id} (${ticket.editor}): ${expected} to check; first warning y=${layout.firstWarning ? Math.round(layout.firstWarning.y) : '-'}` +
            `; overlap ${layout.overlap.composer} / ${layout.overlap.customerMessage} / ${layout.overlap.topBar}` +
            `; panel ${layout.panel ? `${Math.round(layout.panel.x)},${Math.round(layout.panel.y)} ${Math.round(layout.panel.width)}×${Math.round(layout.panel.height)}` : 'collapsed'}`,
        );
        if (expected > 0) expectClear(layout, `${size.width}×${size.height} #${ticket.id}`);
        // The badge sits just outside the editor's corner (its toolbar and frame count: #reply holds them), over no
        // text and no control of the page.
        const badge = await measureBadge(page, DEMO_PARTS.composer);
        const where = `${size.width}×${size.height} #${ticket.id} (${ticket.editor}) badge ${JSON.stringify(badge.badge)}`;
        expect(badge.overlapEditor, `${where}: off the editor`).toBe(0);
        expect(badge.coveredText, `${where}: over no text`).toEqual([]);
        expect(badge.coveredControls, `${where}: over no control`).toEqual([]);
        expect(badge.cornerDistance, `${where}: at the editor's corner`).toBeLessThanOrEqual(12);
        await page.screenshot({ path: `/tmp/ramah-badge-${ticket.id}-${size.width}.png`, clip: { x: Math.max(0, badge.badge!.x - 300), y: Math.max(0, badge.badge!.y - 150), width: 500, height: 250 } });
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }

  test('1366×768: a chat helpdesk whose composer spans the page: the panel docks clear of the composer, the message and the bar', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(chat.url);
    await page.click('#reply');
    await page.keyboard.type(CHAT_DRAFT);
    const sidebar = page.locator('[data-ramah="sidebar"]');
    const expected = analyze(CHAT_DRAFT, { customerMessage: await page.locator('#last').textContent() ?? '' }).findings.filter(needsAttention).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => sidebar.locator('[data-badge]').getAttribute('data-count'), { timeout: 10_000 }).toBe(String(expected));
    await expect.poll(() => sidebar.locator('aside').isVisible()).toBe(true);
    await page.waitForTimeout(300);
    const layout = await measurePanel(page, { composer: '#reply', customerMessage: '#last', topBar: '.bar' });
    await page.screenshot({ path: '/tmp/ramah-layout-chat-1366.png' });
    expectClear(layout, 'chat');
    await page.close();
  });

  test('1366×768: a card that merges two rules shows the other rule under its message, in the card at its words and in the panel', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(chat.url);
    const customerMessage = (await page.locator('#last').textContent()) ?? '';
    const [card] = analyze(MERGED_DRAFT, { customerMessage }).findings.filter((finding) => finding.also?.length);
    if (card?.rule !== 'fairness-argument' || card.also!.map((merged) => merged.rule).join() !== 'hostile-tone') throw new Error('the engine no longer merges hostile-tone into a fairness-argument card on the test draft: pick another one');
    await page.click('#reply');
    await page.keyboard.type(MERGED_DRAFT);
    const sidebar = page.locator('[data-ramah="sidebar"]');
    const panelLine = sidebar.locator('[data-rule="fairness-argument"] [data-also="hostile-tone"]');
    await expect.poll(() => panelLine.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panelLine.textContent()).toBe(`Also: ${card.also![0]!.message}`);
    await page.waitForTimeout(300);
    const layout = await measurePanel(page, { composer: '#reply', customerMessage: '#last', topBar: '.bar' });
    expectClear(layout, 'merged card');
    await page.screenshot({ path: '/tmp/ramah-also-panel-1366.png' });

    // The pointer on the underlined words opens their card, beside the words and inside the viewport.
    const words = await page.evaluate(() => {
      const mark = document.querySelector('[data-ramah="underlines"]')?.shadowRoot?.querySelector('.warning');
      const rect = mark?.getClientRects()[0];
      return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
    });
    expect(words).not.toBeNull();
    const x = words!.left + Math.min(40, (words!.right - words!.left) / 2);
    const y = (words!.top + words!.bottom) / 2;
    await page.mouse.move(x, y - 1);
    await page.mouse.move(x, y);
    const cardLine = page.locator('[data-ramah="card"] section[data-rule="fairness-argument"] [data-also="hostile-tone"]');
    await expect.poll(() => cardLine.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await cardLine.textContent()).toBe(`Also: ${card.also![0]!.message}`);
    await page.waitForTimeout(300);
    const box = (await page.locator('[data-ramah="card"] .card').boundingBox())!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1366 && box.y + box.height <= 768, `the card inside the viewport: ${JSON.stringify(box)}`).toBe(true);
    const coversWords = box.x < words!.right && box.x + box.width > words!.left && box.y < words!.bottom && box.y + box.height > words!.top;
    expect(coversWords, `the card beside its words: ${JSON.stringify({ box, words })}`).toBe(false);
    // Two lines of secondary text at most for the merged rule.
    const line = await cardLine.evaluate((element) => ({ height: element.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(element).lineHeight) }));
    expect(line.height).toBeLessThanOrEqual(2 * line.lineHeight + 1);
    const alsoHeight = await page.locator('[data-ramah="card"] .also').evaluate((element) => element.getBoundingClientRect().height);
    figures.push(`merged card (1366×768, chat): card ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}, its merged-rule line ${Math.round(alsoHeight)} px high; words at y=${Math.round(words!.top)}`);
    await page.screenshot({ path: '/tmp/ramah-also-card-1366.png' });
    await page.close();
  });

  test('Escape collapses the panel for this ticket only; the shortcut opens it and focuses the first finding', { timeout: 120_000 }, async () => {
    const ticket = TICKETS.find((candidate) => candidate.id === '1044')!;
    const { page } = await openTicket(ticket.id, SIZES[0]);
    const sidebar = page.locator('[data-ramah="sidebar"]');
    const selector = (await page.evaluate(() => window.__demo?.reply.selector))!;
    await page.click(selector);
    await page.keyboard.type(ticket.tryDraft);
    await expect.poll(() => sidebar.locator('aside').isVisible(), { timeout: 10_000 }).toBe(true);
    // Escape in the panel collapses it and gives the composer back.
    await sidebar.locator('[data-action="collapse"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.locator('aside').isVisible()).toBe(false);
    // Typing on in this ticket does not reopen it.
    await page.keyboard.type(' Sorry.');
    await page.waitForTimeout(600);
    expect(await sidebar.locator('aside').isVisible()).toBe(false);
    // Nothing is stored: the collapsed panel does not follow the agent to the next ticket.
    expect(await browser.worker.evaluate(() => chrome.storage.local.get('sidebarCollapsed'))).toEqual({});

    // The shortcut opens it with the first finding focused, not a phrase: Enter inserts nothing.
    const toggle = () =>
      browser.worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { kind: 'toggle-sidebar' }).catch(() => {})));
      });
    const before = await page.evaluate(() => window.__demo?.reply.getText());
    await toggle();
    await expect.poll(() => sidebar.locator('aside').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-ramah="sidebar"]')?.shadowRoot?.activeElement?.getAttribute('data-rule') ?? null)).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__demo?.reply.getText())).toBe(before);
    // The panel says which keys open it, as the browser has them (Chromium gives an unpacked extension none).
    const keys = await browser.worker.evaluate(async () => (await chrome.commands.getAll()).find((command) => command.name === 'toggle-sidebar')?.shortcut ?? '');
    await expect.poll(() => sidebar.locator('[data-shortcut]').textContent()).toBe(keys ? `Shortcut: ${keys}` : 'No shortcut yet: set one in the browser’s extension shortcuts');
    // Pressed again in the panel, it collapses and the composer has the focus back.
    await toggle();
    await expect.poll(() => sidebar.locator('aside').isVisible()).toBe(false);

    // Another ticket: the panel shows its draft's warnings without a click.
    const next = TICKETS.find((candidate) => candidate.id !== ticket.id && analyze(candidate.tryDraft, { customerMessage: firstCustomerMessage(candidate) }).findings.some(needsAttention))!;
    await page.goto(demo.page(`?t=${next.id}`));
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.click((await page.evaluate(() => window.__demo?.reply.selector))!);
    await page.keyboard.type(next.tryDraft);
    await expect.poll(() => sidebar.locator('aside').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
