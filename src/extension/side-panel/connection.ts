/**
 * The side panel's connection to the content script of the tab it shows: the active tab of its
 * window, followed as the agent switches tabs. A tab whose page is loading, or where
 * Ramah does not run, has no one to answer: the panel says so and connects again when the tab has loaded.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { SIDE_PANEL_PORT, type SidePanelAction, type SidePanelUpdate } from '../protocol.js';

export type LinkStatus = 'connecting' | 'connected' | 'absent';

export interface TabLinkOptions {
  onUpdate(update: SidePanelUpdate): void;
  onStatus(status: LinkStatus): void;
}

export interface TabLink {
  post(action: SidePanelAction): boolean;
}

/** A page that is still loading has no content script yet: ask again a few times. */
const RETRY_MS = [300, 1000, 3000];

export function linkToActiveTab({ onUpdate, onStatus }: TabLinkOptions): TabLink {
  let port: Runtime.Port | null = null;
  let tabId: number | undefined;
  let windowId: number | undefined;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const connect = (id: number | undefined, fresh = true) => {
    clearTimeout(retryTimer);
    if (fresh) retries = 0;
    port?.disconnect();
    port = null;
    tabId = id;
    if (id === undefined) return onStatus('absent');
    onStatus('connecting');
    let opened: Runtime.Port;
    try {
      opened = browser.tabs.connect(id, { name: SIDE_PANEL_PORT, frameId: 0 });
    } catch {
      return onStatus('absent');
    }
    port = opened;
    opened.onMessage.addListener((message: unknown) => {
      if (port !== opened) return;
      onStatus('connected');
      onUpdate(message as SidePanelUpdate);
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = null;
      onStatus('absent');
      const wait = RETRY_MS[retries++];
      if (wait !== undefined) retryTimer = setTimeout(() => connect(id, false), wait);
    });
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) connect(info.tabId);
  };
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'complete') connect(id);
  };
  const onRemoved = (id: number) => {
    if (id === tabId) connect(undefined);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  browser.tabs.onActivated.addListener(onActivated);
  void browser.windows
    .getCurrent()
    .then(async (current) => {
      windowId = current.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      connect(tab?.id);
    })
    .catch(() => connect(undefined));

  return {
    post(action) {
      if (!port) return false;
      try {
        port.postMessage(action);
        return true;
      } catch {
        return false;
      }
    },
  };
}
