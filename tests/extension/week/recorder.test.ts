// @vitest-environment happy-dom
// The page's half of the week in review: counts go to the worker in one batch at most every few seconds,
// and at once when the page is hidden; never a message per report, let alone per keystroke; none when off.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FLUSH_MS, WeekRecorder } from '../../../src/extension/content/week-recorder.js';
import type { Report } from '../../../src/engine/report.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

const REPLY = 'Halo Kak, mohon maaf, paket Kakak kami kirim ulang hari ini.';
const TICKET = 'https://acme.zendesk.com/agent/tickets/101';
const report = (rules: string[]) =>
  ({ language: 'id', findings: rules.map((rule) => ({ rule })), steps: { acknowledgement: true, clarification: false, resolution: true, checkBack: false, extra: false }, context: ['upset'] }) as unknown as Report;

let recorder: WeekRecorder | undefined;
beforeEach(() => {
  fake.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  recorder?.stop();
  recorder = undefined;
  vi.useRealTimers();
});

const sent = () => fake.browser.runtime.sendMessage.mock.calls.map(([message]) => message);

describe('the week recorder in a page', () => {
  test('a hundred reports and actions make one message, a few seconds later, with their sum', () => {
    recorder = new WeekRecorder(true);
    const composer = document.createElement('div');
    for (let i = 0; i < 100; i++) recorder.observe(composer, report(['excuse']), REPLY, TICKET);
    recorder.applied(composer, 'excuse');
    recorder.observe(composer, report([]), REPLY, TICKET);
    recorder.observe(composer, report([]), '', TICKET);
    recorder.finished(composer);
    expect(sent()).toEqual([]);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(sent()).toEqual([
      { kind: 'week-record', counts: { drafts: { id: 1 }, rules: { excuse: [1, 0, 0] }, missed: { clarification: 1, checkBack: 1, extra: 1 }, signals: { id: { upset: 1 } } } },
    ]);
    // Nothing new, nothing sent.
    vi.advanceTimersByTime(FLUSH_MS * 3);
    expect(sent()).toHaveLength(1);
  });

  test('the page hidden sends what is gathered at once; a composer that leaves the page with a finished reply counts it', () => {
    recorder = new WeekRecorder(true);
    const composer = document.createElement('div');
    recorder.observe(composer, report(['dont-know']), REPLY, TICKET);
    recorder.ignored(composer, 'dont-know');
    recorder.finished(composer);
    recorder.removed(composer);
    dispatchEvent(new Event('pagehide'));
    expect(sent()).toEqual([{ kind: 'week-record', counts: expect.objectContaining({ drafts: { id: 1 }, rules: { 'dont-know': [0, 0, 1] } }) }]);
  });

  test('turned off, nothing is gathered or sent, and what was waiting is dropped', () => {
    recorder = new WeekRecorder(true);
    const composer = document.createElement('div');
    recorder.observe(composer, report(['excuse']), REPLY, TICKET);
    recorder.applied(composer, 'excuse');
    recorder.setEnabled(false);
    recorder.observe(composer, report([]), '', TICKET);
    vi.advanceTimersByTime(FLUSH_MS * 2);
    dispatchEvent(new Event('pagehide'));
    expect(sent()).toEqual([]);
  });

  // The content script follows each composer by the rule of content/finished-reply.ts and says
  // `finished` only when the page emptied a reply; the agent's own wiping is `discarded`.
  test('a reply the agent wiped counts as no reply, and its findings as not left in', () => {
    recorder = new WeekRecorder(true);
    const composer = document.createElement('div');
    recorder.observe(composer, report(['excuse']), REPLY, TICKET);
    vi.advanceTimersByTime(3000);
    recorder.discarded(composer);
    recorder.observe(composer, report([]), '', TICKET);
    vi.advanceTimersByTime(FLUSH_MS);
    dispatchEvent(new Event('pagehide'));
    expect(sent()).toEqual([]);
  });

  test('a reply the page emptied after send counts, with the finding left in it; a new reply after a wiped one counts alone', () => {
    recorder = new WeekRecorder(true);
    const composer = document.createElement('div');
    recorder.observe(composer, report(['dont-know']), REPLY, TICKET);
    vi.advanceTimersByTime(3000);
    recorder.discarded(composer);
    recorder.observe(composer, report(['excuse']), REPLY, TICKET);
    vi.advanceTimersByTime(3000);
    recorder.observe(composer, report([]), '', TICKET);
    recorder.finished(composer);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(sent()).toEqual([
      { kind: 'week-record', counts: { drafts: { id: 1 }, rules: { excuse: [0, 0, 1] }, missed: { clarification: 1, checkBack: 1, extra: 1 }, signals: { id: { upset: 1 } } } },
    ]);
  });

  test('another ticket opened in the same composer drops the draft before it: its findings are not counted as rewritten, nor left in', () => {
    recorder = new WeekRecorder(true);
    const composer = document.createElement('div');
    recorder.observe(composer, report(['excuse', 'dont-know']), REPLY, TICKET);
    vi.advanceTimersByTime(3000);
    // The helpdesk swaps in ticket 102's own draft, which has none of those findings.
    recorder.observe(composer, report(['blame-department']), REPLY, 'https://acme.zendesk.com/agent/tickets/102');
    vi.advanceTimersByTime(3000);
    recorder.applied(composer, 'blame-department');
    recorder.observe(composer, report([]), REPLY, 'https://acme.zendesk.com/agent/tickets/102');
    recorder.observe(composer, report([]), '', 'https://acme.zendesk.com/agent/tickets/102');
    recorder.finished(composer);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(sent()).toEqual([
      { kind: 'week-record', counts: { drafts: { id: 1 }, rules: { 'blame-department': [1, 0, 0] }, missed: { clarification: 1, checkBack: 1, extra: 1 }, signals: { id: { upset: 1 } } } },
    ]);
  });
});
