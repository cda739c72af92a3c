/**
 * Messages between Ramah's contexts, as discriminated unions with one handler each.
 * Everything here is plain data: it crosses from the service worker to the tab, from the pages and
 * the content script to the worker, and from the isolated content script to the MAIN-world bridge
 * as JSON in a CustomEvent.
 */
import type { PackError } from '../engine/packs/schema.js';
import type { Language, StepId } from '../engine/report.js';
import type { SiteConfig } from './settings/index.js';
import type { InstalledPack, PolicyPackProblem } from './packs/types.js';

/** From the service worker to the content script of a tab. */
export type TabMessage = { kind: 'toggle-sidebar' };

/** The `commands` entry in manifest.json that opens and closes the sidebar. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/** A phrase the agent saves from the sidebar into the personal pack. */
export interface PersonalPhrase {
  text: string;
  /** The language of the draft it was saved from. */
  language: Language;
  step?: StepId;
}

/**
 * From the content script, the popup and the options page to the service worker, which alone
 * writes the packs. Each request has its reply type in `WorkerReplies`; which contexts may send it
 * is in background/senders.ts.
 */
export type WorkerRequest =
  /** What applies on a page, with the packs that apply there, in order, as validated JSON. */
  | { kind: 'site-config'; url: string }
  | { kind: 'packs-list' }
  /** Installs or replaces a pack: from a file's text, or from an https URL. */
  | { kind: 'pack-install'; from: { type: 'file'; name: string; text: string } | { type: 'url'; url: string } }
  /** Asks a URL pack's server now instead of waiting for the schedule. */
  | { kind: 'pack-refresh'; id: string }
  | { kind: 'pack-remove'; id: string }
  | { kind: 'pack-move'; id: string; to: number }
  | { kind: 'pack-enable'; id: string; enabled: boolean }
  | { kind: 'pack-export'; id: string }
  | { kind: 'personal-phrase-save'; phrase: PersonalPhrase }
  | { kind: 'personal-phrase-remove'; id: string };

export type PackInstallReply = { ok: true; pack: InstalledPack } | { ok: false; message: string; errors: PackError[] };

export interface WorkerReplies {
  'site-config': { config: SiteConfig; packs: unknown[]; problems: string[] };
  /** In storage order; `policyProblems` are the admin's pack URLs that could not be installed yet. */
  'packs-list': { packs: InstalledPack[]; policyProblems: PolicyPackProblem[] };
  'pack-install': PackInstallReply;
  'pack-refresh': PackInstallReply;
  'pack-remove': { ok: boolean; message?: string };
  'pack-move': { ok: boolean; message?: string };
  'pack-enable': { ok: boolean; message?: string };
  'pack-export': { ok: true; fileName: string; text: string } | { ok: false; message: string };
  'personal-phrase-save': { ok: true; id: string } | { ok: false; message: string };
  'personal-phrase-remove': { ok: boolean; message?: string };
}

export type WorkerReply<K extends WorkerRequest['kind']> = WorkerReplies[K];

/**
 * The isolated content script asks the MAIN-world bridge, which can reach the editors' own
 * objects (element.ckeditorInstance, __lexicalEditor, React props...), by dispatching this event on
 * the composer; the bridge answers synchronously with BRIDGE_REPLY on the same element.
 */
export const BRIDGE_REQUEST = 'ramah:bridge-request';
export const BRIDGE_REPLY = 'ramah:bridge-reply';

export type BridgeRequest =
  /** Which editor object the bridge reaches for this composer. */
  | { op: 'probe' }
  /** The draft as the editor's model holds it, blocks joined by '\n'. */
  | { op: 'text' }
  /** Close the editor's running undo step, so that the next edit is an undo step of its own. */
  | { op: 'begin' }
  /** After an edit: keep it an undo step of its own where the editor merged it (Slate). */
  | { op: 'end' }
  /** Replace the text between two offsets of the composer's text map, through the editor's API. */
  | { op: 'insert'; start: number; end: number; text: string };

export type BridgeReply =
  | { op: 'probe'; editor: string | null }
  | { op: 'text'; text: string | null }
  | { op: 'begin'; closed: boolean }
  | { op: 'end' }
  | { op: 'insert'; ok: boolean; how?: string; error?: string };

export interface BridgeEnvelope<T> {
  id: string;
  body: T;
}
