import { describe, expect, test } from 'vitest';
import { enableGrantedSites, hostOfOrigin } from '../../../src/extension/background/granted-sites.js';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../../../src/extension/settings/index.js';

const settings = (sites: UserSettings['sites'] = {}): UserSettings => ({ ...DEFAULT_USER_SETTINGS, rules: {}, sites: structuredClone(sites) });

describe('hostOfOrigin', () => {
  test('reads the host of the match patterns Ramah asks for', () => {
    expect(hostOfOrigin('*://support.acme.test/*')).toBe('support.acme.test');
    expect(hostOfOrigin('https://Support.Acme.test/*')).toBe('support.acme.test');
    expect(hostOfOrigin('*://*.acme.test/*')).toBe('*.acme.test');
  });

  test('is undefined for what is not one site', () => {
    expect(hostOfOrigin('<all_urls>')).toBeUndefined();
    expect(hostOfOrigin('*://*/*')).toBeUndefined();
    expect(hostOfOrigin('file:///*')).toBeUndefined();
  });
});

describe('enableGrantedSites', () => {
  test('turns on a granted site, keeping its other settings', () => {
    const stored = settings({ 'support.acme.test': { enabled: false, language: 'ms' } });
    expect(enableGrantedSites(stored, ['*://support.acme.test/*'])).toBe(true);
    expect(stored.sites['support.acme.test']).toEqual({ enabled: true, language: 'ms' });
  });

  test('changes nothing for a site already on, a built-in helpdesk or an origin that is not a site', () => {
    const stored = settings({ 'support.acme.test': { enabled: true } });
    const before = structuredClone(stored);
    expect(enableGrantedSites(stored, ['*://support.acme.test/*', '*://acme.zendesk.com/*', '*://mail.google.com/*', '<all_urls>'])).toBe(false);
    expect(stored).toEqual(before);
  });
});
