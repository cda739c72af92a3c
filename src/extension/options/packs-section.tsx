/**
 * The installed packs, in order, and installing new ones. The service worker alone writes packs:
 * every change here is a request to it, and its reply's errors are shown as they came, as text.
 */
import { useState } from 'preact/hooks';
import type { PackError } from '../../engine/packs/schema.js';
import type { InstalledPack, PackSource } from '../packs/types.js';
import type { PackInstallReply, WorkerReply, WorkerRequest } from '../protocol.js';
import { isHttpsUrl } from '../settings/index.js';
import { ConfirmRemove, useFocusBack } from './confirm.js';
import { errorText, useOptions, type Options } from './context.js';
import { ErrorList, LockReason, Notice } from './controls.js';
import { downloadText, readChosenFile } from './files.js';
import { PersonalPhrases } from './personal-phrases.js';
import { matchesSearch } from './search.js';
import { personalPhrasesOf } from '../packs/personal.js';
import { isRefusal, send, type Refusal } from './worker.js';

interface Feedback {
  kind: 'ok' | 'error';
  text: string;
  errors?: readonly PackError[];
  /** The worker's own words, when it refused. */
  message?: string;
}

function FeedbackLine({ feedback }: { feedback: Feedback | null }) {
  if (!feedback) return null;
  return (
    <Notice kind={feedback.kind} text={feedback.text}>
      <ErrorList errors={feedback.errors ?? []} />
    </Notice>
  );
}

function installFeedback(t: Options['t'], reply: PackInstallReply | Refusal): Feedback {
  if (reply.ok) return { kind: 'ok', text: t('packs.installed', { name: reply.pack.name, version: reply.pack.version }) };
  return { kind: 'error', text: t('packs.refused', { message: reply.message ?? '?' }), errors: reply.errors ?? [] };
}

/** Whether the search finds the pack itself (its name, id or source), or only some of its phrases. */
function packFound(options: Options, pack: InstalledPack): 'pack' | 'phrases' | null {
  if (matchesSearch(options.terms, pack.name, pack.id, sourceText(options.t, pack.source))) return 'pack';
  if (pack.source.type !== 'personal') return null;
  const phrases = personalPhrasesOf(pack);
  return !('message' in phrases) && phrases.some((phrase) => matchesSearch(options.terms, phrase.text)) ? 'phrases' : null;
}

