import type { Span } from '../report.js';

/** Sorted by position, without repeats. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((span, i) => i === 0 || span.start !== sorted[i - 1]!.start || span.end !== sorted[i - 1]!.end);
}

/** Sorted, with overlapping spans joined. */
export function mergeSpans(spans: Span[]): Span[] {
  // Mostly in order already (a family's matches are): a sort copies the array even then.
  if (!inOrder(spans)) spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Whether a span shares a position with one of `spans` (`a.start < b.end && b.start < a.end`), each asked in
 * logarithmic time: a look through all of them for each span asked was quadratic in a draft of many of both.
 */
export function overlapsAny(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among the first i + 1 spans.
  const reach = new Float64Array(sorted.length);
  sorted.forEach((span, i) => (reach[i] = Math.max(span.end, i > 0 ? reach[i - 1]! : -Infinity)));
  return (span) => {
    // How many start before the span ends; the furthest of them must end after it starts.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < span.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1]! > span.start;
  };
}

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}
