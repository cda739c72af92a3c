/**
 * The warnings agents reported as wrong, kept in this browser only: how many, which, and for a team
 * lead an export as candidates for the labelled test drafts, and a Clear.
 */
import { useEffect, useState } from 'preact/hooks';
import { CANDIDATES_FILE_NAME, clearWrongWarnings, exportCandidates, readWrongWarnings, WRONG_WARNINGS_KEY, type WrongWarning } from '../feedback/reports.js';
import { onStoredChange } from '../settings/store.js';
import { ConfirmRemove } from './confirm.js';
import { errorText, useOptions } from './context.js';
import { downloadText } from './files.js';

/** The newest this many are listed; the export holds them all. */
const LISTED = 20;

export function WrongWarningsSection() {
  const { t, formatTime } = useOptions();
  const [reports, setReports] = useState<WrongWarning[]>([]);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () => void readWrongWarnings().then(setReports, (error: unknown) => setStatus(t('action.failed', { message: errorText(error) })));
    load();
    return onStoredChange([WRONG_WARNINGS_KEY], load);
  }, [t]);

  const clear = async () => {
    setAsking(false);
    try {
      await clearWrongWarnings();
      setStatus(t('reports.cleared'));
    } catch (error) {
      setStatus(t('action.failed', { message: errorText(error) }));
    }
  };

  return (
    <section class="card" id="reports" data-wrong-warnings={reports.length} aria-labelledby="reports-title">
      <h2 id="reports-title">{t('reports.title', { count: reports.length })}</h2>
      <p class="muted">{t('reports.intro')}</p>
      {reports.length === 0 ? (
        <p class="muted">{t('reports.empty')}</p>
      ) : (
        <>
          <ul class="reports">
            {reports
              .slice(-LISTED)
              .reverse()
              .map((report) => (
                <li key={`${report.at}:${report.rule}:${report.text}`} data-rule={report.rule} lang={report.language}>
                  <span class="muted">
                    {t('reports.rule', { rule: report.rule })} · {formatTime(report.at)}
                  </span>
                  <br />
                  <q>{report.sentence}</q>
                </li>
              ))}
          </ul>
          <div class="row">
            <button type="button" data-export-reports="" onClick={() => downloadText(CANDIDATES_FILE_NAME, exportCandidates(reports))}>
              {t('reports.export')}
            </button>
            {!asking && (
              <button type="button" class="danger" data-clear-reports="" onClick={() => setAsking(true)}>
                {t('reports.clear')}
              </button>
            )}
          </div>
          {asking && <ConfirmRemove question={t('reports.clearConfirm')} busy={false} onYes={() => void clear()} onNo={() => setAsking(false)} />}
        </>
      )}
      {status && (
        <p class="muted" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
