import type { Language } from '../report.js';
import { matchCase, opensSentence } from '../text/case.js';
import { sentenceIndexAt, tokenAtSource, toSourceSpan } from '../text/document.js';
import { builtinProgram, RULE_LIMITS } from '../match/compile.js';
import { findAll, occursBetween, runFrom, tokenView, type TokenView } from '../match/matcher.js';
import type { RawFinding, Rule } from './rule.js';

/** A way of saying "I don't know", with the rewordings that promise to find out instead. */
interface NotKnowingFamily {
  /** The languages the words belong to; the first is used when the draft is in none of them. */
  lang: readonly Language[];
  match: readonly string[];
  suggest: Partial<Record<Language, readonly string[]>>;
}

// A clause that opens here: the start of a sentence or after a comma ("Wah, kurang tahu Kak").
const CLAUSE_START = '<-(_)';
// "saya jg tidak tahu", "sy pun tak pasti": chat shortenings of the adverbs are not expanded by the normaliser.
// Up to two of them, as chat stacks them: "kami sendiri pun tak pasti", "saya jg sebenarnya kurang tahu".
const WE_ADVERB = '(juga | jg | jga | pun | sendiri | memang | sebenarnya | sebenarnye | sbnrnya | sejujurnya | jujur | betul-betul | benar-benar | masih)?';
const WE = `(saya | aku | gue | kami | kita) ${WE_ADVERB} ${WE_ADVERB}`;
// What is not known, or a particle or an address before it: "tidak pasti la encik", "tak pasti apa yang jadi".
const FOLLOWED_BY_WHAT_IS_UNKNOWN =
  '&(\\. | \\! | \\? | \\, | kak | kakak | pak | bu | cik | encik | puan | tuan | mas | mbak | @address | pakcik | makcik | doktor | dr | cikgu | kenapa | mengapa | knp | di mana | dimana | kapan | bila | bagaimana | gimana | macam mana | apa | apakah | apabila | siapa | berapa | sama ada | ke mana | kemana | dari mana | mana | soal | tentang | mengenai | pasal | juga | jg | pula | pun | lah | la | sih | ya | yah | ye | sebenarnya | sebenarnye)';
// An interjection that opens the clause: "wah tidak tahu juga mas", "hmm kurang tahu kak".
// Whom the agent answers, between the words and what is not known: "ndak ngerti juga sy pak knp…".
const WHO_IS_ASKED = '(kak | kakak | pak | bu | cik | encik | puan | tuan | mas | mbak | sis | bang | @address | pakcik | makcik | doktor | cikgu)';
// What is not known: a question word.
const WHAT_IS_UNKNOWN =
  'kenapa | mengapa | knp | napa | di mana | dimana | ke mana | kemana | dari mana | kapan | bila | bagaimana | gimana | macam mana | apa | apakah | siapa | berapa | sama ada';
const INTERJECTION = '(wah | waduh | aduh | duh | hmm | hm | alamak | adoi | aiyo | haih)';
const NOT_KNOWING = '(tahu~ | tahu-menahu)';

// What is not known, after "not sure" ("about" and "of" only with their object: "a date I'm not sure of." is not a gap).
const UNKNOWN_EN =
  '&(\\. | \\! | \\? | \\, | why | what | whatever | when | whenever | where | wherever | how | who | whom | whose | which | if | whether | yet | tbh | honestly | (about | of) _)';

