import type { Span } from '../report.js';
import { isQuestion, sentenceIndexAt, toSourceSpan, type TextDocument } from '../text/document.js';
import { mergeSpans, overlapsAny } from '../text/spans.js';
import { tokenFamilyFinder, tokenOccurrence } from '../match/families.js';
import { tokenView } from '../match/matcher.js';
import { upTo } from '../match/compose.js';

/**
 * Clarification: confirming what the customer said, or drawing out what they need, before solving it. Most often a
 * question to the customer ("bisakah Anda jelaskan…?", "just to confirm … is that right?", "what would you like to
 * happen?"), or a request for the details we need ("boleh kongsikan nombor akaun"). The check back, a closing
 * ("ada lagi yang bisa saya bantu?") and a rhetorical jab ("apa Bapak tidak bisa baca?") are not clarification.
 */

// Details we ask the customer for.
const DETAIL =
  '(nomor~ | nombor~ | no | pesanan~ | order~ | foto~ | gambar~ | bukti~ | screenshot~ | tangkapan | video~ | detail~ | butir~ | butiran~ | rincian~ | data~ | alamat~ | email~ | emel~ | e-mel | e-mail | tanggal~ | tarikh~ | nama~ | resi~ | invoice~ | invois~ | id | akun~ | akaun~ | rekening~ | kartu~ | kad~ | digit~ | lokasi~ | kronologi~ | keterangan~ | maklumat~ | informasi~ | info~ | nominal~ | jumlah~ | kode~ | kod~ | serial | model~ | tipe~ | ukuran~ | saiz~ | warna~ | photo | photos | picture | pictures | image | images | number | receipt | proof | address | date | name | account | reference | ticket | tracking | details | description | screenshots | information | code | error | amount | last four | copy)';
const TELL =
  '(jelaskan | menjelaskan | terangkan | menerangkan | ceritakan | menceritakan | informasikan | menginformasikan | infokan | beritahu | beritahukan | memberitahu | memberitahukan | kasih tahu | kasi tahu | sebutkan | menyebutkan | konfirmasi | konfirmasikan | mengonfirmasi | mengkonfirmasi | sahkan | mengesahkan | kongsikan | kongsi | berkongsi | bagikan | membagikan | huraikan | nyatakan | menyatakan | tell | explain | describe | share | confirm | clarify | specify | walk me through)';
const SEND =
  '(kirim | kirimkan | mengirim | mengirimkan | hantar | hantarkan | menghantar | berikan | memberikan | beri | kasih | share | sertakan | menyertakan | lampirkan | melampirkan | upload | unggah | mengunggah | send | give | provide | email | text | forward | reply with | attach | dm)';
const ASKING = '(mohon | tolong | silakan | silahkan | sila | harap | bisa~ | boleh~ | dapat~ | minta | could | can | would | will | please | kindly)';
const SOFTENER = '(untuk | tolong | bantu | please | kindly | just | also | quickly | share | me | us)';

// What stops a request from counting: us doing it, someone else told of, a condition.
const NOT_ASKED_AFTER = ['saya', 'kami', 'aku', 'kita', 'i', 'we', 'he', 'she', 'they', 'dia', 'mereka', 'beliau', 'and', 'dan', 'sudah', 'telah', 'tidak', 'not', 'nobody'];
const REQUEST_IN_CONDITION = `<-(_) (kalau | jika | sekiranya | seandainya | apabila | bila | if | once | setelah | selepas | lepas) ..8 _? _? _? _? _? _? _? _? (${ASKING} | ${TELL} | ${SEND})`;

// Asking the customer to send us a document or a detail: "mohon kirimkan foto barangnya", "please send a photo", "we'll
// need the receipt".
const findSendRequests = tokenFamilyFinder([
  {
    match: [
      `${ASKING} @address? ${upTo(2, SOFTENER)} ${SEND} -(ke | kepada | to | kat | balik | back | semula | ulang) _? _? _? ${DETAIL}`,
      `(saya | kami | i | we) (akan | will | would | may | might)? (perlu | perlukan | memerlukan | butuh | membutuhkan | need | require) _? _? ${DETAIL}`,
    ],
    unlessAfter: NOT_ASKED_AFTER,
    unlessInSentence: REQUEST_IN_CONDITION,
  },
]);

