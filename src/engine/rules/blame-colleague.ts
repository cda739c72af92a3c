import { phraseRule } from './rule.js';

// What a colleague forgot to do: a duty of the job ("lupa submit refund", "terlupa nak proses bayaran").
const FORGOTTEN =
  '(submit | input | upload | follow up | followup | lampirkan | teruskan | forward | isi | mengisi | proses | memproses | kirim | mengirim | hantar | menghantar | update | mengupdate | cek | mengecek | check | semak | menyemak | catat | mencatat | simpan | menyimpan | masukkan | memasukkan | konfirmasi | sahkan | mengesahkan | klik | tekan | aktifkan | mengaktifkan | refund | balas | membalas | hubungi | menghubungi | kabari | mengabari | beritahu | memberitahu | bagitahu | maklumkan | tutup | buka | daftar | mendaftar | daftarkan | rekod | merekod)';
// What a colleague did wrong in the job: gave the wrong information, keyed in the wrong address ("salah kasih info",
// "tersilap memberi maklumat", "keliru input alamatnya").
const WRONG_ACT =
  '<-(yang | ada | tidak | bukan | kalau | jika | tak) (membuat | melakukan | buat | bikin) (kesalahan | kesilapan | silap | blunder) (fatal | besar)? | ' +
  '<-(yang | ada | tidak | bukan | kalau | jika | tak | bisa | boleh | mungkin | dapat) (salah | keliru | tersilap | silap | tersalah) (memberikan | memberi | beri | berikan | kasih | kasi | bagi | kirim | mengirim | hantar | menghantar | input | menginput | masukkan | memasukkan | ketik | catat | mencatat | hitung | menghitung | kira | mengira | proses | memproses | info | informasi | maklumat | alamat | harga | isi | mengisi | pilih | memilih | setting | set | tulis | menulis | jawab | menjawab | jelaskan | menjelaskan | terangkan | menerangkan | quote | sebut | menyebut | baca | membaca | link | sambung | setup | tag | scan | timbang | menimbang | kemas | pack | bungkus | membungkus | label | upload | import | key in) | ' +
  '<-(yang | ada | tidak | bukan | kalau | jika | tak | bisa | boleh | mungkin | dapat) (tidak sengaja | tak sengaja | tanpa sengaja | secara tidak sengaja | secara tak sengaja | tersilap) (klik | mengklik | tekan | menekan | pencet | memencet | batalkan | membatalkan | hapus | menghapus | padam | memadam | buang | membuang | tutup | menutup | centang | tanda | tandakan)';
// Not following the procedure, or treating the customer badly: said of a colleague.
const BREACH =
  '((tidak | tak) (baca | membaca | semak | menyemak | cek | check | periksa | memeriksa | teliti | meneliti) (nota | catatan | rekod | sejarah | riwayat | mesej | pesan | email | emel | permintaan | arahan | dokumen) | (tidak | tak | kurang) (mengikuti | ikut | mengikut | ikuti | menjalankan | mematuhi | patuh | patuhi) (sop | prosedur | aturan | peraturan | arahan | instruksi | protokol | langkah) | (tidak | kurang | tak) (ramah | sopan | mesra | peramah | paham | faham | mahir | menguasai) | kasar | kurang ajar | biadab | biadap | jutek | judes | sombong)';
// Staff moved, retrained or reviewed because of this case: said of one colleague, it is discipline in public.
const REASSIGNED =
  '(dievaluasi | dipindahkan | dipindah | dimutasi | dirotasi | disiasat | diselidiki | diperiksa oleh atasan~ | (diberi | diberikan | menjalani | mendapat | dapat | dihantar untuk) (latihan semula | pelatihan ulang | pelatihan tambahan | latihan tambahan | kursus semula | pembinaan | coaching))';
// Colleagues an agent may blame in front of the customer.
const ID_COLLEAGUE =
  '(staf~ | staff~ | karyawan~ | pegawai~ | petugas~ | agen~ | rekan~ | orang yang bertugas | yang melayani | yang bertugas | rekan kerja~ | teman kerja~ | temen kerja~ | temen kantor~ | teman kantor~ | (teman | temen) (saya | sy) | kolega~ | admin~ | operator~ | teknisi~ | kasir~ | cs | customer service | oknum | anak baru | orang baru | yang bersangkutan | ybs | perawat~ | suster~ | kurir kami | driver kami | rekan setim | rekan satu tim | anak tim | shift (malam | malem | pagi | siang | sore | sebelumnya) | tim shift (malam | malem | pagi | siang | sore) | orang yang (ngetes | mengetes | menguji | ngecek | mengecek | input | menginput | memproses | memasukkan | membungkus | bungkus | packing | menangani | pegang | memegang))';
const MS_COLLEAGUE =
  '(kawan (sekerja | setugas | saya | kami) | orang yang bertugas | yang melayan | yang bertugas | rakan sekerja~ | rakan setugas~ | rakan~ | kakitangan~ | staf~ | pekerja~ | pegawai~ | ejen~ | agen~ | juruteknik~ | juruwang~ | budak baru | orang baru | yang berkenaan | jururawat~ | officer | kerani~ | rakan sepasukan | ahli pasukan | (syif | shift) (malam | pagi | petang | sebelum ni | sebelumnya) | orang yang (bungkus | membungkus | semak | menyemak | proses | memproses | uji | menguji | pegang | memegang | uruskan | menguruskan))';
const EN_COLLEAGUE =
  '(colleague | colleagues | dev | devs | developer | support agent | team members | whoever | person | individual concerned | member of staff | members of staff | agents | reps | crew member | crew members | housekeeper | assessor | agency staff | advisor | adviser | consultant | associate | specialist | clerk | receptionist | previous agent | coworker | co-worker | staff member | staffer | agent | rep | representative | employee | technician | driver | team member | new hire | new guy | new girl | trainee | intern | cashier | guy | girl | lady | fellow | chap | temp | packer | handler | officer | nurse | engineer | person who | team member who | teammate | teammates | team mate | new starter | new person | new recruit | stand-in | night shift | day shift | morning shift | evening shift | weekend shift | late shift | early shift | whoever was on)';
