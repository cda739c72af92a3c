import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.js';
import { featureId, sentenceFeatures } from '../../../src/engine/learned/features.js';
import { eligible, learnedFindings, scoreSentence, type LearnedRule } from '../../../src/engine/learned/layer.js';
import { LEARNED_FINGERPRINT, LEARNED_MODEL } from '../../../src/engine/learned/model.generated.js';
import { toDocument } from '../../../src/engine/text/document.js';
// @ts-expect-error: a plain script, without types
import { fingerprint } from '../../../scripts/train-learned.mjs';

type Lang = 'id' | 'ms' | 'en';
const featuresOf = (text: string, language: Lang = 'en') => sentenceFeatures(toDocument(text), language);
const namesOf = (text: string, language: Lang = 'en') => {
  const names: string[][] = [];
  sentenceFeatures(toDocument(text), language, names);
  return names;
};

// A model written by hand, so that the gates are tested apart from what training learns.
const weights = (entries: Record<string, number>) => Object.entries(entries).map(([name, w]) => `${name} ${w}`).join('\n');
const MODEL: Record<string, LearnedRule> = {
  'blame-department': { threshold: 2, weights: weights({ 'w:fault': 1.5, 'c:third-party': 0.5, 'c:courier': 0.5, 'c:department': 0.5 }) },
  'dont-know': { threshold: 1, weights: weights({ 'w:know': 1 }) },
  'hostile-tone': { threshold: 1, weights: weights({ 'w:ridiculous': 1 }) },
};

describe('the learned layer: features', () => {
  it('reads words, roots, classes, bigrams of classes and the shape of each sentence', () => {
    const [first, second] = namesOf('The courier is at fault, not our team. Are you sure nobody opened it?');
    expect(first).toEqual(expect.arrayContaining(['f:bias', 'w:courier', 'c:courier', 'b:the_@courier', 'c:negation', 'b:fault_@negation', 'f:first']));
    expect(first).not.toContain('f:q');
    expect(second).toEqual(expect.arrayContaining(['f:q', 'c:second-person', 'qc:second-person', 'f:2p-q', 'f:last']));
    expect(namesOf('Paketnya sudah dikirimkan kemarin.', 'id')[0]).toEqual(expect.arrayContaining(['w:dikirimkan', 'r:kirim']));
  });

  it('gives each feature the id of its name, so that the weights, written in names, reach the same features', () => {
    const drafts: [string, Lang][] = [
      ['Mohon maaf Kak, itu kesalahan pihak ekspedisi, bukan kami. Kakak yakin tidak ada yang menerima paketnya?', 'id'],
      ['Sy dah semak, memang silap kurier tu. Encik tak baca ke notis kami?', 'ms'],
      ["That's down to your bank, I'm afraid. Don't you think you should have checked first?", 'en'],
    ];
    for (const [text, language] of drafts) {
      const names: string[][] = [];
      const sentences = sentenceFeatures(toDocument(text), language, names);
      sentences.forEach((sentence, s) => {
        expect(sentence.ids.length).toBe(names[s]!.length);
        sentence.ids.forEach((id, k) => expect([names[s]![k], featureId(names[s]![k]!)]).toEqual([names[s]![k], id]));
      });
    }
  });

  it('spans each sentence of the source and marks quoted words', () => {
    const text = 'Hi Sam. You wrote "it is the courier\'s fault" in your message.';
    const [hi, quoted] = featuresOf(text);
    expect(text.slice(hi!.start, hi!.end)).toBe('Hi Sam.');
    expect(text.slice(quoted!.start, quoted!.end)).toBe('You wrote "it is the courier\'s fault" in your message.');
    expect([hi!.quoted, quoted!.quoted]).toEqual([false, true]);
  });
});

