/**
 * "Save as my phrase": the form's controls, for the panel in the page and the browser's side panel
 * alike. The text starts from what the agent selected in the composer; a failed save keeps the form
 * open with what was typed, so that nothing is lost.
 */
import type { Translate } from '../i18n/messages.js';
import type { PhraseForm, SidebarActions, SidebarState } from './types.js';
import type { PhraseFormControls } from './view.js';

export interface PhraseFormHost {
  state(): SidebarState;
  /** Merges into the state and draws it. */
  update(patch: Partial<SidebarState>): void;
  actions: Pick<SidebarActions, 'selectedText' | 'savePhrase'>;
  t: Translate;
  /** Moves the focus to the first element matching `selector`. */
  focus(selector: string): void;
}

export function phraseFormControls(host: PhraseFormHost): PhraseFormControls {
  const { actions, t } = host;
  return {
    open() {
      host.update({ phraseForm: { text: actions.selectedText?.() ?? '', step: '', saving: false } });
      host.focus('#ramah-phrase-text');
    },
    change(patch: Partial<Pick<PhraseForm, 'text' | 'step'>>) {
      const form = host.state().phraseForm;
      if (form) host.update({ phraseForm: { ...form, ...patch } });
    },
    cancel() {
      host.update({ phraseForm: null });
      host.focus('[data-action="save-phrase"]');
    },
    async submit() {
      const form = host.state().phraseForm;
      if (!form || form.saving || !actions.savePhrase) return;
      const text = form.text.trim();
      if (!text) return host.update({ notice: t('notice.phraseEmpty') });
      host.update({ phraseForm: { ...form, saving: true } });
      const result = await actions.savePhrase({ text, ...(form.step ? { step: form.step } : {}) }).catch((error: unknown) => ({ ok: false as const, message: String((error as Error)?.message ?? error) }));
      if (result.ok) {
        host.update({ phraseForm: null, notice: t('notice.phraseSaved') });
        host.focus('[data-action="save-phrase"]');
      } else {
        const current = host.state().phraseForm;
        host.update({ phraseForm: current && { ...current, saving: false }, notice: t('notice.phraseNotSaved', { reason: result.message }) });
      }
    },
  };
}
