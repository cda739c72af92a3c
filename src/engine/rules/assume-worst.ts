import { phraseRule, type PhrasePattern } from './rule.js';

// The patterns are token patterns (docs/engine.md, "The token pattern language"). @customer is the customer as a
// sentence addresses them: Kak, Bapak, Ibu, Encik, anda, you.
// The customer named by a full noun, without the short vocatives, which often close a sentence: "yang salah kami, Pak".
const YOU_NOUN = '(anda | kakak | bapak | ibu | kamu | agan | encik | tuan | puan | awak | saudara | saudari)';

// What a suspicious agent says the customer did wrong; forgetting a password is no misdeed.
const ID_MS_MISDEED =
  '(salah~ | keliru~ | lupa~ -(password | kata sandi | kata laluan | pin | sandi) | jatuhin~ | rusakin~ | bantingin~ | maksain~ | bongkarin~ | ' +
  'lalai~ | teledor~ | ceroboh~ | cuai~ | silap~ | tersalah~ | tersilap~ | kurang teliti~ | tidak teliti~ | kurang hati-hati~ | ' +
  'tidak hati-hati~ | menjatuhkan~ | jatuhkan~ | terjatuhkan~ | dijatuhkan~ | membanting~ | banting~ | menghempas~ | hempas~ | ' +
  'terhempas~ | merusak~ | merusakkan~ | rusakkan~ | merosakkan~ | rosakkan~ | memaksa~ | paksa~ | membongkar~ | bongkar~ | ' +
  'menyalahgunakan~ | sengaja~ | menekan terlalu kuat~ | tidak membaca~ | tidak baca~ | tidak mengikuti~ | tidak ikut~ | ' +
  'terlepas pandang~ | terlupa~ | abai~ | mengabaikan~ | tidak perasan~ | tidak sadar~ | tanpa sadar~ | tanpa sedar~ | usik~ | ' +
  'mengusik~ | utak-atik~ | mengutak-atik~ | otak-atik~ | mengotak-atik~ | tidak _ dengan (betul~ | benar~ | baik~ | elok~ | teliti~ | cermat~))';
const ID_MS_INPUT =
  '(input~ | menginput~ | nginput~ | ketik~ | mengetik~ | ngetik~ | masukkan~ | memasukkan~ | masukin~ | masuk~ | isi~ | mengisi~ | ' +
  'ngisi~ | pilih~ | memilih~ | milih~ | tekan~ | menekan~ | klik~ | pencet~ | transfer~ | kirim~ | taip~ | menaip~ | tulis~ | ' +
  'menulis~ | alamat~ | nomor~ | nombor~ | pakai~ | guna~ | menggunakan~ | baca~ | membaca~ | paham~ | faham~)';
const CERTAIN = '(pasti | pastinya | jelas | jelas-jelas | tentu | tentunya | mesti | mestilah | sudah pasti | sudah tentu | kemungkinan besar)';
const HEDGED = '(mungkin | kemungkinan | barangkali | sepertinya | kayaknya | kelihatannya | nampaknya | agaknya | rasanya | jangan-jangan)';
// A kind question that invites checking together is fine: "mungkin ada salah input, boleh saya bantu cek?"
const ASKED_KINDLY = ['\\?', '(bantu | cek | semak | periksa | check | tolong | mari)', '(hantar | kirim | kirimkan | kongsi) (semula | ulang | lagi)'];
// "bukan Kakak yang salah", "kalau Bapak salah input, …", "untuk Kakak yang salah transfer, …"
const NOT_AN_ACCUSATION = '(bukan | tidak | kalau | kalaupun | jika | apabila | bila | seandainya | sekiranya | andai | untuk | bagi | agar | supaya | meskipun | walaupun | walau | if | not)';

// What a suspicious agent says someone did with the customer's card, account or parcel: "tak kongsi OTP", "yang padam".
const ID_MS_SUSPECT_ACT =
  '(kongsi~ | berkongsi~ | share~ | bagi~ | beri~ | memberi~ | memberikan~ | berikan~ | kasih~ | buka~ | membuka~ | guna~ | gunakan~ | ' +
  'menggunakan~ | pakai~ | memakai~ | sentuh~ | ubah~ | mengubah~ | tukar~ | menukar~ | ambil~ | mengambil~ | hapus~ | menghapus~ | ' +
  'padam~ | memadam~ | delete~ | upload~ | muat naik~ | pinjam~ | meminjam~ | pinjamkan~ | meminjamkan~ | klik~ | batal~ | batalkan~ | ' +
  'membatalkan~ | cancel~ | ganti~ | mengganti~ | coba-coba~ | nyoba-nyoba~ | cuba-cuba~ | utak-atik~ | mengutak-atik~ | ' +
  'otak-atik~ | main-main~ | iseng~ | jual~ | menjual~ | curi~ | mencuri~ | pandu~ | memandu~ | naik~ | menaiki~ | pesan~ | memesan~ | beli~ | membeli~ | order~)';
// The people around the customer that suspicion falls on: "orang rumah", "staf puan", "ahli keluarga".
const HOUSEHOLD = '(anggota keluarga | ahli keluarga | ahli rumah | orang rumah | penghuni rumah | penghuni | orang dalam rumah | keluarga)';
const THEIR_PEOPLE =
  '(staf | staff | pekerja | karyawan | pegawai | kasir | juruwang | anak | anak-anak | pembantu | developer | rakan | rakan sekerja | ' +
  'rekan | rekan kerja | teman | kawan | suami | isteri | istri | penyewa | anggota keluarga | ahli keluarga | keluarga)';
// "tidak hilang sendiri": what does not go missing, get deleted or change by itself.
const ID_MS_VANISHES =
  '(hilang~ | lenyap~ | terhapus~ | kehapus~ | terpadam~ | terbatal~ | batal~ | berubah~ | bertukar~ | tertukar~ | berpindah~ | pindah~ | ' +
  'tertutup~ | terbuka~)';
// "Suspicion does not stop at you": someone at your home, shop or party did it.
const EN_SOMEONE_OF_YOURS =
  '(nobody | no one | no-one | none of you | none of your _? (staff | family | household | team | colleagues | employees | kids | children | guests) | ' +
  'someone | somebody | anyone | anybody)';
const EN_YOUR_PLACE =
  '((on | at | from) your (side | end) | (at | in | from | of) (your | the) (home | house | household | apartment | flat | place | party | family | shop | outlet | store | office | ' +
  'team | company | business | staff | clinic | restaurant | group))';

// Apologising, or owning the mistake: sympathy, not suspicion.
// "Mohon maaf sebelumnya, tapi…" softens what follows and is no sympathy.
// A bare "Mohon maaf Pak," that opens the suspicion only softens it: sympathy is an apology for something.
const ID_MS_SORRY = '(@apology -(sebelumnya | \\,? (tapi | tetapi | namun) | (ya | ye)? @customer (ya | ye)? \\, _ _) | (kesalahan | kekeliruan | kesilapan) @ours)';

const ID_MS_BREAKS =
  '(rusak~ | rosak~ | pecah~ | retak~ | patah~ | mati~ | bocor~ | lepas~ | copot~ | tercabut~ | tertanggal~ | terbakar~ | meledak~ | ' +
  'bengkok~ | sobek~ | robek~ | koyak~ | tergores~ | calar~ | tercalar~ | penyok~ | kemek~ | hancur~ | putus~ | jatuh~ | terjatuh~ | ' +
  'error~ | bermasalah~ | jebol~ | lepas lem~)';
const BY_ITSELF_ID_MS = '(sendiri | dengan sendirinya | sendirinya | begitu saja | tanpa sebab | tiba-tiba)';
const REASSURED = '(aman | tenang | dijamin | terjamin | khawatir | risau | bimbang | worry)';
// What keeps the records that a suspicious agent says are never wrong.
const ID_MS_RECORDS = '(sistem~ | aplikasi~ | data~ | catatan~ | rekod~ | rekaman~ | mesin~ | server~ | meteran~ | meter~ | kamera~ | timbangan~ | log~)';
const ID_MS_ERR = '(salah | keliru | silap | tersilap | error | ralat | bermasalah)';

// "Sorry, but…" opens the suspicion and is no sympathy.
const EN_SORRY = '(@apology -(@customer? \\,? (but | however)) | our (fault | mistake | error))';

const EN_DAMAGED =
  '(dropped | forced | broke | broken | damaged | misused | mishandled | tampered with | overloaded | bent | cracked | smashed | spilled | ' +
  'spilt | knocked | scratched | mistreated | abused | jailbroken | rooted | dismantled | sat on | stepped on | got it wet)';
const EN_ERRED =
  '(made a mistake | made an error | mistyped | misread | misunderstood | entered | typed | put in | selected | chose | chosen | picked | ' +
  'clicked | pressed | forgot | forgotten | ignored | skipped | did not read | did not follow | did not check | never read | never checked | used it wrong)';
const EN_SURE = '(sure | certain | positive | absolutely sure | really sure | completely sure | 100 sure)';

// The object goes with the accusation, so that the rewording replaces both: "you must have forced [the lid]".
const EN_WHAT = '((it | them) (wrong | incorrectly)? | (the | a | an)? (wrong | incorrect) _ | (the | your) _)?';
// A word that does not deny what follows: "you cancelled late deliberately", not "you did not … on purpose".
const EN_UNDENIED_WORD = '(-(not | never | did not | do not) _)?';

// Used as it should be, in the condition of a suspicious agent: "kalau dipakenya normal", "data yg dimasukkan betul".
const USED_RIGHT_ID_MS =
  '(dipakai | dipake | dipakenya | dipakainya | digunakan | diguna | dipasang | diisi | dimasukkan | diinput | diset | disetting | dijaga | dirawat | ' +
  'dipakai | pakai | guna | isi | masukkan) (dengan)? (normal | betul | benar | wajar | sesuai | elok | baik | hati-hati | tepat | cara yang betul | cara yang benar)';
// "a lot of", "a fair number of": how a suspicious agent counts customers' claims.
const EN_MANY =
  '(a ton of | a lot of | lots of | many | so many | plenty of | loads of | a fair number of | a number of | a high number of | a large number of | a spate of | ' +
  'a rash of | a wave of | more and more | tons of)';

// What a careless customer is said not to have read: "deskripsi", "syarat", "the size chart".
const MANUALS_ID_MS =
  '(deskripsi~ | keterangan~ | syarat~ | ketentuan~ | terma~ | instruksi~ | arahan~ | panduan~ | petunjuk~ | manual~ | email~ | emel~ | notis~ | ' +
  'pemberitahuan~ | notifikasi~ | sms~ | size chart~ | tabel ukuran~ | carta saiz~ | info~ | informasi~ | maklumat~ | polisi~ | kebijakan~ | ' +
  'peraturan~ | aturan~ | caption~ | keterangan produk~ | detail~ | butiran~)';
const MANUALS_EN =
  '(the | our | your)? (instructions | email | emails | terms | terms and conditions | guide | manual | description | listing | policy | notice | ' +
  'message | sms | notification | size chart | size guide | fine print | small print | product page | warning | warnings | faq)';

// "Biasanya kes macam ni…", "in most cases": a cause given as the usual one, before the party it is put on.
const USUALLY_ID_MS =
  '(biasanya | kebiasaannya | selalunya | umumnya | lazimnya | seringnya | kebanyakannya | rata-rata | hampir selalu | ' +
  '(dalam | di) (kebanyakan | banyak | sebagian besar | sebahagian besar) (kes | kasus) | (kebanyakan | sebagian besar | sebahagian besar) (kes | kasus) | ' +
  '(berdasarkan | dari | daripada | menurut) pengalaman (kami | saya | kita)?)';
// The customer's side, as a typical cause names it: "customer sendiri", "staf kedai", "ada pihak yang", "owner".
const THEIR_SIDE_ID_MS =
  `(@customer | pelanggan | customer | pengguna | pembeli | pemilik | owner | user | penghuni | pemakai | nasabah | penumpang | tamu | tetamu | peserta | pemegang kad | ${THEIR_PEOPLE} | ` +
  '(ada | ada orang | ada pihak | ada seseorang) (lain)?)';
// What the typical cause says they did: a slip, a misdeed, or meddling with what we supplied.
const MEDDLED_ID_MS =
  `(${ID_MS_MISDEED} | campur tangan~ | mengusik~ | usik~ | mengganggu~ | ganggu~ | ubah~ | mengubah~ | tukar~ | menukar~ | hapus~ | ` +
  'menghapus~ | padam~ | memadam~ | ambil~ | mengambil~ | tarik~ | menarik~ | sambung~ | menyambung~ | install~ | pasang~ | memasang~ | ' +
  'reset~ | key-in~ | curi~ | mencuri~ | memberi~ | memberikan~ | berikan~ | kongsi~ | berkongsi~ | share~ | pinjamkan~ | meminjamkan~ | sumbat~ | menyumbat~)';
// Customers counted as a group: "ramai seller", "banyak pembeli", "a few buyers".
const GROUP_ID_MS = '(banyak | ramai | sebagian | sebahagian | beberapa | segelintir | kebanyakan) (kes | kasus)? (@clientele | akaun | akun)';
// What makes a count of customers suspicion: bad faith, or something gained by it.
const BAD_FAITH_ID_MS =
  '(sengaja | dengan sengaja | berniat | modus | palsu | dummy | fiktif | bohong | berbohong | tipu | menipu | pura-pura | berpura-pura | ' +
  'mengada-ada | buat-buat | walhal | padahal (cukup | sampai | sudah | dah | diterima | ada | tidak | tak) | ' +
  '(untuk | supaya | biar | nak | mau | demi | semata-mata) (dapat | dapatkan | mendapatkan | minta | claim | klaim | tuntut) (refund | rebat | ' +
  'percuma | gratis | barang gratis | untung | ganti rugi | pampasan | kompensasi | cashback | duit | wang | diskaun | diskon | potongan) | ' +
  '(nak | mau | untuk | supaya | biar | semata-mata) (elak | mengelak | mengelakkan | menghindari | lari dari | tidak kena | tak kena) (bayar | membayar | caj | denda | saman | bayaran | tagihan | biaya) | ' +
  '(taktik | helah | modus | trik | akal-akalan) (macam | seperti | kayak | begini | begitu | gini | gitu | ni | ini))';
const EN_GROUP =
  '(a lot of | lots of | many | some | a few | quite a few | plenty of | several | so many | loads of | a number of) @clientele';
const EN_BAD_FAITH =
  '(on purpose | deliberately | intentionally | knowingly | just to (get | avoid | claim | cancel | score | dodge) | to get (money | something) ' +
  'off | money off | fishing for | for free | without paying | pretend | pretending | lie | lying | fake | faking | make up | making up)';
// A warning about fraudsters is for the customer's protection, not suspicion of them.
const PROTECTIVE =
  '(korban | mangsa | tertipu | ditipu | penipu | scam | scammer | phishing | waspada | hati-hati | berhati-hati | victim | victims | ' +
  'scammers | fraudsters | beware | careful | targeted | protect)';
// The customer's side in English, as a typical cause names it: "an admin on the customer's side", "your staff".
const EN_THEIR_SIDE =
  "(the customer | customers | the owner | owners | the user | users | the resident | the homeowner | you | yourself | someone | somebody | " +
  "(a | an | the) _ (on | at | from) (your | the customer 's | the client 's) (side | end) | your (staff | team | admin | employees | kids | " +
  'children | family | household | colleagues | own staff))';
const EN_MEDDLED =
  '(forgot | forgets | reset | resets | changed | changes | deleted | deletes | removed | tampered | broke | breaks | dropped | misused | ' +
  'entered | typed | selected | clicked | ticked | left | leaves | unplugged | moved | shared | gave | installed | did not | never | ' +
  'deliberately | accidentally | by accident | on purpose)';

// Customers named as a group by what they claim: "customers who say", "orang yang kata", "pelanggan yg ngaku".
const EN_CLAIMANTS =
  '@clientele (who | that) (say | says | said | claim | claims | claimed | tell us | insist | swear | complain | report | reports | write in saying)';
const CLAIMANTS_ID_MS =
  '@clientele (yang | yg) (bilang | kata | cakap | ngaku | mengaku | ngaku-ngaku | mengaku-ngaku | klaim | mengklaim | claim | dakwa | mendakwa | komplain | complain | mengadu | adu | lapor | melapor)';
// What the claim is said to come to, on the claimant's side: it turns out otherwise, or they had caused it.
const CLAIM_UNDONE_EN =
  '((turn out | turns out | turned out) (to have | that they (had | did | forgot)) | end up (finding | admitting) | later (find it | found it | ' +
  'admit | admitted) | actually (forgot | received it | received them | had it | had them | used it | used them | had some | did | were) | (usually | often | normally | typically | almost always | ' +
  'mostly) (have -(to | it | them) | had -(to | it | them) | forgot | forget | left | leave | ordered | order | turn out to have))';
const CLAIM_UNDONE_ID_MS =
  '((ternyata | rupanya | rupa-rupanya | sebenarnya) (memang | sendiri)? (lupa | terlupa | tersalah | sengaja | tiba lewat | datang lewat | terlambat | salah (pilih | input | masuk | taip | ketik) | ' +
  '(sudah | dah | udah | telah) (terima | menerima | pakai | guna | ambil) | pakai | guna | menerima | terima) | (biasanya | selalunya | kebiasaannya | ' +
  'umumnya | kebanyakannya) (memang)? (lupa | terlupa | tersalah | tertinggal | biarkan | tinggalkan | salah (pilih | input | masuk | taip | ketik)))';

// What a claimant is said to have claimed, and who claims it.
const CLAIM_VERBS_ID_MS =
  'komplain | complain | mengadu | adu | klaim | mengklaim | claim | dakwa | mendakwa | ngaku | mengaku | bilang | kata | cakap | lapor | melapor | protes | tuntut | menuntut';
const CLAIMANT_NOUNS_ID_MS = '@clientele';
const EN_PEOPLE = '@clientele';
// Our people, whose word a suspicious agent sets above the customer's.
const OUR_PEOPLE_ID_MS =
  'driver~ | mitra~ | kurir~ | rider~ | pemandu~ | petugas~ | staf~ | staff~ | teknisi~ | juruteknik~ | pegawai~ | kru~ | housekeeping~ | posmen~ | penghantar~';
// After "ternyata": our side's doing, or no doing at all, is no charge against the claimant.
const NOT_THEIR_DOING_ID_MS = 'kami | saya | pihak kami | sistem | kurir | ekspedisi | berhak | benar | betul | tidak bersalah | cukup';
// What a claimant is said to have turned out to do: an act of theirs, or someone of theirs.
const CLAIMANT_DID_ID_MS =
  `(${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED} | ${HOUSEHOLD} | ${THEIR_PEOPLE} | download~ | muat turun~ | unduh~ | install~ | instal~ | pasang~ | memasang~ | ` +
  'tiba~ | datang~ | (sudah | dah | telah | pernah) (terima | menerima | pakai | guna | ambil | tiba | datang | buka | install | download | keluar))';

// The rewordings most families offer: thanks for the customer's account, or our own check in place of suspicion.
const THANKS_FOR_EXPLAINING = { id: ['terima kasih atas penjelasannya'], ms: ['terima kasih atas penjelasan ini'] };
const THANKS_FOR_TELLING_US = ['thank you for letting us know'];
const LET_ME_CHECK = ['let me check what happened'];
const WE_WILL_CHECK = { id: ['saya bantu periksa dulu apa yang terjadi'], ms: ['biar saya semak apa yang berlaku'] };
const WE_WILL_CHECK_OR_MIXUP = { id: ['saya bantu periksa dulu apa yang terjadi', 'mungkin ada kekeliruan'], ms: ['biar saya semak apa yang berlaku', 'mungkin ada kekeliruan'] };
const TELL_ME_WHAT_HAPPENED = { id: ['boleh ceritakan apa yang terjadi'], ms: ['boleh ceritakan apa yang berlaku'] };
// What comes before an English accusation that makes it none: a condition, a denial, a doubt of our own.
const EN_NOT_AN_ACCUSATION = '(if | when | never | not | think | whether)';

// The tails most families share: doubt of the customer's account, reworded as thanks for it, whole clause, and clean
// after a condition or a denial and beside an apology that owns the mistake.
type Tail = Pick<PhrasePattern, 'suggest' | 'replaces' | 'unlessAfter' | 'unlessInSentence'>;
const ID_MS_DOUBT: Tail = { suggest: THANKS_FOR_EXPLAINING, replaces: 'clause', unlessAfter: NOT_AN_ACCUSATION, unlessInSentence: ID_MS_SORRY };
const EN_DOUBT: Tail = { suggest: THANKS_FOR_TELLING_US, replaces: 'clause', unlessAfter: EN_NOT_AN_ACCUSATION, unlessInSentence: EN_SORRY };

// Constructions English agents put suspicion in, whatever the misdeed's noun: the likely culprit ("it's more likely
// someone in your household used it", "it looks like you entered…"), the tag question ("you did read the terms,
// right?"), reasons to believe, an account that does not add up, damage "consistent with" a drop.
const EN_SUSPECT =
  '(you | someone | somebody | anyone | anybody | a family member | a relative | one of your _ | a member of your _ | (someone | somebody) (in | at | on | from) your _ | ' +
  'your (staff | kids | children | son | daughter | husband | wife | partner | employee | employees | colleague | colleagues | family | household | flatmate | roommate))';
const EN_MISDEED_DONE =
  '(simply | just | actually | probably | accidentally)? (forgot | forgotten | used | shared | gave | given | lent | opened | took | taken | sold | broke | dropped | damaged | ' +
  'ignored | overlooked | misread | misunderstood | tampered | spilled | spilt | forced | lost | misplaced | threw | thrown | swapped | mishandled | misused)';
const EN_LIKELY =
  '((it is | it was | this is | that is)? (more | most | very | highly | quite)? (likely | probable) (that)? | (most likely | more than likely | almost certainly | ' +
  'in all likelihood | chances are | presumably | i suspect | we suspect | my guess is | our guess is) (that)? | (it | this) (seems | appears | looks | would seem | ' +
  'would appear) (like | as if | as though | that)?)';
const EN_CHECKED_PAST =
  '(read | check | checked | see | seen | follow | followed | try | tried | notice | noticed | open | opened | sign | signed | agree | agreed | use | used | enter | ' +
  'entered | look | looked | keep | kept | understand | understood | know | knew)';

// What a suspicious agent says would follow were the customer's account true: "…, berat parcel tu mesti kurang". Not
// what we would do then ("pasti kami ganti", "tentu akan diproses").
// A third party, or a step of ours, in the sentence makes the condition a plan, not a doubt: "Kalau memang benar paketnya
// hilang, harusnya kurir sudah kirim notifikasi, jadi kami tanyakan ke mereka", "If the parcel was really lost, the
// courier should have told us, so I'm chasing them now".
// A remedy of ours in the sentence: "Rusak karena Kakak jatuhkan pun tetap kami perbaiki gratis".
const OUR_REMEDY = '(perbaiki | memperbaiki | baiki | membaiki | ganti | gantikan | refund | kembalikan | pulangkan | repair | replace | reimburse | gratis | percuma | free of charge)';
const THIRD_PARTY_OR_OUR_STEP =
  '(kurir | kurier | courier | driver | rider | pemandu | penjual | seller | merchant | vendor | ekspedisi | jadi kami | jadi saya | so i | so we | i am | we are)';
