import { phraseRule } from './rule.js';

// The company, as the one who would pay.
// A small business speaking of itself: "bagi resort kecil seperti kami".
const SMALL_US = '(_? kecil (seperti | macam | kayak) kami | sekecil kami)';
// An institution speaking of itself counts too: "memberatkan operasional hotel", "untuk ditanggung maskapai".
const ID_INSTITUTION = '(hotel~ | resort~ | rumah sakit | klinik~ | kampus~ | sekolah~ | dinas~ | instansi~ | pihak (bank | hotel | rumah sakit | maskapai | kampus | sekolah | dinas | manajemen | pengelola))';
const MS_INSTITUTION = '(hotel~ | resort~ | hospital~ | klinik~ | syarikat penerbangan | jabatan~ | universiti~ | pihak (bank | hotel | hospital | pengurusan | majlis | universiti))';
const ID_US = `(perusahaan~ | kami | pihak kami | kita | toko~ kami | toko~ | usaha~ kami | bisnis~ kami | bank~ | maskapai~ | pemkot | pemda | ${ID_INSTITUTION} | ${SMALL_US})`;
const MS_US = `(syarikat~ | kami | pihak kami | kita | kedai~ kami | kedai~ | perniagaan~ kami | bisnes~ kami | bank | majlis | dewan bandaraya | ${MS_INSTITUTION} | ${SMALL_US})`;
// The same, opening a pattern: without the word before "kecil", since the rewording replaces the whole clause anyway,
// and a pattern that may open with any word would be tried at every word of every draft.
const ID_US_FIRST = ID_US.replace(SMALL_US, SMALL_US.replace('_? ', ''));
const MS_US_FIRST = MS_US.replace(SMALL_US, SMALL_US.replace('_? ', ''));
const ID_COST = '(biaya~ | ongkos~ | ongkir~ | modal~ | pengeluaran~)';
const MS_COST = '(kos~ | caj~ | perbelanjaan~ | modal~ | cost~)';
// A chat particle may follow: "mahal sgt la utk kami".
const TOO_MUCH = '(terlalu | sangat | cukup | lumayan | amat | agak)? (mahal | besar | gede | tinggi | berat | membebani) (sangat | sekali | banget | gila | betul)? (la | lah | dong | deh | sih)?';
// Up to eight words between a cost and how much it is: "kos Lalamove atau kurier same day ke Penang terlalu tinggi".
const COST_GAP = '..8';
// Not the customer's: "kerugian perusahaan Bapak" is their loss; a short vocative ("mahal buat perusahaan Kak") is not.
const NOT_THEIRS = '-((anda | kakak | bapak | ibu | kamu | encik | tuan | puan | awak | saudara | saudari | agan | your))';
// "Itu rugi buat Kakak" is about the customer's loss.
const NOT_THE_CUSTOMER = '-((bagi | buat | untuk | kepada) @customer)';
const US_EN = '(us | the company | the business | our company | our business | the store | our store | the shop | the airline | our airline | the bank | the platform | the council | the hotel | the clinic | the hospital | the school)';
// A budget that is the company's, with up to two words before it: "our support budget", "our current waste budget",
// "the highways budget".
const EN_BUDGET = "(our | the council 's | the company 's | the) _? _? budget";
// What we earn, set against a cost: "pendapatan yang akan kami terima", "what we earn on a new installation".
const ID_MS_EARNINGS =
  '(pendapatan~ | pemasukan~ | keuntungan~ | untung~ | hasil~ | revenue~ | omzet~ | omset~ | pulangan~ | yang (kami | kita) (terima | dapat | peroleh | perolehi))';
const ID_MS_OUTLAY = '(biaya~ | ongkos~ | modal~ | investasi~ | kos~ | pelaburan~ | perbelanjaan~ | cost~ | pengeluaran~)';
// A thin margin in its chat words: "udah mepet banget", "pas-pasan".
const THIN = '(tipis | nipis | kecil | ciput | mepet | pas-pasan | cekak | sikit)';

