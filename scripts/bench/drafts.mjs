// Sentences an agent might write, warnings and all, so that every rule and step has work to do.
export const SENTENCES = {
  id: [
    'Halo Kak, terima kasih sudah menghubungi kami. ',
    'Mohon maaf atas ketidaknyamanannya, saya mengerti Kakak kecewa karena paketnya belum sampai. ',
    'Bisakah Kakak jelaskan nomor pesanan dan alamat pengirimannya? ',
    'Sy udh cek, ternyata ini kesalahan bagian gudang yg salah kirim barang. ',
    'Kami sedang kekurangan orang jadi mohon dimaklumi ya. ',
    'Barang pengganti akan kami kirim hari ini dan tiba paling lambat lusa. ',
    'Sebagai tanda maaf, kami tambahkan voucher gratis ongkir untuk pesanan berikutnya. ',
    'Bagaimana kedengarannya, Kak? ',
  ],
  ms: [
    'Hai cik, terima kasih kerana menghubungi kami. ',
    'Saya mohon maaf atas kelewatan ini dan saya faham perasaan cik. ',
    'Boleh cik kongsikan nombor pesanan supaya saya boleh semak? ',
    'Sebenarnya kelewatan ini berpunca daripada jabatan lain, bukan salah kami. ',
    'Kami tak dapat hantar kurier sebab kos terlalu tinggi bagi syarikat. ',
    'Bayaran balik akan dikreditkan ke akaun cik dalam tempoh tiga hari bekerja. ',
    'Kami juga masukkan baucar RM15 sebagai tanda maaf. ',
    'Adakah itu memuaskan hati cik? ',
  ],
  en: [
    'Hi there, thanks for getting in touch with us. ',
    "I'm really sorry your order arrived late, and I understand how frustrating that is. ",
    'Could you tell me the order number and the address it was sent to? ',
    "Honestly the mix-up was the warehouse's fault, they packed the wrong size. ",
    "We're extremely short-staffed this week, so please bear with us. ",
    "I've arranged a replacement that will reach you by Thursday. ",
    "I've also added a voucher to your account for the trouble. ",
    'How does that sound? ',
  ],
};

/** A draft of about `bytes` bytes in a language, a blank line every eight sentences. */
export function draftOf(language, bytes) {
  const sentences = SENTENCES[language];
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += sentences[i % sentences.length] + (i % 8 === 7 ? '\n\n' : '');
  return text.slice(0, bytes);
}
