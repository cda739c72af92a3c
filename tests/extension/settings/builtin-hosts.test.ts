import { expect, test } from 'vitest';
import { DEFAULT_USER_SETTINGS, EMPTY_POLICY, resolveSiteConfig, type UserSettings } from '../../../src/extension/settings/index.js';

const resolve = (host: string, sites: UserSettings['sites'] = {}) =>
  resolveSiteConfig({ host, user: { ...DEFAULT_USER_SETTINGS, rules: {}, sites }, policy: EMPTY_POLICY, packs: [], ruleIds: [] });

test('a host of a built-in helpdesk is built in, and on, even with settings of its own', () => {
  expect(resolve('acme.zendesk.com')).toMatchObject({ site: '*.zendesk.com', builtin: true, enabled: { value: true, from: 'default' } });
  // A language set for this one host makes it the site whose settings apply; it stays a built-in helpdesk.
  expect(resolve('acme.zendesk.com', { 'acme.zendesk.com': { language: 'id' } })).toMatchObject({ site: 'acme.zendesk.com', builtin: true, enabled: { value: true, from: 'default' } });
  expect(resolve('acme.zendesk.com', { 'acme.zendesk.com': { enabled: false } })).toMatchObject({ builtin: true, enabled: { value: false, from: 'site' } });
});

test('any other host is not built in, and off until enabled', () => {
  expect(resolve('support.acme.test')).toMatchObject({ site: null, builtin: false, enabled: { value: false, from: 'default' } });
  expect(resolve('zendesk.com.evil.test')).toMatchObject({ builtin: false });
  expect(resolve('support.acme.test', { 'support.acme.test': { enabled: true } })).toMatchObject({ site: 'support.acme.test', builtin: false, enabled: { value: true, from: 'site' } });
});
