/** Opening the browser's side panel: Chrome's sidePanel, Firefox's sidebar_action. */
import browser from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/**
 * Opens the side panel beside a tab. Both browsers open it only within a user gesture: call it
 * synchronously from the event the agent's click started, before anything is awaited.
 */
export function openSidePanel(tabId: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeSidePanel) return chromeSidePanel.open({ tabId });
  if (browser.sidebarAction) return browser.sidebarAction.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
