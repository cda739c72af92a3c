/**
 * The isolated content script's side of the MAIN-world bridge (src/extension/main-world/editor-bridge.ts).
 * A request is a CustomEvent on the composer carrying JSON; the bridge answers before dispatchEvent
 * returns, so a call is synchronous. Without the bridge (it failed to load, or the page is not one
 * it runs on) every call answers null, and insertion keeps to the generic input paths.
 */
import { BRIDGE_REPLY, BRIDGE_REQUEST, type BridgeEnvelope, type BridgeReply, type BridgeRequest } from '../../protocol.js';

type ReplyFor<R extends BridgeRequest> = Extract<BridgeReply, { op: R['op'] }>;

let counter = 0;

export function askBridge<R extends BridgeRequest>(composer: HTMLElement, request: R): ReplyFor<R> | null {
  const id = `${Date.now().toString(36)}-${(counter += 1)}`;
  let reply: ReplyFor<R> | null = null;
  const onReply = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      const envelope = JSON.parse(detail) as BridgeEnvelope<BridgeReply>;
      if (envelope.id === id && envelope.body.op === request.op) reply = envelope.body as ReplyFor<R>;
    } catch {
      // Not ours.
    }
  };
  composer.addEventListener(BRIDGE_REPLY, onReply);
  try {
    const envelope: BridgeEnvelope<BridgeRequest> = { id, body: request };
    composer.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { detail: JSON.stringify(envelope), composed: true }));
  } finally {
    composer.removeEventListener(BRIDGE_REPLY, onReply);
  }
  return reply;
}

/** The draft as the editor's model holds it, or null where the bridge cannot read the model. */
export function modelText(composer: HTMLElement): string | null {
  return askBridge(composer, { op: 'text' })?.text ?? null;
}
