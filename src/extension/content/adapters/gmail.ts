/**
 * Gmail. The composer is a plain contenteditable with `g_editable`; messages are `.adn[data-message-id]`,
 * the body `.a3s`, the sender `span.gD[email]` (KartikTalwar/gmail.js, Briskine's Gmail plugin).
 * Gmail has no internal notes.
 */
import { defineAdapter } from './define-adapter.js';
import { emailIn, readableText } from './dom.js';

const MESSAGE = 'div.adn[data-message-id], div[data-message-id].adn';
const SENDER = 'span.gD[email], span[email].gD';
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
    'div[contenteditable="true"][g_editable="true"]',
    'div.Am.Al.editable[contenteditable="true"]',
    'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
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
    const body = lastCustomerMessage(composer)?.querySelector('.a3s');
    return body ? readableText(body, QUOTED) : undefined;
  },
  customerName(composer) {
    const sender = lastCustomerMessage(composer)?.querySelector(SENDER);
    if (!sender) return undefined;
    return sender.getAttribute('name')?.trim() || readableText(sender);
  },
});
