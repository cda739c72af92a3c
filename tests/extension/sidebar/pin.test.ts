// @vitest-environment happy-dom
// "Pin to browser side panel" in the panel in the page: offered where the content script can pin,
// and acting on the agent's own clicks only, never on a click that page script dispatches.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSidebar } from '../../../src/extension/sidebar/index.js';
import { asPage, spyActions } from './helpers.js';

afterEach(() => document.documentElement.querySelectorAll('[data-ramah]').forEach((host) => host.remove()));

describe('the pin button', () => {
  test('is in the header with a name in the UI language, when pinning is offered', () => {
    const pinToSidePanel = vi.fn();
    const sidebar = createSidebar({ document, actions: { ...spyActions(), pinToSidePanel }, locale: 'id' });
    const button = sidebar.host.shadowRoot!.querySelector<HTMLButtonElement>('header [data-action="pin"]');
    expect(button?.getAttribute('aria-label')).toBe('Sematkan ke panel samping browser');
  });

  test('is not there when pinning is not offered (the side panel itself)', () => {
    const sidebar = createSidebar({ document, actions: spyActions(), locale: 'en' });
    expect(sidebar.host.shadowRoot!.querySelector('[data-action="pin"]')).toBeNull();
  });

  test('does nothing on a click dispatched by script', () => {
    const pinToSidePanel = vi.fn();
    const sidebar = createSidebar({ document, actions: { ...spyActions(), pinToSidePanel }, locale: 'en' });
    const button = sidebar.host.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="pin"]')!;
    asPage(() => {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    expect(pinToSidePanel).not.toHaveBeenCalled();
    // The agent's own click pins.
    button.click();
    expect(pinToSidePanel).toHaveBeenCalledTimes(1);
  });
});
