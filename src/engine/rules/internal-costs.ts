import { phraseRule } from './rule.js';

// The company, as the one who would pay.
const ID_US = '(?:perusahaan~|kami|pihak kami|kita|toko~ kami|toko~|usaha~ kami|bisnis~ kami)';
const MS_US = '(?:syarikat~|kami|pihak kami|kita|kedai~ kami|kedai~|perniagaan~ kami|bisnes~ kami)';
const ID_COST = '(?:biaya~|ongkos~|ongkir~|modal~|pengeluaran~)';
const MS_COST = '(?:kos~|caj~|perbelanjaan~|modal~)';
const TOO_MUCH = '(?:terlalu |sangat |cukup |lumayan |amat |agak )?(?:mahal|besar|tinggi|berat|membebani)';
// "Itu rugi buat Kakak" is about the customer's loss.
const NOT_THE_CUSTOMER = '(?! (?:bagi|buat|untuk|kepada) (?:anda|kakak|kak|bapak|ibu|pak|bu|kamu|encik|puan|cik|tuan|awak))';
const US_EN = '(?:us|the company|the business|our company|our business|the store|our store|the shop|the airline|our airline|the bank|the platform)';

export const internalCosts = phraseRule(
  {
    id: 'internal-costs',
    kind: 'warning',
    description: {
      id: 'Menjadikan biaya perusahaan sendiri sebagai alasan.',
      ms: 'Menjadikan kos syarikat sendiri sebagai alasan.',
      en: "Giving the company's own costs as a reason.",
    },
    messages: {
      default: {
        id: 'Biaya internal adalah urusan perusahaan, bukan pelanggan. Katakan apa yang bisa Anda lakukan, atau beri "tidak" yang ramah dengan alternatif.',
        ms: 'Kos dalaman ialah urusan syarikat, bukan pelanggan. Nyatakan apa yang anda boleh lakukan, atau beri jawapan "tidak" yang sopan dengan pilihan lain.',
        en: 'Our costs are our concern, not the customer\'s. Say what you can do, or give a kind "no" with an alternative.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id'],
      match: [
        `${ID_COST} .. ${TOO_MUCH} (?:untuk|bagi|buat|ke) ${ID_US}`,
        `${ID_US} (?:yang |akan |bisa |pasti |jadi |bakal |malah |justru |nanti )*(?:rugi|merugi|tekor|boncos|bangkrut|gulung tikar)`,
        `(?:itu|ini) (?:jadi |bikin |bisa |akan )?rugi~${NOT_THE_CUSTOMER}`,
        `(?:merugikan|membebani|memberatkan) (?:pihak )?${ID_US}`,
        `(?:kerugian|beban) (?:bagi|untuk|buat) ${ID_US}`,
        `(?:tidak|kurang) (?:menguntungkan|sebanding|worth it) (?:bagi|untuk|buat) ${ID_US}`,
        '(?:margin|keuntungan|untung) (?:keuntungan )?(?:kami|kita|perusahaan) (?:sangat |terlalu |sudah |cuma |hanya |memang |amat )*(?:tipis|kecil|sedikit|habis)',
        `${ID_US} (?:tidak|belum) (?:mau |bisa |sanggup |mampu )?(?:menanggung|nanggung|nombok) (?:biaya|ongkos|kerugian)`,
        `${ID_COST} (?:[^ .!?,]+ ){0,3}(?<!(?:tidak|bukan|belum) )(?:bikin|membuat|malah) rugi~${NOT_THE_CUSTOMER}`,
        '(?:mengurangi|menggerus|memotong|menggerogoti|makan) (?:keuntungan|margin|untung) (?:kami|perusahaan|kita|toko)',
        // "membebani anggaran maskapai": our budget given as the reason.
        '(?:membebani|memberatkan|menguras|menyedot|menambah|melebihi|di luar) (?:anggaran|budget|bujet|kas|biaya operasional|pengeluaran) (?:operasional )?(?:pihak )?(?:kami|kita|perusahaan|maskapai|toko|bank|operator)~',
      ],
      suggest: ['berikut pilihan yang bisa saya tawarkan'],
      replaces: 'clause',
    },
    {
      lang: ['ms'],
      match: [
        `${MS_COST} .. ${TOO_MUCH} (?:untuk|bagi|kepada|buat) ${MS_US}`,
        `${MS_US} (?:yang |akan |boleh |pasti |jadi |nanti )*(?:rugi|kerugian|muflis|bankrap|gulung tikar)`,
        `(?:merugikan|membebankan|menjejaskan) (?:pihak )?${MS_US}`,
        `kerugian (?:kepada|bagi|untuk) ${MS_US}`,
        `(?:tidak|kurang) (?:berbaloi|menguntungkan) (?:untuk|bagi|kepada) ${MS_US}`,
        '(?:margin|keuntungan|untung) (?:keuntungan )?(?:kami|syarikat) (?:sangat |terlalu |sudah |cuma |hanya |memang |amat )*(?:nipis|kecil|sikit|sedikit|rendah)',
        `${MS_US} (?:tidak|tak) (?:mampu |sanggup |boleh )?(?:tanggung|menanggung) (?:kos|caj|kerugian)`,
        '(?:menjejaskan|menjejas|mengurangkan|makan) (?:keuntungan|margin|untung) (?:kami|syarikat|kedai)',
        // "menambah kos operasi syarikat penerbangan kami"
        '(?:menambah|menambahkan|membebankan|menaikkan|melebihi|membebani) (?:kos|perbelanjaan|bajet|belanjawan) (?:operasi |operasian |pengendalian |operasional )?(?:kami|syarikat|kedai|bank|pihak kami)',
      ],
      suggest: ['ini pilihan yang boleh saya tawarkan'],
      replaces: 'clause',
    },
    {
      // "Shipping it back costs more than the item": a reason not to serve, unless the customer keeps the item for free.
      lang: ['id', 'ms', 'en'],
      match: [
        `(?:${ID_COST}|${MS_COST}) .. lebih (?:mahal|besar|tinggi) (?:dari|daripada|dibanding~|dibandingkan|berbanding) (?:harga|nilai) (?:barang~|produk~|pesanan~)`,
        '(?:costs|cost|would cost|will cost) (?:us )?more (?:to (?:ship|send|collect|return|post) (?:it |back )*)?than (?:the item|the product|it) (?:is worth|itself|costs)',
        '(?:costs|cost|would cost|will cost) us more',
      ],
      suggest: { id: ['berikut pilihan yang bisa saya tawarkan'], ms: ['ini pilihan yang boleh saya tawarkan'], en: ["here's what I can offer instead"] },
      replaces: 'clause',
      unlessInSentence: '(?:simpan saja|simpan sahaja|tidak perlu dikembalikan|tidak perlu dikirim|tidak perlu dihantar|refund|dana|bayaran balik|gratis|percuma|keep the item|keep it|no need to (?:return|send))',
    },
    {
      // The whole cost clause, so that the rewording reads on: "…, but here's what I can offer instead".
      lang: ['en'],
      match: `(?:because |as |since )?(?:(?:each|every|a|the|this|that|one) [^ .!?,]+ |it |that |this |which )?(?:costs|cost|costing|would cost|will cost) ${US_EN}(?! nothing| no | not a| more)(?: (?:about|around|roughly|nearly|over|more than|at least|almost) [^ .!?,]+)?`,
      suggest: ["but here's what I can offer instead"],
    },
    {
      lang: ['en'],
      match: [
        `(?:too expensive|too costly|not (?:worth it|worth our while|cost-effective|worthwhile|economical|viable|profitable)) for ${US_EN}`,
        '(?:we|the company|the business) (?:would|will|could) (?:be )?(?:lose|losing|lost) money',
        '(?:we|i) (?:cannot|could not|can not) (?:absorb|eat|swallow|afford) (?:the|that|this|those|these) (?:cost|costs|fee|charge)',
        '(?:our|the company \'s|the business \'s) (?:margin|margins|profit|profits|overheads|operating costs|running costs|bottom line)',
        '(?:at a loss|out of (?:our|my) (?:own )?pocket)',
      ],
      suggest: ["here's what I can offer instead"],
      replaces: 'clause',
    },
  ],
);
