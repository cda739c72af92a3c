/**
 * The personal pack: the phrases an agent saves from the sidebar, kept as an ordinary pack (id
 * `personal`) so that the engine, the search and the export treat it like any other. Every change
 * must leave a pack that passes the schema, or it is refused and nothing changes.
 */
import { LANGUAGES, STEPS, type Language, type StepId } from '../../engine/report.js';
import { parsePack, type PackInput } from '../../engine/packs/schema.js';
import type { PersonalPhrase } from '../protocol.js';
import { PERSONAL_PACK_ID, type InstalledPack } from './types.js';

const PERSONAL_PACK_NAME = 'Personal phrases';
/** Ids of saved phrases start with this, so that they never override a team's phrase by accident. */
const ID_PREFIX = 'mine-';

/** A phrase of the personal pack as it is stored, its language always named. */
export interface SavedPhrase {
  id: string;
  text: string;
  language: Language;
  step?: StepId;
}

export type PersonalChange = { ok: true; entry: InstalledPack; id: string; changed: boolean } | { ok: false; message: string };

/** The phrases of the stored personal pack, in its order, or a message when it cannot be read (then nothing is changed). */
export function personalPhrasesOf(entry: InstalledPack | undefined): SavedPhrase[] | { message: string } {
  if (!entry) return [];
  const parsed = parsePack(entry.json);
  if (!parsed.ok) return { message: 'Your personal pack is damaged, so nothing was changed: export it to keep its phrases.' };
  return parsed.pack.phrases.map((p) => ({ id: p.id, text: p.text, language: p.language ?? parsed.pack.languages[0]!, ...(p.step ? { step: p.step } : {}) }));
}

export function savePersonalPhrase(entry: InstalledPack | undefined, phrase: PersonalPhrase, now: number): PersonalChange {
  const text = typeof phrase.text === 'string' ? phrase.text.replace(/\r\n?/g, '\n').trim() : '';
  if (!text) return { ok: false, message: 'The phrase is empty.' };
  if (!(LANGUAGES as readonly string[]).includes(phrase.language)) return { ok: false, message: `The phrase's language must be one of ${LANGUAGES.join(', ')}.` };
  if (phrase.step !== undefined && !(STEPS as readonly string[]).includes(phrase.step)) return { ok: false, message: `The step must be one of ${STEPS.join(', ')}.` };
  const phrases = personalPhrasesOf(entry);
  if ('message' in phrases) return { ok: false, message: phrases.message };
  // Saving the same phrase twice keeps one.
  const same = phrases.find((p) => p.text === text && p.language === phrase.language && p.step === phrase.step);
  if (same && entry) return { ok: true, entry, id: same.id, changed: false };
  const id = uniqueId(text, new Set(phrases.map((p) => p.id)));
  const saved: SavedPhrase = { id, text, language: phrase.language, ...(phrase.step ? { step: phrase.step } : {}) };
  return build(entry, [...phrases, saved], now, id);
}

export function removePersonalPhrase(entry: InstalledPack | undefined, id: string, now: number): PersonalChange {
  const phrases = personalPhrasesOf(entry);
  if ('message' in phrases) return { ok: false, message: phrases.message };
  if (!phrases.some((p) => p.id === id)) return { ok: false, message: `Your personal pack has no phrase "${id}".` };
  return build(entry, phrases.filter((p) => p.id !== id), now, id);
}

function build(entry: InstalledPack | undefined, phrases: SavedPhrase[], now: number, id: string): PersonalChange {
  const used = LANGUAGES.filter((language) => phrases.some((p) => p.language === language));
  // A pack names at least one language; an emptied pack keeps the ones it had.
  const before = LANGUAGES.filter((language) => entry?.languages.includes(language));
  const languages: Language[] = used.length > 0 ? used : before.length > 0 ? before : ['en'];
  const json: PackInput = {
    id: PERSONAL_PACK_ID,
    name: PERSONAL_PACK_NAME,
    version: nextVersion(entry?.version),
    languages,
    description: 'Phrases saved from the Ramah sidebar.',
    phrases,
  };
  const parsed = parsePack(json);
  if (!parsed.ok) {
    const [first] = parsed.errors;
    return { ok: false, message: `The phrase cannot be saved: ${first ? `${first.path} ${first.message}` : 'the pack would not be valid'}.` };
  }
  const built: InstalledPack = {
    ...(entry ?? { installedAt: now, enabled: true }),
    id: PERSONAL_PACK_ID,
    name: json.name,
    version: json.version,
    languages: [...json.languages],
    source: { type: 'personal' },
    json,
    updatedAt: now,
  };
  return { ok: true, entry: built, id, changed: true };
}

/** `1.0.n`, one more on every change, so that a shared copy says which is newer. */
function nextVersion(version: string | undefined): string {
  const patch = /^1\.0\.(\d+)$/.exec(version ?? '')?.[1];
  return `1.0.${patch === undefined ? 0 : Number(patch) + 1}`;
}

/** An id made from the phrase's first words: readable in an exported file, and never changed once given. */
function uniqueId(text: string, taken: ReadonlySet<string>): string {
  const words = text
    .replace(/\{\w+\}/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words.slice(0, 6)) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > 40) break;
    slug = longer;
  }
  slug ||= words[0]?.slice(0, 40) || 'phrase';
  const base = `${ID_PREFIX}${slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The personal pack as a file to share. It gets an id of its own (stable for this agent's pack),
 * so that a colleague who installs it keeps their own personal pack.
 */
export function shareablePersonalPack(entry: InstalledPack): Record<string, unknown> {
  const json = entry.json as Record<string, unknown>;
  return { ...json, id: `${PERSONAL_PACK_ID}-${entry.installedAt.toString(36)}` };
}

// The content script imports it from its own small module: this one pulls in the pack schema and its pattern checks.
export { withNamePlaceholder } from './name-placeholder.js';
