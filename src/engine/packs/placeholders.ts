export interface PlaceholderValues {
  customer_name?: string;
  order_id?: string;
  agent_name?: string;
  [name: string]: string | undefined;
}

export interface FilledText {
  text: string;
  /** Placeholders left for the agent to type over, as spans of `text`. */
  unfilled: { name: string; start: number; end: number }[];
}

/** Fills `{customer_name}` and the like from what the page knows; the rest stay in place, marked for the agent. */
export function fillPlaceholders(template: string, values: PlaceholderValues): FilledText {
  const unfilled: FilledText['unfilled'] = [];
  let text = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(last, m.index);
    const name = m[1]!;
    // Own properties only: a phrase's `{constructor}` or `{__proto__}` is a placeholder like any other, not Object.prototype.
    const own = Object.hasOwn(values, name) ? values[name] : undefined;
    const value = typeof own === 'string' ? own.trim() : '';
    if (value) text += value;
    else {
      unfilled.push({ name, start: text.length, end: text.length + m[0].length });
      text += m[0];
    }
    last = m.index + m[0].length;
  }
  return { text: text + template.slice(last), unfilled };
}
