import { describe, expect, it } from 'vitest';
import { detectFailures } from '../../src/engine/failures.js';
import { analyze } from '../../src/engine/analyze.js';
import { toDocument } from '../../src/engine/text/document.js';
import type { Failure } from '../../src/engine/report.js';

const failuresOf = (draft: string, customer?: string): Failure[] =>
  detectFailures(toDocument(draft), customer === undefined ? undefined : toDocument(customer));

/** Drafts (or customer messages) with the failures they show: exactly those, in the order of FAILURES. */
const DRAFTS: Record<'id' | 'ms' | 'en', [text: string, failures: Failure[]][]> = {
  id: [
    ['Mohon maaf atas keterlambatan pengiriman pesanan Kakak.', ['late']],
    ['Maaf Pak, paketnya telat karena penumpukan di gudang transit.', ['late']],
    ['Saya cek dulu kenapa paketnya belum sampai ya, Kak.', ['late']],
    ['Maaf sekali barangnya datang dalam keadaan pecah.', ['damaged']],
    ['Layar HP-nya retak ya Bu? Kami ganti unit baru.', ['damaged']],
    ['Mohon maaf kami salah kirim warna, Kak.', ['wrong-item']],
    ['Maaf, ukuran yang salah terkirim ke Bapak.', ['wrong-item']],
    ['Saldo Kakak terpotong dua kali, kami kembalikan satu.', ['double-charge']],
    ['Tagihan ganda bulan ini akan kami koreksi.', ['double-charge']],
    ['Sedang ada gangguan jaringan di area Bapak.', ['outage']],
    ['Internetnya mati sejak pagi ya Kak? Teknisi kami sedang menuju lokasi.', ['outage']],
    ['Ini kesalahan kami, dan kami akan perbaiki hari ini.', ['our-mistake']],
    ['Maaf, salah dari pihak kami. Paket terlambat dan isinya rusak.', ['late', 'damaged', 'our-mistake']],
    // near misses
    ['Paket dikirim lewat JNE, estimasi tiba besok.', []],
    ['Barang pecah belah kami bungkus dengan bubble wrap.', []],
    ['Ini bukan kesalahan Anda, Kak, dan barangnya tidak rusak.', []],
    ['Salah satu pilihan: tukar ukuran atau refund.', []],
    ['Terima kasih, pembayaran Kakak sudah kami terima.', []],
    ['Ada warna lain juga kok, Kak.', []],
    ['Denda keterlambatan bayar sudah kami hapus.', []],
    ['Mohon maaf atas keterlambatan balasan kami.', []],
    ['Toko offline kami buka jam 9.', []],
    ['Pengiriman tidak sampai 2 hari, Kak.', []],
    ['Itu tidak masuk akal, biar saya cek ulang.', []],
  ],
  ms: [
    ['Maaf atas kelewatan penghantaran bungkusan encik.', ['late']],
    ['Parcel puan dah lewat tiba, saya semak dengan kurier sekarang.', ['late']],
    ['Saya faham skrin telefon puan rosak semasa sampai.', ['damaged']],
    ['Kotaknya koyak dan barang calar, kami hantar ganti.', ['damaged']],
    ['Kami tersalah hantar saiz, maaf ya cik.', ['wrong-item']],
    ['Caj berganda dalam akaun encik akan dipulangkan.', ['double-charge']],
    ['Akaun puan dicaj dua kali untuk bil yang sama.', ['double-charge']],
    ['Talian encik terputus kerana kerja penyelenggaraan.', ['outage']],
    ['Perkhidmatan internet di kawasan tuan tergendala sejak semalam.', ['outage']],
    ['Ini kesilapan kami dan saya mohon maaf.', ['our-mistake']],
    // near misses
    ['Caj lewat bayar RM10 itu dikenakan mengikut tarikh akhir.', []],
    ['Bukan kesilapan kami? Saya akan semak sekali lagi.', []],
    ['Barang encik sampai dalam keadaan baik, tiada yang rosak.', []],
    ['Padam akaun boleh dibuat dalam aplikasi.', []],
  ],
  en: [
    ['Sorry your parcel is running late; I have chased the courier.', ['late']],
    ['I can see the order has not arrived yet.', ['late']],
    ["I'm so sorry the lamp arrived broken.", ['damaged']],
    ['The hinge snapped after a week? That should not happen.', ['damaged']],
    ['We sent you the wrong size, and I have posted the right one.', ['wrong-item']],
    ['I can see you were charged twice for the same order.', ['double-charge']],
    ['The duplicate payment will be refunded today.', ['double-charge']],
    ['There is an outage in your area and engineers are on it.', ['outage']],
    ['Our app was down for two hours this morning.', ['outage']],
    ['That was our mistake, and I am sorry.', ['our-mistake']],
    ["We messed up and sent it to the wrong address; it's delayed.", ['late', 'our-mistake']],
    // near misses
    ['The late fee is charged when payment is after the due date.', []],
    ["It's not our fault alone; still, I'll fix it.", []],
    ['Your parcel arrived undamaged, and there is no delay.', []],
    ['Sorry for the delay in replying.', []],
    ['There is no service fee for this plan.', []],
    ['Please calm down, I am here to help.', []],
    ['Sorry to let you down, I will make it right.', []],
  ],
};

describe('detectFailures', () => {
  for (const language of ['id', 'ms', 'en'] as const) {
    describe(language, () => {
      it.each(DRAFTS[language])('%s → %j', (draft, expected) => {
        expect(failuresOf(draft)).toEqual(expected);
      });
    });
  }

  it("reads the customer's message too", () => {
    expect(failuresOf('Baik Kak, saya bantu cek.', 'Barang saya datang rusak!')).toEqual(['damaged']);
    expect(failuresOf('Let me check.', 'I was charged twice for my subscription.')).toEqual(['double-charge']);
    expect(failuresOf('Saya semak sekarang.', 'Internet aku putus dari semalam')).toEqual(['outage']);
  });

  it("takes our mistake from the customer only when they name ours, not their own", () => {
    expect(failuresOf('Let me check.', "It's your fault, not mine.")).toEqual(['our-mistake']);
    expect(failuresOf('Baik Kak.', 'Ini kesalahan kalian!')).toEqual(['our-mistake']);
    expect(failuresOf('Let me check.', 'My mistake, I typed the wrong postcode.')).toEqual([]);
    expect(failuresOf('Baik Kak.', 'Maaf, itu kesalahan saya, saya salah isi alamat.')).toEqual([]);
  });

  it('reaches the report and calls for gestures', () => {
    const report = analyze('Mohon maaf paketnya terlambat, Kak. Kami kirim ulang hari ini.', { language: 'id' });
    expect(report.failures).toEqual(['late']);
    expect(report.gestures.length).toBeGreaterThan(0);
    expect(analyze('Baik Kak, saya bantu cek pesanannya.', { language: 'id' }).gestures).toEqual([]);
  });
});
