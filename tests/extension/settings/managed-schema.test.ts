// Chrome refuses to load an extension whose managed_schema breaks its subset of JSON Schema, so the
// subset is checked here, before a browser ever sees it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AGENT_TIERS, EMPTY_POLICY, LANGUAGE_OPTIONS } from '../../../src/extension/settings/index.js';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as { storage: { managed_schema: string } };
const schemaFile = new URL(`public/${manifest.storage.managed_schema}`, root);
type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Node;

/** The keywords Chrome's schema validator knows (components/policy/core/common/schema.cc). */
const KEYWORDS = new Set(['type', '$ref', 'id', 'title', 'description', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern', 'required', 'sensitiveValue']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

/** Every schema node with its place, for the messages. */
function nodes(node: Node, path = '$'): Array<[string, Node]> {
  const found: Array<[string, Node]> = [[path, node]];
  for (const [name, child] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) found.push(...nodes(child, `${path}.properties.${name}`));
  for (const [name, child] of Object.entries((node.patternProperties as Record<string, Node> | undefined) ?? {})) found.push(...nodes(child, `${path}.patternProperties.${name}`));
  if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) found.push(...nodes(node.additionalProperties as Node, `${path}.additionalProperties`));
  if (node.items) found.push(...nodes(node.items as Node, `${path}.items`));
  return found;
}

describe('the managed storage schema', () => {
  test('is the file manifest.json names, and is JSON', () => {
    expect(existsSync(schemaFile)).toBe(true);
  });

  test('has an object at the top, without additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$ref');
  });

  test('has exactly one of type or $ref in every node, and only keywords Chrome knows', () => {
    for (const [path, node] of nodes(schema)) {
      expect(['type' in node, '$ref' in node].filter(Boolean), path).toHaveLength(1);
      for (const keyword of Object.keys(node)) expect(KEYWORDS.has(keyword), `${path}.${keyword}`).toBe(true);
      if ('type' in node) expect(TYPES.has(node.type as string), `${path}.type`).toBe(true);
      if (node.type === 'array') expect(node.items, `${path}.items`).toBeTypeOf('object');
      if (node.type === 'object') expect(node.properties ?? node.additionalProperties ?? node.patternProperties, path).toBeTypeOf('object');
      if ('enum' in node) {
        expect(Array.isArray(node.enum), `${path}.enum`).toBe(true);
        for (const value of node.enum as unknown[]) expect(typeof value, `${path}.enum`).toBe(node.type === 'integer' ? 'number' : node.type);
      }
      if ('additionalProperties' in node) expect(typeof node.additionalProperties, `${path}.additionalProperties`).toBe('object');
      for (const text of ['title', 'description'] as const) if (text in node) expect(typeof node[text], `${path}.${text}`).toBe('string');
    }
  });

  test('covers exactly the keys loadPolicy reads, with the same choices', () => {
    const properties = schema.properties as Record<string, Node>;
    expect(Object.keys(properties).sort()).toEqual([...Object.keys(EMPTY_POLICY), 'tier', 'language', 'breathingCard', 'message', 'recordWeek'].sort());
    expect(properties.tier!.enum).toEqual([...AGENT_TIERS]);
    expect(properties.language!.enum).toEqual([...LANGUAGE_OPTIONS]);
  });
});
