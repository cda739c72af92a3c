import { readFileSync } from 'node:fs';
import type { FetchLike } from '../../../src/extension/packs/download.js';
import type { PackStorageArea } from '../../../src/extension/packs/manager.js';

export const EXAMPLE_PACK_PATH = 'examples/packs/acme-support.json';
export const examplePackText = () => readFileSync(EXAMPLE_PACK_PATH, 'utf8');
export const examplePack = () => JSON.parse(examplePackText()) as Record<string, unknown> & { version: string; phrases: object[]; examples: object[] };

/** A small valid pack with one rule and an example that passes. */
export function teamPack(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'team',
    name: 'Team',
    version: '1.0.0',
    languages: ['en'],
    phrases: [{ id: 'team-hello', step: 'acknowledgement', text: 'Thanks for your patience, {customer_name}.' }],
    rules: [{ id: 'no-mate', pattern: 'mate', message: 'Address the customer by name.', suggestions: ['{customer_name}'] }],
    examples: [{ draft: 'Cheers mate.', warnings: ['no-mate'] }],
    ...overrides,
  };
}

/** storage.local as a map, with every write kept for the assertions. */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const writes: Record<string, unknown>[] = [];
  const area: PackStorageArea & { data: Record<string, unknown>; writes: typeof writes } = {
    data,
    writes,
    async get(key) {
      await Promise.resolve();
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      // A real storage write takes a turn of the event loop: an unserialised read-modify-write would lose updates.
      await new Promise((resolve) => setTimeout(resolve, 1));
      writes.push(structuredClone(items));
      Object.assign(data, structuredClone(items));
    },
  };
  return area;
}

export interface SeenRequest {
  url: string;
  headers: Record<string, string>;
  init: RequestInit;
}

export type Reply = Response | ((request: SeenRequest) => Response | Promise<Response>);

/** A fake `fetch`: answers per URL, and logs what it was asked. */
export function fakeFetch(routes: Record<string, Reply> = {}) {
  const requests: SeenRequest[] = [];
  const fetch: FetchLike & { requests: SeenRequest[]; routes: Record<string, Reply> } = Object.assign(
    async (url: string, init: RequestInit) => {
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const request = { url, headers, init };
      requests.push(request);
      const route = fetch.routes[url];
      if (!route) throw new TypeError('Failed to fetch');
      return typeof route === 'function' ? route(request) : route.clone();
    },
    { requests, routes },
  );
  return fetch;
}

/** A pack server's answer: 200 with validators, or 304 when the request's If-None-Match matches. */
export function packServer(body: () => string, etag: () => string, lastModified = 'Mon, 01 Dec 2025 08:00:00 GMT'): Reply {
  return (request) => {
    if (request.headers['if-none-match'] === etag()) return new Response(null, { status: 304, headers: { ETag: etag() } });
    return new Response(body(), { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag(), 'Last-Modified': lastModified } });
  };
}

export const json = (value: unknown) => JSON.stringify(value, null, 2);
