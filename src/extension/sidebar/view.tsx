/**
 * The sidebar's markup: a pure function of the state, rendered by Preact as text (never as HTML),
 * because phrases, guidance and messages come from packs and pages.
 */
import type { JSX } from 'preact';
import { STEPS, type Finding, type GestureOffer, type HandoverOffer, type Phrase, type Report, type SignalReport, type StepId } from '../../engine/report.js';
import { fillPlaceholders, type PlaceholderValues } from '../../engine/packs/placeholders.js';
import { needsAttention } from '../../engine/attention.js';
import type { Translate, UiLocale } from '../i18n/messages.js';
import type { Placement } from './placement.js';
import { FindingActions } from './finding-actions.js';
import { onRovingKeyDown } from './roving.js';
import { trusted } from '../trusted.js';
import { alsoLines } from '../finding-also.js';
import { NOTE_ACTION, notesFor } from '../note-kinds.js';
import type { PhraseForm, SidebarActions, SidebarState } from './types.js';

/** What the "save as my phrase" form can do; its state is `state.phraseForm`. */
export interface PhraseFormControls {
  open(): void;
  change(patch: Partial<Pick<PhraseForm, 'text' | 'step'>>): void;
  cancel(): void;
  submit(): Promise<void>;
}

export interface ViewProps {
  state: SidebarState;
  /** Expanded; when false only the badge shows. */
  open: boolean;
  /** Where the in-page panel goes; absent where the page lays it out (the browser's side panel). */
  placement?: Placement | null;
  locale: UiLocale;
  t: Translate;
  actions: SidebarActions;
  toggle(): void;
  escape(event: KeyboardEvent): void;
  search(query: string): void;
  phraseForm: PhraseFormControls;
}

const MAX_RESULTS = 25;
/** The longest phrase a pack may hold (the pack schema's limit). */
const MAX_PHRASE_LENGTH = 600;

// Clicks must not move focus out of the composer, or the caret it had would be lost.
function keepComposerFocus(event: MouseEvent): void {
  if ((event.target as Element).closest('button, summary')) event.preventDefault();
}

// The page's own shortcuts must not fire while the agent types or walks the sidebar.
const isolate = (event: Event) => event.stopPropagation();

/** The key a finding is known by across renders, to tell a new one. */
export const findingKey = (finding: Finding) => `${finding.rule}:${finding.start}:${finding.end}`;

export function SidebarView(props: ViewProps) {
  const { state, open, placement, t } = props;
  const report = state.report;
  const style: JSX.CSSProperties | undefined = placement
    ? { left: `${placement.left}px`, top: `${placement.top}px`, width: `${placement.width}px`, maxHeight: `${placement.maxHeight}px` }
    : undefined;
  const onEscape = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape') props.escape(event);
  });
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    onEscape(event);
  };
  return (
    <aside
      role="complementary"
      aria-label={t('sidebar')}
      lang={props.locale}
      class={placement ? 'panel floating' : 'panel'}
      data-collapsed={String(!open)}
      style={style}
      hidden={!open}
      onMouseDown={keepComposerFocus}
      onKeyDown={onKeyDown}
      onKeyUp={isolate}
      onKeyPress={isolate}
    >
      <Panel {...props} report={report} />
    </aside>
  );
}

/**
 * Said politely whenever the count changes, so that a screen reader hears of new findings without
 * losing its place; outside the panel, so that it speaks while the panel is collapsed too.
 */
export function Announcer({ report, t }: { report: Report | null; t: Translate }) {
  const count = report?.findings.filter(needsAttention).length ?? 0;
  return (
    <p class="sr" aria-live="polite" data-announce>
      {report && count > 0 ? t('toCheck', { count }) : ''}
    </p>
  );
}

/** The five steps as dots: filled when the draft has the step. */
export function StepDots({ report, t }: { report: Report | null; t: Translate }) {
  return (
    <span class="dots" aria-hidden="true">
      {STEPS.map((step) => (
        <span key={step} class="dot" data-dot={report?.steps[step] ? 'present' : 'missing'} title={t(`step.${step}`)} />
      ))}
    </span>
  );
}

