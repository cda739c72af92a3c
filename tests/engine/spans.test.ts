import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/engine/report.js';
import { overlapsAny } from '../../src/engine/text/spans.js';

describe('overlapsAny', () => {
  const sharesAPosition = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

  it('says what a look through every span says, on spans nested, touching, empty and out of order', () => {
    // A fixed sequence of pseudo-random spans (a linear congruential generator), so that a failure repeats.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: next(12) }, () => {
        const start = next(40);
        return { start, end: start + next(8) };
      });
      const overlaps = overlapsAny(spans);
      for (let start = 0; start < 50; start++) {
        for (const length of [0, 1, 3, 9]) {
          const span = { start, end: start + length };
          expect(overlaps(span), JSON.stringify({ spans, span })).toBe(spans.some((s) => sharesAPosition(span, s)));
        }
      }
    }
  });

  it('finds a long span that starts before a shorter one and reaches past it', () => {
    const overlaps = overlapsAny([{ start: 0, end: 100 }, { start: 10, end: 12 }, { start: 50, end: 51 }]);
    expect(overlaps({ start: 60, end: 70 })).toBe(true);
    expect(overlaps({ start: 100, end: 120 })).toBe(false);
    expect(overlapsAny([])({ start: 0, end: 5 })).toBe(false);
  });
});
