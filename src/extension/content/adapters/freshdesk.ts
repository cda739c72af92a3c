/**
 * Freshdesk. Replies and notes are written in Froala (`div.fr-element.fr-view`, the element agents'
 * userscripts insert into; adam-p/markdown-here #227); older accounts used Redactor. The ticket's
 * first message is `.ticket-description .text__content`. Which later conversation item is the
 * customer's is not publicly known, so the description is what is read.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, readableText, scopedAll, selectedMode } from './dom.js';

export default defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  // /a/ is the agent app, /helpdesk/ the older one; /support/ is the customers' portal.
  matches: (url) => url.hostname.endsWith('.freshdesk.com') && /^\/(a|helpdesk)\//.test(url.pathname),
  composers: ['.fr-element.fr-view', '.fr-element', '.redactor-editor', '.redactor_editor'],
  isInternal: (composer) =>
    // "Add note" and "Reply" open the same editor in differently named panels.
    nearestMarker(composer, [
      [/^(notes?|private)$/, true],
      [/^(reply|forward|fwd)$/, false],
    ]) ?? selectedMode(composer, /\b(notes?|catatan|nota)\b/i, /\b(reply|forward|balas)\b/i),
  customerMessageElement: (composer, doc) => scopedAll(composer, '.ticket-description .text__content', doc)[0],
  customerMessage(composer, doc) {
    const description = scopedAll(composer, '.ticket-description .text__content', doc)[0];
    return description ? readableText(description) : undefined;
  },
});