const DOUBT_CONSEQUENCE_ID_MS =
  '(mesti | mestinya | pasti | tentu | tentunya | harusnya | seharusnya | sepatutnya | patutnya | semestinya | sudah tentu) -(kami | kita | saya | akan | dapat | boleh | bisa | diganti | diproses | dibantu)';

// What the customer is owed, or a fault of ours, after "if it really was…": no doubt of them ("Jika benar barangnya tidak
// sampai, tentunya Kakak berhak atas pengembalian dana", "kalau memang benar ada yang kurang, pasti itu kesalahan gudang
// kami", "if you genuinely never received it, you should be fully refunded", "…, our packing team must have slipped up").
const OWED_OR_OURS_ID_MS =
  '(berhak | layak | hak @customer | (pengembalian | pulangan) dana | bayaran balik | kompensasi | pampasan | ganti rugi | dapat ganti | (kesalahan | salah | silap | kesilapan | kelalaian | kecuaian) (_ | _ _)? (kami | kita) | (tim | pasukan | gudang | staf | bagian | bahagian | pihak) (_)? (kami | kita))';
// A check made for the customer's safety: "We need to confirm you have not used the faulty charger since, for your safety."
const FOR_THEIR_SAFETY = '(safety | safe | keselamatan | keamanan | selamat | aman | bahaya | berbahaya | danger | dangerous | hazard | recall | penarikan)';
// The courier or the seller as the party a claim or a cause is put on: no doubt of the customer.
const COURIER_OR_SELLER =
  '(kurir | kurier | courier | couriers | carrier | carriers | ekspedisi | transit | dalam perjalanan | penjual | seller | sellers | merchant | vendor | pedagang | bongkar muat)';
const OWED_OR_OURS_EN =
  '(refunded | refund | reimbursed | compensated | compensation | replacement | entitled | our | ours | on us | we (slipped | messed | got) | never have happened)';

