import type { Span, StepId, StepReport } from '../report.js';
import { sentenceAt, sentenceIndexAt, tokenAtSource, toSourceSpan, type TextDocument } from '../text/document.js';
import { tokenOccurrence } from '../match/families.js';
import { wordClass } from '../match/lexicon.js';
import { tokenView } from '../match/matcher.js';
import { asksForADetailIn } from './clarification.js';

/**
 * The rules that argue with the customer: blame moved away, an excuse, our costs, suspicion, a refusal, a policy held
 * up, hostility, a counter-threat. Not the rules that frame a fix (favor-framing, presume-solution), nor a colleague
 * blamed, where reporting them is an action of ours the reviewers count, nor not knowing, which argues nothing ("I
 * don't know why the code failed, but I've applied the discount by hand").
 */
const ARGUING_RULES: ReadonlySet<string> = new Set([
  'blame-department', 'excuse', 'internal-costs', 'assume-worst', 'dismiss-request', 'fairness-argument',
  'hostile-tone', 'counter-threat',
]);

// A fix of ours done now: "I've sent a replacement by express today", "paket pengganti sudah saya kirim hari ini",
// "saya dah hantar barang ganti pagi tadi"; not a record ("sudah kami kirim lewat email 30 hari sebelumnya") nor a
// process ("refund masuk otomatis dalam 7 hari"). The words are the lexicon's (`src/lexicon/<language>/`).
const ourFixDoneNowIn = tokenOccurrence(['(@we @done | @done @we) ..8 @now']);

type Warning = { rule: string; start: number; end: number };
type Sentence = { index: number; start: number; end: number };

/**
 * The resolution, the clarification and the extra judged on the whole draft, once its warnings are known: in a draft
 * that argues, what reads as the step is part of the argument. An acknowledgement (an apology or empathy) keeps the
 * step, but for a question that asks no detail in a draft that argues in two ways.
 * For the resolution and the extra, a sentence's warning holds the step when nothing breaks between them (`apart`):
 * a fix or a gesture after "but" stands apart ("…, not us, but I've sent you a replacement by express"), and after "so" or "and" with us giving
 * ("…, not us, so I've added a RM10 voucher").
 * - Resolution: every resolving sentence holds an arguing warning itself ("Per my last message, the card was dispatched
 *   on the 3rd"), or the draft argues in two ways and resolves in one sentence only: there the sentence is a record, a
 *   policy or a process told in our defence ("Refund masuk automatik dlm 7 hari"). A fix of ours done now keeps it
 *   ("I've sent a replacement by express today").
 * - Clarification: every asking sentence holds an arguing warning itself (a doubt, a reproach: "Password betul? Sistem
 *   log kami tunjuk…"), or the draft asks in one sentence only, for no detail, and argues in two ways, or in one with
 *   no acknowledgement: the question doubts or reproaches ("Did you leave it at the door?", "Bapak sudah baca syarat
 *   dan ketentuannya belum?").
 * - Extra: the draft acknowledges nothing and every gesture's words share a clause with an arguing warning ("Each
 *   complimentary upgrade costs the property around RM400 a night", "If we waived it for one bakery we'd have to waive
 *   it for everyone").
 * The check back then follows the resolution kept: with none, only a question on what we proposed or offer stays
 * (`checkBacksWithoutAFix`, source spans, from `detectStepsAndCheckBacksWithoutAFix`).
 * Warnings are source spans of the draft.
 */
export function stepsInAnArgument(
  doc: TextDocument,
  steps: readonly StepReport[],
  warnings: readonly Warning[],
  checkBacksWithoutAFix: () => readonly Span[],
): StepReport[] {
  const arguing = warnings.filter((w) => ARGUING_RULES.has(w.rule));
  if (arguing.length === 0) return [...steps];
  const acknowledged = steps.some((s) => s.step === 'acknowledgement' && s.present);
  const ways = new Set(arguing.map((w) => w.rule)).size;
  const view = tokenView(doc);
  const anyHolds = (sentences: readonly Sentence[], occurs: typeof ourFixDoneNowIn) =>
    sentences.some((s) => occurs(doc, view.sentenceStarts[s.index]!, view.sentenceEnds[s.index]!));
  const present = (id: StepId) => steps.find((s) => s.step === id && s.present);
  const dropped = new Set<StepId>();

  const resolution = present('resolution');
  if (resolution && !acknowledged) {
    const sentences = sentencesOf(doc, resolution.spans);
    const argued = inTheArgument(doc, resolution, arguing) || (sentences.length === 1 && ways >= 2);
    if (argued && !anyHolds(sentences, ourFixDoneNowIn)) dropped.add('resolution');
  }
  const clarification = present('clarification');
  if (clarification) {
    const sentences = sentencesOf(doc, clarification.spans);
    const everyAskingSentenceArgues = sentences.every((s) => arguing.some((w) => w.start < s.end && w.end > s.start));
    const loneQuestionDoubts = sentences.length === 1 && (ways >= 2 || !acknowledged) && !anyHolds(sentences, asksForADetailIn);
    if ((!acknowledged && everyAskingSentenceArgues) || loneQuestionDoubts) dropped.add('clarification');
  }
  const extra = present('extra');
  if (extra && !acknowledged && inTheArgument(doc, extra, arguing)) dropped.add('extra');

  return steps.map((s) => {
    if (s.present && dropped.has(s.step)) return { step: s.step, present: false, spans: [] };
    if (s.step !== 'checkBack' || !dropped.has('resolution')) return s;
    const spans = checkBacksWithoutAFix();
    return { step: s.step, present: spans.length > 0, spans: [...spans] };
  });
}

