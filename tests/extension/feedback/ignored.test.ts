import { beforeEach, describe, expect, test, vi } from 'vitest';
import { boundIgnored, IGNORED_KEY, IgnoredFindings, ignoreKey, MAX_IGNORED } from '../../../src/extension/feedback/ignored.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => fake.reset());

const DAY = 24 * 60 * 60 * 1000;
const TICKET = 'https://acme.zendesk.com/agent/tickets/1';

describe('ignoreKey', () => {
  test('is the ticket, the rule and the words, whatever their case and spacing', () => {
    expect(ignoreKey(TICKET, { rule: 'excuse', text: 'Kami  sedang\u00a0SIBUK' })).toBe(ignoreKey(TICKET, { rule: 'excuse', text: 'kami sedang sibuk' }));
    expect(ignoreKey(TICKET, { rule: 'excuse', text: 'sibuk' })).not.toBe(ignoreKey(`${TICKET}2`, { rule: 'excuse', text: 'sibuk' }));
    expect(ignoreKey(TICKET, { rule: 'excuse', text: 'sibuk' })).not.toBe(ignoreKey(TICKET, { rule: 'hostile-tone', text: 'sibuk' }));
  });
});

describe('boundIgnored', () => {
  test('drops entries older than 30 days, from the future, or not a time', () => {
    const now = Date.UTC(2026, 0, 31);
    expect(boundIgnored({ fresh: now - 29 * DAY, old: now - 31 * DAY, future: now + 5 * DAY, junk: 'x' }, now)).toEqual({ fresh: now - 29 * DAY });
  });

  test('keeps the newest few thousand', () => {
    const now = Date.now();
    const many = Object.fromEntries(Array.from({ length: MAX_IGNORED + 10 }, (_, i) => [`k${i}`, now - i]));
    const kept = boundIgnored(many, now);
    expect(Object.keys(kept)).toHaveLength(MAX_IGNORED);
    expect(kept).toHaveProperty('k0');
    expect(kept).not.toHaveProperty(`k${MAX_IGNORED + 9}`);
  });

  test('reads anything that is not an object as nothing', () => {
    expect(boundIgnored(['a'], Date.now())).toEqual({});
    expect(boundIgnored(null, Date.now())).toEqual({});
  });
});

describe('IgnoredFindings', () => {
  test('remembers across a reload, and forgets on remove', async () => {
    const first = new IgnoredFindings();
    await first.load();
    const key = ignoreKey(TICKET, { rule: 'excuse', text: 'sibuk' });
    await first.add(key);
    const reloaded = new IgnoredFindings();
    await reloaded.load();
    expect(reloaded.has(key)).toBe(true);
    await reloaded.remove(key);
    const again = new IgnoredFindings();
    await again.load();
    expect(again.has(key)).toBe(false);
  });

  test("keeps another tab's entries when it writes, and hears of them", async () => {
    const mine = new IgnoredFindings();
    await mine.load();
    const heard = vi.fn();
    mine.onChange(heard);
    await fake.writeFromElsewhere({ [IGNORED_KEY]: { other: Date.now() } });
    expect(heard).toHaveBeenCalled();
    expect(mine.has('other')).toBe(true);
    await mine.add('mine');
    expect(Object.keys(fake.local.get(IGNORED_KEY) as object).sort()).toEqual(['mine', 'other']);
  });

  test('a prototype name is not ignored', async () => {
    const store = new IgnoredFindings();
    await store.load();
    expect(store.has('constructor')).toBe(false);
  });
});
