// The editor fixture pages behave like the real editors they wrap: keystrokes reach the editor's
// model, getText() reads that model, and Ctrl+Z goes through the editor's own undo history.
// The extension's end-to-end tests build on these pages, so these checks run first.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixtures, EDITOR_PAGES, serveStatic, type StaticServer } from '../fixtures/serve.js';
import { CHROMIUM_PATH, e2eSkipReason } from './helpers/browser.js';
import { quietChromiumArgs } from './helpers/chromium-args.js';

const DRAFT = 'Halo Kak';

interface OpenPage {
  page: Page;
  /** Uncaught errors in the page. */
  errors: string[];
  /** Requests that left the local server. */
  foreign: string[];
}

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`editor fixture pages${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let server: StaticServer;
  const pages: Page[] = [];

  beforeAll(async () => {
    await buildFixtures();
    server = await serveStatic();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Nothing but the local server resolves: a page that reaches for a CDN fails loudly.
      args: quietChromiumArgs(),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(name: string): Promise<OpenPage> {
    const page = await browser.newPage();
    pages.push(page);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    await page.goto(`${server.origin}/${name}.html`);
    await page.waitForFunction(() => window.__fixture !== undefined || document.body.dataset.error !== undefined);
    const failure = await page.evaluate(() => document.body.dataset.error);
    if (failure) throw new Error(`${name}: ${failure}`);
    return { page, errors, foreign };
  }

  const text = (page: Page, composer = 0) => page.evaluate((i) => window.__fixture?.composers[i]?.getText(), composer);
  const selector = async (page: Page, composer = 0) => (await page.evaluate((i) => window.__fixture?.composers[i]?.selector, composer)) ?? '';

  const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  /**
   * Clicks into a composer and lets the editor take the new selection before typing.
   * Lexical, typed into at once, may handle the click's selectionchange after the first letter
   * and keep that letter as an undo step of its own.
   */
  async function focus(page: Page, composer = 0): Promise<void> {
    await page.click(await selector(page, composer));
    await nextFrames(page);
  }

  /** Presses Ctrl+Z until the draft is empty; returns how many presses that took. */
  async function undoAll(page: Page, composer = 0): Promise<number> {
    for (let presses = 1; presses <= 5; presses++) {
      const before = await text(page, composer);
      await page.keyboard.press('Control+z');
      await expect.poll(() => text(page, composer), { timeout: 2_000 }).not.toBe(before);
      const after = (await text(page, composer)) ?? '';
      // Undo only ever takes text back: what is left is what was typed first.
      expect(DRAFT.startsWith(after)).toBe(true);
      if (after === '') return presses;
    }
    throw new Error('Ctrl+Z did not empty the draft in 5 presses');
  }

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close().catch(() => {})));
  });

  describe.each(EDITOR_PAGES)('%s', (editor) => {
    test('shows the customer message and an empty composer, with no request off the machine', async () => {
      const { page, errors, foreign } = await open(editor);
      expect(await page.evaluate(() => window.__fixture?.editor)).toBe(editor);
      expect(await page.locator('[data-fixture="customer"]').innerText()).toMatch(/\S{20,}|\S+ \S+ \S+/);
      expect(await text(page)).toBe('');
      expect(await selector(page)).toBe(expectedSelector(editor));
      expect(await page.locator(expectedSelector(editor)).count()).toBe(1);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test('typing reaches the model, and one Ctrl+Z takes it back', async () => {
      const { page, errors } = await open(editor);
      await focus(page);
      await page.keyboard.type(DRAFT);
      await expect.poll(() => text(page)).toBe(DRAFT);
      const presses = await undoAll(page);
      // Trix groups typing in 5-second slots of the clock, so a draft typed across a slot's end is two steps.
      if (editor === 'trix') expect(presses).toBeLessThanOrEqual(2);
      else expect(presses).toBe(1);
      expect(errors).toEqual([]);
    });

    test('Enter starts a new line, read back as one "\\n"', async () => {
      const { page } = await open(editor);
      await focus(page);
      await page.keyboard.type('Halo Kak,');
      await page.keyboard.press('Enter');
      // Trix, typed into at machine speed right after Enter, sometimes puts the next letter before
      // its own line break ("Halo Kak,\n\nT\nerima"). People type slower: wait for the model and a frame.
      await expect.poll(() => text(page)).not.toBe('Halo Kak,');
      await nextFrames(page);
      await page.keyboard.type('Terima kasih');
      await expect.poll(() => text(page)).toBe('Halo Kak,\nTerima kasih');
    });

    test('setText loads a draft that getText reads back', async () => {
      const { page } = await open(editor);
      await page.evaluate(() => window.__fixture?.setText?.('Baris satu\nBaris dua'));
      await expect.poll(() => text(page)).toBe('Baris satu\nBaris dua');
      const editable = page.locator(expectedSelector(editor));
      const shown = () => (editor === 'textarea' ? editable.inputValue() : editable.innerText());
      await expect.poll(shown).toMatch(/^Baris satu\s+Baris dua\s*$/);
    });
  });

  test('two composers on one page keep their own models', async () => {
    const { page, errors } = await open('two-composers');
    const composers = await page.evaluate(() => window.__fixture?.composers.map((c) => c.editor));
    expect(composers).toEqual(['textarea', 'prosemirror']);
    await focus(page, 0);
    await page.keyboard.type('Lewat email');
    await focus(page, 1);
    await page.keyboard.type(DRAFT);
    await expect.poll(() => text(page, 0)).toBe('Lewat email');
    await expect.poll(() => text(page, 1)).toBe(DRAFT);
    expect(await undoAll(page, 1)).toBe(1);
    expect(await text(page, 0)).toBe('Lewat email');
    expect(errors).toEqual([]);
  });

  test('a composer that appears a second after load', async () => {
    const page = await browser.newPage();
    pages.push(page);
    await page.goto(`${server.origin}/delayed.html`);
    const loadedAt = Date.now();
    expect(await page.locator('[data-composer]').count()).toBe(0);
    await page.waitForFunction(() => window.__fixture !== undefined);
    expect(Date.now() - loadedAt).toBeGreaterThanOrEqual(500);
    await focus(page);
    await page.keyboard.type(DRAFT);
    await expect.poll(() => text(page)).toBe(DRAFT);
    expect(await undoAll(page)).toBe(1);
  });
});

/** The editable element of a single-composer page, as the page names it. */
function expectedSelector(editor: string): string {
  return `#composer ${EDITABLES[editor] ?? ''}`;
}
const EDITABLES: Record<string, string> = {
  textarea: 'textarea',
  contenteditable: '.plain-editable',
  prosemirror: '.ProseMirror',
  tiptap: '.ProseMirror',
  quill: '.ql-editor',
  ckeditor5: '.ck-editor__editable',
  lexical: '.lexical-editable',
  slate: '[data-slate-editor]',
  draftjs: '.public-DraftEditor-content',
  trix: 'trix-editor',
};
