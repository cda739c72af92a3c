/**
 * Intercom inbox. Its composer is Intercom's ProseMirror editor; a note to colleagues is written in
 * the same editor inside the note pane. The conversation's markup has no public record that names
 * the customer's messages, so the customer's message is not read. Sources beside each selector;
 * docs/adapters.md has the table.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, selectedMode } from './dom.js';

const HOSTS = new Set(['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com']);
// The reply and the note pane: Gunnyarts/tb tagenforcer/tagenforcer.user.js reads
// ".conversation__text:not(.o__note) …" for a reply and ".conversation__text.o__note …" for a note.
const PANE = '.conversation__text';
const NOTE = 'o__note';

export default defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  // The workspace is under /a/ (/a/inbox/…, /a/apps/…); intercom.com's other pages are marketing.
  matches: (url) => HOSTS.has(url.hostname) && url.pathname.startsWith('/a/'),
  // Gunnyarts/tb tagenforcer/tagenforcer.user.js; beak2825/greasyfork_archives js_greasyfork/492277.js
  // ("Intercom Quick Buttons", app.intercom.com) writes into the same editor's blocks.
  composers: ['.embercom-prosemirror-composer-editor'],
  isInternal: (composer) =>
    composer.closest(PANE)?.classList.contains(NOTE) ??
    nearestMarker(composer, [
      [/^notes?$/, true],
      [/^(reply|replies)$/, false],
    ]) ??
    selectedMode(composer, /\b(notes?|catatan|nota)\b/i, /\b(reply|balas)\b/i),
});
