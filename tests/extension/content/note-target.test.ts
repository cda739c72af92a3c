import { describe, expect, test } from 'vitest';
import { noteComposer, replyComposer, ticketReference } from '../../../src/extension/content/note-target.js';
import { notesFor } from '../../../src/extension/note-kinds.js';

describe('notesFor', () => {
  test.each([
    [['abuse'], ['incident']],
    [['threat'], ['incident']],
    [['abuse', 'threat'], ['incident']],
    [['threat', 'escalation-request'], ['incident', 'handover']],
    [['escalation-request'], ['handover']],
    [['upset'], []],
    [[], []],
  ] as const)('%j → %j', (signals, kinds) => {
    expect(notesFor(signals)).toEqual(kinds);
  });
});

describe('the note composer', () => {
  const reply = { composer: 'reply', audience: 'customer' } as const;
  const note = { composer: 'note', audience: 'internal' } as const;
  const otherNote = { composer: 'other note', audience: 'internal' } as const;

  test('is the page’s internal-note composer, whichever composer the agent is in', () => {
    expect(noteComposer([reply, note], 'reply')).toBe('note');
    expect(noteComposer([reply, note], null)).toBe('note');
    expect(noteComposer([reply, otherNote, note], 'note')).toBe('note');
    expect(noteComposer([reply, otherNote, note], 'reply')).toBe('other note');
  });

  test('is none on a page without one: the note goes to the clipboard', () => {
    expect(noteComposer([reply], 'reply')).toBeUndefined();
    expect(noteComposer([], null)).toBeUndefined();
  });

  test('the reply it documents is the one to the customer', () => {
    expect(replyComposer([reply, note], 'note')).toBe('reply');
    expect(replyComposer([reply, note], 'reply')).toBe('reply');
    expect(replyComposer([note], 'note')).toBeUndefined();
  });
});

describe('ticketReference', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/2087', '2087'],
    ['https://acme.freshdesk.com/a/tickets/518?tab=notes', '518'],
    ['https://secure.helpscout.net/conversation/2213457890/4411/', '2213457890'],
    ['https://app.intercom.com/a/inbox/abc123/inbox/conversation/1900/', '1900'],
    ['https://app.hubspot.com/help-desk/123/ticket/4567', '4567'],
    ['https://demo.zendesk.com/agent/?t=1044', '1044'],
    ['https://desk.example.com/view?ticket_id=77', '77'],
  ])('%s has the number %s', (url, number) => {
    expect(ticketReference(url)).toEqual({ url, number });
  });

  test('without a number in the address, only the address', () => {
    for (const url of ['https://app.frontapp.com/open/cnv_abc', 'https://acme.zendesk.com/agent/tickets/new', 'https://acme.zendesk.com/agent/filters/360?t=abc', 'not a url']) {
      expect(ticketReference(url)).toEqual({ url });
    }
  });

  test('the adapter’s own id wins over the address', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsnQbzzvBvvbPwtSZrVnnN';
    expect(ticketReference(url, '18c2f3a9b7d4e5f6')).toEqual({ url, number: '18c2f3a9b7d4e5f6' });
    expect(ticketReference('https://acme.zendesk.com/agent/tickets/2087', ' ')).toEqual({ url: 'https://acme.zendesk.com/agent/tickets/2087', number: '2087' });
  });
});
