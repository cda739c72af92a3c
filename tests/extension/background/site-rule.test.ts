import { beforeEach, describe, expect, test, vi } from 'vitest';
import { handleSiteRuleOff, senderHost, setSiteRule } from '../../../src/extension/background/site-rule.js';
import { DEFAULT_USER_SETTINGS, SETTINGS_KEY, type UserSettings } from '../../../src/extension/settings/index.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => fake.reset());

const settings = (extra: Partial<UserSettings> = {}): UserSettings => ({ ...structuredClone(DEFAULT_USER_SETTINGS), rules: {}, sites: {}, ...extra });

describe('senderHost', () => {
  test("is the sender's tab, else its frame, and never a page that is not on the web", () => {
    expect(senderHost({ url: 'https://frame.example/x', tab: { url: 'https://acme.zendesk.com/agent/tickets/1?x#y' } })).toBe('acme.zendesk.com');
    expect(senderHost({ url: 'https://acme.freshdesk.com/a/tickets/2' })).toBe('acme.freshdesk.com');
    expect(senderHost({ url: 'chrome-extension://abc/options.html' })).toBeUndefined();
    expect(senderHost({})).toBeUndefined();
  });
});

describe('setSiteRule', () => {
  test("writes to the site whose settings apply there: a built-in helpdesk's pattern, not a new host", () => {
    const user = settings({ sites: { '*.zendesk.com': { language: 'id' } } });
    const result = setSiteRule(user, ['*.zendesk.com', 'mail.google.com'], 'acme.zendesk.com', 'excuse');
    expect(result).toEqual({ site: '*.zendesk.com', previous: null });
    expect(user.sites).toEqual({ '*.zendesk.com': { language: 'id', rules: { excuse: 'off' } } });
  });

  test('Undo puts back what was there, or nothing', () => {
    const user = settings({ sites: { 'support.acme.com': { rules: { excuse: 'warn', 'hostile-tone': 'off' } } } });
    const off = setSiteRule(user, ['support.acme.com'], 'support.acme.com', 'excuse');
    expect(off.previous).toBe('warn');
    setSiteRule(user, ['support.acme.com'], 'support.acme.com', 'excuse', off.previous);
    expect(user.sites['support.acme.com']!.rules).toEqual({ excuse: 'warn', 'hostile-tone': 'off' });
    setSiteRule(user, ['support.acme.com'], 'support.acme.com', 'assume-worst');
    setSiteRule(user, ['support.acme.com'], 'support.acme.com', 'assume-worst', null);
    expect(user.sites['support.acme.com']!.rules).toEqual({ excuse: 'warn', 'hostile-tone': 'off' });
  });
});

describe('handleSiteRuleOff', () => {
  test("turns the rule off for the sender's site and keeps the agent's other settings", async () => {
    fake.local.set(SETTINGS_KEY, settings({ tier: 'approval' }));
    const reply = await handleSiteRuleOff({ kind: 'site-rule-off', rule: 'excuse' }, { tab: { url: 'https://acme.zendesk.com/agent/tickets/7' } });
    expect(reply).toEqual({ ok: true, site: '*.zendesk.com', previous: null });
    expect(fake.local.get(SETTINGS_KEY)).toMatchObject({ tier: 'approval', sites: { '*.zendesk.com': { rules: { excuse: 'off' } } } });
  });

  test('refuses a request without a web page behind it, a rule id that is not one, or a locked options page', async () => {
    fake.local.set(SETTINGS_KEY, settings());
    expect(await handleSiteRuleOff({ kind: 'site-rule-off', rule: 'excuse' }, {})).toMatchObject({ ok: false });
    expect(await handleSiteRuleOff({ kind: 'site-rule-off', rule: '__proto__ ' }, { url: 'https://a.example/' })).toMatchObject({ ok: false });
    expect(await handleSiteRuleOff({ kind: 'site-rule-off', rule: 'excuse', restore: 'on' as never }, { url: 'https://a.example/' })).toMatchObject({ ok: false });
    fake.managed = { lockOptions: true };
    expect(await handleSiteRuleOff({ kind: 'site-rule-off', rule: 'excuse' }, { url: 'https://acme.zendesk.com/agent' })).toMatchObject({ ok: false });
    expect(fake.local.get(SETTINGS_KEY)).toEqual(settings());
  });
});
