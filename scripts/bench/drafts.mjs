import { readdirSync, readFileSync } from 'node:fs';

// Sentences an agent might write, warnings and all, so that every rule and step has work to do.
export const SENTENCES = {
  id: [
    'Halo Kak, terima kasih sudah menghubungi kami. ',
    'Mohon maaf atas ketidaknyamanannya, saya mengerti Kakak kecewa karena paketnya belum sampai. ',
    'Bisakah Kakak jelaskan nomor pesanan dan alamat pengirimannya? ',
    'Sy udh cek, ternyata ini kesalahan bagian gudang yg salah kirim barang. ',
    'Kami sedang kekurangan orang jadi mohon dimaklumi ya. ',
    'Barang pengganti akan kami kirim hari ini dan tiba paling lambat lusa. ',
    'Sebagai tanda maaf, kami tambahkan voucher gratis ongkir untuk pesanan berikutnya. ',
    'Bagaimana kedengarannya, Kak? ',
  ],
  ms: [
    'Hai cik, terima kasih kerana menghubungi kami. ',
    'Saya mohon maaf atas kelewatan ini dan saya faham perasaan cik. ',
    'Boleh cik kongsikan nombor pesanan supaya saya boleh semak? ',
    'Sebenarnya kelewatan ini berpunca daripada jabatan lain, bukan salah kami. ',
    'Kami tak dapat hantar kurier sebab kos terlalu tinggi bagi syarikat. ',
    'Bayaran balik akan dikreditkan ke akaun cik dalam tempoh tiga hari bekerja. ',
    'Kami juga masukkan baucar RM15 sebagai tanda maaf. ',
    'Adakah itu memuaskan hati cik? ',
  ],
  en: [
    'Hi there, thanks for getting in touch with us. ',
    "I'm really sorry your order arrived late, and I understand how frustrating that is. ",
    'Could you tell me the order number and the address it was sent to? ',
    "Honestly the mix-up was the warehouse's fault, they packed the wrong size. ",
    "We're extremely short-staffed this week, so please bear with us. ",
    "I've arranged a replacement that will reach you by Thursday. ",
    "I've also added a voucher to your account for the trouble. ",
    'How does that sound? ',
  ],
};

/** A draft of about `bytes` bytes in a language, a blank line every eight sentences. */
export function draftOf(language, bytes) {
  const sentences = SENTENCES[language];
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += sentences[i % sentences.length] + (i % 8 === 7 ? '\n\n' : '');
  return text.slice(0, bytes);
}

// Real drafts, each met once: the agents' drafts of the tune split (tests/corpus/train/*-[1-6].jsonl), in file and
// line order, one language's after another with a blank line between. The fixed draft above is eight sentences
// repeated, and what the matcher keeps from analysis to analysis (a sentence's findings, a word's next three words)
// would answer nearly all of it from memory; these texts share a sentence only where real drafts do (a sign-off).
const TRAIN = new URL('../../tests/corpus/train/', import.meta.url);
const TUNE_FILE = /^[a-z]-[1-6]\.jsonl$/;
let tuneDrafts;

/** The tune split's drafts in `language`, in a fixed order. */
export function tuneDraftsOf(language) {
  if (tuneDrafts === undefined) {
    tuneDrafts = { id: [], ms: [], en: [] };
    for (const file of readdirSync(TRAIN).filter((name) => TUNE_FILE.test(name)).sort()) {
      for (const line of readFileSync(new URL(file, TRAIN), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { lang, draft } = JSON.parse(line);
        if (typeof draft === 'string' && draft.trim() !== '') tuneDrafts[lang]?.push(draft.trim());
      }
    }
  }
  return tuneDrafts[language];
}

/**
 * Texts of a wanted size made of the tune split's drafts in a language, each starting at the draft after the last
 * one's: drafts joined by blank lines until the size, the last cut at a space before it. About 640 KB a language
 * (10,000 sentences, 16% of them also in an earlier draft, mostly greetings and sign-offs; 110,000 words) before the
 * stream starts over (`wraps`), far more than the engine keeps (2,000 sentences, 20,000 keys of four words, each memo
 * emptied when full): a text met again after a wrap is met first.
 */
export class DraftStream {
  constructor(language) {
    this.drafts = tuneDraftsOf(language);
    this.at = 0;
    this.wraps = 0;
  }

  /** The next text of at most `bytes` bytes (UTF-8), whole words. */
  next(bytes) {
    let text = '';
    while (Buffer.byteLength(text) < bytes) {
      if (this.at === this.drafts.length) {
        this.at = 0;
        this.wraps++;
      }
      text += (text === '' ? '' : '\n\n') + this.drafts[this.at++];
    }
    let cut = text.slice(0, bytes);
    while (Buffer.byteLength(cut) > bytes) cut = cut.slice(0, -1);
    const space = cut.search(/\s\S*$/);
    return space > bytes / 2 ? cut.slice(0, space) : cut;
  }

  /**
   * A draft of at most `bytes` bytes as an agent types its last `words` words: `words + 1` texts, the first without
   * them, each after it one word longer (the previous text with a space and a word typed at its end).
   */
  typing(bytes, words) {
    const text = this.next(bytes);
    const ends = [];
    for (const match of text.matchAll(/\S+/g)) ends.push(match.index + match[0].length);
    return ends.slice(-(words + 1)).map((end) => text.slice(0, end));
  }
}

/** The draft a start-up is timed on: the agents' own 2 KB in Indonesian, no sentence repeated (a repeated one is read
 * back from what the matcher kept of its first occurrence). */
export const startUpDraft = () => new DraftStream('id').next(2_000);
