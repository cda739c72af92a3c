import type { Span, StepReport } from '../report.js';
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

/**
 * A resolution judged on the whole draft: a draft that argues resolves nothing when what reads as the fix is part of
 * the argument. Either every resolving sentence holds an arguing warning itself ("Per my last message, the card was
 * dispatched on the 3rd", "Pemberitahuannya sudah kami kirim 30 hari sebelumnya, dan S&K-nya sudah jelas"), or the
 * draft argues in two ways, apologises for nothing and resolves in one sentence only: there the sentence is a record,
 * a policy or a process told in our defence ("Refund masuk automatik dlm 7 hari", "Email pengingat juga sudah kami
 * kirim"). Warnings are source spans of the draft.
 */
export function resolutionInAnArgument(doc: TextDocument, steps: readonly StepReport[], warnings: readonly { rule: string; start: number; end: number }[]): StepReport[] {
  const arguing = warnings.filter((w) => ARGUING_RULES.has(w.rule));
  const resolution = steps.find((s) => s.step === 'resolution');
  if (arguing.length === 0 || !resolution?.present) return [...steps];
  const sentences: Span[] = [];
  for (const span of resolution.spans) {
    const sentence = sentenceOfSource(doc, span.start);
    if (!sentences.some((s) => s.start === sentence.start)) sentences.push(sentence);
  }
  const argued = sentences.every((s) => arguing.some((w) => w.start < s.end && w.end > s.start));
  const acknowledged = steps.some((s) => s.step === 'acknowledgement' && s.present);
  const twoWays = new Set(arguing.map((w) => w.rule)).size >= 2 && !acknowledged && sentences.length === 1;
  if (!argued && !twoWays) return [...steps];
  return steps.map((s) => (s.step === 'resolution' ? { step: s.step, present: false, spans: [] } : s));
}

/** The source span of the sentence around a source position. */
function sentenceOfSource(doc: TextDocument, sourcePosition: number): Span {
  const sentence = sentenceAt(doc, doc.tokenStarts[tokenAtSource(doc, sourcePosition)] ?? 0);
  return toSourceSpan(doc, sentence.start, sentence.end);
}
