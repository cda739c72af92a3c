import { analyze } from './analyze.js';
import { builtinLoaders, conditionLoaders, readBuiltinTables, type Program } from './match/compile.js';
import { prepareNextWordTests } from './match/matcher.js';

/**
 * Short drafts analysed once the programs are loaded, one per language, so that the code an analysis runs and the
 * structures its first runs build (closures, word roots, the lexicon's classes) are ready before the agent's own.
 */
const WARM_UP_DRAFTS: readonly { draft: string; customerMessage?: string }[] = [
  // The first run of every rule's code is the longest: on a few words first.
  { draft: 'Terima kasih, Kak.' },
  { draft: 'Mohon maaf atas ketidaknyamanannya, Kak. Itu memang salah kurir, bukan salah kami. Dananya saya proses hari ini ya.', customerMessage: 'Paket saya belum sampai juga, sudah 2 minggu! Saya kecewa banget.' },
  { draft: 'Harap maaf encik, itu kesilapan pihak kurier dan bukan salah kami. Saya akan semak semula pesanan encik.', customerMessage: 'Barang saya tak sampai lagi, dah seminggu tunggu!' },
  { draft: "Sorry for the trouble. That is the courier's fault, not ours, and we cannot refund it. I will check your order today.", customerMessage: 'My parcel still has not arrived after two weeks! This is ridiculous.' },
];

/** The engine made ready ahead of an analysis, a step at a time (`enginePreparation`). */
export interface EnginePreparation {
  /**
   * Whether an analysis now would find what it runs in memory: the tables read and the programs it always runs loaded.
   * The warm-up drafts come after: an analysis before them warms the code itself, in no longer a task than theirs.
   */
  readonly ready: boolean;
  /** Whether every step has run: the warm-up drafts, a family's conditions and every seed's next-word tests as well. */
  readonly done: boolean;
  /**
   * What the next step does (`done` once all have run): for a benchmark or a trace that times the steps by kind.
   */
  readonly stage: PreparationStage;
  /**
   * Runs steps until all have run or `enough()` (asked after each step, and within a program's tests) says to stop;
   * returns `done`. A step is reading a piece of the tables' shared index, loading one program, some of its next-word
   * tests, or one short analysis.
   */
  run(enough: () => boolean): boolean;
}

export type PreparationStage = 'tables' | 'programs' | 'warm-up' | 'conditions' | 'next-word tests' | 'done';

/**
 * Prepares what the first analysis would otherwise do at once, cold: reads the tables' shared first-token index a
 * piece at a time (the first program's load would read it all in one long task) and the built-in programs an analysis
 * always runs (`ready`); then analyses a few short drafts, so that the code has run once; then what an analysis builds
 * only as it needs it: a family's conditions, and the next-word tests of every seed (`done`). The extension's worker runs
 * it in idle time, a slice at a time, so that no slice is a long task; an analysis asked for before it is done still
 * works, loading and building what it needs itself, and finds the same.
 */
export function enginePreparation(): EnginePreparation {
  const always = builtinLoaders.filter((load) => !conditionLoaders.has(load));
  const conditions = builtinLoaders.filter((load) => conditionLoaders.has(load));
  const loaded: Program[] = [];
  // Families that share a key share one program (the tables' reader returns it again): its tests are built once.
  const loadedOnce = (program: Program) => {
    if (!loaded.includes(program)) loaded.push(program);
  };
  let tablesRead = false;
  let loader = 0;
  let warmUps = 0;
  let condition = 0;
  let tested = 0;
  let seed = 0;
  // The one place the stages' order is written: `step` does what `stage` names.
  const stage = (): PreparationStage => {
    if (!tablesRead) return 'tables';
    if (loader < always.length) return 'programs';
    if (warmUps < WARM_UP_DRAFTS.length) return 'warm-up';
    if (condition < conditions.length) return 'conditions';
    return tested < loaded.length ? 'next-word tests' : 'done';
  };
  const step = (enough: () => boolean) => {
    switch (stage()) {
      case 'tables':
        tablesRead = readBuiltinTables(enough);
        break;
      case 'programs':
        loadedOnce(always[loader++]!());
        break;
      case 'warm-up': {
        const { draft, customerMessage } = WARM_UP_DRAFTS[warmUps++]!;
        analyze(draft, { customerMessage });
        break;
      }
      case 'conditions':
        loadedOnce(conditions[condition++]!());
        break;
      case 'next-word tests':
        seed = prepareNextWordTests(loaded[tested]!, seed, enough);
        if (seed >= loaded[tested]!.seeds.length) {
          tested++;
          seed = 0;
        }
        break;
      case 'done':
        break;
    }
  };
  return {
    get ready() {
      return tablesRead && loader >= always.length;
    },
    get done() {
      return stage() === 'done';
    },
    get stage() {
      return stage();
    },
    run(enough) {
      while (stage() !== 'done') {
        step(enough);
        if (enough()) break;
      }
      return stage() === 'done';
    },
  };
}
