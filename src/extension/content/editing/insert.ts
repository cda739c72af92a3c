/**
 * Safe insertion: puts text over [start, end) of a composer's text as ONE edit that the editor's
 * own undo reverts, through the editor's own input path, and checks that it took.
 *
 * The strategies, in the order each editor gets them (see CHAINS):
 * - `beforeinput`: a cancelable InputEvent with insertText / insertReplacementText and its target
 *   range, which editors that handle input themselves (CKEditor 5, Lexical, Slate, Quill, Trix) apply
 *   to their model;
 * - `execCommand`: the browser's own insertText, which goes through native input events and the
 *   DOM, for editors that read the DOM (ProseMirror, plain contenteditable, textarea);
 * - `paste`: a paste event carrying the text, which editors turn into a model change of their own
 *   (Draft.js, whose React tree breaks when the browser edits an empty block behind it);
 * - `textarea-value`: setRangeText and an input event;
 * - `editor-api`: the editor's API, reached by the MAIN-world bridge.
 * After each, the text is read back from the DOM and, where the bridge reaches it, from the editor's
 * model. A strategy that changed nothing hands over to the next; one that changed something other
 * than asked stops the chain, so that text is never inserted twice. When nothing took, the text goes
 * to the clipboard and the draft is left as it was.
 *
 * Editors merge quick edits into one undo step, so the running step is closed first: through the
 * bridge where the editor allows it, else by waiting out the editor's merge window.
 */
import type { EditorKind } from '../adapters/types.js';
import { askBridge, modelText } from './bridge.js';
import { focusComposer, readCaret, selectionFor, writeCaret, type TextSpan } from './caret.js';
import { comparable, isTextarea, readComposer, type TextMap } from './text-map.js';

export type Strategy = 'beforeinput' | 'execCommand' | 'paste' | 'textarea-value' | 'editor-api';

export interface EditRequest {
  composer: HTMLElement;
  kind: EditorKind;
  /** Where the text goes, as offsets of the composer's text. */
  start: number;
  end: number;
  text: string;
  /**
   * The words expected at [start, end) (a finding's flagged text). When the draft changed since it
   * was analysed, the nearest place they still stand is used; when they are gone, nothing is done.
   */
  expect?: string;
  /** A span of `text` to select afterwards (a placeholder for the agent to type over). */
  select?: TextSpan;
  /**
   * The agent's caret before the edit, as offsets of the text then. Without `select`, it is put back where it was,
   * moved by the edit: a caret at the end of the draft stays at its end. Without either, the caret goes after `text`.
   */
  caret?: TextSpan;
  /** When the composer last changed (Date.now()), for editors whose undo step can only be waited out. */
  lastChangeAt?: number;
}

export type EditResult =
  | { ok: true; how: Strategy; tried: Strategy[] }
  | { ok: false; reason: 'stale' | 'rejected' | 'unverified'; tried: Strategy[]; copied: boolean };

const CHAINS: Record<EditorKind, Strategy[]> = {
  textarea: ['execCommand', 'textarea-value'],
  contenteditable: ['beforeinput', 'execCommand', 'paste', 'editor-api'],
  unknown: ['beforeinput', 'execCommand', 'paste', 'editor-api'],
  froala: ['beforeinput', 'execCommand', 'paste'],
  prosemirror: ['beforeinput', 'execCommand', 'editor-api'],
  quill: ['beforeinput', 'execCommand', 'editor-api'],
  lexical: ['beforeinput', 'execCommand', 'editor-api'],
  // Draft.js ignores synthetic beforeinput; a paste is one 'insert-fragment' undo step.
  draftjs: ['paste', 'execCommand'],
  // execCommand fails in CKEditor 5, and a synthetic insertText at a caret is applied late, after
  // the check has moved on: its model API is one undo step of its own.
  ckeditor5: ['editor-api', 'beforeinput'],
  // execCommand leaves Slate's model behind its DOM.
  slate: ['beforeinput', 'editor-api'],
  // Trix's API records the edit as one undo entry; its input path merges it into the typing's.
  trix: ['editor-api', 'beforeinput'],
};

