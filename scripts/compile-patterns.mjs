#!/usr/bin/env node
// Compiles the engine's built-in token patterns into src/engine/match/tables.generated.ts, so that the content script
// loads tables instead of parsing and compiling patterns when it starts. Reads the built engine: `npm run patterns`
// builds it, runs this, and builds it again with the tables. tests/engine/match/tables.test.ts fails when the file is
// out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The built engine's tables may be those this run replaces, even in an older format: it runs without any.
writeFileSync(
  join(root, 'lib/engine/match/tables.generated.js'),
  "export const TABLE_WORDS = '';\nexport const TABLE_SETS = '';\nexport const TABLE_BODIES = '';\nexport const TABLE_KEYS = '';\nexport const TABLE_FIRST_TOKENS = '';\nexport const TABLE_PROGRAMS = [];\nexport const TABLE_STATES = [];\nexport const TABLE_WORDS_AFTER = [];\nexport const TABLE_FORMAT = 0;\n",
);
const { builtinPrograms, compileFresh, loadAllBuiltins } = await import(join(root, 'lib/engine/match/compile.js'));
const { tablesModule } = await import(join(root, 'lib/engine/match/tables.js'));
// Importing the engine declares every built-in program; loading them all records them.
const { analyze } = await import(join(root, 'lib/engine/index.js'));
analyze('Maaf Kak.', { customerMessage: 'Saya kecewa.' });
loadAllBuiltins();
const programs = new Map([...builtinPrograms].map(([key, { entries, limits }]) => [key, compileFresh(entries, limits)]));
const path = 'src/engine/match/tables.generated.ts';
writeFileSync(join(root, path), tablesModule(programs));
console.log(`wrote ${path}: ${programs.size} programs`);
