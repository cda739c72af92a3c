// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import intercom from '../../../src/extension/content/adapters/intercom.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

describe('intercom URLs', () => {
  test.each([
    ['https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215470000000777', true],
    ['https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/1', true],
    ['https://app.intercom.com/a/apps/abc123/inbox', true],
    ['https://www.intercom.com/customer-service-platform', false],
    ['https://app.intercom.com/admins/sign_in', false],
  ])('%s → %s', (url, expected) => {
    expect(intercom.matches(new URL(url))).toBe(expected);
  });
});

describe('intercom', () => {
  const composer = (mode: 'Reply' | 'Note') => `
    <div class="inbox__conversation-composer">
      <div role="tablist">
        <button role="tab" aria-selected="${mode === 'Reply'}">Reply</button>
        <button role="tab" aria-selected="${mode === 'Note'}">Note</button>
      </div>
      <div class="composer-editor"><div id="c" class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"><p>Hi</p></div></div>
    </div>`;
  // The reply and note panes as Gunnyarts/tb tagenforcer/tagenforcer.user.js reads them.
  const panes = `
    <div class="conversation__text o__note"><div id="note" class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"><p></p></div></div>
    <div class="conversation__text"><div id="reply" class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"><p></p></div></div>`;

  test('finds Intercom’s ProseMirror composer, not another editor on the page', () => {
    page(`<div class="search"><div id="other" contenteditable="true"></div></div>${panes}`);
    expect(ids(intercom.findComposers(document))).toEqual(['note', 'reply']);
  });

  test('the note pane is a note, the other pane a reply', () => {
    page(panes);
    expect(intercom.audience($('#note'))).toBe('internal');
    expect(intercom.audience($('#reply'))).toBe('customer');
  });

  test('finds the ProseMirror composer', () => {
    page(composer('Reply'));
    const composers = intercom.findComposers(document);
    expect(ids(composers)).toEqual(['c']);
    expect(intercom.editorKind(composers[0]!)).toBe('prosemirror');
  });

  test('tells note mode from reply mode by the selected tab', () => {
    page(composer('Reply'));
    expect(intercom.audience($('#c'))).toBe('customer');
    page(composer('Note'));
    expect(intercom.audience($('#c'))).toBe('internal');
  });

  test('or by the composer’s name', () => {
    page('<div class="composer composer--note"><div id="c" contenteditable="true"></div></div>');
    expect(intercom.audience($('#c'))).toBe('internal');
  });

  test('falls back to every visible editor when the markup has changed', () => {
    page('<div class="x"><div id="c" contenteditable="true" data-lexical-editor="true"></div></div>');
    const composers = intercom.findComposers(document);
    expect(ids(composers)).toEqual(['c']);
    expect(intercom.editorKind(composers[0]!)).toBe('lexical');
  });
});
