/**
 * Starts Firefox (Debian's firefox-esr) with the built dist/firefox, for the end-to-end tests, and drives it
 * over WebDriver BiDi, the protocol that Firefox itself serves: no driver binary, no patched browser.
 * Firefox runs headless, with a fresh profile, and reaches nothing outside this machine: the named hosts
 * resolve to 127.0.0.1, and every other request goes to a proxy address where nothing listens.
 * `--remote-allow-system-access` lets BiDi open moz-extension:// pages, the options page and the popup.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './browser.js';
import { FIREFOX, browserSkipReason, missingBrowserLine } from './browsers-present.js';

export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, 'dist/firefox');
/** `RAMAH_FIREFOX` points the tests at another Firefox. */
export const FIREFOX_PATH = FIREFOX.path;

/** For a Firefox test file's `describe.skipIf`: as e2eSkipReason in browser.ts, for Firefox ESR. */
export function firefoxSkipReason(): string | undefined {
  return browserSkipReason(FIREFOX);
}

// playwright-core ships the `ws` client as a public entry point; Node 20 has no WebSocket of its own.
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: WebSocketClass };

interface WebSocketLike {
  on(event: 'message', listener: (data: Buffer) => void): void;
  once(event: 'open' | 'error' | 'close', listener: (arg?: unknown) => void): void;
  send(data: string): void;
  close(): void;
}
type WebSocketClass = new (url: string) => WebSocketLike;

/** A realm's value as BiDi serialises it: `{ type: 'number', value: 1 }`, objects as [key, value] pairs. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

export interface FirefoxSession {
  extensionId: string;
  /** The extension's base URL, moz-extension://<uuid>/ (the uuid is pinned in the profile). */
  extensionUrl: string;
  /** Opens a new tab at `url` and waits for it to load; returns its browsing context id. */
  open(url: string): Promise<string>;
  /** Evaluates `expression` in the tab's page (awaiting a promise) and returns it as plain JSON. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /**
   * Clicks the centre of the first element that matches `selector` with the mouse, as a user would (a disabled
   * control gets the click too). With `shadowHost`, the element is looked for in that host's open shadow root.
   */
  click(context: string, selector: string, shadowHost?: string): Promise<void>;
  /** Moves the mouse to a point of the tab's viewport, in CSS pixels, as a user would (hover). */
  hover(context: string, x: number, y: number): Promise<void>;
  /**
   * Evaluates `expression` in the browser window's own chrome document (allowed by --remote-allow-system-access):
   * what the toolbar, the sidebar box and `SidebarController` see.
   */
  evaluateInChrome<T>(expression: string): Promise<T>;
  /** The browsing contexts BiDi lists, each with its URL and children (`chrome` for the browser's own windows). */
  contexts(scope?: 'content' | 'chrome'): Promise<{ context: string; url: string; children?: unknown[] }[]>;
  /** Types `text` with the keyboard into whatever has the focus, one key press per character. */
  type(context: string, text: string): Promise<void>;
  /** Presses a key, or a chord such as ['Control', 'z'], with the keyboard. */
  press(context: string, keys: readonly string[]): Promise<void>;
  /** Console messages and uncaught errors of every tab, as "level: text". */
  logs: string[];
  close(): Promise<void>;
}

/** WebDriver's code points for the keys that are not characters (W3C WebDriver, "Keyboard actions"). */
const KEY_CODES: Readonly<Record<string, string>> = {
  Control: '\uE009',
  Shift: '\uE008',
  Alt: '\uE00A',
  Home: '\uE011',
  End: '\uE010',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
};

const EXTENSION_UUID = '6d1f3c2a-8b4e-4f7a-9c5d-2e1b0a9f8c7d';

function userPrefs(localHosts: readonly string[]): Record<string, string | number | boolean> {
  return {
    // Moz-extension://<uuid>/ is random per profile; pinned, the tests can open the extension's pages.
    'extensions.webextensions.uuids': JSON.stringify({ 'ramah@ramah.app': EXTENSION_UUID }),
    'network.dns.localDomains': localHosts.join(','),
    // Everything else goes to a proxy on a port where nothing listens: it fails here, unsent.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': ['localhost', '127.0.0.1', ...localHosts].join(','),
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    'browser.shell.checkDefaultBrowser': false,
  };
}

/** Plain JSON from a BiDi remote value. */
function plain(value: RemoteValue): unknown {
  switch (value.type) {
    case 'undefined':
    case 'null':
      return value.type === 'null' ? null : undefined;
    case 'array':
      return (value.value as RemoteValue[]).map(plain);
    case 'object':
      return Object.fromEntries((value.value as [string | RemoteValue, RemoteValue][]).map(([key, inner]) => [typeof key === 'string' ? key : plain(key), plain(inner)]));
    default:
      return value.value;
  }
}

