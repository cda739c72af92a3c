import type { Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { tokenSpanFinder } from '../match/families.js';

// Whom a physical threat is aimed at: the agent, the company's people.
const PERSON = '(@second-person | cs | admin | kurir | karyawan | pegawai | staf | staff | orang)';

const findThreats = tokenSpanFinder([
  // Reporting the company to the police, a regulator or a consumer body, unless someone else robbed or cheated them.
  {
    match: [
      '(lapor~ | laporkan | melaporkan | dilaporkan | laporin | ngelaporin | adukan | mengadukan | mengadu | aduan | report | reporting | complain | complaint) .. (@authority | @press)',
      '(buat | membuat | bikin | file | make | lodge | filing | lapor) a? (laporan polis | laporan polisi | police report)',
      'report (you | you guys | you people | your company | your staff | your agent | your shop | your store | this company)',
      '(ylki | bpsk | ttpm | kpdnhep)',
      // Taken to the press, a regulator or an MP: "I'm going to the papers", "going to my MP", "bawa ke media".
      '(go | going | goes | gone | went | take (this | it) | taking (this | it) | escalate (this | it)? | escalating (this | it)?) (straight | directly)? to (the | my)? (@authority | @press | papers | news | my mp | mp)',
      '(bawa | membawa | bawak | angkat) (hal | masalah | kes | kasus | perkara)? ini? ke (@authority | @press)',
      // Reported to the marketplace the shop sells on: "I'm reporting you to Shopee", "saya report kat Shopee".
      '(lapor~ | laporkan | laporin | adukan | report | reporting) (you | your (shop | store) | toko (ini | ni | kalian | lo) | kedai (ini | ni | korang))? (to | ke | kat | dekat | pada | kepada) (shopee | lazada | tokopedia | bukalapak | tiktok shop | blibli)',
    ],
    unlessInSentence: '@victim-of-crime',
  },
  // A chargeback or a dispute with the customer's bank, announced: "I'm doing a chargeback", "sy buat chargeback dgn bank",
  // "I'll dispute it with my bank"; not a chargeback asked of the bank about a merchant, nor one asked about.
  {
    match: [
      '(akan | nak | mahu | mau | will | going to | gonna | terpaksa) (buat | file | do | make | raise | request | lodge | ajukan)? a? (chargeback | charge back)',
      '(@first-person | or) (will | am | would | shall | akan | nak | mau | mahu | bakal | terpaksa)? (just | terus)? (going to | gonna)? (buat | file | filing | do | doing | make | raise | lodge | ajukan | request)? a? (chargeback | charge back)',
      '(dispute | disputing) (it | this | that | the (charge | payment | transaction | bill) | every .. charge | all .. charges | my (premium | payments | premium payments))? (with | through | via | on) (my | the)? (bank | card | credit card | card company | credit card company | card issuer)',
    ],
    unlessInSentence: ['@victim-of-crime', '(merchant | seller | penjual | peniaga | vendor | rejected | ditolak | reversed | status | \\?)'],
  },
  // OJK and the like are also asked about: "is your bank registered with OJK?"
  {
    match: '(ojk | kpdn | bank negara | bnm | mcmc)',
    unlessInSentence: ['@victim-of-crime', '(terdaftar | diawasi | berizin | izin | lesen | berdaftar | registered | licensed | regulated | dikawal)'],
  },
  // Lawyers, courts and lawsuits; "saman" is also a traffic fine in Malay.
  {
    match: [
      '(somasi~ | mensomasi | disomasi | gugat~ | menggugat | gugatan~ | digugat | pengacara~ | kuasa hukum | peguam~ | peguambela | lawyer~ | lawyers | attorney~ | attorneys | solicitor~ | solicitors)',
      '(jalur | ranah | proses | tindakan | tuntutan | langkah | upaya | meja) (hukum | hijau | undang-undang)',
      'bawa (hal | masalah | kasus | perkara)? ini? ke muka? (pengadilan | mahkamah | meja hijau)',
      '(pidana~ | pidanakan | mempidanakan | dipidanakan | perdata~ | mahkamah | tribunal | tribunal tuntutan pengguna)',
      '(tuntut | menuntut | dituntut) .. (pengadilan | mahkamah | secara hukum | hukum)',
      '(failkan | memfailkan | fail) satu? (tuntutan | saman | kes)',
      '(menyaman | disaman)',
      'saman (syarikat | korang | awak | kau | kamu | anda | pihak | company | kalian | kedai | bank | _ (ni | ini | awak | korang | kamu | anda))',
      '(akan | nak | mahu | hendak | boleh | terpaksa | mesti | saya) saman',
      '(sue | suing) (you | your | the company | this company | them | for | over)',
      '(going to | want to | have to | need to | will | would | gonna | i | we) sue',
      '(lawsuit~ | lawsuits | legal action | legal proceedings | class action | press charges | small claims | claims tribunal | legal team | take (you | this | it | your company | the company | them) to court)',
    ],
    unlessInSentence: '(trafik | traffic | jpj | bayar saman | saman ekor | kompaun | parking | letak kereta | food court)',
  },
  // Going public: "viralkan", "post it all over social media", a one-star review; not a promise of praise.
  {
    match: [
      '(viral~ | viralkan | memviralkan | diviralkan | tular~ | tularkan | menularkan | ditularkan | go viral | make (this | it) viral)',
      '(sebar~ | sebarkan | menyebarkan | share | post | posting | upload | unggah | bongkar | spill | blast | expose | tweet) .. (medsos | sosmed | media sosial | facebook | fb | twitter | tiktok | instagram | ig | youtube | threads | reddit | whatsapp | social media | online)',
      '(leave | leaving | write | writing | post | posting | give | giving | kasih | beri | memberi | bagi) (you | a | an | your | the)? (a | an | your | the)? (bad | negative | terrible | scathing | 1-star | one-star | 1 star | one star | bintang 1 | bintang satu | 1 bintang | satu bintang) (review~ | rating | ulasan)?',
      '(ulasan | review | rating | penilaian) (buruk | jelek | negatif)',
      // Telling everyone: "biar semua orang tau", "make sure the whole town knows", "told everyone online".
      '(biar | supaya | agar | make sure) (semua orang | satu (malaysia | indonesia | dunia | kampung) | seluruh (dunia | indonesia | malaysia | kota) | everyone | everybody | the whole (world | town | city | country | internet | of)) .. (tahu | tau | know | knows)',
      '(told | telling | tell) (everyone | everybody) (online | on (facebook | twitter | tiktok | instagram | social media))',
      '(tulis | menulis | tuliskan | posting | post | review) (di | ke | dekat | kat | dalam)? (google review | google maps | play store | app store | trustpilot)',
      // Posted everywhere, in every group, on every review site: "I'm posting the whole email chain on Twitter".
      '(post | posting | share | sharing | upload | uploading | sebar | sebarkan | menyebarkan | tulis | write | writing | review | telling | tell) ..8 (everywhere | di mana-mana | merata | all over | on (linkedin | twitter | facebook | tiktok | instagram | reddit | x) | every (review site | site | platform | group | forum) | semua (platform | grup | group | media sosial) | (grup | group) (facebook | fb | whatsapp | wa | telegram))',
      '(terus | keep) (posting | post | sebar | share)',
      '(viralin | diviralin | ngeviralin | viralkan | memviralkan)',
    ],
    // Praise or thanks: "You were so helpful, I will tell all my friends on Facebook!", "review bintang 5 di semua platform".
    unlessInSentence:
      '(bagus | keren | mantap | puas | recommend | rekomendasi | promosi | great | love | amazing | helpful | membantu | terima kasih | makasih | thanks | thank you | (bintang | star | stars) (5 | lima) | (5 | five | lima) (bintang | star | stars | stars) | 5-star | five-star | positive | positif | excellent | awesome | wonderful | fantastic | best)',
  },
  // Physical threats, unless denied ("saya tidak akan memukul siapa pun").
  {
    match: [
      `(bunuh | membunuh | hajar | menghajar | pukul | memukul | gebuk | gebukin | tonjok | bacok | membacok | tusuk | menusuk | habisi | menghabisi | labrak | melabrak | gampar | tampar | belasah | membelasah | tumbuk | lempang | sepak | terajang | serang | menyerang | datangi | mendatangi | samperin | sambangi) ${PERSON}`,
      // "kurirnya saya hajar": the object first, as threats are often said; not "saya pukul 3" (a time).
      '@first-person (akan | bakal | nak | mau)? (bunuh | hajar | pukul | gebuk | gebukin | tonjok | bacok | tusuk | habisi | labrak | gampar | tampar | belasah | tumbuk | lempang | terajang) -(@number | jam)',
      '(patahkan | mematahkan | patahin | kupatahkan) (kaki | tangan | leher | tengkuk | kepala | gigi | rahang)',
      '(sort | sorting) (you | your people | your staff | your (team | driver | technician | engineer)) out',
      '(bakar | membakar | hancurkan | menghancurkan) (kantor | toko | kedai | pejabat | rumah | office | bangunan)',
      '(datangi | mendatangi | datengin | datangin | samperin | sambangi | serbu | menyerbu | geruduk | serang) (kantor | toko | kedai | pejabat | rumah | kaunter | cawangan | cabang) (@second-person | lo | lu | kau)',
      '(knock | kick) (your | their | his | her) (teeth | head | heads) (out | in)',
      '(sort | sorting) (your | you) (people | lot | staff) out',
      'see you in court',
      `(cari | carik | kejar | mengejar) ${PERSON} (sampai | sampe | hingga)`,
      '(awas | nahas | mampus) @second-person',
      'siap (kau | korang)',
      'tunggu pembalasan~',
      '(kill | hurt | punch | smash | stab | strangle | slap) (you | your | ya | whoever | the person | somebody | someone | everyone | every one) -(business | company | reputation | sales | profits | rating)',
      '(beat | smash) (you | your face | your head) up',
      '(find | track | hunt) (you | you people | you guys | your staff) down? -(on | in | online)',
      'i know where (you | your staff) (work | live | are)',
      '(watch your back | you will regret | you will be sorry | you will pay for | burn down? (your | the) (store | shop | office | building | place))',
    ],
    unlessAfter: '@negation',
    unlessInSentence: '(bunuh diri | suicide)',
  },
  // Coming to the office to settle it oneself, said as a threat: "If it's not fixed I'll come down to your office and sort
  // this out myself", "aku datang pejabat JPJ bawa kawan2"; not "can I come to your office to collect it?".
  {
    match: [
      '(come | coming | turn up | show up) (down | round | over)? (to | at) your (office | shop | store | branch | counter | headquarters | hq)',
      '(datang | pergi | serbu) ke? (pejabat | kantor | kaunter | cawangan | cabang) .. (bawa (kawan~ | kawan-kawan | geng | orang) | serang | tengok apa jadi)',
      '(datang | pergi) (serang | serbu | geruduk | labrak)',
    ],
    onlyWithInSentence: '(if | or | swear | myself | sort | kalau | kalo | awas | tengok apa jadi | bawa kawan~ | bawa kawan-kawan)',
    unlessAfter: '@negation',
    // A visit to collect, pick up or hand over something is never a threat: "If it's easier, I can come to your shop to collect it".
    unlessInSentence:
      '(collect | collecting | (pick | picking) _? up | pickup | (drop | dropping) _? off | ambil | mengambil | ambik | kutip | mengutip | easier | convenient | lebih mudah | lebih senang)',
  },
]);

/** Legal and physical threats, and threats to go public. */
export function findThreatSpans(customer: TextDocument): Span[] {
  return findThreats(customer);
}
