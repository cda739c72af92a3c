/**
 * The take-a-breath card: after the agent finishes a reply to an abusive or threatening customer, a
 * short pause is fine, and the next customer deserves their best. Quiet: it takes no focus, covers
 * no work (see placeCard), announces itself politely, and goes with one click or Escape.
 */
import type { JSX } from 'preact';
import type { MessageKey, Translate, UiLocale } from '../i18n/messages.js';
import { trusted } from '../trusted.js';
import type { Box } from './placement.js';
import type { BreathingCardState } from './types.js';

/** The ordinals the messages spell out ("third hard ticket"); past them, the count as a number. */
const SPELLED_ORDINALS = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]);

/** How many hard tickets today, said gently; nothing for the first, which needs no count. */
export function hardTicketLine(count: number, t: Translate): string {
  if (count < 2) return '';
  if (SPELLED_ORDINALS.has(count)) return t('breathing.count', { nth: t(`breathing.nth.${count}` as MessageKey) });
  return t('breathing.countMany', { count });
}

export interface BreathingCardProps {
  card: BreathingCardState;
  /** Where it goes, in viewport pixels; absent where the page lays it out (the browser's side panel). */
  box?: Pick<Box, 'left' | 'top'> & { width: number };
  locale: UiLocale;
  t: Translate;
  dismiss(): void;
}

export function BreathingCard({ card, box, locale, t, dismiss }: BreathingCardProps) {
  const style: JSX.CSSProperties | undefined = box ? { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px` } : undefined;
  const count = hardTicketLine(card.count, t);
  const onEscape = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape') dismiss();
  });
  const onKeyDown = (event: KeyboardEvent) => {
    // The page's shortcuts must not fire on keys pressed here.
    event.stopPropagation();
    onEscape(event);
  };
  return (
    <section class={box ? 'breathing floating' : 'breathing'} data-breathing={card.count} role="status" aria-labelledby="ramah-breathing-title" lang={locale} style={style} onKeyDown={onKeyDown}>
      <h2 id="ramah-breathing-title">{t('breathing.title')}</h2>
      <p>{t('breathing.body')}</p>
      {count && (
        <p class="meta" data-hard-tickets>
          {count} <span class="private">{t('breathing.private')}</span>
        </p>
      )}
      <button
        type="button"
        class="close"
        data-action="dismiss-breathing"
        aria-label={t('breathing.dismiss')}
        title={t('breathing.dismiss')}
        // Clicking must not take the focus, and the caret, from a composer.
        onMouseDown={(event) => event.preventDefault()}
        onClick={trusted(dismiss)}
      >
        ×
      </button>
    </section>
  );
}
