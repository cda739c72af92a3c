// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { translator } from '../../../src/extension/i18n/messages.js';
import { weekTranslator } from '../../../src/extension/week/messages.js';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type WeekSummary } from '../../../src/extension/week/model.js';
import { Review } from '../../../src/extension/week/review.js';

const SUMMARY: WeekSummary = {
  format: SUMMARY_FORMAT,
  version: SUMMARY_VERSION,
  from: '2026-11-30',
  to: '2026-12-06',
  summaries: 1,
  drafts: { id: 4, en: 2 },
  rules: {
    excuse: { applied: 1, rewrote: 0, ignored: 1 },
    'blame-department': { applied: 2, rewrote: 1, ignored: 0 },
    'dont-know': { applied: 0, rewrote: 0, ignored: 0 },
  },
  missed: { checkBack: 3 },
  signals: { id: { upset: 2 }, en: { upset: 1, abuse: 1 } },
};

function mount(summary: WeekSummary) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Review summary={summary} t={weekTranslator('en')} ui={translator('en')} ruleDescription={(id) => (id === 'excuse' ? 'Explains instead of helping.' : undefined)} scope="mine" />, root);
  const text = (selector: string) => [...root.querySelectorAll(selector)].map((cell) => cell.textContent);
  return { root, text };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the week in review', () => {
  test('lists the rules that fired, most first, with the times and each outcome as a number beside the bar', () => {
    const { root, text } = mount(SUMMARY);
    expect([...root.querySelectorAll<HTMLElement>('[data-rule]')].map((row) => row.dataset.rule)).toEqual(['blame-department', 'excuse']);
    expect(text('[data-rule="blame-department"] td.num')).toEqual(['3', '2', '1', '0']);
    expect(text('[data-rule="excuse"] [data-count="fired"]')).toEqual(['2']);
    expect(text('[data-rule="excuse"] .rule-line')).toEqual(['Explains instead of helping.']);
    expect(text('[data-block="rules"] thead th').length).toBe(2 + 1 + 3);
    const bars = root.querySelectorAll('[data-rule="blame-department"] .bar .part');
    expect([...bars].map((bar) => bar.getAttribute('class'))).toEqual(['part applied', 'part rewrote', 'part ignored']);
  });

  test('counts the signals per language, only for the languages that had one, under their codes', () => {
    const { text } = mount(SUMMARY);
    expect(text('[data-block="signals"] thead abbr')).toEqual(['ID', 'EN']);
    expect(text('[data-signal="upset"] [data-language="id"]')).toEqual(['2']);
    expect(text('[data-signal="upset"] [data-language="en"]')).toEqual(['1']);
    expect(text('[data-signal="abuse"] td.num')).toEqual(['0', '1']);
    expect(text('[data-signal="upset"] [data-count="fired"]')).toEqual([]);
  });

  test('an empty window says so instead of drawing empty tables', () => {
    const { root } = mount({ ...SUMMARY, drafts: {}, rules: {}, missed: {}, signals: {} });
    expect(root.querySelectorAll('table').length).toBe(0);
    expect(root.querySelectorAll('.muted').length).toBe(3);
  });
});
