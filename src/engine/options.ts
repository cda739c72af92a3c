import type { AgentTier, Language, LanguageOption } from './report.js';
import type { Pack } from './packs/schema.js';

export type RuleSetting = 'off' | 'warn';

export interface AnalyzeOptions {
  /** The customer's last message, when the page shows it. */
  customerMessage?: string;
  /**
   * The customer's earlier messages in the thread, oldest first, where the page shows them: abuse in the latest
   * message and in an earlier one is abuse that continues, and calls for a hand-over.
   */
  earlierCustomerMessages?: readonly string[];
  /** The draft's language, or `auto` (the default) to detect it. */
  language?: LanguageOption;
  /**
   * The language of what the engine says to the agent: findings' messages and the guidance for the
   * customer's signals (the agent's UI language). Suggested rewordings, phrases and gestures stay in
   * the draft's language. Defaults to the draft's language.
   */
  messageLanguage?: Language;
  /** Team and personal packs, in order: a later pack overrides phrases with the same id. Built-in packs come first. */
  packs?: readonly Pack[];
  /** Leave out the built-in packs (for a team that ships all its own phrases). */
  withoutBuiltinPacks?: boolean;
  /** Leave out the learned layer's findings (for its training script, which must see the phrase rules alone). */
  withoutLearnedLayer?: boolean;
  /** Per-rule settings by rule id; rules not named are on. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** What the agent may give alone (`self`) or also with a supervisor (`approval`). Defaults to `self`. */
  tier?: AgentTier;
  /** An internal note is for colleagues: tone rules stay quiet there. */
  audience?: 'customer' | 'internal';
  /** What `{customer_name}`, `{order_id}`, `{agent_name}` stand for here, when known: a placeholder left in the draft is suggested its value. */
  placeholders?: Readonly<Record<string, string | undefined>>;
}
