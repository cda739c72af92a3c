/**
 * Where Document this and the hand-over put their note, and what it says the ticket is. Pure: the
 * content script gives the page's composers with their role, and the page's address.
 */
import type { Audience } from './adapters/types.js';

export interface RoledComposer<T> {
  composer: T;
  audience: Audience;
}

/**
 * The internal-note composer the note goes into: the one the agent is in when it is a note, else the
 * first note composer on the page; undefined when the page shows none (the note goes to the clipboard).
 */
export function noteComposer<T>(composers: readonly RoledComposer<T>[], current: T | null): T | undefined {
  const here = composers.find((c) => c.composer === current);
  if (here?.audience === 'internal') return here.composer;
  return composers.find((c) => c.audience === 'internal')?.composer;
}

/** The reply the note documents: the composer the agent is in when it writes to the customer, else the first that does. */
export function replyComposer<T>(composers: readonly RoledComposer<T>[], current: T | null): T | undefined {
  const here = composers.find((c) => c.composer === current);
  if (here?.audience === 'customer') return here.composer;
  return composers.find((c) => c.audience === 'customer')?.composer;
}

// Zendesk and Freshdesk (/tickets/2087), HubSpot (/ticket/2087), Help Scout and Intercom (/conversation/2087).
const NUMBER_IN_PATH = /\/(?:tickets?|conversations?)\/(\d+)(?:[/?#]|$)/;
// Pages that keep the ticket in the query (?t=2087, ?ticket=2087, ?ticket_id=2087).
const NUMBER_IN_QUERY = /^(?:t|ticket|ticket_?id|ticketId)$/;

/** The ticket as the note names it: the page's address, and its number where the adapter or the address says it. */
export function ticketReference(href: string, adapterId?: string): { url: string; number?: string } {
  const id = adapterId?.trim();
  if (id) return { url: href, number: id };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { url: href };
  }
  const inPath = NUMBER_IN_PATH.exec(url.pathname + '/')?.[1];
  if (inPath) return { url: href, number: inPath };
  for (const [name, value] of url.searchParams) {
    if (NUMBER_IN_QUERY.test(name) && /^\d+$/.test(value)) return { url: href, number: value };
  }
  return { url: href };
}
