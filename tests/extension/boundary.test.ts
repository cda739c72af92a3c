// @vitest-environment happy-dom
/**
 * The page boundary of the sidebar and the card: their shadow roots are open, so page script can
 * reach every control in them. What it dispatches there must change nothing (src/extension/trusted.ts).
 * A new button whose handler is not wrapped in `trusted()` fails here.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { HintCard } from '../../src/extension/content/card/hint-card.js';
import { findingActionButtons } from '../../src/extension/finding-actions.js';
import { translator } from '../../src/extension/i18n/messages.js';
import type { SidebarState } from '../../src/extension/sidebar/index.js';
import { asPage, finding, mount, phrase, report } from './sidebar/helpers.js';

afterEach(() => {
  for (const host of document.querySelectorAll('[data-ramah]')) host.remove();
});

/** A report that shows every kind of control: findings with rewordings, a banner, missing steps, a gesture, search results. */
const everything: Report = report({
  findings: [finding('blame-department', 'not our problem', ['our job to fix', 'on us'])],
  signals: [
    { signal: 'upset', spans: [], guidance: 'Calm first, then solve.', phrases: [phrase('calm', 'I understand how frustrating this is, {customer_name}.')] },
    { signal: 'threat', spans: [], guidance: '', phrases: [] },
    { signal: 'escalation-request', spans: [], guidance: '', phrases: [] },
  ],
  phraseSuggestions: [phrase('ask', 'Could you tell me your order number, {constructor}?', { step: 'clarification' })],
  gestures: [{ id: 'voucher', text: 'May I offer you a voucher?', language: 'en', tier: 'approval', needsApproval: true, pack: 'test' }],
});
const STATE: Partial<SidebarState> = {
  report: everything,
  placeholders: { customer_name: 'Sari' },
  query: 'voucher',
  allPhrases: [phrase('voucher-search', 'A voucher for you, {customer_name}.')],
  // A composer on the page: the collapsed panel's badge sits at its corner.
  composerRect: { left: 100, top: 300, right: 600, bottom: 450 },
};

const spyCalls = (actions: Record<string, { mock: { calls: unknown[] } }>) =>
  Object.fromEntries(Object.entries(actions).map(([name, spy]) => [name, spy.mock.calls.length]));

