import { describe, expect, it } from 'vitest';
import { featureId, featureIdAt, isPunctuation, PUNCTUATION } from '../../../src/engine/learned/features.js';
import { learnedTableText, readLearnedTable, scoreSentence, type Compiled, type LearnedRule } from '../../../src/engine/learned/layer.js';
import { LEARNED_MODEL } from '../../../src/engine/learned/model.generated.js';

/** Each rule's weight of a feature in a compiled model, as scoring reads it (0 for a feature it does not hold). */
function weightIn(model: Compiled, rule: string, id: number): number {
  const mask = model.keys.length - 1;
  for (let h = id & mask; ; h = (h + 1) & mask) {
    if (model.keys[h] === -1) return 0;
    if (model.keys[h] === id) return model.rows[model.slots[h]! + model.rules.indexOf(rule)]!;
  }
}

/** Every feature named in a model's weights, as ids. */
const idsOf = (model: Readonly<Record<string, LearnedRule>>) =>
  Object.values(model).flatMap(({ weights }) => weights.split('\n').filter((line) => line.lastIndexOf(' ') > 0).map((line) => featureId(line.slice(0, line.lastIndexOf(' ')))));

describe("the learned model's table, as the library's bundle writes it (learnedTableText)", () => {
  it('reads back to the weights the model scores with, feature by feature and rule by rule', () => {
    const text = learnedTableText(LEARNED_MODEL)!;
    const table = readLearnedTable(LEARNED_MODEL, text)!;
    expect(table.rules).toEqual(Object.keys(LEARNED_MODEL).sort());
    const ids = idsOf(LEARNED_MODEL);
    expect(ids.length).toBeGreaterThan(1_000);
    for (const rule of table.rules) {
      for (const id of ids) expect([id, weightIn(table, rule, id)]).toEqual([id, scoreSentence(LEARNED_MODEL, rule, { ids: [id] } as never)]);
      // A feature the model does not hold weighs nothing.
      expect(weightIn(table, rule, 12_345)).toBe(0);
    }
  });

  it('keeps the last weight of a feature named twice, and the sign of a negative zero', () => {
    const model: Record<string, LearnedRule> = { excuse: { threshold: 1, weights: 'w:busy 1\nw:busy 2.5\nw:sorry -0\nb:do not_@courier -0.125' } };
    const table = readLearnedTable(model, learnedTableText(model)!)!;
    expect(weightIn(table, 'excuse', featureId('w:busy'))).toBe(2.5);
    expect(Object.is(weightIn(table, 'excuse', featureId('w:sorry')), -0)).toBe(true);
    expect(weightIn(table, 'excuse', featureId('b:do not_@courier'))).toBe(-0.125);
  });

  it('is not read for another model (other rules, or weights of another length), nor from the mark', () => {
    const text = learnedTableText(LEARNED_MODEL)!;
    const [first] = Object.keys(LEARNED_MODEL);
    expect(readLearnedTable({ ...LEARNED_MODEL, [first!]: { ...LEARNED_MODEL[first!]!, weights: `${LEARNED_MODEL[first!]!.weights}\nw:new 1` } }, text)).toBeUndefined();
    const { [first!]: _left, ...fewer } = LEARNED_MODEL;
    expect(readLearnedTable(fewer, text)).toBeUndefined();
    expect(readLearnedTable(LEARNED_MODEL, '%RAMAH_LEARNED_TABLE%')).toBeUndefined();
  });

  it('is not written for weights that are not numbers', () => {
    expect(learnedTableText({ excuse: { threshold: 1, weights: 'w:busy many' } })).toBeUndefined();
  });

  it('names each feature by the id of its name, read where it stands in the weights', () => {
    for (const name of ['w:courier', 'b:@address_do not', 'b:ab', 'qc:second-person', 'len:3', 'no colon', 'b:_', ':z']) {
      const line = `w:before 1\n${name} 0.5\n`;
      expect([name, featureIdAt(line, 11, 11 + name.length)]).toEqual([name, featureId(name)]);
    }
  });
});

describe("the learned layer's punctuation tokens (isPunctuation)", () => {
  it('are what PUNCTUATION takes, read by character in ASCII', () => {
    const units = ['.', '!', '?', ',', ';', ':', '\n', ' ', '\t', '\r', '\v', '\f', 'a', '1', '-', '#', '*', '\u00a0', '\u2028', '😀', '©', '™', 'é', '🙏'];
    const texts = [''];
    for (const a of units) for (const b of ['', ...units]) for (const c of ['', ...units]) texts.push(a + b + c);
    for (const text of texts) expect([text, isPunctuation(text)]).toEqual([text, PUNCTUATION.test(text)]);
  });
});
