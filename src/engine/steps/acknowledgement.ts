import { tokenFamilyFinder } from '../match/families.js';
import { oneOfWithClitics, upTo } from '../match/compose.js';

/**
 * Acknowledgement: an apology, or empathy that shows the customer was heard. Plain thanks ("terima kasih sudah
 * menunggu") is courtesy, not acknowledgement, and asking the customer to understand us ("mohon dimaklumi",
 * "please understand") is the opposite.
 */

// Negation and "no need to": the words are there, the apology is not.
const NOT = ['tidak', 'bukan', 'belum', 'jangan', 'usah', 'enggan', 'not', 'never', 'no need to', 'nothing to', 'refuse', 'be'];
// "So that I understand", "what I understood is…": these set up a question (clarification), not empathy.
const PURPOSE = ['apa yang', 'agar', 'supaya', 'biar', 'untuk', 'sehingga', 'jika', 'kalau', 'bila', 'if', 'so', 'to', 'make sure', 'help me'];

const INTENSIFIER = '(sangat | amat | benar-benar | betul-betul | sungguh | sepenuhnya | memang | tentu | tentunya | juga | turut | ikut | cukup | bisa | dapat | boleh)';
const EMPATHY_VERB = oneOfWithClitics([
  'mengerti', 'paham', 'faham', 'memahami', 'pahami', 'fahami', 'maklum', 'memaklumi', 'bersimpati', 'simpati', 'prihatin',
  'menyesal', 'menyesali', 'menyesalkan', 'merasakan', 'membayangkan', 'bayangkan', 'turut merasakan',
]);

// Feelings the agent names for the customer ("Kakak pasti kecewa", "tentu sangat mengesalkan").
const FEELING_ID_MS =
  '(kecewa | kesal | marah | khawatir | cemas | bimbang | risau | geram | sedih | bingung | frustrasi | frustasi | stres | tertekan | jengkel | resah | tidak nyaman | penat | letih | lelah | capek | susah hati)';
const DISTRESSING_ID_MS =
  '(mengecewakan | menjengkelkan | menyebalkan | merepotkan | mengesalkan | menyusahkan | menyulitkan | membingungkan | mengganggu | mengkhawatirkan | merisaukan | merimaskan | meresahkan | melelahkan | mengejutkan | menyedihkan | membebankan | tidak menyenangkan | tidak nyaman)';

const FEELING_EN =
  '(frustrating | annoying | disappointing | upsetting | stressful | inconvenient | disruptive | worrying | irritating | exasperating | infuriating | maddening | concerning | unpleasant | awful | terrible | frustrated | upset | disappointed | annoyed | angry | worried | concerned | stressed | confusing | a hassle | a pain)';
const DEGREE_EN =
  '(so | very | really | truly | terribly | deeply | extremely | sincerely | genuinely | awfully | incredibly | quite | most | completely | totally | fully | absolutely | certainly | definitely | entirely | perfectly | do | can)';
const VERY_EN = '(so | very | really | truly | terribly | deeply | extremely | sincerely | genuinely | awfully | incredibly)';

