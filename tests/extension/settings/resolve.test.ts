import { describe, expect, test } from 'vitest';
import {
  DEFAULT_USER_SETTINGS,
  EMPTY_POLICY,
  engineRules,
  knownSites,
  loadPolicy,
  resolveGlobalConfig,
  resolveSiteConfig,
  type PackLayer,
  type Policy,
  type UserSettings,
} from '../../../src/extension/settings/index.js';

const RULE_IDS = ['excuse', 'dont-know', 'hostile-tone'];

const user = (extra: Partial<UserSettings> = {}): UserSettings => ({ ...structuredClone(DEFAULT_USER_SETTINGS), ...extra });
const policy = (managed: Record<string, unknown> = {}): Policy => {
  const { value, problems } = loadPolicy(managed);
  expect(problems).toEqual([]);
  return value;
};

function resolve(host: string, input: { user?: UserSettings; policy?: Policy; packs?: PackLayer[] } = {}) {
  return resolveSiteConfig({ host, user: input.user ?? user(), policy: input.policy ?? EMPTY_POLICY, packs: input.packs ?? [], ruleIds: RULE_IDS });
}

describe('the layers, each over the one before', () => {
  test('1. defaults: a built-in helpdesk runs with every rule on, in auto language, tier self', () => {
    const config = resolve('acme.zendesk.com');
    expect(config).toMatchObject({ site: '*.zendesk.com', builtin: true, optionsLocked: false, packs: [] });
    expect(config.enabled).toEqual({ value: true, from: 'default', locked: false });
    expect(config.language).toEqual({ value: 'auto', from: 'default', locked: false });
    expect(config.tier).toEqual({ value: 'self', from: 'default', locked: false });
    expect(config.rules).toEqual(Object.fromEntries(RULE_IDS.map((id) => [id, { value: 'warn', from: 'default', locked: false }])));
  });

  test('the take-a-breath card: on by default, off by the agent, and policy wins either way, locked', () => {
    expect(resolve('acme.zendesk.com').breathingCard).toEqual({ value: true, from: 'default', locked: false });
    expect(resolve('acme.zendesk.com', { user: user({ breathingCard: false }) }).breathingCard).toEqual({ value: false, from: 'user', locked: false });
    expect(resolve('acme.zendesk.com', { policy: policy({ breathingCard: false }) }).breathingCard).toEqual({ value: false, from: 'policy', locked: true });
    expect(resolve('acme.zendesk.com', { user: user({ breathingCard: false }), policy: policy({ breathingCard: true }) }).breathingCard).toEqual({ value: true, from: 'policy', locked: true });
    expect(resolveGlobalConfig({ user: user(), policy: policy({ breathingCard: false }), packs: [], ruleIds: RULE_IDS }).breathingCard.locked).toBe(true);
  });

  test('1. defaults: a site Ramah does not know does not run', () => {
    expect(resolve('example.com')).toMatchObject({ site: null, builtin: false, enabled: { value: false, from: 'default' } });
  });

  test("2. packs: an enabled pack's ruleSettings apply, a later pack over an earlier one, and name the pack", () => {
    const packs: PackLayer[] = [
      { id: 'first', enabled: true, ruleSettings: { excuse: 'off', 'dont-know': 'off' } },
      { id: 'second', enabled: true, ruleSettings: { 'dont-know': 'warn', 'second/slang': 'warn' } },
      { id: 'disabled', enabled: false, ruleSettings: { 'hostile-tone': 'off' } },
    ];
    const config = resolve('acme.zendesk.com', { packs });
    expect(config.packs).toEqual(['first', 'second']);
    expect(config.rules.excuse).toEqual({ value: 'off', from: 'pack', pack: 'first', locked: false });
    expect(config.rules['dont-know']).toEqual({ value: 'warn', from: 'pack', pack: 'second', locked: false });
    expect(config.rules['second/slang']).toMatchObject({ value: 'warn', from: 'pack' });
    expect(config.rules['hostile-tone']).toMatchObject({ value: 'warn', from: 'default' });
  });

  test('3. the user: global over the packs, then the site over global', () => {
    const packs: PackLayer[] = [{ id: 'team', enabled: true, ruleSettings: { excuse: 'off', 'dont-know': 'off' } }];
    const settings = user({
      language: 'ms',
      tier: 'approval',
      rules: { excuse: 'warn', 'hostile-tone': 'off' },
      sites: { '*.zendesk.com': { language: 'id', rules: { 'hostile-tone': 'warn' } } },
    });
    const config = resolve('acme.zendesk.com', { user: settings, packs });
    expect(config.rules.excuse).toEqual({ value: 'warn', from: 'user', locked: false });
    expect(config.rules['dont-know']).toMatchObject({ value: 'off', from: 'pack' });
    expect(config.rules['hostile-tone']).toEqual({ value: 'warn', from: 'site', locked: false });
    expect(config.language).toEqual({ value: 'id', from: 'site', locked: false });
    expect(config.tier).toEqual({ value: 'approval', from: 'user', locked: false });
    // Another site keeps the global choices.
    const other = resolve('acme.freshdesk.com', { user: settings, packs });
    expect(other.language).toEqual({ value: 'ms', from: 'user', locked: false });
    expect(other.rules['hostile-tone']).toMatchObject({ value: 'off', from: 'user' });
  });

  test('3. the user: off everywhere wins over a site turned on, and a site can be turned off alone', () => {
    const settings = user({ enabled: false, sites: { '*.zendesk.com': { enabled: true } } });
    expect(resolve('acme.zendesk.com', { user: settings }).enabled).toEqual({ value: false, from: 'user', locked: false });
    const oneOff = user({ sites: { '*.zendesk.com': { enabled: false } } });
    expect(resolve('acme.zendesk.com', { user: oneOff }).enabled).toEqual({ value: false, from: 'site', locked: false });
    expect(resolve('acme.freshdesk.com', { user: oneOff }).enabled).toMatchObject({ value: true, from: 'default' });
  });

  test('3. a site the user added runs once enabled', () => {
    const settings = user({ sites: { 'support.acme.com': { enabled: true } } });
    expect(resolve('support.acme.com', { user: settings })).toMatchObject({ site: 'support.acme.com', builtin: false, enabled: { value: true, from: 'site' } });
  });

  test('4. policy wins over every other layer, and is locked', () => {
    const packs: PackLayer[] = [{ id: 'team', enabled: true, ruleSettings: { 'dont-know': 'warn' } }];
    const settings = user({
      enabled: false,
      language: 'ms',
      tier: 'approval',
      rules: { excuse: 'warn' },
      sites: { '*.zendesk.com': { enabled: true, language: 'en', rules: { excuse: 'warn', 'dont-know': 'warn' } }, 'mail.google.com': { enabled: true } },
    });
    const managed = policy({
      sitesEnabled: ['*.zendesk.com', 'mail.google.com'],
      sitesDisabled: ['mail.google.com'],
      rulesOff: { '*': ['excuse'], '*.zendesk.com': ['dont-know'], '*.freshdesk.com': ['hostile-tone'] },
      tier: 'self',
      language: 'id',
      lockOptions: true,
      message: 'Ask IT.',
    });
    const config = resolve('acme.zendesk.com', { user: settings, policy: managed, packs });
    expect(config.enabled).toEqual({ value: true, from: 'policy', locked: true });
    expect(config.language).toEqual({ value: 'id', from: 'policy', locked: true });
    expect(config.tier).toEqual({ value: 'self', from: 'policy', locked: true });
    expect(config.rules.excuse).toEqual({ value: 'off', from: 'policy', locked: true });
    expect(config.rules['dont-know']).toEqual({ value: 'off', from: 'policy', locked: true });
    // A rule policy turns off on another site only stays the agent's.
    expect(config.rules['hostile-tone']).toEqual({ value: 'warn', from: 'default', locked: false });
    expect(config).toMatchObject({ optionsLocked: true, policyMessage: 'Ask IT.' });
    // Disabled wins over enabled, as the stricter word.
    expect(resolve('mail.google.com', { user: settings, policy: managed }).enabled).toEqual({ value: false, from: 'policy', locked: true });
  });

  test('4. a site policy enables is a known site, even one that is not built in', () => {
    const managed = policy({ sitesEnabled: ['support.acme.com'], rulesOff: { 'desk.acme.com': ['excuse'] } });
    expect(knownSites(user(), managed)).toEqual(expect.arrayContaining(['support.acme.com', 'desk.acme.com', '*.zendesk.com']));
    expect(knownSites(user(), managed)).not.toContain('*');
    expect(resolve('support.acme.com', { policy: managed })).toMatchObject({ site: 'support.acme.com', enabled: { value: true, from: 'policy', locked: true } });
  });

  test("policy packs apply on every site, even where the agent chose others; the agent's choice limits the rest", () => {
    const packs: PackLayer[] = [
      { id: 'org', enabled: true, byPolicy: true },
      { id: 'team', enabled: true },
      { id: 'mine', enabled: true },
      { id: 'off', enabled: false },
    ];
    const settings = user({ sites: { '*.zendesk.com': { packs: ['mine', 'off'] } } });
    expect(resolve('acme.zendesk.com', { user: settings, packs }).packs).toEqual(['org', 'mine']);
    expect(resolve('acme.freshdesk.com', { user: settings, packs }).packs).toEqual(['org', 'team', 'mine']);
    const none = user({ sites: { '*.zendesk.com': { packs: [] } } });
    expect(resolve('acme.zendesk.com', { user: none, packs }).packs).toEqual(['org']);
  });
});

