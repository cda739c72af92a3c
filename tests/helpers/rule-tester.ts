import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import type { Finding, Language, Report } from '../../src/engine/report.js';
import { RULES } from '../../src/engine/rules/index.js';
import type { Rule } from '../../src/engine/rules/rule.js';
import { contradictions } from './applied.js';

/** A draft that must be flagged: the words flagged and, where given, the first rewording applied. */
export interface InvalidCase {
  draft: string;
  /** The flagged words, as written in the draft. */
  flagged?: string;
  /**
   * The whole draft after applying the first suggestion, written out and read by a native speaker: it must be a
   * sentence they would write, which the rule then leaves alone.
   */
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

/** Whether a report flags the rule, on its own or merged into another finding on the same words. */
export const flags = (finding: Finding, id: string) => finding.rule === id || (finding.also ?? []).some((also) => also.rule === id);

/** The rule alone: its own spans and rewordings, before findings of other rules merge with them. */
export function ruleAlone(id: string): Record<string, 'off' | 'warn'> {
  return Object.fromEntries([...RULES.map((rule) => rule.meta.id), 'calm-first'].map((rule) => [rule, rule === id ? 'warn' : 'off']));
}

/** The draft with a finding's first rewording applied. */
export const applyFirst = (draft: string, finding: Finding) => draft.slice(0, finding.start) + finding.suggestions[0] + draft.slice(finding.end);

/** ESLint-style `{valid, invalid}` tables, one per language. The meta test requires all three. */
export function testRule(rule: Rule, tables: Record<Language, RuleTable>): void {
  const id = rule.meta.id;
  describe(id, () => {
    for (const language of ['id', 'ms', 'en'] as const) {
      const table = tables[language];
      describe(language, () => {
        it.each(table.valid.map((c) => (typeof c === 'string' ? { draft: c } : c)))('allows $draft', ({ draft, customer }) => {
          const fired = analyze(draft, { customerMessage: customer, language }).findings.filter((f) => flags(f, id));
          expect(fired.map((f) => f.text)).toEqual([]);
        });
        it.each(table.invalid)('flags $draft', (c) => {
          const report: Report = analyze(c.draft, { customerMessage: c.customer, language, placeholders: c.placeholders, rules: ruleAlone(id) });
          const fired = report.findings.filter((f) => f.rule === id);
          expect(fired.length, `expected ${id} on ${JSON.stringify(c.draft)}`).toBeGreaterThan(0);
          const finding = fired[0]!;
          if (c.suggests === false) expect(finding.suggestions).toEqual([]);
          else expect(finding.suggestions.length).toBeGreaterThan(0);
          expect(finding.message.length).toBeGreaterThan(0);
          if (c.flagged !== undefined) expect(finding.text).toBe(c.flagged);
          if (c.messageId !== undefined) expect(finding.messageId).toBe(c.messageId);
          if (c.output !== undefined) {
            expect(applyFirst(c.draft, finding)).toBe(c.output);
            // Read right: the rule has nothing left to say, and nothing says one thing and its opposite.
            const after = analyze(c.output, { customerMessage: c.customer, language, placeholders: c.placeholders }).findings.filter((f) => flags(f, id));
            expect(after.map((f) => f.text), `${id} still fires on ${JSON.stringify(c.output)}`).toEqual([]);
            expect(contradictions(c.output)).toEqual([]);
          }
        });
        // Every invalid case, with or without a written-out output: its first rewording settles it where it was.
        it.each(table.invalid)('applying the first rewording settles $draft', (c) => {
          const finding = analyze(c.draft, { customerMessage: c.customer, language, placeholders: c.placeholders, rules: ruleAlone(id) }).findings.find((f) => f.rule === id);
          if (!finding || finding.suggestions.length === 0) return; // the case above fails, or says there is no rewording
          const applied = applyFirst(c.draft, finding);
          const place = { start: finding.start, end: finding.start + finding.suggestions[0]!.length };
          const left = analyze(applied, { customerMessage: c.customer, language, placeholders: c.placeholders }).findings.filter((f) => flags(f, id) && f.start < place.end && place.start < f.end);
          expect(left.map((f) => f.text), `${id} still fires on ${JSON.stringify(applied)}`).toEqual([]);
          expect(contradictions(applied)).toEqual([]);
        });
      });
    }
  });
}
