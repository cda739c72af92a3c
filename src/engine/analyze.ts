import type { AnalyzeOptions } from './options.js';
import type { Finding, Report, Signal } from './report.js';
import { STEPS } from './report.js';
import { toDocument } from './text/document.js';
import { detectLanguage } from './language.js';
import { RULES } from './rules/index.js';
import type { RawFinding, Rule } from './rules/rule.js';
import { detectSteps } from './steps/index.js';
import { calmFirst } from './steps/calm-first.js';
import { readSignals } from './signals/index.js';
import { detectFailures } from './failures.js';
import { libraryFor } from './packs/library.js';
import { fillMessage } from './messages.js';

/**
 * Reads a reply draft (and the customer's last message, when known) and says what it does well and what to avoid.
 * Pure and deterministic: no DOM, no browser API, no I/O.
 */
export function analyze(draft: string, options: AnalyzeOptions = {}): Report {
  const library = libraryFor(options.packs ?? [], !options.withoutBuiltinPacks);
  const document = toDocument(draft);
  const customer = options.customerMessage ? toDocument(options.customerMessage) : undefined;
  const language = !options.language || options.language === 'auto' ? detectLanguage(document, customer) : options.language;
  // What is said to the agent; what goes into the draft stays in `language`.
  const said = options.messageLanguage ?? language;

  const signalReads = customer ? readSignals(customer) : [];
  const signals = new Set<Signal>(signalReads.map((s) => s.signal));
  const context = { draft: document, language, customer, signals, placeholders: options.placeholders };

  const internal = options.audience === 'internal';
  const findings: Finding[] = [];
  const run = (rule: Rule) => {
    if (options.rules?.[rule.meta.id] === 'off') return;
    if (internal && rule.meta.quietInInternalNotes) return;
    for (const raw of rule.check(context)) findings.push(toFinding(rule, raw, draft, said));
  };
  for (const rule of RULES) run(rule);
  for (const rule of library.rules) run(rule);

  const stepDetails = detectSteps(document);
  const steps = Object.fromEntries(stepDetails.map((s) => [s.step, s.present])) as Report['steps'];
  const calm = calmFirst(stepDetails, signals);
  if (calm) run(calm);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));

  const failures = detectFailures(document, customer);
  const tier = options.tier ?? 'self';
  return {
    language,
    findings,
    steps,
    stepDetails,
    phraseSuggestions: STEPS.filter((step) => !steps[step]).flatMap((step) => library.phrasesForStep(step, language)),
    context: signalReads.map((s) => s.signal),
    signals: signalReads.map((s) => ({ ...s, guidance: library.guidance(s.signal, said), phrases: library.phrasesForSignal(s.signal, language) })),
    failures,
    gestures: failures.length > 0 && !steps.extra ? library.gestures(language, tier, failures) : [],
  };
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
