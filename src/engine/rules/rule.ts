import type { Language, Localized, Signal } from '../report.js';
import { compilePattern, type PatternSource } from '../text/pattern.js';
import { sentenceAt, toSourceSpan, type TextDocument } from '../text/document.js';
import { matchCase } from '../text/case.js';

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

/** One family of phrasings that a phrase rule flags. */
export interface PhrasePattern {
  /** The languages the phrasing belongs to; its suggestions are in the same language. */
  lang: readonly Language[];
  match: PatternSource | readonly PatternSource[];
  /** Rewordings of the matched words. `$1`… insert the pattern's groups. */
  suggest: readonly string[];
  messageId?: string;
  /** The match is fine when this pattern occurs in the same sentence (reassurance, a negation, a promise). */
  unlessInSentence?: PatternSource | readonly PatternSource[];
  /** The match is fine when this pattern occurs anywhere in the draft (an alternative offered elsewhere). */
  unlessInDraft?: PatternSource | readonly PatternSource[];
  /** The match is fine when it directly follows these words (within two words), as in "bukan salah Anda". */
  unlessAfter?: PatternSource | readonly PatternSource[];
}

interface CompiledPattern {
  pattern: PhrasePattern;
  match: RegExp;
  unlessInSentence?: RegExp;
  unlessInDraft?: RegExp;
  unlessAfter?: RegExp;
}

/** A rule made of phrase families: the common shape of the things to avoid. */
export function phraseRule(meta: RuleMeta, patterns: readonly PhrasePattern[]): Rule {
  const compiled: CompiledPattern[] = patterns.map((pattern) => ({
    pattern,
    match: compilePattern(pattern.match),
    unlessInSentence: pattern.unlessInSentence ? compilePattern(pattern.unlessInSentence) : undefined,
    unlessInDraft: pattern.unlessInDraft ? compilePattern(pattern.unlessInDraft) : undefined,
    unlessAfter: pattern.unlessAfter ? new RegExp(`(?:^| )(?:${[pattern.unlessAfter].flat().join('|')})(?: [^ .!?]+){0,2} $`) : undefined,
  }));
  return {
    meta,
    check({ draft }) {
      const findings: RawFinding[] = [];
      for (const { pattern, match, unlessInSentence, unlessInDraft, unlessAfter } of compiled) {
        if (unlessInDraft && test(unlessInDraft, draft.normal)) continue;
        for (const m of draft.normal.matchAll(match)) {
          const start = m.index;
          const end = start + m[0].length;
          const sentence = sentenceAt(draft, start);
          if (unlessInSentence && test(unlessInSentence, ` ${draft.normal.slice(sentence.start, sentence.end)}`)) continue;
          if (unlessAfter && unlessAfter.test(draft.normal.slice(sentence.start - 1, start))) continue;
          const span = toSourceSpan(draft, start, end);
          const written = draft.source.slice(span.start, span.end);
          findings.push({
            ...span,
            messageId: pattern.messageId ?? 'default',
            suggestions: pattern.suggest.map((s) => matchCase(written, fillGroups(s, m))),
          });
        }
      }
      return findings;
    },
  };
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function fillGroups(template: string, m: RegExpMatchArray): string {
  return template.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
}
