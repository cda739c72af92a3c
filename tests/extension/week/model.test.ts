// The week in review's counts: the 7- and 30-day windows, the 90-day drop, export as JSON and CSV,
// and a team lead's merge of several exports, with a malformed file refused with a message.
import { describe, expect, test } from 'vitest';
import { RULES } from '../../../src/engine/rules/index.js';
import { LANGUAGES, SIGNALS, STEPS } from '../../../src/engine/report.js';
import {
  addCounts,
  dayKey,
  daysBefore,
  emptyCounts,
  emptyStore,
  exportCsv,
  exportJson,
  loadWeekStore,
  mergeSummaries,
  parseCounts,
  parseSummary,
  recordCounts,
  summarize,
  summaryFingerprint,
  WEEK_KEY,
  type DayCounts,
  type WeekStore,
} from '../../../src/extension/week/model.js';
import { DraftTracker } from '../../../src/extension/week/tracker.js';

const TODAY = new Date(2026, 11, 6, 15, 30);
const ago = (days: number) => daysBefore(TODAY, days);

/** A day on which the agent finished `replies` Indonesian replies, applied one excuse rewording and ignored one "I don't know". */
const day = (replies: number): DayCounts => ({
  drafts: { id: replies },
  rules: { excuse: [1, 0, 0], 'dont-know': [0, 0, 1] },
  missed: { checkBack: replies },
  signals: { id: { upset: 1 } },
});

function storeWith(days: Record<number, DayCounts>): WeekStore {
  let store = emptyStore();
  for (const [before, counts] of Object.entries(days)) store = recordCounts(store, counts, ago(Number(before)));
  return store;
}

describe('recording and the windows', () => {
  test('a batch adds to its day; the last 7 days are today and the 6 before, the last 30 today and the 29 before', () => {
    const store = storeWith({ 0: day(2), 6: day(3), 7: day(5), 29: day(7), 30: day(11) });
    store.days[dayKey(TODAY)] = addCounts(store.days[dayKey(TODAY)]!, day(1));
    const week = summarize(store, TODAY, 7);
    expect(week).toMatchObject({ from: '2026-11-30', to: '2026-12-06', summaries: 1, drafts: { id: 6 } });
    expect(week.rules).toEqual({ 'dont-know': { applied: 0, rewrote: 0, ignored: 3 }, excuse: { applied: 3, rewrote: 0, ignored: 0 } });
    expect(week.missed).toEqual({ checkBack: 6 });
    expect(week.signals).toEqual({ id: { upset: 3 } });
    const month = summarize(store, TODAY, 30);
    expect(month).toMatchObject({ from: '2026-11-07', drafts: { id: 18 }, signals: { id: { upset: 5 } } });
  });

  test('days older than 90 are dropped when anything is written; the 90th day back is kept', () => {
    const store = recordCounts(storeWith({ 120: day(1), 90: day(1), 89: day(1) }), day(1), TODAY);
    expect(Object.keys(store.days).sort()).toEqual([dayKey(ago(89)), dayKey(TODAY)]);
    expect(recordCounts(loadWeekStore({ days: { '2020-01-01': day(1) } }), day(1), TODAY).days).toEqual({ '2026-12-06': day(1) });
  });

  test('stored days are untrusted: a bad day is dropped, the others are kept', () => {
    const stored = { version: 1, days: { '2026-12-05': day(2), '2026-12-04': { drafts: { id: -1 }, rules: {}, missed: {}, signals: {} }, yesterday: day(1), '2026-12-03': { ...day(1), words: 'hello' } } };
    expect(loadWeekStore(stored).days).toEqual({ '2026-12-05': day(2) });
    expect(loadWeekStore('nonsense').days).toEqual({});
  });

  test('a batch from a tab is only counts of known ids', () => {
    expect(parseCounts(day(1))).toEqual(day(1));
    expect(parseCounts({ ...day(1), rules: { 'Kak Rina': [1, 0, 0] } })).toBeNull();
    expect(parseCounts({ ...day(1), missed: { apology: 1 } })).toBeNull();
    expect(parseCounts({ ...day(1), drafts: { fr: 1 } })).toBeNull();
    expect(parseCounts({ ...day(1), rules: { excuse: [1.5, 0, 0] } })).toBeNull();
    expect(parseCounts({ ...day(1), text: 'the draft' })).toBeNull();
  });
});

