import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/engine/text/document.js';
import { allStates, BUILTIN_LIMITS, compileFresh, compileProgram, PACK_LIMITS, PatternLimitError, PatternMeaningError, RULE_LIMITS } from '../../../src/engine/match/compile.js';
import { endsAt, endsWithin, findAll, matcherWork, occursBetween, rootsKeptSize, runFrom, tokenView } from '../../../src/engine/match/matcher.js';
import { tokenFamilies } from '../../../src/engine/match/families.js';
import type { PhraseFamily } from '../../../src/engine/match/families.js';

/**
 * Every entry run from every word of every sentence: what the matcher's index, a seed's next-word tests and
 * `mayMatch` must find as well.
 */
function everywhere(program: ReturnType<typeof compileProgram>, view: ReturnType<typeof tokenView>) {
  const all: { entry: number; start: number; end: number; range: number }[] = [];
  program.entries.forEach((entry, id) => {
    for (let range = 0; range < view.sentenceStarts.length; range++) {
      for (let at = view.sentenceStarts[range]!; at < view.sentenceEnds[range]!; at++) {
        const end = runFrom(program, entry.start, view, at, view.sentenceEnds[range]!);
        if (end > at) {
          all.push({ entry: id, start: at, end, range });
          at = end - 1;
        }
      }
    }
  });
  return all;
}

/** The words of the draft each family's matches cover, as the draft writes them. */
function found(families: PhraseFamily[], draft: string): string[] {
  const doc = toDocument(draft);
  const spans: string[] = [];
  tokenFamilies(families).each(doc, (_, start, end) => {
    const first = doc.tokenSpans[tokenIndex(doc, start)]!.start;
    const last = doc.tokenSpans[tokenIndex(doc, end - 1)]!.end;
    spans.push(draft.slice(first, last));
  });
  return spans;
}

function tokenIndex(doc: ReturnType<typeof toDocument>, position: number): number {
  let index = 0;
  while (index + 1 < doc.tokenStarts.length && doc.tokenStarts[index + 1]! <= position) index++;
  return index;
}

const match = (pattern: string, draft: string) => found([{ match: pattern }], draft);

describe('patterns match words of the draft, never characters', () => {
  it('a word, whole, in any case and chat spelling', () => {
    expect(match('kecewa', 'Saya KECEWA. Kekecewaan saya besar.')).toEqual(['KECEWA']);
    expect(match('tidak sampai', 'Paket gak sampai2, eh gak sampai juga')).toEqual(['gak sampai']);
  });

  it('clitics after `word~`, and not other endings', () => {
    expect(match('salah~', 'salahnya, salahkah, salahnyalah, salahan, salah')).toEqual(['salahnya', 'salahkah', 'salahnyalah', 'salah']);
    // Each clitic (and its last letter: a word ending otherwise is read without the RegExp), and near misses.
    expect(match('salah~', 'salahmu, salahku, salahpun, salahlah, salahs, salahk, salahnyah, salahpunya, salahkan, mu')).toEqual(['salahmu', 'salahku', 'salahpun', 'salahlah']);
    expect(match('ku~', 'kuku, kupun, ku')).toEqual(['kuku', 'kupun', 'ku']);
  });

  it('a word class from the lexicon, phrases in it too', () => {
    expect(match('report @authority', 'I will report this to the police and report consumer protection.')).toEqual(['report consumer protection']);
    expect(match('lapor .. @authority', 'Saya lapor ke polisi besok.')).toEqual(['lapor ke polisi']);
  });

  it('figures, times of day and amounts as shapes', () => {
    expect(match('dalam @figure (jam | hari)', 'dalam 2x24 jam, dalam 3-5 hari, dalam dua hari')).toEqual(['dalam 2x24 jam', 'dalam 3-5 hari']);
    expect(match('by (@clock-time | @figure (am | pm))', 'by 5pm, by 10.30am, by noon')).toEqual(['by 5pm', 'by 10.30am']);
    expect(match('kos @amount', 'kos RM12.50, kos tinggi')).toEqual(['kos RM12.50']);
  });

  it('numbers and counts as shapes', () => {
    expect(match('(@count-word | @number) hari', 'sudah 3 hari, lalu tiga hari, lalu 3x hari')).toEqual(['3 hari', 'tiga hari']);
  });

  it('a gap of up to N words that never crosses the end of a sentence', () => {
    expect(match('minta ..1 manajer', 'Saya minta bicara dengan manajer. Minta dong manajer.')).toEqual(['Minta dong manajer']);
    expect(match('minta .. manajer', 'Saya minta. Manajer mana?')).toEqual([]);
    expect(match('minta .. manajer', 'minta, tolong ya, manajer')).toEqual(['minta, tolong ya, manajer']);
  });

  it('`_` is one word, not a comma', () => {
    expect(match('belum _? _? juga', 'belum juga; belum sampai juga; belum , juga')).toEqual(['belum juga', 'belum sampai juga']);
  });

  it('the longest match from the leftmost word, the next one after it', () => {
    expect(match('(tidak | tidak puas | tidak puas hati)', 'saya tidak puas hati tidak')).toEqual(['tidak puas hati', 'tidak']);
  });

  it('a condition on what follows takes in no word', () => {
    expect(match('bodoh~ -(amat)', 'bodoh amat, dasar bodoh!')).toEqual(['bodoh']);
    expect(found([{ match: 'bodoh~ -(amat)' }], 'bodoh amat, dasar bodoh!')).toHaveLength(1);
    expect(match('(anjing | babi) &(\\, | \\!)', 'Anjing, paket saya! Ada babi di sini. Babi!')).toEqual(['Anjing', 'Babi']);
  });

  it('a condition on what comes before reads the words right before the match, and takes in none', () => {
    expect(match('<-(tidak | bukan) salah~ (kurir | gudang)', 'Ini salah kurir, bukan salah gudang.')).toEqual(['salah kurir']);
    expect(match('<&(bukan) salah~', 'Ini salah kurir, bukan salahnya.')).toEqual(['salahnya']);
    // Phrases and gaps are read from their end: "not at all the fault", "sama sekali bukan".
    expect(match('<-(sama sekali | not at all) (salah | fault)', 'sama sekali salah, salah')).toEqual(['salah']);
    expect(match('<-(@second-person) sabar', 'you guys sabar, sabar')).toEqual(['sabar']);
    expect(match('<-(tidak ..2) rugi', 'tidak akan pernah rugi. Kami rugi.')).toEqual(['rugi']);
    // After no word: at the start of a sentence or a clause.
    expect(match('<-(_) calm down', 'Calm down. Please calm down, sir, calm down!')).toEqual(['Calm down', 'calm down']);
  });

  it('punctuation tokens, literally', () => {
    expect(match('serius \\?', 'Serius?? Serius.')).toEqual(['Serius??']);
  });

  it('a contraction split into words: "don\'t" is two words, mapped to the one it came from', () => {
    expect(match('do not', "Please don't, I do not")).toEqual(["don't", 'do not']);
  });

  it('`+word` reaches the word through its roots (text/morphology.ts), and not a word that only looks like it', () => {
    expect(match('+salah', 'Disalahkan, kesalahannya, salahkan; salam dan salak.')).toEqual(['Disalahkan', 'kesalahannya', 'salahkan']);
    expect(match('+kirim', 'sudah dikirimkan, pengirimannya, mengirim; kiri')).toEqual(['dikirimkan', 'pengirimannya', 'mengirim']);
    expect(match('+apologise', 'We apologised; apologies.')).toEqual(['apologised']);
  });
});

