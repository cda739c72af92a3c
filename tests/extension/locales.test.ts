// The extension's name, description and command descriptions in _locales, in en, id and ms: every
// __MSG_…__ the manifest names exists in each, within Chrome's limits.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { UI_LOCALES } from '../../src/extension/i18n/messages.js';

type Messages = Record<string, { message: string; description?: string }>;
const messages = (locale: string): Messages => JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Messages;
const named = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);

describe('_locales', () => {
  test('the manifest takes its name, description and command description from them, English by default', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(named).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandToggleSidebar']));
  });

  test.each(UI_LOCALES)('%s has every message the manifest names, within Chrome’s limits', (locale) => {
    const own = messages(locale);
    expect(Object.keys(own).sort()).toEqual(Object.keys(messages('en')).sort());
    for (const key of named) expect(own[key]?.message.trim(), key).toBeTruthy();
    expect(own.extName!.message.length).toBeLessThanOrEqual(75);
    expect(own.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  test('Indonesian and Malay are translated, not English', () => {
    for (const locale of ['id', 'ms']) {
      expect(messages(locale).extDescription!.message).not.toBe(messages('en').extDescription!.message);
      expect(messages(locale).commandToggleSidebar!.message).not.toBe(messages('en').commandToggleSidebar!.message);
    }
  });
});
