import { analyze } from '../analyze.js';
import type { Pack } from './schema.js';

export interface ExampleFailure {
  /** Where in the file: `examples[2]`. */
  path: string;
  message: string;
}

/** Runs a pack's own examples with the pack installed. A pack whose examples fail is refused. */
export function checkPackExamples(pack: Pack, installed: readonly Pack[] = []): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const packs = [...installed.filter((p) => p.id !== pack.id), pack];
  const qualify = (rule: string) => (pack.rules.some((r) => r.id === rule) ? `${pack.id}/${rule}` : rule);
  pack.examples.forEach((example, index) => {
    const path = `examples[${index}]`;
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
  });
  return failures;
}
