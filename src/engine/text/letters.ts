/**
 * Unicode classes of one character, tested without a regular expression of their own: each `\p{…}` literal has ICU
 * build its set of characters when its module is parsed, again when the literal is made and once more when it first
 * runs, at import. ASCII is answered by char code; any other character by one regular expression per class, shared
 * and made on first need, so that the answer is exactly the `\p{…}` class's.
 */

let letter: RegExp | undefined;
let lowerCase: RegExp | undefined;
let upperCase: RegExp | undefined;
let number: RegExp | undefined;

/** A code point's text, whole: one character of `\p{L}`, `\p{Ll}` or `\p{Lu}` (a lone surrogate is none). */
const charOf = (codePoint: number) => String.fromCodePoint(codePoint);

/**
 * Whether the code point is in the blocks of emoji and symbols (U+2600–27BF, U+1F000–1FAFF), which hold no letter
 * (`tests/engine/letters.test.ts` reads every one): a draft's emoji are answered without making a class's expression.
 */
const isEmojiBlock = (codePoint: number) => (codePoint >= 0x1f000 && codePoint <= 0x1faff) || (codePoint >= 0x2600 && codePoint <= 0x27bf);

/** Whether the code point is a letter, `\p{L}`. */
export function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  if (isEmojiBlock(codePoint)) return false;
  return (letter ??= new RegExp('\\p{L}', 'u')).test(charOf(codePoint));
}

/** Whether the code point is a lower-case letter, `\p{Ll}`. */
export function isLowerCase(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x61 && codePoint <= 0x7a;
  if (isEmojiBlock(codePoint)) return false;
  return (lowerCase ??= new RegExp('\\p{Ll}', 'u')).test(charOf(codePoint));
}

/** Whether the code point is an upper-case letter, `\p{Lu}`. */
export function isUpperCase(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x41 && codePoint <= 0x5a;
  if (isEmojiBlock(codePoint)) return false;
  return (upperCase ??= new RegExp('\\p{Lu}', 'u')).test(charOf(codePoint));
}

/** Whether the code point is a number, `\p{N}` (digits of any script, numerals, fractions). */
export function isNumber(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x30 && codePoint <= 0x39;
  return (number ??= new RegExp('\\p{N}', 'u')).test(charOf(codePoint));
}

/** The number of UTF-16 units the code point takes (2 for a surrogate pair). */
export const unitsOf = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/** Whether the text has a lower-case letter anywhere (`/\p{Ll}/u.test`). */
export function hasLowerCase(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    if (isLowerCase(codePoint)) return true;
    at += unitsOf(codePoint);
  }
  return false;
}

/**
 * Whether the text (or its part from `from` to `to`) has a lower-case ASCII letter: a quick test that rules most
 * words out of ALL CAPS before their letters are read.
 */
export function hasLowerCaseAsciiLetter(text: string, from = 0, to = text.length): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

/** Whether every character of the text is a letter (`/^\p{L}*$/u`). */
export function isAllLetters(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    if (!isLetter(codePoint)) return false;
    at += unitsOf(codePoint);
  }
  return true;
}

/** The number of code points in the text (what `{3,}` counts under the `u` flag). */
export function codePointCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; count++) at += unitsOf(text.codePointAt(at)!);
  return count;
}

/** Where the text's first letter starts, or -1 (`/\p{L}/u.exec(text)?.index`). */
export function firstLetterAt(text: string): number {
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    if (isLetter(codePoint)) return at;
    at += unitsOf(codePoint);
  }
  return -1;
}

/** The text's letters alone, in order (`text.replace(/[^\p{L}]/gu, '')`). */
export function lettersOf(text: string): string {
  let letters = '';
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    const units = unitsOf(codePoint);
    if (isLetter(codePoint)) letters += text.slice(at, at + units);
    at += units;
  }
  return letters;
}

/** The letters the text starts with (`/^\p{L}+/u.exec(text)?.[0] ?? ''`). */
export function leadingLetters(text: string): string {
  let at = 0;
  while (at < text.length) {
    const codePoint = text.codePointAt(at)!;
    if (!isLetter(codePoint)) break;
    at += unitsOf(codePoint);
  }
  return text.slice(0, at);
}

/**
 * Whether a letter is typed three times or more in a row (`/(\p{L})\1{2}/u.test`): "sabarrr", "tidaaak".
 */
export function hasDrawnOutLetter(word: string): boolean {
  let previous = -1;
  let run = 0;
  for (let at = 0; at < word.length; ) {
    const codePoint = word.codePointAt(at)!;
    run = codePoint === previous ? run + 1 : 1;
    if (run === 3 && isLetter(codePoint)) return true;
    previous = codePoint;
    at += unitsOf(codePoint);
  }
  return false;
}

