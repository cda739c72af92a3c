// Privacy, end to end: the built extension in Chromium, with Chromium's NetLog as an independent record of
// every request and host lookup made by any context (the helpdesk page, the content scripts, the service
// worker, the options page and the popup). The agent types drafts in a textarea and a rich editor, opens
// and closes the sidebar, opens the options and the popup, and installs a pack from an https URL. Then:
// every request went to the helpdesk or the pack's server, no other host was looked up, and no byte sent
// carries a draft. Extension pages also run under a strict CSP: no inline script, no eval, no http:.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { parsePack } from '../../src/engine/packs/schema.js';
import type { WorkerReply, WorkerRequest } from '../../src/extension/protocol.js';
import { e2eSkipReason, launchWithExtension, type ExtensionBrowser } from './helpers/browser.js';
import { listen, serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { readNetLog, type LoggedRequest, type NetLog } from './helpers/net-log.js';
import { TICKET_HOST, TICKET_PAGE } from './helpers/ticket.js';

/** The part of the extension API the tests call in the service worker and the extension pages. */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const PACK_HOST = 'packs.acme-support.test';

// Each draft carries a token of its own, so that any encoding of it (JSON, a URL, a form) still shows.
const DRAFTS = [
  'Maaf Kak, pesanan ZQ4417 terlambat karena kesalahan tim gudang kami, bukan urusan saya.',
  'Sorry, order ZQ5528 is late, that is the warehouse team’s fault, not my problem.',
  'Terima kasih sudah menunggu, Kak. Pesanan ZQ6639 sudah kami kirim hari ini.',
];
const DRAFT_TOKENS = ['ZQ4417', 'ZQ5528', 'ZQ6639'];

const PACK = {
  id: 'acme-team',
  name: 'Acme team phrases',
  version: '1.0.0',
  languages: ['id'],
  phrases: [{ id: 'thanks-wait', text: 'Terima kasih sudah menunggu, Kak.' }],
};

/**
 * Chromium's own services, which no page and no extension starts: they run in the browser process
 * ("not an origin"), are not navigations ("other"), and fail here, since the host rules resolve no
 * outside name. Each host is one that this Chromium asks with the quiet flags on.
 */
const CHROMIUM_SERVICES = new Map([
  ['accounts.google.com', 'the Google account check, once an extension loads'],
  ['update.googleapis.com', 'the component updater'],
  ['clients2.google.com', 'network time'],
  ['content-autofill.googleapis.com', 'autofill’s query about the form fields of a page (their signatures, not their text)'],
  ['redirector.gvt1.com', 'the spelling dictionary, once a text field is typed in'],
]);

function isChromiumsOwn(request: LoggedRequest): boolean {
  return request.initiator === 'not an origin' && request.requestType === 'other' && CHROMIUM_SERVICES.has(new URL(request.url).hostname);
}

interface PackServer extends HelpdeskServer {
  /** The paths asked, in order, with their query. */
  asked: string[];
}

/** The team's pack server: the pack with CORS headers (the worker fetches it cross-origin), and canaries. */
async function servePack(): Promise<PackServer> {
  const asked: string[] = [];
  const server = await listen(PACK_HOST, (request, response) => {
    asked.push(request.url ?? '');
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (request.url === '/team.json') response.writeHead(200, { ...headers, 'content-type': 'application/json', etag: '"v1"' }).end(JSON.stringify(PACK));
    else response.writeHead(204, headers).end();
  });
  return { ...server, asked };
}

/** A plain-http server that anyone may fetch (CORS *), so that only the CSP can stop a fetch of it. */
async function serveHttp(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

const skipReason = e2eSkipReason();

describe.skipIf(skipReason)(`privacy and CSP of the built extension in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let helpdesk: HelpdeskServer;
  let packs: PackServer;
  let plainHttp: Awaited<ReturnType<typeof serveHttp>>;
  let logDir: string;
  let logRead: Promise<NetLog> | undefined;
  /** Every request Playwright saw in a page, extension pages included: a second, coarser record. */
  const pageRequests: string[] = [];
  const allowedHosts = [TICKET_HOST, PACK_HOST];

  beforeAll(async () => {
    logDir = await mkdtemp(join(tmpdir(), 'ramah-e2e-netlog-'));
    helpdesk = await serveHelpdeskPage(TICKET_HOST, TICKET_PAGE);
    packs = await servePack();
    plainHttp = await serveHttp();
    browser = await launchWithExtension({ localHosts: allowedHosts, netLog: join(logDir, 'net.json') });
    browser.context.on('request', (request) => pageRequests.push(request.url()));
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), helpdesk?.close(), packs?.close(), plainHttp?.close()]);
    if (logDir) await rm(logDir, { recursive: true, force: true });
  });

  /** The log is complete once Chromium has closed: the first test that needs it closes the browser. */
  function netLog(): Promise<NetLog> {
    logRead ??= browser.close().then(() => readNetLog(join(logDir, 'net.json')));
    return logRead;
  }

  const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/src/extension/${path}`;

  async function openPage(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    // From the first script on: what the page's own code does against its CSP.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __ownViolations: string[] }).__ownViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.goto(url);
    return { page, errors };
  }

  const ownViolations = (page: Page) => page.evaluate(() => (window as unknown as { __ownViolations?: string[] }).__ownViolations);

  test('the agent types drafts in a textarea and a rich editor, and opens and closes the sidebar', async () => {
    const { page, errors } = await openPage(helpdesk.url);
    const sidebar = page.locator('[data-ramah="sidebar"]');
    const warnings = () => sidebar.locator('[data-rule][data-kind="warning"]').count();

    await page.locator('#reply').click();
    await page.keyboard.type(DRAFTS[0]!);
    await expect.poll(warnings).toBeGreaterThan(0);
    await page.locator('#reply').fill(DRAFTS[2]!);
    await expect.poll(warnings).toBe(analyze(DRAFTS[2]!).findings.filter((finding) => finding.kind === 'warning').length);
    await page.locator('#rich p').fill(DRAFTS[1]!);
    await expect.poll(warnings).toBeGreaterThan(0);

    // Closed and opened by its own buttons, then by the shortcut's relay (its first press focuses the panel, the second collapses it).
    await sidebar.locator('[data-action="collapse"]').click();
    await sidebar.locator('[data-action="expand"]').click();
    await expect.poll(() => sidebar.locator('aside').first().getAttribute('data-collapsed')).toBe('false');
    const toggle = () =>
      browser.worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { kind: 'toggle-sidebar' }).catch(() => {})));
      });
    await toggle();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-ramah'))).toBe('sidebar');
    await toggle();
    await expect.poll(() => sidebar.locator('aside').first().isVisible()).toBe(false);
    await toggle();
    await expect.poll(() => sidebar.locator('aside').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the options page and the popup open, and a pack installs from its https URL', async () => {
    expect(parsePack(PACK)).toMatchObject({ ok: true });
    const popup = await openPage(extensionPage('popup/index.html'));
    await expect.poll(() => popup.page.locator('#root').evaluate((root) => root.childElementCount)).toBeGreaterThan(0);
    const options = await openPage(extensionPage('options/index.html'));
    await expect.poll(() => options.page.locator('#root').evaluate((root) => root.childElementCount)).toBeGreaterThan(0);
    // Their own scripts, styles and images keep to the CSP (an inlined data: image would not).
    expect({ popup: await ownViolations(popup.page), options: await ownViolations(options.page) }).toEqual({ popup: [], options: [] });

    const url = new URL('team.json', packs.url).href;
    const request: WorkerRequest = { kind: 'pack-install', from: { type: 'url', url } };
    const reply = await options.page.evaluate((message) => chrome.runtime.sendMessage(message), request) as WorkerReply<'pack-install'>;
    expect(reply).toMatchObject({ ok: true, pack: { id: PACK.id, source: { type: 'url', url } } });
    expect(packs.asked).toContain('/team.json');
    expect([...popup.errors, ...options.errors]).toEqual([]);
    await Promise.all([popup.page.close(), options.page.close()]);
  });

  test('extension pages run no inline script, no remote script, no inline style and no eval, and fetch no http: URL', async () => {
    for (const path of ['options/index.html', 'popup/index.html']) {
      const { page } = await openPage(extensionPage(path));
      const remoteScript = new URL('remote.js', helpdesk.url).href;
      const outcome = await page.evaluate(
        async ({ httpUrl, remoteScript }) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
          const flags = window as unknown as Record<string, unknown>;
          const inline = document.createElement('script');
          inline.textContent = 'window.__inlineRan = true';
          document.head.append(inline);
          const remote = document.createElement('script');
          remote.src = remoteScript;
          document.head.append(remote);
          const style = document.createElement('style');
          style.textContent = 'body { color: rgb(1, 2, 3) }';
          document.head.append(style);
          // Code from strings, run by the page itself: code that Playwright evaluates is exempt from CSP.
          setTimeout('window.__timerRan = true', 0);
          const button = document.createElement('button');
          button.setAttribute('onclick', 'window.__handlerRan = true');
          document.body.append(button);
          button.click();
          const fetchOutcome = await fetch(httpUrl).then(() => 'fetched', (error: Error) => error.name);
          // Violation events are dispatched after the fact.
          await new Promise((resolve) => setTimeout(resolve, 200));
          return {
            ran: ['__inlineRan', '__timerRan', '__handlerRan'].filter((flag) => flags[flag] === true),
            color: getComputedStyle(document.body).color,
            fetchOutcome,
            violations: [...new Set(violations)].sort(),
          };
        },
        { httpUrl: plainHttp.url, remoteScript },
      );
      expect(outcome, path).toEqual({
        ran: [],
        color: expect.not.stringMatching(/rgb\(1, 2, 3\)/),
        fetchOutcome: 'TypeError',
        violations: [`connect-src ${plainHttp.url}`, 'script-src eval', 'script-src-attr inline', 'script-src-elem inline', `script-src-elem ${remoteScript}`, 'style-src-elem inline'].sort(),
      });
      await page.close();
    }
    // The service worker, which fetches the packs, is held to the same policy.
    const workerFetch = await browser.worker.evaluate((httpUrl) => fetch(httpUrl).then(() => 'fetched', (error: Error) => error.name), plainHttp.url);
    expect(workerFetch).toBe('TypeError');
    expect(plainHttp.hits()).toBe(0);
  });

  test('the log sees the requests of the page, the service worker and an extension page', async () => {
    const canary = (from: string) => new URL(`canary?from=${from}`, packs.url).href;
    await browser.worker.evaluate((url) => fetch(url).then((response) => response.status), canary('worker'));
    const options = await openPage(extensionPage('options/index.html'));
    await options.page.evaluate((url) => fetch(url).then((response) => response.status), canary('options'));
    const helpdeskPage = await openPage(helpdesk.url);
    await helpdeskPage.page.evaluate((url) => fetch(url).then((response) => response.status), canary('page'));
    expect(packs.asked).toEqual(expect.arrayContaining(['/canary?from=worker', '/canary?from=options', '/canary?from=page']));

    const log = await netLog();
    const initiatorOf = (from: string) => log.requests.find((request) => request.url === canary(from))?.initiator;
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    expect({ worker: initiatorOf('worker'), options: initiatorOf('options'), page: initiatorOf('page') }).toEqual({
      worker: extensionOrigin,
      options: extensionOrigin,
      page: new URL(helpdesk.url).origin,
    });
    // The bytes sent are in the log in clear text, so a draft in any request would be found.
    expect(log.sentText.some((text) => text.startsWith('GET /canary?from=page HTTP/1.1') && text.includes(`Host: ${PACK_HOST}:`))).toBe(true);
  });

  test('every request went to the helpdesk or the pack’s server, bar Chromium’s own services', async () => {
    const log = await netLog();
    expect(log.requests.length).toBeGreaterThan(3);
    const others = log.requests.filter((request) => !allowedHosts.includes(host(request.url)) && !isChromiumsOwn(request));
    expect(others).toEqual([]);
    // A connection opened without a request (a preconnect) is not one to another host either.
    const ownUrls = new Set(log.requests.filter(isChromiumsOwn).map((request) => request.url));
    expect(log.streams.filter((url) => !allowedHosts.includes(host(url)) && !ownUrls.has(url))).toEqual([]);
    // What Playwright saw in the pages agrees: the extension's own files, the helpdesk, the pack server.
    const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
    expect(pageRequests.filter((url) => !url.startsWith(extensionOrigin) && !allowedHosts.includes(host(url)))).toEqual([]);
  });

  test('no host was looked up but the local ones, and no name went to a DNS server', async () => {
    const log = await netLog();
    // The host rules turn each allowed host into 127.0.0.1 and every other name into "~notfound" before
    // the resolver is asked: a real name in a lookup would have escaped them, and reached a DNS server.
    expect(log.lookups.filter((lookup) => !/^https?:\/\/(127\.0\.0\.1:\d+|~notfound)$/.test(lookup.host))).toEqual([]);
    expect(log.lookups.some((lookup) => lookup.host.includes('127.0.0.1'))).toBe(true);
    expect(log.dnsQueries).toEqual([]);
    // What was looked up is where a connection was to go, named before the rules applied.
    const serviceHosts = new Set(CHROMIUM_SERVICES.keys());
    expect(log.connections.length).toBeGreaterThan(2);
    expect(log.connections.filter((destination) => !allowedHosts.includes(host(destination)) && !serviceHosts.has(host(destination)))).toEqual([]);
    // An unknown name looked up with no connection (a DNS prefetch) shows only by the site it was for:
    // never an extension's, and for a page only where Chromium's own services asked something.
    const serviceSites = new Set(log.requests.filter(isChromiumsOwn).map((request) => request.isolationKey.split(' ')[0]));
    const unknown = log.lookups.filter((lookup) => lookup.host.endsWith('://~notfound'));
    expect(unknown.filter((lookup) => lookup.anonymizationKey.startsWith('chrome-extension:') || !serviceSites.has(lookup.anonymizationKey.split(' ')[0]))).toEqual([]);
  });

  test('no request carries a draft', async () => {
    const log = await netLog();
    const sent = [...log.sentText, ...log.requests.map((request) => request.url), ...log.streams, ...log.lookups.map((lookup) => lookup.host)];
    for (const [index, token] of DRAFT_TOKENS.entries()) {
      expect(sent.filter((text) => text.includes(token) || text.includes(DRAFTS[index]!))).toEqual([]);
    }
    expect(pageRequests.filter((url) => DRAFT_TOKENS.some((token) => url.includes(token)))).toEqual([]);
  });
});