describe('the week in review', () => {
  test("is recorded by default, the agent may turn it off, and the policy's false turns it off for good; its true leaves it to the agent", () => {
    expect(resolve('acme.zendesk.com').recordWeek).toEqual({ value: true, from: 'default', locked: false });
    expect(resolve('acme.zendesk.com', { user: user({ recordWeek: false }) }).recordWeek).toEqual({ value: false, from: 'user', locked: false });
    expect(resolve('acme.zendesk.com', { policy: policy({ recordWeek: false }) }).recordWeek).toEqual({ value: false, from: 'policy', locked: true });
    expect(resolve('acme.zendesk.com', { user: user({ recordWeek: false }), policy: policy({ recordWeek: true }) }).recordWeek).toEqual({ value: false, from: 'user', locked: false });
  });
});

describe('the most specific site', () => {
  const settings = user({
    rules: { excuse: 'off' },
    sites: {
      '*.zendesk.com': { rules: { 'dont-know': 'off' }, language: 'ms' },
      'support.zendesk.com': { rules: { excuse: 'warn' } },
    },
  });

  test('an exact host wins over a wildcard, and does not inherit from it', () => {
    const config = resolve('support.zendesk.com', { user: settings });
    expect(config.site).toBe('support.zendesk.com');
    expect(config.rules.excuse).toMatchObject({ value: 'warn', from: 'site' });
    // The wildcard's site settings are not layered under the exact host's: the global ones are.
    expect(config.rules['dont-know']).toMatchObject({ value: 'warn', from: 'default' });
    expect(config.language).toMatchObject({ value: 'auto', from: 'default' });
  });

  test('other hosts of the domain get the wildcard', () => {
    const config = resolve('acme.zendesk.com', { user: settings });
    expect(config.site).toBe('*.zendesk.com');
    expect(config.rules['dont-know']).toMatchObject({ value: 'off', from: 'site' });
    expect(config.rules.excuse).toMatchObject({ value: 'off', from: 'user' });
  });

  test('a host pattern resolves as the options page shows it', () => {
    const config = resolve('*.zendesk.com', { user: settings, policy: policy({ rulesOff: { 'support.zendesk.com': ['hostile-tone'], '*.zendesk.com': ['excuse'] } }) });
    expect(config.site).toBe('*.zendesk.com');
    expect(config.rules['hostile-tone']).toMatchObject({ value: 'warn', locked: false });
    expect(config.rules.excuse).toMatchObject({ value: 'off', locked: true });
  });
});