const FAMILIES: readonly NotKnowingFamily[] = [
  {
    // Indonesian and Malay share these words: the rewording follows the draft's language.
    lang: ['id', 'ms'],
    match: [
      `${WE} (tidak | kurang | belum) (${NOT_KNOWING} | mengetahui~)`,
      `${CLAUSE_START} ${INTERJECTION}? (tidak | kurang) ${NOT_KNOWING}`,
      // "saya belum bisa memastikan kapan…", "kami tak dapat sahkan bila…": a gap put as not being able to confirm.
      `${WE} (tidak | belum | tak) (bisa | dapat | boleh | mampu) (memastikan | pastikan | mastiin | konfirmasi | mengonfirmasi | mengkonfirmasi | sahkan | mengesahkan) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      `${WE} (tidak | belum | kurang) (yakin | pasti) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      `${WE} (tidak | belum) (punya | ada | memiliki | mempunyai) sebarang? (informasi | info | ide | idea | maklumat | gambaran) (apa-apa | apapun | apa pun)?`,
      `${WE} tiada sebarang? (info | idea | maklumat) apa-apa?`,
      'manalah (saya | kami) tahu',
      '(tiada | tidak ada) idea',
      '(entahlah | entah (la | lah | ya | ye | pula))',
      // A bare "Entah kak," opening the answer ("entah kenapa", "for some reason", is left alone).
      `${CLAUSE_START} ${INTERJECTION}? entah &(\\. | \\! | \\? | \\, | kak | kakak | pak | bu | cik | encik | puan | tuan | mas | mbak | sis | bang | dik | ya | juga | jg | deh | dong | sih | lah | la | pula | pun)`,
      // "sy juga kurang paham Pak", "jujur sy jg gak ngerti kenapa…", "saya pun bingung kenapa…"
      `${WE} (tidak | kurang | belum) (paham | faham | mengerti | ngerti | jelas) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      // The subject after the verb or dropped, as agents type in chat: "gak paham juga sy kenapa…", "ndak ngerti juga sy
      // pak knp…" ("ndak" is not expanded to "tidak" as "gak" is), "gak ngerti kenapa bisa gitu": only with what is not known after it ("tak faham maksud encik" asks).
      `${CLAUSE_START} ${INTERJECTION}? (tidak | kurang | ndak) (${NOT_KNOWING} | paham | faham | mengerti | ngerti | pasti | yakin) &((juga | jg | pun | pula | sangat | betul)? (saya | aku | gue | kami)? ${WHO_IS_ASKED}? (${WHAT_IS_UNKNOWN}))`,
      // "Tak pasti la puan", "kurang yakin juga kak": the bare answer, subject dropped, ended by a particle or an address.
      `${CLAUSE_START} ${INTERJECTION}? (tidak | kurang) (pasti | yakin) (juga | jg | pun | pula)? &(la | lah | sih | ye | ${WHO_IS_ASKED})`,
      `${WE} (bingung | keliru | pening) &(kenapa | mengapa | knp | bagaimana | gimana | macam mana | apa | apakah | bila | kapan | di mana | dimana | siapa | sama ada | juga | jg | pula | pun)`,
      '(mana | manalah) (saya | aku | kami) (tahu | tau)',
      // No answer to give, no news yet: "kami belum dapat memberikan kepastian kapan…", "kami belum mendapat info".
      `${WE} (tidak | belum | tak) (bisa | dapat | boleh | mampu) (memberikan | memberi | beri | berikan | kasih | bagi) (kepastian | jawaban | jawapan | estimasi | anggaran | tarikh | tanggal | jawaban pasti | jawapan pasti) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      `${WE} (belum | tidak) (mendapat | mendapatkan | dapat | menerima | terima) (informasi | info | kabar | maklumat | berita | update) (apa-apa | apapun | apa pun | lanjut | lanjutan | terbaru)? ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      // The gap put in the passive: "belum bisa dipastikan kapan…", "tak dapat disahkan bila…".
      `(belum | tidak) (bisa | dapat | boleh) (dipastikan | disahkan | dikonfirmasi | diketahui) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      `(sulit | susah | payah) (dikatakan | nak cakap | mau bilang | diprediksi | dijangka) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      '(tidak ada | tiada | takde) (yang | siapa | orang | siapa pun | sesiapa)? (yang)? (tahu | tau) -(apa | bahwa | bahawa)',
      // Giving up on the customer: "saya pun tak tau nak cakap apa lagi" (what else), not "tak tahu nak cakap apa" (sympathy).
      `${WE} tidak ${NOT_KNOWING} (nak | mau | mesti | harus | hendak)? (cakap | bilang | kata | berkata | ngomong | jelaskan | terangkan | buat) apa lagi`,
      // Not known, in the passive or with the agent after the verb: "penyebabnya belum diketahui, Kak", "jadwal pemulihan
      // belum bisa kami pastikan".
      `(belum | tidak) diketahui ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      `(belum | tidak) (bisa | dapat | boleh) (kami | saya) (pastikan | sahkan | konfirmasi | konfirmasikan | ketahui) ${FOLLOWED_BY_WHAT_IS_UNKNOWN}`,
      // A bare "Entah kenapa, Kak." that answers; "entah kenapa, paketnya nyasar" (for some reason) goes on.
      `${CLAUSE_START} entah (kenapa | mengapa | knp | bagaimana | gimana | macam mana | bila | kapan | di mana | dimana) &(\\. | \\! | \\,? ${WHO_IS_ASKED})`,
    ],
    suggest: { id: ['saya cari tahu dulu', 'akan saya cek dan kabari segera'], ms: ['biar saya semak dahulu', 'saya akan semak dan maklumkan secepat mungkin'] },
  },
  {
    lang: ['en'],
    match: [
      '(i | we) (really | honestly | just | simply | genuinely | actually | even)? do not (really | actually | even)? know',
      '(i | we) (really | honestly | just)? (have | had | have got) (absolutely | really)? no (idea | clue)',
      `${CLAUSE_START} (absolutely | honestly)? no (idea | clue)`,
      '(i | we) (have | have got)? not got? a clue',
      // "I'm not sure why…", and with the subject dropped, as in chat: "Not sure why the charge applied."
      `((i | we) (am | are) (honestly | really | just | genuinely | actually | still | frankly | truly)? | ${CLAUSE_START} (honestly | tbh | really | to be honest \\,)?) (not (really | entirely | quite | totally | too | so | 100 | a hundred percent)? sure | unsure) ${UNKNOWN_EN}`,
      // "Dunno why…" reaches the matcher as "do not know why…" (chat spellings), as "Don't know why…" does.
      `${CLAUSE_START} (dunno | do not know (why | when | where | whether | if | who | which) | who knows | beats me)`,
      '(i | we) (really | honestly | just)? dunno',
      // Giving up: "I don't know what else to tell you" (not "what to say", which is sympathy).
      '(i | we) (really | honestly | just)? (do not know | dunno | am not sure) (what | how) else (to (tell | say | do) | i can (tell | say | do))',
      // "I couldn't tell you", "I can't confirm when…", after what is not known or before it.
      // "no idea when they'll be back in stock": the subject dropped, the customer's "you had no idea" left alone.
      '<-((had | has | have | having | got | you | they | he | she | customer | customers | i | we)) no (idea | clue) &(when | why | where | how | what | whether | if | who | which)',
      'i wish i (knew | could tell you | could say)',
      // No information, bare: "we don't have any information on that", "it's anyone's guess", "hard to say when".
      '(i | we) (do not | does not) have (any)? (information | info | details | visibility | an update | updates) (on | about | regarding | as to) (that | this | it | when | why | where | what | whether | if | how)',
      '(i | we) have no (information | info | details | visibility | update | updates) (on | about | regarding | as to) (that | this | it | when | why | where | what | whether | if | how)',
      "anyone 's guess",
      '(i | we) (am | are) (unable | not able) to (say | confirm | tell you | tell) &(for sure | why | when | where | what | whether | if | how long | \\. | \\! | \\? | \\,)',
      '(i | we) (do not | did not) have (an | the | any) answer',
      '(cannot | can not | am unable to | are unable to | unable to) (give | provide) (you)? (a | an | any)? (firm | exact)? (date | timeline | timeframe | time frame | eta | answer | estimate)',
      '<-((had | has | have | having | got | you | they | he | she | customer | customers)) no way (of knowing | to know | to tell)',
      `(i | we) (am | are) (not (entirely | quite | totally)? certain | uncertain) ${UNKNOWN_EN}`,
      '(hard | difficult | impossible) to (say | tell) &(when | why | where | what | whether | if | how | \\. | \\,)',
      '(nobody | no one) (here | on our end | on our side | in our team)? (knows | can say | can tell you)',
      '(i | we) (honestly | really | truly | simply | just)? (cannot | could not) (say | tell you | confirm) &(for sure | why | when | where | what | whether | if | how long | to be honest | honestly | tbh | \\. | \\! | \\? | \\,)',
      'your guess is as good as mine',
      // The subject dropped, as in chat: "Couldn't tell you, sorry!", "Can't say really."
      `${CLAUSE_START} (honestly | sorry \\,?)? (could not | cannot | can not) (say | tell you) (really | sorry | honestly | tbh)? &(for sure | why | when | where | what | whether | if | how long | \\. | \\! | \\? | \\,)`,
    ],
    suggest: { en: ['let me find out', "I'll find out and get back to you today"] },
  },
];
const NOT_KNOWING_PROGRAM = builtinProgram(FAMILIES.map((family) => family.match), RULE_LIMITS);

