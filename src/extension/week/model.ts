/**
 * The week in review: what Ramah's coaching came to, as counts per day, for the agent alone. Only
 * counts and ids are kept (rule ids, step ids, signal ids, languages): never a draft's words, the
 * customer's, a name or an address. Days older than KEEP_DAYS are dropped. Nothing here touches a
 * browser API: the worker, the week page and the tests share it.
 *
 * A summary of a window (the last 7 or 30 days) is what the agent may export for their team lead,
 * as JSON or CSV; a team lead merges several JSON summaries into one team view. An imported file is
 * untrusted: it is read only through SummarySchema, and one that breaks it is refused whole.
 */
import * as v from 'valibot';
import { LANGUAGES, SIGNALS, STEPS, type Language, type Signal, type StepId } from '../../engine/report.js';

/** The page, as the build names it (vite.config.ts). */
export const WEEK_PAGE = 'src/extension/week/index.html';
/** The storage.local key of the day buckets. */
export const WEEK_KEY = 'weekInReview';
export const WEEK_VERSION = 1;
/** Older days are dropped as soon as anything is read or written. */
export const KEEP_DAYS = 90;
/** The windows the week page shows. */
export const WINDOWS = [7, 30] as const;
export type WindowDays = (typeof WINDOWS)[number];

/** What became of a finding: Apply, gone from the draft without Apply, or Ignore (or still there when the reply was finished). */
export const OUTCOMES = ['applied', 'rewrote', 'ignored'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** One rule's outcomes, in the order of OUTCOMES: an array keeps a day's bucket small. */
export type OutcomeCounts = [applied: number, rewrote: number, ignored: number];

/** One day's counts, or a batch of them on their way from a tab to storage. */
export interface DayCounts {
  /** Replies to customers finished (sent or emptied) while coached, per draft language. */
  drafts: Partial<Record<Language, number>>;
  rules: Record<string, OutcomeCounts>;
  /** Replies finished without the step. */
  missed: Partial<Record<StepId, number>>;
  /** Replies to a customer message that carried the signal, per draft language. */
  signals: Partial<Record<Language, Partial<Record<Signal, number>>>>;
}

export interface WeekStore {
  version: typeof WEEK_VERSION;
  /** By local date, `YYYY-MM-DD`. */
  days: Record<string, DayCounts>;
}

export const emptyCounts = (): DayCounts => ({ drafts: {}, rules: {}, missed: {}, signals: {} });
export const emptyStore = (): WeekStore => ({ version: WEEK_VERSION, days: {} });

export function isEmptyCounts(counts: DayCounts): boolean {
  return Object.keys(counts.drafts).length === 0 && Object.keys(counts.rules).length === 0 && Object.keys(counts.missed).length === 0 && Object.keys(counts.signals).length === 0;
}

/** The agent's local date, as days are keyed. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The date `days` before `date`'s day (at noon, so that a daylight-saving change never skips a day). */
export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - days, 12);
}

/** The first day of a window that ends today: the last 7 days are today and the 6 before. */
export function windowStart(today: Date, days: number): string {
  return dayKey(daysBefore(today, days - 1));
}

/** Adds `more` into `into`, in place. */
export function addCounts(into: DayCounts, more: DayCounts): DayCounts {
  for (const [language, n] of entries(more.drafts)) into.drafts[language] = (into.drafts[language] ?? 0) + n;
  for (const [rule, counts] of Object.entries(more.rules)) {
    const sum = (into.rules[rule] ??= [0, 0, 0]);
    counts.forEach((n, i) => (sum[i] = sum[i]! + n));
  }
  for (const [step, n] of entries(more.missed)) into.missed[step] = (into.missed[step] ?? 0) + n;
  for (const [language, signals] of entries(more.signals)) {
    const sum = (into.signals[language] ??= {});
    for (const [signal, n] of entries(signals)) sum[signal] = (sum[signal] ?? 0) + n;
  }
  return into;
}

/** Drops the days older than KEEP_DAYS before `today` (today is one of the 90), in place. */
export function dropOldDays(store: WeekStore, today: Date): WeekStore {
  const oldest = windowStart(today, KEEP_DAYS);
  for (const day of Object.keys(store.days)) if (day < oldest) delete store.days[day];
  return store;
}

