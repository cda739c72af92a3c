import type { GestureOffer, HandoverOffer, HandoverReason, Language, Phrase, Signal } from './report.js';
import { findAbuseSpans } from './signals/abuse.js';
import { toDocument } from './text/document.js';
import { tailOf } from './tail.js';

/**
 * Know your limits: when the sidebar offers to hand the ticket over, and what to tell the customer then. Escalating
 * is not failing: a customer who asks for someone senior, or who keeps insulting the agent, is handed over with a
 * summary, and a gesture the agent may not give alone goes to the supervisor with the same summary.
 */

/** The tag of the pack phrases for the customer that name the next step and keep the agent's ownership. */
export const HANDOVER_TAG = 'handover';

/** How far back the thread is read for earlier abuse: enough for a long chat, bounded for a pasted history. */
const MAX_EARLIER_MESSAGES = 20;
/** An earlier message is read at its end only, as the customer's latest message is. */
const MAX_EARLIER_CHARS = 10_000;

// The thread's earlier messages stay the same while the agent types: each is read once.
const abusiveCache = new Map<string, boolean>();
const MAX_CACHED = 64;

function isAbusive(message: string): boolean {
  let abusive = abusiveCache.get(message);
  if (abusive === undefined) {
    abusive = findAbuseSpans(toDocument(tailOf(message, MAX_EARLIER_CHARS).text)).length > 0;
    if (abusiveCache.size >= MAX_CACHED) abusiveCache.delete(abusiveCache.keys().next().value!);
    abusiveCache.set(message, abusive);
  }
  return abusive;
}

/** Whether any of the customer's earlier messages (oldest first) was abusive; only the latest few are read. */
export function abusedBefore(earlierMessages: readonly string[]): boolean {
  return earlierMessages.slice(-MAX_EARLIER_MESSAGES).some(isAbusive);
}

/**
 * Whether the abuse continues: the customer's latest message is abusive and an earlier one in the thread was too.
 * `customerMessages` are the thread's customer messages, oldest first, the latest last.
 */
export function abuseContinues(customerMessages: readonly string[]): boolean {
  const latest = customerMessages.at(-1);
  return latest !== undefined && isAbusive(latest) && abusedBefore(customerMessages.slice(0, -1));
}

export interface HandoverInput {
  /** The signals of the customer's latest message. */
  signals: ReadonlySet<Signal>;
  /** The customer's earlier messages in the thread, oldest first, where the page shows them. */
  earlierCustomerMessages?: readonly string[];
  /** The gestures offered to the agent: those needing approval go to the supervisor. */
  gestures: readonly GestureOffer[];
  language: Language;
  /** The built-in and team phrases tagged `tag`, in `language`. */
  phrasesTagged(tag: string, language: Language): readonly Phrase[];
  /** An internal note is read by colleagues only: it gets no phrase for the customer. */
  internal: boolean;
}

/** The hand-over the sidebar offers, or undefined when nothing calls for one. */
export function handoverOffer(input: HandoverInput): HandoverOffer | undefined {
  const reasons: HandoverReason[] = [];
  if (input.signals.has('escalation-request')) reasons.push('escalation-request');
  if (input.signals.has('abuse') && abusedBefore(input.earlierCustomerMessages ?? [])) reasons.push('abuse-continues');
  if (input.gestures.some((gesture) => gesture.needsApproval)) reasons.push('approval');
  if (reasons.length === 0) return undefined;
  // Approval alone is asked of the supervisor, not announced to the customer.
  const forCustomer = !input.internal && reasons.some((reason) => reason !== 'approval');
  return { reasons, phrases: forCustomer ? [...input.phrasesTagged(HANDOVER_TAG, input.language)] : [] };
}
