/**
 * One summary as the week page shows it: the rules that fired and what became of them, the steps most
 * often missed, and the customers' signals by language, each a table of numbers with a bar chart
 * drawn as a small SVG per row. Ids from an imported file passed the summary's schema; they are shown as text.
 */
import { LANGUAGES, SIGNALS, STEPS, type Language } from '../../engine/report.js';
import type { ComponentChildren } from 'preact';
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

/** A column of counts, one per part of the stacked bar; `cell` names its cells for tests and styles. */
interface CountColumn {
  kind: string;
  header: ComponentChildren;
  cell: Record<string, string>;
}

interface CountRow {
  key: string;
  /** Names the row for tests and styles, e.g. `{ 'data-rule': id }`. */
  row: Record<string, string>;
  header: ComponentChildren;
  /** Each column's count, in the columns' order. */
  values: readonly number[];
}

/**
 * The rules' and the signals' table: a row header, optionally a total column, a stacked bar, then one number per
 * part, so that the bar is never the only way to read a figure.
 */
function StackedCounts(props: {
  label: ComponentChildren;
  /** The bar column's name, read only by screen readers. */
  barLabel: string;
  columns: readonly CountColumn[];
  rows: readonly CountRow[];
  max: number;
  /** A first column with the sum of the row's counts. */
  total?: { header: ComponentChildren; cell: Record<string, string> };
  barClass: string;
}) {
  const { label, barLabel, columns, rows, max, total, barClass } = props;
  return (
    <table class="counts">
      <thead>
        <tr>
          <th scope="col">{label}</th>
          {total && (
            <th scope="col" class="num">
              {total.header}
            </th>
          )}
          <th scope="col">
            <span class="visually-hidden">{barLabel}</span>
          </th>
          {columns.map((column) => (
            <th key={column.kind} scope="col" class="num">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...row.row}>
            <th scope="row">{row.header}</th>
            {total && (
              <td class="num" {...total.cell}>
                {row.values.reduce((sum, value) => sum + value, 0)}
              </td>
            )}
            <td class={barClass}>
              <Bar max={max} parts={columns.map((column, i) => ({ kind: column.kind, value: row.values[i] ?? 0 }))} />
            </td>
            {columns.map((column, i) => (
              <td key={column.kind} class="num" {...column.cell}>
                {row.values[i]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
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
            <StackedCounts
              label={t('rules.rule')}
              total={{ header: t('rules.times'), cell: { 'data-count': 'fired' } }}
              barLabel={t('rules.title')}
              barClass="rule-bar"
              max={maxFired}
              columns={OUTCOMES.map((outcome) => ({ kind: outcome, header: outcomeLabel(outcome), cell: { 'data-count': outcome } }))}
              rows={rules.map((rule) => ({
                key: rule.id,
                row: { 'data-rule': rule.id },
                header: (
                  <>
                    <code>{rule.id}</code>
                    {ruleDescription(rule.id) && <span class="rule-line">{ruleDescription(rule.id)}</span>}
                  </>
                ),
                values: OUTCOMES.map((outcome) => rule.outcomes[outcome]),
              }))}
            />
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
            {/* Codes keep three languages within half the page; the legend names them. */}
            <StackedCounts
              label={t('signals.signal')}
              barLabel={t('signals.title')}
              barClass="bar-cell"
              max={maxSignal}
              columns={languages.map((language) => ({
                kind: `lang-${language}`,
                header: <abbr title={ui(`language.${language}`)}>{language.toUpperCase()}</abbr>,
                cell: { 'data-language': language },
              }))}
              rows={signals.map((row) => ({
                key: row.signal,
                row: { 'data-signal': row.signal },
                header: t(`signal.${row.signal}`),
                values: languages.map((language) => row.by[language]),
              }))}
            />
          </>
        )}
      </section>
    </div>
  );
}
