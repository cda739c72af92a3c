import type { Language } from './report.js';
import type { TextDocument } from './text/document.js';

/**
 * Language detection by marker scoring over the draft's raw words (before chat spellings are expanded, so that
 * "nggak" still says Indonesian and "tak" Malay).
 *
 * Two questions are asked in turn:
 * 1. English, or Malay/Indonesian? Function words of each side are counted. Agents code-switch inside Malay and
 *    Indonesian sentences far more than the reverse, so the Malay/Indonesian side gets extra weight.
 * 2. Indonesian or Malay? Only the words that tell them apart count (karena/kerana, bisa/boleh, besok/esok, Kak/Encik…).
 *
 * Forms of address and currencies count for question 2 only: an English reply to "Encik Faiz" in ringgit is English.
 * The customer's message breaks ties; with nothing to go on the answer is Indonesian.
 */
export function detectLanguage(draft: TextDocument, customer?: TextDocument): Language {
  const own = score(draft.rawWords);
  const theirs = customer ? score(customer.rawWords) : EMPTY_SCORE;
  return decide(own, theirs) ?? decide(theirs, EMPTY_SCORE) ?? 'id';
}

interface Score {
  en: number;
  /** Words shared by Malay and Indonesian, plus their distinctive words: evidence of either. */
  malayic: number;
  id: number;
  ms: number;
}

const EMPTY_SCORE: Score = { en: 0, malayic: 0, id: 0, ms: 0 };

/** How much more a Malay/Indonesian word counts than an English one, for code-switched drafts. */
const MALAYIC_WEIGHT = 1.4;
/** What a distinctive word or a form of address adds to question 1: "Ok noted, tuan" is Malay. */
const DISTINCTIVE_WEIGHT = 0.4;

/** The language a score points to; undefined when it says nothing, or when Indonesian and Malay tie without help. */
function decide(own: Score, tieBreaker: Score): Language | undefined {
  const malayic = own.malayic * MALAYIC_WEIGHT + (own.id + own.ms) * DISTINCTIVE_WEIGHT;
  if (own.en === 0 && malayic === 0) return undefined;
  if (own.en > malayic) return 'en';
  if (own.id !== own.ms) return own.id > own.ms ? 'id' : 'ms';
  if (tieBreaker.id !== tieBreaker.ms) return tieBreaker.id > tieBreaker.ms ? 'id' : 'ms';
  return own.malayic > 0 ? 'id' : undefined;
}

/**
 * Each word's marker, kept from draft to draft (a draft is read again at each pause in typing, mostly the same
 * words): the clitic and inflection tests below ran on every word of every analysis. Emptied when it holds too many.
 */
const markerOfWord = new Map<string, Marker | null>();
const MARKER_CACHE_LIMIT = 20_000;

function cachedMarkerFor(word: string): Marker | undefined {
  let marker = markerOfWord.get(word);
  if (marker === undefined) {
    if (markerOfWord.size >= MARKER_CACHE_LIMIT) markerOfWord.clear();
    markerOfWord.set(word, (marker = markerFor(word) ?? null));
  }
  return marker ?? undefined;
}

function score(words: readonly string[]): Score {
  const total = { en: 0, malayic: 0, id: 0, ms: 0 };
  for (const word of words) {
    const marker = cachedMarkerFor(word);
    if (marker === undefined) continue;
    if (marker.en) total.en += marker.en;
    if (marker.malayic) total.malayic += marker.malayic;
    if (marker.id) total.id += marker.id;
    if (marker.ms) total.ms += marker.ms;
  }
  return total;
}

type Marker = Partial<Score>;

