import type { Span } from '../report.js';
import type { TextDocument } from './document.js';

/**
 * Words someone else said, quoted after a reporting verb: `the driver said "that's not my problem"`, `Kakak menulis
 * "kurirnya lambat"`. The agent reports them; they are not the agent's own wording, so no rule flags them. The agent's
 * own earlier words (`I told you "…"`, `saya sudah bilang "…"`) are still the agent's.
 */

// Each opening mark, and the marks that close it ("…" pairs with itself; German „…“ closes with “).
const CLOSERS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“”', '«': '»', '‘': '’' };

const REPORTING_VERB = '(?:said|says|told(?: (?:me|us|you|them))?|being told|been told|wrote|writes|mentioned|replied|claimed|complained|bilang|bilangnya|kata|katanya|berkata|mengatakan|menulis|tulis|tulisnya|cakap|sebut|menyebut|bagitau|bagitahu|memberitahu|ujar|ujarnya|mengeluh)';
// The reporting verb right before the opening mark, a colon or comma allowed between…
const REPORTED = new RegExp(`(?:^|[^\\p{L}])${REPORTING_VERB}\\s*[:,]?\\s*$`, 'iu');
// …unless its subject is the agent ("I", "kami", with at most an adverb between: "saya sudah bilang").
const BY_THE_AGENT = new RegExp(`(?:^|[^\\p{L}])(?:i|we|saya|sy|kami|aku|gue)\\s+(?:(?:sudah|dah|udah|pernah|telah|already|just|also|have|had)\\s+)?${REPORTING_VERB}\\s*[:,]?\\s*$`, 'iu');
// How much of the line before the opening mark is read for the reporting verb.
const VERB_REACH = 60;

const spansOf = new WeakMap<TextDocument, readonly Span[]>();

/**
 * The draft's reported quotations, as spans of the source between their marks, in order: one pass over the draft,
 * each line's marks paired from its start (a quotation never runs past a line break).
 */
function reportedQuotes(doc: TextDocument): readonly Span[] {
  let spans = spansOf.get(doc);
  if (spans) return spans;
  const found: Span[] = [];
  const source = doc.source;
  let lineStart = 0;
  let open = -1;
  let closers = '';
  for (let i = 0; i < source.length; i++) {
    // Every mark is " or past U+00AA: the other characters (most of them) are passed by their code, not read as strings.
    const code = source.charCodeAt(i);
    if (code < 0xab && code !== 34 && code !== 10) continue;
    const c = source[i]!;
    if (c === '\n') {
      lineStart = i + 1;
      open = -1;
    } else if (open >= 0 && closers.includes(c)) {
      const before = source.slice(Math.max(lineStart, open - VERB_REACH), open);
      if (REPORTED.test(before) && !BY_THE_AGENT.test(before)) found.push({ start: open + 1, end: i });
      open = -1;
    } else if (open < 0 && c in CLOSERS) {
      open = i;
      closers = CLOSERS[c]!;
    }
  }
  spansOf.set(doc, (spans = found));
  return spans;
}

/** Whether source[start, end) lies inside a quotation, on one line, that follows someone else's reporting verb. */
export function inReportedQuote(doc: TextDocument, start: number, end: number): boolean {
  const spans = reportedQuotes(doc);
  // The last quotation that opens at or before `start`.
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= start) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return last >= 0 && end <= spans[last]!.end;
}
