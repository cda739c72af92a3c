import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_SITES, hostMatches, isBuiltinSite, mostSpecific, normalizeHostPattern, originPattern } from '../../../src/extension/settings/index.js';

const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as { content_scripts: { matches: string[] }[] };

describe('the built-in helpdesks', () => {
  test("are exactly the hosts of manifest.json's content scripts, in every content script", () => {
    const builtin = BUILTIN_SITES.map((site) => site.host).sort();
    expect(new Set(builtin).size).toBe(builtin.length);
    for (const script of manifest.content_scripts) {
      const hosts = script.matches.map((match) => /^https:\/\/([^/]+)\/\*$/.exec(match)?.[1] ?? `unexpected match ${match}`);
      expect(hosts.sort()).toEqual(builtin);
    }
  });

  test('each has a name and is a host pattern in its one spelling', () => {
    for (const site of BUILTIN_SITES) {
      expect(site.name.trim()).not.toBe('');
      expect(normalizeHostPattern(site.host)).toBe(site.host);
      expect(isBuiltinSite(site.host)).toBe(true);
    }
    expect(isBuiltinSite('support.acme.com')).toBe(false);
  });
});

describe('normalizeHostPattern', () => {
  test.each([
    ['support.acme.com', 'support.acme.com'],
    ['  Support.ACME.com ', 'support.acme.com'],
    ['https://support.acme.com/agent/tickets?id=1#x', 'support.acme.com'],
    ['http://support.acme.com:8443/', 'support.acme.com'],
    ['support.acme.com.', 'support.acme.com'],
    ['*.zendesk.com', '*.zendesk.com'],
    ['https://*.Freshdesk.com/a/', '*.freshdesk.com'],
    ['localhost', 'localhost'],
  ])('%j is %j', (text, host) => {
    expect(normalizeHostPattern(text)).toBe(host);
  });

  test.each(['', '   ', '*', '*.com', 'support acme.com', 'acme..com', '-acme.com', 'acme-.com', 'sup*.acme.com', 'a.*.acme.com', 'user@acme.com', `${'a'.repeat(64)}.com`, `${'abc.'.repeat(64)}com`])(
    '%j is not a site',
    (text) => {
      expect(normalizeHostPattern(text)).toBeUndefined();
    },
  );
});

describe('hostMatches and mostSpecific', () => {
  test('a wildcard covers the domain and every subdomain; an exact host covers itself', () => {
    expect(hostMatches('*.zendesk.com', 'acme.zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'a.b.zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'notzendesk.com')).toBe(false);
    expect(hostMatches('*.zendesk.com', 'zendesk.com.evil.io')).toBe(false);
    expect(hostMatches('support.acme.com', 'support.acme.com')).toBe(true);
    expect(hostMatches('support.acme.com', 'eu.support.acme.com')).toBe(false);
  });

  test('a pattern as the host stands for all of its hosts', () => {
    expect(hostMatches('*.zendesk.com', '*.zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', '*.eu.zendesk.com')).toBe(true);
    expect(hostMatches('*.eu.zendesk.com', '*.zendesk.com')).toBe(false);
    expect(hostMatches('acme.zendesk.com', '*.zendesk.com')).toBe(false);
    expect(hostMatches('zendesk.com', '*.zendesk.com')).toBe(false);
  });

  test('an exact host is more specific than a wildcard, a longer domain than a shorter one', () => {
    const patterns = ['*.zendesk.com', '*.eu.zendesk.com', 'acme.eu.zendesk.com', 'support.acme.com'];
    expect(mostSpecific(patterns, 'acme.eu.zendesk.com')).toBe('acme.eu.zendesk.com');
    expect(mostSpecific(patterns, 'other.eu.zendesk.com')).toBe('*.eu.zendesk.com');
    expect(mostSpecific(patterns, 'acme.zendesk.com')).toBe('*.zendesk.com');
    expect(mostSpecific(patterns, '*.zendesk.com')).toBe('*.zendesk.com');
    expect(mostSpecific(patterns, 'example.com')).toBeUndefined();
    // The order of the list does not matter.
    expect(mostSpecific([...patterns].reverse(), 'acme.eu.zendesk.com')).toBe('acme.eu.zendesk.com');
  });
});

test('originPattern covers HTTP and HTTPS of the host pattern', () => {
  expect(originPattern('support.acme.com')).toBe('*://support.acme.com/*');
  expect(originPattern('*.zendesk.com')).toBe('*://*.zendesk.com/*');
});