describe('clear', () => {
  test('an emptied store summarises to nothing', () => {
    expect(summarize(loadWeekStore(undefined), TODAY, 30)).toMatchObject({ drafts: {}, rules: {}, missed: {}, signals: {} });
  });
});

describe('export', () => {
  const summary = summarize(storeWith({ 0: day(2), 1: { drafts: { en: 1 }, rules: { 'acme/no-slang': [0, 2, 0] }, missed: { extra: 1 }, signals: { en: { abuse: 1, threat: 1 } } } }), TODAY, 7);

  test('JSON holds counts and ids only, and reads back as the same summary', () => {
    const json = exportJson(summary);
    expect(JSON.parse(json)).toEqual({
      format: 'ramah-week-summary',
      version: 1,
      from: '2026-11-30',
      to: '2026-12-06',
      summaries: 1,
      drafts: { id: 2, en: 1 },
      rules: { 'acme/no-slang': { applied: 0, rewrote: 2, ignored: 0 }, 'dont-know': { applied: 0, rewrote: 0, ignored: 1 }, excuse: { applied: 1, rewrote: 0, ignored: 0 } },
      missed: { checkBack: 2, extra: 1 },
      signals: { id: { upset: 1 }, en: { abuse: 1, threat: 1 } },
    });
    expect(parseSummary(json)).toEqual({ ok: true, summary });
  });

  test('CSV has one row per count, for a spreadsheet', () => {
    expect(exportCsv(summary).split('\n')).toEqual([
      'section,id,language,count,applied,rewrote,ignored',
      'period,2026-11-30..2026-12-06,,1',
      'replies,,id,2',
      'replies,,en,1',
      'rule,acme/no-slang,,2,0,2,0',
      'rule,dont-know,,1,0,0,1',
      'rule,excuse,,1,1,0,0',
      'missed-step,checkBack,,2',
      'missed-step,extra,,1',
      'signal,upset,id,1',
      'signal,abuse,en,1',
      'signal,threat,en,1',
      '',
    ]);
  });
});

