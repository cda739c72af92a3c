/** The agent's settings to a file and back. A file that is not Ramah's settings changes nothing. */
import { useState } from 'preact/hooks';
import { exportSettings, importSettings } from '../settings/index.js';
import { errorText, useOptions } from './context.js';
import { Notice, type NoticeKind } from './controls.js';
import { downloadText, readChosenFile } from './files.js';

const SETTINGS_FILE_NAME = 'ramah-settings.json';

export function BackupSection() {
  const { t, data, readOnly, write } = useOptions();
  const [feedback, setFeedback] = useState<{ kind: NoticeKind; text: string; problems?: string[] } | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const chosen = await readChosenFile(input).catch((error: unknown) => void setFeedback({ kind: 'error', text: t('backup.refused', { error: errorText(error) }) }));
    if (!chosen) return;
    const result = importSettings(chosen.text);
    if (!result.ok) return setFeedback({ kind: 'error', text: t('backup.refused', { error: result.error }) });
    // The file replaces the settings as a whole, written like any other change.
    const saved = await write((settings) => void Object.assign(settings, result.settings));
    if (!saved) return;
    setFeedback(
      result.problems.length > 0 ? { kind: 'warning', text: t('backup.importProblems'), problems: result.problems } : { kind: 'ok', text: t('backup.imported') },
    );
  };

  return (
    <section class="card" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p class="muted">{t('backup.intro')}</p>
      <div class="row">
        <button type="button" data-export-settings="" onClick={() => downloadText(SETTINGS_FILE_NAME, exportSettings(data.user))}>
          {t('backup.export')}
        </button>
        <label class="field">
          <span>{t('backup.import')}</span>
          <input type="file" data-import-settings="" accept=".json,application/json" disabled={readOnly} onChange={(event) => void importFile(event.currentTarget)} />
        </label>
      </div>
      {feedback && (
        <Notice kind={feedback.kind} text={feedback.text} data-import-result="">
          {feedback.problems && (
            <ul class="errors">
              {feedback.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
    </section>
  );
}
