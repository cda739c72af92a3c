import { phraseRule } from './rule.js';

// Third parties whose fault an agent may be tempted to name: the customer sees one company.
const ID_PARTY = '(?:bagian|divisi|departemen|dept|tim|pihak|gudang|kurir|ekspedisi|vendor|logistik|mitra|bank|cabang|toko|penjual|seller|sistem pusat|kantor pusat|kontraktor|subkon|driver|rider|sopir)';
const MS_PARTY = '(?:jabatan|bahagian|unit|pasukan|pihak|gudang|syarikat kurier|kurier|penghantar|vendor|pembekal|rakan kongsi|bank|cawangan|ibu pejabat|kontraktor|rider|pemandu|driver|runner)';
const EN_PARTY = '(?:warehouse|courier|shipping|logistics|billing|delivery|dispatch|vendor|supplier|carrier|partner|bank|branch|head office|accounts|accounts payable|finance|rider|driver|contractor|ground handling|ground crew|handling agent|other|another|that)(?: (?:team|department|dept|company|partner|people|guys))?';
// Not followed by "kami", directly or after one more noun: "kesilapan di pihak bank kami" owns the mistake.
const NOT_OURS = '(?!(?: (?!dan |tapi |serta |namun |jadi |sehingga |yang |karena |kerana )[^ .!?,]+)? (?:kami|saya|kita))';
// Outsiders whose "side" a problem is put on.
const ID_OUTSIDER = '(?:mereka|kurir~|ekspedisi~|bank~|vendor~|penjual~|seller|mitra~|logistik~|merchant|operator~|penyedia~)';
const MS_OUTSIDER = '(?:mereka|kurier|syarikat kurier|bank|vendor|pembekal|penjual|rakan kongsi|sana)';
const EN_OUTSIDER = '(?:their|the (?:courier|bank|vendor|supplier|carrier|merchant|seller|partner|gateway|payment gateway|provider|airline)(?: \'s)?)';
// Words after which a denial is reported, not made: "I won't pretend it's not our fault".
const REPORTED_DENIAL = ['pretend', 'pretending', 'claim', 'claiming', 'say', 'saying', 'deny', 'berpura-pura', 'bilang', 'mengatakan', 'kata', 'katakan', 'menafikan'];
// A hand-over in the same sentence: saying where one's authority ends and passing the case on is escalating, not deflecting.
// A next clause that carries the deflection on: a denial, "so I can't help", or the outsider blamed again.
const ID_MS_TAIL = [
  'bukan (?:salah |kesalahan |kesilapan |silap |di |dari |daripada )?(?:pihak )?(?:kami|kita|saya)',
  '(?:jadi|sehingga|makanya|maka) (?:saya |kami )?(?:tidak|tak|belum) (?:bisa|dapat|boleh)',
  '(?:itu |ini |tu |ni )?(?:masalah|urusan|salah|kesalahan|kesilapan|tanggung jawab) (?:dari |di |pihak )?(?:bagian|divisi|departemen|jabatan|bahagian|unit|tim|pasukan|kurir|kurier|gudang|bank|vendor|pembekal)',
  '(?:mereka|dia|kurir~|kurier|ekspedisi~|gudang~|vendor~|penjual~|pembekal|bank~|sistem (?:bank|mereka|kurir|kurier|vendor)|pihak (?:kurir|kurier|ekspedisi|gudang|vendor|bank|sana)) (?:[^ .!?,]+ ){0,3}?(?:yang )?(?:lah )?(?:telat|lambat|lalai|lupa|salah|silap|cuai|gagal|belum|tidak|tak|lelet)',
];
const EN_TAIL = [
  'not (?:ours|us|mine|me|our fault|my fault|(?:a|an) (?:[^ .!?,]+ ){1,3}(?:one|issue|problem|matter))',
  'so (?:there is nothing|it is down to them|i cannot|we cannot|i can not|nothing)',
  '(?:they|the (?:courier|warehouse|vendor|supplier|carrier|bank|driver|rider)) (?:[^ .!?,]+ ){0,3}?(?:lost|forgot|messed|dropped|did not|never|was late|were late|delayed|failed)',
];
const HAND_OVER = '(?:teruskan|meneruskan|diteruskan|eskalasi|mengeskalasi|sampaikan|menyampaikan|ajukan|mengajukan|hubungkan|sambungkan|panjangkan|memanjangkan|rujuk|merujuk|serahkan|escalate|escalated|pass|passed|refer|referred|forward|forwarded|connect)';

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
  [
    {
      // "Itu tanggung jawab divisi finance": the job is ours.
      lang: ['id'],
      match: `(?:tanggung jawab~|urusan~|ranah~) (?:dari |di |oleh )?${ID_PARTY}~${NOT_OURS}(?: _)?`,
      suggest: ['tanggung jawab kami', 'urusan kami'],
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id'],
      match: `gara-gara (?:pihak )?${ID_OUTSIDER}`,
      suggest: ['karena kesalahan kami'],
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id'],
      match: [
        `(?:kesalahan~|salah~|ulah~|kelalaian~|keteledoran~|kekeliruan~) (?:dari |di |oleh )?${ID_PARTY}~${NOT_OURS}(?: _)?`,
        `(?:mereka|kurir~|gudang~|vendor~|ekspedisi~|penjual~|seller|bank~) (?:lah )?yang (?:salah|lalai|teledor|ceroboh|keliru|bermasalah)`,
        // "divisi keuangan yang belum memprosesnya": the delay is pinned on a named team.
        `(?:cuma |hanya |tapi |tetapi |namun )?${ID_PARTY} (?!kami|saya)[^ .!?,]+ (?:lah )?yang (?:belum|tidak|tak|lambat|lelet|telat|lupa|gagal) (?:juga )?(?:memproses|proses|diproses|mengirim|kirim|mencairkan|cairkan|merespons|respons|membalas|balas|menindaklanjuti|approve|menyetujui|mengerjakan|memperbaiki|update)~`,
        `(?:kesalahan~|kekeliruan~) (?:[^ .!?,]+ )?(?:itu |ini |ada |memang |sebenarnya |justru )*(?:dari|di|oleh) (?:pihak |sisi )?(?:${ID_PARTY}|mereka)~${NOT_OURS}(?: _)?`,
      ],
      suggest: ['kesalahan kami', 'tanggung jawab kami'],
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      // "The problem is on their side": the customer hears that nobody here will fix it.
      lang: ['id'],
      match: `(?:masalah~|kendala~|gangguan~|kesalahan~|error~|salah~) (?:ada |itu |ini |memang |sebenarnya |justru |datang |berasal )*(?:di|dari) (?:pihak|sisi) ${ID_OUTSIDER}${NOT_OURS}`,
      suggest: ['kendala ini akan kami selesaikan', 'ini tanggung jawab kami'],
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(?:ini |itu )?bukan (?:urusan|tugas|kerja|bidang|ranah|tanggung jawab|tanggungjawab|masalah|bahagian|bagian|hal) (?:saya|kami|aku)',
        '(?:ini |itu )?di luar (?:urusan|tugas|tanggung jawab|tanggungjawab) (?:saya|kami|aku)',
        '(?:tidak|bukan) (?:ada )?(?:urusan~|hubungan~|kaitan~|kena mengena) (?:dengan|sama) (?:saya|kami|aku|pihak kami)',
        // Only as the end of a clause: "kami tidak ada hubungannya dengan akun palsu itu" is a fair warning about fraud.
        '(?:saya|kami|aku|pihak kami) (?:tidak|tiada) (?:ada )?(?:hubungan~|kaitan~|kena mengena)(?= [,.!?])',
      ],
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
    },
    {
      // Saying where one's authority ends is fine when the case is passed on in the same breath.
      lang: ['id', 'ms'],
      match: '(?:ini |itu )?(?:bukan|di luar) (?:wewenang|kewenangan|kuasa|bidang kuasa|kapasiti) (?:saya|kami)',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessInSentence: HAND_OVER,
    },
    {
      // Sending the customer off to find another department themselves; "saya akan hubungi bagian lain" is fine.
      lang: ['id', 'ms'],
      match: '(?:silakan |sila |harus |perlu |kena )?(?:hubungi|menghubungi|tanya~|bertanya) (?:ke |kepada )?(?:bagian|divisi|departemen|jabatan|bahagian|pihak|unit) lain',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessAfter: ['saya', 'kami', 'akan'],
    },
    {
      // "Itu ditangani bagian lain": the request is pushed off to a team the customer cannot reach.
      lang: ['id', 'ms'],
      match: '(?:ditangani|diurus|diuruskan|dikelola|dipegang|dikendalikan|diselenggara|diselenggarakan) (?:oleh )?(?:bagian|divisi|departemen|tim|jabatan|bahagian|pasukan|unit|pihak) lain',
      suggest: { id: ['saya akan bantu mengurusnya'], ms: ['saya akan bantu uruskan'] },
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(?:ini |itu )?bukan (?:salah|kesalahan|kesilapan|silap) (?:dari |di )?(?:pihak )?(?:kami|kita|saya)',
        '(?:ini |itu )?bukan (?:kami|kita|saya) yang (?:salah|bersalah|silap)',
        '(?:kami|pihak kami) tidak (?:bersalah|bertanggung jawab|bertanggungjawab) (?:atas|terhadap|ke atas)',
      ],
      // The rewording says what we will do: the sentence often opens with "Maaf" already.
      suggest: { id: ['kami akan bantu menyelesaikannya', 'mohon maaf atas kejadian ini'], ms: ['kami akan bantu selesaikannya', 'saya mohon maaf atas kejadian ini'] },
      messageId: 'notOurFault',
      replaces: 'clause',
      tail: ID_MS_TAIL,
      unlessAfter: REPORTED_DENIAL,
    },
    {
      lang: ['ms'],
      match: [
        `(?:berpunca|disebabkan) (?:daripada|dari|oleh) ${MS_PARTY}${NOT_OURS}(?: lain| _)?`,
        `(?:kesilapan|kesalahan|salah|silap) (?:dari |daripada |di )?${MS_PARTY}${NOT_OURS}(?: _)?`,
        `(?:masalah~|kesilapan~|kesalahan~|gangguan~|ralat~) (?:ada |itu |ini |tu |ni |sebenarnya |memang |datang |berpunca )*(?:di|dari|daripada) (?:pihak|belah) ${MS_OUTSIDER}${NOT_OURS}`,
        '(?:mereka|kurier|gudang|vendor|pembekal|bank|rider|pemandu|driver|dia) (?:lah )?yang (?:salah|silap|cuai|lalai)',
        `(?:cuma |hanya |tapi |tetapi |namun )?${MS_PARTY} (?!kami|saya)[^ .!?,]+ (?:lah )?yang (?:belum|tidak|tak|lambat|lupa|gagal) (?:lagi )?(?:proses|memproses|diproses|hantar|menghantar|luluskan|meluluskan|balas|membalas|respon|buat|baiki|membaiki)~`,
      ],
      suggest: ['kesilapan kami', 'kami akan selesaikannya'],
      replaces: 'rest',
      tail: ID_MS_TAIL,
    },
    {
      lang: ['en'],
      match: `(?:the )?${EN_PARTY} 's (?:fault|mistake|problem|error)`,
      suggest: ['our mistake', 'our responsibility'],
      replaces: 'rest',
      tail: EN_TAIL,
    },
    {
      // Said of a whole clause: "the delay is entirely down to the courier" → "that was our mistake".
      lang: ['en'],
      match: [
        `(?:the )?(?:fault|blame) (?:lies |is |rests )?with (?:the )?${EN_PARTY}`,
        `(?:is|was|are|were|lies|rests) (?:(?:entirely|all|completely|totally|purely|solely|squarely|really) )?(?:on|down to) (?:the )?(?:(?:receiving|sending|issuing|other|external|third-party|partner|local) )?(?:warehouse|courier|vendor|supplier|carrier|bank|billing|logistics|shipping|rider|driver|contractor|ground crew|ground handling|delivery partner|other)(?: team| department| company| people)?(?! 's)`,
        `(?:is|was|are|were|it is|that is) (?:(?:entirely|all|completely|totally|purely|solely|squarely|really|now|just) )*down to them`,
        // "handled by the billing people, not customer care"; "is to blame for that, not us".
        `(?:handled|dealt with|managed|looked after|done|caused) by (?:the )?${EN_PARTY}(?: people)?(?: ,)? not (?:us|me|customer (?:care|service|support)|our team|my team)`,
        '(?:is|are|was|were) to blame(?: for (?:this|that|it))?(?: ,)? not (?:us|me|we)',
        // "That one's on the rider."
        "(?:that|this|it|that one|this one) (?:is|'s|was) (?:(?:entirely|all|completely|totally|really|squarely) )?(?:on|down to) (?:the )?(?:warehouse|courier|vendor|supplier|carrier|bank|rider|driver|contractor|delivery partner|ground crew)(?: team| department| company| guys)?(?= [,.!?]| $)",
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
    },
    {
      lang: ['en'],
      match: '(?:it is|that is|this is) (?:a|an) (?:warehouse|courier|vendor|supplier|carrier|bank|billing|logistics|shipping|finance|tech|technical team) (?:issue|problem|matter|thing|question)',
      suggest: ["we'll sort this out", 'that is ours to sort out'],
      replaces: 'clause',
      tail: EN_TAIL,
    },
    {
      // "The courier messed up"; "our warehouse team made a mistake" owns it for the company.
      lang: ['en'],
      match: [
        `(?:the )?(?:warehouse|courier|vendor|supplier|carrier|bank|billing|logistics|shipping|rider|driver|contractor|accounts|finance|ground handling|ground crew)(?: team| department| people| guys| company| partner)? (?:messed up|screwed up|dropped the ball|is to blame|are to blame|was to blame|were to blame)`,
        // "Accounts payable still hasn't released it."
        `(?:the )?(?:warehouse|courier|vendor|supplier|carrier|bank|billing|logistics|shipping|accounts payable|accounts|finance|finance team|payments team|it team|tech team)(?: team| department| people| guys)? (?:still )?(?:has not|have not|did not|never|is yet to|are yet to) (?:released|processed|approved|sent|paid|actioned|fixed|done|replied|responded|updated)(?! (?:their|its) (?:side|end))`,
      ],
      suggest: ['that was our mistake', "we'll sort this out"],
      replaces: 'clause',
      tail: EN_TAIL,
      unlessAfter: ['our'],
    },
    {
      // "It's on their end", "the vendor hasn't fixed their side".
      lang: ['en'],
      match: [
        `(?:problem|issue|fault|error|glitch|bug|outage|delay|mistake)s? (?:is |are |was |lies |lie |sits )?(?:on|at|from|with) ${EN_OUTSIDER} (?:side|end)`,
        `(?:it is|that is|this is|it was) (?:on|at) ${EN_OUTSIDER} (?:side|end)`,
        '(?:fixed|sorted|resolved|repaired|sorted out) (?:their|its) (?:side|end)',
        '(?:ball is|it is) in their court',
      ],
      suggest: ["I'll make sure this gets fixed", 'we are working on it'],
      replaces: 'clause',
      tail: EN_TAIL,
    },
    {
      lang: ['en'],
      match: [
        '(?:it is |that is |this is )?not (?:my|our) (?:job|department|area|problem|responsibility|role|remit)',
        '(?:it is |that is )?(?:out of my hands|above my pay grade|nothing to do with (?:me|us|my team|our team))',
        '(?:that|this|it) is not something (?:i|we) (?:handle|deal with|look after|cover)',
        'you will (?:have|need) to (?:contact|call|ask|email|speak to|talk to) (?:another|a different|the other|the right|the relevant) (?:department|team)',
        // "Billing is handled by another team, so…": the request is pushed off to a team the customer cannot reach.
        '(?:is|are) (?:handled|dealt with|managed|taken care of|looked after|done) by (?:another|a different|a separate|the other|other) (?:team|department|dept|unit|division|section)',
        // Sending the customer off to chase them alone: "you'd need to ring them yourself".
        'you (?:will|would|will have to|would have to|need to|have to|should|can|could) (?:need to |have to )?(?:contact|call|ring|phone|email|ask|message|chase|speak to|talk to|take it up with|raise it with) (?:them|that team|that department|(?:the|that) (?:[^ .!?,]+ )?(?:team|department|partner|company|courier|rider|driver)) (?:yourself|directly)',
        'please (?:take it up|raise it|take this up|raise this) with (?:them|the (?:[^ .!?,]+ )?(?:team|department|partner|company|courier|airport|airline|rider|driver))(?! for you)',
      ],
      suggest: ["I'll take care of this"],
      messageId: 'notMyJob',
      replaces: 'clause',
      tail: EN_TAIL,
    },
    {
      lang: ['en'],
      match: [
        '(?:it is |that is |this is |it was |that was |this was )?not (?:my|our) fault',
        'we (?:are|were) not (?:at fault|to blame)',
        'we (?:did|have done) nothing wrong',
        'we are not responsible for (?:the|this|that|any)',
      ],
      suggest: ["I'm sorry this happened"],
      messageId: 'notOurFault',
      replaces: 'clause',
      tail: EN_TAIL,
      unlessAfter: REPORTED_DENIAL,
    },
  ],
);
