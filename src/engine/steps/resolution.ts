import type { Span } from '../report.js';
import { sentenceAt, sentenceIndexAt, type TextDocument } from '../text/document.js';
import { mergeSpans } from '../text/spans.js';
import { tokenFamilyFinder, tokenOccurrence } from '../match/families.js';
import { tokenView } from '../match/matcher.js';
import { oneOf, oneOfWithClitics, upTo } from '../match/compose.js';

/**
 * Resolution: what we will do, or have done, and when; or an alternative we offer. The verbs are the service's own
 * (send, refund, replace, escalate, schedule, call back); counter-threats (report, block, take legal action) and
 * purpose clauses ("agar saya bisa memeriksanya", "so I can trace them") are not a resolution, and a vague verb
 * ("we'll look into it") counts only with a time or a promise to report back.
 */

// Base forms, as after "sudah kami …", "akan saya …", and in chat after the subject ("saya cek dulu", "kami hantar").
const BASE_VERBS = [
  'proses', 'proseskan', 'kirim', 'kirimkan', 'teruskan', 'ajukan', 'ganti', 'gantikan', 'tukar',
  'tukarkan', 'kembalikan', 'refund', 'refundkan', 'jadwalkan', 'jadualkan', 'hubungi', 'kabari', 'kabarkan', 'telepon',
  'telpon', 'telefon', 'perbaiki', 'baiki', 'betulkan', 'aktifkan', 'eskalasi', 'eskalasikan', 'tindaklanjuti',
  'tindak lanjuti', 'selesaikan', 'kreditkan', 'transfer', 'transferkan', 'ubah', 'update', 'perbarui', 'kemaskini',
  'reset', 'atur', 'aturkan', 'susun', 'siapkan', 'sediakan', 'cairkan', 'percepat', 'prioritaskan', 'utamakan', 'jemput',
  'ambil', 'antar', 'antarkan', 'hantar', 'hantarkan', 'panjangkan', 'pulangkan', 'bayar balik', 'uruskan',
  'urus', 'urusin', 'maklumkan', 'rujuk', 'rujukkan', 'pantau', 'laporkan', 'tangani', 'input', 'masukkan',
  'buatkan', 'kunjungi', 'follow up', 'tawarkan', 'aktifkan semula', 'pulihkan', 'tempah', 'tempahkan', 'pesankan',
  'bookingkan', 'reservasikan', 'tetapkan', 'lepaskan', 'luluskan', 'setujui', 'cetak', 'cetakkan', 'pasang', 'pasangkan',
  'instal', 'install', 'sambungkan', 'sambung', 'servis', 'isi ulang', 'isi semula', 'tambah nilai', 'buka blokir',
  'tukar ganti', 'bersihkan', 'lacak', 'jejak', 'carikan', 'reschedule', 'perpanjang', 'perpanjangkan', 'lanjutkan',
  'perbaharui', 'koreksi', 'revisi', 'pinda', 'pindahkan', 'alihkan', 'jadwalkan ulang', 'jadualkan semula',
  'tetapkan semula', 'atur ulang', 'verifikasi', 'sahkan', 'klaimkan', 'failkan', 'datangi', 'lawati', 'bereskan',
  'majukan', 'mundurkan', 'retur', 'returkan', 'bantu mohon', 'bantu memohon', 'mohonkan', 'memohonkan',
  // Posting, setting aside, marking and switching off for the customer: "sudah saya pos", "sudah kami asingkan",
  // "saya telah letakkan tanda pertikaian", "sudah saya matikan PayLater-nya", "kad telah kami bekukan".
  'pos', 'poskan', 'asingkan', 'letakkan', 'tandakan', 'matikan', 'bekukan',
  // Redoing, tidying and covering the cost: "saya dah jana semula slip gaji", "sudah kami rapikan", "biayanya kami
  // tanggung", "data tu dah saya restore", "kasus Bapak sudah saya serahkan ke tim". (Not "tambah", "naikkan", "hapus":
  // a charge, a price rise, a deleted account.)
  'jana semula', 'jana ulang', 'jalankan ulang', 'jalankan semula', 'rapikan', 'kemaskan', 'tanggung', 'restore',
  'buka semula', 'buka kembali', 'downgrade', 'upgrade', 'kecualikan', 'gugurkan', 'lampirkan',
  // The loan verbs and redoing that support agents type after "dah sy …", "udah kami …": "udah sy void", "sy dah
  // reverse caj tu", "dah rollback firmware", "sudah kami injek ulang", "sambungan sudah dinyalakan kembali", "nota
  // kredit dah sy keluarkan", "sy udah geser billing cycle".
  'void', 'reverse', 'rollback', 'roll back', 'unbar', 'unblock', 'injek', 'injek ulang', 'inject', 'geser', 'set semula',
  'set ulang', 'deploy', 'submit', 'approve', 'rerun', 're-run', 'nyalakan', 'hidupkan', 'keluarkan', 'terbitkan',
  'masak ulang', 'masak semula', 'buat semula', 'buat ulang', 'bikin ulang', 'padankan', 'naik taraf', 'whitelist',
];
// Chat Indonesian says "-in" for "-kan" and after a bare root: "kirimin", "prosesin", "aktifin", "jalanin ulang".
function withChatSuffix(verbs: readonly string[]): string[] {
  return verbs.flatMap((verb) => {
    if (verb.includes(' ')) {
      const [head, ...rest] = verb.split(' ');
      return head!.endsWith('kan') ? [verb, [`${head!.slice(0, -3)}in`, ...rest].join(' ')] : [verb];
    }
    if (verb.endsWith('kan')) return [verb, `${verb.slice(0, -3)}in`];
    if (verb.endsWith('i') || verb.endsWith('in')) return [verb];
    return [verb, `${verb}in`];
  });
}
// Done on the customer's request, but as a bare passive ("pesanan sudah dibatalkan") it is often bad news: base only.
const BASE_ONLY = [
  'batalkan', 'hentikan', 'berhentikan', 'nonaktifkan', 'nyahaktifkan', 'bantu proses', 'bantu cek', 'bantu periksa',
  'bantu semak',
  // "Sudah saya serahkan ke tim" passes the case on; "rekod kami tunjuk dah diserahkan" is a defence.
  'serahkan',
];
const ACTIVE_VERBS = [
  'memproses', 'mengirim', 'mengirimkan', 'meneruskan', 'mengajukan', 'mengganti',
  'menggantikan', 'menukar', 'menukarkan', 'mengembalikan', 'merefund', 'menjadwalkan', 'menjadualkan', 'menghubungi',
  'mengabari', 'mengabarkan', 'menelepon', 'menelpon', 'menelefon', 'memperbaiki', 'membaiki', 'membetulkan',
  'mengaktifkan', 'membatalkan', 'mengeskalasi', 'mengeskalasikan', 'menindaklanjuti', 'menyelesaikan', 'mengkreditkan',
  'mentransfer', 'mengubah', 'memperbarui', 'mengemaskini', 'mengupdate', 'mereset', 'mengatur', 'menyusun',
  'menyiapkan', 'menyediakan', 'mencairkan', 'mempercepat', 'memprioritaskan', 'mengutamakan', 'menjemput', 'mengambil',
  'mengantar', 'mengantarkan', 'menghantar', 'menghantarkan', 'memanjangkan', 'memulangkan',
  'membuat bayaran balik', 'menguruskan', 'mengurus', 'memaklumkan', 'merujuk', 'memantau',
  'melaporkan', 'menangani', 'menawarkan', 'menginput', 'memasukkan', 'membuatkan', 'mengunjungi', 'datang', 'tiba',
  'memberi kabar', 'memberikan kabar', 'memulihkan', 'menempah', 'menempahkan', 'memesankan', 'menetapkan',
  'meluluskan', 'menyetujui', 'mencetak', 'mencetakkan', 'memasang', 'memasangkan', 'menginstal', 'menyambungkan',
  'menyambung', 'menservis', 'membuka blokir', 'membersihkan', 'melacak', 'menjejak', 'mencarikan', 'menghentikan',
  'menonaktifkan', 'memperpanjang', 'memperpanjangkan', 'melanjutkan', 'memperbaharui', 'mengoreksi', 'merevisi',
  'meminda', 'memindahkan', 'mengalihkan', 'memverifikasi', 'mengesahkan', 'mengklaimkan', 'memfailkan', 'mendatangi',
  'melawat', 'membereskan', 'memajukan', 'memundurkan',
  'menjana semula', 'menjalankan ulang', 'merapikan', 'menanggung', 'menyerahkan', 'membuka semula', 'membuka kembali',
  'mengecualikan', 'menggugurkan', 'melampirkan',
  'menyalakan', 'menghidupkan', 'mengeluarkan', 'menerbitkan', 'menggeser', 'memadankan', 'menaik taraf',
];
// Vague on their own: they count with a time, or with a promise to report back.
// Looking into something, and checking: a step towards a resolution, which counts only with a time or a promise to
// report back ("akan saya cek dan kabari besok"). "Sudah saya cek" alone tells what was looked at, not what is done.
const WEAK_VERBS_ID_MS = [
  'telusuri', 'menelusuri', 'selidiki', 'menyelidiki', 'tinjau', 'meninjau', 'investigasi', 'menginvestigasi',
  'pelajari', 'mempelajari', 'siasat', 'menyiasat', 'usahakan', 'mengusahakan', 'lihat', 'melihat',
  'cek', 'periksa', 'semak', 'mengecek', 'memeriksa', 'menyemak',
];

