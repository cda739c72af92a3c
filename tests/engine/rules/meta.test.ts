import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine/rules/index.js';
import { LANGUAGES } from '../../../src/engine/report.js';

// Every rule is a whole unit: metadata, messages in three languages, three-language tests, and a doc page.
const ruleFiles = readdirSync('src/engine/rules').filter((f) => f.endsWith('.ts') && !['rule.ts', 'index.ts'].includes(f));

describe('rule registry', () => {
  it('registers every rule file, sorted by id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('has the twelve things to avoid, the unfilled placeholder and warmth', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([
      'assume-worst', 'blame-colleague', 'blame-department', 'counter-threat', 'dismiss-request', 'dont-know',
      'excuse', 'fairness-argument', 'favor-framing', 'hostile-tone', 'internal-costs', 'presume-solution',
      'unfilled-placeholder', 'warmth',
    ]);
  });
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has its file name as id, and is a warning unless it only offers warmth', () => {
    expect(existsSync(`src/engine/rules/${id}.ts`)).toBe(true);
    expect(rule.meta.kind).toBe(id === 'warmth' ? 'suggestion' : 'warning');
  });

  it('has a description and every message in id, ms and en', () => {
    for (const language of LANGUAGES) {
      expect(rule.meta.description[language].trim(), `${id} description.${language}`).not.toMatch(/^(TODO)?$/);
      for (const [messageId, texts] of Object.entries(rule.meta.messages)) {
        expect(texts[language]?.trim(), `${id} messages.${messageId}.${language}`).not.toMatch(/^(TODO)?$/);
      }
    }
    expect(Object.keys(rule.meta.messages)).toContain('default');
  });

  it('has {valid, invalid} tests in all three languages', () => {
    const path = `tests/engine/rules/${id}.test.ts`;
    expect(existsSync(path), path).toBe(true);
    const source = readFileSync(path, 'utf8');
    expect(source).toMatch(/testRule\(/);
    for (const language of LANGUAGES) expect(source, `${path} ${language} table`).toMatch(new RegExp(`\\b${language}: \\{\\s*valid: \\[`));
  });

  it('has a doc page with correct and incorrect examples', () => {
    const path = `docs/rules/${id}.md`;
    expect(existsSync(path), path).toBe(true);
    const doc = readFileSync(path, 'utf8');
    expect(doc).toMatch(new RegExp(`^# ${id}\\n`));
    expect(doc).toMatch(/### Incorrect/);
    expect(doc).toMatch(/### Correct/);
  });
});
