/**
 * The engine in the worker: the content scripts' analyses, notes and phrases, made with what applies on the sender's
 * own page, checked like any other request, and waiting for the engine's preparation.
 */
import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

const { createAnalysisService } = await import('../../../src/extension/background/analysis.js');
const { analyze } = await import('../../../src/engine/analyze.js');
const { RULES } = await import('../../../src/engine/rules/index.js');
const { DEFAULT_USER_SETTINGS, EMPTY_POLICY, engineRules, resolveSiteConfig } = await import('../../../src/extension/settings/index.js');

const PAGE = 'https://acme.zendesk.com/agent/tickets/7';
const DRAFT = 'Mohon maaf, Kak. Itu memang salah kurir, bukan salah kami. Dananya saya proses hari ini ya.';
const CUSTOMER = 'Paket saya belum sampai juga, sudah 2 minggu! Saya kecewa banget.';
const INPUT = { draft: DRAFT, customerMessage: CUSTOMER, earlierCustomerMessages: [], audience: 'customer', messageLanguage: 'en' } as const;

function configFor(rules: Record<string, 'off' | 'warn'> = {}, agentName = '') {
  return resolveSiteConfig({ host: 'acme.zendesk.com', user: { ...DEFAULT_USER_SETTINGS, rules, agentName }, policy: EMPTY_POLICY, packs: [], ruleIds: RULES.map((rule) => rule.meta.id) });
}

function readyWarmUp() {
  return { ready: true, start: vi.fn(), whenReady: vi.fn() };
}

function service(config = configFor(), warmUp: { ready: boolean; start: () => void; whenReady: (key: unknown, then: () => void) => void } = readyWarmUp()) {
  const asked: string[] = [];
  const analysis = createAnalysisService({
    siteConfig: async (url) => {
      asked.push(url);
      return { config, packs: [] };
    },
    warmUp,
  });
  return { analysis, asked };
}

