// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { BRIDGE_MAX_REQUEST } from '../../../src/extension/protocol.js';
import { BRIDGE_MAX_OFFSET, BRIDGE_MAX_TEXT, parseBridgeRequest, record } from '../../../src/extension/bridge/requests.js';
import { hexKey, isBridgeKeys } from '../../../src/extension/bridge/handshake.js';

const json = (value: unknown) => JSON.stringify(value);

describe('parseBridgeRequest', () => {
  test('takes each well-formed request, as a copy without a prototype', () => {
    for (const op of ['probe', 'text', 'begin', 'end'] as const) expect(parseBridgeRequest(json({ op }))).toEqual({ op });
    const insert = parseBridgeRequest(json({ op: 'insert', start: 3, end: 9, text: 'our job to fix' }));
    expect(insert).toEqual({ op: 'insert', start: 3, end: 9, text: 'our job to fix' });
    expect(Object.getPrototypeOf(insert)).toBeNull();
    expect(parseBridgeRequest(json({ op: 'insert', start: 0, end: 0, text: '' }))).toEqual({ op: 'insert', start: 0, end: 0, text: '' });
  });

  test.each([
    ['not a string', { op: 'probe' }],
    ['not JSON', '{op:"probe"'],
    ['JSON that is not an object', json(['probe'])],
    ['null', 'null'],
    ['an unknown op', json({ op: 'eval', code: 'alert(1)' })],
    ['an op of another type', json({ op: ['probe'] })],
    ['an extra field', json({ op: 'text', id: 'x' })],
    ['an insert without text', json({ op: 'insert', start: 0, end: 1 })],
    ['an insert with text that is not a string', json({ op: 'insert', start: 0, end: 1, text: { toString: 'x' } })],
    ['an insert with an extra field', json({ op: 'insert', start: 0, end: 1, text: 'x', html: '<b>' })],
    ['a negative offset', json({ op: 'insert', start: -1, end: 1, text: 'x' })],
    ['an offset that is not an integer', json({ op: 'insert', start: 0.5, end: 1, text: 'x' })],
    ['an offset as a string', json({ op: 'insert', start: '0', end: 1, text: 'x' })],
    ['a start after the end', json({ op: 'insert', start: 5, end: 1, text: 'x' })],
    ['an offset past any draft', json({ op: 'insert', start: 0, end: BRIDGE_MAX_OFFSET + 1, text: 'x' })],
    ['a text too long', json({ op: 'insert', start: 0, end: 0, text: 'x'.repeat(BRIDGE_MAX_TEXT + 1) })],
    ['a request too long', `${json({ op: 'probe' })}${' '.repeat(BRIDGE_MAX_REQUEST)}`],
    ['an op only inherited', '{"__proto__": {"op": "probe"}}'],
  ])('answers nothing to %s', (_what, detail) => {
    expect(parseBridgeRequest(detail)).toBeNull();
  });

  test("reads no property the page put on Object.prototype", () => {
    const touched: string[] = [];
    for (const name of ['op', 'start', 'end', 'text']) {
      Object.defineProperty(Object.prototype, name, { configurable: true, get: () => touched.push(name) && undefined });
    }
    try {
      expect(parseBridgeRequest(json({ op: 'begin' }))).toEqual({ op: 'begin' });
      expect(parseBridgeRequest(json({ op: 'insert', start: 1 }))).toBeNull();
      expect(parseBridgeRequest(json({}))).toBeNull();
    } finally {
      for (const name of ['op', 'start', 'end', 'text']) delete (Object.prototype as Record<string, unknown>)[name];
    }
    expect(touched).toEqual([]);
  });
});

describe('record', () => {
  test("is not serialized through a toJSON the page put on Object.prototype", () => {
    Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, value: () => 'forged' });
    try {
      expect(JSON.stringify(record({ next: 'a', body: record({ op: 'end' }) }))).toBe('{"next":"a","body":{"op":"end"}}');
    } finally {
      delete (Object.prototype as Record<string, unknown>).toJSON;
    }
  });
});

describe('keys', () => {
  test('are 128 random bits as 32 hex digits, two different ones', () => {
    const key = hexKey(crypto.getRandomValues(new Uint8Array(16)));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(hexKey(new Uint8Array([0, 1, 15, 16, 255, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 171]))).toBe('00010f10ff80000000000000000000ab');
    expect(isBridgeKeys({ request: key, reply: hexKey(crypto.getRandomValues(new Uint8Array(16))) })).toBe(true);
    expect(isBridgeKeys({ request: key, reply: key })).toBe(false);
    expect(isBridgeKeys({ request: key })).toBe(false);
    expect(isBridgeKeys({ request: 'ramah', reply: key })).toBe(false);
    expect(isBridgeKeys(null)).toBe(false);
  });
});
