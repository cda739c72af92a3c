import { sentenceIndexAt, type TextDocument, tokenAtSource } from '../text/document.js';
import { tokenOccurrence } from '../match/families.js';
import { tokenView } from '../match/matcher.js';
import { phraseRule, type PhrasePattern } from './rule.js';
import type { RawFinding, Rule, RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'excuse',
  kind: 'warning',
  description: {
    id: 'Alasan yang diminta untuk dimaklumi pelanggan: sibuk, kekurangan staf, sistem error.',
    ms: 'Alasan yang pelanggan diminta untuk terima: sibuk, kekurangan staf, sistem bermasalah.',
    en: 'An excuse the customer is asked to accept: busy, short-staffed, system down.',
  },
  messages: {
    default: {
      id: 'Pelanggan bisa menerima bahwa masalah terjadi, tetapi tidak menerima alasan. Minta maaf, lalu katakan apa yang akan Anda lakukan dan kapan.',
      ms: 'Pelanggan boleh terima bahawa masalah berlaku, tetapi bukan alasan. Mohon maaf, kemudian nyatakan apa yang anda akan lakukan dan bila.',
      en: 'Customers accept that things go wrong; they do not accept excuses. Apologise, then say what you will do and by when.',
    },
    askToAccept: {
      id: '"Mohon dimaklumi" meminta pelanggan menanggung masalah kita. Ganti dengan permintaan maaf dan langkah yang jelas.',
      ms: '"Harap maklum" meminta pelanggan menanggung masalah kita. Gantikan dengan permohonan maaf dan langkah yang jelas.',
      en: '"Please understand" asks the customer to carry our problem. Replace it with an apology and a clear next step.',
    },
  },
  quietInInternalNotes: true,
};

// Staff nouns for "short of staff".
const STAFF = '(staf | staff | orang | tangan | tenaga | tenaga kerja | pegawai | karyawan | kakitangan | pekerja | agen | ejen | personel | sdm | cs | teknisi | juruteknik | petugas | kurir | kurier | operator | analis | driver | pemandu | rider | apoteker | perawat | jururawat | dokter | doktor | koki | chef)';
// The same without "orang" and "tenaga", for the order "driver kurang" ("orang kurang ajar" is an insult, not a roster).
const STAFF_NOUN = '(staf~ | staff~ | pegawai~ | karyawan~ | kakitangan~ | pekerja~ | agen~ | ejen~ | personel~ | teknisi~ | juruteknik~ | petugas~ | kurir~ | kurier~ | operator~ | driver~ | pemandu~ | rider~ | koki~ | chef~ | dokter~ | doktor~ | apoteker~ | perawat~ | jururawat~ | analis~)';
// A team named by its work: "tim lapangan", "pasukan teknikal", "petugas lapangan kami".
const TEAM_ID_MS = `(tim~ | pasukan~ | bagian | bahagian | ${STAFF_NOUN}) (lapangan | teknis | teknikal | gudang | support | cs | pengiriman | penghantaran | operasi | produk | kyc | verifikasi | klaim | tuntutan | billing | kewangan | keuangan)?`;
// Subjects of "we are busy".
const US = `(@ours | ${TEAM_ID_MS} kami? | cs kami | admin~ | semua (agen | staf | kakitangan | orang))`;
// Words that hold a state ("sedang", "memang", "saat ini"), any few of them.
const HOLD_WORD = '(sedang | lagi | masih | tengah | memang | amat | sangat | benar-benar | juga | pun | sekarang | saat ini | kini | agak | sedikit)';
const HOLD = `${HOLD_WORD}? ${HOLD_WORD}? ${HOLD_WORD}?`;
// What a small business calls itself: "kedai kami kecil je", "bengkel kami kecil", "kami cuma usaha kecil".
const OUR_OUTFIT = '(toko | kedai | usaha | bisnes | bisnis | tim | pasukan | team | syarikat | perusahaan | company | bengkel | klinik | kafe | restoran | kilang | pabrik | butik | gerai | warung | cawangan | cabang | outlet | studio | kedai online | toko online)';
const SYSTEM_ID_MS = '(sistem~ | server~ | aplikasi~ | jaringan~ | rangkaian~ | talian~ | web~ | website~ | laman web~ | portal~)';
const SYSTEM_FAULT_ID_MS = '(error | eror | down | slow | lag | lembab | sangkut | tersangkut | jem | gangguan | terganggu | bermasalah | ada masalah | ada gangguan | ada kendala | ada error | ada ralat | trouble | maintenance | pemeliharaan | penyelenggaraan | perbaikan | offline | lemot | lambat | perlahan | hang | crash | rusak | rosak | ralat | tergendala | mati | tidak berfungsi | sedang diperbaiki | isu | masalah teknikal | masalah teknis | kendala teknis)';
// "We", or a team of ours: "the KYC team", "our engineers", "the whole team".
const EN_US =
  '(we | i | everyone | everybody | (the | our) (whole | entire)? _? (team | staff | agents | engineers | crew | department | people | partner | partners) | (the | our) (warehouse | kitchen | office | store | shop | branch | depot | hub | call centre | call center | workshop | lab | factory | courier | couriers | drivers | riders | technicians))';
const EN_BE = '(are | am | is | have been | has been | were | was)';
const EN_VERY_WORD = '(really | very | extremely | super | so | incredibly | absolutely | just | completely | totally | utterly | a bit | quite | also | pretty | all | still | currently)';
const EN_VERY = `${EN_VERY_WORD}? ${EN_VERY_WORD}? ${EN_VERY_WORD}?`;
const BOSS = '(manajer~ | manager~ | atasan~ | supervisor~ | penyelia~ | pengurus~ | bos~ | boss~ | ketua~ | kepala~ | head)';
const EN_BOSS = '(manager | supervisor | boss | team lead | team leader | head | she | he)';

// Connectors that pass a fact on to the customer as a consequence. "So sorry", "so that" are not.
const THEREFORE = '(jadi | jadinya | sehingga | makanya | maka | oleh itu | oleh sebab itu | oleh karena itu | oleh kerana itu | sebab itu | sebab tu | sebab itulah | sebab tulah | pasal tu | so -(sorry | much | glad | happy | that | far | many) | therefore | hence | which is why | that is why | that means | which means | meaning)';

// The clause that passes the excuse on ("…, jadi pengiriman agak lambat", "…, so you'll have to wait") goes with it.
const PASSED_ON_TAIL = `${THEREFORE} _`;
// The excuse told after "mohon dimaklumi, …".
const EXCUSE_TAIL = '(@ours | tim~ | pesanan~ | orderan~ | sistem~ | we | our | the system | it) .. (sibuk | menumpuk | numpuk | ramai | banyak | penuh | error | down | gangguan | busy | swamped | short)';

const SORRY_FOR_THE_WAIT_EN = ["I'm sorry for the wait", "we're working on it"];
const SORRY_FOR_THE_WAIT = { id: ['mohon maaf atas keterlambatannya', 'kami sedang menanganinya'], ms: ['saya mohon maaf atas kelewatan ini', 'kami sedang uruskannya'] };

// Internal workload in English as a frame, not a bare word: "high volumes", "record volumes", "a backlog", "short-staffed",
// "stretched thin", "crazy busy", and busy or swamped said of us ("we're swamped", "the team is really busy", "it's been
// busy here"). Never of the customer ("you're busy", "you've been overwhelmed"), nor a speaker's volume or a busy line.
const WORKLOAD_FRAME_EN =
  '(high | higher | record | heavy | heavier | unusual | unusually high | unprecedented | increased | huge | massive) (call | ticket | order | email | ' +
  'chat | request | contact | message | enquiry | inquiry | support)? (volume | volumes) | backlog | backlogs | backlogged | short-staffed | ' +
  'short staffed | understaffed | staff shortage | staff shortages | stretched thin | crazy busy | snowed under | run off our feet | rushed off our feet | ' +
  '(double | triple | twice | three times | four times | 2x | 3x) (the)? (usual | normal) (number of)? (orders | calls | tickets | requests | emails | ' +
  'chats | volume | volumes | parcels | deliveries | bookings)';
