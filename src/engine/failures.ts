import { FAILURES, type Failure } from './report.js';
import type { TextDocument } from './text/document.js';
import type { PhraseFamily } from './match/families.js';
import { tokenFamilies } from './match/families.js';

const NEGATION = ['tidak', 'tiada', 'bukan', 'tanpa', 'belum pernah', 'not', 'no', 'never', 'without', 'nothing', 'none'];
// Lateness that is the customer's (a late-payment fee) or a slow reply is not a failure that calls for a gesture.
const NOT_OUR_DELAY =
  '(late (fee | fees | charge | charges | payment | payments) | denda (keterlambatan | telat) | (caj | bayaran | yuran) lewat | lewat bayar | terlambat (bayar | membayar) | telat bayar | (delay | keterlambatan | kelewatan | lambat) in? (replying | reply | response | responding | membalas | balasan | respon | jawapan | menjawab | balas | getting back))';

const FAMILIES: Record<Failure, PhraseFamily[]> = {
  late: [
    {
      match: [
        '(terlambat | telat | keterlambatan | kelewatan | tertunda | penundaan | ditunda | late | delayed | delay | delays | overdue)',
        'belum juga? (sampai | sampe | tiba | datang | diterima | dihantar | dikirim | masuk) -(akal)',
        'tidak juga? (sampai | sampe | tiba | datang | diterima) -(@figure | satu | dua | tiga | lima | sepuluh | sehari | seminggu | sejam | sebulan | hati | jam | ke sini)',
        '(sudah | agak | sangat | terlalu | begitu | amat | sedikit) lewat',
        'lewat (sampai | tiba | dihantar | dari (jadual | tarikh | jangka))',
        '(has not | have not | did not | never | still not | not yet | yet to) (arrived | arrive | come | been delivered | been received | received | reached | turned up | shown up)',
        '(mana | where is | where are | where has) (my | our | the)? (parcel | paket | pesanan | order | package | barang | bungkusan | delivery | refund | bayaran balik | kiriman)',
        '(lambat | slow) (sampai | tiba | dihantar | dikirim | delivery | shipping | pengiriman | penghantaran)',
      ],
      unlessAfter: NEGATION,
      unlessInSentence: NOT_OUR_DELAY,
    },
  ],
  damaged: [
    {
      match: [
        '(rusak~ | rosak~ | retak~ | penyok~ | sobek~ | robek~ | bocor~ | cacat~ | lecet~ | tergores~ | calar~ | kemek~ | koyak~ | hancur~ | remuk~ | berkarat~ | tumpah~)',
        // Not "pecah belah" (crockery) nor "patah hati" (heartbroken).
        'pecah~ -(belah)',
        'patah~ -(hati)',
        '(damaged | damage | broken | broke | cracked | smashed | dented | torn | scratched | defective | faulty | snapped | leaking | leaked | shattered | crushed | dead on arrival)',
      ],
      unlessAfter: NEGATION,
    },
  ],
  'wrong-item': [
    {
      match: [
        '(salah | tersalah | silap) (kirim | dikirim | hantar | dihantar | barang | warna | ukuran | saiz | size | produk | pesanan | item | model | varian | tipe | jenis)',
        '(barang | warna | ukuran | saiz | size | produk | item | model | varian) yang? (salah | keliru | tertukar)',
        '(tidak | bukan) (sesuai | sama) dengan? yang? (saya | aku)? (pesan | pesanan | order | beli | minta | tempah)',
        '(wrong | incorrect) (item | items | size | colour | color | product | order | parcel | model | version | variant)',
        '(not | is not | was not | is not what) what (i | we) (ordered | bought | asked for | paid for)',
        '(sent | received | got | delivered | shipped) (me | us)? (the | a)? (wrong | different | incorrect)',
        'mixed up (my | the | our) (order | items | parcel)',
      ],
      unlessAfter: NEGATION,
    },
  ],
  'double-charge': [
    {
      match: [
        '(terpotong | dipotong | potong | terdebet | didebet | terdebit | didebit | ditagih | tertagih | ditagihkan | dicaj | caj | bayar | membayar | terbayar | dibayar | charged | billed | deducted | debited | paid | taken) _? (dua kali | 2 kali | 2x | twice | two times | double)',
        '(dua kali | 2 kali | 2x) (terpotong | dipotong | ditagih | didebit | didebet | dicaj | ditolak | bayar | terbayar)',
        '(tagihan | potongan | caj | transaksi | pembayaran | bayaran) (ganda | berganda | berganda-ganda | dobel | double)',
        '(duit | wang | baki) (saya | aku)? ditolak (dua kali | 2 kali | 2x)',
        '(double | duplicate | duplicated) (charge | charges | charged | charging | billing | payment | payments | transaction | transactions | deduction)',
        '(two | 2) (identical | same | duplicate) (charges | payments | transactions | deductions)',
        'charged me? double',
      ],
      unlessAfter: NEGATION,
      unlessInSentence: '(cicil~ | cicilan | ansuran | installment~ | instalment~)',
    },
  ],
  outage: [
    {
      match: [
        '(gangguan | outage | outages | blackout | disruption | terputus | tergendala)',
        '(listrik | elektrik | bekalan elektrik | lampu) padam',
        '(is | went | gone | still | been) offline',
        '(internet~ | jaringan~ | sinyal~ | signal~ | isyarat~ | talian~ | line~ | wifi~ | listrik~ | elektrik~ | server~ | sistem~ | system~ | aplikasi~ | app~ | website~ | laman~ | service~ | layanan~ | perkhidmatan~ | network~ | connection~ | sambungan~ | broadband~ | tv~ | tivi~) _? (mati | putus | down | error | lumpuh | tidak bisa diakses | tidak boleh diakses)',
        '(internet | network | server | servers | site | website | app | system | service | line | wifi | connection | platform | portal | broadband) (is | was | are | were | has been | have been | went | has gone | keeps going | goes | going)? (down | not working | not loading) -(payment)',
        '(tidak | no) ada? (sinyal | signal | isyarat | internet | line | talian | service | connection | sambungan | koneksi) -(fee | fees | charge | charges | tax | cost | costs)',
        '(mati lampu | putus talian | cannot connect | tidak (bisa | boleh | dapat) (connect | konek | tersambung | bersambung))',
      ],
      unlessAfter: NEGATION,
    },
  ],
  'our-mistake': [
    {
      match: [
        '(kesalahan | kesilapan | kekhilafan | kelalaian | kecuaian | kekeliruan | salah | silap | khilaf) (dari | daripada)? pihak? (kami | kita)',
        '(our | my) (mistake | fault | error | bad | oversight)',
        'we (made a mistake | messed up | got it wrong | dropped the ball | slipped up | made an error)',
        'an? error on our (end | side | part)',
      ],
      unlessAfter: NEGATION,
    },
  ],
};