describe('merging exports into a team view', () => {
  const mine = summarize(storeWith({ 0: day(2) }), TODAY, 7);
  const theirs = summarize(storeWith({ 3: { drafts: { ms: 4 }, rules: { excuse: [0, 2, 1] }, missed: { checkBack: 1, extra: 4 }, signals: { ms: { abuse: 2 } } } }), ago(1), 30);

  test('counts are summed, the period spans them all, and it says how many summaries, not whose', () => {
    const team = mergeSummaries([mine, theirs])!;
    expect(team).toEqual({
      format: 'ramah-week-summary',
      version: 1,
      from: theirs.from,
      to: mine.to,
      summaries: 2,
      drafts: { id: 2, ms: 4 },
      rules: { 'dont-know': { applied: 0, rewrote: 0, ignored: 1 }, excuse: { applied: 1, rewrote: 2, ignored: 1 } },
      missed: { checkBack: 3, extra: 4 },
      signals: { id: { upset: 1 }, ms: { abuse: 2 } },
    });
    // A merged view exported and merged again counts its summaries.
    expect(mergeSummaries([team, mine])!.summaries).toBe(3);
    expect(mergeSummaries([])).toBeNull();
  });

  test('the same file imported twice is told by its fingerprint, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(mine).reverse()) as typeof mine;
    expect(summaryFingerprint(reordered)).toBe(summaryFingerprint(mine));
    expect(summaryFingerprint(theirs)).not.toBe(summaryFingerprint(mine));
  });

  test.each([
    ['not JSON', 'hello', 'The file is not JSON.'],
    ['the CSV export', exportCsv(mine), 'This is the CSV export: import the JSON one.'],
    ['another format', JSON.stringify({ format: 'ramah-settings', version: 1 }), 'not a summary of Ramah'],
    ['a negative count', JSON.stringify({ ...mine, drafts: { id: -3 } }), 'drafts.id: '],
    ['a count that is text', JSON.stringify({ ...mine, rules: { excuse: { applied: '1', rewrote: 0, ignored: 0 } } }), 'rules.excuse.applied: '],
    ['a name where a rule id goes', JSON.stringify({ ...mine, rules: { 'Budi Santoso': { applied: 1, rewrote: 0, ignored: 0 } } }), 'rules'],
    ['a field of its own (an agent name)', JSON.stringify({ ...mine, agent: 'Budi' }), 'agent: '],
    ['an unknown step', JSON.stringify({ ...mine, missed: { apology: 1 } }), 'missed.apology: '],
    ['an unknown language', JSON.stringify({ ...mine, signals: { fr: { upset: 1 } } }), 'signals.fr: '],
    ['markup in a value', JSON.stringify({ ...mine, from: '<img src=x onerror=alert(1)>' }), 'from: '],
    ['a period that ends before it starts', JSON.stringify({ ...mine, from: mine.to, to: mine.from }), 'ends before it starts'],
    ['a file far too large', JSON.stringify({ ...mine, pad: 'x'.repeat(300_000) }), 'larger than 256 KB'],
  ])('a malformed import is refused whole, with a message: %s', (_what, text, message) => {
    const result = parseSummary(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});

describe('the tracker in one composer', () => {
  const report = (rules: string[], steps: Partial<Record<(typeof STEPS)[number], boolean>> = {}, context: (typeof SIGNALS)[number][] = []) => ({
    language: 'id' as const,
    findings: rules.map((rule) => ({ rule }) as never),
    steps: { acknowledgement: true, clarification: true, resolution: true, checkBack: true, extra: true, ...steps },
    context,
  });
  const REPLY = 'Maaf Kak, pesanan Kakak kami kirim ulang hari ini.';

  test('Apply, a rewrite and Ignore are each counted once; a word being typed is not a finding', () => {
    const counts = emptyCounts();
    const tracker = new DraftTracker(() => counts);
    tracker.observe(report(['excuse', 'dont-know', 'blame-department']), REPLY, 0);
    // A warning that came and went within a typing pause or two: the agent was still typing.
    tracker.observe(report(['excuse', 'dont-know', 'blame-department', 'hostile-tone']), REPLY, 500);
    tracker.observe(report(['excuse', 'dont-know', 'blame-department']), REPLY, 900);
    tracker.resolved('excuse', 'applied');
    tracker.observe(report(['dont-know', 'blame-department']), REPLY, 2000);
    tracker.resolved('dont-know', 'ignored');
    tracker.observe(report(['blame-department']), REPLY, 2500);
    tracker.observe(report([]), REPLY, 4000);
    expect(counts.rules).toEqual({ excuse: [1, 0, 0], 'dont-know': [0, 0, 1], 'blame-department': [0, 1, 0] });
    expect(counts.drafts).toEqual({});
  });

  test('a finished reply: what is still flagged was left in (ignored), and the reply counts with the steps it missed and the signals it met', () => {
    const counts = emptyCounts();
    const tracker = new DraftTracker(() => counts);
    tracker.observe(report(['excuse'], { checkBack: false, extra: false }, ['upset', 'abuse']), REPLY, 0);
    tracker.finish(3000);
    expect(counts).toEqual({ drafts: { id: 1 }, rules: { excuse: [0, 0, 1] }, missed: { checkBack: 1, extra: 1 }, signals: { id: { upset: 1, abuse: 1 } } });
    // Emptied and finished again: nothing more.
    tracker.observe(report([]), '', 4000);
    tracker.finish(4000);
    expect(counts.drafts).toEqual({ id: 1 });
  });

  test('an emptied draft is not finished by being empty: the page sending it and the agent wiping it look the same here', () => {
    const counts = emptyCounts();
    const tracker = new DraftTracker(() => counts);
    tracker.observe(report(['excuse']), REPLY, 0);
    tracker.observe(report([]), '', 3000);
    expect(counts).toEqual(emptyCounts());
  });

  test('a draft discarded (wiped by the agent, a word or two, a note) counts no reply and nothing left in; the next reply counts alone', () => {
    const counts = emptyCounts();
    const tracker = new DraftTracker(() => counts);
    tracker.observe(report(['excuse'], { checkBack: false }), REPLY, 0);
    tracker.observe(report([]), '', 3000);
    tracker.discard();
    tracker.finish(3500);
    expect(counts).toEqual(emptyCounts());
    tracker.observe(report(['dont-know'], { extra: false }), REPLY, 4000);
    tracker.finish(8000);
    expect(counts).toEqual({ drafts: { id: 1 }, rules: { 'dont-know': [0, 0, 1] }, missed: { extra: 1 }, signals: { id: {} } });
  });

  test('a rule turned off on the site ignores all its findings; Apply on a finding not seen yet still counts', () => {
    const counts = emptyCounts();
    const tracker = new DraftTracker(() => counts);
    tracker.observe(report(['excuse', 'excuse']), REPLY, 0);
    tracker.resolved('excuse', 'ignored', true);
    tracker.observe(report([]), REPLY, 3000);
    tracker.resolved('warmth', 'applied');
    expect(counts.rules).toEqual({ excuse: [0, 0, 2], warmth: [1, 0, 0] });
  });
});

describe('storage size', () => {
  /** A small deterministic generator, so that the figure is the same on every run. */
  function random(seed: number) {
    let state = seed;
    return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  }

  /**
   * 1,000 coached replies spread over `days` days, each coached as the tracker counts it: one to three
   * findings from all the built-in rules and two of a team pack's, each applied, rewritten or ignored; the
   * steps it missed; the customer's signals; in the three languages.
   */
  function simulate(days: number): WeekStore {
    const next = random(12);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const rules = [...RULES.map((rule) => rule.meta.id), 'acme-team/no-slang', 'acme-team/refund-wording'];
    let store = emptyStore();
    for (let draft = 0; draft < 1000; draft++) {
      const counts = emptyCounts();
      const tracker = new DraftTracker(() => counts);
      const flagged = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(rules));
      const steps = Object.fromEntries(STEPS.map((step) => [step, next() > 0.3]));
      const context = SIGNALS.filter(() => next() > 0.8);
      const language = pick(LANGUAGES);
      const report = (findings: string[]) => ({ language, findings: findings.map((rule) => ({ rule }) as never), steps: steps as never, context: [...context] });
      tracker.observe(report(flagged), 'x'.repeat(200), 0);
      for (const rule of flagged) if (next() < 0.4) tracker.resolved(rule, next() < 0.6 ? 'applied' : 'ignored');
      tracker.observe(report(flagged.filter(() => next() < 0.5)), 'x'.repeat(200), 5000);
      tracker.finish(10_000);
      store = recordCounts(store, counts, ago(Math.floor((draft / 1000) * days)));
    }
    return store;
  }

  const bytes = (store: WeekStore) => new TextEncoder().encode(WEEK_KEY + JSON.stringify(store)).length;

  test('1,000 coached drafts take a few tens of KB of storage.local, far under its 10 MB quota', () => {
    const month = simulate(30);
    const quarter = simulate(90);
    expect(Object.keys(month.days)).toHaveLength(30);
    expect(Object.keys(quarter.days)).toHaveLength(90);
    const drafts = (store: WeekStore) => Object.values(store.days).reduce((n, d) => n + Object.values(d.drafts).reduce((a, b) => a + (b ?? 0), 0), 0);
    expect(drafts(month)).toBe(1000);
    console.log(`week in review, 1,000 coached drafts: ${(bytes(month) / 1024).toFixed(1)} KB over 30 days, ${(bytes(quarter) / 1024).toFixed(1)} KB over 90 days`);
    expect(bytes(month)).toBeLessThan(40 * 1024);
    expect(bytes(quarter)).toBeLessThan(80 * 1024);
  });
});
