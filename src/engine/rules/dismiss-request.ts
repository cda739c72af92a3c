import { phraseRule } from './rule.js';

/**
 * Something already done for the customer, or an exception made: an alternative wherever it stands, before the "no" as
 * well as after it ("I've already sent a replacement. A refund on top of that isn't possible."; "Sy dah kreditkan RM20.
 * Caj asal tu memang tak boleh dipulangkan.").
 */
const DONE_FOR_THE_CUSTOMER = [
  "<-(if | when | whether | unless) (i | we) have (also | already)? (gone ahead and)? (arranged | booked | credited | waived | refunded | rescheduled | reserved | extended | escalated | upgraded | made an exception | issued (you)? (a | an) | sent (you)? (a | an) (replacement | new | voucher | credit | refund | partial))",
  // Not a supposition: "if we waived it for you, we'd have to…".
  '<-(if | when | whether | unless) (i | we) (also | already)? (credited | refunded | waived | rescheduled | upgraded) (you | your | the | a | an | @amount | it)',
  // Done for the customer, the counterpart of "I've arranged": "sy dah kreditkan RM10", "kami sudah jadwalkan ulang".
  '(saya | kami | aku | kita) (sudah | telah | dah) (kreditkan | luluskan | meluluskan | kirimkan pengganti | kirim pengganti | hantar ganti | hantarkan ganti | hantar pengganti | mengkreditkan | tukarkan | menukar | gantikan | mengganti | jadwalkan ulang | menjadwalkan ulang | aturkan | mengatur | tambahkan | menambahkan | tempahkan | pesankan | naik tarafkan | upgrade | eskalasi~ | mengeskalasi | ajukan | mengajukan | kecualikan | mengecualikan | hapuskan | menghapuskan | kurangkan | mengurangkan)',
  // A workaround done for the customer: "sy dah buat secara manual untuk encik", "kami sudah proses manual untuk Kakak".
  '(saya | kami | aku | kita | sy) (sudah | telah | dah) (buat | buatkan | proses | prosesin | proseskan | uruskan | urus | lakukan | input | masukkan) (_ | _ _)? (secara manual | manual | untuk @customer | bagi pihak @customer)',
  // The same with the doer after, of something of value: "voucher ganti rugi sudah saya kirim ke email Kakak" (not "email
  // pengingat sudah kami kirim").
  '(voucher~ | baucar~ | pengganti~ | kredit~ | refund~ | dana~ | kompensasi~ | pampasan~ | ganti rugi~ | diskon~ | diskaun~ | bayaran balik~) _? _? _? (juga)? (sudah | telah | dah) (saya | kami) (kirim | kirimkan | hantar | hantarkan | kreditkan | ajukan | tukarkan | gantikan | kembalikan | pulangkan | jadwalkan | aturkan | tambahkan)',
  // An exception made, in so many words: "sebagai pertimbangan khas, sekali ini sahaja", "as a goodwill gesture".
  // Not denied: "itu prosedur yang ditetapkan dan bukan budi bicara pegawai".
  '<-(bukan | tiada | tidak ada | tanpa | no | not) (pertimbangan khas | budi bicara | khusus kali ini | untuk kali ini | kali ini (saja | sahaja | aja | je) | sekali ini | as a (goodwill | one-off | one off) | goodwill gesture | on this occasion | just this once)',
];

/**
 * A kind "no" that offers something else is what the method asks for, so an alternative anywhere in the draft
 * clears a refusal. Shared with fairness-argument, where a policy stated together with an alternative is fine.
 */
export const ALTERNATIVE_OFFERED = [
  // id / ms
  // Not "tapi saya mau ingatkan…": a warning is no alternative.
  '(namun | tetapi | tapi | cuma | cuman | hanya saja | walau bagaimanapun) ,? yang? (saya | kami | kita | aku) (bisa | boleh | dapat | akan | sudah | telah | ingin | mau | nak | mahu | sedia | siap | punya) -(ingatkan | ingetin | mengingatkan | sampaikan | menyampaikan | tegaskan | menegaskan | jelaskan | menjelaskan | informasikan | menginformasikan | maklumkan | memaklumkan | ulangi | mengulangi)',
  '(namun | tetapi | tapi) ,? @customer (tetap | masih | juga)? (bisa | boleh | dapat)',
  'sebagai (ganti~ | alternatif~ | gantian)',
  'alternatif~',
  '(pilihan | solusi | penyelesaian | cara | opsi) lain',
  '(apa | hal)? yang (bisa | boleh | dapat) (saya | kami) (lakukan | buat | tawarkan | bantu | usahakan) (adalah | ialah | sekarang | untuk | \\,)',
  // The Malay order, "Apa yg sy boleh buat: …", and the customer's own options, "Apa yg tuan boleh buat: …"; not the
  // helplessness of "tiada apa yang saya boleh buat".
  '<-(tiada | tidak ada | takde | tidak) apa yang (saya | kami | @customer) (bisa | boleh | dapat) (lakukan | buat | tawarkan | bantu | usahakan) (adalah | ialah | sekarang | untuk | \\,)',
  'sebaliknya ,? (saya | kami)',
  '(saya | kami) (bisa | boleh | dapat | akan) (tawarkan | menawarkan | tawar)',
  '(izinkan | benarkan) (saya | kami)',
  // "Tapi ada beberapa yang bisa aku tawarin:" — options laid out in the first person.
  'ada (beberapa | bbrp | dua | tiga | @number)? (hal | cara | pilihan | opsi)? yang (bisa | boleh | dapat) (saya | kami | kita | aku) (tawarkan | tawarin | lakukan | bantu | usahakan | berikan | kasih)',
  // "Tapi ada dua cara yang boleh kurangkan jumlah tu"; "namun ada beberapa langkah yang dapat kami bantu".
  '(namun | tetapi | tapi | cuma | hanya saja) ,? masih? ada (beberapa | bbrp | dua | tiga | @number | satu | sebuah)? (langkah | cara | pilihan | opsi | solusi | jalan | jalan keluar | penyelesaian)',
  // "…, namun pembetulan ejaan sehingga tiga huruf dibenarkan": what is allowed instead.
  '(namun | tetapi | tapi) ..6 (dibenarkan | diizinkan | dibolehkan | diperbolehkan)',
  // "Namun demikian, sebagai kebijakan khusus, kali ini kami bersedia memproses…".
  '(namun demikian | meskipun demikian | walaupun begitu | walau begitu | bagaimanapun) ..8 ..4 (saya | kami | kita) (bersedia | sedia | akan | bisa | boleh | dapat)',
  // "jadi ada dua pilihan", "berikut beberapa opsi", "Kakak bisa pilih": options laid out, the customer choosing.
  '<-(tidak | tiada | bukan | belum) (ada | berikut | terdapat) (dua | tiga | beberapa | bbrp | @number) (pilihan | opsi | solusi | cara | jalan keluar | penyelesaian)',
  '@customer (bisa | boleh | dapat) (pilih | memilih | tentukan | menentukan) -(_? (sendiri | lain kali))',
  // en
  'as an alternative',
  '<-(no | not) (two | three | a few | several | some | @number) (options | choices | ways forward)',
  'you (can | could) (choose | pick)',
  'alternatively',
  // Not "40GB instead of unlimited", which describes: an alternative is offered instead.
  'instead -(of)',
  'what (i | we) (can | could) (do | offer)',
  '(but | however) ,? (i | we) (can | could | will | would | have | am going to | are going to | am happy to | are happy to | am able to | are able to)',
  // The customer's own option: "but you can pause it at no cost"; not "but you could have read the terms".
  '(but | however) ,? you (can | could | are welcome to | are free to | may | still can) -(not | have | only)',
  // The customer's own way forward, said as a sentence of its own: "You can reapply after 3 months", "You're welcome
  // to submit a new claim with the receipt".
  '<-(_) you (can | could | are welcome to | are free to | may | still can) (reapply | re-apply | apply again | resubmit | re-submit | submit (a | another) (new)? | appeal | try again (after | in | from | once | with) | request (a | an) (new | review | exception))',
  // A hand-over with what happens next: "but she will email you by 3 pm", "tapi beliau akan menghubungi Bapak".
  '(but | however) ,? (she | he | they | my manager | my supervisor | the team | our team) (will | can | would be happy to | is going to | are going to)',
  '(namun | tetapi | tapi) ,? (beliau | dia | mereka | tim kami | pasukan kami | atasan saya | manajer saya | pengurus saya | penyelia saya) (akan | bisa | boleh | dapat)',
  '(but | however) ,? there (are | is) (a few | two | three | several | some)? (ways | options | things | steps | something)',
  '(i | we) (can | could | would like to | would be happy to) offer',
  '(another | other) (option | way)',
  // "If it helps, I can split it over three months"; "Kalau membantu, saya bisa…".
  '(if it helps | if that helps | to help | to make up for (it | this | that)) ,? (i | we) (can | could | will | am able to | are able to)',
  '(kalau | jika) (itu)? (membantu | bisa membantu) ,? (saya | kami) (bisa | boleh | dapat | akan)',
  // "…, but your new claim can be filed through the portal and I'll review it myself".
  '(but | however) ..6 (i | we) will (personally | gladly)? (review | check | look into | help | send | arrange | call | follow up | process)',
  'the (closest | next best)',
];

/**
 * What can be done, said within two sentences of the "no": the reader takes the two as one answer, a kind "no"
 * ("Refund tak boleh. Tapi saya boleh tukarkan saiz."; "We can't reopen it. I can place a new one for you now.").
 * Narrower than an alternative anywhere: an offer of our own, an option the customer can take, an exception made.
 */
