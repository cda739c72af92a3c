import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { toDocument } from '../../src/engine/text/document.js';

const normal = (text: string) => toDocument(text).normal.trim();

describe('chat spellings', () => {
  it.each([
    ['itu bkn slh kami', 'itu bukan salah kami'],
    ['sy xtau, xde rekod', 'saya tidak tahu , tidak ada rekod'],
    ['xpe encik, xboleh la', 'tidak apa encik , tidak boleh la'],
    ['brg2nya sdh sampai', 'barang-barangnya sudah sampai'],
    ['hati2 di jalan', 'hati-hati di jalan'],
    // After "ber-" and "ter-", the root is said twice.
    ['udah berkali2 dijelasin', 'sudah berkali-kali dijelasin'],
    ['tak perlu terburu2', 'tidak perlu terburu-buru'],
    ['terus2an chat', 'terus-terusan chat'],
    ['sabarrr ya kakkk', 'sabar ya kak'],
    ['pleaseeee u shld hv read it', 'please you should have read it'],
    ['u mustve dropped it, dunno', 'you must have dropped it , do not know'],
    ['ure gonna get it, itll come', 'you are going to get it , it will come'],
    ['Trmksh pak', 'terima kasih pak'],
    // A letter drawn out inside the word, not only at its end; a double letter stays ("maaf", "sorry").
    ['tidaaak bisaaa kak', 'tidak bisa kak'],
    ['sooorry we caaan\'t', 'sorry we cannot'],
    ['maaf, gaaak tauuu', 'maaf , tidak tahu'],
  ])('spells out "%s"', (typed, spelled) => {
    expect(normal(typed)).toBe(spelled);
  });

  it.each([
    // A product, a season, a brand: "x" is "tak" only before the words a chat puts after it.
    ['paket xl 10gb', 'paket xl 10gb'],
    ['promo xmas', 'promo xmas'],
    // Numbers and codes are not a reduplication, nor a one-letter run a drawn-out word.
    ['mp3 covid19 b2b', 'mp3 covid19 b2b'],
    ['part iii www', 'part iii www'],
    // What the table says comes first: "ibu2" is an address, not "ibu-ibu".
    ['ibu2 sekalian', 'ibu sekalian'],
  ])('leaves "%s" as it is', (typed, spelled) => {
    expect(normal(typed)).toBe(spelled);
  });

  it('keeps spans on the draft as typed', () => {
    const draft = 'Maaf kak, itu bkn slh kurir, itu slh kami.';
    for (const finding of analyze(draft).findings) expect(finding.text).toBe(draft.slice(finding.start, finding.end));
    const doc = toDocument(draft);
    const slh = doc.tokenSpans.find((span) => draft.slice(span.start, span.end) === 'slh');
    expect(slh).toBeDefined();
  });

  it('lets a rule read the spelled-out words', () => {
    expect(analyze('Mohon maaf pak, sy xtau.').findings.map((f) => f.rule)).toContain('dont-know');
    expect(analyze('Mohon maaf pak, sy xtau, sy semak dulu dan maklumkan sebelum 3 petang.').findings.map((f) => f.rule)).not.toContain('dont-know');
  });
});