function markerFor(word: string): Marker | undefined {
  const exact = MARKERS.get(word);
  if (exact) return exact;
  // "bungkusannya", "bolehlah", "akaunkah": the clitic says nothing about the language, the stem does.
  const stem = word.replace(CLITIC, '');
  if (stem !== word && stem.length >= 3) {
    const marker = MARKERS.get(stem);
    if (marker) return marker;
  }
  // Reduplication: "betul-betul", "kerja-kerja" say what their half says.
  const hyphen = word.indexOf('-');
  if (hyphen > 0 && word.slice(0, hyphen) === word.slice(hyphen + 1)) return MARKERS.get(word.slice(0, hyphen));
  if (word.includes("'")) return ENGLISH_CONTRACTION.test(word) ? { en: 1 } : undefined;
  // English past and progressive forms ("processed", "checking"), a weak sign in drafts without function words.
  if (word.length >= 6 && ENGLISH_INFLECTION.test(word) && !MALAYIC_ING.has(word)) return { en: 0.5 };
  // Malay spells Latin "-ity" as -iti (kualiti, prioriti), Indonesian as -itas (kualitas, prioritas).
  if (word.length >= 6 && word.endsWith('iti')) return { malayic: 1, ms: 1 };
  if (word.length >= 7 && word.endsWith('itas')) return { malayic: 1, id: 1 };
  // Amounts: Rp245.000 is Indonesian; RM159 is Malaysian but also written in English replies.
  if (RUPIAH.test(word)) return { id: 2 };
  if (RINGGIT.test(word)) return { ms: 2 };
  return undefined;
}

const CLITIC = /(?:nya|lah|kah|pun|ku|mu)$/;
const ENGLISH_CONTRACTION = /^[a-z]+'(?:s|t|ll|re|ve|m|d)$/;
const ENGLISH_INFLECTION = /[a-z](?:ed|ing)$/;
const MALAYIC_ING = new Set(['penting', 'sering', 'kering', 'pusing', 'kucing', 'anjing', 'genting', 'kambing', 'gunting', 'piring', 'miring', 'runcing', 'sinting']);
const RUPIAH = /^rp\d/;
const RINGGIT = /^rm\d/;

/** Words, space-separated. English function words only: nouns such as "refund" or "order" are code-switched into Malay. */
const ENGLISH = `
  the a an and or but to of for in on at by with from into about as than
  is are was were be been being am do does did have has had will would can could should shall may might must
  i you your yours we our ours us it its this that these those they them their he she his her him me my mine
  not yes please sorry thank thanks what which who whom when where why how if so there here
  all any some just also very only again soon now today tomorrow yesterday let
  hi hello dear regards apologies apologise apologize understand
  cannot unfortunately however impossible possible afraid kindly sincerely
`;

/** English chat words that Malay and Indonesian agents also drop into their sentences ("dah done ya"): weak. */
const ENGLISH_CHAT = 'noted done sure okay great cheers asap welcome';

/** Shared by Malay and Indonesian: they say "not English", but not which of the two. */
const MALAYIC = `
  saya kami kita anda kamu aku dia beliau mereka yang dan untuk dengan ini itu akan tidak ada dari di ke juga
  sudah telah atau pada dalam mohon maaf terima kasih kalau jika tapi tetapi belum lagi sedang masih sebab agar
  supaya bantu membantu bantuan hari barang pesanan sebelum apa apakah bagaimana dapat perlu minta harap
  kepada oleh bagi jadi sekarang nanti segera terus baik hanya cuma semua setiap tersebut masalah pelanggan pihak
  tunggu menunggu hubungi menghubungi diproses bukan jangan sangat sekali lebih kurang sama secara sebagai seperti
  tolong mau ingin hendak kerja bekerja jam minggu bulan tahun pagi malam kecewa memang pasti tentu baru
  terlalu banyak sedikit mungkin sebenarnya kenapa mengapa sampai tiba dapatkan ganti tukar harga gagal menerima
  diterima ya lah kan pun nya selamat sila silakan yg utk dgn krn tdk sdh blm bkn skrg jd tp sy kmi memahami
`;