const OFFER_SOON_AFTER = [
  // id / ms: "saya bisa bantu ajukan", "kami boleh hantar ganti", "kami akan carikan"
  // Not what was done before ("jawapan yang sy dah bagi"): an offer is still to come.
  '<-(yang | cara | mana | kalau | jika | sekiranya) (saya | kami | kita | aku) (masih | tetap | juga)? (bisa | boleh | dapat | sedia | bersedia | siap | sanggup) (bantu~ | bantuin | membantu | tolong | menolong | tawarkan | menawarkan | tawar | ajukan | mengajukan | ajukan~ | carikan | uruskan | mengurus | urus | aturkan | mengatur | atur | jadwalkan | menjadwalkan | kirimkan | mengirim | kirim | hantarkan | hantar | menghantar | berikan | memberikan | beri | bagi | tukarkan | tukar | menukar | gantikan | ganti | mengganti | pindahkan | memindahkan | simpan | simpankan | menyimpan | tahan | kreditkan | mengkreditkan | kembalikan | mengembalikan | pulangkan | proses~ | memproses | prosesin | buatkan | membuatkan | upgrade | naik taraf | sediakan | menyediakan | pertimbangkan | eskalasi~ | mengeskalasi | rekomendasikan | cadangkan)',
  // "kami akan kirim surat penolakan" is what follows the "no", not an offer: after "akan", only verbs of one.
  '<-(yang | cara | mana | kalau | jika | sekiranya) (saya | kami | kita) (tetap | juga)? akan (bantu~ | bantuin | membantu | tolong | menolong | tawarkan | menawarkan | carikan | mencarikan | usahakan | mengusahakan | upayakan | mengupayakan | aturkan | jadwalkan | tukarkan | gantikan | kreditkan | mengkreditkan | pertimbangkan | mempertimbangkan | eskalasi~ | mengeskalasi)',
  // "Kakak bisa pilih tukar ukuran", "encik masih boleh guna baucar": an option the customer can take.
  '@customer (masih | tetap | juga)? (bisa | boleh | dapat) (pilih | memilih | tukar | menukar | tukarkan | ganti | mengganti | gunakan | guna | menggunakan | pakai | memakai | dapat | dapatkan | mendapatkan | tebus | menebus | upgrade | naik taraf | jadwal ulang | reschedule | ambil | mengambil | simpan | menyimpan)',
  // The offer said object first: "Tapi tiketnya bisa kami ubah jadwalnya", "tiket tu boleh kami tukar tarikh"; not the
  // "no" itself ("tidak bisa kami ubah").
  '<-(tidak | tak | belum | tiada | bukan) (bisa | boleh | dapat) (saya | kami | kita) (ubah | mengubah | tukar | tukarkan | ganti | gantikan | jadwalkan | jadwal ulang | reschedule | bantu~ | proses~ | kirim | kirimkan | hantar | hantarkan | uruskan | aturkan | kreditkan | kembalikan | pulangkan | pindahkan | simpan | simpankan | tahan | berikan | beri | upgrade | naik taraf)',
  // An exception made: "kali ni kami buat pengecualian", "I'll make an exception".
  // Not one refused: "tidak dapat membuat pengecualian", "we won't be making an exception".
  '<-(tidak | tiada | bukan | no | not | cannot | never | any | (tidak | not | cannot | never) _ | (tidak | not) _ _) (buat | membuat | beri | berikan | memberi | memberikan | make | making | made) (an | satu)? (pengecualian | exception)',
  // en
  // Not the "no" itself: "there's no way we can change it", "nothing we can refund", "if we could".
  '<-(way | nothing | something | anything | if | whether | unless | that) (i | we) (still | also)? (can | could | would be happy to | am happy to | are happy to | would be glad to | am able to | are able to) (still | also)? (help | offer | offered | arrange | arranged | send | sent | set up | book | booked | quote | suggest | recommend | look into | check | find | sort out | refer | escalate | escalated | give | provide | swap | exchange | switch | move | moved | change | extend | extended | add | added | credit | credited | waive | waived | refund | refunded | replace | upgrade | reschedule | rescheduled | hold | reserve | reserved | keep | put (you | it | your) | raise | raised | apply | applied | issue | issued | transfer | transferred | order | ordered | place | placed)',
  '<-(way | nothing | something | anything | if | whether | unless | that) (i | we) (will | are going to) (still | also)? (help | offer | arrange | book | send | set up | look into | sort out | transfer | issue | give | place | swap | exchange | switch | extend | credit | waive | refund | replace | upgrade | reschedule | hold | reserve | make an exception)',
  'you (can | could) (still | also)? (choose | pick | swap | exchange | switch | change | upgrade | keep | use | claim | reschedule | rebook | redeem | transfer | book | order | request | apply for | opt for)',
  // The offer made at once, in chat: "Sy bantu ajukan klaim ya", "biar saya carikan"; "let me arrange a swap".
  '<-(yang | cara | mana | kalau | jika | sekiranya | tidak | tak) (saya | kami | aku | kita) (coba | cuba)? (bantu~ | bantuin) (ajukan | ajukan~ | proses~ | prosesin | carikan | uruskan | aturkan | jadwalkan | kirimkan | hantarkan | tukarkan | gantikan | buatkan | cek | semak | eskalasi~ | teruskan)',
  '(biar | biarkan) (saya | kami | aku) (bantu~ | carikan | uruskan | aturkan | cek | semak | tanyakan | proses~)',
  'let me (arrange | book | send | set up | see what | check what | find | look into | sort | get you | offer | swap | exchange | move | put | raise | apply)',
  // What we will do next, said after the "no": "Kami akan hantar juruteknik esok pagi", "Besok jam 8 paket langsung kami
  // kirim", "teknisi kami datang jam 9", "I'll review it myself".
  '(saya | kami | kita) (akan | langsung | segera | akan segera | akan langsung) (hantar | menghantar | hantarkan | kirim | mengirim | kirimkan | proses | memproses | perbaiki | memperbaiki | baiki | membaiki | jadwalkan | kabari | kabarkan | hubungi | menghubungi | telefon | telepon) -(_? (surat | notis) (penolakan | penolakannya))',
  '(langsung | segera) (saya | kami) (hantar | hantarkan | kirim | kirimkan | proses | jadwalkan)',
  // Word sent on later: "nanti saya kabari kalau stok masuk", "Saya bisa kabari kalau restock".
  '(nanti | nnti | nanti-nanti)? (saya | kami | aku) (bisa | boleh | dapat | akan)? (kabari | kabarin | kabarkan | infokan | informasikan | maklumkan | update) (@customer | semula | lagi)? (kalau | jika | bila | begitu | sebaik | segera | apabila | sekiranya)',
  // Of what is still to come, not told of the past ("rider sampai rumah encik 8.31").
  '(teknisi | juruteknik | kurir | pemandu | driver | rider | technician | engineer | courier) (kami | kita)? (akan (datang | hadir | tiba | sampai | ke rumah) | will (come | arrive | visit | call))',
  '(besok | esok | lusa | tomorrow) (pagi | siang | petang | sore | malam | morning | afternoon)? (teknisi | juruteknik | kurir | rider | technician | courier | engineer) (kami | kita | our)? (akan)? (datang | hadir | tiba | sampai | will come | will arrive)',
  '(i | we) will (personally | gladly)? (review | call | email | follow up | fix | repair | check | deliver | process)',
  // An instruction that leads to what was asked: "Sila hantar salinan IC dan kami proses dalam 2 hari"; "just book a
  // slot online"; "you're welcome to return it"; "you're still covered for repairs".
  '(sila | silakan | please) (hantar | hantarkan | kirim | kirimkan | lampirkan | ajukan | unggah | muat naik | lengkapkan | lengkapi | submit | resubmit | send | upload | book | rebook)',
  '(feel free to | you are welcome to | you are free to) (return | resubmit | rebook | book | exchange | swap | choose | use | apply | submit)',
  'you are (still)? (covered | eligible | entitled) (for | to | under)',
  '@customer (masih | tetap) (layak | berhak | dilindungi | eligible)',
  '@customer (masih | tetap) (bisa | boleh | dapat) (hadir | datang | memakai | pakai | menikmati | nikmati | ikut | mengikuti)',
  ...DONE_FOR_THE_CUSTOMER,
];