const findRequests = tokenFamilyFinder([
  // "Bisakah Bapak jelaskan…", "boleh encik terangkan…", "could you tell me…", "mohon kirimkan foto barangnya".
  {
    match: [
      `${ASKING} @address? ${upTo(2, SOFTENER)} ${TELL}`,
      '(boleh~ | bisa~ | may | can | could) (saya | i) (tahu | ketahui | minta | meminta | dapatkan | mendapatkan | know | ask | have | get | check | confirm | clarify | trouble you for)',
      // Not "let me know how it goes", which asks back how the fix turns out.
      'let (me | us) know (your | the | which | what | when | where | who)',
      'let (me | us) know how -(it | that | things | everything | you get on)',
      `dibantu _? ${DETAIL}`,
    ],
    // "Kami bisa jelaskan kebijakannya" is us explaining, "she'd tell you the same" is told of someone, "I've checked
    // and can confirm…" is us confirming; "sudah dibantu" is done.
    // "Nobody could tell you" is not asked of the customer.
    unlessAfter: NOT_ASKED_AFTER,
    // A request set in a condition is a procedure for later, not a need now: "Kalau ada error, silakan kirim foto
    // layarnya", "Sekiranya encik ada resit, boleh lampirkan dalam emel ini", "if it drops again pls send a screenshot".
    // The condition may run long ("Kalau ada petugas yg menarik biaya lain di luar itu, mohon kirim foto…", "If yours
    // hasn't reached your account by 20 December, please DM us…", "Bila dah ada nombor laporan, boleh kongsi…").
    unlessInSentence: REQUEST_IN_CONDITION,
  },
  // Confirming what we heard: "just to confirm…", "apa yang saya dengar…", "kalau saya tidak salah tangkap…".
  {
    match: [
      // At the start of its clause: "Just to confirm, …", not "sending someone out just to confirm one reading".
      '<-(_) just to (confirm | clarify | double-check | double check | be sure | make sure)',
      '(if | so) i (understand | understood | have understood | heard) you? (correctly | right)',
      'what i (hear | understand | am hearing | understood) (you saying)? is',
      '(apa yang | yang) (saya | kami) (dengar | tangkap | pahami | fahami | faham~ | paham | mengerti)',
      '(jika | kalau) saya? tidak salah (tangkap | paham | faham | mengerti | dengar)',
      '(benar | betul) (demikian~ | begitu~ | kan~ | ya~) \\?',
      '(is | am) (that | i | this) (right | correct)',
    ],
  },
]);

