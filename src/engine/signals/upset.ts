import type { Span } from '../report.js';
import { toSourceSpan, type TextDocument } from '../text/document.js';
import { sortSpans } from '../text/spans.js';
import { hasNumber, hasTwoCapitalsInARow, lettersOf } from '../text/letters.js';
import { tokenOccurrence, tokenSpanFinder } from '../match/families.js';
import { tokenView } from '../match/matcher.js';

const COUNT = '(@count-word | @number)';
const NEGATION = '(@negation | nothing to be)';

const findUpsetWords = tokenSpanFinder([
  // Feelings named outright.
  {
    match: [
      '@upset-feeling',
      'worst -(case)',
      '(not | never) (happy | pleased | satisfied | impressed)',
      'tidak (puas | senang | puas hati | dapat diterima | bisa diterima | boleh diterima | masuk akal | becus | profesional | bertanggung jawab | bertanggungjawab)',
      '(capek | capai | penat | bosan | jemu | lelah) (saya | aku)? (menunggu | nunggu | tunggu | komplain | complain | dengan | sama | mengadu)',
      '(teruk | parah | lambat | lembab) (betul | sangat | gila | banget | sekali | amat)',
      '(terlalu lama | kelamaan | (way | far)? too long | so long | taking forever | takes forever | (so | too | very | painfully | ridiculously | extremely) slow)',
      '(seriously | serius | are you serious) (\\? | \\!)',
      '(yang benar saja | yang bener saja | bercanda (ya | kah))',
      // Worn out, and treated rudely: "saya sudah capek", "I'm exhausted", "drivernya kasar banget".
      '(saya | aku | i am | i have been) (sudah | so | really | completely | totally)? (capek | capai | penat | lelah | letih | exhausted | worn out | drained)',
      '(kasar | kurang ajar | biadab | biadap | rude | disrespectful)',
      '(bolak-balik | berulang-alik | ulang-alik | running around | back and forth)',
    ],
    unlessAfter: NEGATION,
    unlessInSentence: '(sorry to (be | bother) | maaf (mengganggu | merepotkan) | hope (you are | you have | this is) | semoga)',
  },
  // "Lama" is also how long someone has been a loyal customer.
  {
    match: ['lama (betul | sangat | gila | banget | sekali | amat)', '(sangat | terlalu | amat | begitu) lama'],
    unlessAfter: NEGATION,
    unlessInSentence: '(pelanggan | customer | langganan | member | ahli | setia | loyal | sabar)',
  },
  // Waiting, and having to ask again.
  {
    match: [
      `(sudah | telah) (hampir | lebih dari | lebih | sekitar | nak | lewat)? (${COUNT} (hari | minggu | bulan | jam | kali) | @span-of-time | @number-times)`,
      `(${COUNT} (hari | minggu | bulan) | @span-of-time) (lebih | lamanya)? (belum | tidak | masih)`,
      '(sudah | telah) lama (saya | aku)? (menunggu | nunggu | tunggu)',
      'belum _? _? juga',
      '(belum | tidak) kunjung',
      'masih (belum | tidak | saja | juga belum)',
      '(sampai | sampe | hingga) (sekarang | kini | hari ini | saat ini) .. (belum | tidak | masih)',
      '(belum | tidak) .. (sampai | sampe | hingga) (sekarang | kini | hari ini | saat ini)',
      '(belum | tidak) (sampai | masuk | dapat | terima | diterima | tiba | dihantar | datang | dibalas | berbalas) lagi',
      '(belum | tidak) juga? (sampai-sampai | datang-datang | masuk-masuk | siap-siap | selesai-selesai | balas-balas | dibalas-balas | beres-beres | kelar-kelar | muncul-muncul | dapat-dapat | sampai2 | sampe2 | sampe-sampe | datang2 | masuk2)',
      `(sudah | telah) (menunggu | nunggu | tunggu) (hampir | lebih dari | lebih | sekitar)? (${COUNT} (hari | minggu | bulan | jam) | @span-of-time)`,
      '(waiting | waited) for? (over | more than | almost | nearly | about)? (a | an | one | two | three | four | five | six | @number | several | a few) (days | weeks | months | hours | week | month)',
      '(salah -(satu) | rusak | rosak | telat | lewat | error | gagal | terpotong | dipotong | putus | mati | hilang | down | gangguan) _? lagi -(\\?)',
      '(broken | wrong | late | down | charged | failed | missing | cut off | disconnected | delayed | cancelled | canceled) again',
      '(lagi-lagi | lagi dan lagi | kesekian kali~ | berulang kali | berulang-ulang | berkali-kali)',
      '(banyak | berapa) kali (sudah | saya | aku | nak | perlu | harus | mesti | mau)',
      '(asyik | selalu | sering | terus) (rusak | rosak | error | gangguan | putus | terputus | telat | lambat | lewat | mati | down | hilang | tergendala | salah)',
      '(for the | this is the | that is the | it is the | is my) (second | third | fourth | fifth | sixth | tenth | umpteenth | nth | @ordinal) time',
      '(two | three | four | five | six | several | multiple | many | so many | @number) times (already | now | before | today | this week | this month)',
      '(called | asked | emailed | contacted | told | explained | messaged | phoned | written | complained | reported | sent | chased | given you | rung) .. (twice | (two | three | four | five | six | several | multiple | many | so many | @number) times)',
      '(yet again | again and again | over and over | every single time | keep (getting | being | asking | telling | saying | calling | chasing))',
      'still (not | no | have not | has not | had not | did not | do not | does not | cannot | waiting | nothing | broken | charged | missing | down | the same | no sign)',
      '(nothing | no one | nobody | none) (has | have) (come | arrived | happened | changed | been | shown | called | replied | responded | gotten | got | contacted)',
      'never (arrived | came | showed | received | got | heard | called)',
      // A broken promise: "promised to call me back yesterday and never did".
      '(promised | janji | dijanjikan | berjanji | told me) ..6 (never | but nothing | did not | have not | has not | tidak ada pun | tiada pun | belum juga)',
      '(it | this | that) (is | has) been (over | more than | almost | nearly | about)? (a | an | one | two | three | four | five | @number | several | a few | few)? (days | weeks | months | hours | week | month | ages | forever)',
      '(a | one | two | three | @number) (weeks | week | days | months | month) (now | already)',
    ],
    unlessInSentence: '(puas | suka | senang | love | happy | satisfied | mantap | bagus | terima kasih | thanks | thank you | pelanggan setia | loyal)',
  },
  // Treated unfairly or behind the customer's back: "tak adil", "without telling me", "saya tak pernah langgan".
  {
    match: [
      '(tidak adil | unfair | not fair | nipu | menipu | ripped off | rip-off | ripoff | asal-asalan | main agak | sambil lewa | jijik)',
      // A bare "tanpa notis" is a question of fact; done without asking them is the grievance.
      '(tanpa | without) (memberitahu | bagitahu | izin | kebenaran | persetujuan | telling | asking | my consent | my permission | our consent | our permission)',
      '(nobody | no one) (told | informed | warned | notified | asked) (me | us)',
      '(tidak pernah | never) (langgan | melanggan | berlangganan | daftar | mendaftar | signed up | subscribed | agreed | authorised | authorized | asked for | setuju | bersetuju)',
      // Asked again and again: "kali ketiga", "kedua kalinya", "third email", "dua hari berturut-turut", "in a row".
      '(kedua | ketiga | keempat | kelima | keenam | kesekian) kali~',
      'kali (kedua | ketiga | keempat | kelima | keenam | kesekian)',
      '(second | third | fourth | fifth | sixth | umpteenth) (late | failed | wrong | missed)? (time | email | call | message | complaint | ticket | order | delivery | outage)',
      '(berturut~ | berturut-turut | in a row | consecutive)',
    ],
    unlessAfter: '(boleh | bisa | can | could | may | apakah | adakah)',
    unlessInSentence: '(puas | suka | senang | love | happy | satisfied | mantap | bagus | terima kasih | thanks | thank you | pelanggan setia | loyal | lucky)',
  },
  // Harm done to the customer and being left with it: shouted at, out of pocket, ignored, lied to, put to shame:
  // "driver marah-marah ke saya", "we lost so many customers", "nobody called us", "gak dibales", "janji kosong", "Bos
  // saya malu". (Being stranded was tried, and read as much in calm requests for help.)
  {
    match: [
      '(marah-marah | membentak | dibentak | bentak | tengking | menengking | ditengking | herdik | mengherdik | diherdik | memaki | dimaki | ngamuk | mengamuk | yelled at | shouted at | swore at | screamed at)',
      '(we | i) lost (so many | customers | sales | business | money | a day | a week | half | @amount | @number)',
      'wasted (my | our | a | an | the | so | hours | days | @number)',
      '(buang | membuang | bazir | membazir | bazirkan) (masa | duit | waktu | wang | tenaga)',
      '(janji | promise | promises) (kosong | palsu | manis | empty)',
      '(empty | false | broken) (promise | promises)',
      'lain (pula | pulak | lagi) (cerita | jawapan | jawaban | kata)',
      '(nobody | no one) (has | have | had | ever)? (called | calls | answered | answers | replied | replies | responded | responds | came | comes | showed | got back | gets back | contacted | helped | bothered | picked up | returned | followed up)',
      '(tidak | tiada) ada? (yang | siapa | orang) (datang | dateng | balas | membalas | bales | jawab | menjawab | angkat | hubungi | menghubungi | telefon | telepon | call | respon | respons | peduli | kisah)',
      'tidak (dibalas | dibales | dibales-dibales | dibalas-balas | dijawab | jawab | direspon | direspons | diangkat | ditanggapi | dilayan | dilayani | berbalas | respon)',
      'who (messed | screwed | stuffed | mucked) (this | it | up)',
      'siapa (yang | nak | mau | akan | harus)? (bertanggungjawab | bertanggung jawab | tanggung jawab | tanggungjawab | nak ganti | mau ganti | ganti rugi)',
      'tidak (patut | wajar | munasabah | berpatutan)',
      'zaman bila',
      'why should (i | we) (pay | have to | be)',
    ],
    unlessInSentence: '(bertanya | tanya | nanya | malu-malu | terima kasih | thanks | thank you | sorry to (be | bother) | maaf (mengganggu | merepotkan) | (bisa | boleh | dapat | mampu | can | could | able to) (pay | bayar | membayar))',
  },
  // Out of pocket: a loss suffered ("kami rugi jutaan", "kerugian saya"), not a question about one ("Apakah ada kerugian
  // jika saya batalkan?").
  {
    match: ['(saya | kami | aku | we | i) (rugi | kerugian)', 'kerugian'],
    unlessAfter: '(ada | apakah | adakah | apa | akan | bakal | tiada | any | @negation)',
    afterWindow: 3,
    unlessInSentence: '(bertanya | tanya | nanya | malu-malu | terima kasih | thanks | thank you | sorry to (be | bother) | maaf (mengganggu | merepotkan) | (bisa | boleh | dapat | mampu | can | could | able to) (pay | bayar | membayar))',
  },
  // Told one thing then another ("Mana satu yang betul?"), and who pays as a reproach ("Who is paying for this?"); not a
  // question that offers its options ("Mana satu yang betul, saiz M atau L?", "Who pays for this, me or the shop?").
  {
    match: [
      'mana satu (yang)? (betul | benar)',
      'who (is | will | are)? (going to)? (pay | paying | pays | cover | covering | compensate | compensating) for (this | that | it | our | my | the damage)',
    ],
    unlessInSentence: '(atau | or | ataupun | ataukah)',
  },
  // Being ignored: "no reply", "no response yet"; not "No response needed".
  {
    match: 'no (answer | reply | response | callback | call back | feedback) -(needed | necessary | required | is (needed | necessary | required) | need)',
    unlessInSentence: '(bertanya | tanya | nanya | malu-malu | terima kasih | thanks | thank you | sorry to (be | bother) | maaf (mengganggu | merepotkan) | (bisa | boleh | dapat | mampu | can | could | able to) (pay | bayar | membayar))',
  },
  // Put to shame, the customer or their side ("Bos saya malu di depan klien", "I was so embarrassed"); not someone else's
  // embarrassment ("The chef was so embarrassed he forgot my order").
  {
    match: '(malu | memalukan | dipermalukan | embarrassed | embarrassing | humiliated | humiliating)',
    unlessAfter:
      '(he | she | they | him | her | them | dia | ia | mereka | beliau | the (chef | driver | rider | waiter | waitress | staff | cashier | technician | courier | guy | man | woman | lady | agent | boy | girl | cook) | chef | kurir~ | driver~ | abang~ | mbak~ | staf~ | pelayan~ | tukang~)',
    afterWindow: 4,
    unlessInSentence: '(bertanya | tanya | nanya | malu-malu | terima kasih | thanks | thank you | sorry to (be | bother) | maaf (mengganggu | merepotkan) | (bisa | boleh | dapat | mampu | can | could | able to) (pay | bayar | membayar))',
  },
  // Refusing to pay what the company asks: "I'm not paying this bill", "saya tak akan bayar"; not "kalau saya tak bayar…?",
  // nor "bukan saya tak nak bayar".
  {
    match: [
      '@first-person (am | are)? (not | refuse to | will not | enggan | tidak) (going to | akan | mau | nak | mahu)? (pay | paying | bayar | membayar)',
    ],
    unlessAfter: '(kalau | kalaupun | if | bukan | jika | sekiranya | seandainya)',
    unlessInSentence: '(\\? | (bisa | boleh | dapat | mampu | can | could | able to) (pay | bayar | membayar))',
  },
  // A reproach put as a question: "Apa ni?", "Ini gimana sih", "Paket apaan ini", "Apa masalah sistem korang?"
  {
    match: [
      '(apa | apaan) (ni | ini | nih) \\?',
      'apaan (ini | ni | nih | sih)',
      '(gimana | bagaimana) (sih | ini | nih) -(cara~ | caranya | ya | bisa | boleh | saya)',
      'macam mana (ni | ini) \\?',
      'apa masalah .. (korang | kalian | kau | lu | kamu | awak | anda | ni | ini) \\?',
    ],
    unlessInSentence: '(terima kasih | thanks | thank you | cara | caranya | how to)',
  },
]);