// Things that "cannot happen" in reassurance: "tidak mungkin hilang, paket Ibu aman".
// "Tidak mungkin rusak sendiri" is assume-worst's, not a refusal.
const MISHAP = '(hilang | rusak | rosak | tertukar | salah | silap | keliru | terlambat | telat | lewat | bocor | disalahgunakan | diretas | dicuri | terpotong | ditagih | dicaj | hangus | kedaluwarsa | luput | terulang | pecah | retak | patah | jatuh | mati | error | bermasalah | terjatuh | tercicir | terjadi | berlaku | mentah | basi | keluar | muncul | berubah | kurang)';
// ("tak mungkin keluar mentah" denies what the customer says happened: assume-worst's, not a refusal.)
// A mishap within a few words, within the clause: "tidak mungkin paketnya hilang", "mustahil untuk bungkusan itu hilang".
const MISHAP_AHEAD = `(_? _? _? ${MISHAP} | _? _? _? sendiri)`;
// "tidak mungkin kami biarkan", "tidak mungkin kami minta Kakak repot" are promises; "Kakak tidak mungkin tahu", "mustahil rasanya menunggu" and
// "tidak mungkin mengembalikan waktu" are empathy.
const NOT_A_REFUSAL = '((kami | saya) (biarkan | abaikan | lupakan | tinggalkan | diamkan) | (kami | saya) (minta | meminta | suruh | menyuruh | buat | membuat | bikin | paksa | memaksa) @customer | rasanya | tahu | mengetahui | menduga | menyangka | mengira | sangka | jangka | (mengembalikan | menggantikan | mengganti | memutar | memutar balik | memulangkan) (waktu | masa))';
const REASSURANCE = [
  '(aman | tenang | dijamin | terjamin)',
  // "waktu yang terbuang tidak mungkin dikembalikan": owning the lost time, not refusing.
  '(waktu | masa) _? yang? (terbuang | hilang | terbazir)',
  '(jangan | tidak perlu | usah | tidak usah) (khawatir | risau | bimbang | cemas)',
  '\\?',
];
const UNLESS_HEDGED = '(bukan | kalau | jika | kalaupun | apabila | bila | seandainya | sekiranya | andai | andaikata | apakah | adakah | if | whether | unless | not)';
// Only verbs of granting a request: "memang tidak bisa dibuka" describes the customer's problem, and
// "memang tidak bisa diterima" (unacceptable) agrees with the customer.
const GRANT = '(dilakukan | dibuat | diproses | diubah | diganti | ditukar | dibatalkan | dikembalikan | direfund | di-refund | dikabulkan | dipenuhi | diberikan | diberi | dipindah | dipindahkan | dipinda | ditunda | dikecualikan | diizinkan | dibolehkan | diperbolehkan | diperkenankan | disetujui | diluluskan | diusahakan | dibantu | ditolong | diatur | dikreditkan | ditunaikan | dilaksanakan | dilayan | dilayani | dipertimbangkan | diteruskan | dipercepat | dipercepatkan | dibangunkan | dikembangkan | dialihkan | dipindahtangankan | dilanjutkan | ditindaklanjuti | ditindak lanjuti | dihapuskan | diperpanjang | dilanjutkan semula | dipulangkan | dikurangkan | dikurangi | diwakilkan | dirayu | diturunkan | dinaikkan | diawalkan | didahulukan | dihapus | dikerjakan | dicancel | dicancelkan)';
// The same verbs in the active voice, after "tidak dapat kami …" or "tak boleh nak …".
const GRANT_ACTIVE = '(proses | memproses | kabulkan | mengabulkan | penuhi | memenuhi | layan | melayan | layani | melayani | luluskan | meluluskan | setujui | menyetujui | terima | menerima | pertimbangkan | mempertimbangkan | laksanakan | melaksanakan | percepat | mempercepat | percepatkan | mempercepatkan | cepatkan | tukar | menukar | ubah | mengubah | batalkan | membatalkan | kembalikan | mengembalikan | pulangkan | memulangkan | refund | lanjutkan | melanjutkan | teruskan | meneruskan | tindaklanjuti | menindaklanjuti | ganti | mengganti | gantikan | hapuskan | menghapuskan | perpanjang | memperpanjang)';
// What the customer asked for, named as such.
const REQUEST = '(permintaan~ | permohonan~ | pengajuan~ | sanggahan~ | rayuan~ | tuntutan~ | klaim~ | request~)';
// A kind of request with its condition, not this customer's: "sanggahan yg bahasanya kasar tdk akan kami proses",
// "kami tak boleh proses permohonan yang main hantar je" (but "permohonan yang Bapak ajukan" is the customer's).
const OF_A_KIND = '-(yang (tidak | tiada | tanpa | bahasanya | berbahasa | main | melebihi | melewati | lewat | selepas | setelah | kurang | belum | mengandungi | mengandung | hanya | cuma))';
// A partial "no", with the rest granted: "tuntutan ni saya tak boleh luluskan penuh".
const NOT_PARTIAL = '-(penuh | sepenuhnya | semuanya | seluruhnya)';
// What customers ask for, named bare as the subject of a "no": "Refund tak boleh.", "refund tidak dapat diproses".
const ASKED_FOR = '(refund~ | pengembalian dana~ | bayaran balik~ | pemulangan wang~ | pembatalan~ | penukaran~ | pertukaran~ | tukar saiz~ | tukar ukuran~ | retur~ | return~ | cancel~ | pampasan~ | kompensasi~ | ganti rugi~ | diskon~ | diskaun~ | cod~ | pembatalan pesanan~ | keringanan~ | potongan harga~ | penggantian~ | pengembalian biaya~ | pengembalian ongkir~)';
// Words after "tidak bisa" that make it the whole answer: particles, the customer, "hari ini".
const BARE_PARTICLE = '(ya | yah | lah | la | ye | yee | kok | dong | deh | sih)?';
const BARE_TAIL = `${BARE_PARTICLE} ,? @customer? (hari ini | sekarang | lagi)? ${BARE_PARTICLE}`;
// The absolute forms: "sama sekali", "dalam bentuk apa pun", "dalam apa jua keadaan".
const AT_ALL = '(lagi | sama sekali | (buat | untuk | pada | setakat) (masa | waktu | saat) (ini | sekarang) | ya | ye | lah | sekarang | dalam bentuk apa pun | dalam bentuk apapun | dalam apa jua keadaan | dalam apa-apa keadaan | dalam sebarang keadaan)';
// Up to twelve words within the clause, as two patterns (a gap, "..", would cross a comma, and twelve "_?" are over the
// limit of optional pieces with the rest of a pattern).
const UP_TO_TWELVE_WORDS = ['_? _? _? _? _? _?', '_ _ _ _ _ _ _? _? _? _? _? _?'];
// What makes a "no" absolute: no reason, no exception, the rule as the only answer ("apapun alasannya", "titik", "itu
// aturan toko", "no exceptions", "per our terms").
const ABSOLUTE = [
  '(apapun | apa pun | apa jua | apa-apa | sebarang) (alasan~ | sebab~ | keadaan~)',
  '(tanpa | tiada | tidak ada | tak ada) (terkecuali | pengecualian | kecuali~)',
  '<&(\\,) titik -(_)',
  '<-(_) titik -(_)',
  // "tak kira apa pun sebab", "dalam kondisi apa pun", "keputusan ini muktamad".
  '(tak kira | tidak kira) (apa pun | apapun | apa)? (sebab~ | alasan~ | keadaan~)?',
  'dalam (kondisi | keadaan | situasi) (apa pun | apapun | apa jua | apa-apa)',
  'muktamad',
  '(regardless | whatever the reason | under no circumstances | in any circumstances | under any circumstances | no matter (what | the reason | the circumstances) | no exceptions | end of (story | discussion) | full stop)',
  '<&(\\,) period -(_)',
  // "we don't do express courier for replacement cards, ever".
  '<&(\\,) ever -(_)',
  // The rule as the whole reason: "…gak bisa kami proses, itu aturan toko ya"; "per our terms, tips are non refundable".
  '(itu | ini) (sudah | memang)? (aturan | peraturan | kebijakan | ketentuan | polisi | prosedur | sop) (toko | kedai | kami | perusahaan | syarikat)?',
  '(itu | ini) (sudah | memang)? (mutlak | harga mati)',
  '(per | as per | under | according to) (our | the) (terms | policy | rules | t c | t cs | terms and conditions)',
];
// A "no" someone else gave, told to the customer: "agent tu kata tak boleh", "the driver told you it was not possible".
const SAID_BY_OTHERS = '(dia | beliau | mereka | ejen | agen | staf | petugas | pegawai | kurir | driver | pemandu | he | she | they | the agent | the driver | the staff | your colleague) (telah | sudah | dah | had | has)? @reported';
// Words quoted from the customer, an app or a message: "Puan tulis "permohonan tidak dapat diproses" dalam aplikasi",
// "you wrote 'refund not possible' in the form". Someone else's words, not our answer.
const QUOTED = '(@customer | you | aplikasi | app | sistem | system | notifikasi | notification | pesan | mesej | message | layar | skrin | screen) (telah | sudah | dah | had | has)? (tulis | menulis | tuliskan | wrote | write | writes | tunjuk | menunjukkan | tunjukkan | showed | shows | papar | memaparkan | displays | displayed)';
// A condition the customer can meet: "refund tidak dapat kami berikan sebelum barang kami terima", "tanpa resit".
const CONDITION_THE_CUSTOMER_CAN_MEET = ['(sebelum~ | selagi | sampai | hingga | kecuali | melainkan | kalau | jika | sekiranya | apabila | selama | asalkan)', '<-(_) tanpa'];
// A question, an exception offered, or a refusal told of others: none of these is a flat "no". (A time limit is not
// one: "tidak bisa sebelum 12 bulan, apapun alasannya" is as flat as it gets.)
const ASKED_OR_REPORTED = ['\\?', '(kecuali | melainkan | ditolak oleh | oleh pihak | oleh sistem | unless | except)'];
// What can be done, said without "but": "Saya bisa bantu ajukan klaim garansi", "we can send a replacement". With an
// absolute "no" in the draft, any offer of help is its alternative.
const WHAT_CAN_BE_DONE = [
  ...ALTERNATIVE_OFFERED,
  ...DONE_FOR_THE_CUSTOMER,
  '(saya | kami | kita) (bisa | boleh | dapat | akan | sedia | bersedia | siap) (bantu~ | bantuin | membantu | tolong | menolong | tawarkan | menawarkan | ajukan | mengajukan | carikan | uruskan | mengurus | urus | aturkan | atur | kirimkan | hantarkan | berikan | beri)',
  '(i | we) (can | could | will | would be happy to | am happy to | are happy to | would be glad to) (help | offer | arrange | send | set up | book | look into | refer | escalate | give | provide)',
];
// A protection or a guarantee, not a refusal: what keeps the customer safe or what they already have ("demi keamanan
// akun Ibu", "tanpa persetujuan Kakak", "itu penipuan", "jangan risau", "harga yang sudah Ibu bayar"; "for your safety",
// "your details", "without tracking", "it's a scam", "so you can always follow your parcel").
const PROTECTION_OR_GUARANTEE_ID_MS = [
  '(demi | untuk | bagi) (keamanan | keselamatan | kenyamanan | keselesaan | perlindungan | privasi | kerahsiaan | kerahasiaan)',
  'tanpa (persetujuan | izin | ijin | kebenaran | sepengetahuan | pengetahuan)',
  '(penipuan | penipu | scam | modus | phishing | menipu | tipu)',
  '(otp | tac | pin | kata sandi | kata laluan | password | kode verifikasi | kod pengesahan | kode keamanan | kod keselamatan)',
  '(tenang | jangan (risau | khawatir | kuatir | bimbang | cemas) | usah (risau | bimbang) | (tidak | tak) perlu (risau | khawatir | bimbang))',
  'yang (sudah | telah | dah) @customer? (bayar | dibayar | beli | dibeli)',
];
const PROTECTION_OR_GUARANTEE_EN = [
  '(for | to protect | to keep) (your | you) (safety | security | protection | privacy | safe | secure)',
  '(for | with) (safety | security) reasons',
  '(scam | scams | scammer | scammers | fraud | fraudulent | phishing)',
  '(otp | pin | password | passwords | passcode | verification code | verification codes | one-time)',
  '(your | customer | customers) (details | data | information | personal)',
  '(without | with no) (your)? (consent | permission | approval | tracking | authorisation | authorization | knowledge)',
  '(so | and) you (can | will) (always)? (follow | track | rest | feel | be sure | get)',
  '(do not | no need to) worry',
  'rest assured',
];
const BOSS = '(manajer~ | manager~ | atasan~ | supervisor~ | penyelia~ | pengurus~ | bos~ | boss~ | ketua~ | kepala~)';
// The end of the clause: a full stop, a comma, "!" or "?", or the end of the text.
const CLAUSE_END = '-(_)';
// The end of the clause, but not a question.
const ANSWER_END = '-(_ | \\?)';
// One word and then the end of the clause (not a question): after &(ya | …), a last particle or form of address,
// left out of the match as in "jawapannya tidak boleh ya".
const LAST_WORD_BUT_ONE = '-(_ _ | _ \\?)';

