/**
 * Messages between Ramah's contexts, as discriminated unions with one handler each.
 * Everything here is plain data: it crosses from the service worker to the tab, and from the
 * isolated content script to the MAIN-world bridge as JSON in a CustomEvent.
 */

/** From the service worker to the content script of a tab. */
export type TabMessage = { kind: 'toggle-sidebar' };

/** The `commands` entry in manifest.json that opens and closes the sidebar. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/**
 * The isolated content script asks the MAIN-world bridge, which can reach the editors' own
 * objects (element.ckeditorInstance, __lexicalEditor, React props...), by dispatching this event on
 * the composer; the bridge answers synchronously with BRIDGE_REPLY on the same element.
 */
export const BRIDGE_REQUEST = 'ramah:bridge-request';
export const BRIDGE_REPLY = 'ramah:bridge-reply';

export type BridgeRequest =
  /** Which editor object the bridge reaches for this composer. */
  | { op: 'probe' }
  /** The draft as the editor's model holds it, blocks joined by '\n'. */
  | { op: 'text' }
  /** Close the editor's running undo step, so that the next edit is an undo step of its own. */
  | { op: 'begin' }
  /** After an edit: keep it an undo step of its own where the editor merged it (Slate). */
  | { op: 'end' }
  /** Replace the text between two offsets of the composer's text map, through the editor's API. */
  | { op: 'insert'; start: number; end: number; text: string };

export type BridgeReply =
  | { op: 'probe'; editor: string | null }
  | { op: 'text'; text: string | null }
  | { op: 'begin'; closed: boolean }
  | { op: 'end' }
  | { op: 'insert'; ok: boolean; how?: string; error?: string };

export interface BridgeEnvelope<T> {
  id: string;
  body: T;
}
