// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { editableRoot, isEditable, parentAcross, readableText, scopedAll } from '../../../src/extension/content/adapters/dom.js';
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
