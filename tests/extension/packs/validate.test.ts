import { describe, expect, test } from 'vitest';
import { parsePack, type Pack } from '../../../src/engine/packs/schema.js';
import { checkPackText } from '../../../src/extension/packs/validate.js';
import { json, teamPack } from './helpers.js';

const parsed = (input: unknown): Pack => {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
};

describe('a pack is checked before it counts', () => {
  test('a sound pack passes, and what is kept is the JSON as its author wrote it', () => {
    const text = json({ $schema: 'https://example.com/pack.schema.json', ...teamPack() });
    const result = checkPackText(text, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.id).toBe('team');
    expect(result.json).toEqual(JSON.parse(text));
  });

  test('text that is not JSON is refused at the top of the file', () => {
    const result = checkPackText('{"id": "team", ', []);
    expect(result).toMatchObject({ ok: false, message: 'The pack was refused: 1 error in the file.' });
    expect(!result.ok && result.errors).toEqual([{ path: '(file)', message: expect.stringMatching(/^is not valid JSON/) }]);
  });

  test('schema errors name their places in the file', () => {
    const phrases = [
      { id: 'a', text: 'One.', step: 'acknowledgement' },
      { id: 'b', text: 'Two.', step: 'resolution' },
      { id: 'c', text: 'Three.', step: 'checkBack' },
      { id: 'd', text: 'Four.', step: 'greeting' },
    ];
    const result = checkPackText(json(teamPack({ phrases, version: 'latest' })), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('The pack was refused: 2 errors in the file.');
    expect(result.errors.map((e) => e.path).sort()).toEqual(['phrases[3].step', 'version']);
    expect(result.errors.find((e) => e.path === 'phrases[3].step')!.message).toMatch(/must be one of acknowledgement/);
  });

  test('the schema comes first: a pack with schema errors does not run its examples', () => {
    const result = checkPackText(json(teamPack({ name: '', examples: [{ draft: 'All good.', warnings: ['no-mate'] }] })), []);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['name']);
  });

  test('a pack whose own examples fail is refused, naming the example', () => {
    const result = checkPackText(json(teamPack({ examples: [{ draft: 'Cheers, Ms Tan.', warnings: ['no-mate'] }, { draft: 'Hi mate.', clean: ['no-mate'] }] })), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('The pack "team" was refused: its examples do not pass (2 failures).');
    expect(result.errors.map((e) => e.path)).toEqual(['examples[0].warnings', 'examples[1].clean']);
    expect(result.errors[0]!.message).toMatch(/expected "no-mate" to fire/);
  });

  test('the examples run with the other installed packs', () => {
    // Another installed pack's rule fires on the example draft, which this pack says must be clean of it.
    const other = parsed({ id: 'other', name: 'Other', version: '1.0.0', languages: ['en'], rules: [{ id: 'no-cheers', pattern: 'cheers', message: 'Too casual.' }] });
    const text = json(teamPack({ examples: [{ draft: 'Cheers mate.', warnings: ['no-mate'], clean: ['other/no-cheers'] }] }));
    expect(checkPackText(text, []).ok).toBe(true);
    const withOther = checkPackText(text, [other]);
    expect(!withOther.ok && withOther.errors.map((e) => e.path)).toEqual(['examples[0].clean']);
  });
});
