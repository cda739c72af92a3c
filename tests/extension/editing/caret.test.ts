// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { caretAfterEdit } from '../../../src/extension/content/editing/insert.js';

// "Maaf, ini salah gudang. Terima kasih." with "salah gudang" (10–22) replaced by "kesalahan kami" (14 characters).
const target = { start: 10, end: 22 };
const after = (offset: number) => caretAfterEdit({ start: offset, end: offset }, target, 14);

describe('the caret after an edit', () => {
  test('before the edit, it stays', () => expect(after(4)).toEqual({ start: 4, end: 4 }));
  test('at the end of the draft, it stays at the end', () => expect(after(37)).toEqual({ start: 39, end: 39 }));
  test('right after the replaced words, it stays right after the new ones', () => expect(after(22)).toEqual({ start: 24, end: 24 }));
  test('inside the replaced words, it goes after the new ones', () => expect(after(15)).toEqual({ start: 24, end: 24 }));
  test('a selection around the edit grows with it', () =>
    expect(caretAfterEdit({ start: 0, end: 37 }, target, 14)).toEqual({ start: 0, end: 39 }));
  test('a shorter replacement moves it back', () => expect(caretAfterEdit({ start: 37, end: 37 }, target, 5)).toEqual({ start: 30, end: 30 }));
});
