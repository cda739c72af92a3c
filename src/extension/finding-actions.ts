/**
 * What the agent can do with a finding besides applying it, in the card and in the panel alike:
 * ignore it in this ticket, turn its rule off on this site, or say the warning is wrong.
 */
import type { Finding } from '../engine/report.js';
import type { MessageKey, Translate } from './i18n/messages.js';

export const FINDING_ACTIONS = ['ignore', 'turn-off-site', 'report-wrong'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

const LABELS: Record<FindingAction, { text: MessageKey; label: MessageKey }> = {
  ignore: { text: 'ignore', label: 'ignoreLabel' },
  'turn-off-site': { text: 'action.turnOff', label: 'action.turnOffLabel' },
  'report-wrong': { text: 'action.report', label: 'action.reportLabel' },
};

/** The buttons of one finding: `data-action` value, visible text and accessible name. */
export function findingActionButtons(t: Translate, finding: Pick<Finding, 'text'>): { action: FindingAction; text: string; label: string }[] {
  return FINDING_ACTIONS.map((action) => ({ action, text: t(LABELS[action].text), label: t(LABELS[action].label, { text: finding.text }) }));
}
