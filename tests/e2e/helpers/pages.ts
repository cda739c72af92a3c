/** Ramah's options page and a helpdesk page with a draft, as the Chromium tests open and read them. */
import type { Page } from 'playwright-core';
import { SETTINGS_KEY } from '../../../src/extension/settings/index.js';
import type { ExtensionBrowser } from './browser.js';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

export const OPTIONS_PATH = 'src/extension/options/index.html';

/** The options page, once it shows the settings. Errors thrown in it are pushed to `errors` when given. */
export async function openOptionsPage(browser: ExtensionBrowser, errors?: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  if (errors) page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  await page.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PATH}`);
  await page.locator('[data-ramah-options] [data-site="*"]').waitFor();
  return page;
}

/** A helpdesk page at `url` with `draft` typed in its reply box (`#reply`). */
export async function openWithDraft(browser: ExtensionBrowser, url: string, draft: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('#reply').fill(draft);
  return page;
}

/** The rules the sidebar warns about, each once, sorted; none when Ramah is not running. */
export function flaggedRules(page: Page): Promise<(string | null)[]> {
  return page.locator('[data-ramah="sidebar"] [data-rule][data-kind="warning"]').evaluateAll((found) => [...new Set(found.map((element) => element.getAttribute('data-rule')))].sort());
}

/** The agent's settings as they are stored. */
export function storedSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.worker.evaluate((key) => chrome.storage.local.get(key).then((items) => items[key]), SETTINGS_KEY);
}
