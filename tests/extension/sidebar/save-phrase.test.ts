// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { MESSAGES } from '../../../src/extension/i18n/messages.js';
import { createSidebar } from '../../../src/extension/sidebar/index.js';
import { key, mount, report, spyActions } from './helpers.js';

afterEach(() => {
  for (const host of document.querySelectorAll('[data-ramah="sidebar"]')) host.remove();
});

/** Lets the sidebar's promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function typeInto(element: HTMLTextAreaElement | HTMLSelectElement, value: string, event: 'input' | 'change' = 'input') {
  element.value = value;
  element.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('saving a phrase of my own', () => {
  test('starts from the words selected in the composer, and saves them with the chosen step', async () => {
    const { $, actions } = mount({ report: report() });
    actions.selectedText.mockReturnValue('Terima kasih sudah menunggu, {customer_name}.');
    $('[data-action="save-phrase"]')!.click();
    const text = $<HTMLTextAreaElement>('#ramah-phrase-text')!;
    expect(text.value).toBe('Terima kasih sudah menunggu, {customer_name}.');
    expect(text.getRootNode()).not.toBe(document);
    expect((text.getRootNode() as ShadowRoot).activeElement).toBe(text);
    expect(text.maxLength).toBe(600);
    // The agent edits the text and picks a step.
    typeInto(text, 'Terima kasih sudah sabar menunggu, {customer_name}.');
    typeInto($<HTMLSelectElement>('#ramah-phrase-step')!, 'acknowledgement', 'change');
    $('[data-action="submit-phrase"]')!.click();
    await settle();
    expect(actions.savePhrase).toHaveBeenCalledWith({ text: 'Terima kasih sudah sabar menunggu, {customer_name}.', step: 'acknowledgement' });
    expect($('[role="status"]')!.textContent).toBe('Saved to your phrases.');
    expect($('[data-phrase-form]')).toBeNull();
  });

  test('may be typed from nothing, with no step', async () => {
    const { $, actions } = mount({ report: report() });
    $('[data-action="save-phrase"]')!.click();
    expect($<HTMLTextAreaElement>('#ramah-phrase-text')!.value).toBe('');
    typeInto($<HTMLTextAreaElement>('#ramah-phrase-text')!, '  Semoga harimu menyenangkan!  ');
    // Ctrl+Enter sends.
    key($('#ramah-phrase-text')!, 'Enter');
    expect(actions.savePhrase).not.toHaveBeenCalled();
    $('#ramah-phrase-text')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    await settle();
    expect(actions.savePhrase).toHaveBeenCalledWith({ text: 'Semoga harimu menyenangkan!' });
  });

  test('an empty phrase is not sent, and says so', async () => {
    const { $, actions } = mount({ report: report() });
    $('[data-action="save-phrase"]')!.click();
    $('[data-action="submit-phrase"]')!.click();
    await settle();
    expect(actions.savePhrase).not.toHaveBeenCalled();
    expect($('[role="status"]')!.textContent).toBe('Select or type the phrase to save first.');
    expect($('[data-phrase-form]')).not.toBeNull();
  });

  test('a refusal is shown, and the form stays open with the text as it was', async () => {
    const { $, actions } = mount({ report: report() });
    actions.savePhrase.mockResolvedValue({ ok: false, message: 'Your personal pack is damaged.' });
    $('[data-action="save-phrase"]')!.click();
    typeInto($<HTMLTextAreaElement>('#ramah-phrase-text')!, 'Kept text');
    $('[data-action="submit-phrase"]')!.click();
    await settle();
    expect($('[role="status"]')!.textContent).toBe('Not saved: Your personal pack is damaged.');
    expect($<HTMLTextAreaElement>('#ramah-phrase-text')!.value).toBe('Kept text');
    expect($<HTMLButtonElement>('[data-action="submit-phrase"]')!.disabled).toBe(false);
    // A failure to reach the extension is shown the same way.
    actions.savePhrase.mockRejectedValue(new Error('Extension context invalidated.'));
    $('[data-action="submit-phrase"]')!.click();
    await settle();
    expect($('[role="status"]')!.textContent).toBe('Not saved: Extension context invalidated.');
  });

  test('cannot be sent twice while saving', async () => {
    const { $, actions } = mount({ report: report() });
    let finish: (value: { ok: true }) => void = () => {};
    actions.savePhrase.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    $('[data-action="save-phrase"]')!.click();
    typeInto($<HTMLTextAreaElement>('#ramah-phrase-text')!, 'Once.');
    $('[data-action="submit-phrase"]')!.click();
    expect($<HTMLButtonElement>('[data-action="submit-phrase"]')!.disabled).toBe(true);
    $('[data-phrase-form]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    finish({ ok: true });
    await settle();
    expect(actions.savePhrase).toHaveBeenCalledTimes(1);
  });

  test('Escape in the form closes the form only; what was typed survives collapsing the sidebar', () => {
    const { $, actions, sidebar } = mount({ report: report(), composerRect: { left: 10, top: 300, right: 400, bottom: 400 } });
    $('[data-action="save-phrase"]')!.click();
    typeInto($<HTMLTextAreaElement>('#ramah-phrase-text')!, 'Half written');
    $('[data-action="collapse"]')!.click();
    expect($('aside')!.hidden).toBe(true);
    $('[data-action="expand"]')!.click();
    expect($<HTMLTextAreaElement>('#ramah-phrase-text')!.value).toBe('Half written');
    key($('#ramah-phrase-text')!, 'Escape');
    expect($('[data-phrase-form]')).toBeNull();
    expect(actions.focusComposer).not.toHaveBeenCalled();
    expect(sidebar.host.shadowRoot!.activeElement).toBe($('[data-action="save-phrase"]'));
    // Cancel does the same.
    $('[data-action="save-phrase"]')!.click();
    $('[data-action="cancel-phrase"]')!.click();
    expect($('[data-phrase-form]')).toBeNull();
  });

  test('shows the selected text as text, never as HTML', () => {
    const { $, shadow, actions } = mount({ report: report() });
    actions.selectedText.mockReturnValue('<img src=x onerror="globalThis.pwned=1">');
    $('[data-action="save-phrase"]')!.click();
    expect(shadow.querySelector('img')).toBeNull();
    expect($<HTMLTextAreaElement>('#ramah-phrase-text')!.value).toBe('<img src=x onerror="globalThis.pwned=1">');
  });

  test('is offered only when the content script can save', () => {
    const { savePhrase: _save, ...actions } = spyActions();
    const sidebar = createSidebar({ document, actions, locale: 'en' });
    sidebar.update({ report: report() });
    expect(sidebar.host.shadowRoot!.querySelector('[data-action="save-phrase"]')).toBeNull();
  });

  test.each(['id', 'ms'] as const)('speaks %s', async (locale) => {
    const { $ } = mount({ report: report() }, locale);
    const m = MESSAGES[locale];
    expect($('[data-action="save-phrase"]')!.textContent).toBe(m['phrase.save']);
    $('[data-action="save-phrase"]')!.click();
    expect($('label[for="ramah-phrase-step"]')!.textContent).toBe(m['phrase.step']);
    expect([...$('#ramah-phrase-step')!.querySelectorAll('option')].map((o) => o.textContent)).toEqual([m['phrase.noStep'], m['step.acknowledgement'], m['step.clarification'], m['step.resolution'], m['step.checkBack'], m['step.extra']]);
    typeInto($<HTMLTextAreaElement>('#ramah-phrase-text')!, 'Frasa.');
    $('[data-action="submit-phrase"]')!.click();
    await settle();
    expect($('[role="status"]')!.textContent).toBe(m['notice.phraseSaved']);
  });
});