const VERB_EN = [
  'process', 'processed', 'send', 'sent', 'resend', 'resent', 'reship', 'reshipped', 'ship', 'shipped', 'dispatch',
  'dispatched', 'refund', 'refunded', 'replace', 'replaced', 'exchange', 'exchanged', 'escalate', 'escalated', 'book',
  'booked', 'schedule', 'scheduled', 'arrange', 'arranged', 'credit', 'credited', 'issue', 'issued', 'submit',
  'submitted', 'flag', 'flagged', 'forward', 'forwarded', 'pass (this | it | your | that)', 'passed',
  'call', 'called', 'ring', 'phone', 'contact', 'contacted', 'email', 'emailed', 'text', 'reach out', 'reached out',
  'get back to you', 'get back in touch', 'come back to you', 'follow up', 'followed up', 'update', 'updated', 'fix',
  'fixed', 'repair', 'repaired', 'reset', 'cancel', 'cancelled', 'canceled', 'reverse', 'reversed', 'restore',
  'restored', 'reactivate', 'reactivated', 'activate', 'activated', 'expedite', 'expedited', 'prioritise', 'prioritize',
  'prioritised', 'prioritized', 'correct', 'corrected', 'change', 'changed', 'switch', 'switched', 'apply', 'applied', 'remove',
  'removed', 'sort (it | this | that | out)', 'sorted', 'resolve', 'resolved', 'collect', 'collected', 'pick (it | them)? up',
  'picked (it | them)? up', 'visit', 'deliver', 'delivered', 'offer', 'offered', 'approve',
  'approved', 'transfer', 'transferred', 'release', 'released', 'unblock', 'unblocked', 'unlock', 'unlocked',
  'reimburse', 'reimbursed', 'compensate', 'courier', 'top up', 'topped up', 'print', 'printed', 'reprint', 'reprinted',
  'install', 'installed', 'reinstall', 'reinstalled', 'reconnect', 'reconnected', 'redeliver', 'redelivered', 'rebook',
  'rebooked', 'reschedule', 'rescheduled', 're-enter', 're-entered', 'reenter', 'reentered', 'resubmit', 'resubmitted',
  'reprocess', 'reprocessed', 'recharge', 'recharged', 'trace', 'traced', 'track down', 'tracked down', 'chase',
  'chased', 'chase up', 'service', 'serviced', 'clean', 'cleaned', 'return', 'returned', 'stop', 'stopped',
  'unsubscribe', 'unsubscribed', 'deactivate', 'deactivated', 'extend', 'extended', 'renew', 'renewed', 'move',
  'moved', 'amend', 'amended', 'adjust', 'adjusted', 'verify', 'verified', 'confirm your', 'confirmed your', 'honour', 'honor',
  'honoured', 'honored', 'price-match', 'match the price', 'send (it | them | one)? over',
  // "I've frozen your card", "I've set one up", "I've re-sent", "we've waived the fee", "I've blocked the card".
  'freeze', 'froze', 'frozen', 'set (it | one | this | that | them | you)? up', 're-sent', 're-send', 'waive', 'waived',
  'block (the | your) card', 'blocked (the | your) card', 'mark', 'marked', 'attach', 'attached', 'post', 'posted',
  'add', 'added', 'raise', 'raised',
  // Filing and lodging for the customer, holding a plan, giving the fix: "I've filed it now, reference D-77120", "I've
  // lodged a claim", "I've put yours on hold for two months", "I'll give you a refund".
  'file', 'filed', 'lodge', 'lodged', 'put (it | yours | them | your _ | the _) on hold', 'give you (a | an | the)? (full)? (refund | replacement | credit | new one)',
  // Redoing and tidying: "I've swapped your bowl", "re-issued your refund", "re-run your payroll", "remapped", "deleted
  // the duplicates" (but not "delete your account"), "reopened it", "patched it", "regenerated the payslips", "downgraded your plan".
  'swap', 'swapped', 'reissue', 'reissued', 're-issue', 're-issued', 'rerun', 're-run', 'remap', 'remapped',
  'delete the', 'deleted the', 'reopen', 'reopened', 're-opened', 'patch', 'patched', 'regenerate', 'regenerated',
  'downgrade', 'downgraded', 'upgrade', 'upgraded', 'cover the', 'covered the', 'message you', 'reply (here | to you)? by',
  'sending', 'processing', 'arranging', 'refunding', 'replacing', 'escalating', 'transferring you', 'connecting you',
  'put you through', 'putting you through', 'connect you',
  // Undoing what went wrong on our side: "I've lifted the suspension", "whitelisted your account", "cleared it and
  // regenerated…", "recreated all 14 forwarders", "reduced the subscription to 9 seats", "rolled it back", "voided the
  // duplicate", "backdated the plan", "deployed a fix".
  'lift', 'lifted', 'whitelist', 'whitelisted', 'cleared', 'clear (the | your | it | them | that | this)', 'recreate',
  'recreated', 'reduce', 'reduced', 'roll back', 'rolled back', 'rolled (it | this | that | them) back', 'void',
  'voided', 'backdate', 'backdated', 'deploy', 'deployed', 'push (a | the) fix', 'pushed (a | the) fix', 'unbar',
  'unbarred', 'rebuild', 'rebuilt', 'resync', 'resynced', 're-sync', 're-synced',
  '(open | opened | log | logged | lodge | lodged | file | filed | create | created | raise | raised) (a | an | the | your) _? (ticket | case | claim | investigation | request | complaint | report)',
  // Undoing, said with a particle: "I've paid the RM50 into your account", "I've put it back to the default", "I've set
  // your limit back to RM5,000", "I've turned the alerts back on", "I've taken the charge off your bill".
  '(pay | paid) _? _? _? (back | into)', 'put (it | them | that | this | those | your _ | the _ | _)? back',
  'set (it | them | that | this | your _ | the _ | _)? back', '(turn | turned) (it | them | that | this | your _ | the _ | _)? back on',
  // Money taken off, never a thing: not "I took the phone off the charger", "taken a note off your account".
  '(take | took | taken | knock | knocked) (the | that | this | your)? _? (charge | charges | fee | fees | amount | penalty | penalties | fine | fines | interest | surcharge | cost | costs) off (your | the)',
  '(take | took | taken | knock | knocked) @amount off (your | the)',
  '(drop | dropped | wipe | wiped) (the | your | that | this)? _? (fee | fees | charge | charges | penalty | fine | interest | debt)',
  'have (it | the | a | an | your | this | that | one | them) _? _? _? (sent | replaced | fixed | delivered | collected | picked up | called | checked | refunded | processed | reshipped | couriered)',
];
// Putting back what was lost or stopped, on what is the customer's: "I've reinstated your booking", "I've increased
// your limit", "I've re-enabled auto-pay", "I've overridden the block", "merged your points", "put a new card in the
// post", "topped your balance up", "I've taken care of it". Not a price rise ("we will increase your monthly fee",
// "increase your premium": the lexicon's @price), "we've increased our prices", "enabled two-factor for everyone", nor a mistake regretted
// ("we've merged your old tickets by mistake": RESTORING_BY_MISTAKE).
const RESTORING_EN = [
  'reinstate', 'reinstated', '(increase | increased) (your | it | that | this | the limit) -(@price)', '(enable | enabled) (your | it | that | this | the limit)',
  're-enable', 're-enabled', 'reenable', 'reenabled', 'override', 'overrode', 'overridden', '(merge | merged) (your | the two | both)',
  'put (a | the | your) _? _? in the (post | mail)', '(top | topped) (it | your _ | the _ | _) up', 'taken care of (it | this | that | everything)',
];
// Given by us, not by someone else: "We've given you a new login link" (not "The courier has given you a new tracking number").
const GIVEN_YOU_EN = 'given you (a | an | the)? (new | replacement | fresh | full | second)';
const RESTORING_BY_MISTAKE = '(by mistake | mistakenly | accidentally | by accident | in error | wrongly | erroneously)';
// A second verb of ours in the sentence, its auxiliary said again: "I checked the logs and have re-sent it".
const OUR_SECOND_VERB_EN = '(i | we) ..8 (and | then) (then | also | now)? (will | have | has | shall | can | also) (also | now | then | just)?';
const RESTORING_OR_GIVEN_EN = oneOf([...RESTORING_EN, GIVEN_YOU_EN]);
const WEAK_VERB_EN = ['check', 'look into', 'looking into', 'investigate', 'investigating', 'review', 'reviewing', 'look at', 'take care of', 'handle', 'see what (i | we) can do', 'do (my | our) best', 'try'];
const WEEKDAY_EN = 'monday | tuesday | wednesday | thursday | friday | saturday | sunday | mon | tue | tues | wed | thu | thur | thurs | fri | sat | sun';
const PARTICIPLE_EN = [
  'processed', 'refunded', 'sent', 'resent', 'shipped', 'reshipped', 'dispatched', 'credited', 'escalated', 'approved',
  'scheduled', 'booked', 'replaced', 'fixed', 'restored', 'resolved', 'reactivated', 'submitted', 'forwarded', 'arranged',
  'issued', 'reversed', 'expedited', 'prioritised', 'prioritized', 'corrected', 'updated', 'collected', 'picked up',
  'reset', 'unblocked', 'transferred', 'released', 'repaired', 'reimbursed', 'passed on', 'raised', 'logged', 'assigned',
  'unlocked', 'activated', 'enabled', 'reconnected', 'rebooked', 'rescheduled', 'renewed', 'extended', 'amended',
  'swapped', 'reissued', 're-issued', 'waived', 'deleted', 'reopened', 'patched', 'regenerated', 'downgraded', 'upgraded',
  'lifted', 'whitelisted', 'cleared', 'recreated', 'reduced', 'rolled back', 'voided', 'backdated', 'deployed', 'unbarred',
  'posted', 'couriered', 'emailed',
];
// Done, told as a headline with its time: "Rolled back at 10:41", "New SIM posted today", "Engineer booked for Fri 14
// June", "Your order ships today via J&T", "A new vase ships tomorrow".
const WHEN_DONE =
  `(today | tomorrow | tonight | this (morning | afternoon | evening) | earlier today | just now | at (@figure | @clock-time) | for (${WEEKDAY_EN}) | on (${WEEKDAY_EN}))`;

