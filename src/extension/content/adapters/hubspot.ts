/**
 * HubSpot conversations inbox and help desk. The composer is the editable beside HubSpot's own send
 * button, and its channel button names the mode (Email, Chat or Comment). The thread's markup has
 * no public record, so the customer's message is not read. Sources beside each selector;
 * docs/adapters.md has the table.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, scopedAll, selectedMode } from './dom.js';

const HOSTS = new Set(['app.hubspot.com', 'app-eu1.hubspot.com']);
// "HubSpot's own markers for the reply composer": StephenShawBepoz/browserscripts
// hubspot/status-prompt.user.js.
const SEND_BUTTON = '[data-test-id="composer-send-button"]';
const CHANNEL_BUTTON = 'button[aria-label="Change channel"]';

export default defineAdapter({
  id: 'hubspot',
  name: 'HubSpot',
  matches: (url) => HOSTS.has(url.hostname) && /^\/(live-messages|help-desk)\//.test(url.pathname),
  composers: [],
  // The composer's root is the smallest element that holds the send button and an editable
  // (StephenShawBepoz/browserscripts hubspot/status-prompt.user.js).
  composerMarkers: [SEND_BUTTON],
  isInternal(composer) {
    // The channel button's text is the mode (same source).
    const channel = scopedAll(composer, CHANNEL_BUTTON)[0]?.textContent?.trim();
    if (channel) return /^comments?\b/i.test(channel);
    // The URL's hash is the channel: svendvd/HubSpotSendProtector.
    const hash = composer.ownerDocument.defaultView?.location.hash ?? '';
    if (/^#comments?\b/.test(hash)) return true;
    if (/^#(email|live-chat|chat|whatsapp|messenger|sms)\b/.test(hash)) return false;
    return (
      nearestMarker(composer, [[/^comments?$/, true]]) ??
      selectedMode(composer, /\b(comments?|komen|komentar)\b/i, /\b(email|chat|reply|balas)\b/i)
    );
  },
});
