import { LANGUAGES } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { StateKind, type Program, type State } from './compile.js';
import { rootsOf } from './roots.js';

/**
 * A document's tokens as the matcher reads them. A token of the document can hold more than one word once
 * normalised ("don't" is "do not", "makasih" is "terima kasih"): here each word is a token of its own, with its place
 * in `normal`, so that patterns are written word by word and matches still map back to the draft.
 */
export interface TokenView {
  readonly words: readonly string[];
  /** Where each word starts and ends in the document's `normal`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Each sentence of the document as its first word and the word after its last. */
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
}

const views = new WeakMap<TextDocument, TokenView & Caches>();

interface Caches {
  /** Per word: the word without trailing clitics, each way of taking them off. */
  bases?: (readonly string[] | undefined)[];
  roots?: (readonly string[] | undefined)[];
}

/** The document's words, made once per document. */
export function tokenView(doc: TextDocument): TokenView {
  let view = views.get(doc);
  if (view) return view;
  const normal = doc.normal;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // `normal` is its words between single spaces, with a space at each end.
  for (let at = 1; at < normal.length; ) {
    const end = normal.indexOf(' ', at);
    if (end < 0) break;
    if (end > at) {
      words.push(normal.slice(at, end));
      starts.push(at);
      ends.push(end);
    }
    at = end + 1;
  }
  const sentenceStarts = new Int32Array(doc.sentences.length);
  const sentenceEnds = new Int32Array(doc.sentences.length);
  let word = 0;
  doc.sentences.forEach((sentence, index) => {
    while (word < words.length && starts[word]! < sentence.start) word++;
    sentenceStarts[index] = word;
    while (word < words.length && starts[word]! < sentence.end) word++;
    sentenceEnds[index] = word;
  });
  view = { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends), sentenceStarts, sentenceEnds };
  views.set(doc, view);
  return view;
}

const CLITIC = /(?:nya|lah|kah|pun|mu|ku)$/;
const SENTENCE_END = new Set(['.', '!', '?']);
const PUNCTUATION = new Set(['.', '!', '?', ',']);

/** The word with its clitics taken off, one by one ("salahnyalah" → "salahnya", "salah"). */
function basesOf(view: TokenView & Caches, index: number): readonly string[] {
  const bases = (view.bases ??= []);
  let found = bases[index];
  if (found) return found;
  const list: string[] = [];
  for (let rest = view.words[index]!; ; ) {
    const m = CLITIC.exec(rest);
    if (!m || m.index === 0) break;
    rest = rest.slice(0, m.index);
    list.push(rest);
  }
  bases[index] = found = list;
  return found;
}

function rootsAt(view: TokenView & Caches, index: number): readonly string[] {
  const roots = (view.roots ??= []);
  let found = roots[index];
  if (found) return found;
  const word = view.words[index]!;
  const all = new Set<string>();
  for (const language of LANGUAGES) for (const root of rootsOf(word, language)) all.add(root);
  roots[index] = found = [...all];
  return found;
}

const stampsOf = new WeakMap<Program, Uint32Array>();
let stamp = 0;

/** Counts the matcher's steps, so that tests can compare the work on texts of different lengths. */
export const matcherWork = { steps: 0 };

function passes(state: State, view: TokenView & Caches, index: number): boolean {
  const word = view.words[index]!;
  if (state.any !== undefined) return state.any === 'word' ? !PUNCTUATION.has(word) : !SENTENCE_END.has(word);
  if (state.words?.has(word)) return true;
  if (state.clitics) {
    if (state.clitics.has(word)) return true;
    for (const base of basesOf(view, index)) if (state.clitics.has(base)) return true;
  }
  if (state.roots) for (const root of rootsAt(view, index)) if (state.roots.has(root)) return true;
  return state.shape !== undefined && state.shape.test(word);
}

/**
 * Runs the automaton from `start` at word `from`, taking no word at or past `limit` (the sentence's end), and calls
 * `accept` with the end (exclusive) of every match, shortest first. At most `maxLength × states` steps.
 */