// Who does it: us, or our people ("teknisi kami", "our courier", "beliau", "my supervisor, who will…").
const OUR_PEOPLE_ID_MS =
  '(tim | teknisi | teknisyen | kurir | petugas | supervisor | atasan | manajer | rekan | bagian | divisi | juruteknik | penyelia | pengurus | pasukan | jabatan | kurier | pegawai | staf | agen | tukang | montir | engineer | pihak) (_? (kami | saya))?';
const OUR_PEOPLE_EN =
  '(our | my | the | a | one of our) _? (team | technician | technicians | courier | engineer | engineers | supervisor | manager | colleague | specialist | specialists | agent | rider | driver | department | staff | crew | partner | store | branch)';
const AUX_ID_MS =
  '(akan | sudah | telah | segera | langsung | sedang | juga | pasti | tentu | siap | bersedia | sudi | coba | mencoba | nanti | lalu | kemudian | baru | barusan | sekarang | ingin | mau | hendak | nak | terus | pun | tetap | sempat | insyaallah | dengan senang hati | hari ini | besok | esok | sendiri | berbaik hati | bermurah hati | bertimbang rasa | bersetuju | setuju | rela | dah)';
const ABLE_ID_MS = '(bisa | dapat | boleh | mampu)';
const NOT_PAST_AUX_ID_MS =
  '(akan | segera | langsung | sedang | juga | pasti | tentu | siap | bersedia | coba | mencoba | nanti | lalu | kemudian | sekarang | ingin | mau | hendak | nak | terus | pun | tetap | insyaallah | hari ini | besok | esok | sendiri)';
const AUX_EN =
  '(will | would | shall | have | has | had | am | are | is | be | been | going | to | just | already | now | also | personally | immediately | gladly | happily | right | then | happy | glad | like | gone | went | ahead | and | still | definitely | certainly | quickly | first | today | tomorrow | actually | need | must | should | do | did | kindly | agreed | decided | myself | ourselves)';
const ABLE_EN = '(can | could | may | might | able)';
const WE_ID_MS = '(saya | kami | aku | kita)';

// Whom a case is passed to.
const HANDOVER = '(ke | kepada) (tim | bagian | divisi | supervisor | atasan | manajer | pihak | jabatan | pasukan | penyelia | pengurus | unit | departemen)';

const WEEKDAY = 'senin | selasa | rabu | kamis | jumat | sabtu | isnin | khamis | ahad | monday | tuesday | wednesday | thursday | friday | saturday | sunday';
// Time and deadline words: they turn a vague verb into a commitment.
const TIME = [
  'hari ini', 'besok', 'esok', 'lusa', 'minggu ini', 'minggu depan', 'pagi ini', 'sore ini', 'petang ini', 'malam ini',
  'today', 'tomorrow', 'tonight', 'this (morning | afternoon | evening | week)', `by the? (end | close | eod | noon | @figure | ${WEEKDAY})`,
  'within', 'before', 'dalam (waktu | masa | tempoh)? _ (jam | hari | menit | minit | minggu)', 'paling (lambat | lewat)',
  'selambat-lambatnya', 'maksimal', 'maksimum', 'sebelum (jam | pukul)', 'pukul', 'jam @figure', '(1x24 | 2x24 | 3x24 | 7x24)',
  'secepatnya', 'segera', 'sekarang', 'right away', 'straight away', 'immediately', 'asap', 'as soon as possible',
  '@figure (jam | hari | menit | minit | hour | hours | day | days | minute | minutes | working | business)', '@clock-time', '@figure (am | pm)',
  `(${WEEKDAY})`,
];
const REPORT_BACK = [
  'kabari', 'kabarkan', 'mengabari', 'hubungi', 'menghubungi', 'maklumkan', 'memaklumkan', 'beri kabar', 'memberi kabar',
  'get back to you', 'update you', 'let you know', 'report back', 'come back to you', 'call you', 'email you', 'contact you',
  'message you', 'text you', 'reply here', 'write back',
  'update (cik | encik | puan | tuan | kak | kakak | bapak | ibu | pak | bu | mas | mbak)', 'kabarin', 'infokan', 'informasikan',
];