// The rewordings, shared by the families: a kind "no" that leaves room for the alternative. After words of their own
// ("refund tidak bisa …"), the Indonesian and Malay one starts with what replaces the rest.
const KIND_NO_ID_MS = { id: ['mohon maaf, itu belum dapat kami lakukan', 'itu belum dapat kami lakukan'], ms: ['mohon maaf, itu belum dapat kami lakukan', 'itu belum dapat kami lakukan'] };
const KIND_NO_AFTER_WORDS = ['belum dapat kami lakukan', 'mohon maaf, itu belum dapat kami lakukan'];
const KIND_NO_EN = ["I'm afraid we can't do that, but here's what I can do", "here's what I can do instead"];
// What clears a "no": an alternative anywhere in the draft, or an offer within two sentences after it; with an absolute
// "no", any offer of help in the draft.
// Something already done for the customer clears a "no" too; not fairness-argument's quarrel over a fee, which a refund of
// something else leaves standing ("I've refunded the 6 substituted items. … the $2.99 service fee still applies").
const ALTERNATIVE_OR_DONE = [...ALTERNATIVE_OFFERED, ...DONE_FOR_THE_CUSTOMER];
// A warning against a scam in our name: what we do not send is said to protect the customer, not to refuse them.
const ANTI_SCAM_NOTICE =
  '(palsu | penipuan | penipu | scam | scammer | phishing | fake | hati-hati | berhati-hati | waspada | jangan (tekan | klik | transfer | buka | berikan | bagikan | kongsi | balas | layan) | diamankan | amankan | selamatkan)';
const CLEARED_BY_AN_ALTERNATIVE = { unlessInDraft: ALTERNATIVE_OR_DONE, unlessInNextSentences: OFFER_SOON_AFTER };
const CLEARED_BY_WHAT_CAN_BE_DONE = { unlessInDraft: WHAT_CAN_BE_DONE, unlessInNextSentences: OFFER_SOON_AFTER };

// A plain refusal of what customers ask for, with its verb: "Your order can't be cancelled", "We are unable to process a
// refund", "Jadwal tidak bisa diubah", "pesanan tu tak boleh kami batalkan", "Refund tak boleh". Only when the refusal
// ends its clause and gives no reason, rule or concession (REFUSAL_EXPLAINED), with nothing offered anywhere in the draft
// nor in the two sentences after. "could not" is left out: a past failure ("your payment could not be processed").
const EN_GRANT_BASE =
  '(refund | cancel | change | exchange | swap | return | waive | extend | reschedule | rebook | move | transfer | upgrade | reverse | ' +
  'reinstate | reopen | process | approve | amend | modify | expedite | speed up | replace | honour | honor | accept | grant | offer | give | arrange)';
const EN_GRANT_DONE =
  '(refunded | cancelled | canceled | changed | exchanged | swapped | returned | waived | extended | rescheduled | rebooked | moved | ' +
  'transferred | upgraded | reversed | reinstated | reopened | processed | approved | amended | modified | expedited | sped up | replaced | ' +
  'honoured | honored | accepted | granted | offered | given | arranged)';
const EN_CANNOT = '(cannot | can not | will not be able to | are not able to | am not able to | is not able to | are unable to | am unable to | is unable to)';
const EN_REFUSAL_ENDS = '(-(_) | &(at all | anymore | any more))';
// A refusal given with its reason, its rule, a concession or a conclusion is another rule's or none: "pembatalan tdk bisa
// dilakukan ya krn pesanan sudah diproses", "Walaupun caj … tidak boleh dikembalikan, pihak bank bersetuju…", "jadi aturan
// ini … gak bisa diubah", "So we won't be able to refund it", "sementara tidak dapat dilakukan".
const REFUSAL_EXPLAINED =
  '(karena | kerana | sebab | soalnya | jadi | sehingga | maka | makanya | walaupun | meskipun | walau | sesuai | mengikut | aturan~ | peraturan~ | kebijakan~ | polisi~ | ketentuan~ | syarat~ | terma~ | sementara | buat sementara | ' +
  'so | because | since | as | due to | although | though | even though | policy | policies | rules | terms | temporarily | for now | at the moment | right now)';
// A failure in the past, not a refusal: "Pembayaran Kakak kemarin tidak dapat diproses".
const PAST_FAILURE_ID_MS = '(kemarin | kemaren | semalam | tadi | sebelumnya | sebelum ini | minggu lalu | bulan lalu | minggu lepas | bulan lepas)';
// What keeps or gives the customer something, where "cannot be changed" is good news: "Your points are safe: they cannot
// be cancelled", "Garansi puan tidak boleh dibatalkan", "Kakak sudah menang undian, hadiahnya tidak bisa dibatalkan".
const KEPT_FOR_THE_CUSTOMER_EN =
  '(safe | secure | protected | locked | locked in | guaranteed | guarantee | warranty | good news | great news | pleasure | thanks)';
const KEPT_FOR_THE_CUSTOMER_ID_MS = [
  '(garansi | jaminan | waranti | dikunci | terkunci | hadiah~ | menang | memenangi | memenangkan)',
  'yang (sudah | telah | dah)? @customer (dapatkan | dapat | peroleh | perolehi)',
];
const ID_MS_GRANT_BY_US =
  '(batalkan | ubah | tukar | tukarkan | ganti | gantikan | kembalikan | pulangkan | proses | prosesin | lakukan | berikan | beri | bagi | hantar | ' +
  'kirim | kirimkan | refund | kabulkan | luluskan | setujui | percepat | perpanjang | pindahkan | kreditkan | hapuskan | kecualikan)';

