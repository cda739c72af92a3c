/** Builds helpdesk pages from markup for the adapter tests. */

export function page(markup: string, title = ''): void {
  document.title = title;
  document.body.innerHTML = markup;
}

export function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element;
}

/** The ids of found composers, which the test pages give to every field. */
export function ids(elements: readonly Element[]): string[] {
  return elements.map((element) => element.id);
}

/** Pretends the page has layout: the document is wide and each listed element has the given size. */
export function withLayout(sizes: ReadonlyArray<readonly [Element, number, number]>): () => void {
  const root = document.documentElement;
  Object.defineProperty(root, 'clientWidth', { configurable: true, get: () => 1280 });
  for (const [element, width, height] of sizes) {
    element.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) }) as DOMRect;
  }
  return () => {
    delete (root as unknown as Record<string, unknown>).clientWidth;
  };
}
