/**
 * Zoho Desk. Its editor's markup is not publicly documented, so composers come from the generic
 * detection, which reaches into the same-origin iframes rich editors of its kind live in. Zoho Desk
 * calls a note to colleagues a comment.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, selectedMode } from './dom.js';

export default defineAdapter({
  id: 'zoho-desk',
  name: 'Zoho Desk',
  // desk.zoho.com, .eu, .in, .com.au, .jp …; /agent/ is the agent app, /portal/ the help centre.
  matches: (url) => /^desk\.zoho\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/agent/'),
  composers: [],
  isInternal: (composer) =>
    nearestMarker(composer, [
      [/^(comments?|notes?)$/, true],
      [/^(reply|forward)$/, false],
    ]) ?? selectedMode(composer, /\b(comments?|komen|komentar|notes?)\b/i, /\b(reply|forward|balas)\b/i),
});
