/**
 * Giving Ramah access to a site in a test, the browser's own way.
 *
 * What was tried (Chromium 156, headless): the prompt of permissions.request() is browser UI that
 * no page, CDP command or key press reaches, and the --apps-gallery-install-auto-confirm-for-tests
 * switch only answers the Web Store's install dialog: the request stays pending. CDP has no
 * command that grants a host permission.
 *
 * What works: chrome://extensions grants site access with its own API, chrome.developerPrivate,
 * here addHostPermission as its "Site access" settings call it. For an optional host permission
 * this records the user's grant without activating it (Chromium's
 * PermissionsUpdater::GrantRuntimePermissions adds only what the extension was withheld): the
 * extension holds nothing yet, and its own permissions.request() for that site then resolves true
 * without a prompt and fires permissions.onAdded, as an accepted prompt does. So a test grants
 * here, then clicks the popup's real "Enable on this site", which makes the real request.
 */
import type { ExtensionBrowser } from './browser.js';

export async function allowSiteInExtensionsPage(browser: ExtensionBrowser, originPattern: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(
      ([id, origin]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, origin!),
      [browser.extensionId, originPattern],
    );
  } finally {
    await page.close();
  }
}
