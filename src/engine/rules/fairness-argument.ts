import { phraseRule } from './rule.js';

// Stub: being written.
export const fairnessArgument = phraseRule(
  {
    id: 'fairness-argument',
    kind: 'warning',
    description: { id: 'TODO', ms: 'TODO', en: 'TODO' },
    messages: { default: { id: 'TODO', ms: 'TODO', en: 'TODO' } },
    quietInInternalNotes: true,
  },
  [],
);
