/**
 * A local HTTPS server that stands in for a helpdesk: the content script only runs on helpdesk
 * hosts over HTTPS, so the tests serve a page as, say, acme.zendesk.com on 127.0.0.1 with a
 * self-signed certificate made by openssl at test time.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
  const server = createServer(await selfSignedCertificate(host), (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
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
