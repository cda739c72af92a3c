// The worker's side of the week in review: a tab's batch is checked, added to today's bucket, and refused
// when counting is off (the agent's choice or the admin's); reading drops what is older than 90 days; Clear
// removes it all.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { handleWeekRecord } from '../../../src/extension/background/week.js';
import { DEFAULT_USER_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings/index.js';
import { dayKey, daysBefore, WEEK_KEY, type DayCounts } from '../../../src/extension/week/model.js';
import { clearWeek, readWeek } from '../../../src/extension/week/store.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => fake.reset());

const BATCH: DayCounts = { drafts: { ms: 1 }, rules: { excuse: [0, 1, 0] }, missed: { checkBack: 1 }, signals: { ms: { threat: 1 } } };
const today = dayKey(new Date());

describe('a batch from a tab', () => {
  test("is added to today's bucket, twice making two", async () => {
    expect(await handleWeekRecord({ counts: BATCH })).toEqual({ ok: true });
    expect(await handleWeekRecord({ counts: BATCH })).toEqual({ ok: true });
    expect(fake.local.get(WEEK_KEY)).toEqual({ version: 1, days: { [today]: { drafts: { ms: 2 }, rules: { excuse: [0, 2, 0] }, missed: { checkBack: 2 }, signals: { ms: { threat: 2 } } } } });
  });

  test('that is not counts of known ids is refused, and nothing is written', async () => {
    expect(await handleWeekRecord({ counts: { ...BATCH, draft: 'Maaf Kak, itu salah gudang.' } })).toMatchObject({ ok: false });
    expect(await handleWeekRecord({ counts: { ...BATCH, rules: { excuse: [-1, 0, 0] } } })).toMatchObject({ ok: false });
    expect(await handleWeekRecord({})).toMatchObject({ ok: false });
    expect(fake.local.has(WEEK_KEY)).toBe(false);
  });

  test('is dropped when the agent turned counting off, or the policy did', async () => {
    fake.local.set(SETTINGS_KEY, { ...DEFAULT_USER_SETTINGS, recordWeek: false });
    expect(await handleWeekRecord({ counts: BATCH })).toEqual({ ok: false, message: 'recording is off' });
    fake.local.set(SETTINGS_KEY, DEFAULT_USER_SETTINGS);
    fake.setPolicy({ recordWeek: false });
    expect(await handleWeekRecord({ counts: BATCH })).toEqual({ ok: false, message: 'recording is off' });
    expect(fake.local.has(WEEK_KEY)).toBe(false);
  });
});

describe('the stored days', () => {
  test('reading drops the days older than 90 from storage too; Clear removes everything', async () => {
    const old = dayKey(daysBefore(new Date(), 95));
    fake.local.set(WEEK_KEY, { version: 1, days: { [old]: BATCH, [today]: BATCH } });
    expect(Object.keys((await readWeek()).days)).toEqual([today]);
    expect(Object.keys((fake.local.get(WEEK_KEY) as { days: object }).days)).toEqual([today]);
    await clearWeek();
    expect(fake.local.has(WEEK_KEY)).toBe(false);
    expect((await readWeek()).days).toEqual({});
  });
});
