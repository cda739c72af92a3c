import { phraseRule, type PhrasePattern, type Rule, type RuleMeta } from './rule.js';

// Said after a counter-threat to dare the customer: it goes with the threat.
const DEFIANCE = ['(kami | saya) tidak (takut | kisah | peduli)', 'see you in court', '(i | we) do not care', 'whatever'];
// The customer, as the object of a threat: "melaporkan Ibu", "sekat akaun puan", "ban your account".
const YOU = '(@customer | @customer-bluntly)';
const WE_ID_MS =
  '(pihak kami | perusahaan kami | syarikat kami | (tim | bagian | divisi | pasukan | jabatan) (legal | hukum | guaman | undang-undang) kami | (pengacara | kuasa hukum | peguam | lawyer) kami | kami | saya | perusahaan | syarikat | pihak (bank | hotel | maskapai | majlis | jabatan | pengurusan | manajemen | syarikat penerbangan) | (bank | maskapai | majlis | pengurusan | manajemen) kami)';
// "kami (yang) akan", "kami terpaksa", "kami tidak segan-segan", "kami berhak", "kami boleh".
const WILLING_ID_MS =
  '(akan | bakal | bisa | dapat | boleh | terpaksa | wajib | harus | mesti | berhak | siap | bersedia | sedia | sudah siap | tidak segan | tidak segan-segan | tidak teragak-agak | pasti | terus | langsung | (tidak ada | tidak punya | tiada | tak ada | takde) pilihan lain? (selain | kecuali | melainkan))';
const WE_WILL = `${WE_ID_MS} (yang | justru | juga | pula)? ${WILLING_ID_MS}? ${WILLING_ID_MS}? ${WILLING_ID_MS}? untuk?`;
const REPORT_ID_MS =
  '(melaporkan~ | laporkan~ | melapor~ | lapor~ | mempolisikan~ | polisikan~ | menuntut~ | tuntut~ | menggugat~ | gugat~ | memperkarakan~ | perkarakan~ | mensomasi~ | somasi~ | memidanakan~ | pidanakan~ | menyaman~ | saman~ | mendakwa~ | dakwa~)';
const BLOCK_ID_MS =
  '(memblokir~ | blokir~ | memblokirkan~ | membekukan~ | bekukan~ | menutup~ | tutup~ | menonaktifkan~ | nonaktifkan~ | menangguhkan~ | tangguhkan~ | menggantung~ | gantung~ | menyekat~ | sekat~ | putuskan~ | memutuskan~ | ban~ | banned~ | suspend~ | blacklist~ | blacklistkan~ | memblacklist~ | senarai hitamkan~ | senaraihitamkan~ | menyenaraihitamkan~ | block~ | blok~ | blokkan~ | deactivate~ | terminate~)';
// Blocked, as what will happen to the account: "akun Anda akan diblokir", "akaun encik boleh disekat".
const BLOCKED_ID_MS =
  '(diblokir | terblokir | dibekukan | ditutup | tertutup | dinonaktifkan | disekat | tersekat | digantung | tergantung | ditangguhkan | diban | dibanned | diblacklist | terblacklist | dicabut | ditarik balik | dilucutkan)';
// Who the threat may fairly be about: a scammer or a fraudulent account is not the customer.
// Not when the customer called us that, or accuses us of it: "panggil kami penipu", "calling us scammers", "tuduhan
// penipuan", "accusations of fraud".
const NOT_THE_CUSTOMER =
  '<-((kami | kita | saya | us | me) (sebagai | a | an)? | (menyebut | sebut | memanggil | panggil | mengatakan | katakan | mengata | menggelar | gelar | calling | called | call | calls) _? _? _? | first-party | first party | indikasi | dugaan | unsur | kecurigaan | disyaki | suspected | suspicion of | signs of | tuduhan | menuduh | tuduh | nuduh | tudingan | menuding | (accusation | accusations | allegation | allegations | claims) of) (penipu | penipuan | scammer | scam | fraud | fraudster | fraudulent | pelaku | oknum | pihak ketiga | third party | akun palsu | akaun palsu | penjual palsu | fake | on your behalf | bagi pihak | atas nama anda) -(report | reports | complaint | team | department | unit | review | reviews | check | checks | database | register | tim | pasukan | bagian | bahagian)';
// Closing an account the customer asked to close is a service, not a threat.
const AS_REQUESTED = [
  '(permintaan | diminta | request | requested | you asked | as requested | would you like)',
  // "kalau Bapak tidak keberatan", "jika puan tidak memerlukan lagi": the customer's wish, put negatively.
  '(tidak | tak) (keberatan | perlu lagi | memerlukan | perlukan | butuh | membutuhkan | lagi (perlu | memerlukan | butuh | menggunakan | guna))',
  'if you (would like | wish | want | prefer)',
  // The customer's own application to close: "permohonan tutup akaun tuan x pernah dihantar".
  '(permohonan | pengajuan | application | request) (untuk | to)? (tutup | menutup | penutupan | batal | membatalkan | pembatalan | tamat | menamatkan | penamatan | berhenti | close | closing | cancel | cancellation | terminate | termination)',
  // An option offered for the customer's good: "sy bekukan akun kakak… jadi kakak bisa lanjut kapan aja tanpa kehilangan sisa masa aktif".
  '(tanpa | without) (kehilangan | hilang | losing | lose | kena caj | dikenakan caj | dicaj)',
  `(jadi | supaya | agar | biar | so that | so) ${YOU} (bisa | boleh | dapat | can) (lanjut | sambung | teruskan | guna | gunakan | pakai | continue | resume | use | keep)`,
  `(jika | kalau | bila | sekiranya | apabila) ${YOU}? (ingin | mau | mahu | berkenan | hendak | nak | menghendaki | setuju | bersetuju | izinkan | mengizinkan | benarkan | membenarkan)`,
];
// Locking an account after wrong PINs protects the customer.
const FOR_SAFETY = [
  '(demi | untuk) (keamanan | keselamatan)',
  '(untuk sementara | sementara waktu | pin | otp | kata sandi | kata laluan | password | temporarily)',
  '(blokir | bekukan | tutup | sekat | gantung | nonaktifkan | tangguhkan) sementara',
  'for your (security | safety | protection)',
  // A card stopped and replaced: "saya dah sekat kad encik dan pesan kad baru".
  '(kad | kartu) (baru | pengganti | gantian | ganti)',
  '(new | replacement) card',
  '(to protect | protecting) (you | your)',
];
// What a blocking threat may fall on: the account, the number, the card, the line.
const ACCOUNT_ID_MS =
  '(akun | akaun | nomor | nombor | kartu | kad | layanan | perkhidmatan | langganan | talian | line | sim | keanggotaan | keahlian | membership | bekalan | pasokan | sambungan | syarikat | perusahaan | kedai | toko | kemudahan | fasilitas | pinjaman | pembiayaan | poin | mata ganjaran | keistimewaan | domain | hosting | website | situs | laman web)';
// The same with "-nya": "memblokir akunnya".
const THEIR_ACCOUNT_ID_MS =
  '(akunnya | akaunnya | nomornya | nombornya | kartunya | kadnya | layanannya | perkhidmatannya | langganannya | taliannya | linenya | simnya | keanggotaannya | keahliannya | membershipnya)';
// What the customer does or might do that a threat answers: chasing, abuse, posting, a chargeback. A consequence stated
// without any of these ("Jika tagihan tidak dibayar…", "we reserve the right to cancel orders with pricing errors") is a
// policy, not a counter-threat.
const PROVOKED_ID_MS =
  '(<-(boleh | bisa | dapat | akan | bakal | kami | saya | sy | langsung | lalu) terus | teruskan | masih | berterusan | sekali lagi | tuduhan | menuduh | tuduh | nuduh | fitnah | memfitnah | maki | memaki | makian | kasar | ugutan | ugut | mengugut | ancam | ancaman | mengancam | menghina | hinaan | sebar~ | menyebarkan | sebarkan | nyebarin | viral~ | viralkan | memviralkan | diviralkan | diviralin | posting~ | postingan | unggahan | hantaran | artikel | kenyataan | ulasan | review | media sosial | medsos | facebook | tiktok | twitter | instagram | chargeback | penyalahgunaan | tidak benar | tidak berasas | tidak sesuai fakta | tidak tepat | palsu | pencemaran | nama baik | uu ite | terulang | berulang | mengulangi | diulangi | ulangi | lain kali | keributan | ribut | onar | kecoh | kekecohan | mengamuk | marah-marah | begini lagi | begitu lagi | seperti ini lagi | seperti itu lagi | macam ini lagi | macam itu lagi | intimidasi | mengintimidasi | menakut-nakuti | spam | rakaman | merakam | rekaman | video | tular | menularkan | ditularkan | muat naik | memuat naik | dimuat naik | siarkan | menyiarkan | disiarkan | komen | komentar | akhbar | wartawan | media | menghasut | dispute | sanggah | salah guna | menyalahgunakan | biadab | kurang ajar | tidak sopan | caci | mencaci | cacian | vandalisme | menyanggah | pertikaian | sengketa | enggan | sengaja | disengaja | perbuatan | tindakan (seperti ini | seperti itu | begini | sebegini | macam ni | macam ini | tersebut))';
// Not paying or returning what is owed: a legal or police consequence for it is still a threat ("kalau tagihan tidak
// dibayar, kasusnya kami serahkan ke pihak kepolisian"), though suspending the service for it is policy.
const UNPAID_ID_MS =
  '(kalau | jika | bila | apabila | sekiranya | jikalau) .. (tidak | belum | enggan | menolak) (dibayar | dilunasi | dicicil | membayar | bayar | melunasi | dikembalikan | mengembalikan | diterima | dijelaskan | menjelaskan | diselesaikan | menyelesaikan)';