/** Adds a batch to today's bucket, and drops what is too old. */
export function recordCounts(store: WeekStore, counts: DayCounts, now: Date): WeekStore {
  const today = dayKey(now);
  addCounts((store.days[today] ??= emptyCounts()), counts);
  return dropOldDays(store, now);
}

// Stored and sent values are untrusted: a renderer the page compromised speaks as the content script.
const MAX_COUNT = 10_000_000;
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
const RuleId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._/-]{0,128}$/));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** More distinct rules than any set of packs brings: a bound on what one file or batch can make the page draw. */
const MAX_RULES = 500;
const byLanguage = <T extends v.GenericSchema>(value: T) => v.strictObject(Object.fromEntries(LANGUAGES.map((language) => [language, v.optional(value)])) as Record<Language, v.OptionalSchema<T, undefined>>);
const bySignal = v.strictObject(Object.fromEntries(SIGNALS.map((signal) => [signal, v.optional(Count)])) as Record<Signal, v.OptionalSchema<typeof Count, undefined>>);
const byStep = v.strictObject(Object.fromEntries(STEPS.map((step) => [step, v.optional(Count)])) as Record<StepId, v.OptionalSchema<typeof Count, undefined>>);
const ruleMap = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.record(RuleId, value),
    v.check((rules) => Object.keys(rules).length <= MAX_RULES, `at most ${MAX_RULES} rules`),
  );

export const DayCountsSchema = v.strictObject({
  drafts: byLanguage(Count),
  rules: ruleMap(v.tuple([Count, Count, Count])),
  missed: byStep,
  signals: byLanguage(bySignal),
});

/** What storage holds, as far as it can be trusted: a bad day is dropped, the other days are kept. */
export function loadWeekStore(stored: unknown): WeekStore {
  const store = emptyStore();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return store;
  const days = (stored as { days?: unknown }).days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) return store;
  for (const [day, counts] of Object.entries(days)) {
    const parsed = v.safeParse(DayCountsSchema, counts);
    if (v.is(Day, day) && parsed.success) store.days[day] = withoutUndefined(parsed.output);
  }
  return store;
}

/** A batch from a tab, or null when it is not one exactly. */
export function parseCounts(input: unknown): DayCounts | null {
  const parsed = v.safeParse(DayCountsSchema, input);
  return parsed.success ? withoutUndefined(parsed.output) : null;
}

/** The file format of an exported summary. */
export const SUMMARY_FORMAT = 'ramah-week-summary';
export const SUMMARY_VERSION = 1;

export interface RuleOutcomes {
  applied: number;
  rewrote: number;
  ignored: number;
}

/** A window's counts, as the page shows them and as they are exported: counts and ids, nobody's name. */
export interface WeekSummary {
  format: typeof SUMMARY_FORMAT;
  version: typeof SUMMARY_VERSION;
  /** The first and the last day, `YYYY-MM-DD`; merged summaries span them all. */
  from: string;
  to: string;
  /** How many agents' summaries this is: 1 for one's own, more in a team view. */
  summaries: number;
  drafts: Partial<Record<Language, number>>;
  rules: Record<string, RuleOutcomes>;
  missed: Partial<Record<StepId, number>>;
  signals: Partial<Record<Language, Partial<Record<Signal, number>>>>;
}

/** The last `days` days up to `today`, summed. */
export function summarize(store: WeekStore, today: Date, days: number): WeekSummary {
  const from = windowStart(today, days);
  const to = dayKey(today);
  const sum = emptyCounts();
  for (const [day, counts] of Object.entries(store.days)) if (day >= from && day <= to) addCounts(sum, counts);
  return { format: SUMMARY_FORMAT, version: SUMMARY_VERSION, from, to, summaries: 1, ...summaryCounts(sum) };
}

function summaryCounts(counts: DayCounts): Pick<WeekSummary, 'drafts' | 'rules' | 'missed' | 'signals'> {
  const rules = Object.fromEntries(
    Object.entries(counts.rules)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([rule, [applied, rewrote, ignored]]) => [rule, { applied, rewrote, ignored }]),
  );
  return { drafts: counts.drafts, rules, missed: counts.missed, signals: counts.signals };
}

export const fired = (outcomes: RuleOutcomes): number => outcomes.applied + outcomes.rewrote + outcomes.ignored;
export const totalDrafts = (summary: Pick<WeekSummary, 'drafts'>): number => entries(summary.drafts).reduce((sum, [, n]) => sum + n, 0);

