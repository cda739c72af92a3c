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
  const markup = `
    <div data-cy="ReplyEditor"><div id="reply" contenteditable="true" role="textbox"></div></div>
    <div data-cy="NoteEditor"><div id="note" contenteditable="true" role="textbox"></div></div>`;

  test('finds the reply and note editors named by data-cy', () => {
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

  test('reads the customer only where the page marks it', () => {
    page(`${markup}<p data-ramah-customer>Hi</p>`);
    expect(helpscout.customerMessage($('#reply'), document)).toBe('Hi');
  });
});
