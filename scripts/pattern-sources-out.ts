/**
 * Leaves the built-in token patterns' text out of a bundle: each string literal that is a built-in program's pattern
 * becomes its id (`patternId`), and the engine finds the program's compiled table by the ids (`programKey`). The tables carry everything matching needs; the text stays the rules' readable definition in the
 * sources and the modules `tsc` leaves in `lib/`, for the tests and `npm run patterns`. The extension's build and the
 * library's bundle (`scripts/bundle-lib.mjs`, what the package exports and `ramah` runs) leave it out. Reads the built
 * engine (`lib/`, built first) for which literals are patterns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import MagicString from 'magic-string';
import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

export interface BuiltEngine {
  sources: Set<string>;
  patternId: (source: string) => string;
  mark: string;
}

/**
 * Whether the built module holds the same tables as the generated source: their data as both write it (the first lines
 * are comments; tsc writes the type away and indents an array's lines its own way).
 */
export function sameTables(javascript: string, typescript: string): boolean {
  const data = (text: string) => text.split('export const TABLE_WORDS = ')[1]?.replaceAll(': readonly string[]', '').replace(/^[ \t]+/gm, '');
  return data(javascript) !== undefined && data(javascript) === data(typescript);
}

export async function builtEngine(root: string): Promise<BuiltEngine> {
  const load = (path: string) => import(pathToFileURL(resolve(root, 'lib/engine', path)).href);
  const generated = (dir: string, file: string) => readFileSync(resolve(root, dir, file), 'utf8');
  if (!sameTables(generated('lib/engine/match', 'tables.generated.js'), generated('src/engine/match', 'tables.generated.ts'))) {
    throw new Error('lib/ is older than the pattern tables: run `npm run build:lib` before building the extension');
  }
  const { builtinPrograms, loadAllBuiltins } = await load('match/compile.js');
  const { patternId, programKey, PATTERN_ID_MARK } = await load('match/tables.js');
  const { TABLE_KEYS } = await load('match/tables.generated.js');
  const { analyze } = await load('index.js');
  // Importing the engine declares every built-in program; loading them all records them, with their patterns.
  analyze('Maaf Kak.', { customerMessage: 'Saya kecewa.' });
  loadAllBuiltins();
  const tabledKeys = new Set((TABLE_KEYS as string).split(' '));
  const sources = new Set<string>();
  // A program without a table (the tables not compiled anew since its patterns changed) keeps its patterns' text, to
  // be compiled on first use, as everywhere else.
  const untabled = new Set<string>();
  for (const [key, { entries, limits }] of builtinPrograms as Map<string, { entries: (string | string[])[]; limits: unknown }>) {
    const tabled = tabledKeys.has(key) && programKey(entries, limits) === key;
    for (const source of entries.flat()) (tabled ? sources : untabled).add(source);
  }
  for (const source of untabled) sources.delete(source);
  // A literal that is also a piece of a longer pattern (`compose.ts` builds patterns from pieces) must keep its text.
  const pieces = [...sources].filter((piece) => [...sources].some((source) => source !== piece && source.includes(piece)));
  for (const piece of pieces) sources.delete(piece);
  return { sources, patternId, mark: PATTERN_ID_MARK };
}

interface LiteralNode {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  raw?: string;
  expressions?: unknown[];
  quasis?: { value: { cooked: string | null } }[];
}

/** Every string literal of a tree (and template literal without placeholders), with its text. */
function* stringLiterals(node: unknown): Generator<{ start: number; end: number; text: string }> {
  if (Array.isArray(node)) {
    for (const item of node) yield* stringLiterals(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const literal = node as LiteralNode;
  if (literal.type === 'Literal' && typeof literal.value === 'string') {
    yield { start: literal.start, end: literal.end, text: literal.value };
    return;
  }
  if (literal.type === 'TemplateLiteral' && literal.expressions?.length === 0 && literal.quasis?.[0]?.value.cooked != null) {
    yield { start: literal.start, end: literal.end, text: literal.quasis[0].value.cooked };
    return;
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'parent' && typeof value === 'object') yield* stringLiterals(value);
}

/**
 * Only patterns in the pattern language's own notation (a bracket, `|`, a class, a mark, a gap): a plain word or
 * phrase such as "terima kasih" could also be a suggestion's or a list's text, and costs little to keep.
 */
const PATTERN_NOTATION = /[()|@~+?_\\<]|\.\./;

/** The code with every built-in pattern's literal put as its id. */
export function leavePatternsOut(code: string, file: string, { sources, patternId, mark }: BuiltEngine): string {
  const out = new MagicString(code);
  for (const { start, end, text } of stringLiterals(parseAst(code, { lang: 'js' }, file))) {
    if (!sources.has(text) || !PATTERN_NOTATION.test(text)) continue;
    if (!`'"\``.includes(code[start]!) || code[end - 1] !== code[start]) throw new Error(`${file}: a pattern's literal is not where the parser put it (${start}–${end})`);
    out.overwrite(start, end, JSON.stringify(mark + patternId(text)));
  }
  return out.toString();
}

/**
 * The plugin: rewrites the bundle's JavaScript once it is written, so that it reaches the content script too, which
 * crxjs builds on its own, without the config's plugins, and adds to the bundle as a file.
 */
export function patternSourcesOut(root: string): Plugin {
  return {
    name: 'ramah:pattern-sources-out',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const engine = await builtEngine(root);
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = leavePatternsOut(file.code, file.fileName, engine);
          else if (file.fileName.endsWith('.js')) file.source = leavePatternsOut(String(file.source), file.fileName, engine);
        }
      },
    },
  };
}
