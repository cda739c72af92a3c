/**
 * The badge at the composer's corner, as agents know it from Grammarly: how many things to check and
 * the five steps as dots. It opens and closes the panel. A pure function of what it is given.
 */
import { STEPS, type Report } from '../../engine/report.js';
import { needsAttention } from '../../engine/attention.js';
import type { Translate } from '../i18n/messages.js';
import { trusted } from '../trusted.js';
import type { Box } from './placement.js';
import { StepDots, stepsDone } from './view.js';

export interface BadgeProps {
  report: Report | null;
  /** Where it goes; the badge shows only beside a composer. */
  box: Box | null;
  /** The panel is open. */
  open: boolean;
  t: Translate;
  toggle(): void;
}

export function Badge({ report, box, open, t, toggle }: BadgeProps) {
  if (!box) return null;
  const count = report?.findings.filter(needsAttention).length ?? 0;
  const label = `${t(open ? 'collapse' : 'open')}: ${t('toCheck', { count })}, ${t('stepsDone', { done: stepsDone(report), total: STEPS.length })}`;
  return (
    <button
      type="button"
      class="ramah-badge"
      data-badge
      data-action={open ? 'close-from-badge' : 'expand'}
      data-count={count}
      aria-expanded={open}
      aria-label={label}
      title={label}
      style={{ left: `${box.left}px`, top: `${box.top}px` }}
      // Clicking must not take the focus, and the caret, from the composer.
      onMouseDown={(event) => event.preventDefault()}
      onClick={trusted(toggle)}
    >
      <span class="count" data-kind={count > 0 ? 'warn' : 'ok'}>
        {count}
      </span>
      <StepDots report={report} t={t} />
    </button>
  );
}
