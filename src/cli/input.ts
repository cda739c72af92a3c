import { readFile, stat } from 'node:fs/promises';

/** A mistake the user can fix: printed as one line, exit 2, no stack trace. */
export class UsageError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The largest input read, in bytes: far beyond any reply or pack, small enough to check in about a second. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const tooLarge = (what: string, where: string) => new UsageError(`the ${what} ${where} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; ramah checks replies, not archives`);

/**
 * Reads a regular file (or standard input for `-`) as strict UTF-8, refusing directories, devices, pipes, binary files
 * and anything over `MAX_INPUT_BYTES`. `stdin` may stop reading once it has more than `limit` bytes.
 */
export async function readTextInput(path: string, what: string, stdin: (limit: number) => Promise<Buffer>): Promise<string> {
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = await stdin(MAX_INPUT_BYTES);
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(what, 'on standard input');
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new UsageError(`the ${what} "${path}" is a directory, not a file`);
      if (!info.isFile()) throw new UsageError(`the ${what} "${path}" is not a regular file; give a file, or - for standard input`);
      if (info.size > MAX_INPUT_BYTES) throw tooLarge(what, `"${path}"`);
      bytes = await readFile(path);
      // It may have grown since.
      if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(what, `"${path}"`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UsageError(`the ${what} file "${path}" does not exist`);
      if (code === 'EACCES') throw new UsageError(`the ${what} file "${path}" cannot be read (permission denied)`);
      throw new UsageError(`the ${what} file "${path}" cannot be read: ${(error as Error).message}`);
    }
  }
  if (bytes.includes(0)) throw new UsageError(`the ${what} ${path === '-' ? 'on standard input' : `"${path}"`} is a binary file, not text`);
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`the ${what} ${path === '-' ? 'on standard input' : `"${path}"`} is not UTF-8 text`);
  }
}
