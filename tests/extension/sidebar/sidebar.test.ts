// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { STEPS } from '../../../src/engine/report.js';
import { parsePack } from '../../../src/engine/packs/schema.js';
import { finding, key, mount, phrase, report } from './helpers.js';

afterEach(() => {
  for (const host of document.querySelectorAll('[data-ramah="sidebar"]')) host.remove();
});

const teamPack = (() => {
  const result = parsePack({
    id: 'team',
    name: 'Team',
    version: '1.0.0',
    languages: ['en'],
    phrases: STEPS.map((step) => ({ id: `team-${step.toLowerCase()}`, step, text: `Team phrase for ${step}, {customer_name}.` })),
    guidance: [{ signal: 'upset', text: 'Calm first, then solve.' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
})();

describe('the host', () => {
  test('is one [data-ramah="sidebar"] in the top document with an open shadow root holding the styles', () => {
    const { sidebar, shadow } = mount();
    expect(document.querySelectorAll('[data-ramah="sidebar"]')).toHaveLength(1);
    expect(sidebar.host.shadowRoot).not.toBeNull();
    expect(shadow.mode).toBe('open');
    const css = shadow.adoptedStyleSheets.length > 0 ? [...shadow.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('') : shadow.querySelector('style')!.textContent;
    expect(css).toMatch(/all:\s*initial/);
    expect(css).toMatch(/position:\s*fixed/);
    // Nothing of the sidebar's markup or CSS is in the page's own tree.
    expect(document.head.querySelector('style')).toBeNull();
    expect(sidebar.host.children).toHaveLength(0);
  });

  test('is a complementary landmark with a name, and destroy() removes it', () => {
    const { sidebar, $ } = mount();
    const aside = $('aside')!;
    expect(aside.getAttribute('role')).toBe('complementary');
    expect(aside.getAttribute('aria-label')).toBe('Ramah reply coach');
    sidebar.destroy();
    expect(document.querySelector('[data-ramah="sidebar"]')).toBeNull();
  });

  test('says to click into a reply when there is no report', () => {
    const { $ } = mount({ report: null });
    expect($('aside')!.textContent).toContain('Click into a reply');
  });
});

describe('a report from analyze()', () => {
  const draft = 'ok, that is not our problem. you must wait';
  const customer = 'This is ridiculous! I am so angry. I want to speak to your manager now.';
  const real = analyze(draft, { customerMessage: customer, packs: [teamPack] });

  test('follows the test contract: steps, findings, signals', () => {
    const { $, $$ } = mount({ report: real, placeholders: { customer_name: 'Sari' } });
    expect($('[data-language]')!.dataset.language).toBe(real.language);
    for (const step of STEPS) {
      const item = $(`[data-step="${step}"]`)!;
      expect(item.dataset.state).toBe(real.steps[step] ? 'present' : 'missing');
      const inserts = item.querySelectorAll('[data-action="insert"]');
      expect(inserts).toHaveLength(real.steps[step] ? 0 : real.phraseSuggestions.filter((p) => p.step === step).length);
    }
    expect($$('[data-rule]').map((el) => el.dataset.rule)).toEqual(real.findings.map((f) => f.rule));
    expect($$('[data-context]').map((el) => el.dataset.context)).toEqual(real.context);
  });

  test('fills the team phrase placeholders in missing steps', () => {
    const missing = STEPS.find((step) => !real.steps[step])!;
    const { $ } = mount({ report: real, placeholders: { customer_name: 'Sari' } });
    const texts = [...$(`[data-step="${missing}"]`)!.querySelectorAll('[data-action="insert"]')].map((b) => b.textContent);
    expect(texts).toContain(`Team phrase for ${missing}, Sari.`);
  });
});

describe('findings', () => {
  const f = finding('blame-department', 'not our problem', ["I'll take care of this", 'Let me sort this out']);

  test('show the message, the flagged words and the first rewording', () => {
    const { $ } = mount({ report: report({ findings: [f] }) });
    const item = $('[data-rule="blame-department"]')!;
    expect(item.textContent).toContain(f.message);
    expect(item.querySelector('del')!.textContent).toBe('not our problem');
    expect(item.querySelector('ins')!.textContent).toBe("I'll take care of this");
  });

  test('apply applies the first rewording, the others their own, and ignore ignores', () => {
    const { $, actions } = mount({ report: report({ findings: [f] }) });
    $('[data-rule="blame-department"] [data-action="apply"]')!.click();
    expect(actions.applySuggestion).toHaveBeenLastCalledWith(f, 0);
    $('[data-rule="blame-department"] [data-action="apply-other"]')!.click();
    expect(actions.applySuggestion).toHaveBeenLastCalledWith(f, 1);
    $('[data-rule="blame-department"] [data-action="ignore"]')!.click();
    expect(actions.findingAction).toHaveBeenLastCalledWith('ignore', f);
  });

  test('can be turned off on this site or reported as wrong, each button named for its words', () => {
    const { $, actions } = mount({ report: report({ findings: [f] }) });
    const off = $('[data-rule="blame-department"] [data-action="turn-off-site"]')!;
    expect(off.textContent).toBe('Turn off on this site');
    expect(off.getAttribute('aria-label')).toBe('Turn this warning off on this site: “not our problem”');
    off.click();
    expect(actions.findingAction).toHaveBeenLastCalledWith('turn-off-site', f);
    $('[data-rule="blame-department"] [data-action="report-wrong"]')!.click();
    expect(actions.findingAction).toHaveBeenLastCalledWith('report-wrong', f);
  });

  test('a notice about an action offers Undo, and only then', () => {
    const { $, sidebar, actions } = mount({ report: report({ findings: [f] }), notice: 'Copied to the clipboard.' });
    expect($('[data-action="undo"]')).toBeNull();
    sidebar.update({ notice: 'Ignored in this ticket.', undoable: true });
    $('[data-action="undo"]')!.click();
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  test('without a rewording have no apply button but can be ignored', () => {
    const { $ } = mount({ report: report({ findings: [finding('no-fix', 'hmm', [])] }) });
    expect($('[data-rule="no-fix"] [data-action="apply"]')).toBeNull();
    expect($('[data-rule="no-fix"] [data-action="ignore"]')).not.toBeNull();
  });

  test('apply has an accessible name that says what it replaces', () => {
    const { $ } = mount({ report: report({ findings: [f] }) });
    expect($('[data-action="apply"]')!.getAttribute('aria-label')).toBe("Apply: replace “not our problem” with “I'll take care of this”");
  });
});

describe('phrases', () => {
  const withSteps = report({
    phraseSuggestions: [phrase('ask', 'Could you tell me your order number, {customer_name}?', { step: 'clarification' }), phrase('cb', 'Is order {order_id} fine now?', { step: 'checkBack' })],
  });

  test('a missing step inserts its phrase with the known placeholders filled and the rest marked', () => {
    const { $, actions } = mount({ report: withSteps, placeholders: { customer_name: 'Sari' } });
    expect($('[data-step="acknowledgement"]')!.querySelector('[data-action="insert"]')).toBeNull();
    $('[data-step="clarification"] [data-action="insert"]')!.click();
    expect(actions.insertPhrase).toHaveBeenLastCalledWith('Could you tell me your order number, Sari?', []);
    $('[data-step="checkBack"] [data-action="insert"]')!.click();
    expect(actions.insertPhrase).toHaveBeenLastCalledWith('Is order {order_id} fine now?', [{ name: 'order_id', start: 9, end: 19 }]);
  });

  test('placeholders follow the page: a later update fills them', () => {
    const { sidebar, $ } = mount({ report: withSteps });
    expect($('[data-step="clarification"] [data-action="insert"]')!.textContent).toContain('{customer_name}');
    sidebar.update({ placeholders: { customer_name: 'Aminah' } });
    expect($('[data-step="clarification"] [data-action="insert"]')!.textContent).toContain('Aminah');
  });

  test('an internal note is not coached on the steps of a reply; a reply is', () => {
    const note = mount({ report: withSteps, audience: 'internal', composerLabel: 'Internal note' });
    expect(note.$('section[aria-label="Steps of the reply"]')).toBeNull();
    expect(note.$('[data-step]')).toBeNull();
    note.sidebar.update({ audience: 'customer' });
    expect(note.$$('[data-step]')).toHaveLength(5);
    note.sidebar.destroy();
    expect(mount({ report: withSteps }).$$('[data-step]')).toHaveLength(5);
  });

  test('checklist items carry their state in their text for assistive tech', () => {
    const { $ } = mount({ report: withSteps });
    expect($('[data-step="acknowledgement"] .step-name')!.textContent).toBe('Acknowledge: done');
    expect($('[data-step="clarification"] .step-name')!.textContent).toBe('Clarify: missing');
  });
});

describe('signals and gestures', () => {
  test('each signal gets a banner with guidance and phrases; asking for a manager says escalating is fine', () => {
    const r = report({
      context: ['upset', 'escalation-request'],
      signals: [
        { signal: 'upset', spans: [], guidance: 'Calm first.', phrases: [phrase('calm', 'I understand how frustrating this is.', { signal: 'upset' })] },
        { signal: 'escalation-request', spans: [], guidance: 'Offer a handover.', phrases: [] },
      ],
    });
    const { $, actions } = mount({ report: r });
    const upset = $('[data-context="upset"]')!;
    expect(upset.textContent).toContain('Calm first.');
    upset.querySelector<HTMLElement>('[data-action="insert"]')!.click();
    expect(actions.insertPhrase).toHaveBeenCalledWith('I understand how frustrating this is.', []);
    expect($('[data-context="escalation-request"]')!.textContent).toContain('Escalating is not failing');
  });

  test('an abusive or threatening customer gets one Document this; asking for a manager, a hand-over note', () => {
    const r = report({
      context: ['abuse', 'threat', 'escalation-request'],
      signals: [
        { signal: 'abuse', spans: [], guidance: '', phrases: [] },
        { signal: 'threat', spans: [], guidance: '', phrases: [] },
        { signal: 'escalation-request', spans: [], guidance: '', phrases: [] },
      ],
    });
    const { $, $$, actions } = mount({ report: r });
    expect($$('[data-action="document"]').map((button) => button.textContent)).toEqual(['Document this']);
    $('[data-action="document"]')!.click();
    expect(actions.writeNote).toHaveBeenCalledExactlyOnceWith('incident');
    expect($('[data-action="handover"]')!.textContent).toBe('Hand-over note');
    $('[data-action="handover"]')!.click();
    expect(actions.writeNote).toHaveBeenLastCalledWith('handover');
  });

  test('asking for a manager offers the hand-over: why, the phrases for the customer inserted like any phrase, and the note', () => {
    const r = report({
      context: ['escalation-request'],
      signals: [{ signal: 'escalation-request', spans: [], guidance: '', phrases: [] }],
      handover: {
        reasons: ['escalation-request'],
        phrases: [
          phrase('handover-1', "I'm bringing in my supervisor, who can decide on this today. I'll stay on your case, {customer_name}.", { tags: ['handover'] }),
          phrase('handover-2', "I've passed your case to my team lead; I'm still your contact.", { tags: ['handover'] }),
        ],
      },
    });
    const { $, $$, actions } = mount({ report: r, placeholders: { customer_name: 'Sam' } });
    const block = $('[data-handover]')!;
    expect(block.dataset.handover).toBe('escalation-request');
    expect(block.textContent).toContain('that you stay on the case');
    expect($$('[data-handover] [data-action="insert"]').map((b) => b.textContent)).toEqual([
      "I'm bringing in my supervisor, who can decide on this today. I'll stay on your case, Sam.",
      "I've passed your case to my team lead; I'm still your contact.",
    ]);
    block.querySelector<HTMLElement>('[data-action="insert"]')!.click();
    expect(actions.insertPhrase).toHaveBeenCalledWith("I'm bringing in my supervisor, who can decide on this today. I'll stay on your case, Sam.", []);
    $('[data-action="handover"]')!.click();
    expect(actions.writeNote).toHaveBeenLastCalledWith('handover');
  });

  test('abuse that goes on offers the hand-over and both notes, in the agent’s language', () => {
    const r = report({
      language: 'id',
      context: ['upset', 'abuse'],
      signals: [
        { signal: 'upset', spans: [], guidance: '', phrases: [] },
        { signal: 'abuse', spans: [], guidance: '', phrases: [] },
      ],
      handover: { reasons: ['abuse-continues'], phrases: [phrase('handover-1', 'Baik, Kak. Saya libatkan supervisor saya.', { language: 'id', tags: ['handover'] })] },
    });
    const { $, $$ } = mount({ report: r }, 'id');
    expect($('[data-handover]')!.dataset.handover).toBe('abuse-continues');
    expect($('[data-handover]')!.textContent).toContain('Kata-kata kasarnya terus berlanjut');
    expect($('[data-handover] ul')!.getAttribute('lang')).toBe('id');
    expect($$('.notes button').map((b) => b.dataset.action)).toEqual(['document', 'handover']);
  });

  test('abuse once gets Document this but no hand-over', () => {
    const r = report({ context: ['abuse'], signals: [{ signal: 'abuse', spans: [], guidance: '', phrases: [] }] });
    const { $, $$ } = mount({ report: r });
    expect($('[data-handover]')).toBeNull();
    expect($$('.notes button').map((b) => b.dataset.action)).toEqual(['document']);
  });

  test('no note for a customer who is only upset, and the note buttons speak the agent’s language', () => {
    const upset = mount({ report: report({ context: ['upset'], signals: [{ signal: 'upset', spans: [], guidance: '', phrases: [] }] }) });
    expect(upset.$('[data-action="document"], [data-action="handover"]')).toBeNull();
    upset.sidebar.destroy();
    const threat = report({ context: ['threat'], signals: [{ signal: 'threat', spans: [], guidance: '', phrases: [] }] });
    expect(mount({ report: threat }, 'id').$('[data-action="document"]')!.textContent).toBe('Dokumentasikan');
  });

  test('gestures needing approval are marked, in the button name too', () => {
    const r = report({
      failures: ['late'],
      gestures: [
        { id: 'ship', text: 'Free express shipping', language: 'en', tier: 'self', needsApproval: false, pack: 't' },
        { id: 'refund', text: 'A partial refund', language: 'en', tier: 'approval', needsApproval: true, pack: 't' },
      ],
    });
    const { $ } = mount({ report: r });
    expect($('[data-gesture="ship"]')!.dataset.approval).toBe('false');
    expect($('[data-gesture="ship"] button')!.textContent).toBe('Free express shipping');
    expect($('[data-gesture="refund"]')!.dataset.approval).toBe('true');
    expect($('[data-gesture="refund"] button')!.textContent).toBe('A partial refundneeds approval');
  });

  test('gestures needing approval say so and offer the hand-over note to the supervisor', () => {
    const gestures = [
      { id: 'ship', text: 'Free express shipping', language: 'en' as const, tier: 'self' as const, needsApproval: false, pack: 't' },
      { id: 'refund', text: 'A partial refund', language: 'en' as const, tier: 'approval' as const, needsApproval: true, pack: 't' },
    ];
    const { $, actions, sidebar } = mount({ report: report({ failures: ['late'], gestures, handover: { reasons: ['approval'], phrases: [] } }) });
    expect($('[data-approval-note]')!.textContent).toContain('ask your supervisor before you offer it');
    // Approval alone is asked of the supervisor: no phrase for the customer, no hand-over block.
    expect($('[data-handover]')).toBeNull();
    $('[data-action="ask-approval"]')!.click();
    expect(actions.writeNote).toHaveBeenCalledExactlyOnceWith('handover', 'supervisor');
    sidebar.update({ report: report({ failures: ['late'], gestures: [gestures[0]!] }) });
    expect($('[data-approval-note]')).toBeNull();
  });

  test('the approval line speaks the agent’s language', () => {
    const gestures = [{ id: 'refund', text: 'Refund sebagian', language: 'id' as const, tier: 'approval' as const, needsApproval: true, pack: 't' }];
    const { $ } = mount({ report: report({ language: 'id', failures: ['late'], gestures }) }, 'ms');
    expect($('[data-action="ask-approval"]')!.textContent).toBe('Minta kelulusan penyelia');
  });
});

describe('untrusted text', () => {
  const evil = '<img src=x onerror="globalThis.pwned=1">';

  test('from packs, pages and messages is shown as text, never as HTML', () => {
    const r = report({
      findings: [finding('x', evil, [evil], { message: evil })],
      phraseSuggestions: [phrase('p', evil, { step: 'clarification' })],
      context: ['threat'],
      signals: [{ signal: 'threat', spans: [], guidance: evil, phrases: [phrase('q', evil)] }],
    });
    const { shadow, $ } = mount({ report: r, composerLabel: evil, notice: evil, query: 'img', allPhrases: [phrase('s', evil)] });
    expect(shadow.querySelector('img')).toBeNull();
    expect($('[data-step="clarification"] [data-action="insert"]')!.textContent).toBe(evil);
    expect($('[data-context="threat"]')!.textContent).toContain(evil);
    expect($('[data-rule="x"] ins')!.textContent).toBe(evil);
    expect($('[role="status"]')!.textContent).toBe(evil);
    expect($('[data-phrase="s"]')!.textContent).toContain(evil);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('search', () => {
  const all = [
    phrase('sorry', 'Sorry for the wait, {customer_name}.'),
    phrase('maaf', 'Mohon maaf atas keterlambatan pesanan Anda.', { language: 'id' }),
    phrase('kasih', 'Terima kasih sudah menunggu.', { language: 'ms' }),
  ];

  test('finds phrases by words in any order, ignoring case and accents, and inserts them filled', () => {
    const { $, $$, actions } = mount({ allPhrases: all, placeholders: { customer_name: 'Sari' } });
    const input = $<HTMLInputElement>('input[type="search"]')!;
    expect($$('[data-phrase]')).toHaveLength(0);
    input.value = 'MAAF  mohon';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect($$('[data-phrase]').map((el) => el.dataset.phrase)).toEqual(['maaf']);
    input.value = 'wait';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $('[data-phrase="sorry"] [data-action="insert"]')!.click();
    expect(actions.insertPhrase).toHaveBeenCalledWith('Sorry for the wait, Sari.', []);
    $('[data-phrase="sorry"] [data-action="copy"]')!.click();
    expect(actions.copy).toHaveBeenCalledWith('Sorry for the wait, Sari.');
    input.value = 'zzz';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect($('[role="search"]')!.textContent).toContain('No phrase matches.');
  });

  test('puts phrases in the draft language first', () => {
    const { $$ } = mount({ allPhrases: all, query: 'a', report: report({ language: 'ms' }) });
    expect($$('[data-phrase]')[0]!.dataset.phrase).toBe('kasih');
  });
});

describe('collapsing to the badge', () => {
  const composerRect = { left: 100, top: 300, right: 600, bottom: 450 };

  test('× collapses the panel to the badge and says so (for this ticket); the badge shows the count and the steps, and opens it again', () => {
    const { $, $$, actions } = mount({ composerRect, report: report({ findings: [finding('r', 'x', ['y'])] }) });
    $('[data-action="collapse"]')!.click();
    expect(actions.setCollapsed).toHaveBeenLastCalledWith(true);
    expect($('aside')!.dataset.collapsed).toBe('true');
    expect($('aside')!.hidden).toBe(true);
    const badge = $('[data-action="expand"]')!;
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.dataset.count).toBe('1');
    expect(badge.getAttribute('aria-label')).toBe('Open Ramah: 1 to check, 2 of 5 steps done');
    expect($$('[data-badge] [data-dot]').map((dot) => dot.dataset.dot)).toEqual(['present', 'missing', 'present', 'missing', 'missing']);
    badge.click();
    expect(actions.setCollapsed).toHaveBeenLastCalledWith(false);
    expect($('aside')!.hidden).toBe(false);
  });

  test('the badge sits at the composer, outside it, and is there only with a composer', () => {
    const { sidebar, $ } = mount({ collapsed: true });
    expect($('[data-badge]')).toBeNull();
    sidebar.update({ composerRect });
    const badge = $('[data-badge]')!;
    const left = parseFloat(badge.style.left);
    const top = parseFloat(badge.style.top);
    expect(left).toBeGreaterThanOrEqual(composerRect.right);
    expect(top).toBeLessThan(composerRect.bottom);
  });

  test('setOpen opens the panel with the first finding focused, not a button that would insert or apply', () => {
    const { sidebar, $, shadow, actions } = mount({ collapsed: true, composerRect, report: report({ findings: [finding('r', 'x', ['y'])] }) });
    expect(sidebar.isOpen).toBe(false);
    sidebar.setOpen(true);
    expect(sidebar.isOpen).toBe(true);
    expect($('aside')!.hidden).toBe(false);
    expect(actions.setCollapsed).toHaveBeenLastCalledWith(false);
    expect(shadow.activeElement).toBe($('[data-rule="r"]'));
    expect(sidebar.hasFocus).toBe(true);
    sidebar.setOpen(false);
    expect($('aside')!.hidden).toBe(true);
  });

  test('announces notices in a live region, and the count of findings politely, even collapsed', () => {
    const { sidebar, $ } = mount({ composerRect });
    const status = $('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    sidebar.update({ notice: 'Copied to the clipboard' });
    expect(status.textContent).toBe('Copied to the clipboard');
    sidebar.update({ collapsed: true, report: report({ findings: [finding('a', 'x', ['y']), finding('b', 'z', [], { start: 4, end: 5 })] }) });
    const announce = $('[data-announce]')!;
    expect(announce.getAttribute('aria-live')).toBe('polite');
    expect(announce.closest('[hidden]')).toBeNull();
    expect(announce.textContent).toBe('2 to check');
  });
});

describe('the summary line', () => {
  test('says the count, the steps as dots and the customer’s signals as chips, before the findings', () => {
    const signals = [{ signal: 'threat' as const, spans: [], guidance: 'Stay calm and factual. Do not argue about the law.', phrases: [phrase('p', 'I understand.')] }];
    const { $, $$ } = mount({ report: report({ findings: [finding('r', 'x', ['y'])], signals, context: ['threat'] }) });
    const header = $('header')!;
    expect(header.querySelector('[data-count]')!.textContent).toBe('1');
    expect(header.querySelectorAll('[data-dot]')).toHaveLength(5);
    expect([...header.querySelectorAll('[data-chip]')].map((chip) => chip.textContent)).toEqual(['Threat']);
    const order = $$('[data-rule], [data-context], [role="search"], [data-step]').map((element) => element.dataset.rule ? 'finding' : element.dataset.context ? 'signal' : element.dataset.step ? 'step' : 'search');
    expect(order.indexOf('finding')).toBeLessThan(order.indexOf('signal'));
    expect(order.indexOf('signal')).toBeLessThan(order.indexOf('search'));
    expect(order.indexOf('search')).toBeLessThan(order.indexOf('step'));
    // The guidance is one line until "more" opens it.
    const banner = $<HTMLDetailsElement>('[data-context="threat"]')!;
    expect(banner.localName).toBe('details');
    expect(banner.open).toBe(false);
    expect(banner.querySelector('summary')!.textContent).toContain('more');
  });

  test('step phrases are folded under their missing step, and each is named “Insert: …”', () => {
    const { $ } = mount({ report: report({ phraseSuggestions: [phrase('c', 'Could you tell me more?', { step: 'clarification' })] }) });
    const details = $<HTMLDetailsElement>('[data-step="clarification"] details')!;
    expect(details.open).toBe(false);
    expect($('[data-step="clarification"] [data-action="insert"]')!.getAttribute('aria-label')).toBe('Insert: Could you tell me more?');
  });

  test('names the composer by its role and shows the shortcut, or how to set one', () => {
    const { sidebar, $ } = mount({ report: report(), composerLabel: 'Reply to customer', shortcut: 'Alt+Shift+R' });
    expect($('.about')!.textContent).toContain('Reply to customer');
    expect($('[data-shortcut]')!.textContent).toBe('Shortcut: Alt+Shift+R');
    sidebar.update({ shortcut: '' });
    expect($('[data-shortcut]')!.textContent).toContain('No shortcut yet');
  });
});

describe('its place on the page', () => {
  const width = () => document.documentElement.clientWidth || window.innerWidth;
  const boxOfAside = (aside: HTMLElement) => {
    const left = parseFloat(aside.style.left);
    const top = parseFloat(aside.style.top);
    return { left, top, right: left + parseFloat(aside.style.width), bottom: top + parseFloat(aside.style.maxHeight) };
  };

  test('keeps clear of the composer, the customer’s message and the top bar', () => {
    const composer = { left: width() - 500, right: width() - 20, top: 300, bottom: 500 };
    const customerMessage = { left: 0, right: width() / 2, top: 100, bottom: 250 };
    const topBar = { left: 0, right: width(), top: 0, bottom: 50 };
    const { $ } = mount({ report: report(), composerRect: composer, pageRegions: { customerMessage, topBar } });
    const box = boxOfAside($('aside')!);
    for (const region of [composer, customerMessage, topBar]) {
      const apart = box.right <= region.left || region.right <= box.left || box.bottom <= region.top || region.bottom <= box.top;
      expect(apart, JSON.stringify({ box, region })).toBe(true);
    }
  });
});

describe('keyboard and mouse', () => {
  const r = report({
    findings: [finding('a', 'one', ['1']), finding('b', 'two', ['2'], { start: 5, end: 8 })],
  });

  test('each list is one Tab stop and the arrow keys, Home and End walk it', () => {
    const { $$, shadow } = mount({ report: r });
    // Each finding: Apply, Ignore, Turn off on this site, This warning is wrong.
    const buttons = $$('ul[aria-label="Wording to check"] button');
    const last = buttons.length - 1;
    expect(buttons).toHaveLength(8);
    expect(buttons.map((b) => b.getAttribute('tabindex'))).toEqual(['0', ...Array(last).fill('-1')]);
    buttons[0]!.focus();
    key(buttons[0]!, 'ArrowDown');
    expect(shadow.activeElement).toBe(buttons[1]);
    expect(buttons.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', ...Array(last - 1).fill('-1')]);
    key(buttons[1]!, 'End');
    expect(shadow.activeElement).toBe(buttons[last]);
    key(buttons[last]!, 'ArrowDown');
    expect(shadow.activeElement).toBe(buttons[0]);
    key(buttons[0]!, 'ArrowUp');
    expect(shadow.activeElement).toBe(buttons[last]);
    key(buttons[last]!, 'Home');
    expect(shadow.activeElement).toBe(buttons[0]);
  });

  test('the walked-to item keeps its Tab stop across re-renders', () => {
    const { sidebar, $$ } = mount({ report: r });
    const buttons = $$('ul[aria-label="Wording to check"] button');
    key(buttons[0]!, 'ArrowDown');
    sidebar.update({ notice: 'again' });
    expect($$('ul[aria-label="Wording to check"] button').map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', ...Array(6).fill('-1')]);
  });

  test("Enter is left to the browser, whose activation of the focused button is a trusted click (tests/e2e/editors.test.ts presses it)", () => {
    const { $$, actions } = mount({ report: r });
    const second = $$('[data-action="apply"]')[1]!;
    second.focus();
    expect(key(second, 'Enter').defaultPrevented).toBe(false);
    expect(actions.applySuggestion).not.toHaveBeenCalled();
  });

  test('Escape clears the search first, then collapses and gives focus back to the composer', () => {
    const { $, actions } = mount({ report: r, query: 'x' });
    key($('input')!, 'Escape');
    expect($<HTMLInputElement>('input')!.value).toBe('');
    expect(actions.setCollapsed).not.toHaveBeenCalled();
    key($('input')!, 'Escape');
    expect(actions.setCollapsed).toHaveBeenCalledWith(true);
    expect(actions.focusComposer).toHaveBeenCalled();
  });

  test('keys pressed in the sidebar do not reach the page', () => {
    const { $ } = mount({ report: r });
    let reached = 0;
    const listener = () => reached++;
    document.addEventListener('keydown', listener);
    key($('[data-action="apply"]')!, 'j');
    document.removeEventListener('keydown', listener);
    expect(reached).toBe(0);
  });

  test('mouse presses on buttons keep focus and caret in the composer', () => {
    const { $ } = mount({ report: r });
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    $('[data-action="apply"]')!.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    const inSearch = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    $('input')!.dispatchEvent(inSearch);
    expect(inSearch.defaultPrevented).toBe(false);
  });
});
