import { phraseRule } from './rule.js';

// The patterns are token patterns (docs/engine.md, "The token pattern language"); @customer is the customer as a
// sentence addresses them: Kak, Bapak, Ibu, Encik, anda, you.
// Chat and code-switching forms too: "yg Kakak butuhin sbnrnya bukan…", "so actually puan tak perlukan…".
const ACTUALLY = '(sebenarnya | sebenernya | sbnrnya | sbenarnya | sebetulnya | sesungguhnya | sejujurnya | benar-benar | betul-betul | actually)';
// What the customer wants, needs or means, in Indonesian and Malay.
const NEEDS_OBJECT =
  '(butuhkan~ | butuhin~ | perlukan~ | inginkan~ | mahukan~ | mau~ | mahu~ | hendak~ | nak~ | cari~ | maksud~ | maksudkan~ | hendaki~ | ' +
  'harapkan~ | perlu~ | butuh~ | ingin~)';
const NEEDS =
  '(butuh | butuhkan | membutuhkan | perlukan | memerlukan | mau | ingin | inginkan | menginginkan | mahu | mahukan | nak | cari | ' +
  'cuma butuh | hanya butuh | hanya perlukan | butuhin)';
// "Boleh ceritakan yang sebenarnya Kakak butuhkan?" asks and "saya paham Kakak sebenarnya mau …" listens: neither presumes.
const ASKING =
  '(tahu | ketahui | mengetahui | tanya | tanyakan | bertanya | ceritakan | jelaskan | terangkan | sampaikan | informasikan | beritahu | ' +
  'kongsikan | maklumkan | paham | pahami | memahami | faham | fahami | mengerti | ngerti | sadar | sedar | maklum | pastikan | dengar | ' +
  'mendengar | apa | apakah | adakah | bagaimana)';
// "Kayaknya Kakak bukan perlu tutup akun": a guess about what they need, said as a fact.
const GUESS = '(kayaknya | sepertinya | rasanya | nampaknya | agaknya | saya rasa | saya kira | saya pikir | saya fikir | menurut (kami | saya) \\,? | pada pendapat (kami | saya) \\,?)';
// "Kakak tidak perlu khawatir / datang / bayar lagi": reassurance, not a judgement of what they asked for. Worry,
// trouble and paying in any form ("tidak perlu khawatirkan", "tak perlu bayaran tambahan").
const NO_NEED_TO =
  '(+khawatir | +risau | +bimbang | +cemas | +repot | +susah | kecewa~ | +bayar | menunggu~ | tunggu~ | datang~ | ke | mengisi~ | isi~ | ' +
  'mengirim~ | kirim~ | hantar~ | menghantar~ | mengulang~ | ulang~ | apa-apa | lagi | melakukan~ | buat~ | membuat~ | login | log masuk | ' +
  'kemas kini | menghubungi~ | hubungi~ | install | pasang~ | memasang~ | upload | muat naik | mengunggah~ | unggah~ | cetak~ | mencetak~ | ' +
  'lapor~ | melapor~ | melaporkan~)';
const PLAN = '(paket | pelan | plan | produk | model | versi | layanan | perkhidmatan | langganan | pakej | jenis | tipe | varian)';
// What we would offer instead, named with its clitics: "paketnya", "fiturnya".
const OFFERING =
  '(paket~ | pelan~ | plan~ | produk~ | model~ | versi~ | layanan~ | perkhidmatan~ | langganan~ | pakej~ | jenis~ | tipe~ | varian~ | ' +
  'fitur~ | ciri~ | modul~ | opsi~ | pilihan~ | program~ | kartu~ | kad~)';

// Said as certain: "Kakak pasti lebih suka", "puan mesti lagi suka".
const CERTAIN = '(pasti | mesti | tentu | bakal | pasti akan | mesti akan | tentu akan | sudah pasti | memang)';
// What the customer asked for, set aside: "mending gak usah diretur", "tak payah la refund", "kakak gak butuh upgrade".
const ASKED_FOR = '(refund | direfund | retur | diretur | dikembalikan | tukar | ditukar | batal | dibatalkan | cancel | upgrade | berhenti | pindah)';
// Hopes and conditions: "semoga Kakak lebih suka", "kalau Kakak lebih suka model lain".
const HEDGE_ID_MS = '(kalau | kalo | jika | bila | apabila | sekiranya | seandainya | andai | semoga | mudah-mudahan | moga | harap | berharap | mana | apakah | adakah)';

