/**
 * Zendesk Agent Workspace. Every selector is one that public scripts for the agent workspace rely on;
 * the source is named beside it (docs/adapters.md has the table).
 */
import { defineAdapter } from './define-adapter.js';
import { readableText, scopedAll } from './dom.js';

// holatuwol/liferay-zendesk-userscript src/description.ts ("omni-log-container") and
// src/internal.ts ("article" … "omni-log-internal-note-tag"): one article per message.
const LOG_ITEM = '[data-test-id="omni-log-container"] article, article[data-test-id="omni-log-comment-item"]';
// holatuwol/liferay-zendesk-userscript src/internal.ts
const INTERNAL_TAG = '[data-test-id="omni-log-internal-note-tag"]';
// The message's `type` is end-user, agent or internal: holatuwol/liferay-zendesk-userscript
// src/style.ts and src/description.ts style and read `[type="internal"]`.
const TYPED_MESSAGE = '[data-test-id="omni-log-item-message"][type]';
// holatuwol/liferay-zendesk-userscript src/attachments.ts
const SENDER = '[data-test-id="omni-log-item-sender"]';
// "omni-log-message-content": toggl/track-extension src/content/zendesk.js; ".zd-comment":
// holatuwol/liferay-zendesk-userscript src/attachments.ts
const BODY = '[data-test-id="omni-log-message-content"], .zd-comment';
// holatuwol/liferay-zendesk-userscript src/internal.ts: the button's data-channel is the channel
// the reply goes to ("web" for a public reply), inside div[data-test-id="editor-view"].
const CHANNEL_SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';

/** The log's messages from the customer (end-user), oldest first: not the agents' replies, not internal notes. */
function customerItems(composer: Element, doc: Document): Element[] {
  return scopedAll(composer, LOG_ITEM, doc).filter((item) => {
    if (item.querySelector(INTERNAL_TAG)) return false;
    const type = item.querySelector(TYPED_MESSAGE)?.getAttribute('type');
    return type === null || type === undefined || type === 'end-user';
  });
}

const lastCustomerItem = (composer: Element, doc: Document): Element | undefined => customerItems(composer, doc).at(-1);

function messageText(item: Element): string | undefined {
  const body = item.querySelector(BODY);
  return body ? readableText(body) : readableText(item, `${SENDER}, time, header`);
}

export default defineAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  // /agent is the agent workspace; /hc is the public help centre, where customers write, not agents.
  matches: (url) =>
    url.hostname.endsWith('.zendesk.com') && url.hostname !== 'www.zendesk.com' && url.pathname.startsWith('/agent'),
  composers: [
    // CKEditor 5's editable, or the div around it: holatuwol/liferay-zendesk-userscript src/reply.ts;
    // Automattic/harper PR #2424.
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    // The ticket editor before Agent Workspace: holatuwol/liferay-zendesk-userscript src/reply.ts.
    '.zendesk-editor--rich-text-comment',
  ],
  isInternal(composer) {
    const switcher = scopedAll(composer, CHANNEL_SWITCHER)[0];
    if (!switcher) return undefined;
    const channel = switcher.getAttribute('data-channel');
    if (channel) return channel === 'internal';
    const label = `${switcher.getAttribute('aria-label') ?? ''} ${switcher.textContent ?? ''}`;
    return /internal|note|catatan|nota/i.test(label);
  },
  customerMessageElement: lastCustomerItem,
  customerMessage(composer, doc) {
    const item = lastCustomerItem(composer, doc);
    return item && messageText(item);
  },
  earlierCustomerMessages: (composer, doc) =>
    customerItems(composer, doc)
      .slice(0, -1)
      .map(messageText)
      .filter((text): text is string => !!text),
  customerName(composer, doc) {
    const sender = lastCustomerItem(composer, doc)?.querySelector(SENDER);
    if (!sender) return undefined;
    return readableText(sender.querySelector('strong') ?? sender)?.split('\n')[0];
  },
});
