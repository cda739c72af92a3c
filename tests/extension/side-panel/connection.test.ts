// The side panel follows the active tab of its own window, and connects again when the tab's page
// has loaded or its content script was not there yet.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (...args: never[]) => void;

interface FakePort {
  tabId: number;
  disconnected: boolean;
  message(update: unknown): void;
  drop(): void;
}

const { listeners, on, ports } = vi.hoisted(() => {
  const listeners: Record<string, ((...args: never[]) => void)[]> = {};
  const on = (name: string) => ({ addListener: (listener: (...args: never[]) => void) => void (listeners[name] ??= []).push(listener) });
  return { listeners, on, ports: [] as FakePort[] };
});
const fire = (name: string, ...args: unknown[]) => (listeners[name] ?? []).forEach((listener) => (listener as (...a: unknown[]) => void)(...args));

vi.mock('webextension-polyfill', () => ({
  default: {
    windows: { getCurrent: async () => ({ id: 1 }) },
    tabs: {
      query: async () => [{ id: 10 }],
      onActivated: on('activated'),
      onUpdated: on('updated'),
      onRemoved: on('removed'),
      connect: (tabId: number, options: { name: string; frameId: number }) => {
        const onMessage: Listener[] = [];
        const onDisconnect: Listener[] = [];
        const port: FakePort & Record<string, unknown> = {
          tabId,
          name: options.name,
          disconnected: false,
          posted: [] as unknown[],
          postMessage: (message: unknown) => (port.posted as unknown[]).push(message),
          disconnect: () => void (port.disconnected = true),
          onMessage: { addListener: (listener: Listener) => onMessage.push(listener) },
          onDisconnect: { addListener: (listener: Listener) => onDisconnect.push(listener) },
          message: (update: unknown) => onMessage.forEach((listener) => (listener as (u: unknown) => void)(update)),
          drop: () => onDisconnect.forEach((listener) => (listener as () => void)()),
        };
        ports.push(port);
        return port;
      },
    },
  },
}));

import { linkToActiveTab, type LinkStatus } from '../../../src/extension/side-panel/connection.js';

describe('linkToActiveTab', () => {
  let statuses: LinkStatus[];
  let updates: unknown[];

  beforeEach(() => {
    vi.useFakeTimers();
    ports.length = 0;
    for (const name of Object.keys(listeners)) delete listeners[name];
    statuses = [];
    updates = [];
  });
  afterEach(() => vi.useRealTimers());

  const start = async () => {
    const link = linkToActiveTab({ onUpdate: (update) => updates.push(update), onStatus: (status) => statuses.push(status) });
    await vi.runAllTicks();
    await Promise.resolve();
    await Promise.resolve();
    return link;
  };

  test('connects to the active tab of its window, and is connected once the tab answers', async () => {
    const link = await start();
    expect(ports.map((port) => port.tabId)).toEqual([10]);
    expect(statuses).toEqual(['connecting']);
    ports[0]!.message({ kind: 'off' });
    expect(statuses.at(-1)).toBe('connected');
    expect(updates).toEqual([{ kind: 'off' }]);
    expect(link.post({ kind: 'selection' })).toBe(true);
  });

  test('follows the tab the agent switches to in its own window, not in another window', async () => {
    await start();
    fire('activated', { tabId: 11, windowId: 2 });
    expect(ports.map((port) => port.tabId)).toEqual([10]);
    fire('activated', { tabId: 12, windowId: 1 });
    expect(ports.map((port) => port.tabId)).toEqual([10, 12]);
    expect(ports[0]!.disconnected).toBe(true);
    // A message from the tab it left is not shown.
    ports[0]!.message({ kind: 'off' });
    expect(updates).toEqual([]);
  });

  test('a tab without Ramah yet: says so, asks again a few times, and again when its page has loaded', async () => {
    const link = await start();
    ports[0]!.drop();
    expect(statuses.at(-1)).toBe('absent');
    expect(link.post({ kind: 'selection' })).toBe(false);
    for (const wait of [300, 1000, 3000]) {
      const before = ports.length;
      ports.at(-1)!.drop();
      await vi.advanceTimersByTimeAsync(wait);
      expect(ports.length).toBe(before + 1);
    }
    ports.at(-1)!.drop();
    await vi.advanceTimersByTimeAsync(10_000);
    const settled = ports.length;
    fire('updated', 10, { status: 'loading' });
    expect(ports.length).toBe(settled);
    fire('updated', 10, { status: 'complete' });
    expect(ports.length).toBe(settled + 1);
    fire('removed', 10);
    expect(statuses.at(-1)).toBe('absent');
  });
});