// Questions that are not clarification: closings, greetings, proposals, rhetoric and insults.
const notClarifyingIn = tokenOccurrence([
  // Closings and openers: "ada lagi yang bisa saya bantu?", "anything else?", "how can I help you today?"
  '(ada | adakah | apakah ada | apa ada) (lagi | hal lain | yang lain | perkara lain | apa-apa | pertanyaan | soalan | yang (bisa | dapat | boleh | perlu | ingin | mau | hendak | nak | mahu))',
  '(lagi | lain) yang (bisa | dapat | boleh) (saya | kami) bantu',
  '(apa | ada) yang (bisa | dapat | boleh) (saya | kami)? (bantu | dibantu) lagi? (hari ini)? \\?',
  // Not "was anything else in the order damaged?", which asks about the case.
  '(anything | something) else -(in | inside | on | from | that was | was | got | arrived | missing | damaged | broken | wrong)',
  'any (other | more | further) (questions | question | concerns | issues | queries)',
  '(how | what) (can | may) (i | we) (help | assist | do for) you? (today | now)? \\?',
  '(apa | how) (kabar | khabar | are you | is your day | is it going)',
  // More help offered in other words: "Is there anything more I can help you with?", "Do you need anything else from me?",
  // "Kakak butuh bantuan lain?", "Perlukan bantuan lain, puan?", "Apa lagi sy boleh tolong?", "Encik perlu apa-apa
  // lagi?", "Boleh saya bantu apa-apa lagi?", "Ada benda lain yg sy boleh bantu?" (not "Apa lagi yang rusak?", "Was
  // anything else damaged?", which ask about the case).
  '(anything | something) (more | further) (i | we) (can | could) (help | do | assist)',
  '(need | needs | want) (anything | something) (else | more) -(fixed | changed | checked | damaged | missing | wrong)',
  '(perlu~ | perlukan | butuh | memerlukan | membutuhkan) (bantuan | pertolongan) (lain | lagi | tambahan)',
  '(perlu | perlukan | butuh | nak | mau | mahu) (apa | apa-apa) lagi \\,? @address? \\?',
  '(apa | apa-apa) lagi (yang)? (saya | kami)? (boleh | bisa | dapat)? (bantu | tolong | dibantu | ditolong)',
  '(bantu | tolong) (apa | apa-apa) lagi',
  '(benda | hal | perkara) (lain | lagi) (yang)? (saya | kami)? (boleh | bisa | dapat) (bantu | tolong)',
  // Greetings and good wishes put as questions: "Bagaimana kabarnya, Bu?", "Puan sihat?", "Hope you're keeping well?",
  // "Have a good weekend?"
  '(bagaimana | gimana | macam mana) (kabar~ | khabar~) \\,? @address? \\?',
  '<-(_) @address? (sihat | sehat) (tak | ke | kah)? \\,? @address? \\?',
  '<-(_) (hope | hoping) (you are | your | all is | all)',
  '<-(_) (have | enjoy) a (good | great | nice | lovely) (day | weekend | week | evening | night)',
  // Proposals wait for a yes: "bagaimana kalau kami kirim ulang?", "how about a replacement?"
  '(bagaimana | macam mana | how | what) (kalau | jika | bila | about | if we | if i)',
  // Rhetoric and jabs: "memangnya…?", "apa susahnya baca…?", "why didn't you…?", "are you serious?"
  '(memangnya | emangnya | emang | kan sudah | apa susahnya | what part of | who do you think | siapa suruh)',
  '(kenapa | mengapa | napa | kok | why) ..4 (tidak | belum | not | never)',
  '(kenapa | mengapa | napa | kok | why) (baru | only now | wait)',
  '(tidak | belum | not | never | even) _? (bisa | dapat | boleh | able to)? (baca | membaca | read | lihat | melihat | see | paham | faham | mengerti | understand)',
  '(bodoh | goblok | bego | tolol | idiot | stupid | dumb | otak | brain | buta | blind | pekak | deaf | gila | crazy | serious | seriously | kidding | joking | bercanda | main-main)',
  '(harus | mesti | musti | perlu | mau | nak) (saya | kami)? (bagaimana | apa) lagi',
  // Impatience: "kok bisa lupa lagi?", "ngerti nggak sih?", "berapa kali saya harus bilang?", "Anda pikir kami ini apa?"
  '(kok | sih | ngerti | dong)',
  '(berapa | how many) (kali | times) ..3 (bilang | jelaskan | cakap | beritahu | kasih tahu | ulang | tell | explain | say)',
  '@address (pikir | kira | fikir | ingat | think)',
  // Doubting the customer's account is no question about their need: "Are you sure it wasn't dropped?", "Kakak yakin
  // gak ada yang buka paketnya?", "Encik pasti tiada orang lain guna akaun ni?"
  '(are you | were you | @address \\,?) (really | absolutely | completely | betul | benar | benar-benar | betul-betul | sungguh)? (sure | certain | positive | yakin | pasti)',
  // A suggestion put as a question: "Maybe check your Xero connection?", "Mungkin coba restart dulu?"
  '<-(_) (maybe | perhaps | mungkin | barangkali) (try | check | double-check | double | restart | clear | reach | ask | you | coba | cuba | cek | semak)',
  '(apa | what) (yang)? (susah | sukar | payah | hard | difficult) (sangat | sekali | banget | about)?',
  'what else? (do | did) you (want | expect)',
  // Rhetorical openers that assert, not ask: "Bukankah sudah kami jelaskan…?", "Takkan encik tak tahu…?", "Jangan-jangan
  // kasir Bapak yang ubah harga?"
  '(bukankah | takkan | jangan-jangan | janganjangan | entah-entah)',
  // A guess about the cause put as a question: "Mungkin ada orang lain kat rumah yang dah buka?", "Maybe it's something
  // on your phone?", "I'm guessing it just didn't get selected?"
  '<-(_) (maybe | perhaps | mungkin | barangkali | agaknya) (ada | it | there | someone | somebody | staf | staff | orang | anak | ahli)',
  "(i am | i'm) (guessing | assuming | betting)",
  // A guess about what the customer did, put as a question: "Mungkin Ibu simpannya di luar kulkas?", "Mungkin encik
  // terlupa nak aktifkan…?", "Maybe you added a night at check-in?", "mungkin sbb kaedah FIFO?" (a request that opens
  // with "maybe" is still found as a request: "maybe you could send me the receipt?").
  '<-(_) (maybe | perhaps | mungkin | barangkali | agaknya) (@address | sebab | karena | kerana | because | due | dari | from)',
  // Doubting that the customer tried: "Have you tried actually updating the app?", "Did you actually try…?" (a plain "have
  // you tried resetting the router?" narrows down the problem).
  '(have | did) you (actually | even | really) (tried | try)',
  '(have | did) you (tried | try) (actually | even | really)',
  // More help offered, the closing put as a question: "Is there anything else on your statement you would like me to
  // review?", "Apakah ada tagihan lain di kartu Bapak yang perlu saya periksa sekalian?", "Gimana Kak, ada tagihan lain
  // yg mau dicek sekalian?"
  '(lain | other | else) ..8 (saya | kami | i | me | we | us) (to)? (periksa | cek | semak | check | review | look into | look at | go through | bantu | help with)',
  '(lain | other | else) ..8 (periksa | dicek | cek | semak | disemak | diperiksa | check | review) (sekalian | sekali | juga | too | as well | while)',
  // Someone else did it: "Could you check whether anyone else in your household opened the package?", "ahli keluarga
  // lain dah bawa masuk?", "Sure it wasn't one of the kids?"
  '(anyone | someone | somebody | anybody | orang lain | sesiapa | siapa-siapa | ahli keluarga | ahli rumah | jiran | neighbour | neighbor | kids | family member) ..4 (+buka | +ambil | +guna | +pakai | +ubah | +tukar | +bawa | opened | open | took | take | used | use | changed | accessed | picked | collected)',
  // Whether the customer really did their part: "Cik betul2 dah check peti surat?", "Did you even look at the screen?",
  // "Encik baca tak SMS yang kami hantar?", "Faham tak encik?"
  '@address (betul-betul | benar-benar | really | actually | even) (sudah)? (+cek | check | checked | +baca | read | look | looked | +coba | +cuba | tried | try)',
  '(did | have) you even',
  '(+baca | +faham | +paham | +mengerti | read | tengok | lihat) (tidak | ke)',
  // A greeting shouted as a question: "Helloo?", "Halo?"
  '<-(_) (hello | helloo | hellooo | halo | haloo | hallo | helo | oi | woi) \\?',
  // Word asked back on how things turn out is the check back, not a need now: "Could you let me know if you see the
  // refund?", "Boleh cik semak bil Julai dan beritahu saya jika jumlahnya betul?", "bisa kabari sy apakah mutasinya
  // udah lengkap?"
  '(let me know | let us know | tell me | tell us | beritahu | beritahukan | bagitau | bagitahu | bgtau | maklumkan | kabari | kabarin | kabarkan | infokan) (saya | sy | kami | me | us | kepada saya)? (if | whether | once | jika | kalau | kalo | klo | apakah | sama ada | adakah)',
  // Whether the customer is there or can be reached at the time arranged: "Puan ada di rumah esok antara 9-12?", "Is
  // that still the best number to reach you?", "Apakah nomor WA Bapak masih aktif untuk dihubungi?"
  '(ada | berada) (di | kat | dekat | dkt) (rumah | kedai | toko | pejabat | kantor | lokasi | tempat | premis)',
  '(dihubungi | dihubungin | ditelepon | ditelefon | ditelpon) \\?',
  // "Apakah nomor WA Bapak yang terdaftar masih aktif untuk dihubungi Ibu Ratna?" (not "boleh saya minta nomor HP yang
  // bisa dihubungi petugas?", which asks for it).
  '(masih | tetap) ..6 (dihubungi | dihubungin | ditelepon | ditelefon | ditelpon) ..4 \\?',
  '(best | right | good) (number | one | way) ..2 (reach | contact | call)',
  '(will | would) (you | someone | anyone | somebody) be (home | in | around | there | at)',
  // Word asked back once it has happened: "Boleh encik bagitau saya bila dah sampai?", "Could you reply here once you've
  // checked in?", "Nanti kabarin sy ya Bu udah anget blm airnya?"
  '(let me know | let us know | tell me | tell us | beritahu | beritahukan | bagitau | bagitahu | bgtau | maklumkan | kabari | kabarin | kabarkan | infokan | reply | balas | message me) (saya | sy | kami | me | us | kepada saya)? ..4 (bila | when | once | after | lepas | selepas | setelah | sebaik) ..3 (sudah | telah | have | has)',
  '(kabari | kabarin | kabarkan | bagitau | bagitahu | beritahu | maklumkan) (saya | kami)? (ya | ye)? @address? ..3 sudah ..3 (belum | tidak | ke)',
  // Rhetoric: "masa gak dibaca?", "Masa masih nanya terus?", "Really?", "Apa kakak gak salah liat?", "Kalau semua orang nak
  // masuk awal, macam mana housekeeping nak kemas bilik?"
  '<-(_) masa (iya | sih | tidak | masih | cuma | sampai)',
  '<-(_) (really | seriously) \\?',
  // Not our own misreading owned in an apology, which goes on to ask: "Maaf kalau saya salah paham, apakah Kakak ingin
  // ganti ukuran atau warna?", "Maaf kalau saya salah faham, puan nak tukar saiz atau warna?"
  '<-(saya | sy | aku | kami | kita | saya yang | kami yang | saya sudah | saya mungkin | kami mungkin) salah (lihat | liat | baca | dengar | tengok | faham | paham)',
  '(kalau | jika | kalo | if) ((semua | setiap) (orang | pembeli | pelanggan | pengguna | customer) | everyone | everybody | all (customers | our customers))',
  // Doubting what the customer says they did: "Apa benar Ibu tidak pernah memberikan kode OTP…?", "beneran udah bayar?",
  // "Cik dah tanya orang rumah betul2?", "Have you actually been opening the windows…?", "Did you maybe add a night…?"
  // Not confirming what the customer wants, which clarifies: "Apa benar Bapak ingin mengganti alamat pengiriman?",
  // "Adakah betul tuan nak batalkan langganan?"
  '(apa | apakah | adakah) (benar | betul) @address -((memang | masih | sekarang)? (ingin | mau | mahu | nak | hendak | berniat | bermaksud | mahukan | menginginkan | memilih | pilih | setuju))',
  '(beneran | betulan) (sudah | telah | tidak)?',
  '(betul-betul | benar-benar | beneran | betulan) (ya | kan)? \\?',
  '(have | had | did) you (actually | really | even)',
  // Not a detail asked gently: "Have you possibly got another email address we could try?", "Did you maybe keep the
  // receipt?" (still a doubt: "Did you maybe add a night at check-in?").
  `(have | had | did) you (maybe | perhaps | possibly) -((got | get | kept | keep | still | saved | save | received | noted | written | have) ..6 ${DETAIL})`,
  'you have (actually | really)',
  // The customer's own question, reported: "You asked whether you can get a refund?", "Kakak tanya apakah bisa tukar?"
  // Not when we go on to ask what we need: "You asked about a refund: which order is it for?"
  '(you | @address) (asked | ask | wondered | were wondering | bertanya | tanya | menanyakan | tanyakan) (if | whether | about | apakah | adakah | sama ada | samada | soal | tentang | pasal) -(_ ..5 (which | what | where | when | who | how many | how much | mana | yang mana | bila | kapan | siapa | berapa))',
  // "Gimana, kak?" on its own.
  '<-(_) (bagaimana | macam mana) \\,? @address? \\?',
]);

