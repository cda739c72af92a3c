// @vitest-environment happy-dom
/**
 * The engine's preparation as the worker schedules it: in idle time once started, a slice at a time, and finished in
 * short tasks when an analysis waits for it. The engine's own steps are
 * tested in tests/engine/prepare.test.ts; here a fake preparation counts them.
 */
import { describe, expect, test, vi } from 'vitest';
import { browserScheduler, EngineWarmUp, SLICE_MS, type SliceScheduler } from '../../../src/extension/background/engine-warm-up.js';

/** A preparation of `steps` steps, each taking `stepMs` on the fake clock, ready after `readyAfter` of them. */
function fakePreparation(steps: number, clock: { now: number }, stepMs = 3, readyAfter = steps) {
  let ran = 0;
  return {
    get ready() {
      return ran >= readyAfter;
    },
    get done() {
      return ran >= steps;
    },
    get ran() {
      return ran;
    },
    run(enough: () => boolean) {
      while (ran < steps) {
        ran++;
        clock.now += stepMs;
        if (enough()) break;
      }
      return ran >= steps;
    },
  };
}

/** Slices run only when the test says: idle ones with the time the browser would give, short tasks as they come. */
function fakeScheduler(clock: { now: number }) {
  const idle: ((timeLeft: () => number) => void)[] = [];
  const soon: (() => void)[] = [];
  const scheduler: SliceScheduler = {
    idle(run) {
      idle.push(run);
      return () => idle.splice(idle.indexOf(run), 1);
    },
    soon(run) {
      soon.push(run);
      return () => soon.splice(soon.indexOf(run), 1);
    },
    now: () => clock.now,
  };
  return {
    scheduler,
    idle,
    soon,
    runIdle(timeLeft = 50) {
      const started = clock.now;
      idle.shift()!(() => Math.max(0, timeLeft - (clock.now - started)));
    },
    runSoon() {
      soon.shift()!();
    },
  };
}

function setUp(steps: number, stepMs = 3, readyAfter = steps) {
  const clock = { now: 0 };
  const preparation = fakePreparation(steps, clock, stepMs, readyAfter);
  const fake = fakeScheduler(clock);
  const slices: number[] = [];
  const warmUp = new EngineWarmUp(preparation, fake.scheduler, (start, end) => slices.push(end - start));
  return { clock, preparation, fake, slices, warmUp };
}

