import type { AnalyzeOptions } from './options.js';
import type { Finding, Report, Signal } from './report.js';
import { STEPS } from './report.js';
import { toDocument, type TextDocument } from './text/document.js';
import { detectLanguage } from './language.js';
import { RULES } from './rules/index.js';
import type { RawFinding, Rule } from './rules/rule.js';
import { detectStepsAndCheckBacksWithoutAFix } from './steps/index.js';
import { calmFirst } from './steps/calm-first.js';
import { stepsInAnArgument } from './steps/argument.js';
import { readSignals } from './signals/index.js';
import { detectFailures } from './failures.js';
import { libraryFor } from './packs/library.js';
import { fillMessage } from './messages.js';
import { handoverOffer } from './handover.js';
import { learnedFindings } from './learned/layer.js';
import { inReportedQuote } from './text/reported-quote.js';

// The customer's message stays the same while the agent types: it is read into a document once, and the matcher's
// work on its words (`match/matcher.ts` keeps it with the document) is done once too.
let lastCustomer: TextDocument | undefined;

function customerDocument(message: string): TextDocument {
  if (lastCustomer?.source !== message) lastCustomer = toDocument(message);
  return lastCustomer;
}

/**
 * Where a host puts what to call before and after the first analysis of a process: the Node loader of the library's
 * bundle (`scripts/bundle-load.mjs`) holds V8's optimising compilers back for it. A first analysis runs most of the
 * engine's code once, reading tables and building what later analyses reuse: optimised for that one run (TurboFan on
 * loops that never run again, then thrown away for the next draft's types), it took about half of the first analysis's
 * CPU time and slowed the analyses after it. Not an API, nor an export: the loader defines it on `globalThis` under this
 * registered symbol, read-only and frozen, before the bundle runs, so that no importer can replace it.
 */
const FIRST_ANALYSIS_HOOKS = Symbol.for('ramah.firstAnalysisHooks');

interface FirstAnalysisHooks {
  before?: () => void;
  after?: () => void;
}

let analysedOnce = false;

/**
 * Reads a reply draft (and the customer's last message, when known) and says what it does well and what to avoid.
 * Pure and deterministic: no DOM, no browser API, no I/O.
 */
export function analyze(draft: string, options: AnalyzeOptions = {}): Report {
  if (analysedOnce) return analyzeDraft(draft, options);
  analysedOnce = true;
  const hooks = (globalThis as Record<symbol, FirstAnalysisHooks | undefined>)[FIRST_ANALYSIS_HOOKS];
  hooks?.before?.();
  try {
    return analyzeDraft(draft, options);
  } finally {
    hooks?.after?.();
  }
}

function analyzeDraft(draft: string, options: AnalyzeOptions): Report {
  const library = libraryFor(options.packs ?? [], !options.withoutBuiltinPacks);
  const document = toDocument(draft);
  const customer = options.customerMessage ? customerDocument(options.customerMessage) : undefined;
  const language = !options.language || options.language === 'auto' ? detectLanguage(document, customer) : options.language;
  // What is said to the agent; what goes into the draft stays in `language`.
  const said = options.messageLanguage ?? language;

  const signalReads = customer ? readSignals(customer) : [];
  const signals = new Set<Signal>(signalReads.map((s) => s.signal));
  const internal = options.audience === 'internal';
  const context = { draft: document, language, customer, signals, placeholders: options.placeholders, phrases: library.phrasesTagged, internal };

  const findings: Finding[] = [];
  const enabled = (rule: Rule) => options.rules?.[rule.meta.id] !== 'off' && !(internal && rule.meta.quietInInternalNotes);
  const run = (rule: Rule) => {
    if (!enabled(rule)) return;
    for (const raw of rule.check(context)) {
      // Someone else's words the agent reports ("being told "I don't know""): phrase rules leave them out as they
      // match; a rule with its own check is held to the same here.
      if (rule.meta.kind === 'warning' && inReportedQuote(document, raw.start, raw.end)) continue;
      findings.push(toFinding(rule, raw, draft, said));
    }
  };
  for (const rule of RULES) run(rule);
  for (const rule of library.rules) run(rule);
  // The learned layer speaks only for the rules the phrase rules left silent, a sentence at most for each; a rule
  // switched off counts as found, so that the layer neither scores it nor reads on for it.
  const settled = new Set([...findings.map((f) => f.rule), ...RULES.filter((r) => !enabled(r)).map((r) => r.meta.id)]);
  for (const learned of options.withoutLearnedLayer ? [] : learnedFindings(document, language, settled, findings)) {
    const rule = RULES.find((r) => r.meta.id === learned.rule);
    if (!rule || rule.answers?.(document, learned)) continue;
    findings.push(toFinding(rule, { start: learned.start, end: learned.end, messageId: 'default', suggestions: [] }, draft, said));
  }

  const { steps: stepsFound, checkBacksWithoutAFix } = detectStepsAndCheckBacksWithoutAFix(document, customer);
  const stepDetails = stepsInAnArgument(document, stepsFound, findings, checkBacksWithoutAFix);
  const steps = Object.fromEntries(stepDetails.map((s) => [s.step, s.present])) as Report['steps'];
  // Where the fix stands in the draft, whether or not the draft as a whole resolves.
  const calm = calmFirst(stepsFound, signals);
  if (calm) run(calm);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const merged = mergeOverlaps(findings);

  const failures = detectFailures(document, customer);
  const tier = options.tier ?? 'self';
  const gestures = failures.length > 0 && !steps.extra ? library.gestures(language, tier, failures) : [];
  const handover = handoverOffer({
    signals,
    earlierCustomerMessages: options.earlierCustomerMessages,
    gestures,
    language,
    phrasesTagged: library.phrasesTagged,
    internal,
  });
  return {
    language,
    findings: merged,
    steps,
    stepDetails,
    phraseSuggestions: STEPS.filter((step) => !steps[step]).flatMap((step) => library.phrasesForStep(step, language)),
    context: signalReads.map((s) => s.signal),
    signals: signalReads.map((s) => ({ ...s, guidance: library.guidance(s.signal, said), phrases: library.phrasesForSignal(s.signal, language) })),
    failures,
    gestures,
    ...(handover ? { handover } : {}),
  };
}

