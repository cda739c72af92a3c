// The worker's wiring: the refresh alarm, the policy sync at start and on a managed-storage change,
// and the request handlers, with webextension-polyfill replaced by a small fake browser.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { InstalledPack } from '../../../src/extension/packs/types.js';
import { fakeFetch, json, memoryStorage, packServer, teamPack } from './helpers.js';

type Listener<A extends unknown[]> = (...args: A) => void;

const fake = vi.hoisted(() => ({
  browser: undefined as unknown,
}));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_t, key) => (fake.browser as Record<string | symbol, unknown>)[key] }) }));

const PACK_URL = 'https://packs.example.com/team.json';
const POLICY_URL = 'https://admin.example.com/company.json';

function fakeBrowser(managed: Record<string, unknown>) {
  const local = memoryStorage();
  const alarms = new Map<string, { name: string; periodInMinutes?: number; scheduledTime: number }>();
  const alarmListeners: Listener<[{ name: string }]>[] = [];
  const changeListeners: Listener<[Record<string, unknown>, string]>[] = [];
  const browser = {
    storage: {
      local,
      managed: { get: async () => structuredClone(managed) },
      onChanged: { addListener: (l: Listener<[Record<string, unknown>, string]>) => changeListeners.push(l), removeListener: () => {} },
    },
    alarms: {
      get: async (name: string) => alarms.get(name),
      create: vi.fn(async (name: string, info: { delayInMinutes?: number; periodInMinutes?: number }) => {
        alarms.set(name, { name, periodInMinutes: info.periodInMinutes, scheduledTime: Date.now() + (info.delayInMinutes ?? 0) * 60_000 });
      }),
      onAlarm: { addListener: (l: Listener<[{ name: string }]>) => alarmListeners.push(l) },
    },
  };
  return {
    browser,
    local,
    alarms,
    managed,
    fireAlarm: (name: string) => alarmListeners.forEach((l) => l({ name })),
    changeManaged: () => changeListeners.forEach((l) => l({}, 'managed')),
  };
}

const company = json(teamPack({ id: 'company', name: 'Company', rules: [], examples: [] }));

let world: ReturnType<typeof fakeBrowser>;
let fetch: ReturnType<typeof fakeFetch>;
const packs = () => (world.local.data.packs ?? []) as InstalledPack[];
// Each test starts the worker afresh, which imports the whole engine (to check packs' examples): on a machine busy with
// other test files that takes seconds,
// so the waits below allow 5 s, not vi.waitFor's 1 s (the options page's tests wait for the worker the same way).
const WORKER = { timeout: 5_000 };

async function startWorker() {
  vi.resetModules();
  const module = await import('../../../src/extension/background/packs.js');
  module.startPackSchedule();
  return module;
}

beforeEach(() => {
  world = fakeBrowser({ packUrls: [POLICY_URL] });
  fake.browser = world.browser;
  fetch = fakeFetch({ [POLICY_URL]: packServer(() => company, () => '"c1"'), [PACK_URL]: packServer(() => json(teamPack()), () => '"t1"') });
  vi.stubGlobal('fetch', fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pack schedule in the worker', () => {
  test('creates the refresh alarm once, every six hours, and keeps an existing one', async () => {
    await startWorker();
    await vi.waitFor(() => expect(world.alarms.get('ramah-pack-refresh')).toMatchObject({ periodInMinutes: 360 }), WORKER);
    expect(world.browser.alarms.create).toHaveBeenCalledWith('ramah-pack-refresh', { delayInMinutes: 360, periodInMinutes: 360 });
    await vi.waitFor(() => expect(packs().length).toBe(1), WORKER);
    // A second worker start finds the alarm and leaves its schedule alone.
    await startWorker();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(world.browser.alarms.create).toHaveBeenCalledTimes(1);
  });

  test("installs the admin's packs at start, with the policy's own source", async () => {
    await startWorker();
    await vi.waitFor(() => expect(packs()).toMatchObject([{ id: 'company', source: { type: 'policy', url: POLICY_URL }, enabled: true }]), WORKER);
  });

  test('the alarm refreshes URL packs with a conditional request', async () => {
    const { packHandlers } = await startWorker();
    await vi.waitFor(() => expect(packs()).toHaveLength(1), WORKER);
    expect(await packHandlers['pack-install']({ kind: 'pack-install', from: { type: 'url', url: PACK_URL } })).toMatchObject({ ok: true });
    const asked = fetch.requests.length;
    world.fireAlarm('ramah-pack-refresh');
    await vi.waitFor(() => expect(fetch.requests.length).toBe(asked + 2), WORKER);
    expect(fetch.requests.slice(asked).map((r) => [r.url, r.headers['if-none-match']]).sort()).toEqual([
      [POLICY_URL, '"c1"'],
      [PACK_URL, '"t1"'],
    ]);
    // Another extension's alarm is not ours.
    world.fireAlarm('something-else');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch.requests.length).toBe(asked + 2);
  });

  test('a change of the managed policy installs and removes policy packs', async () => {
    await startWorker();
    await vi.waitFor(() => expect(packs()).toHaveLength(1), WORKER);
    world.managed.packUrls = [];
    world.changeManaged();
    await vi.waitFor(() => expect(packs()).toEqual([]), WORKER);
  });

  test('the handlers answer every pack request kind', async () => {
    const { packHandlers } = await startWorker();
    await vi.waitFor(() => expect(packs()).toHaveLength(1), WORKER);
    expect(Object.keys(packHandlers).sort()).toEqual(
      ['pack-enable', 'pack-export', 'pack-install', 'pack-move', 'pack-refresh', 'pack-remove', 'packs-list', 'personal-phrase-remove', 'personal-phrase-save'].sort(),
    );
    await packHandlers['pack-install']({ kind: 'pack-install', from: { type: 'file', name: 'team.json', text: json(teamPack()) } });
    await packHandlers['personal-phrase-save']({ kind: 'personal-phrase-save', phrase: { text: 'Sama-sama, Kak!', language: 'id', step: 'extra' } });
    await packHandlers['pack-move']({ kind: 'pack-move', id: 'personal', to: 0 });
    await packHandlers['pack-enable']({ kind: 'pack-enable', id: 'team', enabled: false });
    const list = await packHandlers['packs-list']({ kind: 'packs-list' });
    expect(list.packs.map((p) => `${p.id}:${p.enabled}`)).toEqual(['personal:true', 'company:true', 'team:false']);
    expect(await packHandlers['pack-remove']({ kind: 'pack-remove', id: 'company' })).toMatchObject({ ok: false });
    expect(await packHandlers['pack-export']({ kind: 'pack-export', id: 'team' })).toMatchObject({ ok: true, fileName: 'team-1.0.0.json' });
    expect(await packHandlers['pack-refresh']({ kind: 'pack-refresh', id: 'company' })).toMatchObject({ ok: true });
    expect(await packHandlers['personal-phrase-remove']({ kind: 'personal-phrase-remove', id: 'mine-sama-sama-kak' })).toEqual({ ok: true });
  });
});
