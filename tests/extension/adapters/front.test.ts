// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import front from '../../../src/extension/content/adapters/front.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

describe('front URLs', () => {
  test.each([
    ['https://app.frontapp.com/inboxes/teams/folders/123/unassigned/0', true],
    ['https://app.frontapp.com/open/cnv_abc', true],
    ['https://front.com/', false],
    ['https://api2.frontapp.com/conversations', false],
  ])('%s → %s', (url, expected) => {
    expect(front.matches(new URL(url))).toBe(expected);
  });
});

describe('front', () => {
  const markup = `
    <div data-testid="reply-composer"><div id="reply" contenteditable="true"></div></div>
    <div data-testid="comment-composer"><div id="comment" contenteditable="true" data-placeholder="Comment or mention"></div></div>`;

  test('finds the reply and comment composers', () => {
    page(markup);
    expect(ids(front.findComposers(document))).toEqual(['reply', 'comment']);
    expect(front.editorKind($('#reply'))).toBe('contenteditable');
  });

  test('a comment is internal, a reply is for the customer', () => {
    page(markup);
    expect(front.audience($('#reply'))).toBe('customer');
    expect(front.audience($('#comment'))).toBe('internal');
  });

  test('falls back to every visible editor when the markup has changed', () => {
    page('<div><div id="c" contenteditable="true"></div></div>');
    expect(ids(front.findComposers(document))).toEqual(['c']);
  });
});