export const stepsDone = (report: Report | null) => (report ? STEPS.filter((step) => report.steps[step]).length : 0);

/** One line: how many things to check, the steps, the customer's signals. */
function Summary({ report, t, toggle, actions }: ViewProps & { report: Report | null }) {
  const count = report?.findings.filter(needsAttention).length ?? 0;
  return (
    <header>
      <h2 tabIndex={-1} data-summary>
        <span class="count" data-count={count}>
          {count}
        </span>
        <span class="sr">{t('toCheck', { count })}, </span>
        <span aria-hidden="true">{t('toCheckShort')}</span>
      </h2>
      <StepDots report={report} t={t} />
      <span class="sr">{t('stepsDone', { done: stepsDone(report), total: STEPS.length })}</span>
      {report?.signals.map((signal) => (
        <span key={signal.signal} class="chip" data-chip={signal.signal}>
          {t(`chip.${signal.signal}`)}
        </span>
      ))}
      {actions.pinToSidePanel && (
        <button type="button" class="pin" data-action="pin" aria-label={t('pin')} title={t('pin')} onClick={trusted(() => actions.pinToSidePanel?.())}>
          {t('pinShort')}
        </button>
      )}
      <button type="button" class="close" data-action="collapse" aria-expanded="true" aria-label={t('collapse')} title={t('collapse')} onClick={trusted(toggle)}>
        ×
      </button>
    </header>
  );
}

function Panel(props: ViewProps & { report: Report | null }) {
  const { t, state, report } = props;
  const phrase = (text: string, badge?: string) => <PhraseButton text={text} badge={badge} placeholders={state.placeholders} actions={props.actions} t={t} />;
  const about = ['Ramah', state.composerLabel, report ? t('draftLanguage', { language: t(`language.${report.language}`) }) : undefined].filter(Boolean).join(' · ');
  return (
    <>
      <Summary {...props} />
      <p role="status" aria-live="polite" class="notice">
        {state.notice ?? ''}
      </p>
      {state.notice && state.undoable && props.actions.undo && (
        <button type="button" class="undo" data-action="undo" onClick={trusted(() => props.actions.undo?.())}>
          {t('undo')}
        </button>
      )}
      {report ? (
        <>
          <Findings findings={report.findings} t={t} actions={props.actions} language={report.language} />
          {report.signals.length > 0 && (
            <section aria-label={t('signals')}>
              {report.signals.map((signal) => (
                <Banner key={signal.signal} signal={signal} t={t} phrase={phrase} language={report.language} />
              ))}
              {report.handover && <Handover handover={report.handover} t={t} phrase={phrase} language={report.language} />}
              <NoteButtons report={report} t={t} actions={props.actions} />
            </section>
          )}
          <Search {...props} />
          {/* The steps are those of a reply to the customer: a note for colleagues has none to miss. */}
          {state.audience !== 'internal' && <Steps report={report} t={t} phrase={phrase} />}
          {report.gestures.length > 0 && <Gestures gestures={report.gestures} t={t} phrase={phrase} language={report.language} actions={props.actions} />}
        </>
      ) : (
        <>
          <p class="meta">{t('noDraft')}</p>
          <Search {...props} />
        </>
      )}
      {props.actions.savePhrase && <SavePhrase {...props} />}
      <p class="meta about" data-language={report?.language}>
        {about}
        {state.shortcut !== undefined && (
          <>
            {about && ' · '}
            <span data-shortcut>{state.shortcut ? t('shortcut', { keys: state.shortcut }) : t('shortcutUnset')}</span>
          </>
        )}
      </p>
    </>
  );
}