describe('the learned layer: scoring and gates', () => {
  const find = (text: string, found: string[] = [], taken: { start: number; end: number }[] = []) =>
    learnedFindings(toDocument(text), 'en', new Set(found), taken, MODEL).map(({ rule, start, end }) => [rule, text.slice(start, end)]);

  it('flags the first sentence whose score reaches the threshold, as the sentence', () => {
    expect(scoreSentence(MODEL, 'blame-department', featuresOf('That is the courier fault.')[0]!)).toBe(2);
    expect(find('Thanks for waiting. That is the courier fault. I will call them.')).toEqual([['blame-department', 'That is the courier fault.']]);
  });

  it('scores as the sum of the sentence’s features’ weights, a feature twice counted twice', () => {
    const model: Record<string, LearnedRule> = { 'excuse': { threshold: 3, weights: weights({ 'w:busy': 1, 'f:bias': 0.5 }) } };
    expect(scoreSentence(model, 'excuse', featuresOf('We are busy, so busy today.')[0]!)).toBe(2.5);
    expect(learnedFindings(toDocument('We are busy, so busy, busy today.'), 'en', new Set(), [], model)).toHaveLength(1);
    expect(learnedFindings(toDocument('We are busy, so busy today.'), 'en', new Set(), [], model)).toHaveLength(0);
  });

  it('stays silent under the threshold, for a rule the phrase rules already found, and in a sentence a finding takes', () => {
    expect(find('That is my fault entirely.')).toEqual([]);
    expect(find('That is the courier fault.', ['blame-department'])).toEqual([]);
    const text = 'Hello there. That is the courier fault. The courier fault, again, it is.';
    expect(find(text, [], [{ start: 14, end: 20 }])).toEqual([['blame-department', 'The courier fault, again, it is.']]);
  });

  it('never flags quoted words, the customer’s quoted message, or a sentence without the rule’s cue', () => {
    expect(find('You said "that is the courier fault" and I understand.')).toEqual([]);
    expect(find('Thanks for your patience.\n\n> That is the courier fault, they told me.\n> Fix it.')).toEqual([]);
    // Blame needs a party that is not us: a fault word alone is not enough.
    expect(eligible('blame-department', featuresOf('It is all our fault, we fault ourselves.')[0]!, [])).toBe(false);
    expect(find('It is all our fault, we fault ourselves.')).toEqual([]);
    // Hostility must be aimed at the customer, with its shape: a command or a reproach, and no softener.
    expect(find('This weather is ridiculous today.')).toEqual([]);
    expect(find('Your request is ridiculous today.')).toEqual([]);
    expect(find('Please read the terms, your request is ridiculous.')).toEqual([]);
    expect(find('Read the terms, your request is ridiculous.')).toEqual([['hostile-tone', 'Read the terms, your request is ridiculous.']]);
  });

  it('asks a negation of "I don\'t know" (or "entah")', () => {
    expect(find('I know where it is now.')).toEqual([]);
    expect(find('I do not know where it is now.')).toEqual([['dont-know', 'I do not know where it is now.']]);
    const entah: Record<string, LearnedRule> = { 'dont-know': { threshold: 1, weights: weights({ 'w:kak': 1 }) } };
    expect(learnedFindings(toDocument('Entah ya kak, coba lagi.'), 'id', new Set(), [], entah)).toHaveLength(1);
    expect(learnedFindings(toDocument('Baik ya kak, coba lagi.'), 'id', new Set(), [], entah)).toHaveLength(0);
  });

  it('flags what the sentences’ own scores flag, on whole labelled drafts (the fast path and the plain sum agree)', () => {
    const lines = readFileSync(new URL('../../eval/red-en.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).slice(0, 60);
    const rules = Object.keys(LEARNED_MODEL);
    let compared = 0;
    for (const line of lines) {
      const { draft, lang } = JSON.parse(line) as { draft: string; lang: Lang };
      const doc = toDocument(draft);
      const expected = rules.flatMap((rule) => {
        const hit = sentenceFeatures(doc, lang).find((s) => eligible(rule, s, s.ids) && scoreSentence(LEARNED_MODEL, rule, s) >= LEARNED_MODEL[rule]!.threshold);
        return hit ? [[rule, hit.start, hit.end]] : [];
      });
      const actual = learnedFindings(doc, lang, new Set(), [], LEARNED_MODEL).map((f) => [f.rule, f.start, f.end]);
      expect(actual.sort(), draft).toEqual(expected.sort());
      compared++;
    }
    expect(compared).toBe(60);
  });
});

describe('the learned layer: its data', () => {
  it('is up to date with what it was trained from: the script, the features, the rules, the lexicon, the tune drafts and the labelled sentences (run `npm run train:learned` after changing any)', () => {
    expect(LEARNED_FINGERPRINT).toBe(fingerprint());
  });

  it('keeps a few hundred weights a rule, 100 KB in all at most, each rule with a threshold', () => {
    const source = readFileSync(new URL('../../../src/engine/learned/model.generated.ts', import.meta.url), 'utf8');
    expect(source.length).toBeLessThanOrEqual(100_000);
    for (const [rule, model] of Object.entries(LEARNED_MODEL)) {
      expect(Number.isFinite(model.threshold), rule).toBe(true);
      expect(model.weights.split('\n').length, rule).toBeLessThanOrEqual(1000);
    }
  });
});

describe('the learned layer in the engine', () => {
  const warnings = (draft: string, options: Parameters<typeof analyze>[1] = {}) =>
    analyze(draft, options).findings.filter((f) => f.kind === 'warning').map((f) => f.rule);

  // Kind replies built to look like warnings: an owned mistake, a kind "no" with an alternative, a promise to find out,
  // a courier named with a time, the customer quoted, policy explained with what we can do, a firm limit said calmly.
  const KIND: Record<Lang, string[]> = {
    id: [
      'Mohon maaf ya Kak, ini kesalahan kami, bukan kurir. Paket pengganti sudah kami kirim hari ini dan resinya saya kirim sore nanti.',
      'Saya belum tahu penyebabnya, Kak, tapi akan saya cek ke gudang dan kabari sebelum jam 3 sore.',
      'Untuk penukaran ukuran memang tidak bisa lewat aplikasi, Kak, tapi bisa saya bantu proses manual sekarang juga.',
      'Kak Rina menulis "kurirnya tidak datang", dan itu wajar bikin kesal. Saya sudah minta kurir kirim ulang besok pagi.',
      'Biaya admin memang berlaku untuk semua transfer antarbank, Kak, tapi transfer ke sesama bank kami gratis dan bisa langsung dipakai.',
      'Kakak tidak salah apa-apa kok. Tim keuangan kami sedang memproses refund-nya dan dananya masuk paling lambat Jumat.',
    ],
    ms: [
      'Maaf cik, ini silap kami sendiri. Saya dah hantar semula barang tu pagi tadi, nombor jejak saya kongsikan petang ni.',
      'Saya tak pasti lagi puncanya, tapi saya akan semak dengan gudang dan maklumkan cik sebelum pukul 4 petang.',
      'Pertukaran tak boleh dibuat dalam aplikasi, tapi saya boleh uruskan secara manual untuk cik sekarang.',
      'Caj perkhidmatan ini dikenakan kepada semua pelanggan, encik, tetapi saya boleh kecualikan caj lewat bulan ini.',
      'Bukan salah encik langsung. Pasukan bil kami sedang betulkan akaun encik dan akan siap sebelum esok tengah hari.',
    ],
    en: [
      "I'm sorry, this one is on us, not the courier. I've sent a replacement today and will email you the tracking by 5 pm.",
      "I don't know yet why the payment failed, but I'm checking with our billing team now and will reply by 3 pm today.",
      "We can't change the size in the app, but I can swap it for you by hand right now if you'd like.",
      'You mentioned the driver said "it is not our problem", and I am sorry you heard that. I have asked the courier to redeliver tomorrow morning.',
      'The late fee applies to every account, but I have waived it for this month since the delay was ours.',
      'None of this is your fault. Our billing team is correcting the invoice and you will have it by Friday noon.',
    ],
  };
  for (const [language, drafts] of Object.entries(KIND)) {
    it(`adds nothing to kind near misses (${language})`, () => {
      for (const draft of drafts) expect(warnings(draft), draft).toEqual(warnings(draft, { withoutLearnedLayer: true }));
    });
  }

  // The layer reads one sentence, and "honestly" pushed these over dont-know's threshold; the rule reads the draft,
  // and a promise to find out in the next sentence answers not knowing.
  it.each<[string, Lang]>([
    ["Honestly, I'm not sure why the payment was declined. Let me look into it with our payments team and I'll get back to you before 5 pm.", 'en'],
    ['Jujurnya sy pun tak tau kenapa kad tu ditolak cik. Sy semak dulu, nanti sy update sblm 5 ptg.', 'ms'],
  ])('leaves not knowing that a promise in the next sentences answers: %s', (draft, language) => {
    expect(learnedFindings(toDocument(draft), language, new Set()).map((f) => f.rule)).toContain('dont-know');
    expect(warnings(draft)).not.toContain('dont-know');
    // Without the promise, the rule itself flags it.
    expect(warnings(draft.slice(0, draft.indexOf('.') + 1))).toContain('dont-know');
  });

  it('gives a learned finding the rule’s message in the agent’s language and a span of the draft, with no rewording', () => {
    const { draft, rule } = learnedCase();
    for (const messageLanguage of ['id', 'ms', 'en'] as const) {
      const finding = analyze(draft, { messageLanguage }).findings.find((f) => f.rule === rule)!;
      expect(finding.kind).toBe('warning');
      expect(finding.text).toBe(draft.slice(finding.start, finding.end));
      expect(finding.suggestions).toEqual([]);
      expect(finding.message.length).toBeGreaterThan(10);
    }
    expect(new Set(['id', 'ms', 'en'].map((messageLanguage) => analyze(draft, { messageLanguage: messageLanguage as Lang }).findings.find((f) => f.rule === rule)!.message)).size).toBe(3);
  });

  it('is switched off with its rule (by a setting or a team’s policy)', () => {
    const { draft, rule } = learnedCase();
    expect(warnings(draft)).toContain(rule);
    expect(warnings(draft, { rules: { [rule]: 'off' } })).not.toContain(rule);
  });
});

// Tune drafts (`tests/corpus/train/`, rounds the layer trained on) whose warning only the layer finds: wordings no
// phrase rule lists, in the families it learned (docs/quality.md). They must stay flagged, each for its rule.
const LEARNED_CASES: [file: string, id: string, rule: string][] = [
  ['a-9', 'a-9-en-012', 'favor-framing'],
  ['a-9', 'a-9-ms-013', 'internal-costs'],
  ['d-5', 'd-5-id-046', 'presume-solution'],
  ['f-2', 'f-2-id-030', 'dont-know'],
];

function labelledDraft(file: string, id: string): { draft: string; customer?: string; warnings: string[] } {
  const drafts = readFileSync(new URL(`../../corpus/train/${file}.jsonl`, import.meta.url), 'utf8').split('\n').filter(Boolean);
  return drafts.map((line) => JSON.parse(line) as { id: string; draft: string; customer?: string; warnings: string[] }).find((d) => d.id === id)!;
}

/** The first learned case, with the rule only the layer finds. */
function learnedCase(): { draft: string; rule: string } {
  const [file, id, rule] = LEARNED_CASES[0]!;
  return { draft: labelledDraft(file, id).draft, rule };
}

// Hand-written for this test, in no tune file: a wording of the family no phrase rule lists, which the layer flags
// from what it learned on others. Only presume-solution has one so far: for the other rules, the unseen drafts tried
// (favours called normal practice, costs "for us", "no idea why") were the phrase rules' or under the threshold.
const UNSEEN_CASES: [draft: string, language: Lang, rule: string][] = [
  ["Trust me, the bundle is the best thing for your situation, so I've gone ahead and swapped it.", 'en', 'presume-solution'],
];

describe('the learned layer: what it learned', () => {
  for (const [draft, language, rule] of UNSEEN_CASES) {
    it(`finds ${rule} in an unseen draft, where the phrase rules do not: ${draft}`, () => {
      const rules = (withoutLearnedLayer: boolean) => analyze(draft, { language, withoutLearnedLayer }).findings.map((f) => f.rule);
      expect(rules(true)).not.toContain(rule);
      expect(rules(false)).toContain(rule);
    });
  }
  for (const [file, id, rule] of LEARNED_CASES) {
    it(`finds ${rule} in ${id}, where the phrase rules do not`, () => {
      const { draft, customer, warnings } = labelledDraft(file, id);
      expect(warnings).toContain(rule);
      const rules = (withoutLearnedLayer: boolean) => analyze(draft, { customerMessage: customer, withoutLearnedLayer }).findings.map((f) => f.rule);
      expect(rules(true)).not.toContain(rule);
      expect(rules(false)).toContain(rule);
    });
  }
});
