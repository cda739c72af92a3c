/**
 * Enabling Ramah on a site that is not built in, from the toolbar popup, and turning it off again;
 * and the popup on a built-in helpdesk. The popup is opened by a click on Ramah's toolbar button
 * (helpers/popup.ts); access to the site is given in chrome://extensions, the browser's own
 * mechanism, because no test can answer the permission prompt (helpers/site-access.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { asContentScript } from './helpers/content-script.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { openToolbarPopup, type ToolbarPopup } from './helpers/popup.js';
import { allowSiteInExtensionsPage } from './helpers/site-access.js';

const SITE = 'support.acme.test';
const SITE_ORIGIN = `*://${SITE}/*`;
const HELPDESK = 'acme.zendesk.com';
const PAGE = `<!doctype html>
<meta charset="utf-8"><title>Acme support · ticket 88</title>
<textarea id="reply" aria-label="Reply"></textarea>
<div id="editor"></div>`;

const BLAMING_DRAFT = 'Maaf Kak, itu kesalahan tim gudang kami, bukan urusan saya.';
const WARNINGS = analyze(BLAMING_DRAFT).findings.filter((finding) => finding.kind === 'warning').length;
/** Long enough for the content script to load, ask the worker and analyse after the typing pause. */
const SETTLE_MS = 2000;
/** Set it to a folder to keep pictures of the popup, e.g. RAMAH_SCREENSHOT_DIR=/tmp. */
const SCREENSHOT_DIR = process.env.RAMAH_SCREENSHOT_DIR;

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`sites enabled from the popup${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let profile: string;
  let browser: ExtensionBrowser;
  let site: HelpdeskServer;
  let helpdesk: HelpdeskServer;
  const launch = () => launchWithExtension({ localHosts: [SITE, HELPDESK], userDataDir: profile, toolbarClicks: true });

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'ramah-e2e-sites-'));
    site = await serveHelpdeskPage(SITE, PAGE);
    helpdesk = await serveHelpdeskPage(HELPDESK, PAGE);
    browser = await launch();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), helpdesk?.close()]);
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const warningsShown = (page: Page) => page.locator('[data-ramah="sidebar"] [data-rule][data-kind="warning"]').count();
  const sidebars = (page: Page) => page.locator('[data-ramah="sidebar"]').count();

  async function openSite(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  }

  async function expectCoached(page: Page): Promise<void> {
    await page.locator('#reply').fill(BLAMING_DRAFT);
    await expect.poll(() => warningsShown(page), { timeout: 15_000 }).toBe(WARNINGS);
    // One copy of Ramah, however often its scripts were injected.
    expect(await sidebars(page)).toBe(1);
  }

  async function expectNotCoached(page: Page): Promise<void> {
    await page.locator('#reply').fill(BLAMING_DRAFT);
    await page.waitForTimeout(SETTLE_MS);
    expect(await sidebars(page)).toBe(0);
  }

  /**
   * The page-world editor bridge's answers to a probe of an element that carries a CKEditor 5
   * instance set by the page's own script, asked as Ramah's content script asks (with the keys the
   * bridge took at document_start, ../../src/extension/bridge/handshake.ts): one answer naming the
   * editor when a bridge holds the keys, none when no Ramah runs in the page or no bridge took them.
   */
  async function probeBridge(page: Page): Promise<unknown[]> {
    await page.evaluate(() => {
      (document.getElementById('editor') as HTMLElement & { ckeditorInstance?: unknown }).ckeditorInstance = { model: {} };
    });
    const ramah = await asContentScript(browser, page, 1000);
    if (!ramah) return [];
    try {
      return await ramah.evaluate<unknown[]>(`(() => {
        const keys = globalThis[Symbol.for('ramah.bridge-keys')];
        if (!keys) return [];
        const element = document.getElementById('editor');
        const answers = [];
        const onReply = (event) => answers.push(JSON.parse(event.detail));
        element.addEventListener(keys.reply, onReply);
        element.dispatchEvent(new CustomEvent(keys.request, { detail: JSON.stringify({ op: 'probe' }), composed: true }));
        element.removeEventListener(keys.reply, onReply);
        // The next request's type, for the content script's own next request.
        if (answers[0]) keys.request = answers[0].next;
        return answers.map((answer) => answer.body);
      })()`);
    } finally {
      await ramah.detach();
    }
  }

  const registered = () => browser.worker.evaluate<Array<Record<string, unknown>>>('chrome.scripting.getRegisteredContentScripts()');
  const hasAccess = () => browser.worker.evaluate<boolean>(`chrome.permissions.contains({ origins: [${JSON.stringify(SITE_ORIGIN)}] })`);
  const siteSettings = (host: string) => browser.worker.evaluate<unknown>(`chrome.storage.local.get('settings').then(({ settings }) => settings?.sites?.[${JSON.stringify(host)}])`);

  async function withPopup(page: Page, run: (popup: ToolbarPopup) => Promise<void>): Promise<void> {
    await page.bringToFront();
    const popup = await openToolbarPopup(browser, page);
    try {
      await run(popup);
    } finally {
      await popup.close();
    }
  }

  test('a site that is not built in is not coached, and the popup offers to enable Ramah there', async () => {
    const page = await openSite(site.url);
    await expectNotCoached(page);
    expect(await probeBridge(page)).toEqual([]);
    expect(await registered()).toEqual([]);
    // No file of Ramah's is web-accessible, so no page can tell it is installed by loading one.
    expect(await browser.worker.evaluate('chrome.runtime.getManifest().web_accessible_resources')).toBeUndefined();
    const contentScript = `chrome-extension://${browser.extensionId}/src/extension/content/index.js`;
    expect(await page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'refused'), contentScript)).toBe('refused');

    await withPopup(page, async (popup) => {
      const text = await popup.waitForState('disabled');
      expect(text).toContain(`Ramah is off on ${SITE}`);
      expect(text).toContain('This site is not a built-in helpdesk.');
      expect(await popup.evaluate('[...document.querySelectorAll("[data-action]")].map((button) => button.dataset.action)')).toEqual(['enable', 'options', 'week']);
      if (SCREENSHOT_DIR) await popup.screenshot(join(SCREENSHOT_DIR, 'popup.png'));
    });
    // The toolbar click gave the popup the tab's address (activeTab), not the site.
    expect(await hasAccess()).toBe(false);
    await page.close();
  });

  test('once the agent allows the site and enables it from the popup, the open tab and new pages are coached', async () => {
    const page = await openSite(site.url);
    await allowSiteInExtensionsPage(browser, SITE_ORIGIN);
    // Recorded as the agent's grant, but not held until Ramah asks for it.
    expect(await hasAccess()).toBe(false);

    await withPopup(page, async (popup) => {
      await popup.waitForState('disabled');
      await popup.click('[data-action="enable"]');
      const text = await popup.waitForState('enabled');
      expect(text).toContain(`Ramah runs on ${SITE}`);
      expect(text).toContain('You enabled it on this site.');
      if (SCREENSHOT_DIR) await popup.screenshot(join(SCREENSHOT_DIR, 'popup-enabled.png'));
    });
    expect(await hasAccess()).toBe(true);
    expect(await siteSettings(SITE)).toEqual({ enabled: true });

    // Registered for the granted origin with the manifest's own options, the bridge in the page's world.
    const scripts = await registered();
    const bridge = scripts.find((script) => (script.js as string[]).some((file) => file.includes('editor-bridge')));
    const content = scripts.find((script) => (script.js as string[]).some((file) => file.includes('content/index')));
    expect(bridge).toMatchObject({ matches: [SITE_ORIGIN], world: 'MAIN', runAt: 'document_start', allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true });
    expect(content).toMatchObject({ matches: [SITE_ORIGIN], world: 'ISOLATED', runAt: 'document_idle', allFrames: false, persistAcrossSessions: true });

    // The tab that was open gets Ramah without a reload; the editor bridge only with one, since it
    // takes its keys at document_start, before any page script, or never.
    await expectCoached(page);
    expect(await probeBridge(page)).toEqual([]);
    await page.reload();
    await expectCoached(page);
    expect(await probeBridge(page)).toEqual([{ op: 'probe', editor: 'ckeditor5' }]);
    await page.close();
  });

  test('after a browser restart with the same profile, the site is still coached', async () => {
    await browser.close();
    browser = await launch();
    const page = await openSite(site.url);
    await expectCoached(page);
    expect(await probeBridge(page)).toEqual([{ op: 'probe', editor: 'ckeditor5' }]);
    expect(await hasAccess()).toBe(true);
    await page.close();
  });

  test('"Disable on this site" stops coaching at once and gives the access back', async () => {
    const page = await openSite(site.url);
    await expectCoached(page);

    await withPopup(page, async (popup) => {
      await popup.waitForState('enabled');
      await popup.click('[data-action="disable"]');
      const text = await popup.waitForState('disabled');
      expect(text).toContain('You turned it off on this site.');
    });
    expect(await siteSettings(SITE)).toEqual({ enabled: false });
    expect(await hasAccess()).toBe(false);
    await expect.poll(registered).toEqual([]);
    // The sidebar leaves the open tab.
    await expect.poll(() => sidebars(page)).toBe(0);

    // Enabled again on the same tab, where the first copy still listens: the scripts are injected
    // again, and one copy of each runs.
    await allowSiteInExtensionsPage(browser, SITE_ORIGIN);
    await withPopup(page, async (popup) => {
      await popup.waitForState('disabled');
      await popup.click('[data-action="enable"]');
      await popup.waitForState('enabled');
    });
    await expectCoached(page);
    expect(await probeBridge(page)).toEqual([{ op: 'probe', editor: 'ckeditor5' }]);

    await withPopup(page, async (popup) => {
      await popup.click('[data-action="disable"]');
      await popup.waitForState('disabled');
    });
    // Nothing of Ramah runs on the site's pages any more, the page-world bridge included.
    await page.reload();
    await expectNotCoached(page);
    expect(await probeBridge(page)).toEqual([]);
    await page.close();
  });

  test('on a built-in helpdesk the popup says so, and "Disable on this site" stops coaching there', async () => {
    const page = await openSite(helpdesk.url);
    await expectCoached(page);

    await withPopup(page, async (popup) => {
      const text = await popup.waitForState('builtin');
      expect(text).toContain(`Ramah runs on ${HELPDESK}`);
      expect(text).toContain('A built-in helpdesk.');
      // The keyboard shortcut as the browser has it, with what it does; unset (Chromium leaves the
      // suggested key off for an extension loaded from the command line), it says how to set one.
      const shortcut = await browser.worker.evaluate<string>(`chrome.commands.getAll().then((all) => all.find((c) => c.name === 'toggle-sidebar').shortcut)`);
      await expect
        .poll(() => popup.evaluate<string[] | null>(`(() => { const row = document.querySelector('[data-shortcut="toggle-sidebar"]'); return row && [row.querySelector('dt').textContent, row.querySelector('dd').textContent]; })()`))
        .toEqual([shortcut || 'not set', 'Open or close the Ramah sidebar']);
      const hint = await popup.evaluate<string | null>(`document.querySelector('[data-shortcuts] .hint')?.textContent ?? null`);
      expect(hint).toBe(shortcut ? null : 'Set your own key in the browser’s shortcut settings.');
      if (SCREENSHOT_DIR) await popup.screenshot(join(SCREENSHOT_DIR, 'popup-builtin.png'));
      await popup.click('[data-action="disable"]');
      await popup.waitForState('disabled');
    });
    expect(await siteSettings(HELPDESK)).toEqual({ enabled: false });
    // A built-in helpdesk keeps the access it was installed with; the setting alone turns Ramah off.
    expect(await browser.worker.evaluate<string[]>('chrome.permissions.getAll().then(({ origins }) => origins)')).toContain('https://*.zendesk.com/*');
    await page.reload();
    await expectNotCoached(page);

    await withPopup(page, async (popup) => {
      await popup.waitForState('disabled');
      await popup.click('[data-action="enable"]');
      await popup.waitForState('builtin');
    });
    await expectCoached(page);
    await page.close();
  });
});
