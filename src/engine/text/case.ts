/**
 * Gives a replacement the capitalisation its place in the sentence calls for:
 * - an original in ALL CAPS stays shouted (a caps-lock writer's draft stays in one case);
 * - a replacement that begins with a word always written with a capital ("I'm", "Anda") keeps it;
 * - at the start of a sentence, the first letter follows the writer's: "Saya tidak tahu" → "Saya cari tahu dulu",
 *   while a writer who starts sentences in lower case keeps doing so;
 * - inside a sentence the replacement stays as written, in lower case: "Hi Daniel, I don't know" → "Hi Daniel, let
 *   me find out", whatever capital the replaced words had.
 */
export function matchCase(original: string, replacement: string, opensSentence: boolean): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  if (!opensSentence) return replacement;
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.replace(/\p{L}/u, (c) => c.toUpperCase());
  }
  return replacement;
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
