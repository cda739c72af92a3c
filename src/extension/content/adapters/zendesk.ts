/**
 * Zendesk Agent Workspace. The composer is CKEditor 5 carrying `data-test-id="omnicomposer-…-ckeditor"`
 * (Automattic/harper #2424, Briskine's Zendesk plugin); the log and channel switcher use the
 * data-test-ids that holatuwol/liferay-zendesk-userscript and toggl/track-extension rely on.
 */
import { defineAdapter } from './define-adapter.js';
import { readableText, scopedAll } from './dom.js';

const LOG_ITEM = '[data-test-id="omni-log-container"] article, article[data-test-id="omni-log-comment-item"]';
const INTERNAL_TAG = '[data-test-id="omni-log-internal-note-tag"]';
// Zendesk badges the avatar of every agent-written message.
const AGENT_BADGE = '[data-test-id="omni-log-avatar-badge-AgentBadge"]';
const SENDER = '[data-test-id="omni-log-item-sender"]';
const BODY = '[data-test-id="omni-log-message-content"], .zd-comment, [data-test-id="omni-log-item-message"]';
const CHANNEL_SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';
const EDITOR_VIEW = '[data-test-id="editor-view"], #editor-view';

function lastCustomerItem(composer: Element, doc: Document): Element | undefined {
  return scopedAll(composer, LOG_ITEM, doc)
    .reverse()
    .find((item) => !item.querySelector(INTERNAL_TAG) && !item.querySelector(AGENT_BADGE));
}

function nameIn(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const strong = element.querySelector('strong');
  return readableText(strong ?? element)?.split('\n')[0];
}

export default defineAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  // /agent is the agent workspace; /hc is the public help centre, where customers write, not agents.
  matches: (url) =>
    url.hostname.endsWith('.zendesk.com') && url.hostname !== 'www.zendesk.com' && url.pathname.startsWith('/agent'),
  composers: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"]',
    // The ticket editor before Agent Workspace.
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
    if (!item) return undefined;
    const body = item.querySelector(BODY);
    return body ? readableText(body) : readableText(item, `${SENDER}, time, header`);
  },
  customerName(composer, doc) {
    // The reply's recipient, shown in the composer header (as Briskine reads it), else the sender.
    const recipient = composer.closest(EDITOR_VIEW)?.querySelector('[data-garden-id="tags.avatar"] + *');
    return nameIn(recipient) ?? nameIn(lastCustomerItem(composer, doc)?.querySelector(SENDER));
  },
});
