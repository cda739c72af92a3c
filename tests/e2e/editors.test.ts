// Ramah in real editors: the BUILT extension in Chromium, on the editor fixture pages served as
// acme.zendesk.com's agent workspace over local HTTPS. For every editor, the agent types a draft
// that blames a department, sees the finding in the sidebar and the underline in the page, applies
// the rewording, takes it back with one Ctrl+Z, inserts a missing step's phrase at the caret, and
// sees the banner for the customer's upset message. Text is always checked in the editor's MODEL.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { buildFixtures, EDITOR_PAGES, FIXTURES_DIST } from '../fixtures/serve.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskFiles, type HelpdeskSite } from './helpers/helpdesk-server.js';
import { stepPhrases } from './helpers/panel.js';

const HOST = 'acme.zendesk.com';
const DRAFT = 'Maaf Kak, ini kesalahan bagian gudang.';
const CLEAN_DRAFT = 'Terima kasih sudah menunggu, Kak.';

const [BLAME] = analyze(DRAFT).findings.filter((finding) => finding.rule === 'blame-department');
if (!BLAME?.suggestions[0]) throw new Error('the engine no longer flags the test draft: pick another one');
const REWORDED = DRAFT.slice(0, BLAME.start) + BLAME.suggestions[0] + DRAFT.slice(BLAME.end);
/** The finding's message in Ramah's UI language, the browser's: English in headless Chromium, which ignores --lang. */
const BLAME_MESSAGE = analyze(DRAFT, { messageLanguage: 'en' }).findings.find((finding) => finding.rule === 'blame-department')!.message;

interface Edit {
  ok: boolean;
  how?: string;
  tried: string[];
}

declare global {
  interface Window {
    __edits?: Edit[];
  }
}

