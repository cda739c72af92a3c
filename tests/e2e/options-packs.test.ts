// Team packs through the options page of the BUILT extension in Chromium, as an agent or a team
// lead does it: type the pack's https address and press Install, press "Refresh now" for a new
// version and for two broken ones (the last good version stays listed and in use, the row says
// what went wrong, when, and where in the file), choose a broken file (refused, nothing changes),
// turn the pack off and on, move a second pack so that the later one's phrase wins, remove it after
// confirming, and export a pack as a real download. A helpdesk page shows each change.
//
// Not covered: "Give Ramah access to this server first". It opens Chromium's permission prompt,
// which headless Chromium keeps open without showing it, so chrome.permissions.request never
// settles and no test can answer it (chrome://extensions' own site-access call does not grant an
// optional host permission either). That the page asks from the submit itself, for the pack's
// origin, and installs once granted is in the options page's unit tests, with a fake browser.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parsePack } from '../../src/engine/packs/schema.js';
import type { UiLocale } from '../../src/extension/i18n/messages.js';
import { optionsTranslator, type OptionsTranslate } from '../../src/extension/options/messages.js';
import type { InstalledPack } from '../../src/extension/packs/types.js';
import { e2eSkipReason, launchWithExtension, REPO_ROOT, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskPage, servePack, type HelpdeskServer, type PackServer } from './helpers/helpdesk-server.js';
import { openPanel } from './helpers/panel.js';

const HELPDESK_HOST = 'acme.zendesk.com';
const PACK_HOST = 'packs.acme-store.test';
const HELPDESK_PAGE = `<!doctype html>
<meta charset="utf-8"><title>Ticket #3110</title>
<textarea id="reply" aria-label="Reply" rows="6" cols="60"></textarea>`;

const PACK_TEXT = readFileSync(join(REPO_ROOT, 'examples/packs/acme-support.json'), 'utf8');
const PACK = JSON.parse(PACK_TEXT) as {
  id: string;
  name: string;
  version: string;
  rules: { id: string; language: string; message: string }[];
  phrases: { id: string; language?: string; step?: string; text: string }[];
  examples: { draft: string; warnings?: string[] }[];
};
const RULE = `${PACK.id}/no-delivery-promise`;
const PROMISE_DRAFT = 'Tenang Kak, paketnya pasti sampai besok kok.';
const V1_MESSAGE = PACK.rules.find((r) => r.language === 'id')!.message;

const V2_MESSAGE = 'Tanggal tiba ditentukan kurir: sebutkan perkiraan dan nomor resinya, jangan janji pasti.';
const V2 = { ...PACK, version: '1.1.0', rules: PACK.rules.map((r) => (r.language === 'id' ? { ...r, message: V2_MESSAGE } : r)) };
const V2_TEXT = `${JSON.stringify(V2, null, 2)}\n`;
const NOT_JSON = '{ "id": "acme-support", "version": "1.2.0", ';
/** Version 1.2.0, whose first example now expects the rule on a draft where it does not fire. */
const FAILING_TEXT = JSON.stringify({ ...V2, version: '1.2.0', examples: [{ ...PACK.examples[0], draft: 'Paketnya diperkirakan tiba besok, Kak.' }, ...PACK.examples.slice(1)] });

/** A second team's pack with its own wording of one of the example pack's phrases: same id, same language. */
const CLAIM_PHRASE = 'acme-resolve-courier-claim';
const ACME_CLAIM = PACK.phrases.find((p) => p.id === CLAIM_PHRASE && p.language === 'id')!.text;
const LOCAL_CLAIM = 'Klaim ke kurir untuk pesanan {order_id} kami urus dari gudang Surabaya, {customer_name}; kabarnya menyusul besok pagi.';
// Pack text is untrusted: markup in its name must show as the characters it is.
const LOCAL = { id: 'acme-surabaya', name: 'Acme <b>Surabaya</b> desk <img src="x">', version: '0.3.0', languages: ['id'], phrases: [{ id: CLAIM_PHRASE, language: 'id', step: 'resolution', text: LOCAL_CLAIM }] };

for (const [name, json] of [['the example pack', PACK], ['v2', V2], ['the Surabaya pack', LOCAL]] as const) {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new Error(`${name} is not a valid pack: ${JSON.stringify(parsed.errors)}`);
}

