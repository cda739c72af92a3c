/**
 * "This warning is wrong": the rule, the flagged words and their sentence, kept only in this browser's
 * storage.local (bounded), never sent anywhere. The options page lists them, and a team lead exports
 * them as corpus candidates in the format of the labelled drafts (eval-dev): the sentence as a draft
 * where the rule must not fire.
 */
import browser from 'webextension-polyfill';
import { LANGUAGES, type Language } from '../../engine/report.js';

export const WRONG_WARNINGS_KEY = 'wrongWarnings';
export const MAX_WRONG_WARNINGS = 500;
const MAX_SENTENCE_LENGTH = 1000;

export interface WrongWarning {
  rule: string;
  /** The flagged words, as written. */
  text: string;
  /** The sentence they were in. */
  sentence: string;
  language: Language;
  /** When it was reported (ms). */
  at: number;
}

/** The sentence of `draft` around [start, end): from the last sentence end before to the first after. */
export function sentenceAround(draft: string, start: number, end: number): string {
  const before = draft.slice(0, start);
  const from = Math.max(before.search(/[^.!?\n]*$/), 0);
  const after = /[.!?]+|\n/.exec(draft.slice(end));
  const to = after ? end + after.index + (after[0] === '\n' ? 0 : after[0].length) : draft.length;
  return draft.slice(from, to).trim().slice(0, MAX_SENTENCE_LENGTH);
}

function isWrongWarning(value: unknown): value is WrongWarning {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.rule === 'string' &&
    entry.rule.length <= 130 &&
    typeof entry.text === 'string' &&
    typeof entry.sentence === 'string' &&
    typeof entry.at === 'number' &&
    LANGUAGES.includes(entry.language as Language)
  );
}

/** What is stored, as far as it can be trusted, newest last, at most MAX_WRONG_WARNINGS. */
export function boundWrongWarnings(stored: unknown): WrongWarning[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(isWrongWarning).slice(-MAX_WRONG_WARNINGS);
}

export async function readWrongWarnings(): Promise<WrongWarning[]> {
  const stored = await browser.storage.local.get(WRONG_WARNINGS_KEY);
  return boundWrongWarnings(stored[WRONG_WARNINGS_KEY]);
}

export async function addWrongWarning(entry: WrongWarning): Promise<void> {
  const list = await readWrongWarnings().catch(() => []);
  await browser.storage.local.set({ [WRONG_WARNINGS_KEY]: boundWrongWarnings([...list, entry]) });
}

/** Takes back the last report of these words (the notice's Undo). */
export async function removeWrongWarning(entry: WrongWarning): Promise<void> {
  const list = await readWrongWarnings();
  const index = list.findLastIndex((item) => item.rule === entry.rule && item.text === entry.text && item.at === entry.at);
  if (index < 0) return;
  list.splice(index, 1);
  await browser.storage.local.set({ [WRONG_WARNINGS_KEY]: list });
}

export async function clearWrongWarnings(): Promise<void> {
  await browser.storage.local.remove(WRONG_WARNINGS_KEY);
}

export const CANDIDATES_FILE_NAME = 'ramah-corpus-candidates.jsonl';

/**
 * One JSON object a line, as the labelled drafts are: the sentence is the draft, no warning must fire
 * (`warnings: []`), and `falseWarnings` names the rule that did. Identical reports are written once.
 */
export function exportCandidates(entries: readonly WrongWarning[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const entry of entries) {
    const key = `${entry.rule}\u0000${entry.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = `candidate-${entry.language}-${String(lines.length + 1).padStart(2, '0')}`;
    lines.push(
      JSON.stringify({
        id,
        lang: entry.language,
        draft: entry.sentence,
        warnings: [],
        falseWarnings: [entry.rule],
        flagged: entry.text,
        reportedAt: new Date(entry.at).toISOString(),
      }),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
