import { describe, expect, test } from 'vitest';
import { DEFAULT_USER_SETTINGS, EMPTY_POLICY, resolveSiteConfig, type Policy, type UserSettings } from '../../../src/extension/settings/index.js';
import { popupView, type PopupView } from '../../../src/extension/popup/state.js';

/** The config the worker would resolve for `url`, from these settings and this policy. */
function configFor(url: string, user: Partial<UserSettings> = {}, policy: Partial<Policy> = {}) {
  return resolveSiteConfig({
    host: new URL(url).hostname,
    user: { ...DEFAULT_USER_SETTINGS, rules: {}, sites: {}, ...user },
    policy: { ...EMPTY_POLICY, ...policy },
    packs: [],
    ruleIds: [],
  });
}

const view = (url: string, options: { user?: Partial<UserSettings>; policy?: Partial<Policy>; hasAccess?: boolean } = {}): PopupView =>
  popupView({ url, config: configFor(url, options.user, options.policy), hasAccess: options.hasAccess ?? false });

const ACME = 'https://support.acme.test/tickets/88';
const ZENDESK = 'https://acme.zendesk.com/agent/tickets/1';

describe('a site that is not built in', () => {
  test('is off until the agent enables it, and "Enable" asks for exactly its host', () => {
    expect(view(ACME)).toEqual({
      state: 'disabled',
      reason: 'notEnabled',
      host: 'support.acme.test',
      actions: ['enable'],
      locked: false,
      origin: '*://support.acme.test/*',
      policyMessage: undefined,
      writesSetting: true,
    });
  });

  test('enabled by the agent, with access: it runs, and "Disable" is offered', () => {
    expect(view(ACME, { user: { sites: { 'support.acme.test': { enabled: true } } }, hasAccess: true })).toMatchObject({
      state: 'enabled',
      reason: 'enabledByYou',
      actions: ['disable'],
      origin: '*://support.acme.test/*',
    });
  });

  test('enabled by the agent but without access (removed in the browser): it needs access', () => {
    expect(view(ACME, { user: { sites: { 'support.acme.test': { enabled: true } } }, hasAccess: false })).toMatchObject({
      state: 'needs-access',
      reason: 'needsAccess',
      actions: ['enable', 'disable'],
      writesSetting: true,
    });
  });

  test('turned off by the agent on this site', () => {
    expect(view(ACME, { user: { sites: { 'support.acme.test': { enabled: false } } }, hasAccess: true })).toMatchObject({ state: 'disabled', reason: 'disabledByYou', actions: ['enable'] });
  });

  test('a wildcard the agent enabled covers the host', () => {
    expect(view(ACME, { user: { sites: { '*.acme.test': { enabled: true } } }, hasAccess: true })).toMatchObject({ state: 'enabled', actions: ['disable'] });
  });
});

describe('the side panel', () => {
  test('is offered where Ramah runs, with the site whose settings keep the choice', () => {
    expect(view(ZENDESK).sidePanel).toEqual({ pinned: false, site: '*.zendesk.com' });
    expect(view(ZENDESK, { user: { sites: { '*.zendesk.com': { sidePanel: true } } } }).sidePanel).toEqual({ pinned: true, site: '*.zendesk.com' });
    expect(view(ACME, { user: { sites: { 'support.acme.test': { enabled: true } } }, hasAccess: true }).sidePanel).toEqual({ pinned: false, site: 'support.acme.test' });
  });

  test('is not offered where Ramah does not run', () => {
    expect(view(ACME).sidePanel).toBeUndefined();
    expect(view(ACME, { user: { sites: { 'support.acme.test': { enabled: true } } }, hasAccess: false }).sidePanel).toBeUndefined();
    expect(view(ZENDESK, { user: { sites: { 'acme.zendesk.com': { enabled: false, sidePanel: true } } } }).sidePanel).toBeUndefined();
  });
});

