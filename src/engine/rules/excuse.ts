import { phraseRule } from './rule.js';

// Stub: being written.
export const excuse = phraseRule(
  {
    id: 'excuse',
    kind: 'warning',
    description: { id: 'TODO', ms: 'TODO', en: 'TODO' },
    messages: { default: { id: 'TODO', ms: 'TODO', en: 'TODO' } },
    quietInInternalNotes: true,
  },
  [],
);
