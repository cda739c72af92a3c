import { assumeWorst } from './assume-worst.js';
import { blameColleague } from './blame-colleague.js';
import { blameDepartment } from './blame-department.js';
import { counterThreat } from './counter-threat.js';
import { dismissRequest } from './dismiss-request.js';
import { dontKnow } from './dont-know.js';
import { excuse } from './excuse.js';
import { fairnessArgument } from './fairness-argument.js';
import { favorFraming } from './favor-framing.js';
import { hostileTone } from './hostile-tone.js';
import { internalCosts } from './internal-costs.js';
import { presumeSolution } from './presume-solution.js';
import type { Rule } from './rule.js';
import { unfilledPlaceholder } from './unfilled-placeholder.js';
import { warmth } from './warmth.js';

/** The things to avoid, the unfilled placeholder and warmth, sorted by id. The meta test keeps this list sorted and complete. */
export const RULES: readonly Rule[] = [
  assumeWorst,
  blameColleague,
  blameDepartment,
  counterThreat,
  dismissRequest,
  dontKnow,
  excuse,
  fairnessArgument,
  favorFraming,
  hostileTone,
  internalCosts,
  presumeSolution,
  unfilledPlaceholder,
  warmth,
];
