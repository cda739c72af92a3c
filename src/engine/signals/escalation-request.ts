import type { Span } from '../report.js';
import type { TextDocument } from '../text/document.js';
import { spanFinder } from '../text/phrase-families.js';

const YOUR = '(?:anda|kamu|kalian|mu|lu|lo|awak|korang|kau|you)';
// Someone more senior. "Bos" is also a friendly form of address and "atasan" a top you wear, so alone they need "your".
const SENIOR =
  '(?:atasan~|manajer~|manager~|managers|pengurus~|supervisor~|supervisors|spv|penyelia~|pimpinan~|superior~|superiors|higher-ups|higher up|higher ups' +
  `|bos~ ${YOUR}|bosnya|bosmu|boss~ ${YOUR}|bossnya|ketua ${YOUR}|ketuanya|your (?:boss|superior|superiors|manager|supervisor|team lead|team leader|head)` +
  '|kepala (?:cabang|bagian|divisi|toko|unit|departemen|jabatan|bahagian|cawangan)' +
  '|(?:someone|somebody|anyone|a person|an agent|staff|an officer|someone else) (?:more )?(?:senior|higher|higher up|in charge|above you|with authority|more experienced)' +
  '|a senior|senior (?:staff|agent|officer|person|member|management)|team (?:lead|leader)|the person in charge|head of (?:department|customer service|support)' +
  '|orang (?:yang )?(?:lebih )?(?:senior|berwenang|bertanggung jawab|bertanggungjawab|di atas)|pegawai (?:atasan|kanan|yang lebih kanan)|pihak (?:atasan|pengurusan|manajemen|management)' +
  "|pengurusan|manajemen|management|direktur|ceo|(?:the|your) owner(?! 's| manual)|pemilik (?:toko|kedai|usaha|bisnis))";
// Asking to be put through: "bicara dengan", "cakap dengan", "speak to", "sambungkan ke".
const ASK =
  '(?:bicara|berbicara|ngomong|omong|bercakap|cakap|speak|speaking|talk|talking|chat|transfer~|sambungkan|menyambungkan|sambung~|hubungkan|menghubungkan|connect|put me through|get me|oper~|operkan|alihkan|panggil~|panggilkan|ketemu|bertemu|jumpa|berjumpa|minta|meminta|mau|ingin|nak|hendak|mahu|want|need|demand|komplain|complain|mengadu|adukan|naikkan|eskalasi~|eskalasikan|escalate~|bring|let me|direct me)';
// A senior role that is not above the agent: an account manager, a project manager, an "atasan" to wear.
const NOT_A_SUPERIOR =
  '(?:(?:pengurus|manager|manajer) (?:akaun|akun|account|relationship|property|hartanah|projek|project|produk|product)|pengurusan (?:akaun|akun|harta|projek|masa)|time management|(?:account|relationship|property|project|product) manager|(?:atasan|bawahan) (?:warna|ukuran|size|lengan|bahan|wanita|pria|batik|kemeja|rajut)|atasan (?:yang )?(?:saya )?(?:pesan|beli|order|dipesan|dibeli)|celana|rok|baju|blus|kaos|kemeja|dress' +
  // The customer's own boss: "I need my manager's approval".
  '|(?:my|our) (?:manager|boss|supervisor|superior|line manager)|(?:atasan|manajer|manager|bos|boss|pengurus|supervisor|penyelia)~ (?:saya|aku|kami|gue))';

const findEscalation = spanFinder([
  {
    match: [
      `${ASK} .. ${SENIOR}`,
      `(?:mana|where is|where are|is there|is there not|who is|siapa) .. ${SENIOR}`,
      `${SENIOR} (?:please|tolong|sekarang|now|segera|dong|sahaja|saja|immediately|right now)`,
      `${SENIOR} .. (?:i|we) (?:can|could) (?:speak|talk)`,
    ],
    unlessInSentence: NOT_A_SUPERIOR,
  },
  // "Please escalate this", "minta dieskalasi": asking for it, not being told it has happened.
  {
    match: [
      '(?:please|want|need|demand|tolong|mohon|minta|mau|ingin|nak|harap|sila|can you|could you|i would like) .. (?:escalate~|escalated|eskalasi~|eskalasikan|dieskalasi~|naikkan)',
      'escalate (?:this|it|my|the matter|the issue|the case|the complaint)',
    ],
  },
]);

/** A request for someone more senior: atasan, manajer, pengurus, supervisor, penyelia. */
export function findEscalationSpans(customer: TextDocument): Span[] {
  return findEscalation(customer);
}