const PROVOKED_EN =
  '(keep | keeps | continue | continues | persist | persists | further | any more | chargeback | posting | post | posts | publish | publishes | repeat | repeats | review | reviews | defamation | defamatory | libel | slander | allegation | allegations | false | misleading | abuse | abusive | swearing | swear | threaten | threatening | threats | harass | harassment | insult | insulting | language | social media | facebook | twitter | tiktok | instagram | publicly | screenshots | publishing | published | misrepresent | misrepresents | misrepresenting | untrue | inaccurate | press | media | filming | recording | recordings | threat | chargebacks | disputed | should you proceed | if you proceed | naming | repeated | repeatedly | behaviour | behavior | conduct | rude | rudeness | aggressive | shouting | scene | disturbance | trespass | trespassing | restraining order | ((do | does | say | says | write | writes | send | sends | happen | happens | occur | occurs) (this | that | it | anything like this | anything like that)? again) | one more (time | message | call | email | review | post | threat | comment) | next time you | dispute | disputes | disputing | intimidate | intimidating | intimidation | spam | spamming | carry on | carries on | disruptive | unruly | misconduct | misuse | misusing | refuse | refuses | refusing | such (actions | conduct | behaviour | behavior) | (speak | speaking | spoke | talk | talking | talked | shout | shouting | yell | yelling | swear | swearing) (to | at) (my | our | the) (team | staff | agents | colleagues | engineers | drivers | technicians | advisors | advisers | people))';
const UNPAID_EN =
  '(withhold | withholding | refuse to pay | refusing to pay | stop paying | not paying | do not pay | fail to pay | unpaid | non-payment | nonpayment)';
// Ended or cut off, beyond blocking: "kami akan tamatkan terus akaun", "menghentikan layanan", "hapus akun".
const END_ID_MS =
  '(tamatkan~ | menamatkan~ | hentikan~ | menghentikan~ | putus~ | putuskan~ | memutus~ | memutuskan~ | hapus~ | menghapus~ | hapuskan~ | menghapuskan~ | padam~ | memadam~ | padamkan~ | memadamkan~ | cabut~ | mencabut~)';
// The customer's holdings without "Bapak" after them: "tamatkan terus akaun", "tamatkan kontrak".
const HOLDING_ID_MS = `(${ACCOUNT_ID_MS} | ${THEIR_ACCOUNT_ID_MS} | kontrak~ | akses~ | langganan~ | keahlian~)`;
// A condition on what the customer does, in Indonesian and Malay: "kalau encik tak selesaikan", "jika Bapak terus…".
const IF_THE_CUSTOMER_ID_MS = `(kalau | kalo | jika | jikalau | sekiranya | apabila | bila | andai | seandainya) (${YOU} masih | ${YOU} terus | ${YOU} tetap | ${YOU} tidak | ${YOU} enggan | ${YOU} menolak | ${YOU} nolak)`;
// Paying a bill, being inactive: a consequence for these is policy ("jika Bapak tidak membayar, layanan dihentikan").
const POLICY_ID_MS =
  '(bayar~ | membayar~ | dibayar~ | pembayaran~ | tagihan~ | bil~ | tunggakan~ | tertunggak | melunasi~ | dilunasi~ | lunas | tidak aktif | tak aktif | masa aktif | tamat tempoh | kedaluwarsa | kadaluarsa)';
// What a consequence falls on, in English: the customer's account, line, service, supply.
const HOLDING_EN =
  '(account | accounts | line | number | service | card | subscription | membership | contract | access | listing | listings | store | profile | hosting | supply | connection | domain | website | facility | facilities | loan | points | miles | privileges | benefits | rewards | licence | license | permit)';
// What is done to it as a consequence (not "cancelled": an order cancelled for a reason is policy).
const PUNISHED_EN =
  '(banned | blocked | suspended | closed | terminated | reported | sued | blacklisted | disconnected | removed | deactivated | disabled | deleted | flagged | frozen | restricted | cut off | locked | revoked | forfeited | withdrawn | barred)';
const LEGAL_ID_MS = '(hukum | undang-undang | mahkamah | pengadilan | legal | guaman | pidana | akta | seksyen | kanun keseksaan | kuhp)';
// Our own people, or the driver or seller the customer complained of: action taken against them is not a threat
// ("tindakan sewajarnya akan diambil terhadap pemandu tersebut"), though abuse of our staff may bring one on.
const STAFF = '(pemandu | driver | rider | kurir | staf | staff | kakitangan | pekerja | karyawan | pegawai | petugas | agen | agent | teknisi | juruteknik | technician | kru | crew | officer | employee | penjual | seller | merchant | peniaga)';
const OUR_STAFF = `((terhadap | ke atas | kepada | against) (the | that | this | pihak)? ${STAFF} | ${STAFF} (tersebut | itu | berkenaan | concerned | involved | in question))`;
// The negations that cancel a threat; "kalau tidak" ("otherwise") is not one, nor "tidak benar" describing a post, nor
// the condition the threat hangs on ("jika unggahan itu tidak dihapus, kami akan…").
const NEGATION_ID_MS =
  `(<-((kalau | kalo | jika | jikalau | sekiranya | apabila | bila) ${YOU}?) tidak -(sesuai | benar | berasas | tepat | betul | terbukti | dihapus | dihapuskan | dipadam | dipadamkan | ditarik | diturunkan | dicabut | dibayar | dilunasi | dikembalikan | dihentikan | berhenti) | bukan | tiada | takkan | jangan)`;
// "we will take legal action": how English puts a threat in motion.
const WE_WILL_EN = '(will | shall | are going to | am going to | may | might | can | could | would)';
const THEN_EN =
  '(have to | be forced to | be compelled to | be obliged to | be obligated to | need to | have no (choice | option | alternative) but to | not hesitate to | also | then | now | immediately | permanently)';
// Who may carry a threat out, in English: we, or the company by what it is ("the bank will close your account").
const WE_EN = '(we | i | the bank | the company | the hotel | the airline | the council | the management | management)';

// What we would not hesitate to do: the police, the courts, the customer's account.
const NOT_HESITATING_TO_ID_MS = [
  '(membuat | buat) (laporan | report) (polis | polisi)',
  '(memanggil | panggil | menghubungi | hubungi) (pihak)? (polis | polisi | kepolisian | berkuasa | berwajib | satpam | sekuriti | security)',
  '(mengambil | ambil | menempuh | tempuh) (tindakan | jalur | langkah | upaya) (hukum | undang-undang | mahkamah | guaman | legal | tegas)',
  `(melaporkan~ | laporkan~ | lapor | mempolisikan~ | polisikan~ | menyaman~ | saman~ | menuntut~ | tuntut~ | menggugat~ | gugat~) ..4 (${YOU} | polis | polisi | kepolisian | @authority | pihak berkuasa | berwajib | mahkamah | pengadilan)`,
  '(membawa~ | bawa~) ..3 ke (mahkamah | pengadilan | meja hijau | ranah hukum | jalur hukum | polis | polisi)',
  `(memblokir~ | blokir~ | menyekat~ | sekat~ | menutup~ | tutup~ | menamatkan~ | tamatkan~ | membekukan~ | bekukan~) _? (${YOU} | akun | akaun | ${THEIR_ACCOUNT_ID_MS})`,
].join(' | ');

const meta: RuleMeta = {
  id: 'counter-threat',
  kind: 'warning',
  description: {
    id: 'Balik mengancam pelanggan (melapor, menuntut, memblokir akun).',
    ms: 'Mengugut pelanggan kembali (membuat laporan, menyaman, menyekat akaun).',
    en: 'Threatening the customer back (reporting, suing, banning their account).',
  },
  messages: {
    default: {
      id: 'Jangan membalas ancaman dengan ancaman. Tetap tenang, terus bantu menyelesaikan masalahnya, dan laporkan ancaman itu ke atasan atau tim yang tepat.',
      ms: 'Jangan balas ugutan dengan ugutan. Kekal tenang, terus bantu selesaikan masalahnya, dan laporkan ugutan itu kepada penyelia atau pasukan yang berkenaan.',
      en: "Don't answer a threat with a threat. Stay calm, keep working on the problem, and report the threat to your supervisor or the right team.",
    },
    dare: {
      id: 'Menantang pelanggan ("silakan lapor kalau berani") hanya memperkeruh suasana. Jika pelanggan ingin melapor, beri tahu caranya dengan netral, dan tetap tawarkan solusi.',
      ms: 'Mencabar pelanggan ("silakan saman kalau berani") hanya memburukkan keadaan. Jika pelanggan mahu membuat aduan, terangkan caranya dengan neutral, dan terus tawarkan penyelesaian.',
      en: 'Daring the customer ("go ahead and sue") only escalates. If they want to complain, tell them how, neutrally, and keep offering a solution.',
    },
  },
  quietInInternalNotes: true,
};

/** What the threats to the customer share: the rewording, the dare said after them, and whom they must be about. */
const AGAINST_THE_CUSTOMER_ID_MS = {
  suggest: ['kami akan terus membantu menyelesaikan masalah ini'],
  replaces: 'clause',
  tail: DEFIANCE,
  unlessInSentence: NOT_THE_CUSTOMER,
  unlessAfter: NEGATION_ID_MS,
} as const satisfies Partial<PhrasePattern>;
/** Threats to block or close: not one when the customer asked for it, or when it keeps them safe. */
const AGAINST_THEIR_ACCOUNT_ID_MS = {
  ...AGAINST_THE_CUSTOMER_ID_MS,
  unlessInSentence: [NOT_THE_CUSTOMER, ...AS_REQUESTED, ...FOR_SAFETY],
} as const satisfies Partial<PhrasePattern>;
// Legal action, and our own lawyers only when the case is sent to them or they act against the customer: "handed to
// our legal team", "escalated to legal", "our lawyers will pursue the balance". Named with a modal they are news ("our
// legal team will contact you with a formal response", "our lawyers would be happy to walk you through the terms").
const LEGAL_ACTION_EN = '(legal action | legal proceedings | court action | court proceedings | small claims court | legal steps | legal recourse)';
const OUR_LAWYERS_EN =
  '(our | the company \'s | the bank \'s | the store \'s | the)? (lawyers | solicitors | attorneys | legal team | legal department | legal counsel | legal unit)';
const SENT_TO_EN =
  '(handed | passed | referred | escalated | forwarded | sent | transferred | turned | hand | pass | refer | escalate | forward | send | transfer | turn | ' +
  'handing | passing | referring | escalating | forwarding | sending | transferring | turning) (it | this | this matter | the matter | the case | your case | ' +
  'your account | the account | the balance | your balance | the debt | the outstanding balance | the outstanding amount | your details | the file)? (over)? to';
