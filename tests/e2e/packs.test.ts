// A team pack end to end, in Chromium with the built extension: the example pack is served over
// local HTTPS by a pack server (CORS, ETag, Last-Modified, 304), installed by URL from an
// extension page, coaches on a helpdesk page, is refreshed unchanged (304), updated (by the
// scheduled alarm), broken twice (the last good version stays, with the problem and its time),
// and refused when installed broken from a file. Then an agent saves a phrase from the sidebar,
// finds it listed under the personal pack on the options page, and removes it there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { parsePack } from '../../src/engine/packs/schema.js';
import { pickLocale, translator, type UiLocale } from '../../src/extension/i18n/messages.js';
import { optionsTranslator } from '../../src/extension/options/messages.js';
import type { InstalledPack } from '../../src/extension/packs/types.js';
import type { WorkerReplies, WorkerRequest } from '../../src/extension/protocol.js';
import { e2eSkipReason, launchWithExtension, REPO_ROOT, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskPage, servePack, type HelpdeskServer, type PackServer } from './helpers/helpdesk-server.js';
import { asContentScript } from './helpers/content-script.js';
import { openOptionsPage } from './helpers/pages.js';
import { openPanel } from './helpers/panel.js';

const HELPDESK_HOST = 'acme.zendesk.com';
const PACK_HOST = 'packs.acme-store.test';
const HELPDESK_PAGE = `<!doctype html>
<meta charset="utf-8"><title>Ticket #2077</title>
<textarea id="reply" rows="6" cols="60"></textarea>`;

const PACK_TEXT = readFileSync(join(REPO_ROOT, 'examples/packs/acme-support.json'), 'utf8');
const PACK = JSON.parse(PACK_TEXT) as {
  version: string;
  rules: { id: string; language: string; message: string }[];
  phrases: { id: string; language?: string; step?: string; text: string }[];
  examples: { draft: string; warnings?: string[] }[];
};
const RULE = 'acme-support/no-delivery-promise';
const PROMISE_DRAFT = 'Tenang Kak, paketnya pasti sampai besok kok.';
const ID_MESSAGE = PACK.rules.find((r) => r.language === 'id')!.message;

/** Version 1.1.0: the Indonesian rule says it differently, and there is a new phrase. */
const V2_MESSAGE = 'Tanggal tiba ditentukan kurir: sebutkan perkiraan dan nomor resinya, jangan janji pasti.';
const V2 = {
  ...PACK,
  version: '1.1.0',
  rules: PACK.rules.map((r) => (r.language === 'id' ? { ...r, message: V2_MESSAGE } : r)),
  phrases: [...PACK.phrases, { id: 'acme-resolve-pickup', language: 'id', step: 'resolution', text: 'Kurir kami akan menjemput paketnya di alamat {customer_name} besok, tanpa biaya.' }],
};
const V2_TEXT = `${JSON.stringify(V2, null, 2)}\n`;
/** Its examples no longer pass: the first one expects the rule to fire on a draft where it does not. */
const FAILING_TEXT = JSON.stringify({ ...V2, version: '1.2.0', examples: [{ ...PACK.examples[0], draft: 'Paketnya diperkirakan tiba besok, Kak.' }, ...PACK.examples.slice(1)] });

