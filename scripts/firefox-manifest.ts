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

type ChromeOnlyKey = (typeof CHROME_ONLY_KEYS)[number];

interface ChromeManifest {
  background: { service_worker: string; type?: string };
  [key: string]: unknown;
}

export type FirefoxManifest<M extends ChromeManifest> = Omit<M, ChromeOnlyKey | 'background'> & {
  /** crxjs writes its loader here and adds `type: "module"`, as for Chrome's service worker. */
  background: { scripts: string[] };
  browser_specific_settings: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: ['none'] } };
    gecko_android: { strict_min_version: string };
  };
};

export function firefoxManifest<M extends ChromeManifest>(chrome: M): FirefoxManifest<M> {
  const manifest: Record<string, unknown> = { ...chrome };
  for (const key of CHROME_ONLY_KEYS) delete manifest[key];
  return {
    ...(manifest as Omit<M, ChromeOnlyKey | 'background'>),
    background: { scripts: [chrome.background.service_worker] },
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