export function PacksSection() {
  const options = useOptions();
  const { t, data, readOnly, reload, formatTime } = options;
  const found = data.packs.map((pack) => packFound(options, pack));
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');

  const install = async (from: Extract<WorkerRequest, { kind: 'pack-install' }>['from']) => {
    setBusy(true);
    setFeedback({ kind: 'ok', text: t('packs.installing') });
    const reply = await send({ kind: 'pack-install', from });
    await reload();
    setBusy(false);
    setFeedback(installFeedback(t, reply));
    if (reply.ok && from.type === 'url') setUrl('');
  };

  const installFile = async (input: HTMLInputElement) => {
    const chosen = await readChosenFile(input).catch((error: unknown) => void setFeedback({ kind: 'error', text: t('packs.refused', { message: errorText(error) }) }));
    if (chosen) await install({ type: 'file', ...chosen });
  };

  const installUrl = (event: Event) => {
    event.preventDefault();
    const address = (new FormData(event.currentTarget as HTMLFormElement).get('url')?.toString() ?? '').trim();
    if (!isHttpsUrl(address)) return setFeedback({ kind: 'error', text: t('packs.url.invalid') });
    // No host permission is asked for a pack server: it would also let the content scripts run
    // there. The server allows CORS instead (docs/packs.md).
    void install({ type: 'url', url: address });
  };

  return (
    <section class="card" id="packs" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <p class="muted">{t('packs.intro')}</p>
      {data.policyProblems.length > 0 && (
        <ul class="policy-problems">
          {data.policyProblems.map(({ url, problem }) => (
            <li key={url}>
              <Notice kind="error" text={t('packs.policyProblem', { url, time: formatTime(problem.at), message: problem.message })} data-policy-problem={url}>
                <ErrorList errors={problem.errors} />
              </Notice>
            </li>
          ))}
        </ul>
      )}
      {data.packs.length === 0 && data.policyProblems.length === 0 ? (
        <p class="empty">{t('packs.empty')}</p>
      ) : (
        <ol class="pack-list">
          {data.packs.map((pack, index) => found[index] && <PackRow key={pack.id} pack={pack} index={index} count={data.packs.length} onlyFoundPhrases={found[index] === 'phrases'} />)}
        </ol>
      )}
      {data.packs.length > 0 && found.every((which) => which === null) && <p class="empty">{t('search.noPack')}</p>}
      <div class="install">
        <label class="field">
          <span>{t('packs.file.label')}</span>
          <input type="file" data-pack-file="" accept=".json,application/json" disabled={readOnly || busy} onChange={(event) => void installFile(event.currentTarget)} />
        </label>
        <form class="install-url" onSubmit={installUrl} noValidate>
          <label class="field">
            <span>{t('packs.url.label')}</span>
            <input
              type="url"
              name="url"
              data-pack-url=""
              value={url}
              placeholder={t('packs.url.placeholder')}
              disabled={readOnly || busy}
              aria-describedby="pack-url-hint"
              onInput={(event) => setUrl(event.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={readOnly || busy}>
            {t('packs.install')}
          </button>
          <p id="pack-url-hint" class="hint">
            {t('packs.url.hint')}
          </p>
        </form>
      </div>
      <FeedbackLine feedback={feedback} />
    </section>
  );
}

function sourceText(t: Options['t'], source: PackSource): string {
  switch (source.type) {
    case 'file':
      return t('pack.source.file', { name: source.name });
    case 'url':
      return t('pack.source.url', { url: source.url });
    case 'policy':
      return t('pack.source.policy', { url: source.url });
    case 'personal':
      return t('pack.source.personal');
  }
}

/** What a pack's row asks of the worker. */
type RowKind = 'pack-refresh' | 'pack-remove' | 'pack-move' | 'pack-enable' | 'pack-export';

function PackRow({ pack, index, count, onlyFoundPhrases }: { pack: InstalledPack; index: number; count: number; onlyFoundPhrases: boolean }) {
  const { t, readOnly, reload, formatTime } = useOptions();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The agent's click on "Enabled", shown until the list read back says it: the box must not spring back meanwhile.
  const [enabling, setEnabling] = useState<boolean | null>(null);
  const removeButton = useFocusBack<HTMLButtonElement>(confirming);
  const byPolicy = pack.source.type === 'policy';
  const personal = pack.source.type === 'personal';
  const fetched = pack.source.type === 'url' || byPolicy;

  const run = async <R extends Extract<WorkerRequest, { kind: RowKind }>>(request: R, done?: (reply: WorkerReply<R['kind']>) => Feedback | null) => {
    setBusy(true);
    const reply = await send(request);
    // The row stays busy until it shows what the worker did.
    await reload();
    setBusy(false);
    setEnabling(null);
    if (isRefusal(reply)) {
      const message = reply.message ?? '?';
      setFeedback({ kind: 'error', text: t('action.failed', { message }), errors: reply.errors ?? [], message });
    } else setFeedback(done?.(reply) ?? null);
  };

  // A newer version says which; a 304 or the same file again says the pack is up to date.
  const refreshed = (reply: PackInstallReply): Feedback | null => {
    if (!reply.ok) return null;
    if (reply.pack.updatedAt !== pack.updatedAt) return { kind: 'ok', text: t('pack.updatedTo', { name: reply.pack.name, version: reply.pack.version }) };
    return { kind: 'ok', text: t('pack.refreshed', { name: reply.pack.name }) };
  };

  const exportPack = () =>
    void run({ kind: 'pack-export', id: pack.id }, (reply) => {
      if (reply.ok) downloadText(reply.fileName, reply.text);
      return null;
    });

  // A refresh that failed is recorded as the pack's problem, shown with its time: not said twice.
  const said = feedback?.message !== undefined && feedback.message === pack.problem?.message ? null : feedback;
  const title = `${pack.id}-title`;
  return (
    <li class="pack" data-pack={pack.id} aria-labelledby={title}>
      <div class="pack-head">
        <strong id={title}>{pack.name}</strong>
        <code>{pack.id}</code>
        <span class="muted">{t('pack.version', { version: pack.version })}</span>
      </div>
      <p class="pack-meta muted">
        <span data-pack-source="">{sourceText(t, pack.source)}</span>
        {pack.installedAt !== pack.updatedAt && (
          <>
            {' · '}
            <span>{t('pack.installedAt', { time: formatTime(pack.installedAt) })}</span>
          </>
        )}
        {' · '}
        <span data-pack-updated="">{t('pack.updated', { time: formatTime(pack.updatedAt) })}</span>
        {fetched && pack.checkedAt !== undefined && pack.checkedAt !== pack.updatedAt && (
          <>
            {' · '}
            <span data-pack-checked="">{t('pack.checked', { time: formatTime(pack.checkedAt) })}</span>
          </>
        )}
      </p>
      {pack.problem && (
        <Notice kind="error" text={t('pack.problem', { time: formatTime(pack.problem.at), message: pack.problem.message })} data-pack-problem="">
          <ErrorList errors={pack.problem.errors} />
        </Notice>
      )}
      <div class="pack-actions">
        <label class="check">
          <input
            type="checkbox"
            data-pack-enabled=""
            checked={enabling ?? (pack.enabled || byPolicy)}
            disabled={readOnly || byPolicy || busy}
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              setEnabling(enabled);
              void run({ kind: 'pack-enable', id: pack.id, enabled });
            }}
          />
          <span>{t('pack.enabled')}</span>
        </label>
        {byPolicy && <LockReason />}
        {fetched && (
          <button
            type="button"
            disabled={readOnly || busy}
            onClick={() => void run({ kind: 'pack-refresh', id: pack.id }, refreshed)}
          >
            {t('pack.refresh')}
          </button>
        )}
        <button type="button" aria-label={t('pack.up', { name: pack.name })} title={t('pack.up', { name: pack.name })} disabled={readOnly || busy || index === 0} onClick={() => void run({ kind: 'pack-move', id: pack.id, to: index - 1 })}>
          ↑
        </button>
        <button
          type="button"
          aria-label={t('pack.down', { name: pack.name })}
          title={t('pack.down', { name: pack.name })}
          disabled={readOnly || busy || index === count - 1}
          onClick={() => void run({ kind: 'pack-move', id: pack.id, to: index + 1 })}
        >
          ↓
        </button>
        <button type="button" data-pack-export="" disabled={busy} onClick={exportPack}>
          {t('pack.export')}
        </button>
        {!byPolicy && !confirming && (
          <button type="button" class="danger" ref={removeButton.target} disabled={readOnly || busy} onClick={() => setConfirming(true)}>
            {personal ? t('pack.removeAllPersonal') : t('pack.remove')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmRemove
          // The agent's own phrases exist nowhere else: the question says so, and how to keep a copy.
          question={personal ? t('pack.removePersonalConfirm') : t('pack.removeConfirm', { name: pack.name })}
          busy={busy}
          onYes={() => {
            setConfirming(false);
            void run({ kind: 'pack-remove', id: pack.id });
          }}
          onNo={() => {
            removeButton.kept();
            setConfirming(false);
          }}
        />
      )}
      <FeedbackLine feedback={said} />
      {personal && <PersonalPhrases pack={pack} filtered={onlyFoundPhrases} />}
    </li>
  );
}
