import { phraseRule } from './rule.js';

// Stub: being written.
export const assumeWorst = phraseRule(
  {
    id: 'assume-worst',
    kind: 'warning',
    description: { id: 'TODO', ms: 'TODO', en: 'TODO' },
    messages: { default: { id: 'TODO', ms: 'TODO', en: 'TODO' } },
    quietInInternalNotes: true,
  },
  [],
);
