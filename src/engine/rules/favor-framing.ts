import type { TextDocument } from '../text/document.js';
import { tokenTester } from '../match/families.js';
import { findingWork, phraseRule, type PhrasePattern, type RawFinding, type Rule, type RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'favor-framing',
  kind: 'warning',
  description: {
    id: 'Menyajikan perbaikan atas kesalahan kita sendiri sebagai "kebaikan khusus".',
    ms: 'Menyajikan pembetulan kesilapan kita sendiri sebagai "budi bicara khas".',
    en: 'Presenting the fix of our own mistake as a special favour.',
  },
  messages: {
    default: {
      id: 'Memperbaiki kesalahan kita adalah kewajiban, bukan kebaikan. Perbaiki dengan senang hati, lalu tawarkan sesuatu yang lebih sebagai permintaan maaf.',
      ms: 'Membetulkan kesilapan kita ialah tanggungjawab, bukan budi. Betulkan dengan senang hati, kemudian tawarkan sesuatu yang lebih sebagai tanda maaf.',
      en: "Putting our own mistake right is our job, not a favour. Fix it gladly, then offer something extra to make up for the customer's lost time.",
    },
  },
  quietInInternalNotes: true,
};

// Words that make a favour of the fix whatever the context: "pengecualian khusus", "special favour", "consider yourself lucky".
const FAVOUR_WORDS: readonly PhrasePattern[] = [
  {
    lang: ['id'],
    match: [
      'sebagai bentuk? (pengecualian | kebijakan | kebijaksanaan | kemurahan | kebaikan | bantuan) (khusus | istimewa) (dari kami)?',
      '(pengecualian | kemurahan | kebaikan) (khusus | istimewa)',
      '(atas | karena) (kebaikan | kemurahan) hati (kami | saya)',
      // "sebagai kemurahan hati dari kami", "anggap saja ini kebijakan khusus dari kami buat Kakak"
      'sebagai (bentuk | tanda)? (kebaikan | kemurahan | kemurahan hati | kebaikan hati) dari? (kami | saya)',
      '(kebijakan | kebijaksanaan | kelonggaran) (khusus | istimewa | spesial | special) (dari (kami | saya | @senior-staff | kepala | pimpinan | atasan | manajer | manajemen) | (untuk | buat | bagi) @customer)',
      '(bentuk | sebagai) (kebijakan | kebijaksanaan | apresiasi | penghargaan) (khusus | istimewa | spesial | special)',
      // A superior's kindness named as the reason: "atas kebijaksanaan pimpinan cabang".
      '(atas | sebagai) (kebijaksanaan | kebijakan | kemurahan | kebaikan) (hati)? (pimpinan | atasan | manajer | kepala | @senior-staff)',
      // Our discretion named as the reason: "denda kami hapuskan sebagai bentuk kebijaksanaan kami".
      'sebagai (bentuk | tanda)? (kebijaksanaan | kemurahan | kelonggaran) (dari)? (kami | pihak kami | perusahaan | manajemen)',
    ],
    suggest: ['dengan senang hati', 'sebagai bentuk tanggung jawab'],
    unlessAfter: '(bukan | tidak | tanpa)',
  },
  {
    lang: ['id'],
    match: [
      'anggap saja? ini? _? (beruntung | keberuntungan | rezeki | rejeki | sudah untung)',
      '(anda | kakak | kak | bapak | pak | ibu | bu | kamu) (masih | cukup | sangat)? beruntung (karena | sebab)? (kami | saya) masih? (mau | bersedia | berbaik)',
      '(kami | saya) (sudah | masih | cukup)? (berbaik hati | bermurah hati)',
      // Gratitude asked for: "Kakak seharusnya bersyukur kami masih mau ganti", "puan patut berterima kasih".
      '(@customer (seharusnya | harusnya | sepatutnya | patut | mestinya) | (seharusnya | harusnya | sepatutnya | mestinya) @customer) (bersyukur | berterima kasih)',
    ],
    suggest: ['terima kasih atas kesabarannya'],
    unlessAfter: '(bukan | tidak)',
  },
  {
    lang: ['ms'],
    match: [
      '(sebagai | atas)? satu? (budi bicara | pengecualian | ihsan | kebaikan) (khas | istimewa) (daripada kami | pihak kami)?',
      'sebagai satu? kelonggaran (khas | istimewa)',
      '(sebagai | atas) satu? (pertimbangan | kelonggaran) (khas | istimewa)',
      'atas dasar (ihsan | budi bicara | belas kasihan | simpati)',
      // "syukur la kami sudi semak semula": gratitude asked for our willingness.
      '(syukur | bersyukur) (la | lah)? (kami | saya) (masih)? (sudi | mahu | sanggup)',
      // The fix said to set no precedent: "tidak boleh dijadikan rujukan untuk kes lain", "tanpa menjadikannya sebagai duluan".
      '(tidak boleh | tak boleh | tidak dapat | tanpa) (dijadikan | menjadikannya | menjadikan) (sebagai)? (rujukan | duluan | preseden | precedent | contoh) (untuk | bagi | kepada)? (kes | kes-kes | kasus)?',
      '(sebagai | atas) tanda? (budi bicara | ihsan | budi baik) (kami | pihak kami | syarikat | pihak pengurusan | pengurusan | pihak bank | bank)',
      // "sebagai ihsan kepada tuan", "sebagai budi bicara dan tanda muhibah"
      'sebagai tanda? (ihsan | budi bicara) &((kepada @customer | dan | \\, | ye | ya | je | la | \\.))',
      // "atas budi bicara pengurus saya": a manager's kindness, named as the reason for the fix.
      '(sebagai | atas) tanda? (budi bicara | ihsan | budi baik) (@senior-staff | bos | boss) (saya | kami)?',
    ],
    suggest: ['dengan senang hati', 'sebagai tanggungjawab kami'],
    unlessAfter: '(bukan | tidak | tanpa)',
  },
  {
    lang: ['ms'],
    match: [
      '(anggap | kira | kiranya) (sahaja | saja | je)? _? (bernasib baik | bertuah)',
      '(encik | cik | puan | tuan | anda | awak) (masih | cukup | sangat)? (bernasib baik | bertuah) (kerana | sebab)? (kami | saya) masih? (sudi | mahu | bersetuju)',
      // Not "berbesar hati", which is "with pleasure".
      '(kami | saya) (sudah | telah | masih | cukup)? (bertimbang rasa | bermurah hati | berbaik hati)',
    ],
    suggest: ['terima kasih atas kesabaran anda'],
    unlessAfter: '(bukan | tidak)',
  },
  {
    lang: ['en'],
    match: [
      '(as | like)? (a | an)? (special | personal | one-off | one-time | one off | one time | exceptional) (favour | favor | courtesy | exception) (to you | for you)?',
      '(as | like)? a (favour | favor) to you',
      'out of the goodness of (our | my) (heart | hearts)',
      '(we | i) have? (kindly | graciously | generously) (agreed | decided | offered | chosen | allowed | made)',
      '(we | i) went out of (our | my) way to (cover | refund | replace | fix | reship | resend | send | waive | exchange)',
      // A favour called in to get the fix approved: "I had to call in a favour with the finance team".
      '(call | called | calling) in (a | some) (favour | favor | favours | favors)',
    ],
    suggest: ['as it was our mistake', 'gladly'],
    unlessAfter: '(not | never | no)',
  },
  {
    lang: ['en'],
    match: [
      '(we | i) (do not | would not | will not) (normally | usually | typically | ordinarily | generally) do (this | that) (for (anyone | customers | everyone))? \\,? but',
      '(this | that) is not something (we | i) (would | will)? (normally | usually | typically | ordinarily | generally) do \\,? but',
    ],
    suggest: ['since this was our mistake,'],
  },
  {
    lang: ['en'],
    match: [
      '(we | i) (do not | would not | will not) (normally | usually | typically | ordinarily | generally) do (this | that)',
      '(this | that | which) is not something (we | i) (would | will)? (normally | usually | typically | ordinarily | generally) do',
    ],
    suggest: ["I'm glad to put this right"],
  },
  {
    lang: ['en'],
    match: [
      '(consider | count) (yourself | urself) (very | quite | so)? lucky',
      'you are (very | quite | really)? lucky that? (we | i) (are | am | will | even | agreed | picked | caught | noticed | spotted | saw | had | got | could | managed)',
      '(i | we) hope you (will | would)? appreciate (it | this | that | the gesture)',
      // "I hope you appreciate the exception", "I'll do you a favour", "we bent over backwards", "went out on a limb".
      '(appreciate | appreciated) the (exception | favour | favor | special treatment)',
      '(do | did | doing) you a (favour | favor | solid)',
      // Past, not a promise ("we'll bend over backwards to help").
      'bent over backwards',
      '(went | gone) out on a limb',
      // "consider this a favor", "you're lucky to have caught me today"
      'consider (this | it | that) (as)? (a | an | our | my)? (special | personal | little | big)? (favour | favor)',
      'lucky to (have)? (caught | reached | got | gotten | had | spoken to) (me | us)',
      // Gratitude asked for: "you should be grateful we're replacing it at all".
      '(should | ought to) be (grateful | thankful) (that | we | for | to us)',
    ],
    suggest: ['thank you for your patience'],
    unlessAfter: '(not | never)',
  },
];

