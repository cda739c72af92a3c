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

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}
