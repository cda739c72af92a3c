import { analyze } from '../analyze.js';
import type { Pack } from './schema.js';

export interface ExampleFailure {
  /** Where in the file: `examples[2]`. */
  path: string;
  message: string;
}

export interface ExampleBudget {
  /** How long all the examples may take together, in milliseconds. */
  milliseconds: number;
  /** The clock, in milliseconds. */
  now: () => number;
}

/**
 * A pack's examples run within this time together. Pack patterns are kept linear by their limits
 * (`PATTERN_LIMITS`); the budget is the second guard, so that no pack can hold up the command line or the worker.
 */
export const EXAMPLE_BUDGET: ExampleBudget = { milliseconds: 5000, now: () => Date.now() };

/** Runs a pack's own examples with the pack installed. A pack whose examples fail, or take too long, is refused. */
export function checkPackExamples(pack: Pack, installed: readonly Pack[] = [], budget: ExampleBudget = EXAMPLE_BUDGET): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const packs = [...installed.filter((p) => p.id !== pack.id), pack];
  const qualify = (rule: string) => (pack.rules.some((r) => r.id === rule) ? `${pack.id}/${rule}` : rule);
  // The first analysis compiles the patterns, a cost that depends on the machine's load, not on the pack: paid
  // before the clock starts.
  analyze('', { packs });
  const started = budget.now();
  for (const [index, example] of pack.examples.entries()) {
    const path = `examples[${index}]`;
    if (budget.now() - started > budget.milliseconds) {
      failures.push({ path, message: `the examples took longer than ${budget.milliseconds / 1000} s together; this one and those after it were not checked` });
      break;
    }
    const report = analyze(example.draft, { packs, language: example.language ?? 'auto', customerMessage: example.customer });
    const fired = new Set(report.findings.map((f) => f.rule));
    for (const rule of example.warnings) {
      if (!fired.has(qualify(rule))) failures.push({ path: `${path}.warnings`, message: `expected "${rule}" to fire on ${JSON.stringify(example.draft.slice(0, 80))}, but it did not` });
    }
    for (const rule of example.clean) {
      if (fired.has(qualify(rule))) failures.push({ path: `${path}.clean`, message: `expected "${rule}" not to fire on ${JSON.stringify(example.draft.slice(0, 80))}, but it did` });
    }
    for (const [step, want] of Object.entries(example.steps ?? {})) {
      const got = report.steps[step as keyof typeof report.steps];
      if (got !== want) failures.push({ path: `${path}.steps.${step}`, message: `expected the step to be ${want ? 'present' : 'missing'}, but it was ${got ? 'present' : 'missing'}` });
    }
  }
  return failures;
}
