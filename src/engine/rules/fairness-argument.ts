import { ALTERNATIVE_OFFERED } from './dismiss-request.js';
import { phraseRule } from './rule.js';
import { CUSTOMER } from '../text/address.js';

const YOU = CUSTOMER;
// Longest first, so that the whole name is flagged.
const ID_MS_RULE_WORD = 'syarat dan ketentuan|terma dan syarat|syarat-syarat|aturan|peraturan|kebijakan|sop|prosedur|ketentuan|syarat|polisi|dasar|terma|undang-undang';
const ID_MS_RULES = `(?:${ID_MS_RULE_WORD})~`;
// Customers as a bank, an airline, a utility or a shop calls them.
const CUSTOMERS_ID_MS = '(?:pelanggan|pembeli|customer|konsumen|pengguna|orang|nasabah|penumpang|peserta|pemegang polis|pemegang polisi|ahli|anggota|member|penyewa|pengguna jalan)';
const OTHER_CUSTOMERS_ID_MS = `(?:semua |para |seluruh )?${CUSTOMERS_ID_MS} (?:lain|yang lain)`;
// Small charges that a loyal customer is worth far more than.
const ID_MS_FEE = '(?:biaya|ongkos|ongkir|ongkos kirim|denda|caj|bayaran|yuran|fee|admin|biaya admin|deposit|penalti)~';
const EN_FEE = '(?:fee|fees|charge|charges|shipping|postage|delivery|penalty|surcharge|deposit|restocking|cancellation|admin)';

