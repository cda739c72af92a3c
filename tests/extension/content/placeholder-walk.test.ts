import { describe, expect, test } from 'vitest';
import { placeholdersIn, walkStep } from '../../../src/extension/content/placeholder-walk.js';

const before = 'Halo Kak Rina. ';
const phrase = 'Pesanan {order_id} sudah dikirim. Salam, {agent_name}';
const text = before + phrase;
const walk = { start: before.length, end: text.length, length: text.length };
const at = (word: string, source = text) => ({ start: source.indexOf(word), end: source.indexOf(word) + word.length });

describe('placeholdersIn', () => {
  test("finds a phrase's placeholders, not the helpdesk's double-braced ones", () => {
    expect(placeholdersIn('{a} {{ticket.id}} {b_2}', 0, 23)).toEqual([
      { start: 0, end: 3 },
      { start: 18, end: 23 },
    ]);
  });
});

describe('walkStep', () => {
  test('Tab goes from the first placeholder to the next, Shift+Tab back, and past the last it is out', () => {
    expect(walkStep(walk, text, at('{order_id}'), false)).toEqual(at('{agent_name}'));
    expect(walkStep(walk, text, at('{agent_name}'), true)).toEqual(at('{order_id}'));
    expect(walkStep(walk, text, at('{agent_name}'), false)).toBe('out');
    expect(walkStep(walk, text, at('{order_id}'), true)).toBe('out');
  });

  test('follows what the agent typed over a placeholder', () => {
    const typed = text.replace('{order_id}', 'INV-0087');
    const caret = { start: typed.indexOf('INV-0087') + 8, end: typed.indexOf('INV-0087') + 8 };
    expect(walkStep(walk, typed, caret, false)).toEqual(at('{agent_name}', typed));
  });

  test('ends when the caret is outside the inserted text', () => {
    expect(walkStep(walk, text, { start: 2, end: 2 }, false)).toBe('out');
  });
});
