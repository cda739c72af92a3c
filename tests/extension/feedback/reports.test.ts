import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addWrongWarning,
  boundWrongWarnings,
  clearWrongWarnings,
  exportCandidates,
  MAX_WRONG_WARNINGS,
  readWrongWarnings,
  removeWrongWarning,
  sentenceAround,
  WRONG_WARNINGS_KEY,
  type WrongWarning,
} from '../../../src/extension/feedback/reports.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => fake.reset());

const report = (extra: Partial<WrongWarning> = {}): WrongWarning => ({
  rule: 'excuse',
  text: 'sedang sibuk',
  sentence: 'Tim kami sedang sibuk menyiapkan stok baru untuk Kakak.',
  language: 'id',
  at: Date.UTC(2026, 11, 6, 5, 0),
  ...extra,
});

describe('sentenceAround', () => {
  const draft = 'Halo Kak. Tim kami sedang sibuk menyiapkan stok baru untuk Kakak! Terima kasih.';
  test('is the sentence the flagged words are in', () => {
    const start = draft.indexOf('sedang sibuk');
    expect(sentenceAround(draft, start, start + 12)).toBe('Tim kami sedang sibuk menyiapkan stok baru untuk Kakak!');
  });
  test('stops at a line break, and at the ends of the draft', () => {
    expect(sentenceAround('Hi Sam,\nwe are busy today', 11, 15)).toBe('we are busy today');
    expect(sentenceAround('busy', 0, 4)).toBe('busy');
  });
});

describe('wrong warnings in storage', () => {
  test('are added, taken back by Undo, and cleared', async () => {
    const first = report();
    const second = report({ rule: 'hostile-tone', text: 'bodoh', at: first.at + 1 });
    await addWrongWarning(first);
    await addWrongWarning(second);
    expect(await readWrongWarnings()).toEqual([first, second]);
    await removeWrongWarning(second);
    expect(await readWrongWarnings()).toEqual([first]);
    await clearWrongWarnings();
    expect(fake.local.has(WRONG_WARNINGS_KEY)).toBe(false);
  });

  test('are bounded, and what is not a report is dropped', () => {
    const many = Array.from({ length: MAX_WRONG_WARNINGS + 5 }, (_, i) => report({ at: i }));
    const kept = boundWrongWarnings([{ rule: 1 }, 'x', ...many]);
    expect(kept).toHaveLength(MAX_WRONG_WARNINGS);
    expect(kept[0]!.at).toBe(5);
    expect(boundWrongWarnings({ not: 'a list' })).toEqual([]);
    expect(boundWrongWarnings([report({ language: 'fr' as never })])).toEqual([]);
  });
});

describe('exportCandidates', () => {
  test('writes one labelled draft a line, where the rule must not fire, each sentence once per rule', () => {
    const text = exportCandidates([report(), report({ at: 1 }), report({ rule: 'hostile-tone', text: 'bodoh', sentence: 'Jangan bodoh.', language: 'ms' })]);
    const lines = text.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        id: 'candidate-id-01',
        lang: 'id',
        draft: 'Tim kami sedang sibuk menyiapkan stok baru untuk Kakak.',
        warnings: [],
        falseWarnings: ['excuse'],
        flagged: 'sedang sibuk',
        reportedAt: '2026-12-06T05:00:00.000Z',
      },
      expect.objectContaining({ id: 'candidate-ms-02', lang: 'ms', draft: 'Jangan bodoh.', warnings: [], falseWarnings: ['hostile-tone'] }),
    ]);
  });

  test('is empty for no reports', () => {
    expect(exportCandidates([])).toBe('');
  });
});