/** Rules whose charge is heavier than the others', named first on a card where the words allow. */
const HEAVIER_CHARGES: ReadonlySet<string> = new Set(['hostile-tone']);

/**
 * One finding per span of words: findings that share words (of two rules, or of a pack's rule and a built-in one)
 * become one card, since applying one rewording changes the words the other flags. The card flags the words of the
 * finding that reaches furthest and offers its rewording, which replaces everything the others flag and so settles
 * them too; on the same reach, a warning before a suggestion, then the first in order. That finding also heads the
 * card (its title and message), but for the heavier charge of talking down to the customer (`HEAVIER_CHARGES`): it
 * heads the card when it heads no other card of the draft and the furthest-reaching rule does ("clearly stated in
 * the terms you accepted" is condescension as well as the terms argued, and the terms have their own card
 * elsewhere), so that the agent reads it first; the card keeps the furthest-reaching words and rewording. The others'
 * rules and messages come along in `also`, and the rewordings of those that flagged exactly the card's words follow
 * its own. Findings are sorted by position; an insertion (an empty span) shares no words and is a card of its own.
 */
export function mergeOverlaps(findings: readonly Finding[]): Finding[] {
  const insertions: Finding[] = [];
  const groups: Finding[][] = [];
  let group: Finding[] = [];
  let groupEnd = -1;
  const close = () => {
    if (group.length > 0) groups.push(group);
    group = [];
  };
  for (const finding of findings) {
    if (finding.start === finding.end) {
      insertions.push(finding);
      continue;
    }
    if (finding.start >= groupEnd) close();
    group.push(finding);
    groupEnd = Math.max(group.length === 1 ? finding.end : groupEnd, finding.end);
  }
  close();
  const furthest = groups.map(furthestReaching);
  const heads = [...furthest];
  const cardsOf = new Map<string, number>();
  for (const f of [...insertions, ...heads]) cardsOf.set(f.rule, (cardsOf.get(f.rule) ?? 0) + 1);
  groups.forEach((members, i) => {
    const head = heads[i]!;
    if ((cardsOf.get(head.rule) ?? 0) < 2) return;
    const unnamed = members.filter((f) => f.kind === 'warning' && HEAVIER_CHARGES.has(f.rule) && (cardsOf.get(f.rule) ?? 0) === 0);
    if (unnamed.length === 0) return;
    const heavier = furthestReaching(unnamed);
    cardsOf.set(head.rule, cardsOf.get(head.rule)! - 1);
    cardsOf.set(heavier.rule, 1);
    heads[i] = heavier;
  });
  const cards = groups.map((members, i) => (members.length === 1 ? members[0]! : mergeGroup(members, furthest[i]!, heads[i]!)));
  return [...insertions, ...cards].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function furthestReaching(group: readonly Finding[]): Finding {
  const reach = (f: Finding) => f.end - f.start;
  return group.reduce((best, f) => (reach(f) > reach(best) || (reach(f) === reach(best) && f.kind === 'warning' && best.kind !== 'warning') ? f : best));
}

/** The card of a group: `head`'s title and message over `furthest`'s words, with rewordings that replace them all. */
function mergeGroup(group: readonly Finding[], furthest: Finding, head: Finding): Finding {
  const others = group.filter((f) => f !== head);
  const sameWords = (f: Finding) => f.start === furthest.start && f.end === furthest.end;
  // The head's own rewording first when it replaces all the card's words, then the furthest-reaching one's.
  const wholeSpan = [head, furthest, ...others].filter(sameWords);
  const suggestions = [...new Set(wholeSpan.flatMap((f) => f.suggestions))];
  const also = [...(head.also ?? []), ...others.flatMap((f) => [{ rule: f.rule, messageId: f.messageId, message: f.message }, ...(f.also ?? [])])];
  return { ...head, start: furthest.start, end: furthest.end, text: furthest.text, suggestions, also };
}

function toFinding(rule: Rule, raw: RawFinding, draft: string, said: Report['language']): Finding {
  return {
    rule: rule.meta.id,
    kind: rule.meta.kind,
    start: raw.start,
    end: raw.end,
    text: draft.slice(raw.start, raw.end),
    messageId: raw.messageId,
    message: fillMessage(rule.meta.messages[raw.messageId]?.[said] ?? rule.meta.description[said], raw.data),
    suggestions: raw.suggestions,
  };
}