// The something extra the method asks for: not a favour.
const ID_MS_EXTRA = '(permintaan maaf | tanda maaf | tanda permohonan maaf | kompensasi | pampasan | sebagai ganti rugi | tambahan | ekstra)';
const EN_EXTRA = '(to make up for | for the trouble | for your trouble | as an apology | by way of apology | on top of | as well as)';
const NORMALLY = '(normally | usually | typically | ordinarily | generally)';

// Phrasings that frame the fix as a favour only when our mistake is on the table: "kali ini saja" alone can be harmless.
const FAVOUR_IF_OUR_MISTAKE: readonly PhrasePattern[] = [
  {
    lang: ['id', 'ms'],
    match: [
      '(untuk | hanya | khusus)? untuk? (sekali | kali) (ini | ni) (saja | sahaja)',
      'hanya untuk? (kali | sekali) (ini | ni)',
      'khusus untuk? kali (ini | ni)',
      // "ini pengecualian ya karena Kakak pelanggan setia": loyalty as the reason to fix our own mistake.
      '(ini | itu | ni | tu) (adalah | ialah | merupakan | sebuah | satu | suatu)? pengecualian -((bagi | untuk) (kami | saya))',
      '(karena | kerana | sebab) (anda | kakak | kak | bapak | pak | ibu | bu | encik | cik | tuan | puan | awak) (adalah | ialah | merupakan | kan)? (pelanggan | nasabah | member | pembeli | ahli) (setia | lama | tetap | prioritas | istimewa | vip)',
      '(walaupun | walau | padahal | meskipun | sedangkan) (sebenarnya | biasanya | lazimnya | kebiasaannya | umumnya)? tidak (boleh | bisa | dibenarkan | diizinkan | dibolehkan)',
      '(kasih | beri | berikan | memberikan | memberi | buat | membuat | bagi) @customer? pengecualian',
      'khusus (untuk | buat | bagi) @customer',
      // "tidak bisa setiap kali", "bukan selalu boleh buat macam ni", "kali pertama dan terakhir", "lain kali kami tak boleh"
      'tidak (bisa | boleh | dapat) (setiap | tiap) kali',
      'bukan selalu (boleh | bisa | dapat)',
      'kali pertama dan (terakhir | penghabisan)',
      'lain kali (kami | saya)? tidak (boleh | bisa | dapat) (buat | lakukan | bantu | beri | kasih | bagi)',
      '(bersifat | adalah | ialah) sekali (sahaja | saja)',
      // Loyalty as the reason, said other ways: "mengingat Bapak sudah jadi pelanggan lama", "sebagai apresiasi atas
      // kesetiaan Kakak".
      '(mengingat | memandangkan | berhubung | oleh karena | oleh kerana) @customer (sudah | telah)? (adalah | ialah | merupakan | jadi | menjadi)? (pelanggan | nasabah | member | pembeli | ahli) (kami)? (yang)? (setia | lama | tetap | prioritas | istimewa | vip)',
      '(sebagai | atas) (bentuk | tanda)? (apresiasi | penghargaan | terima kasih) (kami)? (atas | untuk | kepada | terhadap)? (kesetiaan | loyalitas | pelanggan (setia | lama | tetap))',
      // "khas untuk puan", "spesial buat Kakak"; "kami proses di luar prosedur".
      '(khas | istimewa | spesial | special) (untuk | buat | bagi | kepada) @customer',
      // "cuma sekali ini ya kak", "hanya satu kali saja".
      '(cuma | hanya | cuman) (sekali | satu kali) (ini | ni)? (saja | sahaja)? &((ya | ye | yah | \\, | \\. | \\! | @customer))',
      '(bantu | proses | memproses | diproses | lakukan | buat | berikan | luluskan | approve | uruskan) _? (di luar | luar) (prosedur | ketentuan | kebijakan | polisi | aturan | syarat | dasar)',
      // Rules bent for the customer: "kami sudah longgarkan aturan untuk Kakak".
      '(longgarkan | melonggarkan | dilonggarkan | bengkokkan) (aturan~ | peraturan~ | syarat~ | kebijakan~ | polisi~ | prosedur~)',
      // What we would "normally" need first: "biasanya kami harus terima barangnya dulu, tapi…".
      '(biasanya | umumnya | normalnya | lazimnya | kebiasaannya | selalunya) (kami | saya) (harus | perlu | wajib | mesti | kena) (menunggu | tunggu | terima | menerima | dapat | mendapat | tarik | menarik)',
      // Luck at being helped: "tapi kakak beruntung, kali ini…", "tapi puan bertuah".
      '(tapi | tetapi | namun) @customer (masih | cukup | sangat)? (beruntung | bernasib baik | bertuah)',
      '@customer termasuk (beruntung | bernasib baik | bertuah)',
      // Loyalty in years as the reason: "memandangkan puan dah lama bersama kami", "karena Bapak sudah lama berlangganan".
      '(memandangkan | mengingat | mengingatkan | karena | kerana | sebab | oleh sebab) @customer (sudah | telah)? (lama | bertahun-tahun | sekian lama) (bersama | menjadi pelanggan | jadi pelanggan | berlangganan | melanggan | setia)',
      // Loyalty counted in time: "mengingat Bapak sudah berlangganan sejak 2019", "sebab puan dah guna servis kami
      // bertahun-tahun".
      '(mengingat | memandangkan | karena | kerana | sebab | oleh karena | oleh kerana) @customer (sudah | telah)? (berlangganan | melanggan | menjadi pelanggan | jadi pelanggan | bersama kami | menggunakan | guna | memakai | pakai) ..3 (sejak | selama | lebih dari | lebih daripada | hampir | bertahun-tahun)',
      // Something we rarely do: "jarang-jarang kami buat macam ni".
      '(jarang | jarang-jarang | jarang2) (sekali | sangat | banget)? (kami | saya) (buat | lakukan | bagi | beri | kasih | bantu | luluskan | proses)',
    ],
    suggest: ['dengan senang hati'],
    // "Kami pastikan ini hanya terjadi kali ini saja" promises it won't happen again; "khusus untuk Kakak, kami tambahkan
    // voucher sebagai permintaan maaf" is the something extra the method asks for.
    // "berlaku" (happen) but not a charge that still applies ("denda tetap berlaku, namun khusus kali ini…").
    unlessInSentence: ['(terjadi | terulang | berulang | <-((tetap | masih)) berlaku | tidak akan | jangan sampai)', ID_MS_EXTRA],
    // "bukan sekali ini aja": it happens often, the opposite of a one-off favour.
    unlessAfter: '(bukan | bukannya | tidak)',
    afterWindow: 1,
  },
  {
    // The fix itself counted as a present: "anggap aja kebaikan dari kami", "hitung-hitung bonus dari kami". Not the
    // wrong item the customer may keep ("simpan je, anggap hadiah dari kami"), which is the something extra.
    lang: ['id', 'ms'],
    match: '(anggap | hitung-hitung | itung-itung | itung2 | hitung2 | kira) (aja | saja | sahaja | je | ja)? (ini | itu | ni | tu)? (sebagai)? (kebaikan | kemurahan | bonus | ihsan | budi baik) (dari | daripada)? (kami | saya | pihak kami)?',
    suggest: ['dengan senang hati'],
    unlessInSentence: ['(simpan | tidak perlu | tak perlu | tidak usah | tak usah | gak usah | ga usah | tak payah | x payah | keep)', ID_MS_EXTRA],
  },
  {
    lang: ['id'],
    match: [
      'sebagai bentuk? pengecualian',
      '(biasanya | umumnya | normalnya | sebenarnya | sebetulnya) (kami | saya) tidak (bisa | boleh | melakukan | memberikan | mengizinkan | menerima | mengganti | menukar | memproses | melayani | wajib)',
      '(bukan | tidak ada) kewajiban (kami | saya)',
      '(kami | saya) (sebenarnya | sebetulnya)? tidak (wajib | berkewajiban | diwajibkan | harus)',
    ],
    suggest: ['dengan senang hati', 'sebagai bentuk tanggung jawab'],
  },
  {
    lang: ['ms'],
    match: [
      'sebagai satu? pengecualian',
      '(biasanya | lazimnya | kebiasaannya | sebenarnya) (kami | saya) tidak (boleh | buat | melakukan | memberi | membenarkan | menerima | menukar | memproses | wajib)',
      '(bukan | tiada) (tanggungjawab | kewajipan) (kami | saya) (untuk | pun)',
    ],
    suggest: ['dengan senang hati', 'sebagai tanggungjawab kami'],
  },
  {
    // What we "normally" don't do, said while we fix our own mistake: only with the "but" that makes it a favour
    // ("Biasanya paket tidak terlambat seperti ini, mohon maaf" is an apology, not a favour).
    lang: ['id', 'ms'],
    // "sebenarnya pengangkutan di luar jadwal tidak bisa dilakukan, tapi…", "biasanya permintaan seperti ini tidak kami
    // layani": up to six words between, within the clause.
    match: '(biasanya | umumnya | normalnya | sebenarnya | sebetulnya | lazimnya | kebiasaannya | sepatutnya | seharusnya | semestinya) _? _? _? _? _? _? tidak (kami | boleh | bisa | dapat | dibenarkan | diizinkan | mencakup | meliputi | dilindungi)',
    onlyWithInSentence: '(tapi | tetapi | namun | walaupun | walau | meskipun | khusus | pengecualian | kali ini | kali ni)',
    unlessInSentence: ID_MS_EXTRA,
    suggest: ['dengan senang hati'],
  },
  {
    // A charge we would "normally" make, waived while we fix our own mistake: "biasanya lawatan kedua dicaj RM50, tapi…",
    // "walaupun restore ni sebenarnya servis berbayar".
    lang: ['id', 'ms'],
    match: '(biasanya | umumnya | normalnya | sebenarnya | sebetulnya | lazimnya | kebiasaannya | selalunya) ..6 (dikenakan | dikenai | dicaj | dicas | berbayar | berbiaya | kena caj | kena bayar | ada biaya | ada caj | ada bayaran | perlu bayar | harus bayar)',
    onlyWithInSentence: '(tapi | tetapi | namun | walaupun | walau | meskipun | khusus | pengecualian | kali ini | kali ni)',
    unlessInSentence: ID_MS_EXTRA,
    suggest: ['dengan senang hati'],
  },
  {
    lang: ['en'],
    match: [
      `(would | will | does | do)? ${NORMALLY} (cost | costs | incur | incurs | carry | carries | attract | attracts | be charged | be chargeable | a paid)`,
      `(there is | there would be | there will be) ${NORMALLY} a _? (fee | charge | cost | surcharge)`,
    ],
    onlyWithInSentence: '(but | however | though | although | while | waive | waived | free | exception | this time | this once)',
    unlessInSentence: EN_EXTRA,
    suggest: ['as it was our mistake', 'gladly'],
  },
  {
    lang: ['en'],
    match: [
      `(we | i) (do not | would not | cannot | will not) ${NORMALLY} _`,
      // "Normally we wouldn't refund…", "normally we only refund fees raised within 7 days"
      '(normally | usually | ordinarily | typically | generally | strictly speaking) \\,? (we | i) (only | would not | do not | cannot | would never | never | will not)',
      `(is | are) ${NORMALLY} (non-refundable | not refundable | non refundable | chargeable | payable)`,
      // What we normally charge or ask, and what lies outside our policy: "we normally charge £50 for a second visit,
      // but…", "this is outside our usual policy, but…".
      `(we | i) ${NORMALLY} (charge | bill | ask for | require | need | only)`,
      '(outside | out of) (our | the) (normal | usual | standard)? (policy | policies | process | procedure | rules)',
      // What we would "normally" need first: "normally we'd need the large back before we send an exchange, but…".
      `${NORMALLY} \\,? (we | i) would? (also)? (need | require | ask for | wait for | insist on | charge | bill)`,
    ],
    onlyWithInSentence: '(but | however | anyway | still | though | although | while | exception | this time | this once)',
    // "Normally we don't refund it, but I've refunded it and added a credit for your trouble": the extra, not a favour.
    unlessInSentence: EN_EXTRA,
    suggest: ['as it was our mistake', 'gladly'],
  },
  {
    lang: ['en'],
    match: [
      'just (this | the) once',
      // At the end of its clause: "just this once, …" but not "this once-a-year offer".
      'this once -((_ | \\?))',
      '(this | that | it) is (an | a)? (one-off | one-time | rare | special)? exception',
      'because you are (a | an | one of our)? (regular | loyal | valued | long-standing | longtime | vip | premium)',
      `(even though | although | though | when) (we | i) ${NORMALLY} (would not | do not | would never | cannot | are not allowed to | am not allowed to)`,
      'this one? time only',
      '(as an | as a one-off | as a one-time) exception',
      'as a special case',
      '(i | we) (will | can | could | am happy to | are happy to) make an exception',
      '(make | made | making) an exception',
      '<-((let you down | fell short | failed you | disappointed you | let down)) on this one? occasion',
      'this one time',
      '(this | that | it) is a (one-off | one off | one-time)',
      '(does not | will not | would not | doesn t) set a precedent',
      "at (our | the bank 's | the company 's | the bank's | the company's | management 's) sole? discretion",
      '(as | by way of)? (a | an)? (one-off | one off | one-time | small)? (goodwill gesture | gesture of goodwill | goodwill adjustment | courtesy adjustment | courtesy credit | courtesy refund | courtesy waiver) &((on this occasion | this time | this once | this one time | \\,? (and | but)? (this | it) (is | does)))',
      '(as a | as an) (one-off | one off | one-time) goodwill? (gesture | courtesy | favour | favor)',
      '(going | happy | willing) to be nice',
      '(go | went | going) above and beyond for you',
      '(even though | although | though) (we | i) (are | am) not (obliged | obligated | required) to',
      '(we | i) (are | am) (under no | not under any) obligation',
      // The fix as an effort beyond the call: "we've really gone above and beyond here", "I pulled a few strings".
      '(gone | going | go | went | goes) (above and beyond | the extra mile)',
      '(pulled | pull | pulling) (a few | some | a couple of)? strings',
      // Loyalty as the reason to fix our own mistake: "since you've been with us for so long".
      '(since | as | because) you have been (with us | a customer | a member | a client | banking with us | shopping with us) (for)? (so long | so many years | such a long time | a long time | years | many years | a while | some time | ages | a good while)',
      '(since | as) you are (a | an | one of our) (regular | loyal | valued | long-standing | longtime | long-time | vip | premium)',
      // The fix given as a present: "consider it a goodwill gesture on our part".
      'consider (it | this | that) (as)? (a | an | our | my)? (goodwill gesture | gesture of goodwill | courtesy)',
      '(for | given | as a thank you for | in appreciation of | to reward) (being | your) (a | such a)? (loyal | long-standing | longtime | long-time | valued | regular) (customer | member | client)?',
      '(as a thank you for | in appreciation of | to reward | in recognition of) your (loyalty | custom | years with us)',
      '(given | considering) how long you have been (with us | a customer | a member | a client)',
      '(bent | bend | bending | stretched | stretch | stretching) (the | our)? (rules | rule | policy) (for you | a little | a bit | slightly)?',
      '(on this occasion | this time) only',
      // What we rarely do, and an exception granted as goodwill: "we rarely do this", "a one-off goodwill exception".
      '(we | i) (rarely | seldom | hardly ever | almost never) (do | offer | make | give | allow | approve | waive | refund | extend | cover)',
      '(refunds | waivers | exceptions | extensions | changes) (like this | of this kind)? (are | is) not normally (granted | given | offered | allowed | approved | made)',
      '(just | only | specially | especially) for you (this time | this once | on this occasion)',
      '(goodwill | courtesy) exception',
      // A goodwill gesture called special, and what we "normally" don't offer: "this is a special goodwill gesture and
      // not something we normally offer".
      '(special | personal | exceptional | rare) (goodwill gesture | gesture of goodwill | courtesy)',
      `not something (we | i) (would | will)? ${NORMALLY} (offer | do | give | provide | allow | approve | waive | refund | cover)`,
      // A waiver framed as a one-off: "I've waived it for you this time as a one-off".
      '(waived | waive | waiving) (it | this | that | the _ | your _)? (for you)? (this time | this once | on this occasion | as a (one-off | one off | one-time | one time))',
      'only (this | on this) (time | occasion)',
      // Loyalty as the reason, by tier or in years: "since you're a Pro member", "since you've been a loyal Maxis
      // customer for 8 years".
      '(since | as | because) you are (a | an | one of our) (pro | gold | premium | vip | platinum | plus | prime | priority | silver | elite) (member | members | subscriber | subscribers | customer | customers | client | clients)',
      '(since | as | because | given that) you have been ..4 (for | over) ..2 (years | year | decade | decades)',
      // What we would "normally" only do for others: "reversing payments is normally something we only do for Enterprise".
      `(is | are) ${NORMALLY} (something | a service | an option | a thing) (we | i) (only)? (do | offer | provide | allow | approve) (for | to)`,
      // "as a one-off, since you're…"
      'as a (one-off | one off | one-time | one time) &((\\, | \\.))',
      // What the customer "should" have paid, and help beyond what we owe: "even though technically you should pay for
      // it", "we've already done more than we're required to".
      '(even though | although | though | when) (technically | strictly speaking | actually | really)? you (should | would | are supposed to | would normally | would have to) (pay | be charged | cover)',
      '(more than | beyond) (what)? (we are | we were | i am | i was) (required | obliged | obligated | supposed | meant) to',
    ],
    unlessInSentence: EN_EXTRA,
    // "this isn't a special favour or a goodwill gesture, it's money you should never have been charged"
    unlessAfter: '(favour | favor | exception | gift) or',
    afterWindow: 3,
    suggest: ['as it was our mistake', 'gladly'],
  },
  {
    // The same in Indonesian and Malay: "walaupun sebenarnya puan patut bayar", "kami sudah bantu lebih dari yang
    // seharusnya".
    lang: ['id', 'ms'],
    match: [
      '(walaupun | meskipun | padahal | walau | sedangkan) (sebenarnya | sebetulnya | seharusnya | sepatutnya)? @customer (sepatutnya | seharusnya | patut | harusnya | mestinya | wajib | harus | perlu | kena) (bayar | membayar | dikenakan | dicaj | dikenai | menanggung | tanggung)',
      '(lebih dari | lebih daripada | melebihi) (yang)? (seharusnya | sepatutnya | semestinya | diwajibkan | kewajiban kami | tanggungjawab kami | tanggung jawab kami)',
    ],
    suggest: ['dengan senang hati'],
    unlessInSentence: ID_MS_EXTRA,
  },
];