// "They" is another team or a partner ("they're very busy in Clearing week, so…"); the customer is "you".
const OF_US_EN =
  '(we | we all | they | everyone | everybody | (the | our) (whole | entire)? _? (team | teams | staff | agents | warehouse | office | store | shop | ' +
  'branch | kitchen | depot | call centre | call center | crew | department | courier | couriers | drivers | riders | technicians | engineers | ' +
  'hub | lab | workshop | factory))';
// A stretch of time at our end: "it's been a crazy week here", "tonight was crazy".
const OUR_STRETCH_EN = '(week | weekend | day | night | month | fortnight | few days | few weeks | period | season | time)';
const BEEN_EN = '(is | are | am | was | were | have | has | had)? (been)? (getting)?';
const WORKLOAD_EN = [
  `<-(line | lines | (line | lines) (is | was | were | are)) (${WORKLOAD_FRAME_EN})`,
  `${OF_US_EN} ${BEEN_EN} ${EN_VERY} (busy | swamped | overwhelmed | inundated | stretched | slammed | flat out)`,
  `(it | things) ${BEEN_EN} ${EN_VERY} (busy | hectic | crazy | manic) (here | at our end | on our side | in the (warehouse | office | store | shop | kitchen))`,
  // "It's been really busy, so…": ours unless said to be the customer's ("busy for you").
  `(it | things) ${BEEN_EN} ${EN_VERY} (busy | hectic | manic | busier than (usual | normal | ever)) -(for you | on your (end | side) | at your end)`,
  `it ${BEEN_EN} (a | an)? ${EN_VERY} (busy | hectic | crazy | manic | mad) ${OUR_STRETCH_EN} -(for you | on your (end | side) | at your end)`,
  `(tonight | today | this week | this month | this weekend | yesterday) ${BEEN_EN} ${EN_VERY} (busy | hectic | crazy | manic | mad)`,
  `(queue | queues | everything | orders | tickets | requests | verification | verifications | applications | claims) ${BEEN_EN} ${EN_VERY} backed up`,
];
// What the workload causes, in its sentence; "so" only as the joiner of a clause that carries it ("…, so replies are
// slower", "so you'll have to wait"), never "so sorry" or "so much".
const WORKLOAD_CAUSES_EN =
  '(\\, so -(sorry | much | many | far | glad | happy | grateful) | so (you | your | we | our | it | things | replies | responses | there | orders | ' +
  'everything | please | the | any | some | this | delivery | deliveries | shipping | processing) | which is why | that is why | this is why | ' +
  'due to | because | as a result | hence | means | meaning | causing | caused | behind | slower | delayed | delay | delays | longer | taking)';
// A delay owned, or the workload denied as a reason: news, not an excuse.
const WORKLOAD_OWNED_EN = [
  '(no excuse | not an excuse | is not your problem | is not your concern | should not be your problem | that is on us | our fault | should have | should not have)',
  // With its fix: "it's been crazy busy, so I've processed your order by hand", "…, but I've pushed yours to the front".
  '(i | we) (have | will | am | are) (already | just | personally | now)? (gone ahead and)? (processed | raised | escalated | chased | sent | refunded | ' +
    'rebooked | arranged | booked | flagged | pushed | prioritised | prioritized | moved | expedited | upgraded | reserved | credited | fixed | processing | chasing | ' +
    'making sure | make sure | put)',
  '(by hand | manually)',
  // The delay owned first, the workload only said with it: "apologies for the delay in responding, it's been a busy fortnight".
  '(sorry | apologies | apologise | apologize) for (the | this | our | my)? (delay | delays | wait | slow reply | late reply | slow response | late response)',
];

// Our trouble, as what the customer is asked to accept: the delay, the disruption, the inconvenience.
const OUR_TROUBLE_ID_MS =
  '(keterlambatan~ | kelewatan~ | kelambatan~ | kelambatan~ | penundaan~ | penangguhan~ | kendala~ | gangguan~ | ketidaknyamanan~ | kesulitan~ | kesukaran~ | kesulitan~ | lambatnya | lewatnya | tertundanya)';
// What a request to understand may be about besides our trouble: a fact, steps, terms to be followed.
const NOT_A_PLEA_ID_MS =
  'bahwa | bahawa | langkah~ | langkah-langkah~ | cara~ | cara-cara | petunjuk~ | panduan~ | instruksi~ | arahan~ | isi~ | informasi~ | maklumat~ | penjelasan~ | syarat~ | ketentuan~ | terma~ | prosedur~ | dengan baik | sebelum';