/** What page script can do to a control: click it, press keys on it, type into it. */
function drive(element: HTMLElement): void {
  element.click();
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  for (const key of ['Enter', ' ', 'ArrowDown', 'End', 'Escape']) {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    element.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
  }
  if (['input', 'textarea', 'select'].includes(element.localName)) {
    (element as HTMLInputElement).value = 'from the page';
    element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

describe('the sidebar', () => {
  test("page script's clicks, keys and input on every control change nothing", () => {
    const { actions, shadow, $$ } = mount(STATE);
    const controls = $$('[data-action], input, textarea, select');
    // At least these; a button added later is driven too.
    expect([...new Set($$('[data-action]').map((el) => el.dataset.action))]).toEqual(expect.arrayContaining(['collapse', 'apply', 'apply-other', 'ignore', 'insert', 'copy', 'save-phrase', 'document', 'handover']));
    const before = shadow.innerHTML;
    asPage(() => controls.forEach(drive));
    expect(spyCalls(actions)).toEqual(spyCalls(mount().actions));
    expect(Object.values(spyCalls(actions)).every((count) => count === 0)).toBe(true);
    expect(shadow.innerHTML.split('><')).toEqual(before.split('><'));
  });

  test('page script can open the collapsed panel by no button', () => {
    const { actions, shadow, $$ } = mount({ ...STATE, collapsed: true });
    const before = shadow.innerHTML;
    expect($$('[data-action]').map((el) => el.dataset.action)).toContain('expand');
    asPage(() => $$('[data-action]').forEach(drive));
    expect(actions.setCollapsed).not.toHaveBeenCalled();
    expect(shadow.innerHTML.split('><')).toEqual(before.split('><'));
  });

  test('page script can neither fill nor send the "save as my phrase" form the agent opened', async () => {
    const { actions, $, $$ } = mount(STATE);
    $('[data-action="save-phrase"]')!.click();
    const text = $<HTMLTextAreaElement>('#ramah-phrase-text')!;
    text.value = 'Mine.';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    asPage(() => $$('[data-phrase-form] [data-action], [data-phrase-form] textarea, [data-phrase-form] select').forEach(drive));
    // form.requestSubmit() fires a submit event the browser marks trusted: it must not send either.
    $<HTMLFormElement>('[data-phrase-form]')!.requestSubmit();
    $<HTMLFormElement>('[data-phrase-form]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actions.savePhrase).not.toHaveBeenCalled();
    expect($('[data-phrase-form]')).not.toBeNull();
    // The agent's own click sends what the agent typed, not what the page wrote into the field.
    $('[data-action="submit-phrase"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actions.savePhrase).toHaveBeenCalledExactlyOnceWith({ text: 'Mine.' });
  });

  test("the agent's click on every control acts (so the test above would see a handler that is not wrapped)", () => {
    const first = mount(STATE);
    const names = [...new Set(first.$$('[data-action]').map((el) => el.dataset.action!))];
    first.sidebar.destroy();
    const inert: string[] = [];
    for (const name of [...names, 'expand', 'submit-phrase', 'cancel-phrase']) {
      const { sidebar, actions, shadow, $ } = mount({ ...STATE, collapsed: name === 'expand', phraseForm: name.endsWith('-phrase') && name !== 'save-phrase' ? { text: 'Mine.', step: '', saving: false } : null });
      const before = shadow.innerHTML;
      $(`[data-action="${name}"]`)!.click();
      const acted = Object.values(spyCalls(actions)).some((count) => count > 0) || shadow.innerHTML !== before;
      if (!acted) inert.push(name);
      sidebar.destroy();
    }
    expect(inert).toEqual([]);
  });
});

describe('the card', () => {
  function showCard() {
    const calls: string[] = [];
    const card = new HintCard(
      document,
      {
        entries: [
          {
            finding: finding('blame-department', 'not our problem', ['our job to fix', 'on us'], { start: 8, end: 23 }),
            apply: (index) => calls.push(`apply ${index}`),
            // What Highlights does: the content script's action says what it did, with an Undo.
            action: (action) => {
              calls.push(action);
              card.feedback('Done.', () => calls.push('undo'));
            },
          },
        ],
        anchor: () => ({ left: 10, top: 10, right: 100, bottom: 30 }),
        onEscape: () => calls.push('escape'),
        onLeave: () => {},
        onFocusOut: () => {},
      },
      { dialog: 'Ramah', undo: 'Undo', applyLabel: () => 'Apply', also: 'Also:', alsoMore: (count) => `${count} more`, actions: (finding) => findingActionButtons(translator('en'), finding) },
      [window],
    );
    return { calls, host: card.host, buttons: () => [...card.host.shadowRoot!.querySelectorAll<HTMLElement>('[data-action]')] };
  }

  test("page script's clicks and keys on its buttons change nothing", () => {
    const { calls, host, buttons } = showCard();
    expect(buttons().map((el) => el.dataset.action)).toEqual(expect.arrayContaining(['apply', 'apply-other', 'ignore', 'turn-off-site', 'report-wrong']));
    asPage(() => buttons().forEach(drive));
    expect(calls).toEqual([]);
    expect(host.isConnected).toBe(true);
  });

  test("the agent's click on each button acts", () => {
    for (const [action, call] of [
      ['apply', 'apply 0'],
      ['apply-other', 'apply 1'],
      ['ignore', 'ignore'],
      ['turn-off-site', 'turn-off-site'],
      ['report-wrong', 'report-wrong'],
    ]) {
      const { calls, buttons, host } = showCard();
      buttons()
        .find((el) => el.dataset.action === action)!
        .click();
      expect(calls).toEqual([call]);
      host.remove();
    }
  });

  test("the Undo a finding action leaves acts on the agent's click only", () => {
    const { calls, buttons, host } = showCard();
    buttons()
      .find((el) => el.dataset.action === 'ignore')!
      .click();
    const undo = () => buttons().find((el) => el.dataset.action === 'undo')!;
    expect(undo()).toBeDefined();
    asPage(() => drive(undo()));
    expect(calls).toEqual(['ignore']);
    undo().click();
    expect(calls).toEqual(['ignore', 'undo']);
    host.remove();
  });
});
