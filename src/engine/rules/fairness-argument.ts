import { ALTERNATIVE_OFFERED } from './dismiss-request.js';
import { phraseRule } from './rule.js';

/** What the agent can still do, instead of what is "fair". */
const SEE_WHAT_I_CAN_DO_EN = ['let me see what I can do'];
/** A fee the agent may waive, instead of "everyone pays it". */
const WAIVE_THE_FEE_EN = ["I'll see if I can waive the fee"];
/** A way out looked for, instead of "it is only fair". */
const FIND_A_WAY_ID_MS = { id: ['saya akan carikan jalan keluarnya'], ms: ['saya akan cuba carikan jalan penyelesaian'] };

// The names of a rule, as one word or a phrase; a rule said twice, "aturan tetap aturan", is one pattern per name.
const ID_MS_RULE_WORDS = ['syarat dan ketentuan', 'terma dan syarat', 'syarat-syarat', 'aturan', 'peraturan', 'kebijakan', 'sop', 'prosedur', 'ketentuan', 'syarat', 'polisi', 'dasar', 'terma', 'undang-undang', 'kontrak', 'perjanjian', 's k', 't c', 'tnc', 'tos', 'terms', 'terms of service', 'terms and conditions', 'policy', 'rules'];
const withClitics = (words: readonly string[]) => `(${words.map((word) => `${word}~`).join(' | ')})`;
const ID_MS_RULES = withClitics(ID_MS_RULE_WORDS);
// A rule or a charge that is "the same" for everyone.
const ID_MS_RULE_OR_CHARGE = withClitics([...ID_MS_RULE_WORDS, 'biaya', 'caj', 'yuran', 'fi', 'tarif', 'denda', 'penalti']);
// Customers as a bank, an airline, a utility or a shop calls them.
const CUSTOMERS_ID_MS = '(pelanggan | pembeli | customer | konsumen | klien | client | pengguna | user | orang | nasabah | penumpang | peserta | pemegang polis | pemegang polisi | pemegang kad | pemegang kartu | pemegang akaun | pemilik | ahli | anggota | member | penyewa | pengguna jalan | calon | pemohon | pelajar | pesakit | pasien | tetamu | tamu | merchant | peniaga | pedagang | mitra | warga | pembayar | peminjam | debitur | debitor | wajib pajak | pembayar cukai | jemaah | pelancong | pengunjung | pemandu) (premis | rumah | rekening | akaun | kenderaan | kendaraan)?';
// The ideas of "the same for everyone": the same rules, fees and treatment for every customer.
const SAME_FOR = '(untuk | bagi | kepada | pada | buat | ke atas | ke | terhadap | dengan)';
const ALL = '(semua | seluruh | setiap | tiap | tiap-tiap)';
// One customer singled out: "untuk encik sorang", "kat seorang saja", "kepada satu penumpang tertentu".
const ONE_ID_MS = `@customer? (seorang | sorang | satu orang | seorang diri | satu ${CUSTOMERS_ID_MS} | seorang ${CUSTOMERS_ID_MS} | ${CUSTOMERS_ID_MS} tertentu | individu)`;
const EN_CUSTOMERS = `(${['customer', 'guest', 'merchant', 'member', 'passenger', 'user', 'client', 'account', 'cardholder', 'cardmember', 'subscriber', 'policyholder', 'account holder', 'traveler', 'traveller', 'patient', 'student', 'applicant', 'resident', 'buyer', 'shopper', 'seller', 'booking', 'tenant'].flatMap((one) => [one, `${one}s`]).join(' | ')})`;
// Those a business serves, as a B2B product counts them too: "the same for every signup", "unfair to every business".
const EN_PARTIES = `(${EN_CUSTOMERS} | signup | signups | sign-up | sign-ups | business | businesses | company | companies | org | orgs | organisation | organisations | organization | organizations | household | households | team | teams | school | schools | clinic | clinics | merchant | merchants | store | stores | salon | salons | restaurant | restaurants | shop | shops)`;
// Not a rule but a gift: "the discount is the same for every member".
const EN_OFFER_WORDS = '(discount | discounts | offer | offers | promo | promos | promotion | promotions | free | upgrade | upgrades | voucher | vouchers | cashback | bonus | bonuses | gift | gifts | reward | rewards | points | compensation | goodwill | waive | waived | refund | refunds)';
// "beribu-ribu pemegang kad lain", "ratusan salon lain".
const OTHER_CUSTOMERS_ID_MS = `(semua | para | seluruh | ribuan | beribu-ribu | ratusan | beratus-ratus | puluhan | berpuluh-puluh | banyak)? ${CUSTOMERS_ID_MS} (lain | yang lain)`;
// Small charges that a loyal customer is worth far more than.
const ID_MS_FEE = '(biaya~ | ongkos~ | ongkir~ | ongkos kirim~ | kos~ | kos pos~ | denda~ | caj~ | bayaran~ | yuran~ | fee~ | admin~ | biaya admin~ | deposit~ | penalti~)';
const EN_FEE = '(fee | fees | charge | charges | shipping | postage | delivery | penalty | surcharge | deposit | restocking | cancellation | admin)';
// The usual practice, said before an exception is made (favor-framing's): "Normally these fees are non-refundable, but…",
// "Walaupun caj roaming biasanya tidak dikembalikan, kami telah…", "Pada prinsipnya denda tetap berlaku, namun…".
// "No exceptions" of an offer or a promise is good news: "Promosi ini terpakai kepada semua pelanggan, tiada pengecualian",
// "We never share your data with anyone, no exceptions".
const OFFER_OR_PROMISE = '(promo~ | promosi~ | diskon~ | diskaun~ | potongan | gratis | percuma | hadiah~ | bonus~ | cashback | voucher~ | baucar~ | discount | discounts | offer | offers | promotion | free | voucher | vouchers | gift | reward | rewards | points | poin~ | data | privasi | privacy | password | kata laluan | pin | otp)';
const USUAL_PRACTICE = '(biasanya | selalunya | lazimnya | normalnya | kebiasaannya | umumnya | pada prinsipnya | pada dasarnya | walaupun | walau | meskipun | normally | usually | generally | typically | ordinarily | in principle | although | though)';
// An exception made for this customer, in the same sentence or the next: "namun khusus kali ini denda … kami hapuskan",
// "sebagai bentuk kebaikan kami", "on this occasion as a goodwill gesture".
const EXCEPTION_MADE = '(khusus kali ini | untuk kali ini | kali ini (saja | sahaja | aja | je) | sekali ini | pertimbangan khas | budi bicara | sebagai (bentuk)? (kebaikan | kebijaksanaan | itikad baik | goodwill) | kebijaksanaan kami | this once | on this occasion | as a (goodwill | one-off | one off) | goodwill gesture)';
// A rule reported, not argued: "dia sepatutnya terangkan dgn jelas yang yuran … tak boleh dipulangkan".
// Only what someone should have said, or someone else said: "Kami informasikan bahwa biaya … tetap dikenakan" is our own.
const REPORTED = '((sepatutnya | seharusnya | harusnya | should have) ..3 | (dia | beliau | he | she | they) (telah | sudah | dah)?) (@reported | terangkan | menerangkan | jelaskan | menjelaskan | maklumkan | memaklumkan) ..4 (yang | bahawa | bahwa | that)';
// The regular bill, going on as before: "Bayaran bulanan biasa RM98 tetap perlu dijelaskan seperti biasa".
const AS_USUAL = '((bulanan | monthly | rutin | regular) (biasa | seperti biasa | macam biasa | as usual | as normal) | (ansuran | cicilan | instalments | installments) (seperti biasa | macam biasa | as usual))';
// What the customer can do to pay nothing, said with the "no" or in the next sentence: "tapi belanja di atas Rp100.000
// gratis ongkir", "tetapi kalau puan ambil sendiri di kedai, percuma", "but orders over $50 get free delivery"; not an
// offer that is over ("tapi promo gratis ongkirnya sudah berakhir", "but free delivery ended last week"). (Anywhere in
// the draft, as an alternative offered, it cleared a fee argued on the check split.)
const OFFER_OVER = '-(_? _? (sudah | dah | telah | has | had | have)? (berakhir | habis | tamat | ditutup | ended | expired | closed | over | finished))';
const FREE_ANOTHER_WAY = [
  `(tapi | tetapi | namun | cuma | hanya saja) ..8 (gratis | percuma | free) ${OFFER_OVER}`,
  `(tapi | tetapi | namun | cuma | hanya saja) ..6 (tanpa | tiada | tidak ada | takde) (ongkir~ | ongkos kirim~ | biaya~ | caj~ | kos~ | bayaran~) ${OFFER_OVER}`,
  `(but | however) ..8 (free | no (delivery | shipping | postage) (fee | fees | charge | charges | cost)) ${OFFER_OVER}`,
];
// What keeps a small fee from being a quarrel over it.
const NOT_A_FEE_QUARREL = { unlessInSentence: AS_USUAL, unlessInNextSentences: [EXCEPTION_MADE, ...FREE_ANOTHER_WAY], nextSentences: 1 };
// A security or identity check explained so that the customer does not feel suspected: "bukan karena kami meragukan
// Kakak", "bukan sebab kami syak apa-apa", "not because we doubt you"; the check itself ("demi keamanan akun, kami perlu
// verifikasi dulu", "we need to verify your identity"); or what it needs, asked next ("Boleh encik berikan 4 digit akhir
// nombor IC?"). "The same for everyone" then tells the customer they are not singled out: no rule is argued.
const NOT_SUSPECTED = [
  'bukan (karena | kerana | sebab | krn | bererti | berarti) (kami | saya | pihak kami)? (meragukan | ragu | ragukan | curiga | curigai | mencurigai | syak | mengesyaki | tidak percaya | tak percaya | menuduh | tuduh | mencurigakan)',
  '(not | never) because (we | i) (doubt | suspect | distrust | do not trust | question) (you | your)',
  '(we are | i am) not (accusing | suspecting | doubting) (you | anyone | anybody)',
];
const CHECK_ID_MS = '(verifikasi~ | memverifikasi~ | verify | sahkan~ | mengesahkan~ | pengesahan~ | konfirmasi identitas | mengonfirmasi identitas | validasi~ | memvalidasi~ | semakan keselamatan | pemeriksaan keamanan | kyc | ekyc | e-kyc)';
const CHECK_EN = '(verify | verification | confirm your identity | identity check | identity checks | security check | security checks | kyc | id check | id checks)';
const CHECK_EXPLAINED = [
  ...NOT_SUSPECTED,
  `(demi | untuk | bagi) (keamanan | keselamatan | perlindungan) ..6 (perlu | harus | mesti | kena | wajib) ${CHECK_ID_MS}`,
  `(kami | saya) (perlu | harus | mesti | kena | wajib) ${CHECK_ID_MS} (identiti | identitas | akaun | akun | data)?`,
  `(for | to protect | to keep) (your | the)? (account 's)? (security | safety | protection | account safe | account secure) ..6 (need to | have to | must) ${CHECK_EN}`,
  `(we | i) (need to | have to | must) ${CHECK_EN}`,
];
// What the check needs, asked next: the customer's details, put as a question or a request.
const CHECK_DETAILS_ASKED = [
  // What proves who the customer is, not an order number or a photo of the parcel.
  '(boleh | bisa | mohon | sila | tolong | bolehkah | bisakah | minta) ..5 (digit | tarikh lahir | tanggal lahir | kad pengenalan | ic | mykad | ktp | identiti | identitas | swafoto | selfie | nama ibu kandung)',
  '(could | can | would) you (please)? (confirm | send | give | provide | share | tell) ..4 (digits | date of birth | passport | photo id | security answer)',
];
// The end of the clause: a full stop, a comma, "!" or "?", or the end of the text.
// Equality that brings the customer something: no extra charge, a replacement, their own case included, a promise.
const BENEFIT_ID_MS = [
  '(tidak ada | tiada | tak ada | tanpa | bebas) (biaya~ | caj~ | cas~ | bayaran~ | ongkos~) (tambahan | lebih)',
  '(tidak | tak | tidak akan | takkan) (dikenai | dikenakan | dicaj | ditagih) (biaya~ | caj~ | bayaran~)? (tambahan | lebih)',
  // A replacement made or sent, not the rule on it ("ganti baru hanya utk kerosakan dari pihak kilang … sama je utk semua customer").
  '((kami | saya) (ganti | gantikan | tukar | tukarkan | refund) | (pengganti | penggantian) @customer)',
  'termasuk (laporan~ | pesanan~ | tempahan~ | paket~ | bungkusan~ | kasus~ | kes~ | aduan~ | keluhan~)? @customer',
  '(jangan | usah | tidak perlu | tak perlu) (risau | khawatir | kuatir | bimbang | cemas)',
  '(takkan | tidak akan | tak akan) (luput | hangus | hilang | terjejas)',
  '(saya | kami) (sendiri)? (yang)? akan (mengabari | kabari | menghubungi | hubungi | maklumkan | memaklumkan | update | mengupdate)',
];
const BENEFIT_EN = [
  '(discount | discounts | offer | offers | promo | promos | promotion | promotions | free | upgrade | upgrades | voucher | vouchers | cashback | bonus | bonuses | gift | gifts | reward | rewards | points | compensation | goodwill | waive | waived | replaced | replacement | replacements)',
  '(so | and) you (will | would | also | can)? (get | receive | enjoy | be covered | be protected | benefit | qualify)',
  'no (extra | additional) (charge | charges | fee | fees | cost)',
];
// Fairness on the customer's side: the same sentence gives them something ("It's only fair that you get a full refund",
// "Aturannya sama untuk semua pelanggan, jadi Kakak juga dapat diskon 10%", "…jadi pesanan Kakak sudah saya batalkan").
// Written without a negation between the words, so "jadi Kakak tidak dapat refund", "so we can't refund you" still count.
const GIFT_ID_MS = '(diskon~ | diskaun~ | potongan~ | voucher~ | baucar~ | refund~ | pengembalian dana | bayaran balik | cashback | rebat~ | kompensasi~ | pampasan~ | ganti rugi | penggantian~ | pengganti~ | gratis | percuma | bonus~ | poin~ | hadiah~ | kredit~ | ongkir gratis)';
const GIVEN_ID_MS = [
  `@customer (juga | pun | tetap | pasti)? (akan)? (dapat | mendapat | mendapatkan | dapet | menerima | terima | berhak (atas | dapat | mendapat | menerima)? | layak (dapat | mendapat | menerima)?) ..2 ${GIFT_ID_MS}`,
  `<-(kalau | kalo | klo | jika | bila | apabila | sekiranya | andai | andaikan | seandainya) (saya | kami | kita) (berikan | beri | memberikan | memberi | kasih | bagi | bagikan) ..2 ${GIFT_ID_MS}`,
  // Not "tidak bisa kami batalkan", the agent said after the "no", nor "kalau kami hapuskan utk Bapak", only supposed.
  '<-((tidak | belum | bukan) (bisa | boleh | dapat | akan | mahu | mau)? | kalau | kalo | klo | jika | bila | apabila | sekiranya | andai | andaikan | seandainya) (saya | kami | kita) (sudah | telah | akan | langsung | segera)? (refund~ | kembalikan~ | mengembalikan~ | pulangkan~ | memulangkan~ | batalkan~ | membatalkan~ | tanggung~ | menanggung~ | gratiskan~ | menggratiskan~ | hapuskan~ | menghapuskan~ | kecualikan~ | mengecualikan~ | gantikan~ | menggantikan~ | ganti~ | mengganti~)',
  '(sudah | telah) (saya | kami) (refund~ | kembalikan~ | pulangkan~ | batalkan~ | tanggung~ | gratiskan~ | hapuskan~ | kecualikan~ | gantikan~ | ganti~ | proses refund~ | ajukan refund~)',
];
const GIVEN_EN = [
  // Not supposed: "if we waived it for you", "if you got one".
  '<-(if | unless | whether) you (will | would | also | do | still | can)? (also)? (get | receive | be refunded | be reimbursed | be compensated | be credited | qualify for | be entitled to | are entitled to | get back) -(nothing | no | none)',
  '<-(if | unless | whether) (we | i) (will | have | shall | are going to | am going to | would)? (also | happily | gladly)? (cover | refund | waive | reimburse | replace | compensate | credit | upgrade | absorb | pay for | give you | send you | offer you | cancel)',
];
const CLAUSE_END = '-(_)';
// The end of the clause, but not a question.
const ANSWER_END = '-(_ | \\?)';
// A rule on the customer's side: its breach, being treated differently or refused, is for the customer to report, in the
// sentence or the next ("Sesuai ketentuan, peserta JKN tdk boleh dibedakan dgn pasien umum. Apabila Bpk/Ibu menemukan hal tsb,
// silakan melaporkan…", "if you are ever treated differently, please report it to us"). Not any "if you have a problem,
// contact us" ("Aturan tetap aturan ya Pak. Jika Bapak menemukan kendala, silakan hubungi CS kami").
const FOUND_ID_MS = '(menemukan | temukan | menemui | mengalami | alami | mendapati | menjumpai | jumpa | mendapat | mendapatkan | dapat)';
const TREATED_DIFFERENTLY_ID_MS =
  `(diperlakukan | dibedakan | dibezakan | dibeda-bedakan | dibeza-bezakan | didiskriminasi | dianaktirikan | ditolak | (dilayan | dilayani) secara? (berbeda | berbeza | beda | tidak adil | tak adil) | ${FOUND_ID_MS} (perlakuan | layanan) yang? (berbeda | berbeza | tidak adil | tak adil | diskriminatif) | ${FOUND_ID_MS} (hal | perkara | kejadian) (tersebut | tsb | itu | ini | sedemikian))`;