/** Said whatever follows: the excuse itself asks the customer to accept it. */
const ALWAYS: readonly PhrasePattern[] = [
  {
    lang: ['id', 'ms'],
    match: [
      // Not the letter's closing formula, "Sekian, harap maklum" (for your information): it closes the letter, after
      // whatever it said, rather than ask the customer to carry our trouble.
      '<-(sekian | sekian \\,) (mohon | harap | harap untuk | mohon untuk | sila) (dapat | bisa | kiranya)? (dimaklumi | maklum | dimaklumkan keadaan kami)',
      // "Harap tuan maklum la": the same request, with the customer named in it.
      '(mohon | harap) (bapak | ibu | kakak | kak | pak | bu | tuan | puan | encik | cik | anda | awak) (dapat | bisa | boleh)? (maklum | memaklumi | maklumi) -(bahawa | bahwa)',
      '(maklum | maklumlah) ya? (kak | pak | bu | encik | cik | puan | tuan)? (kami | sedang | lagi | tengah | sekarang)',
      '(mohon | harap | sila | tolong) (@customer)? (dapat | boleh | bisa)? ((bersabar | sabar) (dan | serta))? (fahami | pahami | mengerti | memahami | faham | paham | maklum) (akan | dengan)? (keadaan | situasi | kondisi) (kami | kita)',
      // "Mohon pengertiannya ya kak": the same request to accept our trouble.
      '(mohon | harap | minta) (pengertian~ | kefahaman~ | pemahaman~ | permakluman~) -((dan | serta) (maaf | kerjasama))',
    ],
    suggest: { id: ['mohon maaf atas ketidaknyamanannya', 'kami sedang menanganinya'], ms: ['saya mohon maaf atas kesulitan ini', 'kami sedang uruskannya'] },
    messageId: 'askToAccept',
    replaces: 'clause',
    tail: [EXCUSE_TAIL, PASSED_ON_TAIL],
    // "Harap maklum bahawa pampasan ini tidak diberikan dalam semua kes" frames a gift (favor-framing's), not our trouble.
    unlessInSentence: '(pampasan | kompensasi | ganti rugi | baucar | voucher | hadiah | budi bicara | goodwill | pengecualian)',
  },
  {
    // The same request with what is to be accepted named as our trouble, or as "-nya" after it: "keterlambatan ini
    // mohon dapat dipahami", "pencairan memang tertunda dan mohon Bapak dapat memakluminya", "kelewatan ini harap
    // difahami". Not "mohon dipahami" before a rule, a favour or steps ("mohon dipahami ya Kak, ini di luar prosedur
    // biasa", "mohon dipahami bahwa…"), which the tune labels give to other rules or none.
    lang: ['id', 'ms'],
    match: [
      `${OUR_TROUBLE_ID_MS} (ini | tersebut | itu | ni | tu)? (kami)? (mohon | harap) @customer? (dapat | bisa | boleh | kiranya)? (dipahami | dimengerti | difahami | dimaklumi)`,
      `(mohon | harap) @customer? (dapat | bisa | boleh | kiranya)? (memakluminya) -(${NOT_A_PLEA_ID_MS})`,
    ],
    suggest: { id: ['mohon maaf atas ketidaknyamanannya', 'kami sedang menanganinya'], ms: ['saya mohon maaf atas kesulitan ini', 'kami sedang uruskannya'] },
    messageId: 'askToAccept',
    replaces: 'clause',
    tail: [EXCUSE_TAIL, PASSED_ON_TAIL],
    unlessInSentence: `(pampasan | kompensasi | ganti rugi | baucar | voucher | hadiah | budi bicara | goodwill | pengecualian | khusus | di luar prosedur | ${NOT_A_PLEA_ID_MS})`,
  },
  {
    lang: ['en'],
    match: [
      'please (understand | appreciate | bear in mind | be understanding) that? (we are | we have | our | the system | it is | this is | things are) .. (busy | short | down | swamped | overwhelmed | high | peak | holiday | human | best | limited | backlog | backlogged | error | issues)',
      'you (have to | must | need to | should) understand that? (we | our)',
      // "We would ask the public to understand the pressures we are under."
      '(ask | asking) (you | the public | our customers | customers | everyone)? to (understand | appreciate | bear in mind) (the | our) (pressure | pressures | situation | position | workload | constraints | circumstances)',
    ],
    suggest: ["I'm sorry for the trouble", "we're working on it"],
    messageId: 'askToAccept',
    replaces: 'clause',
    tail: [EXCUSE_TAIL, PASSED_ON_TAIL],
  },
  {
    // Short-staffed: our staffing is never the customer's problem. Who is short ("tim kami lagi …") is in the clause
    // the rewording replaces, so the patterns start at the shortage.
    lang: ['id', 'ms'],
    match: [
      `(kekurangan | kurang | tidak cukup) ${STAFF}`,
      // Agents type the English word inside Malay and Indonesian: "hari ni kami short staff".
      '(short staff | understaff | kurang tangan)',
      // "Team housekeeping kami kurang 6 orang": the shortfall counted.
      '(kurang | kekurangan) (@number | satu | dua | tiga | empat | lima | enam | beberapa) (orang | staf | staff | pekerja | kakitangan | karyawan | pegawai | petugas)',
      `(banyak | ramai | separuh | sebahagian | setengah | sebagian | sebahagian besar) (dari | daripada)? (${STAFF} | rekan | rakan) (kami | kita)? ${HOLD} yang? (cuti | bercuti | libur | sakit | izin | mc)`,
      // "Pegawai kredit kami ramai yang bercuti."
      `${STAFF} _? (kami | kita)? (ramai | banyak | separuh | sebahagian | setengah | sebagian) yang? ${HOLD} (cuti | bercuti | libur | sakit | izin | mc)`,
    ],
    suggest: SORRY_FOR_THE_WAIT,
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['en'],
    match: [
      '(short-staffed | short staffed | understaffed | short-handed | short handed | shorthanded)',
      '(short | low) (on | of) (staff | people | agents | hands)',
      'lack of (staff | manpower | agents)',
      '(half | most | many | a lot) of? (the | our) (team | staff | agents | people) (is | are) (off | out | away | sick | on leave)',
      '(half | most | many | a lot) of? (the | our) _ _? (is | are) (off | out sick | away | sick | on leave | on holiday) -((to | for))',
      // "…with half the support team out sick"; "we are running a skeleton crew over the weekend".
      '(half | most | many | a lot | several) of? (the | our) _? (team | staff | agents | engineers | crew | people) (out sick | off sick | on leave | on holiday | away sick | down with)',
      'skeleton (crew | staff | team)',
      // "We're down half the team."
      'down (half | a third | a quarter | several | a few | two | three | four | @number) (of)? (the | our)? _? (team | staff | people | agents | engineers | drivers | technicians | crew)',
      // "We've had loads of staff off sick."
      '(loads | lots | a lot | a bunch | several | many | most | half) of? (our | the)? (staff | team | people | agents | engineers | drivers | colleagues | technicians) (off sick | out sick | off ill | on sick leave | on leave | off work | down with)',
      // "It's just me and one other person on call tonight."
      '(just | only) me and (one | two | a couple | a few | @number) (other | of)? (person | people | agent | agents | colleague | colleagues | engineer | engineers | tech | techs | staff)? (on | working | here | in | covering)',
      // "The only person who can approve refunds over RM500 is on leave."
      'the only (person | one | people | agent | manager | staff member | engineer) ((on | in) (our | the) team)? ..8 (is | are | was) (currently | still)? (on leave | off | away | out of office | out of the office | on holiday | off sick | out sick | on vacation)',
    ],
    suggest: ["I'm sorry for the wait", "we're working on it"],
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    // Busy beyond the everyday: "terlalu sibuk", "swamped", the manager "in meetings all day".
    lang: ['id', 'ms'],
    match: [
      `${US} ${HOLD} (terlalu sibuk | sibuk (banget | sekali | sangat | gila) | kewalahan | overload | kebanjiran)`,
      `${BOSS} @ours? ${HOLD} sibuk? dengan? (rapat~ | meeting~ | mesyuarat~ | bermesyuarat~) (seharian | sepanjang hari | seharian penuh | satu hari | full day)`,
    ],
    suggest: SORRY_FOR_THE_WAIT,
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['en'],
    match: [
      `${EN_US} ${EN_BE} ${EN_VERY} (swamped | snowed under | overwhelmed | flat out | rushed off our feet | run off our feet | too busy | extremely busy | incredibly busy | crazy busy | super busy | so busy | slammed | stretched thin | maxed out)`,
      `${EN_BOSS} (is | has been | will be)? in (a meeting | meetings | back-to-back meetings) (all day | the whole day | all afternoon | all morning | all week)`,
      // "All our supervisors are tied up with the outage backlog today."
      '(manager | managers | supervisor | supervisors | team lead | team leads | team leader | team leaders) (is | are | have been | has been) all? tied up',
    ],
    suggest: ["I'm sorry for the wait", "we're working on it"],
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    // Internal trouble told in English's own idioms: staff lost ("we lost two packers this month"), work piling in
    // ("we're getting hammered with tickets"), systems that cannot cope ("our servers can't keep up", "the site has
    // been overloaded all week"), people in short supply ("riders are super limited tonight").
    lang: ['en'],
    match: [
      '(we | we have | the team | the team has | our team | our team has | the warehouse | the warehouse has) (lost | been losing) (two | three | four | a few | several | some | half | most | @number) (of)? (our | the | its)? (staff | people | packers | drivers | riders | agents | team members | members of staff | staff members | engineers | technicians | colleagues | crew)',
      `${EN_US} ${EN_BE} ${EN_VERY} (getting | being) (hammered | slammed | flooded | inundated | bombarded | overwhelmed | buried | drowned) (with | by)`,
      `${EN_US} ${EN_BE} ${EN_VERY} (drowning | buried | snowed under | up to our eyeballs | underwater)`,
      '(our | the) (server | servers | system | systems | site | website | platform | portal | app | network) (can not | cannot | could not | just can not | just cannot) (keep up | cope | handle (it | the (load | volume | traffic | demand)))',
      '(our | the) (server | servers | system | systems | site | website | platform | portal | app | network | lines | phone lines) (has been | have been | was | were | is | are) (completely | totally | really | very | badly)? (overloaded | overwhelmed | jammed | crashing | swamped)',
      `(riders | drivers | couriers | staff | agents | technicians | engineers | our (riders | drivers | staff | agents | technicians)) ${EN_BE} ${EN_VERY} (limited | scarce | thin on the ground | in short supply | stretched)`,
      // "we're 3 riders short", "operating with reduced crews", "has been having driver issues all month".
      '(we are | we were | the kitchen is | the team is | the warehouse is) (@figure | one | two | three | four | a few | several | a couple of)? (riders | drivers | staff | people | agents | packers | technicians | engineers | chefs | cooks | hands | crew members) (short | down)',
      '(operating | running | working) (with | on) (reduced | limited | fewer | a reduced | a limited | minimal | skeleton) (crews | crew | staff | staffing | team | teams | numbers | capacity)',
      '(has been | have been | is | are | was | were) having (driver | staff | staffing | system | server | supply | stock | technical | it | network | courier) (issues | problems | trouble | shortages)',
      // What we cannot do for everyone, said as a limit the customer must accept: "our team simply can't check every
      // contact detail", "we can't check every single letter ourselves".
      '(we | our team | the team | our staff | our agents) (simply | just)? (cannot | can not) (possibly)? (manually)? (check | review | verify | monitor | read | answer | inspect | track | chase | call) (every | each) (single)? _',
    ],
    suggest: ["I'm sorry for the wait", "we're working on it"],
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
    // "It's not your problem that our phone lines are overloaded": owned, not asked to be accepted.
    unlessInSentence: 'not your (problem | fault | concern | responsibility)',
  },
];

