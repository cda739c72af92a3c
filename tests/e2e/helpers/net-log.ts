/**
 * Reads the NetLog that Chromium writes with `--log-net-log` (see chromium-args.ts). It is the network
 * stack's own record, so it holds every request of every context (pages, content scripts, the
 * extension's service worker and pages, and the browser itself) whatever made it, and every host lookup.
 * The format is Chromium's netlog JSON: numbered event types named in `constants.logEventTypes`.
 */
import { readFile } from 'node:fs/promises';

export interface LoggedRequest {
  url: string;
  method: string;
  /** The origin that asked, or "not an origin" for the browser's own requests and typed navigations. */
  initiator: string;
  /** "main frame", "other"...: Chromium's request type. */
  requestType: string;
  /** The top-frame site (and frame site) the request is isolated under. */
  isolationKey: string;
}

export interface HostLookup {
  /** As the resolver was asked, after --host-resolver-rules: "https://127.0.0.1:443", "https://~notfound". */
  host: string;
  /** The site the lookup was made for: "https://zendesk.com same_site", "chrome-extension://… same_site". */
  anonymizationKey: string;
}

export interface NetLog {
  requests: LoggedRequest[];
  /** Addresses of HTTP streams, preconnects included: a connection can be opened without a request. */
  streams: string[];
  lookups: HostLookup[];
  /** Where connections were opened or attempted to ("https://host:port"), before the host was looked up. */
  connections: string[];
  /** Host names sent to a DNS server: with every host mapped by the rules, there should be none. */
  dnsQueries: string[];
  /** What was written to sockets, decrypted: HTTP request lines, headers and bodies, as text. */
  sentText: string[];
}

interface RawEvent {
  type: number;
  phase: number;
  params?: Record<string, unknown>;
}

const BEGIN = 1;

interface RawLog {
  constants: { logEventTypes: Record<string, number> };
  events: RawEvent[];
}

function parseLog(text: string): RawLog {
  try {
    return JSON.parse(text) as RawLog;
  } catch {
    // Complete only once the browser closed cleanly; a log cut short lacks its closing brackets.
    return JSON.parse(text.replace(/,?\s*$/, ']}')) as RawLog;
  }
}

export async function readNetLog(file: string): Promise<NetLog> {
  const text = await readFile(file, 'utf8');
  const json = parseLog(text);
  const names = new Map(Object.entries(json.constants.logEventTypes).map(([name, id]) => [id, name]));
  const log: NetLog = { requests: [], streams: [], lookups: [], connections: [], dnsQueries: [], sentText: [] };
  const string = (value: unknown) => (typeof value === 'string' ? value : '');
  for (const event of json.events) {
    const params = event.params ?? {};
    switch (names.get(event.type)) {
      case 'URL_REQUEST_START_JOB':
        if (event.phase === BEGIN) {
          log.requests.push({
            url: string(params.url),
            method: string(params.method),
            initiator: string(params.initiator),
            requestType: string(params.request_type),
            isolationKey: string(params.network_isolation_key),
          });
        }
        break;
      case 'HTTP_STREAM_JOB_CONTROLLER':
        if (event.phase === BEGIN && params.url) log.streams.push(string(params.url));
        break;
      case 'HOST_RESOLVER_MANAGER_REQUEST':
        if (event.phase === BEGIN) log.lookups.push({ host: string(params.host), anonymizationKey: string(params.network_anonymization_key) });
        break;
      case 'HTTP_STREAM_JOB':
        if (event.phase === BEGIN && params.destination) log.connections.push(string(params.destination));
        break;
      case 'SOCKET_POOL_CONNECT_JOB_CREATED': {
        // A socket group: "https://host:port <site same_site>", "pm/" first in privacy mode.
        const destination = /^(?:pm\/)?(\S+)/.exec(string(params.group_id))?.[1];
        if (destination) log.connections.push(destination);
        break;
      }
      case 'DNS_TRANSACTION':
        if (params.hostname) log.dnsQueries.push(string(params.hostname));
        break;
      case 'SOCKET_BYTES_SENT':
      case 'SSL_SOCKET_BYTES_SENT':
      case 'UDP_BYTES_SENT':
        if (typeof params.bytes === 'string') log.sentText.push(Buffer.from(params.bytes, 'base64').toString('utf8'));
        break;
    }
  }
  return log;
}
