/** The content script's analyses asked of the worker: only the report for what was asked last is drawn. */
import { describe, expect, test } from 'vitest';
import { LatestAnalysis } from '../../../src/extension/content/latest-analysis.js';

/** A worker whose answers the test releases, in any order. */
function worker() {
  const asked: { input: string; answer: (reply: string) => void; fail: (error: Error) => void }[] = [];
  const send = (input: string) =>
    new Promise<string>((answer, fail) => {
      asked.push({ input, answer, fail });
    });
  return { asked, send };
}

describe('LatestAnalysis', () => {
  test('a report for a draft asked before the latest is dropped, even when it comes back last', async () => {
    const { asked, send } = worker();
    const latest = new LatestAnalysis(send);
    const first = latest.ask('Terima kasih', 'Terima kasih');
    const second = latest.ask('Terima kasih, Kak', 'Terima kasih, Kak');
    asked[1]!.answer('report of the second');
    asked[0]!.answer('report of the first');
    expect(await second).toBe('report of the second');
    expect(await first).toBeNull();
    expect(latest.pending).toBeUndefined();
  });

  test('a report that comes back before a newer analysis is asked for is taken', async () => {
    const { asked, send } = worker();
    const latest = new LatestAnalysis(send);
    const first = latest.ask('a', 'a');
    asked[0]!.answer('report of a');
    expect(await first).toBe('report of a');
    const second = latest.ask('b', 'b');
    asked[1]!.answer('report of b');
    expect(await second).toBe('report of b');
  });

  test('the same draft asked again while on its way is sent once, and both askers get its report', async () => {
    const { asked, send } = worker();
    const latest = new LatestAnalysis(send);
    const one = latest.ask('same', 'same');
    const two = latest.ask('same', 'same');
    expect(asked).toHaveLength(1);
    expect(latest.pending).toBe('same');
    asked[0]!.answer('report');
    expect(await one).toBe('report');
    expect(await two).toBe('report');
  });

  test('dropped (new settings): what is on its way is not taken, and the same draft is asked again', async () => {
    const { asked, send } = worker();
    const latest = new LatestAnalysis(send);
    const old = latest.ask('draft', 'draft');
    latest.drop();
    const again = latest.ask('draft', 'draft');
    expect(asked).toHaveLength(2);
    asked[0]!.answer('with the old packs');
    asked[1]!.answer('with the new packs');
    expect(await old).toBeNull();
    expect(await again).toBe('with the new packs');
  });

  test('a failed send reaches the asker of the latest analysis; one already superseded is only dropped', async () => {
    const { asked, send } = worker();
    const latest = new LatestAnalysis(send);
    const superseded = latest.ask('a', 'a');
    const current = latest.ask('b', 'b');
    asked[0]!.fail(new Error('worker gone'));
    asked[1]!.fail(new Error('Could not establish connection'));
    expect(await superseded).toBeNull();
    await expect(current).rejects.toThrow('Could not establish connection');
  });
});
