import type { Language, Localized, Signal, Span } from '../report.js';
import { compileIndexedPattern, mayOccur, occursIn, type PatternSource } from '../text/pattern.js';
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

/** Rewordings: one list, or one per language of the draft (for phrasings Indonesian and Malay share). */
export type Suggestions = readonly string[] | Partial<Record<Language, readonly string[]>>;

/** One family of phrasings that a phrase rule flags. */
export interface PhrasePattern {
  /** The languages the phrasing belongs to; its suggestions are in the same language. */
  lang: readonly Language[];
  match: PatternSource | readonly PatternSource[];
  /** Rewordings of the matched words. `$1`… insert the pattern's groups. */
  suggest: Suggestions;
  messageId?: string;
  /** The match counts only when this pattern also occurs in the same sentence ("so you'll have to wait"). */
  onlyIfInSentence?: PatternSource | readonly PatternSource[];
  /** The match is fine when this pattern occurs in the same sentence (reassurance, a negation, a promise). */
  unlessInSentence?: PatternSource | readonly PatternSource[];
  /** The match is fine when this pattern occurs anywhere in the draft (an alternative offered elsewhere). */
  unlessInDraft?: PatternSource | readonly PatternSource[];
  /** The match is fine when it directly follows these words (within two words), as in "bukan salah Anda". */
  unlessAfter?: PatternSource | readonly PatternSource[];
}

interface CompiledFamily {
  pattern: PhrasePattern;
  match: RegExp;
  onlyIfInSentence?: RegExp;
  unlessInSentence?: RegExp;
  unlessInDraft?: RegExp;
  unlessAfter?: RegExp;
}

const compileOptional = (source: PatternSource | readonly PatternSource[] | undefined) => (source ? compileIndexedPattern(source) : undefined);

/**
 * A rule made of phrase families: the common shape of the things to avoid.
 * It reads the draft once with all families together to find the sentences worth a closer look (usually none), and
 * searches only those family by family. A family is skipped outright when no word of the draft can begin it.
 */
export function phraseRule(meta: RuleMeta, patterns: readonly PhrasePattern[]): Rule {
  const families: CompiledFamily[] = patterns.map((pattern) => ({
    pattern,
    match: compileIndexedPattern(pattern.match),
    onlyIfInSentence: compileOptional(pattern.onlyIfInSentence),
    unlessInSentence: compileOptional(pattern.unlessInSentence),
    unlessInDraft: compileOptional(pattern.unlessInDraft),
    unlessAfter: pattern.unlessAfter ? new RegExp(`(?:^| )(?:${[pattern.unlessAfter].flat().join('|')})(?: [^ .!?]+){0,2} $`) : undefined,
  }));
  const anyFamily = patterns.length > 0 ? compileIndexedPattern(patterns.flatMap((p) => [p.match].flat())) : undefined;
  return {
    meta,
    check({ draft, language }) {
      const findings: RawFinding[] = [];
      if (!anyFamily || !mayOccur(anyFamily, draft)) return findings;
      const sentences = sentencesMatching(anyFamily, draft);
      if (sentences.length === 0) return findings;
      // Families often share one "unless" list (an alternative offered): test each list once per draft.
      const draftExceptions = new Map<RegExp, boolean>();
      const excusedByDraft = (unless: RegExp) => {
        let found = draftExceptions.get(unless);
        if (found === undefined) draftExceptions.set(unless, (found = mayOccur(unless, draft) && occursIn(unless, draft.normal)));
        return found;
      };
      const matched: Array<[number, number]> = [];
      for (const family of families) {
        if (!mayOccur(family.match, draft)) continue;
        if (family.unlessInDraft && excusedByDraft(family.unlessInDraft)) continue;
        const suggestions = suggestionsFor(family.pattern, language);
        for (const sentence of sentences) {
          // The sentence alone, with the space before it for the word boundaries: linear in the draft.
          const offset = sentence.start - 1;
          const text = draft.normal.slice(offset, sentence.end);
          const { match } = family;
          match.lastIndex = 0;
          for (let m = match.exec(text); m; m = match.exec(text)) {
            const start = offset + m.index;
            const end = start + m[0].length;
            // Two families of one rule matching the same words make one finding.
            if (matched.some(([s, e]) => start < e && s < end)) continue;
            if (family.onlyIfInSentence && !occursIn(family.onlyIfInSentence, text)) continue;
            if (family.unlessInSentence && occursIn(family.unlessInSentence, text)) continue;
            if (family.unlessAfter?.test(text.slice(0, m.index))) continue;
            matched.push([start, end]);
            const span = toSourceSpan(draft, start, end);
            const written = draft.source.slice(span.start, span.end);
            findings.push({ ...span, messageId: family.pattern.messageId ?? 'default', suggestions: suggestions.map((s) => matchCase(written, fillGroups(s, m))) });
          }
        }
      }
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

/** The sentences (spans of `normal`) in which the pattern matches, each once, in order. */
function sentencesMatching(pattern: RegExp, draft: TextDocument): Span[] {
  const sentences: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(draft.normal); m; m = pattern.exec(draft.normal)) {
    const sentence = sentenceAt(draft, m.index);
    sentences.push(sentence);
    pattern.lastIndex = Math.max(sentence.end, m.index + 1);
  }
  return sentences;
}

function fillGroups(template: string, m: RegExpMatchArray): string {
  return template.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
}
