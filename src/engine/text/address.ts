import type { Language } from '../report.js';
import { wordClass } from '../match/lexicon.js';
import { isUpperCase } from './letters.js';

/** How the customer is addressed, and by which name. */

/**
 * The polite forms of address in Indonesian and Malay (Kak, Bapak, Ibu, Encik, Cik, Tuan, Puan, Anda…): the class
 * @customer, without the English "you", which is no form of address.
 */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['id', 'ms'].flatMap((language) => wordClass('customer')?.entries[language as Language] ?? []));

/** Titles a name follows when the customer is addressed: Kak Rina, Bu Sari, Encik Ahmad, Ms Tan. */
const TITLES = new Set([
  'kakak', 'kak', 'bapak', 'pak', 'ibu', 'bu', 'mas', 'mbak', 'mba', 'encik', 'cik', 'tuan', 'puan', 'akak', 'abang', 'bang',
  'adik', 'dik', 'saudara', 'saudari', 'datuk', 'dato', "dato'", 'datin', 'haji', 'hajah', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sis', 'gan',
]);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'halo', 'hai', 'helo', 'salam', 'yth', 'morning', 'pagi', 'siang', 'sore', 'petang', 'malam']);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;

/**
 * How the draft already addresses the customer whose full name the page shows: "Kak Rina" for
 * "Rina Wulandari" when the draft says "Kak Rina", "Ms Tan" for "Tan Mei Ling", "Rina" after "Hi".
 * The draft's own spelling is returned; undefined when the draft names them nowhere.
 */
export function addressedName(draft: string, fullName: string): string | undefined {
  const names = new Set(fullName.toLowerCase().match(WORD)?.map((word) => word.replace(/\.$/, '')) ?? []);
  if (names.size === 0) return undefined;
  const words = [...draft.matchAll(WORD)].map((m) => ({ text: m[0].replace(/\.$/, ''), lower: m[0].replace(/\.$/, '').toLowerCase(), start: m.index, end: m.index + m[0].replace(/\.$/, '').length }));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!names.has(word.lower) || !isUpperCase(word.text.codePointAt(0)!)) continue;
    const before = words[i - 1];
    // Title and name must stand together: "Kak Rina", not "kak, Rina".
    const adjacent = before && /^[\s\u00a0]+$/.test(draft.slice(before.end, word.start).replace(/^\./, ''));
    if (before && adjacent && TITLES.has(before.lower)) {
      // "Ibu Rina Wulandari": the full name as the draft wrote it.
      let end = word.end;
      for (let j = i + 1; j < words.length && names.has(words[j]!.lower) && /^\s+$/.test(draft.slice(words[j - 1]!.end, words[j]!.start)); j++) end = words[j]!.end;
      return draft.slice(before.start, end);
    }
    // The name alone, as a greeting or after a comma: "Hi Daniel", "Thanks, Daniel".
    if (!before || GREETINGS.has(before.lower) || /[,.!?;:]\s*$/.test(draft.slice(before.end, word.start))) return word.text;
  }
  return undefined;
}
