import type { Span, StepId, StepReport } from '../report.js';
import { sentenceAt, tokenAtSource, toSourceSpan, type TextDocument } from '../text/document.js';

/**
 * The rules that argue with the customer: blame moved away, an excuse, our costs, suspicion, a refusal, a policy held
 * up, not knowing, hostility, a counter-threat. Not the rules that frame a fix (favor-framing, presume-solution), nor a
 * colleague blamed, where reporting them is an action of ours the reviewers count.
 */
const ARGUING_RULES: ReadonlySet<string> = new Set([
  'blame-department', 'excuse', 'internal-costs', 'assume-worst', 'dismiss-request', 'fairness-argument', 'dont-know',
  'hostile-tone', 'counter-threat',
]);

type Warning = { rule: string; start: number; end: number };

/**
 * The resolution, the clarification and the extra judged on the whole draft, once its warnings are known: in a draft
 * that argues, what reads as the step is part of the argument.
 * - Resolution: every resolving sentence holds an arguing warning itself ("Per my last message, the card was dispatched
 *   on the 3rd"), or the draft argues in two ways, apologises for nothing and resolves in one sentence only: there the
 *   sentence is a record, a policy or a process told in our defence ("Refund masuk automatik dlm 7 hari").
 * - Clarification: every asking sentence holds an arguing warning itself (a doubt, a reproach: "Password betul? Sistem
 *   log kami tunjuk…"), or the draft asks in one sentence only and argues in two ways, or in one with no apology: the
 *   question doubts or reproaches ("Did you leave it at the door?", "Bapak sudah baca syarat dan ketentuannya belum?").
 * - Extra: the same as the clarification: the gesture's words stand in the argument ("Each complimentary upgrade costs the
 *   property around RM400 a night", "If we waived it for one bakery we'd have to waive it for everyone"), or they are
 *   the draft's only ones and it argues in two ways, or in one with no apology.
 * Warnings are source spans of the draft.
 */
export function stepsInAnArgument(doc: TextDocument, steps: readonly StepReport[], warnings: readonly Warning[]): StepReport[] {
  const arguing = warnings.filter((w) => ARGUING_RULES.has(w.rule));
  if (arguing.length === 0) return [...steps];
  const ways = new Set(arguing.map((w) => w.rule)).size;
  const acknowledged = steps.some((s) => s.step === 'acknowledgement' && s.present);
  const argued = new Set<StepId>();
  const once = new Set<StepId>();
  for (const report of steps) {
    if (!report.present) continue;
    const sentences = sentencesOf(doc, report.spans);
    if (sentences.every((s) => arguing.some((w) => w.start < s.end && w.end > s.start))) argued.add(report.step);
    if (sentences.length === 1) once.add(report.step);
  }
  const dropped = new Set<StepId>();
  if (argued.has('resolution') || (once.has('resolution') && ways >= 2 && !acknowledged)) dropped.add('resolution');
  for (const step of ['clarification', 'extra'] as const) {
    if (argued.has(step) || (once.has(step) && (ways >= 2 || !acknowledged))) dropped.add(step);
  }
  return steps.map((s) => (s.present && dropped.has(s.step) ? { step: s.step, present: false, spans: [] } : s));
}

/** The source spans of the sentences the spans begin in, each once. */
function sentencesOf(doc: TextDocument, spans: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  for (const span of spans) {
    const sentence = sentenceAt(doc, doc.tokenStarts[tokenAtSource(doc, span.start)] ?? 0);
    const source = toSourceSpan(doc, sentence.start, sentence.end);
    if (!sentences.some((s) => s.start === source.start)) sentences.push(source);
  }
  return sentences;
}
