import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script module, without types
import { f1Of, judge, summarise } from '../../scripts/eval/metrics.mjs';

const run = promisify(execFile);
const EVAL = new URL('../../scripts/eval.mjs', import.meta.url).pathname;

const report = (rules: string[], extra: object = {}) => ({
  language: 'id',
  findings: rules.map((rule) => ({ rule, kind: 'warning', start: 0, end: 1 })),
  steps: { acknowledgement: true, clarification: false, resolution: true, checkBack: false, extra: false },
  context: [],
  ...extra,
});

describe('eval metrics', () => {
  it('counts a warning that fired as a hit, one that did not as missed, and an unlabelled one as false unless it is a maybe', () => {
    const labelled = { id: 'x', lang: 'id', draft: '…', warnings: ['excuse', 'blame-department'], maybe: ['hostile-tone'] };
    const verdict = judge(labelled, report(['excuse', 'hostile-tone', 'assume-worst']));
    expect(verdict.hit).toEqual(['excuse']);
    expect(verdict.missed).toEqual(['blame-department']);
    expect(verdict.extra).toEqual(['assume-worst']);
  });

  it('counts the rules merged into a card apart, as what the agent is shown, and leaves the own-rule figures as they were', () => {
    const labelled = { id: 'x', lang: 'id', draft: '…', warnings: ['excuse', 'blame-department'], maybe: ['hostile-tone'] };
    const merged = {
      ...report([]),
      findings: [
        { rule: 'excuse', kind: 'warning', start: 0, end: 1, also: [{ rule: 'blame-department' }, { rule: 'assume-worst' }, { rule: 'hostile-tone' }] },
        { rule: 'greeting-length', kind: 'suggestion', start: 2, end: 3, also: [{ rule: 'dont-know' }] },
      ],
    };
    const verdict = judge(labelled, merged);
    expect(verdict.hit).toEqual(['excuse']);
    expect(verdict.missed).toEqual(['blame-department']);
    expect(verdict.extra).toEqual([]);
    expect(verdict.shown).toEqual({ tp: 2, fn: 0, fp: 1 });
    const figures = summarise([{ labelled, verdict }]);
    expect(figures.warnings).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(figures.warningsShown).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it('judges only the twelve rules labels can name, and counts a warning of another rule apart', () => {
    const labelled = { id: 'x', lang: 'en', draft: 'Hi {customer_name}, you must have dropped it.', warnings: ['assume-worst'] };
    const verdict = judge(labelled, report(['assume-worst', 'unfilled-placeholder']));
    expect(verdict.hit).toEqual(['assume-worst']);
    expect(verdict.extra).toEqual([]);
    expect(verdict.unjudged).toBe(1);
    expect(summarise([{ labelled, verdict }])).toMatchObject({ unjudged: 1, warnings: { tp: 1, fp: 0, fn: 0 } });
  });

  it('scores steps only where labelled, and signals only when there is a customer message', () => {
    const labelled = { id: 'x', lang: 'id', draft: '…', warnings: [], steps: { acknowledgement: true, resolution: false }, context: ['upset'] };
    const verdict = judge(labelled, report([], { context: ['upset'] }));
    expect(verdict.stepCounts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(verdict.stepErrors).toEqual([{ step: 'resolution', want: false, got: true }]);
    expect(verdict.perStep).toEqual({ acknowledgement: { tp: 1, fp: 0, fn: 0 }, resolution: { tp: 0, fp: 1, fn: 0 } });
    expect(verdict.signals).toEqual({ tp: 0, fp: 0, fn: 0 });
    const withCustomer = judge({ ...labelled, customer: 'kenapa lama sekali?' }, report([], { context: ['threat'] }));
    expect(withCustomer.signals).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(withCustomer.perSignal).toEqual({ upset: { tp: 0, fp: 0, fn: 1 }, threat: { tp: 0, fp: 1, fn: 0 } });
  });

  it('sums precision, recall, F1 and clean drafts left alone over a group', () => {
    const clean = { id: 'c', lang: 'ms', draft: '…', warnings: [] };
    const flagged = { id: 'f', lang: 'ms', draft: '…', warnings: ['excuse', 'dont-know'] };
    const figures = summarise([
      { labelled: clean, verdict: judge(clean, report(['excuse'])) },
      { labelled: flagged, verdict: judge(flagged, report(['excuse'])) },
    ]);
    expect(figures.warnings).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect([figures.clean, figures.cleanLeftAlone]).toEqual([1, 0]);
    expect(figures.perRule.excuse).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(figures.perRule['dont-know']).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(figures.perStep).toEqual({});
    expect(f1Of({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('npm run eval', () => {
  const set = (lines: object[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'ramah-eval-'));
    writeFileSync(join(dir, 'batch.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n'));
    return dir;
  };

  it('scores the built engine on a set: a blame it finds, a clean draft it leaves alone, and a label it cannot meet', async () => {
    const dir = set([
      { id: 't-1', lang: 'id', draft: 'Mohon maaf Kak, keterlambatan ini salah kurir, bukan salah kami.', warnings: ['blame-department'], messy: false },
      { id: 't-2', lang: 'en', draft: "I'm sorry your parcel is late. I've asked the courier to deliver it tomorrow morning.", warnings: [], messy: false },
      // Labelled with a warning no careful reviewer would give: the engine rightly misses it.
      { id: 't-3', lang: 'en', draft: 'Thank you for your patience. Your refund was issued today.', warnings: ['excuse'], messy: true },
    ]);
    const { stdout } = await run('node', [EVAL, dir, '--json']);
    const [result] = JSON.parse(stdout);
    expect(result.figures.all.warnings).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(result.figures.all.cleanLeftAlone).toBe(1);
    expect(result.figures.messy.warnings).toMatchObject({ tp: 0, fn: 1 });
    expect(result.figures.id.languageRight).toBe(1);

    const listed = await run('node', [EVAL, dir, '--misses']);
    expect(listed.stdout).toMatch(/t-3: missed excuse/);
    expect(listed.stdout).not.toMatch(/t-1:/);
  });

  it('refuses a malformed label with its file and line, and exits 2', async () => {
    const dir = set([
      { id: 'ok', lang: 'id', draft: 'Baik Kak.', warnings: [] },
      { id: 'bad', lang: 'id', draft: 'Baik Kak.', warnings: ['blame'] },
    ]);
    const failure = await run('node', [EVAL, dir]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/batch\.jsonl:2: bad names unknown rules: blame/);
  });
});
