import { describe, expect, it } from 'vitest';
import { parsePattern, PatternSyntaxError } from '../../../src/engine/match/syntax.js';

function errorOf(source: string): PatternSyntaxError {
  try {
    parsePattern(source);
  } catch (error) {
    if (error instanceof PatternSyntaxError) return error;
    throw error;
  }
  throw new Error(`${source} was accepted`);
}

describe('the token pattern language reads', () => {
  it('words, clitics, inflections, classes, slots, gaps and punctuation', () => {
    expect(parsePattern('salah~ +kirim @negation _ ..3 \\? ,')).toMatchObject({
      type: 'seq',
      items: [
        { type: 'word', word: 'salah', clitics: true },
        { type: 'inflected', word: 'kirim' },
        { type: 'class', name: 'negation' },
        { type: 'any' },
        { type: 'gap', max: 3 },
        { type: 'punct', token: '?' },
        { type: 'punct', token: ',' },
      ],
    });
  });

  it('alternatives in groups, optional pieces and conditions on what follows', () => {
    expect(parsePattern('(sangat | amat)? kecewa -(sekali)')).toMatchObject({
      type: 'seq',
      items: [
        { type: 'optional', item: { type: 'alt', options: [{ word: 'sangat' }, { word: 'amat' }] } },
        { type: 'word', word: 'kecewa' },
        { type: 'look', negate: true, pattern: { word: 'sekali' } },
      ],
    });
    expect(parsePattern('anjing &(\\, | \\!)')).toMatchObject({ items: [{ word: 'anjing' }, { type: 'look', negate: false }] });
  });

  it('every pack pattern written so far: "(?:", a space inside a group, "..", upper case, hyphens', () => {
    for (const pattern of ['salah~ (dari|di) _ _', 'pasti (sampai|tiba) .. (besok|hari ini)?', '(a )?(a )?_ .. _ .. _ (a )?(a )?_ z', '(?:Kurir|driver) bolak-balik']) {
      expect(() => parsePattern(pattern)).not.toThrow();
    }
    expect(parsePattern('Kurir')).toMatchObject({ word: 'kurir' });
    expect(parsePattern("the warehouse 's")).toMatchObject({ items: [{}, {}, { word: "'s" }] });
  });
});

describe('a pattern that cannot be read is refused with its position', () => {
  it.each([
    ['(?:kurir', 0, /not closed/],
    ['kurir)', 5, /closes no group/],
    ['(a+)+', 3, /"\+" is followed by a word/],
    ['a | | b', 4, /empty/],
    ['()', 1, /empty group/],
    ['a ..9', 4, /1 to 8/],
    ['salah _~', 7, /"~" follows a word/],
    ['a~~', 2, /twice/],
    ['(a)??', 4, /twice/],
    ['kenapa ?', 7, /question mark/],
    ['@', 1, /word class/],
    ['a [b]', 2, /cannot start/],
  ])('%s', (source, position, reason) => {
    const error = errorOf(source);
    expect(error.position).toBe(position);
    expect(error.reason).toMatch(reason);
    expect(error.message).toContain(`at character ${position + 1}`);
  });
});
