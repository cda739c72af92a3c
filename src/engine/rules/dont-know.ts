import type { Language } from '../report.js';
import { matchCase, opensSentence } from '../text/case.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { compilePattern, patternBody } from '../text/pattern.js';
import type { RawFinding, Rule } from './rule.js';

/** A way of saying "I don't know", with the rewordings that promise to find out instead. */
interface NotKnowingFamily {
  /** The languages the words belong to; the first is used when the draft is in none of them. */
  lang: readonly Language[];
  match: RegExp;
  suggest: Partial<Record<Language, readonly string[]>>;
}

// A clause that opens here: the start of a sentence or after a comma ("Wah, kurang tahu Kak").
const CLAUSE_START = '(?<=^ |[.!?,] )';
const WE = '(?:saya|aku|gue|kami|kita)(?: (?:juga|pun|sendiri|memang|sebenarnya|sejujurnya|jujur|betul-betul|benar-benar|masih))?';
const FOLLOWED_BY_WHAT_IS_UNKNOWN = '(?= (?:[.!?,]|kak|pak|bu|cik|encik|puan|tuan|kenapa|mengapa|di mana|dimana|kapan|bila|bagaimana|macam mana|apakah|sama ada|soal|tentang|mengenai|pasal|juga|pula|lah|ya|yah))';

