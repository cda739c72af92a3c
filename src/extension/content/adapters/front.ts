/**
 * Front. Its reply composer is a plain contenteditable (Briskine's commits); colleagues talk in
 * comments under the conversation, written in a second composer named for comments.
 */
import { defineAdapter } from './define-adapter.js';
import { nearestMarker, selectedMode } from './dom.js';

export default defineAdapter({
  id: 'front',
  name: 'Front',
  matches: (url) => url.hostname === 'app.frontapp.com',
  composers: ['[data-testid*="composer"] [contenteditable="true"]', '[class*="composer"] [contenteditable="true"]'],
  isInternal: (composer) =>
    nearestMarker(composer, [
      [/^(comments?|discussion)$/, true],
      [/^(reply|draft)$/, false],
    ]) ?? selectedMode(composer, /\b(comments?|komen|komentar)\b/i, /\b(reply|balas)\b/i),
});
