/**
 * The week in review: the agent's own last 7 or 30 days, their export (counts only), Clear, and the
 * team view a team lead builds from several exports. It reads storage itself and follows changes
 * from the tabs as the worker writes them; the team view lives in this page only.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { RULES } from '../../engine/rules/index.js';
import { translator, type UiLocale } from '../i18n/messages.js';
import { downloadText } from '../options/files.js';
import type { Layered } from '../settings/index.js';
import { mergeSummaries, parseSummary, summarize, summaryFingerprint, WINDOWS, exportCsv, exportJson, type WeekStore, type WeekSummary, type WindowDays } from './model.js';
import { weekTranslator, type WeekTranslate } from './messages.js';
import { Review } from './review.js';
import { clearWeek } from './store.js';

export interface WeekPageProps {
  locale: UiLocale;
  store: WeekStore;
  recording: Layered<boolean>;
  /** Today, as the windows end. */
  today: Date;
  onOptions(): void;
}

type Feedback = { kind: 'ok' | 'error'; lines: string[] } | null;

function ExportButtons({ summary, t, name }: { summary: WeekSummary; t: WeekTranslate; name: string }) {
  const base = `ramah-${name}-${summary.from}_${summary.to}`;
  return (
    <>
      <button type="button" data-export={`${name}-json`} onClick={() => downloadText(`${base}.json`, exportJson(summary))}>
        {t('export.json')}
      </button>
      <button type="button" data-export={`${name}-csv`} onClick={() => downloadText(`${base}.csv`, exportCsv(summary), document, 'text/csv')}>
        {t('export.csv')}
      </button>
    </>
  );
}

export function WeekPage({ locale, store, recording, today, onOptions }: WeekPageProps) {
  const t = useMemo(() => weekTranslator(locale), [locale]);
  const ui = useMemo(() => translator(locale), [locale]);
  const [days, setDays] = useState<WindowDays>(7);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<string>('');
  const [team, setTeam] = useState<WeekSummary[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const summary = useMemo(() => summarize(store, today, days), [store, today, days]);
  const merged = useMemo(() => mergeSummaries(team), [team]);
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const date = (day: string) => format.format(new Date(`${day}T12:00:00`));
  const ruleDescription = (id: string) => {
    const rule = RULES.find((candidate) => candidate.meta.id === id);
    return rule ? (rule.meta.description[locale] ?? rule.meta.description.en) : undefined;
  };
  const recordingText = recording.value ? t('recording.on') : recording.locked ? t('recording.offByPolicy') : t('recording.offByYou');

  const clear = () => {
    void clearWeek().then(
      () => setStatus(t('cleared')),
      (error: unknown) => setStatus(t('failed', { error: String((error as Error)?.message ?? error) })),
    );
    setAsking(false);
  };

  const importFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    const known = new Set(team.map(summaryFingerprint));
    const added: WeekSummary[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const result = parseSummary(await file.text().catch((error: unknown) => `\u0000${String(error)}`));
      if (!result.ok) {
        refused.push(t('team.refused', { file: file.name, error: result.error }));
        continue;
      }
      const fingerprint = summaryFingerprint(result.summary);
      if (known.has(fingerprint)) {
        refused.push(t('team.duplicate', { file: file.name }));
        continue;
      }
      known.add(fingerprint);
      added.push(result.summary);
    }
    if (added.length > 0) setTeam((current) => [...current, ...added]);
    setFeedback(refused.length > 0 ? { kind: 'error', lines: [...(added.length > 0 ? [t('team.added', { count: added.length })] : []), ...refused] } : { kind: 'ok', lines: [t('team.added', { count: added.length })] });
  };

  return (
    <div class="page week" data-ramah-week="">
      <header class="top">
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('title')}</h1>
      </header>
      <main>
        <section class="card" id="mine" aria-labelledby="mine-title">
          <div class="week-head">
            <h2 id="mine-title">{t(days === 7 ? 'window.7' : 'window.30')}</h2>
            <div class="window-switch" role="group" aria-label={t('window.label')}>
              {WINDOWS.map((window) => (
                <button key={window} type="button" data-window={window} aria-pressed={days === window ? 'true' : 'false'} onClick={() => setDays(window)}>
                  {t(`window.${window}`)}
                </button>
              ))}
            </div>
          </div>
          <p class="muted" data-period="">
            {t('period', { from: date(summary.from), to: date(summary.to) })}
          </p>
          <p class="muted">{t('intro')}</p>
          <p class={recording.value ? 'recording on' : 'recording off'} data-recording={recording.value ? 'on' : recording.locked ? 'policy-off' : 'off'}>
            {recordingText}{' '}
            {!recording.locked && (
              <button type="button" class="link" data-open-options="" onClick={onOptions}>
                {t('options')}
              </button>
            )}
          </p>
          <Review summary={summary} t={t} ui={ui} ruleDescription={ruleDescription} scope="mine" />
          <div class="row actions">
            <ExportButtons summary={summary} t={t} name="week" />
            <span class="hint">{t('export.hint')}</span>
          </div>
          <div class="row actions">
            {asking ? (
              <div class="confirm" role="group" aria-label={t('clear.confirm')} onKeyDown={(event) => event.key === 'Escape' && (setAsking(false), clearButton.current?.focus())}>
                <p>{t('clear.confirm')}</p>
                <button type="button" class="danger" data-confirm-clear="" onClick={clear}>
                  {t('clear.yes')}
                </button>
                <button type="button" ref={(button) => button?.focus()} onClick={() => setAsking(false)}>
                  {t('clear.no')}
                </button>
              </div>
            ) : (
              <button type="button" class="danger" data-clear-week="" ref={clearButton} onClick={() => setAsking(true)}>
                {t('clear')}
              </button>
            )}
          </div>
          <div class="status" role="status" aria-live="polite" data-week-status="">
            {status}
          </div>
        </section>

        <section class="card" id="team" aria-labelledby="team-title">
          <h2 id="team-title">{t('team.title')}</h2>
          <p class="muted">{t('team.intro')}</p>
          <div class="row actions">
            <label class="field">
              <span>{t('team.import')}</span>
              <input type="file" multiple data-import-summaries="" accept=".json,application/json" onChange={(event) => void importFiles(event.currentTarget)} />
            </label>
            {merged && (
              <button type="button" class="quiet" data-clear-team="" onClick={() => (setTeam([]), setFeedback(null))}>
                {t('team.clear')}
              </button>
            )}
          </div>
          {feedback && (
            <div class={`notice ${feedback.kind}`} role={feedback.kind === 'error' ? 'alert' : 'status'} data-import-feedback="">
              {feedback.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
          {merged && (
            <>
              <p class="muted" data-team-count={merged.summaries}>
                {t('team.count', { count: merged.summaries, from: date(merged.from), to: date(merged.to) })}
              </p>
              <Review summary={merged} t={t} ui={ui} ruleDescription={ruleDescription} scope="team" />
              <div class="row actions">
                <ExportButtons summary={merged} t={t} name="team" />
              </div>
            </>
          )}
        </section>
      </main>
    </div>
  );
}

/** Opens the options page from the week page. */
export const openOptions = () => void browser.runtime.openOptionsPage();