for (const [name, text] of [['the example pack', PACK_TEXT], ['v2', V2_TEXT]] as const) {
  const parsed = parsePack(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${name} is not a valid pack: ${JSON.stringify(parsed.errors)}`);
}
if (!analyze(PROMISE_DRAFT, { packs: [(parsePack(PACK) as { ok: true; pack: never }).pack] }).findings.some((f) => f.rule === RULE)) {
  throw new Error('the pack rule no longer fires on the test draft: pick another one');
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } };
  alarms: {
    get(name: string): Promise<{ name: string; periodInMinutes?: number; scheduledTime: number } | undefined>;
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void>;
  };
};

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`a team pack in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let helpdesk: HelpdeskServer;
  let packServer: PackServer;
  /** An extension page, to talk to the worker as the options page does. */
  let extensionPage: Page;
  let helpdeskPage: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    helpdesk = await serveHelpdeskPage(HELPDESK_HOST, HELPDESK_PAGE);
    packServer = await servePack(PACK_HOST, '/support/acme-support.json', PACK_TEXT);
    browser = await launchWithExtension({ localHosts: [HELPDESK_HOST, PACK_HOST] });
    extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/src/extension/popup/index.html`);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), helpdesk?.close(), packServer?.close()]);
  });

  function ask<R extends WorkerRequest>(request: R): Promise<WorkerReplies[R['kind']]> {
    return extensionPage.evaluate((r) => chrome.runtime.sendMessage(r), request) as Promise<WorkerReplies[R['kind']]>;
  }
  const stored = async (): Promise<InstalledPack[]> => ((await browser.worker.evaluate(() => chrome.storage.local.get('packs'))).packs ?? []) as InstalledPack[];
  const installed = async (id = 'acme-support') => (await ask({ kind: 'packs-list' })).packs.find((p) => p.id === id);
  const gets = () => packServer.requests.filter((r) => r.method === 'GET');

  const sidebar = (page: Page) => page.locator('[data-ramah="sidebar"]');
  const ruleMessage = (page: Page) => sidebar(page).locator(`[data-rule="${RULE}"] p`).first().textContent({ timeout: 1000 }).catch(() => null);
  async function search(page: Page, words: string): Promise<string[]> {
    await openPanel(page);
    await sidebar(page).locator('input[type="search"]').fill(words);
    return sidebar(page).locator('[data-phrase]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.phrase!));
  }

  test('installs the example pack by URL from an extension page, asking without cookies, through CORS', async () => {
    const reply = await ask({ kind: 'pack-install', from: { type: 'url', url: packServer.packUrl } });
    expect(reply).toMatchObject({ ok: true, pack: { id: 'acme-support', version: '1.0.0', enabled: true, source: { type: 'url', url: packServer.packUrl } } });
    const [first] = gets();
    expect(first).toMatchObject({ path: '/support/acme-support.json', status: 200 });
    expect(first!.headers.origin).toBe(`chrome-extension://${browser.extensionId}`);
    expect(first!.headers.cookie).toBeUndefined();
    expect(first!.headers['if-none-match']).toBeUndefined();
    const entry = (await stored()).find((p) => p.id === 'acme-support')!;
    expect(entry).toMatchObject({ etag: packServer.etag, lastModified: expect.stringMatching(/GMT$/), checkedAt: expect.any(Number) });
    expect(entry.json).toEqual(PACK);
  });

  test('a helpdesk page coaches with the pack: its rule fires and its phrases are offered', async () => {
    helpdeskPage = await browser.context.newPage();
    helpdeskPage.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await helpdeskPage.goto(helpdesk.url);
    await helpdeskPage.locator('#reply').fill(PROMISE_DRAFT);
    await expect.poll(() => ruleMessage(helpdeskPage)).toBe(ID_MESSAGE);
    expect(await search(helpdeskPage, 'klaim kurir')).toContain('acme-resolve-courier-claim');
    expect(pageErrors).toEqual([]);
  });

  test('a refresh of the unchanged pack is a conditional request, answered 304: only checkedAt moves', async () => {
    const before = (await installed())!;
    const asked = gets().length;
    const reply = await ask({ kind: 'pack-refresh', id: 'acme-support' });
    expect(reply).toMatchObject({ ok: true, pack: { version: '1.0.0' } });
    const request = gets()[asked]!;
    expect(request.headers['if-none-match']).toBe(before.etag);
    expect(request.headers['if-modified-since']).toBe(before.lastModified);
    expect(request.status).toBe(304);
    // The conditional headers are not CORS-safelisted: the browser asked the server first.
    const preflight = packServer.requests.filter((r) => r.method === 'OPTIONS').at(-1);
    expect(String(preflight?.headers['access-control-request-headers'])).toMatch(/if-none-match/);
    const after = (await installed())!;
    expect(after).toEqual({ ...before, checkedAt: expect.any(Number) });
    expect(after.checkedAt!).toBeGreaterThan(before.checkedAt!);
  });

  test('the scheduled alarm fetches a new version, which the list and the open page then use', async () => {
    const alarm = await browser.worker.evaluate(() => chrome.alarms.get('ramah-pack-refresh'));
    expect(alarm).toMatchObject({ periodInMinutes: 360 });
    packServer.serve(V2_TEXT);
    const asked = gets().length;
    // The same alarm, due now (an unpacked extension's alarms may fire this soon), with its period kept.
    await browser.worker.evaluate(() => chrome.alarms.create('ramah-pack-refresh', { when: Date.now() + 100, periodInMinutes: 360 }));
    await expect.poll(async () => (await installed())?.version, { timeout: 15_000 }).toBe('1.1.0');
    expect(gets()[asked]).toMatchObject({ status: 200, headers: { 'if-none-match': expect.any(String) } });
    expect((await installed())!.etag).toBe(packServer.etag);
    await expect.poll(() => ruleMessage(helpdeskPage)).toBe(V2_MESSAGE);
    expect(await search(helpdeskPage, 'menjemput')).toContain('acme-resolve-pickup');
  });

  test('a broken refresh keeps the last good version in use and records the problem with its time', async () => {
    const good = (await installed())!;

    packServer.serve('{ "id": "acme-support", "version": "1.2.0", ');
    const started = Date.now();
    const notJson = await ask({ kind: 'pack-refresh', id: 'acme-support' });
    expect(notJson).toMatchObject({ ok: false, errors: [{ path: '(file)', message: expect.stringMatching(/not valid JSON/) }] });
    const afterJson = (await installed())!;
    expect(afterJson).toMatchObject({ version: '1.1.0', etag: good.etag, json: good.json });
    expect(afterJson.problem).toMatchObject({ message: expect.stringMatching(/last good version stays in use/), errors: [{ path: '(file)' }] });
    expect(afterJson.problem!.at).toBeGreaterThanOrEqual(started);

    packServer.serve(FAILING_TEXT);
    const failing = await ask({ kind: 'pack-refresh', id: 'acme-support' });
    expect(failing).toMatchObject({ ok: false, message: expect.stringMatching(/examples do not pass/) });
    const afterExamples = (await installed())!;
    expect(afterExamples).toMatchObject({ version: '1.1.0', json: good.json });
    expect(afterExamples.problem!.errors.map((e) => e.path)).toEqual(['examples[0].warnings']);
    expect(afterExamples.problem!.at).toBeGreaterThanOrEqual(afterJson.problem!.at);

    // A server that stops sending CORS headers looks unreachable to the worker.
    packServer.serve(V2_TEXT, { cors: false });
    expect(await ask({ kind: 'pack-refresh', id: 'acme-support' })).toMatchObject({ ok: false, message: expect.stringMatching(/not reachable.*CORS/) });
    expect((await installed())!).toMatchObject({ version: '1.1.0', problem: { message: expect.stringMatching(/not reachable/) } });

    // Through all of it the page coaches with the last good version.
    await helpdeskPage.locator('#reply').fill(`${PROMISE_DRAFT} `);
    await expect.poll(() => ruleMessage(helpdeskPage)).toBe(V2_MESSAGE);

    // The server is fixed and serves v2 again, which the worker already has: 304, and the problem is gone.
    packServer.serve(V2_TEXT);
    expect(await ask({ kind: 'pack-refresh', id: 'acme-support' })).toMatchObject({ ok: true });
    expect(gets().at(-1)!.status).toBe(304);
    expect((await installed())!.problem).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });

  test('a broken pack installed from a file is refused with the places, and nothing changes', async () => {
    const before = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    const phrases = [
      { id: 'a', language: 'id', step: 'acknowledgement', text: 'Satu.' },
      { id: 'b', language: 'id', step: 'resolution', text: 'Dua.' },
      { id: 'c', language: 'id', step: 'checkBack', text: 'Tiga.' },
      { id: 'd', language: 'id', step: 'greeting', text: 'Empat.' },
    ];
    const schema = await ask({ kind: 'pack-install', from: { type: 'file', name: 'acme-support.json', text: JSON.stringify({ ...V2, version: '2.0.0', phrases }) } });
    expect(schema).toMatchObject({ ok: false, message: expect.stringMatching(/refused/) });
    expect(!schema.ok && schema.errors.map((e) => e.path)).toEqual(['phrases[3].step']);
    const examples = await ask({ kind: 'pack-install', from: { type: 'file', name: 'acme-support.json', text: FAILING_TEXT } });
    expect(!examples.ok && examples.errors.map((e) => e.path)).toEqual(['examples[0].warnings']);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
  });

  const SAVED_PHRASE = 'Kalau masih ada kendala, langsung balas chat ini ya, Kak.';
  const SAVED_ID = 'mine-kalau-masih-ada-kendala-langsung-balas';

  test('an agent saves a phrase from the sidebar: it is stored in the personal pack and offered', async () => {
    const t = translator(pickLocale(await helpdeskPage.evaluate(() => navigator.language)));
    const phrase = SAVED_PHRASE;
    const reply = helpdeskPage.locator('#reply');
    await reply.fill(`Mohon maaf atas keterlambatannya. ${phrase}`);
    // The agent selects the sentence in the composer...
    await reply.evaluate((textarea: HTMLTextAreaElement, words) => {
      textarea.focus();
      const start = textarea.value.indexOf(words);
      textarea.setSelectionRange(start, start + words.length);
    }, phrase);
    // ...and saves it as a check-back phrase.
    await openPanel(helpdeskPage);
    await sidebar(helpdeskPage).locator('[data-action="save-phrase"]').click();
    const text = sidebar(helpdeskPage).locator('#ramah-phrase-text');
    await expect.poll(() => text.inputValue()).toBe(phrase);
    // Chosen with the keyboard: Playwright's selectOption() fires the change from script, which Ramah ignores.
    const step = sidebar(helpdeskPage).locator('#ramah-phrase-step');
    await step.focus();
    for (let press = 0; press < 4; press++) await helpdeskPage.keyboard.press('ArrowDown');
    await expect.poll(() => step.inputValue()).toBe('checkBack');
    await sidebar(helpdeskPage).locator('[data-action="submit-phrase"]').click();
    await expect.poll(() => sidebar(helpdeskPage).locator('[role="status"]').textContent()).toBe(t('notice.phraseSaved'));
    // The draft is as it was.
    expect(await reply.inputValue()).toBe(`Mohon maaf atas keterlambatannya. ${phrase}`);

    const personal = (await stored()).find((p) => p.id === 'personal')!;
    expect(personal).toMatchObject({ source: { type: 'personal' }, enabled: true, languages: ['id'] });
    const parsed = parsePack(personal.json);
    expect(parsed.ok && parsed.pack.phrases).toEqual([{ id: 'mine-kalau-masih-ada-kendala-langsung-balas', text: phrase, language: 'id', step: 'checkBack' }]);

    // Offered by the search, and for the missing step once the draft lacks it.
    await expect.poll(() => search(helpdeskPage, 'kendala balas')).toContain('mine-kalau-masih-ada-kendala-langsung-balas');
    await reply.fill('Mohon maaf atas keterlambatannya, Kak.');
    await expect
      .poll(() => sidebar(helpdeskPage).locator('[data-step="checkBack"] [data-action="insert"]').allTextContents())
      .toContain(phrase);

    // It is exported like any pack, under an id of its own for sharing.
    const exported = await ask({ kind: 'pack-export', id: 'personal' });
    expect(exported).toMatchObject({ ok: true, fileName: expect.stringMatching(/^personal-[0-9a-z]+-1\.0\.0\.json$/) });
    expect(pageErrors).toEqual([]);
  });

  test('the list shows every pack with version, source and last update, in storage order', async () => {
    const { packs } = await ask({ kind: 'packs-list' });
    expect(packs.map((p) => [p.id, p.version, p.source.type])).toEqual([
      ['acme-support', '1.1.0', 'url'],
      ['personal', '1.0.0', 'personal'],
    ]);
    expect(packs.every((p) => typeof p.updatedAt === 'number')).toBe(true);
    // The pack server saw only pack requests.
    expect(new Set(packServer.requests.map((r) => r.path))).toEqual(new Set(['/support/acme-support.json']));
  });

  test("the helpdesk page's content script may ask what applies there, but not change or list the packs", async () => {
    const contentScript = await asContentScript(browser, helpdeskPage);
    const askAsContentScript = (request: WorkerRequest) => contentScript.ask(request);
    const before = await stored();
    expect(await askAsContentScript({ kind: 'site-config', url: helpdesk.url })).toMatchObject({ config: { enabled: { value: true } } });
    for (const request of [{ kind: 'pack-remove', id: 'acme-support' }, { kind: 'pack-enable', id: 'acme-support', enabled: false }, { kind: 'packs-list' }] as const) {
      expect(await askAsContentScript(request), request.kind).toEqual({ ok: false, message: `Only Ramah's own pages may ask for ${request.kind}.`, errors: [] });
    }
    expect(await stored()).toEqual(before);
    await contentScript.detach();
  });

  test('the options page lists the saved phrases under the personal pack; one removed there is offered no more', async () => {
    // A second phrase, as the sidebar saves it.
    const other = await ask({ kind: 'personal-phrase-save', phrase: { text: 'Terima kasih sudah sabar menunggu balasan kami, Kak.', language: 'id', step: 'acknowledgement' } });
    if (!other.ok) throw new Error(other.message);
    // Both are offered on the helpdesk page (the words are in no other phrase), and the first for the missing check-back step.
    await expect.poll(() => search(helpdeskPage, 'balas kak')).toEqual([SAVED_ID, other.id]);
    const checkBack = () => sidebar(helpdeskPage).locator('[data-step="checkBack"] [data-action="insert"]').allTextContents();
    expect(await checkBack()).toContain(SAVED_PHRASE);

    const options = await openOptionsPage(browser, pageErrors);
    const locale = (await options.evaluate(() => document.documentElement.lang)) as UiLocale;
    const t = optionsTranslator(locale);
    const sidebarText = translator(locale);
    const personal = options.locator('[data-pack="personal"]');
    const listed = () => personal.locator('[data-personal-phrase]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.personalPhrase));
    await expect.poll(listed).toEqual([SAVED_ID, other.id]);
    const row = personal.locator(`[data-personal-phrase="${SAVED_ID}"]`);
    expect(await row.locator('.phrase-text').textContent()).toBe(SAVED_PHRASE);
    expect(await row.locator('.phrase-meta').textContent()).toBe(`${t('language.id')} · ${sidebarText('step.checkBack')}`);
    expect(await personal.locator('[data-personal-share]').textContent()).toBe(t('personal.share'));

    // Remove asks first, with the focus on "Keep it"; the agent confirms.
    await row.locator('[data-remove-phrase]').click();
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe(t('pack.removeNo'));
    await row.locator('[data-confirm-remove]').click();
    await expect.poll(listed).toEqual([other.id]);
    // The focus is on the phrase that is left, and the page says what went.
    await expect.poll(() => options.evaluate(() => document.activeElement?.closest('[data-personal-phrase]')?.getAttribute('data-personal-phrase'))).toBe(other.id);
    expect(await personal.locator('[data-phrases-said]').textContent()).toBe(t('personal.removed', { text: SAVED_PHRASE }));
    const stored = parsePack((await installed('personal'))!.json);
    expect(stored.ok && stored.pack.phrases.map((p) => p.id)).toEqual([other.id]);

    // The helpdesk page's sidebar offers it no more, and still offers the other one.
    await expect.poll(() => search(helpdeskPage, 'balas kak')).toEqual([other.id]);
    await helpdeskPage.locator('#reply').fill('Mohon maaf atas keterlambatannya ya, Kak.');
    await expect.poll(async () => ((texts) => texts.length > 0 && !texts.includes(SAVED_PHRASE))(await checkBack())).toBe(true);
    expect(pageErrors).toEqual([]);
    await options.close();
  });
});
