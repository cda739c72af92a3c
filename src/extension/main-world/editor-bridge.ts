/**
 * The MAIN-world half of safe insertion. Rich editors keep their objects in the page's JavaScript
 * world (element.ckeditorInstance, __lexicalEditor, Trix's element.editor, React props of Slate and
 * Draft.js), where the isolated content script cannot see them. This script runs there, at
 * document_start, and answers the content script's requests (see BridgeRequest in protocol.ts).
 * It holds no state of its own beyond its keys and what it learns about each editor, sends
 * nothing anywhere, and does nothing unless asked.
 *
 * The page boundary (../bridge/handshake.ts): it takes its keys from the key script at
 * document_start, before any page script, or never; it answers only events whose type is the
 * current request key, carrying a well-formed request (../bridge/requests.ts), and answers
 * nothing else; no page listener sees a request or a reply.
 *
 * The page's scripts run after this one and may patch prototypes, so the built-ins used at request
 * time are taken now, and what the bridge sends has no prototype the page could hook.
 */
import { BRIDGE_HELLO, BRIDGE_KEYS, type BridgeEnvelope, type BridgeKeys, type BridgeReply, type BridgeRequest } from '../protocol.js';
import { beforePageScripts, hexKey, isBridgeKeys } from '../bridge/handshake.js';
import { parseBridgeRequest, record } from '../bridge/requests.js';
import { readComposer, type DomPoint } from '../content/editing/text-map.js';

const listen = EventTarget.prototype.addEventListener;
const unlisten = EventTarget.prototype.removeEventListener;
const dispatch = EventTarget.prototype.dispatchEvent;
const composedPath = Event.prototype.composedPath;
const stopNow = Event.prototype.stopImmediatePropagation;
const cancel = Event.prototype.preventDefault;
const detailOf = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
const NativeCustomEvent = CustomEvent;
const getRandomValues = Crypto.prototype.getRandomValues;
const pageCrypto = crypto;
const Bytes = Uint8Array;
const { parse, stringify } = JSON;
const { apply } = Reflect;