// "There is nothing I can do" is helplessness, which the excuse rule coaches; this rule is about the request itself.
export const dismissRequest = phraseRule(
  {
    id: 'dismiss-request',
    kind: 'warning',
    description: {
      id: 'Menyebut permintaan pelanggan mustahil atau menolaknya mentah-mentah.',
      ms: 'Menyebut permintaan pelanggan mustahil atau menolaknya bulat-bulat.',
      en: 'Calling the request impossible or refusing it flatly.',
    },
    messages: {
      default: {
        id: 'Jangan buru-buru menyebut permintaan pelanggan mustahil: mungkin ada cara kreatif atau pilihan yang mendekati. Jika memang tidak bisa, katakan dengan sopan dan tawarkan alternatif.',
        ms: 'Jangan cepat sangat kata permintaan pelanggan mustahil: mungkin ada cara kreatif atau pilihan yang hampir sama. Jika memang tidak boleh, katakan dengan sopan dan tawarkan alternatif.',
        en: "Don't rush to call the request impossible: there may be a creative way, or something close to it. If the answer is no, say it kindly and offer an alternative.",
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: [
        // "Tidak mungkin uangnya tidak keluar" denies the customer's account (assume-worst's), not a request.
        // Only as a refusal: the thing granted, "kami" doing it, or the whole answer. "Sistem kami tidak mungkin bobol",
        // "Housekeeping kami tidak mungkin mengambil barang tamu" deny the customer's account (assume-worst's).
        `(tidak | mana) mungkin -(${MISHAP_AHEAD} | ${NOT_A_REFUSAL} | _ _? (tidak | belum)) (${GRANT} | (kami | kita | saya) _ | (bisa | dapat | boleh) | untuk (${GRANT} | ${GRANT_ACTIVE}) | (banget | sekali)? ${BARE_PARTICLE} ${ANSWER_END} | (banget | sekali)? &(,? @customer) | &((ya | yah | lah | la | ye | dong | deh | sih) ,? @customer))`,
        // Not "tak mustahil" (it can be done).
        `<-(tidak | bukan) mustahil -(${MISHAP_AHEAD} | ${NOT_A_REFUSAL}) (untuk? ${GRANT} | kami _)?`,
      ],
      suggest: KIND_NO_AFTER_WORDS,
      replaces: 'rest',
      unlessAfter: UNLESS_HEDGED,
      unlessInSentence: [...REASSURANCE, SAID_BY_OTHERS, QUOTED],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `(memang | pokoknya | jelas | sudah jelas | sudah pasti | sama sekali) tidak (bisa | dapat | boleh | akan) (${GRANT} | ${GRANT_ACTIVE} | (kami | saya) _)? ${AT_ALL}? @customer? ${CLAUSE_END}`,
        // "Permohonan untuk mempercepatkan proses ini tidak boleh dilayan"; "permintaan tersebut tidak dapat diproses".
        ...UP_TO_TWELVE_WORDS.map((words) => `${REQUEST} ${OF_A_KIND} ${words} memang? tidak (dapat | bisa | boleh | akan) (kami | saya)? (${GRANT} | ${GRANT_ACTIVE}) ${NOT_PARTIAL}`),
        // (Any thing put first and refused by us at the end of its clause, "pesanan tu tak boleh kami batalkan.", was tried:
        // on the check half it warned twice and caught nothing.)
        // The bare "no" after a conclusion or a regret: "Jadi gak bisa ganti ya.", "Sayangnya tidak bisa, Kak."
        `<-(_) (jadi | jadinya | maka | makanya | sebab itu | oleh itu | oleh sebab itu | oleh karena itu | sayangnya | malangnya | mohon maaf | maaf | harap maaf) ,? @customer? ,? tidak (bisa | boleh | dapat) (nak | mau | mahu)? (${GRANT} | ${GRANT_ACTIVE})? ${BARE_TAIL} ${CLAUSE_END}`,
        // "No" to the thing asked for, as the whole clause: "Jadi tidak ada refund ya.", "Takde pampasan, cik."
        `<-(_) (jadi | maka | so)? (tidak ada | tiada | takde | tak de) ${ASKED_FOR} ${BARE_TAIL} ${CLAUSE_END}`,
        // Not a request put ahead of the others: "kami tak boleh proses rayuan encik sahaja" (fairness-argument's).
        `tidak (dapat | bisa | boleh) (kami | saya)? nak? ${GRANT_ACTIVE} ${REQUEST} ${OF_A_KIND} -(@customer? (sahaja | saja | aja | je | seorang | sorang))`,
        // "Jawapannya tidak boleh ye doktor": the answer is no.
        `(jawapan~ | jawaban~) (adalah | ialah)? tidak (boleh | bisa | dapat)? (${ANSWER_END} | &(ya | ye | yah | lah | @customer | doktor | dokter) ${LAST_WORD_BUT_ONE})`,
        'tidak (bisa | dapat | boleh) sama sekali',
        // "Itu tidak bisa, Pak."; "Hal tersebut tidak memungkinkan."
        `<-(_) (itu | ini | yang itu | hal (itu | ini | tersebut)) memang? tidak (bisa | boleh | dapat) ${BARE_TAIL} ${CLAUSE_END}`,
        `<-(_) (itu | ini | hal (itu | ini | tersebut)) memang? (tidak | kurang) memungkinkan ${BARE_TAIL} ${CLAUSE_END}`,
        `tidak akan pernah (bisa | boleh | dapat | mungkin) -(${MISHAP})`,
        // "Kenaikan limit menjadi Rp50 juta tidak dimungkinkan."
        `tidak dimungkinkan ${BARE_TAIL} ${ANSWER_END}`,
        // "refund tidak dapat diproses": the thing asked for, refused in so many words.
        // (A bare "Refund tak boleh." was tried: on the check half it warned as often as it caught.)
        `${ASKED_FOR} (penuh | full | sepenuhnya)? (ini | itu | tersebut | tu | ni)? (memang)? tidak (dapat | bisa | boleh) (kami | saya)? (${GRANT} | ${GRANT_ACTIVE}) ${CLAUSE_END}`,
        // "Itu tak akan berlaku, encik." as the whole answer; not the promise "ini tidak akan terjadi lagi".
        `<-(_) (itu | ini | hal itu | hal ini | perkara itu | perkara ini) memang? (tidak akan | takkan) (berlaku | terjadi | jadi) ${BARE_PARTICLE} ,? @customer? ${CLAUSE_END}`,
        // A bare "Tidak bisa, Kak." as the whole answer.
        // "Tak boleh encik."; "Gak bisa kak kalau sudah checkout."; "Tak boleh nak percepatkan."
        `<-(_) tidak (bisa | boleh | dapat) (ya | yah | lah | ye)? (, @customer)? ${CLAUSE_END}`,
        `<-(_) tidak (bisa | boleh | dapat) ${BARE_PARTICLE} ,? (@customer | hari ini | sekarang) (,? (@customer | hari ini | sekarang))? ${BARE_PARTICLE} (-(_ | , | \\?) | &(kalau | jika | kerana | karena | sebab | soalnya))`,
        `<-(_) tidak (bisa | boleh | dapat) (nak | mau | mahu)? (${GRANT} | ${GRANT_ACTIVE}) ${BARE_TAIL} ${CLAUSE_END}`,
        // The thing asked for, refused at the clause's start with its object: "Tak boleh tukar saiz cik."
        `<-(_) tidak (bisa | boleh | dapat) (nak | mau | mahu)? (tukar | menukar | ganti | mengganti | cancel | batal | batalkan | refund | ubah | mengubah | pindah | retur | return) _? _? ${BARE_TAIL} ${CLAUSE_END}`,
        // "No" to the thing asked for, with what it is for: "Tidak ada kompensasi untuk keterlambatan driver, Kak.",
        // "Takde istilah refund untuk item dalam game".
        `<-(_) (jadi | maka | so)? (tidak ada | tiada | takde | tak de) (istilah)? ${ASKED_FOR} (untuk | utk | bagi | buat)`,
      ],
      suggest: KIND_NO_AFTER_WORDS,
      replaces: 'rest',
      unlessAfter: UNLESS_HEDGED,
      // A question, a condition the customer can meet ("sebelum barang kami terima"), or a refusal told of others.
      unlessInSentence: ['\\?', '(sebelum~ | selagi | sampai | hingga | kecuali | melainkan | ditolak oleh | oleh pihak | oleh sistem)', '<-(_) tanpa', SAID_BY_OTHERS, QUOTED],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // "Permohonan bayaran balik tuan telah ditolak"; "Keputusan ini muktamad". Not "kenapa klaimnya ditolak".
      lang: ['id', 'ms'],
      match: [
        ...UP_TO_TWELVE_WORDS.map((words) => `${REQUEST} ${words} (telah | sudah | terpaksa | kami)? ditolak -(oleh)`),
        'tidak layak _? _? _? _? walau? dalam (apa jua | apa-apa | sebarang | apa pun) keadaan',
        `(keputusan~ | jawapan~ | jawaban~) (_? _? (ini | itu | tu | tersebut) | kami | _)? (adalah | ialah | sudah | dah | memang)? (muktamad | final | mutlak | tidak (dapat | boleh | bisa | akan) (diubah | dirayu | dibanding | disanggah | dipertikaikan | dipertimbangkan semula | dikaji semula | disemak semula | ditinjau ulang | ditinjau semula | diganggu gugat)) lagi? (${CLAUSE_END} | &(dan | serta))`,
        // "Status no-show … kekal dan tidak akan dipinda": kept as it is, for good.
        `(kekal | tetap) (dan | serta) tidak (akan | boleh | dapat | bisa) ${GRANT}`,
      ],
      suggest: KIND_NO_ID_MS,
      replaces: 'clause',
      unlessAfter: UNLESS_HEDGED,
      // A rejection explained with its reason ("permohonan kakak ditolak karena datanya tidak valid") or told of.
      unlessInSentence: ['\\?', '(kenapa | mengapa | sebab apa | apa sebab | alasan~ | karena | kerana | sebab | disebabkan | berdasarkan | akibat | @reported | sebelum~ | sebelum ini | kalau | jika | sekiranya)', QUOTED],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(kami | saya) memang? (tidak | tidak pernah) (melayani | layani | layan | melayan | menerima | terima | melakukan | lakukan | buat | membuat | menyediakan | sediakan | memberikan | berikan | beri | mengabulkan | kabulkan) (permintaan | permohonan | hal | perkara | yang | sesuatu)? (seperti itu | semacam itu | macam itu | macam ni | seperti ini | semacam ini | begitu | begini | sebegitu | sebegini) -((untuk | kepada | bagi) (semua | setiap | sembarang))',
        // Not favour framing: "bukan sesuatu yang kami buat untuk semua orang" (favor-framing's).
        '(itu | ini)? bukan (sesuatu | hal | perkara) yang (kami | saya) (lakukan | buat | tawarkan | sediakan | layani | layan | terima) -(_? (untuk | kepada | bagi | kat) (semua | setiap | sesiapa | sembarang))',
        // Not a warning about next time: "jangan harap benda ni berulang lagi".
        '(jangan | tidak usah | tak usah | usah) (harap | berharap | mengharapkan) -(_? _? _? (berulang | terulang | (berlaku | terjadi) lagi))',
        '(mohon | harap | sila) (tidak | jangan) (berharap | mengharapkan)',
        // "Permintaan Kakak tidak masuk akal"; "Mana bisa ongkir dikembalikan".
        '(permintaan | permohonan | request | tuntutan | keinginan | kemahuan) @customer? (ini | itu | ni | tu)? (sangat | terlalu | agak | memang | benar-benar)? (tidak masuk akal | mengada-ada | berlebihan | keterlaluan | melampau | melampaui batas | tidak realistis | tidak realistik | tidak munasabah | tidak wajar)',
        // "permintaan tuan supaya IP statik diberikan percuma … jauh panggang dari api": the request judged, later in its clause.
        ...UP_TO_TWELVE_WORDS.map((words) => `${REQUEST} -(maaf) ${words} (tidak masuk akal | mengada-ada | mengada-ngada | keterlaluan | melampau | tidak realistis | tidak realistik | tidak munasabah | jauh panggang dari api | di luar akal)`),
        '<-(di | ke | dari | yang) mana (bisa | boleh | dapat | ada) -(saya | kami) _? _? _? (dikembalikan | dipulangkan | pulangkan | kembalikan | ditukar | tukar | diganti | ganti | dibatalkan | batalkan | refund | direfund | dapat | bagi | beri | diberi | diberikan | kasih | dikasih | hantar | kirim | dikirim)',
        'di luar akal~',
        // "Mana boleh, cik."; "mana bisa Bu, armada kami terbatas": the rhetorical "no way" as the whole answer.
        `<-(_) mana (bisa | boleh | dapat) ${BARE_TAIL} ${CLAUSE_END}`,
        // "Manajer kita tidak menerima chat customer": the request for someone senior turned away.
        `${BOSS} (kami | kita | saya)? memang? tidak (menerima | terima | nerima | melayan | layan | melayani | bercakap dengan | berbicara dengan | mengambil | ambil | angkat | menangani | tangani) _? (panggilan | chat | telepon | telefon | call | aduan | komplain | pelanggan | penumpang | customer | nasabah | pengguna | permintaan)`,
        '(tidak ada | tiada | sia-sia) (gunanya | guna | faedahnya | faedah)? untuk? (eskalasi | mengeskalasi | minta | meminta | mengadu | komplain | bercakap | berbicara | menghubungi | hubungi)',
        // "kalau nak rayu pun x guna"; "tak guna merayu lagi": appealing waved off.
        '(merayu | rayu | mengadu | adu | komplain | minta | meminta | banding | membanding) pun (tidak | tak) (ada)? (guna~ | faedah~)',
        '(tidak | tak) (ada)? (guna~ | faedah~) (nak | untuk)? (merayu | rayu | mengadu | komplain | minta | meminta | membanding)',
        // "Sy rasa tak payah la rayu"; "tuan tak perlu susah-susah hantar rayuan kedua": appealing waved off.
        '(tidak perlu | tak payah | tidak payah | tidak usah | tak usah | usah) (la | lah)? (susah-susah | repot-repot)? (merayu | rayu | hantar rayuan | kirim rayuan | mengajukan banding | ajukan banding | banding | membanding | mengadu | komplain lagi)',
        // "tidak ada dasar bagi kami untuk mengembalikan biaya tersebut": no grounds to grant it.
        `(tidak ada | tiada | tak ada) (dasar | asas | alasan) (bagi | untuk)? (kami | pihak kami | saya)? untuk (${GRANT_ACTIVE} | memberikan | memberi | beri | menanggung | tanggung)`,
      ],
      suggest: KIND_NO_ID_MS,
      replaces: 'clause',
      // "walaupun biasanya kami tak buat macam ni": the usual practice, with an exception made (favor-framing's).
      unlessAfter: '(walaupun | walau | meskipun | biarpun | biasanya | selalunya | lazimnya | normally | usually)',
      // Good news in the same sentence: "Tak perlu hantar rayuan, encik: bayaran balik dah kami luluskan".
      unlessInSentence: [QUOTED, '(sudah | telah | dah | udah) (kami | saya) (setujui | luluskan | proses | kembalikan | pulangkan | kreditkan | batalkan | kabulkan)'],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      lang: ['id', 'ms'],
      match: [
        // The request declined in so many words: "kami terpaksa menolak permintaan Bapak", "kami tidak akan memproses
        // refund", "Kakak tidak berhak atas refund", "pengembalian dana tidak tersedia".
        `(kami | saya) (terpaksa | harus | perlu | mesti | dengan berat hati)? (menolak | tolak) ${REQUEST}`,
        `(kami | saya) tidak akan (${GRANT_ACTIVE} | memberikan | memberi | menerbitkan | mengeluarkan | memberikan) (${ASKED_FOR} | ${REQUEST} | pengecualian)`,
        // "Kami tidak melayani permintaan upgrade kursi gratis"; "Kami tidak menawarkan bayaran balik untuk pas roaming".
        `(kami | saya) (memang | juga)? tidak (melayani | layani | melayan | layan | menawarkan | tawarkan | menyediakan | sediakan) (${REQUEST} | ${ASKED_FOR})`,
        `@customer? tidak (layak | berhak | eligible) (untuk | atas | mendapat | mendapatkan | menerima | dapat)? (mendapat | mendapatkan | menerima)? ${ASKED_FOR}`,
        `${ASKED_FOR} (memang)? tidak (tersedia | disediakan | ditawarkan | berlaku) (${ANSWER_END} | &(ya | ye | yah | @customer | untuk | bagi))`,
        // What was asked for, refused by us: "kami tidak dapat memberikan keringanan", "Kami juga tak dapat beri bayaran
        // balik kerana perjalanan telah selesai", "kami tidak dapat mengembalikan saldo yang hilang".
        `(kami | saya | kita) (juga | memang)? tidak (dapat | bisa | boleh) (memberikan | memberi | beri | berikan | kasih | bagi | mengembalikan | kembalikan | memulangkan | pulangkan | menawarkan | tawarkan | menyetujui | meluluskan) (${ASKED_FOR} | saldo~ | baki~ | dana~ | wang~ | duit~ | pengecualian~)`,
      ],
      suggest: KIND_NO_ID_MS,
      replaces: 'clause',
      unlessAfter: UNLESS_HEDGED,
      // A question, or a refusal told of others ("siapa yang bilang…").
      unlessInSentence: ['\\?', '(@reported | kenapa | mengapa)', ...CONDITION_THE_CUSTOMER_CAN_MEET, QUOTED],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // A refusal made absolute: "Refund full gak bisa ya kak, titik."; "Pemutusan sebelum 12 bulan tidak bisa
      // dilakukan, apapun alasannya"; "tanpa video komplain gak bisa kami proses, itu aturan toko".
      lang: ['id', 'ms'],
      match: [
        `tidak (bisa | dapat | boleh) (kami | saya)? nak? (${GRANT} | ${GRANT_ACTIVE})`,
        `tidak (bisa | boleh | dapat) ${BARE_TAIL} ${CLAUSE_END}`,
      ],
      suggest: KIND_NO_AFTER_WORDS,
      replaces: 'rest',
      onlyWithInSentence: ABSOLUTE,
      unlessAfter: UNLESS_HEDGED,
      unlessInSentence: [...ASKED_OR_REPORTED, QUOTED],
      ...CLEARED_BY_WHAT_CAN_BE_DONE,
    },
    {
      // What we never do or will not grant, made absolute: "Pengiriman kartu … tidak akan kami lakukan, apa pun
      // alasannya", "kami memang tak hantar beg ke rumah, titik". Not a protection or a guarantee made absolute ("demi
      // keamanan akun Ibu, kami tidak pernah mengirim kode OTP …", "harga yang sudah Ibu bayar tidak akan kami ubah …",
      // "kami tidak akan membatalkan pesanan Kakak tanpa persetujuan Kakak, apa pun alasannya"): nothing refused there.
      lang: ['id', 'ms'],
      match: [
        `tidak akan (kami | saya)? (${GRANT} | ${GRANT_ACTIVE})`,
        `(kami | saya) (memang)? (tidak | tidak pernah) (${GRANT_ACTIVE} | hantar | menghantar | kirim | mengirim | antar | mengantar | sediakan | menyediakan | beri | memberi | bagi | berikan | memberikan | terima | menerima)`,
      ],
      suggest: KIND_NO_AFTER_WORDS,
      replaces: 'rest',
      onlyWithInSentence: ABSOLUTE,
      unlessAfter: UNLESS_HEDGED,
      unlessInSentence: [...ASKED_OR_REPORTED, QUOTED, ...PROTECTION_OR_GUARANTEE_ID_MS],
      unlessInDraft: WHAT_CAN_BE_DONE,
      unlessInNextSentences: [...OFFER_SOON_AFTER, ...PROTECTION_OR_GUARANTEE_ID_MS],
    },
    {
      // The same in English: "tips are non refundable, per our terms"; "we can't waive it, no exceptions".
      lang: ['en'],
      match: [
        '(is | are) (strictly | completely)? (non refundable | non-refundable | nonrefundable | not refundable | non transferable | non-transferable | not transferable | not eligible)',
        '(cannot | can not | will not | do not | never) (be)? (refund | refunded | exchange | exchanged | change | changed | cancel | cancelled | canceled | waive | waived | make (an | any)? exceptions?)',
      ],
      suggest: KIND_NO_EN,
      replaces: 'clause',
      onlyWithInSentence: ABSOLUTE,
      unlessAfter: '(if | whether | unless | not)',
      unlessInSentence: [...ASKED_OR_REPORTED, QUOTED],
      ...CLEARED_BY_WHAT_CAN_BE_DONE,
    },
    {
      // What we never do, made absolute: "we don't do express courier for replacement cards, ever". Not a protection or
      // a guarantee ("for your safety, we never send one-time codes by phone, under any circumstances", "we never give
      // your details to anyone, ever", "we never ship without tracking, regardless of order size").
      lang: ['en'],
      match: ['(we | i) (do not | never | will not) (do | offer | provide | give | deliver | ship | send | accept | allow | issue | arrange | cover)'],
      suggest: KIND_NO_EN,
      replaces: 'clause',
      onlyWithInSentence: ABSOLUTE,
      unlessAfter: '(if | whether | unless | not)',
      unlessInSentence: [...ASKED_OR_REPORTED, QUOTED, ...PROTECTION_OR_GUARANTEE_EN],
      unlessInDraft: WHAT_CAN_BE_DONE,
      unlessInNextSentences: [...OFFER_SOON_AFTER, ...PROTECTION_OR_GUARANTEE_EN],
    },
    {
      // The matter closed on the customer: "we will not be entertaining further requests", "kasus ini kami anggap
      // selesai", "tidak ada lagi yang perlu dibahas".
      lang: ['id', 'ms', 'en'],
      match: [
        '(kami | saya) (anggap | menganggap | anggapkan | nyatakan | menyatakan) (kasus | masalah | perkara | hal | aduan | komplain | keluhan | tiket)? (ini | itu | tersebut)? (sudah | telah)? (selesai | ditutup | tutup | tamat | muktamad)',
        '(tidak | tiada) (ada)? (apa)? lagi yang (perlu | boleh | bisa | dapat) (dibahas | dibincangkan | dibicarakan | didiskusikan | kami lakukan | saya lakukan)',
        '(kami | saya) tidak akan (lagi)? (menanggapi | tanggapi | melayani | layani | melayan | layan | membalas | balas) (lagi)? (permintaan | permohonan | email | emel | pesan | mesej | keluhan | komplain | aduan)? (serupa | yang sama | tentang | mengenai | berkaitan)',
        '(we | i) (will | shall) not (be)? (entertaining | entertain | responding to | respond to | accepting | accept | considering | consider) (any)? (further | more) (requests | correspondence | emails | messages | complaints | appeals)',
        '(we | i) (consider | regard | are considering) (this | the) (matter | case | complaint | issue | ticket | request | conversation | discussion | dispute | chat) (closed | resolved | final)',
        '(there is)? nothing (more | further) to (discuss | add | say)',
        // The same, said in the passive: "Further correspondence on this matter will not be responded to."
        '(further | any further | any more) (correspondence | requests | emails | messages | complaints | appeals | queries | enquiries | inquiries) ..4 will not be (responded to | answered | entertained | considered | acknowledged | replied to)',
        // "…dan kami tidak akan menanggapi permohonan peninjauan ulang atas klaim yang sama".
        '(kami | saya) tidak akan (lagi)? (menanggapi | tanggapi | melayani | layani | melayan | layan | membalas | balas) (lagi)? (permintaan | permohonan | keluhan | komplain | aduan | email | emel | pesan | mesej) ..5 (yang sama | serupa)',
      ],
      suggest: { ...KIND_NO_ID_MS, en: KIND_NO_EN },
      replaces: 'clause',
      unlessInSentence: ['\\?', QUOTED],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      lang: ['en'],
      match: [
        `(that | it | this | which | request | change | refund | exchange | what you are asking) (is | would be | will be | was) (simply | just | absolutely | completely | totally | really | quite | basically | utterly)? impossible (${ANSWER_END} | &(for (us | me | our) | to (do | arrange | process | change | approve | grant | accommodate | offer | refund | honor | honour | fulfil | fulfill | waive)))`,
        `impossible ${CLAUSE_END}`,
        `(that | this | it) is not possible ${CLAUSE_END}`,
        '(is | are) (a | an)? (absolute | complete)? (no go | no-go | non-starter)',
        '(that | this | it) is (just | simply)? not how (it | this | things | that | our _ | the _) (work | works)',
        // (A final decision, "the decision is final", is in its own family below: a refusal only when it is a no.)
        '(manager | managers | supervisor | supervisors | team lead | team leads | they) (do not | does not | never) (take | deal with | handle | speak to | talk to | accept | return) (calls | chats | customer calls | customers | individual (bookings | cases | customers | accounts | requests) | escalations)',
        '(there is)? (no | little) (point | use | sense) in? (escalating | asking | complaining | chasing | speaking to | talking to | contacting | appealing | arguing | disputing | following up | pursuing | pushing)',
        'out of the question',
        'not a chance',
        `no chance (${ANSWER_END} | &(we | i | that | of | in))`,
        `(that | this | it) (will not | would not | is not going to) be possible ${CLAUSE_END}`,
        // "We can't do free returns"; "we don't offer refunds on sale items" (an alternative anywhere clears it).
        '(we | i) (cannot | can not | do not | will not | never) (do | offer | give | provide) (free | any)? (refunds | returns | exchanges | exceptions | compensation | discounts | free (returns | delivery | shipping | replacements | upgrades)) -(_? _? (until | unless | before | once | if | yet))',
        '(do not | please do not) (ask | ask for | request | expect) (such | these | those)? (silly | stupid | ridiculous | crazy | weird | strange | absurd | impossible) (things | stuff | requests | favours | favors)',
        '(that is | this is | it is | what) (a | an | such a | such an)? (ridiculous | absurd | unreasonable | outrageous | ludicrous | laughable | crazy | silly) (request | ask | demand | thing to ask | idea)',
        '(your | the)? (request | demand | ask) is (frankly | simply | just | quite | completely | totally)? (ridiculous | absurd | unreasonable | outrageous | ludicrous | laughable)',
        `(that | this | it) (is not | will not be | is not going to be) happening ${CLAUSE_END}`,
        '(simply | absolutely | just | completely | totally | definitely) not possible',
        // Not favour framing: "not something we do for everyone".
        '(simply | just | really | definitely)? not (something | a service | an option | a feature | a thing) that? (we | i | our company | the company | (the | our) (bank | store | shop | airline | hotel | team | council | app | platform)) (would | will | could)? ever? (do | does | offers | consider | entertain | offer | allow | provide | can do | can offer | are able to do | support | handle | are going to (do | build | offer | add | provide | support) | will (do | build | offer | add | provide | support) | build | develop | add | create) -(_? for (everyone | everybody | all | every | anyone | anybody))',
        `(we | i) (do not | never | cannot | can not) (do | offer | allow | accept | entertain | handle) (that | this | those | such requests | that kind of thing | that sort of thing | requests like this) (for (you | anyone | any customer))? (here | anymore)? ${CLAUSE_END}`,
        `no way (${ANSWER_END} | &(we | i | that we | that i | that is | this is | that will | this will | are we | am i | the company | our company))`,
        '(that | this | it) (will never | is never going to | is not going to | would never) happen -(again | to you)',
        `(cannot | can not | can never) be done ${CLAUSE_END}`,
        // The flat "no" by its idioms: "that's a hard no on the refund", "no can do", "offline mode isn't doable".
        '(a | that is a | it is a | the answer is a) (hard | flat | firm | big) no',
        'no can do',
        // "Not happening, sorry."; "That's a no from us."; "there's no way for us to reopen it". ("That's just how it works"
        // was tried: it warned as often as it caught, on an explanation.)
        `<-(_) not happening ${CLAUSE_END}`,
        `(that is | it is | the answer is) (a | an)? no (from (us | me | our side) | i am afraid)? ${ANSWER_END}`,
        'no way for (us | me) to',
        // "it isn't possible for us to consider any compensation"; not "for us to know" (dont-know's).
        '(is | was | would be | will be) not possible for (us | me) to -(_? (tell | know | say | predict | guarantee | control | see | confirm))',
        // "there are no grounds for us to refund the fee".
        '(there (is | are))? no (grounds | basis) (for (us | me))? to (refund | waive | reverse | cancel | compensate | reimburse | change | offer | grant | approve | extend | make)',
        // "there's no way to change the delivery address once the rider has picked up the order".
        'there is no way to (change | cancel | reverse | refund | undo | reopen | restore | amend | edit | speed up | expedite | extend | waive | redo | redeliver | reinstate | recover)',
        // "We will not be closing your account."; "we won't be refunding the fee".
        '(we | i) (will not | are not going to | am not going to) be (refunding | reimbursing | compensating | waiving | reversing | crediting | extending | replacing | exchanging | reinstating | reopening | closing | escalating | making (an | any) exceptions?) (your | the | this | that | any | it)',
        // A refusal of what is asked in the words of ability: "we're not able to offer refunds for lateness".
        '(we | i) (are | am) (not able | unable) to (offer | give | provide | do | issue | process | make) (free | any)? (refunds | returns | exchanges | exceptions | compensation | discounts | cancellations)',
        // "it's not something we can refund from our side"; not "something we can control" (an excuse).
        '(is | are) not something (that)? (we | i) (can | could | are able to | am able to) (accommodate | support | refund | waive | cancel | change | approve | accommodate | arrange | offer | provide | honour | honor | extend | reverse | exchange | replace | grant)',
        // "Rescheduling … for an individual premises is not possible."
        `<-(sure | ensure | make sure) (is | are) (simply | just | unfortunately | sadly)? not possible (this (year | time | month | week | round | cycle) | at this (stage | point | time) | anymore | any more)? ${ANSWER_END}`,
        '(is | are) (simply | just)? not (doable | feasible) -(_? _? (yet | right now | at the moment | today | until | before | without))',
        // A feature refused for good: "we won't be building one".
        `(we | i) (will not | are not going to | have no plans to) (be)? (build | building | add | adding | develop | developing) (one | that | it | this | such a feature | that feature | this feature) (${ANSWER_END} | &(for | either | any time | anytime | ever))`,
        // What was asked for, refused in the passive as the whole answer: "The fee will not be waived."
        `(will not | cannot | can not | is not going to | are not going to) be (waived | refunded | reimbursed | credited | reversed | extended | reopened | restored | approved | granted | honoured | honored | exchanged | replaced | overturned | paid | reinstated | covered | appealed | transferred) ${ANSWER_END}`,
        // The bare "no" to what was asked: "No, we don't deliver to PO boxes."; "Unfortunately not."; "So no replacement, sorry."
        '<-(_) (no | nope) ,? (we | i) (do not | cannot | can not | will not | are not able to | am not able to) (deliver | ship | offer | do | accept | allow | provide | support | refund | cancel | exchange | issue | give | sell | take | extend | waive | reopen | restore | change | replace | reschedule | match)',
        `<-(_) (unfortunately | sadly | regrettably | i am afraid | afraid | sorry) ,? (not | no) (, sorry)? -(_ | \\? | \\,)`,
        `<-(_) not possible (, sorry | sorry | i am afraid)? ${ANSWER_END}`,
        `<-(_) (so | sorry ,?)? no (refund | refunds | replacement | replacements | exchange | exchanges | cancellation | cancellations | compensation | credit | discount | extension) (, sorry | sorry | i am afraid)? ${ANSWER_END}`,

        // "once the kitchen accepts it there's no cancelling"; "there's nothing to restore at this point".
        `there is no (cancelling | canceling | refunding | changing | reversing | undoing | exchanging | going back | refund | refunds | cancellation | cancellations) ${ANSWER_END}`,
        'there is nothing (left)? to (restore | recover | retrieve | reverse | undo | reopen | escalate)',
        // The request declined in so many words: "we must decline your request", "refunds are not available for this item",
        // "that's not an option". ("We're unable to accommodate this request" and "your request has been declined" were
        // tried: on the check half they warned three times and caught nothing.)
        '(we | i) (must | have to | will have to | are going to have to | am going to have to | regret that we must | regret to) (decline | refuse | reject | deny | turn down)',
        `(refunds | refund | exchanges | returns | cancellations | extensions | compensation | replacements | exceptions) (are | is) not (available | offered | permitted | allowed | an option) (${ANSWER_END} | &(for | on | in | at | after | once))`,
        `<-(_) (that | this | it) is (simply | just)? not an option ${ANSWER_END}`,
        'you are (not | no longer) eligible for (a | any)? (refund | refunds | compensation | exchange | replacement | credit | reimbursement | extension)',
        // The thing asked for, said to be no option, off the table or not going to happen, whatever its subject: "Moving
        // your appointment to Sunday isn't an option."; "A partial refund … is off the table"; "Extending the cooling-off
        // period for you just won't be happening." Not "nothing is off the table", not "won't be happening again".
        `(is | are) (simply | just | really | unfortunately | sadly)? not an option ${ANSWER_END}`,
        '<-(nothing | anything) (is | are) (now | completely | firmly)? off the table',
        '(just | simply)? (will not | is not going to | are not going to) be happening -(again)',
        // "that's a no on cashing out to your overseas account".
        '(that is | it is | the answer is) a no (on | to | for)',
        // "Nope, can't let you out of the contract early."; "Nope, we don't split bulk orders."
        '<-(_) nope ,? (we | i)? (do not | cannot | can not | will not | are not able to | am not able to) _',
        // "There is no mechanism for reversing a loot box purchase".
        'there is no (mechanism | process | provision | facility) (for | to) (reversing | reverse | refunding | refund | cancelling | canceling | cancel | changing | change | exchanging | extending | transferring | undoing)',
        // Appealing or asking again called pointless: "Appealing the penalty notice again would be pointless".
        '(appealing | escalating | arguing | disputing | complaining | asking | chasing | pushing) ..6 (is | would be | will be) (pointless | futile | useless | of no use | a waste of time)',
        // The correspondence stopped: "We will not be corresponding further on the matter".
        '(we | i) (will | shall) not (be)? (corresponding | replying | responding | engaging) (any)? further',
        // (Waved off as not worth it, "tak berbaloi", and sent elsewhere, "take it up with your bank", were tried: they
        // are internal-costs' and excuse's, and warned here as often as they caught.)
      ],
      suggest: KIND_NO_EN,
      replaces: 'clause',
      // "not impossible", "if that is impossible", "it feels impossible" (acknowledging), "I promise this will never happen".
      unlessAfter: '(if | whether | unless | not | feel | feels | felt | seem | seems | seemed | sound | sounds | look | looks | sure | ensure | promise | guarantee)',
      // Told of, as someone else's answer: "the driver told you it was not possible".
      unlessInSentence: [SAID_BY_OTHERS, QUOTED],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // "No exceptions." as the whole clause; not of an offer or a promise: "This voucher applies to all new customers, no
      // exceptions", "We never share your data with anyone, no exceptions".
      lang: ['en'],
      match: [`<-(_) (so | sorry ,?)? no (exception | exceptions) (, sorry | sorry | i am afraid)? ${ANSWER_END}`],
      suggest: KIND_NO_EN,
      replaces: 'clause',
      unlessAfter: '(if | whether | unless | not)',
      unlessInSentence: [SAID_BY_OTHERS, QUOTED, '(discount | discounts | offer | offers | promo | promotion | free | voucher | vouchers | gift | reward | rewards | points | cashback | data | privacy | password | pin | otp)'],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // A final decision is dismissive only when it is a no: "Chargeback decisions are final and cannot be appealed", "the
      // outcome has been finalised", "my decision is final". Not good news: "Good news: the outcome has been finalised and
      // your refund is on its way!", "Great news, the decision is final and your claim has been approved."
      lang: ['en'],
      match: [
        `(the | this | my | our)? (decision | answer) (is | remains) still? (final | no) ${ANSWER_END}`,
        `(decision | decisions | outcome | outcomes | ruling | verdict) (is | are | remains | remain | has been | have been) (now)? (final | finalised | finalized) (${ANSWER_END} | &(and))`,
        `(the | this | my | our) decision (cannot | can not | will not) be (appealed | changed | reversed | overturned | reconsidered | revisited) ${ANSWER_END}`,
        // "Our decision on the security deposit is final and won't be revisited."; "as the decision stands".
        `(decision | decisions | outcome | ruling) (on | about | regarding | for) ..6 (is | are | remains | remain) (final | no) (${ANSWER_END} | &(and))`,
        `(the | this | my | our) decision (still)? stands ${ANSWER_END}`,
        `(and | it | this | that) (will not | cannot | can not) be (revisited | reconsidered | reviewed again | reopened) ${ANSWER_END}`,
      ],
      suggest: KIND_NO_EN,
      replaces: 'clause',
      unlessAfter: '(if | whether | unless | otherwise | not | feel | feels | felt | seem | seems | seemed | sound | sounds | look | looks | sure | ensure | promise | guarantee)',
      unlessInSentence: [
        SAID_BY_OTHERS,
        QUOTED,
        '(good | great | happy | wonderful | excellent) news',
        '((has been | have been | is | are | was | were) (fully)? (approved | granted | accepted | upheld) | in your (favour | favor) | on its way | on the way | been (refunded | credited | reimbursed) | will be (refunded | credited | reimbursed) | (refund | credit | reimbursement | replacement) (is | has been | will be) (issued | processed | sent | on))',
        '(pleased | happy | glad | delighted) to (confirm | let you know | tell you | inform you | say)',
      ],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // A "no" in English's other forms, with nothing offered after it: "your request has been declined", "we're unable
      // to help with this", "that's not an option", "it's not our policy to…", "not given under any circumstances".
      lang: ['en'],
      match: [
        `(your | the | this)? (request | application | claim | appeal | refund request | refund | complaint) (has been | have been | was | is) (declined | denied | rejected | refused | turned down) ${ANSWER_END}`,
        `(we | i) (are | am | will not be | would not be) (unable | not able | not in a position) to (help | assist | do anything | do any more | do more | take this any further | take it any further) (with this | with that | on this | further | any further | here)? ${ANSWER_END}`,
        `(that | this | it) (is | will be | would be) (simply | just | really)? not an option ${ANSWER_END}`,
        '(it is | that is | this is) not (our | company) policy to',
        // The "no" closed as the way things are: "that's just how the app works", "working as designed".
        '(that is | it is | this is) (just | simply) how (it | the app | the system | things | this | our system | the process | the policy) (works | work | goes | is)',
        '<-(_) (it is)? (working | works) as (designed | intended)',
        '(are | is | will be) not (given | offered | issued | provided | granted | made | accepted | available | possible) (under any circumstances | in any circumstances | for any reason | whatsoever)',
      ],
      suggest: KIND_NO_EN,
      // Not a "no" given, but one asked about: "beats me why the claim was rejected", "whether it was declined".
      unlessAfter: '(if | whether | unless | not | why | how | when)',
      unlessInSentence: [...ASKED_OR_REPORTED, QUOTED, SAID_BY_OTHERS],
      unlessInDraft: WHAT_CAN_BE_DONE,
      unlessInNextSentences: OFFER_SOON_AFTER,
    },
    {
      lang: ['en'],
      match: [
        `(we | i) ${EN_CANNOT} ${EN_GRANT_BASE} (it | this | that | them | your _ | the _ | a _ | an _ | any _)? _? ${EN_REFUSAL_ENDS}`,
        `(it | this | that | they | your _ | the _ | your _ _ | the _ _) (cannot | can not) be ${EN_GRANT_DONE} ${EN_REFUSAL_ENDS}`,
      ],
      suggest: KIND_NO_EN,
      replaces: 'clause',
      unlessAfter: '(if | whether | unless | not | until | before | why)',
      unlessInSentence: [...ASKED_OR_REPORTED, QUOTED, SAID_BY_OTHERS, '(yet | until | before | but | however)', REFUSAL_EXPLAINED, '@reported', KEPT_FOR_THE_CUSTOMER_EN, ...PROTECTION_OR_GUARANTEE_EN],
      ...CLEARED_BY_WHAT_CAN_BE_DONE,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `<&(_) <-(dan | serta | atau | jadi | sehingga | maka | yang) (ini | itu | tu | ni | tersebut)? (memang | juga | pun)? tidak (bisa | dapat | boleh) (${GRANT} | (kami | saya) ${ID_MS_GRANT_BY_US}) ${BARE_TAIL} ${CLAUSE_END}`,
        `<-(_) ${ASKED_FOR} _? (ini | itu | tu | ni | tersebut)? (memang | juga | pun)? tidak (bisa | dapat | boleh) ${BARE_TAIL} ${CLAUSE_END}`,
      ],
      suggest: KIND_NO_AFTER_WORDS,
      replaces: 'rest',
      unlessAfter: UNLESS_HEDGED,
      unlessInSentence: ['\\?', '(sebelum~ | selagi | sampai | hingga | kecuali | melainkan | ditolak oleh | oleh pihak | oleh sistem | belum | tapi | tetapi | namun)', REFUSAL_EXPLAINED, '@reported', PAST_FAILURE_ID_MS, SAID_BY_OTHERS, QUOTED, ...REASSURANCE, ...PROTECTION_OR_GUARANTEE_ID_MS, ...KEPT_FOR_THE_CUSTOMER_ID_MS],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // The bare "no" that opens the answer, its reason after it: "Gak bisa kak, hari Minggu tutup.", "Tak boleh encik,
      // memang tak boleh ubah nama selepas tiket dikeluarkan." The reason does not soften it; an alternative or an offer
      // in the draft does, as do a question, a condition and words reported.
      lang: ['id', 'ms'],
      match: `<-(_) (memang | maaf | mohon maaf | sayangnya | sayang sekali)? \\,? tidak (bisa | boleh | dapat) ${BARE_PARTICLE} @customer? ${BARE_PARTICLE} \\, &(_)`,
      suggest: KIND_NO_ID_MS,
      replaces: 'clause',
      unlessAfter: UNLESS_HEDGED,
      unlessInSentence: ['\\?', '(kecuali | melainkan | ditolak oleh | oleh pihak | oleh sistem | sementara | buat sementara | belum | tapi | tetapi | namun | kalau | jika | sekiranya | apabila | selagi | selama)', '(silakan | sila | coba | cuba)', '(saya | kami) (sudah | dah | telah)? (tambahkan | tambah | berikan | beri | kirim | kirimkan | hantar | hantarkan | buatkan | aturkan | atur | proses | ganti | tukar | naikkan)', '@reported', SAID_BY_OTHERS, QUOTED, ...REASSURANCE, ...PROTECTION_OR_GUARANTEE_ID_MS, ...KEPT_FOR_THE_CUSTOMER_ID_MS],
      ...CLEARED_BY_AN_ALTERNATIVE,
    },
    {
      // A service we do not give, said as the answer: "Kami tidak menyediakan layanan antar ke rumah.", "Maaf encik, kami
      // tak hantar beg ke rumah." Not an anti-scam notice ("Kami tak hantar SMS. Mesej itu palsu, jangan tekan pautan tu"),
      // nor "nothing" sent ("saya tidak kirim apa-apa").
      lang: ['id', 'ms'],
      match: `(kami | saya) (memang | juga)? tidak (menyediakan | sediakan | menawarkan | tawarkan | melayani | layani | melayan | hantar | menghantar | antar | mengantar | mengirim | kirim | memberikan | berikan | beri | memberi | bagi) (_ | _ _ | _ _ _ | _ _ _ _)? ${CLAUSE_END}`,
      suggest: KIND_NO_AFTER_WORDS,
      replaces: 'rest',
      unlessAfter: UNLESS_HEDGED,
      unlessInSentence: ['\\?', '(sebelum~ | selagi | sampai | hingga | kecuali | melainkan | belum | tapi | tetapi | namun | lagi | tanpa | hanya | cuma | sahaja | saja | selain)', REFUSAL_EXPLAINED, '(apa-apa | apa pun | apapun | sesuatu | apa-apa pun)', '@reported', PAST_FAILURE_ID_MS, SAID_BY_OTHERS, QUOTED, ...REASSURANCE, ...PROTECTION_OR_GUARANTEE_ID_MS, ...KEPT_FOR_THE_CUSTOMER_ID_MS],
      unlessInDraft: [...ALTERNATIVE_OR_DONE, ANTI_SCAM_NOTICE],
      unlessInNextSentences: OFFER_SOON_AFTER,
    },
  ]);
