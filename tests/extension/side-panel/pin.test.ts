// Pinning Ramah to the side panel on a site: kept under the site whose settings apply there, for the
// sender's own page only, and only once the browser opened its side panel when that was asked.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

import { pinSidePanel } from '../../../src/extension/background/side-panel.js';
import { DEFAULT_USER_SETTINGS, SETTINGS_KEY, loadUserSettings, resolveSiteConfig, setSidePanel, type UserSettings } from '../../../src/extension/settings/index.js';

const settings = (sites: UserSettings['sites'] = {}): UserSettings => ({ ...structuredClone(DEFAULT_USER_SETTINGS), sites });
const pinnedOn = (user: UserSettings, host: string) => resolveSiteConfig({ host, user, policy: { sitesEnabled: [], sitesDisabled: [], rulesOff: {}, packUrls: [], lockOptions: false }, packs: [], ruleIds: [] }).sidePanel;

describe('setSidePanel and the per-site memory', () => {
  test('pins one site and leaves the others in the page', () => {
    const user = settings();
    expect(setSidePanel(user, '*.zendesk.com', true)).toBe(true);
    expect(user.sites).toEqual({ '*.zendesk.com': { sidePanel: true } });
    expect(pinnedOn(user, 'acme.zendesk.com')).toBe(true);
    expect(pinnedOn(user, 'acme.freshdesk.com')).toBe(false);
    expect(pinnedOn(user, 'mail.google.com')).toBe(false);
  });

  test("keeps the site's other choices, and unpinning leaves them as they were", () => {
    const user = settings({ 'support.acme.com': { enabled: true, rules: { excuse: 'off' } } });
    setSidePanel(user, 'support.acme.com', true);
    expect(user.sites['support.acme.com']).toEqual({ enabled: true, rules: { excuse: 'off' }, sidePanel: true });
    expect(setSidePanel(user, 'support.acme.com', false)).toBe(true);
    expect(user.sites['support.acme.com']).toEqual({ enabled: true, rules: { excuse: 'off' } });
  });

  test('changes nothing when the site already is as asked, or is not a site', () => {
    const user = settings({ 'mail.google.com': { sidePanel: true } });
    expect(setSidePanel(user, 'mail.google.com', true)).toBe(false);
    expect(setSidePanel(user, 'app.frontapp.com', false)).toBe(false);
    expect(setSidePanel(user, 'not a host/', true)).toBe(false);
    expect(user.sites).toEqual({ 'mail.google.com': { sidePanel: true } });
  });

  test('is read back from storage, and a corrupt value costs only itself', () => {
    const { value, problems } = loadUserSettings({ version: 1, sites: { '*.zendesk.com': { sidePanel: true }, 'mail.google.com': { enabled: true, sidePanel: 'yes' } } });
    expect(value.sites).toEqual({ '*.zendesk.com': { sidePanel: true }, 'mail.google.com': { enabled: true } });
    expect(problems).toEqual([expect.stringContaining('settings.sites["mail.google.com"].sidePanel was not valid')]);
  });
});

describe('pinSidePanel in the worker', () => {
  const open = vi.fn<(options: { tabId?: number }) => Promise<void>>();
  const sender = { tab: { id: 7 }, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/12' };
  const stored = () => (fake.local.get(SETTINGS_KEY) as UserSettings | undefined)?.sites;

  beforeEach(() => {
    fake.reset();
    open.mockReset().mockResolvedValue(undefined);
    vi.stubGlobal('chrome', { sidePanel: { open } });
  });

  test('opens the side panel at once, within the gesture, then pins the site whose settings apply', async () => {
    const pinned = pinSidePanel(true, true, sender);
    // Called before anything is awaited: the browser opens it only while the click's gesture lasts.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await pinned).toEqual({ ok: true });
    expect(stored()).toEqual({ '*.zendesk.com': { sidePanel: true } });
  });

  test('pins nothing when the browser would not open its side panel', async () => {
    open.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    expect(await pinSidePanel(true, true, sender)).toEqual({ ok: false, message: expect.stringContaining('user gesture') });
    expect(stored()).toBeUndefined();
  });

  test('unpins without opening anything', async () => {
    fake.local.set(SETTINGS_KEY, settings({ '*.zendesk.com': { sidePanel: true, rules: { excuse: 'off' } } }));
    expect(await pinSidePanel(false, false, sender)).toEqual({ ok: true });
    expect(open).not.toHaveBeenCalled();
    expect(stored()).toEqual({ '*.zendesk.com': { rules: { excuse: 'off' } } });
  });

  test('answers only a top frame with a tab: the site is the sender’s, never one a message names', async () => {
    for (const other of [{ ...sender, frameId: 3 }, { frameId: 0, url: sender.url }, { ...sender, url: undefined }]) {
      expect(await pinSidePanel(true, true, other)).toEqual({ ok: false, message: expect.any(String) });
    }
    expect(open).not.toHaveBeenCalled();
    expect(stored()).toBeUndefined();
  });
});