// What we may do against the customer's account, said by us in either order ("akaun encik akan kami gantung", "kami akan
// hapus akun Anda"): a threat or a sanction, never the fix.
const AGAINST_THE_CUSTOMER = ['suspend', 'tamatkan', 'tutup', 'blacklist', 'senaraihitamkan', 'putuskan', 'putus', 'nonaktifkan', 'nyahaktifkan', 'bekukan', 'sekat', 'blokir', 'gantung', 'hapus', 'padam', 'delete'];

// One word of the same clause: not a comma, nor "but", "tapi", "and" that start the next.
const IN_THE_CLAUSE = '-(but | tapi | tetapi | namun | cuma | and | dan | serta | so | jadi) _';
// Threats dressed in service verbs ("kami akan melaporkan Ibu ke polisi", "we'll take legal action"), and no commitment.
const NOT_A_RESOLUTION = [
  // "Polis" is the police in Malay but an insurance policy in Indonesian: only a report to them counts.
  '(lapor | laporan | laporkan | melaporkan | melapor | ke | kepada | pihak | report) _? (polisi | polis) -(asuransi | insurans | anda | bapak | ibu | kakak | encik | puan | tuan | cik | saya | kami)',
  '(police | berwajib | ugut | ugutan | mengugut | ancam | mengancam | threaten | threatening | tindakan (hukum | undang-undang | tegas | lanjut) | hukum | undang-undang | pengacara | lawyer | peguam | pengadilan | mahkamah | court | somasi | saman | legal | sue | pencemaran | defamation | menuntut | terminate | report you)',
  // Blocking the customer, not a stolen card: "memblokir akun Ibu", "akaun puan akan disekat", "ban your account".
  '(blokir | memblokir | diblokir | sekat | menyekat | disekat | ban | banned | block | blocked | suspend | suspended | blacklist | senarai hitam) _? _? (akun~ | akaun~ | account | you | anda | nombor~ | nomor~)',
  '(akun | akaun | account) _? _? _? (diblokir | disekat | blocked | banned | suspended | (kami | saya) (blokir | sekat))',
  // The same, told object first: "akaun Grab encik akan kami tamatkan", "domain Bapak akan kami blacklist", "talian encik
  // akan kami tamatkan".
  `(akun~ | akaun~ | account | talian~ | domain~ | tiket~ | ticket) ..4 (kami | saya) (akan | terus | segera)? ${oneOf(AGAINST_THE_CUSTOMER)}`,
  // Handed to the police, a court or debt collectors, or prosecuted: "kasusnya dapat kami laporkan ke kepolisian", "bisa
  // kami laporkan balik dan dipidanakan", "akan kami proses sesuai UU ITE", "diserahkan kepada agensi kutipan hutang",
  // "report your account for abuse", "record the matter on the industry fraud database".
  '((kami | saya) ..2 (laporkan~ | melaporkan | laporin | serahkan~ | menyerahkan | bawa~ | membawa) | dilaporkan~ | diserahkan~ | dibawa~) ..3 (kepolisian | pihak berwajib | aparat)',
  '(pidana | dipidanakan | pidanakan | dipolisikan | polisikan | (uu | undang-undang) ite | agensi kutipan | agensi pemungut | debt collector | debt collectors | debt collection | for abuse | fraud database | fraud register)',
  // The customer's own number, not a scammer's ("nomor itu sudah kami blokir" is the fix): "nomor Bapak akan kami blokir".
  `(nomor~ | nombor~ | number) (bapak | ibu | kakak | kak | encik | puan | tuan | cik | anda | awak | you) ..3 (kami | saya) ${oneOf(AGAINST_THE_CUSTOMER)}`,
  // The customer's account or content reported: "akun Kakak akan dilaporkan", "data Kakak akan kami laporkan", "chat ini
  // sy tutup dan akun kakak kami laporin".
  '(akun~ | akaun~ | data~ | konten~ | kandungan~ | identiti~ | identitas~ | account | details | content) ..4 (laporkan~ | dilaporkan~ | laporin | dilaporin | report | reported)',
  // What we do as a rule, not for this customer: "each replacement we send costs us…", "every international wire we send
  // goes through…", "kalau setiap klaim kecil kami kirim…". (Not "biasanya kami tak hantar…, tapi kali ni kami hantar".)
  '(every | each | setiap | tiap) _? _? _? (we | i | kami | kita | saya) (send | ship | process | refund | replace | kirim~ | hantar~ | ganti | tukar | proses)',
  // "…akan diproses apabila ada staf yang free": no commitment at all.
  '(apabila | bila | bilamana | ketika | kalau | jika | when | once | whenever) _? _? _? _? (free | available | senggang | lapang | kosong | sempat | ada masa | ada waktu | tidak sibuk | not busy)',
  // When it happens, not known: "Bila refund tu akan masuk sy pun x pasti", "Pasal bila dasar ni akan ditukar balik,
  // saya pun tak pasti".
  `(bila | kapan | bilakah) ${upTo(7, IN_THE_CLAUSE)} ,? (saya | kami) (pun | juga | sendiri)? (tidak | belum) (pasti | tahu)`,
  // In the queue's turn, with no time: "akan ditangani sesuai antrean", "akan diproses mengikut giliran", "kami akan
  // sampai bila tiba giliran tuan", "which will be completed in due course", "should come through at some point".
  '(sesuai | mengikut | ikut | menurut | berdasarkan | berikut) (antrean | antrian | giliran | urutan | nombor giliran | nomor antrean | nomor antrian)',
  '(bila | apabila | ketika | saat | when) (tiba | sampai) giliran',
  '(dalam | ke dalam) giliran',
  '(in due course | at some point | in turn | when it is (your | their) turn)',
  // A rule applied to everyone, in defence of a charge: "We apply this rule to all customers equally", "we have to apply
  // them equally to everyone". (A credit applied to every invoice is a fix.)
  '(apply | applies | applied) ..5 (equally | (to | for) (everyone | everybody | (all | every | each) (our)? (customer | customers | client | clients | member | members | passenger | passengers | guest | guests | user | users | subscriber | subscribers | buyer | buyers)))',
  // What we already told, pointed to as a record: "ini sudah dimaklumkan dalam emel kami 2 kali", "dah dimaklumkan
  // dalam emel 60 hari sebelum", "As stated in the letter, the email and the SMS we sent you".
  '(sudah | telah | dah | pernah) pun? (dimaklumkan | diberitahu | diberitahukan | diumumkan | diinformasikan | dimaklumi) (dalam | di | melalui | lewat | via | pada | sebelum | sejak | berkali-kali)',
  'as (stated | mentioned | explained | noted | outlined | set out | advised) clearly? in',
  // A notice sent before the trouble, as a record: "notis telah dihantar melalui emel dan app pada Disember", "Notifikasi
  // emel telah dihantar sebanyak 5 kali", "the e-bill for March was sent on the 1st".
  '(notis | notifikasi | pemberitahuan | pengumuman | peringatan | notice | notices | notification | notifications | announcement | reminder | reminders | e-bill | ebill) ..6 (telah | sudah | dah | pernah | was | were | had been | has been | have been) pun? (dihantar | dikirim | dikirimkan | dikeluarkan | dipasang | sent | emailed | posted | issued | published)',
  // Taking note: "kami ambil maklum aduan puan" ("ambil" is no action here), unless an action follows in the next clause.
  '(ambil | mengambil) maklum -(..5 (dan | serta | tetapi | tapi | namun | and | but))',
];
// Another party's failure told with the same verbs: "kurir sudah mengirim ke alamat yang salah".
const BLAME = '(salah | keliru | lalai | hilang | terlambat | telat | gagal | wrong | mistake | fault | lost | late | failed | error)';

