/**
 * One Ramah per page. On a site the agent enabled, the content script is injected into the tabs
 * already open there when the access is granted, and again when the browser starts, where the
 * registered copy may already run (webext-dynamic-content-scripts). A second copy would coach
 * every draft twice. The copy that runs keeps the page, unless the extension was reloaded or
 * updated since it started: then it is cut off from the extension, and the new copy replaces it.
 */

/** Kept on the isolated world's global, which the page cannot see. */
const KEY = Symbol.for('ramah.content-script');

export interface PageInstance {
  /** Whether this copy still reaches the extension. */
  alive(): boolean;
  /** Removes what this copy shows on the page. */
  stop(): void;
}

/** Makes `instance` the page's copy, or returns false when a live copy already runs here. */
export function claimPage(instance: PageInstance, scope: object = globalThis): boolean {
  const slot = scope as { [KEY]?: PageInstance };
  const previous = slot[KEY];
  if (previous) {
    if (previous.alive()) return false;
    try {
      previous.stop();
    } catch {
      // A copy cut off from the extension may fail to clean up; the new one takes over anyway.
    }
  }
  slot[KEY] = instance;
  return true;
}
