// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { editorKind } from '../../../src/extension/content/adapters/editor-kind.js';
import { page, $ } from './helpers.js';

afterEach(() => page(''));

describe('editorKind tells the editor from its public markup', () => {
  test.each([
    ['textarea', '<textarea id="c"></textarea>'],
    ['contenteditable', '<div id="c" contenteditable="true"><p>hi</p></div>'],
    ['contenteditable', '<div id="c" contenteditable="plaintext-only"></div>'],
    ['ckeditor5', '<div id="c" class="ck ck-content ck-editor__editable ck-editor__editable_inline" contenteditable="true" role="textbox"></div>'],
    ['prosemirror', '<div id="c" class="ProseMirror" contenteditable="true"><p></p></div>'],
    ['prosemirror', '<div id="c" class="tiptap ProseMirror" contenteditable="true"></div>'],
    ['quill', '<div class="ql-container"><div id="c" class="ql-editor" contenteditable="true"></div></div>'],
    ['lexical', '<div id="c" contenteditable="true" data-lexical-editor="true"></div>'],
    ['slate', '<div id="c" contenteditable="true" data-slate-editor="true" role="textbox"></div>'],
    ['draftjs', '<div class="DraftEditor-root"><div id="c" class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"></div></div></div>'],
    ['draftjs', '<div id="c" contenteditable="true"><div data-contents="true"></div></div>'],
    ['trix', '<trix-editor id="c" contenteditable=""></trix-editor>'],
    ['froala', '<div id="c" class="fr-element fr-view" contenteditable="true"></div>'],
    ['unknown', '<div id="c"></div>'],
    ['unknown', '<div contenteditable="true"><span id="c" contenteditable="false">chip</span></div>'],
  ] as const)('%s: %s', (kind, markup) => {
    page(markup);
    expect(editorKind($('#c'))).toBe(kind);
  });

  test('an element inside an editor belongs to that editor', () => {
    page('<div class="ProseMirror" contenteditable="true"><p id="c">text</p></div>');
    expect(editorKind($('#c'))).toBe('prosemirror');
  });
});