// A sentence that ends in "!" in a message with a complaint: a negation, a "why", a failure, a broken promise, time gone by.
const complaintIn = tokenOccurrence(
  `(@negation | tidak | belum | tiada | bukan | not | no | never | nothing | nobody | none | mana | where | kenapa | mengapa | why | how come | masih | still
  | padahal | sedangkan | even though | rusak | rosak | pecah | retak | patah | hilang | salah -(satu) | wrong | broken | broke | snapped | cracked
  | damaged | defective | faulty | late | delayed | lewat | telat | terlambat | lambat | slow | charged | terpotong | dipotong | caj | mati | putus
  | down | error | gagal | failed | janji | dijanjikan | promised | told me | was told | bilang | katanya | ternyata | fault | dented | penyok
  | kemek | tumpah | spilled | sejuk | cold | delay | tertunda | ditunda | seminggu | sebulan | week | weeks | month | days)`,
);
// A "!" of thanks, greeting or relief is not upset.
const warmthIn = tokenOccurrence(
  `(terima kasih | thanks | thank | mantap | keren | hebat | bagus | good | great | awesome | love | senang | gembira | puas | happy | alhamdulillah
  | syukur | cheers | no worries | no problem | not bad | tidak apa | tidak masalah | tidak mengapa | tidak sabar | cannot wait | no rush | semoga
  | please do not | do not forget | jangan lupa)`,
);

