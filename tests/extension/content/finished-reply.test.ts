// @vitest-environment happy-dom
// When a reply is finished: a composer that held a reply of some length is emptied by the page (sent)
// or leaves it. Deleting a word or two, or the agent deleting it all to start over, is not sending.
import { describe, expect, test } from 'vitest';
import { isDeletingKey, leadingLetters, leftWith, lookAt, MIN_REPLY_LENGTH, replyLength, ticketKeyOf, type HeldReply, type Seen } from '../../../src/extension/content/finished-reply.js';

const TICKET = 'acme.zendesk.com #2087';
const REPLY = "I'm sorry, Sam. I've refunded the duplicate charge today; it reaches your card within 3 working days.";

/** The composer's text as the content script sees it, one analysis after another. */
function follow(texts: readonly (string | Partial<Seen>)[]): { held: HeldReply | null; finished: HeldReply[] } {
  let held: HeldReply | null = null;
  const finished: HeldReply[] = [];
  for (const step of texts) {
    const seen: Seen = { text: '', ticket: TICKET, hard: true, emptiedByAgent: false, ...(typeof step === 'string' ? { text: step } : step) };
    const next = lookAt(held, seen);
    held = next.held;
    if (next.finished) finished.push(next.finished);
  }
  return { held, finished };
}

describe('lookAt', () => {
  test('a reply the page empties is finished, with its ticket and whether its customer was hard', () => {
    expect(follow(['I’m sorry', REPLY.slice(0, 40), REPLY, '']).finished).toEqual([{ ticket: TICKET, hard: true, longest: REPLY.replace(/\s/g, '').length }]);
    expect(follow([{ text: REPLY, hard: false }, '']).finished).toEqual([expect.objectContaining({ hard: false })]);
  });

  test('deleting a word or two leaves a reply, which is not finished', () => {
    const { held, finished } = follow([REPLY, REPLY.slice(0, -20), REPLY.slice(0, -40)]);
    expect(finished).toEqual([]);
    expect(held).toMatchObject({ ticket: TICKET });
  });

  test('a word or two emptied is no reply', () => {
    expect(follow(['Hi Sam,', '']).finished).toEqual([]);
    expect(follow(['x'.repeat(MIN_REPLY_LENGTH - 1), '']).finished).toEqual([]);
    expect(follow(['x'.repeat(MIN_REPLY_LENGTH), '']).finished).toHaveLength(1);
    // Spaces, new lines and the zero-width characters of an editor's empty line are not letters.
    expect(follow([`a${' \n'.repeat(40)}b`, '']).finished).toEqual([]);
    expect(follow([REPLY, '\u200b\n\ufeff']).finished).toHaveLength(1);
  });

  test('a reply the agent deleted to start over is not finished, nor is what follows until a reply is written', () => {
    expect(follow([REPLY, { text: '', emptiedByAgent: true }]).finished).toEqual([]);
    expect(follow([REPLY, { text: '', emptiedByAgent: true }, '', '   ']).finished).toEqual([]);
    expect(follow([REPLY, { text: '', emptiedByAgent: true }, REPLY, '']).finished).toHaveLength(1);
  });

  test('finished once: an empty composer looked at again finishes nothing', () => {
    expect(follow([REPLY, '', '', '']).finished).toHaveLength(1);
  });

  test('a composer that a single-page helpdesk moves to another ticket starts that ticket’s reply afresh', () => {
    const { held } = follow([REPLY, { text: 'Hi Ana,', ticket: 'acme.zendesk.com #2088' }]);
    expect(held).toEqual({ ticket: 'acme.zendesk.com #2088', hard: true, longest: 'HiAna,'.length });
  });
});

describe('leadingLetters', () => {
  test('reads a draft only as far as the letters asked for: spaces, new lines and zero-width characters are not letters', () => {
    expect(leadingLetters('  Hi Sam, thanks', 3)).toBe('  Hi S');
    expect(leadingLetters('\u200b\n\ufeffab', 1)).toBe('\u200b\n\ufeffa');
    expect(leadingLetters('Hi', 5)).toBe('Hi');
    expect(leadingLetters(' \n ', 1)).toBe(' \n ');
    expect(leadingLetters('Hi', 0)).toBe('');
  });

  test('what lookAt is told on every change says the same as the whole text about empty, a word or two, and a reply', () => {
    for (const text of ['', '   \n', 'Hi Sam,', 'x'.repeat(MIN_REPLY_LENGTH - 1), REPLY, `\u200b${REPLY}\n\n`]) {
      const lead = leadingLetters(text, MIN_REPLY_LENGTH);
      expect(replyLength(lead)).toBe(Math.min(MIN_REPLY_LENGTH, replyLength(text)));
      expect(follow([lead, '']).finished).toHaveLength(follow([text, '']).finished.length);
    }
  });
});

describe('leftWith', () => {
  test('a composer that leaves the page with a reply finished it; with a word or two, or none, not', () => {
    expect(leftWith({ ticket: TICKET, hard: true, longest: 80 })).toEqual({ ticket: TICKET, hard: true, longest: 80 });
    expect(leftWith({ ticket: TICKET, hard: true, longest: 5 })).toBeNull();
    expect(leftWith(null)).toBeNull();
  });
});

describe('isDeletingKey', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  test('Backspace, Delete, cut and undo delete; typing and sending do not', () => {
    for (const init of [{ key: 'Backspace' }, { key: 'Delete' }, { key: 'x', ctrlKey: true }, { key: 'z', metaKey: true }, { key: 'Z', ctrlKey: true, shiftKey: true }, { key: 'y', ctrlKey: true }]) {
      expect(isDeletingKey(key(init)), JSON.stringify(init)).toBe(true);
    }
    for (const init of [{ key: 'x' }, { key: 'Enter', ctrlKey: true }, { key: 'Enter' }, { key: 'a', ctrlKey: true }, { key: 'z', ctrlKey: true, altKey: true }]) {
      expect(isDeletingKey(key(init)), JSON.stringify(init)).toBe(false);
    }
  });
});

describe('ticketKeyOf', () => {
  test('is one ticket however its page is reached: by the adapter’s id, else the number in the address', () => {
    expect(ticketKeyOf('https://acme.zendesk.com/agent/tickets/2087', undefined)).toBe('acme.zendesk.com #2087');
    expect(ticketKeyOf('https://acme.zendesk.com/agent/tickets/2087?tab=apps#reply', undefined)).toBe('acme.zendesk.com #2087');
    expect(ticketKeyOf('https://demo.zendesk.com/agent/?t=1043', undefined)).toBe('demo.zendesk.com #1043');
    expect(ticketKeyOf('https://mail.google.com/mail/u/0/#inbox/FMfcg', 'thread-f:123')).toBe('mail.google.com #thread-f:123');
  });

  test('without a number, the address without its hash: other tickets stay apart', () => {
    expect(ticketKeyOf('https://desk.example.com/case?id=abc#top', undefined)).toBe('https://desk.example.com/case?id=abc');
    expect(ticketKeyOf('https://desk.example.com/case?id=abd', undefined)).not.toBe(ticketKeyOf('https://desk.example.com/case?id=abc', undefined));
  });
});
