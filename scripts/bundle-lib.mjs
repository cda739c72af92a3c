#!/usr/bin/env node
// Bundles the built engine and CLI (`lib/`, from tsc) into one module each, with what they share in one chunk
// (`lib/bundle/`): what the package exports and `bin/ramah.mjs` runs. Node loading the engine's 60-odd modules one by
// one (resolving, reading and compiling each) was half of its import: 85-96 -> 38-45 ms of CPU (import alone, 2 KB
// draft, three fresh processes each, 2026-12-07). The modules stay in lib/ for the scripts that read the engine's parts.
//
// valibot (the pack schema) is bundled too, the few of its functions the engine uses: imported as a package, Node
// resolved it and read and compiled all of its 206 KB module at every import (28M of the import's 282M instructions).
// And the bundle is written in ASCII (`asciiOnly`). Like the extension's, it leaves the built-in patterns' text out
// (`pattern-sources-out.ts`: the tables carry what the engine needs of them), so that loading a program hashes its
// patterns' ids, not their 500 K characters of text, to find its table, and the bundle is 300 KB smaller to compile.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { build, runnerImport } from 'vite';

/** The text `compile.ts` leaves for the table places (`TABLE_PLACES_WRITTEN`). */
const TABLE_PLACES_MARK = '%RAMAH_TABLE_PLACES%';
/** The file beside the shared script that holds its tables' texts (`withTablesOut`), as `bundle-load.mjs` reads it. */
const SHARED_TABLES = 'shared-tables.txt';
/** The shared script's parameter that holds the tables' texts: a name the bundle's own code does not use. */
const TABLE_TEXTS = 'tableTexts$';
/** A table's text shorter than this stays in the script (`TABLE_PLACES_WRITTEN`, a few KB, among them). */
const TABLE_MOVED_FROM = 4096;
/** The text `learned/layer.ts` leaves for the built-in model compiled (`LEARNED_TABLE_WRITTEN`). */
const LEARNED_TABLE_MARK = '%RAMAH_LEARNED_TABLE%';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { module: patterns } = await runnerImport(join(root, 'scripts/lib-pattern-sources.ts'), { configFile: false, logLevel: 'silent' });

/** Leaves the built-in patterns' text out of the bundle's chunks (`pattern-sources-out.ts`). */
function patternsOut() {
  return {
    name: 'ramah:lib-pattern-sources-out',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = patterns.withPatternsOut(file.code, file.fileName);
    },
  };
}

/**
 * Writes every character outside ASCII as its escape (`\u2026`), the same wherever such a character can stand in the
 * bundle (strings, template literals, regular expressions, identifiers, comments) except in a tagged template's raw
 * text, which the bundle must not have. A module with a single other character is decoded into a string of two bytes
 * a character, and V8 scans all of it so: 77 such characters (most in comments) cost 35M instructions of the import (12%).
 */
export function asciiOnly() {
  return {
    name: 'ramah:ascii-only',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !/[^\0-\x7f]/.test(file.code)) continue;
        for (const tagged of nodesOfType(parseAst(file.code, { lang: 'js' }, file.fileName), 'TaggedTemplateExpression')) {
          const text = file.code.slice(tagged.start, tagged.end);
          if (/[^\0-\x7f]/.test(text)) throw new Error(`${file.fileName}: a tagged template holds a character outside ASCII, whose raw text an escape would change: ${text.slice(0, 80)}`);
        }
        file.code = escapeNonAscii(file.code);
      }
    },
  };
}

/**
 * `code` with each UTF-16 unit outside ASCII written as its escape. One written after a backslash, an identity escape
 * (`'\é'`, `/\’/`), loses that backslash, which would otherwise escape the escape's own backslash: a backslash and
 * "u00e9" as text.
 */
