import { SIGNALS, type Signal, type Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { sortSpans } from '../text/spans.js';
import { findAbuseSpans } from './abuse.js';
import { findEscalationSpans } from './escalation-request.js';
import { findThreatSpans } from './threat.js';
import { findUpsetSpans } from './upset.js';

export interface SignalRead {
  signal: Signal;
  /** Source spans of the customer's message. */
  spans: Span[];
}

// The customer's message stays the same while the agent types: read it once.
let last: { source: string; reads: SignalRead[] } | undefined;

/** Reads the customer's message for upset, abuse, threats and requests for a manager, in the order of SIGNALS. */
export function readSignals(customer: TextDocument): SignalRead[] {
  if (last?.source !== customer.source) last = { source: customer.source, reads: read(customer) };
  return last.reads.map(({ signal, spans }) => ({ signal, spans: spans.map((span) => ({ ...span })) }));
}

function read(customer: TextDocument): SignalRead[] {
  const abuse = findAbuseSpans(customer);
  const threat = findThreatSpans(customer);
  const found: Record<Signal, Span[]> = {
    // Someone who insults or threatens is upset, whatever words they use for it.
    upset: sortSpans([...findUpsetSpans(customer), ...abuse, ...threat]),
    abuse,
    threat,
    'escalation-request': findEscalationSpans(customer),
  };
  return SIGNALS.filter((signal) => found[signal].length > 0).map((signal) => ({ signal, spans: found[signal] }));
}
