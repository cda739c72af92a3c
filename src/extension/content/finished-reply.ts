/**
 * When the agent has finished a reply. Helpdesks clear the composer after sending, or take it off the
 * page; neither says "sent", so a reply counts as finished when a composer that held a reply of some
 * length is emptied by anything but the agent's own deleting, or leaves the page. Deleting a word or
 * two leaves text; deleting it all (select all, Backspace) is the agent starting over, not sending.
 * The take-a-breath card and the week in review both count a reply by this rule, and no other.
 */

import { ticketReference } from './note-target.js';

/** A reply shorter than this (letters, not spaces) is a word or two, not a reply. */
export const MIN_REPLY_LENGTH = 20;

/** The reply a composer holds, as last seen. */
export interface HeldReply {
  /** The ticket it answers. */
  ticket: string;
  /** The customer's message was abusive or threatening. */
  hard: boolean;
  /** The longest the reply has been, in letters, since the composer was last empty. */
  longest: number;
}

/** What one look at a composer saw. */
export interface Seen {
  text: string;
  ticket: string;
  hard: boolean;
  /** The agent's own deleting emptied it (Backspace, Delete, Cut, Undo). */
  emptiedByAgent: boolean;
}

/** Not a letter: a space, nor the zero-width characters some editors keep in an empty line. */
const NOT_A_LETTER = /[\s\u200b\ufeff]/u;
const NOT_LETTERS = new RegExp(`${NOT_A_LETTER.source}+`, 'gu');

/** Letters, not spaces. */
export const replyLength = (text: string) => text.replace(NOT_LETTERS, '').length;

/**
 * `text` up to its `letters`-th letter, or all of it when it has fewer: enough to tell an emptied composer, a word or
 * two and a reply apart without reading a long draft whole on every change.
 */
export function leadingLetters(text: string, letters: number): string {
  let seen = 0;
  for (let i = 0; i < text.length && letters > 0; i++) {
    if (NOT_A_LETTER.test(text[i]!)) continue;
    if (++seen >= letters) return text.slice(0, i + 1);
  }
  return letters > 0 ? text : '';
}

/**
 * The composer's next state, and the reply it finished if this look saw it emptied. A ticket's
 * signals are those of the last look that saw text: the customer's message is read from the page.
 */
export function lookAt(held: HeldReply | null, seen: Seen): { held: HeldReply | null; finished: HeldReply | null } {
  const length = replyLength(seen.text);
  if (length > 0) {
    const longest = held && held.ticket === seen.ticket ? Math.max(held.longest, length) : length;
    return { held: { ticket: seen.ticket, hard: seen.hard, longest }, finished: null };
  }
  const finished = held && held.longest >= MIN_REPLY_LENGTH && !seen.emptiedByAgent ? held : null;
  return { held: null, finished };
}

/** The reply finished when its composer left the page, if it held one. */
export function leftWith(held: HeldReply | null): HeldReply | null {
  return held && held.longest >= MIN_REPLY_LENGTH ? held : null;
}

/** Keys that delete or take back text in a composer. */
export function isDeletingKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.key === 'Backspace' || event.key === 'Delete') return true;
  const command = event.ctrlKey || event.metaKey;
  return command && !event.altKey && ['x', 'z', 'y'].includes(event.key.toLowerCase());
}

/**
 * A ticket once, however its page is reached: the adapter's id, else the number in the address
 * (/tickets/2087, ?t=2087), else the address without its hash.
 */
export function ticketKeyOf(href: string, adapterTicket?: string): string {
  const { number } = ticketReference(href, adapterTicket);
  try {
    const url = new URL(href);
    return number ? `${url.host} #${number}` : `${url.origin}${url.pathname}${url.search}`;
  } catch {
    return href;
  }
}
