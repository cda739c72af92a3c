import { LANGUAGES, type Language } from '../report.js';
import { LEXICON } from './lexicon.generated.js';

/**
 * A named word class, loaded from `src/lexicon/<language>/<class>.txt` (through the generated module) or, for the few
 * classes that are shapes rather than words, defined here. A pattern names it as `@name`; it matches any of its
 * words or phrases, in any language, since agents and customers switch language mid-sentence.
 */
export interface WordClass {
  readonly name: string;
  /** Whole tokens. */
  readonly words: ReadonlySet<string>;
  /** Words that also match with clitics after them (written `word~` in the list). */
  readonly cliticWords: ReadonlySet<string>;
  /** Entries of more than one token, as their tokens. */
  readonly phrases: readonly (readonly string[])[];
  /** A token shape, for the classes that are not lists of words. */
  readonly shape?: RegExp;
  /** Where each entry came from, per language: for the consistency tests. */
  readonly entries: Readonly<Partial<Record<Language, readonly string[]>>>;
}

// Shapes, not words: no list can hold every number. `[0-9]` as the patterns these replace had it.
const SHAPES: Record<string, RegExp> = {
  /** 3, 15, 2024. */
  number: /^[0-9]+$/,
  /** "3x": how many times, as customers write it. */
  'number-times': /^[0-9]+x$/,
  /** 2nd, 3rd, 10th. */
  ordinal: /^[0-9]+(?:st|nd|rd|th)$/,
  /** Any token that starts with a digit: 24, 5pm, 3-5, 17.00, 2x24. */
  figure: /^[0-9]/,
  /** A time of day written as one token: 5pm, 10.30am (the normaliser splits "10.30 am" in two: `@figure (am | pm)`). */
  'clock-time': /^[0-9][0-9.:]*(?:am|pm)$/,
  /** An amount of money written as one token: rm12.50, rp50.000, $20, s$15. */
  amount: /^(?:rm|rp|\$|s\$|usd|idr|myr)[0-9]/,
  /** An English -ing form: making, giving (what a new colleague "keeps" doing). */
  'ing-form': /^.+ing$/,
};

let classes: Map<string, WordClass> | undefined;

/** The class of that name, or undefined. */
export function wordClass(name: string): WordClass | undefined {
  classes ??= loadClasses();
  return classes.get(name);
}

/** Every class name, sorted. */
export function wordClassNames(): string[] {
  classes ??= loadClasses();
  return [...classes.keys()].sort();
}

function loadClasses(): Map<string, WordClass> {
  const loaded = new Map<string, WordClass>();
  for (const [name, byLanguage] of Object.entries(LEXICON)) {
    const words = new Set<string>();
    const cliticWords = new Set<string>();
    const phrases: string[][] = [];
    for (const language of LANGUAGES) {
      for (const entry of byLanguage[language] ?? []) {
        const tokens = entry.split(' ');
        if (tokens.length > 1) phrases.push(tokens);
        else if (entry.endsWith('~')) cliticWords.add(entry.slice(0, -1));
        else words.add(entry);
      }
    }
    loaded.set(name, { name, words, cliticWords, phrases, entries: byLanguage });
  }
  for (const [name, shape] of Object.entries(SHAPES)) {
    loaded.set(name, { name, words: new Set(), cliticWords: new Set(), phrases: [], shape, entries: {} });
  }
  return loaded;
}