// Words right after (one word or a comma may come first) that show it is not a gap in what we know: about the
// customer ("tidak tahu apakah Kakak sudah…", "not sure if you've seen…"), or sympathy ("I don't know what to say,
// I'm so sorry").
const NOT_A_GAP = builtinProgram([
  [
    '(_ | \\,)? (apakah | kalau | jika | sama ada | if | whether) (@customer | kakak)',
    // Who did something on the customer's own side: "not sure who did it on your side", "kurang tahu siapa dari pihak Bapak
    // yang mengubahnya"; not "who did it on our side".
    '(_ | \\,)? (who | which of you | which one of you) ..5 (on | at | from | in) your (side | end | team | staff | company | office | household)',
    '(_ | \\,)? siapa ..5 (di | dari) (pihak | sisi)? (tim | kantor | pejabat | syarikat | perusahaan)? (@customer | kakak | anda | awak)',
    // Sympathy, not a gap: "tak tahu nak kata apa", "tidak tahu apa yang harus saya katakan"; but "nak cakap apa lagi"
    // (what else) gives up on the customer, and is one.
    '(_ | \\,)? (harus | mesti | nak | mau | hendak)? (berkata | bilang | cakap | ngomong | bicara | kata) apa -(lagi)',
    '(_ | \\,)? apa (yang)? (harus | mesti | nak | mau | hendak | perlu)? (saya)? (berkata | bilang | cakap | ngomong | bicara | kata | katakan | ucapkan) -(lagi)',
    // Asking what the customer meant is clarification, not a gap: "saya kurang paham Kak, maksudnya…".
    '(_ | \\,)? (_ | \\,)? (maksud~ | dimaksud~ | yang dimaksud~ | pertanyaan~ | soalan~ | you mean | you meant)',
    // A rhetorical defence of what was done, not a gap: "we're not sure what else we could have done".
    '(_ | \\,)? what (else | more) (we | i | anyone) (could | should | would) have',
    '(_ | \\,)? (what to say | how (to thank | sorry | frustrating | upsetting | stressful | annoying | hard | difficult) | betapa)',
    // An estimate given at once is an answer: "belum bisa dipastikan, kemungkinan 3-5 hari", "can't say for sure, probably
    // 2 days", "tak pasti lagi, dijangka dalam 3 hari".
    '(for sure | for certain | exactly | dengan pasti | secara pasti)? (_ | \\,)? (_ | \\,)? (tapi | tetapi | namun | but)? (it is | that is | this is | it will be | it should be)? (kemungkinan | kemungkinannya | perkiraan | perkiraannya | estimasi | estimasinya | anggaran | anggarannya | dijangka | diperkirakan | jangkaan | sekitar | kira-kira | probably | likely | roughly | around | approximately | most likely) (sekitar | dalam | kira-kira | around | within | in | about)? @figure',
    // Exasperation, not a gap (hostile-tone's business): "not sure how much clearer I can make this", "how it was
    // missed", "tidak tahu lagi bagaimana harus menjelaskan", "tak tahu macam mana lagi nak terangkan".
    '(_ | \\,)? how to (make | put | say | explain | spell) _? _? _? (any)? (clearer | plainer | simpler | more clearly | more plainly | more simply)',
    '(_ | \\,)? how (much | any)? (clearer | plainer | simpler | more clearly | more plainly | else) (i | we | to)',
    '(_ | \\,)? how (you | anyone | it | this | that) (could | would | have | has | had | was | were | got | managed to | could have been | could have)? (could | would | have | has | had | was | were | got | managed to | could have been | could have)? (missed | overlooked | misread | misunderstood | not (read | seen | noticed))',
    '(_ | \\,)? lagi? (bagaimana | gimana | macam mana) lagi? (harus | mesti | nak | mau | perlu)? (saya | kami)? (menjelaskan~ | jelaskan~ | jelasin~ | terangkan~ | menerangkan~ | explain)',
    // Exasperation or a rebuttal, not a gap: "not sure what else you want us to do", "not sure where they got that from".
    '(_ | \\,)? what else (you | they) (want | expect | would like | need)',
    '(_ | \\,)? where (you | they | he | she) (got | heard | read) (that | this | it)',
  ],
]);
// Not knowing how it came about, with the fix already made in the same sentence: an owned fix, not a gap ("I don't know
// how it happened, but I've fixed it", "Tak tahu macam mana boleh jadi, tapi dah saya betulkan"). What the customer can
// do instead ("but you can try…", "cuba tanya kurier") is no fix of ours.
const FIXED_ID_MS = '(perbaiki~ | memperbaiki~ | betulkan~ | membetulkan~ | baiki~ | membaiki~ | perbetulkan~ | bereskan~ | membereskan~ | beresin~ | selesaikan~ | menyelesaikan~ | atasi~ | mengatasi~ | koreksi~ | mengoreksi~ | refund~ | kembalikan~ | mengembalikan~ | pulangkan~ | memulangkan~ | kirim ulang | kirimkan ulang | mengirim ulang | hantar semula | ganti~ | gantikan~ | mengganti~ | menggantikan~ | tukar~ | menukar~ | pulihkan~ | memulihkan~ | aktifkan semula | aktifkan kembali | reset~ | batalkan~ | membatalkan~ | ubah~ | mengubah~ | kemaskinikan~ | update~)';
// How it came about, then the fix: "…how it happened, but I've fixed it" (not "…when it will arrive, but I've updated the
// ticket", where the gap stays).
const HOW_IT_CAME = '(_ | \\,)? (how | why | kenapa | mengapa | knp | bagaimana | gimana | macam mana | camne | apa yang (terjadi | jadi | berlaku)) ..6';
const FIX_MADE = builtinProgram([
  [
    `${HOW_IT_CAME} (tapi | tetapi | namun | cuma | tp | dan) ..4 (sudah | telah) (saya | kami | aku) ${FIXED_ID_MS}`,
    `${HOW_IT_CAME} (tapi | tetapi | namun | cuma | tp | dan) ..4 (saya | kami | aku) (sudah | telah | baru) ${FIXED_ID_MS}`,
    `${HOW_IT_CAME} (tapi | tetapi | namun | cuma | tp | dan) ..4 (sudah | telah) (diperbaiki | dibetulkan | dibaiki | dibereskan | diselesaikan | diatasi | dikoreksi | direfund | dikembalikan | dipulangkan | diganti | ditukar | dipulihkan)`,
    `${HOW_IT_CAME} (but | and | though | however) \\,? (i | we) (have | had)? (already | now | just | since)? (fixed | sorted | corrected | repaired | resolved | reset | restored | updated | changed | refunded | reversed | replaced | resent | reissued | cancelled | canceled | removed | unlocked | reactivated | credited | re-sent)`,
    `${HOW_IT_CAME} (but | and | though | however) \\,? (it | this | that | the _ | your _ | everything) (is | has been | have been | are) (now | already)? (fixed | sorted | corrected | repaired | resolved | restored | refunded | reversed | replaced)`,
  ],
]);
// "Not yet": "belum" in the words, or "yet", "lagi" or "sekarang" within two words after them.
const NOT_YET_INSIDE = new Set(['belum']);
const NOT_YET_AFTER = new Set(['yet', 'lagi', 'sekarang']);
function saysNotYet(words: readonly string[], start: number, end: number, sentenceEnd: number): boolean {
  for (let i = start; i < end; i++) if (NOT_YET_INSIDE.has(words[i]!)) return true;
  for (let i = end; i < Math.min(end + 2, sentenceEnd); i++) if (NOT_YET_AFTER.has(words[i]!)) return true;
  return false;
}

