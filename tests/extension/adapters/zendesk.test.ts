// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import zendesk from '../../../src/extension/content/adapters/zendesk.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

// Agent Workspace as holatuwol/liferay-zendesk-userscript and toggl/track-extension read it (docs/adapters.md).
const ticket = (id: string, channel: string, customer: string, hidden = false) => `
  <div data-side-conversations-anchor-id="${id}" ${hidden ? 'style="display:none"' : ''}>
    <input data-test-id="omni-header-subject" value="Order ${id}">
    <div data-test-id="omni-log-container">
      <article data-test-id="omni-log-comment-item">
        <span data-test-id="omni-log-item-sender"><a href="/users/1"><strong>${customer}</strong></a></span>
        <time>10:02</time>
        <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content" data-originated-from="EmailInteraction"><p>Pesanan ${id} belum sampai!</p><p>Sudah dua minggu.</p></div></div>
      </article>
      <article data-test-id="omni-log-comment-item">
        <span data-test-id="omni-log-item-sender"><strong>Agent Ana</strong></span>
        <div data-test-id="omni-log-item-message" type="agent"><div data-test-id="omni-log-message-content">Kami sedang cek.</div></div>
      </article>
      <article data-test-id="omni-log-comment-item">
        <span data-test-id="omni-log-item-sender"><strong>Agent Ana</strong></span>
        <div data-test-id="omni-log-internal-note-tag">Internal note</div>
        <div data-test-id="omni-log-item-message" type="internal"><div data-test-id="omni-log-message-content">Courier lost it.</div></div>
      </article>
    </div>
    <div data-test-id="editor-view">
      <button data-test-id="omnichannel-channel-switcher-button" data-channel="${channel}" aria-label="${channel === 'internal' ? 'Internal note' : 'Email'}"></button>
      <div class="ck ck-editor"><div class="ck ck-editor__main">
        <div id="composer-${id}" class="ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" contenteditable="true" role="textbox" data-test-id="omnicomposer-rich-text-ckeditor"><p>Halo</p></div>
      </div></div>
    </div>
  </div>`;

describe('zendesk URLs', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/123', true],
    ['https://acme.zendesk.com/agent/dashboard', true],
    ['https://acme.zendesk.com/agent/filters/360001', true],
    // The help centre is where customers write; Ramah coaches agents.
    ['https://acme.zendesk.com/hc/en-us', false],
    ['https://acme.zendesk.com/hc/en-us/requests/123', false],
    ['https://www.zendesk.com/agent/', false],
    ['https://acme.zendesk.com.evil.example/agent/tickets/1', false],
    ['https://example.com/agent/tickets/1', false],
  ])('%s → %s', (url, expected) => {
    expect(zendesk.matches(new URL(url))).toBe(expected);
  });
});

describe('zendesk composers', () => {
  test('are the CKEditor 5 editables of the open tickets, hidden tabs left out', () => {
    page(ticket('1', 'email', 'Siti') + ticket('2', 'email', 'Budi', true));
    const composers = zendesk.findComposers(document);
    expect(ids(composers)).toEqual(['composer-1']);
    expect(zendesk.editorKind(composers[0]!)).toBe('ckeditor5');
  });

  test('are found when the data-test-id sits on a wrapper, and in the ticket editor before Agent Workspace', () => {
    page(`<div data-test-id="omnicomposer-rich-text-ckeditor"><div id="wrapped" class="ck-editor__editable" contenteditable="true"></div></div>
      <div class="zendesk-editor--rich-text-container"><div id="legacy" class="zendesk-editor--rich-text-comment" contenteditable="true"></div></div>`);
    expect(ids(zendesk.findComposers(document))).toEqual(['wrapped', 'legacy']);
  });

  test('fall back to every visible editor when Zendesk’s markup has changed', () => {
    page(`<input placeholder="Search">
      <div class="new-composer"><div id="pm" class="ProseMirror" contenteditable="true"></div></div>`);
    const composers = zendesk.findComposers(document);
    expect(ids(composers)).toEqual(['pm']);
    expect(zendesk.editorKind(composers[0]!)).toBe('prosemirror');
  });
});

describe('zendesk conversation', () => {
  test('the customer’s last message skips agents’ replies and internal notes, in the composer’s own ticket', () => {
    page(ticket('1', 'email', 'Siti') + ticket('2', 'email', 'Budi'));
    expect(zendesk.customerMessage($('#composer-1'), document)).toBe('Pesanan 1 belum sampai!\n\nSudah dua minggu.');
    expect(zendesk.customerMessage($('#composer-2'), document)).toBe('Pesanan 2 belum sampai!\n\nSudah dua minggu.');
  });

  test('the thread’s earlier customer messages, oldest first, skip agents’ replies and internal notes, for abuse that continues', () => {
    page(ticket('1', 'email', 'Siti'));
    const log = $('[data-test-id="omni-log-container"]');
    log.insertAdjacentHTML(
      'beforeend',
      `<article data-test-id="omni-log-comment-item">
        <span data-test-id="omni-log-item-sender"><strong>Siti</strong></span>
        <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content">Dasar bodoh semua!</div></div>
      </article>`,
    );
    expect(zendesk.customerMessage($('#composer-1'), document)).toBe('Dasar bodoh semua!');
    expect(zendesk.earlierCustomerMessages!($('#composer-1'), document)).toEqual(['Pesanan 1 belum sampai!\n\nSudah dua minggu.']);
  });

  test('a thread with one customer message has no earlier ones, and none are made up without a log', () => {
    page(ticket('1', 'email', 'Siti'));
    expect(zendesk.earlierCustomerMessages!($('#composer-1'), document)).toEqual([]);
    page('<div id="c" contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor"></div>');
    expect(zendesk.earlierCustomerMessages!($('#c'), document)).toEqual([]);
  });

  test('the customer’s name is the sender of their last message', () => {
    page(ticket('1', 'email', 'Siti Rahma'));
    expect(zendesk.customerName($('#composer-1'), document)).toBe('Siti Rahma');
  });

  test('without a message type, every message but internal notes counts as the customer’s', () => {
    page(ticket('1', 'email', 'Siti'));
    for (const message of document.querySelectorAll('[type]')) message.removeAttribute('type');
    expect(zendesk.customerMessage($('#composer-1'), document)).toBe('Kami sedang cek.');
  });

  test('nothing is made up when the log is not there', () => {
    page('<div id="c" contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor"></div>');
    expect(zendesk.customerMessage($('#c'), document)).toBeUndefined();
    expect(zendesk.customerName($('#c'), document)).toBeUndefined();
  });
});

describe('zendesk audience', () => {
  test('follows the channel switcher: a public channel reaches the customer, "internal" does not', () => {
    page(ticket('1', 'email', 'Siti') + ticket('2', 'internal', 'Budi'));
    expect(zendesk.audience($('#composer-1'))).toBe('customer');
    expect(zendesk.audience($('#composer-2'))).toBe('internal');
  });

  test('reads the switcher’s label when it carries no channel', () => {
    page(ticket('1', 'email', 'Siti'));
    const switcher = $('[data-test-id="omnichannel-channel-switcher-button"]');
    switcher.removeAttribute('data-channel');
    switcher.setAttribute('aria-label', 'Internal note');
    expect(zendesk.audience($('#composer-1'))).toBe('internal');
    switcher.setAttribute('aria-label', 'Public reply');
    expect(zendesk.audience($('#composer-1'))).toBe('customer');
  });
});
