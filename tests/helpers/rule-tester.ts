import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import type { Language } from '../../src/engine/report.js';
import type { Rule } from '../../src/engine/rules/rule.js';

/** A draft that must be flagged: the words flagged and, where given, the first rewording applied. */
export interface InvalidCase {
  draft: string;
  /** The flagged words, as written in the draft. */
  flagged?: string;
  /** The draft after applying the first suggestion. */
  output?: string;
  messageId?: string;
  customer?: string;
  /** Placeholder values the page knows, for the rules that suggest them. */
  placeholders?: Record<string, string>;
  /** false for a warning that has no rewording to offer (a placeholder whose value is not known). */
  suggests?: false;
}

export type ValidCase = string | { draft: string; customer?: string };

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** ESLint-style `{valid, invalid}` tables, one per language. The meta test requires all three. */
export function testRule(rule: Rule, tables: Record<Language, RuleTable>): void {
  const id = rule.meta.id;
  describe(id, () => {
    for (const language of ['id', 'ms', 'en'] as const) {
      const table = tables[language];
      describe(language, () => {
        it.each(table.valid.map((c) => (typeof c === 'string' ? { draft: c } : c)))('allows $draft', ({ draft, customer }) => {
          const fired = analyze(draft, { customerMessage: customer, language }).findings.filter((f) => f.rule === id);
          expect(fired.map((f) => f.text)).toEqual([]);
        });
        it.each(table.invalid)('flags $draft', (c) => {
          const fired = analyze(c.draft, { customerMessage: c.customer, language, placeholders: c.placeholders }).findings.filter((f) => f.rule === id);
          expect(fired.length, `expected ${id} on ${JSON.stringify(c.draft)}`).toBeGreaterThan(0);
          const finding = fired[0]!;
          if (c.suggests === false) expect(finding.suggestions).toEqual([]);
          else expect(finding.suggestions.length).toBeGreaterThan(0);
          expect(finding.message.length).toBeGreaterThan(0);
          if (c.flagged !== undefined) expect(finding.text).toBe(c.flagged);
          if (c.messageId !== undefined) expect(finding.messageId).toBe(c.messageId);
          if (c.output !== undefined) {
            const applied = c.draft.slice(0, finding.start) + finding.suggestions[0] + c.draft.slice(finding.end);
            expect(applied).toBe(c.output);
          }
        });
      });
    }
  });
}
