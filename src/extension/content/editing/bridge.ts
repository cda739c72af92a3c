/**
 * The isolated content script's side of the MAIN-world bridge (src/extension/main-world/editor-bridge.ts).
 * A request is a CustomEvent on the composer whose type is the current request key, carrying JSON;
 * the bridge answers before dispatchEvent returns, with an event of the reply key's type that
 * names the next request key, so a call is synchronous (the keys: ../../bridge/handshake.ts).
 *
 * Without keys (the bridge did not start with the page, or the tab was open before Ramah had
 * access), for a composer in an iframe (the bridge of the top document holds the keys), or
 * without an answer, every call answers null, and insertion keeps to the generic input paths.
 */
import { BRIDGE_KEY_PATTERN, type BridgeEnvelope, type BridgeReply, type BridgeRequest } from '../../protocol.js';
import { storedBridgeKeys } from '../../bridge/handshake.js';

type ReplyFor<R extends BridgeRequest> = Extract<BridgeReply, { op: R['op'] }>;

export function askBridge<R extends BridgeRequest>(composer: HTMLElement, request: R): ReplyFor<R> | null {
  const keys = storedBridgeKeys();
  if (!keys || composer.ownerDocument !== document) return null;
  let envelope: Partial<BridgeEnvelope> | null = null;
  const onReply = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      envelope = JSON.parse(detail) as Partial<BridgeEnvelope>;
    } catch {
      // Not a reply.
    }
  };
  composer.addEventListener(keys.reply, onReply);
  try {
    composer.dispatchEvent(new CustomEvent(keys.request, { detail: JSON.stringify(request), composed: true }));
  } finally {
    composer.removeEventListener(keys.reply, onReply);
  }
  const reply = envelope as Partial<BridgeEnvelope> | null;
  if (!reply || typeof reply.next !== 'string' || !BRIDGE_KEY_PATTERN.test(reply.next) || reply.body?.op !== request.op) return null;
  keys.request = reply.next;
  return reply.body as ReplyFor<R>;
}

/** The draft as the editor's model holds it, or null where the bridge cannot read the model. */
export function modelText(composer: HTMLElement): string | null {
  return askBridge(composer, { op: 'text' })?.text ?? null;
}