describe('fillers: a rule\'s pattern lets one particle or discourse adverb (@filler) through between its written words', () => {
  const inRules = (pattern: string, draft: string) => {
    const doc = toDocument(draft);
    const spans: string[] = [];
    tokenFamilies([{ match: pattern }], RULE_LIMITS).each(doc, (_, start, end) => {
      spans.push(draft.slice(doc.tokenSpans[tokenIndex(doc, start)]!.start, doc.tokenSpans[tokenIndex(doc, end - 1)]!.end));
    });
    return spans;
  };

  it('between words, classes and groups, in id, ms and en', () => {
    expect(inRules('mohon (dapat | bisa)? dimaklumi', 'Mohon kiranya dapat dimaklumi.')).toEqual(['Mohon kiranya dapat dimaklumi']);
    expect(inRules('bukan salah (kami | saya)', 'Itu memang bukan salah kami pun.')).toEqual(['bukan salah kami']);
    expect(inRules('bukan salah (kami | saya)', 'Bukan salah pun kami.')).toEqual(['Bukan salah pun kami']);
    expect(inRules('@first-person cannot', 'We simply cannot do that.')).toEqual(['We simply cannot']);
    expect(inRules('tidak boleh (la | lah)? @address', 'Tak boleh memang la cik.')).toEqual(['Tak boleh memang la cik']);
  });

  it('never at a match\'s start or end, never a negation, and a filler the pattern writes is still needed', () => {
    expect(inRules('(saya | kami)? tidak tahu', 'Ya tidak tahu juga.')).toEqual(['tidak tahu']);
    expect(inRules('aturan toko (kami)?', 'Itu aturan toko ya.')).toEqual(['aturan toko']);
    expect(inRules('bukan salah kami', 'Bukan salah tidak kami.')).toEqual([]);
    expect(inRules('tidak juga', 'Tidak sih.')).toEqual([]);
    expect(inRules('we cannot', 'We just simply cannot.')).toEqual([]);
    // An optional group that may take no word gets no slot inside: the filler would end the match, or meet the next slot.
    expect(inRules('kami (bantu | cek?)?', 'Kami memang.')).toEqual(['Kami']);
    expect(inRules('kami (bantu | cek?)? proses', 'Kami memang juga proses.')).toEqual([]);
    expect(inRules('kami (bantu | cek?)? proses', 'Kami memang proses.')).toEqual(['Kami memang proses']);
  });

  it('not next to `_`, a gap or punctuation, and not in a pack\'s patterns or the steps\' (BUILTIN_LIMITS)', () => {
    expect(inRules('kami _ kirim', 'Kami sih sudah kirim.')).toEqual([]);
    expect(match('bukan salah kami', 'Bukan salah memang kami.')).toEqual([]);
    expect(compileProgram(['bukan salah kami'], PACK_LIMITS).states).toHaveLength(compileProgram(['bukan salah kami'], BUILTIN_LIMITS).states.length);
  });

  it('costs no state: a reference past the last state is a slot, which the matcher reads', () => {
    const slotted = compileFresh(['bukan salah (kami | saya)'], RULE_LIMITS);
    const written = compileFresh(['bukan salah (kami | saya)'], BUILTIN_LIMITS);
    expect(slotted.states).toHaveLength(written.states.length);
    expect(allStates(slotted).filter((state) => state.next >= slotted.states.length)).toHaveLength(2);
    expect(allStates(written).filter((state) => state.next >= written.states.length)).toHaveLength(0);
    // Two slots: the most words a match can take counts them.
    expect(slotted.entries[0]!.maxLength).toBe(written.entries[0]!.maxLength + 2);
  });

  it('one filler per slot, on each path the matcher takes: a walk through a condition, a large closure, a pattern read word by word', () => {
    // After "bukan", a split to the slot before the optional "salah" and to a condition: the closure is walked.
    const throughLook = 'bukan (salah)? -(mereka) kami';
    expect(inRules(throughLook, 'Bukan memang salah kami.')).toEqual(['Bukan memang salah kami']);
    expect(inRules(throughLook, 'Bukan salah kami.')).toEqual(['Bukan salah kami']);
    expect(inRules(throughLook, 'Bukan memang kami.')).toEqual([]);
    expect(inRules(throughLook, 'Bukan memang memang salah kami.')).toEqual([]);
    // After "saya", four tests and a slot: indexed by word.
    const manyTests = 'saya (minta maaf | mohon maaf | memohon maaf | meminta maaf)';
    expect(inRules(manyTests, 'Saya memang memohon maaf.')).toEqual(['Saya memang memohon maaf']);
    // Not inside a group: a list of phrases stays as written.
    expect(inRules(manyTests, 'Saya memohon pun maaf.')).toEqual([]);
    expect(inRules(manyTests, 'Saya memang sih memohon maaf.')).toEqual([]);
    expect(inRules(manyTests, 'Saya tidak memohon maaf.')).toEqual([]);
    // A pattern that may begin with any word keeps its own index.
    expect(inRules('_ salah kami', 'Itu salah pun kami.')).toEqual(['Itu salah pun kami']);
    expect(inRules('_ salah kami', 'Itu salah pun juga kami.')).toEqual([]);
  });
});

