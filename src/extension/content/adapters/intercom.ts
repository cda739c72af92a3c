/**
 * Intercom inbox. Its composer is a contenteditable (saadq/intercom-code, 2018, so possibly stale)
 * inside a wrapper named for the composer; a note is written in the same composer switched to
 * "Note", which the selected tab or the wrapper's name tells.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, selectedMode } from './dom.js';

const HOSTS = new Set(['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com']);

export default defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  // The workspace is under /a/ (/a/inbox/…, /a/apps/…); intercom.com's other pages are marketing.
  matches: (url) => HOSTS.has(url.hostname) && url.pathname.startsWith('/a/'),
  composers: ['[class*="composer"] .ProseMirror', '[class*="composer"] [contenteditable="true"]'],
  isInternal: (composer) =>
    nearestMarker(composer, [
      [/^notes?$/, true],
      [/^(reply|replies)$/, false],
    ]) ?? selectedMode(composer, /\b(notes?|catatan|nota)\b/i, /\b(reply|balas)\b/i),
});