// Our own mistake, said in the draft or by the customer: it makes the favour framing certain.
const OUR_MISTAKE = [
  // Not denied: "ini bukan kesalahan kami, Bapak yg telat update".
  '<-((bukan | bukannya | bukanlah | tidak | tak | tiada)) (kesalahan~ | kekeliruan~ | kelalaian~ | keteledoran~ | kealpaan~ | kesilapan~ | kecuaian~ | kekhilafan~ | salah~ | silap~ | keliru~) _? (ini | itu | tersebut)? memang? ada? (dari | di | pada | daripada)? (pihak | sisi | bahagian | bagian)? @ours',
  '@ours (yang | memang | telah | sudah)? (salah | keliru | lalai | khilaf | teledor | silap | tersilap | tersalah | cuai | terlepas pandang)',
  '(salah | tersalah | silap | tersilap) (kirim | mengirim | dikirim | hantar | menghantar | input | tagih | menagih | caj | potong | memotong | hitung | kira | proses | cetak | baca | ambil | masuk | isi | letak | bungkus | taip | ketik | tulis | rekod | catat | label | pasang | sambung)',
  // "Mohon maaf atas kesilapan ni": an apology for the mistake owns it.
  '(maaf | sorry) _? _? _? (atas | untuk | di atas | terhadap) (kesalahan~ | kekeliruan~ | kelalaian~ | keteledoran~ | kesilapan~ | kecuaian~ | kekhilafan~) -(@customer)',
  // Our staff at fault: "yang tersilap tu staf baru kami", "juruteknik kontrak kami yg datang hari Isnin tu memang cuai".
  '(tersilap | tersalah | cuai | lalai | teledor) (itu | tu)? (staf | staff | pekerja | petugas | juruteknik | teknisi | kakitangan | pegawai | admin | tim | pasukan) _? _? @ours',
  '(staf | staff | pekerja | petugas | juruteknik | teknisi | kakitangan | pegawai | admin | tim | pasukan | gudang) _? _? @ours ..7 (memang)? (cuai | lalai | teledor | ceroboh | tersilap | tersalah | terlupa | terlepas pandang)',
  // Lateness that was ours: "telatnya dari kami", "kelewatan ini berpunca daripada pihak kami".
  '(telat~ | terlambat~ | keterlambatan~ | kelewatan~ | kelambatan~ | lambat~ | lewat~) (ini | ni | itu | tu)? memang? (dari | daripada | karena | kerana | sebab | disebabkan | berpunca daripada | berpunca dari | di) (pihak | sisi | bahagian | bagian)? @ours',
  // A bug in something we built: "bug di fitur duplikasi jadwal yang kami rilis".
  '(bug~ | glitch~) (di | pada | dalam | dari) ..6 (kami | kita)',
  // Lost or broken while we worked on it: "data tu memang hilang masa kami upgrade server".
  '(hilang | rosak | rusak | terpadam | terhapus | terganggu) (masa | semasa | ketika | waktu | saat | sewaktu | selepas | setelah) (kami | pihak kami) _',
  '(lost | deleted | wiped | corrupted | broken) (during | in | by) our (upgrade | migration | update | maintenance | move | switchover | release)',
  // What our systems or changes did: "our system left you on the old plan", "the update that deleted them was ours",
  // "we sold it to you faulty", "error waktu migrasi paket".
  '(our | the) (system | systems | billing system | app | website | platform) _? (left | kept | put | charged | billed | applied | dropped | deleted | removed | failed to | did not | missed | sent | cancelled | canceled | duplicated)',
  '(deleted | caused | broke | removed | wiped | corrupted | lost) (them | it | this | that | your _)? (was | were) ours',
  '(we | i) (sold | sent | shipped | gave | delivered) (it | them | this | that)? (to)? you? (faulty | broken | damaged | defective)',
  '(error | bug | glitch | gangguan | ralat | kesalahan) (waktu | saat | ketika | masa | semasa | sewaktu | pada saat) (migrasi | update | pembaruan | upgrade | pemeliharaan | maintenance | naik taraf | kemas kini | pemindahan)',
  '(terpotong | tertagih | ditagih | ketagih | kena tagih | dipotong | dicaj | kecaj | caj | kepotong | didebit | debit) _? _? (dua kali | berganda | ganda | 2x)',
  '(double | dobel) (debit | charge | caj | potong | tagih | payment | bayar | billing)',
  // A fault in our systems: "gangguan sistem kami", "bug di update kami", "ralat pemprosesan di pihak bank"
  '(gangguan~ | masalah~ | bug~ | error~ | ralat~ | kendala~ | kerosakan~ | kerusakan~ | glitch~) _? _? (pihak | sisi | bahagian | bagian | sistem | server | aplikasi | update | pembaruan | kemas kini | storage | cluster | skrip | pemprosesan | proses) (kami | bank | kita)',
  '(kesalahan | kekeliruan | kesilapan) _? _? _? _? _? oleh (kami | pihak kami | petugas kami | staf kami | pegawai kami)',
  '(kesalahan | kesilapan | kekeliruan) (pengetikan | penghitungan | perhitungan | pencetakan | input | entri | penginputan | perekaman | label | pelabelan | pemasangan | instalasi | pengiriman | penghantaran | pembungkusan | pengemasan | pencatatan | pembacaan | bacaan | pemprosesan | pemrosesan | penagihan | pengebilan | bil | sistem | teknis | teknikal)',
  '(tersilap | tersalah | salah | silap) (label | key-in | key in | hitung)',
  '(pesanan~ | barang~ | bungkusan~ | paket~ | order~ | item~ | tempahan~) yang? tertukar',
  '(glitch | error | bug | fault) (in | on | with) our',
  // "a mix-up on our side", in this order too; "our bug".
  '(mix-up | mixup | mix up | mistake | error | bug | glitch | fault | oversight | slip-up) (on | from | at) (our | my) (side | end | part)',
  '(our | my) (bug | glitch | slip-up | screw-up | typo)',
  // Our people or systems not doing their part: "our payroll ops team didn't apply it before your run".
  'our _ _? _? (did not | failed to | forgot to | never) (apply | process | send | update | ship | deliver | record | post | refund | cancel | activate | pack | check)',
  // Our party named with one word between: "kesalahan dari gudang kami", "kesilapan di sistem kami".
  '(kesalahan~ | kekeliruan~ | kesilapan~ | kelalaian~ | kecuaian~ | ralat~ | error~) (dari | daripada | di | pada | oleh) _ _? @ours',
  // Our people slipping, named without "kami": "pegawai pemasaran yang mengendalikan permohonan tuan telah terlepas pandang",
  // "Teller tersebut memang masih baru dan kurang cermat".
  '(pegawai | petugas | staf | staff | kakitangan | ejen | agen | teller | juruteknik | teknisi | juruwang | kasir | operator) ..8 (cuai | lalai | teledor | ceroboh | tersilap | tersalah | terlupa | terlepas pandang | kurang teliti | kurang cermat | salah ketik | salah input)',
  // What we sent or charged wrongly: "bil tu tersilap dihantar oleh unit kami".
  '(tersilap | tersalah | salah | silap) (dihantar | dikirim | dicaj | dipotong | diproses | dikenakan | dimasukkan | diinput | dicetak | ditagih) ..4 (kami | @ours)',
  '(penagihan | tagihan | potongan | caj | pemotongan) (ganda | berganda | dobel | double)',
  // Our people, in English: "the agent selected Portland, Maine by mistake", "my colleague … shouldn't have", "one of our
  // airport agents … did not follow the correct procedure", "the sample was mislaid at our lab", "these things do slip
  // through the net".
  '(agent | agents | colleague | colleagues | staff | technician | employee | cashier | clerk | packer | officer | team member) ..6 (by mistake | in error | incorrectly | wrongly | should not have | should never have | did not follow | failed to follow)',
  '(mislaid | misplaced | mixed up | mishandled | lost) (at | by | in) our',
  '(slip | slips | slipped) through the (net | cracks)',
  'on the (kitchen | warehouse | packing | store | shop | restaurant) (side | end)',

  // A system error, ours unless another party is named: "ralat sistem semalam", "error sistem kemarin" (not "gangguan",
  // a disruption that is as often the network's or the bank's).
  '(ralat | error) (sistem | server) -((bank | pihak | di | dari | daripada | pada | @courier | @bank | @third-party))',
  '(problem | issue) (in | on | with) our (system | systems | end | side | app | website)',
  // A bug in what we released, a fault that came from our side, a mix-up as we worked: "ini bug dari update versi 3.8",
  // "kebocoran ini berasal dari sambungan pipa dinas kami", "the mix-up happened when we packed it", "which shouldn't happen".
  '(bug | glitch | error | ralat) (dari | di | pada | dalam | masa | saat | in | from | with) (the | this | our)? (latest | last | recent | new)? (update | pembaruan | kemas kini | versi | rilis | release | upgrade | version)',
  '(berasal | berpunca | disebabkan | diakibatkan | akibat) (dari | daripada | oleh) ..4 @ours',
  '(mix-up | mixup | mistake | error | damage) (happened | occurred | was made) (when | while | as) (we | our)',
  '(which | that) (should not | should never) (happen | have happened)',
  // "since the tax table bug was ours", "the mix-up … was on our side"
  '(bug | glitch | error | mistake | fault | mix-up | mixup | oversight) (was | is) (ours | on us | our fault | our mistake | (on | from) (our | my) (end | side | part))',
  '(was | is | were) (entirely | all | completely)? on (our | my) (side | end | part)',
  'duplicate (invoices | invoice | charges | charge | payments | payment | orders | order | entries | transactions | bills | bill | debits | debit | deliveries)',
  'wrong (item | size | colour | color | product | order | parcel) that? (we | i) (sent | shipped | delivered | gave)',
  '(mixed-up | mixed up | double) (order | item | parcel | delivery | charge | charged | billing | billed)',
  '(our | my) own? (mistake | error | fault | mix-up | mixup | oversight | blunder | bad)',
  '(mistake | error | oversight | fault) (was | is)? on (our | my) (part | end | side)',
  '(we | i) (made a mistake | made an error | messed up | got it wrong | sent you? the wrong | shipped you? the wrong | charged you twice | double-charged | double charged | overcharged)',
  '(sorry | apologies | apologise | apologize | apologising | apologizing) again? (for | about) (the | this | that | our) _? (mix-up | mixup | mix up | error | mistake | confusion | double charge | overcharge)',
  // Our action, done wrong: "was added to your plan by mistake", "was disconnected in error", "was printed incorrectly"
  '(was | were | been | got) (added | charged | disconnected | applied | printed | sent | billed | cancelled | canceled | removed | cut off | taken | debited | deducted | issued | processed | set up | entered) _? _? _? _? (by mistake | in error | incorrectly | wrongly | erroneously | twice)',
  '(was | were | been | got) _ _? _? _? _? _? (in error | erroneously)',
  'our _ _? _? _? _? (duplicated | doubled | applied the wrong | flipped | swapped | mixed up | got it wrong | made a mistake | made an error | took _? _? _? twice)',
  "(that | this | it) one? (is | was | 's) on us",
  // Owning it in other words: "this shouldn't have happened", "seharusnya tidak terjadi".
  '(this | that | it) (should not | should never) have (happened | been)',
  '(you | your account | your card) (were | was | have been | has been | got) (charged | billed | debited) (twice | double | more than once | incorrectly | wrongly | too much)',
  '(sent | shipped | delivered | posted) (it | them | your _)? to the wrong (address | person | house | branch | store)',
  '(seharusnya | sepatutnya | semestinya) (hal ini | ini | ni | perkara ini | perkara ni)? tidak (terjadi | berlaku)',
  '(terkirim | dikirim | dihantar | terhantar | diantar) ke alamat (yang)? (salah | lain)',
  // The customer's complaint granted: "You're right, your schedule shows a £250 excess." ("You're right to ask" is not.)
  // Not "You're right that the cooling-off period ended": the customer's own lateness granted.
  '(you are | you were) (absolutely | quite | completely | totally)? right &(\\,)',
];

