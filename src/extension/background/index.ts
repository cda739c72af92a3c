/**
 * Ramah's service worker. The coaching itself runs in the content script, on the agent's machine;
 * the worker owns what outlives a page: it migrates the settings, installs and refreshes the packs,
 * answers each page with what applies there, and relays the keyboard shortcut to the tab.
 *
 * On a site the agent enables from the popup, webext-dynamic-content-scripts registers the
 * manifest's content scripts for the granted origin, again at every start, and unregisters them
 * when the access is removed; the registrations persist across restarts.
 */
// First what the library misses, then the library, which takes chrome.scripting.registerContentScripts as it loads.
import './dynamic-content-scripts.js';
import 'webext-dynamic-content-scripts';
import browser from 'webextension-polyfill';
import { NEXT_FINDING_COMMAND, TOGGLE_SIDEBAR_COMMAND, type TabMessage, type WorkerReplies, type WorkerRequest } from '../protocol.js';
import { migrateStoredSettings, updateUserSettings } from '../settings/store.js';
import { enableGrantedSites } from './granted-sites.js';
import { packHandlers, startPackSchedule } from './packs.js';
import { askerOf, mayAsk, siteConfigUrl, type Asker } from './senders.js';
import { pinSidePanel } from './side-panel.js';
import { handleSiteConfig } from './site-config.js';
import { handleSiteRuleOff } from './site-rule.js';
import { handleWeekRecord } from './week.js';

type Handlers = {
  [K in WorkerRequest['kind']]: (request: Extract<WorkerRequest, { kind: K }>, sender: browser.Runtime.MessageSender, asker: Asker) => Promise<WorkerReplies[K]>;
};

const handlers: Handlers = {
  'site-config': (request, sender, asker) => handleSiteConfig(siteConfigUrl(request, asker, sender)),
  'side-panel-pin': (request, sender) => pinSidePanel(request.pinned, request.open, sender),
  'site-rule-off': (request, sender) => handleSiteRuleOff(request, sender),
  'week-record': (request) => handleWeekRecord(request),
  shortcut: async () => {
    const commands = await browser.commands.getAll();
    return { keys: commands.find((command) => command.name === TOGGLE_SIDEBAR_COMMAND)?.shortcut ?? '' };
  },
  ...packHandlers,
};

// On install and on update: bring stored settings to the current version, keeping the agent's choices.
browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings().then((problems) => problems.forEach((problem) => console.warn(`[Ramah] ${problem}`)));
});

browser.permissions.onAdded.addListener(({ origins }) => {
  if (!origins?.length) return;
  void updateUserSettings((settings) => enableGrantedSites(settings, origins)).catch((error: unknown) => console.warn('[Ramah] could not turn on a granted site', error));
});

const ramah = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only Ramah's own pages and content scripts: another extension's message is not ours to answer.
  const asker = askerOf(sender, ramah);
  if (!asker || !isRequest(message)) return undefined;
  if (!mayAsk(message.kind, asker)) return Promise.resolve({ ok: false, message: `Only Ramah's own pages may ask for ${message.kind}.`, errors: [] });
  const handle = handlers[message.kind] as (request: WorkerRequest, sender: browser.Runtime.MessageSender, asker: Asker) => Promise<unknown>;
  return handle(message, sender, asker).catch((error: unknown) => ({ ok: false, message: (error as Error).message ?? String(error), errors: [] }));
});

function isRequest(message: unknown): message is WorkerRequest {
  return typeof message === 'object' && message !== null && typeof (message as { kind?: unknown }).kind === 'string' && Object.hasOwn(handlers, (message as { kind: string }).kind);
}

async function sendToTab(tabId: number | undefined, message: TabMessage): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // A tab without Ramah's content script (not a helpdesk) has no one listening.
  await browser.tabs.sendMessage(id, message).catch(() => {});
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === TOGGLE_SIDEBAR_COMMAND) void sendToTab(tab?.id, { kind: 'toggle-sidebar' });
  else if (command === NEXT_FINDING_COMMAND) void sendToTab(tab?.id, { kind: 'next-finding' });
});

startPackSchedule();
