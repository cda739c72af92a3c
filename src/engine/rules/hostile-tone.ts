import type { TextDocument } from '../text/document.js';
import type { PhraseFamilies, PhraseFamily } from '../match/families.js';
import { RULE_LIMITS } from '../match/compile.js';
import { tokenFamilies } from '../match/families.js';
import { findingWork, phraseRule, type PhrasePattern, type RawFinding, type Rule, type RuleMeta } from './rule.js';
import { firstLetterAt, hasLowerCaseAsciiLetter, isUpperCase, lettersOf, unitsOf } from '../text/letters.js';

/** What the terms say, without "clearly" or "as anyone can read". */
const STATED_IN_TERMS = { id: ['tercantum'], ms: ['dinyatakan'] };
/** A recap offered, not a reproach for having to repeat it. */
const TO_RECAP = ['to recap'];
/** Advice for next time, in Indonesian, instead of a telling-off. */
const NEXT_TIME_ID = ['untuk ke depannya, silakan'];
/** Advice for next time, in Malay, instead of a telling-off. */
const NEXT_TIME_MS = ['pada masa akan datang, sila'];
/** Our explanation owned as unclear, instead of the customer told to calm down or read. */
const SORRY_IF_UNCLEAR_ID = ['mohon maaf jika penjelasan kami kurang jelas'];
/** What was said before, repeated without impatience. */
const AS_SAID_BEFORE = { id: ['seperti yang saya sampaikan sebelumnya'], ms: ['seperti yang saya maklumkan sebelum ini'] };
/** Patience thanked, not demanded. */
const THANKS_FOR_PATIENCE_EN = ['thank you for your patience'];
/** The advice kept ($1), offered kindly for next time. */
const NEXT_TIME_KINDLY = { id: ['untuk ke depannya, ada baiknya $1'], ms: ['pada masa akan datang, eloklah $1'] };

const meta: RuleMeta = {
  id: 'hostile-tone',
  kind: 'warning',
  description: {
    id: 'Hinaan, sindiran, berteriak (huruf kapital) atau nada merendahkan.',
    ms: 'Hinaan, sindiran, menjerit (huruf besar) atau nada merendahkan.',
    en: 'Insults, sarcasm, shouting (ALL CAPS) or condescension.',
  },
  messages: {
    default: {
      id: 'Nada ini terdengar merendahkan pelanggan. Tetap tenang dan sopan: akui masalahnya, lalu jelaskan langkahnya dengan sabar.',
      ms: 'Nada ini kedengaran merendahkan pelanggan. Kekal tenang dan sopan: akui masalahnya, kemudian terangkan langkahnya dengan sabar.',
      en: 'This sounds condescending. Stay calm and polite: acknowledge the problem, then explain the steps patiently.',
    },
    insult: {
      id: 'Jangan pernah membalas dengan hinaan, sekesal apa pun Anda. Masalahnya bisa diselesaikan; hinaan hanya membuatnya lebih buruk.',
      ms: 'Jangan sesekali membalas dengan hinaan, walau betapa geram pun anda. Masalah boleh diselesaikan; hinaan hanya memburukkannya.',
      en: 'Never answer with an insult, however frustrated you are. The problem can be solved; an insult only makes it worse.',
    },
    shouting: {
      id: 'Huruf kapital di tengah kalimat terbaca seperti berteriak. Tulis dengan huruf biasa dan nada yang tenang.',
      ms: 'Huruf besar di tengah ayat dibaca seperti menjerit. Tulis dengan huruf biasa dan nada yang tenang.',
      en: 'Words in capitals read as shouting. Write them in lower case, in a calm tone.',
    },
  },
  quietInInternalNotes: true,
};

// Ways to address the customer, for "kalau Bapak baca…" and "dasar pelanggan…".
const YOU = '(@customer | @customer-bluntly)';
const INSULT_ID_MS = '(bodoh | goblok | goblog | tolol | bego | dungu | idiot | bebal | bangang | bengap | bahlul | sengal | kampungan | norak | udik | otak udang)';
// The same insults with clitics after them: "bodohnya", "tololkah".
const INSULT_ID_MS_WITH_CLITICS =
  '(bodoh~ | goblok~ | goblog~ | tolol~ | bego~ | dungu~ | idiot~ | bebal~ | bangang~ | bengap~ | bahlul~ | sengal~ | kampungan~ | norak~ | udik~ | otak udang~)';
const INSULT_EN = '(stupid | idiot | idiotic | moron | moronic | dumb | fool | foolish | clueless | pathetic | brainless)';
// The customer, with the chat form of address the customer classes leave out ("lain kali bro tengok…").
const ADDRESSED = '(@customer | @customer-bluntly | bro)';
// Saying it again, in Indonesian and Malay (with the chat spellings the normaliser keeps: ckp, bgtau).
const SAY_ID_MS =
  '(bilang | bilangin | katakan | jelaskan | jelasin | cakap | ckp | kata | beritahu | bagitahu | bgtau | terangkan | sebut | sebutkan | ulang | ulangi | maklumkan | sampaikan | tegaskan | informasikan | infokan | ingatkan | kasih tahu | nyatakan | jawab)';
// The customer's own staff, as in "kalau staf encik ikut SOP…", "harusnya tim HR Bapak sudah tahu".
const THEIR_STAFF = '(staf | staff | pekerja | karyawan | tim | pasukan | kasir | juruwang | admin | anak buah | bagian | bahagian)';
// What the customer should have done, for "kalau Bapak baca…" and "makanya isi…".
const HINDSIGHT_VERB_ID_MS =
  '(baca | membaca | ikut | mengikuti | ikuti | ikutin | ngikutin | dengar | mendengar | teliti | periksa | memeriksa | semak | menyemak | cek | mengecek | ngecek | buka | membuka | bayar | membayar | isi | mengisi | tengok | lihat | melihat | check | pakai | guna | simpan | menyimpan)';
// What would not have happened, said after "kalau Bapak baca…": "…ini tidak akan terjadi", "…tak jadi la macam ni".
const WOULD_NOT_HAVE_HAPPENED = [
  'tidak (akan | bakal | mungkin) (terjadi | jadi | berlaku | timbul | begini | seperti ini | ada masalah | bermasalah | salah | rugi | hilang | tertipu | kena)',
  '(tidak | takkan) (akan | la | lah)? (jadi | ada | terjadi | berlaku) (la | lah)? (sampai _)? (macam ni | macam ini | begini | seperti ini | kayak gini | gini | camni)',
  // "…benda ni takkan jadi", "…semua ni tak akan berlaku".
  '(takkan | tak akan) (terjadi | jadi | berlaku | timbul)',
  // "…pertanyaan yang sama tidak perlu dikirim lagi": asking again would not have been needed.
  '(tidak | takkan | tak akan) (perlu | payah) (dikirim | ditanya | ditanyakan | dihantar | diajukan | bertanya | tanya | nanya | kirim | hantar | buka tiket | membuka tiket)',
  // "…encik takkan tanya soalan ni", "…tentu Bapak tidak akan kaget", "…dokumen itu tidak akan tertinggal".
  '(tidak | takkan | tak akan) (akan | bakal)? (tanya | bertanya | nanya | kaget | terkejut | bingung | keliru | salah faham | tertinggal | terlepas | terlewat | mengeluh | komplain)',
  // "…encik tentu sudah tahu", "…tuan mesti tahu": what the customer would know.
  `(tentu | pasti | mesti | sudah tentu | tentunya | pastinya | semestinya) ${YOU}? (sudah | dah | udah) (tahu | mengetahui | paham | memahami | faham | fahami | mengerti | ngerti | sedar | sadar)`,
  'mesti (tahu | faham | paham)',
];
// What the customer should have taken care of, told for next time: "Lain kali isi nama ikut IC penuh", "Lain kali please
// activate dulu sebelum fly".
const OWN_CARE_ID_MS =
  'isi~ | diisi~ | pastikan~ | dipastikan~ | bayar~ | dibayar~ | simpan~ | disimpan~ | aktifkan~ | diaktifkan~ | activate | update | ikut~ | ikuti~ | bawa~ | daftar~ | semak~ | cek~ | check~';
// What the customer gains by the tip, which makes "lain kali…" or "kalau Bapak simpan…" advice for the future, not blame:
// "Lain kali, bayar pakai e-wallet aja Kak biar dapat cashback", "…pastikan Kakak pakai kode promo biar dapat diskon".
const BENEFIT_ID_MS =
  '((biar | supaya | agar | untuk | bisa | boleh) (bisa | boleh)? (dapat | dapet | mendapat | mendapatkan | dapatkan | nikmati | menikmati | klaim) | promo | voucher | diskon | cashback | bonus | poin | hadiah | rebate | lebih hemat | lebih jimat)';
// The future, in a tip: "…Bapak tidak akan bingung nanti", "…supaya tidak repot ke depannya".
const FUTURE_TIP_ID_MS = `(nanti | nantinya | kelak | ke depannya | ke depan | akan datang | seterusnya | biar | supaya | agar | ${BENEFIT_ID_MS})`;
// An offer to help in the next sentence, which makes a check-back kind: "Puan faham tak? Kalau tak, saya boleh terangkan
// semula.", "…belum? Kalau belum, saya kirimkan linknya."
const OFFER_NEXT_ID_MS = {
  // Offered, not recounted: "Ini kali ketiga saya terangkan" is no offer.
  unlessInNextSentences:
    '((kalau | jika | kalo | sekiranya | jikalau) ..4 (saya | sy | kami | kita) | (saya | sy | kami | kita) (boleh | bisa | akan | sedia | dengan senang hati)) (terangkan | jelaskan | jelasin | kirim | kirimkan | hantar | hantarkan | kongsi | kongsikan | bantu | tunjukkan | tunjukin | bagi | berikan | pandu | bimbing | ulang | ulangi)',
  nextSentences: 1,
} as const;
// Reading is told to be done properly ("dengan teliti", "betul-betul"), in Indonesian and Malay.
const PROPERLY_ID_MS = '(dengan teliti | dengan cermat | betul-betul | betul2 | bener2 | benar-benar | baik-baik | sampai habis | sampai selesai)';
// Already said before, or asked before reading: what makes "sila baca dengan teliti" a rebuke and not an instruction.
const SAID_BEFORE_ID_MS = [
  '(seperti yang | sebagaimana | sepertimana) (telah | sudah | pernah)? (kami | saya)? (maklumkan | dimaklumkan | jelaskan | dijelaskan | terangkan | diterangkan | dokumenkan | didokumenkan | sampaikan | disampaikan | beritahu | diberitahu | nyatakan | dinyatakan | tulis | ditulis | informasikan | diinformasikan)',
  '(sebelum ini | sebelumnya | complaint | komplain | komplen | aduan | mengadu | protes | buka tiket)',
];
// Said before, in the active meN- form: "kami sudah berkali-kali menyampaikan".
const SAY_ACTIVE_ID_MS =
  '(menyampaikan | menjelaskan | memberitahu | memberitahukan | mengatakan | memaklumkan | menerangkan | mengingatkan | menegaskan | menginformasikan | menyebutkan | menyatakan)';
// Said before, in the passive: "sudah berkali-kali dijelaskan".
const SAID_PASSIVE_ID_MS =
  '(dijelaskan | dijelasin | dibilang | dibilangin | diberitahu | dimaklumkan | diterangkan | disampaikan | diinfokan | diinformasikan | disebutkan | diingatkan | ditegaskan | dikasih tahu | dinyatakan | dijawab)';
// Written or shown, for "it was written clearly": "tertulis dengan jelas", "dinyatakan dengan jelas".
const WRITTEN_ID_MS =
  '(dinyatakan | tertulis | ditulis | tertera | tercantum | dicantumkan | dipamerkan | dipaparkan | didokumenkan | diumumkan | dimaklumkan | disebutkan | ditampilkan | terpampang | dipajang)';
// A count of times, for the recap counted: "sebanyak 2 kali", "berkali-kali", "3x", "dari tadi".
const TIMES_ID_MS =
  '((dua | tiga | empat | lima | enam | tujuh | beberapa | banyak | @number) kali | @number-times | berkali-kali | berulang kali | berulang-ulang | sebanyak (dua | tiga | empat | lima | enam | beberapa | @number) kali | dari tadi)';
// Said, informed, announced or written, in any voice: what the recap counted counts.
const SAID_ANY_ID_MS = `(${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS} | ${SAY_ACTIVE_ID_MS} | jelasin | infokan | menginfokan | umumkan | diumumkan | mengumumkan | sosialisasikan | disosialisasikan | mensosialisasikan | tulis | ditulis | menulis | bagitau)`;
// Said, in English, and how often: "explained this twice", "conveyed to you on several occasions".
const SAID_EN =
  '(explained | said | told you | stated | mentioned | advised | informed you | conveyed | communicated | clarified | answered | covered | pointed out | repeated)';
const TIMES_EN =
  '(twice | (three | four | five | six | several | multiple | many | numerous | a few | @number) times | more than once | repeatedly | over and over | on (two | three | four | several | multiple | numerous | a number of | @number) (separate | different)? occasions)';
// What a payment record shows is evidence, not a rebuke: "as clearly stated on your statement, the refund was credited".
const NOT_EVIDENCE_EN = '-((on | in) your (statement | receipt | invoice | bill | bank statement))';
const IN_OUR_MESSAGES_EN =
  '(in | across | over) (each of | all of | both of | both | all)? (our | my | the) (last | previous | earlier | prior | past)? (two | three | four | five | several | multiple | @number) (previous | earlier | prior | last)? (emails | messages | replies | responses | letters | posts | calls | chats | tickets | updates)';
// Read again, or looked up: "mohon dibaca lagi", "sila rujuk".
const READ_AGAIN_ID_MS = '(dibaca | baca | disemak | semak | dirujuk | rujuk | dicek | cek | dilihat | lihat | ditengok | tengok)';
// What we sent the customer before: "email kami", "SMS yang telah kami hantar".
const WHAT_WE_SENT_ID_MS = '(email | emel | e-mel | pesan | pesanan | mesej | chat | surat | jawapan | jawaban | penjelasan | penerangan | sms | balasan)';
// Who can be told to read properly: "sila baca…", "puan baca…".
const READ_ID_MS = '(baca | dibaca | semak | disemak | cek | dicek | tengok | ditengok)';
// Asking the customer to read or check, in English: "I'd suggest reading…", "please check…".
const ADVISE_EN = '(suggest | recommend | advise | encourage you to | maybe | perhaps | try to | try | please | kindly) you? to?';

// The rewordings and the contexts that cancel a finding, shared by the families below: each is one calm phrase.
const SORRY_UNCLEAR_ID_MS = {
  suggest: { id: ['mohon maaf jika penjelasan kami kurang jelas'], ms: ['maaf jika penerangan kami kurang jelas'] },
  replaces: 'clause',
} as const;
const SORRY_FOR_TROUBLE_ID_MS = { suggest: { id: ['mohon maaf atas ketidaknyamanannya'], ms: ['mohon maaf atas kesulitan ini'] }, replaces: 'clause' } as const;
const RECAP_ID_MS = { suggest: AS_SAID_BEFORE, replaces: 'clause' } as const;
// For a curt order to wait or to stop chasing (the sabar and tunggu families, the customer one of many): thanks for the
// patience, and that we are on it.
const THANKS_FOR_PATIENCE_ID_MS = {
  suggest: { id: ['terima kasih atas kesabarannya, kami sedang menanganinya'], ms: ['terima kasih atas kesabaran anda, kami sedang menguruskannya'] },
  replaces: 'clause',
} as const;
// For the customer told to mind their temper or their words: their frustration acknowledged instead.
// Who is asked to mind their words that is not the customer, or asked politely ("mohon jaga bahasanya ya").
const MIND_YOUR_WORDS_NOT_AFTER =
  '(kami | saya | sy | kita | staf | agen | petugas | anak | pelajar | murid | siswa | mohon | harap | tolong | sila | silakan)';
// Calm asked together with reassurance or help, which is kind: "jangan risau", "dana Ibu aman", "kad puan sudah
// kami sekat", "semuanya bisa kami bantu".
const CALM_REASSURED_ID_MS =
  '(jangan (risau | panik | bimbang | khawatir | cemas | takut) | (aman | selamat -(pagi | siang | petang | malam | datang | tinggal | jalan | menikmati) | terlindungi | dilindungi | diamankan | dikembalikan) | (kami | saya | sy | kita) ..3 (bantu | bantukan | uruskan | urus | amankan | selamatkan | lindungi | sekat | blokir | blok | proses | selesaikan | kembalikan | pulangkan | refund) | (bisa | boleh | akan | sedang) ..2 (kami | saya) (bantu | uruskan | urus | proses | selesaikan))';
const UNDERSTAND_ID_MS = { suggest: { id: ['saya mengerti kekecewaan Anda'], ms: ['saya faham kekecewaan anda'] }, replaces: 'clause' } as const;
const SORRY_UNCLEAR_EN = { suggest: ['sorry if our instructions were not clear'], replaces: 'clause' } as const;
const RECAP_EN = { suggest: TO_RECAP, replaces: 'clause' } as const;
const UNDERSTAND_EN = { suggest: ['I understand'], replaces: 'clause' } as const;
// An apology, not one that turns into the rebuke: "maaf sebelumnya, tapi kakak kan udah setuju…".
const SORRY_NOT_BUT_ID_MS = 'maaf -(.. (tapi | tetapi | namun | but))';
// A colleague or a driver, as who was told before: "Petugas tersebut sudah beberapa kali diingatkan".
const STAFF_TOLD =
  '(petugas | staf | staff | agen | kurir | driver | mitra | teknisi | karyawan | pegawai | pekerja | kakitangan | juruteknik | pemandu | rider) (tersebut | itu | kami | berkenaan)?';
// Owning it, or sending it again kindly: "…tapi memang mudah terlewat", "…dan saya kongsikan semula di sini".
const OWNED_OR_RESENT_ID_MS =
  `(${SORRY_NOT_BUT_ID_MS} | terlewat | terlepas | kurang jelas | mudah (terlewat | terlepas | tertinggal) | (lampirkan | kirim | kirimkan | sertakan | hantar | kongsi | kongsikan) (lagi | ulang | semula) | (saya | kami) bantu | biar saya)`;
// Owning the mistake, or apologising, makes a recap or a hint kind.
const OWNED_EN = '(sorry | apologise | apologize | apologies | our fault | our mistake | my fault | my mistake)';
const KIND_ID_MS = `(${SORRY_NOT_BUT_ID_MS} | terima kasih | saya bantu | kami bantu)`;

/** A phrase family; words shared by Indonesian and Malay carry a rewording for each. */
interface ToneFamily extends Omit<PhrasePattern, 'suggest'> {
  suggest: readonly string[] | { id: readonly string[]; ms: readonly string[] };
}

