// Copied by scripts/bundle-lib.mjs to lib/bundle/load.js, with SOURCE_ID set to a hash of lib/bundle/shared-script.js.
// Loads the code the engine's and the CLI's bundles share as a classic script (node:vm), so that V8 can keep what it
// compiled in a code cache: the bytecode of the top-level code and of every function the process ran, written when
// the first process exits and read by the next ones, which then neither parse the 1.7 MB bundle nor compile the
// functions their first analysis runs. It is a cache and nothing more: without one (the first run, another Node
// version, another bundle, one V8 rejects), the bundle is compiled from its source as before, and a new one is
// written at exit. The cache lives in the user's own cache directory only ($XDG_CACHE_HOME/ramah or ~/.cache/ramah;
// ~/Library/Caches/ramah on macOS, %LOCALAPPDATA%\ramah on Windows), made private to the user, never anywhere else;
// RAMAH_CODE_CACHE=0 turns it off.
import { createRequire } from 'node:module';

// Required, not imported: importing node:fs as a module reads all of its exports, `promises` among them, which loads
// fs/promises (30M instructions, a tenth of the import).
const require = createRequire(import.meta.url);
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { isAbsolute, join } = require('node:path');
const { fileURLToPath } = require('node:url');
const { Script } = require('node:vm');
const { setFlagsFromString } = require('node:v8');

const SOURCE_ID = '%SOURCE_ID%';

/** The user's cache directory for ramah, made if need be and owned by the user; null if there is none to use. */
function cacheDirectory() {
  if (process.env.RAMAH_CODE_CACHE === '0') return null;
  try {
    const base =
      process.env.XDG_CACHE_HOME ||
      (process.platform === 'win32' ? process.env.LOCALAPPDATA : process.platform === 'darwin' ? join(homedir(), 'Library/Caches') : join(homedir(), '.cache'));
    // A relative path is no cache directory (the XDG spec ignores one): it would write wherever the process runs.
    if (!base || !isAbsolute(base)) return null;
    const directory = join(base, 'ramah');
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    return ownedByUser(directory) ? directory : null;
  } catch {
    return null;
  }
}

/**
 * Whether only the user could have written this (where Node knows users): code read from a cache runs as the user,
 * so a directory or file of another user (a shared HOME, a cache made by root), or one others may write to, is not used.
 */
function ownedByUser(path) {
  if (typeof process.getuid !== 'function') return true;
  const { uid, mode } = statSync(path);
  return uid === process.getuid() && (mode & 0o022) === 0;
}

const sourcePath = fileURLToPath(new URL('./shared-script.js', import.meta.url));
// As UTF-8, which Node reads straight into a string: another encoding reads a Buffer first, whose 1.7 MB of memory
// outside the heap brought a full collection forward into the first analysis (65M instructions).
const source = readFileSync(sourcePath, 'utf8');
const directory = cacheDirectory();
// V8 checks that a cache is for its own version and flags and for a source of this length; the name holds the rest
// (this bundle's hash, Node's version and architecture).
const cachePath = directory && join(directory, `engine-${SOURCE_ID}-${process.version}-${process.arch}.v8cache`);

/** The script, compiled with the cache where there is one V8 accepts (`read`), which is not kept once read. */
function compiled() {
  let cachedData;
  if (cachePath) {
    try {
      cachedData = ownedByUser(cachePath) ? readFileSync(cachePath) : undefined;
    } catch {
      cachedData = undefined;
    }
  }
  // The script's first line is its wrapper's (`bundle-lib.mjs`), so that its line numbers are the file's less one.
  const script = new Script(source, { filename: sourcePath, lineOffset: -1, cachedData });
  return { script, read: cachedData !== undefined && !script.cachedDataRejected };
}

