/**
 * The check a pack passes before it counts: the schema first, then its own examples, run with the
 * other installed packs as the agent will have them. Errors name the place in the file.
 */
import { checkPackExamples } from '../../engine/packs/examples.js';
import { parsePackText, type Pack, type PackError, type PackResult } from '../../engine/packs/schema.js';

export type PackCheck = { ok: true; pack: Pack; json: unknown } | { ok: false; message: string; errors: PackError[] };

/** Checks a pack file's text. */
export function checkPackText(text: string, others: readonly Pack[]): PackCheck {
  const parsed = parsePackText(text);
  // parsePackText has parsed it already, so this cannot throw; the author's JSON is what is stored.
  return parsed.ok ? checkParsed(parsed, JSON.parse(text), others) : refusedBySchema(parsed.errors);
}

function checkParsed(parsed: Extract<PackResult, { ok: true }>, json: unknown, others: readonly Pack[]): PackCheck {
  const failures = checkPackExamples(parsed.pack, others);
  if (failures.length > 0) {
    const count = failures.length === 1 ? '1 failure' : `${failures.length} failures`;
    return { ok: false, message: `The pack "${parsed.pack.id}" was refused: its examples do not pass (${count}).`, errors: failures };
  }
  return { ok: true, pack: parsed.pack, json };
}

function refusedBySchema(errors: PackError[]): PackCheck {
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return { ok: false, message: `The pack was refused: ${count} in the file.`, errors };
}
