/**
 * phraseRule's own bookkeeping: two families of one rule that match the same words make one finding, the one that
 * covers them all, and a finding replaced is that one, even where two matched spans are the same written words.
 */
import { describe, expect, it } from 'vitest';
import { phraseRule, type RuleMeta } from '../../../src/engine/rules/rule.js';
import { toDocument } from '../../../src/engine/text/document.js';

const said = { id: 'said', ms: 'said', en: 'said' };
const meta: RuleMeta = { id: 'test-phrases', kind: 'warning', description: said, messages: { default: said }, quietInInternalNotes: false };

const findingsOf = (rule: ReturnType<typeof phraseRule>, draft: string) =>
  rule.check({ draft: toDocument(draft), language: 'en', signals: new Set() }).map((f) => [f.start, f.end, f.messageId]);

describe('phraseRule', () => {
  const rule = phraseRule(meta, [
    { lang: ['en'], match: 'do', suggest: ['x'], messageId: 'do' },
    { lang: ['en'], match: 'know', suggest: ['x'], messageId: 'know' },
    { lang: ['en'], match: 'not know', suggest: ['x'], messageId: 'not-know' },
  ]);

  it('replaces the finding the longer match covers, and keeps the others', () => {
    expect(findingsOf(rule, 'I do not know.')).toEqual([
      [2, 4, 'do'],
      [5, 13, 'not-know'],
    ]);
  });

  // "dunno" reads as "do not know": the three matches are one written span. The finding replaced was looked up by
  // that span, and the first with it ("do") went instead of "know".
  it('replaces the finding the longer match covers where the matched words are one written word ("dunno")', () => {
    expect(findingsOf(rule, 'I dunno.').map(([, , id]) => id).sort()).toEqual(['do', 'not-know']);
  });
});
