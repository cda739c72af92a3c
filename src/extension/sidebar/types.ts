import type { Finding, Phrase, Report, StepId } from '../../engine/report.js';
import type { FilledText, PlaceholderValues } from '../../engine/packs/placeholders.js';
import type { Box, PageRegions } from './placement.js';
import type { FindingAction } from '../finding-actions.js';
import type { NoteKind } from '../../engine/notes.js';
import type { NoteAddressee } from '../note-kinds.js';
import type { Audience } from '../content/adapters/types.js';

/** What the sidebar shows, for the composer that has or last had focus. */
export interface SidebarState {
  report: Report | null;
  /** Names the composer being coached by its role, e.g. "Reply to customer" or "Internal note". */
  composerLabel?: string;
  /** Whom that composer writes to: an internal note gets no steps of a reply. */
  audience?: Audience;
  /** The composer's bounding rect in viewport pixels: the panel keeps clear of it, the badge sits at its corner. */
  composerRect?: Box | null;
  /** What else on the page the panel keeps clear of: the customer's latest message, the top bar, other composers. */
  pageRegions?: Omit<PageRegions, 'composer'>;
  /** The keyboard shortcut that opens the panel, as the browser shows it (e.g. "Alt+Shift+R"); '' when none is set. */
  shortcut?: string;
  placeholders: PlaceholderValues;
  collapsed: boolean;
  query: string;
  /** Said in a live region, e.g. "Copied: the editor did not take the text". */
  notice?: string;
  /** The notice is about something the agent did that Undo takes back (`actions.undo`). */
  undoable?: boolean;
  /** Every phrase the search looks through. */
  allPhrases?: readonly Phrase[];
  /** The take-a-breath card after a reply to an abusive or threatening customer; null or absent when none. */
  breathing?: BreathingCardState | null;
  /** The open "save as my phrase" form, kept here so that collapsing the sidebar loses nothing typed in it. */
  phraseForm?: PhraseForm | null;
}

export interface BreathingCardState {
  /** The hard tickets the agent finished today, this one included. */
  count: number;
}

export interface PhraseForm {
  text: string;
  step: StepId | '';
  /** Waiting for the answer: the form cannot be sent twice. */
  saving: boolean;
}

/** A phrase to keep in the agent's personal pack; the content script adds the draft's language. */
export interface PhraseToSave {
  text: string;
  step?: StepId;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** What the sidebar asks of the content script. It never touches the composer itself. */
export interface SidebarActions {
  applySuggestion(finding: Finding, index: number): void;
  /** `text` has its placeholders filled; those the page did not know stay in, at `unfilled`, to be selected. */
  insertPhrase(text: string, unfilled: FilledText['unfilled']): void;
  /** Ignore in this ticket, turn the rule off on this site, or report the warning as wrong. */
  findingAction(action: FindingAction, finding: Finding): void;
  /** Takes back what the notice is about (ignored, turned off, reported). */
  undo?(): void;
  /** The agent collapsed or opened the panel: remembered for this ticket only. */
  setCollapsed(collapsed: boolean): void;
  copy(text: string): void;
  /** Escape pressed in the sidebar: give the composer its focus and caret back. */
  focusComposer?(): void;
  /** The words the agent selected in the composer, to start a phrase from ('' when none). */
  selectedText?(): string;
  /** Saves a phrase into the agent's personal pack. */
  savePhrase?(phrase: PhraseToSave): Promise<SaveResult>;
  /** Pins Ramah to the browser's side panel on this site; only the panel in the page offers it. */
  pinToSidePanel?(): void;
  /**
   * Writes the incident or hand-over note into the page's internal-note composer, else to the clipboard; a hand-over
   * `to` the supervisor asks for approval of the gestures that need it.
   */
  writeNote?(kind: NoteKind, to?: NoteAddressee): void;
  /** The agent dismissed the take-a-breath card. */
  dismissBreathing?(): void;
}
