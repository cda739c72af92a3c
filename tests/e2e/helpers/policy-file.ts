/**
 * A browser's machine-wide policy file, written for one test file's run: the machine is left as it
 * was (an admin's file put back, folders the test made removed), also when the test process exits
 * early. Every browser on the machine reads the file while it is there, so keep that short.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { IN_CI } from './browser.js';

/**
 * Why the policy tests cannot run here: the browser's own reason, or a policy folder that is not
 * writable (not root). In CI they run, and fail, instead of skipping.
 */
export function policySkipReason(file: string, browserSkipReason: string | undefined, browser: string): string | undefined {
  if (browserSkipReason) return browserSkipReason;
  let dir = dirname(file);
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch {
    if (IN_CI) return undefined;
    const reason = `${dir} is not writable, so no ${browser} policy can be installed: run as root`;
    console.warn(`[e2e] skipped: ${reason}`);
    return reason;
  }
}

export interface PolicyFile {
  /** Writes the policy text, making the folders it needs. */
  write(text: string): void;
  /** Puts back what was there before; safe to call twice. */
  restore(): void;
}

export function policyFile(file: string): PolicyFile {
  const previous = existsSync(file) ? readFileSync(file) : undefined;
  const madeDirs: string[] = [];
  const restore = () => {
    process.off('exit', restore);
    if (previous) writeFileSync(file, previous);
    else rmSync(file, { force: true });
    for (const dir of madeDirs.splice(0)) rmdirSync(dir);
  };
  return {
    write(text) {
      process.off('exit', restore);
      process.once('exit', restore);
      for (let dir = dirname(file); !existsSync(dir); dir = dirname(dir)) madeDirs.push(dir);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    restore,
  };
}
