import { phraseRule } from './rule.js';

// Parties whose fault an agent may be tempted to name, from the lexicon: @department (bagian, divisi, gudang, jabatan,
// billing…), @courier (kurir, ekspedisi, kurier, courier and the couriers of each market by name), @bank (banks and
// payment gateways) and @third-party (vendor, penjual, mitra, pembekal, supplier, airline…): the customer sees one company.
const ID_PARTY = '(@department | @courier | @bank | @third-party | pihak~ | toko~ | driver~ | sopir~)';
const MS_PARTY = '(@department | @courier | @bank | @third-party | pihak | pemandu | driver | runner)';
const EN_PARTY =
  '(@department | @courier | @bank | @third-party | delivery | ground handling | ground crew | handling agent | driver | other | another | that) (team | department | dept | company | partner | people | guys)?';
// Not followed by "kami", directly or after one more noun: "kesilapan di pihak bank kami" owns the mistake. A
// conjunction before "kami" starts another clause ("kesalahan kurir, jadi kami…"), so it does not make the party ours.
const NOT_OURS = '(-(@ours | _ @ours) | &(dan | tapi | serta | namun | jadi | sehingga | yang | karena | kerana))';
// Outsiders whose "side" a problem is put on.
const ID_OUTSIDER = '(mereka | @courier | @bank | @third-party | operator~ | dinas~ | ketiga | terkait | sana)';
const MS_OUTSIDER = '(mereka | @courier | @bank | @third-party | ejen | sana)';
const EN_OUTSIDER = "(their | (the | your) (@courier | @bank | @third-party | card issuer | provider | network) 's?)";
// A party named by its brand, with its "'s": "on Shopee's side", "Celcom's end". Not the customer's, not a time ("at
// the month's end", "by Friday's end").
const NAMED_OUTSIDER =
  "-(@customer | @second-person | @first-person | customer | customers | client | user | buyer | guest | month | year | week | day | today | tomorrow | monday | tuesday | wednesday | thursday | friday | saturday | sunday | the | a | an) _ 's";
// Words after which a denial is reported, not made: "I won't pretend it's not our fault".
const REPORTED_DENIAL = '(pretend | pretending | claim | claiming | say | saying | tell you | telling you | told you | deny | berpura-pura | bilang | mengatakan | kata | katakan | menafikan)';
// A fault denied of a third party is no blame: "bukan salah rider juga", "bukan kesalahan tim keuangan Kopi Kita".
const NOT_DENIED = '<-(bukan | bkn | tidak | tak | bukanlah)';
// A hand-over in the same sentence: saying where one's authority ends and passing the case on is escalating, not deflecting.
const HAND_OVER =
  '(teruskan | meneruskan | diteruskan | eskalasi | mengeskalasi | sampaikan | menyampaikan | ajukan | mengajukan | hubungkan | sambungkan | panjangkan | memanjangkan | rujuk | merujuk | serahkan | escalate | escalated | pass | passed | refer | referred | forward | forwarded | connect)';
// The same, where "perlu kami sampaikan" (we must inform you) is not a hand-over: only "sudah saya sampaikan" is.
const HANDED_ON =
  '(teruskan | meneruskan | diteruskan | eskalasi | mengeskalasi | ajukan | mengajukan | hubungkan | sambungkan | panjangkan | memanjangkan | rujuk | merujuk | serahkan | escalate | escalated | pass | passed | refer | referred | forward | forwarded | connect | (sudah | telah | akan | udah | dah) (saya | kami)? sampaikan)';
// A next clause that carries the deflection on: a denial, "so I can't help", or the outsider blamed again (text/clause.ts
// reads it from the word after the comma). Up to three words between the outsider and what they did, within the clause.
const ID_MS_TAIL = [
  'bukan (salah | kesalahan | kesilapan | silap | di | dari | daripada)? pihak? @ours',
  '(jadi | sehingga | makanya | maka) (saya | kami)? (tidak | belum) (bisa | dapat | boleh)',
  '(itu | ini | tu | ni)? (masalah | urusan | salah | kesalahan | kesilapan | tanggung jawab) (dari | di | pihak)? (bagian | divisi | departemen | jabatan | bahagian | unit | tim | pasukan | kurir | kurier | gudang | bank | vendor | pembekal)',
  '(mereka | dia | kurir~ | kurier | ekspedisi~ | gudang~ | vendor~ | penjual~ | pembekal | bank~ | sistem (bank | mereka | kurir | kurier | vendor) | pihak (kurir | kurier | ekspedisi | gudang | vendor | bank | sana)) ' +
    '_? _? _? yang? lah? (telat | lambat | lalai | lupa | salah | silap | cuai | gagal | belum | tidak | lelet)',
];
const EN_TAIL = [
  'not (ours | us | mine | me | our fault | my fault | (a | an) _ _? _? (one | issue | problem | matter))',
  'so (there is nothing | it is down to them | i cannot | we cannot | i can not | nothing)',
  '(they | the (courier | warehouse | vendor | supplier | carrier | bank | driver | rider)) _? _? _? (lost | forgot | messed | dropped | did not | never | was late | were late | delayed | failed)',
];
// Where a problem or a duty is put on someone: "dari pihak X", "kendala berasal dari X", "urusannya sama X", "X yang atur",
// "diuruskan oleh X", "kewenangan dinas X". Never on us ("dari pihak kami" owns it) nor on the customer.
// A fault's cause: "kendala berasal dari", "berpunca daripada", "disebabkan oleh".
const CAUSE =
  '((kendala~ | masalah~ | gangguan~ | kesalahan~ | kesilapan~ | silap~ | salah~ | error~ | ralat~ | isu~ | keputusan~ | kelewatan~ | keterlambatan~ | penundaan~ | potongan~ | caj~) _? _? _? (berasal | datang~) | berpunca | disebabkan | punca~ | penyebab~)';
// Who a cause is laid on: a party, not a thing ("berpunca daripada jarak router dan bukan kelajuan pakej", "caj itu
// datang dari panggilan suara keluar, bukan data" explain a cause the customer asked about). A cause laid on a thing or a
// brand counts only when we are cleared by name after it (CAUSE_OFF_US).
const CAUSING_PARTY =
  '(pihak -(@ours | @customer | _ @ours) | @courier | @bank | @third-party | @department | mereka | diorang | diorg | dorang | depa | dia orang | kurir~ | kurier~ | ekspedisi~ | vendor~ | pembekal~ | kontraktor~ | pemerintah~ | kerajaan | operator~ | provider~ | penyedia~ | supplier~ | mitra~ | rakan kongsi | partner~ | agensi~ | agen~ | ejen~)';
const ID_MS_LOCUS = [
  '(pihak | sisi | belah) -(@ours | @customer)',
  `${CAUSE} (dari | daripada | oleh) ${CAUSING_PARTY}`,
  'urusan~ (sama | dengan) -(@ours)',
  // "Itu ketentuan pemerintah, bukan kami"; "kebijakan pemerintah daerah …, bukan keputusan PLN kami".
  '(kebijakan~ | ketentuan~ | aturan~ | peraturan~ | regulasi~ | keputusan~) (dari)? (pihak)? (@bank | @courier | @third-party | pemerintah~ | kerajaan | pemda | pemkot | kementerian~ | lhdn | marketplace | platform | pusat)',
  'yang (handle~ | atur~ | mengatur~ | urus~ | mengurus~ | uruskan~ | menguruskan~ | tangani~ | menangani~ | pegang~ | memegang~ | putuskan~ | memutuskan~ | tentukan~ | menentukan~ | tetapkan~ | menetapkan~)',
  '(diuruskan | diurus | ditangani | dikelola | diatur | ditetapkan | diputuskan | ditentukan | dipegang | dikendalikan | dijalankan | dikeluarkan | diproses | dikenakan | dicaj | dipotong | ditahan | dibekukan | ditolak) _? oleh -(@ours)',
  // "Terjadi karena kurir, bukan karena kami"; "dah di tangan Pos Laju, bukan di tangan kami".
  '(ada | terletak) (pada | di) (sistem | server | aplikasi | pihak) (@bank | @courier | @third-party | mereka | diorang)',
  '(karena | kerana | akibat) (pihak)? (@courier | @bank | @third-party | kurir~ | kurier~ | ekspedisi~ | gudang~ | mereka | diorang)',
  '(di | dalam) tangan -(@ours | @customer)',
  'di? bawah (bidang kuasa | tanggungjawab | tanggung jawab | kawalan | seliaan)',
  '(tanggung jawab~ | tanggungjawab~ | kewenangan~ | wewenang~ | bidang kuasa~ | ranah~) (penuh | sepenuhnya)? (pihak | bagian | jabatan | bahagian | divisi | unit | dinas | tim | pasukan | syarikat | perusahaan) -(@ours)',
  // "Perbaikannya tanggung jawab mereka", "itu urusan instalatir swasta": the duty named as someone else's.
  '(tanggung jawab~ | tanggungjawab~ | urusan~ | ranah~ | kewenangan~) (mereka | diorang | diorg | dorang | depa | dia orang)',
  '(itu | ini | tu | ni) (urusan~ | ranah~ | tanggung jawab~ | tanggungjawab~) -(@ours | @customer | saya | kami | kita | sendiri) _',
  // "Disebabkan kerja paip yang dilaksanakan oleh kontraktor JKR"; "yuran daripada pendaftar MYNIC": the cause or the
  // charge laid at someone's door a few words on.
  '(disebabkan | berpunca | dilaksanakan | dilakukan | dijalankan | dikenakan | ditetapkan) ..4 oleh -(@ours | @customer)',
  '(yuran~ | caj~ | bayaran~ | biaya~ | denda~ | penalti~ | fee~) (ini | itu | ni | tu | tersebut)? (adalah | ialah)? (daripada | dari | oleh) -(@ours | @customer)',
];
// "…, bukan (dari) kami / dari aplikasi kami / Telkomsel / tim CS": the duty moved off us onto them. Not a
// reassurance ("bukan dari Bapak") and not an ordinary negation ("bukan berarti", "bukan masalah").
// "…, bukan karena kami": the same, where a plain "bukan karena" ("bukan karena Bapak salah") is not.
const NOT_BECAUSE_OF_US = '\\,? (dan | tapi)? bukan~ (karena | kerana | sebab) (kami | pihak kami | toko kami | kedai kami | kita)';
// Not the customer's own thing or team cleared ("bukan router Bapak", "bukan dari tim finance Bapak"): a reassurance.
const NOT_THE_CUSTOMERS =
  '-(@customer | (tim | team | pasukan | bagian | bahagian | divisi | jabatan | unit | staf | staff | akaun | akun | rekening | router | modem | rumah | peranti | perangkat | hp | telefon | telepon | kad | kartu | kereta | mobil | motor) _? @customer)';
