/** The plain, serialisable values the engine produces. Nothing here holds a function or a DOM node. */

export const LANGUAGES = ['id', 'ms', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageOption = Language | 'auto';

/** A text in each of the three languages. */
export type Localized = Record<Language, string>;

/** The five steps of the method, in the order they are coached. Strategy is the agent's tier, not a span of text. */
export const STEPS = ['acknowledgement', 'clarification', 'resolution', 'checkBack', 'extra'] as const;
export type StepId = (typeof STEPS)[number];

export const SIGNALS = ['upset', 'abuse', 'threat', 'escalation-request'] as const;
export type Signal = (typeof SIGNALS)[number];

export const TIERS = ['self', 'approval', 'never'] as const;
export type Tier = (typeof TIERS)[number];
/** What the agent may give: `self` alone, or also what needs a supervisor's approval. */
export type AgentTier = Exclude<Tier, 'never'>;

/** Kinds of company failure that call for "something extra". */
export const FAILURES = ['late', 'damaged', 'wrong-item', 'double-charge', 'outage', 'our-mistake'] as const;
export type Failure = (typeof FAILURES)[number];

export interface Span {
  /** UTF-16 offset into the draft, inclusive. */
  start: number;
  /** UTF-16 offset into the draft, exclusive. */
  end: number;
}

export interface Finding extends Span {
  rule: string;
  kind: 'warning' | 'suggestion';
  messageId: string;
  /** In `messageLanguage` when the caller gave one (the agent's UI language), else the draft's language. */
  message: string;
  /** Rewordings that replace `draft.slice(start, end)`, best first, in the writer's capitalisation. */
  suggestions: string[];
  /** The flagged words, as written. */
  text: string;
  /**
   * Other findings on some of the same words, merged into this one (one card per span): their rules and messages.
   * Their rewordings are in `suggestions` only when they flagged exactly the same words.
   */
  also?: MergedFinding[];
}

/** A finding merged into another that flags some of the same words. */
export interface MergedFinding {
  rule: string;
  messageId: string;
  message: string;
}

export interface StepReport {
  step: StepId;
  present: boolean;
  spans: Span[];
}

export interface Phrase {
  id: string;
  text: string;
  language: Language;
  /** The pack the phrase came from. */
  pack: string;
  step?: StepId;
  signal?: Signal;
  tags?: string[];
}

export interface SignalReport {
  signal: Signal;
  /** Where in the customer's message the signal was read. */
  spans: Span[];
  /** Advice for the agent, in `messageLanguage` when given, else the draft's language. */
  guidance: string;
  phrases: Phrase[];
}

export interface GestureOffer {
  id: string;
  text: string;
  language: Language;
  tier: Exclude<Tier, 'never'>;
  needsApproval: boolean;
  pack: string;
  /** True for the method's fallback: say you'd like to offer something and let the customer choose. */
  fallback?: boolean;
}

/**
 * Why the sidebar offers a hand-over: the customer asks for someone senior, the abuse goes on (the latest message and
 * an earlier one in the thread are abusive), or a gesture offered needs a supervisor's approval.
 */
export const HANDOVER_REASONS = ['escalation-request', 'abuse-continues', 'approval'] as const;
export type HandoverReason = (typeof HANDOVER_REASONS)[number];

export interface HandoverOffer {
  reasons: HandoverReason[];
  /**
   * Phrases for the customer that name the next step and keep the agent's ownership, in the draft's language; none
   * in an internal note, nor when only a gesture's approval is asked for.
   */
  phrases: Phrase[];
}

export interface Report {
  language: Language;
  findings: Finding[];
  /** Which steps the draft covers, keyed by step. */
  steps: Record<StepId, boolean>;
  stepDetails: StepReport[];
  /** Phrases for the missing steps, in the method's order. */
  phraseSuggestions: Phrase[];
  /** Signals read from the customer's last message. */
  context: Signal[];
  signals: SignalReport[];
  /** Failures shown by the draft or the customer's message. */
  failures: Failure[];
  gestures: GestureOffer[];
  /** The hand-over, when the customer's messages or the gestures call for one. */
  handover?: HandoverOffer;
}
