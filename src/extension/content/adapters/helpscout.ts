/**
 * Help Scout. The only public record of its agent page is of the classic conversation view: its
 * Redactor reply editor and its thread articles. Where Help Scout's newer editor differs, the
 * generic detection takes over. Sources beside each selector; docs/adapters.md has the table.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, readableText, scopedAll, selectedMode } from './dom.js';

// A customer's message and its body: trentslutzky/helpscout-thread-hider threadhider.js.
const CUSTOMER_THREAD = 'article.thread.customer';
const MESSAGE_BODY = 'section.messageBody';
// The customer's name in the profile beside the thread: gd3kr/cx-copilot
// client/chrome-extension/src/pages/Content/index.js.
const PROFILE_NAME = '.c-profile__name';

export default defineAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  matches: (url) => url.hostname === 'secure.helpscout.net',
  // The reply editor "redactor_redactor redactor_editor": gd3kr/cx-copilot
  // client/chrome-extension/src/pages/Content/index.js.
  composers: ['.redactor_editor'],
  isInternal: (composer) =>
    nearestMarker(composer, [
      [/^notes?$/, true],
      [/^(reply|forward)$/, false],
    ]) ?? selectedMode(composer, /\b(notes?|catatan|nota)\b/i, /\b(reply|forward|balas)\b/i),
  customerMessage(composer, doc) {
    const body = scopedAll(composer, CUSTOMER_THREAD, doc).at(-1)?.querySelector(MESSAGE_BODY);
    return body ? readableText(body) : undefined;
  },
  customerName(composer, doc) {
    const name = scopedAll(composer, PROFILE_NAME, doc)[0];
    return name ? readableText(name) : undefined;
  },
});
