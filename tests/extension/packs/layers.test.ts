import { describe, expect, test } from 'vitest';
import { packLayers, ruleMessage } from '../../../src/extension/packs/layers.js';
import type { InstalledPack } from '../../../src/extension/packs/types.js';
import { examplePack, teamPack } from './helpers.js';

function installed(json: Record<string, unknown>, extra: Partial<InstalledPack> = {}): InstalledPack {
  return {
    id: String(json.id),
    name: String(json.name),
    version: String(json.version),
    languages: json.languages as string[],
    source: { type: 'url', url: `https://packs.acme.test/${String(json.id)}.json` },
    enabled: true,
    json,
    installedAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

describe('the installed packs as layers', () => {
  test("a pack's rule settings name its own rules by short id, as the engine knows them by pack-id/rule-id; built-in ids stay", () => {
    const { layers } = packLayers([installed(teamPack({ ruleSettings: { 'no-mate': 'off', excuse: 'off' } }))]);
    expect(layers).toEqual([{ id: 'team', enabled: true, byPolicy: false, ruleSettings: { 'team/no-mate': 'off', excuse: 'off' } }]);
  });

  test('a rule written once per language is one rule, with each language’s message', () => {
    const pack = examplePack();
    const { rules } = packLayers([installed(pack)]);
    expect(rules.map((rule) => rule.id)).toEqual(['acme-support/no-delivery-promise']);
    const [rule] = rules;
    expect(Object.keys(rule!.messages).sort()).toEqual(['en', 'id', 'ms']);
    const byLanguage = (pack.rules as { language: string; message: string }[]).find((r) => r.language === 'ms')!.message;
    expect(ruleMessage(rule!, 'ms')).toBe(byLanguage);
    // A language the pack does not have: its first message.
    expect(ruleMessage({ ...rule!, messages: { id: 'Satu.' } }, 'en')).toBe('Satu.');
  });

  test("in storage order; a pack turned off keeps its layer but not its rules, the admin's always has them", () => {
    const { layers, rules, json } = packLayers([
      installed(teamPack(), { enabled: false }),
      installed(teamPack({ id: 'org', name: 'Org' }), { enabled: false, source: { type: 'policy', url: 'https://packs.acme.test/org.json' } }),
    ]);
    expect(layers.map((layer) => [layer.id, layer.enabled, layer.byPolicy])).toEqual([
      ['team', false, false],
      ['org', false, true],
    ]);
    expect(rules.map((rule) => rule.id)).toEqual(['org/no-mate']);
    expect([...json.keys()]).toEqual(['team', 'org']);
  });

  test('a stored pack that is no longer valid is left out and said', () => {
    const broken = installed(teamPack({ version: 'one' }));
    const result = packLayers([broken, installed(teamPack({ id: 'other', name: 'Other' }))]);
    expect(result.layers.map((layer) => layer.id)).toEqual(['other']);
    expect(result.problems).toEqual(['the stored pack "team" is no longer valid and is left out']);
  });
});
