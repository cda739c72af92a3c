import idPack from '../../packs/id/ramah-id.json' with { type: 'json' };
import msPack from '../../packs/ms/ramah-ms.json' with { type: 'json' };
import enPack from '../../packs/en/ramah-en.json' with { type: 'json' };
import type { Pack } from './schema.js';

/**
 * The phrases, gestures and guidance Ramah ships with, in the same format as a team's pack. Not validated when the
 * engine loads (validating them was the largest part of importing it): `tests/engine/packs.test.ts` checks that each
 * file passes the schema and that `parsePack` gives exactly what this gives, its sections that may be left out filled
 * with their defaults.
 */
export const BUILTIN_PACKS: readonly Pack[] = [idPack, msPack, enPack].map(asBuiltinPack);

/** A built-in pack's file as `parsePack` would give it: the sections and example lists it may leave out, empty. */
export function asBuiltinPack(json: object): Pack {
  const pack = { phrases: [], gestures: [], guidance: [], rules: [], examples: [], ...json } as unknown as Pack;
  return { ...pack, examples: pack.examples.map((example) => ({ warnings: [], clean: [], ...(example as Partial<typeof example>) }) as typeof example) };
}
