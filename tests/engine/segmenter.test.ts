import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { TOKEN, toDocument, tokensOf } from '../../src/engine/text/document.js';

/** The sentences of a draft, as their normalised text. */
const sentences = (draft: string) => {
  const doc = toDocument(draft);
  return doc.sentences.map((sentence) => doc.normal.slice(sentence.start, sentence.end).trim());
};
const warnings = (draft: string) => analyze(draft).findings.filter((finding) => finding.kind === 'warning').map((finding) => finding.rule);

describe('sentences of chat text without punctuation', () => {
  it('ends a sentence at a line break', () => {
    expect(sentences('ok kak\nsy cek dulu ya\nNanti sy kabari')).toEqual(['ok kak .', 'saya cek dulu ya .', 'nanti saya kabari']);
    expect(sentences('Hi Lisa,\nThanks for waiting')).toEqual(['hi lisa , .', 'thanks for waiting']);
  });

  it('goes on over a line break after a comma or a word no sentence ends with, before a lower-case line', () => {
    expect(sentences('If you cancel now,\nwe will refund the rest.')).toEqual(['if you cancel now , we will refund the rest .']);
    expect(sentences('kalau paketnya belum sampai karena\nkurirnya libur, kami kirim ulang')).toEqual([
      'kalau paketnya belum sampai karena kurirnya libur , kami kirim ulang',
    ]);
    // A capital after the comma starts a new sentence: "Hi Lisa,\nThanks".
    expect(sentences('Regards,\nAdmin Toko Maju')).toEqual(['regards , .', 'admin toko maju']);
  });

  it('ends a sentence at an emoji, unless punctuation follows it', () => {
    expect(sentences('maaf ya kak 🙏 sy udah cek resinya')).toEqual(['maaf ya kak .', 'saya sudah cek resinya']);
    expect(sentences('Thanks 😅🙏🏽 I checked it')).toEqual(['thanks .', 'i checked it']);
    expect(sentences('Semoga suka ya kak 😊. Makasih')).toEqual(['semoga suka ya kak .', 'terima kasih']);
    expect(sentences('bisa kok 😊, sy aktifkan sekarang')).toEqual(['bisa kok , saya aktifkan sekarang']);
    // Trade marks and the copyright sign are not emoji.
    expect(sentences('Produk Brand™ ©2024 ini asli')).toEqual(['produk brand 2024 ini asli']);
  });

  it('reads a list its line introduces as one sentence of clauses', () => {
    expect(sentences('Yang sudah saya lakukan:\n- cek resi\n- lapor ke kurir\nNanti saya kabari')).toEqual([
      'yang sudah saya lakukan , cek resi , lapor ke kurir .',
      'nanti saya kabari',
    ]);
    expect(sentences('Langkahnya:\n1. buka app\n2. klik Beli\n\nSelesai.')).toEqual(['langkahnya , 1 buka app , 2 klik beli .', 'selesai .']);
    // A bullet with no line introducing it is a sentence of its own; a number ending a sentence keeps its dot.
    expect(sentences('Sudah dicek\n- resi aman')).toEqual(['sudah dicek .', 'resi aman']);
    expect(sentences('Harga naik jadi 12. Mohon maaf')).toEqual(['harga naik jadi 12 .', 'mohon maaf']);
  });

  it('gives a line break and an emoji an empty span, so that a rewording never takes them', () => {
    const draft = 'maaf kak 🙏\nsy cek';
    const doc = toDocument(draft);
    const dots = doc.tokenSpans.filter((_, i) => doc.normal.slice(doc.tokenStarts[i]!, doc.tokenStarts[i]! + 1) === '.');
    expect(dots).toEqual([{ start: 9, end: 9 }]);
  });
});

describe('findings in a messy draft are those of the same words typed tidily', () => {
  const found = (draft: string, rule: string) =>
    analyze(draft).findings.filter((finding) => finding.rule === rule).map((finding) => finding.text);

  it('ends a finding where its sentence ends, so that Apply never takes the emoji or the next line', () => {
    for (const end of ['. ', ' 🙏 ', '\n']) {
      const draft = `Maaf kak, itu kesalahan dari pihak kurir, bukan dari kami${end}Silakan cek resinya`;
      expect(found(draft, 'blame-department')[0]).toBe('itu kesalahan dari pihak kurir, bukan dari kami');
    }
  });

  it('reads a flat "no" that a line break or an emoji ends as the whole answer', () => {
    expect(warnings('Itu tidak mungkin kak 🙏\nbukan salah kami kok')).toContain('dismiss-request');
    expect(warnings('That is not possible 😅\nit was never on the menu')).toContain('dismiss-request');
    // Near misses: the kind "no" with what can be done on the next line stays clean.
    expect(warnings('Itu tidak mungkin kak 🙏\ntapi kami bisa kirim ulang besok ya')).not.toContain('dismiss-request');
    expect(warnings('That is not possible 😅\nI can offer you a voucher instead')).not.toContain('dismiss-request');
  });

  it('still reads a promise one or two lines after "I don\'t know"', () => {
    expect(warnings('sorry I honestly don\'t know why it failed 😅\nI will check with the team and get back to you by 5pm')).toEqual([]);
    expect(warnings('sy jg belum tau kenapa kak\nnanti sy cek dan kabari besok ya 🙏')).toEqual([]);
    expect(warnings('sorry I honestly don\'t know why it failed 😅\nanyway it should work tomorrow')).toContain('dont-know');
  });

  it('leaves a tidy-clean draft clean when it is typed on lines', () => {
    for (const draft of [
      'Halo kak 👋\nsy sudah cek pesanannya\nPaketnya sampai besok ya kak 🙏',
      'Hi Lisa,\nI checked your order\n- it left today\n- it arrives tomorrow\nThanks!',
      'Yang sudah saya lakukan:\n- lapor ke J&T\n- minta paket dikeluarkan duluan\nJujur saya juga belum tahu penyebabnya, jadi besok saya cek lagi dan kabari kakak',
    ]) {
      expect(warnings(draft)).toEqual([]);
    }
  });
});