// Up to seven words between the colleague and what is said of them ("staf baru kami yang melayani Ibu kemarin memang lalai").
const GAP = '..7';
const NOT_NEGATED = '<-(tidak | bukan | belum | jangan | never | not)';
// An apology that takes the fault as its object: "maaf atas kesilapan…", "mohon maaf yang sebesar-besarnya atas kelalaian…".
const APOLOGISED_FOR = '((maaf | kemaafan | sebesar-besarnya | setinggi-tingginya) (atas | di atas | terhadap | untuk | kerana | karena))';
// Our own staff, owned as ours after an apology: not the colleague named as "kami"'s ("kakitangan kaunter kami").
const NOT_OURS_AFTER = '-(_? _? (kami | kita))';
// An outside party's staff, named right after the colleague word: "ulah petugas ground handling di bandara sana",
// "kesilapan kakitangan hotel" (blame-department's, as the page says of a partner's staff).
const OUTSIDE_PARTY = '-(_? (di | dari | daripada)? (@courier | @third-party | @bank | ground handling | ground crew | bandara | bandar udara | lapangan terbang | airport | hotel~ | restoran~ | maskapai~ | syarikat penerbangan | imigrasi | imigresen | bea cukai | kastam))';
// What is said of them: careless, lazy, not doing the job.
const ID_FAULT =
  `(lalai | teledor | ceroboh | lengah | sembrono | malas | tidak becus | tidak kompeten | tidak profesional | tidak teliti | kurang teliti | asal-asalan | bodoh | tidak bertanggung jawab | tidak menjalankan tugas~ | tidak bekerja dengan benar | kurang cekatan | tidak cekatan | kurang sigap | tidak sigap | ngawur | pelupa | lelet | lemot | asal (jawab | kirim | input | isi | proses | ketik | bikin | buat | ngomong | bicara | catat) | tidak (cek | mengecek | periksa | memeriksa | baca | membaca) dulu | (tidak | kurang) tahu apa yang (dia | ia)? (lakukan | kerjakan | dilakukan | dikerjakan) | <-(kalau | jika | bila | kalo | jangan) (lupa | kelupaan) (untuk)? ${FORGOTTEN} | (sering | selalu | suka | kerap) (keliru | salah | lupa | ngawur | asal-asalan))`;
const MS_FAULT =
  `(cuai | lalai | malas | tidak cekap | kurang cekap | sambil lewa | cincai | tidak reti | bodoh | tidak bertanggungjawab | tidak bertanggung jawab | tidak menjalankan tugas | tidak buat kerja | tidak teliti | kurang teliti | pelupa | kuat lupa | lembab | main (jawab | hantar | bagi | isi | masuk) | <-(kalau | jika | bila | kalo | jangan) (lupa | terlupa) (nak | untuk)? ${FORGOTTEN} | (tidak | tak) (semak | check | cek | baca) dulu | (tidak | tak) tahu apa (yang)? (dia | dia orang)? (buat | lakukan | dibuat) | (selalu | asyik | kerap | suka) (lupa | silap | tersilap | salah | cuai))`;
const EN_DEGREE = '(very | really | so | just | clearly | obviously | completely | totally | honestly | frankly | pretty | quite | a bit | rather)';
const EN_FAULT = `(was | is | has been | were | are) ${EN_DEGREE}? ${EN_DEGREE}? (careless | lazy | negligent | incompetent | sloppy | useless | clueless | unprofessional | hopeless | forgetful | not (very | particularly | exactly | being)? (careful | thorough | attentive | reliable))`;
const EN_FAILED_JOB =
  '(clearly | obviously | simply | just)? (did not do (his | her | their) job | (really | totally | completely | badly)? (messed | screwed | mucked | botched) (this | that | it | things | everything | your _ _?)? up | botched (it | this | that | your _) | ' +
  '(never | did not even | not even) (bothered | bother) to | (completely | totally | just | simply)? ignored (your | the | my) _ | ' +
  '(keeps | kept | is always | was always | always) (making mistakes | messing up | mixing up | forgetting | getting (things | orders | it | these) wrong) | (did not | could not) even? be? bothered? (bother)? to _ |  did (a | such a) (really | very | pretty)? (sloppy | poor | bad | terrible | lousy | shoddy | careless | rubbish | half-hearted | awful) job | ' +
  '<-(you | i | we) (clearly | obviously | evidently) (did not | never | failed to | forgot to | neglected to) _ | <-(you | i | we) (forgot | failed | neglected) to (actually | even | properly)? _ | ' +
  '<-(you | i | we) did not _ (it | _ _?)? properly | messed up | screwed up | dropped the ball | could not be bothered | did not bother | should have known better | was not paying attention | ' +
  'got (it | that | this | everything | your _) (completely | totally | all | badly | so)? wrong | (clearly | obviously | simply | just) (did not | never | failed to | forgot to) (read | check | double-check | proofread | verify | update | follow | look | listen | pay attention | bother) | ' +
  'did not (read | check | follow | look at) _? _? _? properly | (really | frankly | honestly)? should (not | never) have (promised | said | told | given | offered | quoted | done | agreed) | should have (caught | checked | known | noticed | spotted | read | asked | updated | told | mentioned | explained | warned | informed | flagged | sent | called | processed | submitted | logged | cancelled | escalated | arranged | booked | refunded | noted | recorded | scheduled | confirmed | applied | reviewed | tested | double-checked | verified | followed up | passed on) | ' +
  '(did not | never | failed to) _ _? _? _? (even though | although | despite | when) you had? (asked | told | wrote | requested | reminded) | ' +
  '(clearly | obviously | honestly | just | really)? (has | had | have) (no | not a) (idea | clue) what (he | she | they) (is | are | was | were) doing | ' +
  '(has | have | is) been (making | messing up | getting) (a (ton | lot | bunch | load) of | lots of | so many | loads of | plenty of)? (mistakes | errors | orders wrong | things wrong))';
