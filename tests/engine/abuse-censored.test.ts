import { describe, expect, it } from 'vitest';
import { CENSORED, MAY_BE_CENSORED, findAbuseSpans } from '../../src/engine/signals/abuse.js';
import { toDocument } from '../../src/engine/text/document.js';

// Letters and marks censored words are made of, in both cases, with look-alikes case folding reaches (ſ, the Kelvin sign).
const UNITS = ['f', 'F', 'u', 'U', '*', '#', '@', '%', '$', '-', 'c', 'k', 'K', 'i', 'n', 'g', 'e', 'd', 's', 'S', 'ſ', 'h', 'H', '!', '1', 't', 'T', 'b', 'B', 'a', 'A', 'o', 'l', ' ', 'é', '.'];

describe('censored swearing (signals/abuse.ts)', () => {
  it('is searched for in every message that may hold it: each text CENSORED finds a word in passes MAY_BE_CENSORED', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let found = 0;
    for (let k = 0; k < 200_000; k++) {
      let text = '';
      for (let length = 2 + Math.floor(random() * 9); length > 0; length--) text += UNITS[Math.floor(random() * UNITS.length)];
      if (new RegExp(CENSORED.source, CENSORED.flags).test(text)) {
        found++;
        expect(MAY_BE_CENSORED.test(text), text).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('is found in each of its forms, and not searched for in a message without one', () => {
    for (const word of ['f*ck', 'F#@k', 'f-king', 'fu*k', 'F**KING', 'sh!t', 'SH1T', 'b*tch', 'a$$hole', 'A**HOLE']) {
      const text = `Well, ${word}, this again.`;
      expect(findAbuseSpans(toDocument(text)).map(({ start, end }) => text.slice(start, end)), word).toContain(word);
    }
    expect(MAY_BE_CENSORED.test('Paket saya belum sampai juga, sudah 2 minggu! Saya kecewa banget.')).toBe(false);
  });
});
