// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import helpscout from '../../../src/extension/content/adapters/helpscout.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

describe('help scout URLs', () => {
  test.each([
    ['https://secure.helpscout.net/conversation/2087654321/1234/', true],
    ['https://secure.helpscout.net/mailbox/abc123/', true],
    ['https://acme.helpscoutdocs.com/article/1-refunds', false],
    ['https://www.helpscout.com/', false],
  ])('%s → %s', (url, expected) => {
    expect(helpscout.matches(new URL(url))).toBe(expected);
  });
});

describe('help scout', () => {
  // The classic conversation view, as gd3kr/cx-copilot and trentslutzky/helpscout-thread-hider read it.
  const thread = (id: string, kind: string, body: string) =>
    `<article id="thread-${id}" class="thread ${kind}"><section class="js-thread-content"><section class="messageBodyWrap"><section class="message">` +
    `<section class="threadHeader"><section class="meta">…</section></section><section class="messageBody">${body}</section></section></section></section></article>`;
  const markup = `
    <div class="c-profile__name">Siti Rahma</div>
    <div id="tkContent">
      ${thread('1', 'customer', '<p>Paket saya hilang.</p>')}
      ${thread('2', 'message', '<p>Kami cek dulu.</p>')}
      ${thread('3', 'customer', '<p>Sudah seminggu!</p><p>Mana paket saya?</p>')}
      ${thread('4', 'note', '<p>Kurir sudah dihubungi.</p>')}
    </div>
    <div class="reply"><div id="reply" class="redactor_redactor redactor_editor" contenteditable="true"></div></div>
    <div class="note"><div id="note" class="redactor_redactor redactor_editor" contenteditable="true"></div></div>`;

  test('finds the Redactor reply and note editors', () => {
    page(markup);
    const composers = helpscout.findComposers(document);
    expect(ids(composers)).toEqual(['reply', 'note']);
    expect(helpscout.editorKind(composers[0]!)).toBe('contenteditable');
  });

  test('tells the note editor from the reply editor', () => {
    page(markup);
    expect(helpscout.audience($('#reply'))).toBe('customer');
    expect(helpscout.audience($('#note'))).toBe('internal');
  });

  test('falls back to every visible editor when the markup has changed', () => {
    page('<section><textarea id="t" placeholder="Reply…"></textarea><input type="search"></section>');
    expect(ids(helpscout.findComposers(document))).toEqual(['t']);
    expect(helpscout.audience($('#t'))).toBe('customer');
  });

  test('reads the customer’s last message and name, past the agents’ replies and notes', () => {
    page(markup);
    expect(helpscout.customerMessage($('#reply'), document)).toBe('Sudah seminggu!\n\nMana paket saya?');
    expect(helpscout.customerName($('#reply'), document)).toBe('Siti Rahma');
  });
});
