/**
 * The token pattern language. A pattern matches a run of a document's tokens (words and the punctuation tokens `.`
 * `,` `!` `?`), never characters, so it cannot backtrack inside a word and its cost is bounded by its size:
 *
 * - `kecewa`        the word, in its normalised spelling (lower case, chat spellings expanded: write "tidak", not "gak");
 * - `salah~`        the word with Indonesian/Malay clitics: salah, salahnya, salahlah, salahkah, salahpun, salahmu, salahku;
 * - `+salah`        any inflection of the word (its roots through `rootsOf`): disalahkan, kesalahannya, salahkan;
 * - `@negation`     any word or phrase of a word class (`src/lexicon/<language>/<class>.txt`);
 * - `_`             one word (not punctuation);
 * - `..` / `..3`    up to four (or N ≤ 8) tokens, never across the end of a sentence;
 * - `(a | b c)`     alternatives, in a group (`(?: … )` is read the same, for patterns written before);
 * - `x?`            the word or group right before it is optional;
 * - `-(x)`          not followed by x here; `&(x)` followed by x (neither takes in the tokens it looks at);
 * - `<-(x)`         not right after x; `<&(x)` right after x (`<-(_)`: at the start of a clause, after no word);
 * - `\?` `\!` `\.` `\,` (or a bare `,` `!`, and a `.` that is not `..`) the punctuation token itself.
 *
 * The pack rule syntax (words, `_`, `..`, `~`, `|`, groups and `?`) is a subset: every pack pattern keeps working.
 */

export type PatternNode =
  | { type: 'word'; word: string; clitics: boolean; at: number }
  | { type: 'inflected'; word: string; at: number }
  /** `backwards`: its phrases read from their last word, inside a look behind (set by the compiler). */
  | { type: 'class'; name: string; at: number; backwards?: boolean }
  | { type: 'any'; at: number }
  | { type: 'gap'; max: number; at: number }
  | { type: 'punct'; token: string; at: number }
  | { type: 'seq'; items: PatternNode[]; at: number }
  | { type: 'alt'; options: PatternNode[]; at: number }
  | { type: 'optional'; item: PatternNode; at: number }
  | { type: 'look'; negate: boolean; behind: boolean; pattern: PatternNode; at: number };

/** `..` without a number: as in the regular expressions the language replaces. */
export const DEFAULT_GAP = 4;
/** The widest gap a pattern may ask for. */
export const MAX_GAP = 8;

/** A pattern that cannot be read; `position` is the offset in the pattern's text where reading stopped. */
export class PatternSyntaxError extends Error {
  constructor(
    readonly pattern: string,
    readonly position: number,
    readonly reason: string,
  ) {
    super(`${reason} (at character ${position + 1} of ${JSON.stringify(pattern)})`);
    this.name = 'PatternSyntaxError';
  }
}

// Made on the first pattern parsed, from text: patterns come compiled in the tables, so most runs parse none, and a
// `\p{…}` literal has ICU build its sets at import (when the module is parsed and when the literal is made).
let wordStart: RegExp | undefined;
let word: RegExp | undefined;
const wordStartPattern = () => (wordStart ??= new RegExp(String.raw`[\p{L}\p{M}\p{N}']`, 'u'));
// Inner hyphens, as in the tokens "anak-anak", "bolak-balik" and "1-star".
const wordPattern = () => (word ??= new RegExp(String.raw`[\p{L}\p{M}\p{N}'](?:[\p{L}\p{M}\p{N}']|-(?=[\p{L}\p{M}\p{N}]))*`, 'uy'));
const CLASS_NAME = /[a-z][a-z0-9-]*/y;
const PUNCTUATION = new Set(['.', ',', '!', '?']);

/** Reads a pattern into its syntax tree, or throws a `PatternSyntaxError` naming the position. */
export function parsePattern(source: string): PatternNode {
  const reader = new Reader(source);
  reader.skipSpace();
  if (reader.atEnd()) throw reader.error('the pattern is empty');
  const node = reader.alternatives();
  reader.skipSpace();
  if (!reader.atEnd()) throw reader.error(reader.peek() === ')' ? 'a ")" closes no group' : `unexpected "${reader.peek()}"`);
  return node;
}

/** Groups longer than this are remembered once read, by their text. */
const REMEMBERED_GROUP = 40;
const MAX_REMEMBERED_GROUPS = 2000;
const groupsRead = new Map<string, PatternNode>();

