// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import generic from '../../../src/extension/content/adapters/generic.js';
import { $, ids, page, withLayout } from './helpers.js';

afterEach(() => page(''));

describe('generic composers', () => {
  test('are every visible textarea and contenteditable root, in document order', () => {
    page(`
      <textarea id="reply"></textarea>
      <div id="rich" contenteditable="true"><p contenteditable="true" id="nested">x</p><span contenteditable="false">chip</span></div>
      <div id="pm" class="ProseMirror" contenteditable="true"></div>`);
    expect(ids(generic.findComposers(document))).toEqual(['reply', 'rich', 'pm']);
  });

  test('skip search boxes, subject and address fields, and disabled or read-only ones', () => {
    page(`
      <textarea id="search" aria-label="Search tickets"></textarea>
      <textarea id="cari" placeholder="Cari tiket"></textarea>
      <div id="searchbox" role="searchbox" contenteditable="true"></div>
      <form role="search"><textarea id="in-search"></textarea></form>
      <textarea id="subject" name="subject_line"></textarea>
      <div id="to" contenteditable="true" aria-label="To"></div>
      <textarea id="cc" placeholder="Cc:"></textarea>
      <textarea id="disabled" disabled></textarea>
      <textarea id="readonly" readonly></textarea>
      <textarea id="reply" placeholder="Reply to the customer"></textarea>`);
    expect(ids(generic.findComposers(document))).toEqual(['reply']);
  });

  test('skip hidden fields and editors’ own helpers', () => {
    page(`
      <textarea id="none" style="display:none"></textarea>
      <div hidden><textarea id="in-hidden"></textarea></div>
      <div style="display: none"><div id="in-none" contenteditable="true"></div></div>
      <textarea id="invisible" style="visibility:hidden"></textarea>
      <div class="ql-container"><div id="quill" class="ql-editor" contenteditable="true"></div><div id="clip" class="ql-clipboard" contenteditable="true"></div></div>
      <div id="aria-hidden" contenteditable="true" aria-hidden="true"></div>`);
    expect(ids(generic.findComposers(document))).toEqual(['quill']);
  });

  test('skip tiny fields where the page has layout', () => {
    page('<textarea id="tiny"></textarea><textarea id="reply"></textarea><div id="rich" contenteditable="true"></div>');
    const restore = withLayout([[$('#tiny'), 20, 10], [$('#reply'), 600, 120], [$('#rich'), 600, 40]]);
    try {
      expect(ids(generic.findComposers(document))).toEqual(['reply', 'rich']);
    } finally {
      restore();
    }
  });

  test('include those in same-origin iframes', () => {
    page(`<textarea id="top"></textarea>
      <iframe id="frame" srcdoc="<body id='frame-body' contenteditable='true'><p>Dear customer</p></body>"></iframe>
      <iframe srcdoc="<textarea id='frame-textarea'></textarea>"></iframe>`);
    expect(ids(generic.findComposers(document))).toEqual(['top', 'frame-body', 'frame-textarea']);
    expect(generic.editorKind(generic.findComposers(document)[1]!)).toBe('contenteditable');
  });

  test('include those in open shadow roots, but not inside Ramah’s own UI', () => {
    page('<div id="host"></div><div id="ramah" data-ramah="sidebar"></div>');
    $('#host').attachShadow({ mode: 'open' }).innerHTML = '<div id="shadow-editor" contenteditable="true"></div>';
    $('#ramah').attachShadow({ mode: 'open' }).innerHTML = '<textarea id="ramah-field"></textarea>';
    expect(ids(generic.findComposers(document))).toEqual(['shadow-editor']);
  });

  test('appearing after load are found by the next call', () => {
    page('<main id="app"></main>');
    expect(generic.findComposers(document)).toEqual([]);
    $('#app').innerHTML = '<div id="late" contenteditable="true"></div>';
    expect(ids(generic.findComposers(document))).toEqual(['late']);
    // The observer may pass only the added subtree, or the composer itself.
    expect(ids(generic.findComposers($('#app')))).toEqual(['late']);
    expect(ids(generic.findComposers($('#late')))).toEqual(['late']);
  });
});

describe('generic audience', () => {
  test.each([
    ['placeholder="Add an internal note"', 'internal'],
    ['aria-label="Catatan internal"', 'internal'],
    ['aria-label="Nota dalaman"', 'internal'],
    ['placeholder="Tulis komentar"', 'internal'],
    ['placeholder="Leave a comment"', 'internal'],
    ['placeholder="Reply to Siti"', 'customer'],
    ['aria-label="Balas pelanggan"', 'customer'],
    ['', 'customer'],
  ] as const)('a composer with %s is %s', (attribute, audience) => {
    page(`<textarea id="c" ${attribute}></textarea>`);
    expect(generic.audience($('#c'))).toBe(audience);
  });

  test('reads placeholders that editors put on the first paragraph, and <label>s', () => {
    page(`<div id="pm" class="ProseMirror" contenteditable="true"><p data-placeholder="Write a note…" class="is-empty"></p></div>
      <label for="t">Komen</label><textarea id="t"></textarea>`);
    expect(generic.audience($('#pm'))).toBe('internal');
    expect(generic.audience($('#t'))).toBe('internal');
  });
});

describe('generic customer message and name', () => {
  test('are undefined unless the page marks them', () => {
    page('<p>Where is my order?</p><textarea id="c"></textarea>');
    expect(generic.customerMessage($('#c'), document)).toBeUndefined();
    expect(generic.customerName($('#c'), document)).toBeUndefined();
  });

  test('come from data-ramah-customer marks nearest the composer', () => {
    page(`
      <section><p data-ramah-customer>Other ticket</p><textarea id="other"></textarea></section>
      <section>
        <span data-ramah-customer-name="Budi"></span>
        <div data-ramah-customer><p>Saya kecewa.</p><p>Tolong bantu.</p></div>
        <div data-ramah-customer="Sudah seminggu!"></div>
        <textarea id="c"></textarea>
      </section>`);
    expect(generic.customerMessage($('#c'), document)).toBe('Sudah seminggu!');
    expect(generic.customerName($('#c'), document)).toBe('Budi');
    expect(generic.customerMessage($('#other'), document)).toBe('Other ticket');
  });

  test('every marked message before the last is the thread’s earlier customer messages, oldest first', () => {
    page(`
      <section><p data-ramah-customer>Other ticket</p><textarea id="other"></textarea></section>
      <section>
        <div data-ramah-customer><p>Saya kecewa.</p><p>Tolong bantu.</p></div>
        <p>Agent: kami cek dulu.</p>
        <div data-ramah-customer="Dasar bodoh!"></div>
        <div data-ramah-customer="Sudah seminggu!"></div>
        <textarea id="c"></textarea>
      </section>`);
    expect(generic.earlierCustomerMessages!($('#c'), document)).toEqual(['Saya kecewa.\n\nTolong bantu.', 'Dasar bodoh!']);
    expect(generic.earlierCustomerMessages!($('#other'), document)).toEqual([]);
  });
});
