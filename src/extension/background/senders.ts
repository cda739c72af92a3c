/**
 * Which of Ramah's contexts may ask the worker what. A content script runs inside a helpdesk page:
 * the page itself cannot send runtime messages, but a renderer the page has compromised speaks as
 * its content script, so content scripts may ask only what coaching a draft needs. Installing,
 * removing, ordering and listing packs is for Ramah's own pages (the options page, the popup).
 *
 * Actions on a draft come from the panel in the page (on trusted events only) or, over a port to the
 * tab's content script, from Ramah's side-panel page and no other context (isSidePanelPage).
 */
import type { WorkerRequest } from '../protocol.js';

export type Asker = 'extension-page' | 'content-script';

const ANY: readonly Asker[] = ['extension-page', 'content-script'];
const PAGES: readonly Asker[] = ['extension-page'];
const CONTENT: readonly Asker[] = ['content-script'];

/** Every request kind names who may send it, so that a new kind cannot be left open by accident. */
export const ALLOWED_ASKERS: { readonly [K in WorkerRequest['kind']]: readonly Asker[] } = {
  'site-config': ANY,
  // Only read: which keys open the sidebar.
  shortcut: ANY,
  // The sidebar's "Save as my phrase".
  'personal-phrase-save': ANY,
  // A finding's "Turn off on this site": the worker takes the site from the sender's tab.
  'site-rule-off': ANY,
  'packs-list': PAGES,
  'pack-install': PAGES,
  'pack-refresh': PAGES,
  'pack-remove': PAGES,
  'pack-move': PAGES,
  'pack-enable': PAGES,
  'pack-export': PAGES,
  // The options page's Remove under the personal pack.
  'personal-phrase-remove': PAGES,
  // The site pinned is the sender's own page's (its tab and frame as the browser says), never an address in the message.
  'side-panel-pin': CONTENT,
  // The week in review's counts: only ids and numbers, checked by the worker; the pages read storage themselves.
  'week-record': CONTENT,
  // The engine runs in the worker for the content scripts, with what applies on the sender's own page.
  'engine-prepare': CONTENT,
  analyze: CONTENT,
  note: CONTENT,
  phrases: CONTENT,
};

export interface Self {
  id: string;
  /** `runtime.getURL('')`: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  origin: string;
}

/**
 * Who sent a message: a page of Ramah's own origin, a content script of Ramah's (any other
 * address, or none), or undefined for anyone else.
 */
export function askerOf(sender: { id?: string; url?: string }, self: Self): Asker | undefined {
  if (sender.id !== self.id) return undefined;
  return sender.url?.startsWith(self.origin) ? 'extension-page' : 'content-script';
}

/** What the browser says about a message's sender (runtime.MessageSender), as far as the worker reads it. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * The page a site-config request is about. Ramah's own pages may ask about any address (the popup
 * asks about the active tab). A content script gets what applies on its own page: the address the
 * browser gives for the sending frame, never one inside the message, which a renderer the page has
 * compromised could write to read another site's settings.
 */
export function siteConfigUrl(request: { url?: unknown }, asker: Asker, sender: SenderInfo): string {
  if (asker === 'extension-page') return typeof request.url === 'string' ? request.url : '';
  return sender.url ?? sender.tab?.url ?? '';
}

export function mayAsk(kind: WorkerRequest['kind'], asker: Asker): boolean {
  return ALLOWED_ASKERS[kind].includes(asker);
}

/** The side panel's page, as the build names it (manifest.json `side_panel.default_path`). */
export const SIDE_PANEL_PAGE = 'src/extension/side-panel/index.html';

/**
 * Whether a port or message comes from Ramah's own side-panel page: the one context, besides the
 * panel in the page, whose actions the content script carries out on the draft. Another extension,
 * another of Ramah's pages and any content script are not it.
 */
export function isSidePanelPage(sender: { id?: string; url?: string }, self: Self): boolean {
  if (sender.id !== self.id || !sender.url) return false;
  const page = self.origin + SIDE_PANEL_PAGE;
  return sender.url === page || (sender.url.startsWith(page) && /^[?#]/.test(sender.url.slice(page.length)));
}
