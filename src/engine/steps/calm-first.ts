import type { Language, Signal, Span, StepReport } from '../report.js';
import type { Rule, RuleMeta } from '../rules/rule.js';
import type { TextDocument } from '../text/document.js';

// An insult or a threat comes from an upset customer too.
const UPSET_SIGNALS: readonly Signal[] = ['upset', 'abuse', 'threat'];

const meta: RuleMeta = {
  id: 'calm-first',
  kind: 'suggestion',
  description: {
    id: 'Pelanggan sedang kesal, tetapi draf langsung ke solusi tanpa lebih dulu mengakui perasaannya.',
    ms: 'Pelanggan sedang marah, tetapi draf terus kepada penyelesaian tanpa mengakui perasaannya dahulu.',
    en: 'The customer is upset and the draft goes straight to the fix without acknowledging them first.',
  },
  messages: {
    default: {
      id: 'Solusi tidak akan diterima pelanggan yang sedang marah: akui perasaannya dulu, baru sampaikan solusinya.',
      ms: 'Penyelesaian tidak akan diterima oleh pelanggan yang sedang marah: akui perasaannya dahulu, kemudian nyatakan penyelesaian.',
      en: 'No solution lands with an angry customer: acknowledge first.',
    },
  },
  // An internal note is not read by the customer.
  quietInInternalNotes: true,
};

/**
 * When the customer is upset and the draft resolves without acknowledging first: a suggestion (not a warning) to
 * insert an acknowledgement where the first resolution begins. An acknowledgement counts when it comes before the
 * resolving words, even in the same sentence ("Maaf ya Kak, paketnya kami kirim ulang hari ini").
 */
export function calmFirst(steps: readonly StepReport[], signals: ReadonlySet<Signal>): Rule | undefined {
  if (!UPSET_SIGNALS.some((signal) => signals.has(signal))) return undefined;
  const resolution = steps.find((s) => s.step === 'resolution')?.spans[0];
  if (!resolution) return undefined;
  const acknowledgements = steps.find((s) => s.step === 'acknowledgement')?.spans ?? [];
  if (acknowledgements.some((span) => span.start < resolution.end)) return undefined;
  return {
    meta,
    check: ({ draft, language }) => [
      { start: resolution.start, end: resolution.start, messageId: 'default', suggestions: acknowledgementsFor(language, draft, resolution) },
    ],
  };
}

/** Acknowledgements to insert, in the draft's language, addressing the customer the way the draft does. */
function acknowledgementsFor(language: Language, draft: TextDocument, before: Span): string[] {
  const address = addressIn(draft, language);
  const separator = /\S/.test(draft.source[before.start] ?? '') ? ' ' : '';
  const phrases: Record<Language, string[]> = {
    id: [
      `Mohon maaf atas ketidaknyamanannya, saya mengerti kekecewaan ${address ?? 'Anda'}.`,
      `Saya minta maaf, ${address ?? 'Anda'} pasti kesal dengan kejadian ini.`,
    ],
    ms: [
      `Saya mohon maaf atas kesulitan ini, dan saya faham kekecewaan ${address ?? 'anda'}.`,
      `Maaf atas kesulitan ini, saya faham ${address ?? 'anda'} tentu kecewa.`,
    ],
    en: ["I'm sorry about this, and I understand how frustrating it is.", "I'm really sorry for the trouble, and I can see why you're upset."],
  };
  return phrases[language].map((phrase) => phrase + separator);
}

// The first form of address in the draft, as the suggestion should write it.
const ADDRESSES: Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>> = {
  id: { kak: 'Kakak', kakak: 'Kakak', pak: 'Bapak', bapak: 'Bapak', bu: 'Ibu', ibu: 'Ibu' },
  ms: { encik: 'encik', cik: 'cik', tuan: 'tuan', puan: 'puan' },
};

function addressIn(draft: TextDocument, language: Language): string | undefined {
  if (language === 'en') return undefined;
  const forms = ADDRESSES[language];
  for (const word of draft.rawWords) {
    if (Object.hasOwn(forms, word)) return forms[word];
  }
  return undefined;
}
