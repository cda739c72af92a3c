import { describe, expect, it } from 'vitest';
import { readSignals } from '../../src/engine/signals/index.js';
import { analyze } from '../../src/engine/analyze.js';
import { toDocument } from '../../src/engine/text/document.js';
import { SIGNALS, type Signal } from '../../src/engine/report.js';

const signalsOf = (message: string): Signal[] => readSignals(toDocument(message)).map((s) => s.signal);

/** Each message with the signals it must carry (exactly those). */
const CASES: Record<'id' | 'ms' | 'en', [message: string, signals: Signal[]][]> = {
  id: [
    ['Kalau tidak diganti, saya tulis di Google Review!', ['upset', 'threat']],
    ['Saya sudah lelah, tolong diselesaikan.', ['upset']],
    ['Kurirnya biadab, paket dilempar ke pagar!', ['upset']],
    // upset
    ['Saya kecewa sekali dengan pelayanan toko ini.', ['upset']],
    ['Jujur sy kesel bgt, pesanan sy dibatalkan sepihak.', ['upset']],
    ['Gimana sih, udah 2 minggu paketnya gak sampe2', ['upset']],
    ['Sudah tiga kali saya chat dan jawabannya selalu sama.', ['upset']],
    ['Refund saya belum masuk juga sampai hari ini.', ['upset']],
    ['Katanya mau ditelepon balik, tapi tidak kunjung ada kabar.', ['upset']],
    ['Kenapa tagihan saya naik terus??', ['upset']],
    ['TOLONG CEPAT DIPROSES, SAYA BUTUH BARANGNYA BESOK', ['upset']],
    ['Barang yang datang pecah semua!', ['upset']],
    ['Pelayanan kalian benar-benar mengecewakan.', ['upset']],
    ['Ini sudah keterlaluan, masa saya harus isi formulir lagi-lagi.', ['upset']],
    ['Ya ampun, lama banget sih balasnya', ['upset']],
    // abuse (also upset)
    ['Dasar admin tolol, gitu aja gak ngerti.', ['upset', 'abuse']],
    ['Brengsek, uang saya mana?', ['upset', 'abuse']],
    ['Kalian semua bangsat', ['upset', 'abuse']],
    ['CS kampret, dari tadi muter-muter terus.', ['upset', 'abuse']],
    ['Kamu ini bodoh ya, sudah saya jelaskan.', ['upset', 'abuse']],
    ['Toko penipu! Barang tidak pernah dikirim.', ['upset', 'abuse']],
    ['Gak punya otak ya kalian?', ['upset', 'abuse']],
    // threat (also upset)
    ['Kalau besok belum ada kejelasan, saya lapor polisi.', ['upset', 'threat']],
    ['Saya akan adukan ke YLKI dan BPSK.', ['upset', 'threat']],
    ['Siap-siap saya somasi lewat pengacara saya.', ['upset', 'threat']],
    ['Saya viralkan di TikTok biar semua orang tahu.', ['upset', 'threat']],
    ['Saya gugat perusahaan kalian ke pengadilan.', ['upset', 'threat']],
    ['Awas kalian, saya datangi kantornya besok.', ['upset', 'threat']],
    ['Kurirnya saya hajar kalau ketemu.', ['upset', 'threat']],
    ['Saya kasih bintang 1 dan ulasan jelek di aplikasi.', ['upset', 'threat']],
    ['Kalau tidak diganti, saya lapor ke BPKN.', ['upset', 'threat']],
    ['Saya akan bawa masalah ini ke pengadilan.', ['upset', 'threat']],
    ['Tolong bawa paketnya ke kantor pos saja.', []],
    // escalation request
    ['Tolong sambungkan saya ke supervisor.', ['escalation-request']],
    ['Saya mau ngomong sama atasan kamu.', ['escalation-request']],
    ['Bisa saya bicara dengan manajer toko?', ['escalation-request']],
    ['Mana atasanmu? Panggilkan sekarang.', ['escalation-request']],
    ['Minta kasus saya dieskalasi ke pihak manajemen.', ['escalation-request']],
    ['Sudah 3x saya tanya, saya mau bicara dengan pimpinan kalian!', ['upset', 'escalation-request']],
    // a bare demand for someone senior is not, by itself, upset
    ['Sambungkan saya ke atasan kamu sekarang juga!', ['escalation-request']],
    ['SAYA MAU BICARA DENGAN MANAJER', ['upset', 'escalation-request']],
    ['Mohon dibantu ya Kak, saya sudah menunggu 4 hari.', ['upset']],
    ['Kok bisa sih salah kirim lagi', ['upset']],
    ['Masih belum ada kabar ya, Kak?', ['upset']],
    // none
    ['Halo Kak, pesanan saya dengan nomor 12345 sudah dikirim belum ya?', []],
    ['Apakah produk ini mengandung babi?', []],
    ['Makanan anjing ukuran 5 kg masih ada stok?', []],
    ['Saya mau tukar atasan yang saya beli kemarin ke ukuran L.', []],
    ['Gimana bos, bisa kirim hari ini?', []],
    ['Terima kasih banyak, barangnya sudah sampai dengan selamat!', []],
    ['Saya tidak marah kok, cuma mau tanya kapan dikirim.', []],
    ['Maaf kalau pertanyaan saya bodoh, cara ganti password gimana?', []],
    ['Saya sudah lapor polisi karena HP saya dicuri, bisa blokir IMEI-nya?', []],
    ['Apakah bank ini terdaftar di OJK?', []],
    ['Ada SMS dari penipu yang mengatasnamakan toko Anda, hati-hati ya.', []],
    ['Saya sudah transfer hari ini ya Kak.', []],
    ['Saya pelanggan lama sekali di sini, mau tanya promo.', []],
    ['Tolong kirim via JNE ya, pukul 10 saya di rumah.', []],
    ['Paketnya dikirim lewat JNE atau J&T?', []],
    ['Tidak sabar menunggu paketnya!', []],
    ['Pada dasarnya saya cuma mau ganti alamat.', []],
    ['Sudah 2 tahun saya pakai layanan ini dan puas.', []],
    ['Order dari TOKO BERKAH JAYA sudah sampai, makasih', []],
    ['Saya harus minta izin atasan saya dulu sebelum bayar.', []],
    ['Salah satu lagi barangnya belum ada?', []],
    ['Paket saya belum sampai, kapan ya kira-kira?', []],
    ['Saya mau viralkan produk kalian karena bagus banget!', []],
    // unfairness, repeats, a reproachful question, an exclamation after a complaint
    ['Paket saya diganti tanpa persetujuan saya.', ['upset']],
    ['Ini sudah ketiga kalinya saya tanya soal refund.', ['upset']],
    ['Ini gimana sih, pesanan saya dibatalin sepihak', ['upset']],
    ['Saya tidak pernah berlangganan paket ini.', ['upset']],
    ['Paketnya belum datang. Acaranya besok!', ['upset']],
    ['Gimana caranya ganti alamat?', []],
    ['Apakah bisa berhenti tanpa pemberitahuan?', []],
    ['Selamat pagi, semoga sehat selalu!', []],
    // abuse
    ['Toko sampah, barang palsu semua.', ['upset', 'abuse']],
    // threats announced as chargebacks, posts, marketplaces and visits; harm told without the obvious words
    ['Kalau sampai besok masih gagal, saya ajukan chargeback ke bank.', ['upset', 'threat']],
    ['Kalau gak dikirim hari ini sy viralin di tiktok', ['upset', 'threat']],
    ['Saya akan terus posting sampai kalian beresin!', ['upset', 'threat']],
    ['Awas ya, sy datengin toko lo besok.', ['upset', 'threat']],
    ['Saya mau ajukan chargeback, barang dari merchant tidak pernah dikirim.', []],
    ['Driver GoFood tadi marah-marah ke saya, padahal titiknya sudah benar.', ['upset']],
    ['Chat dari kemarin gak dibales kak', ['upset']],
    ['Pesanan telat 1 jam. Bos saya malu di depan klien.', ['upset']],
    ['Saya tidak akan bayar tagihan yang salah ini.', ['upset']],
    ['Kalau saya gak bayar sekarang, apa akun saya diblokir?', []],
    ['Tas laptop saya ketinggalan di mobil kemarin, tolong dibantu cek.', []],
    ['Maaf kak, malu bertanya, cara bayar pakai QRIS gimana?', []],
    ['PLN maling! Tagihan saya naik 3x lipat.', ['upset', 'abuse']],
    // near misses: a thief who did something to the customer, a question about a loss
    ['Paket saya di depan rumah diambil pencuri.', []],
    ['Motor saya dicuri maling semalam, asuransinya bagaimana?', []],
    ['Apakah ada kerugian jika saya batalkan pesanan?', []],
    ['Apakah saya rugi kalau saya tukar paket sekarang?', []],
    ['Saya akan review bintang 5 di semua platform, terima kasih ya', []],
    ['Kalian pencuri, uang saya dipotong dua kali!', ['upset', 'abuse']],
    ['Maskapai sampah! Bagasi saya hilang.', ['upset', 'abuse']],
    ['Truk sampah lewat jam berapa di perumahan kami?', []],
    ['Saya transfer ke rekening penjual online ternyata penipu.', []],
  ],
  ms: [
    ['Pemandu tadi kurang ajar betul dengan saya!', ['upset']],
    ['Makanan sampai sejuk dan tumpah!', ['upset']],
    ['Kau ni kurang ajar!', ['upset', 'abuse']],
    ['Saya sangat kecewa dengan servis korang.', ['upset']],
    ['Geram betul, dah tiga hari internet tak stabil.', ['upset']],
    ['Bengang aku, order dah seminggu tak sampai.', ['upset']],
    ['Sampai hari ni bayaran balik belum masuk lagi.', ['upset']],
    ['Dah berkali-kali saya call, asyik putus je talian.', ['upset']],
    ['Kenapa akaun saya dibekukan??', ['upset']],
    ['Tak puas hati langsung dengan layanan ni.', ['upset']],
    ['Barang sampai dah rosak, kotak pun koyak!', ['upset']],
    ['Korang ni bangang ke apa?', ['upset', 'abuse']],
    ['Syarikat tak guna, penyangak semua.', ['upset', 'abuse']],
    ['Bodo betul la staf korang ni.', ['upset', 'abuse']],
    ['Celaka betul, duit aku hilang macam tu je.', ['upset', 'abuse']],
    ['Saya akan buat laporan polis kalau duit tak dipulangkan.', ['upset', 'threat']],
    ['Saya dah hubungi peguam saya.', ['upset', 'threat']],
    ['Saya nak saman syarikat ni.', ['upset', 'threat']],
    ['Saya akan adukan kepada KPDN dan tularkan kat Facebook.', ['upset', 'threat']],
    ['Aku cari kau sampai dapat.', ['upset', 'threat']],
    ['Boleh saya bercakap dengan pengurus?', ['escalation-request']],
    ['Tolong sambungkan saya kepada penyelia awak.', ['escalation-request']],
    ['Saya nak jumpa pegawai atasan.', ['escalation-request']],
    ['Saya nak mengadu kepada pihak pengurusan.', ['escalation-request']],
    ['Dah lima kali saya terangkan, bagi saya cakap dengan supervisor!', ['upset', 'escalation-request']],
    ['Assalamualaikum, boleh saya tahu status pesanan saya?', []],
    ['Adakah produk ini mengandungi babi?', []],
    ['Macam mana nak bayar saman trafik guna aplikasi ni?', []],
    ['Saya nak tanya pasal pengurus akaun saya, dia cuti ke?', []],
    ['Terima kasih, barang dah sampai dalam keadaan baik!', []],
    ['Tak payah risau, saya boleh tunggu.', []],
    ['Saya dah bayar semalam, tolong semak ya.', []],
    ['Nasib sial betul, saya tertinggal kapal terbang. Boleh tukar tiket?', []],
    // unfairness, repeats, a reproachful question, an exclamation after a complaint
    ['Akaun saya kena tutup tanpa kebenaran saya.', ['upset']],
    ['Kenapa bekalan elektrik terputus tanpa notis?', []],
    ['Ni kali ketiga saya hubungi korang pasal bil ni.', ['upset']],
    ['Tiga hari berturut-turut bekalan air terputus.', ['upset']],
    ['Dapat kasut saiz salah. Apa ni?', ['upset']],
    ['Kek tak sampai lagi. Majlis pukul 3!', ['upset']],
    ['Boleh saya batal tanpa notis kalau pindah rumah?', []],
    ['Kali pertama beli, terima kasih!', []],
    // threat
    ['Saya akan buat aduan ke surat khabar.', ['upset', 'threat']],
    // threats announced as chargebacks, marketplaces and visits; harm told without the obvious words
    ['Kalau tak refund hari ni sy buat chargeback dgn bank', ['upset', 'threat']],
    ['Kalau esok tak hantar saya report kat Shopee.', ['upset', 'threat']],
    ['Kalau lesen aku tak siap minggu ni aku datang pejabat bawa kawan2. Tengok apa jadi.', ['upset', 'threat']],
    ['Boleh saya datang ke pejabat untuk ambil kad baru?', []],
    ['Rider tu tengking saya depan orang ramai.', ['upset']],
    ['Semalam agen cakap saya dapat refund penuh, hari ni lain pulak cerita.', ['upset']],
    ['Saya rugi jualan dua hari sebab terminal rosak.', ['upset']],
    ['Cincin mak saya hilang masa dalam wad. Siapa nak bertanggungjawab?', ['upset']],
    ['Bukan saya tak nak bayar, mesin bayar rosak masa tu.', []],
    ['Pos Malaysia pencuri! Posmen curi barang dalam parcel saya.', ['upset', 'abuse']],
    // near misses: a thief who did something to the customer, a question offering its options, a question about a loss
    ['Rumah saya kemasukan maling, kartu saya hilang, tolong blokir.', []],
    ['Kedai sebelah ada pencuri, tolong bantu semak CCTV.', []],
    ['Mana satu yang betul, saiz M atau L?', []],
    ['Mana satu yang betul, warna hitam atau biru?', []],
    ['Korang memang pencuri, caj dua kali!', ['upset', 'abuse']],
    ['Korang memang sampah.', ['upset', 'abuse']],
    ['Tong sampah rumah saya hilang masa banjir, boleh ganti?', []],
  ],
  en: [
    ['I\'m leaving a one-star review if nobody calls me today.', ['upset', 'threat']],
    ['The technician was so rude to my mother!', ['upset']],
    ['She promised to email me the form and never did.', ['upset']],
    ['I\'m exhausted, please just fix it.', ['upset']],
    ['I am really frustrated with how this has been handled.', ['upset']],
    ["I'm fed up with chasing this.", ['upset']],
    ['This is the fourth time I have written to you about it.', ['upset']],
    ["I've called three times already and nobody has called back.", ['upset']],
    ['Still no refund, and it has been two weeks.', ['upset']],
    ['Why is my account locked again??', ['upset']],
    ['WHERE IS MY ORDER', ['upset']],
    ['My screen cracked the first time I used it!', ['upset']],
    ["Honestly this is unacceptable. I'm paying for a service I don't get.", ['upset']],
    ['Seriously? Another delay?', ['upset']],
    ['You guys are a bunch of morons.', ['upset', 'abuse']],
    ['What the f*ck is wrong with your company', ['upset', 'abuse']],
    ['Are you an idiot or just pretending?', ['upset', 'abuse']],
    ['Your staff are liars and thieves.', ['upset', 'abuse']],
    ['Scammers, the lot of you.', ['upset', 'abuse']],
    ['This is bullshit.', ['upset', 'abuse']],
    ["I'll sue you for every penny.", ['upset', 'threat']],
    ['My lawyer will be in touch.', ['upset', 'threat']],
    ["I'm going to report you to the consumer protection agency.", ['upset', 'threat']],
    ['Fix it or I will take this to small claims court.', ['upset', 'threat']],
    ['I will post about this all over social media.', ['upset', 'threat']],
    ['I know where your staff work.', ['upset', 'threat']],
    ['I want to speak to a manager.', ['escalation-request']],
    ['Can you escalate this to someone more senior, please?', ['escalation-request']],
    ['Please transfer me to your supervisor.', ['escalation-request']],
    ['Is there a manager I can talk to?', ['escalation-request']],
    ['Who is your supervisor?', ['escalation-request']],
    ['I demand to speak to your manager right now!', ['escalation-request']],
    ["I've been waiting for three weeks now.", ['upset']],
    ['My router is down again.', ['upset']],
    ['Not happy with this at all.', ['upset']],
    ["HI, MY ORDER HASN'T ARRIVED", ['upset']],
    ['Hi, could you tell me when my order will ship?', []],
    ["Thanks so much, that's great!", []],
    ['I think I got a scam text pretending to be you, is this real?', []],
    ['Sorry if this is a stupid question, how do I reset my PIN?', []],
    ['I feel like an idiot, I typed the wrong address.', []],
    ["I can't find your returns form on the website.", []],
    ['My account manager said I could ask you about the upgrade.', []],
    ['I reported my card stolen to the police, please block it.', []],
    ["I'm not upset, just curious about the new plan.", []],
    ['Sue from your team helped me yesterday, thank you!', []],
    ["I'll shoot you an email with the photos.", []],
    ['I have been a customer for five years and love the service.', []],
    ['Is the food court near your store open on Sundays?', []],
    ['Could I get the invoice for my BCA ATM payment via SMS?', []],
    ['I need my manager’s approval before I pay.', []],
    ["I'll report back once I've tested it.", []],
    ['Can you dumb it down for me?', []],
    ["Please don't cancel my order!", []],
    ["I won't be disappointed, I'm sure.", []],
    // unfairness, repeats, an exclamation after a complaint
    ['They changed my plan without asking me first.', ['upset']],
    ['This is the fourth email I have sent about the refund.', ['upset']],
    ['The app crashed three mornings in a row.', ['upset']],
    ['Charging me twice for one delivery is not fair.', ['upset']],
    ['The flowers never came. The wedding is tomorrow!', ['upset']],
    ['Can I cancel without notice if I move abroad?', []],
    ['Third time lucky, it worked. Thank you!', []],
    ['Have a great weekend!', []],
    // abuse, threat
    ['Your app is garbage, nothing loads.', ['upset', 'abuse']],
    ['Refund me or I will file a chargeback.', ['upset', 'threat']],
    ['I will complain to the newspapers about this.', ['upset', 'threat']],
    ['Please make sure all your staff know about my allergy.', []],
    ['Has the chargeback from last month been reversed?', []],
    // threats announced as chargebacks, the press, posts and visits; harm told without the obvious words
    ["If you don't refund me today I'm doing a chargeback with my bank.", ['upset', 'threat']],
    ["I'm going to dispute the charge with my bank.", ['upset', 'threat']],
    ["If this claim isn't paid by Friday I'm going to the papers and the Ombudsman.", ['upset', 'threat']],
    ["If you don't settle by Monday I'm posting the whole email chain on Twitter.", ['upset', 'threat']],
    ["If my refund isn't back today I'll come down to your office and sort this out myself.", ['upset', 'threat']],
    ['Three days and still broken. See you in court.', ['upset', 'threat']],
    ['Can I come to your office to collect the new card?', []],
    ['It has been 6 weeks since I disputed the flight charge. Any update at all?', ['upset']],
    ['I asked the bank how a chargeback works, can you explain?', []],
    ['We lost so many customers because the booking page showed fully booked.', ['upset']],
    ['Your technician cracked my wall. Who is paying for this?', ['upset']],
    // near misses: praise told everywhere, a visit to collect, a question offering its options, no reply needed, someone else's shame
    ['You were so helpful, I will tell all my friends on Facebook!', []],
    ['Thanks so much, I will post a five star review on every review site.', []],
    ["If it's easier, I can come to your shop tomorrow to collect it.", []],
    ['I can come to your office on Friday to pick up the documents.', []],
    ["If the parcel isn't here by Friday I can come down to your office to pick it up, is that ok?", []],
    ['Who pays for this, me or the shop?', []],
    ['Who is paying for the delivery, you or the seller?', []],
    ['No response needed, I just wanted to confirm the address.', []],
    ['No reply necessary, just letting you know I got it.', []],
    ['The chef was so embarrassed he forgot my order, haha, all good.', []],
    ['Still no reply from your team after three days.', ['upset']],
    ['I was so embarrassed in front of my guests.', ['upset']],
    ['My surgery was cancelled at 7am and nobody called us.', ['upset']],
    ["I'm not paying this bill until someone explains it.", ['upset']],
    ['If I do not pay today, will my line be cut?', []],
    ['Pizza came with the cheese stuck to the lid, can you send a new one?', []],
    ['Your software is garbage.', ['upset', 'abuse']],
    ['Nobody collected the garbage this week, can you check?', []],
  ],
};

