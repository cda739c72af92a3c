// Ramah pinned to the browser's side panel: the BUILT extension in Chromium, on the editor fixture
// pages served as acme.zendesk.com. The agent pins Ramah from the panel in the page (a real click, so
// the worker may open Chrome's side panel within its gesture), the panel leaves the page, the choice
// is kept for the site, the side panel shows the draft's findings and its Apply edits the draft as
// one undo step, and unpinning brings the panel in the page back.
//
// It drives Chrome's real side panel: headless Chromium opens it as a page without a window, which
// Playwright does not attach to, so the test speaks to it over the DevTools protocol, with mouse
// events for its clicks (helpers/popup.ts, as for the toolbar popup).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { buildFixtures, FIXTURES_DIST } from '../fixtures/serve.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskFiles, type HelpdeskSite } from './helpers/helpdesk-server.js';
import { storedSettings } from './helpers/pages.js';
import { attachToView, type ExtensionView } from './helpers/popup.js';

const HOST = 'acme.zendesk.com';
/** The built-in site whose settings apply on HOST: the pin is kept there. */
const SITE = '*.zendesk.com';
const SIDE_PANEL_PAGE = 'src/extension/side-panel/index.html';
const DRAFT = 'Maaf Kak, ini kesalahan bagian gudang.';

const [BLAME] = analyze(DRAFT).findings.filter((finding) => finding.rule === 'blame-department');
if (!BLAME?.suggestions[0]) throw new Error('the engine no longer flags the test draft: pick another one');
const REWORDED = DRAFT.slice(0, BLAME.start) + BLAME.suggestions[0] + DRAFT.slice(BLAME.end);
/** Another ticket's draft, with another warning, to see the side panel follow the active tab. */
const OTHER_DRAFT = "Hi Daniel, I don't know why that happened.";
const OTHER_RULE = analyze(OTHER_DRAFT).findings.find((finding) => finding.kind === 'warning' && finding.rule !== BLAME.rule)?.rule;
if (!OTHER_RULE) throw new Error('the engine no longer warns about the other draft: pick another one');


const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`Ramah pinned to the browser side panel${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let site: HelpdeskSite;

  beforeAll(async () => {
    await buildFixtures();
    site = await serveHelpdeskFiles(HOST, FIXTURES_DIST, '/agent/');
    browser = await launchWithExtension({ localHosts: [HOST] });
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  const inPagePanels = (page: Page) => page.locator('[data-ramah="sidebar"]').count();
  const text = (page: Page) => page.evaluate(() => window.__fixture?.composers[0]?.getText());
  const pinnedHere = async () => ((await storedSettings(browser)) as { sites?: Record<string, { sidePanel?: boolean }> } | undefined)?.sites?.[SITE]?.sidePanel;

  /** The real side panel: its page, as the browser lists its targets (one opened as a tab would have `?tab=`). */
  async function sidePanelTargets() {
    const session = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    return { session, panels: targetInfos.filter((target) => target.url === `chrome-extension://${browser.extensionId}/${SIDE_PANEL_PAGE}`) };
  }

  async function realSidePanel(): Promise<ExtensionView> {
    const { session, panels } = await sidePanelTargets();
    if (panels.length !== 1) throw new Error(`expected one side panel, found ${panels.length}`);
    return attachToView(session, panels[0]!.targetId);
  }

  async function sidePanelsOpen(): Promise<number> {
    const { session, panels } = await sidePanelTargets();
    await session.detach();
    return panels.length;
  }

  /** The rules of the findings the side panel shows. */
  const rulesIn = (panel: ExtensionView) => panel.evaluate<string[]>(`[...document.querySelectorAll('[data-ramah-side-panel] [data-rule]')].map((finding) => finding.dataset.rule)`);

  async function openTicket(editor: string, errors: string[], draft = DRAFT): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.goto(site.page(`${editor}.html`));
    await page.waitForFunction(() => window.__fixture !== undefined);
    const selector = (await page.evaluate(() => window.__fixture?.composers[0]?.selector)) ?? '';
    await page.click(selector);
    await page.keyboard.type(draft);
    await expect.poll(() => text(page)).toBe(draft);
    return page;
  }

  test('pins from the page, keeps it for the site, applies from the side panel as one undo step, and unpins', async () => {
    const errors: string[] = [];
    const page = await openTicket('ckeditor5', errors);
    const inPage = page.locator('[data-ramah="sidebar"]');
    await expect.poll(() => inPage.locator('[data-rule="blame-department"]').count()).toBe(1);
    expect(await pinnedHere()).toBeUndefined();

    // A real click: Chrome lets its gesture reach the worker, which opens the side panel and then pins.
    await inPage.locator('[data-action="pin"]').click();
    await expect.poll(pinnedHere, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => inPagePanels(page)).toBe(0);
    // The underline stays in the page.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('ramah-warning')?.size ?? 0)).toBe(1);

    const panel = await realSidePanel();
    await expect.poll(() => rulesIn(panel), { timeout: 10_000 }).toContain('blame-department');
    expect(await panel.evaluate(`document.querySelector('[data-ramah-side-panel]').dataset.pinned`)).toBe('true');
    expect(await panel.evaluate(`document.querySelector('[data-rule="blame-department"] del').textContent`)).toBe(BLAME.text);

    await panel.click('[data-ramah-side-panel] [data-rule="blame-department"] [data-action="apply"]');
    await expect.poll(() => text(page)).toBe(REWORDED);
    // The side panel follows the draft: the finding is gone with the next analysis.
    await expect.poll(() => rulesIn(panel)).not.toContain('blame-department');
    // Still pinned: the edit did not bring the panel back into the page.
    expect(await inPagePanels(page)).toBe(0);

    // One Ctrl+Z in the editor takes the whole rewording back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(DRAFT);
    await page.waitForTimeout(300);
    expect(await text(page)).toBe(DRAFT);
    await expect.poll(() => rulesIn(panel)).toContain('blame-department');

    // Remembered for the site: another ticket on it opens without the panel in the page, and the side panel follows the tab.
    const other = await openTicket('textarea', errors, OTHER_DRAFT);
    await other.bringToFront();
    await expect.poll(() => rulesIn(panel), { timeout: 10_000 }).toContain(OTHER_RULE);
    expect(await rulesIn(panel)).not.toContain(BLAME.rule);
    expect(await inPagePanels(other)).toBe(0);
    await other.close();
    await page.bringToFront();

    // Unpinning from the side panel brings the panel in the page back, with the finding, and closes the side panel.
    await expect.poll(() => rulesIn(panel), { timeout: 10_000 }).toContain('blame-department');
    await panel.click('[data-action="unpin"]');
    await expect.poll(pinnedHere).toBeUndefined();
    await expect.poll(() => inPage.locator('[data-rule="blame-department"]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(sidePanelsOpen).toBe(0);
    await panel.detach();

    expect(errors).toEqual([]);
    await page.close();
  });
});