// Owning it in the first person, which only the agent's words can do: in the customer's message "saya terlupa" is the
// customer's own slip. "we dropped the ball", "kami lupa", "our system miscalculated".
const WE_ERRED_IN_DRAFT = [
  '(we | i) (dropped the ball | forgot to | failed to | should have | should not have | overlooked | let you down | slipped up)',
  '@ours (lupa | terlupa | kurang teliti | kurang cermat | ceroboh | terlepas pandang | terlewat)',
  '(we | i | our _? _?) (miscalculated | misread | misapplied | mislabelled | mislabeled | misrouted | misdirected | mischarged | misbilled | misprinted | mistyped | misfiled | miskeyed)',
];

const CUSTOMER_SAYS_WE_ERRED = [
  // "router korang yg rosak": the company's own equipment at fault, in the customer's words.
  '(korang | kalian) (yang)? (rosak | rusak | salah | silap | tersilap | tersalah)',
  '(kalian | anda | toko | tokonya | penjual | seller | syarikat | kedai) (yang | telah | sudah)? (salah | keliru | lalai | silap | tersilap | tersalah | cuai)',
  '(salah | tersalah | silap | tersilap) (kirim | hantar | barang | ukuran | saiz | warna | tagih | caj | potong)',
  '(terpotong | tertagih | ditagih | dipotong | dicaj | charged) (dua kali | berganda | twice | me twice)',
  '(your | you guys) (mistake | error | fault)',
  '(you | you guys) (sent | shipped | gave) me? the wrong',
  // "The technician you sent broke my ceiling board"
  '(technician | driver | courier | installer | engineer | staff | agent) you sent (broke | damaged | cracked | scratched | lost | ruined | dropped)',
  'wrong (item | size | colour | color | product | order | parcel | package)',
  'double (charged | charge | billed)',
  '(kepotong | terpotong | kena caj | dicaj | ditagih | ketagih | tertagih | kena tagih) _? _? (2x | dua kali)',
  // "Officer CIMB kat cawangan salah key-in alamat", "petugas kalian salah input"
  '(officer~ | pegawai~ | petugas~ | staf~ | staff~ | kakitangan~ | cawangan~ | cabang~ | kaunter~ | loket~ | cs~ | agent~ | ejen~ | admin~) _? _? _? (salah | silap | tersilap | tersalah | keliru)',
  '(you | you guys) (sent | shipped | gave | delivered) me _ _? _? _? _? _? but i (ordered | asked for | paid for | bought)',
  // "bukan yang saya pesan", "not what I ordered", "I got the wrong one".
  '(bukan | tidak sama dengan | beda dengan | berbeda dengan | lain dengan | berbeza dengan | lain daripada) (yang | apa yang) (saya | aku | kami) (pesan | order | beli | tempah | minta)',
  '(not | is not | was not) what (i | we) (ordered | paid for | asked for | bought)',
  '(i | we) (got | received) the wrong',
];

