import { describe, expect, test } from 'vitest';
import { parsePack } from '../../../src/engine/packs/schema.js';
import { removePersonalPhrase, savePersonalPhrase, shareablePersonalPack, withNamePlaceholder } from '../../../src/extension/packs/personal.js';
import type { InstalledPack } from '../../../src/extension/packs/types.js';

function saved(entry: InstalledPack | undefined, text: string, extra: { step?: 'extra' } = {}) {
  const result = savePersonalPhrase(entry, { text, language: 'ms', ...extra }, 10);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the personal pack as data', () => {
  test('is a valid pack at every step, one version more on every change', () => {
    const one = saved(undefined, 'Terima kasih kerana menunggu.');
    expect(one.entry).toMatchObject({ id: 'personal', version: '1.0.0', installedAt: 10, enabled: true, source: { type: 'personal' }, languages: ['ms'] });
    const two = saved(one.entry, 'Ada apa-apa lagi yang boleh saya bantu?', { step: 'extra' });
    expect(two.entry.version).toBe('1.0.1');
    for (const entry of [one.entry, two.entry]) expect(parsePack(entry.json).ok).toBe(true);
    const first = removePersonalPhrase(two.entry, one.id, 11);
    if (!first.ok) throw new Error(first.message);
    const emptied = removePersonalPhrase(first.entry, two.id, 12);
    // An emptied pack is still valid: it keeps the languages it had.
    expect(emptied.ok && emptied.entry.languages).toEqual(['ms']);
    expect(emptied.ok && parsePack(emptied.entry.json).ok).toBe(true);
  });

  test('a phrase that is only a placeholder or symbols still gets an id', () => {
    expect(saved(undefined, '{customer_name}!!!').id).toBe('mine-phrase');
    expect(saved(undefined, 'Ñandú—árbol').id).toBe('mine-nandu-arbol');
  });

  test('a damaged stored pack is not overwritten', () => {
    const damaged = { ...saved(undefined, 'Hai.').entry, json: { id: 'personal', phrases: 'oops' } };
    expect(savePersonalPhrase(damaged, { text: 'New.', language: 'en' }, 1)).toEqual({ ok: false, message: expect.stringMatching(/damaged, so nothing was changed/) });
    expect(removePersonalPhrase(damaged, 'mine-hai', 1)).toMatchObject({ ok: false });
  });

  test('the shared copy has an id of its own, stable for this pack', () => {
    const { entry } = saved(undefined, 'Hai.');
    const shared = shareablePersonalPack({ ...entry, installedAt: 1_700_000_000_000 });
    expect(shared.id).toBe(`personal-${(1_700_000_000_000).toString(36)}`);
    expect(parsePack(shared).ok).toBe(true);
    expect(shareablePersonalPack({ ...entry, installedAt: 1_700_000_000_000 })).toEqual(shared);
  });
});

describe("the customer's name in a saved phrase", () => {
  test('becomes {customer_name}, as a whole word, in any case', () => {
    expect(withNamePlaceholder('Terima kasih, Sari! SARI, pesanan Anda sudah dikirim.', 'Sari')).toBe('Terima kasih, {customer_name}! {customer_name}, pesanan Anda sudah dikirim.');
    expect(withNamePlaceholder('Thanks, Mr. Tan (VIP).', 'Mr. Tan (VIP)')).toBe('Thanks, {customer_name}.');
    expect(withNamePlaceholder('Sarinah is not Sari.', 'Sari')).toBe('Sarinah is not {customer_name}.');
  });

  test('is left alone when unknown or too short to be sure', () => {
    expect(withNamePlaceholder('Terima kasih, Kak.', undefined)).toBe('Terima kasih, Kak.');
    expect(withNamePlaceholder('Terima kasih, A.', 'A')).toBe('Terima kasih, A.');
  });
});
