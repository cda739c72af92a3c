import type { Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { sortSpans } from '../text/spans.js';
import { tokenSpanFinder } from '../match/families.js';

// Who an insult is aimed at: the agent, the team, the company.
const TARGET = '(@second-person | dasar | cs | admin | your (staff | agents | team | company | support | people | app | system | service | product | shop | store | website))';
// Words between the target and the insult: "kalian ini memang", "you are all such".
const FILLER_WORD =
  '(ini | ni | itu | tu | memang | semua | semuanya | sekalian | are | is | r | all | a | an | such | bunch of | bloody | so | just | totally | completely | absolutely | utterly)?';
const FILLER = `${FILLER_WORD} ${FILLER_WORD} ${FILLER_WORD}`;

const findAbuse = tokenSpanFinder([
  // Insults and vulgarity with no innocent sense in a customer's message, and insults aimed at someone
  // (@aimed-insult: "babi" is also pork, "anjing" a dog, "sampah" rubbish).
  {
    match: [
      '@insult',
      '(tidak | kurang) (punya | ada) otak',
      // Aimed at the agent or the company: "kalian ini sampah", "you people are useless".
      `${TARGET} ${FILLER} @aimed-insult -(it | down | this | that | idea)`,
      '@aimed-insult (betul | punya | kau | korang | lu | lo) (syarikat | company | orang | staf | staff | cs | admin | kau | korang | lu | lo)',
      '(useless | incompetent | lying | pathetic | stupid) (idiots | idiot | people | lot | bunch | staff | agent | agents | company | morons | cs | customer service | service | support | team | clowns | liars)',
      // A shop or a service called rubbish or a fraud: "Toko sampah!!", "hosting abal-abal".
      '(toko | kedai | aplikasi | hosting | servis | layanan | pelayanan | perkhidmatan | syarikat | perusahaan | provider | hotel | maskapai | ekspedisi | platform | sistem | hospital | restoran | operator) (sampah | abal-abal | maling | penipu | pencuri | penyangak)',
      // Called a thief or rubbish as an outburst of its own: "PLN maling!", "Pos Malaysia pencuri!", "Korang memang sampah."
      `${TARGET} (ini | itu | semua | semuanya)? (maling | pencuri | penyangak | perompak)`,
      '(memang | dasar | betul-betul | benar-benar) (sampah | maling | pencuri | penyangak)',
      '(is | are | was) (absolute | total | complete | utter)? (garbage | trash | rubbish) &(\\! | \\.)',
      '(rompak | merompak) (rakyat | pelanggan | customer | kami | orang)',
      '(tidak guna | tidak berguna | sampah) punya? (syarikat | company | staf | staff | orang | cs | admin | budak | servis | perkhidmatan | pelayanan | perusahaan)',
    ],
  },
  // A thief named as the predicate of a short subject, a company's name ("PLN maling!", "Pos Malaysia pencuri!"); not a
  // thief who did something to the customer ("diambil pencuri", "rumah saya kemasukan maling", "ada pencuri").
  {
    match: '<-(_) _ _? (maling | pencuri | penyangak | perompak) &(\\! | \\, | \\.)',
    unlessAfter:
      '(ada | diambil | dicuri | dicopet | digondol | dibawa | dirompak | disamun | kemasukan | dimasuki | kena | oleh | dek | sama | ditangkap | tangkap | ditipu | curi | dikejar | kejar | lapor | laporkan | report | by | a | the | kecurian | kerana | karena | sebab | macam | seperti | like)',
    afterWindow: 3,
  },
  // Insults with a self-directed or innocent sense: "maaf kalau pertanyaan saya bodoh", "I feel like an idiot".
  {
    match: ['(bodoh~ | bodo) -(amat)', '(idiot | idiots | stupid | dumb | dumbass) -(question | mistake | of me | idea | it down)'],
    unlessAfter: '(@first-person | i am | i feel | i felt | like | pertanyaan | soalan | tanya | my)',
  },
  { match: '(sial | celaka)', unlessAfter: '(nasib | bernasib | malang)' },
  // "Hotel sampah!", "maskapai sampah!": rubbish as an outburst, not the rubbish that was not collected.
  {
    match: 'sampah &(\\!)',
    unlessAfter: '(tong | buang | membuang | angkut | mengangkut | kutip | pungut | lori | truk | tempat | bak | kantong | plastik | sisa | pukal)',
  },
  // "Kurang ajar" at the agent is abuse; said of a driver or a technician it is a complaint about them (upset).
  {
    match: '(kurang ajar | biadab | biadap)',
    unlessInSentence:
      '(pemandu~ | driver~ | rider~ | kurir~ | kurier~ | sopir~ | supir~ | teknisi~ | juruteknik~ | petugas~ | kasir~ | juruwang~ | satpam~ | pengawal~ | penjual~ | seller~ | tukang~ | posmen~ | penghantar~ | mitra~) _? _? _? _? (kurang ajar | biadab | biadap)',
  },
  // An accusation of fraud, unless the customer is warning about someone else posing as the company.
  {
    match:
      '(penipu~ | scammer | scammers | scam company | scam artist | scam artists | (you | you guys | you people | your company | this company) (are | is) (a | such a | a total | a complete | an absolute)? scam)',
    unlessInSentence:
      '(mengatasnamakan | mengaku | atas nama | hati-hati | awas | waspada | modus | sms | telepon dari | nombor | nomor | rekening | akaun | ternyata | ditipu | tertipu | korban | mangsa | transfer ke | seller | penjual | kata saya | cakap saya | called me | pretending | pretend | impersonate | impersonating | impersonation | posing | claiming to be | beware | watch out | message from | call from | text from | email from | mengaku-ngaku | menyamar)',
  },
  // "Dasar CS …", "dasar kalian": "dasar" is also "basis", so it counts only before a person.
  {
    match:
      'dasar (cs | customer service | admin | hosting | aplikasi | provider | sistem | kamu | kalian | lu | lo | loe | elo | perusahaan | toko | operator | agen | karyawan | pegawai | penipu | tukang | orang | manusia | kurir | pelayanan)',
    unlessAfter: '(pada | secara | harga | gaji | tarif | hukum | alasan | sebagai | menjadi | prinsip)',
  },
  // "anjing" and "babi" as an outburst of their own: "Anjing, paket saya belum datang!"
  {
    match: '(anjing | babi | asu | bangke | bangkai) &(\\, | \\!)',
    unlessAfter: '(saya | aku | kami | makanan | daging | hewan | mengandung~ | mengandungi | ada)',
  },
]);

// Censored swearing survives only in the source: "f*ck", "sh!t", "a$$hole".
export const CENSORED = /(?<![\p{L}\p{N}])(?:f[*#@%$-]{1,3}(?:ck|k|king|cking|cked)?|f[u*]{1,2}[*#@]+k\w*|sh[*!1]t\w*|b[*!1]tch\w*|a[*$]{2}hole\w*)(?![\p{L}\p{N}])/giu;

// What every censored word of CENSORED's holds, each a letter and a mark after it ("f*", "u#", "h!", "b1", "a$"): a message
// without any is not searched. CENSORED's Unicode classes, closed under case folding, took 12M instructions to compile
// (a thirtieth of a first analysis), for a message that most often holds none ("Paket saya belum sampai juga!").
export const MAY_BE_CENSORED = /f[*#@%$-]|[u*][*#@]|h[*!1]|b[*!1]|a[*$]/i;

/** Vulgarity and insults, including the common Indonesian and Malay ones. */
export function findAbuseSpans(customer: TextDocument): Span[] {
  const spans = findAbuse(customer);
  if (MAY_BE_CENSORED.test(customer.source)) for (const m of customer.source.matchAll(CENSORED)) spans.push({ start: m.index, end: m.index + m[0].length });
  return sortSpans(spans);
}