// Not knowing when it will happen: "no idea when they'll fix it", "I couldn't tell you when it'll be back up", "saya tak
// pasti bila juruteknik boleh datang", "tidak dapat memastikan bila ia akan dihantar", "kami tidak memiliki informasi
// terkait kapan…". What follows the "when" is no promise. (Not knowing why, or whether, comes before the promise
// often: "I don't know yet why, but I'll email you by noon".)
const UNKNOWN_WHEN =
  '(no idea | (not | never) sure | unsure | (cannot | could not | can not) really? (tell | say) you? | do not know | (tidak | belum) (pasti | tahu | (dapat | bisa | boleh) (memastikan | pastikan) | (memiliki | mempunyai | ada) (informasi | maklumat)) (lagi | pasti)? (terkait | tentang | berkenaan | mengenai)?) (exactly | yet)? (when | bila | kapan | bilakah | bilamana) ' +
  upTo(6, IN_THE_CLAUSE);
const NOT = [
  'tidak', 'tak', 'belum', 'bukan', 'jangan', 'never', 'not', 'no', 'cannot', 'unable', 'tanpa', 'yang', 'tidak mungkin',
  'mana mungkin', 'mustahil', 'mana boleh', 'impossible',
  // "There's nothing more we can offer", "it's not something we can refund", "tidak ada yang perlu kami perbaiki".
  'nothing (more | further | else)? that?', 'not something', 'yang (perlu | harus | mesti | patut)',
];
// "Agar saya bisa memeriksanya", "untuk kami proses", "kalau kami kirim…": a purpose or a condition, not a promise.
// "Sebelum sy proses…", "before we send anything": a step that waits.
// "If we waived it…", "sekiranya kami kecualikan caj…": a condition on what we do, not a promise.
const PURPOSE = [
  'agar', 'supaya', 'sehingga', 'untuk', 'bagi', 'jika', 'kalau', 'pastikan', 'memastikan', 'order to', 'to help', 'sebelum',
  'before', 'until', 'unless', 'kecuali', 'if', 'sekiranya', 'seandainya', 'andai', 'andaikata',
];
// What we would have to do if we did it for one: "if we waived it for you we'd have to waive it for everyone", "if we
// did it for one person we'd have to…". An argument, not a promise.
const WHAT_WE_WOULD_DO = [
  '(if | sekiranya | seandainya | andai | kalau | jika) (we | i | kami | saya | kita) ..8 (we | i | kami | saya | kita) (would | akan terpaksa | terpaksa)',
  // Wished for, not done: "I wish I could give you a refund for this one".
  '(wish | if only) (i | we) (could | were able)',
  // A hold that is no fix: one we apologise for ("I'm sorry I put the call on hold for so long"), or one put on the
  // customer's account for a payment that failed ("we put your account on hold because the last payment failed").
  '(sorry | apologise | apologize | apologies) ..6 put ..4 on hold',
  'put ..4 on hold ..8 (because | due to | as) ..6 (failed | declined | bounced | missed | overdue | unpaid | gagal | tertunggak)',
  // A detail asked for first: "I'll need the order number first and then can refund it".
  '(i | we) (will | would | shall)? (need | require) (the | your | a | an) _ _? _? first',
];
// "So I can trace them", "so that we can check": English purpose, only before "can" ("so I'll send it" is a promise).
// What we see the customer did, told before our own verb: "I can see you placed the order and have cancelled it since".
const SEEN_THE_CUSTOMER_DO =
  '(see | saw | seen | understand | notice | noticed | know | lihat | liat | melihat | nampak | faham | paham | tahu | perasan) (that | bahawa | bahwa | yang)? (you | anda | @address)';
const NOT_FOR_A_PURPOSE = '<-(so | that | to | if | order to)';
// "We sent it to the address on file, so it's not our fault": a defence, not a fix.
const DEFENCE = [
  '(not | bukan) ((our | my) (fault | problem | responsibility | mistake) | salah kami | salah saya | kesalahan kami | kesilapan kami)',
  // The original shipment told in our defence: "dari toko udah kirim tepat waktu", "dari pihak kedai kami dah pos",
  // "I can confirm we shipped it on the 3rd".
  '(dari | daripada) (pihak | toko | kedai | gudang | sini | kami) _? _? ..4 (sudah | telah) (saya | kami)? (kirim~ | pos | poskan | hantar~ | packing | dikirim~ | dihantar~ | dipos)',
  '(confirm | records show | system shows | as you can see) (that)? (we | our (store | warehouse | team)) (shipped | sent | dispatched | delivered | posted)',
  // Our side named, or the sending insisted on: "dari sisi toko kita udah kirim", "memang kami hantar", "we did dispatch".
  '(dari | daripada) sisi (toko | kedai | kami | gudang | penjual | seller) ..4 (sudah | telah) (saya | kami)? (kirim~ | pos | poskan | hantar~ | dikirim~ | dihantar~ | dipos)',
  '(memang | sememangnya | betul) (saya | kami | kita) (sudah | telah)? (kirim~ | pos | poskan | hantar~)',
  '(we | i) (did | definitely | really) (ship | send | dispatch | post | deliver)',
];
// Customers as a group suspected ("banyak pembeli yg ngaku paket kosong", "we've had a lot of folks claiming missing
// items", "ramai pelanggan cuba…"), and a counter-threat against a false claim ("kalau cik teruskan buat tuduhan palsu…
// kami akan laporkan"): the verbs there are no fix.
const SUSPICION = [
  '(banyak | ramai | a lot of | lots of | many | plenty of) (pembeli | pelanggan | customer | customers | folks | people | orang | buyers) ..4 (ngaku | mengaku | claim | claims | claiming | klaim | mengklaim | cuba | coba | try | trying | pretend)',
  '(tuduhan | komplain | aduan | klaim | review | ulasan | laporan) (palsu | fitnah)',
  '(false | fake) (claim | claims | accusation | accusations | review | reviews | report)',
];

// What each kind of phrase must not come with.
const WE_DO = { unlessAfter: [...NOT, ...PURPOSE, UNKNOWN_WHEN], afterWindow: 0, unlessInSentence: [...NOT_A_RESOLUTION, ...DEFENCE, ...SUSPICION, ...WHAT_WE_WOULD_DO] };
const THEY_DO = { unlessAfter: [...NOT, UNKNOWN_WHEN], afterWindow: 0, unlessInSentence: [...NOT_A_RESOLUTION, BLAME, ...SUSPICION] };
// "Mohon segera dikirim fotonya" asks the customer to act.
const REQUEST = ['mohon', 'tolong', 'harap', 'sila', 'silakan', 'please', 'kindly'];
const IT_IS_DONE = { unlessAfter: [...NOT, ...REQUEST, 'you', 'if', UNKNOWN_WHEN], afterWindow: 0, unlessInSentence: [...NOT_A_RESOLUTION, ...SUSPICION, 'yang salah', 'wrong'] };

/** The verbs with "di-" in front, written together or apart: "diproses", "di proses", "dikirim ulang". */
function passive(verbs: readonly string[]): string {
  return `(${verbs.map((verb) => `di${verb}~`).join(' | ')} | di ${oneOfWithClitics(verbs)})`;
}

