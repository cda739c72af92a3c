/**
 * Gmail. The composer is a plain contenteditable; messages, their bodies and senders are read with
 * the selectors of KartikTalwar/gmail.js. Gmail has no internal notes. Sources beside each selector;
 * docs/adapters.md has the table.
 */
import { defineAdapter } from './define-adapter.js';
import { emailIn, readableText } from './dom.js';

// KartikTalwar/gmail.js src/gmail.js: "div.adn[data-message-id=…]", body "div.a3s", from "span[email].gD".
const MESSAGE = 'div.adn[data-message-id]';
const BODY = 'div.a3s';
const SENDER = 'span[email].gD';
// Earlier mails quoted under the reply are not what the customer just wrote.
const QUOTED = '.gmail_quote, .gmail_extra, blockquote';

/** The signed-in account: the page title reads "Inbox (3) - jo@acme.com - Gmail". */
function accountEmail(doc: Document): string | undefined {
  return emailIn(doc.title) ?? emailIn(doc.querySelector('a[href*="accounts.google.com"][aria-label*="@"]')?.getAttribute('aria-label'));
}

function lastCustomerMessage(composer: Element): Element | undefined {
  // Only a reply inside an open thread answers its messages; a new mail's window floats outside main.
  const thread = composer.closest('[role="main"]');
  if (!thread) return undefined;
  const me = accountEmail(composer.ownerDocument);
  return [...thread.querySelectorAll(MESSAGE)].reverse().find((message) => {
    const sender = message.querySelector(SENDER)?.getAttribute('email')?.toLowerCase();
    return sender !== undefined && sender !== me;
  });
}

export default defineAdapter({
  id: 'gmail',
  name: 'Gmail',
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  composers: [
    // The compose editor ".iN" and its "[contenteditable]": Freemindtronic/evicypher-webmail
    // src/content-scripts/gmail.ts.
    '.iN [contenteditable="true"]',
    // The body's ".editable" class: jparise/gmail-fixed-font gmail-fixed-font.user.js.
    'div.editable[contenteditable="true"]',
  ],
  isInternal: () => false,
  customerMessageElement: (composer) => lastCustomerMessage(composer),
  // The open thread's id (gmail.js reads the same attributes); the address keeps it only in the hash.
  ticketId(composer, doc) {
    const subject = composer.closest('[role="main"]')?.querySelector('[data-legacy-thread-id], [data-thread-perm-id]') ?? doc.querySelector('h2[data-legacy-thread-id], h2[data-thread-perm-id]');
    const id = subject?.getAttribute('data-legacy-thread-id') || subject?.getAttribute('data-thread-perm-id');
    return id || /[#/]([A-Za-z0-9]{16,})$/.exec(doc.location?.hash ?? '')?.[1];
  },
  customerMessage(composer) {
    const body = lastCustomerMessage(composer)?.querySelector(BODY);
    return body ? readableText(body, QUOTED) : undefined;
  },
  customerName(composer) {
    const sender = lastCustomerMessage(composer)?.querySelector(SENDER);
    if (!sender) return undefined;
    return sender.getAttribute('name')?.trim() || readableText(sender);
  },
});
