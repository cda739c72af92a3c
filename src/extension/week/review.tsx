/**
 * One summary as the week page shows it: the rules that fired and what became of them, the steps most
 * often missed, and the customers' signals by language, each a table of numbers with a bar chart
 * drawn as a small SVG per row. Ids from an imported file passed the summary's schema; they are shown as text.
 */
import { LANGUAGES, SIGNALS, STEPS, type Language } from '../../engine/report.js';
import type { Translate } from '../i18n/messages.js';
import { fired, OUTCOMES, totalDrafts, type Outcome, type WeekSummary } from './model.js';
import type { WeekTranslate } from './messages.js';

const BAR_WIDTH = 220;
const BAR_HEIGHT = 12;

interface Part {
  value: number;
  /** Its colour, from week.css. */
  kind: string;
}

/** A horizontal bar of stacked parts, scaled to `max`; the numbers are in the table beside it. */
export function Bar({ parts, max }: { parts: readonly Part[]; max: number }) {
  let x = 0;
  return (
    <svg class="bar" height={BAR_HEIGHT} viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} rx={3} />
      {parts.map((part) => {
        const width = max > 0 ? (part.value / max) * BAR_WIDTH : 0;
        const rect = <rect key={part.kind} class={`part ${part.kind}`} x={x} y={0} width={width} height={BAR_HEIGHT} />;
        x += width;
        return rect;
      })}
    </svg>
  );
}

function Legend({ items }: { items: readonly { kind: string; label: string }[] }) {
  return (
    <ul class="legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.kind}>
          <svg width="10" height="10" viewBox="0 0 10 10">
            <rect class={`part ${item.kind}`} width="10" height="10" rx="2" />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export interface ReviewProps {
  summary: WeekSummary;
  t: WeekTranslate;
  /** The sidebar's strings: the names of the steps and the languages. */
  ui: Translate;
  /** A rule's one line in the UI language; a pack's rule that is not installed here has none. */
  ruleDescription(id: string): string | undefined;
  /** Which view: `mine` or `team`, for ids that stay unique on the page. */
  scope: string;
}

export function Review({ summary, t, ui, ruleDescription, scope }: ReviewProps) {
  const replies = totalDrafts(summary);
  const rules = Object.entries(summary.rules)
    .map(([id, outcomes]) => ({ id, outcomes, fired: fired(outcomes) }))
    .filter((rule) => rule.fired > 0)
    .sort((a, b) => b.fired - a.fired || (a.id < b.id ? -1 : 1));
  const flagged = rules.reduce((n, rule) => n + rule.fired, 0);
  const maxFired = Math.max(0, ...rules.map((rule) => rule.fired));
  const steps = STEPS.map((step) => ({ step, missed: summary.missed[step] ?? 0 })).sort((a, b) => b.missed - a.missed);
  const languages = LANGUAGES.filter((language) => Object.values(summary.signals[language] ?? {}).some((n) => (n ?? 0) > 0));
  const signals = SIGNALS.map((signal) => ({ signal, by: Object.fromEntries(languages.map((language) => [language, summary.signals[language]?.[signal] ?? 0])) as Record<Language, number> }))
    .map((row) => ({ ...row, total: languages.reduce((n, language) => n + row.by[language], 0) }))
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total);
  const maxSignal = Math.max(0, ...signals.map((row) => row.total));
  const outcomeLabel = (outcome: Outcome) => t(`outcome.${outcome}`);

  return (
    <div class="review" data-review={scope}>
      <p class="totals" data-totals="">
        {t('totals', { replies, flagged })}
      </p>

      <section class="block" aria-labelledby={`${scope}-rules`} data-block="rules">
        <h3 id={`${scope}-rules`}>{t('rules.title')}</h3>
        {rules.length === 0 ? (
          <p class="muted">{t('rules.empty')}</p>
        ) : (
          <>
            <Legend items={OUTCOMES.map((outcome) => ({ kind: outcome, label: outcomeLabel(outcome) }))} />
            <table class="counts">
              <thead>
                <tr>
                  <th scope="col">{t('rules.rule')}</th>
                  <th scope="col" class="num">
                    {t('rules.times')}
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">{t('rules.title')}</span>
                  </th>
                  {OUTCOMES.map((outcome) => (
                    <th key={outcome} scope="col" class="num">
                      {outcomeLabel(outcome)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => (
                  <tr key={rule.id} data-rule={rule.id}>
                    <th scope="row">
                      <code>{rule.id}</code>
                      {ruleDescription(rule.id) && <span class="rule-line">{ruleDescription(rule.id)}</span>}
                    </th>
                    <td class="num" data-count="fired">
                      {rule.fired}
                    </td>
                    <td class="rule-bar">
                      <Bar max={maxFired} parts={OUTCOMES.map((outcome) => ({ kind: outcome, value: rule.outcomes[outcome] }))} />
                    </td>
                    {OUTCOMES.map((outcome) => (
                      <td key={outcome} class="num" data-count={outcome}>
                        {rule.outcomes[outcome]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section class="block" aria-labelledby={`${scope}-steps`} data-block="steps">
        <h3 id={`${scope}-steps`}>{t('steps.title')}</h3>
        {replies === 0 ? (
          <p class="muted">{t('steps.empty')}</p>
        ) : (
          <table class="counts">
            <tbody>
              {steps.map(({ step, missed }) => (
                <tr key={step} data-step={step}>
                  <th scope="row">{ui(`step.${step}`)}</th>
                  <td class="bar-cell">
                    <Bar max={replies} parts={[{ kind: 'missed', value: missed }]} />
                  </td>
                  <td data-count="missed" data-missed={missed}>
                    {t('steps.missed', { count: missed, total: replies })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="block" aria-labelledby={`${scope}-signals`} data-block="signals">
        <h3 id={`${scope}-signals`}>{t('signals.title')}</h3>
        {signals.length === 0 ? (
          <p class="muted">{t('signals.empty')}</p>
        ) : (
          <>
            <Legend items={languages.map((language) => ({ kind: `lang-${language}`, label: `${language.toUpperCase()} · ${ui(`language.${language}`)}` }))} />
            <table class="counts">
              <thead>
                <tr>
                  <th scope="col">{t('signals.signal')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('signals.title')}</span>
                  </th>
                  {/* Codes keep three languages within half the page; the legend names them. */}
                  {languages.map((language) => (
                    <th key={language} scope="col" class="num">
                      <abbr title={ui(`language.${language}`)}>{language.toUpperCase()}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {signals.map((row) => (
                  <tr key={row.signal} data-signal={row.signal}>
                    <th scope="row">{t(`signal.${row.signal}`)}</th>
                    <td class="bar-cell">
                      <Bar max={maxSignal} parts={languages.map((language) => ({ kind: `lang-${language}`, value: row.by[language] }))} />
                    </td>
                    {languages.map((language) => (
                      <td key={language} class="num" data-language={language}>
                        {row.by[language]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
