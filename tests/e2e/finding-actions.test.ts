// A finding's Ignore, Turn off on this site and This warning is wrong in the BUILT extension in
// Chromium: what lasts across a reload, what is written where, what Undo takes back, and that a page
// script cannot ask for any of it.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { flaggedRules, openOptionsPage, openWithDraft, storedSettings } from './helpers/pages.js';
import { warnedRules } from './helpers/ticket.js';

const ZENDESK = 'acme.zendesk.com';
const PAGE = `<!doctype html>
<meta charset="utf-8"><title>Ticket #2087</title>
<main style="max-width:640px"><textarea id="reply" aria-label="Reply" rows="6" style="width:600px"></textarea></main>`;
const DRAFT = 'Maaf Kak, saya tidak tahu. Itu kesalahan bagian gudang.';
const BOTH = ['blame-department', 'dont-know'];
if (warnedRules(DRAFT).join() !== BOTH.join()) throw new Error(`the engine no longer flags ${BOTH.join(' and ')} in the test draft: pick another one`);

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } };
  runtime?: { sendMessage?(id: string, message: unknown): Promise<unknown> };
};

// The storage keys of feedback/ignored.ts and feedback/reports.ts (which load the extension API, so Node cannot import them).
const IGNORED_KEY = 'ignoredFindings';
const WRONG_WARNINGS_KEY = 'wrongWarnings';

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`finding actions in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let zendesk: HelpdeskServer;
  const ticket = (id: number) => new URL(`agent/tickets/${id}?tab=reply#comment`, zendesk.url).href;

  beforeAll(async () => {
    zendesk = await serveHelpdeskPage(ZENDESK, PAGE);
    browser = await launchWithExtension({ localHosts: [ZENDESK] });
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), zendesk?.close()]);
  });

  beforeEach(async () => {
    for (const page of browser.context.pages()) await page.close();
    await browser.worker.evaluate((keys) => chrome.storage.local.remove(keys), [SETTINGS_KEY, IGNORED_KEY, WRONG_WARNINGS_KEY]);
  });

  const stored = (key: string) => browser.worker.evaluate((name) => chrome.storage.local.get(name).then((items) => items[name]), key);
  const sidebar = (page: Page, selector: string) => page.locator(`[data-ramah="sidebar"] ${selector}`);
  const act = (page: Page, rule: string, action: string) => sidebar(page, `[data-rule="${rule}"] [data-action="${action}"]`).click();
  const notice = (page: Page) => sidebar(page, '[role="status"]').textContent();

  test('Ignore lasts for that wording in that ticket across a reload, and Undo brings it back', async () => {
    const page = await openWithDraft(browser, ticket(2087), DRAFT);
    await expect.poll(() => flaggedRules(page)).toEqual(BOTH);

    await act(page, 'dont-know', 'ignore');
    await expect.poll(() => flaggedRules(page)).toEqual(['blame-department']);
    expect(await notice(page)).toBe('Ignored in this ticket.');
    await sidebar(page, '[data-action="undo"]').click();
    await expect.poll(() => flaggedRules(page)).toEqual(BOTH);
    expect(await notice(page)).toBe('Undone: the warning is back.');

    await act(page, 'dont-know', 'ignore');
    await expect.poll(() => flaggedRules(page)).toEqual(['blame-department']);
    await expect.poll(async () => Object.keys((await stored(IGNORED_KEY)) ?? {}).length).toBe(1);

    // The same ticket, reloaded, with another query and hash: still ignored.
    await page.goto(ticket(2087).replace('tab=reply#comment', 'x=1'));
    await page.locator('#reply').fill(DRAFT);
    await expect.poll(() => flaggedRules(page)).toEqual(['blame-department']);

    // Another ticket: flagged.
    const other = await openWithDraft(browser, ticket(2088), DRAFT);
    await expect.poll(() => flaggedRules(other)).toEqual(BOTH);
  });

  test("Turn off on this site writes the rule's setting for the helpdesk, Undo takes it back, and a page script cannot ask for it", async () => {
    const page = await openWithDraft(browser, ticket(2087), DRAFT);
    await expect.poll(() => flaggedRules(page)).toEqual(BOTH);
    await act(page, 'dont-know', 'turn-off-site');
    await expect.poll(() => storedSettings(browser)).toMatchObject({ sites: { '*.zendesk.com': { rules: { 'dont-know': 'off' } } } });
    await expect.poll(() => flaggedRules(page)).toEqual(['blame-department']);
    expect(await notice(page)).toBe('Turned off on zendesk.com.');

    await sidebar(page, '[data-action="undo"]').click();
    await expect.poll(async () => ((await storedSettings(browser)) as { sites: Record<string, { rules?: object }> }).sites['*.zendesk.com']?.rules).toBeUndefined();
    await expect.poll(() => flaggedRules(page)).toEqual(BOTH);

    // The page itself has no way to the worker: the extension is not externally connectable.
    const answer = await page.evaluate(
      async (id) => {
        try {
          if (typeof chrome === 'undefined' || !chrome.runtime?.sendMessage) return 'no runtime';
          return JSON.stringify(await chrome.runtime.sendMessage(id, { kind: 'site-rule-off', rule: 'blame-department' }));
        } catch (error) {
          return `refused: ${(error as Error).message}`;
        }
      },
      browser.extensionId,
    );
    expect(answer).toMatch(/^(no runtime|refused)/);
    await page.waitForTimeout(500);
    expect(JSON.stringify(await storedSettings(browser))).not.toContain('blame-department');
    expect(await flaggedRules(page)).toEqual(BOTH);
  });

  test('This warning is wrong keeps the rule, the words and the sentence in this browser, and the options page exports them', async () => {
    const page = await openWithDraft(browser, ticket(2087), DRAFT);
    await expect.poll(() => flaggedRules(page)).toEqual(BOTH);
    await act(page, 'blame-department', 'report-wrong');
    await expect.poll(() => stored(WRONG_WARNINGS_KEY)).toEqual([
      expect.objectContaining({ rule: 'blame-department', text: analyze(DRAFT).findings.find((f) => f.rule === 'blame-department')?.text, sentence: 'Itu kesalahan bagian gudang.', language: 'id' }),
    ]);
    expect(await notice(page)).toBe('Noted on this computer only, for your team lead.');

    const options = await openOptionsPage(browser);
    await expect.poll(() => options.locator('#reports h2').textContent()).toBe('Warnings reported as wrong (1)');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-export-reports]').click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ lang: 'id', draft: 'Itu kesalahan bagian gudang.', warnings: [], falseWarnings: ['blame-department'] })]);
    await options.locator('[data-clear-reports]').click();
    await options.locator('[data-confirm-remove]').click();
    await expect.poll(() => options.locator('#reports h2').textContent()).toBe('Warnings reported as wrong (0)');
    expect(await stored(WRONG_WARNINGS_KEY)).toBeUndefined();
  });
});
