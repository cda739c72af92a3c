import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { abuseContinues, HANDOVER_TAG } from '../../src/engine/handover.js';
import { fillPlaceholders } from '../../src/engine/packs/placeholders.js';
import { libraryFor } from '../../src/engine/packs/library.js';
import { LANGUAGES, type Language } from '../../src/engine/report.js';
import { parsePack } from '../../src/engine/packs/schema.js';

/** How each market addresses a customer it does not name: Kak, Bapak/Ibu; encik, puan, tuan. */
const ADDRESS: Record<Exclude<Language, 'en'>, RegExp> = { id: /\b(Kak|Kakak|Bapak\/Ibu)\b/, ms: /\b(encik|puan|tuan)\b/i };
/** The next step, named: who takes over or decides, and when. */
const NEXT_STEP: Record<Language, RegExp> = {
  id: /\b(supervisor|atasan)\b/i,
  ms: /\b(penyelia|ketua pasukan|pegawai kanan)\b/i,
  en: /\b(supervisor|team lead|senior colleague)\b/,
};
/** The agent keeps the case: "I'll stay on your case". */
const OWNERSHIP: Record<Language, RegExp> = {
  id: /\b(saya tetap|tetap saya|menghubungi saya)\b/i,
  ms: /\b(saya (tetap|masih)|tetap saya|menghubungi saya)\b/i,
  en: /\bI'll stay\b|\bI'm still your contact\b|\bI'm staying\b/,
};

const CASES = [
  {
    language: 'id' as const,
    escalation: 'Sudah 3x saya tanya, saya mau bicara dengan pimpinan kalian!',
    abusive: ['Dasar bodoh semua kalian, kerja nggak becus!', 'Kalian memang goblok semua, dasar penipu!'],
    calm: 'Halo Kak, pesanan saya dengan nomor 12345 sudah dikirim belum ya?',
    draft: 'Mohon maaf atas ketidaknyamanannya, Kak.',
  },
  {
    language: 'ms' as const,
    escalation: 'Tolong sambungkan saya kepada penyelia awak.',
    abusive: ['Awak semua memang bodoh dan tak guna!', 'Bodoh betul syarikat ni, semua tak guna!'],
    calm: 'Assalamualaikum, boleh saya tahu status pesanan saya?',
    draft: 'Saya mohon maaf atas kesulitan ini, encik.',
  },
  {
    language: 'en' as const,
    escalation: 'I demand to speak to your manager right now!',
    abusive: ['You people are useless idiots.', 'You are all idiots, every one of you.'],
    calm: 'Hi, could you tell me when my order will ship?',
    draft: "I'm sorry for the trouble this has caused.",
  },
];

describe('the hand-over phrases in the built-in packs', () => {
  it.each(LANGUAGES)('in %s: at least three, each naming who takes over and keeping the case with the agent', (language) => {
    const phrases = libraryFor([], true).phrasesTagged(HANDOVER_TAG, language);
    expect(phrases.length).toBeGreaterThanOrEqual(3);
    for (const phrase of phrases) {
      expect(phrase.text, phrase.id).toMatch(NEXT_STEP[language]);
      expect(phrase.text, phrase.id).toMatch(OWNERSHIP[language]);
      if (language !== 'en') expect(phrase.text, phrase.id).toMatch(ADDRESS[language]);
    }
    // Natural phrasings, not one sentence with a word changed.
    expect(new Set(phrases.map((p) => p.text.split(' ').slice(0, 3).join(' '))).size).toBe(phrases.length);
  });

  it.each(LANGUAGES)('in %s: draw no warning once inserted into a reply', (language) => {
    for (const phrase of libraryFor([], true).phrasesTagged(HANDOVER_TAG, language)) {
      const text = fillPlaceholders(phrase.text, { customer_name: 'Rina' }).text;
      const report = analyze(text, { language, customerMessage: 'I want to speak to a manager.' });
      expect(report.findings.filter((f) => f.kind === 'warning').map((f) => `${f.rule}: ${f.text}`), phrase.id).toEqual([]);
    }
  });

  it('are what analyze offers, and a team pack overrides one like any phrase', () => {
    const team = parsePack({
      id: 'team',
      name: 'Team',
      version: '1.0.0',
      languages: ['en'],
      phrases: [{ id: 'handover-1', tags: ['handover'], text: 'Our duty manager will call you within the hour; I stay on your case.' }],
    });
    if (!team.ok) throw new Error(JSON.stringify(team.errors));
    const report = analyze('I understand.', { customerMessage: 'I want to speak to a manager.', packs: [team.pack] });
    expect(report.handover?.phrases.map((p) => p.text)).toContain('Our duty manager will call you within the hour; I stay on your case.');
    expect(report.handover?.phrases.filter((p) => p.id === 'handover-1')).toHaveLength(1);
  });
});

