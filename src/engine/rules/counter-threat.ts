import { phraseRule } from './rule.js';

// Stub: being written.
export const counterThreat = phraseRule(
  {
    id: 'counter-threat',
    kind: 'warning',
    description: { id: 'TODO', ms: 'TODO', en: 'TODO' },
    messages: { default: { id: 'TODO', ms: 'TODO', en: 'TODO' } },
    quietInInternalNotes: true,
  },
  [],
);
