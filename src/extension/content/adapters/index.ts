/**
 * The site adapters, one file each, sorted by id. The content script asks `adapterFor(location)`;
 * a page no adapter claims gets the generic one, which runs only where the user or an admin
 * enabled Ramah. A helpdesk gets an adapter only when its markup has a public source
 * (docs/adapters.md); Front and Zoho Desk have none, and get the generic one once enabled.
 */
import type { SiteAdapter } from './types.js';
import freshdesk from './freshdesk.js';
import generic from './generic.js';
import gmail from './gmail.js';
import helpscout from './helpscout.js';
import hubspot from './hubspot.js';
import intercom from './intercom.js';
import zendesk from './zendesk.js';

export type { Audience, Composer, EditorKind, SiteAdapter } from './types.js';
export { editorKind } from './editor-kind.js';
export { generic };

export const siteAdapters: readonly SiteAdapter[] = [freshdesk, gmail, helpscout, hubspot, intercom, zendesk];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? generic;
}

/** Whether the page is a supported helpdesk, where Ramah runs without being enabled first. */
export function isSupportedHelpdesk(url: URL): boolean {
  return siteAdapters.some((adapter) => adapter.matches(url));
}
