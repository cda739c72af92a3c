/**
 * Tab through the placeholders of an inserted phrase: the first is selected at insert, Tab selects
 * the next, Shift+Tab the one before, and after the last Tab is the editor's again. The walk knows
 * the inserted stretch of text, which grows or shrinks by what the agent types there.
 */
import { PLACEHOLDER } from '../../engine/rules/unfilled-placeholder.js';
import type { TextSpan } from './editing/caret.js';

export interface PlaceholderWalk {
  composer: HTMLElement;
  /** Where the inserted text starts, and ends in the text as it was just after the insert. */
  start: number;
  end: number;
  /** The length of the whole text just after the insert. */
  length: number;
}

/** The placeholders in [from, to) of `text`, as the unfilled-placeholder rule flags them (`{{…}}` is the helpdesk's own). */
export function placeholdersIn(text: string, from: number, to: number): TextSpan[] {
  return [...text.slice(from, to).matchAll(PLACEHOLDER)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/**
 * Where Tab (or Shift+Tab) goes from `caret` in `text`: the next placeholder of the walk, or
 * 'out' when the caret left the inserted text or no placeholder is left that way (the walk ends).
 */
export function walkStep(walk: Omit<PlaceholderWalk, 'composer'>, text: string, caret: TextSpan, backwards: boolean): TextSpan | 'out' {
  const end = walk.end + (text.length - walk.length);
  if (caret.start < walk.start || caret.end > end) return 'out';
  const spans = placeholdersIn(text, walk.start, end);
  const next = backwards ? spans.filter((span) => span.end <= caret.start).at(-1) : spans.find((span) => span.start >= caret.end);
  return next ?? 'out';
}
