/**
 * Ramah's service worker. The coaching itself runs in the content script, on the agent's machine;
 * the worker only keeps the settings.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '../settings.js';

// On install and on update: add the defaults for settings the agent has not chosen, keep the rest.
browser.runtime.onInstalled.addListener(async () => {
  const chosen = await browser.storage.local.get(Object.keys(DEFAULT_SETTINGS));
  await browser.storage.local.set({ ...DEFAULT_SETTINGS, ...chosen });
});
