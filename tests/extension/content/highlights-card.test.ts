// @vitest-environment happy-dom
/**
 * The card as the keyboard reaches it, on a textarea's mirror: findings on the same words share
 * one card, the shortcut goes round the underlines, Escape and the buttons give the composer its
 * focus back. Where the card lands on screen is tested in real editors (tests/e2e/editors.test.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../../src/engine/report.js';
import { readComposer } from '../../../src/extension/content/editing/text-map.js';
import { Highlights, type HintActions } from '../../../src/extension/content/highlights.js';
// The card acts on trusted events only: this counts the test's own as the agent's.
import '../sidebar/helpers.js';

const DRAFT = 'Maaf Kak, ini kesalahan bagian gudang. Nanti saya cek lagi.';

function finding(rule: string, text: string, suggestions: string[], from = 0): Finding {
  const start = DRAFT.indexOf(text, from);
  return { rule, kind: 'warning', start, end: start + text.length, text, message: `${rule} message`, suggestions } as unknown as Finding;
}

const BLAME = finding('blame-department', 'kesalahan bagian gudang', ['kesalahan kami']);
const PACK = finding('team-avoid', 'bagian gudang', ['tim kami', 'kami']);
const LATER = finding('vague-promise', 'Nanti saya cek lagi', ['Saya cek sekarang']);

function setup() {
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  textarea.value = DRAFT;
  const actions = { apply: vi.fn(), findingAction: vi.fn(), returnFocus: vi.fn() } satisfies HintActions;
  const highlights = new Highlights(actions, 'en', document);
  highlights.show(textarea, readComposer(textarea), [BLAME, PACK, LATER]);
  const card = () => document.querySelector('[data-ramah="card"]')?.shadowRoot ?? null;
  const focused = () => card()?.activeElement?.getAttribute('data-action') ?? null;
  const key = (init: KeyboardEventInit) => card()!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
  return { textarea, actions, highlights, card, focused, key };
}

afterEach(() => {
  document.documentElement.querySelectorAll('[data-ramah]').forEach((host) => host.remove());
  document.body.replaceChildren();
});

describe('the card by keyboard', () => {
  test('the textarea gets a mirror with one underline per finding', () => {
    setup();
    const mirror = document.querySelector('[data-ramah="underlines"]')!.shadowRoot!;
    // Overlapping findings are cut into pieces under one underline, not drawn twice.
    expect([...mirror.querySelectorAll('.warning')].map((span) => span.textContent).join('|')).toBe('kesalahan |bagian gudang|Nanti saya cek lagi');
  });

  test('findings on the same words share one card, each with its message and buttons', () => {
    const { textarea, highlights, card, focused } = setup();
    expect(highlights.next(textarea, 0)).toBe(true);
    const sections = [...card()!.querySelectorAll('section')];
    expect(sections.map((section) => section.getAttribute('data-rule'))).toEqual(['blame-department', 'team-avoid']);
    expect(sections.map((section) => [...section.querySelectorAll('button')].map((button) => button.textContent))).toEqual([
      ['kesalahan kami', 'Ignore', 'Turn off on this site', 'This warning is wrong'],
      ['tim kami', 'kami', 'Ignore', 'Turn off on this site', 'This warning is wrong'],
    ]);
    expect(document.querySelectorAll('[data-ramah="card"]')).toHaveLength(1);
    expect(focused()).toBe('apply');
  });

  test('pressed again, the shortcut goes to the next words, then round to the first', () => {
    const { textarea, highlights, card } = setup();
    const rules = () => [...card()!.querySelectorAll('section')].map((section) => section.getAttribute('data-rule'));
    highlights.next(textarea, DRAFT.length);
    // From the end of the draft: round to the first words.
    expect(rules()).toEqual(['blame-department', 'team-avoid']);
    highlights.next(textarea, DRAFT.length);
    expect(rules()).toEqual(['vague-promise']);
    highlights.next(textarea, DRAFT.length);
    expect(rules()).toEqual(['blame-department', 'team-avoid']);
  });

  test('from the caret, the next underline after it', () => {
    const { textarea, highlights, card } = setup();
    highlights.next(textarea, DRAFT.indexOf('Nanti'));
    expect(card()!.querySelector('section')!.getAttribute('data-rule')).toBe('vague-promise');
  });

  test('Tab and the arrows go round the buttons; Escape closes and gives the focus back', () => {
    const { textarea, highlights, actions, card, focused, key } = setup();
    highlights.next(textarea, 0);
    key({ key: 'Tab' });
    expect(focused()).toBe('ignore');
    key({ key: 'ArrowRight' });
    expect(focused()).toBe('turn-off-site');
    key({ key: 'ArrowRight' });
    key({ key: 'ArrowRight' });
    expect(card()!.activeElement!.textContent).toBe('tim kami');
    key({ key: 'Tab', shiftKey: true });
    key({ key: 'ArrowUp' });
    key({ key: 'ArrowUp' });
    key({ key: 'ArrowUp' });
    expect(card()!.activeElement!.textContent).toBe('kesalahan kami');
    // Round from the first button to the last.
    key({ key: 'Tab', shiftKey: true });
    expect(card()!.activeElement!.getAttribute('aria-label')).toBe('This warning is wrong: “bagian gudang”');
    key({ key: 'Escape' });
    expect(card()).toBeNull();
    expect(actions.returnFocus).toHaveBeenCalledWith(textarea);
    expect(actions.apply).not.toHaveBeenCalled();
  });

  test('a button gives the focus back, then acts on its own finding', () => {
    const { textarea, highlights, actions, card } = setup();
    highlights.next(textarea, 0);
    const order: string[] = [];
    actions.returnFocus.mockImplementation(() => order.push('focus'));
    actions.apply.mockImplementation(() => order.push('apply'));
    card()!.querySelector<HTMLButtonElement>('[data-rule="team-avoid"] [data-index="1"]')!.click();
    expect(actions.apply).toHaveBeenCalledWith(textarea, PACK, 1);
    expect(order).toEqual(['focus', 'apply']);
    expect(card()).toBeNull();
  });

  test('a finding action keeps the card, and its section says what it did with an Undo', () => {
    const { textarea, highlights, actions, card, focused } = setup();
    highlights.next(textarea, 0);
    const undo = vi.fn();
    actions.findingAction.mockImplementation(() => highlights.feedback('Ignored in this ticket.', undo));
    card()!.querySelector<HTMLButtonElement>('[data-rule="team-avoid"] [data-action="ignore"]')!.click();
    expect(actions.findingAction).toHaveBeenCalledWith(textarea, 'ignore', PACK);
    // The ignored finding's underline goes, as the content script draws again without it.
    highlights.show(textarea, readComposer(textarea), [BLAME, LATER]);
    const section = card()!.querySelector('[data-rule="team-avoid"]')!;
    expect(section.querySelector('[role="status"]')!.textContent).toBe('Ignored in this ticket.');
    expect(card()!.querySelector('[data-rule="blame-department"] [data-action="apply"]')).not.toBeNull();
    // The focus stayed in the card, on the Undo.
    expect(focused()).toBe('undo');
    card()!.querySelector<HTMLButtonElement>('[data-action="undo"]')!.click();
    expect(undo).toHaveBeenCalledOnce();
    expect(card()).toBeNull();
    expect(actions.returnFocus).toHaveBeenCalledWith(textarea);
  });

  test('a finding without a rewording (the learned layer\'s, a whole sentence) shows its message and the other buttons', () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    textarea.value = DRAFT;
    const actions = { apply: vi.fn(), findingAction: vi.fn(), returnFocus: vi.fn() } satisfies HintActions;
    const highlights = new Highlights(actions, 'en', document);
    const sentence = finding('excuse', 'Nanti saya cek lagi.', []);
    highlights.show(textarea, readComposer(textarea), [sentence]);
    expect(highlights.next(textarea, 0)).toBe(true);
    const card = document.querySelector('[data-ramah="card"]')!.shadowRoot!;
    const section = card.querySelector('section[data-rule="excuse"]')!;
    expect(section.textContent).toContain('excuse message');
    expect([...section.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Ignore', 'Turn off on this site', 'This warning is wrong']);
    expect(card.activeElement?.getAttribute('data-action')).toBe('ignore');
  });

  test('the card goes when its words are edited away', () => {
    const { textarea, highlights, card } = setup();
    highlights.next(textarea, 0);
    // The same length: the later finding's words stay where they were.
    textarea.value = DRAFT.replace('gudang', 'gudeng');
    highlights.prune(textarea);
    expect(card()).toBeNull();
    expect(highlights.count(textarea)).toBe(1);
  });
});
