// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import gmail from '../../../src/extension/content/adapters/gmail.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

// A thread as gmail.js reads it: .adn[data-message-id] messages, .a3s bodies, span.gD[email] senders.
const message = (id: string, name: string, email: string, body: string) => `
  <div class="adn ads" data-message-id="#msg-${id}">
    <h3><span class="gD" email="${email}" name="${name}">${name}</span></h3>
    <div class="a3s aiL">${body}</div>
  </div>`;

const thread = `
  <div role="main">
    <h2 class="hP">Refund</h2>
    ${message('1', 'Siti Rahma', 'siti@example.com', '<div>Saya mau refund.</div>')}
    ${message('2', 'Ana', 'support@acme.com', '<div>Baik, kami proses.</div>')}
    ${message('3', 'Siti Rahma', 'siti@example.com', '<div>Sudah seminggu!</div><div>Mana uang saya?</div><div class="gmail_quote">On Mon, Ana wrote: Baik, kami proses.</div>')}
    ${message('4', 'Ana', 'support@acme.com', '<div>Mohon maaf.</div>')}
    <div class="M9"><input name="subjectbox"><div class="iN"><div id="reply" class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Message Body" aria-multiline="true"><br></div></div></div>
  </div>
  <div role="dialog"><div id="new" class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Message Body"></div></div>`;

describe('gmail URLs', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzpc', true],
    ['https://mail.google.com/mail/u/1/#search/refund', true],
    ['https://mail.google.com/chat/u/0/', false],
    ['https://www.google.com/mail/', false],
  ])('%s → %s', (url, expected) => {
    expect(gmail.matches(new URL(url))).toBe(expected);
  });
});

describe('gmail', () => {
  test('finds the inline reply and new-mail composers, not the subject', () => {
    page(thread, 'Refund - support@acme.com - Acme Mail');
    const composers = gmail.findComposers(document);
    expect(ids(composers)).toEqual(['reply', 'new']);
    expect(gmail.editorKind(composers[0]!)).toBe('contenteditable');
  });

  test("names the open thread by its id, which Gmail's address keeps only in the hash", () => {
    page(thread.replace('<h2 class="hP">', '<h2 class="hP" data-thread-perm-id="thread-f:1790" data-legacy-thread-id="18d3c2a1b4e5f678">'), 'Refund - support@acme.com - Acme Mail');
    expect(gmail.ticketId?.($('#reply'), document)).toBe('18d3c2a1b4e5f678');
    page(thread, 'Refund - support@acme.com - Acme Mail');
    expect(gmail.ticketId?.($('#reply'), document)).toBeUndefined();
  });

  test('reads the last message not sent by the signed-in account, without the quoted mail', () => {
    page(thread, 'Refund - support@acme.com - Acme Mail');
    expect(gmail.customerMessage($('#reply'), document)).toBe('Sudah seminggu!\nMana uang saya?');
    expect(gmail.customerName($('#reply'), document)).toBe('Siti Rahma');
  });

  test('a new mail answers no message', () => {
    page(thread, 'Inbox (3) - support@acme.com - Gmail');
    expect(gmail.customerMessage($('#new'), document)).toBeUndefined();
  });

  test('is always a reply to the customer: Gmail has no internal notes', () => {
    page(thread);
    expect(gmail.audience($('#reply'))).toBe('customer');
  });

  test('falls back to every visible editor when Gmail’s markup has changed', () => {
    page('<div role="main"><div id="changed" contenteditable="true" aria-label="Isi pesan"></div></div>');
    expect(ids(gmail.findComposers(document))).toEqual(['changed']);
  });
});
