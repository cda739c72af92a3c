/**
 * The ticket page served as a helpdesk, and Chromium with the built extension allowed on it, for one file's tests:
 * started before them, closed after.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpdesk-server.js';
import { TICKET_HOST, TICKET_PAGE } from './ticket.js';

export interface TicketBrowser {
  browser: ExtensionBrowser;
  helpdesk: HelpdeskServer;
}

/** Call inside the file's `describe`: what it returns is filled in by `beforeAll`. */
export function ticketInChromium(): TicketBrowser {
  const opened = {} as TicketBrowser;
  beforeAll(async () => {
    // One after the other, so that afterAll can close whatever started if the other fails.
    opened.helpdesk = await serveHelpdeskPage(TICKET_HOST, TICKET_PAGE);
    opened.browser = await launchWithExtension({ localHosts: [TICKET_HOST] });
  });
  afterAll(async () => {
    await Promise.all([opened.browser?.close(), opened.helpdesk?.close()]);
  });
  return opened;
}