// The cache's buffer is let go once read: kept, its memory outside the heap would count towards the next full
// collection, as the source's would.
const { script, read } = compiled();
if (cachePath && !read) {
  // At exit, so that the cache holds the functions this process compiled as well (its first analysis's).
  process.once('exit', () => {
    const temporary = `${cachePath}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, cachePath);
      forgetOldCaches(directory, cachePath);
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
    }
  });
}

/** How many caches of other bundles or Node versions are kept beside a new one (each build of the bundle writes one). */
const OTHER_CACHES_KEPT = 3;

/** Removes all but the most recent `OTHER_CACHES_KEPT` caches other than `kept` (about 2 MB each). */
function forgetOldCaches(directory, kept) {
  const others = readdirSync(directory)
    .filter((name) => /^engine-.*\.v8cache$/.test(name))
    .map((name) => join(directory, name))
    .filter((path) => path !== kept)
    .map((path) => ({ path, written: statSync(path).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const { path } of others.slice(OTHER_CACHES_KEPT)) unlinkSync(path);
}

/**
 * Whether the process chose its own compilers (`--max-opt`, `--turbofan`, `--maglev`, `--jitless`…, on the command line
 * or in NODE_OPTIONS): the loader then leaves V8's flags alone (`--max-opt=999` keeps the optimising compilers on
 * throughout).
 */
const ownTier = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => /^--(no-)?(max-opt|turbofan|maglev|opt|jitless|sparkplug)\b/.test(arg.replace(/_/g, '-')));

/**
 * V8's optimising compilers (Maglev, TurboFan) held back while the bundle's top-level code and the first analysis run,
 * and let go after (`FIRST_ANALYSIS_HOOKS` in analyze.ts): that work runs once, and optimised for that one run (TurboFan
 * on loops that never run again, code thrown away when the next draft brings other types) it took about half of the
 * first analysis's CPU time and slowed the analyses after it (fresh processes at load 8: the first analysis 143 -> 75
 * ms of CPU, the 40 after it 565 -> 148 ms). Only while the engine runs synchronously: no other code of the process
 * runs meanwhile, and later analyses are optimised as before. After the code cache is read, so that V8 checks it
 * against the flags it was written with.
 */
function setTier(flag) {
  if (ownTier) return;
  try {
    setFlagsFromString(flag);
  } catch {
    // A runtime without V8's flags: nothing to hold.
  }
}
// Both flags, each way: `--max-opt=1` turns `--turbofan` off only as an implication, which raising it again does not
// undo, and which a `--turbofan` set since overrides. Node's default is TurboFan on, Maglev off.
const holdOptimisers = () => setTier('--max-opt=1 --no-turbofan');
const freeOptimisers = () => setTier('--max-opt=999 --turbofan');

// Where `analyze` finds them (`FIRST_ANALYSIS_HOOKS` in analyze.ts), before the bundle runs: read-only and frozen, so
// that no importer of the library can replace them (run its code inside `analyze`, or keep the optimisers held for the
// whole process). A second copy of the library in the process finds them defined and keeps them.
const FIRST_ANALYSIS_HOOKS = Symbol.for('ramah.firstAnalysisHooks');
if (!Object.hasOwn(globalThis, FIRST_ANALYSIS_HOOKS)) {
  Object.defineProperty(globalThis, FIRST_ANALYSIS_HOOKS, { value: Object.freeze({ before: holdOptimisers, after: freeOptimisers }) });
}

// The tables' texts, which the build keeps beside the script in ASCII (`withTablesOut` in bundle-lib.mjs), split where it
// joined them: read as UTF-8, like the source, into a string of the heap (as Latin-1, Node makes a file over 1 MB an
// external string, which V8 reads a character at a time far slower).
const tables = readFileSync(fileURLToPath(new URL('./shared-tables.txt', import.meta.url)), 'utf8').split('\n');

function runShared() {
  holdOptimisers();
  try {
    return script.runInThisContext()(tables);
  } finally {
    freeOptimisers();
  }
}

/** What the shared code exports, by the names the bundle's chunks import it under. */
export const shared = runShared();
