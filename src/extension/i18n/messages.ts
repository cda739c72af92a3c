/** The extension's own UI strings in en, id and ms. Coaching text comes from the engine and packs, already in the draft's language. */

export const UI_LOCALES = ['en', 'id', 'ms'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const en = {
  sidebar: 'Ramah reply coach',
  open: 'Open Ramah',
  collapse: 'Collapse Ramah',
  coaching: 'Coaching: {label}',
  noDraft: 'Click into a reply to get coaching.',
  draftLanguage: 'Draft language: {language}',
  'language.id': 'Indonesian',
  'language.ms': 'Malay',
  'language.en': 'English',
  toCheck: '{count} to check',
  signals: "About the customer's message",
  'signal.upset': 'The customer is upset',
  'signal.abuse': 'The customer is being abusive',
  'signal.threat': 'The message contains a threat',
  'signal.escalation-request': 'The customer asks for a manager',
  escalatingIsFine: 'Escalating is not failing: hand over with a short summary.',
  phrasesFor: 'Phrases: {topic}',
  findings: 'Wording to check',
  noFindings: 'Nothing to reword.',
  apply: 'Apply',
  applyLabel: 'Apply: replace “{text}” with “{suggestion}”',
  ignore: 'Ignore',
  ignoreLabel: 'Ignore: “{text}”',
  steps: 'Steps of the reply',
  'step.acknowledgement': 'Acknowledge',
  'step.clarification': 'Clarify',
  'step.resolution': 'Resolve',
  'step.checkBack': 'Check back',
  'step.extra': 'Something extra',
  present: 'done',
  missing: 'missing',
  gestures: 'Something extra to offer',
  needsApproval: 'needs approval',
  search: 'Search phrases',
  searchResults: 'Matching phrases',
  noResults: 'No phrase matches.',
  copy: 'Copy',
  copyLabel: 'Copy: {text}',
  'notice.copied': 'The editor did not take the text, so it is on the clipboard: paste it with Ctrl+V.',
  'notice.stale': 'That wording has changed in the draft: nothing was replaced.',
  'notice.unverified': 'Ramah could not confirm the edit: check the draft. The text is on the clipboard.',
  'notice.copiedOnly': 'Copied to the clipboard.',
  'phrase.heading': 'My phrases',
  'phrase.save': 'Save as my phrase',
  'phrase.text': 'Phrase',
  'phrase.hint': 'Select words in your reply first, or type them here. Write {customer_name} where the customer’s name goes.',
  'phrase.step': 'Step',
  'phrase.noStep': 'No step (found by search only)',
  'phrase.submit': 'Save',
  'phrase.cancel': 'Cancel',
  'notice.phraseSaved': 'Saved to your phrases.',
  'notice.phraseNotSaved': 'Not saved: {reason}',
  'notice.phraseEmpty': 'Select or type the phrase to save first.',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const id: Messages = {
  sidebar: 'Pelatih balasan Ramah',
  open: 'Buka Ramah',
  collapse: 'Ciutkan Ramah',
  coaching: 'Melatih: {label}',
  noDraft: 'Klik di kolom balasan untuk mulai dilatih.',
  draftLanguage: 'Bahasa draf: {language}',
  'language.id': 'Bahasa Indonesia',
  'language.ms': 'Bahasa Melayu',
  'language.en': 'Bahasa Inggris',
  toCheck: '{count} perlu dicek',
  signals: 'Tentang pesan pelanggan',
  'signal.upset': 'Pelanggan sedang kesal',
  'signal.abuse': 'Pelanggan berkata kasar',
  'signal.threat': 'Pesan ini berisi ancaman',
  'signal.escalation-request': 'Pelanggan minta bicara dengan atasan',
  escalatingIsFine: 'Mengeskalasi bukan berarti gagal: serahkan dengan ringkasan singkat.',
  phrasesFor: 'Frasa: {topic}',
  findings: 'Kata-kata yang perlu dicek',
  noFindings: 'Tidak ada yang perlu diubah.',
  apply: 'Terapkan',
  applyLabel: 'Terapkan: ganti “{text}” dengan “{suggestion}”',
  ignore: 'Abaikan',
  ignoreLabel: 'Abaikan: “{text}”',
  steps: 'Langkah balasan',
  'step.acknowledgement': 'Akui',
  'step.clarification': 'Perjelas',
  'step.resolution': 'Selesaikan',
  'step.checkBack': 'Pastikan kembali',
  'step.extra': 'Sesuatu yang lebih',
  present: 'sudah',
  missing: 'belum',
  gestures: 'Sesuatu yang lebih untuk ditawarkan',
  needsApproval: 'perlu persetujuan',
  search: 'Cari frasa',
  searchResults: 'Frasa yang cocok',
  noResults: 'Tidak ada frasa yang cocok.',
  copy: 'Salin',
  copyLabel: 'Salin: {text}',
  'notice.copied': 'Editor tidak menerima teksnya, jadi teks disalin ke papan klip: tempel dengan Ctrl+V.',
  'notice.stale': 'Kata-kata itu sudah berubah di draf: tidak ada yang diganti.',
  'notice.unverified': 'Ramah tidak bisa memastikan perubahannya: periksa draf Anda. Teksnya ada di papan klip.',
  'notice.copiedOnly': 'Disalin ke papan klip.',
  'phrase.heading': 'Frasa saya',
  'phrase.save': 'Simpan sebagai frasa saya',
  'phrase.text': 'Frasa',
  'phrase.hint': 'Pilih dulu kata-kata di balasan Anda, atau ketik di sini. Tulis {customer_name} di tempat nama pelanggan.',
  'phrase.step': 'Langkah',
  'phrase.noStep': 'Tanpa langkah (hanya muncul lewat pencarian)',
  'phrase.submit': 'Simpan',
  'phrase.cancel': 'Batal',
  'notice.phraseSaved': 'Tersimpan di frasa Anda.',
  'notice.phraseNotSaved': 'Tidak tersimpan: {reason}',
  'notice.phraseEmpty': 'Pilih atau ketik dulu frasa yang ingin disimpan.',
};

const ms: Messages = {
  sidebar: 'Jurulatih balasan Ramah',
  open: 'Buka Ramah',
  collapse: 'Kecilkan Ramah',
  coaching: 'Melatih: {label}',
  noDraft: 'Klik pada ruangan balasan untuk mula dilatih.',
  draftLanguage: 'Bahasa draf: {language}',
  'language.id': 'Bahasa Indonesia',
  'language.ms': 'Bahasa Melayu',
  'language.en': 'Bahasa Inggeris',
  toCheck: '{count} perlu disemak',
  signals: 'Tentang mesej pelanggan',
  'signal.upset': 'Pelanggan sedang marah',
  'signal.abuse': 'Pelanggan bercakap kasar',
  'signal.threat': 'Mesej ini mengandungi ugutan',
  'signal.escalation-request': 'Pelanggan minta bercakap dengan pengurus',
  escalatingIsFine: 'Menaikkan kes bukan bermakna gagal: serahkan dengan ringkasan pendek.',
  phrasesFor: 'Frasa: {topic}',
  findings: 'Perkataan yang perlu disemak',
  noFindings: 'Tiada apa yang perlu diubah.',
  apply: 'Guna',
  applyLabel: 'Guna: tukar “{text}” kepada “{suggestion}”',
  ignore: 'Abaikan',
  ignoreLabel: 'Abaikan: “{text}”',
  steps: 'Langkah balasan',
  'step.acknowledgement': 'Akui',
  'step.clarification': 'Jelaskan',
  'step.resolution': 'Selesaikan',
  'step.checkBack': 'Semak semula',
  'step.extra': 'Sesuatu yang lebih',
  present: 'sudah',
  missing: 'belum',
  gestures: 'Sesuatu yang lebih untuk ditawarkan',
  needsApproval: 'perlu kelulusan',
  search: 'Cari frasa',
  searchResults: 'Frasa yang sepadan',
  noResults: 'Tiada frasa yang sepadan.',
  copy: 'Salin',
  copyLabel: 'Salin: {text}',
  'notice.copied': 'Editor tidak menerima teks itu, jadi ia disalin ke papan keratan: tampal dengan Ctrl+V.',
  'notice.stale': 'Perkataan itu sudah berubah dalam draf: tiada apa-apa yang diganti.',
  'notice.unverified': 'Ramah tidak dapat memastikan suntingan itu: semak draf anda. Teksnya ada di papan keratan.',
  'notice.copiedOnly': 'Disalin ke papan keratan.',
  'phrase.heading': 'Frasa saya',
  'phrase.save': 'Simpan sebagai frasa saya',
  'phrase.text': 'Frasa',
  'phrase.hint': 'Pilih perkataan dalam balasan anda dahulu, atau taip di sini. Tulis {customer_name} di tempat nama pelanggan.',
  'phrase.step': 'Langkah',
  'phrase.noStep': 'Tiada langkah (dijumpai melalui carian sahaja)',
  'phrase.submit': 'Simpan',
  'phrase.cancel': 'Batal',
  'notice.phraseSaved': 'Disimpan dalam frasa anda.',
  'notice.phraseNotSaved': 'Tidak disimpan: {reason}',
  'notice.phraseEmpty': 'Pilih atau taip frasa yang hendak disimpan dahulu.',
};

export const MESSAGES: Record<UiLocale, Messages> = { en, id, ms };

/** Each UI language by its own name, as language pickers show them, whatever the UI's language. */
export const UI_LOCALE_NAMES: Readonly<Record<UiLocale, string>> = { en: 'English', id: 'Bahasa Indonesia', ms: 'Bahasa Melayu' };

/** The UI locale for the browser's languages: Indonesian (`id`, or the legacy `in`), Malay, else English. */
export function pickLocale(languages: string | readonly string[] | undefined): UiLocale {
  const first = (typeof languages === 'string' ? languages : languages?.[0]) ?? '';
  const primary = first.toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'ms') return 'ms';
  return 'en';
}

/** A message by key with its `{placeholders}` filled from `data`; one that `data` lacks stays as written. */
export type TranslateFrom<K extends string> = (key: K, data?: Readonly<Record<string, string | number>>) => string;

export type Translate = TranslateFrom<MessageKey>;

/** The translator of one locale's messages: the sidebar's here, the options page's and the popup's in theirs. */
export function translatorOf<K extends string>(messages: Readonly<Record<K, string>>): TranslateFrom<K> {
  return (key, data) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (data?.[name] ?? whole).toString());
}

export function translator(locale: UiLocale): Translate {
  return translatorOf(MESSAGES[locale]);
}
