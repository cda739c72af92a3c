/** The internal notes the sidebar offers for the customer's signals: shared by the panel in the page and the side panel. */
import type { NoteKind } from '../engine/notes.js';
import type { Signal } from '../engine/report.js';

/** Each note's button, by its `data-action`. */
export const NOTE_ACTION: Readonly<Record<NoteKind, string>> = { incident: 'document', handover: 'handover' };

/** The notes the customer's signals call for, in the order the sidebar offers them: one each, whatever the number of signals. */
export function notesFor(signals: readonly Signal[]): NoteKind[] {
  const kinds: NoteKind[] = [];
  if (signals.includes('abuse') || signals.includes('threat')) kinds.push('incident');
  if (signals.includes('escalation-request')) kinds.push('handover');
  return kinds;
}
