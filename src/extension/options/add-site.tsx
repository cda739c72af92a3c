/** Adds a site by host: the browser grants access first, and only then is the site written. */
import { useState } from 'preact/hooks';
import { normalizeHostPattern, originPattern } from '../settings/index.js';
import { requestOrigins, useOptions } from './context.js';
import { Notice } from './controls.js';

export function AddSite() {
  const { t, data, readOnly, write } = useOptions();
  const [value, setValue] = useState('');
  const [feedback, setFeedback] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    // What the field holds now, even if its last keystroke has not rendered yet.
    const text = new FormData(event.currentTarget as HTMLFormElement).get('site')?.toString() ?? '';
    const host = normalizeHostPattern(text);
    if (!host) return setFeedback({ kind: 'error', text: t('sites.add.invalid', { text: text.trim() }) });
    if (data.sites.some((site) => site.host === host)) return setFeedback({ kind: 'error', text: t('sites.add.exists', { host }) });
    setFeedback(null);
    // Straight from the submit, before any await: the browser asks only during the user's gesture.
    requestOrigins([originPattern(host)]).then(
      async (granted) => {
        if (!granted) return setFeedback({ kind: 'error', text: t('site.refused', { host }) });
        if (await write((settings) => void (settings.sites[host] = { ...settings.sites[host], enabled: true }))) {
          setValue('');
          setFeedback({ kind: 'ok', text: t('sites.add.added', { host }) });
        }
      },
      (error: Error) => setFeedback({ kind: 'error', text: t('action.failed', { message: error.message }) }),
    );
  };

  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <label class="field">
        <span>{t('sites.add.label')}</span>
        <input
          type="text"
          name="site"
          data-add-site=""
          value={value}
          placeholder={t('sites.add.placeholder')}
          spellcheck={false}
          autocomplete="off"
          disabled={readOnly}
          aria-describedby="add-site-hint"
          aria-invalid={feedback?.kind === 'error' ? 'true' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={readOnly}>
        {t('sites.add.button')}
      </button>
      <p id="add-site-hint" class="hint">
        {t('sites.add.hint')}
      </p>
      {feedback && <Notice kind={feedback.kind} text={feedback.text} />}
    </form>
  );
}
