// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { askBridge } from '../../../src/extension/content/editing/bridge.js';
import { hexKey } from '../../../src/extension/bridge/handshake.js';
import type { BridgeKeys } from '../../../src/extension/protocol.js';

const SLOT = Symbol.for('ramah.bridge-keys');
const newKey = () => hexKey(crypto.getRandomValues(new Uint8Array(16)));
const slot = globalThis as { [SLOT]?: BridgeKeys };

afterEach(() => {
  delete slot[SLOT];
  document.body.replaceChildren();
});

/** A bridge as editor-bridge.ts answers: on the request key's type, once per type, naming the next. */
function fakeBridge(keys: BridgeKeys, answer: (request: { op: string }) => object | null = (request) => ({ op: request.op, editor: 'tiptap' })) {
  const seen: { type: string; request: unknown }[] = [];
  let current = keys.request;
  const onRequest = (event: Event) => {
    const request = JSON.parse((event as CustomEvent<string>).detail) as { op: string };
    seen.push({ type: event.type, request });
    window.removeEventListener(current, onRequest, true);
    current = newKey();
    window.addEventListener(current, onRequest, true);
    const body = answer(request);
    const target = event.composedPath()[0]!;
    if (body) target.dispatchEvent(new CustomEvent(keys.reply, { detail: JSON.stringify({ next: current, body }) }));
  };
  window.addEventListener(current, onRequest, true);
  return seen;
}

function composer(): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  document.body.append(element);
  return element;
}

describe('askBridge', () => {
  test('without keys asks nothing and answers null', () => {
    let heard = 0;
    window.addEventListener('ramah:bridge-request', () => heard++, true);
    expect(askBridge(composer(), { op: 'probe' })).toBeNull();
    expect(heard).toBe(0);
  });

  test('asks with the current request key, and each reply names the next', () => {
    const keys = { request: newKey(), reply: newKey() };
    slot[SLOT] = { ...keys };
    const seen = fakeBridge(keys);
    const element = composer();
    expect(askBridge(element, { op: 'probe' })).toEqual({ op: 'probe', editor: 'tiptap' });
    expect(askBridge(element, { op: 'probe' })).toEqual({ op: 'probe', editor: 'tiptap' });
    expect(seen).toHaveLength(2);
    expect(seen[0]!.type).toBe(keys.request);
    expect(seen[1]!.type).not.toBe(keys.request);
    expect(seen.map((s) => s.request)).toEqual([{ op: 'probe' }, { op: 'probe' }]);
  });

  test('takes no reply of another op or without a well-formed next key, and keeps its key then', () => {
    const keys = { request: newKey(), reply: newKey() };
    slot[SLOT] = { ...keys };
    const element = composer();
    element.addEventListener(keys.request, (event) => {
      // A reply that names no usable next key, or answers another op.
      element.dispatchEvent(new CustomEvent(keys.reply, { detail: JSON.stringify({ next: 'ramah', body: { op: 'text', text: 'forged' } }) }));
      event.stopPropagation();
    });
    expect(askBridge(element, { op: 'text' })).toBeNull();
    expect(slot[SLOT]!.request).toBe(keys.request);
  });

  test('leaves a composer in an iframe to the generic paths', () => {
    const keys = { request: newKey(), reply: newKey() };
    slot[SLOT] = { ...keys };
    const seen = fakeBridge(keys);
    const other = document.implementation.createHTMLDocument('frame');
    const element = other.createElement('div');
    other.body.append(element);
    expect(askBridge(element, { op: 'probe' })).toBeNull();
    expect(seen).toEqual([]);
  });
});
