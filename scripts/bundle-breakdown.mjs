#!/usr/bin/env node
// The extension's isolated-world content script by module: builds it as crxjs does (one IIFE, the config's target),
// leaves the built-in patterns' text out as the build does (`scripts/pattern-sources-out.ts`), and prints each
// module's bytes minified on its own, raw and gzipped on its own, by group (the engine's tables, lexicon, code, the
// packs, the extension's code, each package) and the largest modules. Parts gzipped alone sum to more than the file
// gzipped whole, and modules minified alone to a little more than the bundle: the figures are shares, to rank.
// Usage: node scripts/bundle-breakdown.mjs [--top N]   (after `npm run build:lib`)
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';
import { build, runnerImport } from 'vite';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 20;
const root = new URL('..', import.meta.url).pathname;
const { module: patterns } = await runnerImport(`${root}scripts/pattern-sources-out.ts`, { configFile: false, logLevel: 'silent' });
// builtEngine's imports of lib/ do not run inside vite's module runner: the same, here.
const load = (path) => import(`${root}lib/engine/${path}`);
const { builtinPrograms, loadAllBuiltins } = await load('match/compile.js');
const { patternId, programKey, PATTERN_ID_MARK } = await load('match/tables.js');
const { TABLE_KEYS } = await load('match/tables.generated.js');
(await load('index.js')).analyze('Maaf Kak.', { customerMessage: 'Saya kecewa.' });
loadAllBuiltins();
const tabled = new Set(TABLE_KEYS.split(' '));
const sources = new Set();
const untabled = new Set();
for (const [key, { entries, limits }] of builtinPrograms) {
  for (const source of entries.flat()) (tabled.has(key) && programKey(entries, limits) === key ? sources : untabled).add(source);
}
for (const source of untabled) sources.delete(source);
for (const piece of [...sources].filter((piece) => [...sources].some((source) => source !== piece && source.includes(piece)))) sources.delete(piece);
const engine = { sources, patternId, mark: PATTERN_ID_MARK };
const output = await build({
  root,
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    lib: { entry: `${root}src/extension/content/index.ts`, formats: ['iife'], name: 'index', fileName: () => 'index.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
    target: 'chrome120',
  },
});
const script = [output].flat()[0].output.find((item) => item.type === 'chunk' && item.isEntry);
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`.padStart(7);
const groupOf = (path) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `node_modules/${pkg[1]}`;
  if (path.includes('tables.generated')) return 'engine: tables (match/tables.generated)';
  if (path.includes('lexicon.generated')) return 'engine: lexicon (match/lexicon.generated)';
  if (path.startsWith('src/packs')) return 'packs (src/packs)';
  if (path.startsWith('src/engine/rules')) return 'engine: rules';
  if (path.startsWith('src/engine/signals')) return 'engine: signals';
  if (path.startsWith('src/engine')) return 'engine: the rest';
  return path.split('/').slice(0, 3).join('/');
};
const modules = Object.entries(script.modules).map(([id, info]) => {
  const path = relative(root, id.replace(/^\0/, '').replace(/\?.*$/, ''));
  const code = minifySync(path.replace(/\.\w+$/, '.js'), patterns.leavePatternsOut(info.code ?? '', path, engine)).code;
  return { path, group: groupOf(path), code, raw: Buffer.byteLength(code), gzip: gz(code) };
});
const groups = new Map();
for (const m of modules) groups.set(m.group, (groups.get(m.group) ?? '') + m.code);
const whole = patterns.leavePatternsOut(minifySync('index.js', script.code).code, 'index.js', engine);
console.log(`content script as built: ${kb(Buffer.byteLength(whole))} KB raw, ${kb(gz(whole))} KB gzip (level 9), ${modules.length} modules`);
console.log('\nBy group: KB raw, KB gzip (the group alone), share of the raw');
for (const [name, code] of [...groups].sort((a, b) => Buffer.byteLength(b[1]) - Buffer.byteLength(a[1]))) {
  console.log(`${kb(Buffer.byteLength(code))} ${kb(gz(code))}  ${((100 * Buffer.byteLength(code)) / Buffer.byteLength(whole)).toFixed(0).padStart(3)}%  ${name}`);
}
console.log(`\nThe ${top} largest modules: KB raw, KB gzip (alone)`);
for (const m of modules.sort((a, b) => b.raw - a.raw).slice(0, top)) console.log(`${kb(m.raw)} ${kb(m.gzip)}  ${m.path}`);