export const findAcknowledgements = tokenFamilyFinder([
  // Apologies: "mohon maaf", "saya minta maaf", "maaf atas…", "harap maaf" (ms), "maafkan kami", "sorry ya kak".
  {
    match: [
      '(saya | kami)? (mohon | minta | memohon | meminta | pohon | harap) maaf~',
      '(maaf~ | maafkan~)',
      `(i am | we are) ${upTo(2, VERY_EN)} sorry`,
      '(sorry | sori | sorri)',
      '(my | our | sincere | sincerest | deepest | deep | profuse) apologies',
      '(apology | apologies | apologise | apologize | apologised | apologized | apologising | apologizing)',
      'please? forgive (us | me | the)',
    ],
    unlessAfter: [...NOT, 'need to', 'perlu', 'token of', 'sebagai'],
    // A gesture "sebagai tanda maaf" is the extra step; "sorry you feel that way" apologises for nothing.
    unlessInSentence: ['sorry (that | if)? you feel (that way | this way | so)', 'regret to inform'],
  },
  // Empathy in id and ms: "saya mengerti", "saya bisa memahami kekecewaan Anda", "kami turut prihatin", "saya faham".
  {
    match: [
      `(saya | kami | aku | kita) ${upTo(2, INTENSIFIER)} ${EMPATHY_VERB}`,
      // Malay "kami amat kesal atas…" is regret (in Indonesian "kesal" is annoyance, which needs "atas" to read so).
      '(saya | kami) (amat | sangat | benar-benar)? kesal (atas | di atas)',
      '(turut | ikut) (prihatin | sedih | bersedih | menyesal | merasakan | bersimpati)',
      // Malay "kesian puan…": pity for the customer's trouble (Indonesian "kasihan deh" is a jeer, so an address must follow).
      '(kesian | kasihan) @address',
      // Standing on the customer's side: "ini bukan salah Kakak sama sekali".
      'bukan (salah | kesalahan | kesilapan | silap) @address',
    ],
    unlessAfter: [...NOT, ...PURPOSE],
  },
  {
    match: [
      `(pasti | tentu | tentunya | tentulah | sudah pasti | mesti | wajar | wajarlah | wajar sekali) ${upTo(2, '(sangat | amat | begitu | cukup | sekali | jika | kalau | bila | apabila | sekiranya | merasa)')} (${FEELING_ID_MS} | ${DISTRESSING_ID_MS})`,
      `wajar~ (sekali | saja)? (jika | kalau | bila | apabila | sekiranya) _ _? (sangat | merasa | amat)? ${FEELING_ID_MS}`,
      '(kekecewaan | kemarahan | kekhawatiran | kebimbangan | kerisauan | kekesalan | perasaan) _? _? (sangat | amat | memang | tentu | sungguh)? (wajar | bisa dimengerti | dapat dimengerti | dapat dipahami | bisa dipahami | boleh difahami | dapat difahami | munasabah)',
    ],
    unlessAfter: NOT,
  },
  // "Ini memang mengecewakan" names the customer's trouble; "Bapak memang menyusahkan" calls the customer a nuisance.
  {
    match: `(memang | sungguh) (sangat | amat | begitu | cukup)? ${DISTRESSING_ID_MS}`,
    unlessAfter: [...NOT, '@address'],
  },
  // English empathy: "I understand", "I know how frustrating…", "I can imagine", "that must be so frustrating".
  {
    match: [
      `(i | we) ${upTo(2, DEGREE_EN)} (understand | imagine | can only imagine | hear you | feel for you | appreciate (how | that this | that it | this | it) ${DEGREE_EN}? (${FEELING_EN} | has been | must))`,
      `(i | we) ${upTo(2, DEGREE_EN)} (see | get | know) (how | why | what a) ${DEGREE_EN}? (${FEELING_EN} | much | this (is | has been | must | would | might) (be | feel)? ${DEGREE_EN}? ${FEELING_EN})`,
      `(i | we) ${upTo(2, DEGREE_EN)} (see | get | know) why (you | this | that) (are | is | would | must | might | feel | felt | were)`,
      `(i | we) ${upTo(2, DEGREE_EN)} get (it | that you | why you | how you | where you are coming from)`,
      `(i | we) know that? (this | it | you) (is | has been | must be | are | have been) ${DEGREE_EN}? (${FEELING_EN} | not happy | unhappy)`,
      `(that | this | it) (must | would | will | can | could) have? (be | been) ${DEGREE_EN}? ${FEELING_EN}`,
      `(that | this | it) (sounds | is | has been | was) ${upTo(2, DEGREE_EN)} ${FEELING_EN}`,
      '(completely | totally | perfectly | very | entirely | fully | quite) understandable',
      'understandably (upset | frustrated | annoyed | disappointed | angry | worried | concerned)',
      'you have every right to be',
      // Standing on the customer's side: "it's not your fault at all", "none of this is your fault".
      '((it | this | that) (is | was) (not | in no way | by no means) | none of (this | that | it) (is | was)) (at all)? your fault',
      '(i | we) (sincerely | truly | deeply | really | do)? regret (the | any | that | this | causing | how)',
      'i feel (for you | terrible | awful | bad)',
      `(i | we) would (be | feel) (just as | equally | really | very | so | pretty)? (${FEELING_EN} | the same)`,
    ],
    unlessAfter: [...NOT, ...PURPOSE],
    unlessInSentence: ['regret to inform'],
  },
]);