// After "sudah kami …": looking, hearing, knowing, saying, asking, noting, disciplining and weighing are no action on
// the customer's matter; a pronoun, a particle or a negation there is no verb.
const NOT_AN_ACTION_ID_MS = [
  ...WEAK_VERBS_ID_MS, 'terima', 'menerima', 'dapat', 'dapatkan', 'dengar', 'mendengar', 'baca', 'membaca', 'tengok', 'liat',
  'tahu', 'ketahui', 'faham', 'fahami', 'paham', 'pahami', 'mengerti', 'sadari', 'sedari', 'jelaskan', 'terangkan',
  'sampaikan', 'informasikan', 'infokan', 'bilang', 'bilangin', 'katakan', 'cakap', 'sebut', 'sebutkan', 'beritahu',
  'bagitahu', 'bagitau', 'tanya', 'tanyakan', 'catat', 'mencatat', 'simpan', 'rekam', 'ingatkan', 'tegur', 'omelin',
  'marahi', 'peringatkan', 'pecat', 'laporkan', 'laporin', 'anggap', 'pertimbangkan', 'diskusikan', 'bincangkan', 'coba',
  'cuba', 'kira', 'pikir', 'fikir', 'duga', 'sangka', 'konfirmasi', 'tunggu', 'menunggu', 'minta maaf', 'mohon maaf',
  'sesalkan', 'menyesal', 'usahakan', 'jawab', 'balas', 'kasih tahu', 'lakukan', 'buat', 'bikin', 'tegaskan',
  // Done before the trouble, or told in our defence: "udah kami packing", "udah kami foto", "info ini udah kami tulis",
  // "sudah kami umumkan", "barang cik dah kami serah", "kos ini telah kami bayar", "sudah kami tolak".
  'foto', 'fotoin', 'packing', 'pack', 'jual', 'tulis', 'tuliskan', 'jelasin', 'rekod', 'screenshot', 'tolak', 'umumkan',
  'pajang', 'pin', 'tempel', 'review', 'serah', 'bayar',
  'saya', 'kami', 'kita', 'aku', 'anda', 'ya', 'ye', 'kok', 'lah', 'kan', 'pun', 'tidak', 'tak', 'belum', 'bukan',
  'yang', 'dan', 'untuk', 'dengan', 'di', 'ke', 'dari', 'bahwa', 'bahawa', 'sendiri', 'lagi', 'juga', 'sekali',
];
const NOT_A_VERB_AFTER_US = ['berusaha', 'lama', 'sangat', 'terlalu', 'menjadi', 'jadi', 'ada', 'punya', 'mempunyai', 'pernah', 'berkali-kali', 'beberapa', 'banyak', 'mencoba', 'berupaya', 'mengikuti', 'ikut', 'sesuai', 'memberitahu', 'menjelaskan', 'menerangkan', 'menerima', 'mendapat', 'mendapatkan', 'melihat', 'membaca', 'mendengar', 'memahami', 'mengerti', 'tahu', 'cuba', 'coba', 'bagi tahu', 'maklum', 'sedia', 'siap', 'senang', 'gembira', 'berbincang', 'berjumpa', 'bercakap', 'bertanya', 'menanyakan', 'menghubungi', 'mengikut', 'melakukan', 'buat', 'membuat', 'lakukan', 'bantu', 'membantu', 'tolong', 'menolong', 'minta', 'meminta', 'mohon', 'memohon', 'pastikan', 'memastikan', 'hantar', 'kirim', 'pos', 'mengirim', 'menghantar', 'mengirimkan', 'menghantarkan', 'cek', 'semak', 'periksa', 'memeriksa', 'menyemak', 'mengecek', 'teliti', 'meneliti', 'tegur', 'menegur', 'laporkan', 'melaporkan', 'report',
  'check', 'lakuin', 'sering', 'nilai', 'udah', 'sudah', 'cukup', 'koordinasi', 'sertakan', 'marah', 'kira', 'kirakan',
  'log', 'bawa', 'adukan', 'lapor', 'terkunci', 'tarik', 'upload', 'naik',
  'jalan', 'bagi', 'share', 'kasih', 'biasa', 'selalu', 'terima', 'dapat',
  // A price raised or an account deleted is no fix: "Kami akan naikkan harga", "Kami akan hapus akun Anda".
  'naikkan', ...AGAINST_THE_CUSTOMER];
const ALL_ID_MS_VERBS = oneOfWithClitics([...ACTIVE_VERBS, ...withChatSuffix(BASE_VERBS), ...BASE_ONLY]);
// "Tidak akan kami nonaktifkan", "agar dapat kami proses", "yang sudah saya atur": the subject after a negation, a
// purpose or "yang", with its auxiliaries, is no promise.
// ("Kalau mau, saya bisa bantu proses" is an offer: after a purpose, only "dapat", "bisa", "boleh" may stand between.)
const NOT_AFTER_A_NEGATION = `<-(${oneOf(NOT)} ${upTo(2, `(${AUX_ID_MS} | ${ABLE_ID_MS})`)} | ${oneOf(PURPOSE)} ${ABLE_ID_MS}?)`;

