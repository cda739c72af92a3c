import type { Failure } from './report.js';
import type { TextDocument } from './text/document.js';

/** Failures of the company that the draft or the customer's message shows. (Stub: being written.) */
export function detectFailures(_draft: TextDocument, _customer?: TextDocument): Failure[] {
  return [];
}