// The customer asked for it: a change made at their request is service, not presumption.
const AS_ASKED = [
  '(sesuai | mengikut | seperti | atas | ikut) (permintaan | permohonan | request)',
  'yang @customer (minta | pinta | mahukan | inginkan | pilih)',
  '(as | like) you (requested | asked | wanted | preferred | chose)',
  '(per | at) your request',
];

// What was done on that presumption ("…, jadi sudah saya hapus", "…, so I've removed it"): it goes with it.
const DECIDED = [
  '(jadi | so | and) .. (ubah | hapus | ganti | keluarkan | tukar | removed | changed | switched | taken | added | cancelled | canceled)',
  '(you need | you want | what you need is | the new plan is better)',
];

export const presumeSolution = phraseRule(
  {
    id: 'presume-solution',
    kind: 'warning',
    description: {
      id: 'Memberi tahu pelanggan apa yang "sebenarnya" ia inginkan, bukannya bertanya.',
      ms: 'Memberitahu pelanggan apa yang "sebenarnya" dia mahukan, bukannya bertanya.',
      en: 'Telling the customer what they "really" want instead of asking.',
    },
    messages: {
      default: {
        id: 'Jangan menebak apa yang "sebenarnya" dibutuhkan pelanggan. Tanyakan dulu, misalnya "Penyelesaian seperti apa yang Kakak harapkan?", lalu tawarkan pilihan.',
        ms: 'Jangan teka apa yang pelanggan "sebenarnya" perlukan. Tanya dahulu, contohnya "Apakah penyelesaian yang encik harapkan?", kemudian tawarkan pilihan.',
        en: 'Don\'t decide what the customer "really" wants. Ask first, for example "What would you like to happen?", then offer options.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: [
        `yang ${ACTUALLY} @customer ${NEEDS_OBJECT}`,
        // "saya percaya apa yang puan benar-benar perlukan ialah rehat": "apa" is part of it, so that "ceritakan apa yang…" still asks.
        `apa? yang @customer ${ACTUALLY} ${NEEDS_OBJECT}`,
        // Said of customers in general, meaning this one: "apa yg pelanggan sebenarnya nak dlm kes mcm ni cuma…".
        `apa? yang (pelanggan | customer | orang | pengguna | tetamu | klien | nasabah | pembeli) (lain | lain-lain)? ${ACTUALLY} ${NEEDS_OBJECT}`,
      ],
      suggest: ['yang mungkin sesuai', 'pilihan yang mungkin sesuai'],
      unlessAfter: ASKING,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${ACTUALLY} apa? yang @customer ${NEEDS_OBJECT}`,
        `${ACTUALLY} \\,? apa yang (@customer | pelanggan | customer | orang | pengguna | tetamu | warga emas | klien | nasabah) _? _? ${NEEDS_OBJECT} &(_? (ialah | adalah | bukan | cuma | hanya | lebih kepada))`,
        `apa? yang @customer ${NEEDS_OBJECT} (${ACTUALLY} | itu bukan | ini bukan | bukan)`,
        // Not after "yang" or "apa": the families above have those.
        `<-(yang | apa) (@customer (ni | ini | tu | itu)? ${ACTUALLY} | ${ACTUALLY} @customer) (lebih | cuma | hanya | cuman)? ${NEEDS} -(tahu~ | bantuan~ | bantu~)`,
      ],
      suggest: ['mungkin yang sesuai', 'pilihan yang mungkin sesuai'],
      // "Saya paham Kakak sebenarnya mau …" acknowledges; "Sebenarnya apa yang Bapak butuhkan?" asks; "kalau2 encik
      // sebenarnya memang nak dua-dua" offers on a condition.
      unlessAfter: `(${ASKING} | kalau | kalau-kalau | jika | sekiranya | seandainya | andai | andaikan)`,
      unlessInSentence: '\\?',
    },
    {
      lang: ['id', 'ms'],
      match: [
        `@customer (pasti | mesti | tentu | jelas | memang | sebenarnya)? lebih (butuh | perlu | perlukan | memerlukan | membutuhkan | cocok | sesuai) (dengan | pakai | guna | menggunakan | ambil)? ${PLAN}`,
        // "Saya rasa Ibu sebenarnya tidak perlu asuransi": deciding for them what they can do without.
        `((saya (rasa | yakin | kira | pikir | fikir | percaya) | ${ACTUALLY} | ${GUESS}) @customer ${ACTUALLY}? | @customer ${ACTUALLY}) (tidak | bukan) (perlu | butuh | memerlukan | membutuhkan | perlukan | mahu | mau | nak) -(${NO_NEED_TO})`,
        // "Kakak tidak perlu API, yang Kakak perlukan itu fitur impor": their request set aside for ours, in one sentence
        // ("Bapak tidak perlu mengurus dari awal, cukup kirim foto" spares them work, and stays clean).
        `@customer (tidak | bukan) (perlu | butuh | memerlukan | membutuhkan | perlukan) -(${NO_NEED_TO}) &((_ | \\,) ..3 yang @customer (perlukan | butuhkan | perlu | butuh))`,
        // "Yang Bapak perlukan itu fitur impor CSV, lebih gampang."
        `yang @customer (perlukan | butuhkan | perlu | butuh | mahukan | inginkan) (itu | ialah | adalah | ini | tu | ni) (cuma | hanya | sebenarnya)? ${OFFERING} ..4 lebih (baik | bagus | gampang | mudah | hemat | murah | sesuai | cocok | senang | jimat | praktis)`,
        'saya (yakin | rasa | percaya) @customer lebih (butuh | perlu | perlukan | memerlukan | mahukan | inginkan | suka | cocok | sesuai | baik)',
        'percaya~ (saja | sahaja | deh | sama saya | pada saya | cakap saya | kata saya)? \\,? @customer (lebih | pasti | mesti)? (butuh | perlu | perlukan | mau | mahu | nak | suka | akan suka | cocok | sesuai)',
        `(@customer (lebih baik | lebih bagus | sebaiknya) | (lebih baik | sebaiknya) @customer) langsung? (pakai | ambil | pilih | beli | guna | gunakan | menggunakan | upgrade | beralih | pindah | tukar | langgan | melanggan | ganti) ke? ${PLAN}`,
      ],
      suggest: { id: ['saya jelaskan dulu pilihan yang ada', 'boleh saya tawarkan pilihan lain'], ms: ['biar saya terangkan pilihan yang ada', 'boleh saya tawarkan pilihan lain'] },
      replaces: 'clause',
      tail: DECIDED,
      unlessInSentence: '\\?',
    },
    {
      // Their preference told to them: "Kakak pasti lebih suka warna ini", "puan mesti lagi suka kalau kami tukar",
      // "udah pasti kakak lebih suka kalau udah dipakai".
      lang: ['id', 'ms'],
      match: [
        `@customer ${CERTAIN} (lebih | lagi) (suka | senang | seneng | puas | happy | selesa | cocok | sesuai | untung)`,
        `@customer ${CERTAIN} (suka | cocok | sesuai) (banget | sangat | sekali | dengan | sama | kalau | jika)`,
        `(pasti | mesti | tentu | yakin) @customer (lebih | lagi) (suka | senang | puas | happy | selesa | cocok | sesuai)`,
        // A belief or an "actually", then their preference as a fact: "saya rasa puan lebih selesa kekal dengan pelan
        // tahunan", "Sebenarnya puan akan lebih selesa di bilik Superior", "Puan sebenarnya lebih sesuai simpan dalam ASB".
        `(${ACTUALLY} | ${GUESS}) \\,? @customer (akan | pasti | mesti | tentu)? (lebih | lagi) (selesa | puas | happy | senang | seneng | suka | cocok | sesuai | pas | untung | untung~ | beruntung)`,
        `@customer ${ACTUALLY} (akan)? (lebih | lagi) (selesa | puas | happy | senang | seneng | suka | cocok | sesuai | pas | untung | beruntung)`,
        // "Encik lebih sesuai guna Unifi Air, bukan fiber."
        `@customer ${CERTAIN}? (lebih | lagi) (cocok | sesuai | pas) (dengan | pakai | guna | menggunakan | ambil | langgan | melanggan) _`,
        // The best fit named for them as a verdict: "yang paling sesuai untuk anak encik ialah Set Bento…", "lebih pas
        // pakai Orbit", "paket ini lebih cocok buat Kakak daripada…".
        'yang (paling | lebih) (sesuai | cocok | pas | baik | bagus) (untuk | buat | bagi | dengan) _? @customer (ialah | adalah | itu | tu | ni)',
        '<-(mungkin | barangkali | kalau | jika) lebih (cocok | sesuai | pas | baik) (untuk | buat | bagi) @customer (daripada | dari | dibanding | dibandingkan | berbanding)',
        // "Encik lebih baik ambil kredit je", "mending kakak pakai aja dulu".
        `(@customer (lebih baik | lebih bagus | sebaiknya | mending | mendingan) | (lebih baik | sebaiknya | mending | mendingan) @customer) langsung? (ambil | pilih | terima | guna | gunakan | pakai) _? _? (saja | sahaja | aja)`,
        // What they asked for set aside: "mending gak usah diretur", "tak payah la refund", "kakak gak butuh upgrade"; not what
        // they need for a purpose ("tidak perlu upgrade paket untuk dapat fitur ini").
        `(mending | mendingan | lebih baik | baiknya | sebaiknya) @customer? (tidak usah | tidak payah | tidak perlu | jangan) (lah | la)? ${ASKED_FOR}`,
        '(tidak usah | tidak payah) (lah | la)? (refund | upgrade | cancel | batal | berhenti)',
        `@customer (tidak | bukan) (butuh | perlu | memerlukan | membutuhkan | perlukan) (upgrade | paket baru | pakej baru | pelan baru | langganan baru | refund | ganti baru) -(_? (untuk | agar | supaya | buat | kalau | jika))`,
      ],
      suggest: { id: ['saya jelaskan dulu pilihan yang ada', 'boleh saya tawarkan pilihan lain'], ms: ['biar saya terangkan pilihan yang ada', 'boleh saya tawarkan pilihan lain'] },
      replaces: 'clause',
      tail: DECIDED,
      unlessAfter: HEDGE_ID_MS,
      unlessInSentence: '\\?',
    },
    {
      // Their choice made for them, and done: "refund Kakak sudah kami ubah jadi voucher", "saya dah tukar permohonan
      // encik ke Unifi Air", "I've gone ahead and switched you to the annual plan", "your refund has been converted to
      // store credit". Not a change they asked for.
      lang: ['id', 'ms', 'en'],
      match: [
        '(refund | bayaran balik | pengembalian dana | pengembalian uang | selisih | ganti rugi | pampasan | kompensasi) @customer? (tu | itu | ini | ni | tersebut)? memang? (sudah | dah | telah)? (kami | saya)? (ubah | tukar | ganti | alihkan | konversi | konversikan | convert | jadikan) (jadi | ke | kepada | menjadi | dalam bentuk) @figure? (kredit | voucher | baucar | saldo | poin | point | store credit | miles | mata ganjaran)',
        '(pengajuan | permohonan | pesanan | order | tempahan) (pasang baru | langganan | refund | pembatalan | pindah | tukar)? @customer (sudah | dah | telah) (kami | saya) (alihkan | pindahkan | tukarkan | ubah | ganti | gantikan) (ke | kepada | jadi | menjadi) (pembelian | paket | pakej | pelan | plan | produk | langganan)',
        '(saya | kami) (sudah | dah | telah) (langsung | terus)? (tukar | tukarkan | ganti | gantikan | ubah | alihkan | pindahkan | convert) (permohonan | pesanan | paket | pakej | langganan | pelan | plan | order | refund | bayaran balik) @customer (ke | kepada | jadi | menjadi)',
        '(i | we) (have)? gone ahead and (switched | moved | converted | swapped | changed | upgraded | downgraded) (you | your (order | plan | request | refund | booking | subscription | package | application)) (to | for | onto | into)',
        '(your)? refund (has been | was | is being) (converted | changed | switched | swapped) (to | into | for) (store credit | a voucher | credit | points | a gift card)',
      ],
      suggest: { id: ['saya jelaskan dulu pilihan yang ada', 'boleh saya tawarkan pilihan lain'], ms: ['biar saya terangkan pilihan yang ada', 'boleh saya tawarkan pilihan lain'], en: ['let me walk you through the options', 'would you like me to go through the options'] },
      replaces: 'clause',
      unlessInSentence: ['\\?', ...AS_ASKED],
    },
    {
      lang: ['en'],
      match: [
        'what you (will | would)? (really | actually | truly | obviously | clearly) (need | want | are looking for | are after)',
        'what you are (really | actually | truly) (after | looking for | asking for)',
        'all you (really | actually | truly) (need | want)',
        // Of customers in general, meaning this one: "In most cases like yours, what customers actually need is…",
        // "what your broker really needs is the PDF".
        'what (most | many)? (customers | people | clients | guests | users | folks | your _) (like you)? (really | actually | truly) (need | want) (is | are)',
        // The fix decided for them: "What would really help you here is our Plus membership", "what would actually
        // solve this for you, Ms Ng, is the Pro plan".
        // A name or an address between commas may come before the verb: "What would really solve this for you, Ms Ng, is…".
        'what would (really | actually | truly) (help | solve | fix | suit | work for) ..8 (is | would be)',
      ],
      suggest: ['one option that may suit you', 'would you like'],
      // "Could you tell me what you really need?" asks; "I understand you really want a refund" acknowledges.
      unlessAfter: '(tell me | ask | asking | know | understand | sure | check | confirm | if | whether | wondering)',
      unlessInSentence: '\\?',
    },
    {
      // Deciding for the customer, said of a whole clause: the rewording offers to go through the options instead.
      lang: ['en'],
      match: [
        '(i think | i believe | i am sure | i reckon) what you (need | want) is',
        // "a fixed tariff isn't really what you want"
        '(is | are | was) not (really | actually | exactly | quite)? what you (want | need | are after | are looking for) -(to (hear | read | see | be told))',
        'you do not (really | actually)? need _ _? _? \\,? (you need | what you need)',
        'you (really | actually | truly | obviously | clearly) want (the | a | an | our | to upgrade | to switch | to go for)',
        'you (really | actually | truly | obviously | clearly) need (to upgrade | to switch | to go for | our | the _ (plan | package | model | version | option | upgrade))',
        'you (would | will | are) (really | honestly | probably | definitely | just | so)? be? (much | far | way)? better off (with | on | just | @ing-form)',
        // "the smarter move for you is to just block the merchant", "…rather than the instalment plan you requested"
        '(smarter | smartest | wiser | better | best | easier | simpler | most sensible) (move | thing | thing to do | bet | way | option | choice) for you (is | would be | here is)',
        '(is | are) (exactly | precisely | just) what you (need | want | are after) -(to | for | if)',
        'for you (is | would be) to (just | simply)',
        '(rather than | instead of) (the | a | an | what)? _? _? _? you (have | had)? (requested | asked for | applied for)',
        'trust me \\,? you (will | would)? really? (want | need | prefer | love | like | be happier | be better)',
        // Their preference told to them: "you'll be happier with store credit", "you would prefer the annual plan".
        'you (will | would) (be)? (much | far | a lot | so | definitely | probably)? (happier | better served | more satisfied) (with | if | on | using | getting | @ing-form)',
        'you (will | would) (much | definitely | really | probably)? (prefer | rather have) (the | a | an | our | store | to)',
        'i know what you (really | actually)? (need | want)',
        // What we chose in place of what they asked for, as a verdict: "a technician visit will serve you better than a bill
        // adjustment".
        '(will | would | is going to) (serve | suit | work for | help) you (much | far | a lot)? better than',
        'you do not (really | actually | even)? want (a | the | to cancel | to return | to change | that)',
        // "I don't think you really need travel insurance, so I've taken it off."
        '(i do not think | i doubt | i do not believe) you (really | actually | even)? (need | want | use) -(to | any help | help | me)',
      ],
      suggest: ['let me walk you through the options', 'would you like me to go through the options'],
      replaces: 'clause',
      tail: DECIDED,
      // "Totally understood, you really want a straight answer" listens.
      unlessAfter: '(tell me | ask | asking | know | understand | understood | i see | i hear | i get it | got it | sure | check | confirm | if | whether | wondering)',
      // "…instead of the refund you asked for, if you prefer?"; "sorry, we sent it instead of the one you asked for"
      unlessInSentence: ['\\?', '(@apology | our mistake | our error | my mistake)'],
    },
    {
      // What they asked for judged unneeded, as a verdict: "You don't actually need a new router, your current one is
      // fine." Not information with a purpose ("you don't actually need an account to check out", "…for this").
      lang: ['en'],
      match: 'you do not (really | actually) need (a | an | another | the | any | that | this) (new | second | extra | other | different | replacement)? _',
      suggest: ['let me walk you through the options', 'would you like me to go through the options'],
      replaces: 'clause',
      unlessAfter: '(tell me | ask | asking | know | understand | sure | if | whether | wondering)',
      unlessInSentence: ['\\?', '(to | for | if | unless | because | in order)'],
    },
  ]);
