/**
 * Fetches a pack file from its https URL, politely and defensively: a conditional request with the
 * stored validators, no cookies, no HTTP cache, a timeout and a size cap, https all the way.
 *
 * CORS: without a host permission for the pack's origin, the service worker's fetch is a CORS
 * request. The pack server must answer with `Access-Control-Allow-Origin` (`*` will do, since no
 * credentials are sent), and because `If-None-Match` and `If-Modified-Since` are not safelisted
 * headers, it must answer the preflight (OPTIONS) with `Access-Control-Allow-Headers:
 * If-None-Match, If-Modified-Since` and expose `ETag` with `Access-Control-Expose-Headers`
 * (`Last-Modified` is readable anyway). Ramah asks no host permission for a pack's server: a granted
 * origin is one the content scripts are registered on. See docs/packs.md.
 */
import { isHttpsUrl } from '../settings/model.js';

/** `fetch` as the worker has it; the tests pass a fake. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface DownloadOptions {
  fetch: FetchLike;
  /** The whole request, body included. */
  timeoutMs?: number;
  maxBytes?: number;
}

/** What the server said last time, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Download =
  | { status: 'modified'; text: string; etag?: string; lastModified?: string }
  | { status: 'not-modified'; etag?: string; lastModified?: string }
  | { status: 'failed'; message: string };

const PACK_TIMEOUT_MS = 20_000;
/** A pack is text: the built-in ones are about 30 KB. */
export const PACK_MAX_BYTES = 1_000_000;

export async function downloadPack(url: string, validators: Validators, options: DownloadOptions): Promise<Download> {
  const timeoutMs = options.timeoutMs ?? PACK_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? PACK_MAX_BYTES;
  if (!isHttpsUrl(url)) return failed(`${url} is not an https address`);
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await options.fetch(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal,
    });
    // The extension pages' CSP (connect-src https:) already blocks a redirect to http; say it plainly.
    if (response.url && !isHttpsUrl(response.url)) return failed(`the server sent Ramah to ${response.url}, which is not https`);
    const found = { etag: header(response, 'ETag'), lastModified: header(response, 'Last-Modified') };
    if (response.status === 304) {
      discard(response);
      return { status: 'not-modified', ...found };
    }
    if (!response.ok) {
      discard(response);
      return failed(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      discard(response);
      return failed(tooLarge(maxBytes));
    }
    const body = await readCapped(response, maxBytes);
    if (body === null) return failed(tooLarge(maxBytes));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return failed('the file is not UTF-8 text');
    }
    return { status: 'modified', text, ...found };
  } catch (error) {
    if (signal.aborted) return failed(`no complete answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`);
    // A network error, a refused certificate and a missing CORS header all look the same from here.
    return failed(`not reachable (${(error as Error).message || 'network error'}); a pack server must allow CORS, see the packs documentation`);
  }
}

const failed = (message: string): Download => ({ status: 'failed', message });
// Not awaited: a body's cancel can wait on the server, and nothing more is wanted from it.
const discard = (response: Response) => void response.body?.cancel().catch(() => {});
const tooLarge = (maxBytes: number) => `the file is larger than ${maxBytes >= 1_000_000 ? `${maxBytes / 1_000_000} MB` : `${maxBytes} bytes`}`;

function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

/** The body, or null once it passes `maxBytes`, read in chunks so that a server without Content-Length cannot fill memory. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
