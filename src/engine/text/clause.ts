import type { Span } from '../report.js';
import type { TextDocument } from './document.js';
import { FORMS_OF_ADDRESS as ADDRESS } from './address.js';
import type { Program } from '../match/compile.js';
import { runFrom, tokenView, type TokenView } from '../match/matcher.js';

/**
 * Clauses of a sentence in `normal`, for rewordings that must replace a whole clause or the rest of one so that the
 * draft reads right once applied. A clause ends at a comma or at the end of its sentence.
 */

// Said at the end of a clause without being part of it: "ditangani divisi lain ya Kak".
const PARTICLES = new Set(['ya', 'yah', 'ye', 'yaa', 'kok', 'deh', 'dong', 'sih', 'kan', 'je', 'tau', 'lho', 'loh', 'ok', 'okay']);
// Opening a clause without being part of what it says: "Sorry, …", "Maaf, jadi …". Not "karena": the reason is the excuse.
const OPENERS = new Set(['maaf', 'sorry', 'and', 'so', 'tapi', 'tetapi', 'namun', 'dan', 'jadi', 'honestly', 'well', 'oh', 'unfortunately', 'sayangnya', 'malangnya']);
const BREAKS = new Set([',', '.', '!', '?']);
// Joining two clauses: "Our system was down and the vendor still has not fixed their side" is two things.
const JOINS = new Set(['and', 'but', 'while', 'whereas', 'dan', 'tapi', 'tetapi', 'namun', 'sedangkan', 'manakala']);

/** Whether a token ends a clause: a comma or a sentence's end, "and", "but" (the learned layer's gate reads it too). */
export function cutsClause(token: string): boolean {
  return BREAKS.has(token) || JOINS.has(token);
}

interface Word {
  start: number;
  end: number;
  text: string;
}

function wordsAfter(normal: string, from: number, limit: number, joins = false): Word[] {
  const words: Word[] = [];
  for (let i = from; i + 1 < limit; ) {
    const start = i + 1;
    const end = normal.indexOf(' ', start);
    if (end < 0) break;
    const text = normal.slice(start, end);
    if (BREAKS.has(text) || (joins && JOINS.has(text))) break;
    words.push({ start, end, text });
    i = end;
  }
  return words;
}

/**
 * Where the clause that `end` (a match's end in `normal`) is in ends: at a comma, "and" or "but", or the sentence's
 * end, leaving out particles and a form of address after them.
 */
export function clauseEnd(normal: string, end: number, sentence: Span, strip = true): number {
  const words = wordsAfter(normal, end, sentence.end, true);
  let keep = words.length;
  if (!strip) return keep > 0 ? words[keep - 1]!.end : end;
  while (keep > 0 && PARTICLES.has(words[keep - 1]!.text)) keep--;
  if (keep > 1 && ADDRESS.has(words[keep - 1]!.text) && PARTICLES.has(words[keep - 2]!.text)) {
    keep--;
    while (keep > 0 && PARTICLES.has(words[keep - 1]!.text)) keep--;
  }
  return keep > 0 ? words[keep - 1]!.end : end;
}

/** Where the clause that `start` is in begins: after a comma, "and" or "but", or the sentence's start, and any opening "maaf" or "so". */
export function clauseStart(normal: string, start: number, sentence: Span): number {
  let first = start;
  for (let i = start - 1; i > sentence.start; ) {
    const wordStart = normal.lastIndexOf(' ', i - 1) + 1;
    const text = normal.slice(wordStart, i);
    if (BREAKS.has(text)) break;
    // "and" between two clauses ends this one; "…, but that is impossible" opens it, and goes with it.
    if (JOINS.has(text)) {
      const before = normal.slice(normal.lastIndexOf(' ', wordStart - 2) + 1, wordStart - 1);
      if (wordStart > sentence.start && !BREAKS.has(before)) break;
    }
    first = wordStart;
    i = wordStart - 1;
  }
  for (const word of wordsAfter(normal, first - 1, start)) {
    if (!OPENERS.has(word.text)) break;
    first = word.end + 1;
  }
  return Math.min(first, start);
}

/** The first word of the view that starts at `position` in `normal` or after it. */
function wordFrom(view: TokenView, position: number): number {
  let low = 0;
  let high = view.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (view.starts[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The end of a next clause that carries the deflection on, or `end` when there is none. `tail` is the program of
 * what such a clause starts with (token patterns), run from the word after its comma.
 */
export function tailEnd(draft: TextDocument, end: number, sentence: Span, tail: Program | undefined): number {
  if (!tail) return end;
  // Past the particles left out of the clause ("ditangani divisi lain ya Kak, jadi saya tidak bisa bantu").
  const comma = clauseEnd(draft.normal, end, sentence, false);
  const view = tokenView(draft);
  const at = wordFrom(view, comma + 1);
  const limit = wordFrom(view, sentence.end);
  if (at + 1 >= limit || view.words[at] !== ',' || view.starts[at] !== comma + 1) return end;
  if (runFrom(tail, tail.entries[0]!.start, view, at + 1, limit) <= at + 1) return end;
  return clauseEnd(draft.normal, comma + 2, sentence);
}
