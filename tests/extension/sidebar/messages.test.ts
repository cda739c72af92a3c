// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { MESSAGES, UI_LOCALES, pickLocale, translator } from '../../../src/extension/i18n/messages.js';
import { createSidebar } from '../../../src/extension/sidebar/index.js';
import { mount, report, spyActions } from './helpers.js';

afterEach(() => {
  for (const host of document.querySelectorAll('[data-ramah="sidebar"]')) host.remove();
});

describe('the UI locale', () => {
  test.each([
    ['id-ID', 'id'],
    ['in', 'id'],
    ['ID', 'id'],
    ['ms-MY', 'ms'],
    ['ms', 'ms'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('%s → %s', (tag, locale) => expect(pickLocale(tag)).toBe(locale));

  test('follows the first of the browser languages', () => {
    expect(pickLocale(['ms-MY', 'en-US'])).toBe('ms');
    expect(pickLocale(undefined)).toBe('en');
  });

  test('is taken from navigator.language when none is given', () => {
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'id-ID' });
    try {
      const sidebar = createSidebar({ document, actions: spyActions() });
      expect(sidebar.host.shadowRoot!.querySelector('aside')!.getAttribute('aria-label')).toBe(MESSAGES.id.sidebar);
      expect(sidebar.host.shadowRoot!.querySelector('aside')!.lang).toBe('id');
    } finally {
      delete (navigator as { language?: unknown }).language;
    }
  });
});

describe('the messages', () => {
  test('every locale has every key, none empty, with the same placeholders as English', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of UI_LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
      for (const [key, text] of Object.entries(MESSAGES[locale])) {
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]));
      }
    }
  });

  test('fill their placeholders', () => {
    expect(translator('ms')('toCheck', { count: 3 })).toBe('3 perlu disemak');
  });

  test.each(UI_LOCALES)('the sidebar speaks %s', (locale) => {
    const { $ } = mount({ report: report() }, locale);
    const m = MESSAGES[locale];
    expect($('aside')!.getAttribute('aria-label')).toBe(m.sidebar);
    expect($('[data-step="clarification"] > span')!.textContent).toBe(`${m['step.clarification']}: ${m.missing}`);
    expect($('[data-action="collapse"]')!.getAttribute('aria-label')).toBe(m.collapse);
  });
});