// More help offered, or care for the customer, put as a question: neither draws out the matter. "Is there anything I've
// missed?", "Is there anything about the first night you'd still like me to look into?", "Is there anything about this
// that's still worrying you?", "ada bagian yang ingin Ibu tanyakan lagi?", "ada apa-apa yang saya terlepas?"; "Are you
// somewhere safe?", "Apakah ayah Ibu baik-baik saja?", "Kakak gak papa kan?". Not "Was anything else in the bag
// damaged?" or "Is there anything about the food I should know?", which ask about the case. (Whether the customer needs
// help, and how someone is, were tried and left out: the corpus's readers count them as clarification as often.)
const moreHelpOrCareIn = tokenOccurrence([
  '(anything | something | any other | any more) ..8 (i | we) (have | might have | may have)? (missed | overlooked | left out | forgotten)',
  '(anything | something | any other | any more) ..8 you (would)? (still | also)? (like | want) (me | us) to',
  '(anything | something) ..6 (still)? (worrying | bothering | concerning | troubling) you',
  '(ingin | mau | nak | mahu | hendak) @address? (tanyakan | tanya | bertanya) (lagi | lanjut)',
  '(ada | apa-apa) ..6 (yang)? (saya | kami | sy) (terlepas | terlewat | lewatkan | terlupa | lupakan | tertinggal)',
  // Care: whether the customer and theirs are safe and well.
  '(are you | are you all | are they | is everyone | is everybody | is (your | the) (son | daughter | child | baby | mother | father | mum | mom | dad | wife | husband | family)) (now | still)? (somewhere)? (safe | okay | ok | alright | all right)',
  '(somewhere | someplace) safe',
  '(baik-baik saja | baik-baik je | baik-baik sahaja | selamat sampai | (di | ke) tempat (yang)? (aman | selamat))',
  '(gak | nggak | ga | enggak | tidak | tak | x) (papa | apa-apa) (kan | ke | ya)? \\,? @address? \\?',
]);

