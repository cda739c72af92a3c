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

export interface CompileOptions {
  /**
   * The match takes in the space before its first word, so its index is one less than the word's. V8 runs a
   * pattern that begins with a literal several times faster than one that begins with a look-behind: worth it for
   * patterns run over whole texts.
   */
  spaceBefore?: boolean;
}

/** A global RegExp that finds the pattern as whole words in `normal` text. */
export function compilePattern(source: PatternSource | readonly PatternSource[], { spaceBefore = false }: CompileOptions = {}): RegExp {
  const sources = typeof source === 'string' ? [source] : source;
  const body = joinAlternatives(sources.map(patternBody));
  // A word starts after a space: `(?<![^ ])` says so. When every first word starts with an ASCII letter or digit,
  // a `\b` in front says nothing more but lets V8 reject most positions far sooner (a quarter off every scan).
  let head = ' ';
  if (!spaceBefore) {
    const first = firstWords(body);
    const asciiStart = first !== undefined && [...first.exact, ...first.prefixes].every((word) => /^[a-z0-9_]/.test(word));
    head = `${asciiStart ? '\\b' : ''}(?<![^ ])`;
  }
  try {
    return new RegExp(`${head}(?:${body})(?= )`, 'g');
  } catch (error) {
    throw new Error(`Invalid pattern ${JSON.stringify(sources)}: ${(error as Error).message}`, { cause: error });
  }
}

/** Joins regular expressions as alternatives, renumbering backreferences (`\\1`) past the groups before them. */
function joinAlternatives(bodies: readonly string[]): string {
  let groupsBefore = 0;
  return bodies
    .map((body) => {
      const shifted = groupsBefore === 0 ? body : body.replace(/\\(\d)/g, (_, n: string) => `\\${Number(n) + groupsBefore}`);
      groupsBefore += capturingGroups(body);
      return `(?:${shifted})`;
    })
    .join('|');
}