describe('a built-in helpdesk', () => {
  test('runs from install, needs no access asked for, and offers "Disable"', () => {
    expect(view(ZENDESK)).toMatchObject({ state: 'builtin', reason: 'builtin', actions: ['disable'], origin: undefined, writesSetting: true });
  });

  test('turned off by the agent on this host, it offers "Enable" without a permission request', () => {
    const off = view(ZENDESK, { user: { sites: { 'acme.zendesk.com': { enabled: false } } } });
    expect(off).toMatchObject({ state: 'disabled', reason: 'disabledByYou', actions: ['enable'], origin: undefined });
    // Built in by its host, even with settings of its own: never a permission to ask for.
    expect(view(ZENDESK, { user: { sites: { 'acme.zendesk.com': { language: 'id' } } } })).toMatchObject({ state: 'builtin', origin: undefined });
  });
});

describe('policy', () => {
  const message = 'Ask the IT desk (ext. 42) to change this.';

  test('a site the admin enabled is locked on, with the admin message, and offers no buttons', () => {
    expect(view(ZENDESK, { policy: { sitesEnabled: ['*.zendesk.com'], message } })).toEqual({
      state: 'policy-enabled',
      reason: 'policyEnabled',
      host: 'acme.zendesk.com',
      actions: [],
      locked: true,
      origin: undefined,
      policyMessage: message,
      writesSetting: false,
      sidePanel: { pinned: false, site: '*.zendesk.com' },
    });
  });

  test('a site the admin disabled is locked off, whatever the agent chose', () => {
    expect(view(ACME, { user: { sites: { 'support.acme.test': { enabled: true } } }, policy: { sitesDisabled: ['support.acme.test'] }, hasAccess: true })).toMatchObject({
      state: 'policy-disabled',
      reason: 'policyDisabled',
      actions: [],
      locked: true,
      writesSetting: false,
    });
  });

  test('a site the admin enabled that Ramah has no access to yet: access can be granted, nothing written', () => {
    expect(view(ACME, { policy: { sitesEnabled: ['support.acme.test'] } })).toMatchObject({
      state: 'needs-access',
      reason: 'policyNeedsAccess',
      actions: ['enable'],
      locked: true,
      origin: '*://support.acme.test/*',
      writesSetting: false,
    });
  });

  test('locked options lock the site too, on or off', () => {
    expect(view(ZENDESK, { policy: { lockOptions: true, message } })).toMatchObject({ state: 'policy-enabled', reason: 'optionsLocked', actions: [], locked: true, policyMessage: message });
    expect(view(ACME, { policy: { lockOptions: true } })).toMatchObject({ state: 'policy-disabled', reason: 'optionsLocked', actions: [], locked: true });
  });
});

describe('pages Ramah cannot run on', () => {
  test.each([
    ['chrome://extensions/', 'notWebPage'],
    ['chrome-extension://pighjojaehdijiogcinpgpcicbppmlpb/src/extension/options/index.html', 'notWebPage'],
    ['file:///home/agent/notes.html', 'notWebPage'],
    ['about:blank', 'notWebPage'],
    ['http://[::1]:8080/', 'notWebPage'],
    ['not a url', 'notWebPage'],
  ] as const)('%s is not a web page', (url, reason) => {
    expect(popupView({ url, config: null, hasAccess: false })).toMatchObject({ state: 'unsupported', reason, actions: [] });
  });

  test('a tab whose address the browser does not show', () => {
    expect(popupView({ url: undefined, config: null, hasAccess: false })).toMatchObject({ state: 'unsupported', reason: 'hidden', actions: [] });
  });

  test('a web page when the worker did not answer', () => {
    expect(popupView({ url: ACME, config: null, hasAccess: false })).toMatchObject({ state: 'unsupported', reason: 'noAnswer', host: 'support.acme.test', actions: [] });
  });
});

test('off everywhere in the options: no site button can turn it back on', () => {
  expect(view(ZENDESK, { user: { enabled: false } })).toMatchObject({ state: 'disabled', reason: 'offEverywhere', actions: [], writesSetting: false });
  expect(view(ACME, { user: { enabled: false, sites: { 'support.acme.test': { enabled: true } } }, hasAccess: true })).toMatchObject({ state: 'disabled', reason: 'offEverywhere', actions: [] });
});
