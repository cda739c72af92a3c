import idPack from '../../packs/id/ramah-id.json' with { type: 'json' };
import msPack from '../../packs/ms/ramah-ms.json' with { type: 'json' };
import enPack from '../../packs/en/ramah-en.json' with { type: 'json' };
import { parsePack, type Pack } from './schema.js';

/** The phrases, gestures and guidance Ramah ships with, in the same format as a team's pack. */
export const BUILTIN_PACKS: readonly Pack[] = [idPack, msPack, enPack].map((json) => {
  const result = parsePack(json);
  // The meta tests validate these files; reaching this means a broken build, not bad user input.
  if (!result.ok) throw new Error(`Built-in pack is invalid: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return result.pack;
});
