/**
 * HubSpot conversations inbox and help desk. The composer is ProseMirror (Briskine's
 * "prosemirror/hubspot" commit). The selected channel is in the URL's hash: `#email` and
 * `#live-chat` reach the customer, `#comment` only colleagues (svendvd/HubSpotSendProtector).
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, selectedMode } from './dom.js';

const HOSTS = new Set(['app.hubspot.com', 'app-eu1.hubspot.com']);

export default defineAdapter({
  id: 'hubspot',
  name: 'HubSpot',
  matches: (url) => HOSTS.has(url.hostname) && /^\/(live-messages|help-desk)\//.test(url.pathname),
  composers: ['.ProseMirror'],
  isInternal(composer) {
    const hash = composer.ownerDocument.defaultView?.location.hash ?? '';
    if (/^#comments?\b/.test(hash)) return true;
    if (/^#(email|live-chat|chat|whatsapp|messenger|sms)\b/.test(hash)) return false;
    return (
      nearestMarker(composer, [[/^comments?$/, true]]) ??
      selectedMode(composer, /\b(comments?|komen|komentar)\b/i, /\b(email|chat|reply|balas)\b/i)
    );
  },
});