// What a colleague did wrong, in English: the wrong information, the procedure not followed, rudeness.
const EN_WRONG_ACT =
  '<-(you | i | we) (gave | given | quoted | sent) you (the | a)? (wrong | incorrect | inaccurate | misleading | outdated | bad) | <-(you | i | we) (misinformed | misled | misquoted) you | <-(you | i | we) told you (the | a)? wrong | ' +
  '<-(you | i | we) (did not | failed to | never) (follow | followed) (our | the | proper | the correct | the right)? (procedure | process | protocol | policy | steps | instructions) | ' +
  '<-(who | that) (was | were) not supposed to | <-(you | i | we) (entered | put | keyed in | typed | used | picked | selected | booked | packed | sent | shipped | charged | applied | printed | labelled | labeled | processed | ticked | clicked | chose | hit | pressed) the wrong | <-(you | i | we) made (an | a) (error | mistake | blunder) | ' +
  '<-(who | that) (was | were) (rude | unprofessional | dismissive | impolite | out of line | condescending | unhelpful) | <-(you | i | we) got (it | that | this) wrong | ' +
  // A task done wrong, in any of its forms: "logged it wrongly", "set your account up incorrectly", "gives out wrong dates".
  '<-(you | i | we) (logged | entered | recorded | filed | processed | booked | put | keyed | typed | handled | coded | configured | set | labelled | labeled | packed | quoted | priced | billed | mapped | built | installed | fitted | wired) (it | this | that | them | your _ _? | the _ _?)? (up | in | down)? (wrongly | incorrectly | wrong | badly | improperly | the wrong way | all wrong) | ' +
  '<-(you | i | we) (gives | gave | giving | give) (out)? (wrong | incorrect | inaccurate | misleading) | ' +
  '<-(you | i | we | have | might | may | could) (hit | pressed | clicked | ticked | cancelled | canceled | deleted | removed | archived | closed | refunded | marked | voided | entered | typed | sent | shipped) _? _? _? _? _? (by (mistake | accident) | in error)';
// What a new colleague "keeps" doing wrong ("keeps making mistakes", "always mixing up the orders").
const SLIPPING = '(making | makes | make | getting | gets | messing | mixing | @ing-form)';

// Third parties a "he", "she" or "dia" in the same sentence may be: then the blame is blame-department's.
const THIRD_PARTY = '(@courier | @third-party | restaurant~ | restaurants | restoran~ | hotel~ | hotels | landlord~ | riders | couriers)';
// Careless, said of "dia": not "lemot" or "lelet", which colloquial Indonesian also says of a phone or an app.
const DIA_FAULT =
  '(lalai | teledor | ceroboh | lengah | sembrono | malas | tidak becus | tidak kompeten | tidak profesional | tidak teliti | kurang teliti | asal-asalan | cuai | sambil lewa | cincai | tidak cekap | kurang cekap | tidak bertanggung jawab | tidak bertanggungjawab | (selalu | sering | suka | kerap | asyik) (lupa | silap | tersilap | salah | cuai | keliru | ngawur | lalai))';
// Being disciplined, said of a colleague; not a punishment "from" the customer, a warning given to customers ("kami dah
// beri amaran kepada pelanggan tentang penipuan"), nor a question about one.
const DISCIPLINED =
  '(ditegur | dipecat | diberhentikan | dibuang kerja | kena tegur | kena pecat | kena sp | kena amaran | (diberi | diberikan | mendapat | dikenakan | dapat | dapet | kena | (saya | kami)? (beri | berikan | memberi | memberikan | bagi | kasih | kasi)) (sanksi | teguran | surat peringatan | sp | sp1 | sp2 | peringatan keras | amaran | surat amaran | warning | tindakan tatatertib | tindakan disiplin | hukuman) | ' +
  '(kena | dikenakan) tindakan -(lanjut | lanjutan | susulan | segera | pembaikan | perbaikan | pembetulan)) -((dari | oleh | daripada | kepada | ke | pada | kat) (@customer | pelanggan~ | pengguna~ | penumpang~ | pembeli~ | orang ramai | semua | anda | awak)) -(apa | apakah | atau tidak | atau tak | yang mana)';
// Scolded: only when said of a colleague, since "Kakak merasa dimarahi" is about the customer.
const SCOLDED = '(dimarahi | kena marah | dimarah)';
// Telling a superior, and who they are.
const REPORT = '(laporkan | melaporkan | laporin | lapor | report | adukan | mengadukan | sampaikan | menyampaikan | escalate | eskalasi | mengeskalasi | bawa | dibawa | dilaporkan | bagitau | bagitahu | beritahu | memberitahu | maklumkan | memaklumkan | kabari | kabarin | infokan | hantar | panjangkan | majukan)';
const BOSS = '(@senior-staff | bos~ | boss~ | branch manager~ | ketua~ | ketua unit~ | team lead~ | team leader~ | hr~ | tl~ | koordinator~ | korlap~)';
const THEIR_BOSS = '(atasannya | bosnya | bossnya | manajernya | managernya | supervisornya | spvnya | penyelianya | pengurusnya | ketuanya)';
// The staff a superior is told about.
const STAFF = '(staf~ | petugas~ | karyawan~ | pegawai~ | kakitangan~ | pekerja~ | rakan~ | agen~ | ejen~)';
// "Saya akan tegur Bapak" is a boundary with an abusive customer, not discipline of staff.
const NOT_CUSTOMER = '-(@customer | pelanggan~ | pengguna~ | penumpang~ | pembeli~ | orang ramai)';
const WHEN = '(akan | sudah | telah | segera | langsung | pasti | nanti | terus)';
const WE = '(saya | kami | akan)?';
// Who a disciplined colleague is, in English.
const EN_WHO = '(he | she | they | the agent | the colleague | my colleague | the staff member | the employee | the driver | the technician | the rep)';
const WARNING = '(warning | reprimand | talking-to | telling-off | talking to | telling off)';
const WARNING_KIND = '(formal | written | final | verbal | stern)?';