// "Maaf cik, sy kurang faham. Yang ralat tu app ke website?": not understanding, with nothing after it but an address,
// and a question next, asks what the customer meant; "tak faham kenapa jadi macam tu" still leaves a gap.
const UNDERSTANDING = new Set(['paham', 'faham', 'mengerti', 'ngerti', 'understand']);
const NOTHING_MORE = new Set(['.', ',', '!', 'kak', 'kakak', 'pak', 'bu', 'cik', 'encik', 'puan', 'tuan', 'mas', 'mbak', 'sis', 'bang', 'ya', 'ye', 'sih', 'lah', 'la', 'juga', 'jg', 'pun', 'sorry']);
function asksWhatWasMeant(view: TokenView, start: number, end: number, sentence: number): boolean {
  let understanding = false;
  for (let i = start; i < end && !understanding; i++) understanding = UNDERSTANDING.has(view.words[i]!);
  if (!understanding || sentence + 1 >= view.sentenceStarts.length) return false;
  for (let i = end; i < view.sentenceEnds[sentence]!; i++) if (!NOTHING_MORE.has(view.words[i]!)) return false;
  return view.words[view.sentenceEnds[sentence + 1]! - 1] === '?';
}

/** Whether the fix we made follows in the sentence, not as a question ("…but it's fixed?" asks). */
function fixMadeAfter(view: TokenView, end: number, sentence: number): boolean {
  const sentenceEnd = view.sentenceEnds[sentence]!;
  return view.words[sentenceEnd - 1] !== '?' && runFrom(FIX_MADE(), FIX_MADE().entries[0]!.start, view, end, sentenceEnd) > end;
}

