import { describe, expect, it } from 'vitest';
import { inReportedQuote } from '../../../src/engine/text/reported-quote.js';

/** Whether the words `part` of `text` are someone else's, quoted after a reporting verb. */
const reported = (text: string, part: string): boolean => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return inReportedQuote(text, start, start + part.length);
};

describe('inReportedQuote', () => {
  it.each([
    ['The driver said "that\'s not my problem" when you asked.', 'not my problem'],
    ['The rider told you: “not my job”.', 'not my job'],
    ['Kurirnya bilang "itu salah gudang", tapi itu tanggung jawab kami.', 'salah gudang'],
    ['Encik tulis, "pihak bank yang silap".', 'bank yang silap'],
    ['You mentioned the driver said "that\'s not my problem".', "that's not my problem"],
    // Quotes on other lines do not count.
    ['Kami tulis "ok" tadi.\nThe driver said "not my problem".\nLalu "selesai".', 'not my problem'],
  ])('someone else\'s words: %s', (text, part) => expect(reported(text, part)).toBe(true));

  it.each([
    // Not quoted, or quoted without a reporting verb, or the quote closed before the words.
    ['That is not my problem.', 'not my problem'],
    ['We call it "the fast lane", but that is not my problem.', 'not my problem'],
    ['The driver said "sorry" but that is not my problem.', 'not my problem'],
    // The agent's own words, quoted again.
    ['I told you before: "that is not our problem".', 'not our problem'],
    ['Saya sudah bilang "itu bukan urusan kami".', 'bukan urusan kami'],
    // A quote left open runs to the line's end: not a quotation the agent closed.
    ['The driver said "not my problem\nand then left.', 'not my problem'],
    ['The driver said "not my problem\n" and left.', 'not my problem'],
    ['The driver said "ok".\nThat is "not my problem".', 'not my problem'],
  ])('the agent\'s own words: %s', (text, part) => expect(reported(text, part)).toBe(false));
});