/** "Not robots": our limits, asked to be accepted, whatever follows. */
const ONLY_HUMAN: readonly PhrasePattern[] = [
  {
    // "Admin kan juga manusia, bukan robot yg online 24 jam"; "rider pun manusia, bukan robot": our capacity, not a
    // slip ("kami pun manusia, silap sikit je" owns a mistake, and is the tone rules' when said to an angry customer).
    lang: ['id', 'ms'],
    match: [
      `(kami | kita | kitorang | saya | aku | admin~ | cs | tim | pasukan | ${STAFF_NOUN}) (ni | ini | tu | itu)? (juga | pun | cuma | hanya | sekadar | sahaja)? manusia (biasa)? ..3 bukan (robot | mesin)`,
      `(kami | kita | kitorang | saya | aku | admin~ | cs | tim | pasukan | ${STAFF_NOUN}) (ni | ini | tu | itu)? bukan (robot | mesin)`,
    ],
    suggest: SORRY_FOR_THE_WAIT,
    replaces: 'clause',
    unlessAfter: '(bukan | tidak | tak | kalau | jika)',
  },
  {
    lang: ['en'],
    match: [
      '(we are | i am | they are | (our | the) (staff | team | agents | riders | drivers) are) not (robots | machines)',
    ],
    suggest: ["I'm sorry for the wait", "we're working on it"],
    replaces: 'clause',
  },
];

/** Helplessness: "there's nothing more I can do", whatever stands before it. */
const HELPLESS: readonly PhrasePattern[] = [
  {
    lang: ['en'],
    // Not "nothing we can do to change what happened", which owns the loss. "There is" stays in the match, so that
    // `unlessAfter` reads the words before it ("if there is nothing…"), not its own "is".
    match: ['(my | our) hands are (completely | really)? tied', '(there is | there was)? (nothing | not (a lot | much) more?) (more | else | further)? (i | we | anyone | anybody) (can | could) do -(to (change | undo | reverse | make up for | turn back | give back)) (about it | from my end | from our end | on our side | to speed it up | to speed this up)?'],
    suggest: ["I'm sorry for the trouble", "we're working on it"],
    replaces: 'clause',
    unlessAfter: '(if | whether | unless | not | never | is)',
    // "…because if you didn't, we won't receive it and there's nothing we can do": what follows from the customer's own step.
    unlessInSentence: '(but | however | except | apart from | without | until you | unless you | if you)',
  },
  {
    lang: ['id', 'ms'],
    match: [
      '(tidak | tiada) ada? (apa | apa-apa | apa pun | apapun) lagi? yang (bisa | boleh | dapat) @ours (lakukan | buat)',
      // "Kami udah gak bisa ngapa2in lagi", "kami pun tak boleh buat apa": the chat forms too.
      '@ours (sudah | memang | pun | juga)? (sudah | memang | pun | juga)? tidak (bisa | boleh | dapat) nak? ((berbuat | buat) (apa-apa | apa pun | apapun | apa) | ngapa-ngapain | ngapa2in | ngapain)',
      '<-(_) (tidak | tak) (boleh | bisa) (buat | berbuat) (apa | apa-apa) (la | lah | ya | ye | pun)? -(_)',
      // "Tak ada apa kami boleh buat sekarang": the same, with the subject after "apa".
      '(tidak | tiada) ada? (apa | apa-apa | apa pun | apapun) (yang)? @ours (bisa | boleh | dapat) (lakukan | buat | berbuat | bantu)',
    ],
    suggest: { id: ['mohon maaf atas kendalanya', 'kami sedang menanganinya'], ms: ['saya mohon maaf atas gangguan ini', 'kami sedang uruskannya'] },
    replaces: 'clause',
    unlessAfter: '(jika | kalau | apabila | bila | sekiranya | bukan | apakah | adakah)',
    // "Tanpa nomor resi": nothing to do until the customer sends what is needed, a clarifying ask, not helplessness.
    unlessInSentence: '(namun | tetapi | tapi | kecuali | selain | tanpa | sebelum)',
  },
];

/** Our workload named in English, not denied or put as a condition, and not owned; passed on or given as a cause below. */
const WORKLOAD_NAMED_EN = {
  lang: ['en'],
  match: WORKLOAD_EN,
  suggest: SORRY_FOR_THE_WAIT_EN,
  replaces: 'clause',
  unlessAfter: '(not | never | no | if | when | whether)',
  unlessInSentence: WORKLOAD_OWNED_EN,
} as const satisfies PhrasePattern;

