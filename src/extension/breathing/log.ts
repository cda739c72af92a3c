/**
 * The hard tickets of the agent's day: those whose customer was abusive or threatening and whose reply
 * the agent finished. It says whether the take-a-breath card is due (once per ticket) and how many there
 * were today. Kept in storage.local only, for today only: never synced, sent or shown to anyone else.
 * Stored values are untrusted: anything that does not read as today's list is an empty day.
 */
import browser from 'webextension-polyfill';

export const BREATHING_KEY = 'breathing';
/** More hard tickets than anyone has in a day; the oldest go first past it, so the list stays small. */
export const MAX_HARD_TICKETS = 500;
/** A ticket is its address or the adapter's reference; longer is not one. */
const MAX_TICKET_LENGTH = 2048;

/** One day's hard tickets, in the order they were finished. */
export interface HardTicketDay {
  /** The agent's local date, YYYY-MM-DD. */
  day: string;
  tickets: string[];
}

/** The agent's local date: a day ends at the agent's midnight, not UTC's. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** What is stored, as far as it can be trusted for `today`: another day's list, or a corrupt one, is an empty day. */
export function soundDay(stored: unknown, today: string): HardTicketDay {
  const empty = { day: today, tickets: [] };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return empty;
  const { day, tickets } = stored as Record<string, unknown>;
  if (day !== today || !Array.isArray(tickets)) return empty;
  const sound = tickets.filter((ticket): ticket is string => typeof ticket === 'string' && ticket.length > 0 && ticket.length <= MAX_TICKET_LENGTH);
  return { day: today, tickets: [...new Set(sound)].slice(-MAX_HARD_TICKETS) };
}

export interface HardTicketCount {
  /** The first time this ticket's reply was finished today: the card is due. */
  first: boolean;
  /** How many hard tickets today, this one included. */
  count: number;
}

/** The day with `ticket` added, once. */
export function addHardTicket(day: HardTicketDay, ticket: string): { day: HardTicketDay; counted: HardTicketCount } {
  const key = ticket.slice(0, MAX_TICKET_LENGTH);
  if (day.tickets.includes(key)) return { day, counted: { first: false, count: day.tickets.length } };
  const tickets = [...day.tickets, key].slice(-MAX_HARD_TICKETS);
  return { day: { day: day.day, tickets }, counted: { first: true, count: tickets.length } };
}

/**
 * Counts a finished hard ticket: whether the card is due and the day's count. Null when the card is
 * off (by the agent or by policy: then nothing is counted or stored either), or when nothing could be
 * read or written (the card then stays away rather than showing twice).
 */
export async function countHardTicket(ticket: string, cardOn: boolean, now: Date = new Date()): Promise<HardTicketCount | null> {
  if (!cardOn) return null;
  try {
    const today = localDay(now);
    const stored = await browser.storage.local.get(BREATHING_KEY);
    const { day, counted } = addHardTicket(soundDay(stored[BREATHING_KEY], today), ticket);
    if (counted.first) await browser.storage.local.set({ [BREATHING_KEY]: day });
    return counted;
  } catch (error) {
    console.warn('[Ramah] the hard tickets of the day could not be counted', error);
    return null;
  }
}

/** Today's count, for the agent's own eyes (0 on another day or a corrupt value). */
export async function hardTicketsToday(now: Date = new Date()): Promise<number> {
  const stored = await browser.storage.local.get(BREATHING_KEY).catch(() => ({}) as Record<string, unknown>);
  return soundDay(stored[BREATHING_KEY], localDay(now)).tickets.length;
}