// The lexicon's one-word entries of a class (`src/lexicon/<language>/<class>.txt`).
const wordsOf = (name: string): ReadonlySet<string> => wordClass(name)!.words;
// Words that open a clause of its own against what came before: "…, not us, but I've added a voucher".
const CONTRAST = wordsOf('contrast-opening');
// A result or a joining word, then us giving: "…, not us, so I've added a voucher", "…, bukan kami, jadi saya kasih
// voucher"; a word of time done may stand between ("jadi sudah saya kembalikan").
const RESULT = wordsOf('result-joining');
const DONE_WORDS = wordsOf('done-or-also');
const FIRST_PERSON = wordsOf('we');

/**
 * Every span of the step has an arguing warning in its sentence with no contrast or result word between them: the
 * step is said as part of the argument ("Each complimentary upgrade costs the property around RM400 a night",
 * "kalau tiap pesanan telat kami kasih voucher, kami nombok terus"; not "…, not us, but I've added a RM10 voucher").
 * A fix before "but" and the warning stays in it: it is told in our defence ("Kami dah hantar parcel ikut masa, tapi
 * Pos Laju yg lambat"); a gesture there stands apart.
 */
function inTheArgument(doc: TextDocument, report: StepReport, arguing: readonly Warning[]): boolean {
  return report.spans.every((span) => {
    const sentence = sentencesOf(doc, [span])[0]!;
    return arguing.some((w) => w.start < sentence.end && w.end > sentence.start && !apart(doc, w, span, report.step === 'extra'));
  });
}

/**
 * The warning and the step's span stand apart: the step's words go on after a contrast, or after a result or joining
 * word with us giving, that follows the warning ("…, not us, but I've sent…", "…, bukan kami, jadi saya kasih
 * voucher"); inside the warning's own words only the latter ("We're short-staffed this week, so I've added…", not
 * "…you'll still need to pay it - if we waived it…"). A gesture before a contrast and the warning stands apart too
 * ("I've added a voucher, though the delay was the courier's"), not before a result word ("Kalau tiap pesanan telat
 * kami kasih voucher, kami nombok terus").
 */
function apart(doc: TextDocument, warning: Warning, span: Span, gesture: boolean): boolean {
  if (warning.start <= span.start && warning.end <= span.end) return breakBetween(doc, warning.end, span.end, true, true);
  if (warning.start <= span.start) return breakBetween(doc, warning.start + 1, span.end, false, true);
  return gesture && span.end <= warning.start && breakBetween(doc, span.end, warning.start, true, false);
}

function breakBetween(doc: TextDocument, from: number, to: number, contrast: boolean, result: boolean): boolean {
  for (let token = tokenAtSource(doc, from); token < doc.tokenTexts.length && doc.tokenSourceStarts[token]! < to; token++) {
    if (doc.tokenSourceStarts[token]! < from) continue;
    const text = doc.tokenTexts[token]!;
    if (contrast && CONTRAST.has(text)) return true;
    if (result && RESULT.has(text) && usGivingAt(doc, token + 1)) return true;
  }
  return false;
}

// "so we'd rather…", "so we'd have to…" is the argument's conclusion, not a giving.
function usGivingAt(doc: TextDocument, token: number): boolean {
  while (token < doc.tokenTexts.length && DONE_WORDS.has(doc.tokenTexts[token]!)) token++;
  const words = doc.tokenTexts[token]?.split(' ') ?? [];
  return FIRST_PERSON.has(words[0]!) && words[1] !== 'would';
}

/** The sentences the spans begin in, each once, with their source spans. */
function sentencesOf(doc: TextDocument, spans: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const start = doc.tokenStarts[tokenAtSource(doc, span.start)] ?? 0;
    const sentence = sentenceAt(doc, start);
    const source = toSourceSpan(doc, sentence.start, sentence.end);
    if (!sentences.some((s) => s.start === source.start)) sentences.push({ index: sentenceIndexAt(doc, start), ...source });
  }
  return sentences;
}
