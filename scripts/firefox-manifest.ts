/**
 * Firefox's manifest, made from manifest.json (Chrome's) at build time, so that both builds come from
 * one source. Firefox MV3 runs the background as an event page (`background.scripts`), reads Gecko's
 * settings, and has no use for the keys that only Chrome reads.
 */

/** The add-on id: Firefox keeps storage and policy (policies.json "3rdparty") under it. */
export const GECKO_ID = 'ramah@ramah.app';

/**
 * Firefox 140 (an ESR line) is the first to read `data_collection_permissions`, which AMO asks of
 * every new add-on; Firefox for Android reads it from 142. Everything else we use is older:
 * `optional_host_permissions` and MV3 content scripts in the MAIN world (128), module event pages (112).
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * Keys that only Chrome reads. `key` pins Chrome's extension id (Firefox has GECKO_ID). Firefox
 * reads managed storage from policies.json without a schema, and its manifest has no `storage` key.
 */
export const CHROME_ONLY_KEYS = ['key', 'minimum_chrome_version', 'storage'] as const;

/**
 * Chrome's side panel (`side_panel` and the `sidePanel` permission) is Firefox's sidebar
 * (`sidebar_action`, which needs no permission): the same page, pinned by the agent.
 */
export const CHROME_ONLY_PERMISSIONS = ['sidePanel'] as const;

type ChromeOnlyKey = (typeof CHROME_ONLY_KEYS)[number] | 'side_panel';

interface ChromeManifest {
  background: { service_worker: string; type?: string };
  permissions?: string[];
  side_panel?: { default_path: string };
  name?: string;
  action?: { default_icon?: unknown };
  [key: string]: unknown;
}

export interface SidebarAction {
  default_panel: string;
  default_title?: string;
  default_icon?: unknown;
  /** Ramah's panel is in the page unless the agent pins it: the sidebar does not open by itself. */
  open_at_install: false;
}

export type FirefoxManifest<M extends ChromeManifest> = Omit<M, ChromeOnlyKey | 'background'> & {
  /** crxjs writes its loader here and adds `type: "module"`, as for Chrome's service worker. */
  background: { scripts: string[] };
  sidebar_action?: SidebarAction;
  browser_specific_settings: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: ['none'] } };
    gecko_android: { strict_min_version: string };
  };
};

export function firefoxManifest<M extends ChromeManifest>(chrome: M): FirefoxManifest<M> {
  const manifest: Record<string, unknown> = { ...chrome };
  for (const key of [...CHROME_ONLY_KEYS, 'side_panel']) delete manifest[key];
  if (chrome.permissions) manifest.permissions = chrome.permissions.filter((permission) => !(CHROME_ONLY_PERMISSIONS as readonly string[]).includes(permission));
  const sidePanel = chrome.side_panel?.default_path;
  return {
    ...(manifest as Omit<M, ChromeOnlyKey | 'background'>),
    background: { scripts: [chrome.background.service_worker] },
    ...(sidePanel ? { sidebar_action: { default_panel: sidePanel, default_title: chrome.name, default_icon: chrome.action?.default_icon, open_at_install: false } } : {}),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Ramah collects nothing: the drafts, the settings and the packs stay in the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
