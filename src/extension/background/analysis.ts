/**
 * The engine, in the worker: one for the whole browser, prepared once, in short steps (`EngineWarmUp`), so that the
 * helpdesk pages' content scripts carry none of it. A content script asks for an analysis of its draft; the worker
 * analyses it with what applies on the sender's own page (its settings and packs, as `site-config` says), never with
 * settings or packs a message names. The draft goes from the content script to the extension's own worker, no further.
 */
import { analyze } from '../../engine/analyze.js';
import { detectLanguage } from '../../engine/language.js';
import { handoverNote, incidentNote } from '../../engine/notes.js';
import { libraryFor } from '../../engine/packs/library.js';
import { parsePack, type Pack } from '../../engine/packs/schema.js';
import type { Phrase } from '../../engine/report.js';
import { addressedName } from '../../engine/text/address.js';
import { toDocument } from '../../engine/text/document.js';
import { parseAnalysisInput, parseNoteInput, type AnalysisReply, type NoteReply, type WorkerReplies, type WorkerRequest } from '../protocol.js';
import { engineRules, type SiteConfig } from '../settings/index.js';
import type { EngineWarmUp } from './engine-warm-up.js';

/** What applies on one page, ready for the engine. */
export interface AnalysisSetup {
  config: SiteConfig;
  rules: ReturnType<typeof engineRules>;
  packs: readonly Pack[];
}

/** What `site-config` answers for a page: the config and its packs as stored JSON, and what could not be read. */
export interface SiteConfigReply {
  config: SiteConfig;
  packs: unknown[];
  problems?: string[];
}

export interface AnalysisServiceOptions {
  /** What applies on a page (background/site-config.ts). */
  siteConfig: (url: string) => Promise<SiteConfigReply>;
  /** The engine's preparation; analyses wait until it is `ready`. */
  warmUp: Pick<EngineWarmUp, 'ready' | 'start' | 'whenReady'>;
}

/** A phrase the sidebar saves, as the content script sends it. */
type UnsavedPhrase = Extract<WorkerRequest, { kind: 'personal-phrase-save' }>['phrase'];

/** How many sites' setups are kept parsed: an agent works in a few helpdesks at once. */
const SETUPS_KEPT = 8;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/**
 * Answers the content scripts' engine requests. `url` is the sender's page, as the browser gives it
 * (`siteConfigUrl`); the inputs are checked here, since a renderer the page has compromised may have written them.
 */
export function createAnalysisService({ siteConfig, warmUp }: AnalysisServiceOptions) {
  // Read and parsed once per site (the settings apply by host) until storage changes (`forget`), not at every typing
  // pause: reading them takes every installed pack out of storage. The packs are checked again here, since storage is
  // not to be trusted.
  const setups = new Map<string, Promise<AnalysisSetup>>();
  const setupFor = (url: string): Promise<AnalysisSetup> => {
    const host = hostOf(url);
    const known = setups.get(host);
    if (known) {
      // The most recently used last, so that the oldest goes first.
      setups.delete(host);
      setups.set(host, known);
      return known;
    }
    const setup = siteConfig(url).then((reply) => {
      // A read that went wrong (an unread policy, a broken pack) is read again next time rather than kept.
      if (reply.problems?.length) forget(host, setup);
      const packs = reply.packs.flatMap((json) => {
        const parsed = parsePack(json);
        return parsed.ok ? [parsed.pack] : [];
      });
      return { config: reply.config, rules: engineRules(reply.config), packs };
    });
    setup.catch(() => forget(host, setup));
    setups.set(host, setup);
    if (setups.size > SETUPS_KEPT) setups.delete(setups.keys().next().value!);
    return setup;
  };
  /** Drops a site's setup, unless a newer read took its place. */
  const forget = (host: string, setup: Promise<AnalysisSetup>) => {
    if (setups.get(host) === setup) setups.delete(host);
  };

  /** Resolves once the engine is ready; every waiting analysis is released, each under a key of its own. */
  const ready = (): Promise<void> => (warmUp.ready ? Promise.resolve() : new Promise((resolve) => warmUp.whenReady(Symbol('analysis'), resolve)));

  const failed = (error: unknown) => ({ ok: false as const, message: (error as Error)?.message || String(error) });

  return {
    /** Settings, policy or packs changed in storage: every site's setup is read again at its next request. */
    forget(): void {
      setups.clear();
    },

    /** A composer has the focus or the agent types: the engine is prepared in the worker's idle time. */
    prepare(): WorkerReplies['engine-prepare'] {
      warmUp.start();
      return { ok: true };
    },

    async analyze(input: unknown, url: string): Promise<AnalysisReply> {
      const checked = parseAnalysisInput(input);
      if (!checked) return { ok: false, message: 'Not an analysis request.' };
      try {
        const [setup] = await Promise.all([setupFor(url), ready()]);
        const addressed = checked.customerName ? addressedName(checked.draft, checked.customerName) : undefined;
        const name = addressed ?? checked.customerName;
        const placeholders = {
          ...(name ? { customer_name: name } : {}),
          ...(checked.orderId ? { order_id: checked.orderId } : {}),
          ...(setup.config.agentName ? { agent_name: setup.config.agentName } : {}),
        };
        const report = analyze(checked.draft, {
          placeholders,
          customerMessage: checked.customerMessage,
          earlierCustomerMessages: checked.earlierCustomerMessages,
          audience: checked.audience,
          language: setup.config.language.value,
          tier: setup.config.tier.value,
          messageLanguage: checked.messageLanguage,
          rules: setup.rules,
          packs: setup.packs,
        });
        // What is left of the preparation goes on in idle time.
        warmUp.start();
        return { ok: true, report, ...(addressed ? { addressed } : {}) };
      } catch (error) {
        console.error('[Ramah] the analysis failed', error);
        return failed(error);
      }
    },

    async note(input: unknown, url: string): Promise<NoteReply> {
      const checked = parseNoteInput(input);
      if (!checked) return { ok: false, message: 'Not a note request.' };
      try {
        const setup = await setupFor(url);
        const options = {
          customerMessage: checked.customerMessage,
          at: new Date(checked.at),
          timeZone: checked.timeZone,
          ticket: checked.ticket,
          language: checked.language,
          packs: setup.packs,
          placeholders: checked.placeholders,
          forApproval: checked.forApproval,
        };
        const note = checked.note === 'incident' ? incidentNote(checked.draft, options) : handoverNote(checked.draft, options);
        return { ok: true, note: note ? { text: note.text, unfilled: note.unfilled } : null };
      } catch (error) {
        return failed(error);
      }
    },

    /** The phrases the sidebar searches: the packs' that apply on the page, without the note templates. */
    async phrases(url: string): Promise<WorkerReplies['phrases']> {
      try {
        const setup = await setupFor(url);
        const phrases: Phrase[] = libraryFor(setup.packs, true).phrases.filter((phrase) => !phrase.tags?.includes('note'));
        return { ok: true, phrases };
      } catch (error) {
        return failed(error);
      }
    },

    /**
     * A phrase saved from a draft the page has no report of yet, with the language told from its words. Anything
     * else goes on as it came (no text, an empty one, a language given): the personal pack checks it and says why.
     */
    withLanguage(phrase: UnsavedPhrase): UnsavedPhrase {
      // Checked here too: the request comes from a content script, and may not be what its type says.
      const given: unknown = phrase;
      if (typeof given !== 'object' || given === null) return phrase;
      const { text, language } = given as { text?: unknown; language?: unknown };
      if (language !== undefined || typeof text !== 'string' || !text.trim()) return phrase;
      return { ...phrase, language: detectLanguage(toDocument(text)) };
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