function complaintExclamations(doc: TextDocument): Span[] {
  const spans: Span[] = [];
  const view = tokenView(doc);
  doc.sentences.forEach((sentence, index) => {
    const first = view.sentenceStarts[index]!;
    const end = view.sentenceEnds[index]!;
    if (view.words[end - 1] !== '!') return;
    if (warmthIn(doc, first, end)) return;
    // The complaint may sit earlier in the message: "Majlis dah nak mula!" after "yang sampai 1 tingkat je."
    if (complaintIn(doc, 0, end)) spans.push(toSourceSpan(doc, sentence.start, sentence.end));
  });
  return spans;
}

// "??", "!!", "?!": the tokenizer keeps a run of marks as one token, so the source slice holds them all.
function repeatedMarks(doc: TextDocument): Span[] {
  const spans: Span[] = [];
  if (!/[!?][.!?]*[!?]/.test(doc.source)) return spans;
  for (const span of doc.tokenSpans) {
    if (span.end - span.start < 2) continue;
    const raw = doc.source.slice(span.start, span.end);
    if (/^[.!?]*[!?][.!?]*[!?][.!?]*$/.test(raw)) spans.push(span);
  }
  return spans;
}

// Capitals that are names, not shouting.
const ACRONYMS = new Set(
  (
    'OK OKE OJK YLKI BPSK KPDN KPDNHEP MCMC BNM TTPM PDRM CS HP PIN OTP ATM SMS COD ID IC KTP NIK NPWP WA DM PDF GB MB TV SIM ' +
    'ASAP FAQ URL API USD IDR RM SGD PT CV SDN BHD TNB PLN BPJS KWSP EPF LHDN SST GST PPN JNE JNT TIKI SPX POS BCA BRI BNI CIMB ' +
    'RHB BSN UOB OCBC HSBC DBS VIP CEO CTO USA UK EU AI IT HR QR NFC GPS ETA ETD ID PM AM WIB WITA WIT MYT UTC VPN WIFI ' +
    'LCD LED USB SSD RAM CPU PC IOS MRT LRT KL JB KK NO TQ PS NB FYI BTW SOP CCTV AWB'
  ).split(' '),
);
// A shouted run holds a function word; a run of names ("TOKO BERKAH JAYA") does not.
const FUNCTION_WORDS = new Set(
  'SAYA AKU ANDA KAMU KALIAN KORANG AWAK YANG DAN INI ITU NI TU SUDAH DAH BELUM TIDAK TAK GAK MAU NAK KE DI DARI APA MANA KENAPA I MY ME YOU YOUR THE IS ARE IT THIS NOT AND TO WHERE WHY WHAT'.split(' '),
);
// Single shouted words that carry the tone on their own: "NOW", "SEKARANG".
const SHOUT_WORDS = new Set(
  'NOW SEKARANG SEGERA CEPAT CEPATNYA TOLONG PLEASE WHY KENAPA WHERE MANA NEVER NOT TIDAK TAK GAK NGGAK BELUM REFUND IMMEDIATELY TODAY HARI KALIAN KORANG STILL MASIH AGAIN LAGI WOI WOY'.split(' '),
);

