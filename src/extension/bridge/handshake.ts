/**
 * How the isolated content script and the MAIN-world editor bridge come to share secrets that page
 * script never sees, although all three share the DOM.
 *
 * Guarantee: the secrets change hands only while no page script can have run. Both halves are
 * manifest content scripts at document_start, which the browser runs before the page's first
 * script; each checks `beforePageScripts` at the moment of the hand-over (nothing parsed inside
 * <html> yet: a page script needs a <script> element, so it cannot have run), and the hand-over is
 * one synchronous dispatchEvent, so no page listener exists to see it. Injected later (access granted
 * with the tab open, an extension update), either half refuses: no keys, no bridge, and Ramah keeps
 * to the generic input paths in that tab until it is reloaded.
 *
 * The order of the two document_start scripts is not promised, so whichever starts second begins:
 * the key script offers (BRIDGE_KEYS) at once; the bridge, if it starts later, says BRIDGE_HELLO and
 * gets the offer again. The bridge takes an offer by cancelling the event, so the key script knows
 * that exactly one bridge holds its keys.
 *
 * After the hand-over the page sees nothing: requests and replies are CustomEvents whose types are
 * the secrets (a page cannot listen for a type it does not know), and each request's type is spent
 * by that request (the reply names the next one), since page code the bridge calls while answering
 * (an editor's API) could read `window.event`. Replies use a type only the two halves know, so the
 * page cannot forge one.
 */
import { BRIDGE_HELLO, BRIDGE_KEYS, BRIDGE_KEY_PATTERN, type BridgeKeys } from '../protocol.js';

const { apply } = Reflect;
// Taken when this module loads, at document_start: the page may patch the prototypes later, to make
// a lingering listener of the bridge believe that the document has just started.
const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get;
const readyStateOf = getter(Document.prototype, 'readyState');
const rootOf = getter(Document.prototype, 'documentElement');
const firstChildOf = getter(Node.prototype, 'firstChild');
const read = <T>(get: ((this: unknown) => unknown) | undefined, target: object, name: string): T =>
  (get ? apply(get, target, []) : (target as Record<string, unknown>)[name]) as T;

/** Whether no page script can have run in this document yet: the parser has made nothing inside <html>. */
export function beforePageScripts(doc: Document): boolean {
  const root = read<Element | null>(rootOf, doc, 'documentElement');
  return read<string>(readyStateOf, doc, 'readyState') === 'loading' && root !== null && read<Node | null>(firstChildOf, root, 'firstChild') === null;
}

const HEX = '0123456789abcdef';
const KEY_BYTES = 16;

/**
 * 128 random bits as 32 hex digits. Only indexing and `+`, which page script cannot patch: the
 * bridge makes keys after the page has run (each request's next type).
 */
export function hexKey(bytes: Uint8Array): string {
  let key = '';
  for (let i = 0; i < KEY_BYTES; i++) key += HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
  return key;
}

export function isBridgeKeys(value: unknown): value is BridgeKeys {
  if (typeof value !== 'object' || value === null) return false;
  const { request, reply } = value as Record<string, unknown>;
  return typeof request === 'string' && typeof reply === 'string' && BRIDGE_KEY_PATTERN.test(request) && BRIDGE_KEY_PATTERN.test(reply) && request !== reply;
}

/** Where the key script leaves the keys for the content script: the isolated world's global, which the page cannot see. */
const SLOT = Symbol.for('ramah.bridge-keys');

export function storedBridgeKeys(scope: object = globalThis): BridgeKeys | null {
  return (scope as { [SLOT]?: BridgeKeys })[SLOT] ?? null;
}

/**
 * The key script's half, at document_start in the isolated world: makes the keys and offers them
 * until one bridge takes them. Returns the keys taken, or null (no bridge yet, or too late).
 */
export function offerBridgeKeys(win: Window & typeof globalThis, scope: object = globalThis): BridgeKeys | null {
  const doc = win.document;
  if (storedBridgeKeys(scope) || !beforePageScripts(doc)) return null;
  const random = () => hexKey(win.crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
  const keys: BridgeKeys = { request: random(), reply: random() };
  const offer = (): boolean => {
    if (storedBridgeKeys(scope) || !beforePageScripts(doc)) return false;
    const taken = !win.dispatchEvent(new win.CustomEvent(BRIDGE_KEYS, { detail: JSON.stringify(keys), cancelable: true }));
    if (taken) (scope as { [SLOT]?: BridgeKeys })[SLOT] = keys;
    return taken;
  };
  if (offer()) return keys;
  // The bridge has not started yet: it says hello when it does, still before any page script.
  const onHello = () => {
    if (offer()) win.removeEventListener(BRIDGE_HELLO, onHello, true);
  };
  win.addEventListener(BRIDGE_HELLO, onHello, true);
  return null;
}
