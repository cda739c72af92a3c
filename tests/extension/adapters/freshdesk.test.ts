// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import freshdesk from '../../../src/extension/content/adapters/freshdesk.js';
import { $, ids, page } from './helpers.js';

afterEach(() => page(''));

const froala = (id: string) =>
  `<div class="fr-box fr-basic"><div class="fr-wrapper"><div id="${id}" class="fr-element fr-view" contenteditable="true" aria-label="Rich Text Editor"><p><br></p></div></div></div>`;

const ticketPage = `
  <h2 class="ticket-subject-heading">Refund not received</h2>
  <div data-test-id="ticket-description"><div class="ticket-details__item__content"><div id="ticket_original_request"><div>Saya sudah menunggu refund.</div><div>Tolong cek.</div></div></div></div>
  <div data-test-id="conversation-wrapper"><div data-test-conversation="conversation-text">Agent reply</div></div>
  <div class="reply-editor">${froala('reply')}</div>
  <div class="note-editor">${froala('note')}</div>`;

describe('freshdesk URLs', () => {
  test.each([
    ['https://acme.freshdesk.com/a/tickets/1', true],
    ['https://acme.freshdesk.com/a/tickets/filters/all_tickets', true],
    ['https://acme.freshdesk.com/helpdesk/tickets/1', true],
    // The customers' portal.
    ['https://acme.freshdesk.com/support/tickets/1', false],
    ['https://www.freshworks.com/freshdesk/', false],
  ])('%s → %s', (url, expected) => {
    expect(freshdesk.matches(new URL(url))).toBe(expected);
  });
});

describe('freshdesk', () => {
  test('finds the Froala reply and note editors', () => {
    page(ticketPage);
    const composers = freshdesk.findComposers(document);
    expect(ids(composers)).toEqual(['reply', 'note']);
    expect(freshdesk.editorKind(composers[0]!)).toBe('froala');
  });

  test('tells "Add note" from "Reply" by the editor’s panel', () => {
    page(ticketPage);
    expect(freshdesk.audience($('#reply'))).toBe('customer');
    expect(freshdesk.audience($('#note'))).toBe('internal');
  });

  test('or by the selected tab when the panels are not named', () => {
    page(`<div><div role="tablist"><button role="tab" aria-selected="false">Reply</button><button role="tab" aria-selected="true">Add note</button></div>${froala('c')}</div>`);
    expect(freshdesk.audience($('#c'))).toBe('internal');
  });

  test('reads the ticket’s description as the customer’s message', () => {
    page(ticketPage);
    expect(freshdesk.customerMessage($('#reply'), document)).toBe('Saya sudah menunggu refund.\nTolong cek.');
    expect(freshdesk.customerName($('#reply'), document)).toBeUndefined();
  });

  test('falls back to every visible editor, and a note placeholder, when the markup has changed', () => {
    page('<div class="editor-v2"><div id="c" contenteditable="true" data-placeholder="Add a private note"></div></div>');
    expect(ids(freshdesk.findComposers(document))).toEqual(['c']);
    expect(freshdesk.audience($('#c'))).toBe('internal');
  });
});
