/**
 * Makes the engine ready before the agent's first analysis, a slice at a time: cold, that analysis read every program
 * from the tables and ran its code for the first time in one task, a long one (well over 50 ms). The engine runs in
 * the worker (analysis.ts), which prepares it in these short steps when it starts and when a content script asks
 * (`engine-prepare`), so that its own event loop, which answers every page, is not blocked for long either.
 */
import { enginePreparation, type EnginePreparation } from '../../engine/index.js';

/** A slice's length: well under a long task (50 ms), since one step of the engine's may run past it. */
export const SLICE_MS = 8;
/** Idle time may not come (a worker has no `requestIdleCallback`, a busy context little idle time): a slice runs after this long all the same. */
export const IDLE_TIMEOUT_MS = 1000;

/** How slices are run: in idle time, or as short tasks of their own when an analysis waits. */
export interface SliceScheduler {
  idle(run: (timeLeft: () => number) => void): () => void;
  soon(run: () => void): () => void;
  now(): number;
}

export const browserScheduler: SliceScheduler = {
  idle(run) {
    if (typeof requestIdleCallback !== 'function') return this.soon(() => run(() => SLICE_MS));
    const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  },
  soon(run) {
    // A message, not `setTimeout(0)`: a chain of timeouts is held to 4 ms apart, a message runs as soon as it can.
    if (typeof MessageChannel !== 'function') {
      const handle = setTimeout(run, 0);
      return () => clearTimeout(handle);
    }
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) run();
    };
    channel.port2.postMessage(null);
    return () => {
      cancelled = true;
    };
  },
  now: () => performance.now(),
};

/** One preparation for the worker, which runs the engine for every page. */
let workerPreparation: EnginePreparation | undefined;
const preparationOfWorker = () => (workerPreparation ??= enginePreparation());

/**
 * Runs the engine's preparation (`enginePreparation`) in idle time once started (the worker starts, or a page asks). An
 * analysis asked for before the engine is ready waits for it, the rest running then as short tasks.
 */
export class EngineWarmUp {
  private cancel: (() => void) | null = null;
  private urgent = false;
  /** A step threw: analyses go on without waiting, and load what they need themselves. */
  private failed = false;
  private readonly waiting = new Map<unknown, () => void>();
  /** Analyses that waited, once released: each to run as a task of its own (`release`), by key, to cancel. */
  private readonly released = new Map<unknown, () => void>();

  constructor(
    private readonly preparation: Pick<EnginePreparation, 'ready' | 'done' | 'run'> = preparationOfWorker(),
    private readonly scheduler: SliceScheduler = browserScheduler,
    /** Told of each slice when it ends (for a User Timing measure or a trace). */
    private readonly sliced: (start: number, end: number) => void = () => {},
  ) {}

  /** Whether an analysis need not wait: the engine is ready (`EnginePreparation.ready`), or its preparation failed. */
  get ready(): boolean {
    return this.failed || this.preparation.ready;
  }

  /** Prepares in idle time from now on, until all is done (what is left once `ready` too). */
  start(): void {
    if (!this.failed && !this.preparation.done && !this.cancel) this.next();
  }

  private pause(): void {
    this.cancel?.();
    this.cancel = null;
    this.urgent = false;
  }

  /** Runs `then` once the engine is ready (now, if it is); a later call with the same key replaces an earlier one. */
  whenReady(key: unknown, then: () => void): void {
    if (this.ready) {
      this.released.get(key)?.();
      this.released.delete(key);
      then();
      return;
    }
    this.waiting.set(key, then);
    if (!this.urgent) {
      this.pause();
      this.urgent = true;
      this.next();
    }
  }

  stop(): void {
    this.pause();
    this.waiting.clear();
    for (const cancel of this.released.values()) cancel();
    this.released.clear();
  }

  private next(): void {
    this.cancel = this.urgent ? this.scheduler.soon(() => this.slice(() => SLICE_MS)) : this.scheduler.idle((timeLeft) => this.slice(timeLeft));
  }

  private slice(timeLeft: () => number): void {
    this.cancel = null;
    const started = this.scheduler.now();
    const budget = Math.min(SLICE_MS, timeLeft());
    try {
      this.preparation.run(() => this.scheduler.now() - started >= budget);
    } catch (error) {
      // The analysis loads what it needs itself, and says what is wrong where it is shown.
      console.error(error);
      this.failed = true;
      this.pause();
      this.release();
      return;
    }
    this.sliced(started, this.scheduler.now());
    if (this.ready && this.waiting.size > 0) this.release();
    if (this.preparation.done) this.urgent = false;
    else if (!this.cancel) this.next();
  }

  private release(): void {
    // What is left after `ready` goes on in idle time.
    this.urgent = false;
    // Each analysis in a task of its own, as when none waits: one that throws neither drops the others nor stops the
    // preparation, and several composers' analyses make no one long task.
    for (const [key, then] of this.waiting) {
      this.released.set(
        key,
        this.scheduler.soon(() => {
          this.released.delete(key);
          then();
        }),
      );
    }
    this.waiting.clear();
  }
}
