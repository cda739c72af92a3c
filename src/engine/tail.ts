import type { Report, Span } from './report.js';

/**
 * The most of a draft, and of the customer's message, that the extension analyses as the agent types: the last
 * 50,000 characters. A reply is far shorter; a pasted log or a long quoted thread is cut, so that one analysis always
 * fits in a typing pause.
 */
export const MAX_ANALYZED_CHARS = 50_000;

export interface TextTail {
  text: string;
  /** Where `text` begins in the whole: add it to a span of `text` to get a span of the whole. */
  offset: number;
  /** Whether anything was cut. */
  cut: boolean;
}

/**
 * The end of a text, at most `max` characters, beginning at a line break (or else a space) where one is near, so
 * that no word or sentence is cut in half.
 */
export function tailOf(text: string, max = MAX_ANALYZED_CHARS): TextTail {
  if (text.length <= max) return { text, offset: 0, cut: false };
  let offset = text.length - max;
  const look = Math.min(2_000, max >> 2);
  const line = text.indexOf('\n', offset);
  if (line >= 0 && line - offset < look) offset = line + 1;
  else {
    const space = text.indexOf(' ', offset);
    if (space >= 0 && space - offset < look) offset = space + 1;
  }
  // Never split a surrogate pair.
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff) offset++;
  return { text: text.slice(offset), offset, cut: true };
}

/**
 * The report of a draft's tail (and of the customer message's tail), with its spans moved to where they are in the
 * whole draft and the whole message.
 */
export function reportForWhole(report: Report, draftOffset: number, customerOffset = 0): Report {
  if (draftOffset === 0 && customerOffset === 0) return report;
  const by = (offset: number) => <T extends Span>(span: T): T => ({ ...span, start: span.start + offset, end: span.end + offset });
  const inDraft = by(draftOffset);
  const inCustomer = by(customerOffset);
  return {
    ...report,
    findings: report.findings.map(inDraft),
    stepDetails: report.stepDetails.map((step) => ({ ...step, spans: step.spans.map(inDraft) })),
    signals: report.signals.map((signal) => ({ ...signal, spans: signal.spans.map(inCustomer) })),
  };
}
