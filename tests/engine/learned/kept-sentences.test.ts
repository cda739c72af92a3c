/**
 * The learned layer keeps each sentence's sum from analysis to analysis (`KeptSentence` in `learned/layer.ts`): a
 * sentence met again scores the same to the last bit, its place in the draft (first, last) added anew.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnedFindings, type LearnedRule } from '../../../src/engine/learned/layer.js';
import { LEARNED_MODEL } from '../../../src/engine/learned/model.generated.js';
import type { Language } from '../../../src/engine/report.js';
import { toDocument } from '../../../src/engine/text/document.js';

const drafts = ['tests/corpus/train/a-1.jsonl', 'tests/corpus/train/e-3.jsonl']
  .flatMap((file) => readFileSync(join(__dirname, '../../..', file), 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as { draft: string; lang: Language });

describe('sentences kept by the learned layer', () => {
  it('flag what a layer that has read none of them before flags, met once or again', () => {
    // A copy of the model is a model of its own: nothing kept for it yet.
    const fresh = drafts.map((d) => learnedFindings(toDocument(d.draft), d.lang, new Set(), [], { ...LEARNED_MODEL }));
    const model = { ...LEARNED_MODEL };
    const read = () => drafts.map((d) => learnedFindings(toDocument(d.draft), d.lang, new Set(), [], model));
    expect(read()).toEqual(fresh);
    expect(read()).toEqual(fresh);
    expect(fresh.flat().length).toBeGreaterThan(10);
  });

  it('add a sentence\'s place anew: the same sentence first, then in the middle, then last', () => {
    // Only the first sentence's flag has weight, at the threshold: the sentence counts where it opens the draft.
    const model: Record<string, LearnedRule> = { excuse: { threshold: 2, weights: 'f:first 2' } };
    const sentence = 'We are busy this week.';
    const flagged = (text: string) => learnedFindings(toDocument(text), 'en', new Set(), [], model).map((f) => text.slice(f.start, f.end));
    expect(flagged(sentence)).toEqual([sentence]);
    expect(flagged(`Hello there, friend. ${sentence} Thanks again.`)).toEqual(['Hello there, friend.']);
    expect(flagged(`Hello there, friend. Thanks again. ${sentence}`)).toEqual(['Hello there, friend.']);
    expect(flagged(`${sentence} Hello there, friend.`)).toEqual([sentence]);
  });
});