describe('EngineWarmUp', () => {
  test('does nothing until started, then prepares in idle time, a slice of at most a few steps at a time', () => {
    const { preparation, fake, slices, warmUp } = setUp(20);
    expect(fake.idle.length + fake.soon.length).toBe(0);
    warmUp.start();
    warmUp.start();
    expect(fake.idle).toHaveLength(1);
    fake.runIdle(50);
    // 8 ms of 3 ms steps: three steps, though the browser offered 50.
    expect(preparation.ran).toBe(3);
    expect(slices).toEqual([9]);
    while (fake.idle.length > 0) fake.runIdle(50);
    expect(warmUp.ready).toBe(true);
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS + 3);
    expect(fake.soon).toHaveLength(0);
  });

  test('takes less than the idle time left, and one step when none is (the idle callback timed out)', () => {
    const { preparation, fake, warmUp } = setUp(20);
    warmUp.start();
    fake.runIdle(4);
    expect(preparation.ran).toBe(2);
    fake.runIdle(0);
    expect(preparation.ran).toBe(3);
  });

  test('an analysis asked for before it is done waits for it, the rest running as short tasks, not in idle time', () => {
    const { preparation, fake, slices, warmUp } = setUp(20);
    warmUp.start();
    fake.runIdle();
    const analysed: string[] = [];
    warmUp.whenReady('composer', () => analysed.push('first'));
    // The later ask of the same composer replaces the earlier one; another composer's is kept.
    warmUp.whenReady('composer', () => analysed.push('second'));
    warmUp.whenReady('other', () => analysed.push('other'));
    expect(fake.idle).toHaveLength(0);
    expect(fake.soon).toHaveLength(1);
    while (!preparation.done) fake.runSoon();
    // Each analysis then in a task of its own.
    expect(analysed).toEqual([]);
    expect(fake.soon).toHaveLength(2);
    fake.runSoon();
    expect(analysed).toEqual(['second']);
    fake.runSoon();
    expect(analysed).toEqual(['second', 'other']);
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS + 3);
    // Ready: at once.
    warmUp.whenReady('composer', () => analysed.push('now'));
    expect(analysed.at(-1)).toBe('now');
  });

  test('an analysis waits only until the engine is ready; the rest goes on in idle time', () => {
    const { preparation, fake, warmUp } = setUp(20, 3, 8);
    const analysed: string[] = [];
    warmUp.whenReady('composer', () => analysed.push('analysed'));
    while (fake.soon.length > 0) fake.runSoon();
    expect(analysed).toEqual(['analysed']);
    expect(preparation.ready).toBe(true);
    expect(preparation.done).toBe(false);
    expect(fake.idle).toHaveLength(1);
    // An analysis started meanwhile (the content script's starts the rest again) schedules no second slice.
    warmUp.start();
    expect(fake.idle).toHaveLength(1);
    while (fake.idle.length > 0) fake.runIdle();
    expect(preparation.done).toBe(true);
  });

  test('a step that throws lets the analyses go on without waiting', () => {
    const clock = { now: 0 };
    const fake = fakeScheduler(clock);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = {
      ready: false,
      done: false,
      run: () => {
        throw new Error('no table');
      },
    };
    const warmUp = new EngineWarmUp(failing, fake.scheduler);
    const analysed: string[] = [];
    warmUp.whenReady('composer', () => analysed.push('analysed'));
    fake.runSoon();
    expect(warmUp.ready).toBe(true);
    fake.runSoon();
    expect(analysed).toEqual(['analysed']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  test('an analysis that throws drops no other, and the preparation goes on', () => {
    const { preparation, fake, warmUp } = setUp(20, 3, 8);
    const analysed: string[] = [];
    warmUp.whenReady('composer', () => {
      analysed.push('throws');
      throw new Error('coach failed');
    });
    warmUp.whenReady('other', () => analysed.push('other'));
    const thrown: unknown[] = [];
    // As the browser does: a task that throws reports its error, and the next task runs.
    const runTasks = () => {
      while (fake.soon.length + fake.idle.length > 0) {
        try {
          if (fake.soon.length > 0) fake.runSoon();
          else fake.runIdle();
        } catch (error) {
          thrown.push(error);
        }
      }
    };
    runTasks();
    expect(analysed).toEqual(['throws', 'other']);
    expect(thrown).toEqual([new Error('coach failed')]);
    expect(preparation.done).toBe(true);
    // Near miss: none throws, none is reported.
    warmUp.whenReady('composer', () => analysed.push('again'));
    runTasks();
    expect(analysed.at(-1)).toBe('again');
    expect(thrown).toHaveLength(1);
  });

  test('a released analysis not run yet is replaced by a later ask of its composer, and cancelled by stop', () => {
    const { fake, warmUp } = setUp(2);
    const analysed: string[] = [];
    warmUp.whenReady('composer', () => analysed.push('released'));
    warmUp.whenReady('other', () => analysed.push('other'));
    fake.runSoon(); // the slice that makes it ready: both released, not run yet
    expect(warmUp.ready).toBe(true);
    warmUp.whenReady('composer', () => analysed.push('asked again'));
    expect(analysed).toEqual(['asked again']);
    warmUp.stop();
    expect(fake.soon).toHaveLength(0);
    expect(analysed).toEqual(['asked again']);
  });

  test("the browser's scheduler: requestIdleCallback with a timeout, or a short task where there is none", async () => {
    const requested: { timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, options: { timeout?: number }) => {
      requested.push(options);
      run({ didTimeout: false, timeRemaining: () => 12 });
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => {});
    let left = 0;
    browserScheduler.idle((timeLeft) => (left = timeLeft()));
    expect(left).toBe(12);
    expect(requested[0]!.timeout).toBeGreaterThan(0);
    vi.unstubAllGlobals();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran = new Promise<number>((resolve) => browserScheduler.idle((timeLeft) => resolve(timeLeft())));
    expect(await ran).toBe(SLICE_MS);
    vi.unstubAllGlobals();
  });
});