describe('family conditions are read over words', () => {
  it('unlessAfter looks `afterWindow` words back within the sentence', () => {
    const families = [{ match: 'kecewa', unlessAfter: '@negation', afterWindow: 1 }];
    expect(found(families, 'Saya tidak kecewa. Tidak, saya kecewa. Tidak terlalu kecewa.')).toEqual(['kecewa']);
  });

  it('unlessInSentence, onlyWithInSentence, unlessInDraft and onlyInQuestion', () => {
    expect(found([{ match: 'lapor', unlessInSentence: '@victim-of-crime' }], 'HP saya dicuri, saya lapor. Saya lapor!')).toEqual(['lapor']);
    expect(found([{ match: 'lapor', onlyWithInSentence: 'polisi' }], 'Saya lapor. Saya lapor polisi.')).toEqual(['lapor']);
    expect(found([{ match: 'lapor', unlessInDraft: 'terima kasih' }], 'Saya lapor. Terima kasih.')).toEqual([]);
    expect(found([{ match: 'mana', onlyInQuestion: true }], 'Mana? Di mana.')).toEqual(['Mana']);
  });

  it('unlessInNextSentences: in its sentence or the `nextSentences` (2 unless told) after it, never before', () => {
    const no = { match: 'tidak bisa', unlessInNextSentences: 'bisa bantu' };
    expect(found([no], 'Tidak bisa. Satu. Saya bisa bantu.')).toEqual([]);
    expect(found([no], 'Tidak bisa. Satu. Dua. Saya bisa bantu.')).toEqual(['Tidak bisa']);
    expect(found([no], 'Saya bisa bantu. Tidak bisa.')).toEqual(['Tidak bisa']);
    expect(found([{ ...no, nextSentences: 3 }], 'Tidak bisa. Satu. Dua. Saya bisa bantu.')).toEqual([]);
  });

  it('onlyWithInPreviousSentences: in its sentence or the `previousSentences` (1 unless told) before it, never after', () => {
    const denial = { match: 'bukan dari kami', onlyWithInPreviousSentences: 'pihak kurir' };
    expect(found([denial], 'Masalahnya di pihak kurir. Bukan dari kami.')).toEqual(['Bukan dari kami']);
    expect(found([denial], 'Masalahnya di pihak kurir. Satu. Bukan dari kami.')).toEqual([]);
    expect(found([denial], 'Bukan dari kami. Masalahnya di pihak kurir.')).toEqual([]);
    expect(found([{ ...denial, previousSentences: 2 }], 'Masalahnya di pihak kurir. Satu. Bukan dari kami.')).toEqual(['Bukan dari kami']);
  });

  it('onlyAfter: at the start of the sentence or after its words', () => {
    expect(found([{ match: 'saya bantu', onlyAfter: '(baik | oke) ,?' }], 'Baik, saya bantu. Kalau saya bantu. Saya bantu.')).toEqual(['saya bantu', 'Saya bantu']);
  });
});