// In the customer's message "my mistake" is the customer's own; our mistake is "your fault", "kesalahan kalian".
const CUSTOMER_NAMES_OUR_MISTAKE: PhraseFamily[] = [
  {
    match: [
      '(kesalahan | kesilapan | kelalaian | kecuaian | salah | silap) (dari | daripada)? pihak? (kalian | anda | awak | korang | toko | kedai | syarikat | perusahaan | kurir | cs)',
      "(your | the company 's | your company 's | your staff 's | your agent 's) (mistake | fault | error | screw-up)",
    ],
    unlessAfter: NEGATION,
  },
];

/** Whether any of the families occurs, conditions and all. */
function familiesTester(families: readonly PhraseFamily[]): (doc: TextDocument) => boolean {
  const compiled = tokenFamilies(families);
  return (doc) => compiled.occurs(doc);
}

const IN_DRAFT = FAILURES.map((failure) => familiesTester(FAMILIES[failure]));
const IN_CUSTOMER_MESSAGE = FAILURES.map((failure) => familiesTester(failure === 'our-mistake' ? CUSTOMER_NAMES_OUR_MISTAKE : FAMILIES[failure]));

// The customer's message stays the same while the agent types: read it once.
let lastCustomer: { source: string; shown: boolean[] } | undefined;

/** Failures of the company that the draft or the customer's message shows, in the order of FAILURES. */
export function detectFailures(draft: TextDocument, customer?: TextDocument): Failure[] {
  if (customer && lastCustomer?.source !== customer.source) {
    lastCustomer = { source: customer.source, shown: IN_CUSTOMER_MESSAGE.map((shows) => shows(customer)) };
  }
  const inCustomer = customer ? lastCustomer!.shown : [];
  return FAILURES.filter((_, i) => inCustomer[i] === true || IN_DRAFT[i]!(draft));
}
