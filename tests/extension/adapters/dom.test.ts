// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { editableRoot, isEditable, parentAcross, readableText, scopedAll, shortLabel } from '../../../src/extension/content/adapters/dom.js';
import { $, page } from './helpers.js';

afterEach(() => page(''));

describe('readableText', () => {
  test('breaks lines as a reader sees them: one per block or <br>, a blank line between paragraphs', () => {
    page(`<div id="m">
        <p>Halo,</p>
        <p>pesanan saya   <b>belum</b> sampai.<br>Sudah 2 minggu!</p>
        <div>Terima kasih</div><div>Siti</div>
        <script>ignored()</script><button>Show more</button>
      </div>`);
    expect(readableText($('#m'))).toBe('Halo,\n\npesanan saya belum sampai.\nSudah 2 minggu!\n\nTerima kasih\nSiti');
  });

  test('leaves out what `skip` matches, and is undefined for blank elements', () => {
    page('<div id="m"><div>Mana uang saya?</div><blockquote>old mail</blockquote></div><div id="blank"> <br> </div>');
    expect(readableText($('#m'), 'blockquote')).toBe('Mana uang saya?');
    expect(readableText($('#blank'))).toBeUndefined();
  });
});

describe('editables', () => {
  test('contenteditable is inherited until an explicit false', () => {
    page('<div id="root" contenteditable=""><p id="p">x<span id="chip" contenteditable="false"><i id="in-chip">y</i></span></p></div>');
    expect(isEditable($('#p'))).toBe(true);
    expect(isEditable($('#in-chip'))).toBe(false);
    expect(editableRoot($('#p')).id).toBe('root');
  });
});

describe('scopedAll', () => {
  test('reads the conversation nearest the composer, through a shadow root', () => {
    page('<section><p class="msg">one</p><div id="host"></div></section><section><p class="msg">two</p></section>');
    const inner = $('#host').attachShadow({ mode: 'open' });
    inner.innerHTML = '<div id="composer" contenteditable="true"></div>';
    const composer = inner.querySelector('#composer')!;
    expect(parentAcross(composer)?.id).toBe('host');
    expect(scopedAll(composer, '.msg').map((m) => m.textContent)).toEqual(['one']);
  });
});

describe('shortLabel', () => {
  test("a composer's own short label or placeholder names it", () => {
    page('<div id="a" contenteditable="" aria-label="Reply to Sari"></div><textarea id="t" placeholder="Tulis balasan"></textarea>');
    expect(shortLabel($('#a'), 'Zendesk', 'prosemirror')).toBe('Reply to Sari');
    expect(shortLabel($('#t'), 'Zendesk', 'textarea')).toBe('Tulis balasan');
  });

  test("an editor's accessibility instructions are no name: the site and the editor are", () => {
    page('<div id="ck" contenteditable="" aria-label="Rich Text Editor. Editing area: main. Press Alt+0 for help."></div><div id="bare" contenteditable=""></div>');
    expect(shortLabel($('#ck'), 'Freshdesk', 'ckeditor5')).toBe('Freshdesk · CKEditor');
    expect(shortLabel($('#bare'), 'help.example.com', 'contenteditable')).toBe('help.example.com · rich text');
  });
});
