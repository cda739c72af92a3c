import type { Finding } from './report.js';

/** The warmth rule's id: its findings are a nudge (a greeting, a name, a warm close), not something to fix first. */
export const WARMTH_RULE = 'warmth';

/** Whether a finding is one the panel opens for by itself: any rule's but warmth's. */
export const needsAttention = (finding: Pick<Finding, 'rule'>): boolean => finding.rule !== WARMTH_RULE;
