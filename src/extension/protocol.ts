/**
 * Messages between Ramah's contexts, as discriminated unions with one handler each.
 * Everything here is plain data: it crosses from the service worker to the tab, from the pages and
 * the content script to the worker, and from the isolated content script to the MAIN-world bridge
 * as JSON in a CustomEvent.
 */
import * as v from 'valibot';
import type { PackError } from '../engine/packs/schema.js';
import { LANGUAGES, STEPS, type Finding, type Language, type Phrase, type Report, type StepId } from '../engine/report.js';
import type { FilledText, PlaceholderValues } from '../engine/packs/placeholders.js';
import type { NoteKind } from '../engine/notes.js';
import { UI_LOCALES, type UiLocale } from './i18n/messages.js';
import { FINDING_ACTIONS } from './finding-actions.js';
import { NOTE_ADDRESSEES } from './note-kinds.js';
import type { RuleSetting, SiteConfig } from './settings/index.js';
import type { InstalledPack, PolicyPackProblem } from './packs/types.js';
import type { DayCounts } from './week/model.js';

/** From the service worker to the content script of a tab. */
export type TabMessage = { kind: 'toggle-sidebar' } | { kind: 'next-finding' };

/** The `commands` entry in manifest.json that opens and closes the sidebar. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
/** The `commands` entry in manifest.json that opens the card of the next underlined finding. */
export const NEXT_FINDING_COMMAND = 'next-finding';

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
  /**
   * What applies on a page, with the packs that apply there, in order, as validated JSON. Only
   * Ramah's own pages name the page (the popup asks about the active tab); for a content script
   * the page is the sender's own address, whatever the message says (background/senders.ts).
   */
  | { kind: 'site-config'; url?: string }
  /** The keys the agent set for the shortcut, for the sidebar to show them. */
  | { kind: 'shortcut' }
  | { kind: 'packs-list' }
  /** Installs or replaces a pack: from a file's text, or from an https URL. */
  | { kind: 'pack-install'; from: { type: 'file'; name: string; text: string } | { type: 'url'; url: string } }
  /** Asks a URL pack's server now instead of waiting for the schedule. */
  | { kind: 'pack-refresh'; id: string }
  | { kind: 'pack-remove'; id: string }
  | { kind: 'pack-move'; id: string; to: number }
  | { kind: 'pack-enable'; id: string; enabled: boolean }
  | { kind: 'pack-export'; id: string }
  /** Without a language when the page does not know the draft's: the worker, which has the engine, tells it from the phrase. */
  | { kind: 'personal-phrase-save'; phrase: Omit<PersonalPhrase, 'language'> & { language?: Language } }
  /**
   * A finding's "Turn off on this site": the rule off for the site of the sender's tab (never an
   * address in the message). `restore` is the Undo: the setting the reply said was there before.
   */
  | { kind: 'site-rule-off'; rule: string; restore?: RuleSetting | null }
  | { kind: 'personal-phrase-remove'; id: string }
  /**
   * Pins Ramah to the browser's side panel on the sender's site, or back into the page. `open`: the
   * agent clicked "Pin" in the page, so the worker opens the side panel first, inside that click's
   * user gesture, and pins only if it opened.
   */
  | { kind: 'side-panel-pin'; pinned: boolean; open: boolean }
  /** Counts for the week in review (week/model.ts): rule, step and signal ids, never words. The worker checks them. */
  | { kind: 'week-record'; counts: DayCounts }
  /**
   * The engine runs in the worker, once for the browser (background/analysis.ts): a composer gained the focus or the
   * agent types, so that it is prepared by the pause. Only content scripts ask; the worker answers at once.
   */
  | { kind: 'engine-prepare' }
  /** One analysis of a draft, with what applies on the sender's own page (its settings and packs, as `site-config`). */
  | { kind: 'analyze'; input: AnalysisInput }
  /** A note of Document this or the hand-over, from the reply being written and the customer's message. */
  | { kind: 'note'; input: NoteInput }
  /** The phrases of the packs that apply on the sender's page, for the sidebar's search (no note templates). */
  | { kind: 'phrases' };

/**
 * What the content script sends for one analysis: the ends of the draft and of the customer's message (`tailOf`), and
 * what the page says; the worker adds what applies on the sender's page. Checked in the worker (`parseAnalysisInput`).
 */
export interface AnalysisInput {
  draft: string;
  customerMessage?: string;
  /** The customer's messages before it, oldest first. */
  earlierCustomerMessages: string[];
  /** The customer's name as the page shows it; the worker prefers how the draft addresses them ("Kak Rina"). */
  customerName?: string;
  orderId?: string;
  audience: 'customer' | 'internal';
  /** Ramah's own words (the findings' advice) in the agent's language; rewordings stay in the draft's. */
  messageLanguage: UiLocale;
}

export type AnalysisReply =
  /** `addressed`: how the draft addresses the customer, for `{customer_name}` in the sidebar's phrases. */
  | { ok: true; report: Report; addressed?: string }
  | { ok: false; message: string };

