import { describe, expect, test } from 'vitest';
import { UI_LOCALES } from '../../../src/extension/i18n/messages.js';
import { OPTIONS_MESSAGES, optionsTranslator, type OptionsMessageKey } from '../../../src/extension/options/messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the options page's messages", () => {
  test('every locale has every key, none empty, with the same placeholders as English', () => {
    for (const locale of UI_LOCALES) {
      expect(Object.keys(OPTIONS_MESSAGES[locale]).sort()).toEqual(Object.keys(OPTIONS_MESSAGES.en).sort());
      for (const [key, text] of Object.entries(OPTIONS_MESSAGES[locale])) {
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(OPTIONS_MESSAGES.en[key as OptionsMessageKey]));
      }
    }
  });

  test('Indonesian and Malay are translations, not copies of English', () => {
    for (const locale of ['id', 'ms'] as const) {
      const copied = Object.keys(OPTIONS_MESSAGES.en).filter((key) => OPTIONS_MESSAGES[locale][key as OptionsMessageKey] === OPTIONS_MESSAGES.en[key as OptionsMessageKey]);
      expect(copied, locale).toEqual([]);
    }
  });

  test('fill their placeholders', () => {
    expect(optionsTranslator('ms')('sites.add.exists', { host: 'a.example.com' })).toBe('a.example.com sudah ada dalam senarai.');
    expect(optionsTranslator('id')('packs.installed', { name: 'Tim', version: '1.0.0' })).toBe('Tim 1.0.0 sudah terpasang.');
  });
});
