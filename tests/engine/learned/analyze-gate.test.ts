import { describe, expect, it, vi } from 'vitest';
import * as layer from '../../../src/engine/learned/layer.js';
import { analyze } from '../../../src/engine/analyze.js';
import { RULES } from '../../../src/engine/rules/index.js';

// What analyze asks of the learned layer, with the layer itself running as it does.
vi.mock('../../../src/engine/learned/layer.js', async (original) => {
  const actual = await original<typeof import('../../../src/engine/learned/layer.js')>();
  return { ...actual, learnedFindings: vi.fn(actual.learnedFindings) };
});

const DRAFT = 'Maaf Kak, itu kesalahan pihak ekspedisi, bukan kami. Ditunggu saja ya.';

describe('analyze and the learned layer', () => {
  const settledFor = (options: Parameters<typeof analyze>[1]) => {
    vi.mocked(layer.learnedFindings).mockClear();
    analyze(DRAFT, { language: 'id', ...options });
    const [, , alreadyFound] = vi.mocked(layer.learnedFindings).mock.calls[0]!;
    return alreadyFound;
  };

  it('counts a rule switched off as found, so that the layer neither scores it nor reads on for it', () => {
    expect(settledFor({}).has('favor-framing')).toBe(false);
    expect(settledFor({ rules: { 'favor-framing': 'off' } }).has('favor-framing')).toBe(true);
  });

  it('counts a rule quiet in internal notes as found in an internal note only', () => {
    const quiet = RULES.filter((rule) => rule.meta.quietInInternalNotes).map((rule) => rule.meta.id);
    expect(quiet.length).toBeGreaterThan(0);
    for (const id of quiet) expect(settledFor({ audience: 'internal' }).has(id), id).toBe(true);
    expect(quiet.some((id) => !settledFor({}).has(id))).toBe(true);
  });

  it('passes the rules the phrase rules found as found', () => {
    const found = analyze(DRAFT, { language: 'id', withoutLearnedLayer: true }).findings.map((f) => f.rule);
    expect(found.length).toBeGreaterThan(0);
    const settled = settledFor({});
    for (const rule of found) expect(settled.has(rule), rule).toBe(true);
  });
});
