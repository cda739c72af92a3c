import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { bundlePlaces, escapeNonAscii, importingLoader, sharedScript, withLearnedTable, withTablePlaces, withTablesOut } from '../../scripts/bundle-lib.mjs';

// The code as JavaScript reads it: each escaped text must evaluate to what the original did.
const evaluate = (code: string): unknown => new Function(`return ${code};`)();

describe('the library bundle in ASCII', () => {
  it.each([
    ["'café…'", 'a string'],
    ["'\\é'", 'an identity escape in a string'],
    ["'\\\\é'", 'an escaped backslash, then the character'],
    ["'\\\\\\é'", 'an escaped backslash, then an identity escape'],
    ['`\\’ ${1}`', 'an identity escape in a template'],
    ["'😀'", 'a character outside the BMP'],
  ])('writes %s (%s) in ASCII, evaluating to the same', (code) => {
    const escaped: string = escapeNonAscii(code);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    expect(evaluate(escaped)).toBe(evaluate(code));
  });

  it('keeps what a regular expression matches, an identity escape included', () => {
    for (const code of ['/\\’s/', '/[’‘]/u', '/\\\\é/']) {
      const [before, after] = [evaluate(code), evaluate(escapeNonAscii(code))] as RegExp[];
      for (const text of ['it’s', '‘a', '\\é', 'é']) expect(after!.test(text), `${code} on ${text}`).toBe(before!.test(text));
    }
  });
});

describe('the shared chunk as a script (scripts/bundle-lib.mjs)', () => {
  it('returns what the chunk exported, by the names the entries import, and the entries take them from the loader', () => {
    const script: string = sharedScript('var a = 1;\nfunction b() { return a; }\nexport { a as x, b as y };\n');
    expect(script.split('\n')[1]).toBe('var a = 1;');
    expect(new Function(`return ${script}`)()()).toMatchObject({ x: 1 });
    const entry: string = importingLoader('import { x as one, y as two } from "./shared.js";\nexport { one, two };\n');
    expect(entry).toBe('import { shared as sharedCode } from "./load.js";\nconst { "x": one, "y": two } = sharedCode;\nexport { one, two };\n');
  });

  it('refuses a chunk that a script cannot run', () => {
    expect(() => sharedScript('import { q } from "x";\nexport { q as x };\n')).toThrow(/imports/);
    expect(() => sharedScript('var a = import.meta.url;\nexport { a as x };\n')).toThrow(/imports/);
    expect(() => sharedScript('var a = 1;\n')).toThrow(/export statement/);
  });
});

describe("the built-in programs' table places in the bundle (scripts/bundle-lib.mjs)", () => {
  it('are written in place of the mark compile.ts leaves, once', () => {
    expect(withTablePlaces('var a = "%RAMAH_TABLE_PLACES%";\n', [3, 0, -1])).toBe('var a = "3,0,-1";\n');
  });

  it('refuse a chunk without the mark, or with it twice', () => {
    expect(() => withTablePlaces('var a = "";\n', [1])).toThrow(/0 times/);
    expect(() => withTablePlaces('var a = "%RAMAH_TABLE_PLACES%", b = "%RAMAH_TABLE_PLACES%";\n', [1])).toThrow(/2 times/);
  });
});

describe("the tables' texts beside the shared script (scripts/bundle-lib.mjs)", () => {
  const long = (c: string) => c.repeat(5000);
  const script = sharedScript(
    `var TABLE_WORDS = "${long('a')}";\nvar TABLE_STATES = [\n\t"${long('b')}",\n\t"c"\n];\nvar TABLE_PLACES_WRITTEN = "1,2";\n` +
      `var TABLE_ODD = "${long('d')}\\u00e9";\nvar TABLE_LINES = "${long('e')}\\n";\nvar OTHER = "${long('f')}";\nexport { TABLE_WORDS as w, TABLE_STATES as s, TABLE_PLACES_WRITTEN as p, TABLE_ODD as o, TABLE_LINES as l, OTHER as x };\n`,
  );

  it('reads each long one from what the loader passes, in the script the same values as before', () => {
    const { script: out, tables } = withTablesOut(script);
    expect(tables).toEqual([long('a'), long('b'), 'c']);
    expect(out).toContain('var TABLE_WORDS = tableTexts$[0];');
    expect(out).toContain('var TABLE_STATES = tableTexts$.slice(1, 3);');
    expect(new Function(`return ${out}`)()(tables)).toEqual(new Function(`return ${script}`)()());
    expect(out.split('\n')[0]).toBe("(function (tableTexts$) { 'use strict';");
  });

  it('keeps in the script a short one, one outside ASCII or with a line break, and what is not a table', () => {
    const { script: out } = withTablesOut(script);
    for (const kept of ['TABLE_PLACES_WRITTEN = "1,2"', 'TABLE_ODD = "d', 'TABLE_LINES = "e', 'OTHER = "f']) expect(out).toContain(kept);
  });
});

describe("the learned model's table in the bundle (scripts/bundle-lib.mjs)", () => {
  it('is written in place of the mark learned/layer.ts leaves, once, or the mark kept for a model that could not be written', () => {
    expect(withLearnedTable('var a = "%RAMAH_LEARNED_TABLE%";\n', 'excuse|3|7|0.5')).toBe('var a = "excuse|3|7|0.5";\n');
    expect(withLearnedTable('var a = "%RAMAH_LEARNED_TABLE%";\n', undefined)).toBe('var a = "%RAMAH_LEARNED_TABLE%";\n');
  });

  it('refuses a chunk without the mark or with it twice, and a table a string literal would change', () => {
    expect(() => withLearnedTable('var a = "";\n', 'x')).toThrow(/0 times/);
    expect(() => withLearnedTable('var a = "%RAMAH_LEARNED_TABLE%%RAMAH_LEARNED_TABLE%";\n', 'x')).toThrow(/2 times/);
    expect(() => withLearnedTable('var a = "%RAMAH_LEARNED_TABLE%";\n', 'a"b')).toThrow(/string literal/);
  });
});

describe("the built bundle's table places, read by running it (scripts/bundle-lib.mjs)", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  // A stand-in for the bundle's engine.js, run in a process of its own as the build runs the real one.
  const bundleWith = (places: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ramah-bundle-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'engine.js'), `export function builtinTablePlaces() { ${places} }\n`);
    return dir;
  };

  it('are what the bundle finds', () => {
    expect(bundlePlaces(bundleWith('return [3, -1, 0];'))).toEqual([3, -1, 0]);
  }, 20_000);

  it('fail the build, saying to run npm run patterns, when the bundle cannot load every program', () => {
    const dir = bundleWith('throw new Error("A built-in program (k) has no compiled table, and this bundle left its patterns out");');
    expect(() => bundlePlaces(dir)).toThrow(/run `npm run patterns`.*has no compiled table/);
  }, 20_000);
});
