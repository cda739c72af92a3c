import { describe, expect, test } from 'vitest';
import { ALLOWED_ASKERS, askerOf, mayAsk, siteConfigUrl } from '../../../src/extension/background/senders.js';
import type { WorkerRequest } from '../../../src/extension/protocol.js';

const CHROME = { id: 'pighjojaehdijiogcinpgpcicbppmlpb', origin: 'chrome-extension://pighjojaehdijiogcinpgpcicbppmlpb/' };
const FIREFOX = { id: 'ramah@ramah.app', origin: 'moz-extension://0b7c5a3e-9d7f-4e7a-8a51-2f3c1d9e6b10/' };

describe('askerOf', () => {
  test("Ramah's options page and popup are extension pages, in Chrome and in Firefox", () => {
    expect(askerOf({ id: CHROME.id, url: `${CHROME.origin}src/extension/options/index.html` }, CHROME)).toBe('extension-page');
    expect(askerOf({ id: CHROME.id, url: `${CHROME.origin}src/extension/popup/index.html` }, CHROME)).toBe('extension-page');
    expect(askerOf({ id: FIREFOX.id, url: `${FIREFOX.origin}src/extension/options/index.html` }, FIREFOX)).toBe('extension-page');
  });

  test("Ramah's content script on a helpdesk page, or one that gives no address, is a content script", () => {
    expect(askerOf({ id: CHROME.id, url: 'https://acme.zendesk.com/agent/tickets/1' }, CHROME)).toBe('content-script');
    expect(askerOf({ id: CHROME.id, url: 'about:blank' }, CHROME)).toBe('content-script');
    expect(askerOf({ id: CHROME.id }, CHROME)).toBe('content-script');
    // A page whose address merely names the extension's id is not the extension's origin.
    expect(askerOf({ id: CHROME.id, url: `https://evil.example/${CHROME.origin}` }, CHROME)).toBe('content-script');
  });

  test('another extension is nobody the worker answers', () => {
    expect(askerOf({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html' }, CHROME)).toBeUndefined();
    expect(askerOf({ url: `${CHROME.origin}src/extension/options/index.html` }, CHROME)).toBeUndefined();
  });
});

describe('mayAsk', () => {
  test('a content script may ask what applies on its page, which keys open the sidebar, save a phrase, pin its own site, turn a rule off there, add to the week in review, and the engine (prepare, analyse, a note, the phrases), and nothing else', () => {
    const kinds = Object.keys(ALLOWED_ASKERS) as WorkerRequest['kind'][];
    expect(kinds.filter((kind) => mayAsk(kind, 'content-script')).sort()).toEqual(
      ['analyze', 'engine-prepare', 'note', 'personal-phrase-save', 'phrases', 'shortcut', 'side-panel-pin', 'site-config', 'site-rule-off', 'week-record'].sort(),
    );
  });

  test("Ramah's pages may ask everything but pinning, which is for a tab's own page, the week's counts and the engine's requests, which come from coaching in a tab", () => {
    const kinds = Object.keys(ALLOWED_ASKERS) as WorkerRequest['kind'][];
    expect(kinds.filter((kind) => !mayAsk(kind, 'extension-page')).sort()).toEqual(['analyze', 'engine-prepare', 'note', 'phrases', 'side-panel-pin', 'week-record'].sort());
  });
});

describe('siteConfigUrl', () => {
  const tab = { url: 'https://acme.zendesk.com/agent/tickets/1' };

  test("a content script gets what applies on its own page, whatever address its message names", () => {
    const sender = { id: CHROME.id, url: 'https://acme.zendesk.com/agent/tickets/1', tab };
    expect(siteConfigUrl({ url: 'https://other.freshdesk.com/a/tickets/2' }, 'content-script', sender)).toBe('https://acme.zendesk.com/agent/tickets/1');
    expect(siteConfigUrl({}, 'content-script', sender)).toBe('https://acme.zendesk.com/agent/tickets/1');
    // A frame's own address, not its tab's.
    expect(siteConfigUrl({ url: tab.url }, 'content-script', { id: CHROME.id, url: 'https://widget.example/frame', tab })).toBe('https://widget.example/frame');
    // Where the browser gives only the tab.
    expect(siteConfigUrl({ url: 'https://other.example/' }, 'content-script', { id: CHROME.id, tab })).toBe(tab.url);
    // Nothing known: no page, so nothing applies (resolved as no host), never the message's address.
    expect(siteConfigUrl({ url: 'https://other.example/' }, 'content-script', { id: CHROME.id })).toBe('');
  });

  test("Ramah's popup and options page name the page they ask about", () => {
    const sender = { id: CHROME.id, url: `${CHROME.origin}src/extension/popup/index.html` };
    expect(siteConfigUrl({ url: 'https://acme.zendesk.com/agent/tickets/1' }, 'extension-page', sender)).toBe('https://acme.zendesk.com/agent/tickets/1');
    expect(siteConfigUrl({ url: 42 }, 'extension-page', sender)).toBe('');
  });
});