export interface NoteInput {
  note: NoteKind;
  draft: string;
  customerMessage: string;
  /** The agent's clock (ms since 1970) and time zone: the note says when. */
  at: number;
  timeZone?: string;
  ticket?: { url?: string; number?: string };
  language?: Language;
  placeholders: PlaceholderValues;
  forApproval?: string[];
}

export type NoteReply = { ok: true; note: FilledText | null } | { ok: false; message: string };

export type PackInstallReply = { ok: true; pack: InstalledPack } | { ok: false; message: string; errors: PackError[] };

export interface WorkerReplies {
  'site-config': { config: SiteConfig; packs: unknown[]; problems: string[] };
  /** '' when the agent set none. */
  shortcut: { keys: string };
  /** In storage order; `policyProblems` are the admin's pack URLs that could not be installed yet. */
  'packs-list': { packs: InstalledPack[]; policyProblems: PolicyPackProblem[] };
  'pack-install': PackInstallReply;
  'pack-refresh': PackInstallReply;
  'pack-remove': { ok: boolean; message?: string };
  'pack-move': { ok: boolean; message?: string };
  'pack-enable': { ok: boolean; message?: string };
  'pack-export': { ok: true; fileName: string; text: string } | { ok: false; message: string };
  'personal-phrase-save': { ok: true; id: string } | { ok: false; message: string };
  /** `site` is the site whose settings changed; `previous` the rule's setting there before, for Undo. */
  'site-rule-off': { ok: true; site: string; previous: RuleSetting | null } | { ok: false; message: string };
  'personal-phrase-remove': { ok: boolean; message?: string };
  'side-panel-pin': { ok: true } | { ok: false; message: string };
  'week-record': { ok: true } | { ok: false; message: string };
  'engine-prepare': { ok: true };
  analyze: AnalysisReply;
  note: NoteReply;
  phrases: { ok: true; phrases: Phrase[] } | { ok: false; message: string };
}

export type WorkerReply<K extends WorkerRequest['kind']> = WorkerReplies[K];

/**
 * The isolated content script asks the MAIN-world bridge, which can reach the editors' own
 * objects (element.ckeditorInstance, __lexicalEditor, React props...). Page script shares the DOM
 * with both, so the two hold secrets the page never sees (see main-world/editor-bridge.ts):
 * the content script asks with a CustomEvent on the composer whose type is the secret `request`,
 * carrying a BridgeRequest as JSON; the bridge answers before dispatchEvent returns with a
 * CustomEvent of type `reply` on the same element, carrying a BridgeReply and the next request type.
 *
 * The secrets change hands once, at document_start, before any page script has run: the isolated
 * key script (content/bridge-key.ts) offers them with BRIDGE_KEYS, and the bridge takes them by
 * cancelling that event; whichever of the two starts second begins (the bridge says BRIDGE_HELLO).
 */
export const BRIDGE_HELLO = 'ramah:bridge-hello';
export const BRIDGE_KEYS = 'ramah:bridge-keys';

export interface BridgeKeys {
  /** The event type of the next request; each request spends it (see BridgeEnvelope.next). */
  request: string;
  /** The event type of every reply. */
  reply: string;
}

/** A secret's form: 32 lowercase hex digits (128 random bits). */
export const BRIDGE_KEY_PATTERN = /^[0-9a-f]{32}$/;

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

/** A reply, with the type the next request must have. */
export interface BridgeEnvelope {
  next: string;
  body: BridgeReply;
}

/**
 * The browser's side panel (Chrome's sidePanel, Firefox's sidebar_action) shows the sidebar for the
 * active tab when the agent pins Ramah there. The tab's content script still reads the composer and
 * runs analyze(): over a port that the side panel's page opens to it (tabs.connect), it sends what
 * the in-page sidebar would show, and the side panel sends back the agent's actions, which the
 * content script carries out as the in-page ones. Only the side panel's page may open this port
 * (background/senders.ts); page script cannot reach a port at all.
 */
export const SIDE_PANEL_PORT = 'ramah-side-panel';

/** What the in-page sidebar would show, for the side panel. */
export interface SidePanelState {
  report: Report | null;
  composerLabel?: string;
  /** Whom the coached composer writes to: an internal note gets no steps of a reply. */
  audience?: 'customer' | 'internal';
  placeholders: PlaceholderValues;
  /** Whether the agent pinned Ramah to the side panel on this site (else it shows in the page too). */
  pinned: boolean;
  /** The language of Ramah's own words, as the agent chose it: the side panel speaks the sidebar's. */
  locale: UiLocale;
}

/** From the content script to the side panel. */
export type SidePanelUpdate =
  | { kind: 'state'; state: SidePanelState }
  /** Ramah does not run on this page (turned off, or not yet set up). */
  | { kind: 'off' }
  /** Every phrase the search looks through: on connecting, and when the packs change. */
  | { kind: 'phrases'; phrases: readonly Phrase[] }
  /** `undoable`: the notice is about a finding action that the side panel's Undo takes back. */
  | { kind: 'notice'; notice: string; undoable?: boolean }
  /** The words the agent selected in the composer, asked for as the side panel gains the focus. */
  | { kind: 'selection'; text: string }
  /** The answer to `save-phrase` number `id`. */
  | { kind: 'saved'; id: number; result: { ok: true } | { ok: false; message: string } }
  /** The note of `write-note` for a page without a note composer: the side panel, which has the click, copies it. */
  | { kind: 'note'; text: string }
  /** The take-a-breath card, with the day's count of hard tickets; the side panel dismisses it itself. */
  | { kind: 'breathing'; count: number };

