import type { Finding, Phrase, Report } from '../../engine/report.js';
import type { FilledText, PlaceholderValues } from '../../engine/packs/placeholders.js';
import type { Box } from './placement.js';

/** What the sidebar shows, for the composer that has or last had focus. */
export interface SidebarState {
  report: Report | null;
  /** Names the composer being coached, e.g. "Reply to Sari". */
  composerLabel?: string;
  /** The composer's bounding rect in viewport pixels: the sidebar keeps clear of it. */
  composerRect?: Box | null;
  placeholders: PlaceholderValues;
  collapsed: boolean;
  query: string;
  /** Said in a live region, e.g. "Copied: the editor did not take the text". */
  notice?: string;
  /** Every phrase the search looks through. */
  allPhrases?: readonly Phrase[];
}

/** What the sidebar asks of the content script. It never touches the composer itself. */
export interface SidebarActions {
  applySuggestion(finding: Finding, index: number): void;
  /** `text` has its placeholders filled; those the page did not know stay in, at `unfilled`, to be selected. */
  insertPhrase(text: string, unfilled: FilledText['unfilled']): void;
  ignoreFinding(finding: Finding): void;
  /** To be remembered across pages. */
  setCollapsed(collapsed: boolean): void;
  copy(text: string): void;
  /** Escape pressed in the sidebar: give the composer its focus and caret back. */
  focusComposer?(): void;
}