// A colleague named near a verdict on their work, in its sentence or the one before: a relative clause ("whoever handled
// it", "the person who set up your account", "pegawai kaunter yang layan encik tu"), a shift, a new hire, the previous agent.
const EN_NEAR_COLLEAGUE =
  '(whoever | colleague | colleagues | coworker | co-worker | coworkers | teammate | teammates | previous agent | last agent | other agent | new hire | new guy | new girl | new starter | trainee | temp | intern | night shift | day shift | morning shift | evening shift | weekend shift | late shift | staff member | (the | our | my | that) (person | one | agent | rep | guy | lady | advisor | technician | engineer | consultant) (who | that))';
const ID_MS_NEAR_COLLEAGUE =
  `(${ID_COLLEAGUE} | ${MS_COLLEAGUE} | shift (malam | malem | pagi | siang | sore | petang | sebelumnya | sebelum ini) | syif (malam | pagi | petang | sebelumnya) | (agen | ejen | cs | admin | petugas | pegawai) sebelum~ | yang (layan | melayan | melayani | handle | pegang | memegang | urus | uruskan | menguruskan | menangani) (encik | cik | puan | tuan | bapak | pak | ibu | bu | kakak | kak | anda | awak | order | pesanan | kes | kasus | tiket))`;
// A verdict on someone's work.
const EN_VERDICT = [
  '(sloppy | careless | shoddy | slapdash | half-hearted | lazy | shocking | poor | lousy) (work | job | handling | effort)',
  'did (a | such a) (really | very | pretty | frankly)? (sloppy | poor | bad | terrible | lousy | shoddy | careless | rubbish | half-hearted | awful | slapdash) job',
  '(did not | never | failed to) (actually)? do (his | her | their) job',
  // "…and didn't check them, which frankly is pretty careless"; "which is really not acceptable".
  'which (frankly | honestly | really | just)? (is | was) (frankly | honestly | really | just)? (pretty | really | very | quite | just)? (careless | sloppy | lazy | unprofessional | unacceptable | not acceptable | not good enough)',
];
// The fault owned ("sloppy work on our part"): no blame on anyone.
const OWNED = '(on (our | my) (part | end | side) | our (fault | mistake) | my (fault | mistake) | kesalahan kami | kesilapan kami | salah kami | silap kami | salah saya | silap saya)';
// Who must not be the one said to be unfamiliar or to have needed to check: ourselves or the customer.
const NOT_US_NOR_CUSTOMER = '<-(saya | aku | kami | kita | @customer | anda | awak | i | we | you)';

