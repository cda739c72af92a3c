import { describe, expect, it } from 'vitest';
import { handoverNote, incidentNote } from '../../src/engine/notes.js';
import { parsePack } from '../../src/engine/packs/schema.js';

const at = new Date('2026-12-06T09:30:00Z');
const base = { at, timeZone: 'Asia/Jakarta' };

describe('incident note', () => {
  it.each([
    {
      language: 'id',
      customer: 'Saya sudah menunggu dua minggu. Dasar bodoh semua kalian, kerja nggak becus! Kalau besok belum sampai, saya laporkan ke polisi.',
      draft: 'Mohon maaf atas keterlambatannya, Kak. Paket Kakak sudah kami kirim ulang hari ini dan akan tiba besok. Apakah itu membantu?',
      words: ['Dasar bodoh semua kalian, kerja nggak becus!', 'saya laporkan ke polisi'],
      heading: 'Catatan insiden: 6 Desember 2026, pukul 16.30',
      reply: 'Paket Kakak sudah kami kirim ulang hari ini dan akan tiba besok.',
      reported: 'Dilaporkan kepada: {reported_to}',
    },
    {
      language: 'ms',
      customer: 'Awak semua memang bodoh dan tak guna! Saya akan saman syarikat ini kalau duit saya tak dikembalikan.',
      draft: 'Saya mohon maaf atas kesulitan ini, encik. Bayaran balik telah kami proses dan akan masuk dalam 3 hari bekerja.',
      words: ['Awak semua memang bodoh dan tak guna!', 'Saya akan saman syarikat ini'],
      heading: 'Nota insiden: 6 Disember 2026',
      reply: 'Bayaran balik telah kami proses dan akan masuk dalam 3 hari bekerja.',
      reported: 'Dilaporkan kepada: {reported_to}',
    },
    {
      language: 'en',
      customer: 'You people are useless idiots. If I do not get my money back by Friday I will sue you and post this everywhere.',
      draft: "I'm sorry for the trouble. I've issued your refund today and it will reach your card within 3 working days. Does that work for you?",
      words: ['You people are useless idiots.', 'I will sue you'],
      heading: 'Incident note: 6 December 2026, 16:30',
      reply: "I've issued your refund today and it will reach your card within 3 working days.",
      reported: 'Reported to: {reported_to}',
    },
  ])('in $language: the time, the ticket, the customer words verbatim, what the reply promises, and a line to fill', ({ language, customer, draft, words, heading, reply, reported }) => {
    const note = incidentNote(draft, { ...base, customerMessage: customer, ticket: { url: 'https://acme.zendesk.com/agent/tickets/2087', number: '2087' } });
    expect(note?.language).toBe(language);
    const text = note!.text;
    expect(text).toContain(heading);
    expect(text).toContain('#2087 https://acme.zendesk.com/agent/tickets/2087');
    // Verbatim: the customer's own spelling and punctuation, inside the sentence quoted.
    for (const word of words) expect(text).toContain(word);
    for (const span of note!.quoted) expect(text).toContain(customer.slice(span.start, span.end));
    expect(text).toContain(reply);
    expect(text).toContain(reported);
    expect(note!.unfilled.map((u) => u.name)).toEqual(['reported_to', 'agent_name']);
  });

  it('is not offered for a customer who is upset but neither abusive nor threatening', () => {
    for (const customer of ['Paket saya belum sampai juga, saya kecewa sekali.', 'Kenapa bil saya naik dua kali ganda? Saya sangat kecewa.', 'This is the third time my order is late. I am really disappointed.']) {
      expect(incidentNote('Mohon maaf.', { ...base, customerMessage: customer })).toBeUndefined();
    }
  });

  it('says so when the reply promises nothing yet, and fills the agent name when known', () => {
    const note = incidentNote('', { ...base, customerMessage: 'You are an idiot and I will sue you.', placeholders: { agent_name: 'Rina' } });
    expect(note?.text).toContain('What my reply does or promises:\n(nothing yet)');
    expect(note?.text).toContain('Noted by: Rina');
    expect(note?.text).toContain('Ticket: {ticket}');
  });

  it("takes a team's own template, which overrides the built-in one like any phrase", () => {
    const pack = parsePack({
      id: 'acme',
      name: 'Acme',
      version: '1.0.0',
      languages: ['en'],
      phrases: [{ id: 'note-incident', tags: ['note'], text: 'ACME INCIDENT {date}\nQuote: {customer_words}\nHR case: {hr_case}' }],
    });
    if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
    const note = incidentNote('We will call you.', { ...base, customerMessage: 'You are an idiot.', packs: [pack.pack] });
    expect(note?.text).toBe('ACME INCIDENT 6 December 2026\nQuote: > “You are an idiot.”\nHR case: {hr_case}');
  });

  it('cuts a pasted wall of text to a readable quote', () => {
    const wall = `You idiot ${'blah '.repeat(400)}`;
    const note = incidentNote('', { ...base, customerMessage: wall });
    const quote = note!.text.split('\n').find((line) => line.startsWith('> '))!;
    expect(quote.length).toBeLessThan(420);
    expect(quote).toMatch(/…”$/);
  });
});