/** What the bridge can do with one editor. Each method may throw; the caller answers "no". */
interface EditorApi {
  name: string;
  /** The model's text, blocks joined by '\n'; null when the model cannot be read. */
  text(): string | null;
  /** Close the running undo step; false when the editor offers no way. */
  begin(): boolean;
  end?(): void;
  /** Replace [start, end) of the composer's text map through the editor's API. */
  insert?(element: HTMLElement, start: number, end: number, text: string): boolean;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the editors' objects are untyped page objects. */
type Loose = any;

function point(element: HTMLElement, offset: number, prefer: 'before' | 'after'): DomPoint {
  const found = readComposer(element).pointAt(offset, prefer);
  if (!found) throw new Error(`offset ${offset} is outside the draft`);
  return found;
}

// ---- ProseMirror and Tiptap ---------------------------------------------------------------------

const pmViews = new WeakMap<Element, Loose>();
const HARD_BREAK = /^hard_?break$/i;

function pmText(view: Loose): string {
  const doc = view.state.doc;
  return doc.textBetween(0, doc.content.size, '\n', (leaf: Loose) => (HARD_BREAK.test(leaf.type.name) ? '\n' : ''));
}

/**
 * Plain ProseMirror keeps no reference from the DOM to its view, but it passes the view to its
 * root view description on every update and selection sync: catch it there, once, and step aside.
 */
function watchForPmView(element: Element): void {
  const desc: Loose = (element as Loose).pmViewDesc;
  if (!desc || pmViews.has(element) || Object.hasOwn(desc, 'setSelection')) return;
  const proto = Object.getPrototypeOf(desc);
  const restore = () => {
    delete desc.setSelection;
    delete desc.update;
  };
  desc.setSelection = function (anchor: number, head: number, view: Loose, force: boolean) {
    if (view?.state) pmViews.set(element, view);
    restore();
    return proto.setSelection.call(this, anchor, head, view, force);
  };
  desc.update = function (node: Loose, outer: Loose, inner: Loose, view: Loose) {
    if (view?.state) pmViews.set(element, view);
    restore();
    return proto.update.call(this, node, outer, inner, view);
  };
}

function proseMirror(element: HTMLElement): EditorApi | null {
  const tiptap: Loose = (element as Loose).editor;
  if (tiptap?.view?.state) pmViews.set(element, tiptap.view);
  if (!element.classList.contains('ProseMirror') && !(element as Loose).pmViewDesc) return null;
  watchForPmView(element);
  const view = () => pmViews.get(element) ?? null;
  return {
    name: tiptap ? 'tiptap' : 'prosemirror',
    text: () => (view() ? pmText(view()) : null),
    begin() {
      const v = view();
      if (!v) return false;
      // prosemirror-history's closeHistory(tr) sets this meta key (PluginKey("closeHistory")).
      v.dispatch(v.state.tr.setMeta('closeHistory$', true));
      return true;
    },
    insert(el, start, end, text) {
      const v = view();
      if (!v) return false;
      const from = point(el, start, 'after');
      const to = point(el, end, 'before');
      const a = v.posAtDOM(from.node, from.offset);
      const b = start === end ? a : v.posAtDOM(to.node, to.offset);
      v.dispatch(v.state.tr.insertText(text, a, b).setMeta('closeHistory$', true).scrollIntoView());
      v.focus();
      return true;
    },
  };
}

// ---- CKEditor 5 -------------------------------------------------------------------------------

function ckeditor(element: HTMLElement): EditorApi | null {
  const editor: Loose = (element as Loose).ckeditorInstance;
  if (!editor?.model) return null;
  return {
    name: 'ckeditor5',
    text() {
      const root = editor.model.document.getRoot();
      const lines: string[] = [];
      for (const block of root.getChildren()) {
        let line = '';
        for (const item of editor.model.createRangeIn(block).getItems()) {
          if (item.is('$textProxy')) line += item.data;
          else if (item.is('element', 'softBreak')) line += '\n';
        }
        lines.push(line);
      }
      return lines.join('\n');
    },
    begin() {
      // Typing collects its changes in a buffer's batch, one undo step; start a new one.
      const buffer = (editor.commands.get('insertText') ?? editor.commands.get('input'))?.buffer;
      if (typeof buffer?._reset !== 'function') return false;
      buffer._reset(true);
      return true;
    },
    insert(el, start, end, text) {
      const { domConverter } = editor.editing.view;
      const { mapper } = editor.editing;
      const toModel = (at: DomPoint) => mapper.toModelPosition(domConverter.domPositionToView(at.node, at.offset));
      const from = toModel(point(el, start, 'after'));
      const to = start === end ? from : toModel(point(el, end, 'before'));
      // A change block of its own is a batch of its own: one undo step.
      editor.model.change((writer: Loose) => {
        const range = writer.createRange(from, to);
        const attributes = Object.fromEntries(editor.model.document.selection.getAttributes());
        editor.model.insertContent(writer.createText(text, attributes), range);
      });
      editor.editing.view.focus();
      return true;
    },
  };
}

// ---- Lexical --------------------------------------------------------------------------------------

function lexical(element: HTMLElement): EditorApi | null {
  const editor: Loose = (element as Loose).__lexicalEditor;
  if (!editor?.getEditorState) return null;
  return {
    name: 'lexical',
    text() {
      const state = editor.getEditorState();
      return state.read(() => state._nodeMap.get('root')?.getTextContent() ?? '');
    },
    // Lexical merges only single-character typing into one step; a longer insert is its own.
    begin: () => true,
    insert(_el, _start, _end, text) {
      // The content script has put the DOM selection on the target, which Lexical has read.
      let done = false;
      editor.update(
        () => {
          const selection = editor._pendingEditorState?._selection;
          if (selection && typeof selection.insertText === 'function') {
            selection.insertText(text);
            done = true;
          }
        },
        { tag: 'history-push', discrete: true },
      );
      return done;
    },
  };
}

// ---- Quill ----------------------------------------------------------------------------------------

function quill(element: HTMLElement): EditorApi | null {
  const container = element.closest('.ql-container');
  if (!container) return null;
  const page: Loose = window;
  // Quill 1 marks its container; Quill 2 keeps instances in a module WeakMap reachable through a global Quill.
  const instance: Loose = (container as Loose).__quill ?? page.Quill?.find?.(container);
  if (!instance?.getText) {
    return { name: 'quill', text: () => null, begin: () => false };
  }
  return {
    name: 'quill',
    text: () => (instance.getText() as string).replace(/\n$/, ''),
    begin() {
      if (typeof instance.history?.cutoff !== 'function') return false;
      instance.history.cutoff();
      return true;
    },
    insert(_el, start, end, text) {
      instance.history?.cutoff?.();
      if (end > start) instance.deleteText(start, end - start, 'user');
      instance.insertText(start, text, 'user');
      instance.setSelection(start + text.length, 0, 'user');
      return true;
    },
  };
}

// ---- Trix -----------------------------------------------------------------------------------------

function trix(element: HTMLElement): EditorApi | null {
  if (element.localName !== 'trix-editor') return null;
  const editor: Loose = (element as Loose).editor;
  if (!editor?.getDocument) return null;
  return {
    name: 'trix',
    text: () => (editor.getDocument().toString() as string).replace(/\n$/, ''),
    begin: () => false,
    insert(_el, start, end, text) {
      // Trix's documented way to make a programmatic edit undoable, as one entry.
      editor.setSelectedRange([start, end]);
      editor.recordUndoEntry('Ramah');
      editor.insertString(text);
      return true;
    },
  };
}

// ---- React: Slate and Draft.js --------------------------------------------------------------------

function fiberOf(element: Element): Loose {
  for (const key of Object.keys(element)) {
    if (key.startsWith('__reactFiber$') || key.startsWith('__reactInternalInstance$')) return (element as Loose)[key];
  }
  return null;
}

/** Walks up the React tree from `element` to the first fiber `test` accepts. */
function findFiber(element: Element, test: (fiber: Loose) => boolean): Loose {
  for (let fiber = fiberOf(element), depth = 0; fiber && depth < 60; fiber = fiber.return, depth++) {
    if (test(fiber)) return fiber;
  }
  return null;
}

interface SlateLine {
  leaves: { path: number[]; text: string }[];
}

function slateLines(editor: Loose): SlateLine[] {
  const lines: SlateLine[] = [];
  const isText = (node: Loose) => typeof node?.text === 'string';
  const isInline = (node: Loose) => isText(node) || (typeof editor.isInline === 'function' && editor.isInline(node));
  const leavesOf = (node: Loose, path: number[], out: SlateLine['leaves']) => {
    if (isText(node)) out.push({ path, text: node.text });
    else node.children?.forEach((child: Loose, i: number) => leavesOf(child, [...path, i], out));
  };
  const walk = (nodes: Loose[], path: number[]) => {
    nodes.forEach((node, i) => {
      if (isText(node)) return;
      const here = [...path, i];
      if ((node.children ?? []).every(isInline)) {
        const leaves: SlateLine['leaves'] = [];
        leavesOf(node, here, leaves);
        lines.push({ leaves });
      } else walk(node.children ?? [], here);
    });
  };
  walk(editor.children ?? [], []);
  return lines;
}

function slatePoint(editor: Loose, offset: number): { path: number[]; offset: number } {
  let at = 0;
  const lines = slateLines(editor);
  for (const line of lines) {
    const length = line.leaves.reduce((sum, leaf) => sum + leaf.text.length, 0);
    if (offset <= at + length) {
      let rest = offset - at;
      for (const leaf of line.leaves) {
        if (rest <= leaf.text.length) return { path: leaf.path, offset: rest };
        rest -= leaf.text.length;
      }
    }
    at += length + 1;
  }
  throw new Error(`offset ${offset} is outside the Slate document`);
}

const slateMarks = new WeakMap<Element, { batch: Loose; count: number; selection: Loose }>();

function slate(element: HTMLElement): EditorApi | null {
  if (!element.hasAttribute('data-slate-editor')) return null;
  const fiber = findFiber(element, (f) => {
    const editor = f.memoizedProps?.editor;
    return Array.isArray(editor?.children) && typeof editor?.apply === 'function';
  });
  const editor: Loose = fiber?.memoizedProps.editor;
  if (!editor) return { name: 'slate', text: () => null, begin: () => false };
  const undos = (): Loose[] | undefined => editor.history?.undos;
  return {
    name: 'slate',
    text: () => slateLines(editor).map((line) => line.leaves.map((leaf) => leaf.text).join('')).join('\n'),
    begin() {
      const stack = undos();
      if (!stack) return false;
      const batch = stack.at(-1);
      slateMarks.set(element, { batch, count: batch?.operations.length ?? 0, selection: editor.selection });
      return true;
    },
    end() {
      // slate-history merges an insert right after typed text into the typing's batch: split it off.
      const mark = slateMarks.get(element);
      slateMarks.delete(element);
      const stack = undos();
      if (!mark || !stack || !mark.batch || stack.at(-1) !== mark.batch) return;
      const added = mark.batch.operations.length - mark.count;
      if (added <= 0) return;
      const operations = mark.batch.operations.splice(mark.count, added);
      stack.push({ operations, selectionBefore: mark.selection });
    },
    insert(_el, start, end, text) {
      if (typeof editor.select !== 'function' || typeof editor.insertText !== 'function') return false;
      editor.select({ anchor: slatePoint(editor, start), focus: slatePoint(editor, end) });
      editor.insertText(text);
      return true;
    },
  };
}

function draftjs(element: HTMLElement): EditorApi | null {
  const root = element.closest('.DraftEditor-root');
  if (!root) return null;
  const fiber = findFiber(element, (f) => {
    const props = f.stateNode?.props;
    return props?.editorState && typeof props.onChange === 'function' && typeof props.editorState.getCurrentContent === 'function';
  });
  const component: Loose = fiber?.stateNode;
  if (!component) return { name: 'draftjs', text: () => null, begin: () => false };
  return {
    name: 'draftjs',
    text: () => (component._latestEditorState ?? component.props.editorState).getCurrentContent().getPlainText(),
    // Draft.js starts a new undo step when the selection moved before an edit, as it has here.
    begin: () => true,
  };
}

const DETECTORS = [ckeditor, lexical, trix, slate, draftjs, quill, proseMirror];

function editorFor(element: HTMLElement): EditorApi | null {
  for (const detect of DETECTORS) {
    try {
      const api = detect(element);
      if (api) return api;
    } catch {
      // An editor of another version: try the next detector.
    }
  }
  return null;
}

function handle(element: HTMLElement, request: BridgeRequest): BridgeReply {
  const api = editorFor(element);
  switch (request.op) {
    case 'probe':
      return { op: 'probe', editor: api?.name ?? null };
    case 'text':
      return { op: 'text', text: api ? safely(() => api.text(), null) : null };
    case 'begin':
      return { op: 'begin', closed: api ? safely(() => api.begin(), false) : false };
    case 'end':
      if (api?.end) safely(() => api.end!(), undefined);
      return { op: 'end' };
    case 'insert': {
      if (!api?.insert) return { op: 'insert', ok: false, error: api ? `${api.name}: no insert API` : 'no editor found' };
      try {
        const ok = api.insert(element, request.start, request.end, request.text);
        return { op: 'insert', ok, how: api.name };
      } catch (error) {
        return { op: 'insert', ok: false, how: api.name, error: String(error) };
      }
    }
  }
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

let keys: BridgeKeys | null = null;

const NO_ANSWER: { [Op in BridgeRequest['op']]: Extract<BridgeReply, { op: Op }> } = {
  probe: { op: 'probe', editor: null },
  text: { op: 'text', text: null },
  begin: { op: 'begin', closed: false },
  end: { op: 'end' },
  insert: { op: 'insert', ok: false, error: 'the bridge failed' },
};

function onRequest(event: Event): void {
  // Whatever it carries, no one after the bridge sees a request.
  apply(stopNow, event, []);
  if (!keys) return;
  const request = parseBridgeRequest(apply(detailOf, event, []));
  if (!request) return;
  const target = (apply(composedPath, event, []) as EventTarget[])[0] as HTMLElement | undefined;
  if (!target) return;
  // Spend this request's type before any page code runs (an editor's API may read window.event).
  apply(unlisten, window, [keys.request, onRequest, true]);
  keys.request = hexKey(apply(getRandomValues, pageCrypto, [new Bytes(16)]) as Uint8Array);
  apply(listen, window, [keys.request, onRequest, true]);
  let body: BridgeReply;
  try {
    body = handle(target, request);
  } catch {
    // Still a reply: it carries the next request's type.
    body = NO_ANSWER[request.op];
  }
  const envelope: BridgeEnvelope = record({ next: keys.request, body: record(body) });
  apply(dispatch, target, [new NativeCustomEvent(keys.reply, record({ detail: stringify(envelope) }))]);
}

/** Takes the keys the key script offers, at document_start only, once (see ../bridge/handshake.ts). */
function onKeys(event: Event): void {
  if (keys || !beforePageScripts(document)) return;
  let offered: unknown;
  try {
    offered = parse(apply(detailOf, event, []) as string);
  } catch {
    return;
  }
  if (!isBridgeKeys(offered)) return;
  keys = record({ request: offered.request, reply: offered.reply });
  // Taken: the key script learns it from dispatchEvent's answer, and no second bridge takes them too.
  apply(cancel, event, []);
  apply(stopNow, event, []);
  apply(unlisten, window, [BRIDGE_KEYS, onKeys, true]);
  apply(listen, window, [keys.request, onRequest, true]);
}

// Injected after the page has started (access granted with the tab open), the bridge stays out.
if (beforePageScripts(document)) {
  apply(listen, window, [BRIDGE_KEYS, onKeys, true]);
  // The key script may have offered before this script started: it offers again on hello.
  apply(dispatch, window, [new NativeCustomEvent(BRIDGE_HELLO)]);
}
