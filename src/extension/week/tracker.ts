/**
 * What became of each finding in one composer, and what the reply missed when it was finished, as
 * counts for the week in review. It sees each report after a typing pause (never a keystroke) and
 * the agent's Apply and Ignore, and keeps nothing of the draft but rule ids and times. Whether a
 * reply was finished is not its to judge: the content script tells it, by the one rule the
 * take-a-breath card follows too (content/finished-reply.ts).
 *
 * A finding is known by its rule, not its words: typing around it moves and reshapes it, and it is
 * still the same advice. When a rule's findings become fewer without an action, the newest went
 * first: a finding that lived less than SETTLE_MS was a word being typed, and is not counted.
 */
import type { Language, Report, Signal, StepId } from '../../engine/report.js';
import { STEPS } from '../../engine/report.js';
import { replyLength } from '../content/finished-reply.js';
import { OUTCOMES, type DayCounts, type Outcome } from './model.js';

/** A finding shown for less than this and gone without an action was a word still being typed. */
export const SETTLE_MS = 1500;
/** The last report of the draft, as the reply would count if it were finished now. */
interface LastSeen {
  language: Language;
  steps: Record<StepId, boolean>;
  signals: Signal[];
}

export class DraftTracker {
  /** Per rule, when each of its findings was first seen, oldest first. */
  private readonly open = new Map<string, number[]>();
  private last: LastSeen | null = null;

  /** `counts` gives the batch being gathered now: it is a new one after each write. */
  constructor(private readonly counts: () => DayCounts) {}

  /**
   * A report of the draft as the agent sees it (ignored findings left out), after a pause. An empty
   * draft changes nothing: the page sending it and the agent wiping it look the same here, and
   * `finish` or `discard` says which it was.
   */
  observe(report: Pick<Report, 'language' | 'findings' | 'steps' | 'context'>, text: string, now: number): void {
    if (replyLength(text) === 0) return;
    const current = new Map<string, number>();
    for (const finding of report.findings) current.set(finding.rule, (current.get(finding.rule) ?? 0) + 1);
    for (const rule of new Set([...this.open.keys(), ...current.keys()])) {
      const seen = this.open.get(rule) ?? [];
      const shown = current.get(rule) ?? 0;
      while (seen.length < shown) seen.push(now);
      while (seen.length > shown) {
        const since = seen.pop()!;
        if (now - since >= SETTLE_MS) this.add(rule, 'rewrote');
      }
      if (seen.length === 0) this.open.delete(rule);
      else this.open.set(rule, seen);
    }
    this.last = { language: report.language, steps: report.steps, signals: report.context };
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
   * The reply was finished (sent): what is still flagged was left in (ignored), and the reply counts
   * with the steps it missed and the signals it met.
   */
  finish(now: number): void {
    for (const [rule, seen] of this.open) for (const since of seen) if (now - since >= SETTLE_MS) this.add(rule, 'ignored');
    const last = this.last;
    this.discard();
    if (!last) return;
    const { drafts, missed, signals } = this.counts();
    drafts[last.language] = (drafts[last.language] ?? 0) + 1;
    for (const step of STEPS) if (!last.steps[step]) missed[step] = (missed[step] ?? 0) + 1;
    const met = (signals[last.language] ??= {});
    for (const signal of new Set(last.signals)) met[signal] = (met[signal] ?? 0) + 1;
  }

  /**
   * The draft was emptied or went away without being a finished reply (the agent wiped it, a word or
   * two, an internal note): it counts as no reply, and nothing in it was left in.
   */
  discard(): void {
    this.open.clear();
    this.last = null;
  }

  private add(rule: string, outcome: Outcome): void {
    const counts = (this.counts().rules[rule] ??= [0, 0, 0]);
    const at = OUTCOMES.indexOf(outcome);
    counts[at] = counts[at]! + 1;
  }
}
