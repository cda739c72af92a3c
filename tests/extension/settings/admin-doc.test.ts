// docs/admin.md shows the files of examples/policy/ as they are, and each file's Ramah values are a
// policy Ramah reads without a problem, the same on every platform.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPolicy } from '../../../src/extension/settings/index.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const doc = read('docs/admin.md');
const examples = readdirSync(new URL('examples/policy/', root)).sort();
const manifest = JSON.parse(read('manifest.json')) as { key: string };
type Json = Record<string, unknown>;
type Schema = { type: string; properties?: Record<string, Schema>; additionalProperties?: Schema; items?: Schema; enum?: unknown[] };
const schema = JSON.parse(read('public/managed-schema.json')) as Schema;

const CHROME_ID = 'pighjojaehdijiogcinpgpcicbppmlpb';
const FIREFOX_ID = 'ramah@ramah.app';

/** Chrome's id for an extension: the first 128 bits of the SHA-256 of its public key, in the letters a–p. */
function extensionId(key: string): string {
  const hash = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A Windows .reg file as a tree of keys, each with its values (strings, or numbers for dwords). */
interface RegKey {
  values: Record<string, string | number>;
  keys: Record<string, RegKey>;
}

function parseReg(text: string): RegKey {
  const tree: RegKey = { values: {}, keys: {} };
  let current: RegKey | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = section[1]!.split('\\').reduce((key, name) => (key.keys[name] ??= { values: {}, keys: {} }), tree);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (!value || !current) throw new Error(`not a .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.values[unescape(value[1]!)] = value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16);
  }
  return tree;
}

function regKey(tree: RegKey, path: string): RegKey {
  return path.split('\\').reduce((key, name) => {
    const next = key.keys[name];
    if (!next) throw new Error(`no key ${path}`);
    return next;
  }, tree);
}

/** A registry key as Chrome reads it with the extension's schema (registry_dict.cc). */
function fromRegistry(key: RegKey, node: Schema): unknown {
  if (node.type === 'array') {
    return Object.entries(key.values)
      .filter(([name]) => /^\d+$/.test(name))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, value]) => value);
  }
  const result: Json = {};
  for (const [name, value] of Object.entries(key.values)) {
    const property = node.properties?.[name] ?? node.additionalProperties;
    result[name] = property?.type === 'boolean' ? value !== 0 : value;
  }
  for (const [name, child] of Object.entries(key.keys)) {
    const property = node.properties?.[name] ?? node.additionalProperties;
    if (!property) throw new Error(`the schema has no ${name}`);
    result[name] = fromRegistry(child, property);
  }
  return result;
}

/** An XML property list's values: dict, array, string, integer, true and false. */
function parsePlist(text: string): unknown {
  const tokens = [...text.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g)].filter((token) => token[4] === undefined || token[4].trim() !== '');
  let at = 0;
  const entities = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const textUntil = (tag: string) => {
    let content = '';
    while (tokens[at] && !(tokens[at]![1] === '/' && tokens[at]![2] === tag)) content += tokens[at++]![4] ?? '';
    at++;
    return entities(content);
  };
  const value = (): unknown => {
    const [, closing, tag, selfClosing] = tokens[at++]!;
    if (closing) throw new Error(`unexpected </${tag}>`);
    if (selfClosing) {
      if (tag === 'true' || tag === 'false') return tag === 'true';
      if (tag === 'dict') return {};
      if (tag === 'array') return [];
      throw new Error(`unexpected <${tag}/>`);
    }
    switch (tag) {
      case 'plist': {
        const inner = value();
        at++;
        return inner;
      }
      case 'dict': {
        const dict: Json = {};
        while (!(tokens[at]![1] === '/' && tokens[at]![2] === 'dict')) {
          if (tokens[at++]![2] !== 'key') throw new Error('a dict entry needs a <key>');
          const name = textUntil('key');
          dict[name] = value();
        }
        at++;
        return dict;
      }
      case 'array': {
        const list: unknown[] = [];
        while (!(tokens[at]![1] === '/' && tokens[at]![2] === 'array')) list.push(value());
        at++;
        return list;
      }
      case 'string':
        return textUntil('string');
      case 'integer':
        return Number(textUntil('integer'));
      default:
        throw new Error(`unexpected <${tag}>`);
    }
  };
  return value();
}

/** The Ramah values of each example, and its install settings, read as the browser reads the file. */
function readExample(name: string): { values: Json; install?: Json } {
  const text = read(`examples/policy/${name}`);
  if (name === 'firefox-policies.json') {
    const policies = (JSON.parse(text) as { policies: Json }).policies as { '3rdparty': { Extensions: Json }; ExtensionSettings: Json };
    return { values: policies['3rdparty'].Extensions[FIREFOX_ID] as Json, install: policies.ExtensionSettings[FIREFOX_ID] as Json };
  }
  if (name.endsWith('.json')) {
    const policy = JSON.parse(text) as { '3rdparty': { extensions: Json }; ExtensionSettings?: Json };
    return { values: policy['3rdparty'].extensions[CHROME_ID] as Json, install: policy.ExtensionSettings?.[CHROME_ID] as Json | undefined };
  }
  if (name.endsWith('.reg')) {
    const tree = parseReg(text);
    const chrome = regKey(tree, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome');
    const settings = JSON.parse(String(chrome.values.ExtensionSettings)) as Json;
    return { values: fromRegistry(regKey(chrome, `3rdparty\\extensions\\${CHROME_ID}\\policy`), schema) as Json, install: settings[CHROME_ID] as Json };
  }
  if (name.endsWith('.mobileconfig')) {
    const profile = parsePlist(text) as { PayloadContent: Json[] };
    const payload = (type: string) => profile.PayloadContent.find((content) => content.PayloadType === type);
    const values = Object.fromEntries(Object.entries(payload(`com.google.Chrome.extensions.${CHROME_ID}`)!).filter(([key]) => !key.startsWith('Payload')));
    return { values, install: (payload('com.google.Chrome')!.ExtensionSettings as Json)[CHROME_ID] as Json };
  }
  throw new Error(`no reader for ${name}`);
}

/** Checks a value against the schema as Chrome would, so that no value would be dropped. */
function schemaErrors(value: unknown, node: Schema, path = ''): string[] {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
  if (type !== node.type) return [`${path}: ${type} is not ${node.type}`];
  if (node.enum && !node.enum.includes(value)) return [`${path}: ${String(value)} is not one of ${node.enum.join(', ')}`];
  if (Array.isArray(value)) return value.flatMap((item, index) => schemaErrors(item, node.items!, `${path}[${index}]`));
  if (type === 'object') {
    return Object.entries(value as Json).flatMap(([key, child]) => {
      const property = node.properties?.[key] ?? node.additionalProperties;
      return property ? schemaErrors(child, property, `${path}.${key}`) : [`${path}.${key}: not in the schema`];
    });
  }
  return [];
}

test("the pinned extension id is the manifest key's", () => {
  expect(extensionId(manifest.key)).toBe(CHROME_ID);
});

test('there are examples for Chrome on Linux, Windows and macOS, and for Firefox', () => {
  expect(examples).toEqual(['chrome-linux-locked.json', 'chrome-linux.json', 'chrome-macos.mobileconfig', 'chrome-windows.reg', 'firefox-policies.json']);
});

describe.each(examples)('examples/policy/%s', (name) => {
  test('is shown in docs/admin.md as it is', () => {
    expect(doc).toContain(`\n${read(`examples/policy/${name}`).trimEnd()}\n\`\`\``);
  });

  test("holds Ramah values that match the schema and that loadPolicy reads without a problem", () => {
    const { values } = readExample(name);
    expect(Object.keys(values).length).toBeGreaterThan(0);
    expect(schemaErrors(values, schema)).toEqual([]);
    expect(loadPolicy(values).problems).toEqual([]);
  });
});

test('every platform gets the same policy, installed the same way', () => {
  const linux = readExample('chrome-linux.json');
  for (const name of ['chrome-windows.reg', 'chrome-macos.mobileconfig', 'firefox-policies.json']) {
    const example = readExample(name);
    expect(example.values, name).toEqual(linux.values);
    expect(example.install?.installation_mode, name).toBe(linux.install?.installation_mode);
  }
  expect(loadPolicy(linux.values).value).toMatchObject({ lockOptions: false, rulesOff: { '*.zendesk.com': ['fairness-argument'] } });
  expect(loadPolicy(readExample('chrome-linux-locked.json').values).value.lockOptions).toBe(true);
});

test('the doc names every policy key', () => {
  for (const key of Object.keys(schema.properties!)) expect(doc).toContain(`| \`${key}\` |`);
});