export const blameColleague = phraseRule(
  {
    id: 'blame-colleague',
    kind: 'warning',
    description: {
      id: 'Menyalahkan atau menegur rekan kerja di depan pelanggan.',
      ms: 'Menyalahkan atau menegur rakan sekerja di hadapan pelanggan.',
      en: 'Blaming or disciplining a colleague in front of the customer.',
    },
    messages: {
      default: {
        id: 'Jangan menyalahkan rekan kerja di depan pelanggan: bagi pelanggan, kesalahannya milik perusahaan. Akui sebagai "kami", lalu perbaiki.',
        ms: 'Jangan salahkan rakan sekerja di hadapan pelanggan: bagi pelanggan, kesilapan itu milik syarikat. Akui sebagai "kami", kemudian betulkan.',
        en: 'Don\'t blame a colleague in front of the customer: to them the mistake is the company\'s. Own it as "we", then fix it.',
      },
      discipline: {
        id: 'Teguran untuk staf dilakukan secara internal, bukan di depan pelanggan. Cukup katakan bahwa Anda akan mencegahnya terulang.',
        ms: 'Teguran kepada staf dibuat secara dalaman, bukan di hadapan pelanggan. Cukup nyatakan bahawa anda akan pastikan ia tidak berulang.',
        en: 'Coach or discipline staff in private, not in front of the customer. Just say that you will make sure it does not happen again.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id'],
      match: [
        `${ID_COLLEAGUE} ${GAP} ${NOT_NEGATED} ${ID_FAULT}`,
        `${ID_COLLEAGUE} ${GAP} (memang | sudah | telah | sempat)? (${WRONG_ACT} | ${NOT_NEGATED} ${BREACH})`,
        // "Permintaan Bapak tidak pernah di-submit oleh CS yg melayani": a duty left undone, put on a colleague by a passive.
        `(tidak pernah | tidak | belum | tak | tidak sempat) (di-submit | disubmit | diproses | diinput | dimasukkan | dikirim | dihantar | diteruskan | direkod | dicatat | diupdate | dikemaskini | dikemas kini | dicek | disemak | diperiksa) ..5 oleh ${ID_COLLEAGUE}`,
        // Not "ini bukan kesalahan admin Ibu": a fault denied is no blame.
        // Not "Mohon maaf atas kesalahan petugas kasir kami": the apology owns our staff's fault as the company's; a rogue
        // "oknum" singled out, or someone else's staff, still blames.
        `<-(tidak | bukan | belum | jangan | never | not | ${APOLOGISED_FOR}) (kesalahan~ | kelalaian~ | keteledoran~ | ulah~ | human error) (dari | oleh)? (oknum | salah satu)? ${ID_COLLEAGUE} ${OUTSIDE_PARTY}`,
        `<&${APOLOGISED_FOR} (kesalahan~ | kelalaian~ | keteledoran~ | ulah~ | human error) (dari | oleh)? ((oknum | salah satu) ${ID_COLLEAGUE} | ${ID_COLLEAGUE} ${NOT_OURS_AFTER} ${OUTSIDE_PARTY})`,
        // "Memang suka malas turun ke lapangan": laziness at work, said of whoever does it.
        '(memang | emang)? (suka | sering | selalu | kerap) malas (turun | kerja | bekerja | datang | cek | mengecek | ngecek | baca | membaca | periksa | memeriksa)',
      ],
      suggest: ['kesalahan kami', 'kami yang keliru'],
      replaces: 'rest',
    },
    {
      lang: ['ms'],
      match: [
        `${MS_COLLEAGUE} ${GAP} (memang | sudah | telah | dah | sempat)? (${WRONG_ACT} | ${NOT_NEGATED} ${BREACH})`,
        `${MS_COLLEAGUE} ${GAP} ${NOT_NEGATED} ${MS_FAULT}`,
        `(tidak pernah | tidak | belum | tak) (diproses | dihantar | dimasukkan | direkod | dicatat | dikemaskini | dikemas kini | disemak | diperiksa | diteruskan | disubmit | di-submit) ..5 oleh ${MS_COLLEAGUE}`,
        // "Tarikh dalam kad encik tu ditulis salah oleh pegawai perubatan."
        `(ditulis | diisi | diinput | dimasukkan | dikira | dihitung | dicatat | diberi | diberikan | dihantar | dikirim | ditaip | diketik) (salah | silap | tersilap) ..3 oleh ${MS_COLLEAGUE}`, 
        // Not "Maaf atas kesilapan kakitangan kaunter kami": the apology owns our staff's fault as the company's.
        `<-(tidak | bukan | belum | jangan | never | not | ${APOLOGISED_FOR}) (kesilapan~ | kecuaian~ | kelalaian~) (daripada | dari)? (seorang | salah seorang)? ${MS_COLLEAGUE} ${OUTSIDE_PARTY}`,
        `<&${APOLOGISED_FOR} (kesilapan~ | kecuaian~ | kelalaian~) (daripada | dari)? ((seorang | salah seorang) ${MS_COLLEAGUE} | ${MS_COLLEAGUE} ${NOT_OURS_AFTER} ${OUTSIDE_PARTY})`,
      ],
      suggest: ['kesilapan kami', 'kami yang silap'],
      replaces: 'rest',
    },
    {
      // "Dia memang agak ceroboh", "dia kurang teliti", "dia ni mmg selalu cuai": a colleague's character, told to the customer.
      lang: ['id', 'ms'],
      match: `(dia | beliau) (ni | tu | ini | itu)? (memang | sebenarnya | juga)? (agak | sedikit | sikit | kadang | kadang-kadang)? ${DIA_FAULT}`,
      suggest: { id: ['kami yang keliru'], ms: ['kami yang silap'] },
      replaces: 'rest',
      unlessInSentence: THIRD_PARTY,
    },
    {
      // "masih baru, Bu, dan memang sering keliru": a new colleague's slips, told to the customer.
      lang: ['id', 'ms'],
      match: [
        '(masih baru | anak baru | orang baru | budak baru | baru masuk | baru bekerja | baru kerja | baru (seminggu | sebulan | dua minggu | beberapa hari)) ..6 memang? (sering | selalu | suka | kerap | asyik) (keliru | salah | lupa | ngawur | silap | tersilap | cuai | lalai)',
        // "Masih dalam tempoh percubaan dan beliau tersilap"; "memang budak baru, dia tak check bilik dulu".
        // "Dia memang masih training sih kak, kurang teliti."
        `(masih baru | anak baru | orang baru | budak baru | masa training | masih training | masih belajar | masih magang | masih trainee | masih percubaan) ..3 ${DIA_FAULT}`,
        '(masih baru | anak baru | orang baru | budak baru | tempoh percubaan | masa percobaan | masa training | masih training | masih belajar) \\,? (dan | jadi | lalu | sebab tu | makanya)? (dia | beliau)? memang? (tersilap | tersalah | terlupa | keliru | silap | salah | cuai | lalai | (tidak | tak) (check | cek | semak | menyemak | periksa | memeriksa | baca | membaca | ikut | mengikut | rujuk | merujuk | update | teliti | meneliti))',
      ],
      suggest: { id: ['kami yang keliru'], ms: ['kami yang silap'] },
      replaces: 'rest',
    },
    {
      lang: ['en'],
      match: [
        `(the | my | our | that | this)? ${EN_COLLEAGUE} ${GAP} ${EN_FAILED_JOB}`,
        `(the | my | our | that | this)? ${EN_COLLEAGUE} ${GAP} ${EN_FAULT}`,
        // "The representative you spoke to was mistaken in advising…"; "my colleague had no authority to promise you that".
        `(the | my | our | that | this)? ${EN_COLLEAGUE} ${GAP} (was | were) (mistaken | wrong | incorrect) (in | to)? (advising | advise | telling | tell | saying | say | promising | promise | quoting | quote | confirming | confirm | informing)?`,
        `(the | my | our | that | this)? ${EN_COLLEAGUE} ${GAP} (had | has | have) no (authority | right | business) to (promise | offer | tell | say | quote | give | agree | approve | confirm)`,
        '(he | she | they) (clearly | obviously | simply | just)? did not do (his | her | their) job',
        // "he's new and keeps making these mistakes"
        `(he | she | they) (is | are) still? (new | brand new | learning | still learning) ..4 (keeps | keep | always | constantly | often) ${SLIPPING}`,
      ],
      suggest: ['we got this wrong', 'that was our mistake'],
      replaces: 'rest',
      // Not "if the agent messed up…" (a slip that may have happened), nor "it's their driver and their dispatcher who
      // dropped the ball" (a partner's staff: blame-department's).
      unlessAfter: '(their | if | whether | unless)',
    },
    {
      // "The agent who handled your call gave you the wrong information"; "didn't follow our procedure": a colleague's
      // slip, told to the customer. Not "if the agent gave you…", which only allows that it may have happened.
      lang: ['en'],
      match: [
        `(the | my | our | that | this)? ${EN_COLLEAGUE} ${GAP} (${EN_WRONG_ACT})`,
        // "Your request was never submitted by the agent who took it": a duty left undone, put on a colleague by a passive.
        `(was | were | has been | had been) (never | not) (actually | even)? (submitted | processed | logged | entered | sent | actioned | passed on | escalated | filed | recorded | updated) ..4 by (the | my | our | that) _? ${EN_COLLEAGUE}`,
      ],
      suggest: ['we got this wrong', 'that was our mistake'],
      replaces: 'rest',
      unlessAfter: '(if | whether | case | unless | their)',
    },
    {
      // "She clearly didn't check"; "he should have caught it"; "he's been making mistakes"; "which he really shouldn't
      // have". Said of a rider or a hotel in the same sentence, it blames a third party instead (blame-department).
      lang: ['en'],
      match: [
        `(he | she) (is | has | was)? ${EN_FAILED_JOB}`,
        '(he | she) (really | frankly | honestly)? should (not | never) have -(_)',
        // "He really needs to pay more attention"; "he's been mixing up the SKUs all week".
        '(he | she) (really | seriously | honestly | definitely)? (needs | need) to (pay (more)? attention | be more careful | be more thorough | get (his | her) act together | double-check (his | her) work | learn (the | our) _)',
        '(he | she) (has | have) been (mixing up | muddling up | mixing | messing up | confusing) (the | our | orders | everything | things | people | _)',
      ],
      suggest: ['we got this wrong', 'that was our mistake'],
      replaces: 'rest',
      unlessInSentence: THIRD_PARTY,
    },
    {
      // A verdict on someone's work with the colleague named in its sentence: "Whoever set up your chart of accounts during
      // onboarding did a sloppy job"; "whoever on our QA team signed off on it clearly didn't do their job". Without a
      // colleague near, "sloppy work" may be the courier's or the customer's builder's.
      lang: ['en'],
      match: EN_VERDICT,
      suggest: ['we got this wrong', 'that was our mistake'],
      replaces: 'rest',
      onlyWithInSentence: EN_NEAR_COLLEAGUE,
      unlessInSentence: `(${OWNED} | ${THIRD_PARTY})`,
    },
    {
      // The verdict in the next sentence, as a fragment or said of "he/she/they": "…whoever handled it just never
      // submitted it. Sloppy work, honestly." Not "My colleague will call you. The builder did a sloppy job."
      lang: ['en'],
      match: EN_VERDICT.map((verdict) => `(<-(_) | (he | she | they)) ${verdict}`),
      suggest: ['we got this wrong', 'that was our mistake'],
      replaces: 'rest',
      onlyWithInPreviousSentences: EN_NEAR_COLLEAGUE,
      unlessInSentence: `(${OWNED} | ${THIRD_PARTY})`,
    },
    {
      // The same in Indonesian and Malay: "kerjanya asal-asalan", "sepatutnya dia rujuk penyelia dulu", "memang tak biasa
      // dgn prosedur", with the colleague ("pegawai kaunter yang layan encik tu") in the sentence or the one before.
      lang: ['id', 'ms'],
      match: [
        '(kerja~ | pekerjaan~ | hasil kerja~) (dia | beliau | mereka)? (memang | sangat | agak)? (cincai | asal-asalan | sembarangan | sambil lewa | ceroboh | teledor | tidak teliti | kurang teliti | tidak kemas | tak kemas)',
        '(sepatutnya | seharusnya | harusnya | semestinya | mestinya | patutnya) (dia | beliau | mereka) (sudah | dah)? (rujuk | merujuk | semak | menyemak | cek | mengecek | periksa | memeriksa | tanya | bertanya | konfirmasi | mengonfirmasi | sahkan | mengesahkan | baca | membaca | ikut | mengikut | mengikuti | teliti | meneliti | lapor | melapor | input | proses | memproses)',
        `${NOT_US_NOR_CUSTOMER} (tidak | belum | kurang) (biasa | familiar | arif | mahir | faham | paham | menguasai) (dengan)? (prosedur | sop | sistem | proses | aturan | peraturan | polisi | kebijakan | produk)`,
        // "…tim packing yg shift malem kmrn cuma pake 1. Salah mereka sih."; "dia memang sering begitu".
        '<-(bukan | tidak | tak | jangan) (salah | kesalahan | kesilapan | silap) (mereka | dia | beliau | diorang) (sih | kok | lah | la | tu | kan)? -(_)',
        '(mereka | dia | beliau | diorang) (memang | emang)? (sering | selalu | suka | kerap | asyik) (begitu | gitu | begini | gini | macam tu | macam ni)',
        // "Andre tuh emang sering lupa follow up"; "CS yg terima telp kakak emang gak bener kerjanya"; "memang blur sikit, dia
        // salah baca pakej encik": a colleague's habits and slips, with the colleague in the sentence or the one before.
        `${NOT_US_NOR_CUSTOMER} (memang | emang)? (sering | selalu | suka | kerap | asyik) (lupa | terlupa | kelewat | terlepas | salah | silap | tersilap | keliru | ngasal | tergesa-gesa | lalai | cuai | telat | lambat | ngaco)`,
        '(tidak | tak) (bener | benar | betul | becus) (kerja~ | kerjaan~ | pekerjaan~)',
        '(kerja~ | kerjaan~ | pekerjaan~) (memang | emang)? (tidak | tak) (bener | benar | betul | becus)',
        '(ngasal | asal-asalan | sembarangan) (jawab~ | kerja~ | input~ | isi~)',
        '(memang | emang) (blur | lembab | lelet | lemot | ceroboh | teledor | cuai) (sikit | sedikit)?',
        `(dia | beliau) (memang)? (${WRONG_ACT})`,
        '(terlepas | kelewat) pandang',
      ],
      suggest: { id: ['kami yang keliru'], ms: ['kami yang silap'] },
      replaces: 'rest',
      onlyWithInPreviousSentences: ID_MS_NEAR_COLLEAGUE,
      unlessInSentence: `(${OWNED} | ${THIRD_PARTY})`,
    },
    {
      // A colleague, named or not, disciplined before the customer: "Kelly has been spoken to and will be retrained".
      // Not "you have been warned" (a boundary, the tone rules'), nor a model or a filter "retrained".
      lang: ['en'],
      match: [
        '<-(you | i | we) (has | have) (already | now | also)? been (spoken to | written up | retrained | re-trained | disciplined | reprimanded | told off | given a warning | formally warned)',
        '<-(you | i | we) (will | is going to | is to) (be | get) (formally | properly | officially | now)? (retrained | re-trained | disciplined | reprimanded | written up | given a warning)',
      ],
      suggest: ["I'll make sure this doesn't happen again"],
      replaces: 'clause',
      messageId: 'discipline',
      unlessInSentence: '(model | models | algorithm | filter | filters | classifier | bot | chatbot | ai | system | engine)',
    },
    {
      // Disciplining staff in front of the customer: "nanti akan saya tegur", "he'll get a warning".
      lang: ['id', 'ms'],
      match: [
        `${WHEN} ${WE} ${WE} ${WE} (tegur~ | pecat~ | beri amaran kepada~ | ambil tindakan ke atas~) ${NOT_CUSTOMER}`,
        '(tegur | menegur | marahi | memarahi | memecat | pecat) (dia | beliau | mereka | yang bersangkutan | yang berkenaan | ybs | staf~ | petugas~ | karyawan~ | pegawai~ | kakitangan~ | pekerja~ | rakan~ | agen~ | ejen~)',
        `(dia | beliau | mereka | ${ID_COLLEAGUE} | ${MS_COLLEAGUE}) ${GAP} (${DISCIPLINED} | ${SCOLDED})`,
        // "Staf yang bersangkutan akan dievaluasi", "pegawai tersebut akan diberi latihan semula": one colleague, named.
        `(${ID_COLLEAGUE} | ${MS_COLLEAGUE}) (yang (bersangkutan | berkenaan | terlibat | bertugas) | tersebut | tu | itu) ..4 (akan | sudah | telah | dah | pasti)? ${REASSIGNED}`,
        `(akan | sudah | telah | pasti | nanti | segera | besok | esok | terus) (saya | kami)? ${DISCIPLINED}`,
        `(akan | sudah | telah | segera | langsung | pasti | nanti | terus | besok | esok) ${WE} ${WE} ${WE} (omelin~ | omeli~ | mengomeli~ | marahin~ | marahi~ | memarahi~ | semprot~) ${NOT_CUSTOMER}`,
        // "Sudah saya sampaikan ke supervisor supaya diberi teguran"; "report kat team lead supaya dia kena tindakan";
        // "laporin ke SPV biar orangnya ditegur": the colleague reported so that they are punished.
        `${REPORT} _? _? _? (ke | kepada | kat | pada | dengan) _? _? ${BOSS} ..4 (supaya | biar | agar | untuk | utk | so) _? _? _? (ditegur | teguran | sanksi | sp | amaran | warning | dipecat | dihukum | hukuman | tindakan (tatatertib | disiplin) | (kena | dikenakan) tindakan | tindakan (diambil | dikenakan))`,
        // Reported to the colleague's own superior: "escalate kat branch manager dia", "laporkan ke atasannya".
        `${REPORT} _? _? _? (ke | kepada | kat | pada | dengan)? _? (${BOSS} (dia | beliau) | ${THEIR_BOSS})`,
        // "Tindakan sewajarnya akan diambil terhadap pegawai tersebut."
        'tindakan (sewajarnya | tatatertib | disiplin | tegas)? (akan | telah | sudah)? (diambil | dikenakan) (ke atas | terhadap | kepada) (pegawai~ | staf~ | kakitangan~ | petugas~ | karyawan~ | pekerja~ | jururawat~ | agen~ | ejen~ | beliau~ | dia~ | ybs~ | yang berkenaan~ | yang bersangkutan~)',
        // Not "dia": a rude driver reported to a supervisor is what the customer asked for.
        `(laporkan | melaporkan | adukan | mengadukan) ${STAFF} (ke | kepada | pada) (atasan~ | pengurus~ | penyelia~ | supervisor~ | manajer~ | manager~ | bos~ | ketua~)`,
        // "Sy dah bgtau bos pasal dia"; "dah sy hantar ke penyelia pasukan beliau utk tindakan dalaman"; "maklumkan pada ketua
        // unit utk ambil tindakan ke atas dia".
        `${REPORT} _? (ke | kepada | kat | pada | dengan)? _? ${BOSS} (pasal | tentang | mengenai | soal | fasal | berkenaan) (dia | beliau | mereka | orangnya | staf~ | petugas~ | pegawai~)`,
        `${REPORT} _? _? _? (ke | kepada | kat | pada | dengan) _? _? ${BOSS} ..4 (untuk | utk | supaya | agar | biar) (ambil)? tindakan (dalaman | tatatertib | disiplin | ke atas (dia | beliau | mereka | staf~ | pegawai~ | petugas~) | terhadap (dia | beliau | mereka | staf~ | pegawai~ | petugas~))`,
        // "Ini bukan kali pertama dia menerima aduan": a colleague's record, told to the customer.
        'bukan (kali | sekali) (pertama | pertama kali) (dia | beliau | mereka | staf~ | petugas~ | pegawai~) (menerima | terima | dapat | dapet | kena) (aduan | komplain | komplen | keluhan | teguran)',
      ],
      suggest: { id: ['saya akan pastikan ini tidak terulang'], ms: ['saya akan pastikan perkara ini tidak berulang'] },
      replaces: 'clause',
      messageId: 'discipline',
    },
    {
      lang: ['en'],
      match: [
        `${EN_WHO} ${GAP} (will | is going to | are going to | has | have) (get | gets | receive | be given | been given | got | received) a? ${WARNING_KIND} ${WARNING}`,
        `${EN_WHO} ${GAP} (will | is going to | are going to | has | have | has been | have been | will be) be? (disciplined | reprimanded | fired | sacked | written up | dealt with | punished | suspended)`,
        `((i | we) will)? (make sure | ensure) (he | she | they) (gets | get | receives | receive | is given | are given) a? ${WARNING_KIND} ${WARNING}`,
        `(i | we) (will | have | am going to | are going to) (give | given | issue | issued) (him | her | them) a? ${WARNING_KIND} (warning | reprimand)`,
        '(i | we) (will | am going to | are going to | have) (reprimand | reprimanded | discipline | disciplined | tell off | told off | have a stern word with | had a stern word with)',
        // Not "I've written up the full history for her": a note written for a colleague.
        '(i | we) (will | am going to | are going to | have) (write up | written up) (him | her | them | the agent | the staff member | -(_))',
        '(i | we) (will | am going to | are going to | have | will be | am) be? (reporting | report | reported) (him | her | them | the agent | my colleague | the staff member | the driver) to (my | our | the) (team lead | team leader | supervisor | manager | boss | superior)',
        '(face | faces | facing | take | taking | taken | be) disciplinary action -(against (you | your))',
        // "He's been spoken to"; "she's already been written up".
        '(he | she) (has | have | is | will | had)? (already | now | also)? (been | be) (disciplined | reprimanded | fired | sacked | written up | dealt with | punished | suspended | spoken to | taken off | let go | told off | warned)',
        // "He'll be having a chat with his manager about it."
        '(he | she) (will | is going to | has to | will have to)? be? (having | have | had) a (chat | talk | word | conversation | meeting | sit-down) with (his | her) _? (manager | supervisor | team lead | team leader | boss | line manager)',
        `(the | my | our | that | this)? ${EN_COLLEAGUE} ${GAP} (has | have | is | will) (already | now | also)? (been | be) (spoken to | taken off | let go | told off | written up | dealt with | retrained | re-trained | coached | disciplined | investigated | moved | removed)`,
        // "I've escalated his behaviour to HR."
        '(escalated | reported | flagged | raised | escalating | reporting | flagging | raising) (his | her) (behaviour | behavior | conduct | attitude | mistake | error | performance | handling) (to | with)',
        // "I've flagged it to his team lead"; "I'll be raising it with her manager"; "I've had a word with him".
        '(flagged | raised | reported | escalated | mentioned | passed | flagging | raising | reporting | escalating) (it | this | that | him | her)? (to | with) (his | her) _? (team lead | team leader | manager | supervisor | boss | line manager)',
        // "He's been reported to his area manager"; "she'll be going back through retraining".
        '(he | she) (has | is | will | had)? (already | now | also)? (been | be) (reported | flagged | escalated) to (his | her | the | our | my) _? (team lead | team leader | manager | supervisor | boss | line manager)',
        '(he | she) (will | is going to | has to | needs to | will be | is)? (going | go | be sent)? (back)? (through | on | for | to)? (retraining | re-training | extra coaching | extra training | more coaching | some coaching | some extra coaching | further training | refresher training)',
        '(so | so that) (he | she) (gets | get | receives | will get | will receive) (some)? (extra | more | further | additional)? (coaching | retraining | training | a warning | a talking-to)',
        // "I've flagged it to our store manager so he gets talked to."
        '(so | so that) (he | she | they) (gets | get | will get | will be | can be | is | are) (talked to | spoken to | told off | warned | reprimanded | disciplined | retrained | re-trained | coached | dealt with | pulled up | written up)',
        '(had | have had | has had) a? (word | words | quiet word | stern word | serious word | serious talk | serious chat) with (him | her)',
        '(will | am going to | are going to | is going to) have a? (stern | serious | quiet) (word | words | talk | chat) with (him | her)',
        '(sit | sat | sits) (him | her) down',
        'disciplinary action (will be | has been | is being) taken -(against (you | your))',
        // "She's been told"; "the individual concerned has been reminded of the correct procedure"; "facing a disciplinary hearing".
        '(he | she | individual concerned | staff member concerned | member of staff) (has | have | is | had) (already | now | also)? been (told -(_) | reminded (of | about) | pulled up | made aware of (his | her))',
        '(face | faces | facing | attend | attending) a? disciplinary (hearing | process | meeting | procedure | review | interview)',
        // "Her manager has been made aware and will be taking it up with her"; "they'll be hearing about it from their supervisor".
        '(his | her) (manager | supervisor | team lead | team leader | line manager | boss) (has been | have been | is | was | will be)? (made aware | informed | notified | alerted | told)',
        '(taking | take | took) (it | this | that) up with (him | her)',
        '(will be | are going to be | is going to be) hearing about (it | this | that) from (his | her | their) _? (manager | supervisor | team lead | team leader | boss | line manager)',
        '(flag | raise | report | escalate | mention) (it | this | that | him | her)? (to | with) (his | her) _? (team lead | team leader | manager | supervisor | boss | line manager)',
        '(make sure | ensure) (he | she | they) (is | are | gets | get) (written up | disciplined | spoken to | talked to | reprimanded)',
        // "We've had a few complaints about him"; "she has had a number of complaints about her manner"; "this happens with him a lot".
        '(had | received | got | getting | gets) (a few | a number of | several | many | lots of | loads of | so many | plenty of | multiple | repeated | other | previous) complaints about (him | her | his | her)',
        '(he | she) (has | had)? (had | received | got) (a few | a number of | several | many | multiple | other | previous) complaints',
        '(happens | happened) with (him | her) (a lot | all the time | often | before)',
        '(he | she) (has | had) a (habit | history) of',
      ],
      suggest: ["I'll make sure this doesn't happen again"],
      replaces: 'clause',
      messageId: 'discipline',
    },
  ]);
