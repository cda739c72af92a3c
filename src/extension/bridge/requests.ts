/**
 * The bridge's check of a request: well formed or not answered at all. It runs in the page's world
 * after page script has run, so it uses built-ins taken when it loads and reads own properties only
 * (an accessor the page put on Object.prototype never runs).
 */
import { BRIDGE_MAX_REQUEST, type BridgeRequest } from '../protocol.js';

const { parse } = JSON;
const { hasOwn, keys: ownKeys, create, assign } = Object;
const { isArray } = Array;
const { isSafeInteger } = Number;

/** Offsets into a draft: far beyond any reply, small enough to be one. */
export const BRIDGE_MAX_OFFSET = 1_000_000;
/** The longest text one insert may carry. */
export const BRIDGE_MAX_TEXT = 100_000;

/** A copy without a prototype, so that nothing the page added to Object.prototype (toJSON, getters) touches it. */
export function record<T extends object>(value: T): T {
  return assign(create(null) as T, value);
}

const offset = (value: unknown): value is number => typeof value === 'number' && isSafeInteger(value) && value >= 0 && value <= BRIDGE_MAX_OFFSET;

/** The request in `detail`, or null for anything else: not a string, too long, not JSON, an unknown op, a missing, extra or wrong field. */
export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  if (typeof detail !== 'string' || detail.length > BRIDGE_MAX_REQUEST) return null;
  let value: unknown;
  try {
    value = parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const own = (name: string) => (hasOwn(fields, name) ? fields[name] : undefined);
  const count = ownKeys(fields).length;
  const op = own('op');
  switch (op) {
    case 'probe':
    case 'text':
    case 'begin':
    case 'end':
      return count === 1 ? record({ op }) : null;
    case 'insert': {
      const start = own('start');
      const end = own('end');
      const text = own('text');
      if (count !== 4 || !offset(start) || !offset(end) || start > end || typeof text !== 'string' || text.length > BRIDGE_MAX_TEXT) return null;
      return record({ op, start, end, text });
    }
    default:
      return null;
  }
}
