import { describe, expect, it } from 'vitest';
import { inReportedQuote } from '../../../src/engine/text/reported-quote.js';
import { toDocument } from '../../../src/engine/text/document.js';

/** Whether the words `part` of `text` are someone else's, quoted after a reporting verb. */
const reported = (text: string, part: string): boolean => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return inReportedQuote(toDocument(text), start, start + part.length);
};

describe('inReportedQuote', () => {
  it.each([
    ['The driver said "that\'s not my problem" when you asked.', 'not my problem'],
    ['The rider told you: “not my job”.', 'not my job'],
    ['Kurirnya bilang "itu salah gudang", tapi itu tanggung jawab kami.', 'salah gudang'],
    ['Encik tulis, "pihak bank yang silap".', 'bank yang silap'],
    ['You mentioned the driver said "that\'s not my problem".', "that's not my problem"],
    ['I asked and he said "not my problem".', 'not my problem'],
    ['Saya tanya, kurir bilang "bukan urusan saya".', 'bukan urusan saya'],
    ['Der Fahrer sagte, he said „not my problem“.', 'not my problem'],
    ['She wrote ‘not our fault’ in the chat.', 'not our fault'],
    ['Being told "I don\'t know" and then cut off is not the service you should get.', "I don't know"],
    // Quotes on other lines do not count.
    ['Kami tulis "ok" tadi.\nThe driver said "not my problem".\nLalu "selesai".', 'not my problem'],
  ])("someone else's words: %s", (text, part) => expect(reported(text, part)).toBe(true));

  it.each([
    // Not quoted, or quoted without a reporting verb, or the quote closed before the words.
    ['That is not my problem.', 'not my problem'],
    ['We call it "the fast lane", but that is not my problem.', 'not my problem'],
    ['The driver said "sorry" but that is not my problem.', 'not my problem'],
    // The agent's own words, quoted again.
    ['I told you "that is not our problem".', 'not our problem'],
    ['Saya sudah bilang "itu bukan urusan kami".', 'bukan urusan kami'],
    // A quote left open runs to the line's end: not a quotation the agent closed.
    ['The driver said "not my problem\nand then left.', 'not my problem'],
    ['The driver said "not my problem\n" and left.', 'not my problem'],
    ['The driver said "ok".\nThat is "not my problem".', 'not my problem'],
  ])("the agent's own words: %s", (text, part) => expect(reported(text, part)).toBe(false));

  it('pairs the marks from the start of the line, however long a quotation before is', () => {
    // A closing mark after a long quotation, then "kata": the closing mark is not read as an opening one.
    const text = `Kakak bilang "${'b '.repeat(160)}kata" Itu salah kurir JNE, bukan "kami".`;
    expect(reported(text, 'salah kurir JNE')).toBe(false);
    expect(reported(text, 'b b b')).toBe(true);
  });
});