/** Indonesian words and spellings, by weight. */
const INDONESIAN: Record<string, string> = {
  2: `
    karena karna krna bisa bisakah bs bsa besok kemarin uang rekening atasan nggak ngga gak ga gk enggak engga kagak
    banget bgt aja udah udh dong sih deh kok nih tuh lho loh yuk kak kakak mbak mas gan bapak bu
    paham pahami dipahami kabari dikabari mengabari kabar kabarin
    ketidaknyamanan keterlambatan pengiriman dikirim mengirim dikirimkan mengirimkan kirimkan kiriman
    tanggal jadwal dijadwalkan menit kantor toko cabang karyawan petugas pelayanan
    ongkir ongkos biaya tagihan diskon kupon paket akun kartu telepon menelepon ditelepon nomor
    rusak kerusakan coba dicoba mencoba khawatir pengaduan komplain saran
    dukungan mendukung rincian kapan gimana gmn makasih mksh kalian gue gw lo lu
    persen senantiasa manajer direktur sore pengembalian
    dicek mengecek ngecek sepatu celana mobil ponsel ditunda tertunda memperbarui diperbarui perbarui diperkirakan
    kendala kendalanya resi garansi pelacakan lacak melacak ditindaklanjuti menindaklanjuti tindaklanjuti kode
  `,
  1.5: `
    mengerti dimengerti layanan perusahaan tim gratis berhasil ukuran kesalahan keluhan beda berbeda pak ibu
    terkait bagikan membagikan dibagikan konfirmasi dikonfirmasi mengonfirmasi
  `,
  1: `
    kirim kembali kembalikan dikembalikan silakan bagian divisi departemen anda saja benar cek informasi
    berikutnya selanjutnya meskipun harus saldo dana oke mau terjadi terdekat siapapun hal
    mengajukan diajukan pengajuan
  `,
  0.5: 'sudah sdh tdk krn',
};

/** Malay words and spellings, by weight. */
const MALAY: Record<string, string> = {
  2: `
    kerana sahaja awak encik puan cik jabatan bahagian akaun faham fahami difahami bil baucar
    hantar dihantar menghantar hantarkan penghantaran penghantar semak disemak menyemak semakan semakkan
    maklumkan dimaklumkan memaklumkan sebarang mesyuarat penyelia pengurus esok kelewatan bungkusan kurier caj
    syarikat pejabat wang kesilapan rosak kerosakan sila adakah bahawa telefon nombor percuma kedai kad tempoh
    dipulangkan memulangkan pemulangan pulangan juruteknik kakitangan khidmat perkhidmatan bimbang kebimbangan risau
    khuatir mahu cuba dicuba mencuba jadual tarikh minit petang selepas maklumat butiran mesej sentiasa berjaya
    dijangka aduan soalan cadangan sokongan menyokong pasukan kumpulan kos diskaun pakej kemaskini
    cawangan peguam mahkamah saman saiz berbeza beza sikit lagipun sekiranya dato datuk korang diorang
    je jer aje nak nk camne sbb okey kot agaknya peratus teknikal
    menyusahkan kesusahan berkuat berdekatan tertangguh ditangguhkan talian rangkaian
    tatatertib tiada sesiapa kongsi kongsikan berkongsi dikongsi kod pampasan terma waranti penjejakan
    panjangkan memanjangkan dipanjangkan tergendala
  `,
  1.5: `
    ni tu dah dh macam mcm mengesahkan disahkan pengesahan sahkan susuli perkara berkenaan
  `,
  1: 'boleh blh betul semula lepas balik semalam bila daripada tengah tak la tuan mesti mana-mana duit bayaran bekerjasama kerjasama jejak hab pasal berulang',
};

/** Loan words that lean one way but are also English: they help split Indonesian from Malay only. */
const SPLIT_ONLY: Record<string, Marker> = { voucher: { id: 1 }, transfer: { id: 1 } };

function buildMarkers(): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  const add = (list: string, marker: Marker) => {
    for (const word of list.split(/\s+/)) {
      if (word === '') continue;
      markers.set(word, { ...markers.get(word), ...marker });
    }
  };
  add(ENGLISH, { en: 1 });
  add(ENGLISH_CHAT, { en: 0.5 });
  add(MALAYIC, { malayic: 1 });
  for (const [weight, list] of Object.entries(INDONESIAN)) add(list, { malayic: 1, id: Number(weight) });
  for (const [weight, list] of Object.entries(MALAY)) add(list, { malayic: 1, ms: Number(weight) });
  for (const [word, marker] of Object.entries(SPLIT_ONLY)) markers.set(word, marker);
  // Forms of address say which of the two, not whether the draft is English ("Dear Encik Faiz, …").
  for (const word of ADDRESS_ONLY.split(/\s+/)) {
    const marker = markers.get(word);
    if (marker) markers.set(word, { id: marker.id ?? 0, ms: marker.ms ?? 0 });
  }
  return markers;
}

const ADDRESS_ONLY = 'kak kakak mbak mas gan bapak ibu pak bu encik puan cik tuan dato datuk';

const MARKERS: ReadonlyMap<string, Marker> = buildMarkers();
