// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import zohoDesk from '../../../src/extension/content/adapters/zoho-desk.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

describe('zoho desk URLs', () => {
  test.each([
    ['https://desk.zoho.com/agent/acme/support/tickets/details/1100825000005243001', true],
    ['https://desk.zoho.eu/agent/acme/it/tickets/list/all-cases', true],
    ['https://desk.zoho.com.au/agent/acme/support/tickets/details/1', true],
    // The help centre.
    ['https://desk.zoho.com/portal/acme/en/home', false],
    ['https://www.zoho.com/desk/', false],
  ])('%s → %s', (url, expected) => {
    expect(zohoDesk.matches(new URL(url))).toBe(expected);
  });
});

describe('zoho desk', () => {
  test('finds the editor in its same-origin iframe', () => {
    page(`<div class="reply-editor"><iframe srcdoc="<body id='body' contenteditable='true'><div>Dear Siti,</div></body>"></iframe></div>
      <textarea id="search" placeholder="Search"></textarea>`);
    const composers = zohoDesk.findComposers(document);
    expect(ids(composers)).toEqual(['body']);
    expect(zohoDesk.editorKind(composers[0]!)).toBe('contenteditable');
  });

  test('a comment is internal, a reply is for the customer', () => {
    page(`<div class="reply-editor"><div id="reply" contenteditable="true"></div></div>
      <div class="comment-editor"><div id="comment" contenteditable="true"></div></div>`);
    expect(zohoDesk.audience($('#reply'))).toBe('customer');
    expect(zohoDesk.audience($('#comment'))).toBe('internal');
  });
});
