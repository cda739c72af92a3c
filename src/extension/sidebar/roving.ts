/**
 * Roving tabindex: each `[data-roving]` list is one Tab stop, and the arrow keys walk its buttons.
 * Kept in the DOM rather than in component state so that Preact renders stay pure and synchronous.
 */

const itemsOf = (list: Element): HTMLElement[] =>
  [...list.querySelectorAll<HTMLElement>('button')].filter((button) => button.closest('[data-roving]') === list);

/** After a render: exactly one item per list can be reached with Tab, the one last focused if it is still there. */
export function normalizeRoving(root: ParentNode): void {
  for (const list of root.querySelectorAll('[data-roving]')) {
    const items = itemsOf(list);
    const current = items.find((item) => item.getAttribute('tabindex') === '0') ?? items[0];
    for (const item of items) item.setAttribute('tabindex', item === current ? '0' : '-1');
  }
}

const STEP: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'first', End: 'last' };

/**
 * Arrow keys, Home and End move focus within the list. Enter and Space are left to the browser,
 * whose activation of the focused button is a trusted click (`target.click()` would not be).
 */
export function onRovingKeyDown(event: KeyboardEvent): void {
  const list = event.currentTarget as Element;
  const target = event.target as HTMLElement;
  const items = itemsOf(list);
  const index = items.indexOf(target);
  if (index < 0) return;
  const step = STEP[event.key];
  if (step === undefined) return;
  event.preventDefault();
  const next = step === 'first' ? 0 : step === 'last' ? items.length - 1 : (index + step + items.length) % items.length;
  const item = items[next]!;
  target.setAttribute('tabindex', '-1');
  item.setAttribute('tabindex', '0');
  item.focus();
}