// After the fix, a yes-or-no question whether it came through, or whether the customer tried again, asks how the fix
// turned out, not about the matter: "refund dan voucher kemarin sudah masuk semua ya?", "Apakah kompensasi tersebut
// sudah Ibu terima di rekening?", "Boarding pass baru dah sampai dlm emel encik?", "Udh coba transaksi lagi kak?",
// "Has the card terminal been stable since then?". Before any fix the same question draws out the problem.
const turnedOutIn = tokenOccurrence([
  '(sudah | udah | udh | sdh | dah | telah) @address? (sampai | sampe | nyampe | tiba | masuk | terima | diterima | dapat | kebuka | terbuka | berhasil | berjaya | pulih | normal)',
  '(sudah | udah | udh | sdh | dah) @address? (coba | cuba | try) ..3 (lagi | semula | balik | ulang)',
  '(has | have | did) (the | your | it | everything | they | that | this) _? _? _? (arrived | come through | came through | landed | gone through | been (stable | fine | okay | ok | working | normal))',
  '(did | have) you (tried | try) (it | again | once more) (again | now)?',
]);

// A politeness put as a condition is no condition: "Kalau tak keberatan, boleh…", "if you don't mind, could you…".
const POLITE_CONDITION = '(keberatan | kisah | mind | possible | boleh | bisa | sempat | ingat | remember | tahu | tau | can | could)';
// A request opened by a condition is a procedure for later, as a question too: "If you lose power again before then,
// could you note the time it went off and reply here?", "lepas abang terima, boleh bagitau sy dlm chat ni?". A detail or
// a choice, or something to send or tell us, asked in it still clarifies ("Kalau Bapak ingat, kapan terakhir kartunya
// dipakai?", "If you have the acknowledgement number handy, could you send it over?", "kalau Kakak terlanjur bayar,
// boleh kasih tau berapa jumlahnya?").
const requestInConditionIn = tokenOccurrence([REQUEST_IN_CONDITION]);
const asksAmountDetailOrTellIn = tokenOccurrence([`(berapa | ${DETAIL} | ${TELL})`]);
const wordBackIn = tokenOccurrence(['(reply | balas | let me know | let us know | bagitau | bagitahu | bgtau | kabari | kabarin | kabarkan | maklumkan | message me)']);
const politeConditionIn = tokenOccurrence([`<-(_) (kalau | jika | sekiranya | seandainya | if) (@address | you)? (tak | tidak | x | do not | does not)? ${POLITE_CONDITION}`]);

