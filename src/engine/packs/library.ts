import type { AgentTier, Failure, GestureOffer, Language, Phrase, Signal, StepId } from '../report.js';
import type { Pack } from './schema.js';
import { BUILTIN_PACKS } from './builtin.js';
import { phraseRule, type Rule } from '../rules/rule.js';
import { tokenFamilies } from '../match/families.js';
import { PACK_LIMITS } from '../match/compile.js';
import type { PhraseFamily } from '../match/families.js';

// A pack's patterns are token patterns, compiled within the pack limits (the schema has checked them already).
const packFamilies = (families: readonly PhraseFamily[]) => tokenFamilies(families, PACK_LIMITS);

/** Everything the packs provide, merged in order and indexed for the engine. */
export interface PhraseLibrary {
  /** All phrases, a later pack's phrase replacing an earlier one with the same id and language. */
  phrases: readonly Phrase[];
  rules: readonly Rule[];
  phrasesForStep(step: StepId, language: Language): Phrase[];
  phrasesForSignal(signal: Signal, language: Language): Phrase[];
  /** Phrases with a tag (`opening`, `closing`, `note`), whatever their step. */
  phrasesTagged(tag: string, language: Language): readonly Phrase[];
  guidance(signal: Signal, language: Language): string;
  gestures(language: Language, tier: AgentTier, failures: readonly Failure[]): GestureOffer[];
}

// Packs arrive as the same array on every keystroke: build the library once per array.
const cache = new WeakMap<readonly Pack[], PhraseLibrary>();
const withoutBuiltins = new WeakMap<readonly Pack[], PhraseLibrary>();
const NO_PACKS: readonly Pack[] = [];

export function libraryFor(packs: readonly Pack[], includeBuiltins: boolean): PhraseLibrary {
  const key = packs.length === 0 ? NO_PACKS : packs;
  const store = includeBuiltins ? cache : withoutBuiltins;
  let library = store.get(key);
  if (!library) {
    library = buildLibrary(includeBuiltins ? [...BUILTIN_PACKS, ...packs] : [...packs]);
    store.set(key, library);
  }
  return library;
}

export function buildLibrary(packs: readonly Pack[]): PhraseLibrary {
  const phrases = new Map<string, Phrase>();
  const gestures = new Map<string, GestureOffer & { for?: readonly Failure[]; neverOffer: boolean }>();
  const guidance = new Map<string, string>();
  const rules: Rule[] = [];
  for (const pack of packs) {
    const languageOf = (item: { language?: Language }): Language => item.language ?? pack.languages[0]!;
    for (const phrase of pack.phrases) {
      const language = languageOf(phrase);
      const key = `${language}:${phrase.id}`;
      phrases.delete(key); // a replaced phrase moves to the overriding pack's place
      phrases.set(key, { id: phrase.id, text: phrase.text, language, pack: pack.id, step: phrase.step, signal: phrase.signal, tags: phrase.tags });
    }
    for (const gesture of pack.gestures) {
      const language = languageOf(gesture);
      const key = `${language}:${gesture.id}`;
      gestures.delete(key);
      gestures.set(key, {
        id: gesture.id,
        text: gesture.text,
        language,
        tier: gesture.tier === 'never' ? 'approval' : gesture.tier,
        needsApproval: gesture.tier !== 'self',
        neverOffer: gesture.tier === 'never',
        pack: pack.id,
        for: gesture.for,
      });
    }
    for (const item of pack.guidance) guidance.set(`${languageOf(item)}:${item.signal}`, item.text);
    for (const rule of pack.rules) {
      const language = languageOf(rule);
      const id = `${pack.id}/${rule.id}`;
      rules.push(
        phraseRule(
          { id, kind: 'warning', description: { id: rule.message, ms: rule.message, en: rule.message }, messages: {}, quietInInternalNotes: false },
          [{ lang: [language], match: rule.pattern, suggest: rule.suggestions }],
          packFamilies,
        ),
      );
    }
  }
  const all = [...phrases.values()];
  const byStep = groupBy(all.filter((p) => p.step), (p) => `${p.language}:${p.step}`);
  const bySignal = groupBy(all.filter((p) => p.signal), (p) => `${p.language}:${p.signal}`);
  const byTag = groupBy(all.flatMap((p) => (p.tags ?? []).map((tag) => ({ tag, phrase: p }))), ({ tag, phrase }) => `${phrase.language}:${tag}`);
  const allGestures = [...gestures.values()];
  return {
    phrases: all,
    rules,
    phrasesForStep: (step, language) => byStep.get(`${language}:${step}`) ?? [],
    phrasesForSignal: (signal, language) => bySignal.get(`${language}:${signal}`) ?? [],
    phrasesTagged: (tag, language) => byTag.get(`${language}:${tag}`)?.map(({ phrase }) => phrase) ?? [],
    guidance: (signal, language) => guidance.get(`${language}:${signal}`) ?? guidance.get(`en:${signal}`) ?? '',
    gestures(language, tier, failures) {
      const offers = allGestures
        .filter((g) => g.language === language && !g.neverOffer && g.id !== FALLBACK_GESTURE_ID)
        .filter((g) => tier === 'approval' || !g.needsApproval)
        .filter((g) => !g.for || g.for.length === 0 || g.for.some((f) => failures.includes(f)))
        .map(({ for: _for, neverOffer: _never, ...offer }) => offer);
      if (offers.length > 0) return offers;
      // The method's fallback: say you would like to offer something, and let the customer choose.
      const fallback = allGestures.find((g) => g.language === language && g.id === FALLBACK_GESTURE_ID);
      return fallback ? [{ ...fallback, fallback: true }] : [];
    },
  };
}

/** The gesture every language pack must have: offer something and let the customer choose. */
export const FALLBACK_GESTURE_ID = 'let-customer-choose';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
