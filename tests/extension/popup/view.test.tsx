// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { UI_LOCALES } from '../../../src/extension/i18n/messages.js';
import { POPUP_MESSAGES, popupTranslator } from '../../../src/extension/popup/messages.js';
import type { PopupView } from '../../../src/extension/popup/state.js';
import { Popup } from '../../../src/extension/popup/view.js';

const t = popupTranslator('en');

function mount(view: PopupView, notice?: string) {
  const root = document.createElement('div');
  document.body.append(root);
  const onAction = vi.fn();
  const onOptions = vi.fn();
  const onSidePanel = vi.fn();
  render(<Popup view={view} t={t} notice={notice} onAction={onAction} onSidePanel={onSidePanel} onOptions={onOptions} />, root);
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
  return { root, $, onAction, onOptions, onSidePanel };
}

afterEach(() => {
  document.body.replaceChildren();
});

const ACME: PopupView = { state: 'disabled', reason: 'notEnabled', host: 'support.acme.test', actions: ['enable'], locked: false, origin: '*://support.acme.test/*', writesSetting: true };

describe('the popup view', () => {
  test('says where and why, with the test contract of data attributes', () => {
    const { $ } = mount(ACME);
    expect($('[data-ramah-popup]')?.dataset.state).toBe('disabled');
    expect($('h1')?.textContent).toBe('Ramah is off on support.acme.test');
    expect($('.reason')?.textContent).toBe('This site is not a built-in helpdesk. Enable Ramah here to be coached as you reply.');
    expect([...document.querySelectorAll<HTMLElement>('[data-action]')].map((button) => [button.dataset.action, button.textContent])).toEqual([
      ['enable', 'Enable on this site'],
      ['options', 'Options'],
    ]);
  });

  test('the week in review opens from its own button, when the popup is given the way to it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onWeek = vi.fn();
    render(<Popup view={ACME} t={t} onAction={vi.fn()} onOptions={vi.fn()} onWeek={onWeek} />, root);
    const button = root.querySelector<HTMLButtonElement>('[data-action="week"]')!;
    expect(button.textContent).toBe('Your week in review');
    button.click();
    expect(onWeek).toHaveBeenCalledOnce();
  });

  test('its buttons call the actions', () => {
    const { $, onAction, onOptions } = mount({ ...ACME, state: 'enabled', reason: 'enabledByYou', actions: ['disable'] });
    $('[data-action="disable"]')!.click();
    $('[data-action="options"]')!.click();
    expect(onAction).toHaveBeenCalledWith('disable');
    expect(onOptions).toHaveBeenCalledOnce();
  });

  test('where Ramah runs, it offers to pin it to the browser side panel, or to bring it back into the page', () => {
    const running: PopupView = { ...ACME, state: 'enabled', reason: 'enabledByYou', actions: ['disable'], sidePanel: { pinned: false, site: 'support.acme.test' } };
    const inPage = mount(running);
    expect(inPage.$('[data-action="pin-side-panel"]')?.textContent).toBe('Pin to browser side panel');
    inPage.$('[data-action="pin-side-panel"]')!.click();
    expect(inPage.onSidePanel).toHaveBeenCalledWith(true);
    document.body.replaceChildren();
    const pinned = mount({ ...running, sidePanel: { pinned: true, site: 'support.acme.test' } });
    expect(pinned.$('[data-action="pin-side-panel"]')).toBeNull();
    pinned.$('[data-action="unpin-side-panel"]')!.click();
    expect(pinned.onSidePanel).toHaveBeenCalledWith(false);
  });

  test('where access is missing, the enable button asks for access', () => {
    const { $ } = mount({ ...ACME, state: 'needs-access', reason: 'needsAccess', actions: ['enable', 'disable'] });
    expect($('h1')?.textContent).toBe('Ramah needs access to support.acme.test');
    expect($('[data-action="enable"]')?.textContent).toBe('Allow access to this site');
  });

  test("locked by policy: no site buttons, the lock and the admin's message as text", () => {
    const message = '<img src=x onerror="alert(1)"> Call the <b>IT desk</b>';
    const { root, $ } = mount({ ...ACME, state: 'policy-disabled', reason: 'policyDisabled', actions: [], locked: true, policyMessage: message });
    expect($('[data-ramah-popup]')?.dataset.locked).toBe('true');
    expect($('.locked')?.textContent).toBe('Locked by your organisation');
    expect($('.policy-message')?.textContent).toBe(`From your organisation: ${message}`);
    expect(root.querySelector('img, b')).toBeNull();
    expect([...root.querySelectorAll<HTMLElement>('[data-action]')].map((button) => button.dataset.action)).toEqual(['options']);
  });

  test('shows the keyboard shortcuts the browser has; one without a key says how to set it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onShortcutSettings = vi.fn();
    const shortcuts = [
      { name: 'toggle-sidebar', description: 'Open or close the Ramah sidebar', shortcut: 'Alt+Shift+R' },
      { name: 'next-finding', description: 'Go to the next thing to check', shortcut: '' },
    ];
    render(<Popup view={ACME} t={t} onAction={vi.fn()} onOptions={vi.fn()} shortcuts={shortcuts} onShortcutSettings={onShortcutSettings} />, root);
    const rows = [...root.querySelectorAll<HTMLElement>('[data-shortcut]')];
    expect(rows.map((row) => [row.dataset.shortcut, row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent])).toEqual([
      ['toggle-sidebar', 'Alt+Shift+R', 'Open or close the Ramah sidebar'],
      ['next-finding', t('shortcut.unset'), 'Go to the next thing to check'],
    ]);
    expect(root.querySelector('[data-shortcuts] .hint')?.textContent).toBe(t('shortcut.how'));
    root.querySelector<HTMLButtonElement>('[data-shortcut-settings]')!.click();
    expect(onShortcutSettings).toHaveBeenCalledOnce();
    // Every key set: no advice on setting one.
    render(<Popup view={ACME} t={t} onAction={vi.fn()} onOptions={vi.fn()} shortcuts={shortcuts.slice(0, 1)} />, root);
    expect(root.querySelector('[data-shortcuts] .hint')).toBeNull();
  });

  test("Ramah's language can be chosen here too, unless the admin locked the settings", () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onChange = vi.fn();
    render(<Popup view={ACME} t={t} onAction={vi.fn()} onOptions={vi.fn()} uiLanguage={{ value: 'browser', disabled: false, onChange }} />, root);
    const select = root.querySelector<HTMLSelectElement>('select[data-setting="uiLanguage"]')!;
    expect([...select.options].map((option) => option.value)).toEqual(['browser', 'id', 'ms', 'en']);
    select.value = 'id';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith('id');
    render(<Popup view={ACME} t={t} onAction={vi.fn()} onOptions={vi.fn()} uiLanguage={{ value: 'id', disabled: true, onChange }} />, root);
    expect(root.querySelector<HTMLSelectElement>('select[data-setting="uiLanguage"]')!.disabled).toBe(true);
  });

  test('a notice after an action that did not happen', () => {
    const { $ } = mount(ACME, t('notice.refused'));
    expect($('[role="status"]')?.textContent).toBe('Access was not given, so nothing changed.');
  });
});