describe('readSignals', () => {
  for (const language of ['id', 'ms', 'en'] as const) {
    describe(language, () => {
      it.each(CASES[language])('%s → %j', (message, expected) => {
        expect(signalsOf(message)).toEqual(expected);
      });
    });
  }

  it('keeps the order of SIGNALS', () => {
    const all = signalsOf('Dasar goblok! Saya lapor polisi dan mau bicara dengan atasan kamu sekarang.');
    expect(all).toEqual([...SIGNALS]);
  });

  it('gives source spans of the customer message', () => {
    const message = 'Halo.\n> quoted\nKalian semua bangsat, saya mau bicara dengan manajer!';
    const reads = readSignals(toDocument(message));
    const abuse = reads.find((s) => s.signal === 'abuse')!;
    expect(abuse.spans.map((s) => message.slice(s.start, s.end))).toEqual(['bangsat']);
    const escalation = reads.find((s) => s.signal === 'escalation-request')!;
    expect(message.slice(escalation.spans[0]!.start, escalation.spans[0]!.end)).toMatch(/manajer$/);
  });

  it('reads curly apostrophes and chat spellings', () => {
    expect(signalsOf('It’s been 3 weeks and I’m still waiting.')).toEqual(['upset']);
    expect(signalsOf('sy mw ngomong dgn spv')).toEqual(['escalation-request']);
  });

  it('reaches the report as context, with guidance and phrases', () => {
    const report = analyze('Mohon maaf atas ketidaknyamanannya, Kak.', { customerMessage: 'Saya lapor ke YLKI kalau tidak diganti!' });
    expect(report.context).toEqual(['upset', 'threat']);
    for (const signal of report.signals) {
      expect(signal.guidance.length).toBeGreaterThan(0);
      expect(signal.phrases.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads nothing without a customer message', () => {
    expect(analyze('Baik Kak, saya bantu cek.').context).toEqual([]);
  });
});
