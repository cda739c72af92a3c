// The team pack shipped in examples/: what a team lead starts from, so it must be sound and useful.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { BUILTIN_PACKS } from '../../../src/engine/packs/builtin.js';
import { checkPackExamples } from '../../../src/engine/packs/examples.js';
import { parsePackText, type Pack } from '../../../src/engine/packs/schema.js';
import { LANGUAGES, TIERS } from '../../../src/engine/report.js';
import { checkPackText } from '../../../src/extension/packs/validate.js';
import { EXAMPLE_PACK_PATH, examplePackText } from './helpers.js';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const result = parsePackText(examplePackText());
const pack = (result.ok ? result.pack : undefined) as Pack;

describe('examples/packs/acme-support.json', () => {
  test('passes the schema, and its examples pass with the built-in packs', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(pack.examples.length).toBeGreaterThanOrEqual(6);
    expect(checkPackExamples(pack, BUILTIN_PACKS)).toEqual([]);
    expect(checkPackText(examplePackText(), [])).toMatchObject({ ok: true, pack: { id: 'acme-support' } });
  });

  test('has phrases in every language for several steps and a signal, gestures in every tier, and a house rule', () => {
    for (const language of LANGUAGES) {
      const phrases = pack.phrases.filter((p) => p.language === language);
      expect(new Set(phrases.map((p) => p.step).filter(Boolean)).size, language).toBeGreaterThanOrEqual(3);
      expect(phrases.some((p) => p.signal), language).toBe(true);
      expect(new Set(pack.gestures.filter((g) => g.language === language).map((g) => g.tier)), language).toEqual(new Set(TIERS));
      expect(pack.rules.find((r) => r.language === language), language).toMatchObject({ message: expect.any(String), suggestions: [expect.any(String)] });
    }
  });

  test('coaches with its rule, its phrases and its gestures', () => {
    const report = analyze('Mohon maaf Kak, paketnya pasti sampai besok.', { packs: [pack], customerMessage: 'Paket saya telat seminggu!' });
    expect(report.findings.map((f) => f.rule)).toContain('acme-support/no-delivery-promise');
    expect(report.gestures.map((g) => g.id)).toContain('acme-free-shipping-voucher');
    // A gesture that needs approval is offered only to an agent who may ask for it; "never" never.
    expect(report.gestures.map((g) => g.id)).not.toContain('acme-refund-shipping');
    const approval = analyze('Mohon maaf Kak, paketnya terlambat.', { packs: [pack], customerMessage: 'Paket saya telat seminggu!', tier: 'approval' });
    expect(approval.gestures.map((g) => g.id)).toContain('acme-refund-shipping');
    expect(approval.gestures.map((g) => g.id)).not.toContain('acme-cash-transfer');
    expect(approval.phraseSuggestions.map((p) => p.id)).toContain('acme-resolve-courier-claim');
  });

  test('`npx ramah pack validate` accepts it with exit code 0', async () => {
    // execFile rejects on any other exit code.
    const { stdout } = await run('npx', ['ramah', 'pack', 'validate', EXAMPLE_PACK_PATH], { cwd: REPO_ROOT });
    expect(stdout).toMatch(/acme-support 1\.0\.0 is valid: 15 phrases, 9 gestures, 3 rules, 7 examples pass/);
  });
});
