/**
 * A site's host permission is only ever asked for to run Ramah there (the popup's "Enable on this
 * site", the options page's "Add site" or "Give access"), so a grant turns the site on. The page
 * that asked writes the same setting, but in Firefox a popup may close while the browser's prompt
 * is open, and with it the code that would have written it: the worker, which stays, writes it too.
 */
import { BUILTIN_SITES, hostMatches, normalizeHostPattern, type UserSettings } from '../settings/index.js';

/** The host pattern of a granted origin such as `*://support.acme.com/*`, or undefined. */
export function hostOfOrigin(origin: string): string | undefined {
  const match = /^(?:\*|https?):\/\/([^/]+)\/\*?$/.exec(origin);
  return match ? normalizeHostPattern(match[1]!) : undefined;
}

/** Turns on each granted site that is not a built-in helpdesk; returns whether anything changed. */
export function enableGrantedSites(settings: UserSettings, origins: readonly string[]): boolean {
  let changed = false;
  for (const origin of origins) {
    const host = hostOfOrigin(origin);
    if (!host || host === '*' || BUILTIN_SITES.some((site) => hostMatches(site.host, host))) continue;
    if (settings.sites[host]?.enabled === true) continue;
    settings.sites[host] = { ...settings.sites[host], enabled: true };
    changed = true;
  }
  return changed;
}
