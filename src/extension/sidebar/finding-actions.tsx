/** A finding's Ignore, Turn off on this site and This warning is wrong, as the card shows them too. */
import type { Finding } from '../../engine/report.js';
import { findingActionButtons } from '../finding-actions.js';
import type { Translate } from '../i18n/messages.js';
import { trusted } from '../trusted.js';
import type { SidebarActions } from './types.js';

export function FindingActions({ finding, t, actions }: { finding: Finding; t: Translate; actions: SidebarActions }) {
  return (
    <span class="finding-actions">
      {findingActionButtons(t, finding).map(({ action, text, label }) => (
        <button type="button" key={action} class="quiet" data-action={action} aria-label={label} onClick={trusted(() => actions.findingAction(action, finding))}>
          {text}
        </button>
      ))}
    </span>
  );
}
