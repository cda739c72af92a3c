/**
 * Ramah's content script on the helpdesks: runs the engine on the reply the agent is writing,
 * after a short pause in typing. The coaching UI comes later; for now the field only carries the
 * warning count in `data-ramah-warnings`, which the end-to-end tests read.
 */
import { analyze } from '../../engine/index.js';

/** Long enough to skip most keystrokes, short enough to feel immediate. */
const TYPING_PAUSE_MS = 150;

type DraftField = HTMLTextAreaElement | HTMLElement;

const pendingTimers = new WeakMap<DraftField, ReturnType<typeof setTimeout>>();

/** The reply field an event belongs to: a textarea, or the root of a rich-text editor. */
function draftFieldOf(event: Event): DraftField | null {
  // composedPath()[0] sees through open shadow roots, which some helpdesk editors use.
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement) return target;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

function draftText(field: DraftField): string {
  return field instanceof HTMLTextAreaElement ? field.value : field.innerText;
}

function coach(field: DraftField): void {
  const report = analyze(draftText(field));
  const warnings = report.findings.filter((finding) => finding.kind === 'warning').length;
  field.dataset.ramahWarnings = String(warnings);
}

function coachAfterPause(event: Event): void {
  const field = draftFieldOf(event);
  if (!field) return;
  clearTimeout(pendingTimers.get(field));
  pendingTimers.set(field, setTimeout(() => coach(field), TYPING_PAUSE_MS));
}

// Capture phase: editors that stop propagation of their own events still reach us.
document.addEventListener('focusin', coachAfterPause, true);
document.addEventListener('input', coachAfterPause, true);