export function exportJson(summary: WeekSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/**
 * One row per count, for a spreadsheet: `section,id,language,count,applied,rewrote,ignored`. The
 * ids are Ramah's own (rule, step, signal and language ids), so no cell needs quoting; a pack's
 * rule id is checked to be one too.
 */
export function exportCsv(summary: WeekSummary): string {
  const rows = [['section', 'id', 'language', 'count', 'applied', 'rewrote', 'ignored'].join(',')];
  const row = (...cells: (string | number)[]) => rows.push(cells.join(','));
  row('period', `${summary.from}..${summary.to}`, '', summary.summaries);
  for (const [language, n] of entries(summary.drafts)) row('replies', '', language, n);
  for (const [rule, outcomes] of Object.entries(summary.rules)) if (v.is(RuleId, rule)) row('rule', rule, '', fired(outcomes), outcomes.applied, outcomes.rewrote, outcomes.ignored);
  for (const step of STEPS) if (summary.missed[step]) row('missed-step', step, '', summary.missed[step]!);
  for (const [language, signals] of entries(summary.signals)) for (const signal of SIGNALS) if (signals[signal]) row('signal', signal, language, signals[signal]!);
  return `${rows.join('\n')}\n`;
}

/** The largest summary file a team lead may import: a real one is a few kilobytes. */
export const MAX_SUMMARY_BYTES = 256 * 1024;

const RuleOutcomesSchema = v.strictObject({ applied: Count, rewrote: Count, ignored: Count });
const SummarySchema = v.strictObject({
  format: v.literal(SUMMARY_FORMAT),
  version: v.literal(SUMMARY_VERSION),
  from: Day,
  to: Day,
  summaries: v.pipe(Count, v.minValue(1)),
  drafts: byLanguage(Count),
  rules: ruleMap(RuleOutcomesSchema),
  missed: byStep,
  signals: byLanguage(bySignal),
});

export type ImportedSummary = { ok: true; summary: WeekSummary } | { ok: false; error: string };

/**
 * Reads an exported summary. Anything that is not one exactly (not JSON, another format, a field
 * that is not a count, an unknown field) is refused whole, with what is wrong and where.
 */
export function parseSummary(text: string): ImportedSummary {
  if (text.length > MAX_SUMMARY_BYTES) return { ok: false, error: `The file is larger than ${MAX_SUMMARY_BYTES / 1024} KB: a summary is a few KB.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const csv = text.startsWith('section,');
    return { ok: false, error: csv ? 'This is the CSV export: import the JSON one.' : 'The file is not JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SUMMARY_FORMAT) {
    return { ok: false, error: `The file is not a summary of Ramah's week in review: it needs "format": "${SUMMARY_FORMAT}".` };
  }
  const parsed = v.safeParse(SummarySchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '';
    return { ok: false, error: `${path ? `${path}: ` : ''}${issue.message}` };
  }
  if (parsed.output.from > parsed.output.to) return { ok: false, error: 'from: the period ends before it starts.' };
  return { ok: true, summary: withoutUndefined(parsed.output) as WeekSummary };
}

/** Several summaries as one: counts summed, the period spanning them all. Nothing says whose each was. */
export function mergeSummaries(summaries: readonly WeekSummary[]): WeekSummary | null {
  if (summaries.length === 0) return null;
  const sum = emptyCounts();
  for (const summary of summaries) {
    addCounts(sum, {
      drafts: summary.drafts,
      rules: Object.fromEntries(Object.entries(summary.rules).map(([rule, o]) => [rule, [o.applied, o.rewrote, o.ignored] as OutcomeCounts])),
      missed: summary.missed,
      signals: summary.signals,
    });
  }
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    from: summaries.map((summary) => summary.from).sort()[0]!,
    to: summaries.map((summary) => summary.to).sort().at(-1)!,
    summaries: summaries.reduce((n, summary) => n + summary.summaries, 0),
    ...summaryCounts(sum),
  };
}

/** The same counts, whatever order their keys were written in: how a file imported twice is told. */
export function summaryFingerprint(summary: WeekSummary): string {
  return JSON.stringify(summary, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}

function entries<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  return Object.entries(record).filter((entry): entry is [K, V] => entry[1] !== undefined);
}

/** valibot's optional keys come back as present-but-undefined only when given so; JSON has none, but a batch from a tab might. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