const AT_WORK_AGAINST_EN =
  '(will | would | may | can | could | shall | are going to)? (be)? (then | now | also)? (pursue | pursuing | recover | recovering | take action | ' +
  'taking action | act | acting | proceed | proceeding | sue | suing | go after | chase | chasing | enforce | enforcing | collect | collecting | ' +
  '(take | taking) (this | it | the matter | you) (further | to court | from here) | (take | taking) over | (issue | issuing | send | sending | serve | ' +
  'serving) (you)? (with)? (a | an | the)? (formal | final)? (demand | letter before action | notice of claim | claim | summons | statutory demand))';
// Our own lawyers with the case sent to them ("handed to", "handled by") or at work against the customer; the police, the courts and collectors as
// where the case is taken ("referred to the police", "involve the authorities"), not as who will help ("the police will
// sort it out").
const THE_LAW_EN =
  `<-(your | their) (${LEGAL_ACTION_EN} | ${SENT_TO_EN} (${OUR_LAWYERS_EN} | legal) | (handled | dealt with | taken over | taken up | pursued) by ` +
  `${OUR_LAWYERS_EN} | ${OUR_LAWYERS_EN} ${AT_WORK_AGAINST_EN} | ` +
  '<&(to | with | into | by | against | involve | involving | contact | contacting | ' +
  'call | calling | notify | notifying | inform | informing | alert | alerting | report | reporting | (report | reporting) (it | this | you | ' +
  'the matter | the incident | the account)) (the | a | an | our)? (police | lawyers | solicitors | debt (collector | collectors | collection agency | ' +
  'collection agencies | recovery) | (collections | collection | debt recovery) agency | credit (bureau | reference agency | ' +
  'reference agencies) | authorities | law enforcement | courts))';
// Reassurance: the step denied ("we would never pass your account to a debt collector", "we won't refer this").
const NOT_SENT_EN =
  '(never | not | no longer | nor) _? (pass | passing | refer | referring | report | reporting | hand | handing | send | sending | involve | involving | ' +
  'take | taking | escalate | escalating | forward | forwarding | contact | contacting | call | calling | share | sharing | sell | selling | give | giving)';
// The customer's own threat said back: "you said you'd take legal action", "you mentioned you would involve the police".
const THEIR_OWN_THREAT_EN = [
  'you (said | say | mentioned | mention | wrote | write | told (us | me) | stated | threatened | raised | indicated | explained)',
  'you (would | will | might | may | plan to | intend to | want to | wish to | are going to | were going to | are planning to | are thinking of | are considering) ' +
    '(take | taking | involve | involving | go to | going to | contact | contacting | call | calling | report | reporting | pursue | pursuing | file | filing | bring | seek | get)',
];
// Our lawyers in touch with what the customer is owed or asked for: "our legal team will be in touch within 5 working
// days with the compensation offer".
const THE_LAW_BRINGS_EN =
  '(with | to (share | send | explain | discuss | confirm | arrange | offer | agree | walk you through)) (the | a | an | your | our | any)? _? _? (offer | ' +
  'response | answer | update | decision | outcome | settlement | refund | payment | compensation | copy | details | paperwork | documents | ' +
  'agreement | terms | next steps | apology)';
// The law named to help the customer, not against them: a crime on them, their own report or right, our advice.
const THE_LAW_FOR_THE_CUSTOMER_EN =
  '(stolen | theft | thief | crime | victim | scam | scammer | scammers | fraudster | fraudsters | hacker | hackers | unauthorised | unauthorized | ' +
  'compromised | sorry | apologise | apologize | on your behalf | police report | your _? (consent | permission) | for you | help you | assist you | ' +
  'support you | if you (wish | want | would like | need | decide | choose) | you (can | may | could | might want to | are free to | have the right to) ' +
  '(also)? (contact | call | report | file | lodge | go to | take | raise | escalate | seek | pursue) | we (recommend | suggest | advise) | ' +
  '(advise | suggest | recommend) (you | that you))';

const AGAINST_THE_CUSTOMER_EN = {
  suggest: ["we'll keep working to resolve this for you"],
  replaces: 'clause',
  tail: DEFIANCE,
  unlessInSentence: [NOT_THE_CUSTOMER, ...AS_REQUESTED, ...FOR_SAFETY],
  unlessAfter: '(not | never | no)',
} as const satisfies Partial<PhrasePattern>;

// The customer's claim itself, as what a threat may close: their ticket, case or complaint. Ending a chat over abuse
// while the case stays open is a boundary, not a threat ("if it continues I'll have to close this chat, but your case
// stays open"), as the tune labels have it.
const CLAIM_ID_MS = '(tiket~ | kes~ | aduan~ | pengaduan~ | keluhan~ | komplain~)';
const CLAIM_EN = '(ticket | tickets | case | complaint | complaints | claim)';
// How the customer behaves, as the condition of closing it: told to be polite, or abuse named.
const BEHAVE_ID_MS =
  '(sopan | bersopan | jaga (bahasa | kata-kata | tutur kata | mulut | sikap | adab) | kasar | maki~ | memaki~ | makian | kesat | biadab | kurang ajar | ancam~ | mengancam~ | ancaman~ | hina~ | menghina~ | lain kali)';
const BEHAVE_EN =
  '(civil | polite | respectful | courteous | language | swearing | swear | abuse | abusive | rude | rudeness | insult | insulting | threatening | threats | harass | harassment)';
// The customer's case carried on whatever happens: a boundary set, not a threat.
const CLAIM_KEPT = '(tetap | masih | diteruskan | stays open | remains open | still | regardless | either way | continue to)';
// Closing a ticket because it is done, or because no one answered, is housekeeping: "kalau tidak ada pertanyaan lagi,
// tiket ini kami tutup", "if we don't hear back within 3 days, we'll close this ticket".
const HOUSEKEEPING =
  '(selesai | beres | terselesaikan | pertanyaan | kendala | masalah lain | balasan | respons | respon | maklum balas | jawapan | jawaban | resolved | solved | fixed | questions | question | hear back | hear from you | reply | replies | respond | response | answer | sorted | setelah | selepas | sesudah | once | after)';

