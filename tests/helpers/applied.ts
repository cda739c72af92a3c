/**
 * What an applied rewording must not leave: a draft that owns a mistake and denies it ("kesilapan kami, bukan salah
 * kami"), that owns it and still blames someone ("kesalahan kami, mereka telat kirim"), or that apologises twice in
 * one breath ("Maaf Kak, mohon maaf atas keterlambatannya"). Read over each sentence, in lower case.
 */
const OWNS = /\b(?:(?:kesalahan|kesilapan|salah|silap|kekeliruan|tanggung ?jawab) kami|kami yang (?:keliru|silap|salah)|our (?:mistake|fault|responsibility|error)|we got (?:this|it|that) wrong)\b/;
const DENIES = /\b(?:bukan (?:salah|kesalahan|kesilapan|silap|tanggung ?jawab) (?:kami|saya|kita)|bukan (?:kami|saya) yang (?:salah|silap)|not (?:our|my) (?:fault|mistake|responsibility|problem|job)|we (?:are|were) not (?:at fault|to blame))\b/;
const BLAMES = /\b(?:(?:mereka|dia|kurir|kurier|gudang|vendor|ekspedisi|penjual|bank|they|he|she|the (?:courier|warehouse|vendor|supplier|bank|driver|rider)) (?:yang )?(?:lah )?(?:telat|lambat|lalai|lupa|salah|silap|cuai|gagal|belum|tidak|tak|messed up|forgot|was late|were late|did not|didn't|never)|(?:kesalahan|kesilapan|salah|fault|mistake) (?:dari |di |daripada |of )?(?:pihak |the )?(?:kurir|kurier|gudang|vendor|ekspedisi|bank|courier|warehouse|supplier))\b/;
const APOLOGY = /\b(?:maaf|sorry|apologi[sz]e|apologies)\b/g;

export function contradictions(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.toLowerCase().replace(/[’‘]/g, "'").split(/(?<=[.!?])\s+|\n+/)) {
    if (OWNS.test(sentence) && DENIES.test(sentence)) found.push(`owns and denies: ${sentence}`);
    if (OWNS.test(sentence) && BLAMES.test(sentence)) found.push(`owns and blames: ${sentence}`);
    if ((sentence.match(APOLOGY) ?? []).length > 1) found.push(`apologises twice: ${sentence}`);
  }
  return found;
}
