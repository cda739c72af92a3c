/**
 * "Enable on this site" and "Disable on this site". A site that is not built in needs its host
 * permission, asked for at the click (the browser allows the request only during a user gesture);
 * webext-dynamic-content-scripts then registers the content scripts there. Disabling removes the
 * permission again, so that nothing of Ramah runs on a site the agent turned it off on.
 */
import browser from 'webextension-polyfill';
import { openSidePanel } from '../side-panel/open.js';
import { setSidePanel } from '../settings/index.js';
import { updateUserSettings } from '../settings/store.js';
import type { PopupView } from './state.js';

export type ActionResult = { ok: true } | { ok: false; reason: 'refused' } | { ok: false; reason: 'failed'; error: string };

async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  await updateUserSettings((settings) => {
    settings.sites[host] = { ...settings.sites[host], enabled };
  });
}

const failed = (error: unknown): ActionResult => ({ ok: false, reason: 'failed', error: (error as Error)?.message ?? String(error) });

/** Call straight from the click handler: the permission request must start before any await. */
export function enableSite(view: PopupView): Promise<ActionResult> {
  const host = view.host;
  if (!host) return Promise.resolve(failed('no site'));
  const granted = view.origin ? browser.permissions.request({ origins: [view.origin] }) : Promise.resolve(true);
  return granted.then(
    async (yes): Promise<ActionResult> => {
      // The agent said no: nothing is written, so the setting never claims more than the browser allows.
      if (!yes) return { ok: false, reason: 'refused' };
      try {
        if (view.writesSetting) await setSiteEnabled(host, true);
        return { ok: true };
      } catch (error) {
        return failed(error);
      }
    },
    (error: unknown) => failed(error),
  );
}

export async function disableSite(view: PopupView): Promise<ActionResult> {
  const host = view.host;
  if (!host || !view.writesSetting) return failed('not allowed here');
  try {
    // The setting first: the content script already on the page stops at once.
    await setSiteEnabled(host, false);
    if (view.origin) await browser.permissions.remove({ origins: [view.origin] });
    return { ok: true };
  } catch (error) {
    return failed(error);
  }
}

/**
 * Pins Ramah to the browser's side panel on the tab's site, or back into the page. Call straight
 * from the click: the browser opens its side panel only within the gesture. Pinned only once it opened.
 */
export function setSidePanelPinned(view: PopupView, tabId: number | undefined, pinned: boolean): Promise<ActionResult> {
  const site = view.sidePanel?.site;
  if (!site) return Promise.resolve(failed('not here'));
  const opened = pinned ? (tabId === undefined ? Promise.reject(new Error('no tab')) : openSidePanel(tabId)) : Promise.resolve();
  return opened.then(
    async (): Promise<ActionResult> => {
      await updateUserSettings((settings) => setSidePanel(settings, site, pinned));
      return { ok: true };
    },
    (error: unknown) => failed(error),
  ).catch(failed);
}
