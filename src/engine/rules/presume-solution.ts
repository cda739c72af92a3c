import { phraseRule } from './rule.js';
import { CUSTOMER } from '../text/address.js';

const YOU = CUSTOMER;
const ACTUALLY = '(?:sebenarnya|sebenernya|sebetulnya|sesungguhnya|sejujurnya|benar-benar|betul-betul)';
// What the customer wants, needs or means, in Indonesian and Malay.
const NEEDS_OBJECT = '(?:butuhkan|butuhin|perlukan|inginkan|mahukan|mau|mahu|hendak|nak|cari|maksud|maksudkan|hendaki|harapkan|perlu|butuh|ingin)~';
const NEEDS = '(?:butuh|butuhkan|membutuhkan|perlukan|memerlukan|mau|ingin|inginkan|menginginkan|mahu|mahukan|nak|cari|cuma butuh|hanya butuh|hanya perlukan|butuhin)';
// "Boleh ceritakan yang sebenarnya Kakak butuhkan?" asks and "saya paham Kakak sebenarnya mau …" listens: neither presumes.
const ASKING = '(?:tahu|ketahui|mengetahui|tanya|tanyakan|bertanya|ceritakan|jelaskan|terangkan|sampaikan|informasikan|beritahu|kongsikan|maklumkan|paham|pahami|memahami|faham|fahami|mengerti|ngerti|sadar|sedar|maklum|pastikan|dengar|mendengar|apa|apakah|adakah|bagaimana)';
const PLAN = '(?:paket|pelan|plan|produk|model|versi|layanan|perkhidmatan|langganan|pakej|jenis|tipe|varian)';


