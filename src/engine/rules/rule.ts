import type { Language, Localized, Signal } from '../report.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { phraseFamilies, type PhraseFamily } from '../text/phrase-families.js';
import { matchCase, opensSentence } from '../text/case.js';

/** What a rule is, for `ramah rules`, the docs and the meta test. */
export interface RuleMeta {
  id: string;
  kind: 'warning' | 'suggestion';
  /** One line: what the rule flags. */
  description: Localized;
  /** Messages by id; `{placeholders}` are filled from the finding's data. */
  messages: Record<string, Localized>;
  /** Tone rules stay quiet in internal notes, which are for colleagues. */
  quietInInternalNotes: boolean;
}

export interface RuleContext {
  draft: TextDocument;
  language: Language;
  /** The customer's last message, when known. */
  customer?: TextDocument;
  signals: ReadonlySet<Signal>;
  /** Values the page and the options know for `{customer_name}`, `{order_id}`, `{agent_name}`. */
  placeholders?: Readonly<Record<string, string | undefined>>;
}

/** A finding before the engine gives it a message: a span of the source draft and its rewordings. */
export interface RawFinding {
  start: number;
  end: number;
  messageId: string;
  suggestions: string[];
  data?: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RawFinding[];
}

/** Rewordings: one list, or one per language of the draft (for phrasings Indonesian and Malay share). */
export type Suggestions = readonly string[] | Partial<Record<Language, readonly string[]>>;

/**
 * One family of phrasings that a phrase rule flags, with the contexts where it is fine (`unlessInSentence`,
 * `unlessInDraft`, `unlessAfter`: reassurance, a negation, an alternative offered elsewhere).
 */
export interface PhrasePattern extends PhraseFamily {
  /** The languages the phrasing belongs to; its suggestions are in the same language. */
  lang: readonly Language[];
  /** Rewordings of the matched words. `$1`… insert the pattern's groups. */
  suggest: Suggestions;
  messageId?: string;
}

/** A rule made of phrase families: the common shape of the things to avoid. */
export function phraseRule(meta: RuleMeta, patterns: readonly PhrasePattern[]): Rule {
  const families = phraseFamilies(patterns);
  return {
    meta,
    check({ draft, language }) {
      const findings: RawFinding[] = [];
      const matched: Array<[number, number]> = [];
      families.each(draft, (index, start, end, m) => {
        // Two families of one rule matching the same words make one finding.
        if (matched.some(([s, e]) => start < e && s < end)) return;
        matched.push([start, end]);
        const pattern = patterns[index]!;
        const span = toSourceSpan(draft, start, end);
        const written = draft.source.slice(span.start, span.end);
        const opens = opensSentence(draft.source, span.start);
        const suggestions = suggestionsFor(pattern, language).map((s) => matchCase(written, fillGroups(s, m), opens));
        findings.push({ ...span, messageId: pattern.messageId ?? 'default', suggestions });
      });
      return findings;
    },
  };
}

function suggestionsFor(pattern: PhrasePattern, language: Language): readonly string[] {
  const suggest = pattern.suggest;
  if (isList(suggest)) return suggest;
  // In an English draft, shared Indonesian/Malay words take the pattern's first language.
  return suggest[language] ?? suggest[pattern.lang[0]!] ?? Object.values(suggest)[0] ?? [];
}

function isList(suggest: Suggestions): suggest is readonly string[] {
  return Array.isArray(suggest);
}

function fillGroups(template: string, m: RegExpMatchArray): string {
  return template.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
}
