import type { Span } from './report.js';
import { compilePattern, patternBody, type PatternSource } from './text/pattern.js';
import { sentenceAt, toSourceSpan, type TextDocument } from './text/document.js';

/**
 * A family of phrasings that shows something (a signal in the customer's message, a failure in a draft), with the
 * contexts where the words mean something else: a negation, a literal sense, a self-directed remark.
 */
export interface PhraseFamily {
  match: PatternSource | readonly PatternSource[];
  /** Not this family when the same sentence holds this pattern. */
  unlessInSentence?: PatternSource | readonly PatternSource[];
  /** Not when the match directly follows these words (within two words), as in "tidak kecewa" or "not late". */
  unlessAfter?: PatternSource | readonly PatternSource[];
}

/** Finds the families in a document; returns source spans in order of position. */
export type SpanFinder = (doc: TextDocument) => Span[];

interface CompiledFamily {
  match: RegExp;
  unlessInSentence?: RegExp;
  unlessAfter?: RegExp;
}

export function spanFinder(families: readonly PhraseFamily[]): SpanFinder {
  const compiled = families.map(compileFamily);
  return (doc) => {
    const spans: Span[] = [];
    for (const family of compiled) {
      eachMatch(family, doc, (start, end) => {
        spans.push(toSourceSpan(doc, start, end));
        return true;
      });
    }
    return sortSpans(spans);
  };
}

/** Whether any of the families occurs: stops at the first match, for callers that need no spans. */
export function phraseTester(families: readonly PhraseFamily[]): (doc: TextDocument) => boolean {
  const compiled = families.map(compileFamily);
  return (doc) => {
    let found = false;
    for (const family of compiled) {
      eachMatch(family, doc, () => {
        found = true;
        return false;
      });
      if (found) return true;
    }
    return false;
  };
}

function compileFamily(family: PhraseFamily): CompiledFamily {
  return {
    match: compilePattern(family.match),
    unlessInSentence: family.unlessInSentence ? compilePattern(family.unlessInSentence) : undefined,
    unlessAfter: family.unlessAfter ? new RegExp(`(?:^| )(?:${[family.unlessAfter].flat().map(patternBody).join('|')})(?: [^ .!?]+){0,2} $`) : undefined,
  };
}

/** Calls `accept` with each match (a span of `normal`) that no exception rules out, until it returns false. */
function eachMatch({ match, unlessInSentence, unlessAfter }: CompiledFamily, doc: TextDocument, accept: (start: number, end: number) => boolean): void {
  for (const m of doc.normal.matchAll(match)) {
    const start = m.index;
    const sentence = sentenceAt(doc, start);
    if (unlessInSentence) {
      unlessInSentence.lastIndex = 0;
      if (unlessInSentence.test(` ${doc.normal.slice(sentence.start, sentence.end)}`)) continue;
    }
    if (unlessAfter && unlessAfter.test(doc.normal.slice(Math.max(0, sentence.start - 1), start))) continue;
    if (!accept(start, start + m[0].length)) return;
  }
}

/** Spans in order, without repeats. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((span, i) => i === 0 || span.start !== sorted[i - 1]!.start || span.end !== sorted[i - 1]!.end);
}
