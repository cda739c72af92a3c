// Each built-in site adapter in the BUILT extension in Chromium, on a page that reproduces the markup its
// sources cite (tests/fixtures/editors/helpdesk-*.html, docs/adapters.md), served under the helpdesk's
// own host name and path, with a real editor. The adapter, not the generic fallback, must find the
// composer: the page has a second editable that the fallback would coach, and Ramah must leave it
// alone. Where its sources show how, the adapter reads the customer's message past the agents' replies
// and notes (the threat signal shows). Then a finding is flagged and its rewording applied.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { adapterFor } from '../../src/extension/content/adapters/index.js';
import { buildFixtures, FIXTURES_DIST } from '../fixtures/serve.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskFiles, type HelpdeskSite } from './helpers/helpdesk-server.js';

interface HelpdeskPage {
  adapter: string;
  host: string;
  /** Where the helpdesk's agent app lives: the adapter claims only these paths. */
  prefix: string;
  /** Whether the adapter's sources show which message is the customer's. */
  readsCustomer: boolean;
}

const HELPDESKS: readonly HelpdeskPage[] = [
  { adapter: 'zendesk', host: 'acme.zendesk.com', prefix: '/agent/', readsCustomer: true },
  { adapter: 'freshdesk', host: 'acme.freshdesk.com', prefix: '/a/', readsCustomer: true },
  { adapter: 'gmail', host: 'mail.google.com', prefix: '/mail/', readsCustomer: true },
  { adapter: 'helpscout', host: 'secure.helpscout.net', prefix: '/conversation/', readsCustomer: true },
  { adapter: 'hubspot', host: 'app.hubspot.com', prefix: '/help-desk/', readsCustomer: false },
  { adapter: 'intercom', host: 'app.intercom.com', prefix: '/a/', readsCustomer: false },
];

const DRAFT = 'Maaf Kak, ini kesalahan bagian gudang.';
const [BLAME] = analyze(DRAFT).findings.filter((finding) => finding.rule === 'blame-department');
if (!BLAME?.suggestions[0]) throw new Error('the engine no longer flags the test draft: pick another one');
const REWORDED = DRAFT.slice(0, BLAME.start) + BLAME.suggestions[0] + DRAFT.slice(BLAME.end);

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`each site adapter on its helpdesk's cited markup${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  const sites = new Map<string, HelpdeskSite>();

  beforeAll(async () => {
    await buildFixtures();
    for (const { host, prefix } of HELPDESKS) sites.set(host, await serveHelpdeskFiles(host, FIXTURES_DIST, prefix));
    browser = await launchWithExtension({ localHosts: HELPDESKS.map(({ host }) => host) });
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), ...[...sites.values()].map((site) => site.close())]);
  });

  const sidebar = (page: Page): Locator => page.locator('[data-ramah="sidebar"]');
  const composerText = (page: Page) => page.evaluate(() => window.__fixture!.getText());
  /** Where Ramah underlines a warning: 'composer', 'decoy' or 'elsewhere', one entry per range. */
  const underlinedIn = (page: Page) =>
    page.evaluate(() =>
      [...(CSS.highlights.get('ramah-warning') ?? [])].map((range) => {
        const node = (range as Range).startContainer;
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (element?.closest('#decoy')) return 'decoy';
        if (element?.closest('#composer')) return 'composer';
        return 'elsewhere';
      }),
    );

  test.each(HELPDESKS)('$adapter', async ({ adapter, host, readsCustomer }) => {
    const url = sites.get(host)!.page(`helpdesk-${adapter}.html`);
    // The page is one the adapter claims, so what Ramah does there is the adapter's doing.
    expect(adapterFor(new URL(url)).id).toBe(adapter);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.__fixture !== undefined || document.body.dataset.error !== undefined);
    expect(await page.evaluate(() => document.body.dataset.error)).toBeUndefined();

    // The other editable first: the generic fallback would coach it, the adapter does not.
    await page.click('#decoy');
    await page.keyboard.type(DRAFT);
    await page.click(await page.evaluate(() => window.__fixture!.selector));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.keyboard.type(DRAFT);
    await expect.poll(() => composerText(page)).toBe(DRAFT);

    await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(1);
    // Analysed after the decoy was typed in, the composer is underlined, and the decoy never was.
    await expect.poll(() => underlinedIn(page)).toEqual(['composer']);

    if (readsCustomer) {
      // The customer's threat is read from the thread, past the later reply and internal note.
      await expect.poll(() => sidebar(page).locator('[data-context="threat"]').count()).toBe(1);
    }

    await sidebar(page).locator('[data-rule="blame-department"] [data-action="apply"]').click();
    await expect.poll(() => composerText(page)).toBe(REWORDED);
    await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(0);
    expect(await page.locator('#decoy').innerText()).toBe(DRAFT);
    expect(errors).toEqual([]);
    await page.close();
  });
});