/** How long each editor keeps merging edits into the running undo step (ms). */
const MERGE_WINDOW: Partial<Record<EditorKind, number>> = { quill: 1000, prosemirror: 500, lexical: 300 };

/** How long a strategy that changed nothing is watched before the next one is tried. */
const IGNORED_AFTER_MS = 150;

const frame = (view: Window) => new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Where `expect` now stands: at `start` if unchanged, else its occurrence nearest to `start`. */
export function relocate(text: string, start: number, end: number, expect: string | undefined): TextSpan | null {
  if (expect === undefined) return start <= text.length && end <= text.length ? { start, end } : null;
  if (text.slice(start, end) === expect) return { start, end };
  let best: number | null = null;
  for (let at = text.indexOf(expect); at >= 0; at = text.indexOf(expect, at + 1)) {
    if (best === null || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best === null ? null : { start: best, end: best + expect.length };
}

/**
 * Where a caret goes when [target.start, target.end) is replaced by a text of `length`: before the edit it stays,
 * after it it moves by the change in length, and inside the replaced words it goes to the end of the new ones.
 */
export function caretAfterEdit(caret: TextSpan, target: TextSpan, length: number): TextSpan {
  const delta = length - (target.end - target.start);
  const map = (offset: number) => (offset <= target.start ? offset : offset >= target.end ? offset + delta : target.start + length);
  return { start: map(caret.start), end: map(caret.end) };
}

export async function applyEdit(request: EditRequest): Promise<EditResult> {
  const { composer, kind, text } = request;
  const view = composer.ownerDocument.defaultView ?? window;
  const tried: Strategy[] = [];
  focusComposer(composer);

  // Close the running undo step; an editor the bridge cannot reach is waited out.
  const closed = askBridge(composer, { op: 'begin' })?.closed ?? false;
  const window_ = MERGE_WINDOW[kind];
  if (!closed && window_ !== undefined && request.lastChangeAt !== undefined) {
    const wait = request.lastChangeAt + window_ + 60 - Date.now();
    if (wait > 0) await sleep(wait);
  }

  let map = readComposer(composer);
  const target = relocate(map.text, request.start, request.end, request.expect);
  if (!target) return { ok: false, reason: 'stale', tried, copied: false };

  // Put the selection on the target and let the editor read it before anything else.
  focusComposer(composer);
  writeCaret(composer, target, map);
  await sleep(0);
  await frame(view);
  askBridge(composer, { op: 'begin' });

  map = readComposer(composer);
  const before = map.text;
  if (before.slice(target.start, target.end) !== (request.expect ?? before.slice(target.start, target.end))) {
    return { ok: false, reason: 'stale', tried, copied: false };
  }
  const beforeModel = modelText(composer);
  const expected = before.slice(0, target.start) + text + before.slice(target.end);

  for (const strategy of CHAINS[kind] ?? CHAINS.unknown) {
    if (strategy === 'textarea-value' && !isTextarea(composer)) continue;
    tried.push(strategy);
    // Each strategy starts from the target selected, as the previous one may have moved it.
    const current = readComposer(composer);
    if (current.text !== before) return { ok: false, reason: 'unverified', tried, copied: await copyText(composer, text) };
    if (strategy !== 'editor-api') writeCaret(composer, target, current);
    const attempt = run(strategy, composer, current, target, text);
    if (attempt === 'unavailable') {
      tried.pop();
      continue;
    }
    const outcome = await settle(composer, before, beforeModel, expected, attempt === 'cancelled');
    if (outcome === 'untouched') continue;
    if (outcome === 'broken') return { ok: false, reason: 'unverified', tried, copied: await copyText(composer, text) };
    askBridge(composer, { op: 'end' });
    const placed = request.select
      ? { start: target.start + request.select.start, end: target.start + request.select.end }
      : request.caret
        ? caretAfterEdit(request.caret, target, text.length)
        : { start: target.start + text.length, end: target.start + text.length };
    focusComposer(composer);
    const after = readComposer(composer);
    const caret = readCaret(composer, after);
    if (!caret || caret.start !== placed.start || caret.end !== placed.end) writeCaret(composer, placed, after);
    return { ok: true, how: strategy, tried };
  }
  return { ok: false, reason: 'rejected', tried, copied: await copyText(composer, text) };
}

type Attempt = 'sent' | 'cancelled' | 'unavailable';

function run(strategy: Strategy, composer: HTMLElement, map: TextMap, target: TextSpan, text: string): Attempt {
  const doc = composer.ownerDocument;
  switch (strategy) {
    case 'beforeinput': {
      const range = map.rangeFor(target.start, target.end);
      if (!range) return 'unavailable';
      const replacing = target.start !== target.end;
      const init: InputEventInit = {
        inputType: replacing ? 'insertReplacementText' : 'insertText',
        bubbles: true,
        cancelable: true,
        composed: true,
        targetRanges: [new StaticRange(range)],
      };
      // The text goes in `data` as well: Firefox hides a DataTransfer made by an extension from the
      // page, so Quill read an empty replacement there and deleted the words (Quill reads `data` first).
      init.data = text;
      if (replacing) {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        init.dataTransfer = data;
      }
      const event = new InputEvent('beforeinput', init);
      return composer.dispatchEvent(event) ? 'sent' : 'cancelled';
    }
    case 'execCommand':
      try {
        return doc.execCommand('insertText', false, text) ? 'sent' : 'unavailable';
      } catch {
        return 'unavailable';
      }
    case 'paste': {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      // Dispatched where the selection is, as the browser does.
      const at = map.pointAt(target.start);
      const node = at && at.node.nodeType === 1 ? (at.node as Element) : (at?.node.parentElement ?? composer);
      return (composer.contains(node) ? node : composer).dispatchEvent(event) ? 'sent' : 'cancelled';
    }
    case 'textarea-value': {
      const field = composer as unknown as HTMLTextAreaElement;
      field.setRangeText(text, target.start, target.end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      return 'sent';
    }
    case 'editor-api': {
      const reply = askBridge(composer, { op: 'insert', start: target.start, end: target.end, text });
      return reply?.ok ? 'sent' : 'unavailable';
    }
  }
}

/**
 * Waits for the edit to show, in the DOM and in the model where the bridge reads it. An editor that
 * cancelled the event is given longer: it said it would handle it.
 */
async function settle(
  composer: HTMLElement,
  before: string,
  beforeModel: string | null,
  expected: string,
  cancelled: boolean,
): Promise<'taken' | 'untouched' | 'broken'> {
  const view = composer.ownerDocument.defaultView ?? window;
  const started = view.performance.now();
  const patience = cancelled ? 600 : 250;
  const want = comparable(expected);
  for (let round = 0; ; round++) {
    const dom = readComposer(composer).text;
    const model = beforeModel === null ? null : modelText(composer);
    const domTaken = comparable(dom) === want;
    const modelTaken = model === null || comparable(model) === want;
    if (domTaken && modelTaken) return 'taken';
    const domSame = dom === before;
    const modelSame = model === null || beforeModel === null || comparable(model) === comparable(beforeModel);
    const elapsed = view.performance.now() - started;
    // An editor may apply an event it did not cancel a little later: wait before calling it ignored.
    if (domSame && modelSame && round >= 2 && elapsed > (cancelled ? patience : IGNORED_AFTER_MS)) return 'untouched';
    if (elapsed > patience) return domSame && modelSame ? 'untouched' : 'broken';
    await frame(view);
  }
}

/** Copies text for the agent to paste, when no strategy took. */
export async function copyText(composer: HTMLElement | null, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The clipboard API needs the page focused; the copy command works from a user gesture.
  }
  const doc = composer?.ownerDocument ?? document;
  const host = doc.createElement('div');
  host.setAttribute('data-ramah', 'clipboard');
  host.style.cssText = 'position:fixed!important;left:-9999px!important;top:0!important;opacity:0!important';
  const field = doc.createElement('textarea');
  field.value = text;
  host.attachShadow({ mode: 'open' }).append(field);
  doc.documentElement.append(host);
  const selection = composer ? selectionFor(composer) : null;
  const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  try {
    field.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    host.remove();
    if (composer) {
      focusComposer(composer);
      if (saved && selection) {
        selection.removeAllRanges();
        selection.addRange(saved);
      }
    }
  }
}