describe('the compiler', () => {
  it('indexes every pattern by its first words, so a draft without them starts nothing', () => {
    const program = compileProgram(['kecewa', 'salah~ kirim', '@authority', '+bayar', ['_ lagi', '@number hari']]);
    const entriesOf = (seeds: number[] | undefined) => seeds?.map((seed) => program.seeds[seed]!.entry);
    expect(entriesOf(program.index.exact.get('kecewa'))).toEqual([0]);
    expect(entriesOf(program.index.clitic.get('salah'))).toEqual([1]);
    expect(entriesOf(program.index.exact.get('polisi'))).toEqual([2]);
    expect(entriesOf(program.index.exact.get('consumer'))).toEqual([2]);
    expect(entriesOf(program.index.roots.get('bayar'))).toEqual([3]);
    expect(entriesOf(program.index.always)).toEqual([4]);
    expect(program.index.shapes.map((shape) => entriesOf(shape.seeds))).toEqual([[4]]);
    expect(program.seeds).toHaveLength(6);
  });

  it('shares one state among alternative words: fifty verbs are one test', () => {
    const verbs = Array.from({ length: 50 }, (_, i) => `verb${i}`).join(' | ');
    expect(compileProgram([`(${verbs}) @authority`]).states.length).toBeLessThan(40);
  });

  it('builds alternatives that open with the same word with that word once, and finds the same matches', () => {
    const shared = '(tetap saja | tetap sahaja | tetap~ _? berlaku | kena -(denda) | kena caj)';
    const testsOf = (word: string) => allStates(compileProgram([shared])).filter((state) => state.words?.has(word) || state.branches?.has(word));
    expect(testsOf('tetap')).toHaveLength(1);
    expect(testsOf('kena')).toHaveLength(1);
    const draft = 'Harga tetap saja. Tetapnya pasti berlaku. Kena caj, kena denda, tetap sahaja.';
    expect(match(shared, draft)).toEqual(['tetap saja', 'Tetapnya pasti berlaku', 'Kena caj', 'tetap sahaja']);
  });

  it('builds alternatives that open with the same class, root or group with that piece once, and finds the same matches', () => {
    const shared = 'itu (@first-person akan cek | @first-person sedang cek | +salah kurir | +salah sistem | (kami | saya) bantu | kami tolong)';
    const states = allStates(compileProgram([shared]));
    expect(states.filter((state) => state.words?.has('aku') && state.words.has('kami'))).toHaveLength(1);
    expect(states.filter((state) => state.roots?.has('salah'))).toHaveLength(1);
    const draft = 'Itu saya akan cek. Itu kami sedang cek. Itu kesalahan kurir. Itu disalahkan sistem. Itu salah toko. Itu saya bantu. Itu kami tolong. Itu saya tolong.';
    expect(match(shared, draft)).toEqual(['Itu saya akan cek', 'Itu kami sedang cek', 'Itu kesalahan kurir', 'Itu disalahkan sistem', 'Itu saya bantu', 'Itu kami tolong']);
  });

  it('builds the first words of alternatives that go on the same way as one test, and finds the same matches', () => {
    const phrases = 'saya (minta maaf | mohon maaf | meminta~ maaf | harap bersabar)';
    const states = allStates(compileProgram([phrases]));
    // "minta", "mohon" and "meminta~" go on to "maaf": one test; "harap" keeps its own.
    expect(states.filter((state) => state.words?.has('minta') || state.words?.has('mohon') || state.clitics?.has('meminta'))).toEqual([
      expect.objectContaining({ words: new Set(['minta', 'mohon']), clitics: new Set(['meminta']) }),
    ]);
    const draft = 'Saya mohon maaf. Saya memintanya maaf. Saya harap bersabar. Saya mohon bersabar. Saya harap maaf. Saya minta maaf.';
    expect(match(phrases, draft)).toEqual(['Saya mohon maaf', 'Saya memintanya maaf', 'Saya harap bersabar', 'Saya minta maaf']);
  });

  it('makes a list of phrases one branch, word to the rest of its phrase, and finds the same matches', () => {
    const phrases = '(bukan salah kami | tidak sengaja | di luar kendali | maaf)';
    const states = allStates(compileProgram([phrases]));
    // One state instead of a split and four tests of one word.
    expect(states.filter((state) => state.branches !== null)).toEqual([expect.objectContaining({ branches: new Map(['bukan', 'tidak', 'di', 'maaf'].map((word) => [word, expect.any(Number)])) })]);
    expect(states.filter((state) => state.words?.has('bukan') || state.words?.has('tidak') || state.words?.has('maaf'))).toEqual([]);
    expect(match(phrases, 'Bukan salah kami. Bukan salah dia. Di luar kendali. Di luar. Tidak. Maaf, tidak sengaja.')).toEqual(['Bukan salah kami', 'Di luar kendali', 'Maaf', 'tidak sengaja']);
  });

  it('keeps beside a branch what a word alone cannot decide: a class, a root, a word that goes two ways', () => {
    // "+salah" and "@negation" stay tests; "kami" alone and "kami tidak" go two ways from one word.
    const mixed = 'itu (+salah | @negation sengaja | kami | kami tidak tahu | di luar kendali | bukan urusan)';
    const program = compileProgram([mixed]);
    expect(allStates(program).filter((state) => state.branches !== null)).toHaveLength(1);
    expect(allStates(program).some((state) => state.roots?.has('salah'))).toBe(true);
    const draft = 'Itu kesalahan. Itu tidak sengaja. Itu kami tidak tahu. Itu kami. Itu di luar. Itu bukan urusan. Itu bukan sengaja.';
    expect(match(mixed, draft)).toEqual(['Itu kesalahan', 'Itu tidak sengaja', 'Itu kami tidak tahu', 'Itu kami', 'Itu bukan urusan', 'Itu bukan sengaja']);
  });

  it('reads a branch in a condition, backwards too, after a filler slot, and from the tables', () => {
    expect(match('kami -(tidak sengaja | bukan salah) bantu', 'Kami bantu. Kami tidak sengaja bantu.')).toEqual(['Kami bantu']);
    expect(match('kami bantu -(tidak sengaja | bukan salah)', 'Kami bantu tidak sengaja. Kami bantu bukan. Kami bantu.')).toEqual(['Kami bantu', 'Kami bantu']);
    expect(match('<-(tidak sengaja | bukan) salah kami', 'Tidak sengaja salah kami. Bukan salah kami. Sengaja salah kami.')).toEqual(['salah kami']);
    const rule = (draft: string) => {
      const doc = toDocument(draft);
      const spans: string[] = [];
      tokenFamilies([{ match: '(bukan salah kami | tidak sengaja)' }], RULE_LIMITS).each(doc, (_, start, end) => {
        spans.push(draft.slice(doc.tokenSpans[tokenIndex(doc, start)]!.start, doc.tokenSpans[tokenIndex(doc, end - 1)]!.end));
      });
      return spans;
    };
    expect(rule('Bukan memang salah kami. Tidak sih sengaja. Tidak sengaja.')).toEqual(['Bukan memang salah kami', 'Tidak sih sengaja', 'Tidak sengaja']);
    expect(rule('Bukan memang juga salah kami.')).toEqual([]);
  });

  it('refuses, naming the pattern, what is over a limit or means nothing', () => {
    expect(() => compileProgram(['a .. b .. c .. d'], PACK_LIMITS)).toThrow(PatternLimitError);
    expect(() => compileProgram(['a .. b .. c .. d'], PACK_LIMITS)).toThrow(/"a \.\. b \.\. c \.\. d"/);
    expect(() => compileProgram(['a? b? c? d? e?'], PACK_LIMITS)).toThrow(/optional/);
    expect(() => compileProgram(['..6 ..6 ..6 x'], BUILTIN_LIMITS)).not.toThrow();
    expect(() => compileProgram(['_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _'], PACK_LIMITS)).toThrow(/at most 24/);
    expect(() => compileProgram(['a -(b -(c))'])).toThrow(/condition inside a condition/);
    expect(() => compileProgram(['@no-such-class'])).toThrow(PatternMeaningError);
    expect(() => compileProgram(['a? ..'])).toThrow(/without any word/);
  });

  it("holds a pack's patterns to the states as written: the sharing and branches come after, in what is built", () => {
    const sixTimes = '(@authority a | @authority b | @authority c | @authority d | @authority e | @authority f)';
    expect(() => compileProgram([sixTimes], PACK_LIMITS)).toThrow(/compiles to \d+ states; at most 120 are allowed \(in "\(@authority a \| /);
    expect(compileProgram([sixTimes], BUILTIN_LIMITS).states.length).toBeLessThan(20); // the class built once
    // What the limit counts, read from the refusal of a limit of one state.
    const written = (pattern: string) => {
      try {
        compileProgram([pattern], { ...PACK_LIMITS, states: 1 });
      } catch (error) {
        return Number(/compiles to (\d+) states/.exec((error as Error).message)?.[1]);
      }
      throw new Error(`${pattern} was not refused`);
    };
    const once = written('@authority a');
    expect(written(sixTimes)).toBe(6 * once + 1); // each option, and the split between them
    expect(written('(a @authority | b @authority)')).toBe(2 * once + 1); // the same piece before the same continuation
    expect(written('(a | b) @authority')).toBe(once);
    expect(written('(tetap saja | tetap sahaja)')).toBe(5);
    expect(written('(minta maaf | mohon maaf)')).toBe(5);
    expect(compileProgram(['(minta maaf | mohon maaf)'], PACK_LIMITS).states.length).toBe(3); // a test of both, "maaf", accept
    // At the limit, accepted and built as a built-in program is; one state under it, refused.
    const atLimit = { ...PACK_LIMITS, states: written(sixTimes) };
    expect(compileProgram([sixTimes], atLimit).states.length).toBe(compileProgram([sixTimes], BUILTIN_LIMITS).states.length);
    expect(() => compileProgram([sixTimes], { ...atLimit, states: atLimit.states - 1 })).toThrow(PatternLimitError);
    expect(() => compileProgram(['(x y | x z)', sixTimes], atLimit)).not.toThrow(); // each entry on its own
  });
});

describe('matching is linear in the number of words', () => {
  it('the same work per word on 2 KB and 200 KB of the worst words for the patterns', () => {
    const program = compileProgram(['_ .. _ .. (a | a a)? _ z', 'a~ a~ a~ a~ -(z)', '(a | aa | a nya)? _? nya~ ..6 q'], BUILTIN_LIMITS);
    const work = (size: number) => {
      const doc = toDocument('a a anya aa nya a, a '.repeat(Math.ceil(size / 21)).slice(0, size));
      const view = tokenView(doc);
      matcherWork.steps = 0;
      findAll(program, view, view.sentenceStarts, view.sentenceEnds);
      return matcherWork.steps / view.words.length;
    };
    const small = work(2_000);
    const large = work(200_000);
    expect(large / small).toBeLessThan(1.1);
  });
});

describe('the first words of the built-in programs, indexed together', () => {
  const text = 'Maaf kak, salahnya di kurir kami. Kami kirim ulang besok, bukan salah kirim lagi. 3 hari lagi sampai.';
  const patterns = ['salah~ (kirim | di)', 'kami (kirim | cek)? ulang?', 'kurir~ kami?', '@number hari', '(lagi | besok) sampai?'];
  const matches = (program: ReturnType<typeof compileProgram>, doc = toDocument(text)) => {
    const view = tokenView(doc);
    return findAll(program, view, view.sentenceStarts, view.sentenceEnds);
  };

  it('find what each program finds with its own index, whether it was loaded before or after the document was read', () => {
    const alone = matches(compileProgram(patterns, PACK_LIMITS)); // a pack's program keeps its own index
    expect(alone.length).toBeGreaterThan(5);
    const doc = toDocument(text);
    const early = compileProgram(['kak'], BUILTIN_LIMITS);
    expect(matches(early, doc)).toHaveLength(1); // the document's one pass over its words happens here
    const late = compileProgram(patterns, BUILTIN_LIMITS);
    expect(matches(late, doc)).toEqual(alone); // loaded after the pass: read with its own index, once
    expect(matches(late, doc)).toEqual(alone);
    expect(matches(late)).toEqual(alone); // a new document: found through the shared index
  });
});

describe('the words that start nothing are remembered from document to document', () => {
  it('until a built-in program that starts with one of them is first used', () => {
    const text = 'Paket zorblat sudah kami kirim. Zorblat kami kirim ulang besok.';
    const scan = (program: ReturnType<typeof compileProgram>) => {
      const view = tokenView(toDocument(text));
      return findAll(program, view, view.sentenceStarts, view.sentenceEnds).map(({ start, end }) => view.words.slice(start, end).join(' '));
    };
    // "zorblat" starts no built-in pattern yet: remembered as such by this scan.
    expect(scan(compileProgram(['kami kirim'], BUILTIN_LIMITS))).toEqual(['kami kirim', 'kami kirim']);
    // A program compiled from its patterns (no table) joins the shared index when first used: it must still be found.
    expect(scan(compileProgram(['zorblat kami?', 'zorblat sudah'], BUILTIN_LIMITS))).toEqual(['zorblat', 'zorblat kami', 'zorblat sudah']);
    expect(scan(compileProgram(['kami kirim'], BUILTIN_LIMITS))).toEqual(['kami kirim', 'kami kirim']);
  });
});

describe('a pattern is started only where its next three words can follow its first', () => {
  const text = 'Kami kirim ulang besok. Kami tidak salahkan kurir kami, kami salahnya sendiri. Kami 3 kali cek. Kami, kami! Kami';
  const patterns = [
    'kami (kirim | cek)', // a word
    'kami salah~', // clitics
    'kami +salah', // roots
    'kami @number kali', // a shape
    'kami _ ulang', // any word
    'kami .. cek', // a gap
    'kami -(tidak) _', // a look takes no word: what follows it is the test
    'kami kirim?', // may end after one word: always started
    'kurir kami \\,', // punctuation
    'kami <-(kurir) \\!',
    'kami kirim ulang besok', // the third word decides
    'kami tidak salahkan kurir',
    'kami @number kali cek',
    'kami -(tidak) _ _ _', // a look, then three words
    'kami .. kali cek', // a gap before the third word
    'kami kirim ulang?', // may end after two words
    'kami kirim ulang besok (pagi | lusa)?', // goes on past the four words a seed's starts are kept by
    'kami tidak salahkan kurir kami \\,', // ends past them
    'kami kirim ulang -(besok)', // a look reads a word of its own
    'kami kirim ulang besok -(pagi)', // past the four words
    'kami kirim ulang besok &(pagi)',
    'kurir kami , kami salahnya sendiri', // dies on its fifth word in one text, matches in another
  ];

  it('finds what a run from every word finds, shared or not, in documents that share their words', () => {
    // The shared programs' starts are kept by the word and the three after it from document to document: the texts
    // differ only in a third word after a seed ("besok", "kurir", "cek") as well as in nearer ones.
    // The one without them comes first: starts kept from it must not hold back the others'.
    const texts = [
      text.replace('besok', 'besok pagi'),
      text.replace('besok', 'lusa').replace('salahkan kurir', 'salahkan kapal').replace('kali cek', 'kali lihat'),
      text,
      text.replace('ulang', 'barang').replace('3', 'tiga'),
      text.replace('kurir kami,', 'kurir kami.'),
      text,
    ];
    for (const limits of [BUILTIN_LIMITS, PACK_LIMITS]) {
      const program = compileProgram(
        patterns.map((pattern) => [pattern]),
        limits,
      );
      for (const draft of texts) {
        const view = tokenView(toDocument(draft));
        const expected = everywhere(program, view);
        expect(expected.length).toBeGreaterThan(8);
        expect(findAll(program, view, view.sentenceStarts, view.sentenceEnds)).toEqual(expected);
      }
    }
  });
});

describe('a pattern is run only where the words it needs after its first are within its reach', () => {
  // Each needs words after its first that a run would otherwise look for through its gaps and optional words.
  const patterns = [
    'kos~ _? _? _? (tetap | masih) (harus | perlu)? bayar', // a word list, and a word, after optional words
    '(biaya | kos) ..7 (tetap | masih) bayar', // after a gap
    'kelewatan (_? _? (berasal | datang~) | berpunca) (dari | daripada) pihak', // what it needs depends on the way taken
    '(kelewatan | kos) (ini | itu)? (berpunca | berasal) daripada (pihak | jabatan) lain', // a list of phrases: a branch
    'kami (+salah | silap) _? (kurir | pos)', // a root
    'bayar~ ..3 balik~', // clitics
    'kurir -(kami) ..2 lambat', // after a look
    '(kami | saya) ..4 (hantar | kirim) ..2 (esok | besok) \\.', // punctuation
    'kos (_ | tinggi)', // nothing needed past its first but any word: always run
    '(biaya | bayaran) _? _? kami? ((hapus | dihapus) | has been removed | on us)', // no one word on every path: one of their last
    'bayaran (balik | semula)? (akan | sudah)? (dikreditkan | dipulangkan | (masuk | sampai) (hari ini | esok))', // the same, branches
  ];
  const texts = [
    'Kos itu tetap perlu bayar. Biaya ini sangat tinggi tapi masih bayar. Kelewatan ini berpunca daripada pihak lain.',
    'Kos itu sangat tinggi sekali bagi syarikat. Biaya ini tidak kami tanggung. Kelewatan ini datangnya dari pihak kurier.',
    'Kelewatan ini berasal dari pihak jabatan. Kos ini berpunca daripada jabatan lain. Kami salahkan pos. Kami silap kurir.',
    'Bayarannya akan dibayar baliknya. Bayar dulu, nanti balik. Kurir kami lambat. Kurir itu sangat lambat.',
    'Kami akan hantar barang itu esok. Saya sudah kirim semalam, esok sampai. Kami hantar esok!',
    'Biaya itu kami hapus. Bayaran ini has been removed. Biaya kirim on us. Biaya ini tetap. Bayaran balik akan dikreditkan. Bayaran akan masuk esok. Bayaran masuk hari ini.',
    // The needed word past the most words a match can take, and in the next sentence.
    'Kos a b c d e f g h tetap bayar. Biaya a b c d e f g h i j masih bayar. Kos itu. Tetap bayar.',
  ];

  it('finds what a run from every word finds, shared or not', () => {
    for (const limits of [BUILTIN_LIMITS, RULE_LIMITS, PACK_LIMITS]) {
      const program = compileProgram(
        patterns.map((pattern) => [pattern]),
        limits,
      );
      let total = 0;
      for (const draft of texts) {
        const view = tokenView(toDocument(draft));
        const expected = everywhere(program, view);
        total += expected.length;
        expect(findAll(program, view, view.sentenceStarts, view.sentenceEnds)).toEqual(expected);
        for (let s = 0; s < view.sentenceStarts.length; s++) {
          expect(occursBetween(program, view, view.sentenceStarts[s]!, view.sentenceEnds[s]!)).toBe(expected.some(({ range }) => range === s));
        }
      }
      expect(total).toBeGreaterThan(12);
    }
  });

  it('costs a step a word read, where a run takes several a word', () => {
    const program = compileProgram(['(biaya | kos) ..7 (tetap | masih) bayar'], BUILTIN_LIMITS);
    const view = tokenView(toDocument('Kos itu sangat tinggi sekali bagi syarikat kami di sini.'));
    expect(findAll(program, view, view.sentenceStarts, view.sentenceEnds)).toEqual([]); // reads the document's first words
    matcherWork.steps = 0;
    expect(findAll(program, view, view.sentenceStarts, view.sentenceEnds)).toEqual([]);
    const looked = matcherWork.steps;
    matcherWork.steps = 0;
    expect(runFrom(program, program.entries[0]!.start, view, 0, view.sentenceEnds[0]!)).toBe(-1);
    expect(looked).toBeLessThan(view.sentenceEnds[0]!);
    expect(matcherWork.steps).toBeGreaterThan(3 * looked);
  });
});

describe('where a condition ends (unlessAfter, onlyAfter)', () => {
  const texts = [
    'Bukan salah kami ya kak, kami salahkan kurir. Ini bukan kesalahan kami, memang bukan salah siapa-siapa.',
    'Bukan salah kami ya kak, kami salahkan kurir. Ini bukan kesalahan tim, memang bukan salah siapa-siapa.',
    'Kami tidak salah, bukan salah kami kok.',
  ];
  const patterns = ['bukan (salah | kesalahan) (kami | tim kami)?', 'kami', '(bukan | tidak) .. salah~', 'kurir -(kami) _?', '+salah'];

  it('finds what a run from every word finds, seeds shared or not', () => {
    for (const limits of [BUILTIN_LIMITS, PACK_LIMITS]) {
      for (const pattern of patterns) {
        const program = compileProgram([pattern], limits);
        const start = program.entries[0]!.start;
        let found = 0;
        for (const text of texts) {
          const view = tokenView(toDocument(text));
          for (let s = 0; s < view.sentenceStarts.length; s++) {
            const first = view.sentenceStarts[s]!;
            const last = view.sentenceEnds[s]!;
            for (let from = first; from < last; from++) {
              for (let before = from; before <= last; before++) {
                const ends: number[] = [];
                for (let at = from; at < before; at++) ends.push(runFrom(program, start, view, at, before));
                for (let earliestLast = from - 3; earliestLast < before; earliestLast++) {
                  const expected = ends.some((end, i) => end > from + i && end - 1 >= earliestLast);
                  expect(endsWithin(program, view, from, earliestLast, before), `${pattern} ${from} ${earliestLast} ${before}`).toBe(expected);
                  if (expected) found++;
                }
                expect(endsAt(program, view, from, before), `${pattern} at ${from} ${before}`).toBe(runFrom(program, start, view, from, before) === before);
              }
            }
          }
        }
        expect(found, pattern).toBeGreaterThan(0);
      }
    }
  });
});

describe('the words the matcher reads', () => {
  it('are the words of `normal`, a token of several words split, each with its place in `normal`', () => {
    const drafts = [
      "I don't know, we're sure. Makasih ya kak, sy gak tau!! xtau barang2nya",
      `${'Kami cek dulu ya, terima kasih. '.repeat(40)}I can't.`,
      '',
      '!!! ,',
    ];
    for (const draft of drafts) {
      const doc = toDocument(draft);
      const view = tokenView(doc);
      const split = doc.normal.split(' ').filter((word) => word.length > 0);
      expect(view.words).toEqual(split);
      view.words.forEach((word, i) => expect(doc.normal.slice(view.starts[i], view.ends[i])).toBe(word));
      expect(view.words.length).toBeGreaterThanOrEqual(doc.tokenStarts.length);
    }
    expect(tokenView(toDocument("I don't")).words).toEqual(['i', 'do', 'not']);
  });
});

describe('the roots kept by word from draft to draft', () => {
  // Words no draft before held, letters only so that the morphology reads them: "keteraaaa", "keterbaaa", ….
  const newWords = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      let n = from + i;
      let word = '';
      for (let letter = 0; letter < 4; letter++, n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
      return `keter${word}`;
    });

  it('stay bounded (emptied at ROOTS_KEPT, 10,000 words) however many new words the drafts bring', () => {
    const program = compileFresh(['+cek'], RULE_LIMITS);
    const sizes: number[] = [];
    for (let draft = 0; draft < 25; draft++) {
      const words = newWords(draft * 1000, 1000);
      const text = Array.from({ length: 50 }, (_, s) => `${words.slice(s * 20, s * 20 + 20).join(' ')}.`).join(' ');
      const view = tokenView(toDocument(text));
      expect(findAll(program, view, view.sentenceStarts, view.sentenceEnds)).toEqual([]);
      sizes.push(rootsKeptSize());
    }
    // Kept from draft to draft, then emptied: 25,000 new words were read, never more than 10,000 kept at once.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10_000);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(9_000);
    expect(sizes.some((size, i) => i > 0 && size < sizes[i - 1]!)).toBe(true);
  });
});