const FAMILIES: readonly ToneFamily[] = [
  {
    lang: ['id', 'ms'],
    match: [
      INSULT_ID_MS_WITH_CLITICS,
      `dasar (pelanggan | customer | orang | ${YOU} | tukang | tidak tahu | pelit | cerewet | rewel | ngeyel | keras kepala | ${INSULT_ID_MS})`,
      'sok (tahu | pintar | pandai)',
      `${YOU} ini? bagaimana sih`,
      '(padan muka | rasain | syukurin | salah (sendiri | anda sendiri | kakak sendiri | bapak sendiri | ibu sendiri | encik sendiri | puan sendiri))',
    ],
    ...SORRY_FOR_TROUBLE_ID_MS,
    messageId: 'insult',
    // Nor the customer's words quoted: "mesej encik yang panggil staf kami bangang".
    unlessInSentence: [
      `(tidak ada | bukan | jangan | tidak | tiada) .. ${INSULT_ID_MS}`,
      `(saya | kami) (merasa | rasa) ${INSULT_ID_MS}`,
      `(panggil | memanggil | sebut | menyebut | mengatakan | katakan | cakap | gelar | menggelar | maki | memaki | mengata) .. ${INSULT_ID_MS}`,
    ],
  },
  {
    lang: ['en'],
    match: INSULT_EN,
    suggest: ["I'm sorry for the trouble"],
    replaces: 'clause',
    messageId: 'insult',
    unlessInSentence: [
      `(no | not | never | nothing | do not | there are no | there is no) .. ${INSULT_EN}`,
      `(our | my | i feel | we feel | i was | we were) .. ${INSULT_EN}`,
      `${INSULT_EN} (mistake | error | blunder | oversight) (on (our | my) (part | side | end) | by us | by me | of ours)`,
      `(call | called | calling | calls) (us | me | my | our | the) .. ${INSULT_EN}`,
    ],
  },
  {
    lang: ['id', 'ms'],
    match: [
      '(guna | gunakan | pakai | pake | pakailah | gunalah) (sikit | sedikit)? otak~ (sikit | sedikit | dikit)?',
      'otak~ (di mana | dimana | ditaruh | taruh di mana | letak mana | letak kat mana | kat mana)',
      'tidak (punya | ada | pakai) otak',
      'tidak reti nak? baca',
      'buta huruf',
      // "Masa gitu aja nggak ngerti?", "Takkan itu pun tak faham?": the customer is made to feel slow.
      '(masa | masak | masakan | mosok | takkan | takan) (cuma | hanya)? (gitu | begitu | begini | gini | itu | ini | tu | ni | benda (ni | tu | macam ni | senang ni) | macam (tu | ni) | yang (gampang | mudah | senang) (gitu | begitu | ni | tu | ini | itu)) (saja | sahaja | doang)? pun? (tidak | kok tidak | pun tidak) (ngerti | mengerti | paham | memahami | faham | bisa | boleh | tahu | reti | pandai | baca | membaca | perasan | nampak | tengok | lihat | semak | cek | check)',
      '(gitu | begitu | begini | gini) (saja | doang) kok? (tidak | kok tidak) (ngerti | mengerti | paham | faham | bisa | tahu | reti)',
      // "kalau Bapak sendiri tidak ngerti cara baca…", "Kakak kan bisa baca sendiri": the customer made out to be slow.
      `${YOU} (sendiri | memang | yang | pun | masih)? (sendiri | memang | yang | pun | masih)? (sendiri | memang | yang | pun | masih)? (tidak | belum) (ngerti | mengerti | paham | faham | tahu | reti | pandai) (cara | macam mana nak? | bagaimana cara?)? (baca | membaca)`,
      'kan (bisa | boleh | dapat | sudah bisa) (baca | membaca | lihat | tengok | cek | semak) sendiri',
      // "Benda asas macam ni sepatutnya developer dah tahu", "seharusnya Kakak sudah paham": what they should know.
      `(seharusnya | harusnya | sepatutnya | patutnya | mestinya | semestinya) (${YOU} | ${THEIR_STAFF} _? ${YOU} | developer _? | pengguna | user)? (sudah | memang)? (tahu | paham | faham | mengerti | ngerti | reti) -(apakah | kalau | jika | bahwa | bahawa)`,
      // "sepatutnya tidak perlu buka tiket untuk soalan ni": asking at all is the fault.
      '(seharusnya | harusnya | sepatutnya | patutnya) tidak (perlu | payah) pun? (buka tiket | membuka tiket | tanya | bertanya | nanya)',
    ],
    unlessAfter: '(kami | saya | kita | aku | dia | mereka | staf | agen | kurir | driver | tim | pihak)',
    afterWindow: 3,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    lang: ['id'],
    match: [
      '(baca | dibaca | membaca | dicek | cek) (lagi | dulu | dahulu | yang benar | baik-baik)? (dong | donk)',
      '(sabar | tunggu | tenang | santai | kalem) (sedikit | dikit)? (dong | donk | napa | kenapa sih)',
      // "ngomongnya dijaga dong": manners demanded with "dong".
      '(dijaga | jaga | jagain) (dong | donk)',
      '(tidak usah | tidak perlu | jangan) (marah-marah | ngegas | nyolot | lebay | lebai | ngamuk | sewot)',
    ],
    suggest: SORRY_IF_UNCLEAR_ID,
    replaces: 'clause',
  },
  {
    // "Makanya baca…", "Lain kali baca…": the customer is told off. The rewording keeps the advice, kindly.
    lang: ['id'],
    match: [
      `makanya &(\\,? (${ADDRESSED} \\,?)? ((baca~ | dibaca~ | membaca~ | teliti~ | perhatikan~ | dicek~ | cek~ | dengar~ | didengar~ | isi~ | diisi~ | bayar~ | dibayar~ | pastikan~ | simpan~ | disimpan~ | jaga~ | dijaga~ | ikuti~ | ikutin~) | lain kali | jangan | sebelum))`
        // "makanya jangan khawatir" is reassurance.
        + ` -(\\,? (${ADDRESSED} \\,?)? jangan (khawatir~ | ragu | ragu-ragu | sungkan | cemas | risau))`,
      `lain kali &(\\,? (${ADDRESSED} \\,?)? (tolong | please)? ((baca~ | membaca~ | dibaca~ | dicek~ | dilihat~ | diperhatikan~ | diteliti~ | pikir~ | berpikir~ | teliti~ | perhatikan~) | pakai otak | jangan (salahkan | menyalahkan | asal | main | sembarangan)))`,
    ],
    suggest: NEXT_TIME_ID,
  },
  {
    // "Lain kali isi…", "lain kali pastikan…": what the customer should have taken care of. Not a tip with what it gains:
    // "Lain kali, bayar pakai e-wallet aja Kak biar dapat cashback 10%."
    lang: ['id'],
    match: `lain kali &(\\,? (${ADDRESSED} \\,?)? (tolong | please)? (${OWN_CARE_ID_MS}))`,
    unlessInSentence: BENEFIT_ID_MS,
    suggest: NEXT_TIME_ID,
  },
  {
    lang: ['ms'],
    match: [
      `lain kali &(\\,? (${ADDRESSED} \\,?)? (tolong | please)? ((baca~ | membaca~ | dibaca~ | disemak~ | ditengok~ | diteliti~ | fikir~ | berfikir~ | teliti~ | tengok~ | semak~ | check~ | cek~) | guna otak | pakai otak | (jaga | hati-hati | berhati-hati | teliti) (sikit | sedikit | la sikit) | jangan (salahkan | menyalahkan | nak | asal | main | cuai)))`,
      'itulah (padahnya | akibatnya | balasannya)',
      'tidak payah (la | lah)? nak? (marah | melenting | mengamuk | bising | emo | drama | kecoh | membebel)',
    ],
    suggest: NEXT_TIME_MS,
  },
  {
    lang: ['ms'],
    match: `lain kali &(\\,? (${ADDRESSED} \\,?)? (tolong | please)? (${OWN_CARE_ID_MS}))`,
    unlessInSentence: BENEFIT_ID_MS,
    suggest: NEXT_TIME_MS,
  },
  {
    // "Encik, sabar.", "tunggu la sikit", "kena tunggu giliran la": a curt order to wait.
    lang: ['id', 'ms'],
    match: [
      // Alone in its clause, and the clause's last words.
      '<-(_) (sabar | bersabar | bertenang) (la | lah | sikit | sedikit | saja | dulu)? &(\\. | \\!)',
      // "Encik kena sabar la sikit": told to mind their temper, with or without "kena" (which clears a wait, below).
      '(sabar | bersabar) (la | lah) (sikit | sedikit | dulu)',
    ],
    unlessAfter: '(aduan~ | tiket~ | permohonan~ | laporan~ | pesanan~ | tempahan~ | kes~ | order~ | permintaan~ | pembaikan~ | perbaikan~) @customer?',
    ...THANKS_FOR_PATIENCE_ID_MS,
  },
  {
    // A wait: "tunggu la sikit", "kena tunggu giliran la".
    lang: ['id', 'ms'],
    match: [
      'tunggu (la | lah) (sikit | sedikit | dulu)',
      '(kena | harus | mesti) (la | lah)? tunggu giliran',
      'tunggu giliran (la | lah | saja)',
    ],
    // The complaint waits its turn, not the customer: "aduan tuan kena tunggu giliran dulu" explains a queue.
    // Nor the customer told how it is: "cik kena tunggu la dulu, mungkin 3-4 hari lagi".
    unlessAfter: '((aduan~ | tiket~ | permohonan~ | laporan~ | pesanan~ | tempahan~ | kes~ | order~ | permintaan~ | pembaikan~ | perbaikan~) @customer? | kena | perlu | harus | terpaksa | mesti)',
    ...THANKS_FOR_PATIENCE_ID_MS,
  },
  {
    // "Kalau Bapak BACA…, ini TIDAK AKAN terjadi": the customer is blamed in hindsight. `$1` keeps the verb, the
    // match's last word (see `verbAsGroup`).
    lang: ['id', 'ms'],
    // Also "kalau puan bayar ikut tarikh, tak jadi la macam ni", "…tak ada la sampai terkunci macam ni": the state now.
    match: [
      `(kalau | jika | seandainya | sekiranya | andai | andaikan) (${THEIR_STAFF} _?)? ${YOU} (sudah | telah | dari awal | awal-awal | rajin | rutin)? ${HINDSIGHT_VERB_ID_MS} &(..8 ..8 (${WOULD_NOT_HAVE_HAPPENED.join(' | ')}))`,
      // Read in the passive: "Apabila dokumen tersebut dibaca dengan seksama pada saat itu, tentu Bapak tidak akan terkejut".
      // Not checked by us: "Jika berkas sudah diperiksa tim kami, Ibu tidak perlu kirim ulang ya."
      `(kalau | jika | apabila | seandainya | sekiranya) _? _? _? (dibaca | dicek | diperiksa | disemak | diteliti | diikuti | ditengok | dilihat) -(oleh? (tim | pihak | petugas | staf | pasukan)? (kami | kita | saya | sy)) &(..8 ..8 (${WOULD_NOT_HAVE_HAPPENED.join(' | ')}))`,
    ],
    // A tip for the future, not hindsight: "Kalau Bapak simpan nomor tiket ini, Bapak tidak akan bingung nanti", "Kalau
    // Ibu buka aplikasi versi terbaru, Ibu tidak akan terlewat notifikasi promo".
    unlessInSentence: FUTURE_TIP_ID_MS,
    suggest: NEXT_TIME_KINDLY,
  },
  {
    lang: ['id', 'ms'],
    match: `(kalau saja | kalaulah | coba kalau | cuba kalau | andai kata) ${YOU} (sudah | telah | dari awal | awal-awal)? ${HINDSIGHT_VERB_ID_MS}`,
    suggest: NEXT_TIME_KINDLY,
  },
  {
    lang: ['id', 'ms'],
    match: [
      `kan (sudah | saya | kami) (sudah | saya | kami)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS} | tulis | ditulis | tertulis | tertera | tercantum | dicantumkan | disebut | diumumkan | diberitahu)`,
      // "Kan di email onboarding udah ditulis gede-gede": where it was written comes between.
      `kan (di | dalam | kat | pada) ..4 (sudah | udah | dah | telah) (ditulis | tertulis | tertera | disebut | disebutkan | dijelaskan | dijelasin | diberitahu | dimaklumkan | diterangkan | dibilang)`,
      'sudah (saya | kami)? (bilang | katakan | jelaskan | cakap | beritahu | terangkan | dibilang | dibilangin | dijelaskan | diberitahu | diterangkan | dikasih tahu) (berkali-kali | berulang kali | berulang-ulang | dari tadi | banyak kali)',
      `berapa kali lagi? (saya | kami)? (harus | mesti | perlu | nak | mau | kena) ${SAY_ID_MS}`,
      // "Saya dah terangkan TIGA KALI": counting the customer's questions back at them.
      `(sudah | telah) (saya | kami)? ${SAY_ID_MS} (ini | itu | benda ni | hal ini | perkara ini)? (dua | tiga | empat | lima | banyak | beberapa | @number | seratus | ratus | seribu) kali`,
      // The count first: "sudah 2 kali kami maklumkan", "dah berkali-kali saya terangkan".
      `(sudah | telah) ((dua | tiga | empat | lima | banyak | beberapa | @number) kali | berkali-kali | berulang kali | berulang-ulang | banyak kali) (saya | kami)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS} | ${SAY_ACTIVE_ID_MS})`,
      // The recap counted or stressed: "Seperti yang kami dah maklumkan sebanyak tiga kali", "seperti yang telah
      // dinyatakan dengan JELAS", "sebagaimana telah kami tegaskan".
      `(seperti yang | sebagaimana | sepertimana) (telah | sudah | pernah)? (saya | kami)? (sudah | telah)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS}) (sebanyak)? ((dua | tiga | empat | lima | beberapa | banyak | @number) kali | berkali-kali | berulang kali | dengan (jelas | sangat jelas | tegas | terang))`,
      `(seperti yang | sebagaimana | sepertimana) (telah | sudah | pernah)? (saya | kami)? (sudah | telah)? (tegaskan | ditegaskan)`,
      // "Seperti yang telah SAYA jelaskan dalam dua emel sebelum ini": the recap counts the messages.
      `(seperti yang | sebagaimana | sepertimana) (telah | sudah | pernah)? (saya | kami)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS}) ..3 (dalam | di | melalui | pada | menerusi) (dua | tiga | empat | lima | beberapa | @number | kedua-dua | semua) (emel | email | e-mel | mesej | pesan | chat | panggilan | balasan | surat) (sebelum ini | sebelumnya | yang lalu | terdahulu | lalu)?`,
      '(untuk | buat) yang? (terakhir kali~ | kesekian kali~ | kali terakhir~)',
      // "Untuk kali ketiga kami tegaskan": the count, then saying it again.
      `(untuk | buat) yang? kali? (kedua | ketiga | keempat | kelima | kesekian | ke-2 | ke-3 | ke-4 | ke-5 | ke2 | ke3 | ke4 | ke5) (kali | kalinya)? ini? \\,? (saya | kami)? (${SAY_ID_MS} | menegaskan | menjelaskan | memaklumkan | mengingatkan | menyampaikan | nyatakan | menyatakan)`,
      '(macam | seperti | kayak | kaya) (budak | anak kecil | budak-budak)',
    ],
    // What a colleague was told, or the customer said: "Petugas tersebut sudah beberapa kali diingatkan", "Bapak sudah 3
    // kali menjelaskan".
    unlessAfter: `(${YOU} | ${STAFF_TOLD})`,
    afterWindow: 0,
    suggest: AS_SAID_BEFORE,
  },
  {
    // "Sudah tertera jelas di FAQ", "semua sudah dijelasin di situ dengan lengkap", "telah didokumenkan dengan jelas":
    // the information was there, so the customer is at fault for asking.
    lang: ['id', 'ms'],
    match: [
      '(sudah | telah) (sangat | cukup)? jelas (banget | sekali)? (tulis | ditulis | tertulis | tertera | jelaskan | dijelaskan | jelasin | dijelasin | sebut | disebut | sebutkan | disebutkan | nyatakan | dinyatakan | terangkan | diterangkan | maklumkan | dimaklumkan | dokumenkan | didokumenkan | cantumkan | dicantumkan)',
      // (Written clearly right after the verb, "sudah tertera jelas", is the family below's, which drops "jelas" too.)
      '(sudah | telah) (tertera | tertulis | ditulis | dijelaskan | dijelasin | disebutkan | dinyatakan | diterangkan | dimaklumkan | didokumenkan | dicantumkan) -((dengan | secara)? (sangat | cukup | amat)? jelas) &(_? _? _? (dengan | secara)? (jelas | sangat jelas | jelas banget | lengkap))',
    ],
    suggest: STATED_IN_TERMS,
    // Owning it, or sending it again kindly: "…tapi memang mudah terlewat", "…dan saya lampirkan lagi di sini".
    unlessInSentence: OWNED_OR_RESENT_ID_MS,
  },
  {
    // "Sila baca emel kami dengan teliti" after "seperti yang telah dimaklumkan", "cuba baca T&C betul-betul sebelum
    // buat complaint", "puan dinasihatkan untuk membaca jadual fi dengan teliti": reading told to be done properly, as
    // a rebuke. A plain "mohon dibaca dengan teliti sebelum mendaftar" is an instruction, and stays clean.
    lang: ['id', 'ms'],
    match: [
      `(sila | tolong | cuba | coba | harap | mohon | ${YOU}) ${READ_ID_MS} _? _? _? _? ${PROPERLY_ID_MS}`,
      `${YOU} (juga | adalah)? (dinasihatkan | disarankan | diingatkan | diminta | diharap | diharapkan | dimohon) (untuk | agar | supaya)? (membaca | menyemak | meneliti | memeriksa | mengecek) _? _? _? _? ${PROPERLY_ID_MS}`,
    ],
    onlyWithInSentence: [
      ...SAID_BEFORE_ID_MS,
      '(pada masa akan datang | di kemudian hari | lain kali | salah faham)',
      // Said already in the same breath: "Saya dah terangkan perkara ni dalam emel 10 Jun, tolong baca betul-betul."
      `(sudah | telah) (saya | kami)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS})`,
      // Before asking again: "…sebelum menghantar pertanyaan yang sama".
      '(pertanyaan | soalan | aduan) yang sama',
      'sebelum (menghantar | hantar | mengirim | kirim | bertanya | tanya | nanya | membuka | buka | membuat | buat) (pertanyaan | soalan | tiket | aduan | komplain | complaint | mesej | pesan | emel | email)',
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Made out to be trivial, or the customer one of a tiresome crowd: "ini bukan rocket science", "dah terang lagi
    // bersuluh", "Kakak pelanggan kesekian yang nanya hal yg sama", "Bapak ini sudah keterlaluan", "gak perlu buka
    // tiket buat hal kayak gini", "Tengok la betul-betul", "udah baca belum sih?".
    lang: ['id', 'ms'],
    match: [
      '(bukan | tak | tidak) (rocket science | ilmu roket | sains roket)',
      'terang lagi bersuluh',
      '(pelanggan | orang | customer | pembeli | pengguna) yang? (kesekian | ke-sekian | ke sekian | keseratus | keberapa) (yang | hari ini | hari ni | minggu ini | minggu ni)',
      `${YOU} (ini | ni)? (sudah | udah | dah | memang | sangat | terlalu)? (keterlaluan | melampau | melampaui batas | kurang ajar)`,
      '(tidak | tak) (perlu | payah | usah) (la | lah)? (buka | membuka | bikin | buat | hantar) (tiket | ticket | aduan | komplain) (buat | untuk | bagi | pasal) (hal | benda | perkara | masalah | soal) (kecil | remeh | sepele | (kayak | macam | seperti) (gini | ini | ni | begini))',
      '<-(_) (tengok | lihat | liat | baca | cek | semak | check) (la | lah | dong | donk) _? _? _? (betul-betul | betul2 | baik-baik | bener-bener | bener2 | benar-benar | elok-elok | teliti)',
      '(baca | dibaca | lihat | liat | dilihat | cek | dicek) (gak | nggak | ga | enggak | tidak | belum) sih',
    ],
    unlessInSentence: '(maaf | mohon maaf | terima kasih)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Masa masih nanya juga?", "Kok masih tanya lagi?": asking is made to look slow.
    lang: ['id'],
    match:
      '(masa | masak | mosok | kok) (masih | sih | kakak | bapak | ibu | anda | kak)? (masih | sih | kakak | bapak | ibu | anda | kak)? (masih | sih | kakak | bapak | ibu | anda | kak)? (nanya | tanya | bertanya | menanyakan | nanyain)',
    onlyInQuestion: true,
    suggest: SORRY_IF_UNCLEAR_ID,
    replaces: 'clause',
  },
  {
    // "Silakan la buat report kalau encik rasa itu boleh selesaikan masalah", "go ahead if you think it will help":
    // the customer's complaint met with sarcasm.
    lang: ['id', 'ms'],
    match: `(kalau | jika) ${YOU} (rasa | fikir | pikir | kira | ingat) (itu | ia | benda tu | hal itu | cara itu | begitu) (boleh | bisa | akan | dapat) (selesaikan | menyelesaikan | membantu | bantu | menolong | mengubah)`,
    onlyWithInSentence: '(silakan | sila | silalah | silakanlah)',
    ...SORRY_FOR_TROUBLE_ID_MS,
  },
  {
    lang: ['en'],
    match: 'if you really? think (that | it | this) (will | would | is going to) (help | solve | change | fix | make (a | any) difference)',
    onlyWithInSentence: '(go ahead | by all means | be my guest | feel free to (complain | report | escalate | contact | leave | post | write))',
    ...UNDERSTAND_EN,
  },
  {
    // "Tidak perlu hantar benda sama berulang-ulang", "chat terus pun tidak akan membuat prosesnya lebih cepat",
    // "aduan tuan sudah kami terima 5 kali": the customer's chasing held against them.
    lang: ['id', 'ms'],
    match: [
      '(tidak (perlu | payah | usah) | jangan) (la | lah)? _ _? _? _? (berulang-ulang | berulang kali | berkali-kali | banyak kali | lagi dan lagi | setiap jam | tiap jam)',
      '(chat | spam | kirim | mengirim | hantar | menghantar | mesej | telepon | telefon | call | marah | marah-marah | maki | memaki | maki-maki | mengamuk | komplain | tanya | bertanya | nanya | mendesak | desak | ngomong | bicara | berbicara | ngomel | mengomel | ugut | mengugut | ancam | mengancam | menghubungi | hubungi | email | emel) _? _? _? _? (tidak | takkan) (akan | bakal)? ((membuat | buat | bikin | jadikan | menjadikan) _? _? _? (lebih | jadi)? (cepat | cepet | laju | pantas) | (mempercepat~ | percepat~ | mempercepatkan~ | cepatkan~ | melajukan~))',
      '(sudah | telah) (kami | saya) (terima | dapat) (@number | dua | tiga | empat | lima | enam | banyak | berpuluh) kali',
      // "Mohon tidak mengajukan ulang permohonan yang sama": asking again forbidden.
      '<&(tidak | jangan | tidak perlu | tidak payah | tidak usah | jangan perlu) (mengajukan | ajukan | diajukan | mengirim | kirim | dikirim | menghantar | hantar | dihantar | submit | tanya | bertanya | menanyakan | buka | membuka) (ulang | lagi | semula) (permohonan | pertanyaan | soalan | aduan | tiket | pesan | mesej | email | emel | komplain | laporan) yang sama',
    ],
    // "Jangan ragu menghubungi kami berkali-kali" is an invitation.
    unlessInSentence: '(maaf | faham | paham | mengerti | terima kasih | ragu | sungkan | segan | khawatir | risau)',
    suggest: { id: ['pesan Bapak/Ibu sudah kami terima dan sedang kami proses'], ms: ['mesej tuan/puan sudah kami terima dan sedang kami proses'] },
    replaces: 'clause',
  },
  {
    lang: ['id', 'ms'],
    match: [
      '(jangan | jangan nak | jgn) (asal | terus | nak | main)? (salahkan | menyalahkan | salahin | nyalahin | tuduh | menuduh | nuduh) kami',
      // "jangan asal nuduh", "jangan main tuduh": the customer's complaint dismissed as a wild accusation.
      // The customer's account called a lie: "Encik jangan nak kelentong la".
      '(jangan | jgn) (nak | la)? (kelentong | temberang | auta | bohong | berbohong | menipu | mengada-ada | mengada-ngada | ngada-ngada)',
      '(jangan | jgn) (nak | la)? (asal | main | sembarangan | sesuka hati) (nuduh | tuduh | menuduh | tuduh-tuduh | fitnah | memfitnah | salahkan | menyalahkan | nyalahin | salahin)',
    ],
    suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
    replaces: 'clause',
    // Reported: "dia bilang ke pelanggan, jangan asal nuduh".
    unlessAfter: '(bilang | berkata | kata | katanya | cakap | mengatakan | menyuruh | suruh | bahwa | bahawa)',
    afterWindow: 3,
  },
  {
    lang: ['en'],
    match: [
      'as i have? already (said | told you | stated | explained | mentioned)',
      '(i | we) have? already? (told | explained (this | it)? to) you (twice | three times | several times | many times | multiple times | repeatedly | a hundred times | already)',
      'how many times (do | must | have | will | should)? (i | we) (have to)? (tell | say | explain | repeat)',
      'for the (last | hundredth | third | tenth | umpteenth) time',
      // "As previously explained twice now", "as has been explained to you on three separate occasions", "as explained
      // in both of our previous emails": the count makes the recap a rebuke.
      'as (i | we)? (has been | have | was | were)? (previously | already)? (explained | told you | said | stated | mentioned | advised | informed you | pointed out | confirmed) (this | it | that)? (to you)? (twice | three times | (several | many | multiple | numerous | two | three | four | five | @number) times | on (two | three | four | several | multiple | numerous | @number) (separate | different)? occasions | in (both | all | each) of (our | my) (previous | earlier | last | prior) (emails | messages | replies | letters | responses)) (now | already | before)?',
    ],
    suggest: TO_RECAP,
  },
  {
    // Explaining is made out to be hopeless: "Saya sampai bingung harus menjelaskan bagaimana lagi", "tak tahu nak
    // terangkan macam mana lagi", "Apa yang susah sangat nak faham?", "apa susahnya baca".
    lang: ['id', 'ms'],
    match: [
      '(bingung | tidak tahu | entah) (harus | mesti | nak | mau | perlu)? (bilang | ngomong | cakap | kata | jawab) apa lagi',
      '(bingung | tidak tahu | entah) (harus | mesti | nak | mau | perlu | hendak)? (menjelaskan | jelaskan | jelasin | terangkan | menerangkan | cakap | bilang | ngomong | explain | terang) (dengan)? (bagaimana | macam mana | cara apa | apa) lagi',
      '(apa yang | apanya yang | apa) (susah | sulit | payah | rumit) (sangat | sekali | banget | benar) (nak | untuk | buat)? (faham | paham | difahami | dipahami | mengerti | dimengerti | ngerti | baca | membaca | ikut)',
      'apa (susahnya | sulitnya | payahnya) (nak | untuk | sih)? (baca | membaca | faham | paham | mengerti | ngerti | ikut | mengikuti)',
    ],
    // A real offer of help: "apa yang susah sangat nak difahami di borang ni? saya bantu".
    unlessInSentence: '(saya bantu | kami bantu | boleh saya bantu | biar saya | maaf)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Kalau dari awal S&K-nya dibaca dulu sebelum beli…": hindsight without naming the customer.
    lang: ['id', 'ms'],
    match: '(kalau | jika | seandainya | sekiranya | andai) (dari awal | sejak awal | awal-awal) _? _? _? _? (dibaca | dicek | diperiksa | disemak | diteliti | diikuti | ditengok)',
    suggest: NEXT_TIME_KINDLY,
  },
  {
    // Saying it again, slowly: "Sekali lagi saya tegaskan", "saya ulangi sekali lagi", "dengar baik-baik", "saya tidak
    // akan menjelaskan lagi".
    lang: ['id', 'ms'],
    match: [
      `sekali lagi (saya | kami) (tegaskan | jelaskan | ulangi | ulang | ingatkan | katakan | bilang | cakap | terangkan | nyatakan)`,
      '(saya | kami) (ulangi | ulang | ulangkan) (sekali lagi | lagi | buat kesekian kali | untuk kesekian kali)',
      '(dengar | dengarkan) (baik-baik | betul-betul | elok-elok) (ya | ye)? &(\\. | \\! | \\,)',
      '(saya | kami) tidak (akan | mau | nak | perlu)? (menjelaskan | jelaskan | terangkan | menerangkan | mengulang | ulang | ulangi) (lagi | sekali lagi | semula)',
    ],
    unlessInSentence: '(maaf | terima kasih | mohon maaf | faham | paham)',
    ...RECAP_ID_MS,
  },
  {
    // "Again, the refund takes 5 days.": the recap as a rebuke; the word alone is reworded.
    lang: ['en'],
    match: '<-(_) (once again | again) &(\\,)',
    unlessInSentence: '(sorry | apologise | apologize | apologies | thank | thanks | our fault | our mistake)',
    suggest: TO_RECAP,
  },
  {
    // "Again, the refund takes 5 days.", "Let me spell it out", "I'm not going to repeat myself", "with all due respect".
    lang: ['en'],
    match: [
      '(let me | i will | i am going to | we will) (spell it out | spell this out | say it again | say this again | say it slowly | repeat myself | say it one more time | say this one more time)',
      '(i | we) (will not | am not going to | are not going to | do not intend to) (repeat | explain) (myself | ourselves | this | it | that) (again | any further | one more time)?',
      'with all due respect',
      'no offence \\, but',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | thank | thanks | our fault | our mistake)',
    ...RECAP_EN,
  },
  {
    // "Mohon baca FAQ dulu sebelum bertanya", "sila semak laman web sebelum hantar soalan": asking is the fault.
    lang: ['id', 'ms'],
    match: [
      `(sila | tolong | mohon | coba | cuba | harap | ${YOU}) ${READ_ID_MS} ..6 sebelum (bertanya | tanya | nanya | menanyakan)`,
      `(sila | tolong | mohon | coba | cuba | harap | ${YOU}) ${READ_ID_MS} ..6 sebelum (menghubungi | hubungi | menghantar | hantar | mengirim | kirim | membuka | buka | membuat | buat) (lagi)? (pertanyaan | soalan | tiket | aduan | komplain | complaint | mesej | pesan | emel | email | kami | cs)`,
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "You couldn't even be bothered to read it", "if the terms had been read, this wouldn't be a surprise",
    // "good luck with that".
    lang: ['en'],
    match: [
      'you (did not | could not | can not | cannot | do not) even (bother to | be bothered to)? (read | bother)',
      'if (the | this | that | it | they | these | our) _? _? had been (read | checked | followed) &(..8 (would not | would never | would have | could have been avoided))',
      'good luck with that',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | our fault | our mistake)',
    ...SORRY_UNCLEAR_EN,
  },
  {
    // "I'm not sure how much clearer I can make this", "what's so hard to understand?", "I did explain that yesterday".
    lang: ['en'],
    match: [
      '(not sure | no idea | do not know) how (much)? (clearer | else | more clearly | more simply | more plainly | many more ways) (i | we) (can | could) (make | put | explain | say)',
      'how (much)? (clearer | plainer | simpler) (can | could) (i | we) (be | make | put | explain)',
      // "I'm not sure how to make it any clearer than the banner", "I can't make it any clearer".
      '(not sure | no idea | do not know) how (to | i can | we can | else to) (make | put | explain | say) (it | this | that) (any)? (clearer | more clearly | simpler | more simply | plainer)',
      '(can not | cannot | could not) (make | put | explain) (it | this | that) any (clearer | simpler | plainer | more clearly | more simply)',
      'what is so (hard | difficult | complicated | confusing) (to understand | to follow | about (this | that | it))',
      '(i | we) did (explain | tell you | mention | say | point out) (this | that | it)',
      // "I've now explained this in three separate emails"
      '(i | we) have now? already? (explained | told you | said | answered | clarified) (this | it | that)? (to you)? (in | on | over) (two | three | four | several | multiple | numerous | @number | both) (separate | different | previous | earlier)? (emails | messages | replies | occasions | calls | letters | chats)',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | badly | poorly | unclear | not clear | wrong | incorrectly | let me help | happy to help)',
    suggest: ['sorry if our explanation was not clear'],
    replaces: 'clause',
  },
  {
    // "Per my last email", "per my previous two emails", "as clearly documented in our help centre".
    lang: ['en'],
    match:
      'per &(my (last | previous | earlier | prior | original)? (two | three | few | several | @number)? (email | emails | message | messages | reply | replies | note | notes | response | responses | letter | letters))',
    suggest: ['as set out in'],
  },
  {
    // The same recap borrowed into Indonesian and Malay, "per" and the earlier message of ours: "Per email sy sebelumnya
    // ya mas, …", "per email saya kemarin, sudah saya jelaskan…", "Per emel saya sebelum ini…". Not with what we send or
    // did with it ("Per email sebelumnya, berikut kami lampirkan invoicenya"), an apology or thanks.
    lang: ['id', 'ms'],
    match:
      '<-(_) per &((email | emel | e-mel | chat | pesan | mesej | balasan | jawapan | jawaban) (saya | kami)? (sebelumnya | sebelum ini | kemarin | semalam | terakhir | tadi))',
    suggest: { id: ['merujuk'], ms: ['merujuk'] },
    unlessInSentence: [
      KIND_ID_MS,
      '(berikut | terlampir | dilampirkan | lampirkan | lampiran | kami kirimkan | saya kirimkan | kami hantar | saya hantar | kami hantarkan | (sudah | telah | dah) (kami | saya)? (proses | diproses | dikirim | dihantar | dikembalikan | dikreditkan | dibatalkan))',
      // Our own correction, what the customer asked for and we did, what we send today: "per jawaban saya kemarin, saya
      // koreksi: …", "per chat terakhir, Kakak minta ganti alamat, dan sudah saya ubah", "…, resinya saya kirim sore nanti".
      '(koreksi | mengoreksi | ralat | betulkan | membetulkan | pembetulan | perbaiki | memperbaiki | salah saya | silap saya | kesalahan saya | kesilapan saya)',
      '@customer (minta | meminta | mau | nak | ingin | mahu | request)',
      '(saya | kami | sy) (kirim | hantar | ubah | ubahkan | ganti | gantikan | tukar | tukarkan | update | perbarui | kemas kini | kemaskini)',
      '(sudah | telah | dah) (saya | kami | sy)? (ubah | diubah | ganti | diganti | tukar | ditukar | update | diupdate | perbarui | diperbarui)',
    ],
  },
  {
    lang: ['en'],
    // What the customer was meant to read; "as clearly shown on your statement, the refund was credited" is not a rebuke.
    match:
      'as very? (clearly | plainly) (documented | stated | explained | written | set out | outlined | mentioned | laid out) &((in | on | at) (our | the | your)? _? (help | faq | terms | website | site | policy | policies | docs | documentation | listing | page | product | booking | checkout | confirmation | email | emails | contract | agreement | conditions | guide | article | knowledge | release | changelog | invoice | letter))',
    suggest: ['as set out'],
  },
  {
    lang: ['en'],
    match: 'once and for all',
    suggest: ['fully'],
  },
  {
    lang: ['en'],
    match: [
      'if you (had | would have) (actually | just | simply | properly | carefully | bothered to | taken the time to)? (actually | just | simply | properly | carefully | bothered to | taken the time to)? (read | checked | followed | listened | looked | paid attention)',
      'had you (actually | just | bothered to)? (actually | just | bothered to)? (read | checked | followed | listened | looked)',
      '(did | do) you (even | actually | bother to | even bother to) read',
      // "Did you even look at the screen?", "did you even check your spam folder?": sarcasm about the customer's care.
      '(did | do | have) you even (look | looked | check | checked | open | opened | try | tried | scroll | scrolled | see | notice | noticed | bother | glance)',
      // "Next time, maybe have a look at the terms before checking out".
      'next time \\,? (maybe | perhaps | try to | try) (have | take) a (look | read | closer look | proper look)',
      // "Most customers figure it out without needing us to hold their hand", "we can't spoon-feed you".
      '(without | need us to | needing us to | expect us to | expecting us to | needs us to | want us to) (hold | holding) (your | their) hand',
      '(spoon-feed | spoonfeed | spoon feed | spoon-feeding | spoonfeeding)',
      // "You're the fifth person to ask this today".
      'you are the (third | fourth | fifth | sixth | tenth | twentieth | hundredth | umpteenth | nth | @number) (person | customer | one) (to ask | asking | who has asked | today | this (morning | week))',
      // "You're being ridiculous", "you've gone too far".
      'you are being (ridiculous | unreasonable | absurd | childish | dramatic | difficult | silly | hysterical)',
      'you have (gone too far | crossed the line | crossed a line)',
      '(learn to | can you not | cannot you | could you not) read',
      '(clearly | obviously) \\,? you (did not | have not | do not | cannot | never | failed to | could not) even? (read | bother | listen | understand | follow | pay attention | check | look)',
      'you (clearly | obviously) (did not | have not | do not | cannot | never | failed to | could not) even? (read | bother | listen | understand | follow | pay attention | check | look)',
      'what part of .. (do | did) you not (understand | get)',
      '(maybe | perhaps)? next time \\,? (try reading | read | pay attention | listen | use your)',
      // "Perhaps read the contract next time"
      '(maybe | perhaps | try) (read | reading | check | checking) ..5 next time',
      'next time \\,? (maybe | perhaps | just | try to | try) (check | read | look at | double-check | pay attention to)',
      'use your (brain | head | common sense | eyes)',
      'not rocket science',
      'even a (child | kid) (could | can | would)',
      // "If you would read the changelog, this would not have happened", and the other way round.
      'if you (would | will) (actually | just | simply | properly | carefully | bother to)? (actually | just | simply | properly | carefully | bother to)? (read | check | follow | listen | look) &(..8 ..2 (would not | would never | could have been avoided | would have been avoided))',
      '(this | it | that | none of this | the problem | this issue | the issue) (would | could) (not | never) have (happened | occurred | arisen | been (a problem | an issue | necessary)) (if | had) you',
      // "I'd encourage you to actually read", "please read the listing a bit more carefully next time", "I'd suggest
      // reading the criteria properly before applying".
      'you to? (actually | properly) (read | look at | check | open | follow)',
      `${ADVISE_EN} (read | reading) _? _? _? _? _? _? (a bit | a little | much)? (more carefully | more closely | carefully this time | before (complaining | contacting us | asking | raising | emailing | opening a ticket))`,
      // "Please read it before opening another ticket", "I'd recommend reading in full before opening tickets".
      `${ADVISE_EN} (read | reading) _? _? _? _? _? _? before (opening | raising | submitting | sending | filing | logging) (a | another | any | more | new)? (ticket | tickets | query | queries | request | requests | email | emails | message | messages | complaint | complaints)`,
      // "I'd suggest reading the policy before ordering again": reading told to be done before the customer acts again.
      `(i would | i 'd | we would | we 'd)? (suggest | recommend | advise) (reading | you read | checking | you check | looking at | you look at) (the | our | your) _ _? before (ordering | booking | buying | paying | signing | submitting | installing | doing | contacting | complaining | asking) (again | next time | in future | in the future)?`,
      `${ADVISE_EN} (check | checking | look at | looking at | review | reviewing) _? _? _? _? _? _? (a bit | a little | much)? (more carefully | more closely | before (complaining | contacting us | asking | raising | emailing | opening a ticket))`,
      // "You should already know this", "any developer ought to know better".
      '(you | your team | your developer | your developers | any developer | anyone | most people) (really | surely)? (should | ought to) really? (already know | have known | know better | already be aware | know (this | that) (already | by now))',
    ],
    ...SORRY_UNCLEAR_EN,
  },
  {
    lang: ['en'],
    match: [
      'seriously (\\? | \\!)',
      'are you (serious | kidding | joking) me?',
      'you (must | have got to | got to) be (kidding | joking) me?',
      '(stop | quit) (whining | complaining | moaning | crying)',
      '<-(_) just? (deal | live) with it &(\\. | \\!)',
      'get over it',
      'do not blame us',
      '(that | this | it) is your own? problem',
      'i do not have all day',
      '(i | we) have better things to do',
      // Short commands: "Calm down.", "Grow up, please", "you need to relax", "wait your turn".
      '<-(_) (just | please | now | ok | okay | so)? (calm down | grow up | settle down | get a grip | chill out | cool it) &(\\. | \\! | \\, | please | now | sir | madam)',
      'you (need | have | got | ought) to (calm down | relax | grow up | chill | settle down | get a grip)',
      'wait your turn',
      // "Sending more messages won't make it any faster", "calling us names won't get your money back any sooner".
      '(sending | messaging | emailing | texting | chasing | calling | shouting | swearing | threatening | complaining | spamming | repeating | nagging | pestering | insulting | asking | contacting) _? _? _? _? (will not | does not | do not | is not going to | would not | cannot) ((make | get | speed | help | move) _? _? _? _? _? (faster | quicker | sooner | up) | (expedite | accelerate | hurry) | change (that | this | anything -(about | regarding | to | for | in | on) | the answer | the outcome | our answer | our decision))',
      // "Repeated enquiries will not expedite the review": the chasing named as a noun.
      '(repeated | further | more | additional | multiple | constant | duplicate) (enquiries | inquiries | emails | messages | calls | requests | complaints | follow-ups | chasers | tickets | posts) (will not | does not | do not | cannot | are not going to) (expedite | speed up | accelerate | hurry | change)',
      // Taunts: "we've had worse", "hard to miss, honestly".
      '(we | i) have (had | seen | dealt with | survived) worse',
      '(hard | difficult | impossible) to miss \\,? (honestly | really | tbh | frankly | to be honest | surely)',
      // "It's literally the first line of the setup guide."
      '(it is | that is | it was | this is) literally (the first | the second | the top | the very first | on the first | in the first | on page | right there | right under | right above | right next | written | in bold | in the title | in the description)',
    ],
    ...UNDERSTAND_EN,
  },
  {
    // "I'd suggest reading the criteria properly before applying next year": "properly" is a rebuke only about what
    // the customer did, looking back or to next time; "kindly read the terms properly before signing" is advice.
    lang: ['en'],
    match: `${ADVISE_EN} (read | reading) _? _? _? _? _? _? properly`,
    onlyWithInSentence: '(next time | next year | in future | in the future | going forward | from now on | this time)',
    ...SORRY_UNCLEAR_EN,
  },
  {
    // "I can see you have messaged us 6 times today": the customer's chasing held against them (not with an apology).
    lang: ['en'],
    match:
      'you have (messaged | emailed | called | contacted | written to | chatted with | phoned) us (@number | two | three | four | five | six | seven | eight | nine | ten | several | multiple | many | so many) times',
    unlessInSentence: '(sorry | apologise | apologize | apologies | understand | frustrated | frustrating | frustration | thank)',
    suggest: THANKS_FOR_PATIENCE_EN,
    replaces: 'clause',
  },
  {
    // Told to read what was sent: "mohon dibaca lagi email kami", "Encik baca tak SMS yang kami hantar?", "Takkan tak
    // baca?", "Dibaca dulu ya kak lain kali", "Coba dibaca dulu.": the customer is made out not to have read.
    lang: ['id', 'ms'],
    match: [
      `<&(mohon | sila | tolong | harap | coba | cuba) ${READ_AGAIN_ID_MS} (lagi | semula | kembali | balik | ulang) ${WHAT_WE_SENT_ID_MS}`,
      // "Sila baca SMS yang telah kami hantar pada 10/6", "mohon dibaca email kami tanggal 2 Juni".
      `<&(mohon | sila | tolong | harap | coba | cuba) ${READ_AGAIN_ID_MS} ${WHAT_WE_SENT_ID_MS} (kami | saya)? (sebelum ini | sebelumnya | terdahulu | tadi | di atas | bertarikh | tanggal | tarikh | pada | yang (telah | sudah | pernah)? (kami | saya))`,
      // "caranya jelas di panduan": clearly there, so asking is the fault (after "sudah tertera", the family above
      // rewords it).
      `<-(sudah | telah | tertera | tertulis | ditulis | dijelaskan | dinyatakan | disebutkan | diterangkan | dimaklumkan | dicantumkan | tercantum | didokumenkan | dengan | secara | sangat | cukup) jelas (banget | sekali | sangat)? (di | dalam | kat | pada) (panduan | dokumentasi | docs | faq | halaman | laman | poster | deskripsi | keterangan | syarat | terma | kontrak | email | emel | e-mel | sms | website | laman web | listing | iklan | caption | manual | knowledge base | bahagian | menu | invois | resit | struk | katalog | brosur | risalah)`,
      `<&(${YOU} | ${YOU} ada) (baca | membaca | tengok | semak | perasan | nampak | check) (tidak | belum) (sms | emel | email | e-mel | mesej | notis | surat | chat | pesan | notifikasi | notification | makluman | pemberitahuan)`,
      '(takkan | masakan | mosok) (tidak | belum) (baca | membaca | tengok | nampak | perasan | lihat | liat)',
      // Made out to be basic: "ni perkara asas inventori".
      '<&((ini | ni | itu | tu | benda | hal) (sebenarnya | memang)? (perkara | hal | benda | ilmu | pengetahuan)) (asas | dasar | basic)',
      '(dibaca | dicek | dilihat | diperhatikan | ditengok | disemak | diteliti) (dulu | dahulu) (ya | ye | yah)? _? lain kali',
      '<-(_) (coba | cuba) (dibaca | baca) (dulu | dahulu | lagi | semula) (ya | ye | yah)? &(\\. | \\!)',
      // "Sesuai email saya sebelumnya (yang tampaknya belum sempat Bapak baca)".
      `(tampaknya | nampaknya | sepertinya | rupanya) (belum | tidak) (sempat)? ${YOU} (baca | membaca | lihat | tengok | semak)`,
    ],
    unlessInSentence: '(maaf | mohon maaf | terlewat | terlepas)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Condescension in English idioms: "per my last email", "you'll hear back when you hear back", "we don't make
    // these things up", "not sure what else we could have done", "which you'd have found if you'd looked", "check it
    // before messaging us again", "it is what it is".
    lang: ['en'],
    match: [
      '<&(you will) (hear | get) _? _? when you (hear | get)',
      '<&((we | i) do not just?) make (these | this | those | such)? (things | stuff | it | this | that | charges)? up',
      '<&(not sure | no idea) what else (we | i | you) (could | should | can | would) (have)? (done | do | expected | expect | want)',
      '<&(you would | you could) have (found | seen | known | noticed | spotted) (it | this | that)? if you (had | would)',
      'if you (had | would | would have) (actually | just | even | bothered to)? (read | looked | checked | followed) ..8 you would (know | have (known | seen | found | noticed | spotted))',
      '(check | read | look at | refer to | go through) ..6 before (messaging | contacting | emailing | writing to | chasing | asking) us again',
      '(check | read | look at | refer to | go through) ..6 before (raising | opening | logging | submitting | filing) (more | any more | any | new)? tickets',
      '<&(it is | that is) what it is',
      // "the reading is what it is", "I don't know what else to tell you", "not much else I can say".
      '<-(it | that) is what it is -(_)',
      '(do not know | dunno | not sure | no idea) what else to (tell | say to) you',
      'not much else (i | we) can (say | do)',
      // "Please read the email before replying again", "kindly refer to my previous email", "please read the messages
      // above": the customer sent back to what they were told.
      '<&(please | kindly | pls | plz) (read | check | refer to | look at | see | go through | review | scroll up to) ..6 before ((replying | messaging | contacting | asking | emailing | writing | chasing | calling) (to)? (us | me)? again | (opening | raising | logging | submitting) (another | more | any more | a new | new)? (ticket | tickets | case | cases | query | queries))',
      '<&(please | kindly | pls | plz) (read | refer to | see | check | look at | go back to | review) (my | our) (previous | last | earlier | original | prior) (email | emails | message | messages | reply | replies | response | letter | note)',
      '<&(please | kindly | pls | plz) (read | refer to | see | check | look at | scroll up to) (the | my | our)? (messages | message | emails | email | chat | thread | replies | reply | answer) above',
      '<&(kindly | please) refer to (the | my | our)? _? (i | we) (sent | attached | shared | forwarded | provided | gave)',
    ],
    unlessInSentence: OWNED_EN,
    ...SORRY_UNCLEAR_EN,
  },
  {
    // The recap counted by the messages or tickets it took, or by an ordinal alone: "saya dah jawab soalan yang sama
    // dalam tiga tiket berasingan", "dah 3 kali sy bagi no tracking dlm chat ni", "Untuk kali keempat:", "perlu saya
    // tegaskan sekali lagi".
    lang: ['id', 'ms'],
    match: [
      `(sudah | telah) (saya | kami)? (${SAY_ID_MS} | ${SAY_ACTIVE_ID_MS} | balas | membalas) ..5 (dalam | di | melalui | menerusi | pada) (dua | tiga | empat | lima | enam | beberapa | @number) (tiket | emel | email | e-mel | mesej | pesan | chat | panggilan | balasan | surat)`,
      `(sudah | telah) ((dua | tiga | empat | lima | beberapa | @number) kali | berkali-kali | banyak kali) (saya | kami) (bagi | beri | berikan | kasih | kirim | kirimkan | hantar | share | kongsi | kongsikan) ..4 (dalam | di | kat) (chat | emel | email | mesej | tiket | sini)`,
      `<-(_) (untuk | buat) yang? kali? (kedua | ketiga | keempat | kelima | keenam | kesekian | ke-3 | ke-4 | ke-5 | ke3 | ke4 | ke5) (kali | kalinya)? &(\\, | \\. | \\!)`,
      `(saya | kami) (tegaskan | ingatkan | jelaskan | katakan | terangkan | nyatakan | sampaikan | maklumkan) (sekali lagi | lagi sekali)`,
    ],
    unlessInSentence: '(maaf | terima kasih | mohon maaf | faham | paham)',
    ...RECAP_ID_MS,
  },
  {
    // The same in English: "as I mentioned in my last two replies", "For the fourth time:".
    lang: ['en'],
    match: [
      'as (i | we) have? (previously | already)? (mentioned | said | explained | stated | noted | advised | pointed out | confirmed) (this | it | that)? (in | on) (my | our) (last | previous | earlier | past | prior)? (two | three | four | five | several | multiple | numerous | @number) (emails | replies | messages | responses | calls | chats | letters | tickets)',
      '<-(_) for the (second | fourth | fifth | sixth | @ordinal | nth) time &(\\, | \\. | \\!)',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | our fault | our mistake)',
    ...RECAP_EN,
  },
  {
    // The customer made one of a tiresome kind, or of a crowd: "kami sudah banyak kali dapat customer macam ni",
    // "males nerima pembeli yg begini", "Kakak bukan satu-satunya yang nunggu", "cik bukan sorang je customer kami",
    // "you're not our only customer", "we deal with people like you every day". Not reassurance ("jangan khawatir,
    // Bapak bukan satu-satunya yang mengalami ini", "you're not the only one affected").
    lang: ['id', 'ms'],
    match: [
      `(dapat | dapet | terima | nerima | menerima | layan | layani | melayan | melayani | ladeni | meladeni | hadapi | menghadapi | jumpa | urus | mengurus) (pelanggan | pembeli | customer | orang | klien | client | pengguna) (yang)? (macam | seperti | kayak | kaya) (ni | ini | gini | begini | ${YOU})`,
      '(pelanggan | pembeli | customer | klien) yang? (begini | gini | macam ni | kayak gini | kayak begini | camni)',
      `${YOU} bukan (satu-satunya | seorang | sorang | cuma seorang | hanya seorang) saja? (pelanggan | customer | pembeli | klien | client | yang (menunggu | nunggu | tunggu | antri | antre | mengantri | beratur | order | pesan | memesan | chat))`,
      // The same, with the customer after "bukan", and as a question: "bukan puan sorang je pelanggan kami", "Cik ingat
      // cik seorang je ke pesakit kat klinik ni?".
      `bukan ${YOU} (seorang | sorang | satu-satunya) (saja | sahaja | je)? (pelanggan | customer | pembeli | klien | client | pesakit | pasien | penumpang | tetamu | tamu | pengguna)`,
      `${YOU} (ingat | pikir | fikir | kira) ${YOU}? (seorang | sorang | satu-satunya) (saja | sahaja | je)? (ke | kah)? (pelanggan | customer | pembeli | klien | pesakit | pasien | penumpang | tetamu | tamu | pengguna | yang)`,
    ],
    unlessInSentence: '(khawatir | risau | bimbang | cemas | tenang | mengalami | alami | terdampak | terkesan | hargai | menghargai | setia | terima kasih)',
    ...THANKS_FOR_PATIENCE_ID_MS,
  },
  {
    lang: ['en'],
    match: [
      'you are not (the | our) only (customer | client | one (waiting | in the queue | who is waiting) | person (waiting | in the queue))',
      '<&(deal with | dealing with | get | getting | see | seeing | handle | handling) (customers | people) like you',
    ],
    unlessInSentence: '(worry | alone | affected | experiencing | value | valued | loyal | thank | appreciate | glad | happy | proud)',
    suggest: THANKS_FOR_PATIENCE_EN,
    replaces: 'clause',
  },
  {
    // The customer's complaints or calls counted against them: "Ibu komplain tiap minggu", "you call us every day";
    // and short commands: "Fikir dulu encik.", "Scroll la atas sikit", "Scroll up."
    lang: ['id', 'ms'],
    match: [
      `${YOU} (komplain | complain | mengadu | chat | telepon | telpon | menelepon | call | menghubungi | hubungi | email | emel | tanya | nanya | bertanya | mesej) (kami)? (tiap | setiap | hampir setiap) (hari | minggu | jam | bulan | pagi)`,
      `<-(_) (fikir | pikir) (dulu | dahulu | baik-baik | masak-masak) ${YOU}? &(\\. | \\!)`,
      'scroll (la | lah | dong | donk) (ke)? atas?',
    ],
    unlessInSentence: '(maaf | faham | paham | mengerti | terima kasih)',
    ...SORRY_FOR_TROUBLE_ID_MS,
  },
  {
    lang: ['en'],
    match: [
      'you (complain | call | message | email | write | chase | contact us) (us | to us)? (every | each) single? (day | week | hour | morning)',
      '<-(_) (just | please)? scroll (back)? up &(\\. | \\! | \\, | and)',
      // The customer's chasing held against them: "there's no need to spam us with 5 messages".
      'no need to (spam | keep (messaging | chasing | emailing | calling | asking | sending | following up) | send (us)? (multiple | so many | several | repeated | @number | two | three | four | five) (messages | emails | dms | chats))',
      '(stop | quit) (spamming | pestering | harassing) (us | me | our)',
      // Sarcasm: "Funny how the two items that went missing…", "I'm not saying anything, but", a dare's "you're welcome
      // to", a veiled warning: "before doing anything you'll regret".
      '<-(_) funny how',
      'i am not saying anything \\,? but',
      '(anything | something) (you will | you would | you might | you may) (later)? regret',
      '(think | thinking) (twice)? before you (post | threaten | accuse | complain | send | write | leave)',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | understand | thank)',
    ...UNDERSTAND_EN,
  },
  {
    // "Seriously, this happens all the time": the word alone is reworded, the comma kept.
    lang: ['en'],
    match: '<-(_) seriously &(\\,)',
    unlessInSentence: '(sorry | apologise | apologize | apologies | thank)',
    suggest: ['I understand'],
  },
  {
    // Hindsight about what the customer should have done, in English: "If you'd bothered to check the order summary",
    // "It would help if you read what you click on next time", "a quick read would have saved everyone the trouble",
    // "which I'd strongly recommend actually going through".
    lang: ['en'],
    match: [
      'if you (had | would | would have)? (bothered | taken the time | cared) to (read | check | look | follow | listen | open | scroll)',
      'it would (help | be helpful | save (us | everyone) (time | the trouble)?) if you (actually | just)? (read | checked | looked | followed | paid attention)',
      'a (quick | simple | brief | two-minute | 2-minute) (read | look | glance | check) ..4 would have (saved | avoided | prevented | spared)',
      '(recommend | suggest | advise | encourage) (you)? (to)? (actually | properly) (read | reading | go through | going through | look | looking | check | checking | follow | following)',
      '(if you | had you) (had | were | had been)? (more)? (careful | attentive | diligent) \\,? (you | this | it | none)',
      '<-(we | i | will | should) (be | being) more careful (next time | in future | in the future | going forward | from now on)',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | our fault | our mistake | our side | our end | our part | scam | fraud | phishing)',
    ...SORRY_UNCLEAR_EN,
  },
  {
    // Hindsight in Indonesian and Malay: "Kalau dari awal tim HR Ibu mengikuti panduan", "Kalau Bapak rajin cek email",
    // "Kalau Ibu sudah paham cara baca laporan dengan benar, … sendiri", "encik lebih berhati-hati pada masa akan datang".
    lang: ['id', 'ms'],
    match: [
      `(kalau | jika | seandainya | sekiranya | andai) (dari awal | sejak awal | awal-awal) (${THEIR_STAFF} _?)? ${YOU} (sudah | telah)? ${HINDSIGHT_VERB_ID_MS}`,
      `(kalau | jika | seandainya | sekiranya) ${YOU} (lebih)? (rajin | teliti | cermat) ${HINDSIGHT_VERB_ID_MS}`,
    ],
    suggest: NEXT_TIME_KINDLY,
  },
  {
    // A remark on the customer's competence, with "you could have done it yourself": "Kalau Ibu sudah paham cara baca
    // laporan void dengan benar, sebenarnya Ibu bisa cek ini sendiri".
    lang: ['id', 'ms'],
    match: `(kalau | jika | sekiranya) ${YOU} (sudah)? (paham | faham | mengerti | tahu | reti) (cara | macam mana)? ..4 (dengan benar | dengan betul | betul-betul)`,
    onlyWithInSentence: '(sendiri | tanpa perlu | tanpa harus | tanpa payah)',
    unlessInSentence: '(maaf | terima kasih | saya bantu | kami bantu)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Told to be more careful next time: "Kami cadangkan encik lebih berhati-hati pada masa akan datang" (not a warning
    // about fraud, which is kind advice).
    lang: ['id', 'ms'],
    match: `${YOU} (agar | supaya | untuk)? lebih (berhati-hati | hati-hati | teliti | cermat) ..4 (pada masa akan datang | lain kali | ke depannya | di kemudian hari | lepas ni | selepas ini)`,
    unlessInSentence: '(maaf | terima kasih | penipuan | penipu | scam | fraud | otp | pin | kata sandi | kata laluan | password | keamanan | keselamatan | privasi)',
    ...SORRY_FOR_TROUBLE_ID_MS,
  },
  {
    lang: ['id', 'ms'],
    match: [
      // Made out to be trivial or past explaining: "Bukan susah pun.", "tak boleh nak lebih jelas dari tu".
      '(bukan | tidak | tak) (susah | sulit | payah | rumit) pun',
      '(tidak | tak) (boleh | bisa | dapat) (nak)? (lebih jelas | lebih terang) (lagi)? (dari | daripada)',
      // "Bisa gak sih Kak baca deskripsi dulu", "Kok masih nanya kenapa kecil.", "Ini sudah keterlaluan ya Bu".
      `(bisa | boleh) tidak sih ${YOU}? (baca | membaca | dibaca | cek | dicek | lihat | dilihat | tengok | semak | teliti | sabar)`,
      'kok masih (nanya | tanya | bertanya | nanyain | menanyakan)',
      '<-(_) (ini | ni) (sudah | memang)? (keterlaluan | melampau)',
    ],
    unlessInSentence: '(maaf | faham | paham | mengerti | terima kasih | saya bantu | kami bantu | kami akan)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // The recap pointed at an earlier message, as a rebuke in the formal register: "Seperti yang telah dimaklumkan
    // dalam emel kami sebelum ini", "sebagaimana sudah kami jelaskan di email sebelumnya", "macam yang dah saya cakap
    // dalam chat semalam". Not a pointer to a document ("seperti yang dimaklumkan dalam emel pengesahan"), nor with an
    // apology.
    lang: ['id', 'ms'],
    match: `(seperti yang | sebagaimana | sepertimana | seperti | macam yang) (telah | sudah | pernah)? (kami | saya)? (sudah | telah)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS} | cakap) (dalam | di | melalui | menerusi | pada | kat | via) (email | emel | e-mel | surat | sms | mesej | chat | balasan | jawapan | jawaban | panggilan | telefon | telepon) (kami | saya)? (sebelum ini | sebelumnya | terdahulu | semalam | kelmarin | kemarin | yang lalu | yang lepas | tadi | bertarikh | tanggal | tarikh)`,
    unlessInSentence: '(maaf | terlewat | terlepas | lampirkan | saya bantu | kami bantu)',
    suggest: AS_SAID_BEFORE,
    replaces: 'rest',
  },
  {
    // The same in English, said impersonally: "As advised in our previous email", "as stated in my last reply" ("as I
    // mentioned in my last email" is a friendly recap).
    lang: ['en'],
    match:
      '<-(_) as (previously)? (stated | advised | explained | informed | indicated | outlined | communicated | set out | noted) (to you)? (in | on | via | through | during) (our | my | the) (previous | earlier | last | prior) (email | emails | letter | letters | message | messages | reply | replies | response | responses | sms | correspondence | call | conversation | chat)',
    unlessInSentence: '(sorry | apologise | apologize | apologies)',
    suggest: TO_RECAP,
    replaces: 'rest',
  },
  {
    // Questions that doubt the customer read or understood, and impatience in the passive: "Memangnya Kakak tidak baca
    // deskripsinya?", "Bukankah sudah kami jelaskan?", "Susah sangat ke nak baca?", "Encik tak baca ke?",
    // "Did you not read our email?", "How hard is it to…", "This has already been explained to you", "I thought I made
    // it perfectly clear".
    lang: ['id', 'ms'],
    match: [
      `(memangnya | emangnya | tidakkah | takkah) ${YOU}? (tidak | belum)? (baca | membaca | lihat | liat | cek | tengok | semak | perasan | nampak | dengar)`,
      `bukankah (sudah | telah) (kami | saya)? (${SAY_ID_MS} | ${SAID_PASSIVE_ID_MS} | tulis | ditulis | tertulis | tertera)`,
      '(susah | payah | sukar | sulit) (sangat | benar | banget | amat) (ke | kah | sih)? (nak | untuk | buat)? (baca | membaca | faham | paham | ikut | mengikut | semak | tengok | cek | ngerti)',
      '(tidak | belum) (baca | nampak | perasan | tengok | semak) (ke | kah)',
    ],
    onlyInQuestion: true,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    lang: ['en'],
    match: [
      'did you not (read | see) (the | our | my | this | that | it)',
      'have you not read',
      'how (hard | difficult) (is it | can it be | could it be) to',
      'is it (really)? that (hard | difficult) to',
      '(has | have) (already)? been (explained | stated | communicated | made clear | clarified) (to you)? (repeatedly | several times | multiple times | numerous times | more than once | many times | twice | on several occasions | already)',
      '(this | that | it) has already been (explained | stated | communicated | made clear | clarified)',
      'i thought (i | we) (had)? made (it | this | that | myself | ourselves) (perfectly | very | abundantly | quite | crystal)? clear',
      '(i hope | hopefully) (this | that | it)? (is | makes it)? (clear | clearer) (now | this time)',
      // Remarks on competence: "this is pretty basic stuff", "perhaps someone more technical on your team can help".
      '(this is | it is | that is) (pretty | very | really | quite | fairly)? basic (stuff | knowledge | computer skills)',
      '(someone | anyone | somebody) (more)? (technical | tech-savvy | computer literate) (on your team | in your office | at your end | in your company | who can help)',
      // Told to calm down in other words, and dismissed: "no need to get so worked up", "suit yourself".
      'no need to (get | be) (so)? (worked up | emotional | dramatic | hysterical)',
      '(stop | quit) being (so)? (dramatic | emotional | hysterical | difficult)',
      '<-(_) (suit yourself | whatever you say | nice try | yeah right) &(\\. | \\! | \\,)',
      // "You may want to actually read the terms again before complaining."
      '(you may | you might | perhaps you | maybe you) (want | wish) to (actually | properly)? (read | reread | re-read | go through) ..6 (again | properly | carefully | next time | more carefully | before (complaining | contacting | asking | emailing | posting | opening))',
      // The customer hinted at as the problem, and left at that: "Maybe the problem isn't the software." (a diagnosis
      // that goes on, "… isn't the app, it's the router", is clean); "perhaps reviewing what you are paying for would help".
      '(maybe | perhaps | i think | i suspect) the (problem | issue | fault) (is not | does not lie with | is not with | is not really) (the | our | with the | with our)? _? (software | system | app | product | platform | service | machine | device | meter | tool | plan | website | site) -(_ | \\,)',
      '(maybe | perhaps) (reviewing | rereading | re-reading | reading | checking | looking at | reading up on) what you (are | were)? (paying for | paid for | signed up for | agreed to | bought)',
    ],
    unlessInSentence: '(sorry | apologise | apologize | apologies | our fault | our mistake | my fault | my mistake | badly | poorly)',
    ...SORRY_UNCLEAR_EN,
  },
  {
    // The same in Indonesian and Malay: "semoga kali ini sudah jelas", "minta tolong anak Bapak yang lebih paham
    // teknologi", "jangan emosi", "Terserah Bapak.", "Suka hati encik la.", "mungkin Bapak bisa baca ulang email kami".
    lang: ['id', 'ms'],
    match: [
      '(semoga | harap | harapnya | mudah-mudahan | moga-moga) kali ini (sudah)? (jelas | faham | paham | difahami | dipahami)',
      `(orang | seseorang | staf | anak | rakan | teman) ${YOU}? (yang)? lebih (paham | faham | mengerti | ngerti | reti) (teknologi | komputer | it | gajet | gadget | aplikasi)`,
      '(tidak usah | tidak perlu | tidak payah | jangan) (la | lah)? nak? (emosi | baper | drama | melenting)',
      `<-(_) (terserah | suka hati | ikut suka | ikut suka hati) ${YOU}? (saja | lah | la)? &(\\. | \\!)`,
      `(mungkin | barangkali) ${YOU} (bisa | boleh | dapat | perlu)? (baca | membaca) (ulang | semula | lagi | sekali lagi)`,
      // "Mungkin masalahnya bukan di aplikasi kami." left at that; "… bukan di aplikasi, tapi di jaringan" is a diagnosis.
      '(mungkin | barangkali | agaknya | saya rasa | rasanya | kayaknya | sepertinya) (masalahnya | masalah nya | puncanya | punca masalahnya | salahnya) (bukan | bukannya) (di | pada | dari | daripada)? (aplikasi | sistem | produk | software | perisian | mesin | meter | alat | platform | layanan | perkhidmatan | website | laman | jaringan | rangkaian | talian | server | pelayan) (kami)? -(\\, | _ _)',
    ],
    unlessInSentence: '(maaf | terima kasih | saya bantu | kami bantu | pilihan | opsi)',
    ...SORRY_UNCLEAR_ID_MS,
  },

  {
    // The recap counted, in any order: "Sudah kami infokan sebanyak 2 kali", "udh dibilang dari td", "Udah sy jelasin
    // 3x", "informasi ini sudah berkali-kali kami sosialisasikan", "Dah banyak kali kami bagitau". Not what the customer
    // or a colleague said or was told ("Petugas tersebut sudah beberapa kali diingatkan", "Bapak sudah 3 kali
    // menjelaskan"), nor with an apology.
    lang: ['id', 'ms'],
    match: [
      `(sudah | telah | pernah | udah | dah) ${TIMES_ID_MS} (saya | kami | kita)? ${SAID_ANY_ID_MS}`,
      `(sudah | telah | pernah | udah | dah) (saya | kami | kita)? ${SAID_ANY_ID_MS} _? _? _? ${TIMES_ID_MS} -(lipat | ganda)`,
      // The customer's chasing counted: "Bapak sudah ketiga kalinya chat soal ini".
      `${YOU} (sudah | dah | udah) (kali)? (ketiga | keempat | kelima | kesekian | ke-3 | ke-4 | ke-5) (kali | kalinya) (chat | tanya | nanya | bertanya | telepon | telefon | menelepon | call | hubungi | menghubungi | email | emel | mesej | komplain | mengadu)`,
    ],
    unlessAfter: `(${YOU} | ${STAFF_TOLD})`,
    afterWindow: 0,
    unlessInSentence: '(maaf | terima kasih)',
    suggest: RECAP_ID_MS.suggest,
  },
  {
    // The same in English, the count anywhere after what was said: "I've explained this twice already in this chat",
    // "this position has been conveyed to you on several occasions", "as stated in each of our three previous replies",
    // "Like we said in the previous 3 posts". Not what the customer said ("as you have mentioned several times").
    lang: ['en'],
    match: [
      `${SAID_EN} (this | it | that | the same)? (to you)? (already | now)? ${TIMES_EN}`,
      `${SAID_EN} (this | it | that)? (to you)? ${IN_OUR_MESSAGES_EN}`,
    ],
    // Nor a third party ("The driver said twice that he could not find the address"), nor a retry ("We repeated it three
    // times and the payment still failed"): the recap is of what we told the customer.
    unlessAfter: '(you | you have | you had | customer | customers | they | they have | he | she | he has | she has | driver | courier | rider | technician | engineer | agent | seller | merchant | bank | carrier | warehouse | team | staff | colleague | manager | supervisor | partner)',
    afterWindow: 1,
    unlessInSentence: `(${OWNED_EN} | thank | thanks | repeated (it | the (payment | transaction | test | process | step | steps | request | order | attempt | transfer | reset | check)))`,
    ...RECAP_EN,
  },
  {
    // It was written clearly, so the customer is at fault for asking: "seperti yang tertulis dengan jelas dalam app",
    // "Ini dinyatakan dengan jelas dalam Terma & Syarat", "caj RM1 tu jelas tertulis", "Had laju tu dah dipamerkan dengan
    // jelas". Not when it was not clear ("tak dinyatakan dengan jelas", "kurang jelas"), nor our fix ("supaya deposit
    // dinyatakan dengan jelas"), nor owned.
    lang: ['id', 'ms'],
    match: [
      `(sudah | telah) ${WRITTEN_ID_MS} (dengan | secara)? (sangat | cukup | amat)? jelas`,
      `${WRITTEN_ID_MS} (dengan | secara)? (sangat | cukup | amat)? jelas`,
      '(jelas | terang) (sekali | banget)? (tertulis | tertera | tercantum | dinyatakan | disebut | disebutkan | terpampang)',
      'dengan jelas (menyatakan | menyebut | menyebutkan | menulis)',
    ],
    // Not when it was unclear, nor our fix, nor a time to come or a condition ("Setelah kode ditampilkan dengan jelas").
    unlessAfter: '(tidak | tak | belum | kurang | bukan | agar | supaya | biar | sehingga | lebih | akan | nanti | jika | kalau | apabila | bila | setelah | sesudah | selepas | sebaik)',
    // Nor an instruction to write or show it clearly ("Mohon pastikan nomor pesanan ditulis dengan jelas di paket retur",
    // "Sila pastikan … dinyatakan dengan jelas"), nor a screen showing it.
    unlessInSentence: [
      OWNED_OR_RESENT_ID_MS,
      '(akui | mengakui)',
      `(pastikan | memastikan | dipastikan | (mohon | sila | tolong | harap | harus | perlu) _? _? _? _? _? ${WRITTEN_ID_MS} | (di | pada) (layar | skrin | paparan) )`,
    ],
    suggest: STATED_IN_TERMS,
  },
  {
    // The same in English: "This is clearly stated in Clause 7.3", "all clearly stated on our website", "the no-parking
    // zone is clearly marked", "As stated CLEARLY in your booking confirmation", "it's all there in black and white".
    // Not when it was not clear, nor our fix ("we'll make sure it's clearly stated"), nor evidence ("clearly shows").
    lang: ['en'],
    match: [
      // After "as", the family above rewords "as clearly stated".
      `<-(as | as very) (clearly | plainly | explicitly) (stated | marked | written | displayed | set out | explained | indicated | listed | signposted | spelled out | spelt out | outlined | documented | labelled | labeled | posted | printed | mentioned) ${NOT_EVIDENCE_EN}`,
      `(stated | written | marked | displayed | explained | set out | listed | printed | spelled out | spelt out | laid out | made) (very)? (clearly | plainly) -(enough) ${NOT_EVIDENCE_EN}`,
      '(there | written) in black and white',
    ],
    // Nor a condition or a time to come ("Once the code is displayed clearly on your screen, tap Continue").
    unlessAfter: '(not | never | make sure | ensure | so that | to be | will be | should be | should have been | could be | once | when | whenever | if | until | as soon as | after)',
    afterWindow: 4,
    // A turn to help: "…, but I've asked my manager about an exception for you". An instruction to write or show it
    // clearly ("Please ensure that your name and address are printed clearly on the label"), or a screen showing it.
    unlessInSentence: `(${OWNED_EN} | unclear | not clear | (but | however) (i | we) | ensure | make sure | making sure | double-check that | check that | on (your | the) (screen | display | phone | device))`,
    suggest: ['set out'],
  },
  {
    // What a page or a listing says, stressed: "the listing clearly says FINAL SALE", "as our documentation clearly
    // states": the clause is reworded, since "says" takes no "set out".
    lang: ['en'],
    match: `(clearly | plainly | explicitly) (says | states | said | explains) ${NOT_EVIDENCE_EN}`,
    unlessAfter: '(not | never)',
    unlessInSentence: `(${OWNED_EN} | unclear | not clear | (but | however) (i | we))`,
    ...SORRY_UNCLEAR_EN,
  },
  {
    // The answer will not change however often they ask: "Mau nanya berapa kali juga jawabannya tetep sama", "the
    // answer is still the same", "asking again won't change that" (that one with the chasing above).
    lang: ['id', 'ms'],
    match: '(jawaban~ | jawapan~) (kami | saya)? (tetap | masih | tetep | akan tetap | tetap akan) (sama | begitu)',
    unlessInSentence: KIND_ID_MS,
    ...RECAP_ID_MS,
  },
  {
    lang: ['en'],
    match: 'the answer (is | will be | remains | will remain | will still be) (still)? (the same | unchanged)',
    unlessInSentence: OWNED_EN,
    ...RECAP_EN,
  },
  {
    // What the customer should have known or done, in English: "You really should have checked the FAQ before planning
    // your trip", "You should have updated your bank details before filing", "residents are expected to check them",
    // "we would have expected a frequent traveller to be aware of it". Not what they should have received (ours).
    lang: ['en'],
    match: [
      'you (really | honestly | probably | clearly | simply)? (should | ought to) (really)? have (checked | read | looked | looked at | updated | applied | planned | followed | double-checked | known | noticed | asked | booked | paid attention | registered | activated | kept | saved | backed up | submitted | taken | thought)',
      // "check in", "check out" are what a stay or a flight asks of everyone, not reading: "Guests are expected to check
      // out by 11am".
      '(people | customers | residents | passengers | users | travellers | travelers | guests | members | cardholders | account holders) (are | were)? (expected | supposed) to (check -(in | out | into) | read | know | be aware | keep up)',
      // What the customer was expected to do, not a colleague or a carrier ("We would have expected the driver to check
      // the address").
      '(we | i) would have expected (a | an | any | most)? -(the | our | your | this | that | their) _? _? _? to (know | be aware | have known | check -(in | out | into) | read | understand)',
    ],
    // Nor what should have arrived by now: "By now you should have noticed the refund on your statement".
    unlessInSentence: `(${OWNED_EN} | by now | by today | by this point | by this time)`,
    ...SORRY_UNCLEAR_EN,
  },
  {
    // What the customer should have known, the object first: "Seharusnya hal ini sudah Bapak pahami", "Seharusnya
    // Pengguna sudah mengetahui hal tersebut". Not what we should have known ("seharusnya kami sudah tahu").
    lang: ['id', 'ms'],
    match: [
      `(seharusnya | harusnya | sepatutnya | patutnya | mestinya | semestinya) (hal ini | hal tersebut | ini | itu | perkara ini | perkara ni | benda ni | benda ini)? (sudah | dah | memang)? (${YOU} | pengguna | pelanggan | user | nasabah | penumpang) (sudah | dah | memang)? (tahu | mengetahui | ketahui | paham | pahami | memahami | faham | fahami | mengerti | ngerti | reti | sedar | sadar | menyedari | menyadari)`,
    ],
    unlessAfter: '(kami | saya | kita | aku)',
    afterWindow: 2,
    unlessInSentence: KIND_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Understanding doubted: "Faham tak?", "sy jelasin pelan2 lagi biar kakak ngerti". Not a check-back with what it
    // asks about ("Kakak paham tidak langkahnya?"), nor our own understanding, nor a plea ("cik kena faham situasi
    // kami").
    lang: ['id', 'ms'],
    match: [
      `<-(_) ${YOU}? (faham | paham | ngerti | mengerti) (tak | tidak | ke | kah) ${YOU}? &(\\?)`,
      `(pelan-pelan | perlahan-lahan) (lagi | sekali lagi)? (biar | supaya | agar) ${YOU}? (ngerti | mengerti | paham | faham)`,
    ],
    ...OFFER_NEXT_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Checking told to come before complaining or accusing: "Sebelum menuduh, sebaiknya dicek dulu", "baca deskripsinya
    // dulu sebelum komentar", "Tolong dibaca dulu sebelum komentar". A plain "semak resit sebelum buat aduan" stays an
    // instruction.
    lang: ['id', 'ms'],
    match: [
      'sebelum (menuduh | nuduh | tuduh | komplain | komplen | complain | protes | mengeluh | marah | marah-marah | mengamuk | mengancam | komentar | berkomentar | komen) -(ke | kepada | pada | di | dengan) \\,? (sebaiknya | tolong | sila | mohon | harap | coba | cuba | lebih baik | elok)? (dicek | cek | dibaca | baca | disemak | semak | diteliti | teliti | dipastikan | pastikan | periksa | diperiksa)',
      '(baca | dibaca | membaca | cek | dicek | semak | disemak | teliti | diteliti | periksa | diperiksa | tengok | ditengok | lihat | dilihat) _? _? _? (dulu | dahulu | terlebih dahulu)? sebelum (menuduh | nuduh | tuduh | komplain | komplen | complain | protes | mengeluh | marah | marah-marah | mengamuk | mengancam | komentar | berkomentar | komen) -(ke | kepada | pada | di | dengan)',
    ],
    unlessInSentence: KIND_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Further messages will go unanswered: "Further correspondence on this matter will not be responded to",
    // "pertanyaan seterusnya mengenai perkara ini tidak akan dilayan".
    lang: ['en'],
    match: [
      '(further | any further | additional | future) (correspondence | emails | messages | requests | enquiries | inquiries | queries) ..4 (will not | shall not) be (responded to | answered | actioned | replied to | acknowledged | entertained | considered)',
    ],
    ...UNDERSTAND_EN,
  },
  {
    lang: ['id', 'ms'],
    match:
      '(pertanyaan | soalan | emel | email | e-mel | mesej | pesan | aduan | surat | permohonan) (lanjut | lanjutan | seterusnya | selanjutnya | berikutnya | susulan) ..4 (tidak akan | takkan | tidak lagi) (dilayan | dilayani | dibalas | dijawab | ditanggapi | dipertimbangkan)',
    ...SORRY_FOR_TROUBLE_ID_MS,
  },
  {
    // Taunts and brush-offs in English idiom: "you snooze, you lose", "beggars can't be choosers", "Don't hold your
    // breath", "It's really not complicated.", "Most people manage.", "Really? You booked the wrong month…", "a bit rich
    // to claim you weren't told".
    lang: ['en'],
    match: [
      'you snooze \\,? you lose',
      'beggars (can not | cannot) be choosers',
      'do not hold your breath',
      '(tough luck | too bad \\, so sad | take it or leave it)',
      '<-(_) (it is | this is | that is) (really | honestly | seriously | just | simply) not (that)? (complicated | difficult | hard) &(\\. | \\!)',
      '<-(_) most (people | customers | users | guests | passengers) (manage | cope | figure it out | get it | get this | can do it) &(\\. | \\!)',
      '(a bit | a little | pretty | rather | quite) rich (to | of you)',
    ],
    // A taunt stays one after "sorry": "Sorry, you snooze, you lose".
    ...UNDERSTAND_EN,
  },
  {
    // "Really?" alone, as disbelief: not when what follows is sympathy or help ("Really? I'm so sorry to hear that, let
    // me fix it right away"), which reads as surprise on the customer's side.
    lang: ['en'],
    match: '<-(_) really \\?',
    unlessInNextSentences: `(${OWNED_EN} | oh no | let me | (i | we) will (fix | sort | check | look | help | get) | (i | we) can (fix | sort | help) | that is (awful | terrible | not ok | not okay | unacceptable) | not good)`,
    nextSentences: 1,
    ...UNDERSTAND_EN,
  },
  {
    // Questions that doubt the customer read the terms, and taunts, in Indonesian and Malay: "Bapak sudah baca syarat
    // dan ketentuannya belum?" (not "Kakak sudah cek email belum?", a real question), "derita lu", "bodo amat", "Sy pun
    // dah terima banyak mesej macam encik".
    lang: ['id', 'ms'],
    match: [
      `${YOU} (sudah | udah | dah) (baca | membaca | cek | lihat | tengok | semak) (syarat~ | ketentuan~ | terma~ | deskripsi~ | faq | panduan~ | aturan~ | peraturan~ | polisi~ | kontrak~ | perjanjian~) _? _? _? _? (belum | tidak | tak) &(\\?)`,
      '(derita | urusan) (lu | loe | lo | elu | engkau)',
      '(bodo | bodoh) amat',
      `(terima | dapat | menerima) (banyak | ramai | berpuluh) (mesej | pesan | pertanyaan | soalan | aduan | chat | komplain) (macam | seperti | sama macam | kayak) ${YOU}`,
    ],
    unlessInSentence: KIND_ID_MS,
    ...OFFER_NEXT_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // The customer told to mind their temper or their words, as a curt order: "Tolong bertenang dan gunakan bahasa yang
    // sopan", "tak payah la menjerit", "gak usah teriak-teriak". Not our own manners.
    lang: ['id', 'ms'],
    match: [
      '<-(_) (sila | tolong | harap) (bertenang | tenang) (la | lah | sikit | sedikit | dulu)? &(dan (guna~ | gunakan~ | jaga~ | pakai~ | hormati~ | berhenti))',
      'belajar (la | lah)? (cakap | bercakap | ngomong | berbicara) (elok | baik | sopan | baik-baik | elok-elok | dengan sopan | dengan baik | dengan elok)',
      `(tidak usah | tidak perlu | tidak payah | jangan) (la | lah)? nak? (teriak | teriak-teriak | berteriak | menjerit | jerit | menjerit-jerit | tengking | menengking | marah-marah | mengamuk | ngamuk | melenting)`,
    ],
    // Asked politely, it is a request to stop, not a rebuke: "mohon jaga bahasanya ya".
    unlessAfter: MIND_YOUR_WORDS_NOT_AFTER,
    afterWindow: 3,
    ...UNDERSTAND_ID_MS,
  },
  {
    // A bare "Sila bertenang.", or calm asked with "dan jangan …": a curt order, unless the same breath reassures
    // ("Sila bertenang dan jangan risau, kad puan sudah kami sekat", "Sila bertenang. Duit encik selamat"), as
    // "mohon tenang ya, dana Ibu aman" does. Still "Sila bertenang. Bil puan dah kami semak."
    lang: ['id', 'ms'],
    match: '<-(_) (sila | tolong | harap) (bertenang | tenang) (la | lah | sikit | sedikit | dulu)? &(\\. | \\! | dan jangan)',
    unlessInNextSentences: CALM_REASSURED_ID_MS,
    nextSentences: 1,
    ...UNDERSTAND_ID_MS,
  },
  {
    // "Tak payah la panik sampai buka 3 tiket": a feeling held to be too much for what it led to. Not the same words
    // as comfort, with the reassurance or the help right after: "tidak perlu panik sampai begadang. Dana Kakak sudah
    // kami amankan", "Tidak perlu panik sampai harus datang ke cabang, Bu, semuanya bisa kami bantu lewat chat ini".
    lang: ['id', 'ms'],
    match: '(tidak usah | tidak perlu | tidak payah) (la | lah)? nak? (panik | panic | gelabah | kelam-kabut | marah | emosi | risau) sampai',
    unlessAfter: MIND_YOUR_WORDS_NOT_AFTER,
    afterWindow: 3,
    unlessInNextSentences: CALM_REASSURED_ID_MS,
    nextSentences: 1,
    ...UNDERSTAND_ID_MS,
  },
  {
    // "Tak payah taip huruf besar" about the customer's messages: a raised voice rebuked. Not a hint about a form or a
    // field ("Tidak perlu pakai huruf kapital untuk nama di formulir", "Tak perlu taip huruf besar, sistem akan tukar
    // sendiri").
    lang: ['id', 'ms'],
    match: '(tidak usah | tidak perlu | tidak payah | jangan) (la | lah)? nak? (pakai | guna | gunakan | taip | tulis) (huruf besar | huruf kapital | caps | capslock | caps lock)',
    unlessAfter: MIND_YOUR_WORDS_NOT_AFTER,
    afterWindow: 3,
    unlessInSentence: '(untuk | bagi | sistem | formulir | borang | kolom | kolum | ruangan | field | nama | alamat | kata sandi | kata laluan | password | kode | kod | huruf kecil | otomatis | automatik | sendiri)',
    ...UNDERSTAND_ID_MS,
  },
  {
    // "Encik, jaga sikit bahasa", "jaga mulut tu". Not asked of our own staff, told by us to mind their words:
    // "Petugas kami sudah ditegur dan diminta untuk selalu jaga bahasa saat melayani pelanggan".
    lang: ['id', 'ms'],
    match: '(jaga | jagakan | jagalah) (sikit | sedikit | dikit)? (la | lah)? (sikit | sedikit | dikit)? (bahasa~ | mulut~ | percakapan~ | tutur kata~ | kata-kata~ | adab~ | perangai~ | kelakuan~ | omongan~ | cara bercakap | cara ngomong)',
    unlessAfter: MIND_YOUR_WORDS_NOT_AFTER,
    afterWindow: 3,
    unlessInSentence: '(ditegur | diminta | diingatkan | dinasihati | dinasihatkan | diarahkan | diberi teguran | diberi amaran | telah kami tegur | sudah kami tegur | dah kami tegur | kami tegur | kami ingatkan)',
    ...UNDERSTAND_ID_MS,
  },
  {
    // The same in English: "No need to type in caps", "no need to shout", "mind your language".
    lang: ['en'],
    match: [
      'no need (to | for) (shout | shouting | yell | yelling | scream | screaming | raise your voice | get angry | get so angry | (type | write | typing | writing) in (caps | capitals | all caps | capital letters | block capitals) | (use | using) (caps | capitals | all caps | capital letters) | the (caps | capitals | all caps | shouting | attitude | tone))',
      '(mind | watch) your (language | tone | mouth | manners | attitude)',
      '(learn | get) some manners',
    ],
    unlessAfter: '(we | i | staff | agents)',
    ...UNDERSTAND_EN,
  },
  {
    // Hindsight as what could have been avoided: "Sebenarnya hal ini bisa dihindari apabila Bapak melakukan registrasi…",
    // "benda ni boleh dielakkan kalau encik semak dulu". Not a tip for later: "Ke depannya, hal ini dapat dihindari jika
    // Bapak mengaktifkan notifikasi."
    lang: ['id', 'ms'],
    match: `(dihindari | dihindarkan | dielakkan | dicegah | terhindar | terelak) (sekiranya | apabila | jika | kalau | kalo | seandainya | andai | jikalau | bila) (${THEIR_STAFF} _?)? ${YOU}`,
    unlessInSentence: FUTURE_TIP_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Next time with an obligation, which makes the tip a reproach: "lain kali cik kena pastikan pin betul", "lain kali
    // Bapak harus cek dulu", and "lain kali puan double check nama penerima" (not with what the customer gains).
    lang: ['id', 'ms'],
    match: [
      `lain kali \\,? (${ADDRESSED} \\,?)? (kena | harus | mesti | wajib | hendaklah | musti) &(${OWN_CARE_ID_MS} | double | hati-hati | berhati-hati | teliti | baca~ | membaca~ | tengok~ | lihat~ | periksa~ | memeriksa~)`,
      `lain kali \\,? (${ADDRESSED} \\,?)? &(double check | double-check | double confirm | double-confirm)`,
    ],
    // Not our own promise, where "lain kali" leads the clause and we do the checking: "Lain kali, double check akan kami
    // buat sebelum bungkusan dihantar".
    unlessInSentence: [BENEFIT_ID_MS, '(akan | bakal | pasti | tentu) (kami | kita | saya | pihak kami)', '(kami | kita | saya) (akan | bakal | pasti)'],
    // The rewording takes the place of "lain kali (cik) kena" and keeps what follows.
    suggest: { id: ['untuk ke depannya, silakan'], ms: ['pada masa akan datang, sila'] },
  },
  {
    // Told to be more careful before doing what went wrong: "Mohon lebih teliti sebelum menekan tombol kirim". Not our
    // own care ("kami akan lebih teliti sebelum mengirim"), nor advice about fraud ("lebih teliti sebelum membagikan OTP").
    lang: ['id', 'ms'],
    match: '(lebih | lagi) (teliti | cermat | berhati-hati | hati-hati) (sebelum | semasa | saat | ketika | waktu | masa) (menekan | tekan | klik | mengklik | transfer | mentransfer | memesan | pesan | order | membeli | beli | membayar | bayar | mengisi | isi | submit | menghantar | hantar | mengirim | kirim | book | menempah | tempah | memilih | pilih | memasukkan | masukkan | menaip | mengetik | ketik)',
    // Care promised by us or by a third party, or asked of a seller or a courier, is no reproach to the customer:
    // "Penjual sudah ditegur dan berjanji akan lebih teliti sebelum mengirim barang".
    unlessAfter: '(kami | saya | sy | kita | staf | tim | pasukan | agen | petugas | akan | berjanji | janji | diminta | diingatkan | ditegur | penjual | seller | toko | kedai | kurir | courier | driver | pemandu | mitra | vendor | pihak | gudang)',
    afterWindow: 4,
    unlessInSentence: '(otp | pin | tac | kata sandi | kata laluan | password | data pribadi | maklumat peribadi | penipu | penipuan | scam | scammer | tautan | pautan | link | mengatasnamakan)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // The same in English: "please be more careful when entering the account number", "Next time, please actually read
    // the checklist".
    lang: ['en'],
    match: [
      'be more careful (when | before | while) (entering | typing | clicking | selecting | ordering | booking | submitting | sending | paying | choosing | filling)',
      '(please | kindly | next time \\,?) actually (read | check | look at | go through | follow)',
    ],
    // Nor care asked of a seller or a courier: "they need to be more careful when sending fragile items".
    unlessAfter: '(we | i | will | should | staff | team | they | seller | sellers | courier | couriers | driver | drivers | store | shop | warehouse | vendor | partner | told | reminded | asked)',
    afterWindow: 4,
    unlessInSentence: '(otp | pin | password | scam | scammers | phishing | fraud | fraudsters | link)',
    ...SORRY_UNCLEAR_EN,
  },
  {
    // Rhetorical questions about a fuss over little: "takkan tu pun nak kecoh", "tu pun nak tanya lagi ke", "masa gitu
    // aja komplain", "gitu aja kok marah".
    lang: ['id', 'ms'],
    match: [
      '(takkan | takan | masa | masak | mosok) (cuma | hanya)? (lambat | lewat | telat | terlambat | kurang | calar)? (tu | itu | ni | ini | gitu | begitu | gini | begini | macam tu | macam ni | sikit | sedikit) (saja | sahaja | je | aja | doang)? pun? (nak | mau | mahu)? (kecoh | komplain | komplen | complain | marah | marah-marah | mengamuk | ngamuk | ribut | bising | mengadu | protes | melenting | emo | tanya | nanya | bertanya)',
      '(tu | itu) pun (nak | mau | mahu) (kecoh | komplain | komplen | complain | marah | ribut | bising | tanya | nanya | bertanya | persoalkan | mempersoalkan)',
      '(gitu | begitu | gini | begini) (aja | saja | je | doang) (kok | pun)? (marah | marah-marah | komplain | complain | ribut | ngamuk | kecoh | bising)',
    ],
    unlessAfter: '(pada | di | sejak | dalam | selama)',
    afterWindow: 1,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // What the customer is held to know already: "Encik pun tahu sendiri, kan?", "Bapak juga tahu kan tol jam segitu
    // pasti macet?", "semua orang juga tau jam 6 itu rame". Not "tidak semua orang tahu" (kind), nor a check-back
    // followed by an offer.
    lang: ['id', 'ms'],
    match: [
      `${YOU} (pun | juga) (sebenarnya | sebetulnya)? (sudah | dah | udah)? (tahu | tau | faham | paham) (sendiri)? \\,? (kan | bukan)`,
      // Not a feeling everyone shares: "Semua orang juga tahu rasanya menunggu paket", "betapa pentingnya".
      'semua orang (juga | pun) (sudah | dah | udah)? (tahu | tau | maklum) -(betapa | rasanya | rasa | gimana | bagaimana | macam mana | susahnya | sulitnya | pentingnya | leceh~ | repot~ | kecewa~ | kesal~ | geram~)',
    ],
    unlessAfter: '(tidak | bukan | belum | agar | supaya | biar | untuk)',
    afterWindow: 2,
    ...OFFER_NEXT_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Explaining made out to be pointless, and what the customer does held useless: "I'm not sure how else to explain
    // it", "Saya tak faham kenapa perkara yang sama perlu diterangkan dua kali", "calling us scammers won't get you
    // anywhere", "ancaman gugatan tidak akan mempercepat proses", "encik tanya la banyak kali pun jawapan sama je",
    // "so it really shouldn't come as a surprise", "instead of emailing us repeatedly", "that's your problem".
    lang: ['en'],
    match: [
      '(not sure | do not know | no idea) how (else | much more clearly | many more times | more clearly) (to | i can | we can | i could | we could)? (explain | put | say | tell)',
      // Not a distance: "this fee won't get you anywhere near your limit".
      '(will not | is not going to | does not | would not) get you (anywhere -(near | close) | far)',
      '(that is | it is) your (problem | lookout)',
      '<-(_) well \\,? (that is | it is) your (choice | call | decision)',
    ],
    ...UNDERSTAND_EN,
  },
  {
    // "So it really shouldn't come as a surprise" about what is past; not what we set up for the future ("I've set up an
    // alert, so the renewal shouldn't come as a surprise next year").
    lang: ['en'],
    match: '(should not | should hardly) come as (a | any) surprise',
    unlessInSentence: '(next (year | month | week | time | bill | invoice | statement | renewal | payment) | from now on | going forward | in (the)? future | (i | we) (have | will)? (set up | added | turned on | switched on | enabled) | (alert | reminder | reminders | notification | notifications))',
    ...UNDERSTAND_EN,
  },
  {
    // "Instead of emailing us repeatedly, please wait": contact held against the customer. Not news of what they will
    // get instead ("instead of calling us again, you'll now get an SMS at every step").
    lang: ['en'],
    match: 'instead of (emailing | calling | messaging | chasing | contacting | writing to | phoning | ringing) (us | me | the team)? (repeatedly | again | every day | constantly | so often | over and over)',
    unlessInSentence: '(good news | you will (now | automatically)? (get | receive | be (sent | notified | updated | told)) | we will (now | automatically)? (send | text | email | notify | update | call) you | (automatic | automatically))',
    ...UNDERSTAND_EN,
  },
  {
    lang: ['id', 'ms'],
    match: [
      `(tanya | nanya | bertanya | minta | email | emel | mesej | chat | hubungi | telefon | telepon | call) (la | lah)? (banyak kali | berkali-kali | berapa kali | seratus kali | @number kali | ${TIMES_ID_MS}) pun (jawapan | jawaban | hasilnya | keputusannya | keputusan | jawapannya | jawabannya) .. (sama | tetap | tetep | takkan berubah | tidak akan berubah)`,
      `(itu | tu) (urusan | masalah | hal | problem) ${YOU} sendiri`,
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Saya tak faham kenapa perkara yang sama perlu diterangkan dua kali". Not the agent siding with the customer, who
    // was the one asked again by someone else ("Saya juga tidak paham kenapa Ibu harus ditanya lagi berkali-kali oleh
    // cabang; ini akan saya laporkan").
    lang: ['id', 'ms'],
    match: `(tidak | tak) (faham | paham | mengerti | ngerti | tahu) (kenapa | mengapa | knp) _? _? _? _? (perlu | harus | kena | mesti | masih) (diterangkan | dijelaskan | dijelasin | diulang | diulangi | ditanya | ditanyakan | dimaklumkan | ditanya lagi) (lagi | semula | ulang | ${TIMES_ID_MS})`,
    unlessInSentence: [
      `(kenapa | mengapa | knp) ${YOU} (perlu | harus | kena | mesti | masih) (ditanya | ditanyakan | ditanya lagi | diminta)`,
      `oleh (pihak | cabang | petugas | pegawai | staf | staff | agen | kurir | bank | kantor | pejabat | ${THEIR_STAFF})`,
      '(laporkan | lapor | eskalasi | eskalasikan | teruskan ke atasan | sampaikan ke atasan)',
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Ancaman gugatan tidak akan mempercepat proses". Not reassurance about the customer's own standing ("Tenang Kak,
    // tuduhan seperti itu tidak akan mengubah rating toko Kakak").
    lang: ['id', 'ms'],
    match: '(ancaman~ | ugutan~ | mengancam | mengugut | marah-marah | memaki | makian~ | tuduhan~ | menuduh | desakan~ | mendesak) .. (tidak akan | tidak bakal | takkan | tak akan) (mempercepat~ | mempercepatkan~ | percepat~ | cepatkan~ | mengubah~ | ubah~ | membantu~ | menyelesaikan~)',
    unlessInSentence: [
      '<-(_) (tenang | jangan khawatir | jangan kuatir | jangan risau | jangan bimbang | usah risau | tidak perlu khawatir | tak perlu risau | tidak usah khawatir)',
      `(rating | ulasan | penilaian | skor | reputasi | akun | akaun | status | nilai) (toko | kedai | akun | akaun | bisnes | bisnis | usaha)? ${YOU}`,
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Seharusnya tidak mengejutkan" about a charge already made. Not what we set up so that the next one is no
    // surprise ("jadi tagihan berikutnya seharusnya tidak jadi kejutan lagi").
    lang: ['id', 'ms'],
    match: `(seharusnya | sepatutnya | harusnya) (tidak | bukan) (lagi)? (mengejutkan | jadi kejutan | menjadi kejutan | satu kejutan)`,
    unlessInSentence: `(berikutnya | seterusnya | selanjutnya | akan datang | bulan depan | tahun depan | ke depan | ke depannya | nanti | kelak | mulai sekarang | pengingat | peringatan | notifikasi | pemberitahuan | (kami | saya) (sudah | dah | telah)? (pasang | pasangkan | aktifkan | set | tambahkan))`,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // The customer made the problem: "ini karena kelalaian Ibu sendiri", "salah setting sendiri lepas tu salahkan kami",
    // "that one is your own fault", and "look at yourself first" ("sebaiknya warga introspeksi dulu"). Not "bukan
    // kesalahan Bapak" (kind), nor our own ("kami akan introspeksi").
    lang: ['id', 'ms'],
    match: [
      `(karena | kerana | sebab | akibat | disebabkan | gara-gara | berpunca) (oleh | daripada | dari)? (kesalahan | kelalaian | kecuaian | kesilapan | kecerobohan | kelengahan) (${THEIR_STAFF} _?)? ${YOU}`,
      `salah (setting | set | input | masuk | isi | tekan | pilih | taip | ketik | pasang | guna | pakai) ${YOU} sendiri`,
    ],
    unlessAfter: '(bukan | tidak | tiada | tak | bukanlah | kami | saya | sy | kita)',
    afterWindow: 3,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Salah setting sendiri lepas tu salahkan kami" with no one named: not what a device or an app did by itself
    // ("Aplikasi ini kadang salah setting sendiri setelah update, Kak, jadi bukan salah Kakak").
    lang: ['id', 'ms'],
    match: `salah (setting | set | input | masuk | isi | tekan | pilih | taip | ketik | pasang | guna | pakai) sendiri`,
    unlessAfter: '(bukan | tidak | tiada | tak | bukanlah | kami | saya | sy | kita)',
    afterWindow: 3,
    unlessInSentence: [
      '(aplikasi~ | apl | app | apps | sistem~ | sistim | sistemnya | perangkat~ | peranti~ | mesin~ | modem~ | router~ | hp~ | ponsel~ | telefon~ | handphone | laptop~ | komputer~ | update | pembaruan | kemaskini | otomatis | automatik | secara automatik)',
      `(bukan | tidak | tak) (salah | kesalahan | kesilapan | silap) ${YOU}`,
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "Sebaiknya warga introspeksi dulu". Not our own reflection ("kami akan introspeksi", "menjadi bahan introspeksi bagi
    // seluruh tim kami").
    lang: ['id', 'ms'],
    match: '<-(bahan | sebagai | jadi | menjadi) (introspeksi | mawas diri | muhasabah diri | bercermin | berkaca) (dulu | dahulu | diri)? -(\\,? (bagi | untuk | buat | oleh | dari | di | ke) .. (kami | kita | internal | kantor | perusahaan | syarikat))',
    unlessAfter: '(bukan | tidak | tiada | tak | bukanlah | kami | saya | sy | kita)',
    afterWindow: 3,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    lang: ['en'],
    match: [
      // "You'll have to live with it" ("you'll just have to bear with us" reads as an excuse as often as a rebuke).
      'you (will | would) (just)? have to (live with it | deal with it | put up with it)',
      // "lol no", "never going to happen".
      '<-(_) (lol | lmao | haha) \\,? (no | nope) &(\\, | \\. | \\!)',
      'never going to happen -(again)',
      // "if you don't like it, you can go elsewhere".
      'if you do not like (it | this | that | our (service | policy | prices | terms)) \\,? (you can | feel free to | then)? (go | shop | take your business) (elsewhere | somewhere else)',
      // "if you read the contract that's pretty clear": clear to anyone who reads.
      'if you (actually)? (read | check | look at) .. (that is | it is | this is) (pretty | very | quite | perfectly | crystal | all)? clear',
      // "We're not in a position to keep repeating ourselves", "which I'll assume you have now read".
      '(keep | continue) repeating (ourselves | myself)',
      'assume you have (now | finally) read',
    ],
    unlessAfter: '(not | never | no)',
    afterWindow: 1,
    ...UNDERSTAND_EN,
  },
  {
    // "That one is your own fault". Not denied a few words before ("none of this was your own doing", "it's not your own
    // fault"), nor with the customer told not to blame themselves.
    lang: ['en'],
    match: '(your own | entirely your) (fault | mistake | error | doing | negligence | carelessness)',
    unlessAfter: '(not | never | no | none | nothing | neither | nor | hardly)',
    afterWindow: 4,
    unlessInSentence: '(do not | never) blame yourself',
    ...UNDERSTAND_EN,
  },
  {
    // "Kalau puan tengok betul-betul filter tarikh tu, puan akan nampak semua": the answer was there for a careful
    // reader. "kalo gak suka ya gak usah belanja di sini lg": take it or leave.
    lang: ['id', 'ms'],
    match: [
      `(kalau | jika | kalo | sekiranya | seandainya) ${YOU} ${READ_ID_MS} ${PROPERLY_ID_MS} &(.. .. ${YOU} (akan | pasti | mesti | tentu | sudah | dah | boleh | bisa) (nampak | melihat | lihat | jumpa | menemukan | nemu | tahu | tau | faham | paham))`,
      // Take it or leave: "gak usah belanja di sini", "silakan belanja di tempat lain". Not an alternative offered:
      // "Kalau Ibu tidak suka, silakan pakai voucher ini", "sila guna pilihan kedua".
      `(kalau | kalo | jika) ${YOU}? (tidak | tidak mau) (suka | puas hati | setuju) \\,? (ya | ye)? ((tidak usah | tidak payah | jangan) (belanja | beli | order | pesan | guna | pakai | langgan | berlangganan | pindah | cari tempat lain | ke tempat lain) | (silakan | sila) (pindah | cari tempat lain | ke tempat lain | (belanja | beli | order | pesan | guna | gunakan | pakai | langgan | berlangganan | cari) .. (tempat | toko | kedai | syarikat | perusahaan | provider | penyedia | platform | bank) lain))`,
      // "kalau nak rayu pun x guna": complaining is no use.
      '(rayu | merayu | komplain | komplen | mengadu | protes | marah | tanya | nanya) pun (tidak | tak) (guna | berguna | ada guna | ada gunanya | gunanya)',
    ],
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "cuba test guna kabel LAN dulu baru komplain": check first, then complain. Not when told there is no need to
    // ("Kakak tidak perlu coba-coba sendiri dulu baru komplain").
    lang: ['id', 'ms'],
    match: '(dulu | dahulu) (baru | barulah) (komplain | komplen | complain | mengadu | protes | buat aduan | membuat aduan | menuduh | tuduh | nuduh | marah)',
    unlessAfter: '(tidak (usah | perlu | payah) | usah | jangan)',
    afterWindow: 4,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // "jangan main-main." as a warning. Not advice against a fraud: "Ada SMS yang minta klik tautan? Jangan coba-coba,
    // Kak. Itu penipuan".
    lang: ['id', 'ms'],
    match: '<-(_) jangan (main-main | coba-coba | cuba-cuba) &(\\. | \\! | \\,)',
    unlessInNextSentences: '(penipuan | penipu | tipu | menipu | scam | scammer | phishing | otp | tac | pin | tautan | pautan | link | kata sandi | kata laluan | password)',
    nextSentences: 1,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // What the customer should have done, said with "seharusnya" and a verb of care, about what is past: "Harusnya Ibu
    // cek dulu tanggalnya sebelum bayar", "Encik sepatutnya semak tarikh sebelum tempah". Not an instruction for later
    // ("Sebelum datang nanti, Bapak seharusnya membawa KTP"), nor our own duty.
    lang: ['id', 'ms'],
    match: [
      `(seharusnya | harusnya | sepatutnya | patutnya | semestinya | mestinya) ${YOU} (sudah | dah | udah)? (cek | mengecek | ngecek | semak | menyemak | baca | membaca | periksa | memeriksa | pastikan | memastikan | teliti | meneliti | perhatikan | memperhatikan | isi | mengisi | simpan | menyimpan | ikut | ikuti | mengikuti | tanya | bertanya | hubungi | menghubungi)`,
      `${YOU} (seharusnya | harusnya | sepatutnya | patutnya | semestinya | mestinya) (sudah | dah | udah)? (cek | mengecek | ngecek | semak | menyemak | baca | membaca | periksa | memeriksa | pastikan | memastikan | teliti | meneliti | perhatikan | memperhatikan | isi | mengisi | simpan | menyimpan | ikut | ikuti | mengikuti | tanya | bertanya | hubungi | menghubungi)`,
    ],
    onlyWithInSentence: '(dulu | dahulu | sebelum | dari awal | sejak awal | awal-awal | terlebih dahulu | sudah | dah | udah)',
    unlessInSentence: `(${FUTURE_TIP_ID_MS} | besok | esok | akan | bakal)`,
    unlessAfter: '(kami | saya | sy | kita | tim | pasukan | staf | agen | kurir)',
    afterWindow: 3,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // The customer as the one at fault, and things made out too simple to miss: "Kakak yang salah pilih tanggal",
    // "Puan yang silap pilih pelan", "Benda senang macam ni pun encik tak faham ke?", "Tak susah pun nak faham",
    // "Masa hal sesimpel ini aja Kakak gak ngerti?", "Encik bertenang dulu boleh tak?", "jangan tanya lagi", "semua
    // pelanggan juga nunggu", "kami bukan ada sorang pelanggan je". Not "bukan Kakak yang salah".
    lang: ['id', 'ms'],
    match: [
      // With what they did wrong: "KK yang salah" is the wrong document, not the customer at fault.
      `${YOU} (sendiri)? yang (salah | silap | keliru) (pilih | memilih | input | masukkan | memasukkan | isi | mengisi | ketik | taip | klik | tekan | tulis | menulis | baca | membaca | hitung | kira | faham | paham | tangkap | masuk | guna | pakai | setting | bayar | transfer)`,
      // Not the customers it is addressed to, as a group: "Bagi Kakak yang lupa kata sandi, cukup klik…".
      `<-(bagi | untuk | buat | kepada | kalau | kalo | jika | apabila | bila | sekiranya | seandainya | andai | jikalau) ${YOU} (sendiri)? yang (lupa | lalai | cuai | teledor | ceroboh | tidak baca | tidak teliti | tidak cek | tidak semak)`,
      `(senang | mudah | simple | simpel | sesimpel | semudah | sesenang | gampang | segampang) .. pun ${YOU}? (tidak) (faham | paham | ngerti | mengerti | reti | tahu | bisa | boleh)`,
      '(tidak | bukan) (susah | sukar | payah | rumit | sulit) pun (nak | untuk)? (faham | paham | difahami | dipahami | mengerti | dimengerti | ikut | diikuti | baca | dibaca)',
      `(masa | masak | mosok) (hal | benda | perkara | cara)? (sesimpel | semudah | segampang | sesenang | simpel | simple | gampang | mudah | senang) (gini | begini | ini | ni | itu | tu | gitu | begitu)? (saja | aja | doang)? ${YOU}? (tidak) (ngerti | mengerti | paham | faham | tahu | bisa | reti)`,
      '<-(_) jangan (tanya | nanya | bertanya | tanyakan) (lagi | soalan yang sama | hal yang sama | benda yang sama | pertanyaan yang sama)',
      '(tolong | tolonglah | please) jangan (tanya | nanya | bertanya | tanyakan) (lagi | soalan yang sama | hal yang sama | benda yang sama | pertanyaan yang sama)',
    ],
    unlessAfter: '(bukan | tidak | tiada | tak | bukanlah)',
    afterWindow: 2,
    unlessInSentence: '(maaf | mohon maaf | khawatir | risau | bimbang | terima kasih)',
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // Patience demanded as everyone's, and a curt "calm down first, can you?": "semua pelanggan juga nunggu", "kami
    // bukan layan sorang pelanggan je", "Encik bertenang dulu boleh tak?".
    lang: ['id', 'ms'],
    match: [
      '(bertenang | tenang | sabar | bersabar) (dulu | sikit | sedikit)? (boleh | bisa) (tak | tidak | gak)',
      '(semua | ramai | banyak) (pelanggan | orang | customer | pembeli | penumpang | pesakit | pasien) lain? (juga | pun) (nunggu | menunggu | tunggu | antri | antre | mengantri | beratur)',
      '(kami | saya | kita) (bukan | tidak) (ada | layan | melayan | melayani | urus | mengurus) (seorang | sorang | satu) (pelanggan | customer | orang) (saja | sahaja | je)',
    ],
    unlessAfter: '(bukan | tidak | tiada | tak | bukanlah)',
    afterWindow: 2,
    // Nor good news about what many waited for: "Ramai pelanggan lain pun menunggu model ni, dan berita baiknya stok
    // dah sampai!"
    unlessInSentence: '(maaf | mohon maaf | khawatir | risau | bimbang | terima kasih | stok~ | stock | restock | berita baik~ | kabar baik~ | untung~ | untungnya | mujur~ | nasib baik~ | syukur~ | alhamdulillah | kebagian | dapat juga)',
    ...THANKS_FOR_PATIENCE_ID_MS,
  },
  {
    // The customer's competence doubted, and patience demanded like everyone else's: "Surely you can understand a simple
    // invoice", "even you can manage", "You clearly have no idea how insurance works", "that's common sense", "It's not
    // that complicated, honestly", "Let me explain this slowly", "Everyone else managed to follow the instructions", "be
    // patient like everyone else", "calm yourself", "the mistake was on your end".
    lang: ['en'],
    match: [
      'surely (you | anyone) can (understand | see | follow | read | manage | work out | figure out)',
      'even you (can | could | should | will)',
      'you (clearly | obviously) (have no idea | do not (understand | know)) (how | what)',
      'you (have no idea | do not understand) how (_ | _ _) works',
      '(that is | it is) (just | simply)? common sense',
      '<-(_) (it is | this is | that is) not (that | so)? (complicated | difficult | hard) \\, (honestly | really | seriously)',
      // Not an offer to guide: "I'm happy to go through it slowly with you on a call".
      '<-(happy to | glad to | gladly | love to | willing to | can | could) (explain | say | go through | spell) (this | it | that)? (out)? (slowly | more slowly | very slowly | really slowly) -(with you | together | step by step | for you | on a call | over the phone)',
      'everyone else (managed | manages | seems to manage | was able | is able | has managed | had no problem | has no problem | understood | understands | figured | gets it | got it)',
      '(be patient | wait | queue | wait your turn) (like | just like) (everyone | everybody) else',
      'calm yourself',
      'the (mistake | error | fault) (was | is) (yours | on your (side | end | part))',
    ],
    unlessAfter: '(not | never | no)',
    afterWindow: 1,
    unlessInSentence: OWNED_EN,
    ...UNDERSTAND_EN,
  },
  {
    // Impatience and lecturing, by structure: "Jangan banyak alasan", "Jangan buang masa kami", "Saya tak ada masa nak
    // layan benda ni", "Kami juga ada pelanggan lain", "Jelas-jelas encik tak baca terma tu", "Bukan begitu cara kerja
    // garansi", "Bapak tidak membaca balasan saya ya?". Not "kami tidak ingin membuang waktu Bapak", nor a resend
    // offered ("sepertinya Bapak belum membaca email kami, saya kirim ulang").
    lang: ['id', 'ms'],
    match: [
      'jangan (banyak | bagi | kasi | kasih | cari) (alasan | dalih | helah | songeh | cekadak)',
      '(buang | membuang | buang-buang | habiskan | menghabiskan) (masa | waktu) (kami | saya | sy | kita | staf kami | pasukan kami | tim kami)',
      '(tidak | tiada) (ada)? (masa | waktu) (nak | untuk | buat)? (layan | melayan | melayani | ladeni | meladeni | urus | mengurus | lawan | melawan) (benda | hal | perkara | karenah | kerenah | drama | soalan)',
      '(kami | saya) (juga | pun) (ada | punya | mempunyai) (banyak | ramai)? (pelanggan | customer | klien | pembeli) lain',
      `(kami | saya) (bukan | tidak) (melayan | layan | melayani) ${YOU} (seorang | sorang) (saja | sahaja | je)`,
      `(jelas sekali | jelas-jelas | nampak sangat | terang-terang | terang-terangan) ${YOU} (tidak | belum) (membaca | baca | cek | mengecek | semak | menyemak | memeriksa | periksa | perhatikan | memperhatikan | dengar | mendengar | faham | paham)`,
      `${YOU} tidak (membaca | baca) (balasan | jawapan | jawaban | email | emel | pesan | mesej | penjelasan | penerangan) (saya | kami) (ya | ke | kah)? &(\\?)`,
      '<-(_) (bukan | tidak) (begitu | begini | macam tu | macam ni | gitu | seperti itu | camtu) (cara | caranya) (kerja | kerjanya | berfungsi | ia berfungsi | bekerja)',
    ],
    unlessInSentence: KIND_ID_MS,
    ...OFFER_NEXT_ID_MS,
    ...SORRY_UNCLEAR_ID_MS,
  },
  {
    // The same in English: "Like I said…", "We have other customers to attend to", "You're clearly not reading my
    // replies", "That's not how any of this works", "this is on you", "Stop making excuses", "Please stop wasting our
    // time", "I don't have time for this".
    lang: ['en'],
    match: [
      '<-(_) like i (said | told you | mentioned | explained)',
      '(we | i) (have | have got) other customers (to | waiting)',
      'you (are | were) (clearly | obviously) not (reading | listening | paying attention)',
      '<-(_) (that is | this is) not how .. (work | works) &(\\. | \\!)',
      // Not "none of that is on you", which clears the customer.
      '<-(of | none) (this | that | it) (one)? is (all)? on you &(\\. | \\!)',
      '(stop | quit) (making excuses | wasting (our | my) time)',
      '(i | we) (do not have | have no) time for (this | that | your)',
    ],
    unlessAfter: '(not | never | no)',
    afterWindow: 1,
    unlessInSentence: OWNED_EN,
    ...UNDERSTAND_EN,
  },
  {
    // Saying it again, counted in English's own ways: "this is the third time I have explained this", "I've already
    // answered this question twice", "which I'll assume you have now read", "(twice now)".
    lang: ['en'],
    match: [
      '(this is | that is | it is) (now)? (the)? (second | third | fourth | fifth | 2nd | 3rd | 4th | 5th | umpteenth | nth) time (that)? (i | we) (have)? (now)? (explained | said | told you | mentioned | answered | clarified | confirmed | written | replied | responded | repeated | had to)',
      '(i | we) (have | had)? (already | now)? (explained | answered | told you | said | clarified | addressed | responded to | replied to | confirmed | gone over | covered) (this | that | it | the same thing)? (question | point)? (twice | three times | four times | several times | multiple times | more than once | repeatedly | many times | numerous times | a few times | @figure times | again and again | over and over)',
      '(which | that) (i | we) (will | would | shall) (assume | hope | trust) (you | you have | you will) (now)? (have)? (read | seen | received | looked at)',
    ],
    // Counted to own it, not to rebuke: "I'm sorry, I've explained this twice because I didn't explain it clearly".
    unlessInSentence: `(${OWNED_EN} | unclear | not clear | confusing | on me | did not explain)`,
    ...RECAP_EN,
  },
  {
    // The task made out to be trivial, or the customer's attention rebuked: "it's not that hard to follow the
    // instructions", "it's all in the FAQ", "please try to keep up", "no need for that tone".
    lang: ['en'],
    match: [
      'not (that | exactly | very) (hard | difficult | complicated | tricky | complex) to (follow | understand | read | grasp | find | see | get | work out | figure out)',
      '(it is | this is | that is | everything is | the answer is) (all | literally | right there | plainly | clearly) (in | on) (the | our) (faq | faqs | guide | manual | terms | instructions | help centre | help center | documentation | docs | website | listing | email | page)',
      '(please)? try to keep up',
      '(there is)? no need (for | to use) (that | this | such) (tone | language | attitude | rudeness)',
    ],
    ...UNDERSTAND_EN,
  },
  {
    // The rhetorical "masa" (surely not) opening the clause, aimed at what the customer did or expects: "masa gak
    // dibaca?", "Masa Kakak belum cek?". Not "masa aktif", "masa berlaku", "masa garansi tidak berubah": a period of
    // time, as masa always is in Malay.
    lang: ['id'],
    match: '<-(_) masa (sih)? (@customer)? (tidak | belum) (baca | dibaca | membaca | cek | dicek | mengecek | lihat | dilihat | melihat | tahu | paham | ngerti | mengerti | ingat | coba | dicoba | keliatan | kelihatan | terlihat | nampak)',
    // Asked, or with an Indonesian particle: Malay "masa tidak mencukupi untuk hantar hari ini" is time.
    onlyWithInSentence: '(\\? | sih | dong | kok | deh)',
    ...UNDERSTAND_ID_MS,
    unlessInSentence: [KIND_ID_MS],
  },
];

/**
 * The families on the token matcher. Token patterns have no groups: in this rule's rewordings `$1` is the match's
 * last word, the verb of "kalau Bapak baca…" ("untuk ke depannya, ada baiknya baca").
 */
function verbAsGroup(families: readonly PhraseFamily[]): PhraseFamilies {
  const compiled = tokenFamilies(families, RULE_LIMITS);
  return {
    ...compiled,
    each: (doc, visit) =>
      compiled.each(doc, (family, start, end, match, sentence) => {
        match[1] = match[0]!.slice(match[0]!.lastIndexOf(' ') + 1);
        return visit(family, start, end, match, sentence);
      }),
  };
}

const withSuggestionsIn = (language: 'id' | 'ms'): PhrasePattern[] =>
  FAMILIES.map((family) => ({ ...family, suggest: 'id' in family.suggest ? family.suggest[language] : family.suggest }));
const phrasesWithIndonesianSuggestions = phraseRule(meta, withSuggestionsIn('id'), verbAsGroup);
const phrasesWithMalaySuggestions = phraseRule(meta, withSuggestionsIn('ms'), verbAsGroup);
// Shouting needs two capitals in a row somewhere.
/**
 * Whether the text has two capitals in a row (`/\p{Lu}\p{Lu}/u`), read by character code: the regular expression
 * tried every character of every draft, and a draft seldom has two.
 */
function hasTwoCapitals(text: string): boolean {
  let previousUpper = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let upper: boolean;
    if (unit < 128) upper = unit >= 65 && unit <= 90;
    else {
      const codePoint = text.codePointAt(i)!;
      upper = isUpperCase(codePoint);
      if (codePoint > 0xffff) i++;
    }
    if (upper && previousUpper) return true;
    previousUpper = upper;
  }
  return false;
}

// Words that are written in capitals without shouting: currencies, regulators, banks, couriers, documents, units.
const ACRONYMS = new Set(
  (
    'RM RP IDR USD SGD MYR EUR OJK BI LPS YLKI BPKN SMS ID PIN OTP COD ATM KTP NIK NPWP SIM STNK BPJS PLN PDAM BCA BRI BNI BSI BTN ' +
    'CIMB OCBC UOB HSBC DBS RHB AM PM WIB WITA WIT MYT GMT UTC FAQ PDF URL API APP CS CSR QR QRIS VA NO IC MYKAD SSM LHDN KWSP ' +
    'EPF SOCSO PERKESO GST SST PPN TNC DM WA HP OK OKE SOP CEO HR IT VIP PT CV TBK SDN BHD JNE JNT TIKI POS SPX GOJEK GRAB OVO ' +
    'DANA GOPAY SHOPEE LAZADA TOKOPEDIA COVID USB TV AC LCD LED GPS SN IMEI SKU RMA ETA ASAP FYI NB PS UK US USA EU KL JB JKT BTW ' +
    'TAC FPX SMS MMS EMAIL CC BCC KG CM MM ML GB MB TB XL XXL XS SM MD LG PIN PUK SIM VAT REF INV ' +
    // Tax and civil forms and offices: Malaysia's Borang BE, EA, PCB, SSPN, JPJ, JPN; Indonesia's SPT, PPh, BPKB, SKCK.
    'BE EA PCB SSPN PTPTN JPJ JPN TNB SPT PPH BPKB SKCK KK SAMSAT NISN ETLE'
  ).split(' '),
);

// A command in capitals that opens a sentence shouts alone: "READ the listing." ("Mohon JANGAN bagikan kode OTP" and
// "READ ONLY access" do not).
const SHOUTED_COMMANDS = new Set(['read', 'look', 'listen', 'baca', 'tengok', 'dengar', 'lihat']);

// Company names in capitals are not a raised voice: "PT SUMBER MAJU JAYA", "SYARIKAT MAJU SDN BHD".
const COMPANY_MARKERS = new Set(['PT', 'CV', 'UD', 'TBK', 'SDN', 'BHD', 'LTD', 'INC', 'PLC', 'LLC', 'CORP', 'ENTERPRISE', 'TRADING']);

// A shouted sentence almost always has an everyday word in capitals; a run of brand or product names has none.
const EVERYDAY_WORDS = new Set(
  (
    'tidak tak gak nggak bukan belum sudah dah udah telah akan mau nak harus mesti perlu jangan sila tolong baca lihat tengok dengar ' +
    'lagi saja aja je sahaja dong kan pun sih deh lah sekarang banget sangat sekali amat terus juga sendiri semua ini itu ni tu ' +
    'saya aku kami kita anda kamu awak encik puan bapak ibu kakak dan atau yang di ke dari untuk dengan karena kerana sebab kalau jika ' +
    'ada tiada apa kenapa mengapa bagaimana berapa sudahlah cakap bilang kata kirim hantar tunggu bayar ' +
    'i you your we us our they it is are was were be been do does did not no never nothing if the a an and or but so to of in on at ' +
    'for with this that what why how now already again stop read look listen told said say tell have has had will would should ' +
    "can cannot can't don't didn't won't wouldn't isn't aren't i'm you're it's just only please even ever"
  ).split(' '),
);

/**
 * Shouting: three or more words in capitals in one sentence (two with "!!"), within mixed-case writing. Words that a
 * phrase finding already rewords (`taken`) are left to it, so that one Apply settles each: "Kalau Bapak BACA" is
 * reworded, then "TIDAK AKAN" is calmed.
 */
function shouting(draft: TextDocument, taken: readonly RawFinding[]): RawFinding[] {
  const { source, sentences, tokenStarts, tokenSourceStarts, tokenSourceEnds } = draft;
  // A token with a lower-case ASCII letter (most of them) is neither shouted nor an acronym: read without slicing it.
  const hasLowerCaseAscii = new Uint8Array(tokenStarts.length);
  for (let i = 0; i < tokenStarts.length; i++) {
    if (hasLowerCaseAsciiLetter(source, tokenSourceStarts[i]!, tokenSourceEnds[i]!)) hasLowerCaseAscii[i] = 1;
  }
  const words = Array.from(tokenSourceStarts, (start, i) => (hasLowerCaseAscii[i] ? '' : source.slice(start, tokenSourceEnds[i]!)));
  const isShouted = words.map((word, i) => !hasLowerCaseAscii[i] && isShoutedWord(word));
  // Every finding starts at a shouted word: most drafts have none.
  if (!isShouted.includes(true)) return [];
  // A draft typed wholly in capitals is a caps-lock habit, not a raised voice, unless "!!" says otherwise.
  const hasLowerCaseWord = hasLowerCaseAscii.includes(1) || words.some((word) => /\p{Ll}/u.test(word));
  const findings: RawFinding[] = [];
  let takenTokens: Uint8Array | undefined;
  let token = 0;
  for (const sentence of sentences) {
    const opening = token;
    const shouted: number[] = [];
    let emphatic = false;
    let run: number[] = [];
    let runIsCompanyName = false;
    const closeRun = () => {
      // Pushed one by one: a run of shouted words can be a whole huge draft, more arguments than the stack holds.
      if (!runIsCompanyName) for (const i of run) if (isShouted[i]) shouted.push(i);
      run = [];
      runIsCompanyName = false;
    };
    for (; token < tokenStarts.length && tokenStarts[token]! < sentence.end; token++) {
      const word = words[token]!;
      if (isShouted[token] || (!hasLowerCaseAscii[token] && isAcronym(word))) {
        run.push(token);
        if (COMPANY_MARKERS.has(word)) runIsCompanyName = true;
        continue;
      }
      // "NOMOR PESANAN: …" is a label, not a raised voice.
      if (word === ':') run = [];
      closeRun();
      if (word.includes('!!')) emphatic = true;
    }
    closeRun();
    const enough = hasLowerCaseWord ? shouted.length >= 3 || (shouted.length >= 2 && emphatic) : shouted.length >= 3 && emphatic;
    const isTaken = (i: number) => (takenTokens ??= tokensTaken(draft, taken))[i] === 1;
    if (!enough && hasLowerCaseWord && opening < token && isShouted[opening] && !isShouted[opening + 1] && SHOUTED_COMMANDS.has(words[opening]!.toLowerCase()) && !isTaken(opening)) {
      findings.push({ start: tokenSourceStarts[opening]!, end: tokenSourceEnds[opening]!, messageId: 'shouting', suggestions: [calmCase(draft, opening, opening, true)] });
      continue;
    }
    if (!enough || !shouted.some((i) => EVERYDAY_WORDS.has(words[i]!.toLowerCase().replace(/[’‘]/g, "'")))) continue;
    let free = shouted.filter((i) => !isTaken(i));
    if (free.length === 0) continue;
    // Not across a phrase finding: the shouted words after the last one.
    const lastTaken = shouted.filter(isTaken).at(-1);
    if (lastTaken !== undefined && free[0]! < lastTaken && free.at(-1)! > lastTaken) free = free.filter((i) => i > lastTaken);
    const first = free[0]!;
    const last = free[free.length - 1]!;
    const opensSentence = tokenStarts[first] === sentence.start;
    findings.push({
      start: tokenSourceStarts[first]!,
      end: tokenSourceEnds[last]!,
      messageId: 'shouting',
      suggestions: [calmCase(draft, first, last, opensSentence)],
    });
  }
  return findings;
}

/**
 * Per token, 1 where a finding of `taken` covers part of it. Made once, each finding marking its own tokens: a look
 * through every finding for each shouted word was quadratic in a draft of many of both.
 */
function tokensTaken(draft: TextDocument, taken: readonly RawFinding[]): Uint8Array {
  const { tokenSourceStarts, tokenSourceEnds } = draft;
  const marks = new Uint8Array(tokenSourceStarts.length);
  for (const t of taken) {
    // The first token that ends after the finding starts: tokens are in order, so their ends never decrease.
    let low = 0;
    let high = tokenSourceEnds.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokenSourceEnds[middle]! <= t.start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < tokenSourceStarts.length && tokenSourceStarts[i]! < t.end; i++) {
      findingWork.steps++;
      if (t.start < tokenSourceEnds[i]!) marks[i] = 1;
    }
  }
  return marks;
}

function isAcronym(word: string): boolean {
  return (ACRONYMS.has(word) || COMPANY_MARKERS.has(word)) && word === word.toUpperCase();
}

function isShoutedWord(word: string): boolean {
  // Most words have a lower-case ASCII letter, which rules them out: checked before their letters are read.
  if (hasLowerCaseAsciiLetter(word)) return false;
  const letters = lettersOf(word);
  if (letters.length < 2 || letters.length !== word.replace(/['’‘-]/g, '').length) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !ACRONYMS.has(letters.toUpperCase());
}

/** The shouted words in lower case, keeping acronyms, "I" and a capital that opens the sentence. */
function calmCase(draft: TextDocument, first: number, last: number, opensSentence: boolean): string {
  const { source, tokenSourceStarts, tokenSourceEnds } = draft;
  let text = '';
  let previousEnd = tokenSourceStarts[first]!;
  for (let i = first; i <= last; i++) {
    const start = tokenSourceStarts[i]!;
    const word = source.slice(start, tokenSourceEnds[i]!);
    text += source.slice(previousEnd, start);
    const letters = lettersOf(word);
    let calm = ACRONYMS.has(letters.toUpperCase()) || /\d/.test(word) ? word : word.toLowerCase();
    if (/^i(?:$|['’])/.test(calm)) calm = `I${calm.slice(1)}`;
    text += calm;
    previousEnd = tokenSourceEnds[i]!;
  }
  if (!opensSentence) return text;
  // The first letter in capitals (`text.replace(/\p{L}/u, (c) => c.toUpperCase())`).
  const letterAt = firstLetterAt(text);
  if (letterAt < 0) return text;
  const letterEnd = letterAt + unitsOf(text.codePointAt(letterAt)!);
  return `${text.slice(0, letterAt)}${text.slice(letterAt, letterEnd).toUpperCase()}${text.slice(letterEnd)}`;
}

export const hostileTone: Rule = {
  meta,
  check(context) {
    const { draft, language } = context;
    const phrases = language === 'ms' ? phrasesWithMalaySuggestions : phrasesWithIndonesianSuggestions;
    const found = phrases.check(context);
    if (hasTwoCapitals(draft.source)) for (const finding of shouting(draft, found)) found.push(finding);
    return found.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
