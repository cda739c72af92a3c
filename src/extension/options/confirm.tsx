/**
 * Asks once more before something goes, in the page rather than a dialog. The focus goes to the
 * answer that keeps it, so that a second Enter or Space on "Remove" keeps it; Escape keeps it too.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useOptions } from './context.js';

export function ConfirmRemove({ question, busy, onYes, onNo }: { question: string; busy: boolean; onYes: () => void; onNo: () => void }) {
  const { t } = useOptions();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onNo();
      }}
    >
      <p>{question}</p>
      <button type="button" class="danger" data-confirm-remove="" disabled={busy} onClick={onYes}>
        {t('pack.removeYes')}
      </button>
      <button type="button" ref={keep} onClick={onNo}>
        {t('pack.removeNo')}
      </button>
    </div>
  );
}

/**
 * The button that opened the question gets the focus back when the agent keeps what it would
 * remove: `kept()` before hiding the question, and the ref on that button.
 */
export function useFocusBack<E extends HTMLElement>(asking: boolean) {
  const target = useRef<E>(null);
  const back = useRef(false);
  useEffect(() => {
    if (asking || !back.current) return;
    back.current = false;
    target.current?.focus();
  }, [asking]);
  return { target, kept: () => void (back.current = true) };
}
