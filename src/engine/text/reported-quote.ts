import { LANGUAGES, type Span } from '../report.js';
import type { TextDocument } from './document.js';
import { wordClass } from '../match/lexicon.js';
import { isLetter } from './letters.js';

/**
 * Words someone else said, quoted after a reporting verb: `the driver said "that's not my problem"`, `Kakak menulis
 * "kurirnya lambat"`. The agent reports them; they are not the agent's own wording, so no rule flags them. The agent's
 * own earlier words (`I told you "…"`, `saya sudah bilang "…"`) are still the agent's.
 */

// Each opening mark, and the marks that close it ("…" pairs with itself; German „…“ closes with “).
const CLOSERS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“”', '«': '»', '‘': '’' };

// Someone else's words follow a reporting verb right before the opening mark (a colon or comma allowed between), unless
// its subject is the agent ("I", "kami", with at most an adverb between: "saya sudah bilang"). As a regular expression
// (the test holds this code to it): `(?:^|[^\p{L}])(?:SUBJECT\s+(?:ADVERB\s+)?)?VERB\s*[:,]?\s*$`, `iu`. Read by code:
// with `iu`, ICU closes `[^\p{L}]` under case folding over every letter when the regex first runs, about 6 ms of a
// first analysis in Node.
// The verbs are the lexicon's `quoting-verb`, each once.
const REPORTING_VERBS: readonly string[] = [...new Set(LANGUAGES.flatMap((language) => wordClass('quoting-verb')!.entries[language] ?? []))];
// The agent's subjects and adverbs are written as typed, with chat spellings ("sy", "dah"), which the lexicon's lists cannot hold.
const AGENT_SUBJECTS = ['i', 'we', 'saya', 'sy', 'kami', 'aku', 'gue'];
const AGENT_ADVERBS = ['sudah', 'dah', 'udah', 'pernah', 'telah', 'already', 'just', 'also', 'have', 'had'];

/** Whether the text before an opening mark ends with someone else's reporting verb (above). */
export function reportedBySomeoneElse(before: string): boolean {
  // Where the verb must end: before the spaces, one colon or comma, and spaces at the end.
  let end = spacesBefore(before, before.length);
  if (end > 0 && (before.charCodeAt(end - 1) === COLON || before.charCodeAt(end - 1) === COMMA)) end = spacesBefore(before, end - 1);
  let reported = false;
  for (const verb of REPORTING_VERBS) {
    const start = end - verb.length;
    if (!wordAt(before, start, verb)) continue;
    if (!startsWord(before, start)) continue;
    if (byTheAgent(before, start)) return false;
    reported = true;
  }
  return reported;
}

/** Whether the agent is the subject of the verb at `verb`: a subject, spaces, an adverb and spaces or not, spaces. */
function byTheAgent(text: string, verb: number): boolean {
  const end = spacesBefore(text, verb);
  if (end === verb) return false;
  if (agentSubjectEndsAt(text, end)) return true;
  return AGENT_ADVERBS.some((adverb) => {
    const start = end - adverb.length;
    if (!wordAt(text, start, adverb)) return false;
    const subjectEnd = spacesBefore(text, start);
    return subjectEnd < start && agentSubjectEndsAt(text, subjectEnd);
  });
}

function agentSubjectEndsAt(text: string, end: number): boolean {
  return AGENT_SUBJECTS.some((subject) => {
    const start = end - subject.length;
    return wordAt(text, start, subject) && startsWord(text, start);
  });
}

/**
 * Whether `word` (lower-case ASCII and spaces) is written at `start`, compared as `iu` compares: ASCII letters in
 * either case, and the two characters outside ASCII that case-fold to one (U+212A KELVIN SIGN to k, U+017F LONG S to s).
 */
function wordAt(text: string, start: number, word: string): boolean {
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (code === 0x212a) code = 0x6b;
    else if (code === 0x17f) code = 0x73;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Whether `start` begins the text or follows a character `[^\p{L}]` takes under `iu`: any but a letter and U+0345 (a
 * combining mark that case-folds to a letter), read as a code point.
 */
function startsWord(text: string, start: number): boolean {
  if (start === 0) return true;
  let codePoint = text.charCodeAt(start - 1);
  if (codePoint >= 0xdc00 && codePoint <= 0xdfff && start >= 2) {
    const high = text.charCodeAt(start - 2);
    if (high >= 0xd800 && high <= 0xdbff) codePoint = 0x10000 + ((high - 0xd800) << 10) + (codePoint - 0xdc00);
  }
  return codePoint !== 0x345 && !isLetter(codePoint);
}

/** Where the spaces (`\s`) that end at `end` begin. */
function spacesBefore(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the character is one `\s` takes (all are in the Basic Multilingual Plane). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const COLON = 0x3a;
const COMMA = 0x2c;

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
      if (reportedBySomeoneElse(before)) found.push({ start: open + 1, end: i });
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
