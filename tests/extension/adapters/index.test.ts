import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { adapterFor, generic, isSupportedHelpdesk, siteAdapters } from '../../../src/extension/content/adapters/index.js';

const SHARED = new Set(['types', 'index', 'dom', 'editor-kind', 'define-adapter', 'generic']);

describe('the adapter registry', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/123', 'zendesk'],
    ['https://acme.freshdesk.com/a/tickets/1', 'freshdesk'],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzpc', 'gmail'],
    ['https://secure.helpscout.net/conversation/1/2/', 'helpscout'],
    ['https://app.intercom.com/a/inbox/abc/inbox/conversation/1', 'intercom'],
    // No public source for their markup: the generic adapter, where the agent enables the site.
    ['https://app.frontapp.com/open/cnv_1', 'generic'],
    ['https://desk.zoho.com/agent/acme/support/tickets/details/1', 'generic'],
    ['https://app.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
    ['https://app.hubspot.com/help-desk/1/view/2/ticket/3', 'hubspot'],
    ['https://acme.zendesk.com/hc/en-us', 'generic'],
    ['http://localhost:5173/demo/inbox', 'generic'],
  ])('%s is served by %s', (url, id) => {
    expect(adapterFor(new URL(url)).id).toBe(id);
  });

  test('knows which pages are supported helpdesks', () => {
    expect(isSupportedHelpdesk(new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(isSupportedHelpdesk(new URL('https://example.com/'))).toBe(false);
  });

  test('lists every adapter file once, sorted, each with its file name as id', () => {
    const files = readdirSync(new URL('../../../src/extension/content/adapters/', import.meta.url))
      .map((file) => file.replace(/\.ts$/, ''))
      .filter((name) => !SHARED.has(name))
      .sort();
    const registered = siteAdapters.map((adapter) => adapter.id);
    expect(registered).toEqual([...registered].sort());
    expect(registered).toEqual(files);
    expect(generic.id).toBe('generic');
  });

  test('no two site adapters claim the same page', () => {
    const samples = ['https://acme.zendesk.com/agent/tickets/1', 'https://mail.google.com/mail/u/0/', 'https://app.hubspot.com/help-desk/1/'];
    for (const sample of samples) {
      expect(siteAdapters.filter((adapter) => adapter.matches(new URL(sample)))).toHaveLength(1);
    }
  });
});