const NATURE = '(cuaca | hujan | banjir | ribut | jerebu | gempa | angin | kabut | asap | salji | petir | erupsi | letusan)';
// "…, bukan dari kami / pihak kami / toko kami": the cause taken off us by name.
const CAUSE_OFF_US =
  '(\\, | (ya | yah)? (pak | bu | kak | cik | encik | puan | tuan))? (dan | tapi | tetapi | namun)? bukan~ (juga | pula | lagi)? (dari | daripada | oleh | di | pada | karena | kerana | sebab)? (pihak | sisi | belah)? (kami | kita | toko | kedai | (toko | kedai | aplikasi | sistem | tim | pasukan | syarikat | perusahaan) (kami | kita))';
const ID_MS_NOT_US =
  '(\\, | (ya | yah)? (pak | bu | kak | cik | encik | puan | tuan))? (dan | tapi | tetapi | namun)? bukan~ (juga | pula | lagi)? (dari | daripada | oleh | di | pada | dengan | sama | di bawah | bawah | dalam)? (pihak | sisi | belah)? ' +
  // Not the customer's own team, named in two words or more: "bukan dari tim finance Bapak", "bukan bagian keuangan Ibu".
  '-((tim | team | pasukan | bagian | bahagian | divisi | jabatan | unit | staf | staff) _ _? @customer) ' +
  '-(@customer | hanya | cuma | sahaja | saja | sekadar | karena | kerana | sebab | berarti | bermakna | untuk | masalah~ | hal~ | sesuatu | alasan~ | soal~ | lagi | itu | ini | yang | sengaja | tidak | tak | salah~ | kesalahan~ | kesilapan~ | silap~ | urusan~ | main~ | sekali | begitu | seperti | semua~ | satu | penipu~ | scam~) _';
// Our own words regretted: "we shouldn't have told you it was not our department", "I'm sorry you were told…".
const REGRETTED_WORDS =
  '(((should | ought to) (not | never) have (been)? (told | said | say | tell)) | (sorry | apologies | apologise | apologize) (that)? (you were | you have been | you got | you were ever) told | (were | was) wrongly told)';
// Fraud warnings say where a message really came from: "SMS itu dari penipu, bukan dari pihak kami".
const SCAM = '(penipu~ | penipuan | scam~ | scammer~ | palsu | phishing | hoaks | hoax | tipu | mengatasnamakan | fake | fraud~)';
// Third parties a problem is located with in English: "on the property's side", "sits with the airline".
const EN_OUTSIDE =
  '(@courier | @bank | @third-party | hotel | property | restaurant | kitchen | processor | manufacturer | insurer | adjuster | adjusters | landlord | council | agent | operator | developer | platform | airport)';
// Where the problem is put in English: "the fault is with…", "down to…", "the hold up is with…".
const EN_LOCUS =
  '(fault | blame | problem | issue | mess | mistake | error | delay | hold up | hold-up | holdup | failure | glitch | outage | overbooking | mix-up | mix-ups | mixup | mixups | down to | sits with | lies with | rests with | handled by | dealt with by | managed by | run by | decided by | made by | set by | controlled by)';
// What a product or a cover is: its scope is not a team's duty.
const PRODUCT_SCOPE =
  '(produk~ | layanan~ | perkhidmatan~ | aplikasi~ | sistem~ | paket~ | pakej~ | fitur~ | ciri~ | polisi~ | kebijakan~ | garansi~ | waranti~ | jaminan~ | perlindungan~ | insurans~ | asuransi~ | langganan~ | pelan~)';
// Third parties said to own a problem as "theirs": "itu masalah diorang". Only pronouns: a named party ("silap rider")
// is already another family's, with its own rewording.
const ID_MS_THEY = '(mereka | diorang | diorg | dorang | depa | dia orang)';
// Sending the customer off to chase a third party themselves: "silakan hubungi bank tersebut secara langsung".
const ID_MS_CHASE_VERB =
  '(hubungi | menghubungi | call | telefon | telepon | menelepon | kontak | mengontak | tanya~ | bertanya | komplain | mengadu | berurusan | email | emel | minta refund | meminta refund | ajukan | mengajukan | buat aduan | membuat aduan)';
const ID_MS_MODAL = '(silakan | sila | mohon | coba | cuba | boleh | bisa | dapat | harus | perlu | kena | kenalah | wajib | hendaklah | dinasihatkan untuk? )';
// Whom the customer is sent to: anyone but us ("hubungi kami langsung").
// A number is a hotline, often our own ("sila call 15454 terus"), not a party.
const NOT_US_WORD = '-(@ours | sini | aku | @figure) _';
// The customer's own people, whom asking is finding out, not being sent away: "coba ditanyakan ke karyawan Bapak".
const CUSTOMERS_OWN = 'karyawan~ | staf~ | staff~ | keluarga~ | suami~ | istri~ | isteri~ | anak~ | hr | atasan~ | tetangga~ | jiran~ | satpam~';
// "bapak", "coba", "saja": up to two words between the modal and the verb ("silakan Ibu coba hubungi").
const BEFORE_CHASE = '(bapak | ibu | kakak | kak | encik | puan | cik | tuan | anda | awak | pak | bu | cuba | coba | saja | aja | pergi)';
// How squarely a fault is put on someone: "entirely down to the courier".
const INTENSIFIER = '(entirely | all | completely | totally | purely | solely | squarely | really)';
// The English parties a fault is put "on" or "down to": "it's on the rider".
const EN_FAULTED = '(@courier | @bank | warehouse | vendor | supplier | billing | driver | contractor | ground crew | ground handling)';

