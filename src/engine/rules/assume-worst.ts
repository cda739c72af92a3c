import { phraseRule } from './rule.js';
import { CUSTOMER } from '../text/address.js';

// The customer, as agents address them in Indonesian and Malay.
const YOU = CUSTOMER;
// Without the short vocatives, which often close a sentence: "yang salah kami, Pak".
const YOU_NOUN = '(?:anda|kakak|bapak|ibu|kamu|agan|encik|tuan|puan|awak|saudara|saudari)';

// What a suspicious agent says the customer did wrong.
const ID_MS_MISDEED = '(?:salah|keliru|lupa|jatuhin|rusakin|bantingin|maksain|bongkarin|lalai|teledor|ceroboh|cuai|silap|tersalah|tersilap|kurang teliti|tidak teliti|kurang hati-hati|tidak hati-hati|menjatuhkan|jatuhkan|terjatuhkan|dijatuhkan|membanting|banting|menghempas|hempas|terhempas|merusak|merusakkan|rusakkan|merosakkan|rosakkan|memaksa|paksa|membongkar|bongkar|menyalahgunakan|sengaja|menekan terlalu kuat|tidak membaca|tidak baca|tidak mengikuti|tidak ikut)~';
const ID_MS_INPUT = '(?:input|ketik|masukkan|memasukkan|masuk|isi|mengisi|pilih|memilih|tekan|menekan|klik|pencet|transfer|kirim|taip|menaip|alamat|nomor|nombor|pakai|guna|menggunakan|baca|membaca|paham|faham)~';
const CERTAIN = '(?:pasti|pastinya|jelas|jelas-jelas|tentu|tentunya|mesti|mestilah|sudah pasti|sudah tentu|kemungkinan besar)';
const HEDGED = '(?:mungkin|barangkali|sepertinya|kayaknya|kelihatannya|nampaknya|agaknya|rasanya|jangan-jangan)';
// A kind question that invites checking together is fine: "mungkin ada salah input, boleh saya bantu cek?"
const ASKED_KINDLY = ['\\?', '(?:bantu|cek|semak|periksa|check|tolong|mari)'];
// "bukan Kakak yang salah", "kalau Bapak salah input, …", "untuk Kakak yang salah transfer, …"
const NOT_AN_ACCUSATION = '(?:bukan|tidak|tak|kalau|kalaupun|jika|apabila|bila|seandainya|sekiranya|andai|untuk|bagi|agar|supaya|meskipun|walaupun|walau|if|not)';

const ID_MS_BREAKS = '(?:rusak|rosak|pecah|retak|patah|mati|bocor|lepas|copot|tercabut|tertanggal|terbakar|meledak|bengkok|sobek|robek|koyak|tergores|calar|tercalar|penyok|kemek|hancur|putus|jatuh|terjatuh|error|bermasalah)~';
const BY_ITSELF_ID_MS = '(?:sendiri|dengan sendirinya|sendirinya|begitu saja|tanpa sebab|tiba-tiba)';
const REASSURED = '(?:aman|tenang|dijamin|terjamin|khawatir|risau|bimbang|worry)';

const EN_DAMAGED = '(?:dropped|forced|broke|broken|damaged|misused|mishandled|tampered with|overloaded|bent|cracked|smashed|spilled|spilt|knocked|scratched|mistreated|abused|jailbroken|rooted|dismantled|sat on|stepped on|got it wet)';
const EN_ERRED = '(?:made a mistake|made an error|mistyped|misread|misunderstood|entered|typed|put in|selected|chose|chosen|picked|clicked|pressed|forgot|forgotten|ignored|skipped|did not read|did not follow|did not check|never read|never checked|used it wrong)';

// The object goes with the accusation, so that the rewording replaces both: "you must have forced [the lid]".
const EN_WHAT = '(?: (?:it|them)(?: (?:wrong|incorrectly))?| (?:the |a |an )?(?:wrong|incorrect) _| (?:the|your) _)?';

