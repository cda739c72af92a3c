import type { EditorKind } from './types.js';
import { isEditable } from './dom.js';

/**
 * Each editor marks its editable root in its own way. The marks are the editors' public markup,
 * stable across versions, so every adapter shares this one detection. Tiptap is ProseMirror.
 */
const MARKS: ReadonlyArray<readonly [EditorKind, string]> = [
  ['trix', 'trix-editor'],
  ['ckeditor5', '.ck-editor__editable'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['draftjs', '.public-DraftEditor-content, [data-contents="true"]'],
  ['froala', '.fr-element'],
];

export function editorKind(element: Element): EditorKind {
  if (element.localName === 'textarea') return 'textarea';
  // CKEditor 5 sets this on its editable; only a page-world script sees it, so the class decides here.
  if ('ckeditorInstance' in element) return 'ckeditor5';
  for (const [kind, selector] of MARKS) {
    if (element.closest(selector)) return kind;
  }
  // Draft.js's root holds its blocks in a [data-contents] child.
  if (element.querySelector('[data-contents="true"]')) return 'draftjs';
  return isEditable(element) ? 'contenteditable' : 'unknown';
}
