/**
 * Ramah's service worker (Firefox: its event page). It owns what outlives a page: it migrates the
 * settings, installs and refreshes the packs, answers each page with what applies there, and relays
 * the keyboard shortcut to the tab. It also runs the engine, once for the browser (analysis.ts): the
 * content script reads the composer, asks for an analysis and draws what comes back, so that no
 * helpdesk page loads or prepares an engine of its own.
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
import { createAnalysisService } from './analysis.js';
import { EngineWarmUp } from './engine-warm-up.js';

type Handlers = {
  [K in WorkerRequest['kind']]: (request: Extract<WorkerRequest, { kind: K }>, sender: browser.Runtime.MessageSender, asker: Asker) => Promise<WorkerReplies[K]>;
};

// One engine for the browser, prepared in short steps when a content script asks (a composer gained the focus, the
// agent types) or an analysis needs it: not at every start, since the worker also wakes for alarms and the popup.
const analysis = createAnalysisService({ siteConfig: handleSiteConfig, warmUp: new EngineWarmUp() });
// Whatever changed (settings, policy, packs), the next analysis reads what applies anew.
browser.storage.onChanged.addListener(() => analysis.forget());

const handlers: Handlers = {
  'site-config': (request, sender, asker) => handleSiteConfig(siteConfigUrl(request, asker, sender)),
  'side-panel-pin': (request, sender) => pinSidePanel(request.pinned, request.open, sender),
  'site-rule-off': (request, sender) => handleSiteRuleOff(request, sender),
  'week-record': (request) => handleWeekRecord(request),
  'engine-prepare': async () => analysis.prepare(),
  analyze: (request, sender, asker) => analysis.analyze(request.input, siteConfigUrl({}, asker, sender)),
  note: (request, sender, asker) => analysis.note(request.input, siteConfigUrl({}, asker, sender)),
  phrases: (_request, sender, asker) => analysis.phrases(siteConfigUrl({}, asker, sender)),
  shortcut: async () => {
    const commands = await browser.commands.getAll();
    return { keys: commands.find((command) => command.name === TOGGLE_SIDEBAR_COMMAND)?.shortcut ?? '' };
  },
  ...packHandlers,
  // The sidebar's "Save as my phrase" from a draft not analysed yet: the language told from the phrase.
  'personal-phrase-save': (request) =>
    packHandlers['personal-phrase-save']({ ...request, phrase: analysis.withLanguage(request.phrase) }),
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
