/**
 * Small builders for token patterns made from word lists kept as data (a list of verbs, of time words), so that the
 * list stays a list and the pattern still reads as words.
 */
import { endsWithLetterOrNumber, isPlainWord } from '../text/letters.js';

/** One of the entries: `(kirim | kirim ulang | tukar)`. Entries are token patterns themselves. */
export function oneOf(entries: readonly string[]): string {
  return `(${entries.join(' | ')})`;
}

/** One of the entries, each with clitics on its last word: `(kirim~ | kirim ulang~)`. */
export function oneOfWithClitics(entries: readonly string[]): string {
  return oneOf(entries.map((entry) => (endsWithLetterOrNumber(entry) ? `${entry}~` : entry)));
}

/** Up to `times` of the piece, each optional: `(a | b)? (a | b)?`, as `(?:(?:a|b) ){0,2}` said. */
export function upTo(times: number, piece: string): string {
  const optional = isOneGroup(piece) || isPlainWord(piece) ? `${piece}?` : `(${piece})?`;
  return Array.from({ length: times }, () => optional).join(' ');
}

/** Whether the piece is one group from its first character to its last, as `(a | b)` is and `(a) (b)` is not. */
function isOneGroup(piece: string): boolean {
  if (!piece.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] === '(') depth++;
    else if (piece[i] === ')' && --depth === 0) return i === piece.length - 1;
  }
  return false;
}