describe('the words of a document', () => {
  it('straightens curly apostrophes and backticks before a contraction is expanded, and leaves other words as typed', () => {
    expect(toDocument('I don’t know, we‘re sure it`s fine').normal).toBe(' i do not know , we are sure it is fine ');
    expect(toDocument('Kami cek dulu ya').normal).toBe(' kami cek dulu ya ');
  });

  it('gives the distinct words of its normalised text, made when first asked', () => {
    const doc = toDocument('Maaf kak, paketnya sudah sampai. Maaf ya');
    expect([...doc.words].sort()).toEqual([...new Set(doc.normal.split(' '))].sort());
    expect(doc.words).toBe(doc.words);
    expect(doc.words.has('maaf') && doc.words.has('paketnya')).toBe(true);
  });

  it('keep where each token came from in the source, past the first size of its arrays, as spans made when asked', () => {
    const draft = `Halo Kak, ${'paket KAMI sudah dikirim ya. '.repeat(30)}\n\n> quoted\nMakasih!!`;
    const doc = toDocument(draft);
    expect(doc.tokenSourceStarts.length).toBe(doc.tokenStarts.length);
    expect(doc.tokenStarts.length).toBeGreaterThan(64);
    expect(doc.tokenSpans).toBe(doc.tokenSpans);
    expect(doc.tokenSpans).toEqual(Array.from(doc.tokenSourceStarts, (start, i) => ({ start, end: doc.tokenSourceEnds[i] })));
    const texts = Array.from(doc.tokenSourceStarts, (start, i) => draft.slice(start, doc.tokenSourceEnds[i]));
    expect(texts.slice(0, 4)).toEqual(['Halo', 'Kak', ',', 'paket']);
    expect(texts.slice(-3)).toEqual(['.', 'Makasih', '!!']);
    expect(texts).not.toContain('quoted');
  });

  it('are the tokens TOKEN finds, read without it in ASCII, and by it where a character outside ASCII is in reach', () => {
    const byRegex = (text: string) => [...text.matchAll(new RegExp(TOKEN.source, TOKEN.flags))].map((m): [number, string] => [m.index, m[0]]);
    const texts = [
      "Rp15.000 17.00 1/2 10:30 3,5 12. a.b ab. 5, x/y 2024-01-05 don't it`s we’re anak-anak ab- -ab café naïve e\u0301 Ünal",
      'Maaf kak 🙏 sy udah cek!!! ok?! (lihat "resi") #123 @toko_ku a_b $5 50% C++ x--y',
      'first line\n\n  - item one\n1. item two\n\tend',
      'Ok... really?!? yes!! no?? a;b: c, d.e .. ; : , ?.! end.',
    ];
    for (const text of texts) expect(tokensOf(text)).toEqual(byRegex(text));
    // Every pair of units from a set of the characters that end a word or carry one on, after letters or digits.
    const units = ['a', 'Z', '7', ' ', '.', ',', ':', ';', '?', '/', "'", '`', '’', '-', 'é', '\u0301', '\n', '!', '_', '🙏', '日'];
    for (const one of units) for (const two of units) for (const lead of ['ab', '12', '']) {
      const text = `${lead}${one}${two}${lead}`;
      expect(tokensOf(text)).toEqual(byRegex(text));
    }
    // Every three of a larger set: Unicode's spaces (after a line break), digits and marks, emoji TOKEN reads as a word's
    // numbers (➀, 🄀), an emoji's parts (skin tone, joiner, variation selector), a lone surrogate.
    const more = [...units, '0', '\t', '\r', '\u00a0', '\u2028', '\u0663', '‘', '(', '"', 'x', '\u2600', '\ufe0f', '😀', '➀', '🄀', '\u200d', '🏽', '❤', '🤝', '\ud83e'];
    for (const one of more) for (const two of more) for (const three of more) for (const lead of ['ab', '12', '', 'a1']) {
      const text = `${lead}${one}${two}${three}${lead}`;
      const [read, found] = [tokensOf(text), byRegex(text)];
      if (JSON.stringify(read) !== JSON.stringify(found)) expect([text, read]).toEqual([text, found]);
    }
  });
});