export function runFrom(program: Program, start: number, view: TokenView, from: number, limit: number, accept: (end: number) => void): void {
  const states = program.states;
  const cached = view as TokenView & Caches;
  let seen = stampsOf.get(program);
  if (!seen) stampsOf.set(program, (seen = new Uint32Array(states.length)));
  let current = [start];
  for (let at = from; ; at++) {
    // The states reached without taking a word, each once: marked with this round's stamp. A look runs states of
    // its own, so its rounds do not disturb this one's marks.
    if (stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 0;
    }
    const round = ++stamp;
    const tests: number[] = [];
    let accepted = false;
    const stack = current;
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen[id] === round) continue;
      seen[id] = round;
      matcherWork.steps++;
      const state = states[id]!;
      switch (state.kind) {
        case StateKind.Test:
          tests.push(id);
          break;
        case StateKind.Split:
          for (const out of state.outs!) stack.push(out);
          break;
        case StateKind.Look: {
          let found = false;
          runFrom(program, state.look!, view, at, limit, () => (found = true));
          if (found !== state.negate) stack.push(state.next);
          break;
        }
        case StateKind.Accept:
          accepted = true;
          break;
      }
    }
    if (accepted) accept(at);
    if (at >= limit || tests.length === 0) return;
    current = [];
    for (const id of tests) {
      matcherWork.steps++;
      if (passes(states[id]!, cached, at)) current.push(states[id]!.next);
    }
    if (current.length === 0) return;
  }
}

/** The end of the longest match of entry `entry` from word `from`, or -1. */
export function longestFrom(program: Program, entry: number, view: TokenView, from: number, limit: number): number {
  let longest = -1;
  runFrom(program, program.entries[entry]!.start, view, from, limit, (end) => (longest = end));
  return longest;
}

/**
 * Calls `visit` with every entry that may match from word `index`: those whose first token is this word, its word
 * without clitics, or one of its roots, and those that can begin anywhere. Each entry once, in the order of entries.
 */
export function candidatesAt(program: Program, view: TokenView, index: number, visit: (entry: number) => void): void {
  const { exact, clitic, roots, always } = program.index;
  const cached = view as TokenView & Caches;
  const word = view.words[index]!;
  const found: number[] = [...always];
  const add = (ids: readonly number[] | undefined) => {
    if (ids) for (const id of ids) found.push(id);
  };
  add(exact.get(word));
  if (clitic.size > 0) {
    add(clitic.get(word));
    for (const base of basesOf(cached, index)) add(clitic.get(base));
  }
  if (program.usesRoots && roots.size > 0) for (const root of rootsAt(cached, index)) add(roots.get(root));
  if (found.length === 0) return;
  found.sort((a, b) => a - b);
  for (let i = 0; i < found.length; i++) if (i === 0 || found[i] !== found[i - 1]) visit(found[i]!);
}

/** A match: entry, and its words `[start, end)`. */
export interface TokenMatch {
  entry: number;
  start: number;
  end: number;
}

/**
 * Every entry's matches in the words `[from, to)`, as a regular expression searching the text would find them: from
 * left to right, each the longest from its start, the next beginning after it. In order of entry, then position.
 */
export function findAll(program: Program, view: TokenView, from: number, to: number): TokenMatch[] {
  const matches: TokenMatch[] = [];
  const nextFree = new Int32Array(program.entries.length);
  for (let at = from; at < to; at++) {
    candidatesAt(program, view, at, (entry) => {
      if (at < nextFree[entry]!) return;
      const end = longestFrom(program, entry, view, at, to);
      if (end > at) {
        matches.push({ entry, start: at, end });
        nextFree[entry] = end;
      }
    });
  }
  return matches.sort((a, b) => a.entry - b.entry || a.start - b.start);
}

/** Whether any entry matches in the words `[from, to)`. */
export function occursBetween(program: Program, view: TokenView, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    let found = false;
    candidatesAt(program, view, at, (entry) => {
      if (!found && longestFrom(program, entry, view, at, to) > at) found = true;
    });
    if (found) return true;
  }
  return false;
}
