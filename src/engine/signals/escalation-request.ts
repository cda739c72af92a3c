import type { Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { tokenSpanFinder } from '../match/families.js';

const YOUR = '(@second-person | mu)';
// Someone more senior. "Bos" is also a friendly form of address, so alone it needs "your".
const SENIOR = `(@senior-staff | (bos~ | boss~ | ketua) ${YOUR} | bosnya | bosmu | bossnya | ketuanya
  | your (boss | superior | superiors | manager | supervisor | team lead | team leader | head)
  | kepala (cabang | bagian | divisi | toko | unit | departemen | jabatan | bahagian | cawangan)
  | (someone | somebody | anyone | a person | an agent | staff | an officer | someone else) more? (senior | higher | higher up | in charge | above you | with authority | more experienced)
  | a senior | senior (staff | agent | officer | person | member | management) | team (lead | leader) | the person in charge
  | head of (department | customer service | support)
  | orang yang? lebih? (senior | berwenang | bertanggung jawab | bertanggungjawab | di atas)
  | pegawai (atasan | kanan | yang lebih kanan) | pihak (atasan | pengurusan | manajemen | management)
  | (the | your) owner -('s | manual) | pemilik (toko | kedai | usaha | bisnis))`;
// Asking to be put through: "bicara dengan", "cakap dengan", "speak to", "sambungkan ke".
const ASK = `(bicara | berbicara | ngomong | omong | bercakap | cakap | speak | speaking | talk | talking | chat | transfer~
  | sambungkan | menyambungkan | sambung~ | hubungkan | menghubungkan | connect | put me through | get me | oper~ | operkan
  | alihkan | panggil~ | panggilkan | ketemu | bertemu | jumpa | berjumpa | minta | meminta | mau | ingin | nak | hendak
  | mahu | want | need | demand | komplain | complain | mengadu | adukan | naikkan | eskalasi~ | eskalasikan | escalate~
  | bring | let me | direct me)`;
// A senior role that is not above the agent: an account manager, a project manager, an "atasan" to wear, and the
// customer's own boss ("I need my manager's approval").
const NOT_A_SUPERIOR = `((pengurus | manager | manajer) (akaun | akun | account | relationship | property | hartanah | projek | project | produk | product)
  | pengurusan (akaun | akun | harta | projek | masa) | time management | (account | relationship | property | project | product) manager
  | (atasan | bawahan) (warna | ukuran | size | lengan | bahan | wanita | pria | batik | kemeja | rajut)
  | atasan yang? saya? (pesan | beli | order | dipesan | dibeli) | celana | rok | baju | blus | kaos | kemeja | dress
  | (my | our) (manager | boss | supervisor | superior | line manager)
  | (atasan~ | manajer~ | manager~ | bos~ | boss~ | pengurus~ | supervisor~ | penyelia~) (saya | aku | kami | gue))`;

const findEscalation = tokenSpanFinder([
  {
    match: [
      `${ASK} .. ${SENIOR}`,
      `(mana | where is | where are | is there | is there not | who is | siapa) .. ${SENIOR}`,
      `${SENIOR} (please | tolong | sekarang | now | segera | dong | sahaja | saja | immediately | right now)`,
      `${SENIOR} .. (i | we) (can | could) (speak | talk)`,
    ],
    unlessInSentence: NOT_A_SUPERIOR,
  },
  // "Please escalate this", "minta dieskalasi": asking for it, not being told it has happened.
  {
    match: [
      '(please | want | need | demand | tolong | mohon | minta | mau | ingin | nak | harap | sila | can you | could you | i would like) .. (escalate~ | escalated | eskalasi~ | eskalasikan | dieskalasi~ | naikkan)',
      'escalate (this | it | my | the matter | the issue | the case | the complaint)',
    ],
  },
]);

/** A request for someone more senior: atasan, manajer, pengurus, supervisor, penyelia. */
export function findEscalationSpans(customer: TextDocument): Span[] {
  return findEscalation(customer);
}