export function escapeNonAscii(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) =>
    `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every node of a type in a tree. */
function* nodesOfType(node, type) {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesOfType(item, type);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (node.type === type) yield node;
  for (const [key, value] of Object.entries(node)) if (key !== 'parent' && typeof value === 'object') yield* nodesOfType(value, type);
}

/**
 * The shared chunk as a classic script for `bundle-load.mjs` (lib/bundle/load.js), which compiles it with a V8 code
 * cache (Node 20 has no code cache for modules): a function expression whose call runs the chunk's code and returns
 * what it exported, by the same names. Its wrapper is a line of its own, so that the chunk's line numbers are kept
 * (the loader's `lineOffset`). The chunk imports nothing and never reads `import.meta`, which a script could not do.
 */
export function sharedScript(chunk) {
  const exported = /\nexport \{([^}]*)\};\s*$/.exec(chunk);
  if (!exported) throw new Error('the shared chunk does not end with its one export statement');
  const body = chunk.slice(0, exported.index);
  if (/^import[\s{]/m.test(body) || body.includes('import.meta')) throw new Error('the shared chunk imports, which a classic script cannot do');
  const names = exported[1].split(',').map((name) => name.trim()).filter(Boolean).map((name) => {
    const [local, as = local] = name.split(/\s+as\s+/);
    return `${JSON.stringify(as)}: ${local}`;
  });
  return `(function () { 'use strict';\n${body}\nreturn { ${names.join(', ')} };\n})`;
}

/** An entry chunk that imports the shared one, taking it from the loader instead (`sharedScript`). */
export function importingLoader(chunk) {
  const imported = /^import \{([^}]*)\} from "\.\/shared\.js";$/m.exec(chunk);
  if (!imported) return chunk;
  const names = imported[1].split(',').map((name) => name.trim()).filter(Boolean).map((name) => {
    const [as, local = as] = name.split(/\s+as\s+/);
    return `${JSON.stringify(as)}: ${local}`;
  });
  return `${chunk.slice(0, imported.index)}import { shared as sharedCode } from "./load.js";\nconst { ${names.join(', ')} } = sharedCode;${chunk.slice(imported.index + imported[0].length)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: ['valibot'] },
    plugins: [patternsOut(), asciiOnly()],
    build: {
      ssr: true,
      target: 'node20',
      outDir: join(root, 'lib/bundle'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: { engine: join(root, 'lib/engine/index.js'), cli: join(root, 'lib/cli/main.js') },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared.js' },
      },
    },
  });
  const bundle = join(root, 'lib/bundle');
  const script = sharedScript(readFileSync(join(bundle, 'shared.js'), 'latin1'));
  unlinkSync(join(bundle, 'shared.js'));
  for (const entry of ['engine.js', 'cli.js']) writeFileSync(join(bundle, entry), importingLoader(readFileSync(join(bundle, entry), 'latin1')), 'latin1');
  // The script, its tables' texts beside it (`withTablesOut`), and the loader with the script's hash.
  const writeScript = (code) => {
    const { script: withoutTables, tables } = withTablesOut(code);
    writeFileSync(join(bundle, 'shared-script.js'), withoutTables, 'latin1');
    writeFileSync(join(bundle, SHARED_TABLES), tables.join('\n'), 'latin1');
    const sourceId = createHash('sha256').update(withoutTables).digest('hex').slice(0, 16);
    writeFileSync(join(bundle, 'load.js'), readFileSync(join(root, 'scripts/bundle-load.mjs'), 'utf8').replace('%SOURCE_ID%', sourceId));
  };
  writeScript(script);
  // Each built-in program's table place, by the order the bundle declares them in (`builtinTablePlaces`), written
  // into the bundle, so that it reads a program's table by place instead of hashing its patterns for the key; then
  // worked out again from the bundle that reads them so, which must give the same places. A program whose patterns
  // changed since the tables keeps its text in the bundle and gets place -1; a bundle that cannot load every program
  // (families removed or reordered since `npm run patterns`) would throw at its first analysis, so the build fails,
  // and leaves no bundle; nor does any other failure of these steps.
  try {
    const places = bundlePlaces(bundle);
    // The built-in learned model compiled, from the same build's modules, so that the bundle's first analysis reads
    // it instead of hashing the model's feature names (`learnedTableText`; it checks that the model is the one written).
    const { learnedTableText } = await import(pathToFileURL(join(root, 'lib/engine/learned/layer.js')).href);
    writeScript(withLearnedTable(withTablePlaces(script, places), learnedTableText()));
    if (bundlePlaces(bundle).join(',') !== places.join(',')) throw new Error('the bundle, reading its programs by the table places written into it, finds other tables than by their keys');
  } catch (error) {
    rmSync(bundle, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The built-in programs' table places (`builtinTablePlaces`) as the bundle in `dir` finds them, in a process of its
 * own; an error that says to run `npm run patterns`, with the bundle's own, when it cannot load every program.
 */
export function bundlePlaces(dir) {
  const code = `const { builtinTablePlaces } = await import(${JSON.stringify(pathToFileURL(join(dir, 'engine.js')).href)}); console.log(JSON.stringify(builtinTablePlaces()));`;
  try {
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, RAMAH_CODE_CACHE: '0' }, stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    const said = String(error.stderr ?? error.message).trim().split('\n').find((line) => /Error/.test(line)) ?? String(error.message);
    throw new Error(`bundle-lib: the bundle cannot load every built-in program from the tables, and would throw when analysing: run \`npm run patterns\` (it compiles the tables, then builds the library again). The bundle said: ${said}`, { cause: error });
  }
}

/**
 * The shared script with its tables' texts taken out: each declaration of the script's own code named `TABLE_…` whose
 * value is a string, or an array of strings, of 4 KB or more in all (the tables' module, `match/tables.generated.ts`),
 * becomes a read of `tableTexts$`, the strings the loader reads from a file beside it and passes to the script's function.
 * In the script, they were 1.2 of its 2 MB: V8 read them twice at each import, from the source and, as constants to
 * hash and intern, from the code cache (import and first analysis, CPU x0.96 in fresh processes). A text with a
 * character outside ASCII (the file is read as UTF-8, which Node decodes into a one-byte string of the heap; read as
 * Latin-1, a file over 1 MB becomes an external string, which the tables' readers, a character at a time, read 95M
 * instructions slower) or a line break (which separates them in the file) stays in the script.
 */
export function withTablesOut(script) {
  const wrapper = '(function () {';
  if (!script.startsWith(wrapper)) throw new Error("the shared script does not start with its wrapper's line");
  if (script.includes(TABLE_TEXTS)) throw new Error(`the shared script already names ${TABLE_TEXTS}`);
  const tables = [];
  const moved = [];
  for (const statement of parseAst(script, { lang: 'js' }, 'shared-script.js').body[0].expression.body.body) {
    if (statement.type !== 'VariableDeclaration' || statement.declarations.length !== 1) continue;
    const [{ id, init }] = statement.declarations;
    if (!/^TABLE_/.test(id.name) || init === null) continue;
    const strings = init.type === 'Literal' && typeof init.value === 'string' ? [init.value]
      : init.type === 'ArrayExpression' && init.elements.every((element) => element?.type === 'Literal' && typeof element.value === 'string') ? init.elements.map((element) => element.value)
      : undefined;
    if (strings === undefined || strings.reduce((sum, text) => sum + text.length, 0) < TABLE_MOVED_FROM || strings.some((text) => /[^\0-\x7f]|\n/.test(text))) continue;
    const at = tables.length;
    tables.push(...strings);
    moved.push({ start: init.start, end: init.end, read: init.type === 'Literal' ? `${TABLE_TEXTS}[${at}]` : `${TABLE_TEXTS}.slice(${at}, ${tables.length})` });
  }
  let out = '';
  let from = 0;
  for (const { start, end, read } of moved) {
    out += script.slice(from, start) + read;
    from = end;
  }
  out += script.slice(from);
  return { script: `(function (${TABLE_TEXTS}) {${out.slice(wrapper.length)}`, tables };
}

/**
 * The shared chunk with the learned model's table (`learnedTableText`: digits, letters, `-`, `.`, `+`, `,` and `|`
 * only, so that it stands in a string literal as it is) in place of the text `learned/layer.ts` marks for it; the mark
 * stays for a model that could not be written.
 */
export function withLearnedTable(script, table) {
  const marks = script.split(LEARNED_TABLE_MARK).length - 1;
  if (marks !== 1) throw new Error(`the shared chunk holds the learned table's mark ${marks} times, not once`);
  if (table === undefined) return script;
  if (!/^[\w.+,|-]*$/.test(table)) throw new Error('the learned table holds a character a string literal would change');
  return script.replace(LEARNED_TABLE_MARK, table);
}

/** The shared chunk with the table places written in place of the text `compile.ts` marks for them. */
export function withTablePlaces(script, places) {
  const marks = script.split(TABLE_PLACES_MARK).length - 1;
  if (marks !== 1) throw new Error(`the shared chunk holds the table places' mark ${marks} times, not once`);
  return script.replace(TABLE_PLACES_MARK, places.join(','));
}