// What "we did" that is no fix: a colleague disciplined ("Petugas tsb sudah kami beri teguran").
const DISCIPLINED = '(teguran | peringatan | sanksi | sangsi | warning | surat peringatan | tindakan disiplin)';
const NOT_OURS_TO_DO = [...WE_DO.unlessInSentence, DISCIPLINED];
const findPhrases = tokenFamilyFinder([
  // Object focus: "sudah kami proses", "akan saya cek", "telah saya panjangkan", "sudah langsung saya aktifkan".
  {
    match: `(sudah | telah | akan | segera | langsung | baru | barusan | sedang | pasti | nanti | kemudian | lalu | terus | pun | juga | sempat | bisa | dapat | boleh) (langsung | segera | juga | pun | sudah | akan | telah | terus | baru)? ${WE_ID_MS} (bantu | coba | segera | langsung)? ${oneOfWithClitics([...withChatSuffix(BASE_VERBS), ...BASE_ONLY])}`,
    ...WE_DO,
  },
  // Object focus with any verb: what comes after "sudah kami", "telah saya", "akan kami" is an action of ours on the
  // customer's matter, whatever the verb ("notifikasi kedua sudah kami hapus", "limit Bapak sudah kami naikkan", "nomor
  // itu sudah kami blokir", "sudah sy daftarkan"), unless it tells what we looked at, heard or said, or a colleague
  // disciplined ("sudah saya cek", "sudah kami terima", "sudah saya jelaskan", "udah sy tegur").
  {
    match: `(sudah | telah | akan) (langsung | segera | juga | pun)? ${WE_ID_MS} (langsung | segera | juga)? -(${oneOf(NOT_AN_ACTION_ID_MS)}) _`,
    ...WE_DO,
    unlessInSentence: NOT_OURS_TO_DO,
  },
  {
    match: `${NOT_AFTER_A_NEGATION} ${WE_ID_MS} (sudah | telah | akan) (langsung | segera | juga)? -(${oneOf(NOT_AN_ACTION_ID_MS)} | ${oneOf(NOT_A_VERB_AFTER_US)}) _`,
    ...WE_DO,
    unlessInSentence: NOT_OURS_TO_DO,
  },
  // We act: "kami akan mengirim ulang", "saya sudah memproses", "saya akan hantar", "beliau akan menelepon Bapak",
  // and what we can do: "kami bisa menawarkan…", "saya boleh hantar…" (but not "agar saya bisa memeriksanya").
  {
    match: [
      `${NOT_AFTER_A_NEGATION} (saya | kami | aku | kita | beliau) ${upTo(3, AUX_ID_MS)} (bantu | coba | mencoba | untuk)? ${ALL_ID_MS_VERBS}`,
      `${NOT_AFTER_A_NEGATION} (saya | kami | aku | kita | beliau) ${AUX_ID_MS}? ${ABLE_ID_MS} ${AUX_ID_MS}? (bantu | coba | mencoba)? ${ALL_ID_MS_VERBS}`,
    ],
    ...WE_DO,
  },
  // Passing the case on: "sudah saya sampaikan ke tim teknis" (but "kami sampaikan terima kasih" is courtesy).
  {
    match: [
      `(saya | kami) ${upTo(3, AUX_ID_MS)} (sampaikan | menyampaikan) _? _? _? ${HANDOVER}`,
      `(sudah | telah | akan | segera) (saya | kami) sampaikan _? _? _? ${HANDOVER}`,
    ],
    ...WE_DO,
  },
  // We have someone act: "sudah kami minta dikirim ulang", "I've asked the warehouse to resend it".
  {
    match: [
      `(sudah | telah | akan | segera) (saya | kami) (minta | mintakan | arahkan) (agar | untuk | supaya)? segera? ${passive(BASE_VERBS)}`,
      `(saya | kami) ${upTo(3, AUX_ID_MS)} (meminta | minta | mengarahkan | arahkan) _? _? _? (agar | untuk | supaya) segera? (${passive(BASE_VERBS)} | ${oneOfWithClitics([...BASE_VERBS, ...ACTIVE_VERBS])})`,
      `(i | we) ${upTo(3, AUX_EN)} (asked | requested | instructed | told | arranged for) _ _? _? to ${oneOf(VERB_EN)}`,
    ],
    ...WE_DO,
  },
  // We act, in English: "I've processed a refund", "I'll check with billing", "I can offer…" (not "so I can trace it").
  {
    match: [
      `(i | we) ${upTo(4, AUX_EN)} ${oneOf(VERB_EN)}`,
      `${NOT_FOR_A_PURPOSE} (i | we) ${upTo(2, AUX_EN)} ${ABLE_EN} ${upTo(2, AUX_EN)} ${oneOf(VERB_EN)}`,
      `let (me | us) (just | quickly | now | also | go ahead and)? ${oneOf(VERB_EN)}`,
    ],
    ...WE_DO,
  },
  // Putting back what was lost or stopped, ours: "I've reinstated your booking", "I checked and have re-enabled auto-pay",
  // "We've given you a new login link", "our team has reinstated it".
  {
    match: [
      `(i | we) ${upTo(4, AUX_EN)} ${RESTORING_OR_GIVEN_EN}`,
      `let (me | us) (just | quickly | now | also | go ahead and)? ${oneOf(RESTORING_EN)}`,
      `${OUR_SECOND_VERB_EN} ${RESTORING_OR_GIVEN_EN}`,
    ],
    ...WE_DO,
    unlessInSentence: [...WE_DO.unlessInSentence, SEEN_THE_CUSTOMER_DO, RESTORING_BY_MISTAKE],
  },
  {
    match: `${OUR_PEOPLE_EN} (will | would | shall | can | could | has | have | had | is | are | was | were) ${upTo(2, `(${AUX_EN} | ${ABLE_EN})`)} ${oneOf(RESTORING_EN)}`,
    ...THEY_DO,
    unlessInSentence: [...THEY_DO.unlessInSentence, RESTORING_BY_MISTAKE],
  },
  // A second verb of ours in the same sentence, its auxiliary said again: "We have reviewed the account and will reverse
  // the duplicate charge", "I checked the logs and have re-sent it", "kami sudah semak dan akan hantar semula esok".
  // (A bare verb after "and" may be a noun: "your email and refund request".) Not when what we see is the customer's
  // doing, which the second verb goes on: "I can see you placed the order on Monday and have cancelled it since",
  // "Saya lihat Kakak sudah bayar dan sudah batalkan pesanannya sendiri".
  {
    match: [
      `${OUR_SECOND_VERB_EN} ${oneOf(VERB_EN)}`,
      `(saya | kami | aku | kita) ..8 (dan | lalu | serta | kemudian | terus) (akan | sudah | telah | dah | juga | langsung | segera) (juga | langsung | segera)? ${ALL_ID_MS_VERBS}`,
    ],
    ...WE_DO,
    unlessInSentence: [...WE_DO.unlessInSentence, SEEN_THE_CUSTOMER_DO],
  },
  // Our people act: "teknisi kami akan datang", "kurir akan menjemput barang pada hari Jumat", "our courier will
  // collect it on Friday", "my supervisor, who will call you back within 2 hours".
  {
    match: [
      `${OUR_PEOPLE_ID_MS} (${AUX_ID_MS} | ${ABLE_ID_MS}) ${upTo(2, `(${AUX_ID_MS} | ${ABLE_ID_MS})`)} ${oneOfWithClitics([...ACTIVE_VERBS, ...BASE_VERBS])}`,
      `(${OUR_PEOPLE_EN} | he | she | they | who | someone | somebody) (will | would | shall | can | could | has | have | had | is | are | was | were) ${upTo(2, `(${AUX_EN} | ${ABLE_EN})`)} ${oneOf(VERB_EN)}`,
    ],
    ...THEY_DO,
  },
  // A list of what was done, announced: "Here's what I've done so far:", "Perkara yang telah saya uruskan:", "Yang sudah
  // saya atur:".
  {
    match: [
      "(here is | here's | this is) what (i | we) (have | 've)? (already | now)? (done | arranged | sorted | set up | put in place)",
      '(yang | perkara yang | apa yang | berikut yang) (sudah | telah) (saya | kami) (lakukan | atur | aturkan | uruskan | buat | kerjakan | selesaikan | ambil)',
    ],
    unlessAfter: NOT,
    afterWindow: 0,
  },
  // An alternative: "sebagai alternatif…", "as an alternative…", "Kakak bisa memilih antara refund atau tukar barang".
  {
    match: [
      '(as an alternative | alternatively | what (i | we) (can | could) do is | the best (i | we) can do is | (one | another | an) option (is | would be) | instead , (i | we) (can | could | will))',
      '(sebagai (alternatif | gantinya | ganti | solusi | jalan keluar) | alternatifnya | opsi lain~ | pilihan lain~ | yang (bisa | dapat | boleh) (saya | kami) lakukan (adalah | ialah) | apa yang (saya | kami) (boleh | dapat | bisa) (lakukan | buat) (adalah | ialah))',
      '(memilih | pilih | choose | opt for | pick) (antara | between)',
    ],
    unlessAfter: NOT,
    afterWindow: 0,
  },
  // Vague verbs, with a time or a promise to report back: "akan saya telusuri dan kabari besok", "we'll look into it today".
  // ("Sudah saya cek", "I've checked" tell what was looked at, whatever the time: not with a past auxiliary.)
  {
    match: [
      `${NOT_AFTER_A_NEGATION} ${WE_ID_MS} ${upTo(3, NOT_PAST_AUX_ID_MS)} ${oneOfWithClitics(WEAK_VERBS_ID_MS)}`,
      `(akan | segera | sedang) (saya | kami) ${oneOfWithClitics(WEAK_VERBS_ID_MS)}`,
      `(i | we) ${upTo(4, AUX_EN)} ${oneOf(WEAK_VERB_EN)}`,
    ],
    ...WE_DO,
    onlyWithInSentence: [...TIME, ...REPORT_BACK],
  },
  // "…dan saya kabari paling lambat besok", "…and get back to you by 5pm".
  {
    match: `(dan | and | lalu | then | serta | kemudian) (akan | will | segera | saya | kami | i | we)? ${oneOfWithClitics(REPORT_BACK)}`,
    onlyWithInSentence: ['saya', 'kami', 'i', 'we'],
    unlessInSentence: NOT_A_RESOLUTION,
  },
]);