const FAMILIES: readonly PhrasePattern[] = [
  {
    // The customer's claim closed as a sanction, with how they behave in the sentence: "Mohon lebih sopan, kalau
    // tidak kami berhak menutup tiket Bapak", "kalau encik terus maki staf kami, kes encik akan ditutup", "tiket Bapak
    // kami tutup". Not a ticket closed because it is done or unanswered, at the customer's request, a report of one
    // closed before ("lalu tiket ditutup"), nor a chat ended while the case goes on.
    lang: ['id', 'ms'],
    match: [
      `<&(${WE_WILL}) (${BLOCK_ID_MS} | ${END_ID_MS} | batalkan~ | membatalkan~) (terus | permanen | segera | sahaja | saja)? ${CLAIM_ID_MS}`,
      `${CLAIM_ID_MS} (ini | itu | tersebut | ${YOU})? (akan | terpaksa | terus | langsung | boleh | bisa)? kami (tutup | hentikan | tamatkan | batalkan | sekat | blokir)`,
      `${CLAIM_ID_MS} (ini | itu | tersebut | ${YOU})? (akan | terpaksa | boleh | bisa | bakal) (terus | langsung)? (ditutup | dihentikan | ditamatkan | dibatalkan)`,
    ],
    onlyWithInSentence: [`(kalau | jika | kalo | apabila | sekiranya | bila) ..8 ${BEHAVE_ID_MS}`, `${BEHAVE_ID_MS} ..8 (kalau | jika | atau)`],
    ...AGAINST_THEIR_ACCOUNT_ID_MS,
    unlessInSentence: [NOT_THE_CUSTOMER, ...AS_REQUESTED, ...FOR_SAFETY, HOUSEKEEPING, CLAIM_KEPT],
  },
  {
    // The same in English: "Please keep your language civil, otherwise we will close this ticket", "if you keep
    // swearing at our agents we will close your complaint".
    lang: ['en'],
    match: `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? ${THEN_EN}? (close | terminate | cancel | withdraw | drop) (this | the | your) ${CLAIM_EN}`,
    onlyWithInSentence: [`(if | unless) ..8 ${BEHAVE_EN}`, `${BEHAVE_EN} ..8 (otherwise | or)`],
    ...AGAINST_THE_CUSTOMER_EN,
    unlessInSentence: [...AGAINST_THE_CUSTOMER_EN.unlessInSentence, HOUSEKEEPING, CLAIM_KEPT],
  },
  {
    lang: ['id', 'ms'],
    match: [
      // "kami yang akan melaporkan Ibu", "kami akan saman puan", "kami akan laporkan ke polisi".
      `${WE_WILL} ${REPORT_ID_MS} (balik | kembali)? (${YOU} | ke (polisi | pihak berwajib | kepolisian | aparat) | kepada (polis | pihak berkuasa) | atas (pencemaran | fitnah | tuduhan) | dengan (pasal | uu | undang-undang))`,
      // "Ibu akan kami laporkan", "puan boleh didakwa".
      `${YOU} (bisa | dapat | akan | boleh | justru | pula) kami? (laporkan | polisikan | tuntut | gugat | perkarakan | somasi | pidanakan | saman | dakwa | dijerat | dipidana | dipidanakan | dipolisikan | dituntut | digugat | diperkarakan | disaman | didakwa | dikenakan tindakan)`,
      // "kami akan ambil tindakan hukum/undang-undang", "menempuh jalur hukum".
      `${WE_WILL} (mengambil | ambil | menempuh | tempuh | membawa | bawa) (tindakan | jalur | langkah | kes | perkara | masalah) ini? (hukum | undang-undang | mahkamah | guaman | legal | ke mahkamah | ke pengadilan | ke jalur hukum)`,
      `${WE_WILL} (membuat | buat | membuka | buka) (laporan | report) (polisi | polis)`,
      // Reported back, in retaliation: "kami juga berhak melaporkan balik atas laporan palsu".
      `${WE_WILL} ${REPORT_ID_MS} (balik | kembali) atas`,
      // A suit filed or sent: "kami akan failkan saman fitnah", "kami akan melayangkan somasi".
      `${WE_WILL} (failkan~ | memfailkan~ | fail | ajukan~ | mengajukan~ | layangkan~ | melayangkan~ | kirimkan~ | mengirimkan~ | kirim~ | mengirim~ | hantar~ | menghantar~ | daftarkan~ | mendaftarkan~) (saman | gugatan | somasi | surat somasi | notis guaman | notis tuntutan | surat peguam | surat pengacara | laporan polis | laporan polisi | tuntutan mahkamah | tuntutan hukum | tuntutan undang-undang)`,
      // Court by its idioms: "membawa perkara ini ke muka pengadilan", "kami bawa Bapak ke meja hijau".
      `${WE_WILL} (membawa~ | bawa~ | memejahijaukan~ | mejahijaukan~) (${YOU} | (kes | perkara | masalah | hal | kasus) (ini | itu)?)? ke (meja hijau | muka pengadilan | muka mahkamah | mahkamah | pengadilan | jalur hukum | ranah hukum)`,
      // "kami akan menuntut ganti rugi", "kami boleh tuntut pampasan daripada encik".
      `${WE_WILL} (menuntut | tuntut | meminta | minta) (ganti rugi | ganti kerugian | pampasan | kerugian)`,
      '(kena | terjerat | dijerat) (uu ite | pasal | undang-undang)',
      '(tunggu | tunggulah | siap-siap | bersiaplah) saja? (surat | somasi | saman | panggilan) dari? (pengacara | kuasa hukum | peguam | polisi | polis | mahkamah | kami)',
    ],
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    lang: ['id', 'ms'],
    match: [
      // "memblokir akun Ibu", "sekat akaun puan", "akun Anda akan kami blokir".
      `${BLOCK_ID_MS} (permanen | terus)? (semua | seluruh)? (${THEIR_ACCOUNT_ID_MS} | ${ACCOUNT_ID_MS} _? ${YOU})`,
      // "nomor kakak kami blacklist", "akun IndiHome Bapak bisa kami nonaktifkan permanen".
      // "lisensi untuk semua outlet Bapak akan kami nonaktifkan": the customer's holdings, with "kami" as who acts.
      `(${ACCOUNT_ID_MS} | lisensi | lesen | outlet | cawangan | cabang | profil) _? _? _? ${YOU} (akan | boleh | bisa | dapat)? kami (blokir | bekukan | tutup | nonaktifkan | sekat | gantung | tangguhkan | putuskan | ban | suspend | blacklist~ | block | blok)`,
      // The customer blocked by name: "kami terpaksa block encik". Not "Nomor itu sudah kami blokir ya Kak" nor
      // "Kalau tidak, tiket ini kami tutup ya Kak": with its object before "kami" (after "sudah", a demonstrative, the
      // customer's holding) the verb has its object, and "Kak" is whom the agent speaks to, as after "ya".
      `<-(sudah | telah | dah | udah | baru | sempat | ini | itu | tersebut | ni | tu | ${YOU} | ${ACCOUNT_ID_MS} | ${THEIR_ACCOUNT_ID_MS} | ${CLAIM_ID_MS}) ${WE_WILL} ${BLOCK_ID_MS} -(ya | yah | yaa) ${YOU}`,
      // "nama Bapak dimasukkan ke daftar hitam": the customer blacklisted.
      `(nama | ${ACCOUNT_ID_MS}) _? ${YOU} (akan | boleh | bisa | dapat)? kami? (masukkan | dimasukkan | masukan | dimasukan | disenaraihitamkan | senaraihitamkan) (ke | ke dalam | dalam)? (daftar hitam | senarai hitam | blacklist)`,
      // "Jika Ibu terus mengancam, akun Ibu akan diblokir": a consequence aimed at the customer's behaviour.
      `(kalau | jika | apabila | bila | sekiranya) .. (terus | lagi | masih | tetap | sekali lagi) .. (akun | akaun) ${YOU}? (akan | boleh | bisa)? ${BLOCKED_ID_MS}`,
    ],
    ...AGAINST_THEIR_ACCOUNT_ID_MS,
  },
  {
    // The customer blocked by name, "ya" or a demonstrative before "kami" notwithstanding, when how they behave is in
    // the sentence: "Kalau Bapak terus memaki staf kami, kami blokir ya Pak", "Kalau Ibu masih kasar, akun ini kami
    // tutup ya Bu". Not a report of what was done ("Nomor itu sudah kami blokir ya Kak").
    lang: ['id', 'ms'],
    match: `<-(sudah | telah | dah | udah | baru | sempat) ${WE_WILL} ${BLOCK_ID_MS} ${YOU}`,
    onlyWithInSentence: [PROVOKED_ID_MS, BEHAVE_ID_MS],
    ...AGAINST_THEIR_ACCOUNT_ID_MS,
    unlessInSentence: [NOT_THE_CUSTOMER, ...AS_REQUESTED, ...FOR_SAFETY, HOUSEKEEPING],
  },
  {
    // Consequences put as what the law or the company will do, not as "kami akan melaporkan Bapak": "akan kami
    // tindaklanjuti secara hukum", "bank dapat menempuh jalur hukum", "dapat dikenakan sanksi sesuai UU ITE", "akan
    // dirujuk kepada peguam kami", "jangan terkejut kalau…". They count only with what the customer did or might do in
    // the sentence (posting, abuse, a chargeback), which makes them a threat.
    lang: ['id', 'ms'],
    match: [
      `<-(${YOU}) (tidak akan? (ragu | segan | segan-segan) | akan | bisa | dapat | boleh | terpaksa | siap | berhak) untuk? kami? (menempuh~ | tempuh~ | mengambil~ | ambil~ | membawa~ | bawa~ | memproses~ | proses~ | tindaklanjuti~ | menindaklanjuti~ | diproses~ | ditindaklanjuti~ | dibawa~ | diambil~ | selesaikan~ | diselesaikan~) (secara | ke | melalui | jalur | tindakan | langkah | upaya) (secara | ke | melalui | jalur | tindakan | langkah | upaya)? (secara | ke | melalui | jalur | tindakan | langkah | upaya)? ${LEGAL_ID_MS}`,
      // "kalau kakak sebar fitnah di IG, kami proses secara hukum": the same without "akan".
      `(kami | saya | pihak kami) (pun | juga)? (menempuh~ | tempuh~ | proses~ | memproses~ | tindaklanjuti~ | menindaklanjuti~ | bawa~ | membawa~ | selesaikan~ | menyelesaikan~ | perkarakan~) (kasus | masalah | hal | perkara)? (ini | itu)? (secara | ke | melalui | lewat | jalur) (jalur | ranah)? ${LEGAL_ID_MS}`,
      // Firm action, and service refused: "akan kami tindak tegas", "kami tidak akan melayani Bapak lagi".
      '(tindak | ditindak | menindak | tindakan | langkah) tegas',
      // "kami tidak akan tinggal diam", "encik boleh berdepan tindakan undang-undang".
      '(kami | saya | pihak kami | syarikat | perusahaan | bank) (juga | pun)? (tidak akan | takkan | tak akan) (tinggal diam | diam saja | berdiam diri | duduk diam)',
      `(berdepan | berhadapan | menghadapi) (dengan)? (tindakan | proses | tuntutan) ${LEGAL_ID_MS}`,
      `(kami | saya) (tidak akan | tidak lagi | takkan) lagi? (melayani | layani | melayan | layan | menerima pesanan | terima pesanan | menerima order | terima order | memproses pesanan | berurusan dengan) (dari | daripada)? ${YOU}`,
      // Put out of the premises: "Bapak akan diusir keluar".
      `(diusir | dihalau | mengusir | usir | menghalau | halau) ${YOU}? (keluar | dari)`,
      // Security called on the customer by us: "kami panggil satpam", "kami terpaksa memanggil polis" (not "silakan
      // hubungi polisi", advice to the customer).
      `(kami | saya) ${WILLING_ID_MS}? ${WILLING_ID_MS}? untuk? (panggil~ | memanggil~ | panggilkan~ | hubungi~ | menghubungi~ | telepon~ | menelepon~) (satpam | sekuriti | security | pengawal keselamatan | pengawal | pihak keamanan | polis | polisi | pihak polis | pihak polisi | pihak kepolisian | pihak berkuasa | pihak berwajib | aparat)`,
      `(dikenakan | dikenai | dijerat | menghadapi | menerima) (sanksi | hukuman | tindakan) _? _? _? _? (${LEGAL_ID_MS} | uu ite)`,
      `tindakan (undang-undang | hukum | mahkamah | guaman | legal) _? _? (terhadap | ke atas | kepada) ${YOU}`,
      `(mengambil | ambil | diambil) tindakan (ke atas | terhadap | atas) (fitnah | tuduhan | kenyataan | hantaran | posting | postingan | unggahan | ulasan | review | ${YOU})`,
      '(dirujuk~ | diserahkan~ | dibawa~ | diteruskan~ | dilaporkan~ | kami rujuk~ | kami rujukkan~ | kami serahkan~ | kami bawa~ | kami teruskan~ | kami laporkan~ | <&(akan | bakal | boleh | bisa | terpaksa | pun) (rujuk~ | rujukkan~ | serahkan~ | bawa~ | teruskan~ | laporkan~ | adukan~)) ((kes | perkara | kasus | hal | masalah | aduan | laporan) (ini | ni | itu | tu | tersebut)?)? (kepada | ke | pada) pihak? (penasihat undang-undang | penasihat hukum | jabatan undang-undang | jabatan guaman | jabatan perundangan | bahagian perundangan | bagian hukum | divisi hukum | departemen hukum | biro hukum | peguam | pengacara | kuasa hukum | tim legal | tim hukum | pasukan guaman | bahagian guaman | bahagian undang-undang | polis | polisi | kepolisian | berkuasa | berwajib | mahkamah | pengadilan | tim keamanan | tim fraud | tim anti-fraud | bahagian keselamatan | pasukan keselamatan | unit keselamatan)',
      // "kami terpaksa melibatkan pihak berkuasa", as "we'll have to involve the authorities".
      '(melibatkan | libatkan | membawa masuk) pihak? (berkuasa | berwajib | polis | polisi | kepolisian | peguam | pengacara | kuasa hukum | tim legal | tim hukum | pasukan guaman)',
      // "jangan terkejut kalau pihak legal kami ambil tindakan": the lawyers act, without the word "hukum".
      '(pihak | tim | pasukan | bahagian | bagian | divisi) (legal | guaman | hukum | undang-undang) kami (akan | boleh | bisa | dapat)? (ambil~ | mengambil~ | bertindak~ | menindak~ | tindak~)',
      '(jangan | jgn) (terkejut | kaget | heran | hairan) (kalau | jika | bila | apabila)',
      '(merupakan | adalah | termasuk | dianggap | dikira | boleh dianggap | dapat dianggap | bisa dianggap) (satu | suatu | sebagai)? (fitnah | pencemaran nama baik | kesalahan jenayah | tindak pidana | jenayah | (kesalahan | pelanggaran) (di bawah | mengikut | menurut | sesuai | berdasarkan))',
      // Put out, or reported to the regulator: "diminta meninggalkan premis", "dilaporkan kepada MCMC".
      '(diminta | disuruh | dipaksa) (untuk)? (meninggalkan | keluar dari) (premis | hotel | kedai | toko | cawangan | cabang | pesawat | kapal terbang | kenderaan | kendaraan | mobil | kereta | lounge | restoran | bangunan | gedung)',
      '(laporkan~ | dilaporkan~ | lapor~ | rujuk~ | dirujuk~ | adukan~ | diadukan~ | serahkan~ | diserahkan~) (kepada | ke) pihak? (mcmc | skmm | suruhanjaya komunikasi | kominfo | komdigi)',
      'melanggar (uu ite | undang-undang | hukum)',
      // Consequences as where it leads: "hal ini bisa berujung ke ranah hukum", "boleh membawa kepada tindakan undang-undang".
      '(berujung | berakhir | berakibat | membawa kepada | menyebabkan | mengakibatkan) (pada | ke | kepada | dengan)? (ranah hukum | jalur hukum | proses hukum | pidana | pemidanaan | tindakan undang-undang | tindakan hukum | tindakan mahkamah | penutupan akun | pemblokiran akun | penyekatan akaun | penutupan akaun | penggantungan akaun | pembekuan akun | laporan polis | laporan polisi)',
      // Kept as evidence against the customer: "semua percakapan ini sudah kami arsipkan sebagai bukti".
      '(simpan~ | disimpan~ | arsipkan~ | diarsipkan~ | rekam~ | direkam~ | catat~ | dicatat~ | dokumentasikan~ | didokumentasikan~) (sebagai | untuk) (bukti | barang bukti | keterangan)',
      // Processed under the law: "dapat kami proses sesuai UU ITE", "boleh ditindak mengikut akta".
      '(proses~ | diproses~ | tindak~ | ditindak~ | jerat~ | dijerat~ | tindaklanjuti~ | ditindaklanjuti~ | pidanakan~ | dipidanakan~ | ambil tindakan) (sesuai | berdasarkan | menurut | mengikut | dengan | di bawah) (ketentuan | peruntukan)? (uu ite | undang-undang | hukum | pasal | ketentuan hukum | akta | peruntukan undang-undang)',
      // A debt passed to collectors or credit bureaus: "tunggakan akan dihantar kepada agensi kutipan hutang".
      '(serahkan~ | diserahkan~ | hantar~ | dihantar~ | teruskan~ | diteruskan~ | rujuk~ | dirujuk~ | laporkan~ | dilaporkan~ | kirim~ | dikirim~) (kepada | ke) pihak? (agensi kutipan | agensi pemungut | agen penagihan | agensi penagihan | penagih hutang | penagih utang | debt collector | ctos | ccris | slik)',
    ],
    onlyWithInSentence: PROVOKED_ID_MS,
    // A legal threat is never what the customer asked for: "jika berkenan" in the sentence belongs to their report.
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    // Action in the passive, by no one named, with what the customer did in the sentence: "tindakan sewajarnya akan
    // diambil", "akan dikenakan tindakan", "appropriate action will be taken". Not about our own staff or a driver the
    // customer complained of ("tindakan sewajarnya akan diambil terhadap pemandu tersebut").
    lang: ['id', 'ms', 'en'],
    match: [
      '(tindakan | langkah) (sewajarnya | yang sewajarnya | tegas | undang-undang | hukum | disiplin | tatatertib) (akan | boleh | dapat | bisa)? (juga)? (diambil | dikenakan)',
      '(akan | boleh | dapat | bisa) (diambil | dikenakan) tindakan',
      '(appropriate | legal | strict | firm | disciplinary | serious | formal) action (will | may | shall | can | could | might) (also)? be taken',
    ],
    onlyWithInSentence: [PROVOKED_ID_MS, PROVOKED_EN, UNPAID_ID_MS, UNPAID_EN],
    ...AGAINST_THE_CUSTOMER_ID_MS,
    unlessInSentence: [NOT_THE_CUSTOMER, OUR_STAFF],
    suggest: { id: ['kami akan terus membantu menyelesaikan masalah ini'], ms: ['kami akan terus membantu menyelesaikan masalah ini'], en: ["we'll keep working to resolve this for you"] },
  },
  {
    // The police for a bill not paid or goods not returned: suspending the service for it is policy, the police are a
    // threat. "kalau tagihan tidak dibayar, kasusnya kami serahkan ke pihak kepolisian".
    lang: ['id', 'ms'],
    match: [
      '(serahkan~ | diserahkan~ | laporkan~ | dilaporkan~ | rujuk~ | dirujuk~ | rujukkan~ | bawa~ | dibawa~ | teruskan~ | diteruskan~) (kepada | ke) pihak? (polis | polisi | kepolisian | berwajib | berkuasa)',
      // "apabila tunggakan tidak dilunasi, kami akan melaporkan ke SLIK OJK".
      '(laporkan~ | melaporkan~ | dilaporkan~ | tercatat | dicatat | dicatatkan | dimasukkan) (ke | di | dalam | kepada) (slik | bi checking | ccris | ctos | biro kredit)',
      // Collectors and credit bureaus, as in English: "jika tidak dibayar, akan diserahkan ke debt collector".
      '(serahkan~ | diserahkan~ | hantar~ | dihantar~ | teruskan~ | diteruskan~ | rujuk~ | dirujuk~ | laporkan~ | dilaporkan~ | kirim~ | dikirim~) (kepada | ke) pihak? (agensi kutipan | agensi pemungut | agen penagihan | agensi penagihan | penagih hutang | penagih utang | debt collector | ctos | ccris | slik)',
    ],
    onlyWithInSentence: UNPAID_ID_MS,
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    // "akaun encik boleh disekat", "talian encik akan kami tamatkan", with what the customer did in the sentence.
    lang: ['id', 'ms'],
    match: [
      `${ACCOUNT_ID_MS} _? ${YOU} (juga | pula | pun)? (akan | boleh | bisa | dapat | mungkin | terus) (kami | juga)? (blokir~ | diblokir~ | terblokir~ | bekukan~ | dibekukan~ | tutup~ | ditutup~ | tertutup~ | nonaktifkan~ | dinonaktifkan~ | sekat~ | disekat~ | tersekat~ | gantung~ | digantung~ | tergantung~ | tangguhkan~ | ditangguhkan~ | putuskan~ | diputuskan~ | tamatkan~ | ditamatkan~ | hentikan~ | dihentikan~ | ban~ | diban~ | banned~ | suspend~ | disuspend~ | blacklist~ | diblacklist~ | disenaraihitamkan | disenarai hitam | disenarai hitamkan | laporkan~ | dilaporkan~)`,
      // Cut off by us: "kami terpaksa menghentikan seluruh layanan hosting Bapak", "memotong bekalan elektrik ke premis encik".
      `(menghentikan~ | hentikan~ | memotong~ | potong~ | menamatkan~ | tamatkan~ | memutus~ | putus~ | memutuskan~ | mencabut~ | cabut~) (semua | seluruh)? (${THEIR_ACCOUNT_ID_MS} | ${ACCOUNT_ID_MS} _? _? ${YOU} | ${ACCOUNT_ID_MS} _? (ke | kepada) (premis | rumah | kediaman | alamat | kedai | toko) ${YOU})`,
      `(laporkan | lapor | melaporkan | report | laporin) ${ACCOUNT_ID_MS} _? ${YOU} _? _? _? (untuk | supaya | agar | biar) (sekat | disekat | blokir | diblokir | tutup | ditutup | ban | diban | gantung | digantung | nonaktifkan | dinonaktifkan)`,
      // The account first: "akun kakak kami laporin ke Shopee biar diblokir".
      `${ACCOUNT_ID_MS} _? ${YOU} (akan | bisa | boleh)? kami (laporkan | laporin | report) _? _? (untuk | supaya | agar | biar) (disekat | diblokir | ditutup | diban | digantung | dinonaktifkan | disuspend)`,
    ],
    onlyWithInSentence: PROVOKED_ID_MS,
    ...AGAINST_THEIR_ACCOUNT_ID_MS,
  },
  {
    // A consequence for the customer's account or contract put in a condition on what they do: "Kalau encik tak
    // selesaikan, kami akan tamatkan terus akaun", "jika Bapak terus begini, kami bakal hentikan layanan Bapak",
    // "pengajuan chargeback akan menyebabkan akun Bapak dinonaktifkan". Not for a bill or for an account left
    // inactive (policy), nor when the customer asked for it.
    lang: ['id', 'ms'],
    match: [
      // From the verb, with who will do it looked back at: a pattern that opens with "kami" is tried at every "kami".
      `<&(${WE_WILL}) (${BLOCK_ID_MS} | ${END_ID_MS}) (terus | permanen | segera | sahaja | saja)? (semua | seluruh)? ${HOLDING_ID_MS}`,
      `(menyebabkan | mengakibatkan | berakibat) (${ACCOUNT_ID_MS} _? ${YOU} | ${THEIR_ACCOUNT_ID_MS}) (akan | bakal)? (${BLOCKED_ID_MS} | dihentikan | ditamatkan | diputus | diputuskan | dihapus | dipadam)`,
      `${ACCOUNT_ID_MS} _? ${YOU} (juga | pula | pun)? (bakal | mungkin) (kami)? (${BLOCKED_ID_MS} | dihentikan | ditamatkan | diputus | diputuskan | blokir | sekat | blacklist~ | tutup | tamatkan)`,
      // The account not named as theirs: "kalau encik terus hantar emel macam ni, akaun akan digantung".
      `(akun | akaun | langganan | talian | keanggotaan | keahlian | membership) (ini | tersebut | itu)? (juga | pula | pun)? (akan | bakal | boleh | bisa | dapat | mungkin) (terus | langsung | segera)? (${BLOCKED_ID_MS} | dihentikan | ditamatkan | diputus | diputuskan | dihapus | dipadam)`,
    ],
    onlyWithInSentence: [IF_THE_CUSTOMER_ID_MS, PROVOKED_ID_MS],
    ...AGAINST_THEIR_ACCOUNT_ID_MS,
    unlessInSentence: [NOT_THE_CUSTOMER, ...AS_REQUESTED, ...FOR_SAFETY, POLICY_ID_MS],
  },
  {
    // The same consequence named as a noun, as the formal register puts it: "kami akan melakukan pemblokiran terhadap
    // rekening Bapak", "pembekuan akaun encik akan dilaksanakan".
    lang: ['id', 'ms'],
    match: [
      `(melakukan | mengambil | lakukan | ambil | dilakukan | melaksanakan | dilaksanakan) (tindakan)? (pemblokiran | pembekuan | penutupan | penonaktifan | penangguhan | penggantungan | penyekatan | penamatan | pemutusan | penghentian | pencabutan) (terhadap | ke atas | atas | pada | kepada)? (semua | seluruh)? (${ACCOUNT_ID_MS} | ${THEIR_ACCOUNT_ID_MS})`,
      `(pemblokiran | pembekuan | penutupan | penonaktifan | penangguhan | penggantungan | penyekatan | penamatan | pemutusan | penghentian | pencabutan) (${ACCOUNT_ID_MS} _? _? ${YOU} | ${THEIR_ACCOUNT_ID_MS})`,
    ],
    onlyWithInSentence: [IF_THE_CUSTOMER_ID_MS, PROVOKED_ID_MS],
    ...AGAINST_THEIR_ACCOUNT_ID_MS,
    unlessInSentence: [NOT_THE_CUSTOMER, ...AS_REQUESTED, ...FOR_SAFETY, POLICY_ID_MS],
  },
  {
    // Reported back, in retaliation: "kami pun boleh buat report balik", "kita laporin balik akun kakak" (not "report
    // balik kat encik", getting back to the customer).
    lang: ['id', 'ms'],
    match: [
      `(laporin | laporkan | lapor | melaporkan | report) balik (akun | akaun | ${YOU})`,
      '<&(buat | membuat | bikin | buatkan) (report | laporan | aduan | laporan polis | laporan polisi | police report) (balik | balas)',
    ],
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    // A threat whatever the sentence: "kami pun ada peguam", "tim legal kami tidak akan tinggal diam", "menuntut balik",
    // "tuntutan balas", "we have lawyers too".
    lang: ['id', 'ms', 'en'],
    match: [
      // The customer to deal with our lawyers or the police: "Bapak akan berurusan dengan tim legal kami", "you'll be
      // hearing from our solicitors", "our legal team is more than ready".
      `${YOU} (akan | bakal | harus | perlu | terpaksa | boleh)? (berurusan | berhadapan | berdepan) (dengan)? pihak? (tim legal | tim hukum | kuasa hukum | pengacara | peguam | pasukan guaman | polis | polisi | kepolisian | berwajib | berkuasa | mahkamah | pengadilan)`,
      'you (will | would | may | might) (have to)? (deal with | answer to | hear from | be hearing from) (our | the) (lawyers | solicitors | legal team | legal department | police | authorities)',
      '(our | the) (lawyers | solicitors | legal team | legal department) (is | are) (more than)? (ready | on standby | standing by | waiting)',
      'two can play (at)? that game',
      // The customer recorded as a fraudster: "record the matter on the industry fraud database".
      '(record | recorded | report | reported | flag | flagged | register | registered | list | listed) ..6 (fraud database | fraud register | industry database | cifas)',
      '(kami | saya | bank | syarikat | perusahaan) (pun | juga) (ada | punya | mempunyai | memiliki) (peguam | pengacara | lawyer | kuasa hukum | (tim | pasukan | bahagian | jabatan | divisi | bagian) (legal | hukum | guaman | undang-undang | perundangan))',
      '(tim | pasukan | bahagian | divisi | bagian) (legal | hukum | guaman | undang-undang) kami (tidak akan | takkan) (tinggal diam | diam saja | berdiam diri | diam)',
      '(menuntut | tuntut | menggugat | gugat | menyaman | saman | mempolisikan | polisikan) (balik | kembali | balas)',
      '(tuntutan | saman | gugatan) balas',
      // The legal costs claimed from the customer, as in English: "bank juga akan tuntut kos guaman drpd encik sepenuhnya".
      `(tuntut~ | menuntut~ | tuntutkan~) (semua | segala | seluruh)? (kos | biaya | yuran) (guaman | mahkamah | undang-undang | peguam | hukum | pengacara | legal | perkara) (sepenuhnya)? (daripada | drpd | dari | kepada | kpd) ${YOU}`,
      // Consequences left unnamed: "there will be consequences", "Bapak tanggung sendiri akibatnya", "jangan salahkan
      // kami kalau…", "don't blame us if…".
      '(akan ada | siap-siap | bersiaplah | bersedia) (konsekuensi | konsekuensinya | akibat | akibatnya | padah | padahnya)',
      '(konsekuensi | akibat) (hukum | hukumnya | undang-undang | pidana)',
      `${YOU} (akan | harus | mesti | kena | perlu)? (tanggung | menanggung | terima | menerima) (sendiri)? (akibat~ | konsekuensi~ | padah~) (sendiri)? -(biaya | kos)`,
      '(jangan | tolong jangan) (salahkan | menyalahkan | salahkanlah) (kami | saya | pihak kami) (kalau | jika | bila | apabila | nanti)',
      'there will be (serious | legal)? consequences',
      'you will (face | bear) (the | serious | legal)? consequences',
      '(do not | then do not) blame (us | me) (if | when)',
      // Retaliation, named as such: "syarikat kami pun boleh ambil tindakan balas".
      '(tindakan | langkah) (balas | balasan | balik) -(kepada kami | dari kami)',
      '(retaliate | retaliatory action | retaliation) -(against us | from you)',
      '(we | i) (also | too)? have (lawyers | a legal team | solicitors | legal counsel) (too | as well)',
    ],
    ...AGAINST_THE_CUSTOMER_ID_MS,
    suggest: { id: ['kami akan terus membantu menyelesaikan masalah ini'], ms: ['kami akan terus membantu menyelesaikan masalah ini'], en: ["we'll keep working to resolve this for you"] },
  },
  {
    // A last warning, not a bill's last reminder: "consider this your final warning", "ini peringatan terakhir".
    lang: ['id', 'ms', 'en'],
    match: [
      '(this is | consider this | take this as) (a | your | our)? (final | last | first and final | formal) warning',
      'you have been warned',
      '(ini | anggap ini | anggaplah ini | jadikan ini) (adalah | merupakan)? (peringatan | teguran | amaran) (terakhir | akhir | keras | pertama dan terakhir)',
    ],
    ...AGAINST_THE_CUSTOMER_ID_MS,
    unlessInSentence: [NOT_THE_CUSTOMER, POLICY_ID_MS, '(payment | bill | invoice | balance | overdue | reminder)'],
    suggest: { id: ['kami akan terus membantu menyelesaikan masalah ini'], ms: ['kami akan terus membantu menyelesaikan masalah ini'], en: ["we'll keep working to resolve this for you"] },
  },
  {
    lang: ['id', 'ms'],
    match: [
      '(kalau | jika) (anda | kamu | kakak | bapak | ibu | encik | puan | cik | tuan | awak)? berani',
      '(silakan | silakanlah | sila | silalah) (saja | sahaja) (lapor~ | melapor~ | laporkan~ | tuntut~ | menuntut~ | gugat~ | menggugat~ | somasi~ | viralkan~ | memviralkan~ | sebarkan~ | saman~ | menyaman~ | adukan~ | bawa ke)',
      // "Silakan viralkan", "Viralkanlah": a dare even without "saja".
      '(silakan | silakanlah | sila | silalah) (viralkan~ | memviralkan~ | sebarkan~ | menyebarkan~ | saman~ | menyaman~ | gugat~ | menggugat~ | somasi~ | tuntut~ | menuntut~) -((kalau | jika) _? berani)',
      '(viralkanlah | sebarkanlah | samanlah | gugatlah | tuntutlah | somasilah | laporlah | laporkanlah)',
      'siapa takut',
      // "silakan bawa ke mahkamah. Kita jumpa di sana", "kita jumpa di mahkamah".
      '(silakan | silakanlah | sila | silalah) (bawa | bawalah) (kes | perkara | hal | masalah)? (ini | ni)? ke (mahkamah | pengadilan | meja hijau)',
      'jumpa (di | kat) (mahkamah | pengadilan)',
    ],
    suggest: ['kami tetap akan membantu menyelesaikan masalah ini'],
    replaces: 'clause',
    tail: DEFIANCE,
    messageId: 'dare',
  },
  {
    lang: ['en'],
    match: [
      `(we | i | our lawyers | our legal team | our legal department | our solicitors) ${WE_WILL_EN} (${THEN_EN} | be taking | be pursuing | be happy to | gladly | happily | be glad to)? (${THEN_EN} | be taking | be pursuing | be happy to | gladly | happily | be glad to)? (take legal action | pursue legal action | commence legal action | initiate legal action | institute legal action | take (you | this | the matter) to court | sue you | report you | press charges | involve (the police | our lawyers | our legal team) | (contact | call) the police | take action against you | file a police? report against you)`,
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? ${THEN_EN}? (ban | block | close | suspend | terminate | freeze | delete | blacklist | cut off | disconnect | cancel | deactivate | disable) (you | your (account | line | number | service | card | subscription | membership | sim))`,
      'and (then | also)? (permanently | immediately)? (ban | block | suspend | terminate | blacklist | close | freeze | deactivate | disable) (you | your account)',
      // Legal action named with how it is pursued, and the court applied to: "we'll pursue it with legal action", "we
      // will apply to the magistrates' court for a warrant", "we will begin court proceedings".
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? (pursue | pursuing | be pursuing) (it | this | the matter | the debt | the balance)? (with | through | via) (legal action | the courts | the court | court action | legal proceedings | our lawyers | our solicitors)`,
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? (apply | go | be applying | be going) to (the | a)? _? _? court`,
      '(we | i) (will | shall | are going to | may | would) (also)? (seek | claim | pursue | be seeking | be claiming) (damages | compensation | costs) (from you)?',
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? (begin | start | issue | commence | initiate | bring) (legal | court) proceedings`,
      '(we | i) reserve the right to (take legal action | ban you | block you | suspend your account | close your account | terminate your account | report you | sue)',
      '(if | should) you (continue | keep | persist | do not stop | carry on | threaten) ..6 (your account | you) will be (banned | blocked | suspended | closed | terminated | reported | sued | blacklisted)',
      'see you in court',
      // A claim or report filed against the customer: "we'll be filing a fraud report on your account", "we will
      // counter-claim", "we will issue a claim against you", "we will apply for an injunction".
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? be? (file | filing | lodge | lodging | submit | submitting | make | making | issue | issuing | raise | raising) (a | an) (fraud | police | formal | criminal | defamation)? (report | complaint | claim | case) (on | against) (you | your account)`,
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? be? (file | filing | bring | bringing | issue | issuing | serve | serving) (you with)? (a | an)? (lawsuit | defamation claim | summons | writ | counterclaim | counter-claim)`,
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? be? (counter-claim | counterclaim | counter-claiming | countersue | counter-sue | sue you back)`,
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? be? (apply | applying | seek | seeking | obtain | get) (for)? (a | an) (warrant | injunction | restraining order | court order)`,
      // The debt recovered through the courts: "we will recover the outstanding amount through legal action".
      '(recover | pursue | collect) (the)? (debt | amount | balance | outstanding amount | outstanding balance | outstanding sum | arrears) (through | via | by) (legal | the courts | court | our lawyers | our solicitors | a debt collector | debt collectors)',
      // Put as a question: "do you really want us to involve our legal team?"
      'do you really want (us | me) to (involve | call | contact | report | close | suspend | ban | block | take (legal | this | the matter) | refer | pass | escalate this to | get)',
      // Banned through someone else: "we'll have your account banned".
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? (have | get) (you | your (account | line | number | profile | membership)) (banned | barred | suspended | terminated | blacklisted)`,
    ],
    ...AGAINST_THE_CUSTOMER_EN,
  },
  {
    // Consequences in English, put as procedure: "we will take action too", "reserves the right to pursue all available
    // remedies", "our lawyers will be sending you a cease and desist letter", "this has been passed to our security
    // team", "pass the outstanding balance to our collections agency", "our terms allow us to suspend accounts". They
    // count only with what the customer did or might do in the sentence: a protective notice stays clean.
    lang: ['en'],
    match: [
      '(we | i | our _ team | the company | the bank) (will | shall | may | might | can | could | would | are going to) (also | then | now | have to | be forced to | not hesitate to | be)? (take | taking | pursue | pursuing) (legal | further | appropriate | formal | the necessary)? action (too | as well | against you)?',
      '(reserve | reserves) the right to _? _? _? (pursue | take | close | suspend | terminate | ban | block | report | involve | refer | remove | delete | refuse)',
      'our (lawyers | solicitors | legal team | legal department | attorneys) (will | shall | may | can | would) be? (send | sending | contact | contacting | in touch | take | taking | pursue | pursuing | issue | issuing | file | filing | (review | reviewing) (them | your (post | posts | review | reviews | comments | statements)) | notified | informed | involved)',
      'cease and desist',
      '(refer | referring | referred | pass | passing | passed | hand | handing | handed | escalate | escalating | escalated | forward | forwarding | forwarded | goes | go | going | sent) ((the matter | this | it | the case | your account | your messages | your posts | the outstanding balance | your balance | the balance | the debt | the outstanding amount | your details | your information | your name) _? _? _? _?)? over? to (our | the)? (legal team | legal department | legal unit | legal counsel | legal advisers | legal advisors | lawyers | solicitors | police | authorities | security team | fraud team | fraud department | trust and safety team | credit reference agencies | credit bureau | debt collection agency | debt collectors | collections agency | collection agency)',
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? ${THEN_EN}? (ban | block | close | suspend | terminate | freeze | delete | blacklist | cut off | disconnect | cancel | remove | deactivate | disable | revoke) (all | all of | every | each)? (the | your | of your)? _? _? _? (account | accounts | line | number | service | card | subscription | membership | sim | contract | licence | licences | license | licenses | access | supply | listing | listings | store | shop | page | profile | domain | website | hosting | outlet | outlets)`,
      // "Your account will be closed if this continues": the consequence first.
      `<&(your | your _ | this | this _) ${HOLDING_EN} (will | may | could | can | might) (also)? be (permanently | immediately | automatically)? ${PUNISHED_EN}`,
      `you (will | may | could | can | might) (also)? be (permanently | immediately | automatically)? ${PUNISHED_EN}`,
      // The supply to the customer's home cut: "the supply at your premises may be disconnected".
      `(supply | connection | electricity | power | water | gas | service) (at | to) your (premises | home | house | property | address | shop | store | site) (will | may | could | can | might) be (permanently | immediately)? (disconnected | cut off | suspended | terminated)`,
      '(proceed | go ahead) with the? (disconnection | suspension | termination | closure | cancellation | deactivation) of',
      'our? terms (of (use | service))? (allow | permit | entitle) us to (suspend | close | terminate | ban | block | remove | take action | delete)',
      '(involve | involving | involved | bring in | get) (our | the)? (legal team | legal department | lawyers | solicitors | police | authorities)',
      'do not be surprised (if | when)',
      // Consequences as where it leads: "this may result in legal action", "you could face prosecution".
      `(result | resulting | results) in (legal action | legal proceedings | action (from | by) (our | the) (legal team | legal department | lawyers | solicitors) | prosecution | criminal charges | charges | a ban | a permanent ban | (the | an | immediate | permanent | the immediate | the permanent)? (closure | suspension | termination | blocking | deactivation | disconnection | removal) of (all | all of | each of)? (your | this) _? ${HOLDING_EN} | (your | this) _? ${HOLDING_EN} being ${PUNISHED_EN})`,
      `(lead | leads | leading) to (legal action | legal proceedings | prosecution | criminal charges | action (from | by) (our | the) (legal team | legal department | lawyers | solicitors) | (the | an | immediate | permanent)? (closure | suspension | termination | deactivation | disconnection) of (all | all of | each of)? (your | this) _? ${HOLDING_EN} | (your | this) _? ${HOLDING_EN} being ${PUNISHED_EN})`,
      // A company by its name takes the action: "Unifi will take the necessary legal action".
      '<&(will | shall | may | might | would | could | will also | will then) (take | pursue) (the necessary | necessary | appropriate | all necessary | all appropriate | legal | further | formal) legal? action',
      '(we | i) (will | shall | are going to) not (sit idly by | stand idly by | take this lying down | let this go unanswered | stay silent)',
      '(reconsider | reassess) (our | the) (business | banking | commercial | working)? relationship',
      '(face | facing) (legal action | legal proceedings | prosecution | criminal charges | charges | a lawsuit | legal consequences | a ban)',
      '(liable | responsible) for (our | any)? (legal costs | legal fees | court costs | damages)',
      '(no (choice | option | alternative) but to | left with no (choice | option) but to | be forced to) (close | suspend | terminate | ban | block | report | involve | contact | call | take | refer | pass | cancel | restrict | blacklist | pursue)',
      // Kept as evidence against the customer: "all of this has been logged as evidence".
      '(kept | saved | stored | recorded | logged | retained | documented | keep | save | log) (as | for) (evidence | use in (legal | court) proceedings)',
      // Reported to the platform to have the account taken down: "we'll report your account to the platform for
      // harassment and get it suspended".
      '(report | reporting | reported | flag | flagging | flagged) your (account | profile | listing | listings | store | shop | page | number | reviews | posts) (to | for)',
      'get (it | you | them | your _? (account | profile | listing | listings | store | shop | page | number | reviews | posts)) (banned | blocked | suspended | closed | terminated | removed | deactivated | taken down)',
      // Security or the police called on the customer, or the customer put out: "we will call security", "you will
      // be escorted from the store".
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? ${THEN_EN}? (call | contact | alert | notify | get | involve) (security | building security | our security team | the police | the authorities)`,
      '(escorted | thrown | kicked | banned | barred) (out of | off | from) (the | our | this)? (premises | store | shop | branch | building | site | platform | app | stores | shops | branches)',
      '(ban | bar) you from',
      // Marked against the customer everywhere: "flagging you across the platform", "blacklist you with our partners".
      '(flag | flagging | blacklist | blacklisting) (you | your account) (across | on | with | to | throughout)',
      // Service refused from now on: "we will no longer accept orders from you".
      '(we | i) (will | shall | are going to) (no longer | not) (be)? (serve | serving | deal with | dealing with | do business with | doing business with | accept (orders | bookings | returns) from | accepting (orders | bookings | returns) from) you',
      '(we | i) (will | shall | are going to) (also)? (take | taking) (firm | strict | serious | swift) action',
      '(is | are | would be | could be | may be | counts as | amounts to | constitutes | constitute) (considered | deemed | regarded as | treated as)? (a | an)? (criminal offence | criminal offense | offence | offense | crime | defamation | defamatory | libel | libellous | slander | slanderous | harassment | illegal)',
      // Put out, or reported to the regulator: "you will be asked to leave the hotel", "reported to MCMC".
      '(asked | required | told | made) to leave (the | our | this)? (premises | hotel | property | store | shop | branch | aircraft | plane | flight | vehicle | car | lounge | restaurant | building)',
      'no-fly list',
      '(report | reported | reporting | refer | referred | referring) (you | this | the matter | it | your (posts | post | comments | account))? (to)? (the)? (mcmc | malaysian communications and multimedia commission | communications commission)',
    ],
    onlyWithInSentence: PROVOKED_EN,
    ...AGAINST_THE_CUSTOMER_EN,
  },
  {
    // The account not named as theirs, with a condition on what the customer does: "if you keep sending abuse, the
    // account will be suspended" (not "if you would like, the account will be closed").
    lang: ['en'],
    match: [`<&(the | this) ${HOLDING_EN} (will | may | could | can | might) (also)? be (permanently | immediately | automatically)? ${PUNISHED_EN}`],
    onlyWithInSentence: `(if | should | unless) you (continue | keep | persist | carry on | do not stop | refuse | threaten | post | publish | raise | file | open | send) -(to (like | want | wish))`,
    ...AGAINST_THE_CUSTOMER_EN,
  },
  {
    // The police for a bill not paid, as in Indonesian and Malay above: "withhold payment and we will report this to the police".
    lang: ['en'],
    match: [
      '(refer | referring | report | reporting | pass | passing | hand | handing | escalate | escalating | forward | forwarding) (the matter | this | it | the case | you | your account)? (over)? to (the)? (police | authorities)',
      // Collectors and credit bureaus for a bill not paid: "unpaid accounts are referred to our debt collection agency".
      '(referred | passed | reported | sent | handed | forwarded | refer | pass | report | send | hand | forward) (over)? to (our | the | a)? (debt collection agency | debt collectors | debt collector | collections agency | collection agency | credit bureau | credit reference agencies | credit reference agency | ctos | ccris)',
      `${WE_EN} ${WE_WILL_EN} ${THEN_EN}? ${THEN_EN}? (call | contact | involve) (the police | the authorities)`,
    ],
    onlyWithInSentence: UNPAID_EN,
    ...AGAINST_THE_CUSTOMER_EN,
  },
  {
    // "We won't hesitate to", said of the police, the courts or the customer's account, is a threat whatever the
    // sentence: "pihak hotel tidak akan teragak-agak untuk membuat laporan polis", "kami tak teragak-agak nak panggil
    // polis", "we will not hesitate to report the matter to the police", "the company will not hesitate to refer such
    // content to our legal counsel".
    lang: ['id', 'ms'],
    match: `(tidak | takkan) (akan)? (ragu | ragu-ragu | segan | segan-segan | teragak-agak | sungkan) (untuk | nak | mahu)? (${NOT_HESITATING_TO_ID_MS})`,
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    lang: ['en'],
    match: [
      'not hesitate to (report | refer | pass | forward | hand) ..5 (police | authorities | legal | lawyers | solicitors | counsel | court | courts | card network | credit bureaus | regulator)',
      'not hesitate to (contact | call | involve | alert | notify) (the police | the authorities | security | our legal | our lawyers | our solicitors)',
      'not hesitate to (sue | prosecute | take legal action | ban you | block you)',
      'not hesitate to (close | suspend | terminate | ban | block) (your | the) _? (account | card | service | membership | line)',
    ],
    ...AGAINST_THE_CUSTOMER_EN,
    // A threat only with us as the subject: the customer invited to call security or the police for their own safety is
    // not ("Please don't hesitate to call security if you feel unsafe in your room").
    unlessAfter: '(not | never | no | please | you | do | feel free)',
    unlessInSentence: [...AGAINST_THE_CUSTOMER_EN.unlessInSentence, 'if you (ever)? (feel | are | become) (unsafe | in danger | threatened | at risk | worried about your safety)'],
  },
  {
    // The customer's own messages kept to be used against them: "we retain records of all your correspondence… and we
    // won't hesitate to use them".
    lang: ['en'],
    // Not records used for the customer: "we won't hesitate to use them to get your refund approved".
    match: 'not hesitate to use (them | it | this | these | those) (against you)? -((to | and) (get | help | support | prove | back | win | speed | push | secure | fight) | in your (favour | favor) | for you | on your behalf)',
    onlyWithInSentence: '(records | recordings | screenshots | evidence | correspondence | messages | chat logs | logs | transcripts)',
    ...AGAINST_THE_CUSTOMER_EN,
    unlessAfter: '(not | never | no | please | you | do | feel free)',
  },
  {
    // Legal exposure named whatever the sentence: "may expose you to legal action", "consider our legal position", "will
    // seek its full legal costs from you", "we will prosecute", "our legal team monitors social media closely", "our
    // legal department would be obliged to respond", "we will pursue every legal avenue available".
    lang: ['en'],
    match: [
      'expose (you | yourself) to (legal action | legal proceedings | a claim | claims | liability | legal liability | prosecution | civil action | a lawsuit | defamation (claims | proceedings))',
      '(consider | review | reconsider) (our | its) legal (position | options)',
      '(seek | recover | claim | pursue) (its | our | the)? (full)? legal costs from you',
      '(we | i | the council | the company | the bank) (will | shall) (also)? prosecute',
      '(our | the) (legal team | legal department | legal unit | lawyers | solicitors) (monitors | monitor | is monitoring | are monitoring | watches | watch | keeps an eye | keep an eye)',
      '(legal team | legal department | legal unit | lawyers | solicitors) would be (obliged | forced | compelled | required) to (respond | act | take action | get involved)',
      '(every | all | any) (available)? legal (avenue | avenues | remedy | remedies | option | options | means) (available)?',
    ],
    ...AGAINST_THE_CUSTOMER_EN,
  },
  {
    // Accounts punished for what the customer might do: "accounts that file chargebacks get banned permanently",
    // "accounts with disputed charges get suspended", "Further abusive posts will be reported to the platform", "be
    // blocked from this page".
    lang: ['en'],
    match: [
      `accounts (that | which | with) _? _? _? (get | are | will be | will get) (permanently | immediately | automatically)? ${PUNISHED_EN}`,
      '(reported | referred | flagged) to the platform',
      '(be | get) (blocked | banned | removed) from (this | our | the) (page | group | platform | channel | community | forum)',
    ],
    onlyWithInSentence: PROVOKED_EN,
    ...AGAINST_THE_CUSTOMER_EN,
  },
  {
    // The customer's name or account passed to the police by us: "nama Bapak akan kami teruskan ke Polresta", "akun
    // Bapak akan kami laporkan ke Polda".
    lang: ['id', 'ms'],
    match: `(nama | data | identitas | butiran | maklumat | ${ACCOUNT_ID_MS}) _? ${YOU} (akan | bisa | boleh | dapat | terpaksa)? kami (laporkan~ | teruskan~ | serahkan~ | rujuk~ | rujukkan~ | adukan~ | bawa~) (ke | kepada) pihak? (@authority | polis | pdrm | balai polis | mahkamah | peguam | pengacara | kuasa hukum)`,
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    // A debt taken to court: "kes akan dibawa ke mahkamah", for a bill not paid.
    lang: ['id', 'ms'],
    match: '(dibawa~ | bawa~ | membawa~ | diserahkan~ | serahkan~) (ke | kepada) (mahkamah | pengadilan | meja hijau)',
    onlyWithInSentence: UNPAID_ID_MS,
    ...AGAINST_THE_CUSTOMER_ID_MS,
  },
  {
    lang: ['en'],
    match: [
      'go ahead and (sue | report | complain | take us to court | call (your | a) lawyer | call the police | post | tweet | leave (a | your)? (bad | negative | 1-star | one-star)? review | (file | do | raise | open) (a | the | your)? (dispute | chargeback | lawsuit | claim))',
      // "Feel free to file, it won't go anywhere": a dare, not an offer ("feel free to file a complaint with our team").
      'feel free to (file | sue | sue us | report us | complain) &(\\, | \\. | \\!)',
      '(i | we) dare you',
      'if you dare',
      'be my guest',
      // At a sentence's start, and its last words: "Sue us then."
      '<-(_ | \\,) (post | share | tweet | sue | report | complain) (it | us | away)? then -(_ | \\?)',
    ],
    suggest: ['if you would like to raise a complaint, I can show you how'],
    replaces: 'clause',
    tail: DEFIANCE,
    messageId: 'dare',
  },
  {
    // Our lawyers or the law brought in, in English: "our lawyers will be reaching out", "Do you really want our legal
    // department involved?", "we'll see you in small claims court", "threatening our staff is a police matter".
    lang: ['en'],
    match: [
      '(our | the | my) (lawyers | lawyer | solicitors | solicitor | attorneys | attorney | legal team | legal department | legal counsel) (will | would | are going to | shall) (be)? (reaching out | contacting you | in touch | getting in touch | involved | hearing about this | taking this further)',
      '(do | would) you (really)? want (our | the) (lawyers | solicitors | legal team | legal department | police) involved',
      '(see you | meet you) in (the)? (small claims)? court',
    ],
    ...AGAINST_THE_CUSTOMER_EN,
    unlessInSentence: [...AGAINST_THE_CUSTOMER_EN.unlessInSentence, THE_LAW_BRINGS_EN],
  },
  {
    // "Threatening our staff is a police matter": the law brought in for what the customer did. Not the customer sent to
    // the police for a crime on them ("it's a police matter, give 101 a ring").
    lang: ['en'],
    match: '(is | are | becomes | would be) (now)? a (police | criminal | legal) matter',
    ...AGAINST_THE_CUSTOMER_EN,
    onlyWithInSentence: PROVOKED_EN,
  },
  {
    // A consequence spelled out without the words of a threat: "continued use of this language will lead to the chat
    // being ended and your number blocked", "we retain records of all your correspondence … and won't hesitate".
    lang: ['en'],
    match: [
      '(continued | further | any further | repeated | any more | more) _ _? _? _? _? (will | may | could | would | might) (lead to | result in) (the | your | you)? (chat | conversation | call | account | number | access | service | booking | membership | order | orders | card | policy)? (being)? (ended | closed | suspended | blocked | terminated | banned | cancelled | canceled | restricted | removed | reported | barred | refused)',
      '(we | i) (retain | keep | have kept | are keeping | will keep) (a)? (full)? (records | record | screenshots | copies | logs | a log) of (all | every)? (of)? (your)? (messages | correspondence | chats | calls | language | conversations | emails | comments | behaviour | behavior)',
    ],
    ...AGAINST_THE_CUSTOMER_EN,
    onlyWithInSentence: '(ended | closed | suspended | blocked | terminated | banned | cancelled | canceled | restricted | reported | barred | use them | hesitate | action | evidence | against you | language | abusive | abuse | threatening)',
  },
  {
    // The law, the police or collectors named with what will or may happen, whatever the words around them: "this will
    // be handed to our legal team", "the matter may be referred to the police", "we can pass the balance to a debt
    // collection agency", "you could face legal action". Not the law named for the customer's sake ("you can report it
    // to the police", "we'll send the letter the police need", "on your behalf"), nor the customer's own lawyers.
    lang: ['en'],
    match: THE_LAW_EN,
    ...AGAINST_THE_CUSTOMER_EN,
    onlyWithInSentence: '(will | may | could | would | shall | might | can)',
    unlessInSentence: [...AGAINST_THE_CUSTOMER_EN.unlessInSentence, THE_LAW_FOR_THE_CUSTOMER_EN, NOT_SENT_EN, ...THEIR_OWN_THREAT_EN, THE_LAW_BRINGS_EN],
  },
];

const threats = phraseRule(meta, FAMILIES);

export const counterThreat: Rule = {
  meta,
  check(context) {
    return threats.check(context);
  },
};
