/**
 * A local HTTPS server that stands in for a helpdesk: the content script only runs on helpdesk
 * hosts over HTTPS, so the tests serve a page as, say, acme.zendesk.com on 127.0.0.1 with a
 * self-signed certificate made by openssl at test time.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { CONTENT_TYPES } from '../../fixtures/serve.js';

const run = promisify(execFile);

export interface HelpdeskServer {
  /** The page's address under the helpdesk's host name. */
  url: string;
  close(): Promise<void>;
}

async function selfSignedCertificate(host: string): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'ramah-e2e-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    // An EC key is made in milliseconds, an RSA key can take a second.
    await run('openssl', [
      'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`,
    ]);
    return { key: await readFile(keyFile), cert: await readFile(certFile) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Serves `html` at every path of https://<host>:<free port>/ on 127.0.0.1. */
export async function serveHelpdeskPage(host: string, html: string): Promise<HelpdeskServer> {
  return listen(host, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
}


export interface HelpdeskSite extends HelpdeskServer {
  /** The address of a file of the served folder, e.g. `page('quill.html')`. */
  page(file: string): string;
}

/**
 * Serves the files of `root` under `prefix` (e.g. `/agent/`, where Zendesk's agent workspace lives)
 * at https://<host>:<free port>/ on 127.0.0.1, so that built fixture pages load as the helpdesk's.
 */
export async function serveHelpdeskFiles(host: string, root: string, prefix = '/'): Promise<HelpdeskSite> {
  const base = root.endsWith(sep) ? root : root + sep;
  const server = await listen(host, (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'https://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const relative = path.slice(prefix.length);
    const file = normalize(join(base, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  return { ...server, page: (file) => new URL(`${prefix.replace(/^\//, '')}${file}`, server.url).href };
}

/** One request as the pack server saw it. */
export interface PackRequest {
  method: string;
  path: string;
  /** Lower-case header names, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** What the server answered. */
  status: number;
}

export interface PackServer extends HelpdeskServer {
  /** The pack file's address. */
  packUrl: string;
  /** Serves new pack text from now on, with a new ETag and Last-Modified; `cors: false` leaves out the CORS headers. */
  serve(text: string, options?: { cors?: boolean }): void;
  /** The ETag of the text being served. */
  readonly etag: string;
  /** Every request, in order, preflights included. */
  readonly requests: PackRequest[];
}

/**
 * A pack server as docs/packs.md asks of one: CORS for the extension's origin (the worker has no
 * host permission), a strong ETag and Last-Modified, and 304 to a matching conditional request.
 */
export async function servePack(host: string, path: string, initial: string): Promise<PackServer> {
  let text = initial;
  let etag = '';
  let lastModified = '';
  let cors = true;
  const requests: PackRequest[] = [];
  const serve = (next: string, options: { cors?: boolean } = {}) => {
    text = next;
    cors = options.cors ?? true;
    etag = `"${createHash('sha256').update(next).digest('hex').slice(0, 16)}"`;
    lastModified = new Date().toUTCString();
  };
  serve(initial);
  const server = await listen(host, (request, response) => {
    const log = (status: number) => requests.push({ method: request.method ?? '', path: request.url ?? '', headers: { ...request.headers }, status });
    const corsHeaders: Record<string, string> = cors
      ? {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET',
          'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
          'access-control-expose-headers': 'ETag',
          'access-control-max-age': '0',
        }
      : {};
    if (request.method === 'OPTIONS') {
      log(204);
      response.writeHead(204, corsHeaders).end();
      return;
    }
    if (new URL(request.url ?? '/', 'https://localhost').pathname !== path) {
      log(404);
      response.writeHead(404, { ...corsHeaders, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const validators = { etag, 'last-modified': lastModified, 'cache-control': 'no-cache' };
    const matches = request.headers['if-none-match'] !== undefined ? request.headers['if-none-match'] === etag : request.headers['if-modified-since'] === lastModified;
    if (matches) {
      log(304);
      response.writeHead(304, { ...corsHeaders, ...validators }).end();
      return;
    }
    log(200);
    response.writeHead(200, { ...corsHeaders, ...validators, 'content-type': 'application/json; charset=utf-8' }).end(text);
  });
  return {
    ...server,
    packUrl: new URL(path, server.url).href,
    serve,
    get etag() {
      return etag;
    },
    requests,
  };
}

/** Serves `handle` at https://<host>:<free port>/ on 127.0.0.1, with a certificate for `host`. */
export async function listen(host: string, handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<HelpdeskServer> {
  const server = createServer(await selfSignedCertificate(host), handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
