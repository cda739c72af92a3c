/**
 * Help Scout. Its markup is not documented anywhere public; its app names parts with Cypress
 * `data-cy` attributes (toggl/track-extension reads `data-cy="ConversationHeader.Actions"`), so the
 * editor is looked for under a `data-cy` naming an editor, and a note by the word "note" around it.
 * Anything else falls back to the generic adapter.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, selectedMode } from './dom.js';

export default defineAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  matches: (url) => url.hostname === 'secure.helpscout.net',
  composers: ['[data-cy*="Editor"] [contenteditable="true"]', '.redactor-editor', '.redactor_editor'],
  isInternal: (composer) =>
    nearestMarker(composer, [
      [/^notes?$/, true],
      [/^(reply|forward)$/, false],
    ]) ?? selectedMode(composer, /\b(notes?|catatan|nota)\b/i, /\b(reply|forward|balas)\b/i),
});