export const internalCosts = phraseRule(
  {
    id: 'internal-costs',
    kind: 'warning',
    description: {
      id: 'Menjadikan biaya perusahaan sendiri sebagai alasan.',
      ms: 'Menjadikan kos syarikat sendiri sebagai alasan.',
      en: "Giving the company's own costs as a reason.",
    },
    messages: {
      default: {
        id: 'Biaya internal adalah urusan perusahaan, bukan pelanggan. Katakan apa yang bisa Anda lakukan, atau beri "tidak" yang ramah dengan alternatif.',
        ms: 'Kos dalaman ialah urusan syarikat, bukan pelanggan. Nyatakan apa yang anda boleh lakukan, atau beri jawapan "tidak" yang sopan dengan pilihan lain.',
        en: 'Our costs are our concern, not the customer\'s. Say what you can do, or give a kind "no" with an alternative.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id'],
      match: [
        `rugi~ (la | lah | dong | deh | sih | pun | kan)? (kami | kita | perusahaan | toko | bank) ${NOT_THEIRS}`,
        `kerugian (bagi | untuk | buat)? (perusahaan | pihak kami | kami | bank | maskapai | toko) ${NOT_THEIRS}`,
        '(kami | perusahaan | kita | toko | bank | maskapai) (akan | bisa | jadi | justru | malah)? kehilangan (pendapatan | pemasukan | keuntungan | untung | omzet | omset)',
        '(nanggung | menanggung | tanggung) rugi~ (tiap | setiap | per | untuk setiap | di setiap)',
        `${ID_COST} _? _? _? _? yang kami (bayar | tanggung | keluarkan) _? _? _? tidak (kecil | sedikit | murah)`,
        // "biaya operasional kami tidak akan tertutup", "biaya operasional maskapai bisa membengkak".
        '(menutup | menutupi)? biaya (operasional | operasi) pihak? (kami~ | kita~ | perusahaan~ | maskapai~ | bank~ | toko~ | hotel~ | pemkot~) ((tidak akan | tidak | bisa | akan | jadi) (tertutup | tertutupi | membengkak | naik | bertambah | habis))?',
        '(tidak | kurang) (ekonomis | efisien | menguntungkan | sebanding | worth it) (bagi | untuk | buat) pihak? (kami | kita | perusahaan | pemkot | pemda | pemerintah | maskapai | bank | toko | dinas)',
        `${ID_US_FIRST} (yang | akan | bisa | pasti | jadi | bakal | malah | justru | nanti)? (yang | akan | bisa | pasti | jadi | bakal | malah | justru | nanti)? (rugi | merugi | tekor | boncos | bangkrut | gulung tikar)`,
        `(itu | ini) (jadi | bikin | bisa | akan)? rugi~ ${NOT_THE_CUSTOMER}`,
        `(merugikan | membebani | memberatkan) pihak? ${ID_US} ${NOT_THEIRS}`,
        `(kerugian | beban) (besar | yang besar | yang tidak sedikit | yang berat)? (bagi | untuk | buat) ${ID_US} ${NOT_THEIRS}`,
        `(tidak | kurang) (menguntungkan | sebanding | worth it) (bagi | untuk | buat) ${ID_US}`,
        '(margin | keuntungan | untung) keuntungan? (kami | kita | perusahaan) (sangat | terlalu | sudah | cuma | hanya | memang | amat)? (sangat | terlalu | sudah | cuma | hanya | memang | amat)? (tipis | kecil | sedikit | habis)',
        `${ID_US_FIRST} (tidak | belum) (mau | bisa | sanggup | mampu)? (menanggung | nanggung | nombok) (biaya | ongkos | kerugian)`,
        `${ID_COST} _? _? _? <-(tidak | bukan | belum) (bikin | membuat | malah) rugi~ ${NOT_THE_CUSTOMER}`,
        '(mengurangi | menggerus | memotong | menggerogoti | makan) (keuntungan | margin | untung) (kami | perusahaan | kita | toko)',
        // Our costs not covered: "modal kami gak nutup", "sering tidak nutup buat kami", "untung per botol tipis banget".
        `${ID_COST} (operasi | operasional)? pihak? (kami | kita | perusahaan | toko) (tidak | belum) (tertanggung | tertutup | tertutupi | nutup | menutup | cukup | kembali | balik)`,
        '(tidak | belum) (nutup | tertutup | tertutupi | menutup | balik modal | pulang modal | kembali modal) (buat | untuk | bagi) (kami | kita | perusahaan | toko)',
        '(tidak | belum) (cover | menutup | menutupi | nutup | menampung) (biaya | ongkos | modal) (operasional | operasi)? (kami | kita | perusahaan | toko)',
        '(untung | keuntungan | margin) (per | setiap | tiap) _ (sangat | terlalu | cuma | hanya | memang | sudah)? (tipis | kecil | sedikit) (banget | sekali | sangat)?',
        // What we pay others, as the reason: "kami juga harus bayar ke kurir", "kami juga dikenakan biaya oleh kurir",
        // "kami yang nombok", "harga kami sudah mepet", "tidak ada untung buat kami".
        '(kami | kita | toko | perusahaan) (juga | pun) (harus | kena | wajib | mesti | perlu)? (bayar | membayar) (ke | kepada) _',
        '(kami | kita | toko | perusahaan) (juga | pun)? (kena | dikenakan | dikenai | dicharge | di-charge) (biaya | ongkos | charge | denda) (oleh | dari)?',
        '(kami | kita | toko) (harus | jadi | yang | terpaksa)? (nombok | rugi bandar)',
        '(harga | margin) (jual)? (kami | kita)? (sudah | udah | memang)? (mepet | tipis) (banget | sekali | sangat)?',
        '(tidak | belum) (ada | dapat)? (untung | keuntungan) (lagi)? (buat | untuk | bagi) (kami | kita | toko | perusahaan)',
        // Margins gone, costs paid out of the shop's pocket, losses again and again: "margin kita abis", "untungnya tipis
        // banget", "harus nombok dari kantong toko", "udah dicoba dan rugi terus".
        '(margin~ | modal~) (kami | kita | toko | perusahaan)? (sudah | bisa | jadi | langsung)? (habis | abis | hilang | tergerus | lenyap | ludes)',
        '(untung~ | keuntungan~) (kami | kita | toko)? (sudah | cuma | hanya | memang | sangat | terlalu)? (tipis | ciput) (banget | sekali | sangat)?',
        '(harus | jadi | terpaksa | sering | selalu) (nombok | menombok | tombok)',
        '(dari | pakai) (kantong | kantung | kocek) (toko | kami | kita | perusahaan | sendiri)',
        // Not compensation asked for: "minta ganti rugi terus daripada hotel".
        '<-(ganti) (rugi | merugi | tekor | boncos) (terus | melulu | mulu) -(@customer)',
        '<-(@customer) (sering | selalu | berkali-kali | banyak kali) (rugi | merugi | tekor | boncos)',
        // Our people's time and work as the cost: "makan masa engineer yang banyak", "menambah beban kerja tim finance",
        // "menyita waktu tim kami" (not "prosesnya makan waktu 3 hari", which is how long the customer waits).
        '(makan | memakan | menyita | menghabiskan | menguras | menambah | membebani) (banyak)? (waktu | masa | tenaga | beban kerja | jam kerja) (yang)? (banyak)? (tim | staf | staff | engineer | karyawan | pegawai | kakitangan | pasukan | teknisi | juruteknik | petugas | developer) _? (kami | kita)?',
        '(makan | memakan | menyita | menghabiskan | menguras | menambah | membebani) (banyak)? (waktu | masa | tenaga | beban kerja) (kami | perusahaan | syarikat)',
        // Profit, or our own costs, as the reason: "kami juga ada biaya operasional", "kami juga perlu untung", "kami bukan
        // badan amal".
        '(kami | kita | toko | perusahaan | syarikat | kedai) (juga | pun | kan) (ada | punya | mempunyai | menanggung | tanggung) (biaya | ongkos | kos | pengeluaran | overhead) (operasional | operasi | sendiri)?',
        '(kami | kita | toko | perusahaan | syarikat | kedai) (juga | pun | kan)? (perlu | butuh | harus | mesti | kena | cari) (untung | cari untung | keuntungan | makan)',
        '(kami | ini | kita) (bukan | tidak) (badan amal | lembaga amal | yayasan | lembaga sosial | pertubuhan kebajikan | badan kebajikan | organisasi amal)',
        // A cost called not small, for us: "biaya operasional yang tidak kecil bagi perusahaan".
        `${ID_COST} ..8 (tidak | bukan) (kecil | sedikit | murah) (bagi | untuk | buat) pihak? ${ID_US}`,
        // What it eats of ours: "makan biaya besar di sisi kami".
        '(makan | memakan | menelan | menghabiskan) (biaya | ongkos | modal) (yang)? (besar | banyak | tinggi | mahal) (di | dari | bagi | untuk | buat) (sisi | pihak)? (kami | kita | perusahaan)',
        // "membebani anggaran maskapai": our budget given as the reason.
        `(membebani | memberatkan | menguras | menyedot | menambah | melebihi | di luar) (anggaran | budget | bujet | kas | biaya operasional | pengeluaran | beban | operasional) operasional? pihak? (kami~ | kita~ | perusahaan~ | maskapai~ | toko~ | bank~ | operator~ | ${ID_INSTITUTION})`,
      ],
      suggest: ['berikut pilihan yang bisa saya tawarkan'],
      replaces: 'clause',
    },
    {
      lang: ['ms'],
      match: [
        `rugi~ (la | lah | dong | deh | sih | pun | kan)? (kami | kita | syarikat | kedai | bank) ${NOT_THEIRS}`,
        '(kami | syarikat | kita | kedai | bank) (akan | boleh | jadi)? kehilangan (pendapatan | keuntungan | untung | hasil)',
        // "Setiap SMS kos kami RM0.12."
        '(kos | caj) (kami | syarikat | kedai | bank) (sebanyak | lebih | hampir | kira-kira | sekitar)? @amount',
        '(untung | keuntungan | margin) (kami | syarikat | kedai) _? _? _? _? tidak (sampai | lebih | cecah | sampai pun)',
        '(kos | perbelanjaan) (operasi | operasian | pengendalian | penyelenggaraan) _? _? _? _? _? _? (sudah | sangat | amat | terlalu | semakin)? (sudah | sangat | amat | terlalu | semakin)? (tinggi | mahal | meningkat | bertambah)',
        `${MS_US_FIRST} (yang | akan | boleh | pasti | jadi | nanti)? (yang | akan | boleh | pasti | jadi | nanti)? (rugi | kerugian | muflis | bankrap | gulung tikar)`,
        `(merugikan | membebankan | menjejaskan) pihak? ${MS_US}`,
        `(kerugian | beban) (besar | yang besar | yang tidak sedikit | kewangan | kewangan yang besar)? (kepada | bagi | untuk) ${MS_US} ${NOT_THEIRS}`,
        `(tidak | kurang) (berbaloi | menguntungkan | ekonomik) (langsung | sangat | pun)? (la | lah | pun)? (untuk | bagi | kepada | buat) ${MS_US}`,
        '(margin | keuntungan | untung) keuntungan? (kami | syarikat) (sangat | terlalu | sudah | cuma | hanya | memang | amat)? (sangat | terlalu | sudah | cuma | hanya | memang | amat)? (nipis | kecil | sikit | sedikit | rendah | terhad)',
        `${MS_US_FIRST} tidak (mampu | sanggup | boleh)? (tanggung | menanggung | tampung | menampung) (kos | caj | kerugian)`,
        '(menjejaskan | menjejas | mengurangkan | makan) (keuntungan | margin | untung) (kami | syarikat | kedai)',
        // "kos operasi kami tak tertanggung", "tak cover kos kami"
        `${MS_COST} (operasi | operasian | pengendalian)? pihak? (kami | kita | syarikat | kedai) tidak (tertanggung | tertutup | cukup | balik | berbaloi)`,
        '(tidak | belum) (cover | menutup | menampung | tampung | tanggung) (kos | modal | perbelanjaan) (operasi | operasian | pengendalian)? (kami | kita | syarikat | kedai)',
        '(tidak | belum) (balik modal | pulang modal | lepas modal)',
        '(untung~ | keuntungan~) (kami | kita)? (sikit | sedikit | ciput) (saja | sahaja)? (la | lah)? &((untuk | bagi | sebab | kerana | \\, | \\.))',
        // "kami pun kena bayar kurier", "harga kami dah nipis", "tak ada untung untuk kami".
        '(kami | syarikat | kedai | kita) (pun | juga) (kena | perlu | terpaksa | mesti) bayar',
        '(harga | margin) (jual)? (kami | kita)? (sudah | memang)? (nipis | ciput) (sangat | sekali)?',
        '(tidak | tiada) (ada)? (untung | keuntungan) (langsung)? (untuk | bagi | kepada) (kami | kita | kedai | syarikat)',
        '(untung | keuntungan | margin) (per | setiap | tiap | untuk setiap) _ (sangat | terlalu | cuma | hanya | memang | sudah)? (nipis | kecil | sikit | sedikit)',
        // Our people's time and our own costs as the reason (as in Indonesian): "makan masa engineer yang banyak", "kami pun ada
        // kos operasi", "kami bukan badan kebajikan".
        '(makan | memakan | menghabiskan | menambah | membebankan) (banyak)? (masa | tenaga | beban kerja) (yang)? (banyak)? (staf | staff | engineer | kakitangan | pasukan | juruteknik | pekerja | developer) _? (kami | kita)?',
        // Losses again and again, and losing even now: "dah banyak kali rugi", "RM400 itu pun kami dah rugi", "operasi
        // kami tak akan tertanggung", "kos yang tidak sikit bagi syarikat".
        '(sudah | selalu | sering | banyak kali | berkali-kali) (rugi | kerugian) -(@customer)',
        '(kami | syarikat | kedai | kita) (pun | memang)? (sudah | sudah pun) (rugi | kerugian)',
        '(operasi | operasian) (kami | syarikat | kedai | kita) (tidak | takkan) (akan)? (tertanggung | tertampung | bertahan | mampu bertahan)',
        `${MS_COST} ..8 (tidak | bukan) (kecil | sikit | sedikit | murah) (bagi | untuk | kepada) pihak? ${MS_US}`,
        // "menambah kos operasi syarikat penerbangan kami"
        '(menambah | menambahkan | membebankan | menaikkan | melebihi | membebani) (kos | perbelanjaan | bajet | belanjawan) (operasi | operasian | pengendalian | operasional)? (kami | syarikat | kedai | bank | pihak kami)',
      ],
      suggest: ['ini pilihan yang boleh saya tawarkan'],
      replaces: 'clause',
    },
    {
      // "perusahaan yang nanggung kerugiannya", "kami yg tanggung kerugian": the company's loss as the reason, but not
      // a loss we take on so that the customer pays nothing.
      lang: ['id', 'ms'],
      match: `(${ID_US_FIRST} | ${MS_US_FIRST}) (yang | akan | harus | jadi | bakal | kena | terpaksa)? (yang | akan | harus | jadi | bakal | kena | terpaksa)? (menanggung | nanggung | tanggung) (kerugian~ | rugi~)`,
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(tidak perlu | jangan khawatir | jangan risau | tenang saja | gratis | percuma | tanpa biaya | tanpa caj)',
    },
    {
      // "Shipping it back costs more than the item": a reason not to serve, unless the customer keeps the item for free.
      lang: ['id', 'ms', 'en'],
      match: [
        `(${ID_COST} | ${MS_COST}) .. lebih (mahal | besar | tinggi) (dari | daripada | dibanding~ | dibandingkan | berbanding) (harga | nilai) _`,
        '(costs | cost | would cost | will cost) us? more (to (ship | send | collect | return | post) (it | back)? (it | back)?)? than (the item | the product | it) (is worth | itself | costs)',
        '(costs | cost | would cost | will cost) us more',
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'], en: ["here's what I can offer instead"] },
      replaces: 'clause',
      unlessInSentence: '(simpan saja | simpan sahaja | tidak perlu dikembalikan | tidak perlu dikirim | tidak perlu dihantar | refund | dana | bayaran balik | gratis | percuma | keep the item | keep it | no need to (return | send))',
    },
    {
      // A cost too high for us, up to eight words after the cost: not one said not to be ("ongkirnya tidak mahal untuk
      // kami"), which the words between would otherwise hide.
      lang: ['id', 'ms'],
      match: [
        `${ID_COST} ${COST_GAP} ${TOO_MUCH} (untuk | bagi | buat | ke) ${ID_US}`,
        `${MS_COST} ${COST_GAP} ${TOO_MUCH} (untuk | bagi | kepada | buat) ${MS_US}`,
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(tidak | tak | gak | nggak | ga | bukan) (terlalu | begitu | terlampau | sangat | berapa)? (mahal | besar | tinggi | berat | membebani)',
    },
    {
      // Dear or a loss *for us*, with or without a cost word before it: "terlalu mahal bagi kami", "mahal buat
      // perusahaan", "memang rugi bagi kami", "rugi banget buat toko"; and selling at a loss, margins thin after a few
      // words, no business sense: "udah kami jual rugi", "margin kami di paket UMKM sudah tipis", "tidak masuk akal
      // secara bisnis buat kami", "tak masuk akal dari segi kewangan". A negation before it ("tidak mahal bagi kami")
      // is not a complaint.
      lang: ['id', 'ms'],
      match: [
        `<-(tidak | tak | gak | nggak | ga | bukan | tidaklah) (mahal | rugi | merugi | tekor | boncos) (sangat | sekali | banget | bgt | gila | betul | sgt)? (la | lah | dong | deh | sih)? (bagi | buat | untuk | utk | kepada) pihak? (${ID_US} | ${MS_US}) ${NOT_THEIRS}`,
        '(jual | menjual | dijual) (rugi | di bawah modal | bawah modal | bawah harga modal)',
        `(margin | keuntungan | untung | hitungan | perhitungan | kiraan) (kami | kita | perusahaan | syarikat | toko | kedai) _? _? _? _? _? (sangat | terlalu | sudah | cuma | hanya | memang | amat | juga)? (sangat | terlalu | sudah | cuma | hanya | memang | amat)? ${THIN}`,
        '(tidak | kurang) masuk akal (secara | dari segi | dari sisi) (bisnis | bisnes | ekonomi | finansial | kewangan | komersial | komersil) -((untuk | bagi | buat) @customer)',
        '(merugikan | membebankan | memberatkan) (syarikat | perusahaan) (kami | kita)',
        // Not worth it, counted in cost: "tak berbaloi dari segi kos bagi syarikat", "tidak sebanding secara biaya".
        '(tidak | kurang) (berbaloi | menguntungkan | ekonomis | ekonomik | sebanding | worth it | worth) (dari segi | dari sisi | secara | segi | kalau dari segi) (kos | biaya | ongkos | kewangan | keuangan | bisnes | bisnis | ekonomi | finansial | komersial) -((untuk | bagi | buat | kepada) @customer)',
        '(tidak | belum) (mampu | sanggup) (tanggung | menanggung | nanggung) (kerugian | rugi | kos | biaya)',
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
    },
    {
      // A cost set against what we earn from it: "investasi tiang serta kabel tidak sebanding dengan pendapatan yang akan
      // kami terima", "kos tu tak setimpal dengan hasil", "biayanya lebih besar dari pemasukan"; the same in English below.
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_OUTLAY} ..8 (tidak | kurang) (sebanding | setimpal | sepadan | seimbang | berbaloi | balik) (dengan | dgn)? ..3 ${ID_MS_EARNINGS}`,
        `${ID_MS_OUTLAY} ..8 lebih (besar | mahal | tinggi | banyak) (dari | daripada | dibanding | dibandingkan | berbanding) ..3 ${ID_MS_EARNINGS}`,
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
    },
    {
      // Our loss named as the reason, with words between: "rugi ongkir bolak-balik buat toko kecil kayak kami", "biar toko
      // gak tekor", "kami malah nombok per pelanggan", "biaya server dan support kami untuk cabang tambahan itu gak ketutup".
      lang: ['id', 'ms'],
      match: [
        `<-(tidak | bukan | belum) (rugi~ | merugi | tekor | boncos | nombok) ..4 (bagi | buat | untuk | kepada) pihak? (${ID_US} | ${MS_US}) ${NOT_THEIRS}`,
        '(biar | supaya | agar | agar supaya) (toko~ | kedai~ | kami | kita | perusahaan~ | syarikat~ | usaha~ | bisnis~ | bisnes~) (kami)? (tidak | belum) (rugi | merugi | tekor | boncos | nombok | bangkrut | muflis | kerugian)',
        '(kami | kita | toko | kedai | perusahaan | syarikat) (malah | justru | bisa | boleh | akan | bakal | jadi | pasti | yang)? (malah | justru | bisa | boleh | akan | bakal | jadi)? (nombok | menombok | tombok | tekor | boncos)',
        `${ID_MS_OUTLAY} ..6 (kami | kita | toko | kedai | perusahaan | syarikat) ..5 (tidak | belum) (tertutup | ketutup | tertutupi | nutup | tertanggung | tertampung | tercover | balik)`,
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(tidak (mau | ingin | mahu) | jangan sampai) @customer (rugi | kerugian)',
    },
    {
      lang: ['en'],
      match: [
        // "it simply isn't worth the cost of sending a crew out", "the cost outweighs what we earn", "eat a big chunk out
        // of what we earn"; not worth it to the customer ("it isn't worth the cost for you to repair it").
        '(is not | are not | was not | would not be | will not be | never) (really | simply | just)? worth the (cost | expense | money | outlay) -(_? _? (for | to) you)',
        '(cost | costs | expense | expenses) (would | will | just)? (outweigh | outweighs | exceed | exceeds | is more than | are more than) (what we (earn | make | get) | (the | our) (revenue | income | earnings | profit))',
        '(eat | eats | eating | take | takes | taking) (a | an)? (big | huge | large | massive | real | significant)? (chunk | bite | slice | hole | share) (out of | of | in) (what we (earn | make | get) | our (revenue | income | earnings | profit | profits | margin | margins))',
        '(more | less) than (what)? we (earn | make | get | would earn | would make) (from | on | back)',
        // "so we don't lose money on it"
        '(so | so that) (we | the company | the business | the store | the shop) (do not | does not | will not | would not) (lose money | go out of business | run at a loss | end up out of pocket | make a loss)',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
    },
    {
      // Our size as the reason a cost counts: "a bank charge that adds up quickly for a company our size", "mahal bagi
      // kedai sekecil kami".
      lang: ['en'],
      match: '(for | to) (a | an) (small | little | tiny)? (company | business | shop | store | team | outfit | operation | firm | clinic | restaurant | provider | bakery | cafe) (of)? (our size | like ours | like us | as small as ours)',
      onlyWithInSentence: '(cost | costs | charge | charges | fee | fees | expensive | afford | adds up | add up | money | budget | margin | margins | overheads | pay)',
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
    },
    {
      // Our own costs going up, given as the reason: "karena biaya server dan lisensi pihak ketiga kami naik", "kos operasi
      // syarikat meningkat", "our running costs have gone up"; fees charged to us: "kami juga kena potong komisi", "each
      // transfer has a bank charge we pay".
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_OUTLAY} ..6 (kami | kita | syarikat | perusahaan | toko | kedai) (sendiri)? (juga | pun | sudah | telah | terus)? (naik | meningkat | bertambah | melambung | membengkak | melonjak)`,
        '(kami | kita | toko | kedai | perusahaan | syarikat) (juga | pun)? (kena | dikenakan | dikenai | dicaj | dipotong | kena potong | bayar) (fee | komisi | komisen | potongan | biaya admin | caj admin | caj bank | biaya bank | biaya transfer | caj pemprosesan)',
        // Our work put to the customer: "ini merepotkan tim kami", "menyusahkan pihak kami", "kerja manual yang banyak buat kami".
        '(merepotkan | menyusahkan | membebankan | memberatkan | menambah kerja) (tim~ | pasukan~ | staf~ | pihak)? (kami | kita)',
        '(kerja | pekerjaan) (manual)? (yang)? (banyak | berat | besar | tambahan) (buat | bagi | untuk | kepada) (kami | tim kami | pihak kami | pasukan kami | staf kami)',
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(maaf | mohon maaf) ..3 (merepotkan | menyusahkan) @customer',
    },
    {
      lang: ['en'],
      match: [
        "(our | the company 's | the business 's) (costs | running costs | operating costs | overheads | expenses | supplier costs | fuel costs | server costs | licence costs | license costs) (have | has)? (gone up | risen | increased | doubled | gone through the roof | shot up | climbed)",
        '(we | the company | the business | the store | the shop) (also)? (pay | are charged | get charged | have to pay) (a | an)? (bank | processing | transaction | platform | courier | admin)? (fee | fees | charge | charges | commission) (on | for | per | every | each)',
        '(each | every) (individual)? (transfer | refund | transaction | payment | pickup | delivery | order | return) (has | carries | costs | incurs | comes with) (a | its own)? (bank | processing | transaction | handling)? (charge | fee) (that | which) ..4 (us | company | our)',
        // Our work put to the customer: "it's a lot of extra work for our team", "it creates a lot of admin on our side".
        '(a lot of | so much | too much | extra | lots of | a huge amount of) (extra)? (work | effort | hassle | admin | paperwork | manual work) (for | on) (us | our (team | side | end | staff | agents))',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
    },
    {
      // Our costs named as the cause, and sending someone not worth it to us: "karena biaya operasional kami", "sebab kos
      // logistik syarikat", "tidak sebanding kalau kami turunkan teknisi", "because of our running costs", "it isn't worth
      // sending a crew out"; not a cost we take on ("ongkirnya kami tanggung").
      lang: ['id', 'ms'],
      match: [
        '(karena | kerana | sebab | disebabkan | mengingat | memandangkan | demi) (biaya~ | ongkos~ | kos~ | modal~ | pengeluaran~ | perbelanjaan~ | beban biaya | beban kos | margin~ | kerugian~) (operasional | operasi | tambahan | logistik | admin | pentadbiran)? (pihak)? (kami | kita | perusahaan | syarikat | toko | kedai)',
        '(tidak | kurang) (worth it | sebanding | sepadan | berbaloi | ekonomis | ekonomik) (kalau | jika | untuk | nak | mau)? (kami)? (kirim | mengirim | mengirimkan | datangkan | mendatangkan | turunkan | menurunkan | hantar | menghantar | utus | mengutus) (teknisi | juruteknik | kurir | kurier | petugas | tim | pasukan | truk | lori | orang | staf)',
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(kami tanggung | kami yang tanggung | ditanggung | gratis | percuma | tanpa biaya | tanpa caj)',
    },
    {
      lang: ['en'],
      match: [
        "(because of | due to | given | owing to) (our | the company 's | the business 's) (costs | running costs | operating costs | overheads | margins | expenses | cost structure | tight margins | thin margins)",
        '(is not | would not be | will not be | not | never) (really | simply | just)? worth (it)? (to)? (send | sending | dispatch | dispatching | sending out | rolling out | a truck | a crew | a technician | an engineer | a courier | the trip | the drive | the fuel | our time | our while)',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
      unlessInSentence: '(we will cover | we cover | we absorb | free of charge | at no cost)',
    },
    {
      // Money lost, in the red, a budget it isn't in: "we'd be in the red", "we actually lose money on every repair",
      // "grocery margins are tiny", "wipes out what we make", "isn't in the budget", "the repair centre charges us more".
      lang: ['en'],
      match: [
        '(be | been | are | go | going | went | put us | puts us | leave us | leaves us) (honestly | already | well | deep)? in the red',
        '(we | i) (actually | really | basically | already | often | usually | always | just) (lose | lost | would lose | will lose) money',
        '(margin | margins) (are | is | were) (already | really | very | so | razor)? (tiny | thin | slim | razor-thin | wafer-thin | tight | low | small)',
        '(wipes | wipe | wiping | eats | eat | eating) (out | up) (what we make | our profit | our profits | our margin | the profit | the margin | any profit)',
        '(is not | are not | was not) (in | within) (the | our) budget',
        '<-(you) (charges | charged | bills | billed | invoices) us (more | extra | a fee | for)',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
    },
    {
      // The whole cost clause, so that the rewording reads on: "…, but here's what I can offer instead".
      lang: ['en'],
      match: `(because | as | since)? ((each | every | a | the | this | that | one) _ | it | that | this | which)? (costs | cost | costing | would cost | will cost) ${US_EN} -(nothing | no | not a | more) ((about | around | roughly | nearly | over | more than | at least | almost) _)?`,
      suggest: ["but here's what I can offer instead"],
    },
    {
      lang: ['en'],
      match: [
        `(too expensive | too costly | not (worth it | worth our while | cost-effective | worthwhile | economical | viable | profitable)) for ${US_EN}`,
        '(we | the company | the business) (would | will | could) be? (lose | losing | lost) money',
        '(we | i) (cannot | could not | can not) (absorb | eat | swallow | afford) (the | that | this | those | these) (cost | costs | fee | charge)',
        "(our | the company 's | the business 's) (margin | margins | profit | profits | overheads | operating costs | running costs | bottom line)",
        '(at a loss | out of (our | my) own? pocket)',
        // "Each credit comes straight out of our support budget"; "not sustainable on our current waste budget".
        `(comes | come | paid | taken | coming) (straight | directly)? (out of | from) ${EN_BUDGET}`,
        `${EN_BUDGET} (is | has | was | 's | has been)? already? (blown | spent | used up | stretched | exhausted | overspent | gone)`,
        `(not sustainable | unsustainable | not affordable | cannot afford | can not afford) (on | within | with | from) ${EN_BUDGET}`,
        `(do not | does not) have _? _? in ${EN_BUDGET}`,
        // "significant courier and insurance costs for the bank"; "leave us covering those costs ourselves".
        '(cost | costs | expense | expenses | overhead | overheads) (to | for) (us | the bank | the company | the business | the council | the airline | the hotel | the store) -(nothing)',
        '(covering | cover | absorbing | absorb | footing | foot | eating | eat) (those | these | the | that | this) (cost | costs | bill | bills | fee | fees | charge | charges) ourselves',
        '(we | i) (cannot | could not | can not) (absorb | eat | swallow) (that | this | it | those | these) &(for | on | across | every | each | , | \\. | \\! | \\?)',
        // "it makes no commercial sense for us", "not commercially viable", "wouldn't cover our costs", "we'd never break even".
        '(makes | make | would make | will make) no (commercial | financial | economic | business) sense -((for | to) you)',
        // What others charge us, and money lost: "the courier charges us", "we'd be out of pocket", "we lose money on
        // every return", "we can't afford to keep sending replacements".
        '(the courier | couriers | the carrier | carriers | the airline | our supplier | the supplier | suppliers | the vendor | the manufacturer | the warehouse) (charges | charge | charged | bills | bill | billed) us',
        '(we | i) (would | will) be out of pocket',
        '(eat | eats | eating | cut | cuts | cutting) into (our)? (profit | profits | margin | margins)',
        '(we | i) (barely | hardly) (make | break even | cover)',
        '(a loss | loss-making) for (us | the company | the business | the store)',
        '(we | i) (lose | lost | would lose | will lose) money (on | with | every | each | if)',
        '(we | i) (cannot | can not | could not) afford to -(lose | let | miss | keep you)',
        '(not | never | hardly) (commercially | financially | economically) (viable | sensible | worthwhile | feasible | justifiable)',
        // Our people's time as the cost: "every manual reversal costs us processing time", "it eats up our engineers' time",
        // "our team is already stretched".
        // Not "it will take us some time", which says how long the customer waits.
        '(costs | cost | would cost | will cost | eats | eat | would eat) (us | up) (a lot of | so much | hours of | days of | valuable | processing | staff | engineering | admin)? (time | hours | man-hours | resources)',
        "(eats | eat | eating) (up)? (a lot of | so much | too much | hours of)? (our | the team 's | our team 's | our engineers ' | our staff 's) (time | resources | capacity)",
        '(our | the) (team | staff | engineers | agents | warehouse | technicians) (is | are) (already)? (stretched | overloaded | swamped | short-staffed | understaffed | stretched thin | at capacity)',
        '(we | i) (do not | did not | would not) have (the)? (staff | manpower | headcount | resources | bandwidth | people) (to | for)',
        // Profit, or our own costs, as the reason: "we have costs too", "we're a business, not a charity".
        '(we | the company | the business | the store) (have | has) (our own | its own)? (costs | overheads | expenses | bills) (too | as well | to cover | of our own)',
        '(we are | we re | this is) (a business \\,?)? not a charity',
        '(we | the company | the business) (also)? (need | needs | have | has) to (make a profit | make money | turn a profit | stay in business | cover our costs)',
        // Said indirectly: "the numbers just don't work for us", "we'd take a hit on every order", "it isn't profitable".
        '(the numbers | the maths | the math | the economics) (just | simply)? (do not | does not | would not | will not) (work | add up | stack up)',
        '(we | the company | the business | the store | the shop) (would | will)? (take | takes | took | taking) a (hit | loss)',
        '(is not | would not be | will not be | never) (profitable | cost-effective | cost effective) -((for | to) you)',
        '(does not | would not | will not | cannot | could not | never) (cover | recoup | recover) (our | the company s | the business s) (costs | cost | outlay | expenses)',
        '(we | i | the company | the business) (would not | will not | do not | could not | cannot | would never | never) (break even | make (any | a)? (money | profit))',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
    },
    {
      // A cost called too much for us to bear, said from its size: "kos penghantaran ... adalah terlalu tinggi untuk
      // ditanggung oleh syarikat", "biaya akomodasi sebanyak itu terlalu berat untuk ditanggung maskapai", "terlalu besar
      // untuk anggaran dinas kami"; the cost's words may be far before, so the sentence must name a cost. Not the customer's
      // ("terlalu mahal untuk Kakak").
      lang: ['id', 'ms'],
      match: `(terlalu | sangat | amat | cukup) (mahal | besar | gede | tinggi | berat) (untuk | bagi | buat | kepada | ke) (ditanggung | ditampung | dibayar | dipikul | ditangung)? (oleh)? pihak? (${ID_US} | ${MS_US} | (anggaran | bajet | budget | peruntukan | belanjawan) _? _? (kami | kita | ${ID_INSTITUTION} | ${MS_INSTITUTION} | majlis | syarikat | perusahaan)) ${NOT_THEIRS}`,
      onlyWithInSentence: '(kos~ | biaya~ | ongkos~ | caj~ | harga~ | perbelanjaan~ | anggaran~ | bayaran~ | modal~ | beban~ | pampasan~ | kompensasi~ | penggantian~)',
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(tidak | tak | gak | bukan) (terlalu | begitu | terlampau) (mahal | besar | tinggi | berat)',
    },
    {
      // A cost borne by us, named with its size as the reason: "melibatkan kos besar yang ditanggung oleh syarikat", "biaya
      // kurir dan asuransi kartu yang dikeluarkan Bank cukup besar", "kos percetakan ... yang ditanggung oleh pihak bank
      // adalah terlalu tinggi"; our being made to bear it: "bank terpaksa menanggung kos tersebut"; what we must pay others:
      // "ada biaya yang harus kami bayarkan ke Visa"; our costs shooting up: "kos operasi akan naik mendadak", "biaya infra
      // kami bengkak"; our budget at its end: "anggaran pemeliharaan kami terbatas", "anggaran bagian kami jebol",
      // "peruntukan majlis tak mampu menanggungnya". A cost we take on so the customer pays nothing ("ongkirnya ditanggung
      // oleh toko") names no size and stays clean.
      lang: ['id', 'ms'],
      match: [
        `(kos~ | biaya~ | ongkos~ | perbelanjaan~) (yang)? (besar | tinggi | mahal | tidak sedikit | tidak kecil | tak sikit) (yang)? (ditanggung | dikeluarkan | dibayar | dipikul) (penuh | sepenuhnya)? (oleh | sama)? pihak? (${ID_US} | ${MS_US})`,
        `(kos~ | biaya~ | ongkos~ | perbelanjaan~) ..6 (ditanggung | dikeluarkan | dibayar | dipikul) (penuh | sepenuhnya)? (oleh | sama)? pihak? (${ID_US} | ${MS_US}) ..3 (cukup | sangat | terlalu | amat | agak)? (besar | tinggi | mahal | berat | gede)`,
        `(${ID_US_FIRST} | ${MS_US_FIRST}) (terpaksa | kena | harus | perlu) (menanggung | tanggung | nanggung | membayar | bayar) (kos | biaya | caj | komisi | komisen | bayaran | ongkos)`,
        '(biaya | ongkos | kos | caj | fee) (yang)? (harus | perlu | mesti | wajib | kena) (kami | kita) (bayar | bayarkan | membayar | tanggung)',
        '(kos | perbelanjaan | biaya) (operasi | operasian | operasional | pengendalian | infra | infrastruktur | server)? (kami | kita | syarikat | perusahaan)? (akan | boleh | bisa | jadi)? (naik | meningkat | melambung | bertambah | membengkak | bengkak | melonjak) (mendadak | berganda | berlipat ganda | berlipat-lipat | mencanak | drastis | tinggi)',
        '(biaya | kos) (infra | infrastruktur | server | operasional | operasi) (kami | kita | perusahaan | syarikat) (jadi | bisa | akan | boleh)? (bengkak | membengkak | melonjak)',
        '(anggaran | bajet | budget | peruntukan | belanjawan) (pemeliharaan | perawatan | penyelenggaraan | operasional | operasi | bagian | bahagian | jabatan | majlis | hospital)? (kami | kita | tahun ini | tahun ni)? (sudah | dah | memang)? (terbatas | terhad | habis | jebol | bobol | tekor | defisit | tidak cukup | tak cukup | tidak mampu | tak mampu)',
        '(tidak | tak) (tertanggung | tertampung | mampu ditanggung | terbayar) (oleh)? (pihak)? (hospital | hotel | majlis | syarikat | perusahaan | bank | kami | jabatan)',
        '(nombok | menombok) (terus | melulu | mulu | lagi)',
        // "bisa rugi miliaran", "rugi bgt kak kalau full": a loss of ours counted big, not the customer's ("Kakak yang rugi").
        '<-((@customer | @customer yang | tidak | tak | gak | bukan | ganti | tanpa)) rugi (miliaran | milyaran | jutaan | ratusan juta | ribuan | besar | banyak | bandar | banget | sangat | gila) -((bagi | buat | untuk | kepada) _? _? @customer)',
        // What we pay, not worth it: "kos cetakan dan setem yang kami tanggung memang tak berbaloi".
        '(yang)? (kami | kita) (tanggung | bayar | keluarkan) (memang | pun | juga)? (tidak | tak | kurang) (berbaloi | sebanding | menguntungkan | worth it | ekonomis)',
        // "biaya promosinya ... bakar uangnya gede banget buat perusahaan"
        `(bakar | membakar) (uang~ | duit~) ..3 ${TOO_MUCH} (untuk | bagi | buat) ${ID_US}`,
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'] },
      replaces: 'clause',
      unlessInSentence: '(tidak perlu | tak perlu | jangan khawatir | jangan risau | tenang saja | gratis | percuma | tanpa biaya | tanpa caj | kami tanggung sepenuhnya)',
    },
    {
      // The same in English: "a significant loss for the resort which we're not in a position to absorb", "costs the
      // property around RM400 a night", "which isn't sustainable for us", "our payment provider charges us a 4% fee", "a
      // double loss for a small brand like us".
      lang: ['en'],
      match: [
        '(loss | losses | hit | blow) (for | to) (us | the company | the business | the resort | the hotel | the property | the airline | the hospital | the council | the store | the shop | the brand)',
        '(is not | not | would not be | will not be | never) (financially)? (sustainable | viable) for (us | the (company | business | resort | hotel | property | airline | hospital | council | store | shop))',
        '(charges | charge | charged | bills | billed | takes | take | took) us (a | an)? _? _? (fee | fees | commission | cut | surcharge)',
        '(costs | cost | would cost | will cost) the (property | resort | hotel | hospital | airline | council | clinic | brand) -(nothing | no)',
        '(for | to) (a | an) (small | little | tiny)? (brand | label | resort | hotel | charity | practice) (of)? (our size | like ours | like us)',
        '(not in a position | unable | not able) to (absorb | swallow | eat) (the | that | this | those | these | such)? (cost | costs | loss | losses)',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
      unlessInSentence: '(we will cover | we cover | we absorb | free of charge | at no cost | you will not be charged)',
    },
  ]);