// "tarikh yang saya tak pasti", "hal yang kami belum tahu": a clause that describes something, not an answer.
const RELATIVE = new Set(['yang']);

// What the team that can answer needs, passed on to them: "sy udah kirim log-nya ke tim teknis", "dah hantar tangkapan skrin
// kepada jurutera kami" (not "hantar gambar kepada puan", news sent to the customer).
const EVIDENCE_PASSED_ON =
  '(kirim~ | kirimkan~ | mengirim~ | mengirimkan~ | hantar~ | hantarkan~ | menghantar~ | teruskan~ | meneruskan~ | forward~ | kongsikan~ | berikan~ | serahkan~) (log~ | data~ | detail~ | detil~ | butiran~ | bukti~ | foto~ | gambar~ | screenshot~ | tangkapan layar~ | tangkapan skrin~ | rakaman~ | rekaman~ | video~) _? (ini | itu | tu | ni | tersebut)? (kepada | ke) (tim | bagian | divisi | pihak | pasukan | bahagian | unit | team | jurutera~ | juruteknik~ | teknisi~ | engineer~ | developer~)';
// Asking someone who can answer, done already: "minta", "emel", "hubungi", "eskalasi"; not "cek" or "semak", which
// say what was looked at, not who will find out.
const ASKED_ID_MS =
  `(hantar~ (kes~ | perkara~ | isu~ | aduan~ | laporan~ | tiket~)? (ini | ni | itu | tu)? (kepada | ke) | kirim~ (kasus~ | laporan~ | tiket~)? (ini | itu)? (kepada | ke) (tim | bagian | divisi | pihak) | panjangkan~ | memanjangkan~ | minta~ | meminta~ | mintakan~ | emel~ | email~ | emailkan~ | emelkan~ | hubungi~ | menghubungi~ | tanyakan~ | menanyakan~ | tanya~ | bertanya~ | eskalasi~ | mengeskalasi~ | eskalasikan~ | laporkan~ | melaporkan~ | teruskan~ | meneruskan~ | ajukan~ | mengajukan~ | rujuk~ | merujuk~ | rujukkan~ | naikkan~ | menaikkan~ | forward~ | escalate~ | buat laporan~ | buatkan laporan~ | buka tiket~ | bukakan tiket~ | jadwalkan~ | menjadwalkan~ | aturkan~ | mengaturkan~ | kirim (email~ | emel~ | pesan~ | pertanyaan~ | notifikasi~ | permintaan~) | hantar (emel~ | email~ | pertanyaan~ | permintaan~ | mesej~) | ${EVIDENCE_PASSED_ON})`;
