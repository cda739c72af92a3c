// @vitest-environment happy-dom
// The take-a-breath card in the sidebar's shadow root: in the agent's language, quiet (no focus taken,
// announced politely), placed off the composer, the open panel and the badge, and gone with one click.
import { afterEach, describe, expect, test } from 'vitest';
import { MESSAGES, translator, UI_LOCALES } from '../../../src/extension/i18n/messages.js';
import { hardTicketLine } from '../../../src/extension/sidebar/breathing-card.js';
import { placeCard } from '../../../src/extension/sidebar/placement.js';
import { asPage, key, mount, report } from './helpers.js';

afterEach(() => {
  for (const host of document.querySelectorAll('[data-ramah="sidebar"]')) host.remove();
});

const width = () => document.documentElement.clientWidth || window.innerWidth;
const apart = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe('the card', () => {
  test('says a short pause is fine and the next customer deserves your best, in each UI language', () => {
    const bodies = UI_LOCALES.map((locale) => {
      const { $ } = mount({ collapsed: true, breathing: { count: 1 } }, locale);
      const card = $('[data-breathing]')!;
      expect(card.getAttribute('lang')).toBe(locale);
      expect(card.querySelector('h2')!.textContent).toBe(MESSAGES[locale]['breathing.title']);
      for (const host of document.querySelectorAll('[data-ramah="sidebar"]')) host.remove();
      return card.querySelector('p')!.textContent;
    });
    expect(bodies[0]).toContain('the next customer deserves your best');
    expect(bodies[1]).toContain('pelanggan berikutnya');
    expect(bodies[2]).toContain('pelanggan seterusnya');
  });

  test('takes no focus and is announced politely', () => {
    const field = document.body.appendChild(document.createElement('textarea'));
    field.focus();
    const { sidebar, $ } = mount({ collapsed: true });
    sidebar.update({ breathing: { count: 2 } });
    expect(document.activeElement).toBe(field);
    expect(sidebar.hasFocus).toBe(false);
    expect($('[data-breathing]')!.getAttribute('role')).toBe('status');
    field.remove();
  });

  test('× dismisses it and tells the content script; a click by page script does nothing', () => {
    const { $, actions } = mount({ collapsed: true, breathing: { count: 1 } });
    asPage(() => $('[data-action="dismiss-breathing"]')!.click());
    expect($('[data-breathing]')).not.toBeNull();
    $('[data-action="dismiss-breathing"]')!.click();
    expect($('[data-breathing]')).toBeNull();
    expect(actions.dismissBreathing).toHaveBeenCalledTimes(1);
  });

  test('Escape in it dismisses it too', () => {
    const { $, actions } = mount({ collapsed: true, breathing: { count: 1 } });
    key($('[data-action="dismiss-breathing"]')!, 'Escape');
    expect($('[data-breathing]')).toBeNull();
    expect(actions.dismissBreathing).toHaveBeenCalledTimes(1);
  });

  test('counts the hard tickets of the day gently from the second, and says only the agent sees it', () => {
    const { $, sidebar } = mount({ collapsed: true, breathing: { count: 1 } });
    expect($('[data-hard-tickets]')).toBeNull();
    sidebar.update({ breathing: { count: 3 } });
    expect($('[data-hard-tickets]')!.textContent).toBe('That was your third hard ticket today. Be kind to yourself. Only you see this count, and it stays on this computer.');
  });

  test('stays off the composer, the open panel and the badge', () => {
    const composerRect = { left: width() - 520, right: width() - 120, top: 420, bottom: 600 };
    const topBar = { left: 0, right: width(), top: 0, bottom: 48 };
    const { $ } = mount({ composerRect, pageRegions: { topBar }, report: report(), breathing: { count: 1 } });
    const card = $('[data-breathing]')!;
    const left = parseFloat(card.style.left);
    const top = parseFloat(card.style.top);
    const box = { left, top, right: left + parseFloat(card.style.width), bottom: top + 120 };
    const aside = $('aside')!;
    const panel = { left: parseFloat(aside.style.left), top: parseFloat(aside.style.top), right: parseFloat(aside.style.left) + parseFloat(aside.style.width), bottom: parseFloat(aside.style.top) + 220 };
    for (const region of [composerRect, topBar, panel]) expect(apart(box, region), JSON.stringify({ box, region })).toBe(true);
  });
});

describe('hardTicketLine', () => {
  test('spells the second to the tenth in each language, then gives the number', () => {
    expect(hardTicketLine(1, translator('en'))).toBe('');
    expect(hardTicketLine(2, translator('en'))).toBe('That was your second hard ticket today. Be kind to yourself.');
    expect(hardTicketLine(3, translator('id'))).toBe('Itu tiket berat ketiga Anda hari ini. Jangan terlalu keras pada diri sendiri.');
    expect(hardTicketLine(8, translator('ms'))).toBe('Itu tiket sukar kelapan anda hari ini. Jangan terlalu keras terhadap diri sendiri.');
    expect(hardTicketLine(12, translator('en'))).toBe('That makes 12 hard tickets today. Be kind to yourself.');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1366, height: 768 };

  test('on a full-width helpdesk, beside the composer at the viewport’s edge, clear of the badge', () => {
    const composer = { left: 260, top: 520, right: 1040, bottom: 700 };
    const badge = { left: 1044, top: 674, right: 1128, bottom: 700 };
    const box = placeCard({ composer, topBar: { left: 0, top: 0, right: 1366, bottom: 48 } }, viewport, 130, [badge]);
    expect(apart(box, composer)).toBe(true);
    expect(apart(box, badge)).toBe(true);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    expect(box.top).toBeGreaterThanOrEqual(48);
  });

  test('with no composer left on the page, at the right edge under the top bar', () => {
    const box = placeCard({ topBar: { left: 0, top: 0, right: 1366, bottom: 48 } }, viewport, 130, []);
    expect(box.right).toBeGreaterThan(1300);
    expect(box.top).toBeGreaterThanOrEqual(48);
    expect(box.bottom).toBeLessThanOrEqual(768);
  });
});
