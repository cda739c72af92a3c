import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { parsePack, type Pack } from '../../src/engine/packs/schema.js';
import { STEPS } from '../../src/engine/report.js';
import { RULES } from '../../src/engine/rules/index.js';
import { toDocument } from '../../src/engine/text/document.js';

const BLAME = "Sorry, the mix-up is the warehouse's fault.";

function pack(input: unknown): Pack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('analyze', () => {
  it('returns plain serialisable data', () => {
    const report = analyze(BLAME, { customerMessage: 'Where is my parcel?!', language: 'en' });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(Object.keys(report.steps)).toEqual([...STEPS]);
  });

  it('is deterministic', () => {
    expect(analyze(BLAME)).toEqual(analyze(BLAME));
  });

  it('gives UTF-16 spans into the draft, also after emoji and other astral characters', () => {
    const draft = `👋😊 Halo Kak! ${BLAME}`;
    const finding = analyze(draft).findings.find((f) => f.rule === 'blame-department')!;
    expect(draft.slice(finding.start, finding.end)).toBe("the warehouse's fault");
    expect(finding.text).toBe("the warehouse's fault");
  });

  it('matches curly apostrophes and ALL CAPS like the plain forms', () => {
    expect(analyze('THE MIX-UP IS THE WAREHOUSE’S FAULT.').findings.map((f) => f.rule)).toContain('blame-department');
  });

  it('turns a rule off by its setting', () => {
    expect(analyze(BLAME, { rules: { 'blame-department': 'off' } }).findings.filter((f) => f.rule === 'blame-department')).toEqual([]);
    expect(analyze(BLAME, { rules: { 'blame-department': 'warn' } }).findings.filter((f) => f.rule === 'blame-department')).toHaveLength(1);
  });

  it('keeps tone rules quiet in internal notes, which are for colleagues', () => {
    expect(analyze(BLAME, { audience: 'internal' }).findings).toEqual([]);
  });

  it('skips quoted customer text, reply headers and signatures', () => {
    const draft = [
      'Baik Kak, paketnya kami kirim ulang hari ini.',
      '',
      '> itu bukan urusan saya',
      'On Mon, 3 Nov 2026 at 10:00, Customer <c@example.com> wrote:',
      "the warehouse's fault",
    ].join('\n');
    expect(analyze(draft).findings).toEqual([]);
    expect(analyze("Thanks!\n-- \nBudi, not my job to sign").findings).toEqual([]);
  });

  it('runs a pack rule, named by pack and rule id, with its suggestion in the writer’s case', () => {
    const acme = pack({ id: 'acme', name: 'Acme', version: '1.0.0', languages: ['id'], rules: [{ id: 'no-bos', pattern: 'bos~', message: 'Sapa pelanggan dengan Kak.', suggestions: ['kak'] }] });
    const report = analyze('Siap BOS, Bosnya tenang saja.', { packs: [acme] });
    const found = report.findings.filter((f) => f.rule === 'acme/no-bos');
    expect(found.map((f) => [f.text, f.suggestions[0], f.message])).toEqual([
      ['BOS', 'Kak', 'Sapa pelanggan dengan Kak.'],
      ['Bosnya', 'Kak', 'Sapa pelanggan dengan Kak.'],
    ]);
  });

  it('takes the same packs array on every keystroke without rebuilding or leaking', () => {
    const packs = [pack({ id: 'acme', name: 'Acme', version: '1.0.0', languages: ['en'], rules: [{ id: 'no-mate', pattern: 'mate', message: 'Use the name.' }] })];
    for (let i = 0; i < 50; i++) analyze(`hi mate ${i}`, { packs });
    expect(analyze('hi mate', { packs }).findings.map((f) => f.rule)).toEqual(['acme/no-mate']);
  });

  it('handles an empty draft and whitespace', () => {
    for (const draft of ['', '   ', '\n\n\n']) {
      const report = analyze(draft);
      expect(report.findings).toEqual([]);
      expect(Object.values(report.steps).every((present) => !present)).toBe(true);
    }
  });
});