test('every locale has every string, translated', () => {
  const keys = Object.keys(POPUP_MESSAGES.en).sort();
  for (const locale of UI_LOCALES) {
    expect(Object.keys(POPUP_MESSAGES[locale]).sort()).toEqual(keys);
    for (const key of keys) expect(POPUP_MESSAGES[locale][key as keyof (typeof POPUP_MESSAGES)['en']].trim()).not.toBe('');
  }
  // Real translations: Indonesian and Malay share words, but not whole sentences with English or with each other.
  const same = (a: 'en' | 'id' | 'ms', b: 'en' | 'id' | 'ms') => keys.filter((key) => POPUP_MESSAGES[a][key as keyof (typeof POPUP_MESSAGES)['en']] === POPUP_MESSAGES[b][key as keyof (typeof POPUP_MESSAGES)['en']]);
  expect(same('en', 'id')).toEqual([]);
  expect(same('en', 'ms')).toEqual([]);
  expect(same('id', 'ms')).toEqual([]);
  expect(popupTranslator('id')('headline.on', { host: 'acme.zendesk.com' })).toBe('Ramah aktif di acme.zendesk.com');
  expect(popupTranslator('ms')('headline.off', { host: 'acme.zendesk.com' })).toBe('Ramah dimatikan di acme.zendesk.com');
});
