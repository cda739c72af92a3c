import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const built = existsSync(join(ROOT, 'lib/bundle/load.js'));

/** Imports the engine as the package exports it, in a fresh process with this cache home, and analyses a draft. */
async function analyseWith(cacheHome: string, env: Record<string, string> = {}): Promise<unknown> {
  const script = "const { analyze } = await import('ramah'); console.log(JSON.stringify(analyze('Mohon maaf, itu salah kurir, bukan salah kami. I have no idea.')));";
  const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, XDG_CACHE_HOME: cacheHome, RAMAH_CODE_CACHE: '', ...env } });
  return JSON.parse(stdout);
}

const cacheFiles = (home: string) => (existsSync(join(home, 'ramah')) ? readdirSync(join(home, 'ramah')) : []);

describe.skipIf(!built)(`the bundle's code cache${built ? '' : ' (skipped: lib/bundle/ is not built; run `npm run build:lib`)'}`, () => {
  it("is written to the user's cache directory at the first process's exit, private to the user, and read by the next", async () => {
    const home = mkdtempSync(join(tmpdir(), 'ramah-cache-'));
    const first = await analyseWith(home);
    expect(JSON.stringify(first)).toContain('blame-department');
    const [name, ...others] = cacheFiles(home);
    expect(others).toEqual([]);
    expect(name).toMatch(new RegExp(`^engine-[0-9a-f]{16}-${process.version}-${process.arch}\\.v8cache$`));
    const path = join(home, 'ramah', name!);
    expect(statSync(join(home, 'ramah')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const written = statSync(path).mtimeMs;
    // Read and accepted by V8: a rejected cache would be written again.
    expect(await analyseWith(home)).toEqual(first);
    expect(statSync(path).mtimeMs).toBe(written);
  });

  it('keeps the three most recent caches of other bundles or Node versions beside its own, and removes the rest', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ramah-cache-'));
    mkdirSync(join(home, 'ramah'), { mode: 0o700 });
    const old = ['engine-0000000000000001-v0-x.v8cache', 'engine-0000000000000002-v0-x.v8cache', 'engine-0000000000000003-v0-x.v8cache', 'engine-0000000000000004-v0-x.v8cache'];
    old.forEach((name, i) => {
      writeFileSync(join(home, 'ramah', name), 'old', { mode: 0o600 });
      utimesSync(join(home, 'ramah', name), 1_000_000 + i, 1_000_000 + i);
    });
    writeFileSync(join(home, 'ramah', 'notes.txt'), 'not a cache', { mode: 0o600 });
    await analyseWith(home);
    const left = cacheFiles(home);
    expect(left.filter((name) => old.includes(name)).sort()).toEqual(old.slice(1));
    expect(left).toContain('notes.txt');
    expect(left.filter((name) => !old.includes(name) && name !== 'notes.txt')).toHaveLength(1);
  });

  it('is written anew when V8 cannot use it, and the engine analyses as before', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ramah-cache-'));
    const first = await analyseWith(home);
    const path = join(home, 'ramah', cacheFiles(home)[0]!);
    writeFileSync(path, Buffer.alloc(4096, 7), { mode: 0o600 });
    expect(await analyseWith(home)).toEqual(first);
    expect(statSync(path).size).toBeGreaterThan(100_000);
  });

  it('is neither read nor written in a directory others may write to, under a relative XDG_CACHE_HOME, nor when turned off', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ramah-cache-'));
    const expected = await analyseWith(mkdtempSync(join(tmpdir(), 'ramah-cache-')));
    mkdirSync(join(home, 'ramah'));
    chmodSync(join(home, 'ramah'), 0o777);
    expect(await analyseWith(home)).toEqual(expected);
    expect(cacheFiles(home)).toEqual([]);
    const relative = mkdtempSync(join(tmpdir(), 'ramah-cwd-'));
    const { stdout } = await run('node', ['--input-type=module', '-e', `const { analyze } = await import(${JSON.stringify(join(ROOT, 'lib/bundle/engine.js'))}); console.log(JSON.stringify(analyze('Mohon maaf, itu salah kurir, bukan salah kami. I have no idea.')));`], { cwd: relative, env: { ...process.env, XDG_CACHE_HOME: 'cache', RAMAH_CODE_CACHE: '' } });
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(readdirSync(relative)).toEqual([]);
    const off = mkdtempSync(join(tmpdir(), 'ramah-cache-'));
    expect(await analyseWith(off, { RAMAH_CODE_CACHE: '0' })).toEqual(expected);
    expect(existsSync(join(off, 'ramah'))).toBe(false);
  });

  it("holds V8's optimising compilers back for the import and the first analysis, lets them go after, and leaves a process's own choice alone", async () => {
    // A 2 KB draft of many different sentences, whose first analysis makes several functions hot enough for TurboFan.
    const draft = Array.from({ length: 24 }, (_, i) => `Mohon maaf kak ${i}, itu salah kurir, bukan salah kami. Sorry, the courier lost order ${i}, not our department.`).join(' ');
    const script = [
      "const { analyze } = await import('ramah');",
      `analyze(${JSON.stringify(draft)}, { customerMessage: 'Paket saya belum sampai!' });`,
      "console.log('--- first analysis done');",
      'function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }',
      'for (let k = 0; k < 3000; k++) hot(10000);',
    ].join('\n');
    const traced = async (flags: string[]) => {
      const { stdout } = await run('node', [...flags, '--trace-opt', '--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, RAMAH_CODE_CACHE: '0' }, maxBuffer: 64 * 1024 * 1024 });
      const [during, after] = stdout.split('--- first analysis done');
      const marked = (text: string) => (text.match(/for optimization to TURBOFAN/g) ?? []).length;
      return { during: marked(during!), after: marked(after!) };
    };
    const held = await traced([]);
    expect(held.during).toBe(0);
    expect(held.after).toBeGreaterThan(0);
    // A process that chose its own tier keeps it: its first analysis is optimised as V8 sees fit.
    const own = await traced(['--max-opt=999']);
    expect(own.during).toBeGreaterThan(0);
  });

  it('lets no importer replace the hooks around the first analysis', async () => {
    const script =
      "const engine = await import('ramah'); const key = Symbol.for('ramah.firstAnalysisHooks'); const hooks = globalThis[key]; " +
      "try { hooks.before = () => console.log('importer ran'); } catch (error) { console.log(error.constructor.name); } " +
      "try { globalThis[key] = { before: () => console.log('importer ran') }; } catch (error) { console.log(error.constructor.name); } " +
      "try { delete globalThis[key]; } catch (error) { console.log(error.constructor.name); } " +
      "engine.analyze('Itu salah kurir.'); console.log(Object.isFrozen(hooks), globalThis[key] === hooks, typeof hooks.before, 'firstAnalysisHooks' in engine);";
    const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, RAMAH_CODE_CACHE: '0' } });
    expect(stdout.trim().split('\n')).toEqual(['TypeError', 'TypeError', 'TypeError', 'true true function false']);
  });

  it("writes the shared code's wrapper on a line of its own, which the loader's line offset takes away", () => {
    const script = readFileSync(join(ROOT, 'lib/bundle/shared-script.js'), 'latin1');
    expect(script.split('\n')[0]).toBe("(function (tableTexts$) { 'use strict';");
  });

  it("reads the tables' texts from the file beside the script, which holds none of them itself", () => {
    const script = readFileSync(join(ROOT, 'lib/bundle/shared-script.js'), 'latin1');
    const tables = readFileSync(join(ROOT, 'lib/bundle/shared-tables.txt'), 'latin1').split('\n');
    expect(script).toMatch(/^var TABLE_WORDS = tableTexts\$\[\d+\];$/m);
    expect(tables.length).toBeGreaterThan(1_000);
    expect(tables.reduce((sum, text) => sum + text.length, 0)).toBeGreaterThan(script.length);
  });
});
