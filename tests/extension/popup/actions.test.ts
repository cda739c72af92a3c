import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
let stored: Record<string, unknown> = {};
let answer: () => Promise<boolean> = async () => true;

vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      request: vi.fn((permissions: { origins: string[] }) => {
        calls.push(`request ${permissions.origins.join(' ')}`);
        return answer();
      }),
      remove: vi.fn(async (permissions: { origins: string[] }) => {
        calls.push(`remove ${permissions.origins.join(' ')}`);
        return true;
      }),
    },
    storage: {
      local: {
        get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((key) => key in stored).map((key) => [key, stored[key]]))),
        set: vi.fn(async (items: Record<string, unknown>) => {
          calls.push(`set ${JSON.stringify(items)}`);
          stored = { ...stored, ...structuredClone(items) };
        }),
      },
    },
  },
}));

const { disableSite, enableSite, setSidePanelPinned } = await import('../../../src/extension/popup/actions.js');
const { DEFAULT_USER_SETTINGS } = await import('../../../src/extension/settings/index.js');
type PopupView = import('../../../src/extension/popup/state.js').PopupView;

const ACME: PopupView = { state: 'disabled', reason: 'notEnabled', host: 'support.acme.test', actions: ['enable'], locked: false, origin: '*://support.acme.test/*', writesSetting: true };
const ZENDESK: PopupView = { state: 'builtin', reason: 'builtin', host: 'acme.zendesk.com', actions: ['disable'], locked: false, writesSetting: true };

const sites = () => (stored.settings as { sites: Record<string, unknown> } | undefined)?.sites;

beforeEach(() => {
  calls.length = 0;
  answer = async () => true;
  stored = { settings: { ...DEFAULT_USER_SETTINGS, language: 'ms', sites: { 'other.test': { enabled: true } } } };
});

describe('Enable on this site', () => {
  test('asks for the host before anything else, then writes the setting, keeping the rest', async () => {
    const done = enableSite(ACME);
    // Still within the click: the browser only shows the prompt during the user's gesture.
    expect(calls).toEqual(['request *://support.acme.test/*']);
    expect(await done).toEqual({ ok: true });
    expect(sites()).toEqual({ 'other.test': { enabled: true }, 'support.acme.test': { enabled: true } });
    expect((stored.settings as { language: string }).language).toBe('ms');
  });

  test('when the agent refuses, it says so and writes nothing', async () => {
    answer = async () => false;
    expect(await enableSite(ACME)).toEqual({ ok: false, reason: 'refused' });
    expect(calls).toEqual(['request *://support.acme.test/*']);
    expect(sites()).toEqual({ 'other.test': { enabled: true } });
  });

  test('when the request fails, it reports the error and writes nothing', async () => {
    answer = async () => {
      throw new Error('Permissions may only be requested during a user gesture');
    };
    expect(await enableSite(ACME)).toEqual({ ok: false, reason: 'failed', error: 'Permissions may only be requested during a user gesture' });
    expect(calls).toHaveLength(1);
  });

  test('a built-in helpdesk needs no permission: the setting alone', async () => {
    expect(await enableSite({ ...ZENDESK, state: 'disabled', actions: ['enable'] })).toEqual({ ok: true });
    expect(calls.some((call) => call.startsWith('request'))).toBe(false);
    expect(sites()).toMatchObject({ 'acme.zendesk.com': { enabled: true } });
  });

  test('where policy decides, access is asked for and no setting written', async () => {
    expect(await enableSite({ ...ACME, state: 'needs-access', locked: true, writesSetting: false })).toEqual({ ok: true });
    expect(calls).toEqual(['request *://support.acme.test/*']);
  });
});

describe('Disable on this site', () => {
  test('writes the setting first, then gives the host permission back', async () => {
    expect(await disableSite({ ...ACME, state: 'enabled' })).toEqual({ ok: true });
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['set', 'remove']);
    expect(calls[1]).toBe('remove *://support.acme.test/*');
    expect(sites()).toMatchObject({ 'support.acme.test': { enabled: false } });
  });

  test('on a built-in helpdesk, keeps the access it was installed with', async () => {
    expect(await disableSite(ZENDESK)).toEqual({ ok: true });
    expect(calls.some((call) => call.startsWith('remove'))).toBe(false);
    expect(sites()).toMatchObject({ 'acme.zendesk.com': { enabled: false } });
  });

  test('where policy decides, does nothing', async () => {
    expect(await disableSite({ ...ZENDESK, state: 'policy-enabled', locked: true, writesSetting: false })).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});

describe('Pin to browser side panel', () => {
  const RUNNING: PopupView = { ...ZENDESK, sidePanel: { pinned: false, site: '*.zendesk.com' } };
  const open = vi.fn<(options: { tabId?: number }) => Promise<void>>();

  beforeEach(() => {
    open.mockReset().mockImplementation(async (options) => void calls.push(`open ${JSON.stringify(options)}`));
    vi.stubGlobal('chrome', { sidePanel: { open } });
  });

  test('opens the side panel within the click, then pins the site whose settings apply, keeping the rest', async () => {
    const done = setSidePanelPinned(RUNNING, 12, true);
    expect(calls).toEqual(['open {"tabId":12}']);
    expect(await done).toEqual({ ok: true });
    expect(sites()).toEqual({ 'other.test': { enabled: true }, '*.zendesk.com': { sidePanel: true } });
  });

  test('pins nothing when the side panel did not open', async () => {
    open.mockRejectedValue(new Error('no window'));
    expect(await setSidePanelPinned(RUNNING, 12, true)).toEqual({ ok: false, reason: 'failed', error: 'no window' });
    expect(sites()).toEqual({ 'other.test': { enabled: true } });
  });

  test('unpins without opening anything', async () => {
    stored = { settings: { ...DEFAULT_USER_SETTINGS, sites: { '*.zendesk.com': { sidePanel: true, language: 'id' } } } };
    expect(await setSidePanelPinned({ ...RUNNING, sidePanel: { pinned: true, site: '*.zendesk.com' } }, 12, false)).toEqual({ ok: true });
    expect(open).not.toHaveBeenCalled();
    expect(sites()).toEqual({ '*.zendesk.com': { language: 'id' } });
  });
});
