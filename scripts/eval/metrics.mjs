// Scores engine reports against labelled drafts, in the format of ../shared/eval-dev/README.md. Pure functions: the
// eval command and its tests share them.

export const WARNING_RULES = [
  'blame-department', 'blame-colleague', 'excuse', 'internal-costs', 'assume-worst', 'presume-solution',
  'dismiss-request', 'fairness-argument', 'favor-framing', 'dont-know', 'hostile-tone', 'counter-threat',
];

/** Counts of one kind of decision. */
const counts = () => ({ tp: 0, fp: 0, fn: 0 });

/** One labelled yes or no against the engine's, as counts. */
const decision = (want, got) => ({ tp: Number(want && got), fp: Number(got && !want), fn: Number(want && !got) });
const addCounts = (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });

export function f1Of({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** What one draft's report got right and wrong. */
export function judge(labelled, report) {
  const warnings = report.findings.filter((finding) => finding.kind === 'warning');
  // Labels name the method's twelve rules only; a warning of another rule (an unfilled {placeholder}) cannot be
  // labelled, so it is counted apart, not as false.
  const fired = new Set(warnings.map((finding) => finding.rule).filter((rule) => WARNING_RULES.includes(rule)));
  const unjudged = warnings.filter((finding) => !WARNING_RULES.includes(finding.rule)).length;
  // What the agent is shown: a card's own rule and the rules merged into it (`also`), whose messages it carries too.
  const shown = new Set([...fired, ...warnings.flatMap((finding) => (finding.also ?? []).map((merged) => merged.rule)).filter((rule) => WARNING_RULES.includes(rule))]);
  const wanted = new Set(labelled.warnings);
  const maybe = new Set(labelled.maybe ?? []);
  const steps = [];
  for (const [step, want] of Object.entries(labelled.steps ?? {})) {
    const got = Boolean(report.steps?.[step]);
    if (got !== want) steps.push({ step, want, got });
  }
  // Signals are read from the customer's message: without one there is nothing to score.
  const signalsWanted = new Set(labelled.customer ? labelled.context ?? [] : []);
  const signalsGot = new Set(labelled.customer ? report.context ?? [] : []);
  const perStep = Object.fromEntries(Object.entries(labelled.steps ?? {}).map(([step, want]) => [step, decision(want, Boolean(report.steps?.[step]))]));
  const perSignal = Object.fromEntries([...new Set([...signalsWanted, ...signalsGot])].map((signal) => [signal, decision(signalsWanted.has(signal), signalsGot.has(signal))]));
  return {
    hit: [...wanted].filter((rule) => fired.has(rule)),
    missed: [...wanted].filter((rule) => !fired.has(rule)),
    extra: [...fired].filter((rule) => !wanted.has(rule) && !maybe.has(rule)),
    unjudged,
    shown: {
      tp: [...wanted].filter((rule) => shown.has(rule)).length,
      fn: [...wanted].filter((rule) => !shown.has(rule)).length,
      fp: [...shown].filter((rule) => !wanted.has(rule) && !maybe.has(rule)).length,
    },
    stepCounts: Object.values(perStep).reduce(addCounts, counts()),
    perStep,
    stepErrors: steps,
    signals: Object.values(perSignal).reduce(addCounts, counts()),
    perSignal,
    languageRight: report.language === labelled.lang,
  };
}

/** Figures for a group of judged drafts. */
export function summarise(judged) {
  const warnings = counts();
  let warningsShown = counts();
  let unjudged = 0;
  const steps = counts();
  const signals = counts();
  const perRule = Object.fromEntries(WARNING_RULES.map((rule) => [rule, counts()]));
  const perStep = {};
  const perSignal = {};
  let clean = 0;
  let cleanLeftAlone = 0;
  let languageRight = 0;
  for (const { labelled, verdict } of judged) {
    warnings.tp += verdict.hit.length;
    warnings.fn += verdict.missed.length;
    warnings.fp += verdict.extra.length;
    for (const rule of verdict.hit) (perRule[rule] ??= counts()).tp++;
    for (const rule of verdict.missed) (perRule[rule] ??= counts()).fn++;
    for (const rule of verdict.extra) (perRule[rule] ??= counts()).fp++;
    warningsShown = addCounts(warningsShown, verdict.shown);
    unjudged += verdict.unjudged;
    for (const [step, c] of Object.entries(verdict.perStep)) perStep[step] = addCounts(perStep[step] ?? counts(), c);
    for (const [signal, c] of Object.entries(verdict.perSignal)) perSignal[signal] = addCounts(perSignal[signal] ?? counts(), c);
    for (const key of ['tp', 'fp', 'fn']) {
      steps[key] += verdict.stepCounts[key];
      signals[key] += verdict.signals[key];
    }
    if (labelled.warnings.length === 0) {
      clean++;
      if (verdict.extra.length === 0) cleanLeftAlone++;
    }
    if (verdict.languageRight) languageRight++;
  }
  return {
    drafts: judged.length,
    warnings: { ...warnings, ...f1Of(warnings) },
    warningsShown: { ...warningsShown, ...f1Of(warningsShown) },
    unjudged,
    clean,
    cleanLeftAlone,
    steps: f1Of(steps).f1,
    signals: f1Of(signals).f1,
    languageRight,
    perRule: withF1(perRule),
    perStep: withF1(perStep),
    perSignal: withF1(perSignal),
  };
}

const withF1 = (byName) => Object.fromEntries(Object.entries(byName).map(([name, c]) => [name, { ...c, ...f1Of(c) }]));
