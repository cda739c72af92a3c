import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { lexiconModule, LEXICON_MODULE, readLexiconFile } from '../../../scripts/compile-lexicon.mjs';
import { wordClass, wordClassNames } from '../../../src/engine/match/lexicon.js';
import { CHAT_SPELLINGS } from '../../../src/engine/text/chat-spellings.js';
import { LANGUAGES } from '../../../src/engine/report.js';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Classes whose words must not overlap: a word in both would make the patterns that use them contradict each other
 * ("tidak" read as a yes, the customer's "saya" read as the agent's "you").
 */
const EXCLUSIVE: [string, string][] = [
  ['negation', 'affirmation'],
  ['first-person', 'second-person'],
  ['authority', 'victim-of-crime'],
  ['insult', 'aimed-insult'],
  ['senior-staff', 'second-person'],
  ['first-person', 'customer'],
  ['first-person', 'address'],
  // A filler is let through inside any phrase: a negation let through would turn the phrase into its opposite.
  ['filler', 'negation'],
  ['filler', 'first-person'],
  ['filler', 'second-person'],
];

describe('the lexicons', () => {
  it('are compiled into the engine as they are written (run `npm run lexicon` after editing one)', () => {
    expect(readFileSync(join(ROOT, LEXICON_MODULE), 'utf8')).toBe(lexiconModule(ROOT));
  });

  it('list each entry once per file, sorted, in the spelling patterns see (chat spellings expanded)', () => {
    for (const language of LANGUAGES) {
      const folder = join(ROOT, 'src/lexicon', language);
      for (const file of readdirSync(folder)) {
        const entries: string[] = readLexiconFile(readFileSync(join(folder, file), 'utf8'));
        const where = `${language}/${file}`;
        expect(entries, where).toEqual([...new Set(entries)].sort());
        for (const entry of entries) {
          expect(entry, where).toBe(entry.toLowerCase());
          for (const word of entry.replace(/~$/, '').split(' ')) expect(CHAT_SPELLINGS.has(word), `${where}: "${word}" is a chat spelling`).toBe(false);
          expect(entry.includes('~') && (entry.includes(' ') || !entry.endsWith('~')), `${where}: "~" ends a one-word entry`).toBe(false);
        }
      }
    }
  });

  it('have the same classes in every language, so a class name means one thing', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(ROOT, 'src/lexicon', language)).sort();
      expect(files, language).toEqual(readdirSync(join(ROOT, 'src/lexicon', 'id')).sort());
    }
  });

  it.each(EXCLUSIVE)('keep %s and %s apart', (a, b) => {
    const entriesOf = (name: string) => {
      const wc = wordClass(name)!;
      return new Set([...wc.words, ...wc.cliticWords, ...wc.phrases.map((p) => p.join(' '))]);
    };
    const second = entriesOf(b);
    expect([...entriesOf(a)].filter((entry) => second.has(entry))).toEqual([]);
  });

  it('every exclusive pair names classes that exist', () => {
    for (const name of EXCLUSIVE.flat()) expect(wordClassNames()).toContain(name);
  });
});
