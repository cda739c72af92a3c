/**
 * Ramah's toolbar popup, opened as the agent opens it: by a click on the extension's toolbar
 * button. Headless Chromium has no toolbar to click, but the DevTools protocol's
 * Extensions.triggerAction runs the button's action on a tab, as a click does: it opens the popup
 * and grants the extension `activeTab` on that tab (a test can see the tab's address from the
 * worker afterwards). It needs the browser launched with `toolbarClicks` (see browser.ts).
 *
 * Playwright does not attach to a popup's view, so the popup is driven over the browser's CDP
 * session, through its target. Clicks are real mouse events: a user gesture, which
 * permissions.request() requires.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.js';

export const POPUP_PATH = '/src/extension/popup/index.html';

export interface ToolbarPopup {
  /** The value of a JavaScript expression evaluated in the popup, awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Clicks the first element matching `selector` with mouse events. */
  click(selector: string): Promise<void>;
  /** Waits until the popup shows `state` (its `[data-ramah-popup]` data-state) and returns its text. */
  waitForState(state: string): Promise<string>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

type Send = (method: string, params?: object) => Promise<unknown>;

async function until<T>(what: string, get: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks Ramah's toolbar button on the tab of `page` and returns the popup it opens. */
export async function openToolbarPopup(browser: ExtensionBrowser, page: Page): Promise<ToolbarPopup> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('no browser to open the popup in');
  const session: CDPSession = await owner.newBrowserCDPSession();
  const send: Send = (method, params) => (session.send as (method: string, params?: object) => Promise<unknown>)(method, params);
  const targets = async (type: string) => ((await send('Target.getTargets', { filter: [{ type }] })) as { targetInfos: TargetInfo[] }).targetInfos;

  const popupUrl = `chrome-extension://${browser.extensionId}${POPUP_PATH}`;
  const before = new Set((await targets('page')).filter((target) => target.url.startsWith(popupUrl)).map((target) => target.targetId));
  const tabs = (await targets('tab')).filter((target) => target.url === page.url());
  if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
  await send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0]!.targetId });
  const popup = await until('the popup to open', async () => (await targets('page')).find((target) => target.url.startsWith(popupUrl) && !before.has(target.targetId)));

  const view = await attachToView(session, popup.targetId);
  const { evaluate } = view;

  const handle: ToolbarPopup = {
    evaluate,
    click: view.click,
    async waitForState(state) {
      const read = `(() => { const root = document.querySelector('[data-ramah-popup]'); return root ? { state: root.dataset.state, text: root.innerText } : null; })()`;
      let last: { state?: string; text: string } | null = null;
      try {
        return await until(`the popup to show ${state}`, async () => {
          last = await evaluate<{ state?: string; text: string } | null>(read);
          return last?.state === state ? last.text : undefined;
        });
      } catch (error) {
        throw new Error(`${(error as Error).message}; it shows ${JSON.stringify(last)}`, { cause: error });
      }
    },
    screenshot: view.screenshot,
    async close() {
      // The popup closes itself as it would on losing the focus; its session ends with it.
      void view.evaluate('window.close()').catch(() => {});
      await until('the popup to close', async () => ((await targets('page')).some((target) => target.targetId === popup.targetId) ? undefined : true));
      await view.detach();
    },
  };
  return handle;
}

/** A view of the extension that Playwright does not attach to (the toolbar popup, the side panel), driven through its target. */
export interface ExtensionView {
  /** The value of a JavaScript expression evaluated in the view, awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Clicks the first element matching `selector` with mouse events, once it is there and enabled. */
  click(selector: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Ends the session with the view, and with the browser's `session` it came through. */
  detach(): Promise<void>;
}

/** A session of its own on the target, spoken to through the browser's session. */
export async function attachToView(session: CDPSession, targetId: string): Promise<ExtensionView> {
  const send: Send = (method, params) => (session.send as (method: string, params?: object) => Promise<unknown>)(method, params);
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const pending = message.id === undefined ? undefined : waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id!);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  });
  const inView: Send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      waiting.set(id, { resolve, reject });
      send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = (await inView('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (reply.exceptionDetails) throw new Error(`in the view: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as T;
  };

  return {
    evaluate,
    async click(selector) {
      const box = await until(`${selector} in the view`, () =>
        evaluate<{ x: number; y: number } | null>(`(() => {
          const element = document.querySelector(${JSON.stringify(selector)});
          if (!element || element.disabled) return null;
          element.scrollIntoView({ block: 'center' });
          const rect = element.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        })()`).then((found) => found ?? undefined),
      );
      await inView('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
      await inView('Input.dispatchMouseEvent', { type: 'mousePressed', x: box.x, y: box.y, button: 'left', clickCount: 1 });
      await inView('Input.dispatchMouseEvent', { type: 'mouseReleased', x: box.x, y: box.y, button: 'left', clickCount: 1 });
    },
    async screenshot(file) {
      const { data } = (await inView('Page.captureScreenshot', { format: 'png' })) as { data: string };
      await writeFile(file, Buffer.from(data, 'base64'));
    },
    async detach() {
      for (const pending of waiting.values()) pending.reject(new Error('the view closed'));
      await session.detach().catch(() => {});
    },
  };
}
