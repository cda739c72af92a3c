/**
 * The week in review's half in the page: a DraftTracker per composer, whose counts are gathered in
 * one batch and sent to the worker, which alone writes them. Never on a keystroke: the trackers see
 * reports after a typing pause, and a batch goes at most every FLUSH_MS, and when the page is hidden
 * or left. Off (the agent's choice or the admin's), nothing is gathered.
 */
import type { Report } from '../../engine/report.js';
import { ask } from '../messaging.js';
import { emptyCounts, isEmptyCounts, type DayCounts } from '../week/model.js';
import { DraftTracker } from '../week/tracker.js';

/** At most one write every few seconds, whatever the agent does. */
export const FLUSH_MS = 5000;

export class WeekRecorder {
  private readonly trackers = new WeakMap<HTMLElement, DraftTracker>();
  /** The ticket each composer's draft belongs to, as of its last report. */
  private readonly tickets = new WeakMap<HTMLElement, string>();
  private pending = emptyCounts();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly batch = () => this.pending;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(private enabled: boolean) {
    addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onHide);
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.pending = emptyCounts();
    }
  }

  private tracker(composer: HTMLElement): DraftTracker | null {
    if (!this.enabled) return null;
    let tracker = this.trackers.get(composer);
    if (!tracker) {
      tracker = new DraftTracker(this.batch);
      this.trackers.set(composer, tracker);
    }
    return tracker;
  }

  /**
   * The report of the draft as the agent sees it, after a typing pause, and the ticket it is written on. A helpdesk
   * that opens another ticket in the same composer swaps in that ticket's draft: the one before was neither sent nor
   * rewritten, so it is dropped as a discarded draft rather than its findings counted as rewritten.
   */
  observe(composer: HTMLElement, report: Report, text: string, ticket: string): void {
    const tracker = this.tracker(composer);
    if (!tracker) return;
    const before = this.tickets.get(composer);
    if (before !== undefined && before !== ticket) tracker.discard();
    this.tickets.set(composer, ticket);
    tracker.observe(report, text, Date.now());
    this.schedule();
  }

  applied(composer: HTMLElement, rule: string): void {
    this.tracker(composer)?.resolved(rule, 'applied');
    this.schedule();
  }

  ignored(composer: HTMLElement, rule: string, everyFinding = false): void {
    this.tracker(composer)?.resolved(rule, 'ignored', everyFinding);
    this.schedule();
  }

  /** The composer's reply was finished, by the rule of finished-reply.ts: the page emptied it or took it away. */
  finished(composer: HTMLElement): void {
    this.trackers.get(composer)?.finish(Date.now());
    this.schedule();
  }

  /** The composer was emptied without finishing a reply: the agent wiped it, or it held a word or two, or a note. */
  discarded(composer: HTMLElement): void {
    this.trackers.get(composer)?.discard();
  }

  /** The composer left the page; `finished` or `discarded` has said what became of its draft. */
  removed(composer: HTMLElement): void {
    this.trackers.delete(composer);
    this.tickets.delete(composer);
  }

  stop(): void {
    this.flush();
    removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onHide);
  }

  private schedule(): void {
    if (this.timer !== undefined || isEmptyCounts(this.pending)) return;
    this.timer = setTimeout(this.flushNow, FLUSH_MS);
  }

  private readonly flushNow = () => this.flush();

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.enabled || isEmptyCounts(this.pending)) return;
    const counts: DayCounts = this.pending;
    this.pending = emptyCounts();
    // A lost batch costs a few counts of the agent's own view: never worth a retry loop in the page.
    void ask({ kind: 'week-record', counts }).catch(() => {});
  }
}