describe('the hand-over offer', () => {
  it.each(CASES)('in $language: a request for a manager brings the phrases, in the draft language, ready to insert', ({ language, escalation, draft }) => {
    const report = analyze(draft, { customerMessage: escalation });
    expect(report.language).toBe(language);
    expect(report.handover?.reasons).toEqual(['escalation-request']);
    expect(report.handover!.phrases.length).toBeGreaterThanOrEqual(3);
    for (const phrase of report.handover!.phrases) {
      expect(phrase.language).toBe(language);
      expect(phrase.tags).toContain(HANDOVER_TAG);
      // Only `{customer_name}` may be left for the agent: the phrase is whole otherwise.
      expect(fillPlaceholders(phrase.text, { customer_name: 'Rina' }).unfilled).toEqual([]);
    }
  });

  it.each(CASES)('in $language: abuse that continues in the thread brings the hand-over, without a request for a manager', ({ language, abusive, draft }) => {
    const report = analyze(draft, { customerMessage: abusive[1], earlierCustomerMessages: [abusive[0]!, 'ok'] });
    expect(report.language).toBe(language);
    expect(report.handover?.reasons).toEqual(['abuse-continues']);
    expect(report.handover!.phrases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(CASES)('in $language: abuse once is documented, not handed over; a calm or earlier-only abusive thread brings nothing', ({ abusive, calm, draft }) => {
    expect(analyze(draft, { customerMessage: abusive[1], earlierCustomerMessages: [calm] }).handover).toBeUndefined();
    expect(analyze(draft, { customerMessage: abusive[1] }).handover).toBeUndefined();
    // Insults earlier, a calm message now: the customer has calmed down.
    expect(analyze(draft, { customerMessage: calm, earlierCustomerMessages: [abusive[0]!] }).handover).toBeUndefined();
    expect(analyze(draft, { customerMessage: calm }).handover).toBeUndefined();
  });

  it('keeps the reason but offers no phrase for the customer in an internal note', () => {
    const report = analyze('Customer wants a manager.', { customerMessage: 'I want to speak to a manager.', audience: 'internal' });
    expect(report.handover).toEqual({ reasons: ['escalation-request'], phrases: [] });
  });

  it('asks the supervisor, without a phrase for the customer, when a gesture offered needs approval', () => {
    const draft = 'I am so sorry the lamp arrived broken. We will send a replacement today.';
    const customer = 'My lamp arrived broken!';
    expect(analyze(draft, { customerMessage: customer, tier: 'self' }).handover).toBeUndefined();
    const report = analyze(draft, { customerMessage: customer, tier: 'approval' });
    expect(report.gestures.some((g) => g.needsApproval)).toBe(true);
    expect(report.handover).toEqual({ reasons: ['approval'], phrases: [] });
  });
});

describe('abuseContinues', () => {
  it.each(CASES)('in $language: the latest customer message and an earlier one abusive', ({ abusive, calm }) => {
    expect(abuseContinues([abusive[0]!, calm, abusive[1]!])).toBe(true);
    expect(abuseContinues([abusive[0]!, abusive[1]!])).toBe(true);
  });

  it.each(CASES)('in $language: not for abuse once, abuse that stopped, or a calm thread', ({ abusive, calm }) => {
    expect(abuseContinues([abusive[1]!])).toBe(false);
    expect(abuseContinues([calm, calm, abusive[1]!])).toBe(false);
    expect(abuseContinues([abusive[0]!, abusive[1]!, calm])).toBe(false);
    expect(abuseContinues([calm, calm])).toBe(false);
    expect(abuseContinues([])).toBe(false);
  });

  it('reads only the latest twenty messages of a long thread', () => {
    const calm = 'Thanks, I will wait.';
    expect(abuseContinues(['You are useless idiots.', ...Array<string>(19).fill(calm), 'You are idiots.'])).toBe(true);
    expect(abuseContinues(['You are useless idiots.', ...Array<string>(20).fill(calm), 'You are idiots.'])).toBe(false);
  });
});