export const blameDepartment = phraseRule(
  {
    id: 'blame-department',
    kind: 'warning',
    description: {
      id: 'Menyalahkan bagian lain, vendor atau kurir, atau "bukan urusan saya".',
      ms: 'Menyalahkan jabatan lain, vendor atau kurier, atau "bukan kerja saya".',
      en: 'Blaming another department, vendor or courier, or "not my job".',
    },
    messages: {
      default: {
        id: 'Pelanggan melihat satu perusahaan, bukan bagan organisasi. Jangan menyalahkan pihak lain: katakan apa yang akan Anda lakukan.',
        ms: 'Pelanggan melihat satu syarikat, bukan carta organisasi. Jangan salahkan pihak lain: nyatakan apa yang anda akan lakukan.',
        en: "Customers see one company, not an org chart. Don't blame another team: say what you will do.",
      },
      notMyJob: {
        id: '"Bukan urusan saya" membuat pelanggan merasa dilempar. Ambil alih, atau antarkan ke orang yang tepat.',
        ms: '"Bukan kerja saya" membuatkan pelanggan rasa dilempar. Ambil alih, atau sambungkan kepada orang yang tepat.',
        en: '"Not my job" leaves the customer stranded. Own it, or hand them over to the right person yourself.',
      },
      notOurFault: {
        id: '"Bukan salah kami" terdengar seperti membela diri. Pelanggan menerima bahwa masalah terjadi: minta maaf, lalu katakan apa yang akan Anda lakukan.',
        ms: '"Bukan salah kami" kedengaran seperti mempertahankan diri. Pelanggan faham masalah boleh berlaku: mohon maaf, kemudian nyatakan apa yang anda akan lakukan.',
        en: '"Not our fault" sounds defensive. Customers accept that things go wrong: apologise, then say what you will do.',
      },
    },
    quietInInternalNotes: true,
  },
  // The parties are one list for all three languages, so an Indonesian pattern may match a Malay draft: the rewording
  // follows the draft's language.
  [
    {
      // "Itu tanggung jawab divisi finance": the job is ours.
      lang: ['id'],
      // Not an errand: "supaya urusan di cawangan nanti cepat", "untuk urusan bank atau BPJS".
      match: `<-(untuk | utk | buat | supaya | agar | bagi | soal | pasal | segala | semua | dalam | dgn | dengan) (tanggung jawab~ | urusan~ | ranah~ | wewenang~ | kewenangan~ | tanggungan~) (dari | di | oleh)? ${ID_PARTY} ${NOT_OURS} _?`,
      suggest: { id: ['tanggung jawab kami', 'urusan kami'], ms: ['tanggungjawab kami', 'urusan kami'] },
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id'],
      match: `gara-gara pihak? ${ID_OUTSIDER}`,
      suggest: ['karena kesalahan kami'],
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id'],
      match: [
        `${NOT_DENIED} (kesalahan~ | salah~ | ulah~ | kelalaian~ | keteledoran~ | kekeliruan~) (dari | di | oleh)? ${ID_PARTY} ${NOT_OURS} _?`,
        '(mereka | gudang~ | @courier | @bank | @third-party) lah? yang (salah | lalai | teledor | ceroboh | keliru | bermasalah | lambat | telat | terlambat | lelet)',
        // "divisi keuangan yang belum memprosesnya": the delay is pinned on a named team.
        `(cuma | hanya | tapi | tetapi | namun)? ${ID_PARTY} -(kami | saya) _ lah? yang (belum | tidak | tak | lambat | lelet | telat | lupa | gagal) juga? (memproses~ | proses~ | diproses~ | mengirim~ | kirim~ | mencairkan~ | cairkan~ | merespons~ | respons~ | membalas~ | balas~ | menindaklanjuti~ | approve~ | menyetujui~ | mengerjakan~ | memperbaiki~ | update~)`,
        `(kesalahan~ | kekeliruan~) _? (itu | ini | ada | memang | sebenarnya | justru | sepenuhnya | murni | jelas | terletak)? (itu | ini | ada | memang | sebenarnya | justru | sepenuhnya | murni | jelas | terletak)? (dari | di | oleh | pada) (pihak | sisi)? (${ID_PARTY} | mereka~) ${NOT_OURS} _?`,
      ],
      suggest: { id: ['kesalahan kami', 'tanggung jawab kami'], ms: ['kesilapan kami', 'kami akan selesaikannya'] },
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      // "The problem is on their side": the customer hears that nobody here will fix it.
      lang: ['id'],
      match: `(masalah~ | kendala~ | gangguan~ | kesalahan~ | error~ | salah~ | keterlambatan~ | penundaan~ | hambatan~) _? (ada | itu | ini | mah | memang | sebenarnya | justru | datang | berasal | sepenuhnya | murni | terletak)? (ada | itu | ini | mah | memang | sebenarnya | justru | datang | berasal | sepenuhnya | murni | terletak)? (di | dari | pada) (pihak | sisi) ${ID_OUTSIDER} ${NOT_OURS}`,
      suggest: { id: ['kendala ini akan kami selesaikan', 'ini tanggung jawab kami'], ms: ['kami akan selesaikannya', 'kesilapan kami'] },
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(ini | itu)? bukan (lagi)? (urusan | tugas | kerja | bidang | ranah | tanggung jawab | tanggungjawab | tanggungan | masalah | bahagian | bagian | hal) (saya | kami | aku)',
        // "Kami cuma orang tengah": only passing things on, so nobody here owns the problem.
        '(kami | saya | pihak kami) (cuma | hanya | sekadar | sahaja | just)? (orang tengah | perantara | pihak ketiga | reseller)',
        // "Kami cuma pelaksana", "kami hanya penjual": only carrying out what someone else decides or ships.
        '(kami | saya | pihak kami) (cuma | hanya | sekadar | sahaja | just) (pelaksana | penjual | seller | agen | ejen | platform) -(_)',
        '(ini | itu)? di luar (urusan | tugas | tanggung jawab | tanggungjawab) (saya | kami | aku)',
        '(tidak | bukan) ada? (urusan~ | hubungan~ | kaitan~ | kena mengena) (dengan | sama) (saya | kami | aku | pihak kami)',
        // Only as the end of a clause: "kami tidak ada hubungannya dengan akun palsu itu" is a fair warning about fraud.
        '(saya | kami | aku | pihak kami) (tidak | tiada) ada? (hubungan~ | kaitan~ | kena mengena) &(\\, | \\. | \\! | \\?)',
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
    },
    {
      // Saying where one's authority ends is fine when the case is passed on in the same breath.
      lang: ['id', 'ms'],
      match: '(ini | itu)? (bukan | di luar) (wewenang | kewenangan | kuasa | bidang kuasa | kapasiti) (saya | kami)',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessInSentence: HAND_OVER,
    },
    {
      // Sending the customer off to find another department themselves; "saya akan hubungi bagian lain" is fine.
      lang: ['id', 'ms'],
      match: '(silakan | sila | harus | perlu | kena)? (hubungi | menghubungi | tanya~ | bertanya) (ke | kepada)? (bagian | divisi | departemen | jabatan | bahagian | pihak | unit) lain',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessAfter: '(saya | kami | akan)',
    },
    {
      // "Itu ditangani bagian lain": the request is pushed off to a team the customer cannot reach.
      lang: ['id', 'ms'],
      match: '(ditangani | diurus | diuruskan | dikelola | dipegang | dikendalikan | diselenggara | diselenggarakan) oleh? (bagian | divisi | departemen | tim | jabatan | bahagian | pasukan | unit | pihak) lain',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(ini | itu)? bukan (salah | kesalahan | kesilapan | silap) (dari | di)? pihak? @ours',
        '(ini | itu)? bukan @ours yang (salah | bersalah | silap)',
        '(kami | pihak kami) tidak (bersalah | bertanggung jawab | bertanggungjawab) (atas | terhadap | ke atas)',
        // "Bukanlah sesuatu yang boleh dipertanggungjawabkan kepada pihak resort."
        '(bukan~ | tidak | tak) (sesuatu yang)? (boleh | dapat | bisa)? (dipertanggungjawabkan | dipersalahkan | disalahkan) (kepada | pada | ke atas) -(@customer)',
      ],
      // The rewording says what we will do: the sentence often opens with "Maaf" already.
      suggest: { id: ['kami akan bantu menyelesaikannya', 'mohon maaf atas kejadian ini'], ms: ['kami akan bantu selesaikannya', 'saya mohon maaf atas kejadian ini'] },
      messageId: 'notOurFault',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessAfter: REPORTED_DENIAL,
    },
    {
      // "Itu masalah pihak Pos Laju, bukan kami"; "kendala berasal dari bank mitra, bukan dari aplikasi kami": the
      // duty is put on someone else and taken off us in one breath.
      lang: ['id', 'ms'],
      match: [
        // Not "bukan router Bapak", "bukan dari tim finance Bapak": the customer's own thing or team cleared is a
        // reassurance, not the duty moved off us.
        ...ID_MS_LOCUS.map((locus) => `${locus} ..8 ${ID_MS_NOT_US} ${NOT_THE_CUSTOMERS}`),
        ...ID_MS_LOCUS.map((locus) => `${locus} ..8 ${NOT_BECAUSE_OF_US}`),
        // "Gangguan berasal dari Telkom, bukan dari kami": a cause laid on a brand, then taken off us by name.
        `${CAUSE} (dari | daripada | oleh) -(@ours | @customer | _ @ours) _ ..8 ${CAUSE_OFF_US}`,
        // "Masalah sebenarnya datang dari TM, sbb talian tu milik TM, bukan Maxis": a party named in one word, ending its
        // clause, then whoever else is cleared. Not the weather, which is no party.
        `${CAUSE} (dari | daripada | oleh) -(@ours | @customer | ${NATURE}) _ -(_) ..8 ${ID_MS_NOT_US} ${NOT_THE_CUSTOMERS}`,
        // "Selebihnya terpulang pada pihak kurier"; "kurir yang bertanggung jawab atas paket yang hilang".
        '(selebihnya | sisanya | seterusnya | selanjutnya) (sudah | dah)? terpulang (pada | kepada | kat) (pihak)? -(@ours | @customer) _',
        '(selebihnya | sisanya | seterusnya | selanjutnya) (sudah | dah)? (urusan | tanggungan | tanggung jawab | tanggungjawab) (pihak)? -(@ours | @customer | pada | kepada | kat | dari) _',
        'terpulang (pada | kepada | kat) pihak -(@ours) _',
        '(@courier | @bank | @third-party | kurir~ | kurier~ | ekspedisi~ | gudang~ | mereka | diorang) (lah)? (yang | yg) (bertanggung jawab | bertanggungjawab) (penuh)? (atas | ke atas | terhadap)',
        // "Tanggungjawab dah beralih kepada kurier": the duty said to have passed on.
        '(tanggung jawab~ | tanggungjawab~ | risiko~) (sudah | dah | telah | pun)? (beralih | berpindah | pindah | jatuh) (ke | kepada | pada) -(@ours | @customer)',
        // "Bukan dari kami, tapi dari pihak bank": the same, said the other way round.
        'bukan~ (dari | daripada | di | pada) (pihak | sisi | belah)? (kami | kita) \\,? (tapi | tetapi | melainkan | sebaliknya | cuma) (dari | daripada | di | pada) (pihak | sisi | belah)? -(@customer) _',
        // "Peraturan tu dari LHDN, bukan dari kami"; "itu ulah kurir, bukan ulah kami": ended on us, after a comma.
        '\\, (dan | tapi | tetapi | namun)? bukan~ (dari | daripada | oleh | ulah | angkara | perbuatan | di | pada | kat | dekat) (kami | kita | pihak kami) -(_ _)',
        // "…, bukan dari sisi kami" after naming whoever caused it.
        '\\, (dan | tapi | tetapi | namun)? bukan~ (dari | daripada | di | pada) (pihak | sisi | belah) @ours',
        // "Yang bikin telat itu kurirnya": the cause named as a third party.
        `(yang | yg) (bikin | buat | membuat | menyebabkan | sebabkan | menyebabkannya) (telat | lambat | lewat | lama | salah | silap | rusak | rosak | hilang | tertunda | tertangguh) _? (itu | tu | ialah | adalah)? (pihak)? (${ID_MS_THEY} | @courier | gudang~ | ekspedisi~ | kurir~ | kurier~ | driver~ | pemandu~)`,
        // "Paketnya dirusak oleh kurir", "rosak di tangan kurier": a passive that names who did it.
        '(dirusak | dirusakkan | dirosakkan | dihilangkan | ditahan | dilambatkan | dilewatkan | disalahkirim | hilang | rusak | rosak | pecah | penyek) (oleh | di tangan | dek | sama) (pihak)? (@courier | kurir~ | kurier~ | ekspedisi~ | driver~ | pemandu~ | rider~)',
        // "Salahkan kurirnya ya kak", "blame the courier for this one": the customer told whom to blame.
        `<-(_) (salahkan | salahin | persalahkan) (${ID_MS_THEY} | kurir~ | kurier~ | gudang~ | ekspedisi~ | bank~ | vendor~ | pembekal~ | @courier | @bank | @third-party)`,
        // "Itu masalah diorang, bukan kami"; "itu urusan mereka.": the problem named as theirs, at the end of a clause.
        `(itu | ini | tu | ni) (memang | sebenarnya)? (masalah | urusan | salah | kesalahan | kesilapan | silap | tanggung jawab | tanggungjawab | hal) ${ID_MS_THEY} sendiri? -(_)`,
        `(masalah | urusan | salah | kesalahan | kesilapan | silap | tanggung jawab | tanggungjawab) ${ID_MS_THEY} sendiri? \\,? (dan | tapi)? bukan~ (pihak)? (kami | kita | saya)`,
        // "Diorang yang pegang parcel tu sekarang, bukan kami."
        `(${ID_MS_THEY} | @courier | @bank | @third-party) (lah | tu | itu)? (yang | yg) ..6 bukan~ (pihak)? (kami | kita | saya) -(_ _)`,
        // "Bukan salah sistem kami": one of our things, cleared of fault.
        '(ini | itu)? bukan (salah | kesalahan | kesilapan | silap) (dari | di)? (sistem | aplikasi | toko | kedai | tim | pasukan | staf | server) @ours',
        // "Itu urusan bank Bapak": the customer's own provider made to carry it.
        '(itu | ini | tu | ni) (urusan | hal | masalah | soal) (dengan | sama)? (bank | penyedia | pembekal | akauntan | akuntan | majikan | insurans | asuransi | operator | provider) (bapak | ibu | kakak | kak | encik | puan | tuan | cik | anda | awak)',
        // "Mereka memang selalu lambat": a third party's habits are no answer to this customer.
        '(mereka | diorang | diorg | dorang | depa | dia orang | @courier | @bank | @third-party) (tu | itu | ni | ini)? (memang | mmg)? (selalu | sentiasa | suka | asyik | sering | kerap) (lambat | lewat | telat | lelet | lalai | cuai | salah | silap | lupa)',
      ],
      suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessInSentence: SCAM,
    },
    {
      // Responsibility put off us indirectly: "rider tu bukan staff kami" (the party disowned), "SMS gateway tu bukan kami
      // yg urus", "tu bukan urusan sistem Maxis", "itu di luar sistem kami", "Itu bukan dari pihak kami".
      lang: ['id', 'ms'],
      match: [
        `(${ID_MS_THEY} | @courier | @third-party | rider~ | driver~ | kurir~ | kurier~ | pemandu~ | sopir~ | teknisi~ | juruteknik~ | kontraktor~ | agen~ | ejen~) (tu | itu | ni | ini)? (memang)? bukan (staf~ | staff~ | pekerja~ | karyawan~ | pegawai~ | kakitangan~ | orang~ | anak buah~ | bawahan~) (kami | kita | toko | kedai | syarikat | perusahaan)`,
        'bukan (kami | saya | pihak kami | kita) (yang | yg) (urus~ | uruskan~ | mengurus~ | menguruskan~ | handle~ | kendalikan~ | mengendalikan~ | pegang~ | memegang~ | kelola~ | mengelola~ | jaga~ | menjaga~ | atur~ | mengatur~ | operasikan~ | jalankan~ | menjalankan~ | buat | bikin | membuat | tentukan~ | menentukan~ | tetapkan~ | menetapkan~ | putuskan~ | memutuskan~ | kenakan~ | mengenakan~)',
        '(itu | ini | tu | ni) bukan (urusan~ | masalah~ | tanggung jawab~ | tanggungjawab~ | ranah~) (pihak | sistem | tim | pasukan | aplikasi | toko | kedai)? (@ours | kami | kita)',
        '(itu | ini | tu | ni) bukan (urusan~ | masalah~ | tanggung jawab~ | tanggungjawab~) (pihak | sistem | tim | pasukan | aplikasi) -(@customer | bapak | ibu | kakak | encik | puan | tuan | cik | anda | awak) _',
        '(itu | ini | tu | ni) (memang | sudah)? di luar (sistem | server | aplikasi | platform | jaringan | rangkaian) (@ours | kami | kita)',
        '<-(_) (itu | ini | tu | ni) (memang)? bukan~ (dari | daripada | di) (pihak | sisi | belah) (@ours | kami | kita)',
      ],
      suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
      replaces: 'clause',
      tail: ID_MS_TAIL,
      // "…, tapi saya dah report dan akan pastikan…": what we will do follows in the same breath.
      unlessInSentence: `(${SCAM} | ${HAND_OVER} | akan | (tapi | tetapi | namun) (saya | kami))`,
      unlessInDraft: SCAM,
    },
    {
      // "Kendalanya ada di pihak SPX ya kak. Bukan dari toko ya kak.": the fault named in one sentence, taken off us in
      // the next, on its own.
      lang: ['id', 'ms'],
      match: '<-(_) (tapi | tetapi | namun | dan)? bukan~ (dari | daripada | di | pada | salah | kesalahan | kesilapan | silap) (pihak | sisi | belah)? (toko | kedai | kami | kita | sistem kami | pihak kami | aplikasi kami) (ya | yah | kok | sih | lho | pun)? (@address | kak | pak | bu)? -(_)',
      suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
      replaces: 'clause',
      onlyWithInPreviousSentences: `(${ID_MS_LOCUS.join(' | ')} | ${ID_OUTSIDER} | @courier | @bank | @third-party)`,
      unlessInSentence: SCAM,
      unlessInDraft: SCAM,
    },
    {
      // "Di luar kendali kami", "bukan dalam skop support kami", "bukan ranah kanal pengaduan ini": where our duty ends.
      lang: ['id', 'ms'],
      match: [
        '(di? luar | diluar) (kendali | kawalan | kontrol) pihak? (@ours | toko | kedai | _ (kami | ini))',
        '(bukan~ | tidak | tak) termasuk? (dalam | di dalam | di bawah | bawah) (skop | skop kerja | lingkup | cakupan | ranah | tupoksi | bidang kuasa | tanggungjawab | tanggung jawab | team | tim | pasukan | jabatan | bahagian | bagian) _? (kami | saya | ini)',
        // Not the scope of a product or a cover ("di luar lingkup produk kami"): that says what it does, not whose job it is.
        `(bukan~ | di luar) (ranah | tupoksi | skop | lingkup | cakupan) -(${PRODUCT_SCOPE}) _? _? (kami | saya | ini)`,
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessInSentence: `(${HAND_OVER} | ${SCAM})`,
    },
    {
      // Only the denial is replaced: the clause may hold an honest "sy gak tahu" that dont-know rewords.
      lang: ['id', 'ms'],
      match: [
        // "Yg bikin lama itu J&T nya kak, bukan toko"; "di bawah kontraktor luar, bukan pasukan kami": our shop or team
        // cleared, at the end of a clause.
        '<&(\\,) (dan | tapi | tetapi | namun)? bukan~ (dari | daripada | oleh | di)? ((toko | kedai | seller | penjual) ((kami | kita) | -(_)) | (tim | team | pasukan | bagian | bahagian | jabatan | divisi | unit) (kami | kita | saya)) -(_ _)',
        // "Bukan dari tim sy": the matter put outside our team, with nobody taking it on; not a fraud warning.
        '<-(_) (ini | itu | tu | ni)? (memang | sebenarnya)? bukan~ (dari | daripada) (tim | team | pasukan | bagian | bahagian | divisi | jabatan | unit) (saya | kami | kita)',
        '(ini | itu | tu | ni) (memang | sebenarnya)? bukan~ (dari | daripada) (tim | team | pasukan | bagian | bahagian | divisi | jabatan | unit) (saya | kami | kita)',
      ],
      suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
      replaces: 'rest',
      unlessInSentence: `(${HAND_OVER} | ${SCAM})`,
    },
    {
      lang: ['id', 'ms'],
      match: [
        // "Sebab kerja tu dibuat oleh kontraktor": the reason given is that someone else does the work.
        `(sebab | karena | kerana | soalnya) ..4 (dibuat | dikerjakan | dijalankan | dilaksanakan | dilakukan | diuruskan | diurus | ditangani | dipegang | dikendalikan | diatur | ditentukan) (oleh | sama | dek) (pihak)? -(@ours | @customer | saya | kami | kita | sistem | tim | pasukan) _ ${NOT_OURS}`,
      ],
      suggest: { id: ['kami akan bantu menyelesaikannya'], ms: ['kami akan bantu selesaikannya'] },
      replaces: 'rest',
      unlessInSentence: SCAM,
    },
    {
      // "Kami tak ada kawalan atas API diorang": our hands put up, unless what we will do follows.
      lang: ['id', 'ms'],
      match: '(kami | saya | pihak kami) (kat sini | di sini | dekat sini | sini)? (memang | pun | juga)? (tidak | tiada | tak) (ada | punya | mempunyai)? (kawalan | kendali | kontrol | kuasa) (langsung | sama sekali | apa-apa)? (atas | ke atas | terhadap)',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessInSentence: '(tapi | tetapi | namun | akan | sudah | telah)',
    },
    {
      // "Silakan Bapak hubungi bank tersebut secara langsung": the customer is sent off to chase someone else alone.
      // "Silakan hubungi kami langsung" and "saya bisa hubungi kurir langsung" are fine.
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_MODAL} ${BEFORE_CHASE}? ${BEFORE_CHASE}? (langsung | terus)? ${ID_MS_CHASE_VERB} (langsung | terus)? (ke | kepada | dengan | kat | di | pada | sama)? ${NOT_US_WORD} (${NOT_US_WORD})? (${NOT_US_WORD})? (${NOT_US_WORD})? secara? (langsung | terus | sendiri)`,
        `${ID_MS_MODAL} ${BEFORE_CHASE}? ${BEFORE_CHASE}? (langsung | terus) ${ID_MS_CHASE_VERB} (ke | kepada | dengan | kat | di | pada | sama)? ${NOT_US_WORD}`,
        `${ID_MS_MODAL} ${BEFORE_CHASE}? ${BEFORE_CHASE}? (${ID_MS_CHASE_VERB} | ajuin | ajukan) (komplain | aduan | klaim | tuntutan | keluhan)? (sendiri | langsung | terus) (ke | kepada | kat | pada | sama) ${NOT_US_WORD}`,
        `(coba | cuba) (tanya~ | hubungi | komplain | kontak) (ke | kepada | kat | sama | dengan) ${NOT_US_WORD} (aja | saja | je | sahaja)`,
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      // "Cik juga tak perlu hubungi CIMB secara terus, kami yang akan berurusan dengan mereka."
      unlessAfter: '(saya | kami | aku | kita | akan | tidak | tak | usah | jangan | tidak usah | tak payah | tidak perlu | tak perlu)',
    },
    {
      lang: ['ms'],
      match: [
        `(berpunca | disebabkan) (daripada | dari | oleh) ${MS_PARTY} ${NOT_OURS} _?`,
        `${NOT_DENIED} (kesilapan | kesalahan | salah | silap) (dari | daripada | di)? ${MS_PARTY} ${NOT_OURS} _?`,
        `(masalah~ | kesilapan~ | kesalahan~ | gangguan~ | ralat~) (ada | itu | ini | tu | ni | sebenarnya | memang | datang | berpunca)? (ada | itu | ini | tu | ni | sebenarnya | memang | datang | berpunca)? (di | dari | daripada) (pihak | belah) ${MS_OUTSIDER} ${NOT_OURS}`,
        '(mereka | diorang | diorg | dorang | dia | gudang | pemandu | driver | @courier | @bank | @third-party) lah? yang (salah | silap | cuai | lalai | lambat | lewat)',
        `(cuma | hanya | tapi | tetapi | namun)? ${MS_PARTY} -(kami | saya) _ lah? yang (belum | tidak | tak | lambat | lupa | gagal) lagi? (proses~ | memproses~ | diproses~ | hantar~ | menghantar~ | luluskan~ | meluluskan~ | balas~ | membalas~ | respon~ | buat~ | baiki~ | membaiki~)`,
      ],
      suggest: { ms: ['kesilapan kami', 'kami akan selesaikannya'], id: ['kesalahan kami', 'tanggung jawab kami'] },
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['en'],
      match: [
        `the? ${EN_PARTY} 's (fault | mistake | problem | error | responsibility | call | doing)`,
        // "The bank is responsible for the delay"; "the rest is up to the courier"; "it's all because of the courier".
        `the? (${EN_PARTY} | supplier | partner | airline | carrier | manufacturer) (is | are | was | were) (solely | entirely | fully | totally)? responsible for (the | this | that | any | your) (delay | delays | loss | damage | mistake | error | problem | issue | hold-up | charge | fee | mix-up)`,
        '(the rest | everything else | what happens next) is (now)? (up to | down to | with) (them | the _)',
        '(it is | that is) (all | only | just | purely | entirely) (because | thanks to | due to) (of)? (the | their) _',
        // "Responsibility passes to the carrier once it's collected."
        '(responsibility | liability) (passes | passed | shifts | shifted | transfers | transferred | moves | moved | lies | rests) (over)? (to | with) (the | them | their)',
        // "It's really their call"; "that's something the airline decides".
        "(it is | that is) (really | entirely | all)? (their | the _ _? 's) (call | decision | responsibility) -(_)",
        '(that is | it is) something (the | your) _ _? (decides | decide | sets | controls | handles | deals with)',
      ],
      suggest: ['our mistake', 'our responsibility'],
      replaces: 'rest',
      tail: EN_TAIL,
      unlessAfter: REPORTED_DENIAL,
      afterWindow: 3,
    },
    {
      // Said of a whole clause: "the delay is entirely down to the courier" → "that was our mistake".
      lang: ['en'],
      match: [
        `the? (fault | blame) (lies | is | rests)? with the? ${EN_PARTY}`,
        `(is | was | are | were | lies | rests) ${INTENSIFIER}? (on | down to) the? (receiving | sending | issuing | other | external | third-party | partner | local)? (${EN_FAULTED} | other) (team | department | company | people)? -('s)`,
        `(is | was | are | were | it is | that is | 's) (${INTENSIFIER} | now | just)? (${INTENSIFIER} | now | just)? down to them`,
        // "handled by the billing people, not customer care"; "is to blame for that, not us".
        `(handled | dealt with | managed | looked after | done | caused) by the? ${EN_PARTY} people? \\,? not (us | me | customer (care | service | support) | our team | my team)`,
        // "Scheduling is handled by our contractor, not by the support team": whoever it is, support is cleared.
        '(handled | dealt with | managed | looked after | done | run | decided | set | scheduled | controlled | operated) by (the | our | their | a | an)? _ _? \\,? (and)? not by? (us | me | the? (support | customer care | customer service | customer support) team | our team | my team | support)',
        // "That's 100% on them, not us."
        '(is | was) (entirely | all | completely | totally | purely | solely | squarely | really | @figure)? (on | down to) (them | the _ _?) \\,? (and | but)? not (on)? (us | ours | me) -(_)',
        '(is | are | was | were) to blame (for (this | that | it))? \\,? not (us | me | we)',
        // "That one's on the rider."
        `(that | this | it | that one | this one) (is | 's | was) (entirely | all | completely | totally | really | squarely)? (on | down to) the? ${EN_FAULTED} (team | department | company | guys)? -(_)`,
        // "It was damaged in transit by the courier": a passive that names who did it.
        `(was | were | got | has been | have been) (damaged | lost | mishandled | delayed | held up | misrouted | misplaced | dropped | crushed | broken | mislabelled | mislabeled | misdelivered) (in transit)? by (the | their | your) (${EN_FAULTED} | carrier | post office | customs | supplier | airline)`,
        // "That's between you and the bank."
        '(that is | it is | this is) (really)? between you and ((the | your) _ | them)',
        // "The rider isn't our staff"; "the driver doesn't work for us": the party disowned.
        `(@courier | rider | riders | driver | drivers | technician | technicians | contractor | contractors | agent | agents | they | he | she) (is | are | was | were) not (our | one of our) (staff | employee | employees | people | team | guys)`,
        `(@courier | rider | riders | driver | drivers | technician | technicians | contractor | contractors | they | he | she) (does | do | did) not work for us`,
        // "Blame the courier for this one": the customer told whom to blame.
        `<-(_) blame (them | the (${EN_FAULTED} | supplier | partner | airline | carrier | manufacturer))`,
        // "That's really on them, not us."
        `(that | this | it | that one | this one | that part | this part) (is | was) ${INTENSIFIER}? (on | down to) them -(_)`,
        // "That one's on the implementation team."
        "(that | this | it | that one | this one) (is | 's | was) (entirely | all | completely | totally | really | squarely)? (on | down to) the _? (team | department | dept | people | guys | company | partner) -(_)",
        // "The hold up is with the loss adjusters"; "the failure sits with the airline's data feed".
        `(sits | lies | rests) (squarely | really | entirely | firmly | solely | clearly)? with (them | the _? _? ${EN_OUTSIDE})`,
        `(hold up | hold-up | holdup | delay | problem | issue | fault | bottleneck) (is | lies | sits | rests) (entirely | really | all | squarely | clearly)? with (them | the _? _? ${EN_OUTSIDE})`,
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
      // "I'm not going to say it's on them": reported, not said.
      unlessAfter: REPORTED_DENIAL,
      afterWindow: 3,
    },
    {
      // A third party named as the cause or the one responsible, with nothing we do about it in the sentence: "they're
      // responsible for anything after pickup"; "it was entirely their failure"; "caused by our upstream provider".
      lang: ['en'],
      match: [
        // "They're responsible for anything after pickup"; "it was entirely their failure".
        '(they | them) (are | were) (the ones)? (solely | entirely | fully | totally)? responsible for (anything | everything | the | this | that | any | your)',
        '(is | was | were) (entirely | all | completely | totally | purely | solely | squarely)? their (fault | failure | mistake | error | doing | screw-up) -(_ _)',
        // "The outage was caused by our upstream provider"; "due to a backlog in the contractor's schedule".
        '(caused by | due to) (a | an | the | our | their)? _? _? (in | at | with | on)? (the | our | their | a)? _? (provider | providers | contractor | contractors | contractor \'s | subcontractor | vendor | supplier | partner | carrier | datacentre | data centre | host | upstream) -(_ (team | department))',
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
      unlessAfter: '(if | whether | not | never | say | saying | pretend)',
      afterWindow: 3,
      unlessInSentence: `(but | however | sorry | apologise | apologize | (i | we) (will | have | am | can) | we are (chasing | checking | following | looking | working) | ${HAND_OVER})`,
    },
    {
      lang: ['en'],
      match: '(it is | that is | this is) (a | an) (@courier | @bank | warehouse | vendor | supplier | billing | finance | tech | technical team) (issue | problem | matter | thing | question)',
      suggest: ["we'll sort this out", 'that is ours to sort out'],
      replaces: 'clause',
      tail: EN_TAIL,
    },
    {
      // "The courier messed up"; "our warehouse team made a mistake" owns it for the company.
      lang: ['en'],
      match: [
        `the? (${EN_FAULTED} | accounts | finance) (team | department | people | guys | company | partner)? (messed up | screwed up | dropped the ball | is to blame | are to blame | was to blame | were to blame)`,
        // "Your bank is the one holding the payment"; "the supplier let us down".
        `the? (${EN_FAULTED} | supplier | partner | airline | carrier | manufacturer) (is | are | was | were) the (one | ones) (who | that)? (holding | sitting on | lost | delayed | messed | dropped | failed | forgot | caused | holds | has | responsible | to blame | at fault)`,
        `the? (${EN_FAULTED} | ${EN_OUTSIDE} | supplier | partner | airline | carrier | manufacturer | they) (really | completely | badly | totally)? (let (us | you) down | dropped the ball | messed up | screwed up)`,
        // "Accounts payable still hasn't released it."
        `the? (@courier | @bank | warehouse | vendor | supplier | billing | accounts payable | accounts | finance | finance team | payments team | it team | tech team) (team | department | people | guys)? still? (has not | have not | did not | never | is yet to | are yet to) (released | processed | approved | sent | paid | actioned | fixed | done | replied | responded | updated) -((their | its) (side | end))`,
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
      unlessAfter: 'our',
    },
    {
      // "It's on their end", "the vendor hasn't fixed their side".
      lang: ['en'],
      match: [
        `(problem | problems | issue | issues | fault | faults | error | errors | glitch | glitches | bug | bugs | outage | outages | delay | delays | mistake | mistakes | hold | hold-up) (is | are | was | lies | lie | sits)? (on | at | from | with) ${EN_OUTSIDER} (side | end)`,
        `(it is | that is | this is | it was) (on | at) ${EN_OUTSIDER} (side | end)`,
        // "Mix-ups like this are really on their end"; "it happened entirely on the property's side".
        `(is | are | was | were | be | sits | lies | happened | occurred | originated | started) (really | entirely | all | completely | squarely | purely | solely | firmly | clearly)? (on | at) (their | the _ _? 's | ${NAMED_OUTSIDER}) (side | end)`,
        // "Payment stuff is on Shopee's side, not ours"; "a fault on the cable operator's side, not on our network".
        `(on | at | from) -(the (@customer | customer | customers | client | user | buyer | guest)) (their | the _ _? _? 's | ${NAMED_OUTSIDER}) side \\,? (and | but)? not (on | from | with | by | in | at)? (anything | something)? (on | from | with | by | in | at)? (ours | us | mine | me | (our | my) _)`,
        '(fixed | sorted | resolved | repaired | sorted out) (their | its) (side | end)',
        "(ball is | ball 's | it is) (now)? in (their | the _ _? 's | the _ _?) court",
      ],
      suggest: ["I'll make sure this gets fixed", 'we are working on it'],
      replaces: 'clause',
      tail: EN_TAIL,
      // "I don't know yet whether the delay happened on the bank's side or ours": a question still open.
      unlessInSentence: '(whether | or ours | or us | or our)',
    },
    {
      // "The fault is with Openreach, not us"; "the provisioning team's mess, not ours"; "sits with them rather than
      // with Roamly": the problem put on someone else and taken off us in one breath.
      lang: ['en'],
      match: [
        `${EN_LOCUS} ..8 \\,? (and | but)? (not | rather than) (with | on | from | by)? (us | ours | our (side | end | fault | doing | team | problem | issue) | me | mine)`,
        `${EN_LOCUS} ..8 rather than (with | on | from | by) _`,
        // "They're the ones sitting on it, not us"; "it's Stripe that holds the money, not us".
        '(is | are | was | were) the (one | ones | people | party) ..6 \\,? (and)? not (us | we | me | ours)',
        'it (is | was) (the | their)? _ _? (that | who | @ing-form) ..6 \\,? (and)? not (us | we | me | ours)',
        // "It's the airline's call, not ours."
        "(the _ _? 's | their) (call | decision | responsibility | job | doing | department | remit) \\,? (and)? not (ours | mine | us)",
        // "Not from our side, but from the bank's."
        'not (from | with | on | at) (us | our (side | end)) \\,? but (from | with | on | at)? (the | their) _',
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
    },
    {
      lang: ['en'],
      match: [
        '(it is | that is | this is)? not (my | our) (job | department | area | problem | responsibility | role | remit)',
        '(it is | that is)? (out of my hands | above my pay grade | nothing to do with (me | us | my team | our team))',
        '(completely | entirely | totally | really)? out of our hands',
        // "We're just the middleman here."
        '(we are | i am) (just | only | merely | simply)? (the | a)? (middleman | middle man | go-between | intermediary | messenger)',
        // "We're just the seller, they handle the transit."
        '(we are | i am) (just | only | merely | simply) (the | a)? (seller | reseller | retailer | platform | marketplace | booking agent | distributor | host) -(_ _)',
        // "Questions like this aren't something support handles."
        '(is | are) not (really)? something (support | customer support | customer service | our team | our support team | the support team | we) (handles | handle | deals with | deal with | covers | cover | looks after | look after)',
        '(that | this | it) is not something (i | we) (handle | deal with | look after | cover)',
        // "Not really something support can change"; "not something our support team is here to do".
        'not really? something (i | we | our _? team | my team | support | customer support | customer service) can? (control | handle | deal with | look after | cover | (is | are) here to do)',
        'not really? something (support | customer support | customer service | our support team | the support team | we in support) (can | could) (change | fix | do)',
        // "You might want to contact Microsoft support directly."
        '(you (might | may) want to | i would (suggest | recommend) | i suggest | i recommend | it is? best to | you (will | would) (need | have) to | you (need | have) to | you should) (contact | contacting | call | calling | ring | ringing | email | emailing | ask | asking | message | messaging | reach out to | get in touch with | speak to | talk to | raise it with | take it up with) -(us | me | our) _ _? _? _? (directly | yourself)',
        '(you (will | would) (need | have) to | you (need | have) to) (raise | take) (it | this | that) up? with them',
        'you will (have | need) to (contact | call | ask | email | speak to | talk to) (another | a different | the other | the right | the relevant) (department | team)',
        // "Billing is handled by another team, so…": the request is pushed off to a team the customer cannot reach.
        '(is | are) (handled | dealt with | managed | taken care of | looked after | done) by (another | a different | a separate | the other | other) (team | department | dept | unit | division | section)',
        // Sending the customer off to chase them alone: "you'd need to ring them yourself".
        'you (will | would | will have to | would have to | need to | have to | should | can | could) (need to | have to)? (contact | call | ring | phone | email | ask | message | chase | speak to | talk to | take it up with | raise it with) (them | that team | that department | (the | that) _? (team | department | partner | company | courier | rider | driver)) (yourself | directly)',
        'please (take it up | raise it | take this up | raise this) with (them | the _? (team | department | partner | company | courier | airport | airline | rider | driver)) -(for you)',
      ],
      suggest: ["I'll take care of this"],
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: EN_TAIL,
      // What the customer was wrongly told before, regretted: owning it, not saying it.
      unlessInSentence: REGRETTED_WORDS,
    },
    {
      // "That's one for your accountant"; "that's down to your bank"; "take it up with your bank": the customer sent to
      // someone else, unless we pass it on ourselves in the same sentence.
      lang: ['en'],
      match: [
        '(that is | it is | this is) (really)? (one | a question | a matter) for (your _ | the (@courier | @bank | @third-party | manufacturer | airline | hotel | landlord | council))',
        '(is | are | that is | it is) (really | entirely | all)? (down to | up to) your (bank | card issuer | issuer | accountant | tax agent | insurer | provider | employer | landlord | network | carrier)',
        '(take | raise) (it | this | that) up with your _',
      ],
      suggest: ["I'll take care of this"],
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: EN_TAIL,
      unlessInSentence: HAND_OVER,
    },
    {
      // "We have no control over their API": our hands put up, unless what we will do follows.
      lang: ['en'],
      match: [
        '(we | i) (have | had) no (control | say) over',
        // "It was outside anything our team could do"; "that's beyond our control".
        '(outside | beyond) (of)? (our | my) (control | hands | remit)',
        '(outside | beyond) (anything | what) (we | i | our team | my team) (could | can) (do | control)',
      ],
      suggest: ["I'll take care of this"],
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: EN_TAIL,
      unlessInSentence: '(but | however | will | already)',
    },
    {
      lang: ['en'],
      match: [
        '(it is | that is | this is | it was | that was | this was)? not (my | our) fault',
        'we (are | were) not (at fault | to blame)',
        'we (did | have done) nothing wrong',
        // "It's nothing we did"; "that was nothing we caused".
        '(it is | that is | this is | it was | that was | this was) nothing (we | i) (did | caused | changed | could have done) (wrong)? -(_)',
        'we are not responsible for (the | this | that | any)',
        // "Not something on our end, really."
        'not really? (something | anything | an issue | a problem | a fault) (on | at | from) (our | my) (end | side)',
        '(is | was | are | were) not (on | at | from) (our | my) (end | side)',
        // "The delay isn't coming from us."
        '(delay | problem | issue | fault | error | hold-up | hold up | holdup) (is | was) not (coming | originating)? from (us | our (side | end))',
        // "That part isn't on us."
        '(that | this | it | that part | this part | that bit) (is | was) not (really)? on (us | me)',
        // "The tender isn't up to us"; "down to their system rather than anything Roamly did".
        '(is | are | was | were) not (really | entirely | something)? up to (us | me | our team | my team)',
        'rather than (anything | something) (we | i | _) (did | caused | changed | could have done)',
      ],
      suggest: ["I'm sorry this happened"],
      messageId: 'notOurFault',
      replaces: 'clause',
      tail: EN_TAIL,
      unlessAfter: REPORTED_DENIAL,
    },
    {
      // "The restaurant dropped the ball on this one, not us"; "that's on the manufacturer, not us"; "it's them who
      // cancelled, not us": the fault moved off us at the end of the clause, whoever it was moved onto. Not when the
      // denial is reported ("I won't say it was the courier, not us").
      lang: ['en'],
      match: '\\, (and)? (not | rather than) (us | ourselves | our (side | end | team | doing)) -(_)',
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
      unlessAfter: REPORTED_DENIAL,
      afterWindow: 12,
    },
    {
      // Where our control or remit ends, said of a party named by its brand or its team: "outside of DANA's control",
      // "beyond the control of our agency", "di luar kendali BCA", "di luar kawalan Pusat Panggilan", "pihak bank tidak
      // mempunyai kawalan ke atas kelewatan tersebut", "we in Customer Service have no control over their processing
      // times". Not the customer's control, not with a hand-over or what we do in the same sentence.
      lang: ['id', 'ms', 'en'],
      match: [
        '(di? luar | diluar) (kendali | kawalan | kontrol | kuasa) (penuh)? (dari | daripada)? (pihak)? -(@customer | pelanggan | manusia | siapa | sesiapa | semua | kita) _',
        '<-(@customer | anda | awak | you) (tidak | tiada | tak | tdk) (ada | punya | mempunyai | memiliki)? (kawalan | kendali | kontrol) (langsung | sama sekali | apa-apa)? (ke atas | atas | terhadap)',
        '(outside | beyond) (of)? (the)? (control | remit) of (our | the | this) _',
        "(outside | beyond) (of)? -(your | you) _ 's (control | remit)",
        '<-(you) (have | has | had) no (control | say | visibility | authority | influence) (over | of | into | on)',
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'], en: ["I'll take care of this"] },
      messageId: 'notMyJob',
      replaces: 'clause',
      unlessInSentence: `(${HANDED_ON} | ${SCAM} | but | however | tapi | tetapi | namun | akan | will | already)`,
    },
    {
      // The duty named as a third party's own, with no "bukan kami" needed: "bukan kewenangan Disdukcapil kabupaten",
      // "itu bukan bidang kerja unit kami", "merupakan kewenangan penuh dari pihak rumah sakit", "tanggungjawab penghantaran
      // kad terletak sepenuhnya pada syarikat kurier", "di bawah tanggungjawab Bahagian Kad", "itu urusannya hotel",
      // "menjadi urusan antara Bapak dengan pihak RS". Not the customer's ("bukan tugas Bapak"), not with a hand-over.
      lang: ['id', 'ms'],
      match: [
        '(bukan~ | di luar) (wewenang~ | kewenangan~ | bidang kuasa | bidang tugas | bidang kerja | skop kerja | tupoksi | tugas~) -(@customer | anda | awak | pelanggan) _',
        // Not a rule of whose duty something is ("paip selepas meter adalah tanggungjawab pengguna"): that is a fairness argument.
        '(merupakan | menjadi | adalah | ialah) (wewenang~ | kewenangan~ | urusan~ | ranah~ | bidang kuasa) (penuh | sepenuhnya)? (dari | daripada)? (pihak)? -(@ours | @customer | anda | awak | pelanggan | pengguna | pemilik | nasabah | pembeli | peserta | penyewa | saya | kami | kita | sendiri) _',
        '(tanggung jawab~ | tanggungjawab~ | kewenangan~ | wewenang~) _? _? (terletak | berada | ada) (sepenuhnya)? (pada | di | di tangan | dengan) (pihak)? -(@ours | @customer | anda | awak | saya | kami | kita) _',
        '(di bawah | dibawah) (tanggungjawab | tanggung jawab | bidang kuasa | kawalan | kendali) (penuh)? (pihak)? (@department | @courier | @bank | @third-party | bahagian~ | bagian~ | jabatan~ | syarikat~ | perusahaan~ | majlis | kerajaan | pemerintah~ | dinas~ | kementerian~)',
        `(itu | ini | tu | ni | hal tersebut | perkara tersebut | perkara ini) (memang | sebenarnya)? (urusan~ | ranah~ | kewenangan~ | wewenang~) (pihak)? (@courier | @bank | @third-party | hotel~ | rs | rumah sakit | hospital | klinik | bank | maskapai~ | airline | majlis | dinas~ | kelurahan | ${ID_MS_THEY}) -(@ours)`,
        // "Ini masalah pihak Swissport sebenarnya"; "diorang punya hal bila nak siap": the problem named as the party's.
        '(itu | ini | tu | ni) (memang | sebenarnya)? (masalah~ | salah~ | kesalahan~ | kesilapan~ | silap~ | urusan~ | ulah~) (dari | di)? pihak -(@ours | @customer | kami | saya | kita | sendiri) _ -(@ours | _ @ours)',
        `${ID_MS_THEY} punya (hal | urusan | masalah | pasal | hal la)`,
        '(urusan~ | masalah~ | hal~ | perkara) antara (@customer | anda | awak) (sama | dengan | dan) (pihak)? -(@ours | saya | kami | kita) _',
        `(urusan~ | masalah~ | hal~ | perkara) (@customer | anda | awak) (sama | dengan | dan) (pihak)? (@courier | @bank | @third-party | bank~ | hotel~ | rs | rumah sakit | hospital | klinik | majikan~ | insurans | asuransi | ${ID_MS_THEY})`,
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessInSentence: `(${HANDED_ON} | ${SCAM} | akan (saya | kami) | (saya | kami) (akan | sudah | telah | udah | dah) (bantu | hubungi | menghubungi | follow up | kejar | tanyakan | teruskan | ajukan))`,
    },
    {
      // The customer sent off to chase a third party themselves, politely: "Silakan ditanyakan langsung ke pihak merchant",
      // "coba kakak hubungi bank penerimanya aja", "tuan boleh minta ganti rugi terus daripada hotel tu", "you may wish
      // to contact the receiving bank directly", "should be raised directly with the relevant concessionaire".
      lang: ['id', 'ms', 'en'],
      match: [
        `${ID_MS_MODAL} ${BEFORE_CHASE}? ${BEFORE_CHASE}? (ditanyakan | ditanya | tanyakan | menanyakan | dikomplain | diadukan | diajukan | dilaporkan) (langsung | terus | sendiri)? (ke | kepada | kat | pada | sama | dengan) -(${CUSTOMERS_OWN}) ${NOT_US_WORD} -(_ @ours)`,
        `${ID_MS_MODAL} ${BEFORE_CHASE}? ${BEFORE_CHASE}? (minta | meminta | tuntut | menuntut | claim | klaim) (ganti rugi | pampasan | refund | kompensasi | bayaran balik)? (langsung | terus | sendiri) (dari | daripada | ke | kepada | kat | pada | dengan) ${NOT_US_WORD}`,
        // A party to ask ("tanya ke") or to call; not a time ("coba tanya lagi besok", "cuba hubungi semula minggu depan").
        `(coba | cuba) (@customer)? (tanya~ | tanyakan | komplain) (ke | kepada | kat | sama | dengan) ${NOT_US_WORD} -(_? @ours) _? _? (aja | saja | je | sahaja | ya | ye)`,
        `(coba | cuba) (@customer)? (hubungi | menghubungi | kontak | telepon | telefon | call) -(lagi | semula | balik | kembali | nanti | besok | esok | dulu) ${NOT_US_WORD} -(_? @ours) _? _? (aja | saja | je | sahaja | ya | ye)`,
        '(you (may | might) wish to | you (may | might) want to | (it is | it would be)? (best | better) (for you)? to) (contact | call | ring | email | ask | message | speak to | talk to | get in touch with | reach out to | raise it with | take it up with) -(us | me | our) (the | your | their) _',
        '(should | must | will need to | needs to | need to | has to | have to | would need to) (therefore | instead)? be (raised | submitted | directed | taken up | addressed | lodged | made | sent | referred) (directly)? (with | to) (the | their | your) -(our) _',
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'], en: ["I'll take care of this"] },
      messageId: 'notMyJob',
      replaces: 'clause',
      unlessAfter: '(saya | kami | aku | kita | akan | tidak | tak | jangan | i | we | not | if)',
      unlessInSentence: `(${HANDED_ON} | ${SCAM} | (i | we | saya | kami) (will | have | can | akan | sudah | telah | bisa | boleh) (also)? (contact | call | chase | hubungi | menghubungi | bantu | follow up))`,
    },
    {
      // English constructions that put the matter on a party: "a matter for the contractor rather than the council",
      // "they're the ones holding things up", "usually on the gateway side, not ours", "it wasn't our team that made
      // the error", "this should have been checked by the warehouse".
      lang: ['en'],
      match: [
        `(a matter | a question | an issue | one | something) for (them | the -(customer | police | courts) _ _?) (to (sort | answer | resolve | fix | deal with))? (rather than | and not | not) (us | ours | me | the (council | company | store | shop | airline | hotel | bank | team) | our _)`,
        `(they are | they were | ${EN_PARTY} (is | are | was | were)) (the ones | the one | the people) (who | that)? (are | were | is | was | keep | kept)? (holding | hold | held | delaying | delay | delayed | losing | lost | caused | causing | messing | messed | missed | dropping | dropped | slowing | slowed)`,
        '(on | at | with) the _ _? (side | end) \\,? (and | but)? not (ours | us | mine | on ours | on (our | my) (side | end) | with us | our (side | end | fault | problem | doing))',
        `it (was | is) not (us | me | our (team | side | end | staff | store | shop | company | people) | anyone (here | on our side | on our end)) (that | who) ..8 (\\, | and)? it (was | is) (the | their | your)? ${EN_PARTY}`,
        // "this one is really on our local partner", "it was on the contractor": the fault put on a party by name.
        '(is | was) (really | squarely | entirely | very much | all | clearly) on (our | the | their) (local | delivery | logistics | shipping | third-party | external | outside)? (partner | partners | supplier | suppliers | vendor | vendors | courier | carrier | contractor | contractors | hotel | airline | restaurant | seller | merchant | operator | provider | manufacturer | landlord) -((\'s | website | site | app | page | portal | list | side of))',
        // "the GoSend guys are always like this", "those drivers are forever doing this".
        '(guys | lot | people | drivers | riders | couriers) (are | is) (always | forever | constantly) (like this | like that | doing this | doing that)',
        `(should | ought to | could) have been (checked | caught | sent | packed | processed | handled | picked up | delivered | scanned | flagged | updated | done | sorted | fixed | arranged | booked | logged | approved) (properly)? (by | at) the (@department | @courier | @bank | @third-party | ${EN_PARTY})`,
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      unlessAfter: '(if | not | whether)',
      unlessInSentence: `(${HANDED_ON} | ${SCAM} | (i | we) (will | have | can) (also)? (contact | call | chase | follow up | raise))`,
    },
    {
      // The matter sent back to the party and the customer, in English: "please take that up with them", "that's something
      // between you and them", "it's their mess to clean up", "the damage is theirs to answer for". Not a hand-over of
      // ours ("I've passed it to them") nor a scam warned of.
      lang: ['en'],
      match: [
        '(take | taking | raise | raising) (that | this | it | the matter | the issue | any complaints | complaints) up (directly)? with (them | the _ _? | your _ _?)',
        '(something | a matter | an issue | one)? between you and (them | the _ _? | your _ _?)',
        '(their | theirs) (mess | problem | headache | issue | job) to (clean up | sort out | fix | deal with | answer for | explain)',
        '(is | are) (theirs | the _ _? \'s) to (answer for | sort out | fix | deal with | explain)',
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      unlessAfter: '(if | not | whether)',
      unlessInSentence: `(${HANDED_ON} | ${SCAM} | for you | on your behalf | (i | we) (will | have | can | could | would | am | are | shall) (also)? (contact | call | chase | follow up | raise | help | happy to | take))`,
    },
  ]);
