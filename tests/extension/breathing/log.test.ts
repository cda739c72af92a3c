// The hard tickets of the agent's day, in storage.local: the take-a-breath card once per ticket, a
// count that starts again each local day, and a stored value that cannot be trusted.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { addHardTicket, BREATHING_KEY, countHardTicket, hardTicketsToday, localDay, MAX_HARD_TICKETS, soundDay } from '../../../src/extension/breathing/log.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => fake.reset());

const TICKET = 'acme.zendesk.com #2087';
const OTHER = 'acme.zendesk.com #2088';
const MORNING = new Date(2026, 11, 6, 9, 30);
const EVENING = new Date(2026, 11, 6, 23, 59);
const NEXT_DAY = new Date(2026, 11, 7, 0, 1);

describe('localDay', () => {
  test("is the agent's date, which ends at their midnight", () => {
    expect(localDay(MORNING)).toBe('2026-12-06');
    expect(localDay(EVENING)).toBe('2026-12-06');
    expect(localDay(NEXT_DAY)).toBe('2026-12-07');
  });
});

describe('soundDay', () => {
  test("keeps today's tickets, each once", () => {
    expect(soundDay({ day: '2026-12-06', tickets: [TICKET, OTHER, TICKET] }, '2026-12-06')).toEqual({ day: '2026-12-06', tickets: [TICKET, OTHER] });
  });

  test("reads another day's list as an empty day", () => {
    expect(soundDay({ day: '2026-12-05', tickets: [TICKET] }, '2026-12-06')).toEqual({ day: '2026-12-06', tickets: [] });
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'three'],
    ['a number', 3],
    ['a list', [TICKET]],
    ['null', null],
    ['tickets that are not a list', { day: '2026-12-06', tickets: TICKET }],
    ['a day that is not a date', { day: 20261206, tickets: [TICKET] }],
  ])('reads %s as an empty day', (_name, stored) => {
    expect(soundDay(stored, '2026-12-06')).toEqual({ day: '2026-12-06', tickets: [] });
  });

  test('drops entries that are not tickets, and keeps the newest few hundred', () => {
    const junk = [7, null, '', 'x'.repeat(5000), { ticket: TICKET }];
    expect(soundDay({ day: '2026-12-06', tickets: [...junk, TICKET] }, '2026-12-06').tickets).toEqual([TICKET]);
    const many = Array.from({ length: MAX_HARD_TICKETS + 5 }, (_, i) => `t${i}`);
    const kept = soundDay({ day: '2026-12-06', tickets: many }, '2026-12-06').tickets;
    expect(kept).toHaveLength(MAX_HARD_TICKETS);
    expect(kept.at(-1)).toBe(`t${MAX_HARD_TICKETS + 4}`);
  });
});

describe('addHardTicket', () => {
  test('counts a ticket once, however often its reply is finished', () => {
    const first = addHardTicket({ day: '2026-12-06', tickets: [] }, TICKET);
    expect(first.counted).toEqual({ first: true, count: 1 });
    const again = addHardTicket(first.day, TICKET);
    expect(again.counted).toEqual({ first: false, count: 1 });
    expect(addHardTicket(again.day, OTHER).counted).toEqual({ first: true, count: 2 });
  });
});

describe('countHardTicket', () => {
  test('the card is due once per ticket, remembered across reloads, and the count grows with each new ticket', async () => {
    expect(await countHardTicket(TICKET, true, MORNING)).toEqual({ first: true, count: 1 });
    // A reload reads what is stored: nothing lives in memory.
    expect(await countHardTicket(TICKET, true, MORNING)).toEqual({ first: false, count: 1 });
    expect(await countHardTicket(OTHER, true, EVENING)).toEqual({ first: true, count: 2 });
    expect(await countHardTicket('acme.zendesk.com #2089', true, EVENING)).toEqual({ first: true, count: 3 });
    expect(fake.local.get(BREATHING_KEY)).toEqual({ day: '2026-12-06', tickets: [TICKET, OTHER, 'acme.zendesk.com #2089'] });
    expect(await hardTicketsToday(EVENING)).toBe(3);
  });

  test('a new day starts from none, and the same ticket is due again', async () => {
    await countHardTicket(TICKET, true, MORNING);
    await countHardTicket(OTHER, true, MORNING);
    expect(await hardTicketsToday(NEXT_DAY)).toBe(0);
    expect(await countHardTicket(TICKET, true, NEXT_DAY)).toEqual({ first: true, count: 1 });
    expect(fake.local.get(BREATHING_KEY)).toEqual({ day: '2026-12-07', tickets: [TICKET] });
  });

  test('off, by the agent or by policy, nothing is counted or stored', async () => {
    expect(await countHardTicket(TICKET, false, MORNING)).toBeNull();
    expect(fake.local.has(BREATHING_KEY)).toBe(false);
    expect(await hardTicketsToday(MORNING)).toBe(0);
  });

  test.each([
    ['a string', 'garbage'],
    ['a list', [1, 2, 3]],
    ['an object of the wrong shape', { day: '2026-12-06', tickets: { 0: TICKET } }],
  ])('a corrupt stored value (%s) counts as an empty day and is replaced', async (_name, stored) => {
    fake.local.set(BREATHING_KEY, stored);
    expect(await hardTicketsToday(MORNING)).toBe(0);
    expect(await countHardTicket(TICKET, true, MORNING)).toEqual({ first: true, count: 1 });
    expect(fake.local.get(BREATHING_KEY)).toEqual({ day: '2026-12-06', tickets: [TICKET] });
  });

  test('storage that cannot be read shows no card rather than one twice, and throws nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fake.failNextRead(new Error('IO error'));
    expect(await countHardTicket(TICKET, true, MORNING)).toBeNull();
    fake.failNextRead(new Error('IO error'));
    expect(await hardTicketsToday(MORNING)).toBe(0);
    warn.mockRestore();
  });
});
