/**
 * The other rules merged into a finding's card (`Finding.also`, ../engine/analyze.ts `mergeOverlaps`), as the card and
 * the sidebar show them under the head message: one line per rule, at most `MAX_ALSO_LINES`, then "+N".
 */
import type { Finding, MergedFinding } from '../engine/report.js';

/** Helpdesk composers leave little room: two lines, then a count. */
export const MAX_ALSO_LINES = 2;

export interface AlsoLines {
  /** One a rule, in the engine's order, without the head's own rule. */
  shown: MergedFinding[];
  /** The rules past `MAX_ALSO_LINES`, counted in "+N" (their messages in its tooltip). */
  hidden: MergedFinding[];
}

export function alsoLines(finding: Finding): AlsoLines {
  const seen = new Set([finding.rule]);
  const rules = (finding.also ?? []).filter((merged) => !seen.has(merged.rule) && seen.add(merged.rule));
  return { shown: rules.slice(0, MAX_ALSO_LINES), hidden: rules.slice(MAX_ALSO_LINES) };
}
