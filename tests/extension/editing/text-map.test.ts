// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { comparable, readComposer } from '../../../src/extension/content/editing/text-map.js';
import { relocate } from '../../../src/extension/content/editing/insert.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('reading a composer with an offset map', () => {
  test('a textarea is its value, with no DOM ranges', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Halo\u00a0Kak\nTerima kasih';
    document.body.append(textarea);
    const map = readComposer(textarea);
    expect(map.text).toBe('Halo Kak\nTerima kasih');
    expect(map.isTextarea).toBe(true);
    expect(map.rangeFor(0, 4)).toBeNull();
  });

  test.each([
    ['paragraphs (ProseMirror, Quill, CKEditor 5)', '<p>Halo</p><p>Kak</p>', 'Halo\nKak'],
    ['an empty paragraph is an empty line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a hard break, then the trailing break ProseMirror adds', '<p>a<br><br class="ProseMirror-trailingBreak"></p>', 'a\n'],
    ['a filler <br> in an empty editor', '<p><br data-cke-filler="true"></p>', ''],
    ['Draft.js blocks in nested divs', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Halo</span></span></div></div><div data-block="true"><div><span><span data-text="true">Kak</span></span></div></div></div>', 'Halo\nKak'],
    ['Trix: a block with a line break', '<div><!--block-->Halo<br>Kak</div>', 'Halo\nKak'],
    ['Lexical plain text: a line break in one paragraph', '<p><span data-lexical-text="true">Halo</span><br><span data-lexical-text="true">Kak</span></p>', 'Halo\nKak'],
    ['Slate: an empty leaf and its placeholder', '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Tulis balasan…</span><span data-slate-zero-width="n" data-slate-length="0">\ufeff<br></span></span></span></div>', ''],
    ['a browser contenteditable: text, then div lines', 'Halo<div>Kak</div><div><br></div><div>Terima kasih</div>', 'Halo\nKak\n\nTerima kasih'],
    ['whitespace between blocks is formatting, not text', '<p>a</p>\n    <p>b</p>', 'a\nb'],
    ['non-breaking spaces read as spaces', '<p>Halo&nbsp;&nbsp;Kak</p>', 'Halo  Kak'],
  ])('%s', (_name, html, text) => {
    expect(readComposer(editable(html)).text).toBe(text);
  });

  test('maps offsets to DOM ranges and DOM points back to offsets', () => {
    const root = editable('<p>Maaf <strong>Kak</strong>, ini</p><p>kesalahan gudang.</p>');
    const map = readComposer(root);
    expect(map.text).toBe('Maaf Kak, ini\nkesalahan gudang.');
    expect(map.rangeFor(5, 8)!.toString()).toBe('Kak');
    expect(map.rangeFor(14, 23)!.toString()).toBe('kesalahan');
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    expect(map.offsetOf(second, 3)).toBe(17);
    expect(map.offsetOf(root.querySelectorAll('p')[1]!, 0)).toBe(14);
    expect(map.offsetOf(root, root.childNodes.length)).toBe(map.text.length);
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });

  test('skips the inline filler CKEditor 5 keeps in a text node', () => {
    const root = editable('<p>\u2060\u2060\u2060\u2060\u2060\u2060\u2060Halo Kak</p>');
    const map = readComposer(root);
    expect(map.text).toBe('Halo Kak');
    const range = map.rangeFor(5, 8)!;
    expect(range.startOffset).toBe(12);
    expect(range.toString()).toBe('Kak');
    expect(map.offsetOf(root.querySelector('p')!.firstChild!, 12)).toBe(5);
  });

  test('an empty line maps to its block, where the caret stands', () => {
    const root = editable('<p>a</p><p><br></p>');
    const map = readComposer(root);
    expect(map.pointAt(2)).toEqual({ node: root.querySelectorAll('p')[1], offset: 0 });
  });
});

describe('finding the flagged words again after the draft changed', () => {
  test('where they were', () => expect(relocate('Maaf, ini salah gudang.', 10, 15, 'salah')).toEqual({ start: 10, end: 15 }));
  test('moved by new text before them', () => expect(relocate('Halo Kak. Maaf, ini salah gudang.', 10, 15, 'salah')).toEqual({ start: 20, end: 25 }));
  test('the occurrence nearest to where they were', () => expect(relocate('salah satu, lalu salah gudang', 17, 22, 'salah')).toEqual({ start: 17, end: 22 }));
  test('gone', () => expect(relocate('Maaf, ini keliru.', 10, 15, 'salah')).toBeNull());
});

test('drafts compare alike across editors’ line and space conventions', () => {
  expect(comparable('Halo\u00a0Kak\n\n\ufeffTerima\n')).toBe(comparable('Halo Kak\nTerima'));
});