function PhraseButton({ text, placeholders, actions, badge, t }: { text: string; placeholders: PlaceholderValues; actions: SidebarActions; badge?: string; t: Translate }) {
  const filled = fillPlaceholders(text, placeholders);
  return (
    <button
      type="button"
      class="phrase"
      data-action="insert"
      aria-label={t('insertLabel', { text: badge ? `${filled.text} (${badge})` : filled.text })}
      onClick={trusted(() => actions.insertPhrase(filled.text, filled.unfilled))}
    >
      {filled.text}
      {badge && <span class="badge">{badge}</span>}
    </button>
  );
}

type PhraseFor = (text: string, badge?: string) => JSX.Element;

/** The customer's signal in one line; "more" opens its advice and phrases. */
function Banner({ signal, t, phrase, language }: { signal: SignalReport; t: Translate; phrase: PhraseFor; language: string }) {
  const title = t(`signal.${signal.signal}`);
  return (
    <details class="banner" data-context={signal.signal}>
      <summary>
        <strong>{title}</strong>
        {signal.guidance && <span class="line"> {signal.guidance}</span>}
        <span class="more">{t('more')}</span>
      </summary>
      {signal.guidance && <p>{signal.guidance}</p>}
      {signal.signal === 'escalation-request' && <p>{t('escalatingIsFine')}</p>}
      {signal.phrases.length > 0 && (
        <ul data-roving aria-label={t('phrasesFor', { topic: title })} lang={language} onKeyDown={trusted(onRovingKeyDown)}>
          {signal.phrases.map((p) => (
            <li key={p.id}>{phrase(p.text)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * Know your limits: for a request for a manager or abuse that goes on, why handing over is right, and the phrases that
 * tell the customer who takes over while the agent keeps the case (inserted like any phrase). The note is beside it.
 */
function Handover({ handover, t, phrase, language }: { handover: HandoverOffer; t: Translate; phrase: PhraseFor; language: string }) {
  const reasons = handover.reasons.filter((reason) => reason !== 'approval');
  if (reasons.length === 0) return null;
  return (
    <div class="handover" data-handover={reasons.join(' ')}>
      <h3>{t('handover.heading')}</h3>
      {reasons.map((reason) => (
        <p key={reason}>{t(`handover.why.${reason}`)}</p>
      ))}
      {handover.phrases.length > 0 && (
        <ul data-roving aria-label={t('handover.phrases')} lang={language} onKeyDown={trusted(onRovingKeyDown)}>
          {handover.phrases.map((p) => (
            <li key={p.id} data-phrase={p.id}>
              {phrase(p.text)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Document this (abuse, threat) and the hand-over note (a manager asked for, or abuse that goes on). */
function NoteButtons({ report, t, actions }: { report: Report; t: Translate; actions: SidebarActions }) {
  const kinds = notesFor(
    report.signals.map((signal) => signal.signal),
    report.handover,
  );
  const writeNote = actions.writeNote;
  if (!writeNote || kinds.length === 0) return null;
  return (
    <p class="notes">
      {kinds.map((kind) => (
        <button type="button" key={kind} data-action={NOTE_ACTION[kind]} title={t(`note.${kind}.hint`)} onClick={trusted(() => writeNote(kind))}>
          {t(`note.${kind}`)}
        </button>
      ))}
    </p>
  );
}

function Findings({ findings, t, actions, language }: { findings: Finding[]; t: Translate; actions: SidebarActions; language: string }) {
  return (
    <section aria-label={t('findings')}>
      <h3>{t('findings')}</h3>
      {findings.length === 0 ? (
        <p class="meta">{t('noFindings')}</p>
      ) : (
        <ul data-roving aria-label={t('findings')} onKeyDown={trusted(onRovingKeyDown)}>
          {findings.map((finding) => (
            <li key={findingKey(finding)} class="finding" data-rule={finding.rule} data-kind={finding.kind} data-key={findingKey(finding)} tabIndex={-1}>
              <p>{finding.message}</p>
              <AlsoLines finding={finding} t={t} />
              {finding.suggestions.length > 0 && (
                // The message is in the agent's language; the draft's words and their rewording in the draft's.
                <p lang={language}>
                  <del>{finding.text}</del> → <ins>{finding.suggestions[0]}</ins>
                </p>
              )}
              {finding.suggestions.map((suggestion, index) => (
                <button
                  type="button"
                  key={index}
                  class={index === 0 ? 'primary' : undefined}
                  data-action={index === 0 ? 'apply' : 'apply-other'}
                  data-index={index}
                  aria-label={t('applyLabel', { text: finding.text, suggestion })}
                  onClick={trusted(() => actions.applySuggestion(finding, index))}
                >
                  {index === 0 ? t('apply') : suggestion}
                </button>
              ))}
              <FindingActions finding={finding} t={t} actions={actions} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The other rules merged into the finding (`Finding.also`), one secondary line each under its message: two at most,
 * each cut at two lines (whole in its tooltip), then "+N" with the rest in its tooltip.
 */
function AlsoLines({ finding, t }: { finding: Finding; t: Translate }) {
  const { shown, hidden } = alsoLines(finding);
  if (shown.length === 0) return null;
  return (
    <div class="also">
      {shown.map((merged, index) => (
        <p key={merged.rule} data-also={merged.rule} title={merged.message}>
          {index === 0 && <span class="also-label">{t('also')} </span>}
          {merged.message}
        </p>
      ))}
      {hidden.length > 0 && (
        <span class="also-more" data-also-more={hidden.length} title={hidden.map((merged) => merged.message).join('\n')}>
          <span aria-hidden="true">+{hidden.length}</span>
          <span class="sr">{t('alsoMore', { count: hidden.length })}</span>
        </span>
      )}
    </div>
  );
}

/** The steps, each missing one with its phrases folded under it. */
function Steps({ report, t, phrase }: { report: Report; t: Translate; phrase: PhraseFor }) {
  const phrasesFor = (step: StepId) => report.phraseSuggestions.filter((p) => p.step === step);
  return (
    <section aria-label={t('steps')}>
      <h3>{t('steps')}</h3>
      <ul>
        {STEPS.map((step) => {
          const present = report.steps[step];
          const phrases = present ? [] : phrasesFor(step);
          const name = (
            <span class="step-name">
              {t(`step.${step}`)}
              <span class="sr">: {t(present ? 'present' : 'missing')}</span>
            </span>
          );
          return (
            <li key={step} class="step" data-step={step} data-state={present ? 'present' : 'missing'}>
              {phrases.length > 0 ? (
                <details>
                  <summary>
                    {name} <span class="meta">{t('phraseCount', { count: phrases.length })}</span>
                  </summary>
                  <ul data-roving aria-label={t('phrasesFor', { topic: t(`step.${step}`) })} lang={report.language} onKeyDown={trusted(onRovingKeyDown)}>
                    {phrases.map((p) => (
                      <li key={p.id}>{phrase(p.text)}</li>
                    ))}
                  </ul>
                </details>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Gestures({ gestures, t, phrase, language, actions }: { gestures: GestureOffer[]; t: Translate; phrase: PhraseFor; language: string; actions: SidebarActions }) {
  const writeNote = actions.writeNote;
  return (
    <div>
      <h3>{t('gestures')}</h3>
      <ul data-roving aria-label={t('gestures')} lang={language} onKeyDown={trusted(onRovingKeyDown)}>
        {gestures.map((g) => (
          <li key={g.id} data-gesture={g.id} data-approval={String(g.needsApproval)}>
            {phrase(g.text, g.needsApproval ? t('needsApproval') : undefined)}
          </li>
        ))}
      </ul>
      {gestures.some((g) => g.needsApproval) && (
        // Know your limits: what the agent may not give alone goes to the supervisor, with the same hand-over note.
        <div class="approval" data-approval-note>
          <p>{t('approval.say')}</p>
          {writeNote && (
            <button type="button" data-action="ask-approval" title={t('note.approval.hint')} onClick={trusted(() => writeNote('handover', 'supervisor'))}>
              {t('note.approval')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Phrases holding every word of the query, those in the draft's language first. */
export function searchPhrases(phrases: readonly Phrase[], query: string, language?: string): Phrase[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches = phrases.filter((p) => {
    const haystack = fold([p.text, p.step ?? '', p.signal ?? '', ...(p.tags ?? [])].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  return matches.sort((a, b) => Number(b.language === language) - Number(a.language === language)).slice(0, MAX_RESULTS);
}

function Search({ state, t, actions, search }: ViewProps) {
  const results = searchPhrases(state.allPhrases ?? [], state.query, state.report?.language);
  return (
    <div role="search">
      <h3>
        <label for="ramah-search">{t('search')}</label>
      </h3>
      <input id="ramah-search" type="search" value={state.query} autocomplete="off" spellcheck={false} onInput={trusted((e) => search((e.currentTarget as HTMLInputElement).value))} />
      {state.query.trim() &&
        (results.length === 0 ? (
          <p class="meta">{t('noResults')}</p>
        ) : (
          <ul data-roving aria-label={t('searchResults')} onKeyDown={trusted(onRovingKeyDown)}>
            {results.map((p) => {
              const filled = fillPlaceholders(p.text, state.placeholders);
              return (
                <li key={`${p.language}:${p.id}`} data-phrase={p.id} lang={p.language}>
                  <PhraseButton text={p.text} placeholders={state.placeholders} actions={actions} t={t} />
                  <button type="button" data-action="copy" aria-label={t('copyLabel', { text: filled.text })} onClick={trusted(() => actions.copy(filled.text))}>
                    {t('copy')}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
    </div>
  );
}

/** Saving a phrase into the agent's personal pack: from the words selected in the composer, or typed here. */
function SavePhrase({ state, t, phraseForm }: ViewProps) {
  const form = state.phraseForm;
  if (!form) {
    return (
      <div>
        <h3>{t('phrase.heading')}</h3>
        <button type="button" data-action="save-phrase" onClick={trusted(() => phraseForm.open())}>
          {t('phrase.save')}
        </button>
      </div>
    );
  }
  const submit = trusted((event: Event) => {
    event.preventDefault();
    void phraseForm.submit();
  });
  // Ctrl+Enter sends, as in most chat tools; Enter alone is a new line.
  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  });
  // The submit event itself is never acted on (see ../trusted.ts): the submit button's click sends.
  return (
    <form data-phrase-form onSubmit={(event) => event.preventDefault()} aria-busy={form.saving ? 'true' : undefined}>
      <h3>{t('phrase.heading')}</h3>
      <label for="ramah-phrase-text">{t('phrase.text')}</label>
      <textarea
        id="ramah-phrase-text"
        rows={4}
        maxLength={MAX_PHRASE_LENGTH}
        value={form.text}
        spellcheck={true}
        aria-describedby="ramah-phrase-hint"
        onInput={trusted((e) => phraseForm.change({ text: (e.currentTarget as HTMLTextAreaElement).value }))}
        onKeyDown={onKeyDown}
      />
      <p id="ramah-phrase-hint" class="meta">
        {t('phrase.hint')}
      </p>
      <label for="ramah-phrase-step">{t('phrase.step')}</label>
      <select id="ramah-phrase-step" value={form.step} onChange={trusted((e) => phraseForm.change({ step: (e.currentTarget as HTMLSelectElement).value as PhraseForm['step'] }))}>
        <option value="">{t('phrase.noStep')}</option>
        {STEPS.map((step) => (
          <option key={step} value={step}>
            {t(`step.${step}`)}
          </option>
        ))}
      </select>
      <p>
        <button type="submit" class="primary" data-action="submit-phrase" disabled={form.saving} onClick={submit}>
          {t('phrase.submit')}
        </button>
        <button type="button" data-action="cancel-phrase" onClick={trusted(() => phraseForm.cancel())}>
          {t('phrase.cancel')}
        </button>
      </p>
    </form>
  );
}
