import { describe, expect, test } from 'vitest';
import { parsePack } from '../../../src/engine/packs/schema.js';
import { createPackManager, POLICY_RETRY_MS, REFRESH_PERIOD_MINUTES } from '../../../src/extension/packs/manager.js';
import { PACKS_KEY, type InstalledPack } from '../../../src/extension/packs/types.js';
import { fakeFetch, json, memoryStorage, packServer, teamPack, type Reply } from './helpers.js';

const PACK_URL = 'https://packs.example.com/team.json';
const POLICY_URL = 'https://admin.example.com/policy-pack.json';

function setup({ routes = {} as Record<string, Reply>, policyUrls = [] as string[], stored = {} as Record<string, unknown> } = {}) {
  const storage = memoryStorage(stored);
  const fetch = fakeFetch(routes);
  let clock = 1_000_000;
  const policy: { urls: string[]; unreadable?: Error } = { urls: policyUrls };
  const manager = createPackManager({
    storage,
    fetch,
    now: () => clock,
    policyPackUrls: async () => {
      if (policy.unreadable) throw policy.unreadable;
      return policy.urls;
    },
  });
  const stored_ = () => (storage.data[PACKS_KEY] ?? []) as InstalledPack[];
  return {
    storage,
    fetch,
    manager,
    policy,
    packs: stored_,
    pack: (id: string) => stored_().find((p) => p.id === id),
    tick: (ms: number) => (clock += ms),
    now: () => clock,
  };
}

/** A pack server whose file and ETag the test changes. */
function server(initial = json(teamPack())) {
  const state = { body: initial, etag: '"v1"' };
  return { state, reply: packServer(() => state.body, () => state.etag) };
}

const fileInstall = (text: string, name = 'team.json') => ({ type: 'file' as const, name, text });

