import { join } from 'node:path';
import { REPO_ROOT } from './browser.js';
import { serveHelpdeskFiles, type HelpdeskSite } from './helpdesk-server.js';

const DEMO_DIST = join(REPO_ROOT, 'demo/dist');

/**
 * Builds the demo inbox from its sources (Vite, a few seconds), so that what a test sees matches them, and serves
 * it as `host`'s agent workspace under /agent/.
 */
export async function serveDemo(host: string): Promise<HelpdeskSite> {
  const { build } = await import('vite');
  await build({ configFile: join(REPO_ROOT, 'demo/vite.config.ts'), logLevel: 'warn' });
  return serveHelpdeskFiles(host, DEMO_DIST, '/agent/');
}