export const assumeWorst = phraseRule(
  {
    id: 'assume-worst',
    kind: 'warning',
    description: {
      id: 'Mencurigai atau menuduh pelanggan.',
      ms: 'Mencurigai atau menuduh pelanggan.',
      en: 'Suspecting or accusing the customer.',
    },
    messages: {
      default: {
        id: 'Jangan berprasangka buruk pada pelanggan. Percayai ceritanya, tanyakan apa yang terjadi, lalu bantu cari penyebabnya.',
        ms: 'Jangan bersangka buruk terhadap pelanggan. Percayai ceritanya, tanya apa yang berlaku, kemudian bantu cari puncanya.',
        en: "Don't assume the worst of the customer. Take them at their word, ask what happened, and help find the cause.",
      },
      neverWrong: {
        id: 'Sistem dan tim kita juga bisa keliru. Periksa dulu datanya sebelum menyimpulkan pelanggan yang salah.',
        ms: 'Sistem dan pasukan kita juga boleh tersilap. Semak dahulu rekodnya sebelum membuat kesimpulan pelanggan yang salah.',
        en: 'Our systems and people make mistakes too. Check the records before concluding that the customer is wrong.',
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: [
        `${CERTAIN} (?:(?:ini|itu) )?(?:karena |kerana |sebab )?${YOU} (?:sendiri )?(?:yang )?(?:sudah |telah |pernah |dah )?${ID_MS_MISDEED}(?: ${ID_MS_INPUT})?`,
        `${YOU} (?:sendiri )?${CERTAIN} (?:yang )?(?:sudah |telah |pernah )?${ID_MS_MISDEED}(?: ${ID_MS_INPUT})?`,
        `${YOU} (?:sendiri )?yang (?:salah|keliru|silap|tersilap|tersalah|lalai|cuai|teledor|ceroboh)~(?! (?:kami|saya|sistem|pihak))`,
        `(?:salah|kesalahan|kelalaian|kecuaian|kecerobohan|keteledoran|kesilapan|ulah|silap)~ ${YOU} sendiri`,
        `(?:ini|itu|karena|kerana|sebab|memang|jelas) (?:adalah |merupakan |memang )?(?:salah|kesalahan|kelalaian|kecuaian|kecerobohan|keteledoran|kesilapan|ulah|silap) ${YOU_NOUN}`,
        `kesalahan (?:dari )?(?:pihak )?(?:pelanggan|pembeli|pengguna|customer|user)`,
        `(?:kan )?${YOU} sendiri yang (?:input|memasukkan|masukkan|pilih|memilih|klik|isi|mengisi|transfer|setuju|menyetujui|pesan|memesan|tekan|menekan|pasang|memasang)~`,
        `(?:seharusnya|sepatutnya|harusnya|mestinya|patutnya|sepatutnya) ${YOU} (?:lebih )?(?:teliti|hati-hati|berhati-hati|membaca|baca|cek|periksa|semak|menyemak)~`,
      ],
      suggest: { id: ['saya bantu periksa dulu apa yang terjadi', 'mungkin ada kekeliruan'], ms: ['biar saya semak apa yang berlaku', 'mungkin ada kekeliruan'] },
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${HEDGED} ${YOU} (?:sendiri )?(?:yang )?(?:sudah |telah |dah )?${ID_MS_MISDEED}(?: ${ID_MS_INPUT})?`,
        `${YOU} ${HEDGED} (?:sudah |telah |dah )?${ID_MS_MISDEED}(?: ${ID_MS_INPUT})?`,
      ],
      suggest: { id: ['saya bantu periksa dulu apa yang terjadi', 'mungkin ada kekeliruan'], ms: ['biar saya semak apa yang berlaku', 'mungkin ada kekeliruan'] },
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
      unlessInSentence: ASKED_KINDLY,
    },
    {
      lang: ['id', 'ms'],
      // Not a passive: "meter air puan tersalah baca oleh petugas kami" is our reader's slip.
      match: `${YOU} (?:sudah |telah |dah )?(?:salah|keliru|tersalah|tersilap|silap) ${ID_MS_INPUT}(?! oleh)`,
      suggest: { id: ['saya bantu periksa dulu apa yang terjadi', 'mungkin ada kekeliruan'], ms: ['biar saya semak apa yang berlaku', 'mungkin ada kekeliruan'] },
      replaces: 'clause',
      // After "pasti"/"mungkin" the families above have it already.
      unlessAfter: [NOT_AN_ACCUSATION, CERTAIN, HEDGED],
      unlessInSentence: ASKED_KINDLY,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `(?:tidak mungkin|tidak akan|tidak bisa|tidak boleh|tidak pernah|mana mungkin|mana ada|mustahil) (?:bisa |boleh )?${ID_MS_BREAKS} ${BY_ITSELF_ID_MS}`,
        // Reading the customer's misuse into the damage: "jelas HP ini pernah jatuh".
        '(?:jelas|pasti|mesti|tentu|nampak|kelihatan|terlihat) (?:sekali )?(?:bahwa |bahawa )?(?:(?:hp|ponsel|telefon|telepon|skrin|layar|barang|unit|perangkat|produk|mesin|alat)~ )?(?:ini |itu |tu |ni )?pernah (?:jatuh|terjatuh|dijatuhkan|dibanting|terkena air|kena air|masuk air|dibongkar|dibuka|terhempas|dihempas)',
      ],
      suggest: ['kami akan periksa penyebabnya'],
      replaces: 'clause',
      unlessInSentence: REASSURED,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${YOU} (?:berbohong|bohong|menipu|tipu|mengada-ada|mengada-adakan|mengarang cerita|reka cerita|mereka-reka|buat-buat|berpura-pura|pura-pura|mengaku-ngaku)`,
        'jangan (?:berbohong|bohong|menipu|tipu|mengada-ada|buat-buat|berpura-pura|pura-pura)',
        '(?:banyak|ramai|kebanyakan|sering|selalu ada) (?:pelanggan|pembeli|customer|konsumen|orang|pengguna) (?:yang )?(?:suka |sering |selalu )?(?:berbohong|bohong|menipu|tipu|mengaku|mengaku-ngaku|pura-pura|berpura-pura|mengada-ada|curang|modus|buat-buat|mereka-reka|reka cerita)',
      ],
      suggest: ['terima kasih atas penjelasannya'],
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      // "Kakak mengaku belum terima": doubting the customer's account of what happened.
      // The verb comes first and the address is checked behind it: a lookbehind at every position would be slow.
      match: `(?:mengaku|mengklaim|klaim|dakwa|mendakwa)(?<= ${YOU} [a-z]+)(?= (?:belum|tidak|sudah|bahwa|bahawa) )`,
      suggest: ['menyampaikan'],
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      match: `(?:apakah |adakah |apa )?${YOU} (?:benar-benar |betul-betul |sudah )?(?:yakin|pasti) (?:yang |bahwa |bahawa )?(?:${YOU} )?(?:tidak|bukan|belum) (?:${YOU} )?(?:yang )?(?:pernah|${ID_MS_MISDEED})`,
      suggest: ['boleh ceritakan apa yang terjadi'],
      replaces: 'clause',
    },
    {
      // Reading a motive into the complaint: "jangan-jangan Kakak cuma mau dapat barang gratis", "Bapak sengaja telat bayar".
      lang: ['id', 'ms'],
      match: [
        `${YOU} (?:ini )?(?:cuma|hanya|sekadar|semata-mata|memang) (?:mau|ingin|mahu|nak|cari|mencari|cuba|coba|berharap) (?:dapat |dapatkan |mendapat |mendapatkan |minta |ambil )?(?:[^ .!?,]+ )?(?:gratis|percuma|free|untung|keuntungan|kesempatan|peluang)`,
        `(?:jangan-jangan|entah-entah|mesti|pasti|jelas) ${YOU} (?:cuma |hanya |memang |saja |je )?(?:mau|ingin|mahu|nak|cari|mencari|cuba|coba) (?:dapat |dapatkan |mendapat |mendapatkan |minta |ambil )?(?:[^ .!?,]+ )?(?:gratis|percuma|free|untung|keuntungan)`,
        `${YOU} (?:memang |pasti |mesti |sudah |dah )?(?:sengaja|dengan sengaja)(?! (?:tidak|tak|belum))`,
        // "jelas-jelas barangnya Ibu pakai dulu baru diretur"
        `${CERTAIN} (?:[^ .!?,]+ ){0,2}${YOU} (?:sudah |dah |telah )?(?:pakai|memakai|guna|gunakan|menggunakan|cuba|coba|mencoba)~ (?:[^ .!?,]+ ){0,3}(?:dulu|dahulu|terlebih dahulu)`,
        `${CERTAIN} (?:ini |itu )?${YOU} sendiri yang (?:melakukan|lakukan|buat|membuat|bertransaksi|belanja|berbelanja|membeli|beli|ambil|mengambil|guna|gunakan|menggunakan|pakai|memakai|setuju|menyetujui|bagi|memberi|memberikan|kongsi|berkongsi)~`,
      ],
      suggest: { id: ['saya bantu periksa dulu apa yang terjadi'], ms: ['biar saya semak apa yang berlaku'] },
      replaces: 'clause',
      unlessAfter: NOT_AN_ACCUSATION,
    },
    {
      lang: ['id', 'ms'],
      match: [
        '(?:sistem|aplikasi|data|catatan|rekod|rekaman|mesin|server) (?:kami )?(?:tidak pernah|tidak mungkin|tidak bisa|tidak boleh|mustahil) (?:salah|keliru|silap|tersilap|error|ralat|bermasalah|bohong|berbohong|menipu)',
        'kami (?:tidak pernah|tidak mungkin|mustahil) (?:salah|keliru|silap|tersilap)',
      ],
      suggest: ['kami akan periksa kembali data kami'],
      replaces: 'clause',
      messageId: 'neverWrong',
    },
    {
      lang: ['en'],
      match: [
        `you (?:must|must have|obviously|clearly|surely|definitely|evidently) (?:have )?(?:${EN_DAMAGED}|${EN_ERRED})${EN_WHAT}`,
        `you (?:probably|likely|most likely|might have|may have|could have|possibly) (?:have )?${EN_DAMAGED}${EN_WHAT}`,
        `you (?:have|had) (?:clearly|obviously|evidently) (?:${EN_DAMAGED}|${EN_ERRED})${EN_WHAT}`,
        `(?:must have been|was clearly|was obviously|has clearly been|has obviously been|had clearly been) (?:dropped|forced|mishandled|misused|tampered with|submerged|exposed to water|opened|dismantled)`,
        'you should have (?:read|checked|been more careful|been careful|followed|double-checked|looked|known better)',
        '(?:hard|difficult) to believe (?:that )?(?:you|the (?:item|parcel|package|phone|device|order))',
        'you (?:obviously|clearly|evidently|apparently) (?:did not|have not|never|do not|could not|cannot) (?:read|follow|check|understand|pay attention|listen|bother|care)',
        'are you (?:sure|certain|positive|absolutely sure|really sure) (?:that )?you (?:did not|have not|had not|never|were not|did|had|entered|typed|dropped)',
        'your (?:own )?(?:carelessness|negligence|misuse|mishandling|improper use)',
        '(?:this is|that is|it is|looks like|seems like|sounds like|was|is) (?:a |an |clearly |obviously |just |simply )?(?:user|operator|customer) error',
        '(?:that|this|it) (?:is|was) on you(?= [.,!]| $)',
        'you (?:broke|damaged|caused|ruined|dropped|forced) (?:it|this|that|the)',
        '(?:did this|did it|caused this|caused it|broke it|damaged it|dropped it) yourself',
        // "You must have made this transaction yourself."
        'you (?:have |had )?(?:clearly|obviously|evidently|definitely) (?:have )?(?:worn|used|washed|opened|tried on) (?:it|them|the|this|these|those|your)',
        'you (?:must|must have|obviously|clearly|surely|definitely) (?:have )?(?:made|done|authorised|authorized|approved|placed|carried out|shared|given out) (?:it|this|that|these|those|the|your) (?:[^ .!?,]+ )?yourself',
      ],
      suggest: ['let me check what happened'],
      replaces: 'clause',
      // "even if you dropped it, …", "I don't think you broke it"
      unlessAfter: '(?:if|whether|unless|when|before|after|in case|think|not|never)',
    },
    {
      lang: ['en'],
      match: '(?<= (?:is|was|are|were) )(?:entirely |all |completely |clearly |obviously |totally |definitely |really |actually )?your (?:own )?(?:fault|mistake|doing|error)',
      suggest: ["something we'll sort out together"],
      // "none of this is your fault", "it is in no way your fault"
      unlessAfter: '(?:none of (?:this|that|it)|nothing|not|never|no|hardly|neither|if|whether)',
    },
    {
      lang: ['en'],
      match: [
        'you (?:are|were) (?:lying|not telling the truth|making this up|making it up|making things up|exaggerating|trying to scam|trying to cheat|trying to get a free)',
        'you (?:lied|made this up|made it up|made that up)',
        '(?:customers|people|users|buyers|shoppers) (?:often|always|usually|sometimes|frequently|tend to|try to|like to|keep) (?:lie|lying|pretend|make up|make things up|fake|scam|exaggerate|cheat|abuse|game)',
        '(?:a lot of|many|lots of|plenty of|so many) (?:fake|false|fraudulent|bogus) (?:claims|complaints|reports|orders)',
      ],
      suggest: ['thank you for letting us know'],
      replaces: 'clause',
      unlessAfter: '(?:if|when|not|never|think)',
    },
    {
      // Reading a motive into the complaint: "you're just after a free replacement", "paying late on purpose".
      lang: ['en'],
      match: [
        'you (?:are|were) (?:just |only |simply |really |clearly |obviously )?(?:after|fishing for|angling for|looking for|hoping for|trying to get|out to get|trying to score) (?:a |some )?(?:free|freebie|freebies|something for nothing|a discount out of|money out of)',
        'you (?:just |only |simply |really )(?:want|wanted) (?:a |some )?(?:free|freebie|freebies|something for nothing)',
        'you (?:are |were |have been )?(?:(?!not |never |did not |do not )[^ .!?,]+ ){0,3}(?:on purpose|deliberately|intentionally)',
      ],
      suggest: ['let me check what happened'],
      replaces: 'clause',
      unlessAfter: '(?:if|when|not|never|think|whether)',
    },
    {
      lang: ['en'],
      match: ['you (?:claim|claimed|allege|alleged)(?= (?:that|you|it|to have) )', 'you (?:supposedly|allegedly)'],
      suggest: ['you said'],
      unlessAfter: '(?:if|when|once|after|before|until|not|never)',
    },
    {
      lang: ['en'],
      match: [
        '(?:do not|does not|did not|cannot|can not|will not|would not|never) (?:just |simply )?(?:break|snap|crack|shatter|stop working|die|fall apart|come apart|bend|leak|burn out|tear|rip|fall off|come off|smash)(?: like that)? (?:on (?:its|their) own|by (?:itself|themselves)|for no reason|out of nowhere)',
        '(?:do not|does not|did not|never) just (?:break|snap|crack|shatter|die|fall apart|bend|smash)',
      ],
      suggest: ["I'll look into what caused this"],
      replaces: 'clause',
      unlessInSentence: REASSURED,
    },
    {
      lang: ['en'],
      match: [
        '(?:system|systems|records|data|app|software|computer|machine|machines|scanner|scanners|tracking) (?:is never|are never|never|does not|do not|cannot|can not|can never) (?:wrong|lie|lies|make mistakes|makes mistakes|make errors|makes errors|make an error|make a mistake|err|get it wrong|gets it wrong|be wrong)',
        'we (?:never|do not) make (?:mistakes|errors)',
      ],
      suggest: ['let me double-check our records'],
      replaces: 'clause',
      messageId: 'neverWrong',
    },
  ],
);
