import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack, parsePackText, type Pack, type PackError } from '../../src/engine/packs/schema.js';
import { buildLibrary, FALLBACK_GESTURE_ID } from '../../src/engine/packs/library.js';
import { asBuiltinPack, BUILTIN_PACKS } from '../../src/engine/packs/builtin.js';
import { checkPackExamples } from '../../src/engine/packs/examples.js';
import { fillPlaceholders } from '../../src/engine/packs/placeholders.js';
import { analyze } from '../../src/engine/analyze.js';
import { FAILURES, LANGUAGES, SIGNALS, STEPS, TIERS } from '../../src/engine/report.js';
import { NOTE_PLACEHOLDERS } from '../../src/engine/notes.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function pack(input: unknown): Pack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

function errorsOf(input: unknown): PackError[] {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

const BASE = { id: 'acme', name: 'Acme support', version: '1.0.0', languages: ['en'] };

describe.each(LANGUAGES.map((language) => [language] as const))('built-in pack ramah-%s', (language) => {
  const path = `src/packs/${language}/ramah-${language}.json`;
  const json = readJson(path) as Record<string, unknown>;
  const result = parsePack(json);
  const parsed = result.ok ? result.pack : undefined;

  it('passes the schema, with its $schema line and id', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(json.$schema).toBe('../pack.schema.json');
    expect(parsed!.id).toBe(`ramah-${language}`);
    expect(parsed!.languages).toEqual([language]);
  });

  it('has at least four phrases for every step and three for every signal', () => {
    for (const step of STEPS) expect(parsed!.phrases.filter((p) => p.step === step).length, step).toBeGreaterThanOrEqual(4);
    for (const signal of SIGNALS) expect(parsed!.phrases.filter((p) => p.signal === signal).length, signal).toBeGreaterThanOrEqual(3);
  });

  it('has guidance for every signal', () => {
    for (const signal of SIGNALS) expect(parsed!.guidance.find((g) => g.signal === signal)?.text.length, signal).toBeGreaterThan(40);
  });

  it('has the fallback gesture, which the agent may offer alone, and gestures in every tier', () => {
    const fallback = parsed!.gestures.find((g) => g.id === FALLBACK_GESTURE_ID);
    expect(fallback?.tier).toBe('self');
    expect(fallback?.for).toBeUndefined();
    for (const tier of TIERS) expect(parsed!.gestures.some((g) => g.tier === tier), tier).toBe(true);
  });

  it('uses only the known placeholders', () => {
    const items = [...parsed!.phrases, ...parsed!.gestures];
    const texts = items.map((item) => item.text);
    for (const item of items) {
      // Note templates go into internal notes, and also say when, which ticket and what was said.
      const known = ['customer_name', 'order_id', 'agent_name', ...('tags' in item && item.tags?.includes('note') ? NOTE_PLACEHOLDERS : [])];
      for (const [, name] of item.text.matchAll(/\{(\w+)\}/g)) expect(known, item.id).toContain(name);
    }
    expect(texts.some((t) => t.includes('{customer_name}'))).toBe(true);
  });

  it('has at least three examples, and they pass', () => {
    expect(parsed!.examples.length).toBeGreaterThanOrEqual(3);
    expect(checkPackExamples(parsed!, BUILTIN_PACKS)).toEqual([]);
  });
});

describe('built-in packs together', () => {
  const packs = LANGUAGES.map((language) => pack(readJson(`src/packs/${language}/ramah-${language}.json`)));
  const idsOf = (p: Pack) => ({
    phrases: p.phrases.map((x) => `${x.step ?? x.signal}:${x.id}`).sort(),
    gestures: p.gestures.map((x) => `${x.tier}:${x.id}:${(x.for ?? []).join(',')}`).sort(),
  });

  it('use the same ids, steps, signals, tiers and failures in every language', () => {
    expect(idsOf(packs[1]!)).toEqual(idsOf(packs[0]!));
    expect(idsOf(packs[2]!)).toEqual(idsOf(packs[0]!));
  });

  it('are what the engine ships, exactly as parsePack gives them (the engine does not validate them when it loads)', () => {
    expect(BUILTIN_PACKS.map((p) => p.id)).toEqual(packs.map((p) => p.id));
    expect(BUILTIN_PACKS).toStrictEqual(packs);
    LANGUAGES.forEach((language, i) => expect(asBuiltinPack(readJson(`src/packs/${language}/ramah-${language}.json`) as object)).toStrictEqual(packs[i]));
  });
});

