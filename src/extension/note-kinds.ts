/** The internal notes the sidebar offers for the customer's signals: shared by the panel in the page and the side panel. */
import type { NoteKind } from '../engine/notes.js';
import type { HandoverOffer, Signal } from '../engine/report.js';

/** Whom a hand-over note is for besides the colleague taking over: the supervisor, to approve a gesture. */
export const NOTE_ADDRESSEES = ['supervisor'] as const;
export type NoteAddressee = (typeof NOTE_ADDRESSEES)[number];

/** Each note's button, by its `data-action`. */
export const NOTE_ACTION: Readonly<Record<NoteKind, string>> = { incident: 'document', handover: 'handover' };

/**
 * The notes the customer's messages call for, in the order the sidebar offers them: one each, whatever the number of
 * signals. The hand-over for a request for a manager, or for abuse that goes on (`handover`, where the thread shows it).
 */
export function notesFor(signals: readonly Signal[], handover?: HandoverOffer): NoteKind[] {
  const kinds: NoteKind[] = [];
  if (signals.includes('abuse') || signals.includes('threat')) kinds.push('incident');
  if (signals.includes('escalation-request') || handover?.reasons.includes('abuse-continues')) kinds.push('handover');
  return kinds;
}