// What happens, told of the thing or the money, with no one doing it: "sudah diproses", "akan dikirim ulang", "dana
// Kakak masuk hari ini jam 17.00".
const findItHappens = tokenFamilyFinder([
  // It is done or under way: "sudah diproses", "akan dikirim ulang", "puan akan dimaklumkan", "sedang di proses",
  // "your refund has been processed", "should appear within 3-5 working days".
  {
    match: [
      `(sudah | telah | akan | segera | sedang | baru | sempat | langsung | berhasil | sukses | pun | juga) (segera | langsung | kami | saya | juga)? ${passive(BASE_VERBS)}`,
      '(akan | bakal) segera? (masuk | cair | sampai | tiba | aktif kembali | kembali aktif | pulih | normal kembali | kembali normal | berfungsi kembali)',
      // "Perubahan akan aktif dalam 1 jam": a change that takes effect, with its time.
      '(akan | bakal) segera? (aktif | berlaku | berkuat kuasa | berkuatkuasa | efektif | selesai | siap | beres) &(dalam | dalam masa | dalam tempoh | sebelum | paling lambat | mulai | pada | hari ini | besok | esok | pukul | jam)',
      '(dijadwalkan | dijadualkan | diperkirakan | dijangka | dijangkakan | diestimasikan | estimasi | dijadwal) untuk? akan? (tiba | sampai | datang | dikirim | dihantar | diterima | selesai | masuk | dihubungi | menghubungi)',
      '(sedang | masih | kini) dalam (perjalanan | pengiriman | penghantaran)',
      // The money or credit is there: "Bayaran balik RM19.90 dah masuk ke wallet cik", "refund Kakak sudah masuk".
      '(refund~ | bayaran balik | dana~ | wang | duit | kredit~ | rebat~ | pengembalian dana | cashback~ | baucar~ | voucher~) ..5 (sudah | telah) pun? (masuk | dikreditkan | dikembalikan | tersedia)',
      // "Refund of $12.40 for the missing fries is done", "your replacement is on its way".
      '(refund | replacement | credit | fix | change | swap | transfer | booking | cancellation) ..6 (is | has been) (now | all)? (done | complete | completed | sorted | through | live)',
      // Working again: "akunnya sudah aktif lagi", "talian telah pulih semula", "your account is now active".
      '(sudah | telah | dah | kini) (bisa | boleh | dapat)? (aktif | normal | pulih | berfungsi | lancar | digunakan | dipakai | diakses) (kembali | lagi | semula | seperti biasa)',
      '(is | are) now (active | working | live | back online | back up | available | up and running | fixed | sorted)',
      `(has | have | had | is | are | was | were | will | should | would | shall) ${upTo(3, '(now | already | just | also | been | be | being | since | successfully | then)')} ${oneOf(PARTICIPLE_EN)}`,
      '(should | will | shall | would) (now | then | also | probably | usually)? (arrive | reach you | appear | land | show up | come through | go through | reflect | hit your | take effect | be (back | with you | delivered | credited | refunded | ready | available | active | working | back online | restored | in your | live | done | complete | completed))',
      '(is | are) now? (scheduled to | expected to | set to | on track | on (its | the | their) way | out for delivery | in transit)',
      // "Your replacement shipped today", "it went out this morning by standard post".
      '(shipped | went out | was sent | were sent | was dispatched | was posted | left (our | the) (warehouse | depot | store)) _? _? _? (today | this morning | this afternoon | tonight | earlier today)',
      `(${oneOf(PARTICIPLE_EN)} | (ships | ship | goes out | go out | leaves | arrives)) ${WHEN_DONE}`,
      // The headline's verb first, its time after the amount: "Refunded RM6 to your card just now", "Credited $15 to
      // your account this morning", "is going out today", "it's out now".
      '(is | are) (already)? (going out | on (its | the) way out) (today | tonight | this (morning | afternoon | evening) | now)',
      'you (will | should | shall) (also | then | now | soon)? (receive | get | hear (back | from) | see) _? _? _? (refund | update | call | replacement | email | confirmation | credit | sms | message | tracking | money | response | reply | notification | technician | link | code | parcel | order | item | new one | us | from us)',
    ],
    ...IT_IS_DONE,
  },
  // Back where the customer paid from: "Dana Rp45.000 sudah balik ke kartu Kakak", "The refund of RM45 has gone back to
  // your card". Not to the sender or an old account ("balik ke akaun pengirim", "gone back to your old account that you
  // closed"), and not a condition, a question or what the customer reports ("If the refund has gone back to your card…",
  // "The refund has gone back to your card?", "Kakak bilang dana sudah balik ke kartu Kakak").
  {
    match: [
      '(refund~ | bayaran balik | dana~ | wang | duit | kredit~ | saldo~ | baki~) ..5 (sudah | telah) pun? (balik | kembali) (ke | kat | dalam) _ @address',
      '(refund | money | credit | amount | payment | funds | deposit) ..5 (has | have) (now | already | just)? gone back (to | into | onto) your -(old | closed | previous | former | expired | cancelled | canceled)',
    ],
    ...IT_IS_DONE,
    unlessInSentence: [
      ...IT_IS_DONE.unlessInSentence, '\\?',
      '(if | whether | kalau | kalo | jika | jikalau | apabila | sekiranya | seandainya | andai | apakah | adakah)',
      '@reported -(laluan)',
      '(account | akaun | akun | rekening | card | kad | kartu) (lama | yang (sudah | telah | dah)? (ditutup | tutup | closed))',
    ],
  },
  // Not the customer's own transaction told after a comma: "The transfer was made from your registered device, approved
  // via SecureTAC at 11:42".
  {
    match: `<-(_) ${oneOf(PARTICIPLE_EN)} ..5 ${WHEN_DONE}`,
    ...IT_IS_DONE,
    unlessInSentence: [...IT_IS_DONE.unlessInSentence, '(made | initiated | done | authorised | authorized | approved | performed | sent | paid) (from | by | via | using | through | with) (you | your)'],
  },
  // A bare passive with a time: "refund diproses 3-5 hari kerja", "barang dihantar esok" (not "harus dikirim").
  {
    match: passive(BASE_VERBS),
    unlessAfter: [...NOT, ...REQUEST, 'bisa', 'dapat', 'boleh', 'harus', 'perlu', 'mesti', 'wajib', 'untuk', 'kena', 'bagi', 'segera'],
    afterWindow: 0,
    unlessInSentence: [...NOT_A_RESOLUTION, 'yang salah', 'wrong'],
    onlyWithInSentence: TIME,
  },
  // The money arrives at a time: "dana Kakak masuk hari ini jam 17.00", "duit cik masuk esok", "refund lands by Friday".
  {
    match: [
      '(refund~ | dana~ | bayaran balik | wang | duit | kredit~ | rebat~ | pengembalian dana | cashback~) ..3 (akan | bakal)? (masuk | cair | dikreditkan | dikembalikan | sampai)',
      '(refund | credit | money) (will | should)? (land | lands | arrive | arrives | show | shows | appear | appears | reach)',
    ],
    unlessAfter: [...NOT, ...REQUEST],
    afterWindow: 1,
    unlessInSentence: [...NOT_A_RESOLUTION, `${oneOf(NOT)} (akan | bakal)? (masuk | cair | dikreditkan | dikembalikan | sampai)`],
    onlyWithInSentence: TIME,
  },
]);

// What will happen once something else has: "Once the RM30 is paid, your POS will be reactivated", "refund akan diproses
// setelah ada persetujuan dari Batik Air", "Kalau rayuan diluluskan, bayaran penalti akan dikreditkan", "If the line test
// flags a fault an engineer will be booked". Told of the thing, with no one of ours doing it, it describes the process,
// not what we will do. (With us in it, it is a promise on a condition: "lepas encik confirm, sy akan hantar".)
/**
 * A condition or a later stage: what follows waits for it (the resolution's promise on a condition, an extra that is not
 * given yet). Read by both steps.
 */
export const CONDITION_OR_STAGE =
  '(kalau | kalo | jika | jikalau | apabila | bila | setelah | sesudah | selepas | usai | sebaik | sekiranya | seandainya | once | if | unless | when | after | as soon as | until)';
const FUTURE = '(akan | bakal | will | would | should | shall)';
const happensOnceIn = tokenOccurrence([`${CONDITION_OR_STAGE} ..8 ${FUTURE}`, `${FUTURE} ..8 ${CONDITION_OR_STAGE}`]);
const weInSentenceIn = tokenOccurrence(['(saya | kami | aku | kita | i | we | my | our | us)']);
// A day named is a date set, not a stage: "Puan akan dimaklumkan melalui SMS sebaik bayaran dibuat esok".
const DAY_NAMED = `(hari ini | besok | esok | lusa | today | tomorrow | tonight | ${WEEKDAY})`;
const dayNamedIn = tokenOccurrence([DAY_NAMED]);

/** Resolution spans: from the start of each sentence that resolves to the end of its last resolving words. */
export function findResolutions(doc: TextDocument): Span[] {
  const view = tokenView(doc);
  const happens = findItHappens(doc).filter((span) => {
    const s = sentenceIndexAt(doc, span.start);
    const [from, to] = [view.sentenceStarts[s]!, view.sentenceEnds[s]!];
    return !(happensOnceIn(doc, from, to) && !weInSentenceIn(doc, from, to) && !dayNamedIn(doc, from, to));
  });
  return mergeSpans([...findPhrases(doc), ...happens].map((span) => ({ start: sentenceAt(doc, span.start).start, end: span.end })));
}
