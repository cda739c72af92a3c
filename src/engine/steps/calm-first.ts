import type { Signal, StepReport } from '../report.js';
import type { Rule } from '../rules/rule.js';

/** When the customer is upset and the draft resolves without acknowledging first: calm first. (Stub: being written.) */
export function calmFirst(_steps: readonly StepReport[], _signals: ReadonlySet<Signal>): Rule | undefined {
  return undefined;
}