/**
 * The word with each letter typed three times or more in a row typed once (`word.replace(/(\p{L})\1{2,}/gu, '$1')`):
 * a run of two stays, as does a run of anything not a letter.
 */
export function withDrawnOutLettersOnce(word: string): string {
  let out = '';
  for (let at = 0; at < word.length; ) {
    const codePoint = word.codePointAt(at)!;
    const units = unitsOf(codePoint);
    let end = at + units;
    while (end < word.length && word.codePointAt(end) === codePoint) end += units;
    const run = (end - at) / units;
    out += run >= 3 && isLetter(codePoint) ? word.slice(at, at + units) : word.slice(at, end);
    at = end;
  }
  return out;
}

/** Whether two upper-case letters stand side by side anywhere in the text (`/\p{Lu}\p{Lu}/u.test`). */
export function hasTwoCapitalsInARow(text: string): boolean {
  let previousIsCapital = false;
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    const isCapital = isUpperCase(codePoint);
    if (isCapital && previousIsCapital) return true;
    previousIsCapital = isCapital;
    at += unitsOf(codePoint);
  }
  return false;
}

/** Whether the text starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLowerCase(text: string): boolean {
  return text.length > 0 && isLowerCase(text.codePointAt(0)!);
}

/** Whether the text ends with a word of one letter (`/(?:^|[^\p{L}])\p{L}$/u`). */
export function endsWithOneLetterWord(text: string): boolean {
  let before = -1;
  let last = -1;
  for (let at = 0; at < text.length; at += unitsOf(last)) {
    before = last;
    last = text.codePointAt(at)!;
  }
  return last >= 0 && isLetter(last) && (before < 0 || !isLetter(before));
}

const SPACE = /\s/;
const isSpaceInLine = (c: string | undefined) => c !== undefined && c !== '\n' && SPACE.test(c);

/**
 * Whether the text starts a list item: a bullet, or a number or letter with ". " or ")"
 * (`/^(?:[-*•·–]\s|\p{N}{1,2}[.)]\s|\p{Ll}\)\s)/u`).
 */
export function startsListItem(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  if ('-*•·–'.includes(text[0]!)) return SPACE.test(text.charAt(1));
  if (isLowerCase(first)) return text.charAt(unitsOf(first)) === ')' && SPACE.test(text.charAt(unitsOf(first) + 1));
  let at = 0;
  for (let digits = 0; digits < 2 && at < text.length && isNumber(text.codePointAt(at)!); digits++) at += unitsOf(text.codePointAt(at)!);
  return at > 0 && (text[at] === '.' || text[at] === ')') && SPACE.test(text.charAt(at + 1));
}

/** Whether the text ends with a number of one or two digits alone at the start of its line (`/(?:^|\n)[^\S\n]*\p{N}{1,2}$/u`). */
export function endsWithListNumber(text: string): boolean {
  const points = [...text];
  let at = points.length - 1;
  const digitsEnd = at;
  while (at >= 0 && isNumber(points[at]!.codePointAt(0)!)) at--;
  const digits = digitsEnd - at;
  if (digits < 1 || digits > 2) return false;
  while (isSpaceInLine(points[at])) at--;
  return at < 0 || points[at] === '\n';
}

/** Whether the text has a number anywhere (`/\p{N}/u.test`). */
export function hasNumber(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    if (isNumber(codePoint)) return true;
    at += unitsOf(codePoint);
  }
  return false;
}

/** Whether the text's last character is a letter or a number (`/[\p{L}\p{N}]$/u`). */
export function endsWithLetterOrNumber(text: string): boolean {
  // The last code point, read where it is: spreading the text into its code points to take the last made an array
  // of every pattern the builders compose at import (`oneOfWithClitics`).
  const end = text.length - 1;
  if (end < 0) return false;
  const unit = text.charCodeAt(end);
  const last = isLowSurrogate(unit) && end > 0 && isHighSurrogate(text.charCodeAt(end - 1)) ? text.codePointAt(end - 1)! : unit;
  return isLetter(last) || isNumber(last);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether the text is one word of letters, numbers, "@", "_", "'" and "-", with a "~" or not (`/^[\p{L}\p{N}@_'-]+~?$/u`). */
export function isPlainWord(text: string): boolean {
  const word = text.endsWith('~') ? text.slice(0, -1) : text;
  if (word.length === 0) return false;
  for (let at = 0; at < word.length; ) {
    const codePoint = word.codePointAt(at)!;
    if (!isLetter(codePoint) && !isNumber(codePoint) && !"@_'-".includes(word[at]!)) return false;
    at += unitsOf(codePoint);
  }
  return true;
}
