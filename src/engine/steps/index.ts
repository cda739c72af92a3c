import { STEPS, type Span, type StepId, type StepReport } from '../report.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { findAcknowledgements } from './acknowledgement.js';
import { findCheckBacks } from './check-back.js';
import { findClarifications } from './clarification.js';
import { findExtras } from './extra.js';
import { findResolutions } from './resolution.js';

/**
 * Which of the five steps the draft covers, in the method's order, with the source spans that show each. The customer's
 * message, when known, tells a fee they dispute (waiving it is the fix) from a fee waived as a gesture.
 */
export function detectSteps(draft: TextDocument, customer?: TextDocument): StepReport[] {
  const resolutions = findResolutions(draft);
  const checkBacks = findCheckBacks(draft, resolutions);
  const found: Record<StepId, Span[]> = {
    acknowledgement: findAcknowledgements(draft),
    clarification: findClarifications(draft, checkBacks, resolutions),
    resolution: resolutions,
    checkBack: checkBacks,
    extra: findExtras(draft, customer),
  };
  return STEPS.map((step) => ({
    step,
    present: found[step].length > 0,
    spans: found[step].map((span) => toSourceSpan(draft, span.start, span.end)),
  }));
}
