/**
 * Where Ramah runs. A site is a host pattern: an exact host (`support.acme.com`) or a wildcard over
 * a domain and its subdomains (`*.zendesk.com`), as in the manifest's match patterns. The built-in
 * helpdesks are on from install; any other site runs only once the agent or an admin enables it.
 */

export interface BuiltinSite {
  /** The host pattern, also the key of the site's settings. */
  readonly host: string;
  /** The helpdesk as agents know it. */
  readonly name: string;
}

/** The helpdesks whose hosts manifest.json lists; a unit test keeps the two the same. */
export const BUILTIN_SITES: readonly BuiltinSite[] = [
  { host: '*.zendesk.com', name: 'Zendesk' },
  { host: '*.freshdesk.com', name: 'Freshdesk' },
  { host: 'mail.google.com', name: 'Gmail' },
  { host: 'secure.helpscout.net', name: 'Help Scout' },
  { host: 'app.intercom.com', name: 'Intercom' },
  { host: 'app.eu.intercom.com', name: 'Intercom (EU)' },
  { host: 'app.au.intercom.com', name: 'Intercom (AU)' },
  { host: 'app.hubspot.com', name: 'HubSpot' },
  { host: 'app-eu1.hubspot.com', name: 'HubSpot (EU)' },
];

const BUILTIN_HOSTS = new Set(BUILTIN_SITES.map((site) => site.host));

export function isBuiltinSite(host: string): boolean {
  return BUILTIN_HOSTS.has(host);
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_PATTERN = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)*${LABEL}$`);

/**
 * A host pattern in its one spelling (lower case, no scheme, path or port), or undefined when the
 * text is not one. Accepts what people paste: `https://Support.Acme.com/agent/`, `*.zendesk.com`.
 */
export function normalizeHostPattern(text: string): string | undefined {
  let host = text.trim().toLowerCase();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(host);
  if (scheme) host = host.slice(scheme[0].length);
  host = host.replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host === '' || host.length > 253 || !HOST_PATTERN.test(host)) return undefined;
  // `*.com` would cover a whole top-level domain.
  if (host.startsWith('*.') && !host.slice(2).includes('.')) return undefined;
  return host;
}

/**
 * Whether `host` is covered by `pattern`: `*.zendesk.com` covers zendesk.com and every subdomain.
 * `host` may be a pattern too: `*.zendesk.com` covers `*.eu.zendesk.com`, an exact host covers no wildcard.
 */
export function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The most specific of `patterns` that covers `host`: an exact host before a wildcard, a longer
 * domain before a shorter one, so `support.zendesk.com` can differ from `*.zendesk.com`.
 */
export function mostSpecific(patterns: Iterable<string>, host: string): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const pattern of patterns) {
    if (!hostMatches(pattern, host)) continue;
    const score = pattern.startsWith('*.') ? pattern.length - 2 : 10_000 + pattern.length;
    if (score > bestScore) {
      best = pattern;
      bestScore = score;
    }
  }
  return best;
}

/** The match pattern of a host pattern, for `permissions` and `scripting`: HTTP and HTTPS. */
export function originPattern(hostPattern: string): string {
  return `*://${hostPattern}/*`;
}
