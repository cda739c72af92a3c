/**
 * What became of each finding in one composer, and what the reply missed when it was finished, as
 * counts for the week in review. It sees each report after a typing pause (never a keystroke) and
 * the agent's Apply and Ignore, and keeps nothing of the draft but rule ids and times.
 *
 * A finding is known by its rule, not its words: typing around it moves and reshapes it, and it is
 * still the same advice. When a rule's findings become fewer without an action, the newest went
 * first: a finding that lived less than SETTLE_MS was a word being typed, and is not counted.
 */
import type { Language, Report, Signal, StepId } from '../../engine/report.js';
import { STEPS } from '../../engine/report.js';
import { OUTCOMES, type DayCounts, type Outcome } from './model.js';

/** A finding shown for less than this and gone without an action was a word still being typed. */
export const SETTLE_MS = 1500;
/** A reply shorter than this when it was emptied was not a reply (a stray letter, a test). */
export const MIN_REPLY_CHARS = 20;

interface Finished {
  language: Language;
  audience: 'customer' | 'internal';
  steps: Record<StepId, boolean>;
  signals: Signal[];
  length: number;
}

export class DraftTracker {
  /** Per rule, when each of its findings was first seen, oldest first. */
  private readonly open = new Map<string, number[]>();
  private last: Finished | null = null;

  /** `counts` gives the batch being gathered now: it is a new one after each write. */
  constructor(private readonly counts: () => DayCounts) {}

  /**
   * A report of the draft as the agent sees it (ignored findings left out), after a pause. An empty
   * draft that held a reply was sent or cleared: the reply is finished.
   */
  observe(report: Pick<Report, 'language' | 'findings' | 'steps' | 'context'>, text: string, audience: 'customer' | 'internal', now: number): void {
    if (text.trim() === '') {
      this.finish(now);
      return;
    }
    const current = new Map<string, number>();
    for (const finding of report.findings) current.set(finding.rule, (current.get(finding.rule) ?? 0) + 1);
    for (const rule of new Set([...this.open.keys(), ...current.keys()])) {
      const seen = this.open.get(rule) ?? [];
      const now_ = current.get(rule) ?? 0;
      while (seen.length < now_) seen.push(now);
      while (seen.length > now_) {
        const since = seen.pop()!;
        if (now - since >= SETTLE_MS) this.add(rule, 'rewrote');
      }
      if (seen.length === 0) this.open.delete(rule);
      else this.open.set(rule, seen);
    }
    this.last = { language: report.language, audience, steps: report.steps, signals: report.context, length: text.trim().length };
  }

  /** Apply, or Ignore, on one finding of `rule`; `all` for every finding of the rule (turned off on the site). */
  resolved(rule: string, outcome: Exclude<Outcome, 'rewrote'>, all = false): void {
    const seen = this.open.get(rule) ?? [];
    const times = all ? Math.max(seen.length, 1) : 1;
    for (let i = 0; i < times; i++) {
      seen.shift();
      this.add(rule, outcome);
    }
    if (seen.length === 0) this.open.delete(rule);
  }

  /**
   * The reply was sent or emptied, or its composer went away: what is still flagged was left as it
   * was (ignored), and a reply to a customer counts with the steps it missed and the signals it met.
   */
  finish(now: number): void {
    for (const [rule, seen] of this.open) for (const since of seen) if (now - since >= SETTLE_MS) this.add(rule, 'ignored');
    this.open.clear();
    const last = this.last;
    this.last = null;
    if (!last || last.audience !== 'customer' || last.length < MIN_REPLY_CHARS) return;
    const { drafts, missed, signals } = this.counts();
    drafts[last.language] = (drafts[last.language] ?? 0) + 1;
    for (const step of STEPS) if (!last.steps[step]) missed[step] = (missed[step] ?? 0) + 1;
    const met = (signals[last.language] ??= {});
    for (const signal of new Set(last.signals)) met[signal] = (met[signal] ?? 0) + 1;
  }

  private add(rule: string, outcome: Outcome): void {
    const counts = (this.counts().rules[rule] ??= [0, 0, 0]);
    const at = OUTCOMES.indexOf(outcome);
    counts[at] = counts[at]! + 1;
  }
}