const TRYING = '(akan | coba | cuba | bantu | mau | segera | langsung | perlu | boleh | terus | sedang | lagi | janji | berjanji | sendiri)?';
const TRYING_IN_CHAT = '(akan | coba | bantu | mau | segera | langsung | lagi | dulu)?';
const EN_HOW = '(now | quickly | personally | gladly | happily | immediately | definitely | be | happy to | glad to | going to | right away)?';

// What we will do to find out or to report back: "cek", "semak", "kabari", "emel", "telefon".
const FINDING_OUT_ID_MS =
  '(balas~ | membalas~ | cek~ | mengecek~ | periksa~ | memeriksa~ | tanyakan~ | menanyakan~ | tanya~ | bertanya~ | cari~ | mencari~ | carikan~ | mencarikan~ | pastikan~ | memastikan~ | telusuri~ | menelusuri~ | lacak~ | melacak~ | konfirmasi~ | mengonfirmasi~ | konfirmasikan~ | kabari~ | mengabari~ | kabarkan~ | infokan~ | menginfokan~ | informasikan~ | menginformasikan~ | selidiki~ | hubungi~ | menghubungi~ | koordinasikan~ | berkoordinasi~ | teruskan~ | meneruskan~ | eskalasi~ | semak~ | menyemak~ | semakkan~ | siasat~ | menyiasat~ | dapatkan~ | mendapatkan~ | maklumkan~ | memaklumkan~ | jejak~ | menjejak~ | kemas kini~ | mengemas kini~ | beritahu~ | memberitahu~ | bagitahu~ | bagitau~ | susuli~ | menyusuli~ | rujuk~ | merujuk~ | update~ | check~ | emel~ | emelkan~ | email~ | emailkan~ | mengemel~ | whatsapp~ | wa~ | japri~ | telefon~ | menelefon~ | telepon~ | menelepon~ | mesej~)';