describe('resolveGlobalConfig', () => {
  test("is the global layers with policy's every-site word, and no site's", () => {
    const managed = policy({ rulesOff: { '*': ['excuse'], '*.zendesk.com': ['dont-know'] }, tier: 'approval' });
    const settings = user({ language: 'en', rules: { 'hostile-tone': 'off' }, sites: { '*.zendesk.com': { language: 'ms' } } });
    const config = resolveGlobalConfig({ user: settings, policy: managed, packs: [{ id: 'team', enabled: true }], ruleIds: RULE_IDS });
    expect(config.site).toBeNull();
    expect(config.enabled).toMatchObject({ value: true, locked: false });
    expect(config.language).toMatchObject({ value: 'en', from: 'user' });
    expect(config.tier).toMatchObject({ value: 'approval', from: 'policy', locked: true });
    expect(engineRules(config)).toEqual({ excuse: 'off', 'dont-know': 'warn', 'hostile-tone': 'off' });
    expect(config.rules.excuse?.locked).toBe(true);
    expect(config.packs).toEqual(['team']);
    expect(resolveGlobalConfig({ user: user({ enabled: false }), policy: managed, packs: [], ruleIds: RULE_IDS }).enabled).toMatchObject({ value: false, from: 'user' });
  });
});

test('engineRules is what analyze() takes', () => {
  const config = resolve('acme.zendesk.com', { user: user({ rules: { excuse: 'off' } }) });
  expect(engineRules(config)).toEqual({ excuse: 'off', 'dont-know': 'warn', 'hostile-tone': 'warn' });
});
