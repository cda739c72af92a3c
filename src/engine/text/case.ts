import { FORMS_OF_ADDRESS } from './address.js';
import { firstLetterAt, hasLowerCase, hasLowerCaseAsciiLetter, leadingLetters, lettersOf } from './letters.js';

/**
 * Gives a replacement the capitalisation its place in the sentence calls for:
 * - an original in ALL CAPS stays in capitals when the whole `draft` is (a caps-lock writer's draft stays in one
 *   case); in a mixed-case draft, capitals are a raised voice, and the rewording is calm;
 * - a replacement that begins with a word always written with a capital ("I'm", "Anda") keeps it;
 * - at the start of a sentence, the first letter follows the writer's: "Saya tidak tahu" → "Saya cari tahu dulu",
 *   while a writer who starts sentences in lower case keeps doing so;
 * - inside a sentence the replacement stays as written, in lower case: "Hi Daniel, I don't know" → "Hi Daniel, let
 *   me find out", whatever capital the replaced words had, but for a form of address the writer capitalised
 *   ("Siap, Bosnya" → "Siap, Kak").
 */
export function matchCase(original: string, replacement: string, opensSentence: boolean, draft?: string): string {
  if (!hasLowerCaseAsciiLetter(original)) {
    // Only then may it be in ALL CAPS: most originals are not, and their letters need not be copied out.
    const letters = lettersOf(original);
    if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !(draft && hasLowerCase(draft))) {
      return replacement.toUpperCase();
    }
  }
  const firstAt = firstLetterAt(original);
  const first = firstAt < 0 ? undefined : String.fromCodePoint(original.codePointAt(firstAt)!);
  const capital = first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
  // Inside a sentence only a form of address keeps the writer's capital: "Siap, Bos" → "Siap, Kak".
  if (capital && (opensSentence || startsWithAddress(replacement))) return withFirstLetterUpperCase(replacement);
  return replacement;
}

/** The text with its first letter in upper case (`text.replace(/\p{L}/u, (c) => c.toUpperCase())`). */
function withFirstLetterUpperCase(text: string): string {
  const at = firstLetterAt(text);
  if (at < 0) return text;
  const first = String.fromCodePoint(text.codePointAt(at)!);
  return text.slice(0, at) + first.toUpperCase() + text.slice(at + first.length);
}

/** Whether the text's first word is a form of address, alone or with -nya: "Kak", "Bapaknya". */
function startsWithAddress(text: string): boolean {
  const first = leadingLetters(text).toLowerCase();
  return FORMS_OF_ADDRESS.has(first) || (first.endsWith('nya') && FORMS_OF_ADDRESS.has(first.slice(0, -3)));
}

// What may stand between a sentence's end and its first word: spaces, opening quotes and brackets, a list bullet.
const SENTENCE_LEAD = /[\s"'“‘([*•–—-]/u;

/**
 * Whether the words at `start` of `source` open a sentence: the draft's start, or after `.`, `!`, `?`, `…` or a line
 * break (a greeting line "Hi Daniel," is followed by a capital on the next line).
 */
export function opensSentence(source: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = source[i]!;
    if (c === '\n' || c === '\r') return true;
    if (SENTENCE_LEAD.test(c)) continue;
    return c === '.' || c === '!' || c === '?' || c === '…';
  }
  return true;
}
