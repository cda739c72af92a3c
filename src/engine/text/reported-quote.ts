/**
 * Words someone else said, quoted after a reporting verb: `the driver said "that's not my problem"`, `Kakak menulis
 * "kurirnya lambat"`. The agent reports them; they are not the agent's own wording, so no rule flags them. The agent's
 * own earlier words ("I told you "…"") are still the agent's.
 */
const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['"', '”', '»']);
// A reporting verb right before the opening quote, a colon or comma allowed between.
const REPORTING_VERB_AT_END =
  /(?:^|[^\p{L}])(?:said|says|told (?:me|us|you|them)|wrote|writes|mentioned|replied|claimed|complained|bilang|bilangnya|kata|katanya|berkata|mengatakan|menulis|tulis|tulisnya|cakap|sebut|menyebut|bagitau|bagitahu|memberitahu|ujar|ujarnya|mengeluh)\s*[:,]?\s*$/iu;
// …said by the agent: "I told you", "saya bilang", "kami sudah sebut".
const BY_THE_AGENT = /(?:^|[^\p{L}])(?:i|we|saya|sy|kami|aku|gue)(?:\s+\S+){1,3}\s*[:,]?\s*$/iu;

// How far before and after the words a quotation's marks are looked for: a reported quote is a phrase or a sentence.
const QUOTE_REACH = 300;

/** Whether source[start, end) lies inside a quotation, on one line, that follows someone else's reporting verb. */
export function inReportedQuote(source: string, start: number, end: number): boolean {
  const { quotes, lineBreaks } = placesIn(source);
  // Looked for within a short reach of the words, never from the line's start: a draft without line breaks is one
  // line, and a scan per finding from its start was quadratic.
  const breakBefore = firstAtOrAfter(lineBreaks, start) - 1;
  const lineStart = Math.max(breakBefore < 0 ? 0 : lineBreaks[breakBefore]! + 1, start - QUOTE_REACH);
  let at = firstAtOrAfter(quotes, lineStart);
  // Most drafts have no quote near the words: nothing more to read.
  if (at === quotes.length || quotes[at]! >= start) return false;
  let opening = -1;
  // The quote open at `start`: straight quotes alternate; curly and angle quotes say which end they are.
  for (; at < quotes.length && quotes[at]! < start; at++) {
    const i = quotes[at]!;
    const c = source[i]!;
    if (c === '"') opening = opening < 0 ? i : -1;
    else if (OPENING.has(c)) opening = i;
    else if (CLOSING.has(c)) opening = -1;
  }
  if (opening < 0) return false;
  const breakAfter = firstAtOrAfter(lineBreaks, end);
  const lineEnd = Math.min(breakAfter === lineBreaks.length ? source.length : lineBreaks[breakAfter]!, end + QUOTE_REACH);
  let closed = false;
  for (at = firstAtOrAfter(quotes, end); at < quotes.length && quotes[at]! < lineEnd; at++) {
    if (CLOSING.has(source[quotes[at]!]!)) {
      closed = true;
      break;
    }
  }
  if (!closed) return false;
  const before = source.slice(Math.max(lineStart, opening - 60), opening);
  return REPORTING_VERB_AT_END.test(before) && !BY_THE_AGENT.test(before);
}

/**
 * The places of the quotes and of the line breaks in the last source read, found once for all its findings: each
 * finding read the characters around it one by one, most often to find no quote.
 */
let placesRead: { source: string; quotes: Int32Array; lineBreaks: Int32Array } | undefined;

function placesIn(source: string): { quotes: Int32Array; lineBreaks: Int32Array } {
  if (placesRead?.source === source) return placesRead;
  const quotes: number[] = [];
  const lineBreaks: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) lineBreaks.push(i);
    // " “ ” « » „
    else if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) quotes.push(i);
  }
  placesRead = { source, quotes: Int32Array.from(quotes), lineBreaks: Int32Array.from(lineBreaks) };
  return placesRead;
}

/** The first of the sorted `places` at or after `position`. */
function firstAtOrAfter(places: Int32Array, position: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (places[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
