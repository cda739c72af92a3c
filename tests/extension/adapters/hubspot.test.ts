// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import hubspot from '../../../src/extension/content/adapters/hubspot.js';
import { $, ids, page } from './helpers.js';

afterEach(() => {
  page('');
  location.hash = '';
});

describe('hubspot URLs', () => {
  test.each([
    ['https://app.hubspot.com/live-messages/21130119/inbox/8129652150', true],
    ['https://app.hubspot.com/help-desk/6717628/view/342968399/ticket/43870050219/thread/10598988085#email', true],
    ['https://app-eu1.hubspot.com/help-desk/1/view/2/ticket/3', true],
    ['https://app.hubspot.com/contacts/21635735/record/0-1/1', false],
    ['https://www.hubspot.com/products/service/help-desk', false],
  ])('%s → %s', (url, expected) => {
    expect(hubspot.matches(new URL(url))).toBe(expected);
  });
});

describe('hubspot', () => {
  // As StephenShawBepoz/browserscripts hubspot/status-prompt.user.js finds the composer: the editable
  // in the smallest element that also holds the send button and the channel button.
  const composer = (channel: string, id = 'c') =>
    `<div class="composer"><div class="toolbar"><button aria-label="Change channel">${channel}</button></div>` +
    `<div class="body"><div id="${id}" class="ProseMirror" contenteditable="true"><p></p></div></div>` +
    `<div class="footer"><button data-test-id="composer-send-button">Send</button></div></div>`;
  const markup = composer('');

  test('finds the editable beside HubSpot’s send button', () => {
    page(`<div class="thread"><div id="search" contenteditable="true"></div></div>${markup}`);
    const composers = hubspot.findComposers(document);
    expect(ids(composers)).toEqual(['c']);
    expect(hubspot.editorKind(composers[0]!)).toBe('prosemirror');
  });

  test('the channel in the URL’s hash tells a comment from an email or chat reply', () => {
    page(markup);
    location.hash = '#email';
    expect(hubspot.audience($('#c'))).toBe('customer');
    location.hash = '#live-chat';
    expect(hubspot.audience($('#c'))).toBe('customer');
    location.hash = '#comment';
    expect(hubspot.audience($('#c'))).toBe('internal');
  });

  test('the channel button’s text tells a comment from an email or chat reply, before the hash', () => {
    page(composer('Comment', 'note') + composer('Email', 'email') + composer('Chat', 'chat'));
    location.hash = '#email';
    expect(hubspot.audience($('#note'))).toBe('internal');
    expect(hubspot.audience($('#email'))).toBe('customer');
    expect(hubspot.audience($('#chat'))).toBe('customer');
  });

  test('without a channel button or hash, the selected channel tab tells', () => {
    page(`<div><div role="tablist"><button role="tab" aria-selected="true">Comment</button><button role="tab" aria-selected="false">Email</button></div>${markup}</div>`);
    expect(hubspot.audience($('#c'))).toBe('internal');
  });

  test('falls back to every visible editor when the markup has changed', () => {
    page('<div><div id="c" contenteditable="true" data-slate-editor="true"></div></div>');
    expect(hubspot.editorKind(hubspot.findComposers(document)[0]!)).toBe('slate');
  });
});
