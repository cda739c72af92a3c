import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { escapeNonAscii } from '../../scripts/bundle-lib.mjs';

// The code as JavaScript reads it: each escaped text must evaluate to what the original did.
const evaluate = (code: string): unknown => new Function(`return ${code};`)();

describe('the library bundle in ASCII', () => {
  it.each([
    ["'café…'", 'a string'],
    ["'\\é'", 'an identity escape in a string'],
    ["'\\\\é'", 'an escaped backslash, then the character'],
    ["'\\\\\\é'", 'an escaped backslash, then an identity escape'],
    ['`\\’ ${1}`', 'an identity escape in a template'],
    ["'😀'", 'a character outside the BMP'],
  ])('writes %s (%s) in ASCII, evaluating to the same', (code) => {
    const escaped: string = escapeNonAscii(code);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    expect(evaluate(escaped)).toBe(evaluate(code));
  });

  it('keeps what a regular expression matches, an identity escape included', () => {
    for (const code of ['/\\’s/', '/[’‘]/u', '/\\\\é/']) {
      const [before, after] = [evaluate(code), evaluate(escapeNonAscii(code))] as RegExp[];
      for (const text of ['it’s', '‘a', '\\é', 'é']) expect(after!.test(text), `${code} on ${text}`).toBe(before!.test(text));
    }
  });
});
