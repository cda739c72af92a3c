/**
 * Freshdesk. Replies and notes are written in Froala. Which later conversation item is the customer's
 * has no mark in the page (only the page's own API says), so the ticket's description, the customer's
 * first message, is what is read. Sources beside each selector; docs/adapters.md has the table.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, readableText, scopedAll, selectedMode } from './dom.js';

// ivanovichko/MWR_New_Booking_Server "frontend/MWR Booking Tools.user.js" (2026-07).
const DESCRIPTION = '[data-test-id="ticket-description"] #ticket_original_request';

export default defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  // /a/ is the agent app, /helpdesk/ the older one; /support/ is the customers' portal.
  matches: (url) => url.hostname.endsWith('.freshdesk.com') && /^\/(a|helpdesk)\//.test(url.pathname),
  // Froala's editable: ivanovichko/MWR_New_Booking_Server "frontend/MWR Booking Tools.user.js".
  composers: ['.fr-element.fr-view[contenteditable="true"]'],
  isInternal: (composer) =>
    // "Add note" and "Reply" on the reply bar (ul.reply-bar, same source) open the same editor.
    nearestMarker(composer, [
      [/^(notes?|private)$/, true],
      [/^(reply|forward|fwd)$/, false],
    ]) ?? selectedMode(composer, /\b(notes?|catatan|nota)\b/i, /\b(reply|forward|balas)\b/i),
  customerMessageElement: (composer, doc) => scopedAll(composer, '.ticket-description .text__content', doc)[0],
  customerMessage(composer, doc) {
    const description = scopedAll(composer, DESCRIPTION, doc)[0];
    return description ? readableText(description) : undefined;
  },
});