describe('pack.schema.json', () => {
  const schema = readJson('src/packs/pack.schema.json') as { $schema: string; $defs: Record<string, { enum?: readonly string[] }> };

  it('is a draft 2020-12 JSON Schema that lists the engine’s values', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$defs.language!.enum).toEqual([...LANGUAGES]);
    expect(schema.$defs.step!.enum).toEqual([...STEPS]);
    expect(schema.$defs.signal!.enum).toEqual([...SIGNALS]);
    expect(schema.$defs.tier!.enum).toEqual([...TIERS]);
    expect(schema.$defs.failure!.enum).toEqual([...FAILURES]);
  });
});

describe('parsePack refuses a broken pack and names the place', () => {
  it('a wrong type', () => {
    expect(errorsOf({ ...BASE, name: 42 }).map((e) => e.path)).toEqual(['name']);
    expect(errorsOf({ ...BASE, phrases: { id: 'x' } }).map((e) => e.path)).toEqual(['phrases']);
  });

  it('an unknown step', () => {
    const errors = errorsOf({ ...BASE, phrases: [{ id: 'ok', text: 'Hello.', step: 'extra' }, { id: 'bad', text: 'Hi.', step: 'greeting' }] });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('phrases[1].step');
    expect(errors[0]!.message).toMatch(/acknowledgement/);
  });

  it('an unknown tier and failure in a gesture', () => {
    const errors = errorsOf({ ...BASE, gestures: [{ id: 'g', text: 'A voucher.', tier: 'maybe', for: ['late', 'rain'] }] });
    expect(errors.map((e) => e.path).sort()).toEqual(['gestures[0].for[1]', 'gestures[0].tier']);
  });

  it('an item without a language in a multi-language pack', () => {
    const errors = errorsOf({ ...BASE, languages: ['id', 'en'], phrases: [{ id: 'a', text: 'Halo.', language: 'id' }, { id: 'b', text: 'Hello.' }] });
    expect(errors).toEqual([{ path: 'phrases[1]', message: expect.stringMatching(/language/) }]);
  });

  it('an item in a language the pack does not list', () => {
    expect(errorsOf({ ...BASE, guidance: [{ signal: 'upset', text: 'Tenang.', language: 'ms' }] }).map((e) => e.path)).toEqual(['guidance[0]']);
  });

  it('a pattern that could backtrack without bound', () => {
    const errors = errorsOf({ ...BASE, rules: [{ id: 'r', pattern: ['fine words', '(a+)+'], message: 'No.' }] });
    expect(errors.map((e) => e.path)).toEqual(['rules[0].pattern[1]']);
  });

  it('a pattern with unbalanced parentheses', () => {
    expect(errorsOf({ ...BASE, rules: [{ id: 'r', pattern: '(?:kurir', message: 'No.' }] }).map((e) => e.path)).toEqual(['rules[0].pattern']);
  });

  it('a pattern the token language cannot read, naming the character', () => {
    expect(errorsOf({ ...BASE, rules: [{ id: 'r', pattern: ['fine words', 'kenapa ?'], message: 'No.' }] })).toEqual([
      { path: 'rules[0].pattern[1]', message: expect.stringMatching(/question mark.*at character 8/) },
    ]);
    expect(errorsOf({ ...BASE, rules: [{ id: 'r', pattern: 'kurang @manners', message: 'No.' }] })).toEqual([
      { path: 'rules[0].pattern', message: expect.stringMatching(/no word class is named "@manners".*at character 8/) },
    ]);
  });

  it('a pattern that compiles to more states than a pack may have', () => {
    // Word classes compile to their phrases' states: six of the larger ones in a row are over the limit.
    const many = '@insult @upset-feeling @authority @insult @upset-feeling @authority';
    expect(errorsOf({ ...BASE, rules: [{ id: 'r', pattern: ['fine', many], message: 'No.' }] })).toEqual([
      { path: 'rules[0].pattern[1]', message: expect.stringMatching(/states; at most 120/) },
    ]);
  });

  it('a pattern over the states a pack may have as written, though it shares enough to be built within them', () => {
    const tail = ' (a )?(a )?_ .. _ .. _ (a )?_ z';
    const twelveTimes = `(${'abcdefghijkl'.split('').map((word) => `@insult ${word}`).join(' | ')})${tail}`;
    expect(errorsOf({ ...BASE, rules: [{ id: 'r', pattern: ['fine', twelveTimes], message: 'No.' }] })).toEqual([
      { path: 'rules[0].pattern[1]', message: expect.stringMatching(/^compiles to \d+ states; at most 120 are allowed$/) },
    ]);
    // The same matches with the class written once is within the limit.
    expect(pack({ ...BASE, rules: [{ id: 'r', pattern: `@insult (${'abcdefghijkl'.split('').join(' | ')})${tail}`, message: 'No.' }] }).rules).toHaveLength(1);
  });

  it('a repeated id', () => {
    const errors = errorsOf({ ...BASE, phrases: [{ id: 'same', text: 'One.' }, { id: 'same', text: 'Two.' }] });
    expect(errors).toEqual([{ path: 'phrases[1]', message: 'repeats the id "same"' }]);
  });

  it('an unknown key, a bad id and a bad version', () => {
    expect(errorsOf({ ...BASE, colour: 'red' }).map((e) => e.path)).toEqual(['colour']);
    expect(errorsOf({ ...BASE, id: 'Acme Pack' }).map((e) => e.path)).toEqual(['id']);
    expect(errorsOf({ ...BASE, version: 'v1' }).map((e) => e.path)).toEqual(['version']);
  });

  it('several errors at once', () => {
    const errors = errorsOf({ ...BASE, languages: [], phrases: [{ id: 'a', text: '' }] });
    expect(errors.map((e) => e.path).sort()).toEqual(['languages', 'phrases[0].text']);
  });

  it('text that is not JSON, at the top of the file', () => {
    const result = parsePackText('{"id": "acme", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: '(file)', message: expect.stringMatching(/not valid JSON/) }]);
    expect(parsePackText(JSON.stringify(BASE)).ok).toBe(true);
  });

  it('while a valid pack still works beside it', () => {
    const report = analyze("It's the courier's fault.", { packs: [], language: 'en' });
    expect(report.findings.map((f) => f.rule)).toContain('blame-department');
  });
});

describe('the phrase library', () => {
  const team = (id: string, text: string, extra: Record<string, unknown> = {}) =>
    pack({ ...BASE, id, languages: ['en', 'id'], phrases: [{ id: 'ack-sorry', step: 'acknowledgement', text, language: 'en' }], ...extra });

  it('lets a later pack override a phrase with the same id and language', () => {
    const library = buildLibrary([...BUILTIN_PACKS, team('acme', 'So sorry about this, {customer_name}!')]);
    const ack = library.phrasesForStep('acknowledgement', 'en').filter((p) => p.id === 'ack-sorry');
    expect(ack).toEqual([expect.objectContaining({ text: 'So sorry about this, {customer_name}!', pack: 'acme' })]);
    // The same id in another language is untouched.
    expect(library.phrasesForStep('acknowledgement', 'id').find((p) => p.id === 'ack-sorry')?.pack).toBe('ramah-id');
  });

  it('applies packs in order: the last one wins', () => {
    const library = buildLibrary([team('first', 'First.'), team('second', 'Second.')]);
    expect(library.phrases.map((p) => p.text)).toEqual(['Second.']);
  });

  it('gives the team pack’s phrases to analyze', () => {
    const acme = team('acme', 'We are truly sorry, {customer_name}.');
    const report = analyze('Ok.', { packs: [acme], language: 'en' });
    expect(report.phraseSuggestions.find((p) => p.id === 'ack-sorry')?.text).toBe('We are truly sorry, {customer_name}.');
  });

  it('lets a pack rule name the built-in word classes, with conditions over the words that follow', () => {
    const team = pack({
      ...BASE,
      rules: [{ id: 'no-blame', pattern: '@authority (will | would) -(help) _', message: 'Do not send the customer to the police.', suggestions: ['we'] }],
    });
    const fired = (draft: string) => analyze(draft, { packs: [team], language: 'en' }).findings.filter((f) => f.rule === 'acme/no-blame').map((f) => draft.slice(f.start, f.end));
    expect(fired('The police will sort it out. The regulator would help you.')).toEqual(['police will sort']);
  });

  it('reads the example pattern of docs/packs.md as the page says', () => {
    const team = pack({ ...BASE, languages: ['id'], rules: [{ id: 'slow', pattern: '(kurir | ekspedisi) _? (yang)? (lambat | telat) -(sekali)', message: 'Tanpa menyalahkan kurir.' }] });
    const fired = (draft: string) => analyze(draft, { packs: [team], language: 'id' }).findings.filter((f) => f.rule === 'acme/slow').map((f) => draft.slice(f.start, f.end));
    expect(fired('Maaf, kurir kami yang lambat.')).toEqual(['kurir kami yang lambat']);
    expect(fired('Maaf, kurir lambat sekali hari ini.')).toEqual([]);
  });

  it('falls back to the English guidance when a language has none', () => {
    const library = buildLibrary([pack({ ...BASE, guidance: [{ signal: 'threat', text: 'Document it.' }] })]);
    expect(library.guidance('threat', 'ms')).toBe('Document it.');
    expect(library.guidance('abuse', 'ms')).toBe('');
  });
});

describe('gestures', () => {
  const library = buildLibrary(BUILTIN_PACKS);

  it('offer an agent of tier self only what they may give alone', () => {
    for (const language of LANGUAGES) {
      for (const failure of FAILURES) {
        const offers = library.gestures(language, 'self', [failure]);
        expect(offers.length, `${language} ${failure}`).toBeGreaterThan(0);
        expect(offers.every((g) => g.tier === 'self' && !g.needsApproval && g.language === language)).toBe(true);
      }
    }
  });

  it('offer approval gestures to an agent of tier approval, marked as needing approval', () => {
    const offers = library.gestures('en', 'approval', ['damaged']);
    const approval = offers.filter((g) => g.needsApproval);
    expect(approval.map((g) => g.id)).toEqual(expect.arrayContaining(['express-replacement', 'refund-plus-compensation']));
    expect(approval.every((g) => g.tier === 'approval')).toBe(true);
    expect(offers.some((g) => !g.needsApproval)).toBe(true);
  });

  it('never offer a gesture of tier never', () => {
    for (const tier of ['self', 'approval'] as const) {
      for (const failure of FAILURES) expect(library.gestures('id', tier, [failure]).map((g) => g.id)).not.toContain('cash-beyond-policy');
    }
  });

  it('fit the failure', () => {
    const outage = library.gestures('ms', 'self', ['outage']).map((g) => g.id);
    expect(outage).toContain('waive-fee');
    expect(outage).not.toContain('free-shipping-next');
    const late = library.gestures('ms', 'self', ['late']).map((g) => g.id);
    expect(late).toEqual(expect.arrayContaining(['voucher-small', 'free-shipping-next']));
    expect(late).not.toContain('waive-fee');
    expect(library.gestures('en', 'approval', ['outage']).map((g) => g.id)).toEqual(expect.arrayContaining(['upgrade-plan', 'service-credit']));
  });

  it('fall back to "let the customer choose" when nothing fits', () => {
    const own = buildLibrary([
      pack({
        ...BASE,
        gestures: [
          { id: 'upgrade', text: 'An upgrade.', tier: 'approval', for: ['outage'] },
          { id: 'cash', text: 'Cash.', tier: 'never' },
          { id: FALLBACK_GESTURE_ID, text: 'Would you prefer X or Y, or something else?', tier: 'self' },
        ],
      }),
    ]);
    expect(own.gestures('en', 'self', ['outage'])).toEqual([expect.objectContaining({ id: FALLBACK_GESTURE_ID, fallback: true, needsApproval: false })]);
    expect(own.gestures('en', 'approval', ['late'])).toEqual([expect.objectContaining({ id: FALLBACK_GESTURE_ID, fallback: true })]);
    expect(own.gestures('en', 'approval', ['outage']).map((g) => g.id)).toEqual(['upgrade']);
    expect(own.gestures('id', 'self', ['late'])).toEqual([]);
  });

  it('built-in fallback offers a choice in each language', () => {
    const onlyFallback = BUILTIN_PACKS.map((p) => ({ ...p, gestures: p.gestures.filter((g) => g.id === FALLBACK_GESTURE_ID) }));
    const own = buildLibrary(onlyFallback);
    for (const language of LANGUAGES) {
      const [offer] = own.gestures(language, 'approval', ['late']);
      expect(offer?.fallback).toBe(true);
      expect(offer?.text).toMatch(/\?$/);
    }
  });

  it('are offered by analyze only when something failed and the draft gives nothing extra yet', () => {
    const late = analyze('Maaf paketnya terlambat, Kak. Saya cek ke gudang sekarang.', { language: 'id' });
    expect(late.gestures.map((g) => g.id)).toContain('voucher-small');
    expect(late.gestures.every((g) => !g.needsApproval)).toBe(true);
    const supervisor = analyze('Maaf paketnya terlambat, Kak.', { language: 'id', tier: 'approval' });
    expect(supervisor.gestures.some((g) => g.needsApproval)).toBe(true);
    expect(analyze('Baik Kak, ditunggu ya.', { language: 'id' }).gestures).toEqual([]);
  });
});

describe('fillPlaceholders', () => {
  it('fills what the page knows and marks the rest for the agent', () => {
    const filled = fillPlaceholders('Hi {customer_name}, order {order_id} is on its way. {agent_name}', { customer_name: 'Sari', agent_name: ' ' });
    expect(filled.text).toBe('Hi Sari, order {order_id} is on its way. {agent_name}');
    expect(filled.unfilled.map((u) => [u.name, filled.text.slice(u.start, u.end)])).toEqual([
      ['order_id', '{order_id}'],
      ['agent_name', '{agent_name}'],
    ]);
  });

  it('leaves text without placeholders alone', () => {
    expect(fillPlaceholders('Does that make sense?', { customer_name: 'Sari' })).toEqual({ text: 'Does that make sense?', unfilled: [] });
  });

  it('fills every occurrence and keeps spans right after longer values', () => {
    const filled = fillPlaceholders('{customer_name}, {customer_name}: {order_id}', { customer_name: 'Ibu Wulandari' });
    expect(filled.text).toBe('Ibu Wulandari, Ibu Wulandari: {order_id}');
    expect(filled.unfilled).toEqual([{ name: 'order_id', start: 30, end: 40 }]);
  });

  it("keeps names of Object.prototype's properties as unfilled placeholders, never their values", () => {
    const template = 'Hi {constructor}, {__proto__} {toString} {hasOwnProperty} {valueOf}';
    const filled = fillPlaceholders(template, { customer_name: 'Sari' });
    expect(filled.text).toBe(template);
    expect(filled.unfilled.map((u) => u.name)).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']);
    // A value that is somehow not a string is no value either.
    expect(fillPlaceholders('{order_id}', { order_id: 42 as unknown as string }).text).toBe('{order_id}');
  });
});

describe('checkPackExamples', () => {
  const acme = pack({
    ...BASE,
    rules: [{ id: 'no-mate', pattern: 'mate', message: 'Use the customer’s name.', suggestions: ['Sam'] }],
    examples: [
      { draft: 'Thanks, mate.', warnings: ['no-mate'] },
      { draft: 'Thanks, Sam.', warnings: ['no-mate'] },
      { draft: 'Cheers mate, the warehouse’s fault.', clean: ['no-mate', 'blame-department'] },
      { draft: '', steps: { acknowledgement: true } },
      { draft: 'Thanks, Sam.', clean: ['no-mate', 'blame-department'] },
    ],
  });

  it('reports each failing example with its path', () => {
    const failures = checkPackExamples(acme);
    expect(failures.map((f) => f.path)).toEqual(['examples[1].warnings', 'examples[2].clean', 'examples[2].clean', 'examples[3].steps.acknowledgement']);
    expect(failures[0]!.message).toMatch(/no-mate/);
  });

  it('passes a pack whose examples hold', () => {
    expect(checkPackExamples(pack({ ...acme, examples: [acme.examples[0], acme.examples[4]] }))).toEqual([]);
  });
});