// What was done on that presumption ("…, jadi sudah saya hapus", "…, so I've removed it"): it goes with it.
const DECIDED = ['(?:jadi|so|and) .. (?:ubah|hapus|ganti|keluarkan|tukar|removed|changed|switched|taken|added|cancelled|canceled)', '(?:you need|you want|what you need is|the new plan is better)'];
export const presumeSolution = phraseRule(
  {
    id: 'presume-solution',
    kind: 'warning',
    description: {
      id: 'Memberi tahu pelanggan apa yang "sebenarnya" ia inginkan, bukannya bertanya.',
      ms: 'Memberitahu pelanggan apa yang "sebenarnya" dia mahukan, bukannya bertanya.',
      en: 'Telling the customer what they "really" want instead of asking.',
    },
    messages: {
      default: {
        id: 'Jangan menebak apa yang "sebenarnya" dibutuhkan pelanggan. Tanyakan dulu, misalnya "Penyelesaian seperti apa yang Kakak harapkan?", lalu tawarkan pilihan.',
        ms: 'Jangan teka apa yang pelanggan "sebenarnya" perlukan. Tanya dahulu, contohnya "Apakah penyelesaian yang encik harapkan?", kemudian tawarkan pilihan.',
        en: 'Don\'t decide what the customer "really" wants. Ask first, for example "What would you like to happen?", then offer options.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: `yang ${ACTUALLY} ${YOU} ${NEEDS_OBJECT}`,
      suggest: ['yang mungkin sesuai', 'pilihan yang mungkin sesuai'],
      unlessAfter: ASKING,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${ACTUALLY} (?:apa )?yang ${YOU} ${NEEDS_OBJECT}`,
        `(?:apa )?yang ${YOU} ${NEEDS_OBJECT} (?:${ACTUALLY}|itu bukan|ini bukan|bukan)`,
        `(?<!yang |apa )(?:${YOU} ${ACTUALLY}|${ACTUALLY} ${YOU}) (?:lebih |cuma |hanya |cuman )?${NEEDS}(?! tahu| bantuan| bantu)`,
      ],
      suggest: ['mungkin yang sesuai', 'pilihan yang mungkin sesuai'],
      // "Saya paham Kakak sebenarnya mau …" acknowledges; "Sebenarnya apa yang Bapak butuhkan?" asks.
      unlessAfter: ASKING,
      unlessInSentence: '\\?',
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${YOU} (?:pasti |mesti |tentu |jelas |memang |sebenarnya )?lebih (?:butuh|perlu|perlukan|memerlukan|membutuhkan|cocok|sesuai) (?:dengan |pakai |guna |menggunakan |ambil )?${PLAN}`,
        // "Saya rasa Ibu sebenarnya tidak perlu asuransi": deciding for them what they can do without.
        `(?:saya (?:rasa|yakin|kira|pikir|fikir|percaya) |${ACTUALLY} )${YOU} (?:${ACTUALLY} )?(?:tidak|tak) (?:perlu|butuh|memerlukan|membutuhkan|perlukan|mahu|mau|nak)(?! (?:khawatir|risau|bimbang|cemas|repot|susah|bersusah|bayar|membayar|menunggu|tunggu|datang|ke|mengisi|isi|mengirim|kirim|hantar|menghantar|mengulang|ulang|apa-apa|lagi))`,
        `saya (?:yakin|rasa|percaya) ${YOU} lebih (?:butuh|perlu|perlukan|memerlukan|mahukan|inginkan|suka|cocok|sesuai|baik)`,
        `percaya~ (?:saja |sahaja |deh |dah |sama saya |pada saya |cakap saya |kata saya )?(?:, )?${YOU} (?:lebih |pasti |mesti )?(?:butuh|perlu|perlukan|mau|mahu|nak|suka|akan suka|cocok|sesuai)`,
        `(?:${YOU} (?:lebih baik|lebih bagus|sebaiknya)|(?:lebih baik|sebaiknya) ${YOU}) (?:langsung )?(?:pakai|ambil|pilih|beli|guna|gunakan|menggunakan|upgrade|beralih|pindah|tukar|langgan|melanggan|ganti) (?:ke )?${PLAN}`,
      ],
      suggest: { id: ['saya jelaskan dulu pilihan yang ada', 'boleh saya tawarkan pilihan lain'], ms: ['biar saya terangkan pilihan yang ada', 'boleh saya tawarkan pilihan lain'] },
      replaces: 'clause',
      tail: DECIDED,
      unlessInSentence: '\\?',
    },
    {
      lang: ['en'],
      match: [
        'what you (?:really|actually|truly|obviously|clearly) (?:need|want|are looking for|are after)',
        'what you are (?:really|actually|truly) (?:after|looking for|asking for)',
        'all you (?:really|actually|truly) (?:need|want)',
      ],
      suggest: ['one option that may suit you', 'would you like'],
      // "Could you tell me what you really need?" asks; "I understand you really want a refund" acknowledges.
      unlessAfter: '(?:tell me|ask|asking|know|understand|sure|check|confirm|if|whether|wondering)',
      unlessInSentence: '\\?',
    },
    {
      // Deciding for the customer, said of a whole clause: the rewording offers to go through the options instead.
      lang: ['en'],
      match: [
        '(?:i think|i believe|i am sure|i reckon) what you (?:need|want) is',
        'you do not (?:really |actually )?need (?:[^ .!?,]+ ){1,3}(?:, )?(?:you need|what you need)',
        'you (?:really|actually|truly|obviously|clearly) want (?:the|a|an|our|to upgrade|to switch|to go for)',
        'you (?:really|actually|truly|obviously|clearly) need (?:to upgrade|to switch|to go for|our|the _ (?:plan|package|model|version|option|upgrade))',
        'you would (?:be )?(?:much |far )?better off (?:with|getting|buying|switching|going|on|using)',
        'you are (?:much |far )?better off (?:with|getting|buying|switching|going|on|using)',
        'trust me (?:, )?you (?:will |would )?(?:really )?(?:want|need|prefer|love|like)',
        'i know what you (?:really |actually )?(?:need|want)',
        'you do not (?:really |actually |even )?want (?:a|the|to cancel|to return|to change|that)',
        // "I don't think you really need travel insurance, so I've taken it off."
        '(?:i do not think|i doubt|i do not believe) you (?:really |actually |even )?(?:need|want|use)(?! to | any help| help| me)',
      ],
      suggest: ['let me walk you through the options', 'would you like me to go through the options'],
      replaces: 'clause',
      tail: DECIDED,
      unlessAfter: '(?:tell me|ask|asking|know|understand|sure|check|confirm|if|whether|wondering)',
      unlessInSentence: '\\?',
    },
  ],
);