const ourMistakeIn = tokenTester(OUR_MISTAKE);
const customerSaysWeErredIn = tokenTester(CUSTOMER_SAYS_WE_ERRED);
const weErredIn = tokenTester(WE_ERRED_IN_DRAFT);

function ourMistakeIsKnown(draft: TextDocument, customer: TextDocument | undefined): boolean {
  return ourMistakeIn(draft) || weErredIn(draft) || (customer !== undefined && (ourMistakeIn(customer) || customerSaysWeErredIn(customer)));
}

const favourWords = phraseRule(meta, FAVOUR_WORDS);
const favourIfOurMistake = phraseRule(meta, FAVOUR_IF_OUR_MISTAKE);
// One pass over the draft that rules the rule out: most drafts have none of these words.
const anyFavourIn = tokenTester([...FAVOUR_WORDS, ...FAVOUR_IF_OUR_MISTAKE].flatMap((family) => [family.match].flat()));

export const favorFraming: Rule = {
  meta,
  check(context) {
    if (!anyFavourIn(context.draft)) return [];
    const findings = favourWords.check(context);
    // Not `push(...)`: a huge draft's findings are more arguments than the stack holds.
    if (ourMistakeIsKnown(context.draft, context.customer)) for (const finding of favourIfOurMistake.check(context)) findings.push(finding);
    return withoutOverlaps(findings);
  },
};

