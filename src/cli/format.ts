import type { Report } from '../engine/report.js';

/** Exactly one JSON object: the report, with the findings' fields in a stable order. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}

/** Like ESLint's stylish formatter: the file, then line:col, kind, message, rule, and the suggestion. */
export function formatStylish(report: Report, draft: string, file: string): string {
  const lines: string[] = [];
  const lineStarts = [0];
  for (let i = draft.indexOf('\n'); i >= 0; i = draft.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return `${line + 1}:${offset - lineStarts[line]! + 1}`;
  };
  const rows = report.findings.map((f) => [position(f.start), f.kind, f.message, f.rule, f.suggestions[0]] as const);
  const steps = Object.entries(report.steps).map(([step, present]) => `${present ? '✓' : '·'} ${step}`).join('  ');
  const header = [`${file === '-' ? '<stdin>' : file}  (${report.language})`];
  if (rows.length > 0) {
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const [pos, kind, message, rule, suggestion] of rows) {
      lines.push(`  ${pos.padEnd(widths[0]!)}  ${kind.padEnd(widths[1]!)}  ${message.padEnd(widths[2]!)}  ${rule}`);
      if (suggestion) lines.push(`  ${''.padEnd(widths[0]!)}  ${''.padEnd(widths[1]!)}  → ${suggestion}`);
    }
  }
  const warnings = report.findings.filter((f) => f.kind === 'warning').length;
  const suggestions = report.findings.length - warnings;
  const out = [...header, ...lines, '', `  steps: ${steps}`];
  if (report.context.length > 0) out.push(`  customer: ${report.context.join(', ')}`);
  out.push('', `${warnings === 0 ? '✓' : '✖'} ${warnings} warning${warnings === 1 ? '' : 's'}, ${suggestions} suggestion${suggestions === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