function shouting(doc: TextDocument): Span[] {
  const spans: Span[] = [];
  if (!hasTwoCapitalsInARow(doc.source)) return spans;
  let run: Span[] = [];
  let runLetters = 0;
  let runHasFunctionWord = false;
  let capsLetters = 0;
  let allLetters = 0;
  const closeRun = () => {
    if (run.length >= 3 && runLetters >= 10 && runHasFunctionWord) spans.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
    run = [];
    runLetters = 0;
    runHasFunctionWord = false;
  };
  for (const span of doc.tokenSpans) {
    const raw = doc.source.slice(span.start, span.end);
    const letters = lettersOf(raw);
    if (letters === 'I') {
      runHasFunctionWord ||= run.length > 0;
      continue;
    }
    if (letters.length === 1 && letters === letters.toUpperCase()) continue; // "A": neither shouting nor not
    if (letters.length === 0) {
      if (/[.!?]/.test(raw)) closeRun();
      continue;
    }
    allLetters += letters.length;
    const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !hasNumber(raw);
    if (!upper) {
      closeRun();
      continue;
    }
    capsLetters += letters.length;
    if (ACRONYMS.has(letters)) {
      closeRun();
      continue;
    }
    if (letters.length >= 3 && SHOUT_WORDS.has(letters)) spans.push(span);
    run.push(span);
    runLetters += letters.length;
    if (FUNCTION_WORDS.has(letters)) runHasFunctionWord = true;
  }
  closeRun();
  // A message written mostly in capitals is shouted even where each word looks like a name.
  if (spans.length === 0 && capsLetters >= 12 && capsLetters >= allLetters * 0.6 && doc.tokenSpans.length > 0) {
    spans.push({ start: doc.tokenSpans[0]!.start, end: doc.tokenSpans[doc.tokenSpans.length - 1]!.end });
  }
  return spans;
}

/** Upset: feelings named, unfairness, waiting and asking again, a reproachful question, "??" and "!!", shouting, a complaint ending in "!". */
export function findUpsetSpans(customer: TextDocument): Span[] {
  return sortSpans([...findUpsetWords(customer), ...repeatedMarks(customer), ...shouting(customer), ...complaintExclamations(customer)]);
}