/** "Sebagai pengecualian khusus" is found by both lists: keep the longest finding where they overlap. */
function withoutOverlaps(findings: RawFinding[]): RawFinding[] {
  const byLength = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawFinding[] = [];
  const overlapsKept = findings.length > FEW_FINDINGS ? keptPositions(findings) : undefined;
  for (const finding of byLength) {
    findingWork.steps += overlapsKept ? finding.end - finding.start + 1 : kept.length;
    if (overlapsKept ? overlapsKept.test(finding) : kept.some((k) => finding.start < k.end && k.start < finding.end)) continue;
    kept.push(finding);
    overlapsKept?.keep(finding, kept.length);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Above this many findings, `withoutOverlaps` marks the kept ones' positions instead of comparing with each. */
const FEW_FINDINGS = 16;

/**
 * The positions the kept findings cover, so that a finding is compared with its own positions (a finding is a few
 * words) rather than with every finding kept: quadratic in a draft of thousands of them. Kept findings never share a
 * position, so each position has one owner; an empty finding shares one with a finding around it.
 */
function keptPositions(findings: readonly RawFinding[]) {
  // A loop, not `Math.max(...)`: a huge draft's findings are more arguments than the stack holds.
  let size = 1;
  for (const finding of findings) if (finding.end + 1 > size) size = finding.end + 1;
  // The number (from 1) of the kept finding that covers each position; where an empty one was kept.
  const owner = new Uint32Array(size);
  const emptyAt = new Uint8Array(size);
  return {
    test(finding: RawFinding): boolean {
      const { start, end } = finding;
      if (start === end) return owner[start]! !== 0 && start > 0 && owner[start]! === owner[start - 1]!;
      for (let p = start; p < end; p++) if (owner[p]! !== 0 || (p > start && emptyAt[p]! === 1)) return true;
      return false;
    },
    keep(finding: RawFinding, number: number): void {
      if (finding.start === finding.end) emptyAt[finding.start] = 1;
      for (let p = finding.start; p < finding.end; p++) owner[p] = number;
    },
  };
}
