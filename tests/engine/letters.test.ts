import { describe, expect, it } from 'vitest';
import {
  codePointCount,
  endsWithLetterOrNumber,
  endsWithListNumber,
  endsWithOneLetterWord,
  firstLetterAt,
  hasDrawnOutLetter,
  hasLowerCase,
  hasNumber,
  hasTwoCapitalsInARow,
  isAllLetters,
  isLetter,
  isLowerCase,
  isNumber,
  isPlainWord,
  isUpperCase,
  leadingLetters,
  lettersOf,
  startsListItem,
  startsLowerCase,
  withDrawnOutLettersOnce,
} from '../../src/engine/text/letters.js';

// Characters on both sides of each class: ASCII letters and near misses (digits, "_", "@", "[", "`", "{"), accented
// and other scripts' letters in both cases, letters without case, marks, non-ASCII digits, spaces, a letter and an
// emoji outside the BMP (surrogate pairs), and lone surrogates.
const CHARACTERS = [
  'a', 'z', 'A', 'Z', 'k', 'K', '0', '9', '_', '@', '[', '`', '{', "'", '-', ' ', '\n', '.',
  'é', 'É', 'ß', 'ǅ', 'ª', 'ʰ', 'Ω', 'ω', 'я', 'Я', 'ا', '中', 'ー', '\u0301', '\u0345', '٣', 'Ⅻ', '\u00a0', '™',
  '𝐀', '𝐚', '𐐀', '𐐨', '😀', '\ud800', '\udc00', '𝟏', '½', ')', '•', '–', '\t', '~',
];

/** Every string of up to `length` of the characters above, and runs of three and four of each. */
function samples(length: number): string[] {
  let level = [''];
  const all = [''];
  for (let n = 0; n < length; n++) {
    level = level.flatMap((text) => CHARACTERS.map((c) => text + c));
    for (const text of level) all.push(text);
  }
  for (const c of CHARACTERS) all.push(c.repeat(3), c.repeat(4), `x${c.repeat(3)}y`, `${c}${c}${c}${c}${c}b${c}${c}`);
  return all;
}

describe('letters: each helper gives what its regular expression gives', () => {
  const texts = [...samples(2), ...samples(3).filter((_, i) => i % 7 === 0)];

  it('classifies each code point as \\p{L}, \\p{Ll} and \\p{Lu} do', () => {
    for (const c of CHARACTERS) {
      const codePoint = c.codePointAt(0)!;
      expect(isLetter(codePoint), c).toBe(/^\p{L}$/u.test(c));
      expect(isLowerCase(codePoint), c).toBe(/^\p{Ll}$/u.test(c));
      expect(isUpperCase(codePoint), c).toBe(/^\p{Lu}$/u.test(c));
      expect(isNumber(codePoint), c).toBe(/^\p{N}$/u.test(c));
    }
    for (let codePoint = 0; codePoint < 0x80; codePoint++) {
      const c = String.fromCharCode(codePoint);
      expect([isLetter(codePoint), isLowerCase(codePoint), isUpperCase(codePoint)], c).toEqual([/\p{L}/u.test(c), /\p{Ll}/u.test(c), /\p{Lu}/u.test(c)]);
    }
    // The blocks of emoji and symbols, answered without the expressions, and the code points on either side of them.
    for (const [from, to] of [[0x25ff, 0x27c0], [0x1efff, 0x1fb00]] as const) {
      for (let codePoint = from; codePoint <= to; codePoint++) {
        const c = String.fromCodePoint(codePoint);
        const got = [isLetter(codePoint), isLowerCase(codePoint), isUpperCase(codePoint), isNumber(codePoint)];
        const want = [/\p{L}/u.test(c), /\p{Ll}/u.test(c), /\p{Lu}/u.test(c), /\p{N}/u.test(c)];
        if (got.join() !== want.join()) expect([codePoint.toString(16), got]).toEqual([codePoint.toString(16), want]);
      }
    }
  });

  it('tests and takes texts apart as the regular expressions do', () => {
    for (const text of texts) {
      expect(startsLowerCase(text), text).toBe(/^\p{Ll}/u.test(text));
      expect(endsWithOneLetterWord(text), text).toBe(/(?:^|[^\p{L}])\p{L}$/u.test(text));
      expect(startsListItem(text), text).toBe(/^(?:[-*•·–]\s|\p{N}{1,2}[.)]\s|\p{Ll}\)\s)/u.test(text));
      expect(endsWithListNumber(text), text).toBe(/(?:^|\n)[^\S\n]*\p{N}{1,2}$/u.test(text));
      expect(hasNumber(text), text).toBe(/\p{N}/u.test(text));
      expect(endsWithLetterOrNumber(text), text).toBe(/[\p{L}\p{N}]$/u.test(text));
      expect(isPlainWord(text), text).toBe(/^[\p{L}\p{N}@_'-]+~?$/u.test(text));
      expect(hasLowerCase(text), text).toBe(/\p{Ll}/u.test(text));
      expect(hasTwoCapitalsInARow(text), text).toBe(/\p{Lu}\p{Lu}/u.test(text));
      expect(isAllLetters(text), text).toBe(/^\p{L}*$/u.test(text));
      expect(codePointCount(text), text).toBe([...text].length);
      expect(firstLetterAt(text), text).toBe(/\p{L}/u.exec(text)?.index ?? -1);
      expect(lettersOf(text), text).toBe(text.replace(/[^\p{L}]/gu, ''));
      expect(leadingLetters(text), text).toBe(/^\p{L}+/u.exec(text)?.[0] ?? '');
      expect(hasDrawnOutLetter(text), text).toBe(/(\p{L})\1{2}/u.test(text));
      expect(withDrawnOutLettersOnce(text), text).toBe(text.replace(/(\p{L})\1{2,}/gu, '$1'));
    }
  });

  it('collapses only runs of three letters or more', () => {
    expect(withDrawnOutLettersOnce('sabarrr')).toBe('sabar');
    expect(withDrawnOutLettersOnce('tidaaak')).toBe('tidak');
    expect(withDrawnOutLettersOnce('good')).toBe('good');
    expect(withDrawnOutLettersOnce('!!!')).toBe('!!!');
    expect(withDrawnOutLettersOnce('𝐚𝐚𝐚')).toBe('𝐚');
    expect(hasDrawnOutLetter('aabb')).toBe(false);
    expect(hasDrawnOutLetter('111')).toBe(false);
    expect(hasDrawnOutLetter('ééé')).toBe(true);
  });
});