// A promise to find out, in the same sentence or one of the next two.
const PROMISE = builtinProgram([
  [
    // Indonesian and Malay: "akan saya cek", "saya cek dulu", "biar saya semak", "nanti saya kabari".
    'akan (saya | kami | aku) _',
    '(biar | izinkan | benarkan | beri | berikan) (saya | kami) (masa | waktu)? _',
    // Not after "sudah": "Udah sy cek dari sini" says what was looked at, not that we will find out.
    // Nor after "belum bisa": "belum bisa kami pastikan" is the gap itself.
    `<-(sudah | telah | (belum | tidak) (bisa | dapat | boleh | sempat)) (saya | kami | aku) ${TRYING} ${TRYING} ${TRYING} ${FINDING_OUT_ID_MS}`,
    // News sent on: "saya akan kirim kabar terbaru setiap 2 jam", "saya akan hantar perkembangan terkini kepada tuan".
    `(saya | kami | aku) ${TRYING} ${TRYING} (kirim~ | kirimkan~ | mengirim~ | mengirimkan~ | hantar~ | hantarkan~ | menghantar~ | berikan~ | memberikan~ | beri~ | bagi~ | kongsikan~) (kabar | khabar | info | informasi | update | perkembangan | maklumat | berita | jawapan | jawaban | hasil~ | keputusan~)`,
    // The subject said once for two verbs: "saya dah buka siasatan … dan akan update encik".
    `(dan | lalu | kemudian | serta | tapi | tetapi | namun) (akan | janji) ${TRYING} (${FINDING_OUT_ID_MS} | kabarin | update)`,
    // The news promised to the customer: "besok jam 11 kakak pasti dapat kabar dr sy", "puan akan terima jawapan daripada saya".
    '@customer (pasti | akan | nanti | boleh | bisa)? (pasti | akan)? (dapat | terima | menerima | mendapat | mendapatkan) (kabar | khabar | jawapan | jawaban | update | maklum balas | info | informasi | berita | hasilnya | keputusannya)',
    // Chat forms in -in: "sy kabarin lg", "aku tanyain dulu", "sy cekin", "ngecek".
    `(saya | kami | aku | gue) ${TRYING_IN_CHAT} ${TRYING_IN_CHAT} ${TRYING_IN_CHAT} (kabarin | ngabarin | tanyain | nanyain | cekin | ngecekin | ngecek | infoin | cariin | nyariin | pastiin | mastiin | follow up | followup | update | updatein)`,
    // Already asked someone who can answer: "saya sudah minta tim pembayaran…", "sudah saya emelkan pegawai kastam".
    `(saya | kami | aku) (sudah | telah | dah | udah | baru | barusan | baru saja | tadi) (saja | je | pun | juga)? ${ASKED_ID_MS}`,
    `(sudah | telah | dah | udah | barusan) (saya | kami | aku) ${ASKED_ID_MS}`,
    '(cari | ambil | mencari) tahu',
    // Waiting asked while we find out; not "ditunggu saja" (just wait) nor waiting for one's turn in a queue.
    '(mohon | harap | sila | silakan) (tunggu | ditunggu) -(saja | sahaja | je | aja | nombor | nomor | giliran | antrean | antrian | nama)',
    'ditunggu -(saja | sahaja | je | aja)',
    'nanti (saya | kami) _',
    // Someone who can answer will call: "Beliau akan telefon puan esok", "tim kami akan menghubungi Bapak".
    '(beliau | dia | mereka | tim | pasukan | team | pihak _) (akan | boleh | bisa | dapat) (telefon | menelefon | telepon | menelepon | hubungi | menghubungi | call | emel | email | mengemel | kabari | mengabari | maklumkan | memaklumkan | balas | membalas | whatsapp | jawab | menjawab)',
    // Someone is already on it: "tim teknis sedang menyelidikinya", "our team is looking into it".
    '(sedang | akan | segera | masih) (cek~ | mengecek~ | dicek~ | periksa~ | memeriksa~ | diperiksa~ | selidiki~ | menyelidiki~ | diselidiki~ | investigasi~ | menginvestigasi~ | diinvestigasi~ | telusuri~ | menelusuri~ | ditelusuri~ | menindaklanjuti~ | ditindaklanjuti~ | semak~ | menyemak~ | disemak~ | siasat~ | menyiasat~ | disiasat~ | lacak~ | melacak~ | dilacak~ | menjejak~ | dijejak~)',
    '(is | are) (now | already | currently)? (looking into | investigating | checking | tracing | chasing)',
    // English: "I'll find out", "let me check", "I'm looking into it", "we'll get back to you".
    // An answer promised with a time: "I'll have an answer for you by Thursday", "we should have an update for you tomorrow".
    '(i | we) (will | shall | should | hope to | expect to) have (an | a | the | some)? (answer | answers | update | reply | news | result | results | response) (for you | back to you | to you)?',
    '(let | allow) me -(know)',
    `(i | we) (will | shall | would | am | are | can | could | want to | need to | have to) ${EN_HOW} ${EN_HOW} ${EN_HOW} (find | check | look | go through | review | dig into | send you | ask | get back | confirm | investigate | follow | chase | dig | update | contact | reach | escalate | speak | call | email | track | trace | make sure | come back | let you know | in touch | raise | checking | looking | asking | finding | chasing | confirming | investigating | contacting | following | reaching | calling | phoning | ringing | emailing | messaging | writing to | speaking to | speaking with | talking to | on it)`,
    '(find out | get back to you | keep you (posted | updated | informed) | get to the bottom)',
    // "You'll hear from me by Friday".
    'you (will | shall | should) (hear (from | back) | (get | have | receive) (an answer | a reply | an update | news))',
    // Already asked someone who can answer, or sent someone to look: "I've asked our Credit Review team", "I've requested the
    // case file", "I've booked an engineer".
    // What the team that can answer needs, passed on: "I've sent the logs to our engineers", "we've forwarded your
    // screenshots to the payments team" (not "I've sent the refund", which resolves).
    '(i | we) have (already | just | now | also)? (sent | passed | forwarded | shared | handed) (the | your | those | these | all the | all your)? _? (logs | log | details | screenshots | screenshot | recording | recordings | photos | video | evidence | data | error | errors | crash report | crash reports | diagnostics) (over | on | up)? (to | with)',
    '(i | we) have (already | just | now | also)? (asked | requested | raised | escalated | emailed | messaged | contacted | called | phoned | written to | passed | forwarded | flagged | referred | chased | logged | opened | put in | sent (a | an | the | your) (query | request | ticket | case | question | email | message) | booked | arranged | scheduled | done (two | three | a few | some | the following) (things | steps))',
    // Someone will answer: "they'll email you the reason by Friday", "I'll message you here by 5pm".
    '(i | we | they | he | she | team | department | who) (will | shall | would | can) (then | also | personally | be able to)? (email | message | text | write to | ring | whatsapp | call | contact | update | notify | reply to | respond to) you',
    // The subject said once for two verbs: "I'm calling their office this afternoon and will email you by 6pm".
    '(and | then) (will | shall) (then | also | personally)? (email | message | text | write to | ring | whatsapp | call | contact | update | notify | reply to | get back to | let) you',
  ],
]);

