// The options page of the BUILT extension in Chromium: what the agent sets there is what the
// helpdesk pages coach with, per site, live; settings go to a file and back; corrupt stored settings
// are said and break nothing.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { MESSAGES } from '../../src/extension/i18n/messages.js';
import { OPTIONS_MESSAGES } from '../../src/extension/options/messages.js';
import { BUILTIN_SITES, DEFAULT_USER_SETTINGS, SETTINGS_KEY, exportSettings, type UserSettings } from '../../src/extension/settings/index.js';
import { REPO_ROOT, e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { flaggedRules as flagged, openOptionsPage, openWithDraft, storedSettings } from './helpers/pages.js';
import { warnedRules } from './helpers/ticket.js';

const ZENDESK = 'acme.zendesk.com';
const FRESHDESK = 'acme.freshdesk.com';
const PAGE = `<!doctype html>
<meta charset="utf-8"><title>Ticket #2087</title>
<textarea id="reply" aria-label="Reply"></textarea>`;
// Blames the warehouse and says a bare "I don't know": two rules, one to turn off.
const DRAFT = 'Maaf Kak, saya tidak tahu. Itu kesalahan bagian gudang.';
const BOTH = ['blame-department', 'dont-know'];
if (warnedRules(DRAFT).join() !== BOTH.join()) throw new Error(`the engine no longer flags ${BOTH.join(' and ')} in the test draft: pick another one`);
// An English draft that blames the warehouse, for an agent who reads Ramah in Indonesian.
const ENGLISH_DRAFT = "Sorry, the mix-up is the warehouse's fault.";
const ARTIFACTS = join(REPO_ROOT, 'tests/e2e/.artifacts');

/** The part of the extension API the tests call in the service worker. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } };
};

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`the options page in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let zendesk: HelpdeskServer;
  let freshdesk: HelpdeskServer;

  beforeAll(async () => {
    zendesk = await serveHelpdeskPage(ZENDESK, PAGE);
    freshdesk = await serveHelpdeskPage(FRESHDESK, PAGE);
    browser = await launchWithExtension({ localHosts: [ZENDESK, FRESHDESK] });
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), zendesk?.close(), freshdesk?.close()]);
  });

  /** Errors thrown in the options pages, which no test expects. */
  let pageErrors: string[] = [];

  beforeEach(async () => {
    for (const page of browser.context.pages()) await page.close();
    await browser.worker.evaluate((key) => chrome.storage.local.remove(key), SETTINGS_KEY);
    pageErrors = [];
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  const stored = () => storedSettings(browser);
  const openOptions = () => openOptionsPage(browser, pageErrors);
  /** A helpdesk page with the test draft typed in its reply box. */
  const helpdesk = (url: string) => openWithDraft(browser, url, DRAFT);
  const rule = (options: Page, site: string, id: string) => options.locator(`[data-site="${site}"] input[type=checkbox][data-rule="${id}"]`);
  /** Opens the rules of a site (or of "*", everywhere), which sit behind its button. */
  const showRules = async (options: Page, site: string) => {
    const button = options.locator(`[data-site="${site}"] [data-disclosure]`).first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  };
  const freshdeskTicket = () => new URL('a/tickets/2087', freshdesk.url).href;

  test('a rule turned off for Zendesk stops there at once, and Freshdesk still flags it', async () => {
    const onZendesk = await helpdesk(zendesk.url);
    const onFreshdesk = await helpdesk(freshdeskTicket());
    await expect.poll(() => flagged(onZendesk)).toEqual(BOTH);
    await expect.poll(() => flagged(onFreshdesk)).toEqual(BOTH);

    const options = await openOptions();
    await showRules(options, '*.zendesk.com');
    await rule(options, '*.zendesk.com', 'blame-department').uncheck();
    await expect.poll(stored).toMatchObject({ sites: { '*.zendesk.com': { rules: { 'blame-department': 'off' } } } });
    // The row is drawn again after the setting is stored: wait for it.
    await expect.poll(() => options.locator('[data-site="*.zendesk.com"] [data-rule-row="blame-department"]').textContent()).toContain('set for this site');
    expect(await rule(options, '*.freshdesk.com', 'blame-department').isChecked()).toBe(true);

    // The open page follows the change; a new one starts with it.
    await expect.poll(() => flagged(onZendesk)).toEqual(['dont-know']);
    const newZendesk = await helpdesk(new URL('agent/tickets/2088', zendesk.url).href);
    await expect.poll(() => flagged(newZendesk)).toEqual(['dont-know']);
    await onFreshdesk.reload();
    await onFreshdesk.locator('#reply').fill(DRAFT);
    await expect.poll(() => flagged(onFreshdesk)).toEqual(BOTH);
  });

  test('Ramah turned off for Freshdesk stops coaching there, and Zendesk still coaches', async () => {
    const onFreshdesk = await helpdesk(freshdeskTicket());
    await expect.poll(() => flagged(onFreshdesk)).toEqual(BOTH);

    const options = await openOptions();
    await options.locator('[data-site="*.freshdesk.com"] input[type=checkbox][data-site-enabled]').uncheck();
    await expect.poll(stored).toMatchObject({ sites: { '*.freshdesk.com': { enabled: false } } });
    // The open page drops its sidebar; a new page never shows one.
    await expect.poll(() => onFreshdesk.locator('[data-ramah="sidebar"]').count()).toBe(0);
    const onZendesk = await helpdesk(zendesk.url);
    await expect.poll(() => flagged(onZendesk)).toEqual(BOTH);
    const newFreshdesk = await helpdesk(freshdeskTicket());
    await newFreshdesk.waitForTimeout(1500);
    expect(await newFreshdesk.locator('[data-ramah="sidebar"]').count()).toBe(0);

    // And back on.
    await options.locator('[data-site="*.freshdesk.com"] input[type=checkbox][data-site-enabled]').check();
    await expect.poll(() => flagged(newFreshdesk)).toEqual(BOTH);
  });

  test('the page fits: under 2,000 px tall at 1366 wide, with packs before the sites and a search that filters sites, rules and packs', async () => {
    const options = await openOptions();
    await options.setViewportSize({ width: 1366, height: 768 });
    const height = await options.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2000);
    const top = (selector: string) => options.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
    expect(await top('#packs')).toBeLessThan(await top('#sites'));
    await mkdir(ARTIFACTS, { recursive: true });
    await options.screenshot({ path: join(ARTIFACTS, 'options-1366.png'), fullPage: true });
    console.log(`[options] scrollHeight at 1366 wide: ${height} px`);

    const search = options.locator('[data-options-search]');
    const shownSites = () => options.locator('tbody[data-site]').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => (row as HTMLElement).dataset.site));
    const shownRules = (site: string) => options.locator(`[data-site="${site}"] [data-rule-row]`).evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => (row as HTMLElement).dataset.ruleRow));
    await search.fill('intercom');
    await expect.poll(shownSites).toEqual(BUILTIN_SITES.filter((site) => /intercom/i.test(`${site.name} ${site.host}`)).map((site) => site.host));
    // A rule's words: everywhere's rules open on that rule alone, and every site says one of its rules matches.
    await search.fill('dont-know');
    await expect.poll(() => shownRules('*')).toEqual(['dont-know']);
    expect(await shownSites()).toHaveLength(BUILTIN_SITES.length);
    expect(await options.locator('[data-site="*.zendesk.com"] [data-rules-summary]').textContent()).toBe('1 matching');
    await showRules(options, '*.zendesk.com');
    expect(await shownRules('*.zendesk.com')).toEqual(['dont-know']);
    await search.fill('no such thing');
    await expect.poll(shownSites).toEqual([]);
    expect(await options.locator('#sites').textContent()).toContain(OPTIONS_MESSAGES.en['search.noSite']);
    await search.press('Escape');
    await expect.poll(shownSites).toHaveLength(BUILTIN_SITES.length);
    expect(await shownRules('*')).toEqual([]);

    // A site's drawer turns a rule off there, and it is stored for that site.
    const button = options.locator('[data-site="*.freshdesk.com"] [data-disclosure]');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await rule(options, '*.freshdesk.com', 'excuse').uncheck();
    await expect.poll(stored).toMatchObject({ sites: { '*.freshdesk.com': { rules: { excuse: 'off' } } } });
    await expect.poll(() => options.locator('[data-site="*.freshdesk.com"] [data-rules-summary]').textContent()).toMatch(/^\d+ of \d+ on · 1 set here$/);
    await options.screenshot({ path: join(ARTIFACTS, 'options-1366-drawer.png') });
  });

  test("Ramah in Indonesian: an English draft's finding and the sidebar's headings are Indonesian, the rewording stays English", async () => {
    const options = await openOptions();
    await options.locator('[data-site="*"] select[data-setting="uiLanguage"]').selectOption('id');
    await expect.poll(stored).toMatchObject({ uiLanguage: 'id' });
    await expect.poll(() => options.locator('h1').textContent()).toBe(OPTIONS_MESSAGES.id.title);
    await options.setViewportSize({ width: 1366, height: 768 });
    expect(await options.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2000);
    await mkdir(ARTIFACTS, { recursive: true });
    await options.screenshot({ path: join(ARTIFACTS, 'options-1366-id.png'), fullPage: true });

    const expected = analyze(ENGLISH_DRAFT, { messageLanguage: 'id' }).findings.find((finding) => finding.rule === 'blame-department')!;
    expect(expected.message).not.toBe(analyze(ENGLISH_DRAFT).findings.find((finding) => finding.rule === 'blame-department')!.message);
    const page = await openWithDraft(browser, zendesk.url, ENGLISH_DRAFT);
    const finding = page.locator('[data-ramah="sidebar"] [data-rule="blame-department"]').first();
    await expect.poll(() => finding.locator('p').first().textContent({ timeout: 1000 }).catch(() => null), { timeout: 15_000 }).toBe(expected.message);
    expect(await finding.locator('ins').textContent()).toBe(expected.suggestions[0]);
    expect(await finding.locator('[data-action="apply"]').textContent()).toBe(MESSAGES.id.apply);
    const headings = await page.locator('[data-ramah="sidebar"] h3').allTextContents();
    expect(headings).toEqual(expect.arrayContaining([MESSAGES.id.findings, MESSAGES.id.steps]));
    expect(headings).not.toContain(MESSAGES.en.findings);
    await page.close();
  });

  test('settings export to a file and import back; a file that is not settings changes nothing', async () => {
    const options = await openOptions();
    await options.locator('[data-site="*"] select[data-setting="language"]').selectOption('ms');
    await expect.poll(stored).toMatchObject({ language: 'ms' });
    await showRules(options, '*.zendesk.com');
    await rule(options, '*.zendesk.com', 'excuse').uncheck();
    await expect.poll(stored).toMatchObject({ language: 'ms', sites: { '*.zendesk.com': { rules: { excuse: 'off' } } } });
    const chosen = (await stored()) as UserSettings;

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-export-settings]').click()]);
    expect(download.suggestedFilename()).toBe('ramah-settings.json');
    const file = await download.path();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(JSON.parse(exportSettings(chosen)));

    // A change after the export, which the import takes back.
    await showRules(options, '*');
    await rule(options, '*', 'hostile-tone').uncheck();
    await expect.poll(stored).toMatchObject({ rules: { 'hostile-tone': 'off' } });
    await options.locator('input[data-import-settings]').setInputFiles(file);
    await expect.poll(stored).toEqual(chosen);
    await expect.poll(() => options.locator('[data-import-result]').textContent()).toBe('Settings imported.');
    await expect.poll(() => rule(options, '*', 'hostile-tone').isChecked()).toBe(true);
    expect(await options.locator('[data-site="*"] select[data-setting="language"]').inputValue()).toBe('ms');

    await options.locator('input[data-import-settings]').setInputFiles({ name: 'team-pack.json', mimeType: 'application/json', buffer: Buffer.from('{"id":"team","name":"Team","version":"1.0.0","languages":["en"]}') });
    await expect.poll(() => options.locator('[data-import-result]').textContent()).toMatch(/^Nothing was changed: The file is not a Ramah settings file/);
    expect(await stored()).toEqual(chosen);
  });

  test('corrupt stored settings: the page says so once and still works; the helpdesk coaches with the defaults', async () => {
    await browser.worker.evaluate((key) => chrome.storage.local.set({ [key]: '{"version":1,"enabled":tru' }), SETTINGS_KEY);
    const onZendesk = await helpdesk(zendesk.url);
    await expect.poll(() => flagged(onZendesk)).toEqual(BOTH);

    const options = await openOptions();
    const problems = options.locator('[data-load-problems]');
    await expect.poll(() => problems.textContent()).toMatch(/could not be read.*not an object/s);
    expect(await problems.locator('li').count()).toBe(1);
    expect(await rule(options, '*.zendesk.com', 'dont-know').isChecked()).toBe(true);

    // A change writes sound settings over the garbage, and the notice is not repeated.
    await showRules(options, '*.zendesk.com');
    await rule(options, '*.zendesk.com', 'dont-know').uncheck();
    await expect.poll(stored).toEqual({ ...DEFAULT_USER_SETTINGS, sites: { '*.zendesk.com': { rules: { 'dont-know': 'off' } } } });
    await expect.poll(() => flagged(onZendesk)).toEqual(['blame-department']);
    expect(await options.locator('[data-load-problems]').count()).toBe(1);
    expect(await problems.locator('li').count()).toBe(1);
  });
});
