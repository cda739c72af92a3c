/**
 * The installed packs as the settings resolution and the engine take them, the same for the pages'
 * content scripts (background/site-config.ts) and the options page: the sound ones in storage
 * order, their rules under the engine's ids, and their rule settings under those ids too.
 */
import { parsePack } from '../../engine/packs/schema.js';
import type { Language } from '../../engine/report.js';
import type { PackLayer } from '../settings/index.js';
import type { InstalledPack } from './types.js';

export interface PackRule {
  /** As `analyze()` and the settings name it: `pack-id/rule-id`. */
  id: string;
  pack: string;
  /** The rule's message in each language the pack wrote it in, as the pack wrote it. */
  messages: Partial<Record<Language, string>>;
}

export interface PackLayers {
  layers: PackLayer[];
  /** The rules of the packs that are on (enabled, or the admin's), each id once. */
  rules: PackRule[];
  /** Each sound pack's JSON by id, as it was installed. */
  json: Map<string, unknown>;
  /** The stored packs that are no longer valid and are left out. */
  problems: string[];
}

export function packLayers(installed: readonly InstalledPack[]): PackLayers {
  const result: PackLayers = { layers: [], rules: [], json: new Map(), problems: [] };
  for (const entry of installed) {
    // Stored packs were validated on install; one corrupted since is left out, not fatal.
    const parsed = parsePack(entry.json);
    if (!parsed.ok) {
      result.problems.push(`the stored pack "${entry.id}" is no longer valid and is left out`);
      continue;
    }
    const { pack } = parsed;
    const byPolicy = entry.source.type === 'policy';
    // A pack names its own rules by their short id; the engine knows them as pack-id/rule-id.
    const own = new Set(pack.rules.map((rule) => rule.id));
    const ruleSettings = Object.fromEntries(Object.entries(pack.ruleSettings ?? {}).map(([id, setting]) => [own.has(id) ? `${pack.id}/${id}` : id, setting]));
    result.layers.push({ id: pack.id, enabled: entry.enabled, byPolicy, ruleSettings });
    result.json.set(pack.id, entry.json);
    if (!(entry.enabled || byPolicy)) continue;
    // One rule id, written once per language, is one rule.
    const rules = new Map<string, PackRule>();
    for (const rule of pack.rules) {
      const id = `${pack.id}/${rule.id}`;
      const known = rules.get(id) ?? { id, pack: pack.id, messages: {} };
      known.messages[rule.language ?? pack.languages[0]!] ??= rule.message;
      rules.set(id, known);
    }
    result.rules.push(...rules.values());
  }
  return result;
}

/** A pack rule's message in `language` when the pack has it, else in the first language it has. */
export function ruleMessage(rule: PackRule, language: string): string {
  return rule.messages[language as Language] ?? Object.values(rule.messages)[0] ?? rule.id;
}
