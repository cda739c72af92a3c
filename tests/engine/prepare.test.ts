import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Engine = typeof import('../../src/engine/index.js');
type Compile = typeof import('../../src/engine/match/compile.js');

/** The engine's modules evaluated anew: nothing loaded nor prepared. */
async function freshEngine(): Promise<{ engine: Engine; compile: Compile }> {
  vi.resetModules();
  const engine = await import('../../src/engine/index.js');
  const compile = await import('../../src/engine/match/compile.js');
  return { engine, compile };
}

interface Labelled {
  draft: string;
  customer?: string;
}

const TRAIN = join(import.meta.dirname, '../corpus/train');
const DRAFTS: Labelled[] = ['a-1.jsonl', 'a-2.jsonl', 'a-3.jsonl', 'a-4.jsonl']
  .flatMap((file) => readFileSync(join(TRAIN, file), 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as Labelled)
  .slice(0, 80);

const reports = (engine: Engine) => DRAFTS.map(({ draft, customer }) => JSON.stringify(engine.analyze(draft, { customerMessage: customer })));

describe('enginePreparation', { timeout: 120_000 }, () => {
  /** What an engine finds with nothing prepared. */
  let cold: string[];
  beforeAll(async () => {
    cold = reports((await freshEngine()).engine);
  }, 120_000);

  it('reads drafts in every language, with and without a customer message', () => {
    expect(DRAFTS.length).toBe(80);
    expect(DRAFTS.filter((d) => d.customer).length).toBeGreaterThan(40);
  });

  it('loads every built-in program and builds what the first analysis would, a step at a time', async () => {
    const { engine, compile } = await freshEngine();
    const preparation = engine.enginePreparation();
    expect(preparation.done).toBe(false);
    expect(compile.builtinPrograms.size).toBe(0);
    // One step at a time: each call stops after its first step.
    let calls = 0;
    let readyAt = -1;
    let stageWhenReady = '';
    const stages = [preparation.stage];
    while (!preparation.run(() => true)) {
      calls++;
      if (preparation.ready && readyAt < 0) {
        readyAt = calls;
        stageWhenReady = preparation.stage;
      }
      if (preparation.stage !== stages.at(-1)) stages.push(preparation.stage);
    }
    if (preparation.stage !== stages.at(-1)) stages.push(preparation.stage);
    // What the next step does, in order, each stage once.
    expect(stages).toEqual(['tables', 'programs', 'warm-up', 'conditions', 'next-word tests', 'done']);
    expect(calls).toBeGreaterThan(compile.builtinLoaders.length);
    // Ready (the tables read and the programs an analysis always runs) before the warm-up drafts, the conditions and all the tests.
    expect(readyAt).toBeGreaterThan(10);
    expect(readyAt).toBeLessThan(calls / 2);
    expect(stageWhenReady).toBe('warm-up');
    const loaded = compile.builtinPrograms.size;
    compile.loadAllBuiltins();
    expect(compile.builtinPrograms.size).toBe(loaded);
    // Done stays done, and runs nothing more.
    expect(preparation.run(() => false)).toBe(true);
  });

  it('stops when asked, and goes on from there', async () => {
    const { engine, compile } = await freshEngine();
    const preparation = engine.enginePreparation();
    // The first steps read the tables' shared index, a piece each (the words, the programs it numbers, each of its
    // maps), and load no program; the step after them loads the first.
    let steps = 0;
    while (preparation.stage === 'tables') {
      expect(compile.builtinPrograms.size).toBe(0);
      preparation.run(() => true);
      steps++;
    }
    expect(steps).toBeGreaterThan(1);
    expect(preparation.stage).toBe('programs');
    expect(compile.builtinPrograms.size).toBe(0);
    preparation.run(() => true);
    expect(compile.builtinPrograms.size).toBe(1);
    expect(preparation.done).toBe(false);
    let asked = 0;
    preparation.run(() => ++asked >= 10);
    expect(asked).toBeGreaterThanOrEqual(10);
    expect(asked).toBeLessThanOrEqual(11);
    expect(preparation.done).toBe(false);
    expect(compile.builtinPrograms.size).toBeLessThan(12);
  });

  it('leaves every finding, step and signal as an unprepared engine finds them', async () => {
    const prepared = (await freshEngine()).engine;
    const preparation = prepared.enginePreparation();
    preparation.run(() => false);
    expect(preparation.done).toBe(true);
    expect(reports(prepared)).toEqual(cold);
  });

  it('analyses right when asked before it is done, and after it goes on', async () => {
    const { engine, compile } = await freshEngine();
    const preparation = engine.enginePreparation();
    // Part of the programs loaded, one of them with only some of its next-word tests built.
    while (compile.builtinPrograms.size < 10) preparation.run(() => true);
    let seeds = 0;
    preparation.run(() => ++seeds >= 3);
    expect(preparation.done).toBe(false);
    expect(reports(engine)).toEqual(cold);
    preparation.run(() => false);
    expect(preparation.done).toBe(true);
    expect(reports(engine)).toEqual(cold);
  });
});