describe('analyses in the worker', () => {
  test("the report is the engine's, with the settings of the sender's page", async () => {
    const config = configFor();
    const { analysis, asked } = service(config);
    const reply = await analysis.analyze(INPUT, PAGE);
    expect(asked).toEqual([PAGE]);
    const expected = analyze(DRAFT, { customerMessage: CUSTOMER, earlierCustomerMessages: [], audience: 'customer', language: 'auto', tier: 'self', messageLanguage: 'en', rules: engineRules(config), packs: [], placeholders: {} });
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(reply).toEqual({ ok: true, report: expected });
  });

  test("a rule the agent turned off on the page's site finds nothing there", async () => {
    const found = await service().analysis.analyze(INPUT, PAGE);
    if (!found.ok) throw new Error(found.message);
    const rule = found.report.findings[0]!.rule;
    const off = await service(configFor({ [rule]: 'off' })).analysis.analyze(INPUT, PAGE);
    if (!off.ok) throw new Error(off.message);
    expect(off.report.findings.map((finding) => finding.rule)).not.toContain(rule);
  });

  test('the customer as the draft addresses them is the name the phrases fill in, and is said back to the page', async () => {
    const reply = await service().analysis.analyze({ ...INPUT, draft: 'Halo Kak Rina, mohon maaf atas keterlambatannya.', customerName: 'Rina Wulandari' }, PAGE);
    expect(reply).toMatchObject({ ok: true, addressed: 'Kak Rina' });
  });

  test.each([
    ['no draft', { ...INPUT, draft: undefined }],
    ['a draft that is no string', { ...INPUT, draft: 42 }],
    ['a draft longer than any tail the page sends', { ...INPUT, draft: 'a'.repeat(60_001) }],
    ['an audience the page cannot have', { ...INPUT, audience: 'everyone' }],
    ['settings of its own', { ...INPUT, rules: { 'blame-third-party': 'off' } }],
    ['packs of its own', { ...INPUT, packs: [{ id: 'evil' }] }],
    ['too many earlier messages', { ...INPUT, earlierCustomerMessages: Array.from({ length: 21 }, () => 'x') }],
  ])('a request with %s is refused, and nothing is analysed', async (_what, input) => {
    const { analysis, asked } = service();
    expect(await analysis.analyze(input, PAGE)).toEqual({ ok: false, message: 'Not an analysis request.' });
    expect(asked).toEqual([]);
  });

  test('what applies on a site is read once, and again after storage changed', async () => {
    const { analysis, asked } = service();
    await analysis.analyze(INPUT, PAGE);
    await analysis.analyze({ ...INPUT, draft: 'Terima kasih.' }, PAGE);
    await analysis.analyze(INPUT, 'https://acme.zendesk.com/agent/tickets/2');
    expect(asked).toEqual([PAGE]);
    // Another site has its own settings.
    await analysis.analyze(INPUT, 'https://help.example.com/inbox');
    expect(asked).toHaveLength(2);
    analysis.forget();
    await analysis.analyze(INPUT, PAGE);
    expect(asked).toHaveLength(3);
  });

  test('a read with problems, or one that failed, is read again next time', async () => {
    let reads = 0;
    let fail = true;
    const analysis = createAnalysisService({
      siteConfig: async () => {
        reads++;
        if (fail) throw new Error('storage is gone');
        return { config: configFor(), packs: [], problems: ['the policy could not be read: busy'] };
      },
      warmUp: readyWarmUp(),
    });
    expect(await analysis.analyze(INPUT, PAGE)).toMatchObject({ ok: false });
    fail = false;
    expect(await analysis.analyze(INPUT, PAGE)).toMatchObject({ ok: true });
    expect(await analysis.analyze(INPUT, PAGE)).toMatchObject({ ok: true });
    expect(reads).toBe(3);
  });

  test('an analysis waits for the engine to be ready, then runs', async () => {
    const waiting: (() => void)[] = [];
    const warmUp = { ready: false, start: vi.fn(), whenReady: (_key: unknown, then: () => void) => void waiting.push(then) };
    const { analysis } = service(configFor(), warmUp);
    let settled = false;
    const reply = analysis.analyze(INPUT, PAGE).then((result) => ((settled = true), result));
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    expect(settled).toBe(false);
    warmUp.ready = true;
    waiting[0]!();
    expect(await reply).toMatchObject({ ok: true });
    // What is left of the preparation goes on after it.
    expect(warmUp.start).toHaveBeenCalled();
  });

  test('two analyses waiting at once are both answered', async () => {
    const waiting: (() => void)[] = [];
    const warmUp = { ready: false, start: vi.fn(), whenReady: (_key: unknown, then: () => void) => void waiting.push(then) };
    const { analysis } = service(configFor(), warmUp);
    const replies = Promise.all([analysis.analyze(INPUT, PAGE), analysis.analyze({ ...INPUT, draft: 'Terima kasih.' }, PAGE)]);
    await vi.waitFor(() => expect(waiting).toHaveLength(2));
    warmUp.ready = true;
    waiting.forEach((then) => then());
    expect((await replies).map((reply) => reply.ok)).toEqual([true, true]);
  });

  test('an error in the engine or the settings is answered as an error, with its message', async () => {
    const analysis = createAnalysisService({
      siteConfig: () => Promise.reject(new Error('storage is gone')),
      warmUp: readyWarmUp(),
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await analysis.analyze(INPUT, PAGE)).toEqual({ ok: false, message: 'storage is gone' });
  });

  test('prepare starts the preparation and answers at once', () => {
    const warmUp = readyWarmUp();
    expect(service(configFor(), warmUp).analysis.prepare()).toEqual({ ok: true });
    expect(warmUp.start).toHaveBeenCalledTimes(1);
  });
});

describe('notes, phrases and a phrase’s language in the worker', () => {
  test("an incident note quotes the customer's abuse; a calm message has none", async () => {
    const { analysis } = service();
    const base = { note: 'incident', draft: DRAFT, at: Date.UTC(2026, 11, 7, 5, 0), timeZone: 'Asia/Jakarta', placeholders: {} } as const;
    const abusive = await analysis.note({ ...base, customerMessage: 'Dasar penipu bodoh! Saya laporkan kalian ke polisi!' }, PAGE);
    expect(abusive).toMatchObject({ ok: true, note: { text: expect.stringContaining('penipu') } });
    expect(await analysis.note({ ...base, customerMessage: 'Kapan paket saya sampai?' }, PAGE)).toEqual({ ok: true, note: null });
    expect(await analysis.note({ ...base, customerMessage: 'x', packs: [] }, PAGE)).toEqual({ ok: false, message: 'Not a note request.' });
  });

  test('the phrases are the packs’, without the note templates', async () => {
    const reply = await service().analysis.phrases(PAGE);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.phrases.length).toBeGreaterThan(10);
    expect(reply.phrases.filter((phrase) => phrase.tags?.includes('note'))).toEqual([]);
  });

  test('the phrases of settings or packs that cannot be read are answered as an error, with its message', async () => {
    const analysis = createAnalysisService({ siteConfig: () => Promise.reject(new Error('storage is gone')), warmUp: readyWarmUp() });
    expect(await analysis.phrases(PAGE)).toEqual({ ok: false, message: 'storage is gone' });
  });

  test('a phrase’s language is told from its words', () => {
    const { analysis } = service();
    expect(analysis.withLanguage({ text: 'Terima kasih sudah menunggu, Kak, pesanannya sudah kami kirim hari ini.' }).language).toBe('id');
    expect(analysis.withLanguage({ text: 'Thank you for waiting, your order was sent today.', step: 'checkBack' })).toEqual({ text: 'Thank you for waiting, your order was sent today.', step: 'checkBack', language: 'en' });
    expect(analysis.withLanguage({ text: 'Thank you for waiting, your order was sent today.', language: 'ms' }).language).toBe('ms');
  });

  test('a phrase that is not one goes on as it came, for the personal pack to refuse: no language is told from nothing', () => {
    const { analysis } = service();
    for (const phrase of [undefined, null, 'Terima kasih', {}, { text: '' }, { text: '   ' }, { text: 42 }]) {
      expect(analysis.withLanguage(phrase as never)).toBe(phrase);
    }
  });
});