// A question that asserts, with its tag: "sebenarnya yg encik nak tu bukan refund, encik cuma nak sampai ke Kuching
// kan?", "Encik pun tahu sendiri, kan?"
const assertingIn = tokenOccurrence(['(sebenarnya | sebetulnya | tahu sendiri | tau sendiri | pun tahu | juga tahu | logik | logika)']);
const tagQuestionIn = tokenOccurrence(['(kan | right) (\\, @address)? \\?']);

// An instruction put as a question asks for nothing we need: "Could you update the app and try a small payment?",
// "Boleh puan tukar kata laluan sekarang?", "Can you make sure the gate's unlocked?", "sementara itu, boleh kakak coba
// login lewat mode incognito?" (a detail or word back asked in it still clarifies: "boleh cuba restart dan bagitau kod
// ralat apa yang keluar?").
const instructionIn = tokenOccurrence([
  '(could | can | would) you (please | also | just | kindly)? (update | file | ask | make sure | reinstall | restart | log out | clear | keep | change | reset | install | uninstall | unplug | try -(to (remember | recall | recollect | think back | find out)))',
  // Not a try at remembering, which asks: "Bisa Kakak coba ingat kapan terakhir kartunya dipakai?"
  '(boleh | bisa | dapat | tolong) @address? (tolong)? ((coba | cuba) -(ingat | +ingat | ingat-ingat) | update | tukar | ganti | standby | pastikan | install | restart | reset | matikan)',
]);
/** A question that asks the customer for a detail: "could you send me a screenshot of the error?", "boleh encik bagi nombor tracking?". */
export const asksForADetailIn = tokenOccurrence([`(${ASKING} | ${TELL} | ${SEND}) .. ${DETAIL}`]);
const asksDetailOrWordIn = tokenOccurrence([`(${DETAIL} | ${TELL} | ${SEND} | let me know | let us know | reply | balas | bagitau | bagitahu | kabari | kabarin)`]);


