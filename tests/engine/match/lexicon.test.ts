import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { LEARNED_LAYER_CLASSES, LEARNED_LAYER_SKIPS, lexiconModule, LEXICON_MODULE, readLexiconFile } from '../../../scripts/compile-lexicon.mjs';
import { classBit } from '../../../src/engine/learned/features.js';
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

  it('are refused when built with more classes than the learned layer keeps as bits, so that analysis never meets them', () => {
    const root = mkdtempSync(join(tmpdir(), 'ramah-lexicon-'));
    try {
      const write = (count: number) => {
        for (const language of LANGUAGES) {
          mkdirSync(join(root, 'src/lexicon', language), { recursive: true });
          for (let c = 0; c < count; c++) writeFileSync(join(root, 'src/lexicon', language, `class-${c}.txt`), `word${c}\n`);
          for (const skipped of LEARNED_LAYER_SKIPS) writeFileSync(join(root, 'src/lexicon', language, `${skipped}.txt`), 'ya\n');
        }
      };
      write(LEARNED_LAYER_CLASSES);
      expect(() => lexiconModule(root)).not.toThrow();
      write(LEARNED_LAYER_CLASSES + 1);
      expect(() => lexiconModule(root)).toThrow(/at most 31/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('give the learned layer a bit for each class but the ones it skips, each its own', () => {
    const files = readdirSync(join(ROOT, 'src/lexicon/en')).map((file) => file.slice(0, -'.txt'.length));
    const read = files.filter((name) => !LEARNED_LAYER_SKIPS.includes(name));
    const bits = read.map((name) => classBit(name));
    expect(bits.every((bit) => bit !== 0), read.join(' ')).toBe(true);
    expect(new Set(bits).size).toBe(read.length);
    for (const skipped of LEARNED_LAYER_SKIPS) expect(classBit(skipped)).toBe(0);
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
