/**
 * Ramah's service worker. The coaching itself runs in the content script, on the agent's machine;
 * the worker keeps the settings and relays the keyboard shortcut to the tab it was pressed in.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '../settings.js';
import { TOGGLE_SIDEBAR_COMMAND, type TabMessage } from '../protocol.js';

// On install and on update: add the defaults for settings the agent has not chosen, keep the rest.
browser.runtime.onInstalled.addListener(async () => {
  const chosen = await browser.storage.local.get(Object.keys(DEFAULT_SETTINGS));
  await browser.storage.local.set({ ...DEFAULT_SETTINGS, ...chosen });
});

async function sendToTab(tabId: number | undefined, message: TabMessage): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // A tab without Ramah's content script (not a helpdesk) has no one listening.
  await browser.tabs.sendMessage(id, message).catch(() => {});
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === TOGGLE_SIDEBAR_COMMAND) void sendToTab(tab?.id, { kind: 'toggle-sidebar' });
});
