import { readFile, stat } from 'node:fs/promises';

/** A mistake the user can fix: printed as one line, exit 2, no stack trace. */
export class UsageError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file (or standard input for `-`) as strict UTF-8, refusing directories and binary files. */
export async function readTextInput(path: string, what: string, stdin: () => Promise<Buffer>): Promise<string> {
  let bytes: Uint8Array;
  if (path === '-') bytes = await stdin();
  else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new UsageError(`the ${what} "${path}" is a directory, not a file`);
      bytes = await readFile(path);
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