describe('installing a pack', () => {
  test('from a file: it is stored last, enabled, with the JSON as written', async () => {
    const t = setup();
    const reply = await t.manager.install(fileInstall(json(teamPack())));
    expect(reply).toMatchObject({ ok: true, pack: { id: 'team', version: '1.0.0', source: { type: 'file', name: 'team.json' }, enabled: true } });
    expect(t.packs().map((p) => p.id)).toEqual(['team']);
    expect(t.pack('team')!.json).toEqual(teamPack());
    expect((await t.manager.list()).packs).toEqual(t.packs());
  });

  test('from an https URL: with the validators the server sent and when it was checked', async () => {
    const { reply } = server();
    const t = setup({ routes: { [PACK_URL]: reply } });
    expect(await t.manager.install({ type: 'url', url: PACK_URL })).toMatchObject({ ok: true, pack: { id: 'team', source: { type: 'url', url: PACK_URL } } });
    expect(t.pack('team')).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 01 Dec 2025 08:00:00 GMT', checkedAt: t.now() });
    expect(t.fetch.requests[0]!.init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  test('a refused pack changes nothing: errors name the place, the installed version stays untouched', async () => {
    const t = setup();
    await t.manager.install(fileInstall(json(teamPack())));
    const before = structuredClone(t.storage.data);
    const writes = t.storage.writes.length;

    const badStep = teamPack({ version: '2.0.0', phrases: [1, 2, 3, 4].map((n) => ({ id: `p${n}`, text: `Phrase ${n}.`, step: n === 4 ? 'greeting' : 'resolution' })) });
    const schema = await t.manager.install(fileInstall(json(badStep)));
    expect(schema).toMatchObject({ ok: false, message: 'The pack was refused: 1 error in the file.' });
    expect(!schema.ok && schema.errors.map((e) => e.path)).toEqual(['phrases[3].step']);

    const failing = await t.manager.install(fileInstall(json(teamPack({ version: '2.0.0', examples: [{ draft: 'Dear Ms Tan.', warnings: ['no-mate'] }] }))));
    expect(failing).toMatchObject({ ok: false, message: expect.stringMatching(/examples do not pass/) });
    expect(!failing.ok && failing.errors.map((e) => e.path)).toEqual(['examples[0].warnings']);

    const notJson = await t.manager.install(fileInstall('{ "id": "team", '));
    expect(!notJson.ok && notJson.errors.map((e) => e.path)).toEqual(['(file)']);

    expect(t.storage.writes.length).toBe(writes);
    expect(t.storage.data).toEqual(before);
  });

  test('a URL that fails or is not https installs nothing', async () => {
    const t = setup({ routes: { [PACK_URL]: new Response('no', { status: 404 }) } });
    expect(await t.manager.install({ type: 'url', url: PACK_URL })).toEqual({ ok: false, message: 'The pack could not be fetched: the server answered HTTP 404.', errors: [] });
    expect(await t.manager.install({ type: 'url', url: 'http://packs.example.com/team.json' })).toMatchObject({ ok: false, message: 'A pack address must start with https://.' });
    expect(t.fetch.requests).toHaveLength(1);
    expect(t.storage.writes).toHaveLength(0);
  });

  test('a pack with an installed id replaces it in place, keeping position and enabled state', async () => {
    const t = setup();
    await t.manager.install(fileInstall(json(teamPack())));
    await t.manager.install(fileInstall(json(teamPack({ id: 'other', name: 'Other', rules: [], examples: [] }))));
    await t.manager.enable('team', false);
    const installedAt = t.pack('team')!.installedAt;
    t.tick(5000);
    const reply = await t.manager.install(fileInstall(json(teamPack({ version: '2.0.0' })), 'team-2.json'));
    expect(reply).toMatchObject({ ok: true, pack: { version: '2.0.0', enabled: false } });
    expect(t.packs().map((p) => `${p.id}@${p.version}`)).toEqual(['team@2.0.0', 'other@1.0.0']);
    expect(t.pack('team')).toMatchObject({ installedAt, updatedAt: t.now(), source: { type: 'file', name: 'team-2.json' } });
  });
});

describe('refreshing a URL pack', () => {
  async function installed() {
    const s = server();
    const t = setup({ routes: { [PACK_URL]: s.reply } });
    await t.manager.install({ type: 'url', url: PACK_URL });
    return { ...t, server: s.state };
  }

  test('an unchanged pack: a conditional request, a 304, and only checkedAt moves', async () => {
    const t = await installed();
    const before = t.pack('team')!;
    t.tick(60_000);
    const reply = await t.manager.refresh('team');
    expect(reply).toMatchObject({ ok: true, pack: { version: '1.0.0' } });
    expect(t.fetch.requests.at(-1)!.headers).toEqual({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 01 Dec 2025 08:00:00 GMT' });
    expect(t.pack('team')).toEqual({ ...before, checkedAt: t.now() });
  });

  test('a new version replaces the stored one, with its new validators', async () => {
    const t = await installed();
    t.server.body = json(teamPack({ version: '1.1.0', phrases: [{ id: 'team-hello', step: 'acknowledgement', text: 'Thank you for waiting, {customer_name}.' }] }));
    t.server.etag = '"v2"';
    t.tick(60_000);
    expect(await t.manager.refresh('team')).toMatchObject({ ok: true, pack: { version: '1.1.0' } });
    expect(t.pack('team')).toMatchObject({ version: '1.1.0', etag: '"v2"', updatedAt: t.now(), checkedAt: t.now() });
    expect(parsePack(t.pack('team')!.json)).toMatchObject({ ok: true, pack: { phrases: [{ text: 'Thank you for waiting, {customer_name}.' }] } });
  });

  test('a broken refresh keeps the last good version and records the problem with its time; a good one clears it', async () => {
    const t = await installed();
    const good = t.pack('team')!;

    t.server.body = '{ "id": "team", "name": ';
    t.server.etag = '"broken"';
    t.tick(1000);
    const notJson = await t.manager.refresh('team');
    expect(notJson).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
    expect(t.pack('team')).toEqual({ ...good, checkedAt: t.now(), problem: { at: t.now(), message: expect.stringMatching(/refused.*last good version stays in use/), errors: [{ path: '(file)', message: expect.stringMatching(/not valid JSON/) }] } });

    t.server.body = json(teamPack({ version: '1.2.0', examples: [{ draft: 'Hello Ms Tan.', warnings: ['no-mate'] }] }));
    t.server.etag = '"failing"';
    t.tick(1000);
    await t.manager.refresh('team');
    expect(t.pack('team')).toMatchObject({ version: '1.0.0', json: good.json, etag: '"v1"', problem: { at: t.now(), errors: [{ path: 'examples[0].warnings' }] } });

    t.fetch.routes[PACK_URL] = new Response('oops', { status: 503 });
    t.tick(1000);
    expect(await t.manager.refresh('team')).toMatchObject({ ok: false, message: 'The refresh failed: the server answered HTTP 503. The last good version stays in use.' });
    expect(t.pack('team')).toMatchObject({ version: '1.0.0', problem: { at: t.now(), errors: [] } });

    t.fetch.routes[PACK_URL] = packServer(() => json(teamPack({ version: '1.3.0' })), () => '"v3"');
    t.tick(1000);
    expect(await t.manager.refresh('team')).toMatchObject({ ok: true });
    expect(t.pack('team')).toMatchObject({ version: '1.3.0', etag: '"v3"' });
    expect(t.pack('team')!.problem).toBeUndefined();
  });

  test('a 304 after a problem clears it too', async () => {
    const t = await installed();
    t.fetch.routes[PACK_URL] = new Response('', { status: 500 });
    await t.manager.refresh('team');
    expect(t.pack('team')!.problem).toBeDefined();
    t.fetch.routes[PACK_URL] = new Response(null, { status: 304 });
    await t.manager.refresh('team');
    expect(t.pack('team')!.problem).toBeUndefined();
    expect(t.pack('team')!.etag).toBe('"v1"');
  });

  test('a file at the address that now has another id is not taken', async () => {
    const t = await installed();
    t.server.body = json(teamPack({ id: 'someone-else' }));
    t.server.etag = '"other"';
    expect(await t.manager.refresh('team')).toMatchObject({ ok: false, message: expect.stringMatching(/now has the id "someone-else"/) });
    expect(t.packs().map((p) => p.id)).toEqual(['team']);
  });

  test('the same file again without validators is not an update', async () => {
    const t = setup({ routes: { [PACK_URL]: () => new Response(json(teamPack())) } });
    await t.manager.install({ type: 'url', url: PACK_URL });
    const updatedAt = t.pack('team')!.updatedAt;
    t.tick(1000);
    await t.manager.refresh('team');
    expect(t.pack('team')).toMatchObject({ updatedAt, checkedAt: t.now() });
  });

  test('two refreshes at once ask the server once', async () => {
    const t = await installed();
    const requests = t.fetch.requests.length;
    await Promise.all([t.manager.refresh('team'), t.manager.refresh('team')]);
    expect(t.fetch.requests.length).toBe(requests + 1);
  });

  test('a file pack has nothing to refresh', async () => {
    const t = setup();
    await t.manager.install(fileInstall(json(teamPack())));
    expect(await t.manager.refresh('team')).toMatchObject({ ok: false, message: expect.stringMatching(/not installed from an address/) });
    expect(await t.manager.refresh('nope')).toMatchObject({ ok: false, message: 'No installed pack has the id "nope".' });
  });

  test('at worker start only overdue packs are asked; on the schedule, all of them', async () => {
    const t = await installed();
    const asked = () => t.fetch.requests.length;
    const start = asked();
    await t.manager.onStart();
    expect(asked()).toBe(start);
    t.tick(REFRESH_PERIOD_MINUTES * 60_000);
    await t.manager.onStart();
    expect(asked()).toBe(start + 1);
    await t.manager.onSchedule();
    expect(asked()).toBe(start + 2);
    expect(t.pack('team')!.checkedAt).toBe(t.now());
  });
});

describe("the admin's packs", () => {
  function withPolicy() {
    const s = server(json(teamPack({ id: 'company', name: 'Company', rules: [], examples: [] })));
    return setup({ routes: { [POLICY_URL]: s.reply, [PACK_URL]: server().reply }, policyUrls: [POLICY_URL] });
  }

  test('are installed from the policy, always on, and cannot be removed, turned off or replaced by the agent', async () => {
    const t = withPolicy();
    await t.manager.onStart();
    expect(t.pack('company')).toMatchObject({ source: { type: 'policy', url: POLICY_URL }, enabled: true, etag: '"v1"' });
    expect(await t.manager.remove('company')).toEqual({ ok: false, message: expect.stringMatching(/policy: it cannot be removed/) });
    expect(await t.manager.enable('company', false)).toEqual({ ok: false, message: expect.stringMatching(/policy: it cannot be turned off/) });
    expect(await t.manager.install(fileInstall(json(teamPack({ id: 'company', version: '9.9.9', rules: [], examples: [] }))))).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be replaced/) });
    expect(t.pack('company')!.version).toBe('1.0.0');
  });

  test('a pack no longer listed is removed; the agent’s own packs stay', async () => {
    const t = withPolicy();
    await t.manager.install({ type: 'url', url: PACK_URL });
    await t.manager.syncPolicy({ retryFailed: false });
    expect(t.packs().map((p) => p.id)).toEqual(['team', 'company']);
    t.policy.urls = [];
    await t.manager.syncPolicy({ retryFailed: false });
    expect(t.packs().map((p) => p.id)).toEqual(['team']);
  });

  test('a policy that cannot be read removes nothing, and the URL packs are still refreshed on schedule', async () => {
    const t = withPolicy();
    await t.manager.install({ type: 'url', url: PACK_URL });
    await t.manager.onStart();
    expect(t.packs().map((p) => p.id)).toEqual(['team', 'company']);
    t.policy.unreadable = new Error('the policy could not be read: IO error');
    t.tick(REFRESH_PERIOD_MINUTES * 60_000);
    const asked = t.fetch.requests.length;
    await expect(t.manager.onSchedule()).rejects.toThrow('IO error');
    expect(t.packs().map((p) => p.id)).toEqual(['team', 'company']);
    expect(t.fetch.requests.slice(asked).map((request) => request.url)).toEqual(expect.arrayContaining([PACK_URL, POLICY_URL]));
  });

  test('the policy pack takes the place of an agent’s pack with the same id', async () => {
    const t = withPolicy();
    await t.manager.install(fileInstall(json(teamPack({ id: 'company', name: 'Mine', rules: [], examples: [] }))));
    await t.manager.enable('company', false);
    await t.manager.syncPolicy({ retryFailed: false });
    expect(t.packs()).toMatchObject([{ id: 'company', name: 'Company', enabled: true, source: { type: 'policy' } }]);
  });

  test('an installed policy pack is refreshed like a URL pack, not installed again', async () => {
    const t = withPolicy();
    await t.manager.syncPolicy({ retryFailed: false });
    await t.manager.syncPolicy({ retryFailed: false });
    expect(t.fetch.requests.filter((r) => r.url === POLICY_URL)).toHaveLength(1);
    await t.manager.onSchedule();
    expect(t.fetch.requests.at(-1)).toMatchObject({ url: POLICY_URL, headers: { 'if-none-match': '"v1"' } });
  });

  test('a policy URL that cannot be installed is listed with its problem, and tried again later', async () => {
    const t = setup({ routes: {}, policyUrls: [POLICY_URL] });
    await t.manager.onStart();
    const listed = await t.manager.list();
    expect(listed.packs).toEqual([]);
    expect(listed.policyProblems).toEqual([{ url: POLICY_URL, problem: { at: t.now(), message: expect.stringMatching(/could not be fetched: not reachable/), errors: [] } }]);
    const asked = () => t.fetch.requests.length;
    // Not again at every worker start...
    await t.manager.onStart();
    expect(asked()).toBe(1);
    // ...but after a while, on the schedule, and when the policy changes.
    t.tick(POLICY_RETRY_MS);
    await t.manager.onStart();
    expect(asked()).toBe(2);
    await t.manager.onSchedule();
    expect(asked()).toBe(3);
    t.fetch.routes[POLICY_URL] = server(json(teamPack({ id: 'company', rules: [], examples: [] }))).reply;
    await t.manager.syncPolicy({ retryFailed: true });
    expect(await t.manager.list()).toMatchObject({ packs: [{ id: 'company' }], policyProblems: [] });
  });

  test('two policy URLs giving the same pack id: the second is refused, not swapped in', async () => {
    const other = 'https://admin.example.com/copy.json';
    const body = json(teamPack({ id: 'company', rules: [], examples: [] }));
    const t = setup({ routes: { [POLICY_URL]: server(body).reply, [other]: server(body).reply }, policyUrls: [POLICY_URL, other] });
    await t.manager.syncPolicy({ retryFailed: false });
    const listed = await t.manager.list();
    expect(listed.packs).toMatchObject([{ id: 'company', source: { url: POLICY_URL } }]);
    expect(listed.policyProblems).toMatchObject([{ url: other, problem: { message: expect.stringMatching(/already gives the pack "company"/) } }]);
  });
});

describe('managing packs', () => {
  async function three() {
    const t = setup();
    for (const id of ['a', 'b', 'c']) await t.manager.install(fileInstall(json(teamPack({ id, rules: [], examples: [] }))));
    return t;
  }

  test('move, enable and remove change the stored list in order', async () => {
    const t = await three();
    expect(await t.manager.move('c', 0)).toEqual({ ok: true });
    expect(await t.manager.enable('a', false)).toEqual({ ok: true });
    expect(await t.manager.remove('b')).toEqual({ ok: true });
    expect(t.packs().map((p) => `${p.id}:${p.enabled}`)).toEqual(['c:true', 'a:false']);
    expect(await t.manager.remove('b')).toEqual({ ok: false, message: 'No installed pack has the id "b".' });
  });

  test('export gives a file name and the pack JSON, pretty-printed', async () => {
    const t = await three();
    const exported = await t.manager.export('b');
    expect(exported).toEqual({ ok: true, fileName: 'b-1.0.0.json', text: `${JSON.stringify(teamPack({ id: 'b', rules: [], examples: [] }), null, 2)}\n` });
    expect(await t.manager.export('zzz')).toMatchObject({ ok: false });
  });
});

describe('the personal pack', () => {
  test('is made on the first saved phrase, with stable generated ids, and passes the schema', async () => {
    const t = setup();
    const first = await t.manager.savePhrase({ text: '  Terima kasih sudah sabar menunggu, {customer_name}! ', language: 'id', step: 'acknowledgement' });
    expect(first).toEqual({ ok: true, id: 'mine-terima-kasih-sudah-sabar-menunggu' });
    const second = await t.manager.savePhrase({ text: 'Boleh saya tahu nomor pesanannya?', language: 'ms', step: 'clarification' });
    // The same words for another step: a phrase of its own, with an id of its own.
    const third = await t.manager.savePhrase({ text: 'Terima kasih sudah sabar menunggu, {customer_name}!', language: 'id', step: 'extra' });
    expect(second).toEqual({ ok: true, id: 'mine-boleh-saya-tahu-nomor-pesanannya' });
    expect(third).toEqual({ ok: true, id: 'mine-terima-kasih-sudah-sabar-menunggu-2' });

    const personal = t.pack('personal')!;
    expect(personal).toMatchObject({ source: { type: 'personal' }, enabled: true, languages: ['id', 'ms'], version: '1.0.2' });
    const parsed = parsePack(personal.json);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.pack.phrases).toEqual([
      { id: 'mine-terima-kasih-sudah-sabar-menunggu', text: 'Terima kasih sudah sabar menunggu, {customer_name}!', language: 'id', step: 'acknowledgement' },
      { id: 'mine-boleh-saya-tahu-nomor-pesanannya', text: 'Boleh saya tahu nomor pesanannya?', language: 'ms', step: 'clarification' },
      { id: 'mine-terima-kasih-sudah-sabar-menunggu-2', text: 'Terima kasih sudah sabar menunggu, {customer_name}!', language: 'id', step: 'extra' },
    ]);

    // Removing one leaves the others' ids as they were.
    expect(await t.manager.removePhrase('mine-boleh-saya-tahu-nomor-pesanannya')).toEqual({ ok: true });
    const after = parsePack(t.pack('personal')!.json);
    expect(after.ok && after.pack.phrases.map((p) => p.id)).toEqual(['mine-terima-kasih-sudah-sabar-menunggu', 'mine-terima-kasih-sudah-sabar-menunggu-2']);
    expect(t.pack('personal')!.languages).toEqual(['id']);
    expect(await t.manager.removePhrase('mine-boleh-saya-tahu-nomor-pesanannya')).toMatchObject({ ok: false });
  });

  test('saving the same phrase twice keeps one', async () => {
    const t = setup();
    const a = await t.manager.savePhrase({ text: 'Thanks for waiting.', language: 'en', step: 'acknowledgement' });
    const writes = t.storage.writes.length;
    expect(await t.manager.savePhrase({ text: 'Thanks for waiting.', language: 'en', step: 'acknowledgement' })).toEqual(a);
    expect(t.storage.writes.length).toBe(writes);
  });

  test('keeps its place in the list, after the packs installed before it', async () => {
    const t = setup();
    await t.manager.install(fileInstall(json(teamPack())));
    await t.manager.savePhrase({ text: 'Hello!', language: 'en' });
    await t.manager.install(fileInstall(json(teamPack({ id: 'later', rules: [], examples: [] }))));
    await t.manager.savePhrase({ text: 'Bye!', language: 'en' });
    expect(t.packs().map((p) => p.id)).toEqual(['team', 'personal', 'later']);
  });

  test('refuses what would not be a valid pack, and changes nothing', async () => {
    const t = setup();
    await t.manager.savePhrase({ text: 'Kept.', language: 'en' });
    const before = structuredClone(t.storage.data);
    expect(await t.manager.savePhrase({ text: '   ', language: 'en' })).toEqual({ ok: false, message: 'The phrase is empty.' });
    expect(await t.manager.savePhrase({ text: 'x'.repeat(601), language: 'en' })).toEqual({ ok: false, message: expect.stringMatching(/phrases\[1\]\.text must be at most 600 characters/) });
    expect(await t.manager.savePhrase({ text: 'Bonjour', language: 'fr' as 'en' })).toMatchObject({ ok: false });
    expect(await t.manager.savePhrase({ text: 'Hi', language: 'en', step: 'greeting' as 'extra' })).toMatchObject({ ok: false });
    expect(t.storage.data).toEqual(before);
  });

  test('is exported to share under an id of its own, so that a colleague who installs it keeps their own', async () => {
    const t = setup();
    await t.manager.savePhrase({ text: 'Saya bantu cek sekarang, ya.', language: 'id', step: 'resolution' });
    const exported = await t.manager.export('personal');
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const file = JSON.parse(exported.text) as { id: string };
    expect(file.id).toMatch(/^personal-[0-9a-z]+$/);
    expect(exported.fileName).toBe(`${file.id}-1.0.0.json`);
    expect(exported.text).toBe(`${JSON.stringify(file, null, 2)}\n`);

    // The colleague installs it as a file next to their own personal pack.
    const colleague = setup();
    await colleague.manager.savePhrase({ text: 'Mine.', language: 'en' });
    expect(await colleague.manager.install(fileInstall(exported.text, exported.fileName))).toMatchObject({ ok: true, pack: { id: file.id } });
    expect(colleague.packs().map((p) => p.id)).toEqual(['personal', file.id]);
    // A hand-made file claiming the personal id is refused.
    expect(await colleague.manager.install(fileInstall(json({ ...file, id: 'personal' })))).toMatchObject({ ok: false, message: expect.stringMatching(/kept for your own phrases/) });
  });
});

describe('writes are serialised', () => {
  test('many phrases saved at once are all kept', async () => {
    const t = setup();
    const replies = await Promise.all(Array.from({ length: 12 }, (_, n) => t.manager.savePhrase({ text: `Phrase number ${n}.`, language: 'en' })));
    expect(replies.every((r) => r.ok)).toBe(true);
    const parsed = parsePack(t.pack('personal')!.json);
    expect(parsed.ok && parsed.pack.phrases.map((p) => p.text).sort()).toEqual(Array.from({ length: 12 }, (_, n) => `Phrase number ${n}.`).sort());
    expect(new Set(replies.map((r) => r.ok && r.id)).size).toBe(12);
  });

  test('requests of every kind at once lose none of each other’s changes', async () => {
    const s = server();
    const t = setup({ routes: { [PACK_URL]: s.reply } });
    await t.manager.install(fileInstall(json(teamPack({ id: 'a', rules: [], examples: [] }))));
    await t.manager.install({ type: 'url', url: PACK_URL });
    s.state.body = json(teamPack({ version: '2.0.0' }));
    s.state.etag = '"v2"';
    await Promise.all([
      t.manager.refresh('team'),
      t.manager.enable('a', false),
      t.manager.savePhrase({ text: 'One.', language: 'en' }),
      t.manager.install(fileInstall(json(teamPack({ id: 'b', rules: [], examples: [] })))),
      t.manager.move('team', 0),
      t.manager.savePhrase({ text: 'Two.', language: 'en' }),
    ]);
    const byId = Object.fromEntries(t.packs().map((p) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual(['a', 'b', 'personal', 'team']);
    expect(t.packs()[0]!.id).toBe('team');
    expect(byId.team!.version).toBe('2.0.0');
    expect(byId.a!.enabled).toBe(false);
    const parsed = parsePack(byId.personal!.json);
    expect(parsed.ok && parsed.pack.phrases.map((p) => p.text).sort()).toEqual(['One.', 'Two.']);
  });
});
