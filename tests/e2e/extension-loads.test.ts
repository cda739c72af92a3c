import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_USER_SETTINGS, SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { e2eSkipReason, REPO_ROOT } from './helpers/browser.js';
import { ticketInChromium } from './helpers/ticket-browser.js';
import { BLAMING_DRAFT, CLEAN_DRAFT, warningCount } from './helpers/ticket.js';

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const enLocale = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as { extDescription: { message: string } };

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`the built extension in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const ticket = ticketInChromium();

  test('loads, with its manifest served from the extension origin', async () => {
    expect(ticket.browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await ticket.browser.context.newPage();
    await page.goto(`chrome-extension://${ticket.browser.extensionId}/manifest.json`);
    const manifest = await page.evaluate(async () => (await fetch('/manifest.json')).json());
    expect(manifest).toMatchObject({ manifest_version: 3, name: '__MSG_extName__', default_locale: 'en', version: packageJson.version, permissions: ['storage', 'alarms', 'scripting', 'activeTab', 'sidePanel'] });
    await page.close();
    // The browser reads the name and description from _locales.
    expect(await ticket.browser.worker.evaluate('chrome.runtime.getManifest().name')).toBe('Ramah');
    expect(await ticket.browser.worker.evaluate("chrome.i18n.getMessage('extDescription')")).toBe(enLocale.extDescription.message);
  });

  test('the service worker stores the default settings on install', async () => {
    await expect
      .poll(() => ticket.browser.worker.evaluate<Record<string, unknown>>('chrome.storage.local.get(null)'))
      .toEqual({ [SETTINGS_KEY]: DEFAULT_USER_SETTINGS });
  });

  test('the content script coaches a textarea and a rich-text editor on a helpdesk page', async () => {
    const page = await ticket.browser.context.newPage();
    // Errors thrown by the content script show up here, next to the missing result they explain.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    // The sidebar lives in an open shadow root on the top document; its warnings carry data-kind.
    const warningsShown = () => page.locator('[data-ramah="sidebar"] [data-rule][data-kind="warning"]').count();
    const coached = async () => ({ errors, warnings: await warningsShown() });
    await page.goto(ticket.helpdesk.url);

    const reply = page.locator('#reply');
    expect(warningCount(BLAMING_DRAFT)).toBeGreaterThan(0);
    await reply.fill(BLAMING_DRAFT);
    await expect.poll(coached).toEqual({ errors: [], warnings: warningCount(BLAMING_DRAFT) });
    await reply.fill(CLEAN_DRAFT);
    await expect.poll(coached).toEqual({ errors: [], warnings: warningCount(CLEAN_DRAFT) });

    // Typing inside a paragraph of the editor: the sidebar follows the editor, the composer in focus.
    const rich = page.locator('#rich');
    await rich.locator('p').fill(BLAMING_DRAFT);
    await expect.poll(coached).toEqual({ errors: [], warnings: warningCount(BLAMING_DRAFT) });
    // Nothing of Ramah's is left in the page's fields.
    expect(await page.locator('[data-ramah-warnings]').count()).toBe(0);
    await page.close();
  });
});