// Offers wait for a yes: "Mau sy bikinin link checkoutnya?", "Nak sy apply terus kat akaun puan?", "Want me to hold one
// for you?", "Shall I email it over now?", "Would you also like a monthly statement?". An offer that asks for a detail
// ("mau saya kirim ke alamat mana?", "what would you like us to do?") still draws out the need, and so does a choice
// between two ways ("would you like us to send the rest tonight, or a refund?", "mau lanjut nunggu atau sy batalkan?"):
// the labels read those as clarification.
const offerIn = tokenOccurrence([
  '(mau | mahu | nak | want | shall | should) (sekalian | sekali | terus)? (saya | sy | aku | kami | kita | i | we | me | us)',
  'would you (also | rather)? (like | prefer | want)',
  'do you want (me | us)',
  // "Boleh saya kirimkan panduannya?", "Bolehkah kami menelepon Ibu besok?", "Can I send you the form?", "Would you be
  // open to a call from our manager?" (not "boleh saya tahu…", which asks).
  // A politeness word before the verb does not make a request an offer: "Can I please have your order number?", "Can I
  // quickly grab…", "Bisa kami mohon foto resinya?".
  '<-(_) (boleh~ | bisa~ | dapat~ | may | can | could | shall) (saya | kami | i | we) -((please | quickly | just | briefly | kindly | also | first | dulu | sebentar | sekalian)? (tahu | ketahui | tanya | bertanya | know | ask | minta | meminta | mohon | memohon | dapatkan | mendapatkan | have | get | grab | confirm | check | clarify | just | pastikan | memastikan | konfirmasi | mengonfirmasi | mengkonfirmasi | sahkan | cek | semak | periksa | bantu | make sure))',
  '(would | are | will) you (be)? (open | happy | okay | ok | keen | willing) (to | with | for)',
  // The offer's own yes asked for at its end: "Cik nak?", "Encik nak ke?", "Cik berminat?", "…, if that's useful?", "…
  // kalau puan setuju?"
  // Not what the customer wants, asked: "Ukuran berapa yang Kakak mau?", "Saiz mana yang puan nak?"
  '<-(yang | yang @address) (nak | mau | mahu | berminat | interested) (ke | tidak | kah)? \\,? @address? \\?',
  '(if | kalau | jika) (that | it | @address) (is | would be)? (useful | helpful | ok | okay | setuju | berkenan) \\?',
]);
// What the offer frame asks the customer to give us is still clarification: "Would you be happy to send us a photo of
// the label?", "Would you be willing to share a photo of the damage?", "Boleh saya pinjam waktunya sebentar untuk
// konfirmasi alamat?" (not "Would you be open to a call…?", "Would you be happy for us to send a replacement?").
const asksToGiveIn = tokenOccurrence([
  'you (be)? (open | happy | okay | ok | keen | willing | able | like | want | mind)? (to)? (send | sending | share | sharing | provide | providing | give | giving | upload | uploading | attach | attaching | forward | forwarding | confirm | confirming | tell | telling | describe | describing | snap | snapping | reply | replying)',
  '(untuk | utk | buat | bagi) (konfirmasi | mengonfirmasi | mengkonfirmasi | memastikan | pastikan | verifikasi | memverifikasi | cek | mengecek | menanyakan | bertanya | tanya | sahkan | mengesahkan | semak | menyemak)',
]);
// Asking whether the fix shows and suits, the check back put before any resolution the engine found: "Koinnya udah
// keliatan di akun kakak?", "Adakah invois baru tu dah nampak betul?", "Does that square things up?", "Kira-kira skema
// 6x itu cukup meringankan, Pak?", "Label tu boleh pakai untuk puan buat masa ni?", "buka tokonya di browser dan
// pastikan gembok hijau sudah muncul?". A question that asks a detail or a choice ("muncul kode error apa?", "muncul di
// semua tablet atau satu?") still draws out the problem.
const checkBackShapedIn = tokenOccurrence([
  '(sudah | udah | udh | sdh | dah | telah) (keliatan | kelihatan | terlihat | nampak | muncul | tampil | tertera)',
  '(now | already) (show | shows | showing | appear | appears | appearing | visible | reflect | reflects)',
  '(does | would | will | did | has) (that | this | it) (sort | sorted | square | help | helped | work | worked | suit | fix | fixed | solve | solved | settle | settled)',
  '(cukup | sudah | dah | udah) (membantu | meringankan | menolong | memadai)',
  // What came through, named: "Udah masuk emailnya, Kak?", "Dah dapat kod tu?", "Udh aman skrg?", "Udah kebuka filenya?",
  // "Did your payments go through alright?", "Does that all make sense?"
  '<-(_) sudah (bisa | boleh | dapat)? (masuk | sampai | sampe | nyampe | terima | diterima | dapat | aman | beres | kebuka | terbuka | berubah | bertambah | normal | pulih | berjaya | berhasil)',
  '(did | has | have) (the | your | it | everything | they | that) _? _? (go through | gone through | went through | come through)',
  '(does | did | will | would) (that | this | it | everything) (all | now | still | also)? (make sense | ease | show | look | sound | cover)',
  '(bisa | boleh | dapat) (dipakai | digunakan | pakai | guna | diguna) (buat | untuk | utk | for)',
  '(+buka | +cek | +semak | open | spot-check | check) ..6 (dan | and | utk | untuk | to) (+pastikan | make sure)',
  // "saldonya udh balik blm?", "cek saldo GoPay nya udah nambah belum?", "notifikasinya udh ilang blm?"
  'sudah (di)? (balik | kembali | nambah | bertambah | lunas | masuk | sampai | nyampe | muncul | berubah | hilang | ilang | normal | pulih) _? _? (belum | atau belum | ke | tidak) \\?',
  // "Apakah Bapak sudah bisa masuk ke akunnya sekarang?"
  'sudah (bisa | boleh | dapat) _ ..4 (sekarang | kini | now) \\?',
]);
const asksDetailIn = tokenOccurrence([
  '(atau | or | apa | mana | bila | kapan | bagaimana | gimana | what | which | where | when | how | who | siapa)',
]);