const FAMILIES: readonly NotKnowingFamily[] = [
  {
    // Indonesian and Malay share these words: the rewording follows the draft's language.
    lang: ['id', 'ms'],
    match: compilePattern([
      `${WE} (?:tidak|kurang|belum) (?:tahu|mengetahui)~(?:-menahu)?`,
      `${CLAUSE_START}(?:tidak|kurang) tahu~(?:-menahu)?`,
      `${WE} (?:tidak|belum|kurang) (?:yakin|pasti)${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      `${WE} (?:tidak|belum) (?:punya|ada|memiliki|mempunyai) (?:sebarang )?(?:informasi|info|ide|idea|maklumat|gambaran)(?: apa-apa| apapun| apa pun)?`,
      `${WE} (?:tiada) (?:sebarang )?(?:info|idea|maklumat)(?: apa-apa)?`,
      'manalah (?:saya|kami) tahu',
      '(?:tiada|tidak ada) idea',
      'entah(?:lah| ya)',
    ]),
    suggest: { id: ['saya cari tahu dulu', 'akan saya cek dan kabari segera'], ms: ['biar saya semak dahulu', 'saya akan semak dan maklumkan secepat mungkin'] },
  },
  {
    lang: ['en'],
    match: compilePattern([
      '(?:i|we) (?:really |honestly |just |simply |genuinely )?do not know',
      '(?:i|we) (?:really |honestly |just )?(?:have|had|have got) (?:absolutely |really )?no (?:idea|clue)',
      `${CLAUSE_START}(?:absolutely |honestly )?no (?:idea|clue)`,
      '(?:i|we) (?:have |have got )?not (?:got )?a clue',
      '(?:i|we) (?:am|are) not (?:really |entirely |quite |totally |too |so )?sure(?= (?:[.!?,]|why|what|when|where|how|who|which|if|whether|about|of|yet))',
      `${CLAUSE_START}(?:dunno|who knows|beats me)`,
      '(?:i|we) (?:cannot|could not) (?:say|tell you) (?:for sure|why|when|where|what happened)',
      'your guess is as good as mine',
    ]),
    suggest: { en: ['let me find out', "I'll find out and get back to you today"] },
  },
];

// Words right after that show it is not a gap in what we know: about the customer ("tidak tahu apakah Kakak sudah…",
// "not sure if you've seen…"), or sympathy ("I don't know what to say, I'm so sorry").
const NOT_A_GAP = new RegExp(
  `^ (?:[^ .!?]+ )?(?:${patternBody(
    '(?:apakah|kalau|jika|sama ada|if|whether) (?:anda|kakak|kak|bapak|pak|ibu|bu|encik|cik|puan|tuan|awak|you)|(?:harus |mesti |nak |mau )?(?:berkata|bilang|cakap|ngomong|bicara) apa|what to say|how (?:to thank|sorry|frustrating|upsetting|stressful|annoying|hard|difficult)|betapa',
  )}) `,
);

// A promise to find out, in the same sentence or the next one.
const PROMISE = compilePattern([
  // Indonesian and Malay: "akan saya cek", "saya cek dulu", "biar saya semak", "nanti saya kabari".
  'akan (?:saya|kami|aku) _',
  '(?:biar|izinkan|benarkan|beri|berikan) (?:saya|kami) (?:masa |waktu )?_',
  '(?:saya|kami|aku) (?:akan |coba |cuba |bantu |mau |segera |langsung |perlu |boleh |terus |sedang |lagi )*(?:cek|mengecek|periksa|memeriksa|tanyakan|menanyakan|tanya|bertanya|cari|mencari|carikan|mencarikan|pastikan|memastikan|telusuri|menelusuri|lacak|melacak|konfirmasi|mengonfirmasi|konfirmasikan|kabari|mengabari|kabarkan|infokan|menginfokan|informasikan|menginformasikan|selidiki|hubungi|menghubungi|koordinasikan|berkoordinasi|teruskan|meneruskan|eskalasi|semak|menyemak|semakkan|siasat|menyiasat|dapatkan|mendapatkan|maklumkan|memaklumkan|jejak|menjejak|kemas kini|mengemas kini|beritahu|memberitahu|bagitahu|susuli|menyusuli|rujuk|merujuk|update|check)~',
  '(?:cari|ambil|mencari) tahu',
  '(?:mohon|harap|sila|silakan) (?:di)?tunggu',
  'ditunggu',
  'nanti (?:saya|kami) _',
  // Someone is already on it: "tim teknis sedang menyelidikinya", "our team is looking into it".
  '(?:sedang|akan|segera|masih) (?:cek|mengecek|dicek|periksa|memeriksa|diperiksa|selidiki|menyelidiki|diselidiki|investigasi|menginvestigasi|diinvestigasi|telusuri|menelusuri|ditelusuri|menindaklanjuti|ditindaklanjuti|semak|menyemak|disemak|siasat|menyiasat|disiasat|lacak|melacak|dilacak|menjejak|dijejak)~',
  '(?:is|are) (?:now |already |currently )?(?:looking into|investigating|checking|tracing|chasing)',
  // English: "I'll find out", "let me check", "I'm looking into it", "we'll get back to you".
  '(?:let|allow) me(?! know)',
  '(?:i|we) (?:will|shall|would|am|are|can|could|want to|need to|have to)(?: (?:now|quickly|personally|gladly|happily|immediately|definitely|be|happy to|glad to|going to|right away))* (?:find|check|look|ask|get back|confirm|investigate|follow|chase|dig|update|contact|reach|escalate|speak|call|email|track|trace|make sure|come back|let you know|in touch|raise|checking|looking|asking|finding|chasing|confirming|investigating|contacting|following|reaching|on it)',
  'find out|get back to you|keep you (?:posted|updated|informed)|get to the bottom',
]);

const sentenceText = (doc: TextDocument, index: number): string => {
  const sentence = doc.sentences[index];
  return sentence ? ` ${doc.normal.slice(sentence.start, sentence.end)}` : ' ';
};

function sentenceIndexAt(doc: TextDocument, position: number): number {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.sentences[mid]!.start <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

function found(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export const dontKnow: Rule = {
  meta: {
    id: 'dont-know',
    kind: 'warning',
    description: {
      id: '"Saya tidak tahu" tanpa janji untuk mencari tahu.',
      ms: '"Saya tak tahu" tanpa janji untuk menyemak.',
      en: 'A bare "I don\'t know" with no promise to find out.',
    },
    messages: {
      default: {
        id: 'Pelanggan berharap Anda tahu, atau tahu cara mencari tahu. Katakan bahwa Anda akan mencari tahu, dan kapan Anda akan mengabari.',
        ms: 'Pelanggan mengharapkan anda tahu, atau tahu cara untuk mengetahuinya. Nyatakan bahawa anda akan menyemak, dan bila anda akan maklumkan.',
        en: 'Customers expect you to know, or to know how to find out. Say that you will find out, and when you will get back to them.',
      },
    },
    quietInInternalNotes: true,
  },
  check({ draft, language }) {
    const findings: RawFinding[] = [];
    for (const family of FAMILIES) {
      // exec, not matchAll: matchAll copies the RegExp on every call, and this runs on every pause in typing.
      family.match.lastIndex = 0;
      for (let m = family.match.exec(draft.normal); m; m = family.match.exec(draft.normal)) {
        const start = m.index;
        const end = start + m[0].length;
        const sentence = sentenceIndexAt(draft, start);
        if (NOT_A_GAP.test(draft.normal.slice(end, end + 60))) continue;
        if (found(PROMISE, sentenceText(draft, sentence)) || found(PROMISE, sentenceText(draft, sentence + 1))) continue;
        const span = toSourceSpan(draft, start, end);
        const written = draft.source.slice(span.start, span.end);
        const suggestions = family.suggest[language] ?? family.suggest[family.lang[0]!] ?? [];
        findings.push({ ...span, messageId: 'default', suggestions: suggestions.map((s) => matchCase(written, s, opensSentence(draft.source, span.start), draft.source)) });
      }
    }
    return findings;
  },
};
