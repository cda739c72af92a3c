#!/usr/bin/env node
// Lints the Firefox build (dist/firefox) with web-ext lint, as addons.mozilla.org would, and fails on
// any error and on any warning that is not in the short allow-list below.
// Run: node scripts/lint-firefox.mjs   (after `npm run build`; works offline)
//
// web-ext is called through its API rather than its CLI: the CLI asks the npm registry whether a newer
// web-ext exists, and this check must make no network request. The linter itself works offline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const SOURCE_DIR = fileURLToPath(new URL('../dist/firefox', import.meta.url));

/**
 * Warnings we cannot fix, each with why. An entry names the linter's code and the code it flags, read
 * at the reported place, so that a new warning of the same kind elsewhere still fails.
 */
const ALLOWED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, minified. It runs only
    // for elements given dangerouslySetInnerHTML, which Ramah never uses (eslint forbids it in src/).
    flagged: /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/,
    why: "Preact's dangerouslySetInnerHTML support, unused by Ramah",
  },
];

if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`No Firefox build in ${SOURCE_DIR}: run \`npm run build\` first.`);
  process.exit(1);
}

const result = await webExt.cmd.lint(
  // Not self-hosted: the stricter checks that addons.mozilla.org applies.
  { sourceDir: SOURCE_DIR, output: 'none', selfHosted: false, warningsAsErrors: false, boring: true },
  { shouldExitProgram: false },
);

/** The source that a message points at (the linter's lines and columns are ESLint's, 1-based). */
function flaggedSource(message) {
  if (!message.file || !message.line || !message.column) return '';
  const lines = readFileSync(join(SOURCE_DIR, message.file), 'utf8').split('\n');
  return (lines[message.line - 1] ?? '').slice(message.column - 1, message.column - 1 + 200);
}

function allowance(message) {
  return ALLOWED_WARNINGS.find((entry) => entry.code === message.code && entry.flagged.test(flaggedSource(message)));
}

const describe = (message) => `${message.code} ${message.file ?? ''}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}: ${message.message}`;
const failures = [...result.errors.map((message) => `error ${describe(message)}`)];
const used = new Set();
for (const warning of result.warnings) {
  const entry = allowance(warning);
  if (entry) {
    used.add(entry);
    console.log(`allowed warning ${describe(warning)} (${entry.why})`);
  } else {
    failures.push(`warning ${describe(warning)}\n  ${warning.description ?? ''}`);
  }
}
for (const notice of result.notices) console.log(`notice ${describe(notice)}`);
// An entry that no longer matches is stale: the list must say only what is true of this build.
for (const entry of ALLOWED_WARNINGS) {
  if (!used.has(entry)) failures.push(`the allow-list entry for ${entry.code} (${entry.why}) matched nothing: remove it`);
}

const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings (${used.size} allowed), ${notices} notices`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
