/**
 * The shared development drafts and the red-team set, which the engine was built with, keep every warning they had:
 * none missed, none false (`npm run eval -- dev red-team` prints the same figures). A change that costs one of them
 * fails here, not first in a later session's figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';

interface Labelled {
  id: string;
  draft: string;
  customer?: string;
  warnings: string[];
  maybe?: string[];
}

const SETS = {
  dev: join(import.meta.dirname, '../../../shared/eval-dev'),
  'red-team': join(import.meta.dirname, '../eval'),
};

function drafts(folder: string): Labelled[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Labelled);
}

describe.each(Object.entries(SETS))('the %s set', (_, folder) => {
  const labelled = drafts(folder);

  it('has its drafts', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(60);
  });

  it('gets every warning, and no false one', () => {
    const wrong = labelled.flatMap(({ id, draft, customer, warnings, maybe = [] }) => {
      const fired = new Set(analyze(draft, { customerMessage: customer }).findings.filter((f) => f.kind === 'warning').map((f) => f.rule));
      const missed = warnings.filter((rule) => !fired.has(rule)).map((rule) => `${id}: missed ${rule}`);
      const extra = [...fired].filter((rule) => !warnings.includes(rule) && !maybe.includes(rule)).map((rule) => `${id}: false ${rule}`);
      return [...missed, ...extra];
    });
    expect(wrong).toEqual([]);
  });
});