describe('hand-over note', () => {
  it.each([
    { language: 'id', customer: 'Saya mau bicara dengan atasan Anda sekarang juga!', draft: 'Baik Kak, saya sambungkan ke supervisor saya yang bisa memutuskan hari ini.', want: 'Saya mau bicara dengan atasan Anda sekarang juga!', heading: 'Serah terima:' },
    { language: 'ms', customer: 'Saya nak cakap dengan pengurus awak sekarang.', draft: 'Baik encik, saya akan hubungkan encik dengan penyelia saya hari ini.', want: 'Saya nak cakap dengan pengurus awak sekarang.', heading: 'Serahan tugas:' },
    { language: 'en', customer: 'Hello. I want to speak to your manager right now.', draft: "Of course. I'm bringing in my supervisor, who can decide on this today; I'll stay on your case.", want: 'I want to speak to your manager right now.', heading: 'Hand-over:' },
  ])('in $language: what the customer wants, quoted, and what the reply does', ({ language, customer, draft, want, heading }) => {
    const note = handoverNote(draft, { ...base, customerMessage: customer });
    expect(note.language).toBe(language);
    expect(note.text.startsWith(heading)).toBe(true);
    expect(note.text).toContain(`> “${want}”`);
    expect(note.unfilled.map((u) => u.name)).toContain('handed_to');
  });

  it.each([
    {
      language: 'id',
      customer: 'Paket saya datang rusak, saya kecewa sekali.',
      draft: 'Mohon maaf paketnya datang rusak, Kak. Barang pengganti kami kirim hari ini.',
      gesture: 'Kirim barang pengganti dengan layanan kilat tanpa biaya.',
      line: 'Diserahkan kepada: supervisor saya, untuk persetujuan:\n- Kirim barang pengganti dengan layanan kilat tanpa biaya.',
    },
    {
      language: 'ms',
      customer: 'Barang saya sampai dalam keadaan rosak, saya sangat kecewa.',
      draft: 'Saya mohon maaf barang encik rosak. Kami akan hantar gantian hari ini.',
      gesture: 'Hantar barang gantian melalui penghantaran ekspres tanpa caj.',
      line: 'Diserahkan kepada: penyelia saya, untuk kelulusan:\n- Hantar barang gantian melalui penghantaran ekspres tanpa caj.',
    },
    {
      language: 'en',
      customer: 'My lamp arrived broken and I am really disappointed.',
      draft: "I'm so sorry the lamp arrived broken. We'll send a replacement today.",
      gesture: 'Send the replacement by express delivery at no cost.',
      line: 'Handed over to: my supervisor, for approval of:\n- Send the replacement by express delivery at no cost.',
    },
  ])('in $language: for a gesture that needs approval, addressed to the supervisor and naming the gesture', ({ language, customer, draft, gesture, line }) => {
    const note = handoverNote(draft, { ...base, customerMessage: customer, forApproval: [gesture] });
    expect(note.language).toBe(language);
    expect(note.text).toContain(line);
    expect(note.unfilled.map((u) => u.name)).not.toContain('handed_to');
    // The rest is the same hand-over note: what the customer wants, what the reply does.
    expect(note.text).toContain(`> “${customer}”`);
    expect(handoverNote(draft, { ...base, customerMessage: customer }).text).not.toContain(gesture);
  });

  it.each([
    {
      language: 'id',
      customer: 'Saya mau bicara dengan atasan Anda sekarang.',
      reply: 'Mohon maaf atas ketidaknyamanannya, Kak. Baik, Kak. Saya libatkan supervisor saya, yang bisa memutuskan hal ini hari ini juga. Kasus Kakak tetap saya pegang, dan saya kabari perkembangannya.',
      promised: ['- Saya libatkan supervisor saya, yang bisa memutuskan hal ini hari ini juga.', '- Kasus Kakak tetap saya pegang, dan saya kabari perkembangannya.'],
    },
    {
      language: 'ms',
      customer: 'Tolong sambungkan saya kepada penyelia awak.',
      reply: 'Saya mohon maaf atas kesulitan ini. Penyelia saya akan menyemak permintaan puan dan memberi keputusan dalam masa 24 jam. Sehingga selesai, saya tetap bersama puan dalam kes ini.',
      promised: ['- Penyelia saya akan menyemak permintaan puan dan memberi keputusan dalam masa 24 jam.', '- Sehingga selesai, saya tetap bersama puan dalam kes ini.'],
    },
    {
      language: 'en',
      customer: 'I want to speak to a manager.',
      reply: "I'm sorry about this. I'm bringing in my supervisor, who can decide on this today. I'll stay on your case, Sam Doe, and keep you updated.",
      promised: ["- I'm bringing in my supervisor, who can decide on this today.", "- I'll stay on your case, Sam Doe, and keep you updated."],
    },
  ])('in $language: the hand-over phrase in the reply is what the agent promised, its name filled as written', ({ language, customer, reply, promised }) => {
    const note = handoverNote(reply, { ...base, customerMessage: customer });
    expect(note.language).toBe(language);
    for (const line of promised) expect(note.text).toContain(line);
    // Not the apology before it, which promises nothing.
    expect(note.text).not.toContain('- Mohon maaf');
    expect(note.text).not.toContain("- I'm sorry");
  });

  it('an incident note is never addressed for approval', () => {
    const note = incidentNote('', { ...base, customerMessage: 'You are an idiot.', forApproval: ['A refund.'] });
    expect(note?.text).not.toContain('A refund.');
  });

  it('quotes the first sentences of a calm request that carries no signal', () => {
    const note = handoverNote('', { ...base, customerMessage: 'Could you move my booking to Friday? It is for two people. Thanks.' });
    expect(note.text).toContain('> “Could you move my booking to Friday?”\n> “It is for two people.”');
  });
});
