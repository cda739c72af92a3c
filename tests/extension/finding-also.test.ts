// @vitest-environment happy-dom
/**
 * The rules merged into a card (`Finding.also`) reach the agent: one secondary line each under the head message, in
 * the inline card and in the sidebar, page text as text, two lines at most and "+N" after them.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import type { Finding, MergedFinding } from '../../src/engine/report.js';
import { readComposer } from '../../src/extension/content/editing/text-map.js';
import { Highlights, type HintActions } from '../../src/extension/content/highlights.js';
import { alsoLines } from '../../src/extension/finding-also.js';
import { finding, mount, report } from './sidebar/helpers.js';

const DRAFT = 'As clearly stated in the terms you accepted at sign-up, refunds take 5 days.';
const HOSTILE: MergedFinding = { rule: 'hostile-tone', messageId: 'default', message: 'This sounds condescending.' };
const HTML: MergedFinding = { rule: 'page-pack', messageId: 'm', message: '<img src=x onerror="alert(1)"><b>bold</b>' };
const merged = (...also: MergedFinding[]): Finding => finding('fairness-argument', 'As clearly stated', ['Let me see what I can do'], { message: 'Do not argue rules.', also });
const rule = (id: string): MergedFinding => ({ rule: id, messageId: 'm', message: `${id} message` });

/** The card of the draft's first underline, opened by keyboard. */
function card(findings: Finding[], locale = 'en') {
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  textarea.value = DRAFT;
  const actions = { apply: vi.fn(), findingAction: vi.fn(), returnFocus: vi.fn() } satisfies HintActions;
  const highlights = new Highlights(actions, locale as 'en', document);
  highlights.show(textarea, readComposer(textarea), findings);
  expect(highlights.next(textarea, 0)).toBe(true);
  return document.querySelector('[data-ramah="card"]')!.shadowRoot!;
}

afterEach(() => {
  document.documentElement.querySelectorAll('[data-ramah]').forEach((host) => host.remove());
  document.body.replaceChildren();
});

describe('the lines of the merged rules', () => {
  test('one a rule, without the head rule, two shown and the rest counted', () => {
    expect(alsoLines(merged())).toEqual({ shown: [], hidden: [] });
    const lines = alsoLines(merged(HOSTILE, rule('fairness-argument'), { ...HOSTILE, messageId: 'insult' }, rule('excuse'), rule('dont-know')));
    expect(lines.shown.map((m) => m.rule)).toEqual(['hostile-tone', 'excuse']);
    expect(lines.hidden.map((m) => m.rule)).toEqual(['dont-know']);
  });

  test('the engine merges this draft into one card with hostile-tone in `also`', () => {
    const findings = analyze(DRAFT, { messageLanguage: 'en' }).findings;
    expect(findings.map((f) => [f.rule, alsoLines(f).shown.map((m) => m.rule)])).toEqual([['fairness-argument', ['hostile-tone']]]);
  });
});

describe('in the inline card', () => {
  test('the merged rule’s message under the head message, labelled, as secondary text', () => {
    const shadow = card(analyze(DRAFT, { messageLanguage: 'en' }).findings);
    const section = shadow.querySelector('section')!;
    const [message, also] = [...section.children];
    expect(message!.textContent).toMatch(/^Recovery isn't an investigation/);
    expect(also!.className).toBe('also');
    expect([...also!.querySelectorAll('[data-also]')].map((line) => [line.getAttribute('data-also'), line.textContent])).toEqual([
      ['hostile-tone', 'Also: This sounds condescending. Stay calm and polite: acknowledge the problem, then explain the steps patiently.'],
    ]);
    expect(shadow.querySelector('[data-also-more]')).toBeNull();
    // No new stop for the keyboard: the card's buttons are the rewording and the finding actions, as before.
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Let me see what I can do', 'Ignore', 'Turn off on this site', 'This warning is wrong']);
  });

  test('page text stays text, two lines at most, then +N', () => {
    const shadow = card([merged(HTML, HOSTILE, HTML, rule('excuse'), rule('dont-know'))]);
    const lines = [...shadow.querySelectorAll('[data-also]')];
    expect(lines.map((line) => line.getAttribute('data-also'))).toEqual(['page-pack', 'hostile-tone']);
    expect(lines[0]!.textContent).toBe(`Also: ${HTML.message}`);
    expect(shadow.querySelector('img, b')).toBeNull();
    const more = shadow.querySelector('[data-also-more]')!;
    expect(more.getAttribute('data-also-more')).toBe('2');
    expect(more.querySelector('[aria-hidden]')!.textContent).toBe('+2');
    expect(more.querySelector('.sr')!.textContent).toBe('2 more');
    expect(more.getAttribute('title')).toBe('excuse message\ndont-know message');
  });

  test('the label in the agent’s language', () => {
    const shadow = card([merged(HOSTILE)], 'id');
    expect(shadow.querySelector('[data-also]')!.textContent).toBe('Selain itu: This sounds condescending.');
  });

  test('no line when nothing was merged', () => {
    expect(card([merged()]).querySelector('.also')).toBeNull();
  });
});

describe('in the sidebar', () => {
  test('the merged rule’s message under the head message', () => {
    const { $, $$ } = mount({ report: { ...analyze(DRAFT, { messageLanguage: 'en' }) } });
    const item = $('.finding')!;
    expect(item.children[0]!.textContent).toMatch(/^Recovery isn't an investigation/);
    expect(item.children[1]!.className).toBe('also');
    expect($$('[data-also]').map((line) => [line.getAttribute('data-also'), line.textContent])).toEqual([
      ['hostile-tone', 'Also: This sounds condescending. Stay calm and polite: acknowledge the problem, then explain the steps patiently.'],
    ]);
    expect($('[data-also-more]')).toBeNull();
  });

  test('page text stays text, two lines at most, then +N, in the agent’s language', () => {
    const { $, $$ } = mount({ report: report({ findings: [merged(HTML, HTML, HOSTILE, rule('excuse'))] }) }, 'ms');
    expect($$('[data-also]').map((line) => line.textContent)).toEqual([`Selain itu: ${HTML.message}`, HOSTILE.message]);
    expect($('.also img, .also b')).toBeNull();
    const more = $('[data-also-more]')!;
    expect(more.querySelector('[aria-hidden]')!.textContent).toBe('+1');
    expect(more.querySelector('.sr')!.textContent).toBe('1 lagi');
    expect(more.getAttribute('title')).toBe('excuse message');
  });

  test('no line when nothing was merged', () => {
    expect(mount({ report: report({ findings: [merged()] }) }).$('.also')).toBeNull();
  });
});