export const assumeWorst = phraseRule(
  {
    id: 'assume-worst',
    kind: 'warning',
    description: {
      id: 'Mencurigai atau menuduh pelanggan.',
      ms: 'Mencurigai atau menuduh pelanggan.',
      en: 'Suspecting or accusing the customer.',
    },
    messages: {
      default: {
        id: 'Jangan berprasangka buruk pada pelanggan. Percayai ceritanya, tanyakan apa yang terjadi, lalu bantu cari penyebabnya.',
        ms: 'Jangan bersangka buruk terhadap pelanggan. Percayai ceritanya, tanya apa yang berlaku, kemudian bantu cari puncanya.',
        en: "Don't assume the worst of the customer. Take them at their word, ask what happened, and help find the cause.",
      },
      neverWrong: {
        id: 'Sistem dan tim kita juga bisa keliru. Periksa dulu datanya sebelum menyimpulkan pelanggan yang salah.',
        ms: 'Sistem dan pasukan kita juga boleh tersilap. Semak dahulu rekodnya sebelum membuat kesimpulan pelanggan yang salah.',
        en: 'Our systems and people make mistakes too. Check the records before concluding that the customer is wrong.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: [
        `${CERTAIN} (ini | itu)? (karena | kerana | sebab)? @customer sendiri? yang? (sudah | telah | pernah)? ${ID_MS_MISDEED} ${ID_MS_INPUT}?`,
        `@customer sendiri? ${CERTAIN} yang? (sudah | telah | pernah)? ${ID_MS_MISDEED} ${ID_MS_INPUT}?`,
        // Not a document the customer brings: "Bawa KK yang salah dan KTP" (KK, Kartu Keluarga, reads as Kakak).
        '<-(bawa | bawakan | membawa | kirim | kirimkan | mengirim | lampirkan | melampirkan | fotokopi | scan | serahkan | menyerahkan | upload | unggah | tukar | ganti) @customer sendiri? yang (salah~ | keliru~ | silap~ | tersilap~ | tersalah~ | lalai~ | cuai~ | teledor~ | ceroboh~) -(kami | saya | sistem~ | pihak~)',
        '(salah~ | kesalahan~ | kelalaian~ | kecuaian~ | kecerobohan~ | keteledoran~ | kesilapan~ | ulah~ | silap~) @customer sendiri',
        `(ini | itu | karena | kerana | sebab | memang | jelas) (adalah | merupakan | memang)? (salah | kesalahan | kelalaian | kecuaian | kecerobohan | keteledoran | kesilapan | ulah | silap) ${YOU_NOUN}`,
        'kesalahan dari? pihak? (pelanggan | pembeli | pengguna | customer | user)',
        'kan? @customer sendiri yang (input~ | memasukkan~ | masukkan~ | pilih~ | memilih~ | klik~ | isi~ | mengisi~ | transfer~ | setuju~ | menyetujui~ | pesan~ | memesan~ | tekan~ | menekan~ | pasang~ | memasang~)',
        // Care, not a step the customer skipped: "harusnya kakak baca dulu" reproaches a slip our records show (hostile
        // at most), it does not suspect one.
        '(seharusnya | sepatutnya | harusnya | mestinya | patutnya) @customer lebih (teliti~ | hati-hati~ | berhati-hati~ | cermat~)',
      ],
      suggest: WE_WILL_CHECK_OR_MIXUP,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${HEDGED} @customer sendiri? yang? (sudah | telah)? ${ID_MS_MISDEED} ${ID_MS_INPUT}?`,
        `@customer ${HEDGED} (sudah | telah)? ${ID_MS_MISDEED} ${ID_MS_INPUT}?`,
      ],
      suggest: WE_WILL_CHECK_OR_MIXUP,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: ASKED_KINDLY,
    },
    {
      lang: ['id', 'ms'],
      // Not a passive: "meter air puan tersalah baca oleh petugas kami" is our reader's slip.
      match: `@customer (sudah | telah)? (salah | keliru | tersalah | tersilap | silap) ${ID_MS_INPUT} -(oleh)`,
      suggest: WE_WILL_CHECK_OR_MIXUP,
      replaces: 'clause',
      // After "pasti"/"mungkin" the families above have it already.
      // "protes Bapak salah alamat": a complaint sent to the wrong party, an idiom.
      // "permohonan ditolak sebab tuan salah isi borang": the reason an application failed, read off the record, is no suspicion.
      unlessAfter: [NOT_AN_ACCUSATION, CERTAIN, HEDGED, '(protes~ | keluhan~ | komplain~ | kritik~ | aduan~ | tuduhan~ | teguran~ | laporan~)',
        '(ditolak | tertolak | gagal | tidak berhasil | tidak berjaya | dikembalikan | dipulangkan) (sebab | karena | kerana | disebabkan | akibat)'],
      unlessInSentence: ASKED_KINDLY,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `(tidak mungkin | tidak akan | tidak bisa | tidak boleh | tidak pernah | mana mungkin | mana ada | mustahil) (bisa | boleh)? ${ID_MS_BREAKS} ${BY_ITSELF_ID_MS}`,
        // "router tak rosak sendiri encik"; not of a problem: "gangguan tidak rusak sendiri" is no sentence, but "isu ni tak
        // hilang sendiri" is, so the same guard as for what vanishes.
        `<-(masalah~ | gangguan~ | kendala~ | isu~ | ralat~ | error~ | tidak | bukan) tidak ${ID_MS_BREAKS} ${BY_ITSELF_ID_MS}`,
        // Misuse read into the damage without "pernah": "jelas router tu terkena air".
        '(jelas | memang jelas | jelas sekali | nampak jelas | pasti | mesti) (bahwa | bahawa)? (hp~ | ponsel~ | telefon~ | telepon~ | skrin~ | layar~ | barang~ | unit~ | perangkat~ | produk~ | mesin~ | alat~ | router~ | modem~ | laptop~ | kasut~ | sepatu~)? (ini | itu | tu | ni)? (terkena air | kena air | masuk air | dibanting | dihempas | terhempas | dijatuhkan | terjatuh)',
        // Reading the customer's misuse into the damage: "jelas HP ini pernah jatuh".
        '(jelas | pasti | mesti | tentu | nampak | kelihatan | terlihat) sekali? (bahwa | bahawa)? (hp~ | ponsel~ | telefon~ | telepon~ | skrin~ | layar~ | barang~ | unit~ | perangkat~ | produk~ | mesin~ | alat~)? (ini | itu | tu | ni)? pernah (jatuh | terjatuh | dijatuhkan | dibanting | terkena air | kena air | masuk air | dibongkar | dibuka | terhempas | dihempas)',
      ],
      suggest: ['kami akan periksa penyebabnya'],
      replaces: 'clause',
      unlessInSentence: REASSURED,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '@customer (berbohong | bohong | menipu | tipu | mengada-ada | mengada-adakan | mengarang cerita | reka cerita | buat cerita | bikin cerita | mereka-reka | buat-buat | berpura-pura | pura-pura | mengaku-ngaku | kelentong | temberang | berdusta | ngibul)',
        'jangan (nak | mau | cuba | coba)? (berbohong | bohong | menipu | tipu | mengada-ada | buat-buat | berpura-pura | pura-pura | kelentong | temberang | auta | berdusta | dusta | ngibul | kencing)',
        '(banyak | ramai | kebanyakan | sering | selalu ada) @clientele yang? (suka | sering | selalu)? (berbohong | bohong | menipu | tipu | mengaku | mengaku-ngaku | pura-pura | berpura-pura | mengada-ada | curang | modus | buat-buat | mereka-reka | reka cerita | buat cerita | bikin cerita | karang cerita | mengarang cerita | cipta cerita | buat-buat cerita)',
      ],
      suggest: ['terima kasih atas penjelasannya'],
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      // "Kakak mengaku belum terima": doubting the customer's account of what happened. Only the verb is reworded.
      match: '<&(@customer) (mengaku | mengklaim | klaim | dakwa | mendakwa) &(belum | tidak | sudah | bahwa | bahawa)',
      suggest: ['menyampaikan'],
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `(apakah | adakah | apa)? @customer (benar-benar | betul-betul | sudah)? (yakin | pasti | betul | yakinkah | pastikah | betulkah) (ke | kah)? (yang | bahwa | bahawa)? @customer? (tidak | bukan | belum) @customer? yang? (pernah | ${ID_MS_MISDEED} | ${ID_MS_SUSPECT_ACT})`,
        // "Kakak yakin tidak ada orang rumah yang buka paketnya?"
        `(apakah | adakah | apa)? @customer (benar-benar | betul-betul | sudah)? (yakin | pasti | betul | yakinkah | pastikah | betulkah) (ke | kah)? (yang | bahwa | bahawa)? (tidak ada | tiada | takde | tidak seorang pun | bukan) (${HOUSEHOLD} | ${THEIR_PEOPLE} @customer | orang lain | sesiapa | siapa pun | siapapun | seorang pun)`,
      ],
      suggest: ['boleh ceritakan apa yang terjadi'],
      replaces: 'clause',
    },
    {
      // Reading a motive into the complaint: "jangan-jangan Kakak cuma mau dapat barang gratis", "Bapak sengaja telat bayar".
      lang: ['id', 'ms'],
      match: [
        '@customer ini? (cuma | hanya | sekadar | semata-mata | memang) (mau | ingin | mahu | nak | cari | mencari | cuba | coba | berharap) (dapat | dapatkan | mendapat | mendapatkan | minta | ambil)? _? (gratis | percuma | free | untung | keuntungan | kesempatan | peluang)',
        // Trying one's luck: "encik cuma nak cuba nasib minta pengecualian", "Kakak cuma coba-coba minta refund".
        '@customer ini? (cuma | hanya | sekadar | memang) (nak | mau | mahu | ingin)? (cuba nasib | coba-coba | cuba-cuba | cuba untung | untung-untungan | tembak)',
        '(jangan-jangan | entah-entah | mesti | pasti | jelas) @customer (cuma | hanya | memang | saja)? (mau | ingin | mahu | nak | cari | mencari | cuba | coba) (dapat | dapatkan | mendapat | mendapatkan | minta | ambil)? _? (gratis | percuma | free | untung | keuntungan)',
        '@customer (memang | pasti | mesti | sudah)? (sengaja | dengan sengaja) -(tidak | belum)',
        // "jelas-jelas barangnya Ibu pakai dulu baru diretur"
        `${CERTAIN} ..2 @customer (sudah | telah)? (pakai~ | memakai~ | guna~ | gunakan~ | menggunakan~ | cuba~ | coba~ | mencoba~) ..3 (dulu | dahulu | terlebih dahulu)`,
        `${CERTAIN} (ini | itu)? @customer sendiri yang (melakukan~ | lakukan~ | buat~ | membuat~ | bertransaksi~ | belanja~ | berbelanja~ | membeli~ | beli~ | ambil~ | mengambil~ | guna~ | gunakan~ | menggunakan~ | pakai~ | memakai~ | setuju~ | menyetujui~ | bagi~ | memberi~ | memberikan~ | kongsi~ | berkongsi~)`,
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      // Suspicion passed on to the people around the customer: "mesti ada staf puan yang padam",
      // "isinya sudah diambil orang rumah", "mesti encik atau developer encik yang upload".
      lang: ['id', 'ms'],
      match: [
        `${CERTAIN} ada? ${THEIR_PEOPLE}? @customer (atau ${THEIR_PEOPLE}? @customer)? sendiri? yang (sudah | telah)? (${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED})`,
        `${CERTAIN} ada? (${HOUSEHOLD} | orang lain) @customer? yang (sudah | telah)? (${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED})`,
        // Hedged, the same suspicion: "jangan-jangan ada staf puan yang tukar tetapan", "entah-entah ada orang rumah yang buka"; not a kind "mungkin ada keluarga yang ambil?".
        `(jangan-jangan | entah-entah) ada (${THEIR_PEOPLE} | ${HOUSEHOLD}) @customer? yang (sudah | telah)? (${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED})`,
        // "dijual sendiri oleh penghuni ke tukang loak"
        `(diambil | dibuka | dipakai | digunakan | dipinjam | dihapus | dipadam | diusik | dibongkar | diutak-atik | dibatalkan | dijual | dicuri | digadaikan | disembunyikan) sendiri? oleh? (${HOUSEHOLD} | orang rumah | ${THEIR_PEOPLE} @customer)`,
        // "diusik atau ditutup pada waktu malam oleh penghuni sendiri"
        `(diusik | diutak-atik | diotak-atik | dibongkar | dibuka | diubah | ditukar | dimatikan | ditutup | dicabut | dipindahkan | dipindah | dirosakkan | dirusak | dijatuhkan | dihapus | dipadam) ..6 oleh (${HOUSEHOLD} | @customer | ${THEIR_PEOPLE} @customer) @customer? sendiri`,
        // Users in general only when not a kind of thing a policy names: "akaun yang dipadam oleh pengguna sendiri tidak termasuk".
        `<-(yang) (diusik | diutak-atik | diotak-atik | dibongkar | dibuka | diubah | ditukar | dimatikan | ditutup | dicabut | dipindahkan | dipindah | dirosakkan | dirusak | dijatuhkan | dihapus | dipadam) ..6 oleh (pelanggan | pengguna) sendiri`,
        // "Encik mesti dah ubah setting APN sendiri"
        `(${CERTAIN} @customer | @customer ${CERTAIN}) (sudah | telah | pernah)? ${ID_MS_SUSPECT_ACT} ..5 sendiri`,
        // "meter telah diusik", "segel meteran sudah dibuka sendiri"
        '(meter~ | meteran~ | segel~ | seal~ | pengedap~ | kwh meter~) _? (telah | sudah | pernah) (diusik | dibongkar | diutak-atik | diotak-atik | dirusak | dirosakkan | diubah suai | dibuka sendiri) -(oleh (petugas~ | pegawai~ | juruteknik~ | teknisi~ | kami | pihak~))',
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: [NOT_AN_ACCUSATION, '(dapat | bisa | boleh | perlu | harus | hendaklah | silakan | sila | mohon)'],
    },
    {
      // Asking the customer to question their household first: "cik dah tanya semua ahli keluarga?",
      // "Coba ditanyakan ke karyawan Bapak, siapa yang hapus".
      lang: ['id', 'ms'],
      match: [
        '(tanya | tanyakan | ditanyakan | menanyakan | semak | cek | dicek | periksa | pastikan) (dulu | dahulu | terlebih dahulu)? (dengan | ke | kepada | pada | sama)? (semua | seluruh)? (anggota keluarga | ahli keluarga | orang rumah | ahli rumah | penghuni rumah | orang dalam rumah)',
      ],
      suggest: WE_WILL_CHECK,
      unlessAfter: NOT_AN_ACCUSATION,
      // "tanyakan ke orang rumah apakah ada yang menerima paketnya": where it was left, not who took it.
      unlessInSentence: '(menerima | terima | diterima | dititipkan | titip | dititip | disimpan | menyimpan | tandatangan | tanda tangan)',
    },
    {
      lang: ['id', 'ms'],
      match: `(tanya | tanyakan | ditanyakan | menanyakan | semak | cek | dicek) (dulu | dahulu)? (dengan | ke | kepada | pada | sama)? (semua | seluruh)? ${THEIR_PEOPLE} @customer`,
      onlyWithInSentence: `siapa yang? (iseng | sengaja | sudah | telah | ${ID_MS_SUSPECT_ACT})`,
      suggest: WE_WILL_CHECK,
    },
    {
      // Doubting the customer's account: "susah kami nak percaya", "klaim kedatangan Ibu sulit kami terima",
      // "dakwaan itu agak pelik", "kami syak puan sebenarnya tidak pergi".
      lang: ['id', 'ms'],
      match: [
        '(sulit | susah | sukar | payah | agak sukar | agak sulit | agak susah) (untuk | nak | mau | bagi | buat)? (kami | saya)? (untuk | nak | mau)? (percaya | mempercayai | dipercaya | dipercayai)',
        '(klaim~ | dakwaan~ | pengakuan~ | cerita~ | keterangan~ | alasan~ | penjelasan~ | aduan~) ..6 (sulit | susah | sukar | payah) (untuk | nak)? (kami | saya)? (terima | diterima | menerima | percaya | dipercaya)',
        // "agak sulit bagi kami untuk menerima klaim bahwa…"
        '(sulit | susah | sukar | payah | berat) (bagi | untuk | buat)? (kami | saya) (untuk | nak | mau)? (menerima | terima) (klaim~ | dakwaan~ | alasan~ | penjelasan~ | cerita~ | pengakuan~ | keterangan~ | aduan~ | laporan~ | bahwa | bahawa)',
        // Doubting what the customer says they did not do: "kami agak ragu tiada apa-apa yang cik buat".
        '(kami | saya) (agak | sedikit | cukup | masih | memang)? (ragu | ragu-ragu | sangsi) (bahwa | bahawa | yang)? (tiada | tidak ada | takde | @customer (tidak | belum | sama sekali))',
        // Not taking the customer as clean: "kami tak boleh anggap akaun tuan bersih macam tu je".
        '(tidak | bukan) (boleh | bisa | dapat)? (anggap | menganggap | andaikan | mengandaikan) ..4 (bersih | jujur | tidak bersalah)',
        '(klaim~ | dakwaan~ | pengakuan~ | cerita~ | keterangan~ | alasan~) ..6 (agak | sangat | cukup | amat | memang)? (pelik | aneh | janggal | meragukan | diragukan | mencurigakan | tidak masuk akal | tidak logik | tidak logis)',
        '(kami | saya) (syak | mengesyaki | mensyaki | curiga | mencurigai | menduga | meyakini) (bahwa | bahawa | yang)? ..3 @customer (sendiri | sebenarnya) -((menjadi | jadi)? (korban | mangsa | terkena | kena))',
        '(banyak | ramai | sering | kadang | kadang-kadang | kadang2 | selalu) ada? @clientele yang? (complain | komplain | mengadu | adu | klaim | mengklaim | lapor | melapor | melaporkan | bilang | cakap | kata | ngaku | mengaku | dakwa | mendakwa) ..4 padahal -(kami | saya | sudah kami | telah kami)',
      ],
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      // Sympathy, not doubt: "sulit dipercaya paketnya terlambat lagi, kami mohon maaf".
      unlessInSentence: ID_MS_SORRY,
    },
    {
      // Suspicion said outright, of the customer's claim or of customers like them: "kami agak curiga sama klaim kakak",
      // "saya ragu dengan laporan Bapak", "banyak pembeli yg iseng checkout COD", "akun yang memang niat cari refund",
      // "ramai pengguna cuba tuntut rebat walaupun tak terjejas", "jangan-jangan perangkatnya sudah dijual".
      lang: ['id', 'ms'],
      match: [
        '(curiga | mencurigai | ragu | ragu-ragu | meragukan | sangsi | syak | mengesyaki | was-was) (sama | dengan | terhadap | akan | pada | kepada | kat)? (klaim~ | laporan~ | cerita~ | pengakuan~ | dakwaan~ | aduan~ | tuntutan~ | keterangan~ | alasan~ | penjelasan~) @customer',
        '(banyak | ramai | kebanyakan | sebagian | sebahagian) juga? (pelanggan | pembeli | customer | konsumen | orang | pengguna | nasabah | penyewa | pemohon | akun~) yang? (suka | sering | selalu | memang)? (iseng | sengaja | berniat | niat)',
        '(pelanggan | pembeli | customer | konsumen | orang | pengguna | nasabah | akun~) yang (memang | sengaja)? (niat | berniat | sengaja | cuma mau | hanya mau | cuma nak) (cari | mencari | minta | meminta | dapat | mendapatkan | ambil)? (refund | pengembalian dana | bayaran balik | barang gratis | gratisan | untung | keuntungan | ganti rugi | kompensasi | rebat | cashback | percuma)',
        '(banyak | ramai | kebanyakan | sebagian | sebahagian) juga? @clientele yang? (cuba | coba | mencoba | suka | sering | selalu)? (tuntut | menuntut | claim | klaim | mengklaim | buat claim | buat klaim | minta | meminta | mohon | memohon | komplain | complain | lapor | melapor | mengadu) ..6 (padahal | walaupun | walhal | sedangkan | meskipun) (tidak | bukan | belum)',
        '(jangan-jangan | entah-entah) ..4 (sudah | telah)? (dijual | disembunyikan | digadaikan | dipakai sendiri | dipakai di tempat lain | digunakan di tempat lain)',
      ],
      ...ID_MS_DOUBT,
    },
    {
      // A question that doubts what the customer saw or read: "Apa kakak gak salah liat?", "Encik tak silap tengok ke?".
      lang: ['id', 'ms'],
      match:
        '@customer (tidak | tak | gak | nggak | ga | enggak | ndak) (salah | tersalah | silap | tersilap | keliru) (lihat | liat | baca | tengok | dengar | pilih | ingat | hitung | kira | masukkan | input | ketik | taip)',
      onlyInQuestion: true,
      suggest: { id: ['boleh Kakak ceritakan apa yang terlihat'], ms: ['boleh ceritakan apa yang kelihatan'] },
      replaces: 'clause',
    },
    {
      // The disclaimer that comes before an accusation: "Saya tak menuduh sesiapa, tapi…", "kami tidak bilang Bapak
      // pasti terlibat, tapi…", "I'm not saying anything, but…", "I'm not accusing you, but…".
      lang: ['id', 'ms'],
      match:
        '(saya | kami | aku) (tidak | tak | bukan | bukannya | gak | nggak) (nak | mau | mahu | bermaksud | berniat | ingin | hendak)? (menuduh | nuduh | tuduh | bilang | kata | cakap | mengatakan | menyalahkan | salahkan | nyalahin | menyalahin | mempersalahkan | persalahkan) (sesiapa | siapa-siapa | siapapun | siapa pun | @customer)? _? _? _? \\,? (tapi | tetapi | namun | cuma | cuman)',
      onlyWithInSentence: '(menuduh | nuduh | tuduh | terlibat | sengaja | biasanya | selalunya | kebiasaannya | pasti | mesti | jangan-jangan | sendiri | kemungkinan)',
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: '(i | we) (am | are) not (saying anything | (accusing | blaming) (you | anyone | anybody | your _) (or anything)? | trying to (accuse | blame) (you | anyone | anybody) | suggesting (anything | you did) | implying (anything | you did)) \\,? but',
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // A motive put on what customers say: "biasanya pelanggan cakap tak terima emel sebab nak elak bayar caj".
      lang: ['id', 'ms'],
      match:
        '(sebab | kerana | karena | supaya | biar | agar | untuk) (nak | mau | mahu | ingin | hendak)? (elak | mengelak | mengelakkan | elakkan | menghindari | menghindar | lari daripada | lari dari | tak payah | tidak perlu | gak perlu) (bayar | membayar | bayaran | caj | denda | tagihan | bil | pembayaran)',
      onlyWithInSentence: '(pelanggan | pembeli | pengguna | customer | @customer) ..4 (cakap | kata | bilang | mengaku | klaim | claim | mendakwa | dakwa | beralasan | alasan | kononnya | katanya)',
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessInSentence: ID_MS_SORRY,
    },
    {
      lang: ['en'],
      match: '(to | just to | so they can | so you can) (avoid | get out of | dodge | skip) (paying | the (fee | charge | bill | late fee | penalty | fine))',
      onlyWithInSentence: '(customers | people | users | you | some) ..4 (say | claim | claiming | saying | said | pretend | pretending | tell us)',
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessInSentence: EN_SORRY,
    },
    {
      // A question that doubts the customer checked: "Kak, yakin udh dicek bener?", "Encik pasti dah semak betul-betul?"
      lang: ['id', 'ms'],
      match:
        '(yakin | pasti) (sudah | telah)? (dicek | cek | mengecek | diperiksa | periksa | memeriksa | disemak | semak | menyemak | ditengok | tengok | dilihat | lihat | dibaca | baca) _? (dengan)? (benar | betul | bener | betul-betul | benar-benar | baik-baik | teliti | semua | semuanya)',
      onlyInQuestion: true,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
    },
    {
      // Questions that doubt the customer's account: "Kakak yakin paketnya belum diterima?", "Encik pasti ke tak terima
      // SMS tu?", "Betul ke puan tak sampai rumah lagi?", "Benarkah Bapak tidak pernah klik tautan itu?". Not a check of
      // what they want: "Kakak yakin mau membatalkan pesanan?"
      lang: ['id', 'ms'],
      match: [
        '(apakah | adakah)? @customer (benar-benar | betul-betul | memang | sudah)? (yakin | beneran | pasti (ke | kah)) -(mau | ingin | nak | hendak | mahu | akan | untuk | dengan keputusan | sudah siap | siap | setuju)',
        '(yakinkah | pastikah | benarkah | betulkah) @customer -(mau | ingin | nak | hendak | mahu | akan | untuk | setuju)',
        '(betul | benar | bener) (ke | kah) @customer (tidak | belum | tak | langsung tidak)',
        'takkan (la | lah)? @customer? (tidak | belum) (sampai | terima | dapat | nampak | perasan | tahu | sedar | sadar | baca | dengar)',
      ],
      onlyInQuestion: true,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
    },
    {
      // Disbelief and suspicion said to the customer: "Masa sih, Kak? Di sistem sudah diterima", "kami agak curiga,
      // Pak, karena…"; not the agent's suspicion of a hacker, a courier or our own system.
      lang: ['id', 'ms'],
      match: [
        // Not contempt for asking: "Masa sih Kakak masih nanya?" (hostile-tone's).
        '(masa | masak | mosok) (sih | iya sih | iya) -(@customer? masih (nanya | tanya | bertanya | menanyakan | tidak tahu | belum tahu))',
        '(kami | saya) (agak | sedikit | cukup | sangat | memang | jadi)? (curiga | mencurigai | syak | mengesyaki | mensyaki | sangsi) (bahwa | bahawa | yang | sama | dengan | terhadap | kepada | pada)? ..5 @customer',
      ],
      onlyWithInSentence: '@customer',
      unlessInSentence: [
        ID_MS_SORRY,
        '(diretas | dibobol | hack | hacker | digodam | penipu | penipuan | scammer | scam | pihak ketiga | korban | mangsa | phishing | dicuri | kurir~ | pengirim | melindungi | lindungi | keamanan | keselamatan | sistem~ | gangguan | error | server | aplikasi~)',
      ],
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      // "Kemungkinan besar data yang Bapak masukkan salah", "hampir pasti nombor yang staf puan isi tu silap": the
      // customer's slip taken as a given. Asked kindly, it stays clean.
      lang: ['id', 'ms'],
      match: `(hampir pasti | kemungkinan besar | besar kemungkinan | lebih mungkin | sangat mungkin | pastinya | sudah pasti) ..4 yang (@customer | ${THEIR_PEOPLE} @customer) sendiri? (input~ | masukkan~ | isi~ | ketik~ | kirim~ | kirimkan~ | hantar~ | pilih~ | ubah~ | ganti~ | tukar~ | atur~ | tulis~ | taip~ | setting~) ..4 (salah | keliru | silap | tersilap | tidak betul | tidak benar | tidak tepat)`,
      suggest: { id: ['mungkin ada kekeliruan'], ms: ['mungkin ada kekeliruan'] },
      replaces: 'clause',
      unlessInSentence: ASKED_KINDLY,
    },
    {
      // Insinuation in one word: "paket yang katanya hilang", "barang yang kononnya rosak"; not what a courier reported.
      lang: ['id', 'ms'],
      match:
        '<&(yang) (katanya | kononnya | konon | konon-kononnya) (sudah | telah)? (hilang | rusak | rosak | tidak sampai | belum sampai | belum diterima | tidak diterima | tidak pernah sampai | tidak pernah diterima | kosong | palsu | cacat | pecah | tertukar | kurang)',
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessInSentence: [ID_MS_SORRY, '(kurir~ | ekspedisi~ | gudang~ | pihak~ | vendor~ | penjual~ | seller~ | driver~ | rider~ | posmen~)'],
    },
    {
      // Not taking the customer at their word: "kami tidak bisa begitu saja percaya omongan Kakak".
      lang: ['id', 'ms'],
      match: [
        '(percaya | mempercayai | pegang) (begitu saja | bulat-bulat | mentah-mentah)? (omongan | kata-kata | ucapan | cakap | kata | cerita | pengakuan | dakwaan | klaim | keterangan) @customer',
        // "kami gak bisa percaya begitu aja klaim 'jualan online'", "tak boleh terima bulat-bulat cerita encik"
        '(percaya | mempercayai | pegang | terima | menerima | telan) (begitu saja | bulat-bulat | mentah-mentah) (omongan | kata-kata | ucapan | cakap | cerita | pengakuan | dakwaan | klaim | keterangan | alasan)',
      ],
      onlyWithInSentence: '(tidak | bukan | sulit | susah | sukar | belum | mana | takkan)',
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessInSentence: ID_MS_SORRY,
    },
    {
      // "jadi kakak kan yg nolak paket COD nya": the customer made to own the fault.
      lang: ['id', 'ms'],
      match:
        '(kan @customer | @customer kan) sendiri? yang (tolak~ | menolak~ | nolak~ | batalkan~ | membatalkan~ | batalin~ | cancel~ | input~ | menginput~ | memasukkan~ | masukkan~ | pilih~ | memilih~ | klik~ | isi~ | mengisi~ | setuju~ | menyetujui~ | pesan~ | memesan~ | tekan~ | menekan~ | hapus~ | menghapus~ | padam~ | ubah~ | mengubah~ | tukar~ | menukar~ | ganti~ | mengganti~)',
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      // Warning the customer not to swap what they send back: "jangan sampai barang yang dikembalikan beda sama yang kami kirim".
      lang: ['id', 'ms'],
      match: '(jangan sampai | jangan pula | jangan) nanti? (barang~ | produk~ | unit~ | item~ | paket~ | bungkusan~ | hp~ | telefon~ | ponsel~) yang? (dikembalikan~ | dikirim balik~ | dikirim kembali~ | diretur~ | dipulangkan~ | dihantar balik~ | dihantar semula~) _? (beda | berbeda | lain | tidak sama | bukan)',
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      // "tidak hilang sendiri", "tak mungkin isinya hilang di jalan", "tidak mungkin uangnya tidak keluar";
      // not of a problem, an error or a message: "gangguan ini tidak hilang sendiri".
      lang: ['id', 'ms'],
      match: [
        `<-(masalah~ | gangguan~ | kendala~ | isu~ | ralat~ | error~) (tidak | tidak mungkin | tidak bisa | tidak boleh | tidak pernah | mana mungkin | mana ada | mustahil) (bisa | boleh)? ${ID_MS_VANISHES} (${BY_ITSELF_ID_MS} | sendiri tanpa sebab)`,
        '(sistem | aplikasi | app | mesin | server) (kami | kita)? (tidak | tidak akan | tidak pernah | tidak mungkin | tidak bisa | tidak boleh) (hapus~ | menghapus~ | padam~ | memadam~ | batal~ | batalkan~ | membatalkan~ | ubah~ | mengubah~ | tukar~ | menukar~ | delete~ | cancel~) ..2 (sendiri | dengan sendirinya | sendirinya)',
        '(tidak mungkin | mustahil | mana mungkin | tidak pernah) _? (hilang | lenyap | rusak | rosak | pecah | retak | dicuri) (di jalan | di perjalanan | dalam perjalanan | di tengah jalan | semasa penghantaran | semasa transit | saat pengiriman | selama pengiriman | dalam pengiriman | dalam penghantaran)',
        '(tidak mungkin | mustahil | mana mungkin) _? tidak (keluar | sampai | diterima | masuk | dihantar | dikirim)',
      ],
      suggest: ['kami akan periksa penyebabnya'],
      replaces: 'clause',
      // "tenang, datanya tidak akan hilang sendiri"; "notifikasinya tidak hilang sendiri, silakan tekan Tutup".
      unlessInSentence: [REASSURED, '(silakan | sila | perlu | harus | tekan | klik | tutup | muat ulang | restart)'],
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_RECORDS} _? @ours? (jarang | jarang sekali | sangat jarang | amat jarang | hampir tidak pernah | hampir tidak mungkin) ${ID_MS_ERR}`,
        `${ID_MS_RECORDS} _ @ours? (tidak pernah | tidak mungkin | tidak bisa | tidak boleh | mustahil) ${ID_MS_ERR}`,
        '(kesalahan | kekeliruan | kesilapan) _? (hampir | nyaris) (tidak mungkin | mustahil | tidak pernah) (terjadi | berlaku)',
      ],
      suggest: ['kami akan periksa kembali data kami'],
      replaces: 'clause',
      messageId: 'neverWrong',
      // "Sistem kami jarang error, tapi kali ini memang ada gangguan, mohon maaf."
      unlessInSentence: [ID_MS_SORRY, '(tetapi | tapi | namun | cuma | kecuali)'],
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(sistem | aplikasi | data | catatan | rekod | rekaman | mesin | server) kami? (tidak pernah | tidak mungkin | tidak bisa | tidak boleh | mustahil) (salah | keliru | silap | tersilap | error | ralat | bermasalah | bohong | berbohong | menipu)',
        'kami (tidak pernah | tidak mungkin | mustahil) (salah | keliru | silap | tersilap)',
        // "Meter tak menipu, encik", "angka di sistem tidak bohong"
        `${ID_MS_RECORDS} (kami | @ours)? (tidak | tidak akan | takkan) (bohong | berbohong | menipu | tipu)`,
      ],
      suggest: ['kami akan periksa kembali data kami'],
      replaces: 'clause',
      messageId: 'neverWrong',
    },
    {
      // A usual cause, put on the customer's side: "biasanya kes macam ni customer sendiri yang tersalah pilih",
      // "biasanya bacaan melompat sebab ada pihak yang mengusik meter", "dalam kebanyakan kes begini, pengguna memang ada
      // campur tangan", "nine times out of ten it's an admin on the customer's side who reset it". Not a usual cause of
      // ours or of the network ("biasanya gangguan ini karena kabel di ODP"), nor a tip asked kindly.
      lang: ['id', 'ms'],
      match: `${USUALLY_ID_MS} ..7 ${THEIR_SIDE_ID_MS} sendiri? yang? (memang | sudah | telah | pernah | ada)? (sengaja)? ${MEDDLED_ID_MS}`,
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [...ASKED_KINDLY, ID_MS_SORRY, '(kurir~ | ekspedisi~ | (teknisi~ | petugas~ | juruteknik~ | staf~ | pegawai~ | pekerja~ | tim~ | pasukan~ | sistem~ | server~) @ours)'],
    },
    {
      lang: ['en'],
      match:
        `(usually | typically | normally | generally | in most cases | most of the time | more often than not | nine times out of ten | 9 times out of 10 | almost always) (like (this | these | yours))? \\,? ..3 ${EN_THEIR_SIDE} (who | that)? (has | have | had)? (just)? ${EN_MEDDLED}`,
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: EN_NOT_AN_ACCUSATION,
      unlessInSentence: [EN_SORRY, '\\?', '(let me | happy to | if | whether)'],
    },
    {
      // Customers counted as a group acting in bad faith: "ramai seller buat order dummy untuk naikkan rating", "banyak
      // kes pelanggan claim kurang padahal cukup", "we've had a few buyers who refuse parcels on purpose", "a lot of
      // customers claim these small drops just to get money off". Not a warning about fraudsters.
      lang: ['id', 'ms'],
      match: `${GROUP_ID_MS} ..7 ${BAD_FAITH_ID_MS}`,
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE],
    },
    {
      // Customers named by what they claim, and the claim said to come undone: "most people who say they didn't use
      // that much usually have an old aircond left on", "customers who claim it never arrived often turn out to have
      // received it", "pelanggan yg ngaku tak terima biasanya memang lupa", "orang yang bilang gak pakai ternyata ...".
      // What we do for such customers ("customers who report this usually get a reply within a day") stays clean.
      lang: ['en'],
      match: `${EN_CLAIMANTS} ..8 ${CLAIM_UNDONE_EN}`,
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: '(if | when | never | not | whether)',
      unlessInSentence: [EN_SORRY, PROTECTIVE, '\\?', '(we | our team | i) (usually | often | always | normally)'],
    },
    {
      // Named by a slip, then by asking for something for it, and said to be many: "customers who forget to pay and
      // then ask for fee waivers are quite common". How to ask for a waiver ("… can fill in this form") stays clean.
      lang: ['en'],
      match:
        '(people | customers | buyers | users | clients) (who | that) (forget | forgot | miss | missed | ignore | ignored) ..6 (and)? then (ask | asks | ' +
        'request | want | demand | claim | expect)',
      onlyWithInSentence: '(are (quite | very | pretty | so | really)? (common | many) | all the time | every day | daily | (we | i) (see | hear | get) (this | that | it | them)? (a lot | daily | every day | all the time))',
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessInSentence: [EN_SORRY, PROTECTIVE, '\\?'],
    },
    {
      lang: ['id', 'ms'],
      match: `${CLAIMANTS_ID_MS} ..8 ${CLAIM_UNDONE_ID_MS}`,
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE, '\\?', '(kami | saya | tim kami | pihak kami) (biasanya | selalunya | akan)'],
    },
    {
      lang: ['en'],
      match: `${EN_GROUP} ..7 ${EN_BAD_FAITH}`,
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: EN_NOT_AN_ACCUSATION,
      unlessInSentence: [EN_SORRY, PROTECTIVE],
    },
    {
      // Those who complain, said as a rule to turn out otherwise: "biasanya yg komplain gini ternyata download apk
      // bajakan", "kebiasaannya, penumpang yang mendakwa berada di pintu sebenarnya tiba lewat", "9 drpd 10 kes 'tak
      // terima' sebenarnya ahli keluarga yang sambut". The usual word makes it a rule about claimants, the reveal word
      // says their account was untrue. What we do for them ("yang lapor biasanya kami hubungi") stays clean.
      lang: ['id', 'ms'],
      match: [
        `${USUALLY_ID_MS} \\,? ..3 (yang | orang yang) (${CLAIM_VERBS_ID_MS}) ..7 (ternyata | rupanya | rupa-rupanya | sebenarnya | sebetulnya) (memang)? ${CLAIMANT_DID_ID_MS}`,
        // "biasanya pelanggan yg komplain mcm ni pun sama, salah setting sendiri": their own slip, said as the rule.
        `${USUALLY_ID_MS} \\,? ..3 (yang | orang yang) (${CLAIM_VERBS_ID_MS}) ..7 ${ID_MS_MISDEED} ..2 sendiri`,
        `(sembilan | 9) (daripada | dari | drpd) (sepuluh | 10) (kes | kasus | orang | pelanggan | aduan | klaim | tuntutan)? ..5 (ternyata | rupanya | sebenarnya | sebetulnya) (memang)? ${CLAIMANT_DID_ID_MS}`,
      ],
      ...ID_MS_DOUBT,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE, '\\?', '(kami | saya | tim kami | pihak kami) (biasanya | selalunya | akan)'],
    },
    {
      // Customers said to act, then to dispute it: "Guests often extend at the desk and then dispute it later",
      // "pelanggan selalu pakai dulu lalu minta refund". A habit of ours or a tip ("customers often call first and then
      // …") has no dispute in it.
      lang: ['en'],
      match: `${EN_PEOPLE} (often | usually | sometimes | frequently | commonly | regularly | tend to | always) ..7 (and | but)? (then | later | afterwards) (dispute | disputes | deny | denies | claim | claims | complain | complains | ask for a refund | demand a refund | raise a chargeback | charge back | forget | forgot)`,
      ...EN_DOUBT,
      // Nor an honest slip, said to be fine: "customers often pay twice by mistake and then ask for a refund, which is
      // completely fine".
      unlessInSentence: [EN_SORRY, PROTECTIVE, '\\?', '(by mistake | by accident | accidentally | in error | which is (completely | perfectly | totally | absolutely)? (fine | normal | understandable) | (completely | perfectly | totally | absolutely) (fine | normal | understandable) | happens to (everyone | anyone | all of us))'],
    },
    {
      lang: ['id', 'ms'],
      match: `(${CLAIMANT_NOUNS_ID_MS}) (sering | selalu | biasanya | kadang | kadang-kadang | suka) ..7 (lalu | terus | kemudian | habis itu | lepas tu | lepas itu | baru) (komplain | complain | klaim | mengklaim | claim | menuntut | tuntut | minta refund | minta bayaran balik | mengadu | protes | menyangkal | menafikan | dispute)`,
      ...ID_MS_DOUBT,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE, '\\?'],
    },
    {
      // Customers counted as a group that tries a claim, or uses a pretext for gain: "ramai pelanggan cuba claim
      // kerosakan lama", "dah ramai yg cuba taktik macam ni", "some people use a family emergency to avoid fees",
      // "plenty of buyers claim non-delivery to get a free item". Not a tip: "many customers choose this plan to avoid fees".
      lang: ['id', 'ms'],
      match: [
        `${GROUP_ID_MS} (yang)? (cuba | coba | mencoba | mencuba | cuba-cuba | coba-coba) (claim | klaim | mengklaim | tuntut | menuntut | buat tuntutan | buat klaim | ajukan klaim | minta refund | main | pakai | guna | gunakan)`,
        '(banyak | ramai) (yang | orang yang) (sudah)? (cuba | coba | mencoba | mencuba | guna | pakai | main) (taktik | helah | trik | modus | akal-akalan | cara) (macam | seperti | kayak | begini | begitu | gini | gitu | ini | ni)',
      ],
      ...ID_MS_DOUBT,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE],
    },
    {
      lang: ['en'],
      match: `${EN_GROUP} (will | would | try to | tend to)? (claim | claims | say | dispute | disputes | report | invent | fake | open a dispute | raise a dispute | file a claim | (use | uses) (a | an | the)? _? (excuse | excuses | story | stories | emergency | emergencies | pretext | illness | bereavement)) ..6 to (get | avoid | dodge | score | skip | get out of) (a | an | the)? (free | refund | refunds | fee | fees | paying | charge | charges | money | compensation | freebie | freebies | penalty | penalties)`,
      ...EN_DOUBT,
      unlessInSentence: [EN_SORRY, PROTECTIVE],
    },
    {
      // Our suspicion said outright, of what the customer says or did: "kami ragu ini murni salah ketik", "kami syak
      // gambar kereta tu bukan dari kemalangan", "wajar kami curiga ini pakai kartu curian", "kami susah nak terima yg
      // encik langsung x terlibat". Not suspicion of a fraudster that protects the customer ("kami curiga akun Kakak
      // diretas"), nor of a fault ("kami duga ada gangguan").
      lang: ['id', 'ms'],
      match: [
        '(kami | saya) (agak | sedikit | masih | jadi | memang)? (ragu | ragu-ragu | sangsi | curiga | syak) (bahwa | bahawa | yang)? (ini | itu | hal ini | ia | kes ini)? (murni | sekadar | semata-mata | hanya | cuma | betul-betul | benar-benar) (salah | silap | kesalahan | kesilapan | kekeliruan | kebetulan | tidak sengaja | kecuaian)',
        '(kami | saya) (agak | memang | jadi)? (curiga | mencurigai | syak | mengesyaki | mensyaki) (bahwa | bahawa | yang)? ..5 (curian | palsu | dipalsukan | diedit | rekaan | dibuat-buat | bukan (dari | daripada | milik | atas nama | kepunyaan) | tidak (betul | benar | tulen | asli | sah))',
        '(kami | saya) (agak | memang)? (sulit | susah | sukar | payah) (untuk | nak | mau | mahu)? (percaya | mempercayai | terima | menerima) (yang | bahwa | bahawa) @customer ..3 (tidak | tak | bukan | belum | langsung tidak | sama sekali tidak) (terlibat | tahu | pernah | melakukan | buat | membuat | menerima | terima | pakai | guna | memakai | menggunakan)',
      ],
      ...ID_MS_DOUBT,
      // Nor suspicion that spares the customer the loss: "kami curiga transaksi itu memakai kartu palsu, jadi Ibu tidak
      // akan ditagih sepeser pun".
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE, '(diretas | dibobol | digodam | hack | hacked | penggodam | peretas | pihak ketiga | orang lain)',
        '(tidak akan | tak akan | takkan | tidak perlu | tak perlu | tidak usah) (ditagih | dicaj | dikenakan | dibebankan | menanggung | membayar | bayar | rugi | kehilangan)'],
    },
    {
      // "It is difficult to see how this could have occurred without your involvement", "this couldn't have happened
      // without you knowing": the customer's part read off the evidence.
      lang: ['en'],
      match: [
        '(hard | difficult) to (see | understand | explain) how ..6 without (your | you) (involvement | knowledge | consent | knowing | being involved | authorisation | authorization)',
        '(could not | cannot | would not | could hardly | can hardly) have (happened | occurred | been done | been made | been approved | been authorised | been authorized) without (your | you) (involvement | knowledge | consent | knowing | being involved)',
      ],
      ...EN_DOUBT,
      unlessInSentence: [EN_SORRY, PROTECTIVE],
    },
    {
      // Someone on the customer's side, unknown to them, suspected: "jangan2 ada yg buka duluan di rumah Kakak", "mungkin
      // ada yang pakai listrik tanpa sepengetahuan Ibu", "ada yg nyambung listrik diam2". Not an intruder on an account,
      // which is a warning that protects the customer.
      lang: ['id', 'ms'],
      match: [
        `(jangan-jangan | entah-entah) ada (yang | orang | seseorang | sesiapa) (lain)? (sudah | telah)? (${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED})`,
        `ada (yang | orang | seseorang | orang lain) (yang)? ..4 (diam-diam | secara diam-diam | senyap-senyap | curi-curi | tanpa (sepengetahuan | pengetahuan | izin | keizinan | kebenaran) @customer)`,
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      // Nor an outsider at the door, whose loss we bear: "mungkin ada orang yang mengambil paket diam-diam dari teras Ibu;
      // kami kirim pengganti hari ini".
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE, '(akun~ | akaun~ | login | log masuk | kata sandi | kata laluan | password | otp | pin | diretas | dibobol | digodam | hack | kad~ | kartu~)',
        '(teras | depan rumah | depan pintu | luar rumah | pagar | lobi | lobby | pengganti | gantian | paket baru | bungkusan baru | barang baru)'],
    },
    {
      // Identity or ownership doubted in a condition: "kalau cik betul2 pemilik sah sila datang", "Kalau memang kartu
      // Kakak sendiri, silakan kirim foto", "if you really are the account holder".
      lang: ['id', 'ms'],
      match: [
        // Doubt in the intensifier or in "the rightful owner": not "kalau memang Kakak pemilik akun ini, cukup login".
        '(kalau | jika | sekiranya | seandainya | kalaupun | andai) @customer? (betul-betul | benar-benar) @customer? (pemilik | pemegang | empunya | tuan punya)',
        '(kalau | jika | sekiranya | seandainya | kalaupun | andai) @customer? (memang | betul | benar)? @customer? (pemilik | pemegang | empunya | tuan punya) (yang)? (sah | sebenar | sebenarnya | asli | asal)',
        '(kalau | jika | sekiranya | seandainya | andai) (memang | betul-betul | benar-benar | betul | benar) (kartu~ | kad~ | akun~ | akaun~ | telefon~ | hp~ | barang~ | nomor~ | nombor~ | kereta~ | mobil~) _? @customer sendiri',
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: [
        'if you (really | genuinely | truly | actually) are the (owner | account holder | cardholder | card holder | policyholder | policy holder)',
        'if (it | this | the card | the account | the phone) (really | genuinely | truly | actually) (is | was) your own? (card | account | phone | device | number | parcel | order)',
      ],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // The fault denied on our side and put on the customer in the same breath: "Sebenernya ini bukan kesalahan kami ya,
      // Bapak yg telat update nama PT", "not a bug on our end, your site manager didn't submit". "Bukan salah Kakak, kami
      // yang telat" is the reverse and stays clean.
      lang: ['id', 'ms'],
      match: `@customer sendiri? (yang) (sudah | telah)? (telat | terlambat | lambat | lewat | lupa | terlupa | tidak | tak | belum | salah | silap | tersalah | tersilap | keliru | lalai | cuai) -(${NOT_THEIR_DOING_ID_MS})`,
      onlyWithInSentence: '(bukan | tidak) (salah | kesalahan | silap | kesilapan | masalah | kendala | isu) (dari | daripada | di | pada)? (pihak)? (kami | kita | sistem kami | toko | kedai)',
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      // An apology only: "bukan kesalahan kami" names our side's mistake to deny it.
      unlessInSentence: '@apology -(sebelumnya | \\,? (tapi | tetapi | namun))',
    },
    {
      // Misuse read into the damage as its usual cause: "damage like this is usually caused by a drop", "kerosakan
      // chip biasanya berlaku akibat kad disimpan berhampiran magnet". Not damage in transit, which is ours to own.
      lang: ['en'],
      match: '(damage | crack | cracks | cracking | fault | faults | corrosion | marks | dent | dents | stain | stains | swelling | this | it) (like this | like that | of this kind)? (is | are) (usually | typically | normally | generally | almost always | most often | mostly | nearly always) (caused by | a sign of | the result of | due to | from) ..3 (drop | drops | dropping | impact | impacts | liquid | water | moisture | misuse | mishandling | being dropped | a fall | force | pressure | overcharging | tampering | improper use | the user | user error | rough handling)',
      ...EN_DOUBT,
      unlessInSentence: [EN_SORRY, '\\?', '(courier | couriers | transit | delivery | shipping | shipment | packaging | our | warehouse | postal)'],
    },
    {
      lang: ['id', 'ms'],
      match: '(kerusakan~ | kerosakan~ | retak~ | retakan~ | pecah~ | kesan~ | karat~ | noda~ | kotoran~ | lecet~ | calar~ | penyok~ | kemek~ | masalah~) _? (seperti ini | macam ni | macam ini | begini | gini)? (biasanya | kebiasaannya | selalunya | umumnya | lazimnya) (berlaku | terjadi | disebabkan | akibat | karena | kerana | sebab | berpunca) (oleh | dari | daripada | akibat | karena | kerana | sebab)? ..3 (terjatuh | jatuh | dijatuhkan | terkena air | kena air | masuk air | benturan | hentakan | tekanan | dibanting | terhempas | dihempas | disimpan | dilipat | ditekan | salah guna | penyalahgunaan | salah pakai | cecair | cairan | pemakaian kasar | penggunaan kasar)',
      ...ID_MS_DOUBT,
      unlessInSentence: [ID_MS_SORRY, '\\?', '(kurir~ | ekspedisi~ | pengiriman~ | penghantaran~ | transit~ | pengangkutan~ | gudang~ | posmen~ | kami)'],
    },
    {
      // A motive read by us into the request: "Kami rasa cik cuma nak refund sebab dah ubah fikiran", "I think you just
      // want your money back".
      lang: ['id', 'ms'],
      match: '(kami | saya) (rasa | fikir | pikir | percaya | yakin | kira | rasa-rasanya | syak | curiga | menduga | duga) (bahwa | bahawa | yang)? @customer (cuma | hanya | sekadar | sebenarnya | memang | semata-mata) (nak | mau | mahu | ingin | hendak | cari | mencari)',
      ...ID_MS_DOUBT,
    },
    {
      lang: ['en'],
      match: '(we | i) (think | believe | suspect | feel | reckon | get the feeling) (that)? you (just | only | simply | actually | really | merely) (want | wanted | changed your mind | are after | were after | want to get | are trying)',
      ...EN_DOUBT,
    },
    {
      // Acted, then disputed, read off the evidence: "it looks like you may have got into the car and are now disputing
      // it"; customers said not to notice what they did: "Guests often don't notice what they've done".
      lang: ['en'],
      match: [
        'you (may have | might have | must have | probably | clearly | obviously)? ..6 and (are | were) (now | then | later) (disputing | denying | claiming | saying | complaining)',
        `${EN_PEOPLE} (often | usually | sometimes | frequently | commonly)? (do not | did not) (notice | realise | realize | remember | admit | own up to) what they (have | had)? (done | did | broke | used | caused)`,
      ],
      ...EN_DOUBT,
      unlessInSentence: [EN_SORRY, PROTECTIVE],
    },
    {
      // Our people's word set above the customer's: "jarang driver ngarang", "mitra gak bakal nurunin penumpang tanpa
      // alasan", "our drivers don't lie". What our people say needs checking like any record.
      lang: ['id', 'ms'],
      match: [
        `(${OUR_PEOPLE_ID_MS}) (kami)? (jarang | jarang sekali | tidak pernah | tak pernah | tidak mungkin | tak mungkin | tidak akan | tak akan | tidak bakal | takkan | mana mungkin) (ngarang | mengarang | berbohong | bohong | menipu | tipu | mengada-ada | mereka-reka | reka cerita | buat cerita | membuat laporan palsu | buat laporan palsu)`,
        `<-((kalau | jika | bila | apabila)) (${OUR_PEOPLE_ID_MS}) (kami)? (tidak akan | tak akan | tidak bakal | takkan | tidak mungkin | tak mungkin | tidak pernah | tak pernah) ..5 tanpa (alasan | sebab)`,
        '(laporan~ | aduan~) (seperti ini | macam ni | macam ini | begini | kayak gini | gini) (biasanya | selalunya | kebiasaannya) (ada | memang)? (benarnya | betulnya | asasnya | asas)',
      ],
      suggest: ['kami akan periksa kembali data kami'],
      replaces: 'clause',
      messageId: 'neverWrong',
      unlessInSentence: ID_MS_SORRY,
    },
    {
      lang: ['en'],
      match: [
        '(our | the) (driver | drivers | rider | riders | courier | couriers | staff | technician | technicians | engineer | engineers | team | agents | housekeepers | housekeeping | crew) (do not | does not | would not | would never | never | rarely | have no reason to | has no reason to) (lie | lies | make (things | stuff | it | this) up | invent (things | stories) | file false reports)',
        '(our | the) (driver | drivers | rider | riders | courier | couriers | staff | technician | technicians | engineer | engineers | housekeepers | crew) (would not | would never | do not | does not | never) ..5 without (a | good)? (good)? (reason | cause)',
      ],
      suggest: ['let me check our records again'],
      replaces: 'clause',
      messageId: 'neverWrong',
      unlessInSentence: [EN_SORRY, '\\?', '(if | unless)'],
    },
    {
      // A question that puts a forgotten act to the customer: "Did you maybe add a night at check-in and forget about it?",
      // "Mungkin Kakak sudah pesan lalu lupa?". Not a forgotten password.
      lang: ['en'],
      match: '(did | could | might) you (maybe | perhaps | possibly)? ..6 and (then)? (forget | forgot | forgotten) (about)? (it | that | this | them)? &((\\? | \\, | \\. | or))',
      onlyInQuestion: true,
      ...EN_DOUBT,
    },
    {
      lang: ['id', 'ms'],
      match: `@customer (mungkin | barangkali | kemungkinan)? (sudah | telah | pernah)? (${ID_MS_SUSPECT_ACT}) ..5 (lalu | terus | kemudian | habis itu | lepas tu | dan) (lupa | terlupa) &((\\? | \\, | \\. | ya | kah | ke | kan | kot))`,
      onlyInQuestion: true,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['en'],
      match: [
        `you (must | must have | obviously | clearly | surely | definitely | evidently) have? (${EN_DAMAGED} | ${EN_ERRED}) ${EN_WHAT}`,
        `you (probably | likely | most likely | might have | may have | could have | possibly) have? ${EN_DAMAGED} ${EN_WHAT}`,
        // Mishandling taken as likely: "you probably left it in the sun", "you most likely stored it near the window".
        '(you | your (staff | kids | family | team)) (probably | most likely | must have | obviously) (left | stored | kept | washed | put | plugged | unplugged | overloaded | installed | shared | gave | lent | changed | deleted | reset | moved | turned off | switched off | ignored) (it | them | the | your | this | that | something | someone)',
        `you (have | had) (clearly | obviously | evidently) (${EN_DAMAGED} | ${EN_ERRED}) ${EN_WHAT}`,
        // Care, not a step skipped: "you should have checked the FAQ" reproaches a slip on the record, it suspects none.
        'you should have (been more careful | been careful | known better)',
        'you (obviously | clearly | evidently | apparently) (did not | have not | never | do not | could not | cannot) (read | follow | check | understand | pay attention | listen | bother | care)',
        `are you ${EN_SURE} that? you (did not | have not | had not | never | were not | did | had | entered | typed | dropped)`,
        `are you ${EN_SURE} that? you (checked | looked | searched | read) _? _? (properly | carefully | everywhere | thoroughly | correctly | closely)`,
        // "Are you absolutely sure nobody at your shop shared the password?", "are you sure it wasn't dropped?"
        `are you ${EN_SURE} that? ${EN_SOMEONE_OF_YOURS} else? (${EN_YOUR_PLACE} | else | (has | had | did | ever)? not? (${EN_DAMAGED} | opened | used | shared | took | taken | grabbed | moved | deleted | gave | given | borrowed | touched | changed))`,
        `are you ${EN_SURE} that? (it | they | the _) (was not | were not | has not been | had not been | did not get) (${EN_DAMAGED} | opened | used | taken | shared | moved | deleted | borrowed | worn | washed)`,
        // "it's pretty clear someone at your outlet did that", not "someone at our warehouse"
        `(clear | obvious | evident | likely | certain | probable | apparent) that? (someone | somebody | one of your _? | a member of your _?) -((at | in | from | on) our) (${EN_YOUR_PLACE})? else? (must have | has | had)? (did | done | deleted | removed | opened | took | taken | used | shared | changed | moved | ran | cleared | ${EN_DAMAGED})`,
        // "picked up by someone in the household"
        `(taken | opened | used | grabbed | picked up | eaten | shared | approved | deleted | removed | moved | borrowed | made | done) by (someone | somebody | a family member | a member of | one of | others | other people | a relative | a housemate | a flatmate) else? ((your | the) _?)? (${EN_YOUR_PLACE} | household | family | staff)`,
        '(check | ask | confirm) with? (whoever | anyone | anybody | everyone | someone) else (is | at | in | who | you)? (home | your household | your apartment | your flat | your house | your home | live | lives | share)',
        // "Readings only jump like that if someone's tampered with the seal or you're running something you haven't told us about."
        "(someone | somebody | you | anyone | one of your _) ('s | has | have | had | must have | may have | might have)? been? (tampered | interfered | messed | fiddled) with (the | your)? (meter | meters | seal | seals | settings | device | unit | router | modem | lock | wiring | fuse box | account | phone | sim | card | tablet | system)",
        '(running | using | doing | plugged in | connected | hiding) something that? you (have not | had not | did not | have never | never) (told | mentioned | disclosed | declared | reported) (us | to us)',
        'your own? (carelessness | negligence | misuse | mishandling | improper use)',
        '(this is | that is | it is | looks like | seems like | sounds like | was | is) (a | an | clearly | obviously | just | simply)? (user | operator | customer) error',
        // At the end of a clause: "that is on you.", not "it is on you to decide".
        '(that | this | it) (is | was) on you -(_ | \\?)',
        'you (broke | damaged | caused | ruined | dropped | forced) (it | this | that | the)',
        '(did this | did it | caused this | caused it | broke it | damaged it | dropped it) yourself',
        // "You must have made this transaction yourself."
        'you (have | had)? (clearly | obviously | evidently | definitely) have? (worn | used | washed | opened | tried on) (it | them | the | this | these | those | your)',
        'you (must | must have | obviously | clearly | surely | definitely) have? (made | done | authorised | authorized | approved | placed | carried out | shared | given out) (it | this | that | these | those | the | your) _? yourself',
      ],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      // "even if you dropped it, …", "I don't think you broke it", "none of it is on you"
      unlessAfter: '(if | whether | unless | when | before | after | in case | think | not | never | none of | no part of)',
    },
    {
      // "The unit must have been dropped"; not what we sent: "you got one that had clearly been opened and used".
      lang: ['en'],
      match:
        '(must have been | was clearly | was obviously | has clearly been | has obviously been | had clearly been) (dropped | forced | mishandled | misused | tampered with | submerged | exposed to water | opened | dismantled)',
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessAfter: [
        '(if | whether | unless | when | before | after | in case | think | not | never | none of | no part of)',
        '(got | received | sent | delivered | shipped | sold) you? (one | a | an | it | the)? (that | which)',
      ],
      afterWindow: 4,
    },
    {
      lang: ['en'],
      match: '<&(is | was | are | were) (entirely | all | completely | clearly | obviously | totally | definitely | really | actually)? your own? (fault | mistake | doing | error)',
      suggest: ["something we'll sort out together"],
      // "none of this is your fault", "it is in no way your fault"
      unlessAfter: '(none of (this | that | it) | nothing | not | never | no | hardly | neither | if | whether)',
    },
    {
      lang: ['en'],
      match: [
        'you (are | were) (lying | not telling the truth | making this up | making it up | making things up | exaggerating | trying to scam | trying to cheat | trying to get a free)',
        'you (lied | made this up | made it up | made that up)',
        '(customers | people | users | buyers | shoppers) (often | always | usually | sometimes | frequently | tend to | try to | like to | keep) (lie | lying | pretend | make up | make things up | fake | scam | exaggerate | cheat | abuse | game)',
        '(a lot of | many | lots of | plenty of | so many) (fake | false | fraudulent | bogus) (claims | complaints | reports | orders)',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: '(if | when | not | never | think)',
    },
    {
      // Warning the customer not to swap what they send back: "don't send us back a different one".
      lang: ['en'],
      match: "(do not | never) (try to)? (send | return | give | post) (us | it | them)? back? (a different | another | someone else 's | a fake | a used | a broken) (one | item | unit | device | phone | product | pair) -(than)",
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // Doubting the customer's account: "hard to believe the bag just wasn't there",
      // "difficult to see how anyone other than yourself approved it", "we suspect you actually…".
      lang: ['en'],
      match: [
        '(hard | difficult | tough) to (believe | see how | accept) that? (you | your | the | a | an | anyone | anybody | someone | somebody | stuff | things | items | food | parcels | packages)',
        '(anyone | anybody | someone | somebody) other than (you | yourself)',
        // Doubt of the customer set against our records: "raises more questions about your property", "we'd need proof
        // before accepting it was the system", "we can't just assume your account is clean".
        '(raises | raise | raised | raising) (more | serious | some | a few | real)? questions about (your | you)',
        'before (accepting | believing | we accept | we believe | we can accept | we can believe) (that)? (it | this | the | your)',
        '(cannot | can not | will not) (just | simply)? assume (that)? (your | you) ..3 (clean | genuine | honest | innocent | legitimate)',
        'your (claim | story | account | version | explanation) (is | seems | sounds | looks) (a bit | rather | quite | very | highly)? (odd | strange | unlikely | implausible | doubtful | questionable | suspicious | hard to believe | far-fetched)',
        'we (suspect | suspected | believe | think) that? you (actually | in fact | did in fact | really did | deliberately | knowingly | intentionally)',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: EN_NOT_AN_ACCUSATION,
      // Sympathy, not doubt: "it's hard to believe the delay happened again, I'm so sorry".
      unlessInSentence: EN_SORRY,
    },
    {
      // Insinuation in one word, and not taking the customer at their word: "the supposedly missing parcel", "your
      // so-called faulty charger", "we can't just take your word for it".
      lang: ['en'],
      match: [
        '(supposedly | allegedly | so-called) (missing | lost | broken | damaged | faulty | empty | stolen | undelivered | defective | unreceived | never-delivered | cracked | wrong)',
        '(can not | cannot | will not | do not | not) (simply | just | always)? take your word (for it)?',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessInSentence: EN_SORRY,
    },
    {
      // A question that doubts the customer's account: "Are you sure it was delivered to the right address?", "Did you
      // really not get it?", "Did you even check your spam folder?"; not "are you sure you want to cancel?".
      lang: ['en'],
      match: [
        `are you ${EN_SURE} -(you (want | would like | wish | need) | that you (want | would like | wish) | about (cancelling | canceling | closing | deleting | leaving | switching | this change))`,
        '(did | have) you (really | genuinely) (checked | check | looked | look | read | tried | try | searched | search | opened | open | received | receive | not | never)',
        '(did | have) you actually (checked | check | looked | look | read | tried | try | searched | search | opened | open)',
        // "Sure it wasn't one of the kids on the Xbox?": the question opens the clause, so "make sure it is not…" stays clean.
        '<-(_) sure (it | that | this) (was not | is not | was never | had not been | were not)',
      ],
      onlyInQuestion: true,
      suggest: ['could you tell me what happened'],
      replaces: 'clause',
      unlessAfter: '(if | when | whether)',
    },
    {
      // "We're a little suspicious, given your order history", "we have reason to believe the item was used"; not
      // suspicion of a hacker, a courier or our own system, shared to protect the customer.
      lang: ['en'],
      match: [
        '(we | i) (are | am) (a bit | a little | somewhat | rather | quite)? (suspicious | sceptical | skeptical | doubtful)',
        'we have (good | strong)? (reason | reasons | grounds) to (believe | suspect | think)',
      ],
      onlyWithInSentence: '(you | your)',
      unlessInSentence: [
        EN_SORRY,
        '(compromised | hacked | scam | scammer | phishing | fraudster | protect | stolen | third party | courier | driver | system | glitch | bug | outage | accessed by)',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: '(if | when | not | never | no | whether)',
    },
    {
      // Suspicion said outright: "we're a little suspicious of your claim", "it's quite convenient that the data vanished
      // right before an audit", "very unlikely to be a coincidence", "suspicious refund activity", "you just ticked the
      // box without reading", "it's almost certainly the reliefs your employees entered".
      lang: ['en'],
      match: [
        '(suspicious | suspect | doubt | doubts | doubtful | sceptical | skeptical | wary) (of | about)? your (claim | claims | story | version | explanation | report | complaint | account of)',
        '(quite | very | rather | awfully | pretty | a bit | a little | suspiciously | remarkably | highly) convenient (that | timing)',
        '(unlikely to be | hardly | too much of | quite) a coincidence',
        // "sounds a bit convenient", "funny how the two items that went missing happen to be the dearest",
        // "you wouldn't be the first to try it".
        '(sounds | seems | looks) (a bit | a little | rather | quite | very | awfully | pretty | too | suspiciously | all too | somewhat)? convenient',
        '(a bit | a little | rather | awfully | too | suspiciously | all too) convenient',
        '(funny | interesting | curious | strange | odd) (how | that) ..8 (happen | happens | happened) to',
        'would not be the (first | only) (person | customer | one)? to (try | attempt | claim | say)',
        // "You've probably plugged the router into the wrong port again": the customer's error assumed.
        'you have? (probably | most likely | likely | must have) ..6 (wrong | incorrect) (port | socket | setting | settings | cable | address | number | code | button | option | box | plan | size | account | password | details)',
        // "or someone in the house has been resetting it": suspicion passed to the household, hedged.
        `(or | probably | likely | must | maybe | perhaps) ${EN_SOMEONE_OF_YOURS} ${EN_YOUR_PLACE} (has been | had been | has | had | must have | may have | might have)? been? (resetting | reset | opening | opened | using | used | taking | took | taken | sharing | shared | changing | changed | deleting | deleted | grabbing | grabbed | moving | moved | tampering | tampered | unplugging | unplugged)`,
        // "it's very likely someone on your side bulk-selected them"
        '(likely | probably | almost certainly | most likely | clearly | obviously) that? (someone | somebody | a user | an admin | a member of staff | one of your _) (on | at | from) (your | the customer \'s) (side | end)',
        '(suspicious | fraudulent | abusive | questionable) (refund | claim | claims | return | returns | chargeback | chargebacks) (activity | pattern | patterns | behaviour | behavior | history)',
        '<&(you (just | probably | simply | likely | must have | clearly | obviously)?) (ticked | clicked | signed | accepted | agreed to | scrolled past | skipped | clicked through) ..6 without (reading | checking | looking)',
        '(almost certainly | most likely | far more likely | much more likely | more than likely | very likely) that? (the | a | an)? _? _? (you | your _?) ..2 (entered | typed | input | submitted | sent | set up | chose | selected | uploaded | changed | configured) -(\\?)',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: '(if | when | not | never | no | think | whether)',
      unlessInSentence: [EN_SORRY, '\\?', '(let me | could you | can you | happy to help)'],
    },
    {
      // Suspicion of customers as a group: "we've had a lot of folks claiming missing items lately",
      // "claims that turn out to be friendly fraud", "appeals like this are rarely genuine".
      // Its own family: "item not received claims" must not read as a negation.
      lang: ['en'],
      match: [
        // "we've had a lot of folks claiming missing items lately", "a high number of claims that turn out to be friendly fraud"
        '(a lot of | lots of | many | so many | plenty of | loads of | a high number of | a large number of | a number of | a fair few | more and more) (folks | people | customers | users | buyers | shoppers | cardholders | passengers | guests | members | policyholders | applicants | drivers | tenants | patients) (claiming | who claim | pretending | faking | lying | trying it on | saying they never)',
        '(claims | cases | complaints | reports | appeals | requests | disputes | refunds) ..6 (that | which | like (this | these | that | yours))? (often | usually | frequently | sometimes | mostly | generally | tend to)? (turn | turns | turned) out (to be)? (friendly fraud | fraud | fraudulent | false | fake | bogus | not genuine | not (quite | entirely)? as described | not to be (quite | entirely)? (as described | genuine | true | accurate) | to have been received | to have been delivered)',
        '(claims | cases | complaints | reports | appeals | requests | disputes | stories) ..5 (are | is) (rarely | seldom | not often | hardly ever | not always) (genuine | true | honest | legitimate | real | accurate | as described)',
        'friendly fraud',
        // "a lot of 'missing item' claims lately", "claims of non-delivery which later turn out to have been received", "in
        // most cases like this it turns out to be an appliance the customer forgot about".
        `${EN_MANY} (missing | lost | non-delivery | undelivered | not received | item not received | missing item | missing items | missing parcel | missing parcels | empty box | empty parcel) (claims | disputes)`,
        `${EN_MANY} (claims | disputes) (of | about | for) (non-delivery | non delivery | missing | lost | items missing | parcels going missing | items not received | parcels not received | empty boxes)`,
        '(claims | cases | complaints | reports | disputes) ..6 (that | which) (later | eventually | actually | subsequently) (turn | turns | turned) out (to be | to have been) (received | delivered | fraud | fraudulent | false | fake | used)',
        '(in most cases | most of the time | more often than not | nine times out of ten | usually | almost always | typically) (like (this | these | yours))? ,? (it)? (turns out | turn out | it is | it was) (to be)? ..6 (the customer | the owner | the user | the resident | the homeowner | customers | users | owners) (forgot | forgets | forgot about | left | leaves | did | caused | causes | broke | misused | dropped | changed)',
        '(almost always | nearly always | usually | in most cases) (deliberate | intentional | done on purpose | caused by the (customer | owner | user | homeowner | resident))',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: '(if | when | never | think | whether)',
      unlessInSentence: EN_SORRY,
    },
    {
      // Reading a motive into the complaint: "you're just after a free replacement", "paying late on purpose".
      lang: ['en'],
      match: [
        'you (are | were) (just | only | simply | really | clearly | obviously)? (after | fishing for | angling for | looking for | hoping for | trying to get | out to get | trying to score) (a | some)? (free | freebie | freebies | something for nothing | a discount out of | money out of)',
        'you (just | only | simply | really) (want | wanted) (a | some)? (free | freebie | freebies | something for nothing)',
        `you (are | were | have been)? ${EN_UNDENIED_WORD} ${EN_UNDENIED_WORD} ${EN_UNDENIED_WORD} (on purpose | deliberately | intentionally)`,
      ],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessAfter: '(if | when | not | never | think | whether)',
    },
    {
      lang: ['en'],
      match: [
        'you (claim | claimed | allege | alleged) &(that | you | it | to have)',
        'you (supposedly | allegedly)',
        // "You claim the sign was covered"
        'you (claim | claimed | allege | alleged | insist | insisted) &((the | your | this | that | there | they | he | she | someone | somebody | nobody | no one) ..3 (was | were | is | are | had | has | did | never | went | got | came | arrived))',
      ],
      suggest: ['you said'],
      unlessAfter: '(if | when | once | after | before | until | not | never)',
    },
    {
      lang: ['en'],
      match: [
        '(do not | does not | did not | cannot | can not | will not | would not | never) (just | simply)? (break | snap | crack | shatter | stop working | die | fall apart | come apart | bend | leak | burn out | tear | rip | fall off | come off | smash) (like that)? (on (its | their) own | by (itself | themselves) | for no reason | out of nowhere)',
        '(do not | does not | did not | never) just (break | snap | crack | shatter | die | fall apart | bend | smash)',
        // "the app does not delete transactions by itself", "signs don't just become hidden"; not of a problem or a message
        '<-(problem | issue | error | message | notification | banner | warning | alert) (do not | does not | did not | cannot | can not | never) (just | simply)? (disappear | vanish | go missing | get lost | get deleted | get cancelled | get canceled | delete | cancel | change | reset | switch | become hidden | get hidden | get covered | become covered | log out | turn off | switch off) ..2 (on (its | their) own | by (itself | themselves) | for no reason | out of nowhere)',
        '(do not | does not | did not | never) just (disappear | vanish | go missing | get lost | become _ | get _)',
        // "these don't break in transit"
        '(do not | does not | never | cannot | can not) (just | simply | usually | normally)? (break | get damaged | crack | shatter | go missing | get lost | disappear) (in transit | during delivery | during shipping | in the post | in the mail | on the way)',
      ],
      suggest: ["I'll look into what caused this"],
      replaces: 'clause',
      unlessInSentence: REASSURED,
    },
    {
      lang: ['en'],
      match: [
        '(system | systems | records | data | app | software | computer | machine | machines | scanner | scanners | tracking | meter | meters | numbers | figures | readings | gps | camera | cameras | scan | scans | photos | logs) (is never | are never | never | does not | do not | cannot | can not | can never | will not) (wrong | lie | lies | make mistakes | makes mistakes | make errors | makes errors | make an error | make a mistake | err | get it wrong | gets it wrong | be wrong)',
        'we (never | do not) make (mistakes | errors)',
      ],
      suggest: ['let me double-check our records'],
      replaces: 'clause',
      messageId: 'neverWrong',
    },
    {
      // The records called never wrong with words between, or built not to be: "Sistem bil Air Selangor diaudit dan tak
      // pernah silap", "meter PDAM baru diganti tahun lalu jadi tidak mungkin salah", "meter pintar kami jarang sangat
      // rosak", "meter pintar ni direka supaya tak silap". Not the customer ("data Kakak tidak mungkin salah" is not
      // said of our side), nor an exception owned ("…, tapi kali ini memang ada gangguan").
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_RECORDS} ..7 <-(@customer | sendiri | agar | supaya | biar | untuk) (tidak pernah | tidak mungkin | tidak akan | takkan | mustahil | jarang | jarang sekali | sangat jarang | amat jarang | hampir tidak pernah) (sekali | sangat)? (${ID_MS_ERR} | rusak | rosak)`,
        `(direka | dirancang | dibuat | didesain | diprogram | dikalibrasi | ditentukur) (khas)? (supaya | agar | untuk) (tidak | tidak akan) ${ID_MS_ERR}`,
      ],
      suggest: ['kami akan periksa kembali data kami'],
      replaces: 'clause',
      messageId: 'neverWrong',
      unlessInSentence: [ID_MS_SORRY, '(tetapi | tapi | namun | cuma | kecuali | walaupun | meskipun)'],
    },
    {
      lang: ['en'],
      match: [
        '(system | systems | records | data | meter | meters | readings | logs | scanner | scanners | scans | gps | tracking | camera | cameras | machine | machines | feed | software | platform) ..6 (has never | have never | is never | are never | never | cannot | can not | could not | does not | do not) (be | been)? (wrong | mistaken | inaccurate | made (a mistake | an error | mistakes | errors) | make (mistakes | errors) | get it wrong | gets it wrong)',
        // "Our meters are rarely wrong", "charges like this are usually accurate"; "usually accurate, but yours wasn't" owns the
        // exception.
        '(system | systems | records | data | app | software | computer | machine | machines | scanner | scanners | tracking | meter | meters | camera | cameras | readings) (is | are)? (rarely | seldom | hardly ever | almost never) (wrong | mistaken | inaccurate | at fault | faulty)',
        '(charges | bills | readings | records | fees | fines | tickets | scans | photos | meters | figures) (like (this | these | that | yours))? (are | is) (usually | always | almost always | nearly always | generally | normally) (accurate | correct | right)',
        // "Leave balances don't just delete themselves", "our bank feed doesn't remove reconciled items by itself".
        '<-(problem | issue | error | message | notification | banner | warning | alert) (do not | does not | did not | never | cannot | can not | will not) (just | simply)? (delete | remove | reset | change | cancel | erase | wipe | clear | unreconcile | duplicate | move | edit | modify | switch off | turn off | close | open | lock | unlock | activate | deactivate | disappear | vanish | empty | unpack | unseal | refund | reverse | transfer | spend | top up | sign up | subscribe | renew) (themselves | itself)',
        '<-(problem | issue | error | message | notification | banner | warning | alert) (do not | does not | did not | never | cannot | can not | will not) (just | simply)? (remove | delete | cancel | change | reset | erase | wipe | unreconcile | edit | modify | move | add | charge | bill) ..4 (by (itself | themselves) | on (its | their) own)',
      ],
      suggest: ['let me double-check our records'],
      replaces: 'clause',
      messageId: 'neverWrong',
      unlessInSentence: [EN_SORRY, REASSURED, '(but | however | although | though | except | you (need | have) to | please | tap | click)'],
    },
    {
      // Two suspicions offered as the only choices: "either you ordered it yourself and forgot, or you shared your OTP
      // with someone", "sama ada encik terlupa atau ada orang lain yang guna akaun encik". Not a choice of what to do next
      // ("either you pay online or you pay at the counter").
      lang: ['en'],
      match: 'either you ..8 or (you | someone | somebody | one of your | a family member | anyone)',
      onlyWithInSentence: '(yourself | forgot | forgotten | shared | gave | lent | someone | somebody | anyone)',
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessInSentence: [EN_SORRY, '(if | whether)'],
    },
    {
      lang: ['id', 'ms'],
      match: `(entah | sama ada | antara) @customer ..8 (atau | ataupun) (@customer | ada orang | orang lain | seseorang | ada yang | ${THEIR_PEOPLE})`,
      onlyWithInSentence: '(lupa | terlupa | kongsi | berkongsi | share | pinjamkan | meminjamkan | bagi | berikan | memberikan | orang lain | seseorang | sendiri)',
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessInSentence: [ID_MS_SORRY, '(pilih | memilih | boleh | bisa | dapat | silakan | sila | nak | mau | ingin | mahu)'],
    },
    {
      // A defect denied unless the customer misused the thing: "takkan tukar warna kalau tak kena air atau minyak wangi",
      // "it's very unlikely it arrived cold unless it sat outside for a while".
      lang: ['id', 'ms'],
      match: '(tidak mungkin | mustahil | takkan | tidak akan | tidak bisa | tidak boleh | jarang) ..5 (kecuali | melainkan | kalau | jika | selagi) @customer? (tidak)? (terkena | kena | dibiarkan | dijatuhkan | terjatuh | jatuh | dicuci | dibasuh | direndam | dibanting | dipaksa | diusik | ditekuk | dibengkokkan | dibongkar)',
      suggest: { id: ['kami akan periksa penyebabnya'], ms: ['kami akan periksa penyebabnya'] },
      replaces: 'clause',
      unlessInSentence: [REASSURED, ID_MS_SORRY, '(silakan | sila | pastikan | mohon | tolong | hindari | elakkan | jangan)'],
    },
    {
      lang: ['en'],
      match: '(very | highly | extremely | pretty | quite)? unlikely ..8 unless (you | it | someone | somebody | they | it was | it had | your)',
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessInSentence: [EN_SORRY, REASSURED, '(courier | driver | rider | carrier | post office | weather | our | we | please | make sure | avoid)'],
    },
    {
      // A question that puts misuse to the customer after a denial of any fault of ours: "Sambal kami … gak mungkin basi.
      // Mungkin Ibu simpannya di luar kulkas?", "…very unlikely it arrived cold. Did you leave it at the door?"; a
      // question asked without the denial before it is a clarifying one.
      lang: ['id', 'ms'],
      match: '<-(_) (mungkin | barangkali | atau | jangan-jangan | apakah | adakah) @customer sendiri? (sudah | telah | pernah)? (simpan~ | menyimpan~ | biarkan~ | membiarkan~ | tinggalkan~ | meninggalkan~ | letak~ | meletakkan~ | taruh~ | menaruh~ | cuci~ | mencuci~ | basuh~ | membasuh~ | pakai~ | memakai~ | jatuhkan~ | menjatuhkan~ | pindahkan~ | memindahkan~ | ubah~ | mengubah~ | tukar~ | menukar~ | cabut~ | mencabut~ | matikan~ | mematikan~ | salah~ | tersalah~ | lupa~ | terlupa~ | tekuk~ | menekuk~)',
      onlyInQuestion: true,
      onlyWithInPreviousSentences: '(tidak mungkin | mustahil | takkan | tidak akan | tidak pernah ada (aduan | komplain | keluhan | masalah) | jarang sekali | sangat jarang)',
      previousSentences: 2,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: '<-(_) (did | have | were) you (perhaps | maybe | by any chance)? (leave | left | store | stored | keep | kept | put | wash | washed | drop | dropped | move | moved | change | changed | reset | unplug | unplugged | share | shared | give | gave | let | lend | lent | forget | forgot | leaving | storing | keeping)',
      onlyInQuestion: true,
      onlyWithInPreviousSentences: '(unlikely | impossible | (cannot | can not | could not | would not) (possibly)? have | never (had | happens | happened | been) | no way | (not | never) (a single | one) complaint)',
      previousSentences: 2,
      suggest: ['could you tell me what happened'],
      replaces: 'clause',
    },
    {
      // Our records set against the customer's word, and belief made to wait on proof: "rekod kami menunjukkan
      // sebaliknya", "our records show otherwise", "tanpa video kami susah nak percaya", "we hear that excuse a lot".
      lang: ['id', 'ms'],
      match: [
        `${ID_MS_RECORDS} _? (kami | kita)? (menunjukkan | tunjuk | tunjukkan | membuktikan | berkata | cakap | bilang | bercerita) (yang)? (sebaliknya | lain | berbeda | berbeza | cerita lain | lain cerita)`,
        '(tanpa | kalau tidak ada | kalau tiada) (bukti | video | foto | gambar | rakaman) ..5 (susah | sulit | sukar | tidak bisa | tidak boleh | tidak dapat) (bagi)? (kami | saya)? (nak | untuk | mau)? (percaya | mempercayai | yakin)',
        '(kami | saya) (sering | selalu | kerap | banyak) (dengar | mendengar | denger | dapat | terima | menerima) (alasan | cerita | klaim | dakwaan | helah) (seperti | macam | kayak | yang sama | begini | begitu | gini | gitu)',
        '(agak | terlalu | macam | agak terlalu) kebetulan',
      ],
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [ID_MS_SORRY, '(senang | beruntung | syukur | alhamdulillah | stok | promo)'],
    },
    {
      lang: ['en'],
      match: [
        '(records | logs | data | system | tracking | gps | cctv | footage | video | photo | photos | scan | scans | evidence) (clearly)? (show | shows | showed | say | says | said | tell | tells | indicate | indicates | suggest | suggests | prove | proves) (otherwise | differently | a different story | the opposite)',
        '(without | unless we see) (proof | evidence | a photo | a video | photos | footage) ..5 (cannot | can not | will not | would not | hard to) (really)? (believe | trust | accept your (word | claim | story))',
        '(we | i) (hear | get | see) (that | this | the same) (excuse | story | line | claim) (a lot | all the time | every day | constantly | often | so often | many times | every week)',
      ],
      ...EN_DOUBT,
    },
    {
      // Checking framed as distrust, and suspicion of customers learnt the hard way: "untuk memastikan klaim Kakak
      // benar", "buktikan bahawa encik tidak terima", "kami sudah sering tertipu", "kami harus berhati-hati dengan klaim
      // seperti ini"; a photo asked kindly so that we can process it stays clean.
      lang: ['id', 'ms'],
      match: [
        '(memastikan | pastikan | membuktikan | buktikan | mengesahkan | sahkan) (bahwa | bahawa)? (klaim~ | aduan~ | tuntutan~ | cerita~ | laporan~ | pengakuan~ | dakwaan~) @customer? (memang | benar-benar | betul-betul)? (benar | betul | asli | sah | jujur | bukan rekaan | bukan palsu | bukan bohong | tidak palsu | tidak bohong)',
        '(buktikan | membuktikan) (dulu | dahulu)? (bahwa | bahawa) @customer (tidak | memang | benar-benar | betul-betul | belum)',
        '(kami | kita | toko~ | kedai~ | perusahaan~ | syarikat~) (sudah | sering | pernah | banyak kali | berkali-kali | selalu) (sering | kali | banyak kali | berkali-kali)? (tertipu | ditipu | kena tipu | kena scam | dibohongi | dikelabui | terkena tipu)',
        '(kami | kita) (harus | perlu | mesti | kena | wajib) (berhati-hati | hati-hati | waspada | berwaspada) (dengan | terhadap | sama) (klaim~ | permintaan~ | kes~ | kasus~ | aduan~ | tuntutan~ | pelanggan~ | pembeli~) (seperti | macam | kayak | begini | begitu | yang)',
        // Misuse read off the photo: "dari foto terlihat barangnya sudah dipakai", "gambar menunjukkan kasut dah dicuci".
        '(foto~ | gambar~ | video~ | rakaman~ | bukti~) ..4 (terlihat | kelihatan | nampak | menunjukkan | tunjuk | jelas) (bahwa | bahawa)? ..3 (sudah | telah | pernah) (dipakai | dicuci | dibasuh | digunakan | terkena air | kena air | terjatuh | dijatuhkan | dibuka | dibongkar | diusik | diganti | ditukar)',
      ],
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [ID_MS_SORRY, '(kurir~ | ekspedisi~ | gudang~ | (kami | kita) (kirim | hantar | terima) | diretas | penipu | scammer | phishing)'],
    },
    {
      lang: ['en'],
      match: [
        '(make sure | ensure | verify | confirm | check) (that)? (you are | you were | your claim is | the claim is | this claim is | your story is | you are telling) (genuine | legitimate | not lying | telling the truth | true | real | honest | not making)',
        'prove (that)? you (did not | have not | never | really | actually | are telling | are not)',
        '(we | the store | the shop | the company) (have | has)? been (scammed | burned | cheated | fooled | lied to | taken advantage of) (before | too many times | many times | a lot | so many times | in the past | by customers)',
        '(we | i) (have to | need to | must) be (careful | cautious | wary) (with | about) (claims | requests | cases | customers | refunds | returns) (like (this | these | yours))?',
        // Misuse read off the photo: "the photos show the shoes have been worn".
        '(photo | photos | picture | pictures | video | images | footage) (clearly)? (show | shows | showed | suggest | suggests | indicate | indicates) (that)? (the | your | it | they | this) _? (has | have | had)? been (used | worn | washed | dropped | tampered with | exposed to water | opened | repaired | modified)',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: EN_NOT_AN_ACCUSATION,
      unlessInSentence: [EN_SORRY, '(courier | driver | rider | carrier | warehouse | we sent | we shipped | hacked | scammer | phishing | protect)'],
    },
    {
      // The thing used right would not have failed: the customer's misuse put as a condition. "gak mungkin jebol sendiri
      // dalam 2 minggu kalau dipakenya normal", "Kalau data yg dimasukkan betul, sistem memang tak akan salah kira",
      // "If the multipliers were set correctly the calculation would be right".
      lang: ['id', 'ms'],
      match: [
        `(tidak mungkin | tidak akan | mustahil | mana mungkin) ..6 (kalau | jika | asalkan | asal | selagi | sekiranya) ..2 (${USED_RIGHT_ID_MS})`,
        `<-(_) (kalau | jika | sekiranya | seandainya | asalkan) ..3 (${USED_RIGHT_ID_MS})`,
      ],
      onlyWithInSentence: '(tidak | tidak akan | tidak mungkin | mustahil | takkan) ..3 (salah | silap | tersilap | keliru | error | ralat | bermasalah | rosak | rusak | jebol | pecah | patah | putus | mati | hilang)',
      suggest: { id: ['kami akan periksa penyebabnya'], ms: ['kami akan periksa penyebabnya'] },
      replaces: 'clause',
      unlessInSentence: [REASSURED, ID_MS_SORRY, '(silakan | sila | pastikan | mohon | tolong | boleh | bisa) (cek | semak | periksa | pastikan)'],
    },
    {
      lang: ['en'],
      // Counterfactual only: "if the settings are correct, it will work" is a troubleshooting step. Of a thing set up, not
      // of "you": "if you had read the instructions properly you wouldn't be in this mess" is hostile-tone's.
      match: 'if (your _ | the _ | it | they | these | this | that) _? (were | had been) (set | set up | entered | configured | filled in | typed | installed | used | plugged in | connected) ..3 (correctly | properly | right | as instructed | as described)',
      onlyWithInSentence: 'would (be | have | work | show | calculate | come | not)',
      suggest: ["I'll look into what caused this"],
      replaces: 'clause',
      unlessInSentence: EN_SORRY,
    },
    {
      // Suspicion of customers as a group, in its usual words: "sering banget dapet pembeli yg modusnya gini", "dah banyak
      // kes pelanggan mengaku tak langgan padahal…", "kerusakan segel semacam itu hampir selalu disengaja oleh pemilik
      // rumah" (the English counterparts are in the English family of customers as a group).
      lang: ['id', 'ms'],
      match: [
        `(pelanggan | pembeli | customer | konsumen | pengguna | akun~ | orang | penyewa | pemohon) yang? (modus~ | akal-akalan~ | ngakal~ | mengakali~ | berakal bulus~)`,
        `(banyak | ramai | sering | kerap | selalu) (kes | kasus | kejadian | kali) @clientele (complain | komplain | mengadu | klaim | mengklaim | lapor | melapor | bilang | cakap | kata | ngaku | mengaku | dakwa | mendakwa) ..4 (padahal | walhal | sedangkan)`,
        `(hampir selalu | biasanya | selalunya | kebanyakan | umumnya | lazimnya | sering | seringkali | kerap kali | kerap) (disengaja | sengaja dibuat | sengaja dirusak | sengaja dirosakkan | ulah | perbuatan | angkara) (oleh)? (pemilik | pelanggan | penghuni | pengguna | pembeli | customer | penyewa | pemakai | tuan rumah)`,
      ],
      ...ID_MS_DOUBT,
    },
    {
      // Someone of the customer's, suspected: "kemungkinan besar ada yg pakai hotspot kakak tanpa bilang", "mesti ada
      // seseorang kat klinik yg tekan", "Kemungkinan besar staf Dokter sendiri yang tidak sengaja menghapusnya", "mungkin
      // dia tak perasan atau sengaja nak minta lagi".
      lang: ['id', 'ms'],
      match: [
        `${CERTAIN} ada (orang | seseorang)? lain? yang (diam-diam)? (${ID_MS_SUSPECT_ACT}) ..4 (@customer | tanpa (bilang | izin | sepengetahuan | pengetahuan | kebenaran | memberitahu | bagitahu))`,
        `${CERTAIN} ada (orang | seseorang) (kat | di | dari | dalam) _ _? yang (sudah | telah | dah)? (${ID_MS_SUSPECT_ACT} | tekan~ | menekan~ | ubah~ | mengubah~)`,
        `${CERTAIN} ada? ${THEIR_PEOPLE} _? sendiri yang (tidak sengaja | tak sengaja | tanpa sengaja)? (${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED})`,
        '(atau | mungkin | jangan-jangan | entah-entah | memang | mesti) (dia | mereka | @customer)? sengaja (nak | mau | mahu | ingin | hendak) (minta | meminta | dapat | dapatkan | mendapatkan | ambil | cari | claim | klaim | tuntut | menuntut) -(maaf)',
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: [NOT_AN_ACCUSATION, '(dapat | bisa | boleh | perlu | harus | hendaklah | silakan | sila | mohon)'],
      unlessInSentence: ['\\?', ID_MS_SORRY, '(diretas | dibobol | hack | hacker | digodam | penipu | scammer | scam | pihak ketiga | phishing)'],
    },
    {
      // A question that doubts the customer checked, by its intensifier: "Cik betul2 dah check peti surat?", "Kakak
      // beneran sudah cari di semua folder?"; a plain "Kakak sudah cek folder spam?" is a clarifying question ("Did you
      // even look?" is contempt, hostile-tone's).
      lang: ['id', 'ms'],
      match: '@customer (benar-benar | betul-betul | beneran | bener-bener | sungguh-sungguh) (sudah | telah | dah)? (cek | check | mengecek | ngecek | semak | menyemak | periksa | memeriksa | tengok | lihat | liat | cari | mencari | nyari | baca | membaca | tanya | bertanya | buka | membuka)',
      onlyInQuestion: true,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
    },
    {
      // Belief made to wait on proof: "Kami perlukan laporan polis sebelum percaya", "kami baru bisa percaya kalau ada
      // bukti", "we'll need proof before we can believe you"; and honesty asked for, which says it was missing: "tolong
      // jujur saja, Kak", "sila berterus terang", "please be honest with us".
      lang: ['id', 'ms'],
      match: [
        '(sebelum | baru | hanya | cuma) (kami | saya)? (bisa | boleh | dapat | akan | nak)? (percaya | mempercayai | yakin | terima cerita | menerima cerita)',
        '(tolong | mohon | sila | harap | hendaklah | sebaiknya | lebih baik) @customer? (jujur | berterus terang | berterus-terang | berkata jujur | bercakap benar | cakap benar | mengaku saja | ngaku aja | ngaku saja)',
      ],
      ...ID_MS_DOUBT,
    },
    {
      lang: ['en'],
      match: [
        'before (we | i) (can | could | will)? (believe | trust | accept) (you | your | this | that | the claim | it)',
        '(please | kindly | i need you to | we need you to) be (honest | truthful | straight) (with (us | me))?',
        '(tell | give) (us | me) the (truth | real story) -(about (our | the delay))',
        'come clean',
      ],
      ...EN_DOUBT,
    },
    {
      // The disclaimer before an accusation, with trust as its word: "Bukan kami tak percaya, tapi…", "it's not that we
      // don't believe you, but…", "no offence, but…".
      lang: ['id', 'ms'],
      match: '(bukan | bukannya) (kami | saya | kita) (tidak | tak) (percaya | mempercayai | yakin) (@customer | dengan @customer | pada @customer | kepada @customer)? \\,? (tapi | tetapi | namun | cuma | cuman)',
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: [
        'not that (we | i) (do not | did not) (believe | trust) you \\,? but',
        'no offen(c | s)e \\,? but',
      ],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // Taking advantage, said of the customer or of customers: "jangan ambil kesempatan", "ramai pelanggan cuba ambil
      // kesempatan", "you're trying to take advantage of the policy", "some customers try to game the system"; not an
      // offer to take advantage of.
      lang: ['id', 'ms'],
      match: [
        '(@customer | pelanggan | pembeli | customer | orang | pengguna) (cuba | coba | mencoba | mencuba | sengaja | nak | mau | ingin)? (ambil | mengambil) (kesempatan | peluang) -(ini | promo~ | tawaran~ | diskon~ | diskaun~)',
        'jangan (ambil | mengambil) (kesempatan | untung)',
        '(memanfaatkan | manfaatkan | menyalahgunakan | salah guna | mengakali | akali) (kebijakan | polisi | sistem | promo | garansi | jaminan | waranti | aturan | peraturan) (kami | ini | kita)?',
      ],
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [ID_MS_SORRY, '(silakan | sila | jangan lewatkan | yuk | ayo | jom)'],
    },
    {
      lang: ['en'],
      match: [
        '(you | customers | people | users | some | someone | buyers | guests) (are | were | have been | keep)? (trying to | try to | tried to)? (take | taking) advantage (of (us | our | the | this) (policy | system | returns | return policy | goodwill | guarantee | warranty | offer)?)? -(_? (offer | deal | sale | promotion | discount))',
        '(game | gaming | abuse | abusing | exploit | exploiting) (the | our) (system | policy | returns | return policy | refund policy | guarantee | warranty)',
      ],
      suggest: THANKS_FOR_TELLING_US,
      replaces: 'clause',
      unlessAfter: '(if | when | never | not | think | whether | can | could | to)',
      unlessInSentence: [EN_SORRY, '(protect | hacker | scammer | fraudster | compromised)'],
    },
    {
      // The customer's carelessness taken as likely: "you probably just missed the email", "you most likely forgot to
      // confirm", "mungkin Kakak kurang teliti"; asked kindly ("let me", "?"), it stays clean.
      lang: ['en'],
      match: 'you (probably | most likely | obviously | clearly | evidently) (just)? (forgot | missed | overlooked | misread | mistyped | ignored | skipped | did not (see | notice | read | check | follow | bother))',
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessAfter: EN_NOT_AN_ACCUSATION,
      unlessInSentence: [EN_SORRY, '\\?', '(let me | happy to | no worries | easy to miss | it happens | happens to)'],
    },
    {
      // Carelessness said as a fact: "Kakak tidak membaca deskripsi produk", "encik tak ikut arahan dalam emel", "you
      // didn't read the size chart"; not a condition ("kalau Kakak tidak baca…"), a question, a kind offer to resend, nor
      // "belum" ("Ibu belum membaca email kami", not yet: an observation).
      lang: ['id', 'ms'],
      match: `@customer (memang | jelas | rupanya | nampaknya)? (tidak | tak) (membaca | baca | cek | mengecek | semak | menyemak | ikut | mengikut | mengikuti | ikuti | perhatikan | memperhatikan | ambil perhatian) (${MANUALS_ID_MS})`,
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [...ASKED_KINDLY, ID_MS_SORRY],
    },
    {
      lang: ['en'],
      match: `you (clearly | obviously | evidently | apparently)? (did not | have not | never) (read | check | checked | follow | followed | look at | looked at | pay attention to) (${MANUALS_EN})`,
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessAfter: '(if | when | in case | whether | not | think | maybe | perhaps | unless)',
      unlessInSentence: [EN_SORRY, '\\?', '(let me | i will resend | i have resent | here it is | easy to miss | no worries | happens)'],
    },
    {
      // Disbelief by idiom: "semua orang cakap macam tu", "alasan klasik", "that's what they all say", "the oldest excuse in
      // the book".
      lang: ['id', 'ms'],
      match: [
        '(semua | setiap) @clientele (pun | juga)? (cakap | kata | bilang | ngomong | mengaku | beralasan) (macam tu | macam itu | camtu | begitu | gitu | begini | macam ni | hal yang sama | benda yang sama)',
        // Not "cerita yang sama" (telling it again) nor "alasan yang sama" (the same reason).
        '(alasan | helah | dalih) (klasik | basi)',
      ],
      ...ID_MS_DOUBT,
    },
    {
      lang: ['en'],
      match: [
        "(that is | that's | it is) what (they | everyone | everybody | all customers | every customer | customers) (all)? (say | says | claim | claims)",
        '(everyone | everybody | every customer | all customers) (says | say | claims | claim) (that | this)',
        '(the | a)? (classic | oldest | usual | same old) (excuse | story | line | trick) -(_? _? (we | our | i))',
      ],
      ...EN_DOUBT,
    },
    {
      // The rhetorical question that doubts the customer's care: "Kok bisa Kakak gak tahu?", "Macam mana encik boleh tak
      // perasan?", "How could you not notice?"; not "how can I help".
      lang: ['id', 'ms'],
      match: '(kok bisa | kok | macam mana | bagaimana | gimana | mengapa | kenapa) @customer (bisa | boleh | sampai)? (tidak | tak | belum) (tahu | tau | perasan | sadar | sedar | baca | membaca | lihat | liat | nampak | dengar | ingat | cek | semak | periksa)',
      onlyInQuestion: true,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: 'how (did | could | can | do) you (not | never | fail to | miss) (notice | see | know | read | realise | realize | check | spot | hear | it | this | that)',
      onlyInQuestion: true,
      suggest: ['could you tell me what happened'],
      replaces: 'clause',
    },
    {
      // The customer's slip taken as seen: "it looks like you entered the wrong postcode", "seems you picked the wrong
      // size"; asked kindly it stays clean.
      lang: ['en'],
      match: '(looks like | seems like | it seems | seems | it appears | appears) (that)? you (have | had)? (entered | typed | selected | chose | chosen | picked | clicked | used | put in | input | ordered | booked | set) (the | a | an)? (wrong | incorrect)',
      suggest: LET_ME_CHECK,
      replaces: 'clause',
      unlessAfter: '(if | when | not | never | whether)',
      unlessInSentence: [EN_SORRY, '\\?', '(let me | happy to | no worries | easy to (miss | do | make) | it happens | happens to | i have (changed | updated | fixed | corrected) | i will (change | update | fix | correct))'],
    },
    {
      // Doing it without the customer's knowing called impossible, so that they did it: "Kecil kemungkinan pengajuan tsb
      // terjadi tanpa sepengetahuan Bapak", "Mustahil transaksi ini boleh berlaku tanpa pengetahuan encik", "tidak mungkin
      // transaksi ini dilakukan oleh orang lain", "highly unlikely that the transaction was carried out without your
      // knowledge". Not a hacker's doing explained to protect the customer.
      lang: ['id', 'ms'],
      match: `(tidak mungkin | mustahil | mana mungkin | takkan | kecil kemungkinan | sangat kecil kemungkinan | tipis kemungkinan | kemungkinannya kecil) ..8 (tanpa (sepengetahuan | pengetahuan | persetujuan | izin | keizinan | kebenaran | keterlibatan | penglibatan) @customer | (dilakukan | dibuat | digunakan | dipakai) oleh (orang lain | pihak lain | orang luar))`,
      ...ID_MS_DOUBT,
      suggest: WE_WILL_CHECK,
      // "tidak mungkin ada yang bisa masuk tanpa sepengetahuan Bapak, jadi akun Bapak aman" reassures.
      unlessInSentence: [ID_MS_SORRY, REASSURED, '(diretas | dibobol | hack | hacker | digodam | korban | mangsa | phishing | melindungi | lindungi)'],
    },
    {
      lang: ['en'],
      match: [
        '(unlikely | impossible | implausible | hard to see how | cannot have | could not have) ..8 without your (knowledge | involvement | consent | authorisation | authorization | approval | permission | say-so)',
        '(unlikely | impossible | implausible) ..6 (by | from) (someone | anyone | somebody) (else | other than you)',
      ],
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      unlessInSentence: [EN_SORRY, REASSURED, '(hacked | compromised | scam | scammer | phishing | protect | fraudster | stolen | safe | secure | rest assured)'],
    },
    {
      // Our belief that the customer or theirs did it: "Kami percaya encik sendiri yang buat pembelian tersebut", "kami
      // meyakini aktivasi tersebut dilakukan oleh Ibu sendiri", "kami percaya kerosakan itu berpunca daripada tindakan
      // tetamu sendiri", "we believe you made this purchase yourself". Not a victim named ("kami menduga Bapak sendiri
      // menjadi korban penipuan"), nor trust in what they can do ("saya yakin Kakak sendiri bisa mengubahnya").
      lang: ['id', 'ms'],
      match: [
        `(kami | saya) (percaya | yakin | meyakini | berkeyakinan | menduga | mengesyaki | syak | mensyaki | anggap | menganggap) (bahwa | bahawa | yang)? ..8 (@customer | ${HOUSEHOLD} | tetamu | tamu | penumpang) sendiri (yang | atau | dan)`,
        `(kami | saya) (percaya | yakin | meyakini | berkeyakinan | menduga | mengesyaki | syak | mensyaki | anggap | menganggap) (bahwa | bahawa | yang)? ..8 (oleh | daripada | dari) (tindakan | perbuatan | kelalaian | kecuaian | ulah | angkara)? (@customer | ${HOUSEHOLD} | tetamu | tamu | penumpang | pelanggan | pengguna) sendiri`,
      ],
      ...ID_MS_DOUBT,
      suggest: WE_WILL_CHECK,
      // Nor trust that they know best or deserve it: "Kami yakin Kakak sendiri yang paling tahu kebutuhan Kakak".
      unlessInSentence: [
        ID_MS_SORRY,
        '(korban | mangsa | tertipu | ditipu | diretas | dibobol | digodam)',
        'sendiri (yang)? (paling | lebih | tentu | pasti | sudah)? (tahu | tau | paham | faham | mengerti | arif | berhak | layak | pantas | mampu | bisa memilih | boleh memilih | boleh pilih | bisa pilih)',
      ],
    },
    {
      lang: ['en'],
      match: [
        '(we | i) (believe | are confident | are satisfied | are certain | suspect | are sure) (that)? ..6 (you yourself | by you yourself | you (personally)? (made | authorised | authorized | approved | carried out | placed | initiated | booked | ordered) (the | this | that | these | those) (transaction | transactions | purchase | purchases | payment | payments | booking | order | charge | charges | transfer | withdrawal | activation))',
      ],
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      // Nor trust that they know best or deserve it: "We believe you yourself deserve a full refund here".
      unlessInSentence: [
        EN_SORRY,
        '(victim | scammed | hacked | compromised | phishing | protect)',
        'yourself (really | truly | fully | certainly | best)? (deserve | deserves | deserved | know | knows | are entitled | are owed | are the best | understand | can decide | can choose | would know | are right)',
      ],
    },
    {
      // Such claims said to be usually false, or found so: "klaim kehilangan HP ... biasanya cukup mencurigakan", "kebanyakan
      // tuntutan barang kemas hilang yang kami terima tidak dapat dibuktikan", "Claims made this soon after a policy starts
      // are often not genuine", "Claims with that kind of pattern are frequently inflated", "we see a lot of inflated
      // claims", "Passengers rarely admit to how much they've had", "It's quite common for owners to claim the car wasn't
      // used". A claim that our own side made up or a warning about fraudsters stays clean.
      lang: ['id', 'ms'],
      match: [
        '(biasanya | sering | seringkali | kerap | selalunya | kebanyakannya | umumnya | banyak yang) (cukup | agak | sangat | memang)? (mencurigakan | palsu | tidak benar | tidak jujur | dibesar-besarkan | dilebih-lebihkan | rekaan | direka | mengada-ada | tidak betul)',
        '(kebanyakan | sebagian besar | sebahagian besar | banyak) (tuntutan | klaim | aduan | laporan | kes | kasus | sanggahan | pengaduan | komplain) ..8 (tidak dapat dibuktikan | tidak boleh dibuktikan | tidak terbukti | palsu | tidak benar | rekaan)',
        '(pelanggan | penumpang | pembeli | pengguna | nasabah | orang | tamu | tetamu | penyewa) (jarang | jarang sekali | tidak pernah | tak pernah | mana ada) (mengaku | ngaku | jujur | berterus terang | berterus-terang)',
      ],
      onlyWithInSentence: '(klaim~ | tuntutan~ | aduan~ | laporan~ | komplain~ | kasus | kes | sanggahan~ | pengaduan~ | cerita~ | alasan~ | mengaku | ngaku | jujur | berterus)',
      ...ID_MS_DOUBT,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE, '(kurir~ | ekspedisi~ | (staf~ | petugas~ | pegawai~ | sistem~) (kami | kita))'],
    },
    {
      lang: ['en'],
      match: [
        '(often | frequently | usually | commonly | mostly | typically | sometimes) (not genuine | not true | not honest | not legitimate | inflated | exaggerated | fake | false | fraudulent | bogus | suspicious | made up)',
        `${EN_MANY} (inflated | exaggerated | fake | false | bogus | fraudulent | dodgy | dubious | made-up | opportunistic) (claims | complaints | disputes | reports | requests | returns)`,
        '(customers | passengers | guests | people | users | tenants | drivers | applicants | buyers) (rarely | seldom | never | do not | hardly ever) (admit | own up | tell the truth | are honest)',
        '(quite | very | pretty | really | fairly)? (common | usual | typical | normal) for (customers | owners | passengers | guests | people | users | tenants | buyers | cardholders | applicants | policyholders | drivers) to (claim | say | insist | pretend | deny | report | dispute)',
      ],
      onlyWithInSentence: '(claim | claims | cases | disputes | reports | complaints | requests | returns | admit | own up | truth | honest)',
      ...EN_DOUBT,
      unlessInSentence: [EN_SORRY, PROTECTIVE, '(courier | driver | our (staff | team | system))'],
    },
    {
      // Most claims said to turn out otherwise: "Most 'unrecognised' charges we see turn out to be genuine", "a large
      // proportion of non-delivery disputes turn out to be items that were delivered", "Most of these cases turn out to be
      // the guard or a neighbour taking it in"; "items reported missing are almost always later found in guests' own
      // luggage".
      lang: ['en'],
      match: [
        '(most | many | a lot | lots | plenty | the majority | the vast majority | a large proportion | a high proportion | a big proportion | a large share | nearly all | almost all | nine out of ten | 9 out of 10) (of)? ..6 (turn | turns | turned) out (to be | to have been)?',
        '(later | eventually | usually | always | often)? (found | turn up | turns up | turned up) ..3 own (luggage | bags | bag | home | house | room | car | belongings | pockets | suitcase)',
      ],
      onlyWithInSentence: '(claims | claim | cases | disputes | charges | reports | complaints | requests | items | parcels | transactions | reported)',
      ...EN_DOUBT,
      // Nor what they turn out to be innocent: "Many of these cases turn out to be a simple bank delay", "Most parcels reported
      // as late turn out to be just a day behind".
      unlessInSentence: [
        EN_SORRY,
        PROTECTIVE,
        '(our (fault | error | mistake | system | side | end | courier | driver) | courier | glitch | bug | outage)',
        '(turn | turns | turned) out (to be | to have been)? ..4 (delay | delays | delayed | late | behind | held up | in transit | pending | processing | timing | a hold | on hold | bank holiday | weekend)',
      ],
    },
    {
      // Such cases said usually to turn out to be the customer's side: "Kasus seperti ini biasanya ternyata dipesan oleh
      // anggota keluarga yg pinjam HP", "biasanya kalo kasus kayak gini ternyata yg naik itu temen atau keluarga", and the
      // customer's side said to do it on purpose: "Biasanya pelanggan yg gak angkat telp itu sengaja biar gak kena biaya".
      lang: ['id', 'ms'],
      match: [
        `${USUALLY_ID_MS} ..6 (ternyata | rupanya | sebenarnya | ujung-ujungnya | akhirnya) ..5 (${THEIR_PEOPLE} | ${HOUSEHOLD} | temen | @customer sendiri)`,
        `${USUALLY_ID_MS} ..7 ${THEIR_SIDE_ID_MS} ..6 (sengaja | dengan sengaja | pura-pura | berpura-pura | buat-buat) -(tidak | tak | bukan)`,
      ],
      ...ID_MS_DOUBT,
      suggest: WE_WILL_CHECK,
      unlessInSentence: [...ASKED_KINDLY, ID_MS_SORRY, '(kurir~ | ekspedisi~ | (teknisi~ | petugas~ | juruteknik~ | staf~ | pegawai~ | pekerja~ | tim~ | pasukan~ | sistem~ | server~) @ours)'],
    },
    {
      // The customer's account or transactions read as crime: "pola seperti ini biasanya dipakai utk penampungan dana judi
      // online", "terindikasi kuat digunakan untuk aktivitas judi online", "pola yang biasa dipakai buat manipulasi",
      // "one of the most common patterns we see in money mule cases", "abuse of the chargeback process", "first-party
      // fraud". Not a hacker's doing, said to protect the customer.
      lang: ['id', 'ms'],
      match: [
        '(terindikasi | indikasi | diindikasikan | diduga | dicurigai | disyaki | disyaki digunakan | lazim digunakan | lazim dipakai | biasa dipakai | biasa digunakan | biasanya dipakai | biasanya digunakan | sering dipakai | sering digunakan) ..6 (judi | pencucian uang | pengubahan wang haram | money laundering | gesek tunai | penampungan dana | manipulasi | akaun keldai | rekening penampung | keldai akaun)',
        // The customer's use of a process called abuse: "akun yang menyalahgunakan proses dispute".
        '(menyalahgunakan | salah guna | penyalahgunaan | mengakali) (proses | fitur | layanan | dispute | sanggahan | chargeback | tuntutan | klaim | prosedur)',
      ],
      ...ID_MS_DOUBT,
      suggest: WE_WILL_CHECK,
      // The words alone: a threat often follows in the same clause ("… akan kami laporkan ke polisi"), counter-threat's.
      replaces: 'words',
      unlessInSentence: [ID_MS_SORRY, '(korban | mangsa | diretas | dibobol | hack | hacker | digodam | melindungi | lindungi | keamanan akun)'],
    },
    {
      lang: ['en'],
      match: [
        '(common | typical | classic | usual | known) (pattern | patterns | sign | signs | red flag | red flags | indicator | indicators) ..6 (money mule | mule | laundering | first-party fraud | chargeback fraud)',
        '(abuse | misuse) of the (chargeback | dispute | disputes | refund | refunds | returns | claims | complaints) (process | system | policy)',
      ],
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      replaces: 'words',
      unlessInSentence: [EN_SORRY, '(victim | hacked | compromised | protect | scammed)'],
    },
    {
      // The words alone, since they often sit inside a threat ("report the matter to the police as first-party fraud"),
      // which counter-threat words as a whole.
      lang: ['en'],
      match: 'first-party fraud',
      suggest: ['a dispute'],
      unlessInSentence: [EN_SORRY, '(victim | hacked | compromised | protect | scammed)'],
    },
    {
      // Questions that doubt what the customer did or says: "Did you maybe add a night at check-in and forget about it?",
      // "Have you actually been opening the windows?", "could you confirm whether you have actually contacted the merchant",
      // "beneran udah bayar?", "apakah Ibu sendiri bertanya dengan sopan?", "Kakak jangan-jangan pake nomor orang lain?".
      lang: ['en'],
      match: [
        '(did | have) you (maybe | perhaps | possibly) ..5 (forget | forgot | forgotten)',
        'have you actually been',
        '(whether | if) you (have | had)? actually (contacted | checked | looked | read | tried | searched | received | opened | spoken | called | been)',
      ],
      suggest: ['could you tell me what happened'],
      replaces: 'clause',
      unlessAfter: '(if | when)',
      unlessInSentence: EN_SORRY,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '<-(_) (beneran | benar-benar | betul-betul | bener-bener | sungguh-sungguh) (sudah | telah | dah)? (bayar | membayar | transfer | cek | check | semak | periksa | cari | baca | tanya)',
        '(apakah | adakah) @customer sendiri (juga)? (sudah)? (bertanya | berbicara | bersikap | bercakap | berkata | menjaga | jaga | bersopan)',
        '(jangan-jangan | entah-entah) @customer? (pakai | pake | guna | gunakan | menggunakan | masukkan | isi | daftar) ..3 (orang lain | yang salah)',
      ],
      onlyInQuestion: true,
      suggest: TELL_ME_WHAT_HAPPENED,
      replaces: 'clause',
    },
    {
      // Received but not noticed, and forgotten, said for the customer: "rasanya cik dah terima cuma tak perasan kot",
      // "It's more likely you've simply forgotten a small purchase". A question asks; "belum" (not yet) is clean.
      lang: ['id', 'ms'],
      match: '@customer (sudah | dah | udah | telah) (terima | menerima | dapat | mendapat) (cuma | hanya | cuman | tapi | tetapi)? (tidak | tak) (perasan | sadar | sedar | lihat | nampak | perhatikan)',
      ...ID_MS_DOUBT,
      unlessInSentence: [ID_MS_SORRY, '\\?'],
    },
    {
      lang: ['en'],
      match: '(more likely | most likely | likely | probably) (that)? you have? (simply | just)? (forgotten | forgot | missed | overlooked | misremembered)',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      unlessInSentence: [EN_SORRY, '\\?', '(let me | happy to | no worries | easy to miss | it happens | happens to)'],
    },
    {
      // Suspicion of the customer or their people, taken as likely: "mesti encik ada share OTP dengan orang lain",
      // "kemungkinan besar hotspot kakak dipakai orang lain", "kemungkinan besar transaksi dilakukan oleh Bapak atau orang
      // terdekat", "mesti ada orang lain yang pandu kereta encik". Not a hacker's doing, nor a kind question.
      lang: ['id', 'ms'],
      match: [
        `(${CERTAIN} @customer | @customer ${CERTAIN}) (ada | sudah | telah | pernah)? ${ID_MS_SUSPECT_ACT} ..4 (orang lain | pihak lain | seseorang | sesiapa)`,
        `${CERTAIN} ..4 (dipakai | digunakan | diakses | dibuka | diambil | dilakukan | dibuat | dipesan) oleh? (@customer | orang lain | orang terdekat | ${HOUSEHOLD} | ${THEIR_PEOPLE} @customer)`,
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
      unlessAfter: [NOT_AN_ACCUSATION, '(dapat | bisa | boleh | perlu | harus | hendaklah | silakan | sila | mohon)'],
      unlessInSentence: ['\\?', ID_MS_SORRY, '(diretas | dibobol | hack | hacker | digodam | penipu | scammer | scam | pihak ketiga | phishing | korban | mangsa)'],
    },
    {
      // Misuse read off the item, hedged: "Honestly it looks like it got dropped", "it seems likely it was packed already
      // damaged", "sepertinya HP-nya pernah terjatuh", "nampak macam kena air". Not damage in transit, which is ours or the
      // courier's.
      lang: ['en'],
      match: '(looks like | seems like | seems | appears | likely | probably) (that)? (it | they | the _ | your _) (got | was | were | had been | has been | have been) (already)? (dropped | forced | mishandled | misused | tampered with | submerged | exposed to water | sat on | stepped on | packed already damaged | worn | washed)',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      unlessInSentence: [EN_SORRY, '\\?', '(in transit | courier | delivery | shipping | our warehouse | we (dropped | packed | sent) | in the post | on the way)'],
    },
    {
      lang: ['id', 'ms'],
      match: '(sepertinya | kelihatannya | kayaknya | nampaknya | nampak macam | macam | tampaknya) (hp~ | ponsel~ | telefon~ | barang~ | unit~ | perangkat~ | produk~ | alat~)? (ini | itu | tu | ni)? (pernah | sudah | dah)? (terjatuh | jatuh | dijatuhkan | terkena air | kena air | masuk air | dibanting | dihempas | terhempas | dipaksa | dibongkar)',
      ...ID_MS_DOUBT,
      suggest: { id: ['kami akan periksa penyebabnya'], ms: ['kami akan periksa penyebabnya'] },
      unlessInSentence: [ID_MS_SORRY, '\\?', '(kurir~ | ekspedisi~ | pengiriman | penghantaran | perjalanan | gudang~ | (kami | kita) (kirim | hantar | bungkus))'],
    },
    {
      // Lost by the customer, said as likely: "Kemungkinan kamera tertinggal di tempat lain", "you probably left it
      // somewhere else"; "9 out of 10 times the item turns up somewhere in the house". Asked, it is a clarifying question.
      lang: ['id', 'ms'],
      match: `(${HEDGED} | ${CERTAIN}) ..3 (tertinggal | ketinggalan | terselip | tercicir | terlupa) (di)? (tempat lain | luar | rumah | mana-mana)`,
      ...ID_MS_DOUBT,
      suggest: WE_WILL_CHECK,
      unlessInSentence: [...ASKED_KINDLY, ID_MS_SORRY],
    },
    {
      lang: ['en'],
      match: [
        '(probably | most likely | likely | must have) (left | misplaced | lost | mislaid) (it | them | the _ | your _)? (somewhere else | elsewhere | at home)',
        '(turns up | turn up | turned up | shows up | show up) (somewhere)? (in | around | at) (the | your) (house | home | flat | apartment | office | car)',
        // "lots of times someone else in the house opens it first"
        `(often | usually | typically | normally | lots of times | most times | most of the time) ${EN_SOMEONE_OF_YOURS} else? ${EN_YOUR_PLACE}`,
        `(often | usually | typically | normally | lots of times | most times | most of the time) ${EN_SOMEONE_OF_YOURS} else? (in | at) the (house | home | household | office | family)`,
      ],
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      unlessInSentence: [EN_SORRY, '\\?', '(let me | happy to | could you | can you | would you)'],
    },
    {
      // Proof demanded with "really", which says we doubt it: "If you really did write it yourself, you'll need to prove
      // it", "Kalau memang sdh bayar, tolong kirim bukti", "kalau Kakak memang jualan, kirimkan bukti pesanan". A plain
      // request for a receipt so that we can process it stays clean.
      lang: ['en'],
      match: '(if | unless) you (really | genuinely | actually | truly) (did | wrote | made | paid | sent | received | had no | were not | did not | never)',
      onlyWithInSentence: '(prove | proof | evidence | show us | documents | receipts)',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
    },
    {
      lang: ['id', 'ms'],
      match: '(kalau | jika | sekiranya | kalaupun | seandainya) @customer? (memang | benar-benar | betul-betul | bener-bener | beneran) @customer? (sudah | dah | udah | telah | tidak | tak | belum | pernah)?',
      onlyWithInSentence: '(bukti~ | buktikan | membuktikan | dibuktikan)',
      suggest: THANKS_FOR_EXPLAINING,
      replaces: 'clause',
      unlessInSentence: ID_MS_SORRY,
    },
    {
      // Our guess that someone there did it: "kami duga ada yang merokok di kamar tersebut", "saya syak ada orang yang
      // usik meter". Not of our own side ("kami duga ada yang salah di sistem kami").
      lang: ['id', 'ms'],
      match: `(kami | saya) (duga | menduga | curiga | mencurigai | yakin | percaya | syak | mengesyaki | mensyaki) ada (yang | orang | seseorang) (yang)? (${ID_MS_SUSPECT_ACT} | ${ID_MS_MISDEED} | merokok | mencuri)`,
      ...ID_MS_DOUBT,
      suggest: WE_WILL_CHECK,
      unlessInSentence: [ID_MS_SORRY, '(sistem~ | (pihak | sisi | staf | petugas | tim) (kami | kita) | kurir~ | diretas | dibobol | hacker | penipu | korban | mangsa)'],
    },
    {
      // The likely culprit named: "it's more likely someone in your household used the data", "it looks as though you
      // dropped it", "chances are someone at your office shared the login". A slip of entry ("it looks like you entered
      // the wrong postcode, I've corrected it") is a diagnosis, not suspicion.
      lang: ['en'],
      match: `${EN_LIKELY} ${EN_SUSPECT} (has | have | had | may have | might have | must have)? ${EN_MISDEED_DONE}`,
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
    },
    {
      // A tag question that doubts the customer did their part: "You did read the terms before signing, right?",
      // "you did check the parcel at the door, didn't you?", "Surely you noticed the charge?"
      lang: ['en'],
      match: [
        `you (did | have | had) (actually | really | definitely)? ${EN_CHECKED_PAST} ..6 (right | correct | surely | did not you | have not you | had not you | did you not | have you not) \\?`,
        `surely you (would have | must have | have | had | did)? ${EN_CHECKED_PAST}`,
      ],
      onlyInQuestion: true,
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
    },
    {
      // Hedged suspicion said outright: "we have reason to believe the account was shared", "good grounds to suspect".
      // Not when the reason is a fraud on the customer ("reason to believe your account was compromised").
      lang: ['en'],
      match: '(we | i) (have | had | now have) (good | strong | some | every | reasonable | sufficient | clear)? (reason | reasons | grounds) to (believe | suspect | think | doubt | question)',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      unlessInSentence: [EN_SORRY, '(@victim-of-crime | compromised | phishing | targeted | impersonat~ | skimmed | cloned)'],
    },
    {
      // The customer's account doubted: "your account of events doesn't add up", "your story does not match what our
      // driver reported", "we can't accept your version".
      lang: ['en'],
      match: [
        '(your | the customer \'s | this | that) (story | account | version | version of events | account of events | claim | explanation | timeline) (does not | do not | did not | simply does not | just does not) (quite)? (add up | match | make sense | hold up | line up | stack up | tally | check out)',
        '(we | i) (cannot | can not | could not | do not | are unable to | am unable to) (believe | accept) (your | this | that) (claim | story | account | explanation | version)',
      ],
      ...EN_DOUBT,
    },
    {
      // The damage read as the customer's doing: "the damage is consistent with the unit being dropped".
      lang: ['en'],
      match: '(damage | crack | cracks | dent | dents | marks | scratches | wear | break | breakage | fault | this | it) (is | are | looks | look | appears | seems) (fully | entirely | very much)? (consistent with | typical of | indicative of | characteristic of | a clear sign of | clearly from) (a | an | the)? (unit | device | item | phone | product)? (being)? (drop | dropped | fall | impact | misuse | mishandling | mishandled | rough handling | user damage | physical damage | liquid | water | force | forced | overloading)',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
    },
    {
      // Every other cause ruled out but the customer's: "the only way this could happen is if someone used your PIN".
      lang: ['en'],
      match: '(the)? only (way | explanation | possible explanation | way that) (this | that | it | the charge | the transaction) (could | can | would) (have)? (happen | happened | occur | occurred | be made | been made) (is | would be) (if | that)? (you | someone | somebody | a person)',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
    },
    {
      // The odds set against the customer: "nine times out of ten it's someone in the household", "in 9 out of 10 cases the
      // parcel turns up with a neighbour". The courier or our side named as the usual cause is no suspicion of theirs.
      lang: ['en'],
      match: '(nine | 9) (times | cases)? out of (ten | 10) (times | cases)?',
      onlyWithInSentence: '(someone | somebody | customer | customers | user | users | buyer | buyers | household | house | home | neighbour | neighbor | neighbours | neighbors | family | (your | their) (side | end | staff | kids | children))',
      ...EN_DOUBT,
      suggest: LET_ME_CHECK,
      unlessInSentence: [EN_SORRY, '(@courier | our (side | end | system | team | staff) | we)'],
    },
    {
      // Suspicion as a rhetorical question after the customer's account is taken as a condition: "Kalau betul tuan tak guna
      // data sebanyak tu, macam mana sistem boleh rekod 40GB?", "Kalau memang kartunya tidak pernah dipinjamkan, gimana
      // ceritanya transaksi itu bisa pakai PIN yang benar?", "If you really didn't share it, how did the transfer go
      // through?" Not an offer put as a question ("gimana kalau saya kirim ulang?", "how about I resend it?").
      lang: ['id', 'ms', 'en'],
      match: [
        '(kalau | jika | kalo | klo | sekiranya | seandainya) (memang | betul | benar | betul-betul | benar-benar | beneran | memang benar | memang betul) @customer? (sendiri)? (tidak | tak | belum | tidak pernah | tak pernah | langsung tidak | langsung tak)',
        'if you (really | truly | genuinely | honestly) (did not | never | have not | had not | do not)',
      ],
      onlyInQuestion: true,
      onlyWithInSentence: '(macam mana | camne | gimana | bagaimana | mana mungkin | kok bisa | how (come | could | did | does | do | is | was | would | else) | why (would | does | did | is))',
      unlessInSentence: ['(gimana kalau | bagaimana kalau | macam mana kalau | how about | what if (i | we) | would you like | boleh (saya | kami) | bisa (saya | kami) | can (i | we))', ID_MS_SORRY],
      suggest: { ...TELL_ME_WHAT_HAPPENED, en: LET_ME_CHECK },
      replaces: 'clause',
    },
    {
      // The likely culprit on the customer's side, whatever they are said to have done: "Chances are somebody in your
      // household has been streaming on a fourth screen", "it's pretty clear somebody on your team deleted the workspace",
      // "mesti ada orang rapat dengan encik yang tahu PIN tu". An intruder or a fraud on the customer is no suspicion of them.
      lang: ['en'],
      match: [
        `${EN_LIKELY} (someone | somebody | a member of your _ | one of your _) (in | at | on | from) your _`,
        '(pretty | quite | very | fairly | abundantly)? clear (that)? (someone | somebody | one of your _) (in | at | on | from) your _',
      ],
      unlessInSentence: [EN_SORRY, '(@victim-of-crime | compromised | hacked | phishing | scam | scammer | scammers | fraudster | fraudsters | impersonat~ | skimmed | cloned | intruder | without your (knowledge | permission | consent))'],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      lang: ['id', 'ms'],
      match: `${CERTAIN} ada (orang | seseorang | yang | orang lain) (rapat dengan | dekat dengan | terdekat | di sekitar | di sekeliling | sekeliling) @customer`,
      unlessInSentence: [ID_MS_SORRY, PROTECTIVE],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      // The customer's account doubted against our record: "agak aneh kalau Kakak bilang tidak menerima", "those photos
      // don't quite match your version of events".
      lang: ['id', 'ms'],
      match: [
        '(agak | cukup | sangat | rada | sedikit | sikit)? (aneh | janggal | pelik | ganjil) (kalau | jika | bila | apabila | kalo) @customer (bilang | kata | cakap | mengatakan | mendakwa | dakwa | mengaku | ngaku | klaim | mengklaim)',
      ],
      ...ID_MS_DOUBT,
    },
    {
      lang: ['en'],
      match: [
        '(do not | does not | did not) (quite | really | exactly)? (match | tally with | line up with | add up with | fit) (with)? (your | the customer \'s) (version | account | story | description | claim)',
      ],
      ...EN_DOUBT,
    },
    {
      // Misuse read into the damage, as a condition: "Kalau petunjuk pemakaian diikuti dengan benar, unit AC tidak mungkin
      // meneteskan air seperti di foto itu", "Kalau puan makan ubat tu ikut arahan doktor, ruam macam tu takkan keluar",
      // "If the unit had been used as directed, this wouldn't have happened". Advice for later is clean: "kalau diikuti
      // sesuai panduan, datanya tidak akan hilang saat update" (nothing that happened is pointed at).
      lang: ['id', 'ms'],
      match: '(kalau | jika | kalo | klo | sekiranya | asalkan | seandainya) ..6 (sesuai | ikut | mengikut | mengikuti | menurut | diikuti | dengan benar | dengan betul | dengan cara yang (betul | benar)) (panduan | petunjuk | arahan | instruksi | manual | cara pakai | aturan pakai | prosedur)? ..8 (tidak mungkin | takkan | tak akan | gak bakal | tidak bakal | tidak akan | mustahil)',
      onlyWithInSentence: '(macam tu | macam ni | macam itu | macam ini | seperti itu | seperti ini | seperti di | kayak gitu | kayak gini | sendiri | di foto | dalam gambar | dalam foto)',
      unlessInSentence: [ID_MS_SORRY, '(@ours | kami | saya)'],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: 'if -(we | i | our) ..6 had (been)? (used | followed | installed | stored | charged | handled | read | set up | operated | kept | maintained | cleaned | assembled) ..8 (would not | would never | could not) have',
      unlessInSentence: [EN_SORRY, '(we | our | i)'],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    // ---- Families by the meaning of the rule, from word classes (session 14, issue 11) ----
    {
      // The customer's account doubted in a condition, with what "would" follow if it were true: "Kalau betul satu botol
      // tak ada, berat parcel tu mesti kurang", "Kalau memang benar rusak dari awal, harusnya ada di video unboxing". Not
      // when what follows is ours to do ("kalau memang benar rusak, pasti kami ganti").
      lang: ['id', 'ms'],
      match: `(kalau | jika | jikalau | sekiranya | seandainya | andai | andaikan | apabila) @customer? @doubt-marker (_ | _ _ | _ _ _)? @claimed-mishap`,
      onlyWithInSentence: [DOUBT_CONSEQUENCE_ID_MS],
      unlessInSentence: [ID_MS_SORRY, '(kami | saya | kita) (akan | pasti | tentu | boleh | bisa | dapat | sedia | siap | mesti | harus | perlu | wajib | kena)', THIRD_PARTY_OR_OUR_STEP, OWED_OR_OURS_ID_MS],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      // "If the item was really faulty, the seal would be broken", "if you actually never received it, the photo wouldn't
      // show it at your door". Not our promise: "if it really was damaged, we'll replace it".
      lang: ['en'],
      match: `if (_ | _ _ | _ _ _)? (was | were | is | are | had | has | did | had been | has been)? @doubt-marker (_ | _ _)? @claimed-mishap`,
      onlyWithInSentence: '(would | should | must) (have | not | never | be | show)?',
      unlessInSentence: [EN_SORRY, '(we | i) (would | will | can | could | shall | are happy | am happy)', THIRD_PARTY_OR_OUR_STEP, '(not have to | need not | do not have to)', OWED_OR_OURS_EN],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // A check that presumes a misdeed: "Kami perlu memastikan Kakak tidak memakai produknya", "kami kena pastikan cik
      // betul-betul tak buka kotak tu", "We need to verify that you did not use the product". Not an identity check or a
      // kind instruction ("kami perlu memastikan identitas Kakak", "pastikan Kakak tidak membagikan OTP": no "we").
      lang: ['id', 'ms'],
      match: `(kami | saya | pihak kami) (perlu | harus | mesti | wajib | kena | terpaksa | akan)? (memastikan | pastikan | mengesahkan | sahkan | memverifikasi | verifikasi) (bahwa | bahawa | dulu | dahulu)? @customer (sendiri)? (@doubt-marker)? (tidak | belum | tidak pernah) @suspect-act`,
      unlessInSentence: [ID_MS_SORRY, '(supaya | agar | biar | sehingga | kedaluwarsa | kadaluarsa | tamat tempoh | luput)', FOR_THEIR_SAFETY],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: `(we | i) (need to | have to | must | will need to | will have to | are required to | would need to)? (verify | confirm | make sure | ensure | establish | check) (that)? you (@doubt-marker)? (did not | have not | had not | never) @suspect-act`,
      unlessInSentence: [EN_SORRY, '(so that | so it | so you | so the | expired)', FOR_THEIR_SAFETY],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // Abuse put on the customer's account: "Akun Kakak terindikasi penyalahgunaan promo", "akaun cik dikesan
      // menyalahgunakan promosi", "your account was flagged for abusing the referral programme". Not a fraud on them, which
      // is said to protect them ("akun Kakak disalahgunakan orang lain, jadi kami blokir demi keamanan").
      lang: ['id', 'ms', 'en'],
      match: [
        `(@customer | akun~ | akaun~ | account | your account | pesanan~ | order | klaim~ | tuntutan~ | claim | transaksi~ | transaction | transactions) (_ | _ _ | _ _ _)? (terindikasi | terdeteksi | dikesan | dicurigai | disyaki | ditandai | dicap | flagged | detected | suspected | identified | marked) (_ | _ _ | _ _ _)? @abuse`,
        `@customer (sudah | telah | dah | have | has | had)? (@abuse) (promo~ | promosi~ | voucher~ | baucar~ | kupon~ | diskon~ | cashback~ | sistem~ | kebijakan~ | polisi~ | the promo | the promotion | the voucher | the system | our policy | the policy | the return policy | the referral)`,
      ],
      unlessInSentence: [
        ID_MS_SORRY,
        EN_SORRY,
        '(orang lain | pihak lain | pihak ketiga | someone else | third party | hacker | peretas | penggodam | diretas | digodam | dibobol | hacked | compromised | keamanan | keselamatan | melindungi | lindungi | protect | safe | secure | aman | selamat)',
        '(tidak | tak | bukan | not | never | no) (_)? (terindikasi | terdeteksi | dikesan | dicurigai | disyaki | ditandai | flagged | detected | suspected | identified | @abuse)',
        // A flag we made in error and lifted: "flagged for abuse by mistake, and I've cleared it", "dikesan … secara silap".
        '(by mistake | in error | mistakenly | wrongly | incorrectly | by accident | secara silap | tersilap | silap | keliru | kekeliruan | tidak sengaja | kesalahan sistem | salah tanda | cleared | restored | lifted | removed | dihapus | hapus | dicabut | cabut | betulkan | dibetulkan | dipulihkan | pulihkan | dibersihkan)',
      ],
      suggest: { ...WE_WILL_CHECK, en: LET_ME_CHECK },
      replaces: 'clause',
    },
    {
      // A slip assumed of the customer, hedged: "You may have simply misplaced it", "I think you just forgot", "I'm pretty
      // sure you overlooked the email". Not a forgotten password or attachment, nor a question.
      lang: ['en'],
      match: [
        `you (may | might | could) (well)? have (simply | just | probably)? @careless-act -(your (password | pin | login | username) | the (password | pin) | to (attach | include | add | enclose | upload | mention))`,
        `(i suspect | i think | i believe | i reckon | i bet | i would say | i imagine | i am (pretty | fairly | quite)? sure) (that)? you (simply | just | probably)? @careless-act -(your (password | pin | login | username) | the (password | pin) | to (attach | include | add | enclose | upload | mention))`,
      ],
      unlessInSentence: [EN_SORRY, '\\?', '(easy to do | happens to (all | everyone | the best) | no worries | no problem | not your fault)', '(so i | so we | i have | we have | i will | we will)'],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // Someone of the customer's, hedged, as who did it: "Mungkin anak Ibu yang pakai HP-nya", "Mungkin ada orang lain kat
      // rumah yang dah buka dulu", "jangan-jangan ada staf Bapak yang menghapus". Not who can help ("mungkin ada orang di
      // rumah yang bisa menerima paketnya": "bisa" is no act), nor asked ("Mungkin ada keluarga Kakak yang ambil
      // paketnya? Boleh dicek dulu ya.": a clarifying question).
      lang: ['id', 'ms'],
      match: `${HEDGED} (ada)? ((orang lain | orang | seseorang) (di | kat | dekat | dalam) (rumah | kantor | pejabat | kedai | toko | ofis) | ${HOUSEHOLD} | ${THEIR_PEOPLE} @customer) ((di | kat | dekat | dalam) (rumah | kantor | pejabat | kedai | toko | ofis))? yang (sudah | telah | dah | pernah)? @suspect-act`,
      unlessInSentence: [
        ID_MS_SORRY,
        '\\?',
        '(kami | kita) (yang)? (salah | keliru | silap)',
        '(bisa | boleh | dapat) (bantu | membantu | tolong | menolong)',
        // Collecting the parcel is no misdeed, and a check with the courier beside it no suspicion.
        '(ambil | mengambil | ambilkan | terima | menerima | simpan | menyimpan) (_)? (paket~ | bungkusan~ | parcel~ | pesanan~ | kiriman~ | barang~)',
        '(kurir | kurier | ekspedisi | posmen | driver | rider)',
      ],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      // The customer's account called impossible: "Jadi tak mungkin bungkusan tu kosong masa sampai", "Mustahil barang tu
      // hilang dalam jagaan kami", "there's no way the box was empty when it arrived". Not a reassurance about what is to
      // come ("tidak mungkin data Kakak hilang, tenang saja", "it can't get lost now: it's insured").
      lang: ['id', 'ms'],
      match: `(tidak mungkin | mustahil | tidak masuk akal) (la | lah)? -(saldo~ | dana~ | uang~ | wang~ | duit~ | data~ | akun~ | akaun~ | poin~ | mata ganjaran~ | dokumen~ | bpkb~ | sijil~ | sertifikat~ | baki~ | deposit~ | simpanan~ | tabungan~ | kata sandi~ | password~) (_ | _ _ | _ _ _) (sudah | telah | dah | boleh | bisa)? @claimed-mishap`,
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: [ID_MS_SORRY, REASSURED, '\\?', '(akan | bakal | nanti | lagi | selagi | asalkan | kok | masih utuh | masih ada | tetap | tersimpan | dijamin | terjamin | diasuransikan | diinsuranskan)', '(@customer | pelanggan | customer) (bilang | kata | cakap | mengatakan | menyebut)', COURIER_OR_SELLER],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      lang: ['en'],
      match: `(there is no way | there was no way | no way | it is impossible | it was impossible | it is not possible | impossible) (that | for)? (it | the | your)? (parcel | package | box | item | items | order | food | meal | contents | product | goods | delivery) (_)? (was | were | could have | could have been | to have | to have been | to have arrived | arrived | went | got)? @claimed-mishap`,
      unlessInSentence: [EN_SORRY, '(will | going to | from now on | now that | rest assured | safe | secure | insured | protected)', '\\?', COURIER_OR_SELLER, '(because of you | your fault | (i | we) have sent)'],
      suggest: LET_ME_CHECK,
      replaces: 'clause',
    },
    {
      // Claims counted against the customer: "Ini sudah klaim ketiga Kakak bulan ini", "this is the fifth dispute on your
      // account", "given your history of claims", "corak macam ni … tuntutan palsu". Not how often they had to contact us,
      // which is an apology's ("ini kali ketiga Kakak menghubungi kami, mohon maaf").
      lang: ['id', 'ms', 'en'],
      match: [
        '(ini | itu) (sudah | dah | adalah | merupakan)? (klaim~ | tuntutan~ | dispute~ | sanggahan~ | refund~ | pengembalian dana~ | bayaran balik~ | chargeback~ | retur~ | pemulangan~) (yang)? (ke)? (kedua | ketiga | keempat | kelima | keenam | @ordinal) (@customer | dari @customer | daripada @customer | oleh @customer)',
        '(ini | itu) (sudah | dah | adalah | merupakan)? kali (yang)? (ke)? (kedua | ketiga | keempat | kelima | keenam | @ordinal) @customer (sudah | dah | telah)? (buat | membuat | mengajukan | ajukan | hantar | menghantar | kemukakan | mengemukakan | minta | meminta | klaim | tuntut | menuntut | komplain | mengadu) (_)? (klaim~ | tuntutan~ | refund~ | pengembalian dana~ | bayaran balik~ | chargeback~ | retur~ | dispute~ | ganti rugi~ | pampasan~ | kompensasi~ | aduan~ | komplain~)',
        '(this is | that is | it is) (now)? (the | your) (second | third | fourth | fifth | sixth | @ordinal) (claim | dispute | chargeback | refund request | refund | return | complaint) (on | from | you have | raised | filed | made | you)',
        '(given | based on | considering | in light of) (your | the) (history | pattern | record | number) (of)? (claims | disputes | chargebacks | refunds | returns | refund requests)',
        '(riwayat | sejarah | rekod | corak | pola) (_ | _ _)? (klaim~ | tuntutan~ | dispute~ | refund~ | chargeback~ | retur~) (@customer)',
        '(corak | pola | modus) (macam | seperti | kayak) (ini | ni | itu | tu) ..6 (palsu | tidak betul | tak betul | penipuan | menipu | tipu | fiktif | curang)',
      ],
      // Not a count said in the customer's favour or ours: an upgrade, an approval, a claim they had to make.
      unlessInSentence: [
        ID_MS_SORRY,
        EN_SORRY,
        '(setujui | disetujui | diluluskan | luluskan | diproses | approved | processed | qualify | qualifies | eligible | layak | berhak | tahniah | congratulations)',
        '(upgraded | upgrade | reward | rewarded | loyal | loyalty | valued | free | instant | had to | on us | our (fault | mistake) | thank | thanks | appreciate)',
        '(terima kasih | makasih | kesabaran~ | harus | terpaksa | kena | salah kami | kesalahan kami | silap kami | gratis | percuma | hadiah | setia)',
      ],
      suggest: { ...WE_WILL_CHECK, en: LET_ME_CHECK },
      replaces: 'clause',
    },
    {
      // The damage put down to the customer's handling, as a fact: "Modemnya rusak karena Kakak pindahkan sendiri", "Router
      // tu rosak sebab encik tarik kabel sendiri", "Kerusakan ini akibat pemakaian yang salah", "The damage was caused by
      // misuse". Not the terms of a warranty ("garansi tidak berlaku untuk kerusakan akibat pemakaian yang salah"), nor a
      // cause of ours, the courier's or the factory's.
      lang: ['id', 'ms', 'en'],
      match: [
        '(rusak~ | rosak~ | kerusakan~ | kerosakan~ | pecah~ | retak~ | mati~ | bocor~ | terbakar~ | the damage | damage | it broke | broke | cracked | stopped working) (ini | itu | ni | tu | tersebut | this | that)? (karena | kerana | sebab | akibat | disebabkan | disebabkan oleh | berpunca daripada | berpunca dari | was caused by | is caused by | caused by | because | due to | is the result of | was the result of) (@customer | you | your own) (sendiri)? (_)? (@suspect-act | pindahkan | pindah | tarik | tekan | cabut | pasang | memasang | install | installed | moved | pulled | pressed | plugged | unplugged | charged | left | stored | kept | used | dropped)',
        '(rusak~ | rosak~ | kerusakan~ | kerosakan~ | the damage | damage | the fault | the problem) (ini | itu | ni | tu | tersebut | this | that)? (karena | kerana | sebab | akibat | disebabkan | disebabkan oleh | berpunca daripada | berpunca dari | was caused by | is caused by | caused by | due to | is the result of | was the result of) (pemakaian | penggunaan | pengendalian) (yang)? (salah | tidak betul | tak betul | tidak benar | kasar | cuai | sembarangan)',
        '(rusak~ | rosak~ | kerusakan~ | kerosakan~ | the damage | damage | the fault | the problem) (ini | itu | ni | tu | tersebut | this | that)? (karena | kerana | sebab | akibat | disebabkan | disebabkan oleh | berpunca daripada | berpunca dari | was caused by | is caused by | caused by | due to | is the result of | was the result of) (kecuaian | kelalaian | kesilapan | kesalahan) (pengguna | pemakai | pelanggan | @customer)',
        '(the damage | damage | the fault | the problem | it) (was | is) (caused by | due to | the result of) (misuse | mishandling | improper use | user error | rough handling | negligence | your handling | the way you)',
      ],
      unlessAfter: '(untuk | bagi | terhadap | atas | tidak termasuk | termasuk | kecuali | for | on | against | covers | cover | including | excluding | except | kalau | jika | if | whether | bukan | not)',
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '(garansi | jaminan | waranti | warranty | guarantee | polis | policy | insurance | asuransi | insurans | tidak ditanggung | not covered | excluded)', '\\?', OUR_REMEDY, COURIER_OR_SELLER],
      suggest: { ...WE_WILL_CHECK, en: ["I'll look into what caused this"] },
      replaces: 'clause',
    },
    {
      // Our belief that it was done on purpose: "Kami menduga kerusakan ini disengaja", "kami syak kerosakan ni
      // disengajakan", "we believe the damage was deliberate". Not a denial ("kami yakin ini tidak disengaja").
      lang: ['id', 'ms', 'en'],
      match: [
        '(kami | saya) (menduga | duga | rasa | merasa | syak | mengesyaki | curiga | mencurigai | yakin | percaya | meyakini | menilai | nilai | anggap | menganggap | lihat | melihat | nampak) (bahwa | bahawa)? ..5 (disengaja | disengajakan | sengaja | dengan sengaja | secara sengaja)',
        '(we | i) (believe | think | suspect | feel | consider | are satisfied | are confident | can see) (that)? ..5 (deliberate | deliberately | on purpose | intentional | intentionally | wilful | willful)',
      ],
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '(tidak | tak | bukan | bukannya | not | never | no one | nobody | tiada) (_ | _ _)? (disengaja | disengajakan | sengaja | dengan sengaja | deliberate | deliberately | on purpose | intentional | intentionally)', '(orang lain | pihak lain | someone else | third party | hacker | peretas | penipu | scammer | fraudster | driver | rider)', COURIER_OR_SELLER],
      suggest: { ...WE_WILL_CHECK, en: LET_ME_CHECK },
      replaces: 'clause',
    },
    {
      // The customer's account called inconsistent, or the customer untruthful: "Cerita Kakak tidak konsisten",
      // "Keterangan encik berubah-ubah", "Kami rasa Ibu tidak jujur", "Your story keeps changing", "I don't think you're
      // being honest". Not thanks for honesty ("terima kasih sudah jujur").
      lang: ['id', 'ms', 'en'],
      match: [
        '(cerita~ | keterangan~ | penjelasan~ | pengakuan~ | kenyataan~ | versi~ | laporan~) @customer (_)? (tidak | tak | kurang)? (konsisten | berubah-ubah | berubah | bercanggah | bertentangan | berbeda-beda | berbeza-beza | tidak sesuai | tak sesuai | tidak sama | tak sama)',
        '(rasa | rasanya | nampaknya | sepertinya | kayaknya | curiga | ragu) @customer (kurang | tidak | tak) (jujur | berterus terang | berterus-terang | terus terang)',
        // Not "your account has changed" (a user account), nor what the story changed in us ("has changed my mind").
        '(your | the customer \'s) (story | version | statement | explanation | claim | claims) (has | have | keeps | kept)? (changed | changing | changes | is inconsistent | are inconsistent | is contradictory | are contradictory | contradicts | contradict | is not consistent | are not consistent) -(my | our | me | us)',
        '(i | we) (do not | cannot) (think | believe | feel) (that)? you (are | were) (being)? (honest | truthful | telling the truth | telling us the truth | straight with us)',
        '(i | we) (think | believe | feel | suspect) (that)? you (are | were) (not | being less than) (being)? (honest | truthful | telling the truth | telling us the truth | straight with us)',
      ],
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '(terima kasih | makasih | thank | thanks | appreciate)'],
      suggest: { ...THANKS_FOR_EXPLAINING, en: THANKS_FOR_TELLING_US },
      replaces: 'clause',
    },
    {
      // Without proof, the worst taken as settled: "Tanpa video unboxing, kami anggap barang diterima lengkap", "Without
      // proof, we'll assume the item arrived intact", "kami tidak bisa percaya begitu saja tanpa bukti".
      lang: ['id', 'ms', 'en'],
      match: [
        '(tanpa | kalau tidak ada | jika tidak ada | kalau tiada | tanpa adanya) (bukti~ | video~ | foto~ | gambar~ | rakaman~ | rekaman~) ..6 (kami | kita) (akan)? (anggap | menganggap | anggep | menilai | nilai | simpulkan | menyimpulkan) (bahwa | bahawa)? ..4 (lengkap | utuh | cukup | baik | elok | sempurna | normal | sudah diterima | diterima | tiba | sampai)',
        '(without | in the absence of | unless we see | unless we get) (the | a | any)? (proof | evidence | video | photo | photos | footage) ..6 (we | we will | we will have to | we have to | we must) (assume | consider | treat | conclude | take it) ..5 (intact | complete | fine | in good condition | delivered | received | as described | arrived)',
        '(kami | saya) (tidak | tak) (bisa | boleh | dapat) (percaya | mempercayai | terima | menerima) (begitu saja | macam tu je | macam itu sahaja | mentah-mentah | bulat-bulat) (_ | _ _ | _ _ _)? tanpa (bukti~ | video~ | foto~ | gambar~)',
        '(we | i) (cannot | can not | will not) (just | simply)? (believe | accept) (you | your (word | claim | account | story)) (_ | _ _)? without (proof | evidence)',
      ],
      // Not the customer's account taken without proof: a negated outcome ("we will assume it never arrived", "kami anggap
      // barang tidak diterima"), a "pun"/"even", or what we then send or refund.
      unlessInSentence: [
        ID_MS_SORRY,
        EN_SORRY,
        '(never | not | tidak | tak | belum | tiada | no) (_)? (lengkap | utuh | cukup | baik | elok | sempurna | normal | diterima | tiba | sampai | intact | complete | fine | delivered | received | arrived | as described)',
        '(even without | tanpa (_ | _ _) (pun | juga) | tidak apa-apa | tak apa | no problem)',
        '(we | i | kami | saya) (will)? (send | resend | refund | replace | kirim | kirimkan | ganti | gantikan | hantar | hantarkan | pulangkan | kembalikan)',
      ],
      suggest: { ...THANKS_FOR_EXPLAINING, en: THANKS_FOR_TELLING_US },
      replaces: 'clause',
    },
    {
      // The insinuating "you know it yourself": "Encik pun tahu sendiri, kan?", "Kakak juga sudah tahu sendiri", "You know
      // that as well as I do", "you know exactly why".
      lang: ['id', 'ms', 'en'],
      match: [
        '@customer (pun | juga | sendiri)? (sudah | dah | mesti | pasti)? (tahu | tau) sendiri -(_ (cara | caranya | di mana | dimana | bagaimana | bila))',
        'you know (that | this | it) as well as (i | we) (do)?',
        'you know (exactly | full well | perfectly well) (why | what | that)',
      ],
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '(boleh | bisa | dapat | can | could | nanti | later | will)'],
      suggest: { ...TELL_ME_WHAT_HAPPENED, en: ['could you tell me what happened'] },
      replaces: 'clause',
    },
    {
      // Another cause put on what the customer took or ate: "Kemungkinan besar puan makan benda lain", "bisa jadi
      // keluhannya dari makanan yang dikonsumsi di luar", "It's more likely something else you ate".
      lang: ['id', 'ms', 'en'],
      match: [
        `(${HEDGED} | ${CERTAIN} | bisa jadi | boleh jadi | tidak tertutup kemungkinan) @customer? (sudah | telah | dah)? (makan | memakan | konsumsi | mengonsumsi | minum | meminum | pakai | memakai | guna | menggunakan) (makanan | produk | barang | benda | sesuatu | ubat | obat)? (yang)? (lain | dari luar | di luar)`,
        `(${HEDGED} | ${CERTAIN} | bisa jadi | boleh jadi | tidak tertutup kemungkinan) (keluhan~ | gejala~ | sakit~ | gatal~ | ruam~ | alergi~ | masalah~ | itu | ini) (_ | _ _)? (berasal dari | dari | daripada | akibat | karena | kerana | sebab) (makanan | produk | benda | sesuatu | ubat | obat) (_ | _ _)? (lain | di luar | dari luar | yang lain)`,
        '(probably | likely | more likely | most likely | possibly | perhaps) (something | anything | what) (else)? you (ate | had | drank | used | took | applied)',
        "(it is | it was) (probably | likely | more likely | most likely) (from)? something (else)? you (ate | had | drank | used | took | applied)",
      ],
      // Not a stopgap offered: "Probably something else you used, like a cable, would work until the new one arrives."
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '\\?', OUR_REMEDY, '(would | could | will | can | might | should) (work | do | help | fit)', '(until | meanwhile | in the meantime | for now | sementara | sambil menunggu | buat sementara)'],
      suggest: WE_WILL_CHECK,
      replaces: 'clause',
    },
    {
      // The customer's claim doubted in so many words: "Klaim Bapak tidak berdasar", "Tuntutan encik diragui", "Kami
      // meragukan kebenaran klaim Bapak", "Your claim is unfounded", "We are not convinced the parcel was stolen", "It
      // seems unlikely that the parcel went missing". Not a step not yet done ("klaim Bapak belum dapat diproses").
      lang: ['id', 'ms', 'en'],
      match: [
        '(klaim~ | tuntutan~ | laporan~ | pengakuan~ | dakwaan~ | aduan~ | cerita~ | keterangan~) @customer (ini | itu | tu | ni | tersebut)? ((tidak | tak) (berdasar | berasas | berasaskan | dapat dibuktikan | boleh dibuktikan | terbukti | masuk akal | munasabah) | (agak | sangat | cukup)? (diragukan | diragui | meragukan | meragui | dipertanyakan | janggal | mencurigakan))',
        '(your | the customer \'s) (claim | claims | story | account | report | version | statement) (is | are | was | were | seems | seem | appears | appear)? (to be)? (unfounded | baseless | groundless | not supported | unsupported | not credible | questionable | doubtful | dubious | not substantiated | unsubstantiated | implausible | not plausible | far-fetched)',
        '(kami | saya) (agak | sedikit | masih)? (meragukan | meragui | ragu | ragu-ragu | sangsi | mempertanyakan | mempersoalkan | persoalkan) (akan | dengan | terhadap)? (kebenaran | kesahihan | keaslian | kejujuran) (klaim~ | tuntutan~ | laporan~ | cerita~ | pengakuan~ | dakwaan~ | aduan~ | keterangan~)',
        '(we | i) (have | had)? (question | questions | doubt | doubts | concerns | serious doubts | reservations) (about | over | as to)? (the)? (authenticity | truth | validity | veracity | genuineness | accuracy) (of)? (your | this | the) (claim | story | account | report | version)',
        '(we | i) (are | am | remain | were) (not | still not) (convinced | persuaded | satisfied) (that)? ..5 (@claimed-mishap | was stolen | went missing | was lost | never arrived | happened | is genuine | was genuine)',
        '(it | this | that) (seems | is | looks | appears | sounds) (highly | very | rather | quite | extremely)? unlikely (that)? (the | your | you) ..4 (@claimed-mishap | went missing | was stolen | was lost | never arrived | did not arrive | did not receive | never received)',
        '(we | i) (find | found) (your | the) (account | story | claim | version | explanation) (of events | of what happened)? (hard | difficult) to (accept | believe)',
      ],
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '(belum | not yet | yet | still (on | in) | delayed | tertunda | in transit | on its way | dalam perjalanan | turns up | turn up | shows up | for good)', '(tidak | tak | bukan) (_)? (diragukan | diragui | meragukan | meragui | dipertanyakan)'],
      suggest: { ...THANKS_FOR_EXPLAINING, en: THANKS_FOR_TELLING_US },
      replaces: 'clause',
    },
    {
      // Scheming put on the customer: "Encik cuba nak ambil kesempatan ke?", "Jangan cuba nak tipu kami", "Kami tahu taktik
      // macam ni", "Are you trying to get a free meal?", "Please don't try to scam us", "We won't be fooled", "People make up
      // stories all the time to get refunds". Not a warning about scammers ("jangan tertipu penipu", "don't let scammers
      // trick you").
      lang: ['id', 'ms', 'en'],
      match: [
        '@customer (cuba | coba | mencoba | mau | nak | cuma nak | cuma mau | hanya mau | hanya nak | sengaja) (nak | mau)? (ambil kesempatan | mengambil kesempatan | cari untung | mencari untung | tipu | menipu | kelabui | mengelabui | akali | mengakali | perdaya | memperdaya | kencing)',
        '(jangan | usah) (cuba | coba | mencoba | coba-coba | cuba-cuba)? (nak | mau)? (tipu | menipu | kelabui | mengelabui | akali | mengakali | perdaya | memperdaya | bohongi | membohongi | kencing) (kami | saya | kita)',
        '(kami | saya) (tidak | tak) (akan)? (mudah)? (tertipu | ditipu | diperdaya | terpedaya | dikelabui | terkelabui)',
        '(kami | saya) (sudah | dah)? (tahu | tau | faham | paham | kenal | arif) (sangat)? (taktik~ | trik~ | modus~ | helah~ | akal-akalan~ | permainan~) (macam | seperti | kayak | begini | begitu | ini | ni | itu | tu)',
        '(do not | please do not) (try to | try and)? (scam | trick | fool | cheat | deceive | con | play) (us | me)',
        '(we | i) (will not | are not going to | am not going to) (be)? (fooled | tricked | conned | taken in | played)',
        '(we | i) (know | have seen) (this | that | these | the) (trick | tricks | game | games | scam | routine | one before)',
        '(people | customers | some people | some customers | a lot of people | lots of people) (often | always | regularly | all the time)? (make up | invent | fabricate) (stories | claims | excuses | reasons)',
        '(orang | pelanggan | ramai orang | banyak orang | sesetengah orang | sebagian orang) (sering | selalu | suka)? (mengarang | karang | buat-buat | mengada-adakan | reka | mereka-reka | mereka) (cerita | alasan | kisah)',
        'are you (just)? trying to (get | take | score | scam | trick | game | cheat) (a | an | us | me | the | free | something)',
      ],
      unlessInSentence: [ID_MS_SORRY, EN_SORRY, '(penipu | scammer | scammers | fraudster | fraudsters | phishing | oknum | pihak tidak bertanggung jawab | pihak yang tidak bertanggungjawab | orang asing | strangers)', COURIER_OR_SELLER],
      suggest: { ...TELL_ME_WHAT_HAPPENED, en: ['could you tell me what happened'] },
      replaces: 'clause',
    },
  ]);