/** Where a draft promises to find out: each sentence looked at once, when first asked. */
class Promises {
  private readonly known = new Map<number, boolean>();
  // The first and the last sentence with a promise, found once: a loop over the other sentences per finding was
  // quadratic in a draft of many.
  private range: { first: number; last: number } | undefined;

  constructor(private readonly view: TokenView) {}

  private in(index: number): boolean {
    const { view } = this;
    if (index >= view.sentenceStarts.length) return false;
    let known = this.known.get(index);
    if (known === undefined) this.known.set(index, (known = occursBetween(PROMISE(), view, view.sentenceStarts[index]!, view.sentenceEnds[index]!)));
    return known;
  }

  private firstAndLast(): { first: number; last: number } {
    if (this.range) return this.range;
    const sentences = this.view.sentenceStarts.length;
    let first = sentences;
    let last = -1;
    for (let index = 0; index < sentences; index++) {
      if (!this.in(index)) continue;
      if (first === sentences) first = index;
      last = index;
    }
    return (this.range = { first, last });
  }

  /**
   * Whether not knowing, said in this sentence, is answered: by a promise in it or in one of the next two ("…belum
   * pasti lagi kenapa. Dari pihak saya, saya nampak… Biar saya semak…"), or, for not knowing *yet*, a progress
   * report, by a promise anywhere in the draft ("I don't know yet why… [what was done] … she'll message you by 5pm",
   * or the promise first: "sy janji kabari kakak besok jam 11 … jujur sy belum tau penyebabnya").
   */
  answer(sentence: number, notYet: boolean): boolean {
    if (this.in(sentence) || this.in(sentence + 1) || this.in(sentence + 2)) return true;
    if (!notYet) return false;
    const { first, last } = this.firstAndLast();
    return last >= sentence + 3 || first < sentence;
  }
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
    const view = tokenView(draft);
    const promises = new Promises(view);
    const matches = findAll(NOT_KNOWING_PROGRAM(), view, view.sentenceStarts, view.sentenceEnds).sort((a, b) => a.entry - b.entry);
    for (const { entry, start, end, range: sentence } of matches) {
      if (runFrom(NOT_A_GAP(), NOT_A_GAP().entries[0]!.start, view, end, view.sentenceEnds[sentence]!) > end) continue;
      if (start > view.sentenceStarts[sentence]! && RELATIVE.has(view.words[start - 1]!)) continue;
      if (asksWhatWasMeant(view, start, end, sentence)) continue;
      if (fixMadeAfter(view, end, sentence)) continue;
      if (promises.answer(sentence, saysNotYet(view.words, start, end, view.sentenceEnds[sentence]!))) continue;
      const family = FAMILIES[entry]!;
      const span = toSourceSpan(draft, view.starts[start]!, view.ends[end - 1]!);
      const written = draft.source.slice(span.start, span.end);
      const suggestions = family.suggest[language] ?? family.suggest[family.lang[0]!] ?? [];
      findings.push({ start: span.start, end: span.end, messageId: 'default', suggestions: suggestions.map((s) => matchCase(written, s, opensSentence(draft.source, span.start), draft.source)) });
    }
    return findings;
  },
  // A sentence the learned layer reads as not knowing stands only where the rule's own promises do not answer it.
  answers(draft, span) {
    const view = tokenView(draft);
    const sentence = sentenceIndexAt(draft, draft.tokenStarts[tokenAtSource(draft, span.start)]!);
    return new Promises(view).answer(sentence, saysNotYet(view.words, view.sentenceStarts[sentence]!, view.sentenceEnds[sentence]!, view.sentenceEnds[sentence]!));
  },
};
