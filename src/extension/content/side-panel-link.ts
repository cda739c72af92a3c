/**
 * The content script's end of the port to the browser's side panel (see protocol.ts): it accepts a
 * port only from Ramah's side-panel page, reads only well-formed actions from it, and sends every
 * connected side panel what the in-page sidebar would show.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { SIDE_PANEL_PORT, parseSidePanelAction, type SidePanelAction, type SidePanelUpdate } from '../protocol.js';
import { isSidePanelPage, type Self } from '../background/senders.js';

export type Reply = (update: SidePanelUpdate) => void;

export interface SidePanelHandlers {
  /** A side panel connected: tell it everything it shows. */
  connected(reply: Reply): void;
  action(action: SidePanelAction, reply: Reply): void;
}

function post(port: Runtime.Port, update: SidePanelUpdate): void {
  try {
    port.postMessage(update);
  } catch {
    // The side panel closed in between: its disconnect removes the port.
  }
}

export class SidePanelLink {
  private readonly ports = new Set<Runtime.Port>();
  private handlers: SidePanelHandlers | null = null;

  constructor(private readonly self: Self) {}

  /** Call once, early: a side panel that is already open connects as soon as the page has loaded. */
  listen(): void {
    browser.runtime.onConnect.addListener(this.onConnect);
  }

  /** Who answers the side panels: the running coach, or none while Ramah is off here (they are told so). */
  attach(handlers: SidePanelHandlers | null): void {
    this.handlers = handlers;
    for (const port of this.ports) this.greet(port);
  }

  get connected(): boolean {
    return this.ports.size > 0;
  }

  send(update: SidePanelUpdate): void {
    for (const port of this.ports) post(port, update);
  }

  private greet(port: Runtime.Port): void {
    if (this.handlers) this.handlers.connected((update) => post(port, update));
    else post(port, { kind: 'off' });
  }

  private readonly onConnect = (port: Runtime.Port): void => {
    if (port.name !== SIDE_PANEL_PORT) return;
    if (!isSidePanelPage(port.sender ?? {}, this.self)) {
      port.disconnect();
      return;
    }
    this.ports.add(port);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    port.onMessage.addListener((message: unknown) => {
      const action = parseSidePanelAction(message);
      if (action) this.handlers?.action(action, (update) => post(port, update));
    });
    this.greet(port);
  };
}
