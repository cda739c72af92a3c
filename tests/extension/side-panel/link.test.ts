// The content script's end of the side panel's port: only Ramah's side-panel page gets an answer,
// and only its well-formed actions reach the coach.
import { beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const connectListeners: Listener[] = [];

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { onConnect: { addListener: (listener: Listener) => connectListeners.push(listener) } } },
}));

import { isSidePanelPage } from '../../../src/extension/background/senders.js';
import { SidePanelLink, type SidePanelHandlers } from '../../../src/extension/content/side-panel-link.js';
import { SIDE_PANEL_PORT, type SidePanelAction, type SidePanelUpdate } from '../../../src/extension/protocol.js';

const SELF = { id: 'pighjojaehdijiogcinpgpcicbppmlpb', origin: 'chrome-extension://pighjojaehdijiogcinpgpcicbppmlpb/' };
const PANEL_URL = `${SELF.origin}src/extension/side-panel/index.html`;

function fakePort(sender: { id?: string; url?: string }, name = SIDE_PANEL_PORT) {
  const onMessage: Listener[] = [];
  const onDisconnect: Listener[] = [];
  const port = {
    name,
    sender,
    posted: [] as SidePanelUpdate[],
    disconnected: false,
    postMessage: (message: SidePanelUpdate) => void port.posted.push(message),
    disconnect: () => void (port.disconnected = true),
    onMessage: { addListener: (listener: Listener) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: Listener) => onDisconnect.push(listener) },
    /** The side panel sends a message. */
    receive: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    /** The side panel closes. */
    close: () => onDisconnect.forEach((listener) => listener()),
  };
  return port;
}

function connect(port: ReturnType<typeof fakePort>) {
  for (const listener of connectListeners) listener(port);
}

describe('isSidePanelPage', () => {
  test("is Ramah's side-panel page, with or without a query, in Chrome and in Firefox", () => {
    expect(isSidePanelPage({ id: SELF.id, url: PANEL_URL }, SELF)).toBe(true);
    expect(isSidePanelPage({ id: SELF.id, url: `${PANEL_URL}?tab=12` }, SELF)).toBe(true);
    const firefox = { id: 'ramah@ramah.app', origin: 'moz-extension://0b7c5a3e-9d7f-4e7a-8a51-2f3c1d9e6b10/' };
    expect(isSidePanelPage({ id: firefox.id, url: `${firefox.origin}src/extension/side-panel/index.html` }, firefox)).toBe(true);
  });

  test('is not another of Ramah’s pages, a content script, a look-alike address or another extension', () => {
    expect(isSidePanelPage({ id: SELF.id, url: `${SELF.origin}src/extension/options/index.html` }, SELF)).toBe(false);
    expect(isSidePanelPage({ id: SELF.id, url: `${PANEL_URL}.evil.html` }, SELF)).toBe(false);
    expect(isSidePanelPage({ id: SELF.id, url: 'https://acme.zendesk.com/agent/tickets/1' }, SELF)).toBe(false);
    expect(isSidePanelPage({ id: SELF.id, url: `https://evil.example/${PANEL_URL}` }, SELF)).toBe(false);
    expect(isSidePanelPage({ id: SELF.id }, SELF)).toBe(false);
    expect(isSidePanelPage({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/extension/side-panel/index.html' }, SELF)).toBe(false);
  });
});

describe('SidePanelLink', () => {
  let link: SidePanelLink;
  let actions: SidePanelAction[];
  let handlers: SidePanelHandlers;

  beforeEach(() => {
    connectListeners.length = 0;
    actions = [];
    handlers = {
      connected: (reply) => reply({ kind: 'notice', notice: 'hello' }),
      action: (action, reply) => {
        actions.push(action);
        if (action.kind === 'selection') reply({ kind: 'selection', text: 'selected words' });
      },
    };
    link = new SidePanelLink(SELF);
    link.listen();
  });

  test('greets the side panel, carries out its well-formed actions and answers the one that asked', () => {
    link.attach(handlers);
    const panel = fakePort({ id: SELF.id, url: `${PANEL_URL}?tab=4` });
    connect(panel);
    expect(link.connected).toBe(true);
    expect(panel.posted).toEqual([{ kind: 'notice', notice: 'hello' }]);
    panel.receive({ kind: 'selection' });
    panel.receive({ kind: 'apply', finding: { rule: 'excuse', start: 0, end: 4, text: 'Maaf' }, index: 0 });
    panel.receive({ kind: 'apply', finding: { rule: 'excuse', start: 0, end: 4, text: 'Maaf' }, index: 0, extra: true });
    panel.receive({ kind: 'settings-write' });
    expect(actions.map((action) => action.kind)).toEqual(['selection', 'apply']);
    expect(panel.posted.at(-1)).toEqual({ kind: 'selection', text: 'selected words' });
  });

  test("disconnects any other context's port unanswered, and ignores other ports' names", () => {
    link.attach(handlers);
    const options = fakePort({ id: SELF.id, url: `${SELF.origin}src/extension/options/index.html` });
    const stranger = fakePort({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/extension/side-panel/index.html' });
    const otherName = fakePort({ id: SELF.id, url: PANEL_URL }, 'something-else');
    for (const port of [options, stranger, otherName]) connect(port);
    expect(options.disconnected && stranger.disconnected).toBe(true);
    options.receive({ kind: 'pin', pinned: true });
    stranger.receive({ kind: 'pin', pinned: true });
    otherName.receive({ kind: 'pin', pinned: true });
    expect(actions).toEqual([]);
    expect([...options.posted, ...stranger.posted, ...otherName.posted]).toEqual([]);
    expect(link.connected).toBe(false);
  });

  test('sends updates to every open side panel, tells them when Ramah stops here, and forgets a closed one', () => {
    const first = fakePort({ id: SELF.id, url: PANEL_URL });
    connect(first);
    // Connected before Ramah runs here: told so, then greeted when it starts.
    expect(first.posted).toEqual([{ kind: 'off' }]);
    link.attach(handlers);
    expect(first.posted.at(-1)).toEqual({ kind: 'notice', notice: 'hello' });
    const second = fakePort({ id: SELF.id, url: PANEL_URL });
    connect(second);
    link.send({ kind: 'notice', notice: 'both' });
    expect([first.posted.at(-1), second.posted.at(-1)]).toEqual([{ kind: 'notice', notice: 'both' }, { kind: 'notice', notice: 'both' }]);
    first.close();
    link.send({ kind: 'notice', notice: 'one' });
    expect(first.posted.at(-1)).toEqual({ kind: 'notice', notice: 'both' });
    link.attach(null);
    expect(second.posted.slice(-2)).toEqual([{ kind: 'notice', notice: 'one' }, { kind: 'off' }]);
    second.receive({ kind: 'selection' });
    expect(actions).toEqual([]);
  });
});
