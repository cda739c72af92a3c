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
  // Looked for within a short reach of the words, never from the line's start: a draft without line breaks is one
  // line, and a scan per finding from its start was quadratic.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < QUOTE_REACH && source[lineStart - 1] !== '\n') lineStart--;
  let opening = -1;
  // The quote open at `start`: straight quotes alternate; curly and angle quotes say which end they are.
  for (let i = lineStart; i < start; i++) {
    const c = source[i]!;
    if (c === '"') opening = opening < 0 ? i : -1;
    else if (OPENING.has(c)) opening = i;
    else if (CLOSING.has(c)) opening = -1;
  }
  if (opening < 0) return false;
  let closed = false;
  for (let i = end; i < Math.min(source.length, end + QUOTE_REACH) && source[i] !== '\n'; i++) {
    if (CLOSING.has(source[i]!)) {
      closed = true;
      break;
    }
  }
  if (!closed) return false;
  const before = source.slice(Math.max(lineStart, opening - 60), opening);
  return REPORTING_VERB_AT_END.test(before) && !BY_THE_AGENT.test(before);
}