describe('hostile input', () => {
  it('treats words that are also Object.prototype names as plain words', () => {
    const draft = 'Kak, constructor toString __proto__ hasOwnProperty valueOf: saya tidak tahu.';
    const report = analyze(draft, { customerMessage: 'constructor __proto__ toString kesal!!' });
    expect(JSON.stringify(report)).not.toMatch(/native code|function/);
    expect(report.findings.map((f) => f.rule)).toContain('dont-know');
    for (const f of report.findings) for (const s of f.suggestions) expect(typeof s).toBe('string');
    expect(toDocument('constructor __proto__ toString').normal).toBe(' constructor proto tostring ');
  });

  it('addresses the customer with calm-first even when the draft holds such words', () => {
    const report = analyze('Pak constructor, paketnya akan kami kirim ulang hari ini.', { customerMessage: 'Paket saya rusak, kesal banget!!' });
    const calm = report.findings.find((f) => f.rule === 'calm-first');
    expect(calm?.suggestions.join(' ')).not.toMatch(/native code|function/);
  });
});

describe('messageLanguage: what the engine says to the agent, in the agent’s language', () => {
  const UPSET = 'This is the third time my order is late, I am furious!';
  const englishDraft = analyze(BLAME, { customerMessage: UPSET });
  const blame = (report: ReturnType<typeof analyze>) => report.findings.find((f) => f.rule === 'blame-department')!;
  const advice = (report: ReturnType<typeof analyze>) => report.signals.find((s) => s.signal === 'upset')!.guidance;

  it.each(['id', 'ms', 'en'] as const)('an English draft gets its messages and guidance in %s; its rewordings, phrases and gestures stay English', (agent) => {
    const report = analyze(BLAME, { customerMessage: UPSET, messageLanguage: agent });
    expect(report.language).toBe('en');
    const rule = RULES.find((r) => r.meta.id === 'blame-department')!;
    const finding = blame(report);
    expect(Object.values(rule.meta.messages).map((m) => m[agent])).toContain(finding.message);
    // Same span and the same English rewordings as without the option.
    expect({ ...finding, message: '' }).toEqual({ ...blame(englishDraft), message: '' });
    expect(advice(report)).toBe(advice(analyze('Maaf Kak, keterlambatannya kesalahan bagian gudang.', { customerMessage: UPSET, language: agent })));
    expect(report.phraseSuggestions).toEqual(englishDraft.phraseSuggestions);
    expect(report.signals.map((s) => s.phrases)).toEqual(englishDraft.signals.map((s) => s.phrases));
    expect(report.phraseSuggestions.every((p) => p.language === 'en')).toBe(true);
  });

  it('differs by language, so the test above would see a draft-language message', () => {
    const messages = (['id', 'ms', 'en'] as const).map((agent) => blame(analyze(BLAME, { customerMessage: UPSET, messageLanguage: agent })).message);
    expect(new Set(messages).size).toBe(3);
    expect(new Set((['id', 'ms', 'en'] as const).map((agent) => advice(analyze(BLAME, { customerMessage: UPSET, messageLanguage: agent })))).size).toBe(3);
    expect(blame(englishDraft).message).toBe(messages[2]);
  });

  it('an Indonesian draft for an English-speaking agent: English message, Indonesian rewordings', () => {
    const draft = 'Mohon maaf, itu kesalahan bagian gudang.';
    const inIndonesian = blame(analyze(draft, { language: 'id' }));
    const forAgent = blame(analyze(draft, { language: 'id', messageLanguage: 'en' }));
    expect(forAgent.suggestions).toEqual(inIndonesian.suggestions);
    expect(forAgent.message).not.toBe(inIndonesian.message);
    const rule = RULES.find((r) => r.meta.id === 'blame-department')!;
    expect(rule.meta.messages[forAgent.messageId]!.en).toBe(forAgent.message);
  });
});
