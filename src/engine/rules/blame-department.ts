import { phraseRule } from './rule.js';

// Third parties whose fault an agent may be tempted to name: the customer sees one company.
const ID_PARTY = '(?:bagian|divisi|departemen|dept|tim|pihak|gudang|kurir|ekspedisi|vendor|logistik|mitra|bank|cabang|toko|penjual|seller|sistem pusat|kantor pusat)';
const MS_PARTY = '(?:jabatan|bahagian|unit|pasukan|pihak|gudang|syarikat kurier|kurier|penghantar|vendor|pembekal|rakan kongsi|bank|cawangan|ibu pejabat)';
const EN_PARTY = '(?:warehouse|courier|shipping|logistics|billing|delivery|dispatch|vendor|supplier|carrier|partner|bank|branch|head office|other|another|that)(?: (?:team|department|dept|company|partner|people|guys))?';

export const blameDepartment = phraseRule(
  {
    id: 'blame-department',
    kind: 'warning',
    description: {
      id: 'Menyalahkan bagian lain, vendor atau kurir, atau "bukan urusan saya".',
      ms: 'Menyalahkan jabatan lain, vendor atau kurier, atau "bukan kerja saya".',
      en: 'Blaming another department, vendor or courier, or "not my job".',
    },
    messages: {
      default: {
        id: 'Pelanggan melihat satu perusahaan, bukan bagan organisasi. Jangan menyalahkan pihak lain: katakan apa yang akan Anda lakukan.',
        ms: 'Pelanggan melihat satu syarikat, bukan carta organisasi. Jangan salahkan pihak lain: nyatakan apa yang anda akan lakukan.',
        en: "Customers see one company, not an org chart. Don't blame another team: say what you will do.",
      },
      notMyJob: {
        id: '"Bukan urusan saya" membuat pelanggan merasa dilempar. Ambil alih, atau antarkan ke orang yang tepat.',
        ms: '"Bukan kerja saya" membuatkan pelanggan rasa dilempar. Ambil alih, atau sambungkan kepada orang yang tepat.',
        en: '"Not my job" leaves the customer stranded. Own it, or hand them over to the right person yourself.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id'],
      match: [`(?:ini |itu )?(?:kesalahan~|salah~|tanggung jawab~|urusan~|ulah~) (?:dari )?${ID_PARTY}(?! kami| saya| kita)(?: _)?`, `(?:mereka|kurir~|gudang~|vendor~|ekspedisi~) (?:lah )?yang (?:salah|lalai|teledor)`],
      suggest: ['kesalahan kami', 'ini tanggung jawab kami'],
    },
    {
      lang: ['id', 'ms'],
      match: '(?:ini |itu )?bukan (?:urusan|tugas|wewenang|kerja|bidang|tanggung jawab|tanggungjawab|masalah|bahagian|bagian) (?:saya|kami|aku)',
      suggest: ['saya akan bantu mengurusnya'],
      messageId: 'notMyJob',
    },
    {
      lang: ['ms'],
      match: [`(?:berpunca|disebabkan) (?:daripada|dari|oleh) ${MS_PARTY}(?: lain| _)?`, `(?:ini |itu )?(?:kesilapan|salah) ${MS_PARTY}(?! kami| saya| kita)(?: _)?`, 'bukan (?:salah|kesilapan) kami'],
      suggest: ['kesilapan kami', 'kami akan selesaikannya'],
    },
    {
      lang: ['en'],
      match: [`(?:the )?${EN_PARTY} 's (?:fault|mistake|problem|error)`, `(?:it is |that is )?not (?:my|our) (?:job|department|problem|responsibility|fault|area)`, `(?:the )?(?:fault|blame) (?:lies |is )?with (?:the )?${EN_PARTY}`],
      suggest: ['our mistake', "I'll take care of this"],
    },
  ],
);
