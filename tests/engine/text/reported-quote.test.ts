import { describe, expect, it } from 'vitest';
import { inReportedQuote, reportedBySomeoneElse } from '../../../src/engine/text/reported-quote.js';
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

  it('reads a reporting verb exactly as the regular expressions it replaces', () => {
    // The regexes as they were (under `iu`, K U+212A and ſ U+017F match k and s, and U+0345 is no `[^\\p{L}]`).
    const verb = '(?:said|says|told(?: (?:me|us|you|them))?|being told|been told|wrote|writes|mentioned|replied|claimed|complained|bilang|bilangnya|kata|katanya|berkata|mengatakan|menulis|tulis|tulisnya|cakap|sebut|menyebut|bagitau|bagitahu|memberitahu|ujar|ujarnya|mengeluh)';
    const reported = new RegExp(`(?:^|[^\\p{L}])${verb}\\s*[:,]?\\s*$`, 'iu');
    const byTheAgent = new RegExp(`(?:^|[^\\p{L}])(?:i|we|saya|sy|kami|aku|gue)\\s+(?:(?:sudah|dah|udah|pernah|telah|already|just|also|have|had)\\s+)?${verb}\\s*[:,]?\\s*$`, 'iu');
    const pieces = ['said', 'SAID', 'told', 'Told Me', 'been told', 'being', 'them', 'kata', 'KATANYA', 'tuli\u017f', 'cakap', '\u212Aata', 'memberitahu', 'ujar', 'I', 'i', 'we', 'Saya', 'sy', 'kami', 'aKu', 'gue', 'sudah', 'udah', 'dah', 'had', 'already', 'x', 'a', 'ı', 'İ', ' ', ' ', ' ', '\u00a0', '\u3000', '\t', ':', ',', '.', '-', '\u0345', 'é', '😀', '\ud835\udc00', '\udc00'];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
    const counts = { reported: 0, byTheAgent: 0 };
    for (let round = 0; round < 60_000; round++) {
      let text = '';
      for (let n = next(8); n >= 0; n--) text += pieces[next(pieces.length)];
      // Every other text as the agent's own reporting is written, each part in any case or spacing the pieces give.
      if (round % 2 === 0) text += `${['', 'x', '-'][next(3)]}${['i', 'We', 'SAYA', 'sy', 'kami', 'ku', 'gue'][next(7)]}${[' ', '  ', '', '\t'][next(4)]}${['', 'sudah ', 'Udah\u00a0', 'dah  ', 'had '][next(5)]}${['bilang', 'told you', 'kata', 'Said', 'katanya'][next(5)]}${['', ':', ' , ', ' :', ',,', '\u0345'][next(6)]}`;
      const isReported = reported.test(text);
      const isTheAgent = byTheAgent.test(text);
      if (isReported) counts.reported++;
      if (isTheAgent) counts.byTheAgent++;
      expect(reportedBySomeoneElse(text), JSON.stringify(text)).toBe(isReported && !isTheAgent);
    }
    expect(counts.reported).toBeGreaterThan(3_000);
    expect(counts.byTheAgent).toBeGreaterThan(300);
  });
});