/** Excuses that are facts when told as news, and excuses when the customer must carry them ("…, so you'll have to wait"). */
const WHEN_PASSED_ON: readonly PhrasePattern[] = [
  {
    // The same workload passed on in the next sentence (`passedOnNearby`): "We've had record volumes since the
    // launch. Please bear with us."
    ...WORKLOAD_NAMED_EN,
  },
  {
    lang: ['id', 'ms'],
    match: [
      `${US} ${HOLD} (sibuk | banyak kerja | banyak pekerjaan | banyak urusan | penuh)`,
      `(${US} | cs~) (kami | kita | tu | itu | ni | ini)? (cuma | hanya | tinggal | sahaja) tinggal? (satu | dua | tiga | empat | lima | beberapa | sedikit | @number) (orang | staf | agen | ejen | admin | cs)`,
      // "Sy sorang je yg uruskan order, packing, reply mesej semua": one person for everything.
      '(saya | aku) (seorang | sorang | sendiri | sendirian) (saja | sahaja | je | aja)? (yang | yg) (urus~ | uruskan | mengurus~ | menguruskan | handle | jaga | menjaga | pegang | memegang | kerjakan | mengerjakan | buat)',
      // "Satu-satunya staf yang boleh meluluskan refund sedang cuti."
      '(satu-satunya | cuma satu | hanya satu) (orang | staf | pegawai | petugas | kakitangan | karyawan) ..8 (sedang | lagi | tengah | masih)? (cuti | bercuti | sakit | izin | mc | tidak masuk | off)',
      // "Toko kami kecil", "kedai kami kecil je": a small shop asks the customer to carry its size.
      // Said with the fact that passes it on ("…kecil je cik, sy sorang yg uruskan order, … memang tak sempat"); "toko
      // kami kecil tapi kami jaga setiap pesanan" owns it.
      `${OUR_OUTFIT} _? (kami | kita) (memang | cuma | hanya)? (kecil | kecik) -((saja | sahaja)? _? (tapi | tetapi | namun | but))`,
      `(kami | kita) (ni | ini)? (cuma | hanya | memang)? ${OUR_OUTFIT} (yang)? (kecil | kecik)`,
      // "Staf kat kedai pun tinggal tiga orang je": who is left, with where they are slotted in.
      `${STAFF_NOUN} ..4 (cuma | hanya | tinggal | sahaja) tinggal? (satu | dua | tiga | empat | lima | beberapa | sedikit | @number) (orang | staf | agen | ejen | admin | cs)`,
      // A change of our own system told as the cause: "sistem billing kami baru je migrasi ke platform baru".
      `${SYSTEM_ID_MS} _? (kami | kita)? (baru | sedang | lagi | tengah | masih) (saja | sahaja)? (dalam proses | dalam tahap)? (migrasi | bermigrasi | dimigrasi | pindah | berpindah | dipindahkan | upgrade | diupgrade | dinaik taraf | naik taraf | ditukar | bertukar | diganti | berganti | tukar | ganti)`,
      // "Semua teknisi full booked"; "waktu hujan memang driver kurang".
      `(semua | seluruh) ${STAFF_NOUN} (kami | kita)? ${HOLD} (full booked | fully booked | penuh | sibuk | tidak tersedia | tiada kosong)`,
      `${STAFF_NOUN} _? (kami | kita)? ${HOLD} (kurang | tidak cukup | terhad) -(_)`,
      // "Permintaan lagi tinggi"; "teknisi kami sedang cuti"; "gudang kami tutup selama libur".
      `(permintaan | demand) (yang)? ${HOLD} (tinggi | meningkat | melonjak | membludak | melimpah)`,
      `${STAFF_NOUN} (kami | kita)? ${HOLD} (cuti | bercuti | sakit | off | libur | izin | mc)`,
      `(kantor | pejabat | gudang | kedai | toko | cawangan | cabang | kilang | pabrik | bengkel) (kami | kita)? ${HOLD} (tutup | cuti | libur)`,
      // "Diorang balas lambat sikit sebab team kecil": a small team given as the reason.
      '(sebab | karena | kerana | soalnya) (team | tim | pasukan | staf | staff) (diorang | mereka | dia orang | kami | kita)? (memang)? (kecil | kecik | sikit | sedikit | tak cukup | tidak cukup | kurang)',
      // "Staff lain cuti sekolah": the others are away.
      `${STAFF_NOUN} (lain | yang lain) (semua | semuanya)? ${HOLD} (cuti | bercuti | sakit | mc | off | libur | izin)`,
      // "Chat masuk ratusan tiap hari."
      `(chat | mesej | pesan | pertanyaan | tiket | aduan | keluhan | komplain | pesanan | order | orderan) (masuk | yang masuk)? ${HOLD} (ratusan | ribuan | beratus | beribu | beratus-ratus | beribu-ribu)`,
      // "Petugas semua di lapangan": every hand is out on other jobs.
      `${STAFF_NOUN} (kami | kita)? (semua | semuanya) ${HOLD} (di lapangan | turun padang | turun lapangan | keluar | full booked | fully booked)`,
      `${STAFF_NOUN} (kami | kita)? ${HOLD} (kurang | tidak cukup | terhad) &((so | jadi | sebab | karena | kerana | jadinya))`,
      'gangguan (massal | besar | meluas | serentak)',
      '(banyak | ramai | rame) (sangat | sekali | banget)? (gangguan | kerosakan | kerusakan | laporan gangguan | aduan kerosakan)',
      `(${US} | cs~) (kami | kita)? (cuma | hanya | tinggal | sahaja) (berdua | bertiga | berempat | sendiri | sendirian | seorang diri | seorang)`,
      '(cuma | hanya | tinggal) (satu | dua | tiga | empat | lima | beberapa | sedikit | @number) orang? (staf | staff | agen | ejen | admin | cs | petugas | pegawai | kakitangan | pekerja | orang) yang? (bertugas | jaga | berjaga | kerja | bekerja | masuk | standby | on duty | di pejabat | di kantor)',
      `(antrean | antrian | giliran | barisan) (chat | pesanan | pelanggan | panggilan | komplain)? ${HOLD} (panjang | tinggi | banyak | penuh | padat | ramai | membludak | membeludak | menumpuk | numpuk | melonjak | bertimbun | berlambak | berderet)`,
      `(chat | mesej | pesan | pertanyaan | tiket | aduan | keluhan | komplain | pesanan | order | orderan) (masuk | yang masuk)? ${HOLD} (membludak | membeludak | menumpuk | numpuk | melonjak | bertimbun | berlambak | bertambun)`,
      '(banyaknya | tingginya | ramainya | lonjakan | volume) (antrean | antrian | pesanan | order | orderan | chat | pelanggan | panggilan | komplain | keluhan | aduan | permintaan)',
      '(banyak | ramai | rame) (sangat | sekali | banget | gila)? @customer? (pesanan | orderan | order | pelanggan | customer | komplain | keluhan | aduan | panggilan | penumpang | pengunjung | pesakit | pasien | chat | mesej | tiket | permintaan)',
    ],
    suggest: SORRY_FOR_THE_WAIT,
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['id', 'ms'],
    match: [
      `${SYSTEM_ID_MS} (_ | @courier | @bank | @third-party)? (kami | kita | pusat | utama | mereka | diorang | diorg | dia orang | itu | tu | ini | ni | tersebut)? yang? ${HOLD} (sempat | agak | sedikit)? (ada | mengalami | alami | dalam)? ${SYSTEM_FAULT_ID_MS}`,
      '(gangguan | kendala | masalah | error | ralat | gendala | kerosakan | kerusakan) (pada | di | dengan | dalam)? (sistem | server | jaringan | rangkaian | teknis | teknikal)',
    ],
    suggest: { id: ['mohon maaf atas kendalanya', 'kami sedang menanganinya'], ms: ['saya mohon maaf atas gangguan ini', 'kami sedang uruskannya'] },
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['id', 'ms'],
    match: [
      `${BOSS} @ours? (semua | semuanya)? ${HOLD} (sibuk | rapat | meeting | mesyuarat | bermesyuarat | cuti | bercuti | tidak di tempat | tidak ada di tempat | tiada di pejabat | di luar kantor | di luar pejabat | keluar | off | handle | uruskan | menguruskan | jaga | menjaga | berkursus | kursus | training | outstation | dinas luar)`,
    ],
    suggest: { id: ['saya akan minta beliau menghubungi Anda'], ms: ['saya akan minta beliau menghubungi anda semula'] },
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['id', 'ms'],
    match: [
      '(musim | masa | periode | minggu | bulan) (liburan | libur | perayaan | cuti | promo | promosi | sale | jualan | harbolnas | lebaran | raya | puncak | hujan | banjir | tengkujuh | perayaan)',
      // "Lonjakan pesanan", "penumpukan order": a backlog named as a noun.
      '(penumpukan | tumpukan | lambakan | timbunan) (pesanan | order | orderan | tiket | aduan | komplain | klaim | tuntutan | permohonan | pengajuan)',
      '(karena | kerana | sebab | ada) ada? (promo | promosi | flash sale | sale | harbolnas)',
      '(libur | cuti) (panjang | lebaran | nasional | natal | tahun baru | umum | perayaan | hari raya | bersama)',
      '(tanggal merah | hari raya | harbolnas | musim perayaan)',
      '(high season | peak season | musim ramai | musim sibuk)',
      // "Sekarang waktu puncak": the busy time is now, not a time to avoid ("supaya tak bertembung dengan waktu puncak").
      '(sekarang | lagi | sedang | tengah | masih | ini) (waktu | jam | musim | masa) (puncak | sibuk | sibuk-sibuknya | ramai)',
      // "Stok dari supplier telat"; "pindahan gudang", "migrasi sistem": our own supply or move, passed on.
      '(stok | stock | barang | bahan) (dari | daripada)? (supplier | pembekal | pemasok | vendor | distributor | pabrik | kilang) (telat | lambat | lewat | belum | tertunda | kosong | habis)',
      '(pindahan | pindah | perpindahan | migrasi | ganti | pergantian | penggantian | tukar | pertukaran | naik taraf | upgrade) (gudang | sistem | kantor | pejabat | server | platform | aplikasi)',
      // "Admin yang handle refund lagi cuti."
      '(admin | staf | staff | orang | petugas | pegawai | kakitangan | bagian | bahagian) yang (handle | pegang | memegang | mengurus | urus | uruskan | menguruskan | menangani | bertanggung jawab | bertanggungjawab) ..4 (cuti | bercuti | sakit | off | izin | libur | tidak masuk)',
      // "Team kami mmg kelam kabut", "dapur kita kacau bgt": the chaos of our own place told as the reason.
      `(keadaan | situasi | suasana | kami | (tim | team | pasukan | dapur | kedai | toko | pejabat | kantor | gudang | cawangan | cabang) (kami | kita)?) (di sini | kat sini)? ${HOLD} (hectic | chaos | kacau | kacau balau | kelam-kabut | kelam kabut | huru-hara | huru hara | kalut)`,
      // "Ramai ambik cuti sekolah, yg tinggal ni cuma 3 org": who is away, and who is left.
      '(ramai | banyak) (yang)? (ambil | ambik | amik | mengambil) cuti',
      '(yang) tinggal (ni | ini)? (cuma | hanya | sahaja)? (@number | satu | dua | tiga | empat | lima | beberapa) (orang | staf | staff | agen | ejen | pegawai)',
      // "Minggu ni kami terima beratus aduan", "hundreds of passengers": a count of what comes in.
      '(ratusan | ribuan | beratus | beribu | puluhan | berpuluh) (aduan | chat | pesanan | order | penumpang | pelanggan | pasien | pesakit | permintaan | tiket | komplain | keluhan | panggilan | permohonan | pengajuan)',
      `${US} ${HOLD} (fokus | focus) (ke | pada | kepada | dengan)`,
      // "Tim finance kami sedang dalam proses audit akhir bulan"; "kedai tengah renovasi".
      '(sedang | lagi | tengah | masih) (dalam)? (proses | masa | tempoh)? (audit | stock opname | stok opname | tutup buku | closing | renovasi | pengubahsuaian | ubah suai | pindahan | penutupan akaun)',
    ],
    suggest: SORRY_FOR_THE_WAIT,
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['en'],
    match: [
      `${EN_US} ${EN_BE} ${EN_VERY} (busy | busier than usual | stretched | overloaded | backed up | tied up | booked out | booked up | fully booked)`,
      // "We're a tiny team of 3"; "we're only a small business".
      '(we are | we are just | we are only | we are still) (a | such a) (very | really)? (small | tiny | little | lean) (team | shop | business | company | operation | crew | outfit | kitchen | restaurant | cafe | bakery | store | clinic | office | startup | family business)',
      // "We're a team of two covering all of Selangor"; "running with half the on-call team".
      '(we are | we are just | we are only) a (team | crew) of (@number | two | three | four | five)',
      '(running | working | operating) (with | on) (half | a fraction of | a skeleton | a reduced | a minimal | limited) (the | our)?',
      'half (of)? (our | the) _ _? (did not show | did not turn up | called in sick | called out sick | are out | were out | are off | were off | did not come in)',
      '(double | triple | twice | three times | four times | quadruple) (the)? (usual | normal) (orders | volume | number | amount | traffic | calls | bookings)',
      '(we are | we have been | our team is | i am) (a bit | really | very | also | quite)? (short | low) on _',
      '(system | systems | platform | server | servers | nodes | database | network | app | website | warehouse | tools | software) (is | are) (currently | still)? being (migrated | upgraded | moved | replaced | rebuilt | overhauled)',
      // "Technician visits are booked out three weeks"; "a huge backlog in the devices team".
      '(technicians | technician visits | engineers | engineer visits | visits | appointments | installers | slots | callouts | drivers | riders) (are | were | have been)? (all | currently | fully | completely)? (booked out | booked up | fully booked | tied up | maxed out)',
      '(a | an)? (huge | big | massive | large | enormous | heavy | serious | growing | major) (backlog | pile-up | surge of (orders | requests | tickets | calls | claims))',
      '(high | heavy | huge | large | massive | enormous | record | unusually high | higher than usual | increased) (volume | volumes | number | numbers | amount) of (calls | chats | orders | tickets | requests | enquiries | inquiries | customers | disputes | claims | messages | emails | complaints | applications | bookings | cases)',
      // "The dispute queue is massive"; "we're running about 3 weeks behind"; "verification is backed up".
      '(queue | queues | backlog | inbox | waiting list) (is | are)? (currently | still)? (massive | huge | enormous | very long | really long | long | full | overflowing | backed up)',
      '(running | working) (about | around | roughly | some)? _? (days | weeks | hours) behind',
      '(black friday | cyber monday | boxing day | end-of-month | end of month | month-end | year-end | payroll | tax) (rush | season | period | week | weekend | backlog | peak)',
      '(high | heavy) (call | chat | ticket | order) (volume | volumes)',
      '(holiday | festive | christmas | peak | high | busy | sale | mega sale | promo | promotion) _? (rush | season | period | week | weekend)',
      // "There are only two of us on the night shift."
      'only (one | two | three | four | a few | a handful | @number) of us (on | working | here | in | at | covering | handling)',
      // "Our supplier is running late"; "we're migrating to a new system"; "the person who handles refunds is off".
      '(our | the) (supplier | suppliers | manufacturer | vendor | vendors) (is | are | has been | have been)? (running late | behind | delayed | out of stock | late)',
      '(migrating | moving | switching | changing | upgrading) (to a new | to new | our | the)? _? (system | systems | warehouse | warehouses | platform | office | offices | provider)',
      'system (migration | upgrade | changeover | switchover)',
      // "We're in the middle of a platform migration"; "our payments desk is running behind".
      'in the middle of (a | an | the | our)? _? (migration | move | system change | upgrade | audit | stocktake | stock take | clearing | changeover | restructure | rebrand | relaunch | renovation | peak | rush)',
      '(is | are | was | were | been) (running | way | a bit | falling | fallen | also) (way)? behind',
      // "The admissions office is completely swamped"; "our hotline is jammed with calls": whoever is named.
      `<-(you) (is | are | was | were | been) ${EN_VERY} (swamped | snowed under | overwhelmed | slammed | inundated | jammed | overloaded | stretched thin | way behind)`,
      // "Two of our officers are on maternity leave"; "with several of our front office team on medical leave".
      '(half | most | many | several | some | two | three | four | a few | @number) of (our | the) _ _? _? (is | are | were)? (on (medical | sick | maternity | paternity | annual | emergency)? leave | off sick | out sick)',
      // "Hundreds of passengers … all trying to rebook at once"; "it's month-end".
      '(hundreds | thousands | dozens) of (calls | chats | orders | tickets | requests | passengers | customers | applications | complaints | emails | messages | patients | people | enquiries | bookings)',
      '(it is | it is been) (month-end | end of month | end of the month | year-end | tax season | peak season | holiday season | the holidays | black friday)',
      'the (person | one | guy | lady | colleague | agent | manager | team) (who | that) (handles | deals with | approves | looks after | does | manages | processes) ..4 (is | are) (off | away | on leave | on holiday | out | sick | off sick)',
      '(it is | it is been | it has been | things are | things have been) (absolutely | really | very | so | a bit | pretty)? (mental | crazy | chaos | chaotic | hectic | manic | insane | mad)',
      `${EN_US} ${EN_BE} (been)? (inundated | flooded | bombarded | buried | drowning | focused on | focusing on)`,
      // "We've also been drowning in orders": an adverb slotted between the auxiliaries.
      `${EN_US} (have | has) (also | all | just | really | honestly | literally | totally | completely) been ${EN_VERY} (inundated | flooded | bombarded | buried | drowning | swamped | slammed | overwhelmed | stretched | snowed under | flat out | busy)`,
      '(it is | it has been | it is been | things are | things have been) (all hands on deck | non-stop | nonstop | flat out | a madhouse | a zoo | a nightmare | wall to wall)',
      // "An unusually high number of outage reports"; "a huge number of orders": a count of what comes in.
      '(high | heavy | huge | large | massive | enormous | record | unusually high | higher than usual | increased | unusual) (volume | volumes | number | numbers | amount) of _? (calls | chats | orders | tickets | requests | enquiries | inquiries | customers | disputes | claims | messages | emails | complaints | applications | bookings | cases | reports | returns | deliveries | arrivals | guests | passengers | patients)',
      // "Due to high demand"; "we're experiencing higher than usual volumes"; "the office is closed for the holidays".
      '(high | heavy | huge | unprecedented | increased | unusually high | higher than (usual | normal | expected)) demand',
      'experiencing (a)? (high | heavy | higher than usual | higher than normal | unusually high | increased | large) (volume | volumes | demand | traffic | number)',
      '(office | offices | warehouse | store | shop | branch | factory | kitchen | we) (is | are | will be) (closed | shut) (for | over | during | until)',
      '(chinese new year | cny | hari raya | deepavali | diwali | christmas | ramadan | eid | new year | 11.11 | 12.12) (rush | period | season | week | holidays | break | sale | backlog)',
      // "Our technician is off sick this week."
      '(our | the) (only)? (technician | engineer | specialist | installer | accountant | agent | staff member | driver | rider | courier | chef | baker) (is | are | has been | have been) (off sick | out sick | on leave | away | on holiday | sick | unwell)',
      // "We're only human, so please bear with us."
      '(we are | i am | they are | everyone is | (our | the) (staff | team | agents | riders | drivers | technicians | people) (are | is)) (only | just | all)? (human | humans) -(_)',
      // "Our team is small"; "we just migrated to a new system".
      `(our | the) (team | shop | business | company | store | crew) (is | are) ${EN_VERY} (small | tiny)`,
      '(we | our team) (have | has)? (just | recently | only just)? (migrated | moved | switched | changed | upgraded) (over)? (to | our) ..3 (system | systems | platform | warehouse | provider | software)',
      // "We only have one technician covering the whole region."
      '(only | just) (have | has)? (one | two | three | a few | a handful of | @number) (technician | technicians | engineer | engineers | agent | agents | person | people | driver | drivers | staff | staff member | staff members | rep | reps | installer | installers | nurse | nurses) (covering | on | working | for | handling | available | on shift | on duty)',
    ],
    suggest: ["I'm sorry for the wait", "we're working on it"],
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['en'],
    match: [
      '(system | systems | server | servers | app | website | site | portal | network | payment gateway | payment system) (is | was | are | were | has been | have been | went | is still | keeps | kept)? (completely | totally | still | currently | temporarily | really | very | a bit)? (down | offline | broken | crashed | crashing | glitching | acting up | under maintenance | having issues | having problems | having trouble | not working | playing up | being slow | slow | sluggish | unstable | lagging)',
      '(technical | system | systems | it) (issues | problems | difficulties | glitch | glitches | error | errors | outage | fault)',
    ],
    suggest: ["I'm sorry for the trouble", "we're working on it"],
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
  {
    lang: ['en'],
    match: [
      `${EN_BOSS} (is | was | has been | will be)? (busy | in a meeting | in meetings | on leave | out of the office | out of office | away | unavailable | not available | off today)`,
      '(managers | supervisors | team leads | team leaders) (are | were | have been) all? (busy | in meetings | on leave | away | unavailable | not available)',
    ],
    suggest: ["I'll ask them to call you back"],
    replaces: 'clause',
    tail: PASSED_ON_TAIL,
  },
];

/**
 * What turns a fact into an excuse: the customer is told to carry it. Either we cannot act ("…, jadi tidak bisa
 * menerima telepon"), or the customer must wait and accept it ("…, so you'll have to wait"). Told as news with a fix
 * ("sistem kami down, jadi saya proses manual") it stays a fact.
 */
const passedOnIn = tokenOccurrence([
  `${THEREFORE} (saya | kami | kita | i | we | beliau | dia | he | she | they | mereka | pihak kami | tim kami | there | _)? (memang | juga | pun | masih | is | are | was | were)? (tidak | belum | tiada | cannot | could not | unable | not able | will not be able | nothing | no one | nobody | not (a lot | much | many))`,
  // "…, so your order won't ship until next month".
  `${THEREFORE} .. (will not | would not) (be | ship | arrive | go | get)`,
  // "…, so restoration in some areas will take longer than usual"; "…, jadi semua permohonan lambat sikit diproses":
  // the consequence at the end of a long clause.
  `${THEREFORE} ..8 (take | takes | taking) (longer | a while | more time | a bit longer)`,
  `${THEREFORE} ..8 (lambat | lama | lewat | tertunda | tertangguh) (sikit | sedikit)? (la | lah)? (diproses | dihantar | dikirim | sampai | dibalas | diproses | siap)`,
  // "…, jadi kunjungan paling cepat baru bisa bulan depan".
  `${THEREFORE} .. (paling cepat | paling awal | baru bisa | baru boleh | baru dapat | at the earliest | the earliest | earliest (is | we can | i can))`,
  // "…, so cik kena cuba book lagi"; "you'll have to try again tomorrow".
  '(kena | harus | perlu | terpaksa | mesti | have to | need to | will have to) (cuba | coba | try) _? _? (lagi | semula | again)',
  // "…and we are unable to provide individual updates"; "response times are currently extended".
  '(response | reply | waiting | processing) (time | times) (is | are)? (currently | now)? (extended | longer | slower | delayed)',
  '(replies | responses) (on this channel | here)? (will be | are | may be) (slow | slower | delayed)',
  `${THEREFORE} .. (tunggu~ | menunggu | nunggu~ | ditunggu~ | ditunda | ditangguhkan | on hold | paused | waiting | telat | terlambat | delay~ | tertangguh | terpaksa | bersabar | sabar | lama~ | lambat~ | lewat~ | tertunda | tertangguh | have to wait | need to wait | will have to | wait | be patient | bear with us | nothing | not much | slow | slower | delayed | late | longer | a while)`,
  '(wajar | biasa | normal | maklum) (saja | sahaja | lah)? (kalau | jika | bila | kalo) .. (lama~ | lambat~ | lewat~ | tertunda | tertangguh)',
  '(tunggu | menunggu | ditunggu | nunggu) (saja | sahaja | je | giliran | dulu saja | sajalah)',
  '(harus | perlu | terpaksa | kena | mesti | harap | mohon) (bersabar | sabar | tunggu | menunggu) (saja | sahaja | sajalah)? -(_)',
  '(harus | perlu | terpaksa | kena | mesti) (bersabar | sabar | tunggu | menunggu | nunggu~)',
  // "So we really ask for your patience": the customer is asked to carry it.
  '(ask | asking | request | requesting) (for)? your (patience | understanding)',
  '(mohon | minta | harap) (kesabaran~ | kesabarannya) -((dan | serta) (maaf | kerjasama))',
  '(have to | need to | will have to | must) just? (wait | be patient | bear with us)',
  // "…, so your dispute will have to wait until mid-July"; "…, jadi koreksi tagihan belum bisa diproses".
  '(will | would) (have | need) to wait',
  `${THEREFORE} ..4 (belum | tidak | tak) (bisa | boleh | dapat | sempat)`,
  `${THEREFORE} ..4 (delays | running behind | behind)`,
  // "…, so it may take a few more days"; "deliveries may be delayed"; "expect delays"; "pesanan mungkin agak lambat".
  `${THEREFORE} ..8 (take | takes | taking) ..3 (longer | more | extra | while)`,
  '(may | might | will | could) (take longer | be delayed | be slower | be slow | be late | be a bit late | be a little late)',
  'expect (delays | some delays | a delay | a longer wait)',
  '(mungkin | bakal | akan) (agak | sedikit | sikit)? (lama | lambat | telat | tertunda | lewat | tertangguh)',
  'wait (like everyone else | your turn | in line | in the queue)',
  '(nothing | not much | little | nothing much) (more)? (i | we | anyone | anybody | one) (can | could) (really)? do',
  // "…, so it's likely going to take another few weeks"; "…, so please don't expect a revised bill any time soon".
  `${THEREFORE} ..8 (take | takes | taking) ..3 (days | weeks | months)`,
  `${THEREFORE} ..4 (do not | not) expect`,
  '(tidak | tiada) ada? (apa | apa-apa) yang (bisa | boleh | dapat) (saya | kami) (lakukan | buat)',
  '(saya | kami | i | we) (memang | juga | pun)? (tidak bisa | tidak dapat | belum bisa | belum dapat | tidak boleh | cannot | could not | am unable to | are unable to | am not able to | are not able to)',
  '(try | coba | cuba) _? _? (again | lagi | semula)? (later | tomorrow | nanti | besok | esok | lain kali)',
  // "…, jadi kakak dateng besok aja"; "coba order lagi 15-20 menit lagi": the customer sent away to come back.
  '(datang | dateng | balik | kembali | come back | call back) (lagi | semula | again)? (besok | esok | lusa | nanti | minggu depan | tomorrow | later | next week)',
  '(try | coba | cuba) _? _? (lagi | semula | again) (dalam | in)? (@figure | @number | beberapa | a few | sejam | setengah | half an)',
  // "…, so it's going to be a long wait"; "…, so individual reviews can't be looked at until October".
  `${THEREFORE} ..8 (long | longer) (wait | queue | delay)`,
  `${THEREFORE} ..4 (cannot | can not | could not | will not be able | unable | not able)`,
  '(have to | need to | will have to | must) just? (hang in there | keep trying | sit tight | hold on)',
]);

// "That's no excuse" owns the problem rather than asking the customer to accept it.
// The trouble owned as ours, or said to be no load for the customer ("tapi itu masalah kami, bukan sesuatu yg harus kakak
// tanggung"; "that's on us"): an honest cause told with ownership, not an excuse.
const disownedIn = tokenOccurrence([
  '(bukan | tiada | tidak ada) (alasan | sebab)',
  'no excuse',
  'not an excuse',
  '<-(bukan | tidak | tak) (itu | ini | tu | ni) (memang)? (masalah | tanggung jawab | tanggungjawab | kesalahan | kesilapan | salah | silap) (kami | kita | saya) -(_ _)',
  '(bukan | tidak) (sesuatu | hal) (yang)? (harus | perlu | patut | sepatutnya | wajib) (@customer)? (tanggung | menanggung | pikul | memikul | hadapi | menghadapi)',
  '(that is | it is | this is) (on us | our (fault | problem | responsibility | mistake) | my (fault | mistake))',
  '(not | never) (something)? (you | your) (should | should have to | have to) (deal with | carry | bear | worry about)',
]);

// Our costs given as the reason ("biaya perbaikan … sudah sangat besar, anggaran kami terbatas") are internal-costs'.
const costsIn = tokenOccurrence(['(biaya | ongkos | anggaran | kos | cost | costs | budget | margin | margins | kerugian | keuntungan | profit | rugi)']);

// Read apart from the other families, so that its clause never takes the place of a finding of theirs.
const WORKLOAD: readonly PhrasePattern[] = [
  {
    // The workload named with what it causes, in its sentence: "it's been crazy busy since the sale, so replies are
    // slower", "there's a backlog from Monday's outage, which is why it's taking longer". The same fact with its fix
    // ("…, so I've processed your order by hand") is news.
    ...WORKLOAD_NAMED_EN,
    onlyWithInSentence: WORKLOAD_CAUSES_EN,
  },
];

const alwaysRule = phraseRule(meta, [...ALWAYS, ...ONLY_HUMAN, ...HELPLESS]);
const passedOnRule = phraseRule(meta, WHEN_PASSED_ON);
const workloadRule = phraseRule(meta, WORKLOAD);

// Words that open a sentence which carries the one before it on to the customer: "…banyak parcel tersangkut. Jadi puan
// tunggu je la dulu."; "Lagi gangguan massal. Tunggu aja."
const CARRIES_ON = new Set(['jadi', 'jadinya', 'makanya', 'maka', 'so', 'therefore', 'hence', 'tunggu', 'nunggu', 'sabar', 'bersabar', 'wait']);

/** Whether the sentence around a finding holds what `occurrence` looks for. */
function sentenceHas(occurrence: (doc: TextDocument, from: number, to: number) => boolean, draft: TextDocument, finding: RawFinding): boolean {
  const view = tokenView(draft);
  const sentence = sentenceIndexAt(draft, draft.tokenStarts[tokenAtSource(draft, finding.start)] ?? 0);
  return occurrence(draft, view.sentenceStarts[sentence] ?? 0, view.sentenceEnds[sentence] ?? 0);
}

/**
 * The customer asked outright to carry it: "please bear with us", "encik kena sabar la", "bersabar je la". Said in the
 * sentence after the fact, it passes the fact on whatever the sentence opens with ("…we're pretty stretched. Realistically
 * it's another 3-4 weeks, so I'd ask you to bear with us"). "Thanks for bearing with us" thanks, it does not ask.
 */
const askedToCarryIn = tokenOccurrence([
  '(please | kindly | ask you to | asking you to | need you to) (just)? (bear with us | be patient | wait)',
  '(you will | you would) (need | have) to (bear with us | be patient | wait)',
  '(mohon | harap | sila | tolong | kena | perlu | harus | terpaksa) (kakak | kak | bapak | pak | ibu | bu | encik | cik | puan | tuan | anda | awak)? (dapat | boleh | bisa)? (bersabar | sabar | faham | fahami | memahami | maklum | tunggu saja | tunggu dulu)',
  '(bersabar | sabar) (saja | sahaja | sajalah)',
  // "We kindly ask for your understanding in this matter."
  '(ask | asking | request | requesting) (for)? your (patience | understanding)',
]);

// A fix joined to the fact ("we're a small team, and I'll make sure your order ships today") keeps it news, whatever
// patience is asked for after it.
const fixJoinedIn = tokenOccurrence(['(and | but | dan | tapi | tetapi | namun | jadi | so) (i | we | saya | kami) (will | have | am | akan | sudah | telah | udah | dah | sedang | tengah)']);

// What we do about it, told in the sentence after the fact ("Sistem JNE lagi down. Saya sudah laporkan ke JNE dan kabari
// Kakak jam 3."): a status update with its fix, whatever patience is asked for after it.
const fixIn = tokenOccurrence([
  '(i | we | saya | sy | kami | aku) (have | will | am | are | akan | sudah | telah | udah | dah | sedang | tengah | lagi | baru) (already | just | personally)? (processed | raised | reported | escalated | chased | contacted | sent | refunded | rebooked | arranged | booked | flagged | pushed | processing | chasing | proses | memproses | laporkan | melaporkan | laporin | hubungi | menghubungi | kirim | mengirim | hantar | menghantar | refund | eskalasi | follow up | teruskan | meneruskan | ajukan | mengajukan | uruskan | urus | bantu | tolong | push | prioritaskan | utamakan)',
]);

/**
 * Whether the sentence around a finding passes it on, or the next one when it opens as its consequence or asks the
 * customer outright to carry it.
 */
function passedOnNearby(draft: TextDocument, finding: RawFinding): boolean {
  if (sentenceHas(passedOnIn, draft, finding)) return true;
  if (sentenceHas(fixJoinedIn, draft, finding)) return false;
  if (sentenceHas(askedToCarryIn, draft, finding)) return true;
  const view = tokenView(draft);
  const next = sentenceIndexAt(draft, draft.tokenStarts[tokenAtSource(draft, finding.start)] ?? 0) + 1;
  const start = view.sentenceStarts[next];
  const end = view.sentenceEnds[next];
  if (start === undefined || end === undefined) return false;
  // A fix told in the next sentence keeps the fact news.
  if (fixIn(draft, start, end) && !passedOnIn(draft, start, end)) return false;
  // Two sentences on is too far: "Our system was down. Your order is on its way. Please be patient with the courier."
  if (askedToCarryIn(draft, start, end)) return true;
  return CARRIES_ON.has(view.words[start] ?? '') && passedOnIn(draft, start, end);
}

/** One finding per excuse: families overlap ("manajer sedang rapat seharian" is busy and a meeting). */
function withoutOverlaps(findings: RawFinding[]): RawFinding[] {
  const byReach = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawFinding[] = [];
  for (const finding of byReach) {
    const last = kept.at(-1);
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}

export const excuse: Rule = {
  meta,
  check(context) {
    const { draft } = context;
    const passedOn = passedOnRule.check(context).filter((f) => passedOnNearby(draft, f) && !sentenceHas(costsIn, draft, f));
    const findings = [...alwaysRule.check(context), ...passedOn, ...workloadRule.check(context)].filter((f) => !sentenceHas(disownedIn, draft, f));
    return withoutOverlaps(findings);
  },
};