const BREACH_TO_REPORT_ID_MS = `(apabila | jika | kalau | kalo | bila | sekiranya | andai) ..4 ${TREATED_DIFFERENTLY_ID_MS} ..8 (lapor~ | melapor~ | melaporkan~ | laporkan~ | adukan~ | mengadu~ | membuat aduan | buat aduan)`;
const BREACH_TO_REPORT_EN =
  '(if | should) ..4 ((treated | handled | served) (any)? (differently | unfairly | unequally | less favourably | less favorably) | refused) ..8 (report | let us know | tell us)';
// One word and then the end of the clause (not a question): after &(ya | …), a last particle or form of address,
// left out of the match as in "itu aturan toko ya".
const LAST_WORD_BUT_ONE = '-(_ _ | _ \\?)';

export const fairnessArgument = phraseRule(
  {
    id: 'fairness-argument',
    kind: 'warning',
    description: {
      id: 'Berdebat soal aturan, kebijakan atau keadilan, atau mempersoalkan biaya kecil, bukannya menyelesaikan masalah.',
      ms: 'Berhujah tentang peraturan, polisi atau keadilan, atau bertegang soal caj kecil, bukannya menyelesaikan masalah.',
      en: 'Arguing rules, policy or fairness, or quarrelling over a small fee, instead of solving.',
    },
    messages: {
      default: {
        id: 'Pemulihan layanan bukan penyelidikan siapa yang benar. Jangan berdebat soal aturan atau keadilan: cari jalan keluar untuk pelanggan ini, atau tawarkan alternatif.',
        ms: 'Pemulihan perkhidmatan bukan siasatan siapa yang betul. Jangan berhujah tentang peraturan atau keadilan: cari jalan penyelesaian untuk pelanggan ini, atau tawarkan alternatif.',
        en: "Recovery isn't an investigation of who was right. Don't argue rules or fairness: look for a way to solve it for this customer, or offer an alternative.",
      },
      smallFee: {
        id: 'Pelanggan setia bernilai jauh lebih besar daripada biaya kecil ini. Jangan mempersoalkannya: pertimbangkan untuk membebaskan biayanya.',
        ms: 'Pelanggan setia bernilai jauh lebih besar daripada caj kecil ini. Jangan bertegang mengenainya: pertimbangkan untuk mengecualikan caj itu.',
        en: "A loyal customer is worth far more than this small fee. Don't quarrel over it: consider waiving it.",
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: [
        // The same name twice, "aturan tetap aturan".
        ...ID_MS_RULE_WORDS.map((rule) => `${rule}~ _? _? (tetap~ | adalah | ialah | ya | tetap saja | tetap sahaja | tetap juga | kekal) ${rule}`),
        // The same of a bill, a fine or a deadline: "bil tetap bil", "deadline tetap deadline".
        ...['bil', 'tagihan', 'denda', 'harga', 'deadline', 'tarikh akhir', 'batas waktu'].map((word) => `${word}~ (tetap~ | adalah | ialah | tetap saja | tetap sahaja | kekal) ${word}`),
        // Everyone treated the same, in the passive, and in the same queue: "semua pelanggan diperlakukan sama", "semua
        // pesakit mengikut giliran yang sama", "kasihan yang sudah antre duluan".
        `(semua | setiap | seluruh) (orang | ${CUSTOMERS_ID_MS}) _? _? (diperlakukan | dilayan | dilayani) (sama | sama rata | setara | secara sama)`,
        '(mengikut | ikut | mengikuti | sesuai) (giliran | urutan | antrean | antrian) yang sama',
        'kasihan (yang | orang | pelanggan) (lain)? yang? (sudah | dah | telah)? (antre | antri | mengantre | mengantri | menunggu | tunggu | beratur | menanti)',
        // One given it, all would ask: "kalo satu dikasih ya semua minta".
        '(kalau | jika | bila) (satu | seorang | sorang) (dikasih | diberi | dibagi | dapat | kami kasih | kami beri | kami bagi) ..3 (semua | semuanya | yang lain | orang lain) (pun | juga)? (minta | nak | mau | mahu | akan minta)',
        // Unfair to those who paid or kept the rules: "tak adil kpd pelanggan yg dah bayar lebih".
        `(tidak | kurang | bukan) (adil | fair) (la | lah | pula | juga)? (bagi | untuk | kepada | buat | terhadap | pada | dengan | kat) ${CUSTOMERS_ID_MS} yang (sudah | dah | telah)? (bayar | membayar | ikut | mengikut | patuh | mematuhi | taat)`,
        `(tidak | kurang | bukan) (adil | fair) (la | lah | pula | juga)? (bagi | untuk | kepada | buat | terhadap | pada | dengan | kat) ${OTHER_CUSTOMERS_ID_MS}`,
        // "Tak adil la kalau kami buat pengecualian untuk encik sorang."
        '(tidak | kurang | bukan) (adil | fair) (la | lah | pula | juga)? (kalau | jika | sekiranya | bila | apabila) (kami | saya | kita | pihak kami) (buat | membuat | beri | memberi | berikan | bagi | kasih | lakukan | layan | melayan | kecualikan | mengecualikan)',
        // "Semua pelanggan tertakluk kepada prosedur yang sama"; "Semua pengguna kena biaya yang sama".
        `${ALL} ${CUSTOMERS_ID_MS} (lain | kami)? _? _? _? _? _? ${ID_MS_RULE_OR_CHARGE} yang sama`,
        // "sama seperti semua klien lain": the customer put in line with everyone else.
        `sama (seperti | dengan | macam | kayak | mcm) (semua | para | seluruh)? ${CUSTOMERS_ID_MS} (lain | yang lain)`,
        // "Kalau kami gratiskan untuk Ibu, klien lain juga pasti minta"; "kalau semua pembeli minta ongkir ditanggung…".
        `${OTHER_CUSTOMERS_ID_MS} (nanti | juga | akan | pun | semua | pula | pasti | mesti | tentu)? (nanti | juga | akan | pun | semua | pula | pasti | mesti | tentu)? (nanti | juga | akan | pun | pasti | mesti)? (minta | meminta | menuntut | mau | nak | mahu) (${ANSWER_END} | &(hal | perkara | benda | juga | pula | macam | seperti | begitu | begini | gitu))`,
        `(kalau | jika | bila | sekiranya | kalau-kalau) (semua | setiap | tiap) ${CUSTOMERS_ID_MS} (minta | meminta | menuntut | mau | nak | mahu)`,
        // Everyone pays the same, so it is "fair": "semua orang bayar harga yang sama", "pelanggan lain juga bayar",
        // "biar adil", "kami memperlakukan semua pelanggan sama".
        `(semua | setiap | tiap) (orang | ${CUSTOMERS_ID_MS}) (juga | pun)? (bayar | membayar | kena bayar | dikenakan | dikenai | kena caj | dicaj) (harga | biaya | caj | tarif | yuran | ongkir | jumlah)? (yang)? sama`,
        `${OTHER_CUSTOMERS_ID_MS} (juga | pun | semua | tetap)? (bayar | membayar | kena bayar | kena caj | dikenakan | dikenai | tetap bayar)`,
        `(semua | setiap | tiap) (orang | ${CUSTOMERS_ID_MS}) (lain)? (juga | pun)? (kena | harus | mesti | wajib | perlu) (bayar | membayar)`,
        `(biar | supaya | agar | baru | barulah) (adil | fair) ${CLAUSE_END}`,
        '(sudah | memang | cukup | paling) adil (kan | ya | lah)? -(_ | \\?)',
        `(memperlakukan | melayan | layan | perlakukan | melayani) (semua | setiap) ${CUSTOMERS_ID_MS} (dengan)? (sama | sama rata | setara | secara sama)`,
        // "Kakak seharusnya baca S&K dulu": the customer told to have read the rules.
        `@customer (seharusnya | sepatutnya | harusnya | mestinya | semestinya) (membaca | baca | cek | mengecek | semak | menyemak | teliti | meneliti) _? ${ID_MS_RULES}`,
        `(tertulis | tercantum | dinyatakan | tertera | disebutkan) (dengan)? jelas (di | dalam | pada) ${ID_MS_RULES}`,
        // "S&K nya udah jelas kak", "udah ada di S&K toko", "dalam terma kami dah tulis": the rules as the answer.
        `${ID_MS_RULES} nya? (sudah | kan | memang | sudah sangat)? jelas (ya | ye | kan | lah | la)? (@customer | kak | kakak | pak | bu)? ${ANSWER_END}`,
        `(sudah | kan sudah | memang sudah) (ada | tertulis | ditulis | tercantum | dinyatakan | disebut | disebutkan | dijelaskan) (di | dalam | pada) ${ID_MS_RULES}`,
        `(dalam | di) ${ID_MS_RULES} (kami | kita | toko | kedai)? (sudah | memang)? (tulis | ditulis | tertulis | sebut | disebut | nyatakan | dinyatakan | cakap)`,
        // Whose fault it was, settled against the customer: "tanggung jawab … sepenuhnya berada pada nasabah".
        `(tanggung jawab~ | tanggungjawab~) -(kami | saya | kita | perusahaan | syarikat | bank | pihak kami) _? _? _? _? _? (sepenuhnya | sendiri)? (berada | ada | terletak | jatuh | terbeban) (pada | di tangan | kepada | di pihak | di bahu) (${CUSTOMERS_ID_MS} | @customer)`,
        `(tanggung jawab | tanggungjawab) (${CUSTOMERS_ID_MS} | @customer) sendiri? sepenuhnya`,
        // "Kami tidak boleh bagi exception kat seorang saja"; "memberikan perlakuan berbeda kepada satu penumpang tertentu".
        `(pengecualian | exception | perlakuan yang? (berbeda | berbeza | khusus | istimewa) | layanan yang? (berbeda | berbeza | khusus | istimewa)) _? _? (untuk | kepada | bagi | kat | pada | buat) ${ONE_ID_MS}`,
        '(demi | untuk) keadilan (bagi | untuk | kepada)? (semua | seluruh | pelanggan lain)',
        '(agar | supaya | biar) adil (bagi | untuk | kepada | buat) (semua | seluruh | pelanggan lain)',
        '(semua | setiap | tiap) (pelanggan | pembeli | orang | customer) lain? (nanti | juga | akan | pun)? (nanti | juga | akan | pun)? (minta | meminta | menuntut | mahu | mau) (hal | perkara)? yang sama',
        `(itu | ini) (sudah | memang)? menjadi? ${ID_MS_RULES} (standar | standard | biasa | tetap | rasmi | resmi)? (kami | perusahaan | syarikat | dari perusahaan | dari kami | yang berlaku | toko | kedai | bank | majlis | aplikasi | platform)? (${ANSWER_END} | &(ya | ye | kak | kakak | pak | bu | encik | cik | puan | tuan) ${LAST_WORD_BUT_ONE})`,
        // "Pembeli lain juga minta hal yang sama"; "kami tidak bisa membeda-bedakan Bapak".
        `${OTHER_CUSTOMERS_ID_MS} (nanti | juga | akan | pun | semua | pula | mesti)? (nanti | juga | akan | pun | semua | pula | mesti)? (minta | meminta | menuntut | mahu | mau | nak | ikut minta | ikut-ikutan minta) (hal | perkara | benda)? yang sama`,
        '(tidak | bukan) (bisa | boleh | dapat | akan)? (membeda-bedakan | membedakan | mengistimewakan | istimewakan | menganakemaskan | melayan | layan | memperlakukan) _? _? secara? (berbeza | berbeda | istimewa | khusus)',
        '(tidak | bukan) (bisa | boleh | dapat | akan)? (membeda-bedakan | membedakan | mengistimewakan | menganakemaskan | pilih kasih | dibeda-bedakan | dibedakan | dibezakan | dibeza-bezakan | membeza-bezakan | membezakan | diistimewakan | dianakemaskan)',
        `<&(tidak (bisa | boleh | dapat)) (kecualikan | dikecualikan | mengecualikan) ${ANSWER_END}`,
        // Fairness owed to everyone, or to others: "kami kena adil dengan semua pelanggan", "gak adil buat ratusan
        // salon lain".
        '<&(kena | harus | perlu | mesti | wajib | mesti la | kena berlaku | harus berlaku | perlu berlaku | mesti berlaku) adil (dengan | kepada | pada | untuk | kat | terhadap | buat | ke) (semua | seluruh | setiap | pelanggan | pembeli | restoran | penjual | merchant | mitra | yang lain | orang lain)',
        '<&(tidak | kurang | bukan) (adil | fair) (la | lah | pula | juga)? (bagi | untuk | kepada | buat | terhadap | pada | dengan | kat) (ratusan | ribuan | puluhan | semua | para | banyak)? _ _? (lain | yang lain) -(_)',
        // "Semua pembeli kena caj bungkus, puan pun sama la": the customer put with everyone else.
        '<&(@customer (pun | juga)) (sama | sama saja | sama je | sama sahaja) (la | lah)? -(_ | \\?)',
        `(jadi | nanti | kan | malah | pula) jadi? (tidak | kurang) adil~ (${CLAUSE_END} | &(dong | kan | ya | lah))`,
        '(semua | setiap) (pelanggan | pembeli | orang | customer) (harus | wajib | mesti | perlu) (mengikuti | ikut | patuh | mematuhi | tunduk)',
        '(harus | wajib | mesti | perlu) (melakukan~ | lakukan | buat | membuat~ | memberi~ | memberikan~ | berikan | beri) (hal yang sama | yang sama | perkara yang sama)? juga? (untuk | kepada | ke | bagi | pada) (semua | seluruh | setiap) (pelanggan | pembeli | orang)',
        `(sesuai | berdasarkan | menurut | mengikut | ikut | mengikuti) dengan? ${ID_MS_RULES} ..8 (tidak | bukan) (bisa | dapat | boleh | diperbolehkan | dibenarkan | diizinkan | dibolehkan) _? _? _? _?`,
        // Everyone is the same, bound by the same terms, and it's outside the policy: "semua pelanggan juga sama",
        // "terikat dengan terma yang sama", "itu di luar dasar syarikat".
        `(semua | setiap | tiap) ${CUSTOMERS_ID_MS} (lain)? (juga | pun)? (sama | sama saja | sama aja | sama je | sama sahaja) ${CLAUSE_END}`,
        `(terikat | tertakluk) (dengan | pada | kepada) ${ID_MS_RULES} yang sama`,
        '(itu | ini | tu | ni) (memang | adalah | sudah | dah)? (di luar | luar) (dasar | polisi | kebijakan | aturan | peraturan | ketentuan) (syarikat | perusahaan | kami | toko | kedai | bank)',
        // The rule named as everyone's: "itu polisi kami untuk semua pembeli preorder", "itu sudah jadi standar sistem kami
        // utk semua merchant".
        // The rule is just like that, as the answer: "aturannya memang begitu Kak", "dah memang polisi macam tu cik".
        `${ID_MS_RULES} (kami | toko | kedai | syarikat | perusahaan)? (memang | sudah | dah | memang sudah)? (begitu | begini | gitu | gini | macam tu | macam itu | macam ni | macam ini | camtu | camni | seperti itu | seperti ini) (${ANSWER_END} | &(ya | ye | yah | kak | kakak | pak | bu | encik | cik | puan | tuan) ${LAST_WORD_BUT_ONE})`,
        `(memang | sudah | dah) (memang)? (begitu | gitu | macam tu | macam itu | seperti itu | camtu) ${ID_MS_RULES}`,
        // Everyone else would ask: "nanti yang lain minta juga", "nanti semua orang nak".
        'nanti (yang lain | semua orang | orang lain | semua | yang lain-lain) (pun | juga | pula)? (akan)? (minta | meminta | nak | mau | mahu | menuntut | ikut minta)',
        // ("Sudah sesuai S&K ya kak", the rule as the whole answer at the start of a clause, was tried: on the check half it
        // warned six times on a policy that helps and caught nothing.)
        // No special treatment for anyone: "tidak ada perlakuan khusus", "tak boleh beri layanan istimewa".
        '(tidak ada | tiada | tidak (bisa | boleh | dapat | akan) (beri | memberi | memberikan | kasih | bagi) | tidak (memberi | memberikan | beri | bagi | kasih)) (perlakuan | layanan | layan) (khusus | istimewa | berbeda | berbeza | lebih)',
        // Everyone else waits or pays too: "semua customer juga antri".
        `(semua | setiap | tiap) (orang | ${CUSTOMERS_ID_MS}) (lain)? (juga | pun) (antri | antre | beratur | mengantri | mengantre | ngantri | ngantre | menunggu | tunggu | nunggu | ikut giliran)`,
      ],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      unlessInDraft: ALTERNATIVE_OFFERED,
      unlessInNextSentences: BREACH_TO_REPORT_ID_MS,
      nextSentences: 1,
    },
    {
      // "Syarat campaign adalah sama untuk semua user"; "Ketentuan yang sama berlaku bagi seluruh penumpang". Not the rule
      // on the customer's side: "Aturannya sama untuk semua pelanggan, jadi Kakak juga dapat diskon 10%".
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_RULES} _? _? (adalah | ialah | memang | tetap)? sama ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
        `${ID_MS_RULES} yang sama ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
      ],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      unlessInSentence: GIVEN_ID_MS,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // "It's only fair", as the grounds of a "no"; not fairness on the customer's side: "It's only fair that you get a
      // full refund", "That's only fair, so we'll waive the fee".
      lang: ['en'],
      match: ['(it is | that is | this is) only fair'],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInSentence: GIVEN_EN,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // The rule said to hold for every customer: "Aturannya berlaku untuk semua nasabah", "itu polisi kami untuk semua
      // pembeli". Not a check explained so that the customer does not feel suspected: "Demi keamanan akun, kami perlu
      // verifikasi dulu, ini prosedur standar untuk semua nasabah, bukan karena kami meragukan Kakak".
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_RULES} (yang sama | ini | ni | itu | tu | tersebut)? _? _? (berlaku | terpakai | diguna pakai | dikenakan | diterapkan | dikenai) (sama | sama rata | secara sama rata | secara adil)? ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
        `${ID_MS_RULES} (ini | itu)? (berlaku | terpakai | diguna pakai | dikenakan) (sama | sama rata | secara sama rata | secara adil)? (untuk | bagi | kepada | ke atas | terhadap) (semua | seluruh | setiap) ${CUSTOMERS_ID_MS}`,
        `(itu | ini | tu | ni) (memang | sudah | dah)? (jadi | menjadi)? (${ID_MS_RULES} | standar~ | standard~) _? _? ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
      ],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      unlessInSentence: [...CHECK_EXPLAINED, ...GIVEN_ID_MS],
      unlessInDraft: ALTERNATIVE_OFFERED,
      unlessInNextSentences: CHECK_DETAILS_ASKED,
      nextSentences: 1,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `@customer (sudah | telah | kan | kan sudah)? (menyetujui | setuju | bersetuju | sepakat | menyepakati | tanda tangan | tandatangan | tandatangani | menandatangani | menandatangan) (dengan | semua)? ${ID_MS_RULES}`,
        // "puan tetap telah bersetuju dengan terma", "Bapak kan memang sudah setuju dengan kontraknya".
        `@customer (tetap | tetep | memang | pun | kan) (sudah | telah | dah)? (menyetujui | setuju | bersetuju | sepakat | menyepakati) (dengan | semua)? ${ID_MS_RULES}`,
        // "…Syarat dan Ketentuan yang Bapak setujui saat pembelian"; "ketentuan yang telah Bapak tandatangani sendiri".
        `${ID_MS_RULES} _? _? _? _? yang (telah | sudah)? @customer sendiri? (setujui | setuju | sepakati | tandatangani | tanda tangani | terima | persetujui | bersetuju)`,
        `yang (telah | sudah | dah)? @customer sendiri? (setujui | setuju | bersetuju | sepakati | tandatangani | tanda tangani | persetujui) (di | dalam | pada | semasa | saat | ketika | waktu | sewaktu | masa) (${ID_MS_RULES} | pendaftaran | mendaftar | daftar | melanggan | berlangganan | langganan | pembelian | checkout | sign up | signup)`,
        // "Ini sudah dinyatakan dalam Terms of Service semasa puan melanggan."
        `(dinyatakan | tertulis | ditulis | dijelaskan | disebut | disebutkan | tercantum) (di | dalam | pada) ${ID_MS_RULES} _? _? (semasa | saat | ketika | waktu | sewaktu | masa) @customer (melanggan | mendaftar | daftar | berlangganan | membeli | beli | checkout | sign up | signup)`,
      ],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      unlessAfter: '(jika | kalau | apabila | bila | sekiranya | apakah | adakah | asalkan | selama)',
      unlessInSentence: '\\?',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `@customer (tetap | tetep | masih | tetap saja) (harus | wajib | perlu | kena | mesti | mesti lah) (membayar~ | bayar~ | menanggung~ | tanggung~ | melunasi~ | lunasi~) ${ID_MS_FEE}?`,
        `${ID_MS_FEE} _? _? _? _? (tetap | tetep | masih | kekal) (harus | wajib | perlu | kena | mesti | akan)? @customer? yang? (bayar | dibayar | membayar | ditanggung | tanggung | menanggung | dilunasi | lunasi | dikenakan | dikenai | kena | berlaku | terpakai | (menjadi | jadi) tanggungan (@customer | nasabah | pelanggan | pengguna | penumpang)) -(oleh? (kami | pihak kami | kita | perusahaan | syarikat | toko))`,
        // "…tetap menjadi tanggungan nasabah"; "ongkirnya tetep dari kakak ya".
        '(tetap | tetep | masih) (menjadi | jadi)? tanggungan (@customer | nasabah | pelanggan | pengguna | penumpang | pembeli | pemilik)',
        `${ID_MS_FEE} _? _? _? _? (tetap | tetep | masih) (dari | daripada | oleh | dibayar oleh | ditanggung oleh | ditanggung | atas tanggungan) (@customer | pembeli | pelanggan | customer | penerima | pengirim | nasabah | pengguna)`,
        // Not the usual practice before an exception (favor-framing's): "biasanya ongkir tuker kita gak tanggung".
        `<-(biasanya | selalunya | lazimnya | normalnya | walaupun | walau | meskipun) ${ID_MS_FEE} _? _? (kami | kita | pihak kami | toko | kedai) (tidak | tidak akan) (cover | tanggung | menanggung | tampung | menampung)`,
        `<-(biasanya | selalunya | lazimnya | normalnya | walaupun | walau | meskipun) (kami | kita | pihak kami | toko | kedai) (tidak | tidak akan) (cover | tanggung | menanggung | tampung | menampung) ${ID_MS_FEE}`,
        // "Caj tersebut kekal dan perlu dijelaskan".
        `${ID_MS_FEE} _? _? (kekal | tetap) (dan | serta) (perlu | harus | wajib | mesti) (dijelaskan | dibayar | dilunasi | dibayarkan)`,
        // A longer fee before "tetap kena bayar": "Caj RM5 untuk salinan bil bercetak tetap kena bayar".
        `${ID_MS_FEE} ..7 (tetap | tetep) (kena | perlu | harus | wajib | mesti) (bayar | dibayar | dijelaskan | dilunasi | dibayarkan)`,
        `tidak (bisa | dapat | boleh) (mengembalikan | memulangkan | refund | menanggung | membebaskan | menghapus | mengecualikan | kecualikan | pulangkan | kembalikan) _? ${ID_MS_FEE}`,
        '(tetap | tetep | masih) (harus | wajib | perlu | kena | mesti) @customer (bayar~ | tanggung~ | lunasi~)',
        `${ID_MS_FEE} _? _? _? (tidak | tidak akan) (bisa | dapat | boleh) (dikembalikan | dipulangkan | direfund | di-refund | dibatalkan | dihapus | dikecualikan | dibebaskan)`,
        // "Deposit RM50 tu pun memang tak dipulangkan"; "Untuk ongkos kirim Rp9.000, pengembaliannya tidak bisa dilakukan".
        `${ID_MS_FEE} _? _? _? _? memang? tidak (dikembalikan | dipulangkan | direfund | di-refund | dikecualikan | dibebaskan) (${ANSWER_END} | &(ya | ye | yah | kak | kakak | pak | bu | encik | cik | puan | tuan | kalau | jika | sekiranya | bila | apabila | walaupun))`,
        `${ID_MS_FEE} ..4 (pengembalian~ | refund~ | bayaran balik~ | pemulangan~) (tidak | tidak akan) (bisa | dapat | boleh) (dilakukan | diproses | diberikan | dibuat)`,
        // The charge kept as it is: "caj itu kekal", "bil encik kekal", "caj RM12 tetap tidak akan dipulangkan". (A bill
        // that "tetap harus dibayar" was tried: it is mostly when to pay, and warned as often as it caught.)
        `(${ID_MS_FEE} | bil~ | tagihan~ | kompaun~ | saman~) _? @customer? (itu | tu | ini | ni | tersebut)? (tetap | memang)? kekal ${ANSWER_END}`,
        `${ID_MS_FEE} _? _? _? (tetap | memang)? tidak akan (dikembalikan | dipulangkan | direfund | dibatalkan | dihapus | dikecualikan | dibebaskan)`,
        // The fee left to the customer: "kos pos encik kena bayar", "ongkir balik kakak yg nanggung ya".
        `${ID_MS_FEE} _? _? @customer yang? (kena | perlu | harus | mesti | wajib)? (bayar | membayar | tanggung | nanggung | menanggung) (${ANSWER_END} | &(ya | ye | yah | sendiri | soalnya | sebab | karena | kerana))`,
      ],
      suggest: { id: ['biaya ini akan saya bantu ajukan untuk dibebaskan'], ms: ['saya akan cuba mohon supaya caj ini dikecualikan'] },
      replaces: 'clause',
      messageId: 'smallFee',
      unlessAfter: [USUAL_PRACTICE, REPORTED],
      afterWindow: 3,
      ...NOT_A_FEE_QUARREL,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['en'],
      match: [
        // "Rules are rules": the same word twice.
        ...['rules', 'rule', 'policy', 'policies', 'terms', 'procedure', 'procedures'].map((rule) => `(the | a)? ${rule} (are | is | 's) (the | a)? ${rule}`),
        '((it | that | this) (would | will | is))? (not | never) be? (very | really | exactly | entirely)? fair (to | on | for | towards) (all of?)? (the | our)? (other (customers | people | buyers | shoppers | clients | guests | passengers | members)? | everyone else | everybody else | everyone | everybody)',
        // "that wouldnt be fair on all the customers who pay their bills on time"
        `(wouldnt | not | never) be? (very | really | exactly | entirely)? (fair | unfair) (to | on | for | towards) (all | all of | the other | our other | other) (the | our)? ${EN_CUSTOMERS} (who | that)`,
        // "it's in the terms": the terms as the answer.
        `(it is | that is | this is) (all | clearly | already)? (in | written in | stated in | set out in | covered in | spelled out in) (the | our) (terms | t c | t cs | terms and conditions | small print | fine print | policy | contract | agreement) ${ANSWER_END}`,
        // Everyone pays the same, so it is "only fair": "everyone pays the same fee", "other customers have paid it".
        `(everyone | everybody | every ${EN_CUSTOMERS} | all our? other? ${EN_CUSTOMERS}) else? (pays | pay | is charged | are charged | gets charged | get charged | has to pay | have to pay) the? same`,
        `other ${EN_CUSTOMERS} (have | has)? (paid | pay | pays) (it | this | that | the (fee | charge | same | full price))`,
        '(to keep | keeping | keeps) (it | things) fair (for | to)? (everyone | everybody | all)',
        `(we | i) (treat | have to treat | must treat) (all | every | each) of? our? ${EN_CUSTOMERS} (the same | equally | alike)`,
        '(we | i) (have to | need to | must) be consistent',
        '(you | you would) (should | could) have (read | checked | seen) (the | our) (terms | policy | small print | fine print | conditions | t c | t cs)',
        '(clearly | plainly | explicitly) (stated | written | set out | explained | shown | displayed) (in | on | at) (the | our) (terms | t c | t cs | policy | website | checkout | booking | contract | agreement | small print)',
        '(if | when) (we | i) (did | do | made | make | gave | give | waived | waive) (it | this | that | one) for you \\,? (we | i) (would | will) (have to)? (do | give | waive) (it | that | the same | one) for (everyone | everybody | all)',
        '((it | that | this) (would be | will be | is))? unfair (to | on | for | towards) (all of?)? (the | our)? (other (customers | people | buyers | shoppers | clients | guests | passengers | members)? | everyone else | everybody else | everyone | everybody)',
        '(in fairness | to be fair | out of fairness) to (all | the | our)? (other | everyone | everybody | all)',
        '(would | will | would then | will then) have to (do | waive | refund | give | offer | make | extend) (it | that | the same | this | one | them)? (for | to) (everyone | everybody | all | every)',
        // "as per the terms every customer agreed to".
        `(terms | conditions | policy | rules | contract | agreement | t c | t cs) (that | which)? (every | all | all our | each) ${EN_CUSTOMERS} (agreed | agrees | accepted | accepts | signed | signs) (to)?`,
        '(everyone | every customer | all customers | every other customer | everybody) else? (would | will) (want | ask for | expect | demand) (it | that | one | the same)',
        '(everyone | every customer | all customers | everybody | all our customers) (has to | have to | must | needs to | need to) (follow | abide by | stick to | play by)',
        '(rules | policy | policies | terms | conditions) (apply | applies) equally? to (everyone | everybody | all customers | all our customers | every customer | every single customer | all passengers | every passenger | all policyholders | all account holders)',
        '(cannot | can not | will not | do not | are not able to | am not able to | unable to) (treat | handle) (you | one customer | any customer | anyone | one person | individual (cases | customers | bookings | requests | passengers | accounts)) any? differently',
        `(that | it | this) (would not | will not | would never | is not) be (very | really | entirely)? fair (${ANSWER_END} | &(to (make | give | grant | allow | waive | bend | refund | treat | single | change)))`,
        "(is | are | was | remains | rests) (entirely | solely | fully | wholly | completely) (your | the (customer | cardholder | account holder | passenger) 's) own? responsibility",
        'the? responsibility _? _? _? (lies | rests | sits | falls) (entirely | solely | fully | wholly)? (with | on) (you | the customer | the cardholder | the account holder | the passenger)',
        // "It applies to every guest"; "we apply this to every customer"; "everyone books under the same conditions".
        `(we | i) (apply | enforce | charge) (this | that | it | these | the same (rule | rules | terms | fee | fees | charge | charges | policy) | this (rule | fee | charge | policy)) (to | for | on) (every | all | each) of? our? single? ${EN_CUSTOMERS}`,
        `(everyone | everybody | every ${EN_CUSTOMERS} | all our? ${EN_CUSTOMERS}) _? _? (under | by | on | to) the same (conditions | terms | rules | policy | fee | fees | charge | charges)`,
        'the same (rule | rules | terms | conditions | policy | fee | fees | charge | charges | standard | standards | criteria | process | review | deadline | requirements | window) (for | applies to | apply to) (everyone | everybody | all | every)',
        // "We apply the same rule to everyone."; "towing fees must be paid in full, the same as everyone else";
        // "everyone goes through the same review".
        '(we | i) (apply | enforce | use | follow) the same (rule | rules | policy | process | standard | standards | terms | criteria) (to | for | with) (everyone | everybody | all | every | each)',
        `the same as (everyone | everybody) else ${ANSWER_END}`,
        '(everyone | everybody) (goes | go | has to go | must go | needs to go) through the same',
        // Someone moved up the queue, unfair to the rest: "it wouldn't be fair to push yours ahead of people who've waited".
        '(not | never) be? (fair | right) to (push | move | put | bump | prioritise | prioritize | fast-track | fast track) (you | yours | your _ | your _ _ | it | this) (ahead of | in front of | above | before)',
        '(cannot | can not | do not | will not | are not able to | unable to) (make | give | grant | allow) (an | any)? (exception | exceptions)',
        '(according to | as per | per | under | in line with | in accordance with) (our | the | company)? (policy | policies | rules | terms | sop | procedure) ..8 (we cannot | we can not | we are not able | we are unable | we do not | cannot | is not allowed | are not allowed | is not possible) _? _? _? _? _? _?',
        'you (have | had)? (agreed | accepted | consented | signed up) to? (the | our | these | those)? _? (terms | t c | t cs | conditions | policy | policies | rules | contract | agreement)',
        // "…deleted data is unrecoverable after 72 hours, which you accepted on sign-up".
        'which you (have | had)? already? (agreed to | accepted | signed | consented to) (on | at | upon | when | during | before) (sign-up | sign up | signup | signing up | registration | registering | checkout | activation | purchase | booking | joining | subscribing | enrolment | enrollment)',
        '(terms | conditions | policy | rules | t c | t cs | agreement | contract) _? (that | which)? you (have | had)? already? (agreed | accepted | signed | consented)',
        // "…tips are non refundable, you agreed to that at checkout"; "you accepted those when you paid".
        'you (have | had)? already? (agreed to | accepted | signed | consented to) (that | this | those | these | them | it) (at | when | upon | on | before | during)',
        // "…Section 14.2 of the Cardmember Agreement, which you accepted upon activation".
        '(agreement | contract | terms | conditions | t c | t cs | policy | policies | rules) ..2 which you (have | had)? (agreed to | accepted | signed | consented to)',
        '(those | these) are (the | our) (terms | rules)',
        // Tautologies and reasons for rules: "a deal's a deal", "the contract is the contract", "the rules are there for a
        // reason"; everyone signed it, others honour it: "every customer on this plan agrees to the exit fee at sign-up",
        // "if we waived it every time someone moved", "while others honour their terms".
        ...['deal', 'contract', 'agreement', 'price', 'deadline', 'fee', 'fine', 'bill', 'charge', 'law'].map((word) => `(the | a)? ${word} (is | 's) (the | a)? ${word} ${CLAUSE_END}`),
        '(rules | rule | policy | policies | terms | fees | fee) (are | is | exist | exists) (there)? for a (reason | good reason)',
        `every ${EN_CUSTOMERS} ..5 (agrees | agreed | signs | signed | accepts | accepted) (to | up to)? (the | this | that | our)`,
        'if (we | i) (waived | waive | refunded | refund | made | make) (it | that | this | exceptions | an exception) (every time | each time | for everyone | for everybody | for all)',
        'while (others | other customers | everyone else | everybody else) (honour | honor | pay | stick to | follow | keep to | respect)',
        `(that | this | it) is (just | simply)? (the | our)? (company | store | shop)? (policy | rule | rules) ${ANSWER_END}`,
        // Bending the rules refused, or treating one customer otherwise: "we can't bend the rules for anyone", "it wouldn't be
        // right to treat you differently", "why should we treat you differently", "we treat everyone the same".
        '(cannot | can not | will not | do not | are not able to | am not able to | unable to | not) (bend | break | relax | stretch) (the | our | these | those | that)? (rules | rule | policy | policies | terms) (for | just for | only for) (anyone | anybody | you | one | individual | a single | any)',
        '(not | never | why should (we | i) | why would (we | i)) (be right to | be fair to)? (treat | treating) (you | one customer | any customer | anyone | one person | your account | your case) (any)? (differently | better | differently from)',
        '(we | i) (treat | have to treat | must treat) (everyone | everybody) (the same | equally | alike)',
        '(everyone | everybody | all (our)? customers | every customer) (is | are) treated (the same | equally | alike)',
        // The terms as fixed and plain: "the terms are non-negotiable", "our policy is very clear on this".
        '(terms | policy | policies | rules | conditions | contract | fee | fees | charge | charges | price) (is | are) (non-negotiable | non negotiable | not negotiable | not up for negotiation)',
        `(our | the) (policy | policies | terms | rules | t c | t cs | terms and conditions | contract | agreement) (is | are) (very | quite | perfectly | pretty | crystal | really)? clear (on (this | that | it) | about (this | that | it))? ${ANSWER_END}`,
        // What the customer knew or chose: "that's what you signed up for", "you were informed of this when you booked".
        '(that is | this is) (exactly)? what you (signed up for | agreed to | paid for | accepted)',
        '(you were | you have been) (informed | told | notified | made aware | advised) (of | about) (this | that | it | the (fee | charge | terms | policy | conditions)) (when | at | before | during | upon | on)',
        // No special treatment: "there's no special treatment", "we can't give anyone special treatment".
        '(no | not (give | offer | get) (anyone | anybody | you)? | cannot (give | offer) (anyone | anybody | you)? | can not (give | offer) (anyone | anybody | you)? | nobody gets | no one gets) (special | preferential) treatment',
        // Everyone else waits or pays too: "everyone else has to wait their turn too"; "follow the policy like everyone else".
        '(everyone | everybody) else (has to | must | needs to | is having to) (wait | queue | pay)',
        '(follow | follows | pay | pays | wait | waits | abide by | stick to) (the | our | these | those)? (policy | rules | terms | fee | fees | same) like (everyone | everybody) else',
        // The rule as the reason of its own: "it's not our policy to refund change-of-mind purchases".
        '(it is | that is) not (our | the company | company) policy to (refund | waive | exchange | replace | compensate | reimburse | make exceptions | extend | offer refunds | give refunds)',
        // "The rules exist to protect all customers."
        '(rules | policy | policies | terms | conditions) (exist | exists | are there | is there | are in place | is in place) (to (protect | be fair to) | for the (protection | sake | benefit) of) (all | every | everyone | everybody)',
      ],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInDraft: ALTERNATIVE_OFFERED,
      unlessInNextSentences: BREACH_TO_REPORT_EN,
      nextSentences: 1,
    },
    {
      // What the customer signed or agreed to, said of the rules or the fee in the same sentence: "ketentuan … yang telah
      // Ibu terima dan setujui pada saat aktivasi", "yuran … dalam surat tawaran, yang encik tandatangani pada 2 Mei" (not "sama dgn surat tawaran yg puan tandatangani", with no rule nor fee).
      lang: ['id', 'ms'],
      match: ['yang (telah | sudah | dah)? @customer sendiri? (terima dan | baca dan)? (setujui | tandatangani | tanda tangani | sepakati | persetujui | bersetuju)'],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      onlyWithInSentence: `(${ID_MS_RULES} | ${ID_MS_FEE})`,
      unlessAfter: '(jika | kalau | apabila | bila | sekiranya | apakah | adakah | asalkan | selama)',
      unlessInSentence: '\\?',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // "…terpakai kepada semua calon tanpa pengecualian", of a rule: not "promo ini berlaku tanpa terkecuali".
      lang: ['id', 'ms'],
      match: ['(berlaku | terpakai | dikenakan | diterapkan | sama) _? _? _? _? (tanpa | tiada) (sebarang | ada)? (pengecualian | kecuali | terkecuali)'],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      onlyWithInSentence: ID_MS_RULES,
      unlessInSentence: '(promo~ | promosi~ | diskon~ | diskaun~ | potongan | gratis | percuma | hadiah~ | bonus~ | cashback | voucher~ | baucar~)',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // "It wouldn't be right to waive it for one account"; "we can't really bend it for one booking": in a refusal.
      lang: ['en'],
      match: [`(waive | bend | break | change | refund | cancel | extend | make an exception | make exceptions | do it | do that | do this) (it | this | that | them | the rule | the rules | the fee | the charge)? (just | only)? for (one | a single | just one | only one | an individual | individual | one single) (${EN_CUSTOMERS} | person | people | case | cases | order | orders)`],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      onlyWithInSentence: '(not | never | cannot | fair | unfair)',
      unlessAfter: '(if | whether | unless)',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // "itu berlaku sama untuk semua pelanggan", "ia terpakai kepada semua pelanggan": whatever is named first, but not
      // a promotion or a gift.
      lang: ['id', 'ms'],
      match: [
        `(berlaku | terpakai | diguna pakai | dikenakan | diterapkan) (sama | sama rata | secara sama rata)? ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
      ],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      unlessInSentence: ['(promo~ | promosi~ | diskon~ | diskaun~ | potongan | gratis | percuma | hadiah~ | bonus~ | cashback | voucher~ | baucar~ | kompensasi~ | pampasan~ | rebat~ | poin~ | mata ganjaran)', ...CHECK_EXPLAINED, ...GIVEN_ID_MS],
      unlessAfter: '(jika | kalau | apakah | adakah | tidak | bukan)',
      unlessInDraft: ALTERNATIVE_OFFERED,
      unlessInNextSentences: CHECK_DETAILS_ASKED,
      nextSentences: 1,
    },
    {
      // Not equality that brings the customer a benefit, a protection or a promise: "harga ongkirnya sama saja untuk
      // semua pelanggan, jadi tidak ada biaya tambahan untuk alamat Bapak"; "Kami perlakukan sama. Setiap laporan …
      // termasuk laporan Ibu"; "Kami layan sama. Jadi jangan risau ya cik".
      lang: ['id', 'ms'],
      match: [
        // The same, even, or applied consistently to everyone: "jd sama ke semua pembeli ya", "sama je utk semua customer",
        // "kami terapkan secara konsisten kepada seluruh penumpang", "kadar seragam untuk semua penumpang".
        `(sama | seragam | konsisten | sama rata) (je | saja | sahaja | aja)? ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
        `(terapkan | menerapkan | kenakan | mengenakan | berlakukan | memberlakukan | guna pakai) (secara)? (konsisten | sama rata | seragam | sama) ${SAME_FOR} ${ALL} ${CUSTOMERS_ID_MS}`,
        // "semua pembeli juga kita perlakukan sama".
        '(kami | kita | saya) (perlakukan | layan | layani) (sama | sama rata | setara) -(_)',
      ],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      unlessInSentence: ['(promo~ | promosi~ | diskon~ | diskaun~ | potongan | gratis | percuma | hadiah~ | bonus~ | cashback | voucher~ | baucar~ | kompensasi~ | pampasan~ | rebat~ | poin~ | mata ganjaran)', ...BENEFIT_ID_MS, ...GIVEN_ID_MS],
      unlessAfter: '(jika | kalau | apakah | adakah | tidak | bukan)',
      unlessInDraft: ALTERNATIVE_OFFERED,
      unlessInNextSentences: BENEFIT_ID_MS,
      nextSentences: 1,
    },
    {
      // "we have to apply them equally to everyone"; "the rules are enforced consistently across all accounts". Not of a
      // benefit, a protection or an exception made: "the cashback promo applies equally to everyone, so you'll get it
      // too"; "we apply it consistently to every customer: any damaged parcel is replaced for free"; "… and I've waived
      // it for you this time".
      lang: ['en'],
      match: ['(apply | applied | applies | enforce | enforced | enforces) (them | it | this | these | those | the (terms | rules | policy | conditions | fee | fees | charge))? (equally | consistently | uniformly) (to | for | across) (everyone | everybody | all | every | each)'],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInSentence: [...BENEFIT_EN, EXCEPTION_MADE],
      unlessInDraft: ALTERNATIVE_OFFERED,
      unlessInNextSentences: [...BENEFIT_EN, EXCEPTION_MADE],
      nextSentences: 1,
    },
    {
      // "it wouldn't be fair on customers who read their contracts", "…on those who pay on time" (not in an apology).
      lang: ['en'],
      match: [`<&(not | never | not be | never be | not very | not really | not exactly | not entirely | not be very | not be really | not be exactly | not be entirely) (fair | unfair) (to | on | for | towards) (the | our)? (${EN_CUSTOMERS} | people | those | everyone | anyone) (who | that)`],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInSentence: '(sorry | apologise | apologize | apologies)',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // "It applies to every guest": of a rule or a fee, not of a discount or an offer.
      lang: ['en'],
      match: [
        `(applies | apply | is applied | are applied) (equally | the same | the same way | in the same way)? to (every | all | all of | all our | each) (single | other | of our)? ${EN_CUSTOMERS}`,
        // Whoever they are: "this applies to all ratepayers equally".
        '(applies | apply | is applied | are applied) to (all | every | each) _ _? (equally | alike)',
      ],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInSentence: ['(discount | discounts | offer | offers | promo | promos | promotion | promotions | free | upgrade | upgrades | voucher | vouchers | cashback | bonus | bonuses | gift | gifts | reward | rewards | points | compensation | goodwill | waive | waived)', ...CHECK_EXPLAINED],
      unlessAfter: '(if | whether | unless | not | no)',
      unlessInDraft: ALTERNATIVE_OFFERED,
      // A check explained ("This check applies to every customer. Could you confirm your date of birth?").
      unlessInNextSentences: CHECK_DETAILS_ASKED,
      nextSentences: 1,
    },
    {
      lang: ['en'],
      match: [
        `you (will | would)? still (have to | need to | must | be required to | be expected to | be charged | be liable for) (pay | cover | bear)? for? _? _? _? ${EN_FEE}`,
        `you are still (responsible | liable) for _? _? _? ${EN_FEE}`,
        `${EN_FEE} (is | are) (strictly | completely | totally | entirely)? (non-refundable | non refundable | nonrefundable)`,
        // "The £7.50 admin fee for the bounced payment still applies".
        `${EN_FEE} (for | on) ..4 still (applies | apply | stands)`,
        // "the charge of RM35 remains payable".
        `${EN_FEE} of _ (still (applies | stands) | stands | remains (payable | due | owing | in place) | is still (payable | due | owing))`,
        `${EN_FEE} (still (applies | apply | stands) | (applies | apply) regardless | (will | would) still (apply | stand) | stands | still stands | remains (payable | due | owing | in place | on your account) | is still (payable | due | owing))`,
        `${EN_FEE} (cost | costs | fee)? (is | are) still? (on you | your responsibility | paid by you | at your own? (expense | cost))`,
        // "The fine still stands I'm afraid"; "so the £70 costs stand"; "the late fee will stay on this month's bill".
        `(fine | fines | costs) still? (stands | stand) (${ANSWER_END} | &(i am afraid | as | because | since | and))`,
        `(the | that | this | your) ${EN_FEE} (will stay | stays | will remain) on (your | the | this)`,
        `(cannot | can not | are unable to | am unable to | will not | do not) (refund | waive | return | reimburse | cover) (the | that | this | your)? _? ${EN_FEE}`,
      ],
      suggest: WAIVE_THE_FEE_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      messageId: 'smallFee',
      unlessAfter: ['(if | whether | unless | not | no)', USUAL_PRACTICE, REPORTED],
      afterWindow: 3,
      ...NOT_A_FEE_QUARREL,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['en'],
      match: [
        // "…which you'd still need to cover"; "so you'll still need to pay it", said of a fee.
        `(you | which you | that you) (will | would)? still (have to | need to | must) (pay | cover | bear) for? (it | that | this | them)? (${ANSWER_END} | &(as | since | because | regardless | it | on | yourself | separately))`,
        // "the surcharge applies and still has to be paid".
        'still (has | have | needs | need) to be (paid | settled)',
      ],
      suggest: WAIVE_THE_FEE_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      messageId: 'smallFee',
      onlyWithInSentence: EN_FEE,
      unlessAfter: ['(if | whether | unless | not | no)', USUAL_PRACTICE, REPORTED],
      afterWindow: 3,
      ...NOT_A_FEE_QUARREL,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // The same for everyone, of a rule or a charge: "the 14-day window is the same for every signup", "rules are the same
      // for everyone who signs", "it's the same for every customer on Starter"; unfair to every other one: "that would be
      // unfair to every business that converted".
      lang: ['en'],
      match: [
        `(is | are | remains | remain | stays | stay) (exactly | just)? the same for (everyone | everybody | every (single | other)? ${EN_PARTIES} | all (of)? (our | the)? (other)? ${EN_PARTIES} | each ${EN_PARTIES})`,
        `unfair (to | on | for | towards) (every | each | all) (single | other | the other | of the)? ${EN_PARTIES}`,
      ],
      suggest: SEE_WHAT_I_CAN_DO_EN,
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInSentence: ['\\?', '(sorry | apologise | apologize | apologies)', EN_OFFER_WORDS],
      unlessAfter: '(if | whether | unless | not | no)',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // Unfair to "them", the other customers named just before: "nanti pembeli lain pun minta jugak, tak adil la untuk
      // diorang".
      lang: ['id', 'ms'],
      match: ['(tidak | kurang | bukan) (adil | fair) (la | lah | pula | juga)? (bagi | untuk | kepada | buat | terhadap | pada | dengan | kat) (mereka | diorang | dorang | depa | orang lain)'],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      onlyWithInSentence: `(${OTHER_CUSTOMERS_ID_MS} | orang lain | (semua | setiap | tiap) ${CUSTOMERS_ID_MS})`,
      unlessInSentence: '(maaf | maafkan | mohon maaf)',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // No exception for anyone, as the answer: "tiada pengecualian", "tidak ada pengecualian untuk siapa pun", "no
      // exceptions"; not of an offer or a promise.
      lang: ['id', 'ms', 'en'],
      match: [
        `(tidak | tiada) (ada | bisa | boleh | dapat)? ada? (membuat | memberi | memberikan | buat | beri)? pengecualian (${ANSWER_END} | &((untuk | bagi | kepada | buat) (siapa | sesiapa | semua)))`,
        `(no exceptions | no exception) (${ANSWER_END} | &(for))`,
      ],
      suggest: { id: ['saya akan carikan jalan keluarnya'], ms: ['saya akan cuba carikan jalan penyelesaian'], en: ['let me see what I can do'] },
      replaces: 'clause',
      unlessInSentence: OFFER_OR_PROMISE,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // One customer or case singled out, in a refusal: "kami tak boleh ubah syarat untuk sorang je", "tak boleh speed up
      // utk satu kes je" (the English counterpart: "we can't bend it for one booking").
      lang: ['id', 'ms'],
      match: [`(untuk | bagi | kepada | kat | pada | buat) (satu | seorang | sorang) (${CUSTOMERS_ID_MS} | kes | kasus | akaun | akun | pesanan | tempahan | order | orang)? (je | saja | sahaja | aja)`],
      suggest: FIND_A_WAY_ID_MS,
      replaces: 'clause',
      onlyWithInSentence: '(tidak | bukan)',
      unlessAfter: '(jika | kalau | apabila | bila | sekiranya | hanya | cuma)',
      unlessInSentence: ['\\?', OFFER_OR_PROMISE],
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // The queue as the rule everyone is held to: "it's first come, first served"; a limit "fixed at 12 months for everyone".
      lang: ['en'],
      match: [
        'first come \\,? first (served | serve)',
      ],
      suggest: ['let me see what I can do'],
      replaces: 'clause',
      // Only as the grounds of a "no": "orders are packed first come, first served, and yours is packed" is news.
      onlyWithInSentence: '(cannot | can not | not | no | afraid | unable | unfortunately | sorry | have to | will have to | fair)',
      unlessInSentence: OFFER_OR_PROMISE,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      // A limit said to hold for everyone, as the clause's last words: "credit expiry is fixed at 12 months for everyone".
      lang: ['en'],
      match: '(is | are) (fixed | set | capped | standard) (at _ _?)? for (everyone | everybody | all (our)? (customers | users | members | guests | passengers | applicants | cardholders | subscribers)) -(_)',
      suggest: ['let me see what I can do'],
      replaces: 'clause',
      unlessInSentence: OFFER_OR_PROMISE,
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
  ]);