/** Where the group opened at `open` closes (after a backslash, a parenthesis is a character); -1 if it does not. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i;
  }
  return -1;
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at >= this.source.length;
  }

  peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  error(reason: string, at = this.at): PatternSyntaxError {
    return new PatternSyntaxError(this.source, at, reason);
  }

  skipSpace(): void {
    for (let c = this.source.charCodeAt(this.at); c === 32 || c === 9 || c === 10 || c === 13; c = this.source.charCodeAt(++this.at));
  }

  alternatives(): PatternNode {
    const start = this.at;
    const options = [this.sequence()];
    this.skipSpace();
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
      this.skipSpace();
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options, at: start };
  }

  private sequence(): PatternNode {
    this.skipSpace();
    const start = this.at;
    const items: PatternNode[] = [];
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.item());
      this.skipSpace();
    }
    if (items.length === 0) throw this.error(this.atEnd() || this.peek() === ')' ? 'an alternative or group is empty' : 'an alternative is empty', start);
    return items.length === 1 ? items[0]! : { type: 'seq', items, at: start };
  }

  private item(): PatternNode {
    const start = this.at;
    const atom = this.atom();
    if (this.peek() === '?') {
      if (atom.type === 'look' || atom.type === 'gap') throw this.error(`"?" cannot follow ${atom.type === 'gap' ? 'a gap, which may already be empty' : 'a condition'}`);
      this.at++;
      if (this.peek() === '?') throw this.error('"?" twice in a row');
      return { type: 'optional', item: atom, at: start };
    }
    return atom;
  }

  private atom(): PatternNode {
    const start = this.at;
    const c = this.peek();
    if (c === '(') {
      // Built-in patterns repeat long groups (a list of auxiliaries, of verbs) many times: each is read once.
      const end = closingParenthesis(this.source, start);
      const text = end - start > REMEMBERED_GROUP ? this.source.slice(start, end + 1) : undefined;
      const known = text === undefined ? undefined : groupsRead.get(text);
      if (known) {
        this.at = end + 1;
        return known;
      }
      this.at++;
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.peek() === '?') throw this.error('a group may open with "(?:" but with no other "(?" form');
      const group = this.group(start, (pattern) => pattern);
      if (text !== undefined && groupsRead.size < MAX_REMEMBERED_GROUPS) groupsRead.set(text, group);
      return group;
    }
    if ((c === '-' || c === '&') && this.peek(1) === '(') {
      this.at += 2;
      return this.group(start, (pattern) => ({ type: 'look', negate: c === '-', behind: false, pattern, at: start }));
    }
    if (c === '<' && (this.peek(1) === '-' || this.peek(1) === '&') && this.peek(2) === '(') {
      const negate = this.peek(1) === '-';
      this.at += 3;
      return this.group(start, (pattern) => ({ type: 'look', negate, behind: true, pattern, at: start }));
    }
    if (c === '.' && this.peek(1) === '.') {
      this.at += 2;
      const digits = /\d+/y;
      digits.lastIndex = this.at;
      const m = digits.exec(this.source);
      let max = DEFAULT_GAP;
      if (m) {
        max = Number(m[0]);
        if (max < 1 || max > MAX_GAP) throw this.error(`a gap spans 1 to ${MAX_GAP} words, not ${max}`, this.at);
        this.at += m[0].length;
      }
      if (this.peek() === '.') throw this.error('three dots: write ".." for a gap, or "\\." for a full stop');
      return { type: 'gap', max, at: start };
    }
    if (c === '\\') {
      const token = this.peek(1);
      if (!PUNCTUATION.has(token)) throw this.error('"\\" escapes only the punctuation tokens . , ! and ?');
      this.at += 2;
      return { type: 'punct', token, at: start };
    }
    if (c === ',' || c === '!' || c === '.') {
      this.at++;
      return { type: 'punct', token: c, at: start };
    }
    if (c === '_') {
      this.at++;
      if (this.peek() === '~') throw this.error('"~" follows a word, not "_"');
      if (wordStartPattern().test(this.peek())) throw this.error('"_" stands alone: one word');
      return { type: 'any', at: start };
    }
    if (c === '@') {
      this.at++;
      CLASS_NAME.lastIndex = this.at;
      const m = CLASS_NAME.exec(this.source);
      if (!m) throw this.error('"@" is followed by the name of a word class, such as @negation');
      this.at += m[0].length;
      return { type: 'class', name: m[0], at: start };
    }
    if (c === '+') {
      this.at++;
      const word = this.word();
      if (word === undefined) throw this.error('"+" is followed by a word: +salah is any inflection of "salah"');
      if (this.peek() === '~') throw this.error('"+word" already takes in the clitics: drop the "~"');
      return { type: 'inflected', word, at: start };
    }
    const word = this.word();
    if (word !== undefined) {
      const clitics = this.peek() === '~';
      if (clitics) {
        this.at++;
        if (this.peek() === '~') throw this.error('"~" twice in a row');
      }
      return { type: 'word', word, clitics, at: start };
    }
    if (c === '?') throw this.error('"?" follows a word or a group directly; write "\\?" for a question mark');
    if (c === '~') throw this.error('"~" follows a word directly, as in "salah~"');
    throw this.error(`"${c}" cannot start a word`);
  }

  private group(start: number, wrap: (pattern: PatternNode) => PatternNode): PatternNode {
    this.skipSpace();
    if (this.peek() === ')') throw this.error('an empty group');
    const inner = this.alternatives();
    this.skipSpace();
    if (this.peek() !== ')') throw this.error('this group is not closed: a ")" is missing', start);
    this.at++;
    return wrap(inner);
  }

  private word(): string | undefined {
    const pattern = wordPattern();
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.source);
    if (!m) return undefined;
    this.at += m[0].length;
    return m[0].toLowerCase().replace(/[’‘`]/g, "'");
  }
}