function capturingGroups(body: string): number {
  // Opening parentheses that are not escaped and not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` (patterns put none in classes).
  return body.match(/(?<!\\)\((?!\?(?:[:=!]|<[=!]))/g)?.length ?? 0;
}

/** Whether the pattern occurs anywhere in `normal` (or in the given slice of it). */
export function occursIn(pattern: RegExp, normal: string, from = 0, to = normal.length): boolean {
  pattern.lastIndex = from;
  const m = pattern.exec(normal);
  return m !== null && m.index < to;
}

/**
 * The words a pattern can begin with, worked out from its source, so that a pattern whose first word is nowhere in
 * a draft is never run. `exact` words must appear whole; `prefixes` begin a word ("salah" for `salah~`).
 * Undefined when the pattern can begin with anything (`_`, a character class).
 */
export interface FirstWords {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

/** First words arranged for `mayOccur`: longer prefixes by their first letters, so most are ruled out at once. */
interface Prefilter {
  exact: ReadonlySet<string>;
  /** Prefixes shorter than `HEAD` letters. */
  short: readonly string[];
  /** The other prefixes, by their first `HEAD` letters. */
  byHead: ReadonlyMap<string, readonly string[]>;
}

const HEAD = 4;
const prefilters = new WeakMap<RegExp, Prefilter>();

/** The words of a text, for `mayOccur`. */
export interface WordIndex {
  readonly words: ReadonlySet<string>;
  /** The distinct words, sorted, for prefix look-ups (made on first use). */
  readonly sortedWords: () => readonly string[];
  /** The first `HEAD` letters of the words that have as many (made on first use). */
  readonly wordHeads: () => ReadonlySet<string>;
}

/** Indexes the words of a `normal` text. */
export function indexWords(normal: string): WordIndex {
  const words = new Set(normal.split(' '));
  let sorted: string[] | undefined;
  let heads: Set<string> | undefined;
  return {
    words,
    sortedWords: () => (sorted ??= [...words].sort()),
    wordHeads: () => {
      if (!heads) {
        heads = new Set();
        for (const word of words) if (word.length >= HEAD) heads.add(word.slice(0, HEAD));
      }
      return heads;
    },
  };
}

/** False when the pattern cannot occur in the text because no word of the text can begin it. */
export function mayOccur(pattern: RegExp, text: WordIndex): boolean {
  const first = prefilters.get(pattern);
  if (!first) return true;
  // Whichever set is smaller is walked.
  if (first.exact.size <= text.words.size) {
    for (const word of first.exact) if (text.words.has(word)) return true;
  } else {
    for (const word of text.words) if (first.exact.has(word)) return true;
  }
  for (const prefix of first.short) if (hasWordStartingWith(text.sortedWords(), prefix)) return true;
  if (first.byHead.size === 0) return false;
  const heads = text.wordHeads();
  const startsSomeWord = (prefixes: readonly string[] | undefined) => prefixes?.some((prefix) => hasWordStartingWith(text.sortedWords(), prefix)) ?? false;
  if (first.byHead.size <= heads.size) {
    for (const [head, prefixes] of first.byHead) if (heads.has(head) && startsSomeWord(prefixes)) return true;
  } else {
    for (const head of heads) if (startsSomeWord(first.byHead.get(head))) return true;
  }
  return false;
}

/** Like `compilePattern`, remembering the pattern's first words for `mayOccur`. */
export function compileIndexedPattern(source: PatternSource | readonly PatternSource[], options: CompileOptions = {}): RegExp {
  const pattern = compilePattern(source, options);
  const sources = typeof source === 'string' ? [source] : source;
  const first = firstWords(joinAlternatives(sources.map(patternBody)));
  if (first) {
    const byHead = new Map<string, string[]>();
    for (const prefix of first.prefixes) {
      if (prefix.length < HEAD) continue;
      const head = prefix.slice(0, HEAD);
      byHead.set(head, [...(byHead.get(head) ?? []), prefix]);
    }
    prefilters.set(pattern, { exact: first.exact, short: first.prefixes.filter((prefix) => prefix.length < HEAD), byHead });
  }
  return pattern;
}

function hasWordStartingWith(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}

// A small reader for the regular expressions patterns compile to: enough to find how they can begin.
type Node =
  | { type: 'char'; char: string; min: number; max: number }
  | { type: 'group'; alternatives: Node[][]; zeroWidth: boolean; min: number; max: number }
  | { type: 'other'; min: number; max: number };

interface Lead {
  text: string;
  /** The word ends here (a space follows), so `text` is a whole word. */
  whole: boolean;
}

const MAX_LEADS = 400;

export function firstWords(body: string): FirstWords | undefined {
  let leads: Lead[] | undefined;
  try {
    leads = leadsOf(parseAlternatives(body, { at: 0 }), []);
  } catch {
    return undefined;
  }
  if (!leads || leads.some((lead) => lead.text === '')) return undefined;
  // A prefix covers every longer word and prefix it begins.
  const prefixes = [...new Set(leads.filter((l) => !l.whole).map((l) => l.text))].sort();
  const shortest = prefixes.filter((p, i) => !prefixes.slice(0, i).some((q) => p.startsWith(q)));
  const exact = new Set(leads.filter((l) => l.whole && !shortest.some((p) => l.text.startsWith(p))).map((l) => l.text));
  return { exact, prefixes: shortest };
}

function parseAlternatives(source: string, cursor: { at: number }): Node[][] {
  const alternatives: Node[][] = [[]];
  while (cursor.at < source.length) {
    const c = source[cursor.at]!;
    if (c === ')') break;
    if (c === '|') {
      alternatives.push([]);
      cursor.at++;
      continue;
    }
    let node: Node;
    if (c === '(') {
      cursor.at++;
      let zeroWidth = false;
      if (source[cursor.at] === '?') {
        const head = source.slice(cursor.at, cursor.at + 4);
        if (head.startsWith('?:')) cursor.at += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          cursor.at += 2;
          zeroWidth = true;
        } else if (head.startsWith('?<=') || head.startsWith('?<!')) {
          cursor.at += 3;
          zeroWidth = true;
        }
        else if (head.startsWith('?<')) cursor.at = source.indexOf('>', cursor.at) + 1; // a named group
      }
      const inner = parseAlternatives(source, cursor);
      if (source[cursor.at] !== ')') throw new Error('unbalanced');
      cursor.at++;
      node = { type: 'group', alternatives: inner, zeroWidth, min: 1, max: 1 };
    } else if (c === '[') {
      const close = source.indexOf(']', source[cursor.at + 1] === ']' ? cursor.at + 2 : cursor.at + 1);
      if (close < 0) throw new Error('unbalanced');
      cursor.at = close + 1;
      node = { type: 'other', min: 1, max: 1 };
    } else if (c === '\\') {
      const next = source[cursor.at + 1] ?? '';
      cursor.at += 2;
      node = /[.?*+()[\]{}|\\/^$' -]/.test(next) ? { type: 'char', char: next, min: 1, max: 1 } : { type: 'other', min: 1, max: 1 };
    } else if (c === '.' || c === '^' || c === '$') {
      cursor.at++;
      node = { type: 'other', min: 1, max: 1 };
    } else {
      cursor.at++;
      node = { type: 'char', char: c, min: 1, max: 1 };
    }
    readQuantifier(source, cursor, node);
    alternatives[alternatives.length - 1]!.push(node);
  }
  return alternatives;
}

function readQuantifier(source: string, cursor: { at: number }, node: Node): void {
  const simple = { '?': [0, 1], '*': [0, Infinity], '+': [1, Infinity] }[source[cursor.at] ?? ''];
  if (simple) {
    [node.min, node.max] = simple as [number, number];
    cursor.at++;
  } else {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(cursor.at));
    if (!m) return;
    node.min = Number(m[1]);
    node.max = m[2] === undefined ? node.min : m[2] === '' ? Infinity : Number(m[2]);
    cursor.at += m[0].length;
  }
  if (source[cursor.at] === '?') cursor.at++; // lazy
}

/**
 * The ways `sequence` followed by `rest` (the enclosing sequences, innermost first) can begin, up to the first
 * space. Undefined when there are too many to be worth it.
 */
function leadsOf(alternatives: Node[][], rest: Node[][]): Lead[] | undefined {
  const leads: Lead[] = [];
  for (const sequence of alternatives) {
    const found = leadsOfSequence(sequence, 0, rest);
    if (!found) return undefined;
    leads.push(...found);
    if (leads.length > MAX_LEADS) return undefined;
  }
  return leads;
}

function leadsOfSequence(sequence: Node[], index: number, rest: Node[][]): Lead[] | undefined {
  if (index === sequence.length) {
    if (rest.length === 0) return [{ text: '', whole: false }];
    return leadsOfSequence(rest[0]!, 0, rest.slice(1));
  }
  const node = sequence[index]!;
  const after = () => leadsOfSequence(sequence, index + 1, rest);
  const skipped = node.min === 0 ? after() : [];
  if (!skipped) return undefined;
  let taken: Lead[] | undefined;
  if (node.type === 'group' && node.zeroWidth) return after();
  if (node.type === 'other') taken = [{ text: '', whole: false }];
  else if (node.type === 'char') {
    if (node.char === ' ') taken = [{ text: '', whole: true }];
    else if (node.max > 1) taken = [{ text: node.char, whole: false }];
    else {
      const following = after();
      if (!following) return undefined;
      taken = following.map((lead) => ({ text: node.char + lead.text, whole: lead.whole }));
    }
  } else {
    // A group taken once, then what follows it. A repeated group (clitics: `salah~`) ends the lead: the word so far
    // is a prefix, which is one look-up where the group's ways of beginning would be many.
    taken = node.max > 1 ? [{ text: '', whole: false }] : leadsOf(node.alternatives, [sequence.slice(index + 1), ...rest]);
  }
  if (!taken) return undefined;
  const all = [...skipped, ...taken];
  return all.length > MAX_LEADS ? undefined : all;
}
