import type { Signal, Span } from '../report.js';
import type { TextDocument } from '../text/document.js';

export interface SignalRead {
  signal: Signal;
  spans: Span[];
}

/** Reads the customer's message for upset, abuse, threats and requests for a manager. (Stub: being written.) */
export function readSignals(_customer: TextDocument): SignalRead[] {
  return [];
}