// A question mark closed by a quote mark ends a question quoted, the customer's or a help page's: 'As our FAQ says
// ("Can I customise export formats?")', 'Kakak tulis "kok belum sampai?"'.
const QUOTED_QUESTION = /\?\s*["”’'»)]/u;
function isQuotedQuestion(doc: TextDocument, sentence: Span): boolean {
  const { end } = toSourceSpan(doc, sentence.start, sentence.end);
  return QUOTED_QUESTION.test(doc.source.slice(end - 1, end + 3));
}

/**
 * Clarifying questions and requests, leaving out the sentences that hold a check back. A request to send us something,
 * in a sentence that also resolves, is the resolution's procedure, not a need drawn out: "Please send a photo of your discharge note and
 * I'll remove the RM30", "Mohon kirimkan foto tiketnya, dan dana akan kami transfer dalam 10 hari kerja".
 */
// The question answered by us at once, at the start of the next sentence: the customer's own question echoed, or a
// rhetorical one ("Bila patch tu akan keluar? Saya tak tahu la encik.", "Custom engraving on a sale item? That's a no
// from us.", "Wakil boleh ambil…? Tidak, …"). Not reassurance ("Tidak perlu risau", "No worries").
const answeredAtOnceIn = tokenOccurrence([
  '<-(_) (tidak | no | nope | bukan | entah | entahlah) -(perlu | usah | payah | need | worries | worry | problem | rush | hurry | pressure | masalah | apa-apa | apa | papa | risau | khawatir | kuatir)',
  '<-(_) (saya | kami) (pun | juga | sendiri)? (tidak | belum | kurang) (tahu | pasti)',
  '<-(_) (that is | it is | the answer is) (a no | a yes | no | not)',
]);
/** How many words into the next sentence an answer may start. */
const ANSWER_WORDS = 4;

export function findClarifications(doc: TextDocument, checkBacks: readonly Span[], resolutions: readonly Span[] = []): Span[] {
  const resolvingSentences = new Set(resolutions.map((span) => sentenceIndexAt(doc, span.start)));
  const spans = [...findRequests(doc), ...findSendRequests(doc).filter((span) => !resolvingSentences.has(sentenceIndexAt(doc, span.start)))];
  const view = tokenView(doc);
  // The sentences a check back starts in.
  const checkingBack = new Set<number>();
  for (const c of checkBacks) {
    const s = sentenceIndexAt(doc, c.start);
    const sentence = doc.sentences[s];
    if (sentence && c.start >= sentence.start && c.start < sentence.end) checkingBack.add(s);
  }
  const firstFix = resolutions.length > 0 ? Math.min(...resolutions.map((span) => span.start)) : Infinity;
  doc.sentences.forEach((sentence, s) => {
    if (!isQuestion(doc, sentence)) return;
    if (checkingBack.has(s)) return;
    const [from, to] = [view.sentenceStarts[s]!, view.sentenceEnds[s]!];
    if (notClarifyingIn(doc, from, to) || isQuotedQuestion(doc, sentence)) return;
    if (moreHelpOrCareIn(doc, from, to)) return;
    if (sentence.start >= firstFix && turnedOutIn(doc, from, to) && !asksDetailIn(doc, from, to)) return;
    if (requestInConditionIn(doc, from, to) && wordBackIn(doc, from, to) && !politeConditionIn(doc, from, to) && !asksDetailIn(doc, from, to) && !asksAmountDetailOrTellIn(doc, from, to)) return;
    if (offerIn(doc, from, to) && !asksDetailIn(doc, from, to) && !asksToGiveIn(doc, from, to)) return;
    if (checkBackShapedIn(doc, from, to) && !asksDetailIn(doc, from, to)) return;
    if (assertingIn(doc, from, to) && tagQuestionIn(doc, from, to)) return;
    if (instructionIn(doc, from, to) && !asksDetailOrWordIn(doc, from, to) && !asksToGiveIn(doc, from, to)) return;
    if (s + 1 < doc.sentences.length && answeredAtOnceIn(doc, view.sentenceStarts[s + 1]!, Math.min(view.sentenceEnds[s + 1]!, view.sentenceStarts[s + 1]! + ANSWER_WORDS))) return;
    spans.push({ start: sentence.start, end: sentence.end - 1 });
  });
  // A request inside a check-back sentence ("let me know if that works") is the check back.
  const inCheckBack = overlapsAny(checkBacks);
  return mergeSpans(spans.filter((s) => !inCheckBack(s)));
}
