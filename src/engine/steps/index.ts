import { STEPS, type StepReport } from '../report.js';
import type { TextDocument } from '../text/document.js';

/** Which of the five steps the draft covers, with the spans that show each. (Stub: being written.) */
export function detectSteps(_draft: TextDocument): StepReport[] {
  return STEPS.map((step) => ({ step, present: false, spans: [] }));
}
