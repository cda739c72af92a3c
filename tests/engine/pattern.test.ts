import { describe, expect, it } from 'vitest';
import { compileIndexedPattern, firstWords, mayOccur, patternBody } from '../../src/engine/text/pattern.js';
import { toDocument } from '../../src/engine/text/document.js';

const leads = (source: string) => {
  const first = firstWords(patternBody(source));
  return first && { exact: [...first.exact].sort(), prefixes: [...first.prefixes].sort() };
};

describe('firstWords', () => {
  it('finds whole first words and word prefixes', () => {
    expect(leads('saya tidak tahu')).toEqual({ exact: ['saya'], prefixes: [] });
    // Clitics make the word a prefix: one look-up instead of one per clitic.
    expect(leads('kesalahan~ bagian')).toEqual({ exact: [], prefixes: ['kesalahan'] });
    expect(leads('salah[a-z]* bagian')).toEqual({ exact: [], prefixes: ['salah'] });
    expect(leads('(?:ini |itu )?(?:kesalahan|salah) _')).toEqual({ exact: ['ini', 'itu', 'kesalahan', 'salah'], prefixes: [] });
  });

  it('looks through optional words, lookarounds and nested groups', () => {
    expect(leads('(?<=^ |[.!?,] )(?:absolutely |honestly )?no (?:idea|clue)')).toEqual({ exact: ['absolutely', 'honestly', 'no'], prefixes: [] });
    expect(leads('(?:(?:we|i) (?:will|shall)|kami akan) lapor')).toEqual({ exact: ['i', 'kami', 'we'], prefixes: [] });
    expect(leads('colou?r')).toEqual({ exact: [], prefixes: ['color', 'colour'] });
  });

  it('gives up where anything can begin the pattern', () => {
    expect(leads('_ yang salah')).toBeUndefined();
    expect(leads('(?:sangat )?[a-z]+ sekali')).toBeUndefined();
    expect(leads('(?:bos)?')).toBeUndefined();
  });
});

describe('mayOccur', () => {
  it('never rules out a pattern that matches', () => {
    const drafts = ['Maaf, ini kesalahannya bagian gudang.', 'SAYA TIDAK TAHU', 'I have no idea', 'honestly no clue'];
    const patterns = ['kesalahan~ bagian _', 'saya tidak tahu', '(?:absolutely |honestly )?no (?:idea|clue)'].map((p) => compileIndexedPattern(p));
    for (const draft of drafts) {
      const doc = toDocument(draft);
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        if (pattern.test(doc.normal)) expect(mayOccur(pattern, doc), `${pattern.source} on ${draft}`).toBe(true);
      }
    }
  });

  it('rules out a pattern whose first words are absent', () => {
    expect(mayOccur(compileIndexedPattern('kesalahan~ bagian _'), toDocument('Terima kasih, Kak.'))).toBe(false);
    expect(mayOccur(compileIndexedPattern('_ yang salah'), toDocument('Terima kasih, Kak.'))).toBe(true);
  });
});
