import type { Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { mergeSpans } from '../text/spans.js';
import { tokenFamilyFinder, tokenTester } from '../match/families.js';
import { oneOf, upTo } from '../match/compose.js';
import { CONDITION_OR_STAGE } from './resolution.js';

/**
 * Something extra: a recovery gesture beyond the fix (a voucher, free shipping, a waived fee, an upgrade, a
 * credit "as a token of apology"). A refund of what the customer paid is the resolution, not extra; a voucher the
 * customer asks about ("voucher Anda sudah kedaluwarsa") or one we refuse ("we can't give a discount") is neither.
 */

const GESTURE = [
  'voucher~', 'vouchers', 'baucar~', 'kupon~', 'coupon', 'coupons', 'kode promo~', 'kod promo~', 'kod promosi', 'promo code',
  'diskon~', 'diskaun~', 'discount', 'potongan (harga~ | ongkir~ | rp | rm | @amount | @figure)', 'cashback', 'cash back', 'bonus',
  'poin (bonus | tambahan)', '(bonus | extra | reward) points', 'gratis ongkir', 'free ongkir', 'ongkir gratis', 'bebas ongkir',
  'free shipping', 'free delivery', 'penghantaran secara? percuma', 'pos percuma', 'complimentary', 'store credit', 'gift card',
  'kad hadiah', 'hadiah~',
  'free _? (case | cover | gift | item | accessory | accessories | month | months | year | upgrade | dessert | drink | meal | night | ride | top-up | data | add-on | service | session | coffee | installation | screen protector | charger | cable | ticket | pass | subscription | trial)',
  '(sebulan | seminggu | @number bulan | satu bulan | satu minggu) (gratis | percuma)', 'gratis (sebulan | @number bulan | satu bulan | langganan)',
  'langganan _? (gratis | percuma)', 'gratis _? _? (bulan | minggu)', 'goodwill (credit | gesture | payment)',
  // Credit to the account, as an amount: "an $8 credit for your next order", "kredit sebanyak RM50", "a credit of $25".
  '(@amount | @figure) -(kad | kartu | card | \\.) _? (credit | kredit~) -(card | cards | kad | kartu)', '(credit | kredit~) (of | sebanyak | bernilai | senilai) (@amount | @figure)',
  // Time on the service: "three months of the Premium plan", "7 hari masa aktif", "sebulan langganan".
  '(month | months | week | weeks | days) of (the | your)? _? (plan | subscription | service | membership | premium | pro)',
  '(hari | bulan | minggu) (masa aktif | langganan | tambahan)',
  // Credit or points as an amount given: "plus kredit Rp300rb", "bagi kredit 50% utk bulan Disember", "I've added 3,000
  // Enrich points to your account".
  '(credit | kredit~) (@amount | @figure)', '(@figure) _? (points | poin | coins | koin)',
];
// Credit as an amount that is not a gesture: a refund paid out as credit ("your refund will be issued as credit RM45"),
// or what the contract or an earlier promise already owes ("the SLA credit", "kredit yang dijanjikan").
const CREDIT_OWED = [
  '(refund~ | bayaran balik | pengembalian dana) ..6 (as | sebagai | dalam bentuk) _? (credit | kredit~)',
  '(sla | promised | dijanjikan | dijanji) ..3 (credit | kredit~)', '(credit | kredit~) ..3 (sla | promised | dijanjikan | dijanji)',
];
// The gesture is given, not mentioned: a verb of giving, or "for your next order".
const GIVING = [
  'berikan', 'memberikan', 'memberi', 'beri', 'kasih', 'kasihkan', 'tambahkan', 'menambahkan', 'ditambah', 'ditambahkan',
  'tambah', 'plus', 'masukkan', 'memasukkan', 'dimasukkan', 'kirimkan', 'kirim', 'dikirimkan', 'dikirim', 'hadiahkan',
  'menghadiahkan', 'sertakan', 'menyertakan', 'disertakan', 'mendapat', 'mendapatkan', 'dapatkan', 'menerima', 'terima',
  'nikmati', 'menikmati', 'kreditkan', 'dikreditkan', 'tawarkan', 'menawarkan', 'hantar', 'hantarkan', 'dihantar',
  'kurniakan', 'give', 'giving', 'given', 'add', 'added', 'adding', 'include', 'included', 'offer', 'offering', 'offered',
  'send', 'sending', 'sent', 'apply', 'applied', 'enjoy', 'receive', 'get', 'here is', 'credited', 'issue', 'issued', 'on us',
  'berikutnya', 'selanjutnya', 'seterusnya', 'akan datang', 'untuk (pembelian | pesanan | belanja | transaksi | tempahan) (baru | lain)',
  'next (order | purchase | booking | bill | visit | stay | trip)',
  'sebagai tanda', 'as a (token | thank | goodwill | small)', 'throw in', 'throwing in', 'on the house', 'for the (trouble | inconvenience | wait | hassle | delay)',
  // Slipping something in, in chat: "sy tambahin", "sy selipin", "kami selitkan", "sertain", "threw in", "bagi".
  'tambahin', 'selipin', 'selipkan', 'selitkan', 'menyelitkan', 'diselitkan', 'sertain', 'threw in', 'bagi', 'bagikan',
];
// A gesture refused, expired or asked about.
const REFUSED =
  '(tidak | belum | bukan | cannot | not | unable | never | tiada) _? _? _? (beri | berikan | memberi | memberikan | diberi | diberikan | kasih | dikasih | tawarkan | menawarkan | ditawarkan | offer | offered | give | given | provide | provided | issue | issued | add | apply | send | kirim | digunakan | dipakai | used | applied | berlaku | valid | eligible | layak | granted)';
const NOT_GIVEN = [
  REFUSED,
  // "Mana bisa ongkir dikembalikan plus kompensasi juga", "takkan boleh bagi pampasan": refused as absurd.
  '(mana | takkan | tak kan) (bisa | boleh | mungkin)',
  '(expired | kedaluwarsa | kadaluarsa | kadaluwarsa | hangus | tamat tempoh | tidak berlaku | tidak valid | invalid | sudah digunakan | sudah dipakai | already used | gagal | failed | error)',
  '(no | tanpa | without | tiada | tidak ada) _? (voucher | baucar | diskon | discount | potongan | cashback | bonus | kupon | coupon)',
];
const NOT = ['tidak', 'belum', 'bukan', 'cannot', 'not', 'unable', 'never', 'no', 'tiada'];
const FEE = '(biaya~ | ongkos~ | ongkir~ | caj~ | bayaran~ | yuran~ | denda~ | penalti~ | fee | fees | charge | charges | penalty)';
const WAIVED_ID_MS = [
  'hapus', 'hapuskan', 'dihapus', 'dihapuskan', 'gratiskan', 'digratiskan', 'tiadakan', 'ditiadakan', 'bebaskan', 'dibebaskan',
  'kecualikan', 'dikecualikan', 'ketepikan', 'diketepikan', 'mansuhkan', 'dimansuhkan', 'tanggung', 'ditanggung',
];
const WAIVING = [
  'hapus', 'menghapus', 'hapuskan', 'menghapuskan', 'gratiskan', 'menggratiskan', 'tiadakan', 'meniadakan', 'bebaskan',
  'membebaskan', 'kecualikan', 'mengecualikan', 'ketepikan', 'mengetepikan', 'tanggung', 'menanggung', 'remove', 'removed',
];
const UPGRADING = [
  'upgrade', 'upgraded', 'upgrading', 'upgradekan', 'mengupgrade', 'meng-upgrade', 'naik taraf', 'naikkan taraf', 'menaik taraf',
  'menaiktarafkan', 'bumped you up', 'bump you up',
];

// Adding something to the order or the account, as against sending what was ordered: "added", "threw in", "popped",
// "sy selipin", "kami tambahin", "sertakan", "kasih", "bagi", "aktifkan … percuma".
const ADDING = [
  'add', 'added', 'adding', 'threw in', 'throw in', 'popped', 'pop', 'include', 'included', 'give', 'given', 'offer', 'offered',
  'applied', 'apply', 'credited', 'booked you', 'arranged', 'tambah', 'tambahkan', 'tambahin', 'menambahkan', 'ditambah',
  'ditambahkan', 'selipin', 'selipkan', 'selitkan', 'diselitkan', 'sertakan', 'sertain', 'disertakan', 'menyertakan',
  'kasih', 'kasihkan', 'berikan', 'memberikan', 'beri', 'kreditkan', 'dikreditkan', 'aktifkan', 'hadiahkan',
  'tawarkan', 'menawarkan',
];
// Money knocked off, for this customer: "I've knocked 50% off this month's bill for the outage" (not a knock on a door).
const KNOCKED_OFF = '(knocked | knock) ..4 off';
// A promotion told to everyone, not given to this customer: "bundle deal this week (any 2 items, free tote)", "promo
// beli 2 gratis es teh", "selalu ada air percuma untuk pelanggan terawal".
const PROMOTION = '(promo~ | promosi~ | bundle | deal | beli @figure | buy @figure | setiap | every | selalu | always | untuk pelanggan | for (all | new) (customers | members))';
// Why something is given: to make up for what went wrong. "as a sorry", "for the disruption", "sebagai ganti gangguan".
const MAKING_UP =
  '((as an? | to say) small? (sorry | apology | thank you) | (for | atas) (the | this | your)? (disruption | trouble | inconvenience | hassle | stress | wait | delay | outage | lost trading | gangguan | kesulitan | kesusahan | keterlambatan | kelewatan) | sebagai (ganti | penebus | tebusan) | (buat | untuk) (nebus | menebus))';

// What is given without a verb of giving, since we pay for it: "your next delivery is on us", "the cake is on us", "seat
// selection is free, on us", "ongkirnya dari kami". Not our fault owned ("that one's on us", "the late delivery is on
// us"), a promotion, or shipping back. (Free of charge, "tanpa caj", "at our cost" are mostly the fix done free.)
// Not denied ("the taxi is not on us this time"), nor "dari kami" as where a parcel leaves from ("ongkos kirim dari
// kami ke Medan sekitar Rp20.000": a fee quoted).
const PAID_BY_US = [
  '(delivery | shipping | postage | dinner | lunch | breakfast | meal | meals | drink | drinks | coffee | dessert | cake | night | nights | stay | room | ride | taxi | cab | transfer | parking | upgrade | selection | installation | ticket | tickets | pickup) ..3 <-(not | tidak | bukan) (on us | on the house)',
  '(ongkir~ | ongkos kirim~ | ongkos~ | biaya~ | caj~ | kos~) (kirim~ | hantar~ | penghantaran~ | pengiriman~ | pos)? (dari | dr) (kami | kita) -(ke | kepada | menuju)',
];
// A fee quoted: "… adalah Rp15.000", "… ialah RM12", "sekitar Rp20.000".
const FEE_QUOTED = '(sekitar | adalah | ialah | kira-kira | lebih kurang | sebesar) (@amount | @figure)';
// The fix itself done free, not a gesture beyond it: "the repair is on us, since the unit is under warranty", "shipping
// the replacement is on us".
const FIX_FREE = '(warranty | waranti | jaminan | garansi | replacement | replacements | pengganti | penggantian | repair | repairs | pembaikan | perbaikan)';
const OUR_FAULT = '(late | delay | delayed | lateness | wrong | mistake | fault | error | failure | failed | missed | mix-up | mixup | problem | issue | blame | responsibility | kesilapan | kesalahan | salah | silap | damaged | cancelled | canceled | missing | lost | rosak | rusak | hilang | dibatalkan)';
const SHIPPING_BACK = [
  '(kirim~ | hantar~ | pengiriman~ | penghantaran~ | ongkir~ | ongkos~) _? (balik | retur | return | bolak-balik)',
  '(return | retur) (shipping | postage | label | ongkir~ | courier)',
];
// An upgrade given, not refused, paid for or undone.
const UPGRADE_GIVEN = {
  unlessAfter: NOT,
  unlessInSentence: [
    REFUSED,
    '(seharga | dengan biaya tambahan | dengan membayar | dengan harga | (for | with) (a | an) (extra | additional) (fee | cost | charge) | you (can | could | may) upgrade)',
    // "sy dah cancel permintaan upgrade": the upgrade undone.
    '(cancel | cancelled | canceled | batalkan | membatalkan | dibatalkan | batal) ..3 (permintaan | request | permohonan)?',
  ],
};

const findGestures = tokenFamilyFinder([
  // "ditambah voucher gratis ongkir", "kami masukkan baucar RM15", "I've added a RM20 voucher".
  { match: GESTURE, onlyWithInSentence: GIVING, unlessInSentence: [...NOT_GIVEN, ...CREDIT_OWED] },
  // Something given free, whatever it is: "I also threw in a free mini tub", "added a free lip liner", "free meals on
  // tomorrow's flight", "sy selipin 1 toples sambal cumi gratis", "kami tambahin es teh manis gratis", "sy boleh tambah data
  // 20GB percuma", "your next delivery is on us", "a night at the hotel, on us", "bilik 512 … tanpa caj tambahan".
  {
    match: [
      '(free | complimentary) -(to | of | from | for | and | no | time | at | or | \\, | \\.) _',
      '(gratis | percuma | free) -(ongkir | ongkos)',
      // Not "that's on us", which owns the mistake.
      '<-(that | this | it | mistake | fault | error | kesilapan | salah) (is | are | be | was | were | \\,) on (us | the house)',
      '(tanpa | tiada | no) (caj | biaya | bayaran | charge | cost) (tambahan | extra | additional)',
    ],
    onlyWithInSentence: ADDING,
    unlessInSentence: [...NOT_GIVEN, PROMOTION, '(refund | refunded | bayaran balik | pengembalian dana | dana kembali) (penuh | full)?'],
  },
  // Money off what comes next: "20% off your next order", "RM10 off your next booking"; the next delivery free, with no
  // verb: "Penghantaran seterusnya percuma untuk puan"; a small gift or treat slipped in: "I've included a small gift";
  // "We've comped your dessert". Not a promotion for everyone ("The promo gives 20% off your next order for all
  // members", "percuma untuk semua pesanan atas RM100").
  {
    match: [
      '(@figure | @amount) off (your | the)? next', '(penghantaran | pengiriman | delivery | ongkir~) (seterusnya | berikutnya | selanjutnya) (percuma | gratis)',
      '(small | little) (gift | treat | something extra)',
      '(i | we) (have | had | just | also | already)? comped (your | the) _',
    ],
    onlyWithInSentence: [...GIVING, ...ADDING, KNOCKED_OFF, 'comped', 'percuma', 'gratis'],
    unlessInSentence: [
      ...NOT_GIVEN, PROMOTION, '(semua | all) (pesanan | order | orders | pembelian | purchases | pelanggan | customers)', 'sign up',
      // A promotion or a condition, not a gesture: "Use code SAVE10…", "…when you refer a friend", "…to everyone who
      // books", "…gratis kalau Kakak pakai kode…", "…percuma jika Kakak belanja atas RM50".
      '(code | codes | kode | kod | everyone | everybody | refer | referral | kalau | kalo | jika | jikalau | sekiranya | apabila)', '(when | if | once) you',
      // What the customer ordered, paid for or returned is theirs: "The small gift you ordered has been added".
      '(you | kakak | kak | anda | awak | puan | encik | tuan | cik | ibu | bapak) (have | had | sudah | telah | dah)? (ordered | paid | returned | bought | purchased | pesan | beli | bayar | pulangkan | kembalikan)',
    ],
  },
  // ("bukan biaya dari kami": a fee not ours, denied.)
  {
    match: PAID_BY_US,
    unlessAfter: NOT,
    unlessInSentence: [...NOT_GIVEN, PROMOTION, OUR_FAULT, FIX_FREE, FEE_QUOTED, ...SHIPPING_BACK],
  },
  // Given to make up for what went wrong: "I've added a month's free line rental for the week of disruption", "I've
  // applied a 3-day service rebate … for the disruption", "kreditkan 5GB data … sebagai ganti gangguan".
  {
    match: MAKING_UP,
    onlyWithInSentence: [...ADDING, KNOCKED_OFF],
    // "Saya minta maaf atas kesulitan ini" apologises for it.
    unlessAfter: '(maaf | sorry | apologise | apologize | apologies | apology | menyesal | kesal | mohon maaf | memohon maaf) _? _?',
    afterWindow: 3,
    unlessInSentence: [...NOT_GIVEN, '(refund | refunded | bayaran balik | pengembalian dana | dana kembali)'],
  },
  // A token of apology: "sebagai tanda maaf", "as a token of our apology", "as a goodwill gesture".
  {
    match: [
      'sebagai (tanda | bentuk | wujud)? (permohonan | permintaan)? (maaf | penyesalan | penghargaan | terima kasih | kekesalan | simpati)',
      'sebagai (kompensasi | ganti rugi | gantirugi | pampasan | tebusan)',
      'as a small? (token | gesture) of our? (apology | apologies | goodwill | appreciation | thanks | regret)',
      'as a (goodwill | courtesy) (gesture | credit)', 'by way of an? apology', 'to make up for', 'on the house',
      '(credit | credited | kredit | kreditkan | dikreditkan) ..8 for the (trouble | inconvenience | wait | hassle | delay)',
      // "I've credited £30 to your account for last week's outage", "credited this month's fee for the disruption".
      '(credited | kreditkan | dikreditkan) ..8 (for | atas) ..3 (outage | disruption | downtime | worry | gangguan | kesulitan | kesusahan)',
    ],
    unlessInSentence: REFUSED,
  },
  // An upgrade given free: "free upgrade", "naik taraf percuma", "kami upgrade ke kelas bisnis tanpa biaya".
  {
    match: [
      '(upgrade | naik taraf) _? _? _? _? (gratis | percuma | free | secara percuma | tanpa biaya | at no (extra | additional)? (cost | charge) | on us)',
      '(free | complimentary) upgrade',
    ],
    ...UPGRADE_GIVEN,
  },
  // An upgrade we do counts only when given, free or to make up: "kecepatan Bapak sy upgrade ke 100 Mbps gratis", "saya
  // telah naik taraf kelajuan tuan … tanpa caj tambahan", "sbg tanda maaf, kami upgrade…". Not an upgrade the customer
  // buys or asks for ("Nak sy proses upgrade sekarang?", "sy dah naik taraf akaun encik ke Sports Max (tambahan RM20
  // sebulan)"), nor our own systems ("IT kami tengah upgrade system", "we'll be upgrading the database").
  {
    match: `(kami | saya | sy | we | i) _? _? _? ${oneOf(UPGRADING)}`,
    ...UPGRADE_GIVEN,
    onlyWithInSentence: [
      '(gratis | percuma | free | complimentary | on us | on the house | tanpa (biaya | caj | bayaran | kos) | at no (extra | additional)? (cost | charge))',
      '(sebagai | sbg | as a) (tanda | bentuk | token | gesture | ganti | pampasan | kompensasi | permintaan | permohonan | small)',
    ],
  },
]);

const findWaivedFees = tokenFamilyFinder([
  // A waived fee: "we've waived the late fee", "biaya admin sudah kami hapus", "caj itu dikecualikan", "ongkir kami tanggung".
  {
    match: [
      '(waive | waived | waiving)',
      `${FEE} ${upTo(6, '_')} (kami | saya)? (${oneOf(WAIVED_ID_MS)} | has been removed | is on us | on us)`,
      `${oneOf(WAIVING)} _? _? _? ${FEE}`,
    ],
    unlessAfter: NOT,
    // "supaya dendanya dihapus", "so the penalty gets waived": what someone hopes for; "ongkirnya kami yang tanggung dan
    // itu bikin rugi" complains of a cost; "dendanya tetap Bapak tanggung", "tetap ditanggung pelanggan": the customer pays.
    unlessInSentence: [
      REFUSED,
      '(mana | takkan | tak kan) (bisa | boleh | mungkin)',
      '(supaya | agar | biar | so that | so the | so your | hoping | in the hope | berharap | rugi | merugikan | margin)',
      '(tetap | masih) (@address | pelanggan)? (tanggung | ditanggung | menanggung)',
      'ditanggung oleh? (@address | pelanggan)',
      // "ongkir tuker kita gak tanggung", "denda keterlambatan tidak bisa dihapus", "tetap kakak yg tanggung".
      `(tidak | bukan | belum) (bisa | dapat | boleh)? (${WAIVED_ID_MS.join(' | ')})`,
      '(@address | pelanggan | customer) yang (tanggung | menanggung | bayar | membayar)',
      // "ongkos kirim baliknya tetap harus Bapak tanggung": the customer pays.
      '(harus | perlu | mesti | kena | wajib) @address? (tanggung | menanggung | bayar | membayar)',
      // Shipping the item back is part of the return, not something extra: "ongkir kirim balik kami tanggung", "ongkir
      // bolak-balik kita tanggung", "return postage is on us" (shipping the replacement free still is).
      '(kirim~ | hantar~ | pengiriman~ | penghantaran~ | ongkir~ | ongkos~) _? (balik | retur | return | bolak-balik)',
      '(return | retur) (shipping | postage | label | ongkir~ | courier)',
    ],
  },
  // Not charging, said of us, for this once: "saya juga tak caj delivery fee", "satu malam penginapan puan kami tidak
  // caj", "we won't charge you for the second visit". Not a rule for all ("we don't charge for returns", "setiap"), a
  // charge not taken twice ("kami tidak akan caj encik dua kali"), or a usual charge let go as a favour ("biasanya kami
  // caj RM80, tapi kali ni kami tak caj": favor-framing's exception, the fix).
  {
    match: '(kami | saya | aku | kita | we | i) (juga | pun | also)? (tidak | will not | am not | are not) (akan | be)? (caj | mengecaj | charge | charging | tagih | menagih | kenakan caj | mengenakan caj)',
    unlessInSentence: [
      PROMOTION, '(dua kali | twice | again | lagi | double | berganda | berulang)', '(biasanya | kebiasaannya | selalunya | normally | usually)',
      // Normal billing, not a charge let go: "we will not charge your card until the item ships", "kami tidak akan menagih
      // sebelum barang dikirim", "we are not charging you for the cancelled order" (it never shipped), a refund.
      '(until | till | sebelum | sehingga | hingga | sampai)', '(cancelled | canceled | dibatalkan | batal | refund~)',
    ],
  },
]);

// The delivery fee paid back by us for the trouble, when the customer disputes no shipping fee: "I've refunded the $3.99
// delivery fee", "caj penghantaran RM4.90 dah saya pulangkan", "ongkirnya sudah kami kembalikan". Only the shipping fee: a
// transfer, admin or booking fee pays for the service that failed, and its refund is the fix.
const SHIPPING_FEE =
  '((delivery | shipping | postage) (fee | fees | charge | charges) | shipping | postage | ongkir~ | ongkos kirim~ | (caj~ | yuran~ | biaya~ | kos~ | bayaran~) (penghantaran~ | pos | pengiriman~ | kirim~))';
const PAYING_BACK = [
  'refund', 'refunded', 'refunding', 'refundkan', 'direfund', 'reimburse', 'reimbursed', 'pulangkan', 'dipulangkan',
  'memulangkan', 'kembalikan', 'dikembalikan', 'mengembalikan', 'balikin', 'dibalikin', 'credited back', 'paid back', 'pay back',
];
// A fee charged wrongly (too much, twice) or paid for the speed that failed ("express", "next-day"): paying it back is
// the fix, not a gesture beyond it.
// "the duplicate delivery charge", "the extra shipping you were billed", "ongkir tambahan yang salah ditagih".
const FEE_CHARGED_WRONGLY =
  '(overcharged | overcharge | twice | double | doubled | duplicate | duplicated | extra | additional | by mistake | mistakenly | wrongly | incorrectly | in error | dobel | dua kali | berganda | kelebihan | terlebih | lebih bayar | kepotong | tambahan | salah (tagih | ditagih | dicaj | potong | dipotong) | express | ekspres~ | next-day | next day | same-day | same day | priority | kilat~)';
// Sending the item back, said with "back" ("the postage you paid to send the faulty kettle back") or as the return
// itself ("the postage you spent returning the kettle", "the delivery fee you paid for the return", "ongkir retur").
// Not id/ms "pengembalian", which names the refund of the fee too ("pengembalian ongkir").
const SENDING_BACK = [
  '(send | sending | sent | ship | shipped | post | posted | posting | mail | mailed | return | returning) ..4 back',
  '(return | returns | returning | returned | retur~)',
];
// A refund of the fee in the past, told to refuse one now: "last time", "Last month we refunded…", "bulan lalu", "kali lepas".
const IN_THE_PAST =
  '(last (time | month | week | year | order | delivery) | previously | the other day | (kali | bulan | minggu | tahun | pesanan | order) (lalu | lepas | sebelumnya | kemarin) | sebelum ini | sebelumnya)';
// What we do as a rule or a habit, not a gesture now: "We always refund…", "only for…", "Kami biasa kembalikan…",
// "Kami lazimnya pulangkan…", "setiap".
const AS_A_RULE =
  '(always | every | only | usually | normally | generally | typically | as a rule | setiap | tiap | selalu | selalunya | sentiasa | biasanya | kebiasaannya | lazim | lazimnya | kelazimannya | umumnya | hanya | (kami | kita | saya | sy) (memang)? biasa)';
// A question, with or without its mark: "Did we refund your delivery fee already?", "Have we refunded your delivery fee
// yet", "ongkirnya sudah kami kembalikan atau belum".
const ASKED = ['\\?', '<-(_) (have | has | did | do | does) (we | i)', '(atau | ke) (belum | tidak | tak)', '(apakah | adakah | sudahkah | udahkah)'];
const findFeesPaidBack = tokenFamilyFinder([
  {
    match: [`${oneOf(PAYING_BACK)} ${upTo(3, '_')} ${SHIPPING_FEE}`, `${SHIPPING_FEE} ${upTo(5, '_')} ${oneOf(PAYING_BACK)}`],
    // We pay it back, now, to this customer.
    onlyWithInSentence: '@we',
    unlessInSentence: [
      // Someone else pays it back: the courier ("Kurirnya sudah mengembalikan ongkir"), or the customer ("you've paid back
      // the delivery fee", "Kakak sudah mengembalikan kelebihan ongkir"), or we ask them to ("Tolong balikin ongkir…").
      `(@courier | @third-party) ..3 ${oneOf(PAYING_BACK)}`,
      `@address (have | has | had | sudah | telah | dah | udah)? ${oneOf(PAYING_BACK)}`,
      `(tolong | please | pls | plz | kindly) ..3 ${oneOf(PAYING_BACK)}`,
      // What the customer wants or may apply for ("you want the shipping refunded", "Cik boleh mohon … dipulangkan").
      '(want | wanted | wants | ask | asked | request | requested | apply | mau | ingin | nak | hendak | ajukan | (mohon | minta | meminta) -(maaf))',
      REFUSED, `(@negation | non-refundable) ..4 ${oneOf(PAYING_BACK)}`, `${oneOf(PAYING_BACK)} ..3 @negation`,
      // The whole order refunded or cancelled ("including the delivery fee", "refund penuh").
      '(full | penuh | whole | entire | termasuk | including | cancel | cancelled | canceled | batal | batalkan | dibatalkan)',
      // A promise under a condition or for a later stage ("when the item reaches our warehouse", "selepas barang sampai").
      CONDITION_OR_STAGE,
      // A rule or a habit, a question, a past refund told to refuse now ("last time, so this time it stays"), a refund
      // taken back.
      AS_A_RULE, ...ASKED, IN_THE_PAST,
      '(reverse | reversing | reversed | reversal | claw | clawed | clawing | (tarik | ditarik | menarik) (balik | lagi | kembali))',
      FEE_CHARGED_WRONGLY, ...SHIPPING_BACK, ...SENDING_BACK,
    ],
  },
]);

// The customer disputes a fee or a charge ("kenapa saya kena denda?", "I was charged a late fee"): waiving it is the fix
// they asked for, the resolution, not something extra.
const disputesAFee = tokenTester([FEE, '(charged | dicaj | dikenakan | kena caj | kena denda | ditagih)']);
// The customer disputes the shipping fee itself or asks for it back ("Kok ongkirnya dobel?", "It said free shipping but I
// paid shipping", "Why was I charged for shipping?", "Can I get the delivery fee refunded?"): paying it back is the fix
// asked for. Not shipping merely named ("Your shipping is so slow"), nor another fee disputed.
const SHIPPING_DISPUTED = `(charged | charge | dicaj | dikenakan | kena caj | ditagih | overcharged | twice | double | dobel | dua kali | berganda | kelebihan | terlebih | free | gratis | percuma | ${PAYING_BACK.join(' | ')})`;
// "Why" disputes the fee only when the fee is what it asks about, heading its own clause ("Kenapa ongkirnya mahal?",
// "Why do I have to pay shipping?", "ongkirnya kok mahal"), not a lateness complaint with the fee near it ("Kok paketnya
// telat banget, padahal ongkir sudah saya bayar"), however close.
const WHY = '(why | kenapa | mengapa | kok)';
const ASKED_WHY_OF_THE_FEE = [
  `${WHY} (do | did | does | was | is | are | am | must | should)? (i | we | saya | aku | sy)? (have to | harus | kena | perlu | mesti)? (pay | paying | bayar | membayar | charged)? (for)? (the | my | this)? ${SHIPPING_FEE}`,
  `${SHIPPING_FEE} (kok | kenapa | mengapa | why)`,
];
const disputesShipping = tokenTester([`${SHIPPING_FEE} ..6 ${SHIPPING_DISPUTED}`, `${SHIPPING_DISPUTED} ..6 ${SHIPPING_FEE}`, ...ASKED_WHY_OF_THE_FEE]);

/**
 * Gestures beyond the fix; a waived fee counts unless the customer's message disputes a fee, and the shipping fee paid
 * back unless it disputes the shipping fee.
 */
export function findExtras(draft: TextDocument, customer?: TextDocument): Span[] {
  const waived = customer !== undefined && disputesAFee(customer) ? [] : findWaivedFees(draft);
  const paidBack = customer !== undefined && disputesShipping(customer) ? [] : findFeesPaidBack(draft);
  return mergeSpans([...findGestures(draft), ...waived, ...paidBack]);
}
