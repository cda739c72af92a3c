import { STEPS, type Span, type StepId, type StepReport } from '../report.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { findAcknowledgements } from './acknowledgement.js';
import { findCheckBacksAndWithoutAFix } from './check-back.js';
import { findClarifications } from './clarification.js';
import { findExtras } from './extra.js';
import { findResolutions } from './resolution.js';

/**
 * Which of the five steps the draft covers, in the method's order, with the source spans that show each. The customer's
 * message, when known, tells a fee they dispute (waiving it is the fix) from a fee waived as a gesture.
 */
export function detectSteps(draft: TextDocument, customer?: TextDocument): StepReport[] {
  return detectStepsAndCheckBacksWithoutAFix(draft, customer).steps;
}

/**
 * `detectSteps`, with the check backs that stand if the draft's resolution is judged part of its argument
 * (`stepsInAnArgument`), as source spans, made from what was already found and only when asked for.
 */
export function detectStepsAndCheckBacksWithoutAFix(
  draft: TextDocument,
  customer?: TextDocument,
): { steps: StepReport[]; checkBacksWithoutAFix: () => Span[] } {
  const resolutions = findResolutions(draft);
  const { spans: checkBacks, withoutAFix } = findCheckBacksAndWithoutAFix(draft, resolutions);
  const found: Record<StepId, Span[]> = {
    acknowledgement: findAcknowledgements(draft),
    clarification: findClarifications(draft, checkBacks, resolutions),
    resolution: resolutions,
    checkBack: checkBacks,
    extra: findExtras(draft, customer),
  };
  const steps = STEPS.map((step) => ({
    step,
    present: found[step].length > 0,
    spans: found[step].map((span) => toSourceSpan(draft, span.start, span.end)),
  }));
  return { steps, checkBacksWithoutAFix: () => withoutAFix().map((span) => toSourceSpan(draft, span.start, span.end)) };
}
