/**
 * The phrases the agent saved from the sidebar, under the personal pack's row: each as text, with
 * its language and step, and a Remove that asks once more, since they are kept nowhere else. The
 * worker removes a phrase; the list shows what is stored, read again after every change.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator } from '../i18n/messages.js';
import { personalPhrasesOf, type SavedPhrase } from '../packs/personal.js';
import type { InstalledPack } from '../packs/types.js';
import { ConfirmRemove, useFocusBack } from './confirm.js';
import { useOptions } from './context.js';
import { Notice, type NoticeKind } from './controls.js';
import { matchesSearch } from './search.js';
import { isRefusal, send } from './worker.js';

/**
 * Where the focus goes once `removed` has left the list: the next phrase's Remove, else the
 * previous one's, else the empty list's words. With `removed` null (the worker refused), it goes
 * back to the Remove of the phrase that stays.
 */
interface FocusAfter {
  removed: string | null;
  next: string | null;
}

/** `filtered`: the search found some of the phrases, not the pack, and only those are listed. */
export function PersonalPhrases({ pack, filtered = false }: { pack: InstalledPack; filtered?: boolean }) {
  const { t, reload, terms } = useOptions();
  const phrases = useMemo(() => personalPhrasesOf(pack), [pack]);
  const [said, setSaid] = useState<{ kind: NoticeKind; text: string } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const after = focusAfter.current;
    if (!after || removing !== null || 'message' in phrases) return;
    if (after.removed !== null && phrases.some((phrase) => phrase.id === after.removed)) return;
    focusAfter.current = null;
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-personal-phrase]') ?? [])];
    const next = rows.find((row) => row.dataset.personalPhrase === after.next);
    (next?.querySelector<HTMLElement>('[data-remove-phrase]') ?? list.current?.querySelector<HTMLElement>('[data-phrases-focus]'))?.focus();
  }, [phrases, removing]);

  if ('message' in phrases) {
    return (
      <div class="phrases" ref={list}>
        <Notice kind="error" text={t('personal.damaged')} data-phrases-damaged="" />
      </div>
    );
  }

  const remove = async (phrase: SavedPhrase, index: number) => {
    setRemoving(phrase.id);
    setSaid(null);
    focusAfter.current = { removed: phrase.id, next: (phrases[index + 1] ?? phrases[index - 1])?.id ?? null };
    const reply = await send({ kind: 'personal-phrase-remove', id: phrase.id });
    // The list stays busy until it shows what the worker did.
    await reload();
    if (isRefusal(reply)) {
      focusAfter.current = { removed: null, next: phrase.id };
      setSaid({ kind: 'error', text: t('action.failed', { message: reply.message ?? '?' }) });
    } else setSaid({ kind: 'ok', text: t('personal.removed', { text: phrase.text }) });
    setRemoving(null);
  };

  const titleId = `${pack.id}-phrases-title`;
  return (
    <div class="phrases" ref={list} data-personal-phrases="">
      <h3 id={titleId}>{t('personal.title', { count: phrases.length })}</h3>
      <p class="muted" data-personal-share="">
        {t('personal.share')}
      </p>
      {phrases.length === 0 ? (
        <p class="empty" tabIndex={-1} data-phrases-focus="" data-phrases-empty="">
          {t('personal.empty')}
        </p>
      ) : (
        <ul class="phrase-list" aria-labelledby={titleId}>
          {phrases.map(
            (phrase, index) =>
              (!filtered || matchesSearch(terms, phrase.text)) && <PhraseRow key={phrase.id} phrase={phrase} index={index} busy={removing !== null} onRemove={() => void remove(phrase, index)} />,
          )}
        </ul>
      )}
      {said && <Notice kind={said.kind} text={said.text} data-phrases-said="" />}
    </div>
  );
}

function PhraseRow({ phrase, index, busy, onRemove }: { phrase: SavedPhrase; index: number; busy: boolean; onRemove: () => void }) {
  const { t, locale, readOnly } = useOptions();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useFocusBack<HTMLButtonElement>(confirming);
  // The step names of the sidebar's own form, where the agent chose them.
  const sidebar = useMemo(() => translator(locale), [locale]);
  const textId = `personal-phrase-${index}`;
  return (
    <li class="phrase" data-personal-phrase={phrase.id}>
      <p class="phrase-text" id={textId}>
        {phrase.text}
      </p>
      <p class="phrase-meta muted">
        <span data-phrase-language="">{t(`language.${phrase.language}`)}</span>
        {' · '}
        <span data-phrase-step="">{phrase.step ? sidebar(`step.${phrase.step}`) : sidebar('phrase.noStep')}</span>
      </p>
      {confirming ? (
        <ConfirmRemove
          question={t('personal.removeConfirm')}
          busy={busy}
          onYes={() => {
            setConfirming(false);
            onRemove();
          }}
          onNo={() => {
            removeButton.kept();
            setConfirming(false);
          }}
        />
      ) : (
        <button type="button" class="danger" ref={removeButton.target} data-remove-phrase="" aria-describedby={textId} disabled={readOnly || busy} onClick={() => setConfirming(true)}>
          {t('pack.remove')}
        </button>
      )}
    </li>
  );
}
