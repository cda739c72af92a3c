import { describe, expect, test } from 'vitest';
import { matchCase, opensSentence } from '../../src/engine/text/case.js';
import { analyze } from '../../src/engine/analyze.js';

describe('opensSentence', () => {
  test('the start of the draft', () => expect(opensSentence('I do not know.', 0)).toBe(true));
  test('after a full stop, a question or an exclamation mark', () => {
    expect(opensSentence('Thanks. I do not know.', 8)).toBe(true);
    expect(opensSentence('Really? I do not know.', 8)).toBe(true);
    expect(opensSentence('Oh! "I do not know."', 5)).toBe(true);
  });
  test('on a new line, after a greeting', () => expect(opensSentence('Hi Daniel,\nI do not know.', 11)).toBe(true));
  test('not after a comma or a word', () => {
    expect(opensSentence('Hi Daniel, I do not know.', 11)).toBe(false);
    expect(opensSentence('Maaf Kak, saya tidak tahu.', 10)).toBe(false);
    expect(opensSentence('Sorry but I do not know.', 10)).toBe(false);
  });
});

describe('matchCase', () => {
  test('a sentence that opened with a capital still does', () => expect(matchCase('Saya tidak tahu', 'saya cari tahu dulu', true)).toBe('Saya cari tahu dulu'));
  test('a writer who opens sentences in lower case keeps doing so', () => expect(matchCase('saya tidak tahu', 'saya cari tahu dulu', true)).toBe('saya cari tahu dulu'));
  test('inside a sentence, no capital, whatever the replaced words had', () => expect(matchCase('I do not know', 'let me find out', false)).toBe('let me find out'));
  test('a word always written with a capital keeps it', () => expect(matchCase('we are swamped', "I'm sorry for the wait", false)).toBe("I'm sorry for the wait"));
  test('ALL CAPS stays ALL CAPS, wherever it stands', () => {
    expect(matchCase('SAYA TIDAK TAHU', 'saya cari tahu dulu', false)).toBe('SAYA CARI TAHU DULU');
    expect(matchCase('MUSTAHIL', 'belum dapat kami lakukan', true)).toBe('BELUM DAPAT KAMI LAKUKAN');
  });
});

describe('suggestions take the capitals of their place in the sentence', () => {
  const first = (draft: string, rule: string) => analyze(draft, { language: 'en' }).findings.find((f) => f.rule === rule)!;
  test('after a comma: no capital (issue 9: "Hi Daniel, Let me find out")', () => {
    const finding = first("Hi Daniel, I don't know where it is.", 'dont-know');
    expect(finding.suggestions[0]).toBe('let me find out');
  });
  test('after a greeting line: a capital', () => {
    const finding = first("Hi Daniel,\nI don't know where it is.", 'dont-know');
    expect(finding.suggestions[0]).toBe('Let me find out');
  });
});