declare const chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } } };

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`team packs on the options page in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let helpdesk: HelpdeskServer;
  let packServer: PackServer;
  let options: Page;
  let ticket: Page;
  let t: OptionsTranslate;
  /** Errors thrown in the options page or the helpdesk page, which no test expects. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    helpdesk = await serveHelpdeskPage(HELPDESK_HOST, HELPDESK_PAGE);
    packServer = await servePack(PACK_HOST, '/support/acme-support.json', PACK_TEXT);
    browser = await launchWithExtension({ localHosts: [HELPDESK_HOST, PACK_HOST] });
    options = await browser.context.newPage();
    options.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    // Smooth scrolling keeps a button moving for a second after each scroll, which Playwright waits out before a click.
    await options.emulateMedia({ reducedMotion: 'reduce' });
    await options.goto(`chrome-extension://${browser.extensionId}/src/extension/options/index.html`);
    await options.locator('[data-ramah-options] #packs').waitFor();
    t = optionsTranslator((await options.evaluate(() => document.documentElement.lang)) as UiLocale);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), helpdesk?.close(), packServer?.close()]);
  });

  // The agent works in the options tab; the helpdesk tab, opened later, stays open behind it.
  // (A background tab gets no animation frames, which Playwright waits for before a click.)
  beforeEach(async () => {
    await options.bringToFront();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  const stored = async (): Promise<InstalledPack[]> => ((await browser.worker.evaluate(() => chrome.storage.local.get('packs'))).packs ?? []) as InstalledPack[];
  const storedPack = async (id = PACK.id) => (await stored()).find((p) => p.id === id);
  const everything = () => browser.worker.evaluate(() => chrome.storage.local.get(null));

  const row = (id = PACK.id): Locator => options.locator(`[data-pack="${id}"]`);
  const rowButton = (name: string, id = PACK.id) => row(id).getByRole('button', { name, exact: true });
  const listed = () => options.locator('[data-pack]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.pack));
  /** A time as the options page writes it, in the page's own locale and time zone. */
  const shown = (at: number) => options.evaluate((time) => new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time), at);

  /** The helpdesk page follows a change through storage, the worker and the engine: give it time on a busy machine. */
  const onPage = { timeout: 10_000 };
  const sidebar = () => ticket.locator('[data-ramah="sidebar"]');
  const ruleMessage = () => sidebar().locator(`[data-rule="${RULE}"] p`).first().textContent({ timeout: 1000 }).catch(() => null);
  /** The text the sidebar's search offers for a phrase id. */
  async function offered(words: string, id: string): Promise<string | null> {
    await openPanel(ticket);
    await sidebar().locator('input[type="search"]').fill(words);
    return sidebar().locator(`[data-phrase="${id}"] [data-action="insert"]`).first().textContent({ timeout: 1000 }).catch(() => null);
  }

  test('installs the example pack from its https address: the row shows name, version, source and last update', async () => {
    await options.locator('input[data-pack-url]').fill(packServer.packUrl);
    await options.locator('#packs').getByRole('button', { name: t('packs.install'), exact: true }).click();

    await expect.poll(() => options.locator('#packs [role="status"]').last().textContent()).toBe(t('packs.installed', { name: PACK.name, version: PACK.version }));
    const entry = (await storedPack())!;
    expect(entry).toMatchObject({ version: '1.0.0', source: { type: 'url', url: packServer.packUrl }, enabled: true });
    expect(entry.json).toEqual(PACK);
    await expect.poll(() => row().locator('strong').textContent()).toBe(PACK.name);
    expect(await row().textContent()).toContain(t('pack.version', { version: '1.0.0' }));
    expect(await row().locator('[data-pack-source]').textContent()).toBe(t('pack.source.url', { url: packServer.packUrl }));
    expect(await row().locator('[data-pack-updated]').textContent()).toBe(t('pack.updated', { time: await shown(entry.updatedAt) }));
    // Its rule, written in three languages, is one rule on each site, in the page's language.
    const siteRule = options.locator(`[data-site="*.zendesk.com"] [data-rule-row="${RULE}"]`);
    expect(await siteRule.count()).toBe(1);
    expect(await siteRule.textContent()).toContain(PACK.rules.find((r) => r.language === 'en')!.message);
    // The address field is cleared for the next pack.
    expect(await options.locator('input[data-pack-url]').inputValue()).toBe('');
    expect(packServer.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([200]);
  });

  test('a helpdesk page coaches with it', async () => {
    ticket = await browser.context.newPage();
    ticket.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await ticket.goto(helpdesk.url);
    await ticket.locator('#reply').fill(PROMISE_DRAFT);
    await expect.poll(ruleMessage, onPage).toBe(V1_MESSAGE);
    expect(await offered('klaim kurir', CLAIM_PHRASE)).toContain(ACME_CLAIM.slice(0, 20));
  });

  test('"Refresh now" takes a new version: the row shows it, and the open page uses it', async () => {
    const before = (await storedPack())!;
    packServer.serve(V2_TEXT);
    await rowButton(t('pack.refresh')).click();
    await expect.poll(() => row().textContent()).toContain(t('pack.version', { version: '1.1.0' }));
    const after = (await storedPack())!;
    expect(after).toMatchObject({ version: '1.1.0', etag: packServer.etag });
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
    expect(await row().locator('[data-pack-updated]').textContent()).toBe(t('pack.updated', { time: await shown(after.updatedAt) }));
    expect(await row().locator('[role="status"]').textContent()).toBe(t('pack.updatedTo', { name: PACK.name, version: '1.1.0' }));
    await expect.poll(ruleMessage, onPage).toBe(V2_MESSAGE);

    // Nothing new on the server: a 304, and the row says so.
    await rowButton(t('pack.refresh')).click();
    await expect.poll(() => packServer.requests.at(-1)?.status).toBe(304);
    await expect.poll(() => row().locator('[role="status"]').textContent()).toBe(t('pack.refreshed', { name: PACK.name }));
    const checked = (await storedPack())!;
    expect(checked).toMatchObject({ version: '1.1.0', updatedAt: after.updatedAt });
    expect(checked.checkedAt!).toBeGreaterThan(after.updatedAt);
    await expect.poll(() => row().locator('[data-pack-checked]').textContent()).toBe(t('pack.checked', { time: await shown(checked.checkedAt!) }));
  });

  test('a broken refresh shows the problem, its time and the places in the file; the last good version stays listed and in use', async () => {
    packServer.serve(NOT_JSON);
    await rowButton(t('pack.refresh')).click();
    const problem = row().locator('[data-pack-problem]');
    await expect.poll(() => problem.locator('li').allTextContents()).toEqual([expect.stringMatching(/^\(file\) .*not valid JSON/)]);
    const afterJson = (await storedPack())!;
    expect(afterJson).toMatchObject({ version: '1.1.0', json: V2 });
    expect(await problem.locator('p').textContent()).toBe(t('pack.problem', { time: await shown(afterJson.problem!.at), message: afterJson.problem!.message }));
    expect(afterJson.problem!.message).toMatch(/last good version stays in use/);
    expect(await problem.locator('li code').textContent()).toBe('(file)');

    packServer.serve(FAILING_TEXT);
    await rowButton(t('pack.refresh')).click();
    await expect.poll(() => problem.locator('li code').allTextContents()).toEqual(['examples[0].warnings']);
    const afterExamples = (await storedPack())!;
    expect(afterExamples).toMatchObject({ version: '1.1.0', json: V2 });
    expect(afterExamples.problem!.message).toMatch(/examples do not pass/);
    expect(await problem.locator('p').textContent()).toBe(t('pack.problem', { time: await shown(afterExamples.problem!.at), message: afterExamples.problem!.message }));
    // Still listed as the last good version, and said only once in the row.
    expect(await row().textContent()).toContain(t('pack.version', { version: '1.1.0' }));
    expect(await row().locator('.errors li').count()).toBe(1);

    await options.setViewportSize({ width: 1100, height: 1400 });
    await row().scrollIntoViewIfNeeded();
    await options.screenshot({ path: '/tmp/options-broken.png', fullPage: false });

    // The open page still coaches with 1.1.0.
    await ticket.locator('#reply').fill(`${PROMISE_DRAFT} `);
    await expect.poll(ruleMessage, onPage).toBe(V2_MESSAGE);
  });

  test('a broken pack chosen from a file is refused with the places, and nothing changes', async () => {
    const before = await everything();
    const file = options.locator('input[type="file"][data-pack-file]');
    const phrases = [{ id: 'a', language: 'id', step: 'greeting', text: 'Halo.' }];
    await file.setInputFiles({ name: 'acme-support.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...V2, version: '2.0.0', phrases })) });
    const feedback = options.locator('#packs > [role="alert"]');
    await expect.poll(() => feedback.locator('li').allTextContents()).toEqual([expect.stringMatching(/^phrases\[0\]\.step /)]);
    expect(await feedback.locator('p').textContent()).toMatch(new RegExp(`^${escape(t('packs.refused', { message: '' }))}`));

    await file.setInputFiles({ name: 'acme-support.json', mimeType: 'application/json', buffer: Buffer.from(FAILING_TEXT) });
    await expect.poll(() => feedback.locator('li code').allTextContents()).toEqual(['examples[0].warnings']);
    expect(await everything()).toEqual(before);
    expect(await listed()).toEqual([PACK.id]);
    expect(await row().textContent()).toContain(t('pack.version', { version: '1.1.0' }));
  });

  test('turned off, the pack stops on the open page; turned on, it is back', async () => {
    const enabled = row().locator('input[data-pack-enabled]');
    await enabled.uncheck();
    await expect.poll(async () => (await storedPack())?.enabled).toBe(false);
    await expect.poll(ruleMessage, onPage).toBeNull();
    expect(await offered('klaim kurir', CLAIM_PHRASE)).toBeNull();

    await enabled.check();
    await expect.poll(async () => (await storedPack())?.enabled).toBe(true);
    await expect.poll(() => offered('klaim kurir', CLAIM_PHRASE), onPage).toContain(ACME_CLAIM.slice(0, 20));
  });

  test('the later of two packs wins a phrase with the same id; moving them changes which', async () => {
    await options.locator('input[type="file"][data-pack-file]').setInputFiles({ name: 'acme-surabaya.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LOCAL)) });
    await expect.poll(listed).toEqual([PACK.id, LOCAL.id]);
    expect(await row(LOCAL.id).locator('[data-pack-source]').textContent()).toBe(t('pack.source.file', { name: 'acme-surabaya.json' }));
    expect(await row(LOCAL.id).locator('strong').textContent()).toBe(LOCAL.name);
    expect(await options.locator('#packs b, #packs img, [data-site] b, [data-site] img').count()).toBe(0);
    await expect.poll(() => offered('klaim kurir', CLAIM_PHRASE), onPage).toContain('gudang Surabaya');

    await rowButton(t('pack.up', { name: LOCAL.name }), LOCAL.id).click();
    await expect.poll(listed).toEqual([LOCAL.id, PACK.id]);
    expect((await stored()).map((p) => p.id)).toEqual([LOCAL.id, PACK.id]);
    await expect.poll(() => offered('klaim kurir', CLAIM_PHRASE), onPage).toContain(ACME_CLAIM.slice(0, 20));
    // The first can go no higher, the last no lower.
    expect(await rowButton(t('pack.up', { name: LOCAL.name }), LOCAL.id).isDisabled()).toBe(true);
    expect(await rowButton(t('pack.down', { name: PACK.name })).isDisabled()).toBe(true);

    await rowButton(t('pack.down', { name: LOCAL.name }), LOCAL.id).click();
    await expect.poll(listed).toEqual([PACK.id, LOCAL.id]);
    await expect.poll(() => offered('klaim kurir', CLAIM_PHRASE), onPage).toContain('gudang Surabaya');
  });

  test('remove asks first: "Keep it" keeps the pack, "Yes, remove it" removes it', async () => {
    await rowButton(t('pack.remove'), LOCAL.id).click();
    const confirm = row(LOCAL.id).getByRole('group', { name: t('pack.removeConfirm', { name: LOCAL.name }) });
    await confirm.getByRole('button', { name: t('pack.removeNo') }).click();
    expect(await confirm.count()).toBe(0);
    expect((await stored()).map((p) => p.id)).toEqual([PACK.id, LOCAL.id]);

    await rowButton(t('pack.remove'), LOCAL.id).click();
    await confirm.getByRole('button', { name: t('pack.removeYes') }).click();
    await expect.poll(listed).toEqual([PACK.id]);
    expect((await stored()).map((p) => p.id)).toEqual([PACK.id]);
    await expect.poll(() => offered('klaim kurir', CLAIM_PHRASE), onPage).toContain(ACME_CLAIM.slice(0, 20));
  });

  test('export downloads the installed version as it was installed', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), rowButton(t('pack.export')).click()]);
    expect(download.suggestedFilename()).toBe('acme-support-1.1.0.json');
    expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual(V2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