export const fairnessArgument = phraseRule(
  {
    id: 'fairness-argument',
    kind: 'warning',
    description: {
      id: 'Berdebat soal aturan, kebijakan atau keadilan, atau mempersoalkan biaya kecil, bukannya menyelesaikan masalah.',
      ms: 'Berhujah tentang peraturan, polisi atau keadilan, atau bertegang soal caj kecil, bukannya menyelesaikan masalah.',
      en: 'Arguing rules, policy or fairness, or quarrelling over a small fee, instead of solving.',
    },
    messages: {
      default: {
        id: 'Pemulihan layanan bukan penyelidikan siapa yang benar. Jangan berdebat soal aturan atau keadilan: cari jalan keluar untuk pelanggan ini, atau tawarkan alternatif.',
        ms: 'Pemulihan perkhidmatan bukan siasatan siapa yang betul. Jangan berhujah tentang peraturan atau keadilan: cari jalan penyelesaian untuk pelanggan ini, atau tawarkan alternatif.',
        en: "Recovery isn't an investigation of who was right. Don't argue rules or fairness: look for a way to solve it for this customer, or offer an alternative.",
      },
      smallFee: {
        id: 'Pelanggan setia bernilai jauh lebih besar daripada biaya kecil ini. Jangan mempersoalkannya: pertimbangkan untuk membebaskan biayanya.',
        ms: 'Pelanggan setia bernilai jauh lebih besar daripada caj kecil ini. Jangan bertegang mengenainya: pertimbangkan untuk mengecualikan caj itu.',
        en: "A loyal customer is worth far more than this small fee. Don't quarrel over it: consider waiving it.",
      },
    },
    quietInInternalNotes: true,
  },
  [
    {
      lang: ['id', 'ms'],
      match: [
        // The same word twice, "aturan tetap aturan"; the group must stay the first of this family.
        `(${ID_MS_RULE_WORD})(?:nya)? (?:tetap~|adalah|ialah|ya|tetap saja|tetap sahaja|tetap juga|kekal) \\1`,
        `(?:tidak|kurang|bukan) (?:adil|fair) (?:bagi|untuk|kepada|buat|terhadap|pada|dengan) ${OTHER_CUSTOMERS_ID_MS}`,
        '(?:demi|untuk) keadilan (?:bagi |untuk |kepada )?(?:semua|seluruh|pelanggan lain)',
        '(?:agar|supaya|biar) adil (?:bagi|untuk|kepada|buat) (?:semua|seluruh|pelanggan lain)',
        '(?:semua|setiap|tiap) (?:pelanggan|pembeli|orang|customer) (?:lain )?(?:nanti |juga |akan |pun )*(?:minta|meminta|menuntut|mahu|mau)(?: hal| perkara)? yang sama',
        `(?:itu|ini) (?:sudah |memang )?(?:menjadi )?${ID_MS_RULES}(?: (?:kami|perusahaan|syarikat|dari perusahaan|dari kami|yang berlaku))?(?= [.,!]| $)`,
        `${ID_MS_RULES} (?:ini |itu )?(?:berlaku|terpakai|diguna pakai|dikenakan) (?:sama |sama rata |secara sama rata |secara adil )?(?:untuk|bagi|kepada|ke atas|terhadap) (?:semua|seluruh|setiap) ${CUSTOMERS_ID_MS}`,
        // "Pembeli lain juga minta hal yang sama"; "kami tidak bisa membeda-bedakan Bapak".
        `${OTHER_CUSTOMERS_ID_MS} (?:nanti |juga |akan |pun |semua |pula |mesti )*(?:minta|meminta|menuntut|mahu|mau|nak|ikut minta|ikut-ikutan minta)(?: hal| perkara| benda)? yang sama`,
        '(?:tidak|bukan) (?:bisa |boleh |dapat |akan )?(?:membeda-bedakan|membedakan|mengistimewakan|istimewakan|menganakemaskan|melayan|layan|memperlakukan)(?: [^ .!?,]+){0,2} (?:secara )?(?:berbeza|berbeda|istimewa|khusus)',
        '(?:tidak|bukan) (?:bisa |boleh |dapat |akan )?(?:membeda-bedakan|membedakan|mengistimewakan|menganakemaskan|pilih kasih)',
        '(?:jadi|nanti|kan|malah|pula) (?:jadi )?(?:tidak|kurang) adil~(?= [.,!?]| $| (?:dong|kan|ya|lah))',
        '(?:semua|setiap) (?:pelanggan|pembeli|orang|customer) (?:harus|wajib|mesti|perlu) (?:mengikuti|ikut|patuh|mematuhi|tunduk)',
        '(?:harus|wajib|mesti|perlu) (?:melakukan~|lakukan|buat|membuat~|memberi~|memberikan~|berikan|beri) (?:hal yang sama |yang sama |perkara yang sama )?(?:juga )?(?:untuk|kepada|ke|bagi|pada) (?:semua|seluruh|setiap) (?:pelanggan|pembeli|orang)',
        `(?:sesuai|berdasarkan|menurut|mengikut|ikut|mengikuti) (?:dengan )?${ID_MS_RULES}(?: [^ .!?]+){0,8} (?:tidak|bukan) (?:bisa|dapat|boleh|diperbolehkan|dibenarkan|diizinkan|dibolehkan)(?: [^ .!?,]+){0,4}`,
        '(?:tidak|tiada) (?:ada |bisa |boleh |dapat )?(?:ada )?(?:membuat |memberi |memberikan |buat |beri )?pengecualian(?= [.,!]| $| (?:untuk|bagi|kepada|buat) (?:siapa|sesiapa|semua))',
      ],
      suggest: { id: ['saya akan carikan jalan keluarnya'], ms: ['saya akan cuba carikan jalan penyelesaian'] },
      replaces: 'clause',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${YOU} (?:sudah |telah |kan |kan sudah |dah )?(?:menyetujui|setuju|bersetuju|sepakat|menyepakati) (?:dengan |semua )?${ID_MS_RULES}`,
      ],
      suggest: { id: ['saya akan carikan jalan keluarnya'], ms: ['saya akan cuba carikan jalan penyelesaian'] },
      replaces: 'clause',
      unlessAfter: '(?:jika|kalau|apabila|bila|sekiranya|apakah|adakah|asalkan|selama)',
      unlessInSentence: '\\?',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['id', 'ms'],
      match: [
        `${YOU} (?:tetap|tetep|masih|tetap saja) (?:harus|wajib|perlu|kena|mesti|mesti lah) (?:membayar|bayar|menanggung|tanggung|melunasi|lunasi)~(?: ${ID_MS_FEE})?`,
        `${ID_MS_FEE}(?: [^ .!?,]+){0,3} (?:tetap|tetep|masih) (?:(?:harus|wajib|perlu|kena|mesti|akan) )?(?:${YOU} )?(?:bayar|dibayar|membayar|ditanggung|tanggung|menanggung|dilunasi|lunasi|dikenakan)(?! (?:oleh )?(?:kami|pihak kami|kita|perusahaan|syarikat|toko))`,
        `tidak (?:bisa|dapat|boleh) (?:mengembalikan|memulangkan|refund|menanggung|membebaskan|menghapus|mengecualikan|kecualikan|pulangkan|kembalikan) (?:_ )?${ID_MS_FEE}`,
        `(?:tetap|tetep|masih) (?:harus|wajib|perlu|kena|mesti) ${YOU} (?:bayar|tanggung|lunasi)~`,
        `${ID_MS_FEE}(?: [^ .!?,]+){0,3} (?:tidak|tidak akan) (?:bisa|dapat|boleh) (?:dikembalikan|dipulangkan|direfund|di-refund|dibatalkan|dihapus|dikecualikan|dibebaskan)`,
      ],
      suggest: { id: ['biaya ini akan saya bantu ajukan untuk dibebaskan'], ms: ['saya akan cuba mohon supaya caj ini dikecualikan'] },
      replaces: 'clause',
      messageId: 'smallFee',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['en'],
      match: [
        // "Rules are rules": the same word twice; the group must stay the first of this family.
        "(?:the |a )?(rules|rule|policy|policies|terms|procedure|procedures) (?:are|is|'s) (?:the |a )?\\1",
        '(?:(?:it|that|this) (?:would|will|is) )?(?:not|never) (?:be )?(?:very |really |exactly |entirely )?fair (?:to|on|for|towards) (?:all (?:of )?)?(?:the |our )?(?:other(?: customers| people| buyers| shoppers| clients| guests| passengers| members)?|everyone else|everybody else|everyone|everybody)',
        '(?:(?:it|that|this) (?:would be|will be|is) )?unfair (?:to|on|for|towards) (?:all (?:of )?)?(?:the |our )?(?:other(?: customers| people| buyers| shoppers| clients| guests| passengers| members)?|everyone else|everybody else|everyone|everybody)',
        '(?:in fairness|to be fair|out of fairness) to (?:all |the |our )?(?:other|everyone|everybody|all)',
        '(?:would|will|would then|will then) have to do (?:it|that|the same|this) for (?:everyone|everybody|all|every)',
        '(?:everyone|every customer|all customers|every other customer|everybody)(?: else)? (?:would|will) (?:want|ask for|expect|demand) (?:it|that|one|the same)',
        '(?:no exceptions|no exception)(?= [.,!]| $| for)',
        '(?:everyone|every customer|all customers|everybody|all our customers) (?:has to|have to|must|needs to|need to) (?:follow|abide by|stick to|play by)',
        '(?:rules|policy|policies|terms|conditions) (?:apply|applies) (?:equally )?to (?:everyone|everybody|all customers|all our customers|every customer|every single customer|all passengers|every passenger|all policyholders|all account holders)',
        "(?:cannot|can not|will not|do not|are not able to|am not able to|unable to) (?:treat|handle) (?:you|one customer|any customer|anyone|one person) (?:any )?differently",
        "(?:that|it|this) (?:would not|will not|would never) be (?:very |really |entirely )?fair(?= [.,!]| $)",
        '(?:cannot|can not|do not|will not|are not able to|unable to) (?:make|give|grant|allow) (?:an |any )?exceptions?',
        '(?:according to|as per|per|under|in line with|in accordance with) (?:our |the |company )?(?:policy|policies|rules|terms|sop|procedure)(?: [^ .!?]+){0,8} (?:we cannot|we can not|we are not able|we are unable|we do not|cannot|is not allowed|are not allowed|is not possible)(?: [^ .!?,]+){0,6}',
        'you (?:have |had )?(?:agreed|accepted|consented|signed up) (?:to )?(?:the |our |these |those )?(?:terms|t cs?|t c|conditions|policy|policies|rules|contract|agreement)',
        '(?:terms|conditions|policy|rules|t cs?) (?:that )?you (?:have )?(?:agreed|accepted|signed)',
        '(?:those|these) are (?:the|our) (?:terms|rules)',
        '(?:that|this|it) is (?:just |simply )?(?:the |our )?(?:company |store |shop )?(?:policy|rule|rules)(?= [.,!]| $)',
      ],
      suggest: ['let me see what I can do'],
      replaces: 'clause',
      tail: 'i am afraid',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
    {
      lang: ['en'],
      match: [
        `you (?:will |would )?still (?:have to|need to|must|be required to|be expected to|be charged|be liable for) (?:pay |cover |bear )?(?:for )?(?:[^ .!?,]+ ){0,3}${EN_FEE}`,
        `you are still (?:responsible|liable) for (?:[^ .!?,]+ ){0,3}${EN_FEE}`,
        `${EN_FEE} (?:is|are) (?:strictly |completely |totally |entirely )?non-refundable`,
        `${EN_FEE} (?:still (?:applies|apply)|(?:applies|apply) regardless)`,
        `${EN_FEE}(?: cost| costs| fee)? (?:is|are) (?:still )?(?:on you|your responsibility|paid by you|at your (?:own )?(?:expense|cost))`,
        `(?:cannot|can not|are unable to|am unable to|will not|do not) (?:refund|waive|return|reimburse|cover) (?:the |that |this |your )?(?:[^ .!?,]+ )?${EN_FEE}`,
      ],
      suggest: ["I'll see if I can waive the fee"],
      replaces: 'clause',
      tail: 'i am afraid',
      messageId: 'smallFee',
      unlessAfter: '(?:if|whether|unless|not|no)',
      unlessInDraft: ALTERNATIVE_OFFERED,
    },
  ],
);