/** The part of the extension API the tests call in the service worker. */
declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`Ramah in real editors${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let site: HelpdeskSite;
  /** Which strategy took, per editor and action, for the summary at the end. */
  const strategies: Record<string, string> = {};

  beforeAll(async () => {
    await buildFixtures();
    site = await serveHelpdeskFiles(HOST, FIXTURES_DIST, '/agent/');
    browser = await launchWithExtension({ localHosts: [HOST] });
    // The tests read each edit's result from the `ramah:edited` event, which only the debug setting shows the page.
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { version: 1, ...(settings as object | undefined), debug: true } });
    });
  });

  afterAll(async () => {
    if (Object.keys(strategies).length > 0) console.info('[e2e] insertion strategies:', strategies);
    await Promise.all([browser?.close(), site?.close()]);
  });

  interface Opened {
    page: Page;
    errors: string[];
  }

  async function open(name: string): Promise<Opened> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.goto(site.page(`${name}.html`));
    await page.waitForFunction(() => window.__fixture !== undefined || document.body.dataset.error !== undefined);
    const failure = await page.evaluate(() => document.body.dataset.error);
    if (failure) throw new Error(`${name}: ${failure}`);
    // The extension reports each edit on the composer; the test keeps them.
    await page.evaluate(() => {
      window.__edits = [];
      document.addEventListener('ramah:edited', (event) => window.__edits!.push(JSON.parse((event as CustomEvent<string>).detail) as Edit), true);
    });
    return { page, errors };
  }

  const sidebar = (page: Page): Locator => page.locator('[data-ramah="sidebar"]');
  const text = (page: Page, composer = 0) => page.evaluate((i) => window.__fixture?.composers[i]?.getText(), composer);
  const selectorOf = async (page: Page, composer = 0) => (await page.evaluate((i) => window.__fixture?.composers[i]?.selector, composer)) ?? '';
  const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  /** The words under Ramah's warning underlines, as the page's own CSS.highlights sees them. */
  const underlined = (page: Page) =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get('ramah-warning');
      return highlight ? [...highlight].map((range) => range.toString().replace(/\u00a0/g, ' ')) : [];
    });
  /** The words under a textarea's mirror underlines. */
  const mirrored = (page: Page) =>
    page.evaluate(() => {
      const shadow = document.querySelector('[data-ramah="underlines"]')?.shadowRoot;
      return shadow ? [...shadow.querySelectorAll('.warning')].map((span) => span.textContent) : [];
    });
  /** The first line box of the warning underline, from the highlight's range or the textarea's mirror. */
  const underlineBox = (page: Page) =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('ramah-warning') ?? [])][0] as Range | undefined;
      const mark = document.querySelector('[data-ramah="underlines"]')?.shadowRoot?.querySelector('.warning');
      const rect = range?.getClientRects()[0] ?? mark?.getClientRects()[0];
      return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
    });
  /** The card's box in the viewport, once it shows. */
  const cardBox = (page: Page) =>
    page.evaluate(() => {
      const card = document.querySelector('[data-ramah="card"]')?.shadowRoot?.querySelector('.card');
      if (!card || getComputedStyle(card).visibility !== 'visible') return null;
      const rect = card.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: innerWidth, height: innerHeight };
    });
  /** The card is next to its words (within 40 px, above or below, overlapping them across) and inside the viewport. */
  async function expectCardAtUnderline(page: Page): Promise<void> {
    const words = (await underlineBox(page))!;
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const card = (await cardBox(page))!;
    const gap = card.top >= words.bottom ? card.top - words.bottom : words.top - card.bottom;
    expect(gap, `card ${JSON.stringify(card)} vs words ${JSON.stringify(words)}`).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(40);
    expect(card.left).toBeLessThanOrEqual(words.right + 40);
    expect(card.right).toBeGreaterThanOrEqual(words.left - 40);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(card.width);
    expect(card.bottom).toBeLessThanOrEqual(card.height);
  }
  /** The next-finding shortcut, as the service worker relays it. */
  const nextFinding = () =>
    browser.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { kind: 'next-finding' }).catch(() => {})));
    });
  /** The data-action of the card's button that has the focus, or null. */
  const focusedButton = (page: Page) =>
    page.evaluate(() => {
      const host = document.activeElement;
      if (host?.getAttribute('data-ramah') !== 'card') return null;
      return host.shadowRoot?.activeElement?.getAttribute('data-action') ?? null;
    });
  const composerHasFocus = (page: Page, composer = 0) =>
    page.evaluate((i) => {
      const element = document.querySelector(window.__fixture!.composers[i]!.selector);
      const active = document.activeElement;
      return Boolean(element && active && (element === active || element.contains(active) || active.contains(element)) && document.hasFocus());
    }, composer);
  async function hoverUnderline(page: Page): Promise<void> {
    const words = (await underlineBox(page))!;
    await page.mouse.move(1, 1);
    await page.mouse.move(words.left + 6, (words.top + words.bottom) / 2, { steps: 2 });
  }
  /** The last edit Ramah reports, once it has reported one more than `before`. */
  async function lastEdit(page: Page, before = 0): Promise<Edit> {
    await expect.poll(() => page.evaluate(() => window.__edits?.length ?? 0)).toBeGreaterThan(before);
    return (await page.evaluate(() => window.__edits!.at(-1)))!;
  }

  /** Clicks into a composer and lets the editor take the selection (Lexical needs two frames). */
  async function focus(page: Page, composer = 0): Promise<void> {
    await page.click(await selectorOf(page, composer));
    await nextFrames(page);
  }

  async function typeDraft(page: Page, draft: string, composer = 0): Promise<void> {
    await focus(page, composer);
    await expect.poll(() => page.evaluate((i) => window.__fixture?.composers[i]?.takesKeys?.() ?? true, composer)).toBe(true);
    await page.keyboard.type(draft);
    await expect.poll(() => text(page, composer)).toBe(draft);
  }

  async function expectWarning(page: Page, editor: string): Promise<void> {
    await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(1);
    if (editor === 'textarea') {
      // A textarea has no DOM ranges inside: its underline is drawn on a mirror laid over it.
      expect(await underlined(page)).toEqual([]);
      await expect.poll(() => mirrored(page)).toEqual([BLAME!.text]);
    } else {
      await expect.poll(() => underlined(page)).toEqual([BLAME!.text]);
    }
  }

  describe.each(EDITOR_PAGES)('%s', (editor) => {
    test('underlines a warning, applies its rewording as one undo step', async () => {
      const { page, errors } = await open(editor);
      await typeDraft(page, DRAFT);
      await expectWarning(page, editor);

      await sidebar(page).locator('[data-rule="blame-department"] [data-action="apply"]').click();
      await expect.poll(() => text(page)).toBe(REWORDED);
      const edit = await lastEdit(page);
      expect(edit).toMatchObject({ ok: true });
      strategies[`${editor} apply`] = `${edit.how} (tried ${edit.tried.join(' → ')})`;
      // The underline goes with the words, and the finding with the next analysis.
      await expect.poll(() => underlined(page)).toEqual([]);
      await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(0);

      await page.keyboard.press('Control+z');
      await expect.poll(() => text(page)).toBe(DRAFT);
      // One press restored exactly the typed draft, and nothing more goes on changing it.
      await page.waitForTimeout(300);
      expect(await text(page)).toBe(DRAFT);
      await expectWarning(page, editor);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('the card opens at its underline and inside the viewport, also at the bottom-right edge', async () => {
      const { page, errors } = await open(editor);
      await page.setViewportSize({ width: 1366, height: 768 });
      await typeDraft(page, DRAFT);
      await expectWarning(page, editor);
      await hoverUnderline(page);
      await expectCardAtUnderline(page);
      const card = page.locator('[data-ramah="card"]');
      expect(await card.locator('[data-rule="blame-department"] p').textContent()).toBe(BLAME_MESSAGE);

      // By keyboard: the shortcut opens the card with the focus in it; Escape gives the composer
      // its focus back with the caret where it was, at the end of the draft.
      await page.mouse.move(1, 1);
      await expect.poll(() => card.count()).toBe(0);
      await nextFinding();
      await expect.poll(() => focusedButton(page)).toBe('apply');
      await expectCardAtUnderline(page);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      await expect.poll(() => composerHasFocus(page)).toBe(true);
      await page.keyboard.type('!');
      await expect.poll(() => text(page)).toBe(`${DRAFT}!`);
      await page.keyboard.press('Backspace');
      await expect.poll(() => text(page)).toBe(DRAFT);

      // The composer in the bottom-right corner, as in a helpdesk's reply pane: the card goes above
      // the words and moves left to stay in the viewport.
      await page.mouse.move(1, 1);
      await expect.poll(() => card.count()).toBe(0);
      await page.addStyleTag({
        content: '[data-composer]{position:fixed!important;right:4px;bottom:4px;width:250px;margin:0}[data-composer],[data-composer] *{min-height:0!important}[data-composer] textarea{height:4.5rem}',
      });
      await nextFrames(page);
      await expect.poll(async () => (await underlineBox(page))?.bottom ?? 0).toBeGreaterThan(680);
      await hoverUnderline(page);
      await expectCardAtUnderline(page);
      const [words, placed] = [(await underlineBox(page))!, (await cardBox(page))!];
      expect(placed.bottom).toBeLessThanOrEqual(words.top);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('inserts a missing step’s phrase at the caret, and shows the customer’s mood', async () => {
      const { page, errors } = await open(editor);
      await typeDraft(page, DRAFT);
      // The phrases on offer follow the draft's language: read them once typing has paused.
      await page.waitForTimeout(500);
      await expect.poll(() => sidebar(page).locator('[data-context="upset"]').count()).toBe(1);

      // The caret goes to the start of the draft; the phrase must land there, not at the end.
      await page.keyboard.press(editor === 'textarea' ? 'Control+Home' : 'Home');
      await nextFrames(page);
      const insert = (await stepPhrases(page, 'clarification')).first();
      const phrase = (await insert.textContent())!.trim();
      // The customer's name was filled in from the page.
      expect(phrase).not.toMatch(/\{customer_name\}/);
      await insert.click();
      await expect.poll(() => text(page)).toBe(`${phrase} ${DRAFT}`);
      const edit = await lastEdit(page);
      expect(edit).toMatchObject({ ok: true });
      strategies[`${editor} insert`] = `${edit.how} (tried ${edit.tried.join(' → ')})`;

      // A placeholder the page could not fill is left selected for the agent to type over.
      const unfilled = phrase.match(/\{\w+\}/)?.[0];
      if (unfilled) {
        await expect
          .poll(() =>
            page.evaluate(() => {
              const active = document.activeElement;
              if (active instanceof HTMLTextAreaElement) return active.value.slice(active.selectionStart, active.selectionEnd);
              return document.getSelection()?.toString() ?? '';
            }),
          )
          .toBe(unfilled);
      }

      await page.keyboard.press('Control+z');
      await expect.poll(() => text(page)).toBe(DRAFT);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('after Apply the caret is where it was: typing on at the end of the draft adds to its end', async () => {
      const { page, errors } = await open(editor);
      // Typed, so the caret is at the end, after the full stop that follows the flagged words.
      await typeDraft(page, DRAFT);
      await expectWarning(page, editor);
      await sidebar(page).locator('[data-rule="blame-department"] [data-action="apply"]').click();
      await expect.poll(() => text(page)).toBe(REWORDED);
      expect(await lastEdit(page)).toMatchObject({ ok: true });
      await nextFrames(page);
      await page.keyboard.type(' Terima kasih.');
      await expect.poll(() => text(page)).toBe(`${REWORDED} Terima kasih.`);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('starts an empty reply with a phrase', async () => {
      const { page, errors } = await open(editor);
      await focus(page);
      // An empty composer is coached too: every step is missing (the panel opens from its badge).
      const insert = (await stepPhrases(page, 'acknowledgement')).first();
      await expect.poll(() => insert.count()).toBe(1);
      const phrase = (await insert.textContent())!.trim();
      await insert.click();
      await expect.poll(() => text(page)).toBe(phrase);
      const edit = await lastEdit(page);
      expect(edit).toMatchObject({ ok: true });
      strategies[`${editor} empty`] = `${edit.how} (tried ${edit.tried.join(' → ')})`;
      await expect.poll(() => sidebar(page).locator('[data-step="acknowledgement"][data-state="present"]').count()).toBe(1);
      await page.keyboard.press('Control+z');
      await expect.poll(() => text(page)).toBe('');
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  test('hovering an underline, or putting the caret in it, shows a card whose rewording applies', async () => {
    const { page, errors } = await open('prosemirror');
    await typeDraft(page, DRAFT);
    await expectWarning(page, 'prosemirror');
    const card = page.locator('[data-ramah="card"]');

    const spot = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('ramah-warning')!][0] as Range).getClientRects()[0]!;
      return { x: rect.left + 8, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(spot.x, spot.y);
    await expect.poll(() => card.locator('[data-rule="blame-department"]').isVisible()).toBe(true);
    expect(await card.locator('p').textContent()).toBe(BLAME_MESSAGE);
    expect(await card.locator('button').allTextContents()).toEqual([...BLAME!.suggestions, expect.any(String), expect.any(String), expect.any(String)]);
    // Under the rewordings, the finding actions the panel has too (finding-actions.ts).
    expect(await card.locator('.finding-actions button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action')))).toEqual(['ignore', 'turn-off-site', 'report-wrong']);
    await card.locator('[data-action="apply"]').click();
    await expect.poll(() => text(page)).toBe(REWORDED);
    await expect.poll(() => card.count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(DRAFT);
    await expectWarning(page, 'prosemirror');
    // Away from the words, then the caret into them: the card comes for keyboard users too.
    await page.mouse.move(1, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => card.locator('[data-rule="blame-department"]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);

    // The shortcut's card applies with Enter, and the composer has the focus again.
    await nextFinding();
    await expect.poll(() => focusedButton(page)).toBe('apply');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedButton(page)).toBe(BLAME!.suggestions.length > 1 ? 'apply-other' : 'ignore');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page)).toBe(REWORDED);
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => composerHasFocus(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('two composers on one page: each keeps its own findings and its own text', async () => {
    const { page, errors } = await open('two-composers');
    await typeDraft(page, CLEAN_DRAFT, 0);
    await typeDraft(page, DRAFT, 1);
    await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(1);
    await expect.poll(() => underlined(page)).toEqual([BLAME!.text]);

    // Back in the first composer, the sidebar coaches its draft, which blames no one.
    await focus(page, 0);
    await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(0);
    // The other composer's underline stays where its words are.
    expect(await underlined(page)).toEqual([BLAME!.text]);

    await focus(page, 1);
    await sidebar(page).locator('[data-rule="blame-department"] [data-action="apply"]').click();
    await expect.poll(() => text(page, 1)).toBe(REWORDED);
    expect(await text(page, 0)).toBe(CLEAN_DRAFT);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a composer in a same-origin iframe is coached, underlined and edited in its frame', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.page('iframe.html'));
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await frame.waitForFunction(() => window.__fixture !== undefined);
    const frameText = () => frame.evaluate(() => window.__fixture!.getText());
    await frame.click(await frame.evaluate(() => window.__fixture!.selector));
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.keyboard.type(DRAFT);
    await expect.poll(frameText).toBe(DRAFT);

    await expect.poll(() => sidebar(page).locator('[data-rule="blame-department"]').count()).toBe(1);
    const frameUnderlined = () =>
      frame.evaluate(() => [...(CSS.highlights.get('ramah-warning') ?? [])].map((range) => range.toString().replace(/\u00a0/g, ' ')));
    await expect.poll(frameUnderlined).toEqual([BLAME!.text]);

    // The card lives in the top document, next to the words in the frame.
    await page.setViewportSize({ width: 1366, height: 768 });
    const frameBox = (await page.locator('#editor-frame').boundingBox())!;
    const inFrame = await frame.evaluate(() => {
      const rect = ([...CSS.highlights.get('ramah-warning')!][0] as Range).getClientRects()[0]!;
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    });
    const dx = frameBox.x + 1;
    const dy = frameBox.y + 1;
    const words = { left: inFrame.left + dx, top: inFrame.top + dy, right: inFrame.right + dx, bottom: inFrame.bottom + dy };
    await page.mouse.move(words.left + 6, (words.top + words.bottom) / 2, { steps: 2 });
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const card = (await cardBox(page))!;
    expect(card.top - words.bottom).toBeGreaterThanOrEqual(0);
    expect(card.top - words.bottom).toBeLessThanOrEqual(40);
    expect(Math.abs(card.left - words.left)).toBeLessThanOrEqual(40);
    expect(await frame.evaluate(() => document.querySelector('[data-ramah="card"]'))).toBeNull();
    await page.mouse.move(1, 1);

    await sidebar(page).locator('[data-rule="blame-department"] [data-action="apply"]').click();
    await expect.poll(frameText).toBe(REWORDED);
    await page.keyboard.press('Control+z');
    await expect.poll(frameText).toBe(DRAFT);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a composer that appears a second after load is coached', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.page('delayed.html'));
    expect(await page.locator('[data-composer]').count()).toBe(0);
    await page.waitForFunction(() => window.__fixture !== undefined, undefined, { timeout: 10_000 });
    await typeDraft(page, DRAFT);
    await expectWarning(page, 'prosemirror');
    await expect.poll(() => sidebar(page).locator('[data-context="upset"]').count()).toBe(1);
    await page.close();
  });

  test('a page with a strict CSP, hostile CSS and hostile scripts neither breaks Ramah nor is broken by it', async () => {
    const { page, errors } = await open('hostile');
    await typeDraft(page, DRAFT);
    await expectWarning(page, 'prosemirror');
    // The page hides every div and resets every element; the sidebar still shows.
    await expect.poll(() => sidebar(page).locator('aside').isVisible()).toBe(true);
    await expect.poll(() => sidebar(page).locator('[data-context="upset"]').count()).toBe(1);

    await sidebar(page).locator('[data-rule="blame-department"] [data-action="apply"]').click();
    await expect.poll(() => text(page)).toBe(REWORDED);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(DRAFT);

    // The page's own code still runs as it did, with no error and no CSP violation from Ramah.
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the toggle-sidebar command is declared, and the service worker relays it to the tab', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-sidebar' }));
    expect(commands).toContainEqual(expect.objectContaining({ name: 'next-finding', shortcut: 'Alt+Shift+J' }));
    const { page } = await open('textarea');
    await typeDraft(page, DRAFT);
    const aside = sidebar(page).locator('aside');
    await expect.poll(() => aside.isVisible()).toBe(true);
    const toggle = () =>
      // Without the "tabs" permission the worker cannot see tabs' addresses: send to every tab.
      browser.worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { kind: 'toggle-sidebar' }).catch(() => {})));
      });
    // The first press, from the composer, goes to the open panel; the second collapses it.
    await toggle();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-ramah'))).toBe('sidebar');
    await toggle();
    await expect.poll(() => aside.isVisible()).toBe(false);
    // Closing the sidebar gives the composer its focus back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    await toggle();
    await expect.poll(() => aside.isVisible()).toBe(true);
    await page.close();
  });

  test('by keyboard alone: the shortcut opens the sidebar, a phrase goes where the caret was, focus comes back', async () => {
    const { page, errors } = await open('prosemirror');
    await typeDraft(page, DRAFT);
    await page.keyboard.press('Home');
    await page.waitForTimeout(500);
    const toggle = () =>
      browser.worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { kind: 'toggle-sidebar' }).catch(() => {})));
      });
    const focusedHost = () => page.evaluate(() => document.activeElement?.getAttribute('data-ramah') ?? document.activeElement?.className ?? null);
    const focusedInPanel = () => page.evaluate(() => document.querySelector('[data-ramah="sidebar"]')?.shadowRoot?.activeElement?.getAttribute('data-rule') ?? null);
    await toggle();
    // Opened by the shortcut, the sidebar has the focus on the first finding: the composer lost it and its caret with it.
    await expect.poll(focusedHost).toBe('sidebar');
    await expect.poll(focusedInPanel).not.toBeNull();
    // Enter on the finding itself inserts nothing.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await text(page)).toBe(DRAFT);
    const clarify = sidebar(page).locator('[data-step="clarification"][data-state="missing"]');
    await clarify.locator('summary').focus();
    await page.keyboard.press('Enter');
    const insert = clarify.locator('[data-action="insert"]').first();
    const phrase = (await insert.textContent())!.trim();
    await insert.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page)).toBe(`${phrase} ${DRAFT}`);
    await expect.poll(focusedHost).toMatch(/ProseMirror/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a collapsed panel stays collapsed in its ticket only: nothing is stored, a reload shows the findings again', async () => {
    const { page } = await open('contenteditable');
    await typeDraft(page, DRAFT);
    await expect.poll(() => sidebar(page).locator('aside').isVisible()).toBe(true);
    await sidebar(page).locator('[data-action="collapse"]').click();
    await expect.poll(() => sidebar(page).locator('[data-action="expand"]').isVisible()).toBe(true);
    await expect.poll(() => sidebar(page).locator('aside').isVisible()).toBe(false);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get('sidebarCollapsed'))).toEqual({});
    await page.reload();
    await page.waitForFunction(() => window.__fixture !== undefined);
    await typeDraft(page, DRAFT);
    await expect.poll(() => sidebar(page).locator('aside').isVisible()).toBe(true);
    await page.close();
  });
});