export async function launchFirefox({ localHosts = [] }: { localHosts?: string[] } = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(missingBrowserLine(FIREFOX));
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first`);
  const profile = await mkdtemp(join(tmpdir(), 'ramah-e2e-firefox-'));
  let firefox: ChildProcess | undefined;
  let socket: WebSocketLike | undefined;
  try {
    await mkdir(profile, { recursive: true });
    const prefs = Object.entries(userPrefs(localHosts)).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
    await writeFile(join(profile, 'user.js'), `${prefs.join('\n')}\n`);
    const started = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile], { stdio: ['ignore', 'pipe', 'pipe'] });
    firefox = started;
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      started.stderr!.on('data', read);
      started.stdout!.on('data', read);
      started.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before its BiDi server started:\n${output}`)));
    });
    const connection = new WebSocket(`${endpoint}/session`);
    socket = connection;
    await new Promise<void>((resolve, reject) => {
      connection.once('open', () => resolve());
      connection.once('error', reject);
    });

    let lastId = 0;
    const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string }>();
    const logs: string[] = [];
    connection.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: Record<string, unknown>; error?: string; message?: string; method?: string; params?: Record<string, unknown> };
      const call = message.id === undefined ? undefined : pending.get(message.id);
      if (call) {
        pending.delete(message.id!);
        if (message.type === 'error') call.reject(new Error(`${call.method}: ${message.error} ${message.message ?? ''}`));
        else call.resolve(message.result ?? {});
      } else if (message.method === 'log.entryAdded') {
        logs.push(`${String(message.params?.level)}: ${String(message.params?.text)}`);
      }
    });
    const send = (method: string, params: Record<string, unknown> = {}) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject, method });
        connection.send(JSON.stringify({ id, method, params }));
      });

    // Local helpdesk pages use a self-signed certificate made at test time.
    await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await send('session.subscribe', { events: ['log.entryAdded'] });
    // Installed as a temporary add-on, like about:debugging's "Load Temporary Add-on…".
    const installed = await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });

    const evaluate = async <T>(context: string, expression: string): Promise<T> => {
      const result = await send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
      if (result.type === 'exception') {
        const details = result.exceptionDetails as { text?: string } | undefined;
        throw new Error(`evaluate failed: ${details?.text ?? JSON.stringify(details)}`);
      }
      return plain(result.result as RemoteValue) as T;
    };
    const firefoxProcess = started;
    return {
      extensionId: String(installed.extension),
      extensionUrl: `moz-extension://${EXTENSION_UUID}/`,
      logs,
      evaluate,
      async click(context, selector, shadowHost) {
        const scope = shadowHost ? `document.querySelector(${JSON.stringify(shadowHost)})?.shadowRoot` : 'document';
        const found = await send('script.evaluate', {
          expression: `(() => { const element = ${scope}?.querySelector(${JSON.stringify(selector)}); element?.scrollIntoView({ block: 'center', behavior: 'instant' }); return element; })()`,
          target: { context },
          awaitPromise: false,
          resultOwnership: 'none',
        });
        const element = found.result as { type: string; sharedId?: string };
        if (element.type !== 'node' || !element.sharedId) throw new Error(`click: nothing matches ${selector}`);
        const origin = { type: 'element', element: { sharedId: element.sharedId } };
        await send('input.performActions', {
          context,
          actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: 0, y: 0, origin }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
        });
      },
      async hover(context, x, y) {
        await send('input.performActions', {
          context,
          actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }] }],
        });
      },
      async contexts(scope = 'content') {
        const { contexts } = (await send('browsingContext.getTree', scope === 'chrome' ? { 'moz:scope': 'chrome' } : {})) as { contexts: { context: string; url: string; children?: unknown[] }[] };
        return contexts;
      },
      async evaluateInChrome<T>(expression: string) {
        const { contexts } = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { contexts: { context: string }[] };
        if (!contexts[0]) throw new Error('evaluateInChrome: Firefox lists no chrome window');
        const result = await send('script.evaluate', { expression, target: { context: contexts[0].context }, awaitPromise: true, resultOwnership: 'none' });
        if (result.type === 'exception') throw new Error(`evaluateInChrome failed: ${JSON.stringify(result.exceptionDetails)}`);
        return plain(result.result as RemoteValue) as T;
      },
      async type(context, text) {
        const actions = [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
        await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
      },
      async press(context, keys) {
        const values = keys.map((key) => KEY_CODES[key] ?? key);
        const actions = [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))];
        await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
      },
      async open(url) {
        const { context } = (await send('browsingContext.create', { type: 'tab' })) as { context: string };
        await send('browsingContext.navigate', { context, url, wait: 'complete' });
        return context;
      },
      async close() {
        await send('session.end').catch(() => {});
        connection.close();
        const exited = new Promise((resolve) => firefoxProcess.once('exit', resolve));
        firefoxProcess.kill();
        await exited;
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    socket?.close();
    firefox?.kill();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