/** The finding an action is for: the content script acts on its own finding that matches, never on one the message carries. */
export type FindingRef = Pick<Finding, 'rule' | 'start' | 'end' | 'text'>;

/** The longest text the side panel may ask to insert or save (a pack phrase is at most 600). */
const MAX_TEXT = 4000;
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const FindingRefSchema = v.strictObject({ rule: v.pipe(v.string(), v.maxLength(200)), start: Offset, end: Offset, text: Text });

const SidePanelActionSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('apply'), finding: FindingRefSchema, index: v.pipe(Offset, v.maxValue(20)) }),
  v.strictObject({ kind: v.literal('finding-action'), action: v.picklist(FINDING_ACTIONS), finding: FindingRefSchema }),
  v.strictObject({ kind: v.literal('undo') }),
  v.strictObject({
    kind: v.literal('insert'),
    text: Text,
    unfilled: v.pipe(v.array(v.strictObject({ name: v.pipe(v.string(), v.maxLength(64)), start: Offset, end: Offset })), v.maxLength(50)),
  }),
  v.strictObject({ kind: v.literal('save-phrase'), id: Offset, phrase: v.strictObject({ text: Text, step: v.optional(v.picklist(STEPS)) }) }),
  v.strictObject({ kind: v.literal('selection') }),
  v.strictObject({ kind: v.literal('focus-composer') }),
  v.strictObject({ kind: v.literal('pin'), pinned: v.boolean() }),
  // The note is made in the page, from the page's own draft and customer message: the side panel only names which.
  v.strictObject({ kind: v.literal('write-note'), note: v.picklist(['incident', 'handover']), to: v.optional(v.picklist(NOTE_ADDRESSEES)) }),
]);

/** From the side panel to the content script: what the agent did there. */
export type SidePanelAction = v.InferOutput<typeof SidePanelActionSchema>;

/** A side panel action, or null for anything that is not one exactly (unknown kinds, extra fields, wrong types, spans outside the text). */
export function parseSidePanelAction(message: unknown): SidePanelAction | null {
  const parsed = v.safeParse(SidePanelActionSchema, message);
  if (!parsed.success) return null;
  const action = parsed.output;
  if ((action.kind === 'apply' || action.kind === 'finding-action') && action.finding.end < action.finding.start) return null;
  if (action.kind === 'insert' && action.unfilled.some((span) => span.end < span.start || span.end > action.text.length)) return null;
  return action;
}
/** Longer than any tail the content script sends (`MAX_ANALYZED_CHARS`), with room for what a tail keeps of a line. */
const MAX_ANALYZED = 60_000;
const Analyzed = v.pipe(v.string(), v.maxLength(MAX_ANALYZED));
const Short = v.pipe(v.string(), v.maxLength(500));
/** The most earlier customer messages one analysis reads. */
export const MAX_EARLIER_MESSAGES = 20;

const AnalysisInputSchema = v.strictObject({
  draft: Analyzed,
  customerMessage: v.optional(Analyzed),
  earlierCustomerMessages: v.pipe(v.array(Analyzed), v.maxLength(MAX_EARLIER_MESSAGES)),
  customerName: v.optional(Short),
  orderId: v.optional(Short),
  audience: v.picklist(['customer', 'internal']),
  messageLanguage: v.picklist(UI_LOCALES),
});

const PlaceholdersSchema = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(64)), v.optional(Short)),
  v.check((values) => Object.keys(values).length <= 20),
);

const NoteInputSchema = v.strictObject({
  note: v.picklist(['incident', 'handover']),
  draft: Analyzed,
  customerMessage: Analyzed,
  at: v.pipe(v.number(), v.finite()),
  timeZone: v.optional(v.pipe(v.string(), v.maxLength(100))),
  ticket: v.optional(v.strictObject({ url: v.optional(v.pipe(v.string(), v.maxLength(4000))), number: v.optional(Short) })),
  language: v.optional(v.picklist(LANGUAGES)),
  placeholders: PlaceholdersSchema,
  forApproval: v.optional(v.pipe(v.array(Text), v.maxLength(50))),
});

/** An analysis request's input, or null for anything that is not one exactly: a page's renderer may have written it. */
export function parseAnalysisInput(input: unknown): AnalysisInput | null {
  const parsed = v.safeParse(AnalysisInputSchema, input);
  return parsed.success ? parsed.output : null;
}

/** A note request's input, or null for anything that is not one exactly. */
export function parseNoteInput(input: unknown): NoteInput | null {
  const parsed = v.safeParse(NoteInputSchema, input);
  return parsed.success ? (parsed.output as NoteInput) : null;
}

/** The most a request's JSON may hold; an insert's text is far shorter (a pack phrase is at most 600 characters). */
export const BRIDGE_MAX_REQUEST = 200_000;
