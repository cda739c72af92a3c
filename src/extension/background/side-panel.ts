/**
 * Pinning Ramah to the browser's side panel on a site: Chrome's sidePanel, Firefox's sidebar_action.
 * Both browsers open their panel only inside a user gesture. Chrome lets the gesture of a click in
 * the page reach the worker with the content script's message, so the worker opens the panel at
 * once, before anything it awaits; Firefox does not, and the agent pins from the toolbar popup there.
 */
import type { WorkerReply } from '../protocol.js';
import { setSidePanel } from '../settings/index.js';
import { openSidePanel } from '../side-panel/open.js';
import { updateUserSettings } from '../settings/store.js';
import { handleSiteConfig } from './site-config.js';

export interface PinSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** Pins or unpins the site of the sender's page (its top frame), opening the side panel first when asked. */
export function pinSidePanel(pinned: boolean, open: boolean, sender: PinSender): Promise<WorkerReply<'side-panel-pin'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !sender.url) return Promise.resolve({ ok: false, message: "only a page's own top frame can pin Ramah" });
  const opened = pinned && open ? openSidePanel(tabId) : Promise.resolve();
  const url = sender.url;
  return opened.then(
    async () => {
      const { config } = await handleSiteConfig(url);
      const site = config.site ?? new URL(url).hostname;
      await updateUserSettings((settings) => setSidePanel(settings, site, pinned));
      return { ok: true as const };
    },
    (error: unknown) => ({ ok: false as const, message: (error as Error)?.message ?? String(error) }),
  );
}
