import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_USER_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings/index.js';
import { migrateStoredSettings, onStoredChange, readPolicy, readUserSettings, updateUserSettings } from '../../../src/extension/settings/store.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => fake.reset());

describe('updateUserSettings', () => {
  test("changes what is stored now, so another page's change made since is kept", async () => {
    fake.local.set(SETTINGS_KEY, { ...DEFAULT_USER_SETTINGS, language: 'ms' });
    // Another tab turns a rule off after this page read the settings.
    await fake.writeFromElsewhere({ [SETTINGS_KEY]: { ...DEFAULT_USER_SETTINGS, language: 'ms', rules: { excuse: 'off' } } });
    await updateUserSettings((settings) => void (settings.tier = 'approval'));
    expect(fake.local.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_USER_SETTINGS, language: 'ms', tier: 'approval', rules: { excuse: 'off' } });
  });

  test('writes nothing when the settings cannot be read, instead of the defaults over them', async () => {
    const stored = { ...DEFAULT_USER_SETTINGS, enabled: false, rules: { excuse: 'off' } };
    fake.local.set(SETTINGS_KEY, stored);
    fake.failNextRead(new Error('IO error'));
    await expect(updateUserSettings((settings) => void (settings.tier = 'approval'))).rejects.toThrow('IO error');
    expect(fake.local.get(SETTINGS_KEY)).toEqual(stored);
  });

  test('over corrupt settings, writes the sound fields and the change', async () => {
    fake.local.set(SETTINGS_KEY, { ...DEFAULT_USER_SETTINGS, language: 42, tier: 'approval' });
    await updateUserSettings((settings) => void (settings.enabled = false));
    expect(fake.local.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_USER_SETTINGS, tier: 'approval', enabled: false });
  });
});

describe('readUserSettings', () => {
  test('a failed read is the defaults with a problem, never a throw', async () => {
    fake.failNextRead(new Error('IO error'));
    expect(await readUserSettings()).toEqual({ value: DEFAULT_USER_SETTINGS, problems: [expect.stringContaining('IO error')] });
  });

  test('reads legacy keys as settings', async () => {
    fake.local.set('enabled', false);
    expect((await readUserSettings()).value).toEqual({ ...DEFAULT_USER_SETTINGS, enabled: false });
  });
});

test('migrateStoredSettings moves legacy keys into the versioned settings, once', async () => {
  fake.local.set('enabled', false);
  fake.local.set('language', 'id');
  fake.local.set('packs', []);
  expect(await migrateStoredSettings()).toEqual([]);
  expect(Object.fromEntries(fake.local)).toEqual({ packs: [], [SETTINGS_KEY]: { ...DEFAULT_USER_SETTINGS, enabled: false, language: 'id' } });
  // Again: the versioned settings stay as they are.
  fake.local.set(SETTINGS_KEY, { ...DEFAULT_USER_SETTINGS, language: 'en' });
  await migrateStoredSettings();
  expect(fake.local.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_USER_SETTINGS, language: 'en' });
});

test('migrateStoredSettings stores the defaults on a fresh install', async () => {
  await migrateStoredSettings();
  expect(Object.fromEntries(fake.local)).toEqual({ [SETTINGS_KEY]: DEFAULT_USER_SETTINGS });
});

test('migrateStoredSettings leaves stored settings as they are, corrupt or from a newer Ramah, and says what it cannot read', async () => {
  const corrupt = { ...DEFAULT_USER_SETTINGS, language: 42, rules: { excuse: 'off' } };
  fake.local.set(SETTINGS_KEY, corrupt);
  expect(await migrateStoredSettings()).toEqual([expect.stringContaining('settings.language')]);
  expect(fake.local.get(SETTINGS_KEY)).toEqual(corrupt);
  const newer = { ...DEFAULT_USER_SETTINGS, version: 2, tier: 'approval', snippets: ['from a later version'] };
  fake.local.set(SETTINGS_KEY, newer);
  expect(await migrateStoredSettings()).toEqual([expect.stringContaining('newer version')]);
  expect(fake.local.get(SETTINGS_KEY)).toEqual(newer);
});

test('readPolicy reads storage.managed and checks it', async () => {
  fake.managed = { lockOptions: true, tier: 'boss' };
  expect(await readPolicy()).toMatchObject({ value: { lockOptions: true }, problems: [expect.stringContaining('policy.tier')] });
});

test("readPolicy: Firefox's \"no policy\" is an empty policy; any other failure is unread, not empty", async () => {
  const get = vi.spyOn(fake.browser.storage.managed, 'get');
  get.mockRejectedValueOnce(new Error('Managed storage manifest not found'));
  expect(await readPolicy()).toEqual({ value: expect.objectContaining({ packUrls: [], lockOptions: false }), problems: [] });
  get.mockRejectedValueOnce(new Error('IO error'));
  expect(await readPolicy()).toMatchObject({ unread: 'IO error' });
  get.mockRestore();
});

test('onStoredChange calls back for the keys asked for and for policy, until stopped', async () => {
  const listener = vi.fn();
  const stop = onStoredChange([SETTINGS_KEY], listener);
  await fake.writeFromElsewhere({ sidebarCollapsed: true });
  expect(listener).not.toHaveBeenCalled();
  await fake.writeFromElsewhere({ [SETTINGS_KEY]: DEFAULT_USER_SETTINGS });
  fake.setPolicy({ lockOptions: true });
  expect(listener).toHaveBeenCalledTimes(2);
  stop();
  await fake.writeFromElsewhere({ [SETTINGS_KEY]: DEFAULT_USER_SETTINGS });
  expect(listener).toHaveBeenCalledTimes(2);
});

test('changes made at once are written one after the other, none lost', async () => {
  await Promise.all([
    updateUserSettings((settings) => void (settings.tier = 'approval')),
    updateUserSettings((settings) => void (settings.language = 'id')),
    updateUserSettings((settings) => void (settings.rules.excuse = 'off')),
  ]);
  expect(fake.local.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_USER_SETTINGS, tier: 'approval', language: 'id', rules: { excuse: 'off' } });
});
