/**
 * Patterns are regular expressions over a document's `normal` text (lower case, single spaces, chat spellings
 * expanded, contractions split: "don't" is "do not", "I'm" is "i am"), with three shorthands:
 *
 * - `_`  one word;
 * - `..` up to four words, within the sentence (write it between spaces: `salah .. gudang`);
 * - `~`  after a word, optional Indonesian/Malay clitics: `salah~` matches salah, salahnya, salahlah, salahkah.
 *
 * A pattern matches whole words only. Optional words carry their own space: `(?:sangat )?kecewa`.
 */
export type PatternSource = string;

const ONE_WORD = "[^ .!?,]+";
const FEW_WORDS = "(?:[^ .!?]+ ){0,4}";
const CLITICS = "(?:nya|lah|kah|pun|mu|ku)*";

export function patternBody(source: PatternSource): string {
  return source
    .replace(/ \.\. /g, ` ${FEW_WORDS}`)
    .replace(/(^|[ (|])_(?=$|[ )|?])/g, `$1${ONE_WORD}`)
    .replace(/~/g, CLITICS);
}

/** A global RegExp that finds the pattern as whole words in `normal` text. */
export function compilePattern(source: PatternSource | readonly PatternSource[]): RegExp {
  const sources = typeof source === 'string' ? [source] : source;
  const body = sources.map((s) => `(?:${patternBody(s)})`).join('|');
  try {
    return new RegExp(`(?<= )(?:${body})(?= )`, 'g');
  } catch (error) {
    throw new Error(`Invalid pattern ${JSON.stringify(sources)}: ${(error as Error).message}`);
  }
}

/** Whether the pattern occurs anywhere in `normal` (or in the given slice of it). */
export function occursIn(pattern: RegExp, normal: string, from = 0, to = normal.length): boolean {
  pattern.lastIndex = from;
  const m = pattern.exec(normal);
  return m !== null && m.index < to;
}
