// The demo inbox's tickets: one per kind of difficult customer, in Indonesian, Malay and English, plus
// an ordinary one. Every name, order number and message here is made up for the demo.
import type { EditorName } from '../tests/fixtures/editors/fixture.js';

export type Language = 'id' | 'ms' | 'en';
export type Kind = 'upset' | 'abuse' | 'threat' | 'escalation-request' | 'ordinary';

export interface Message {
  from: 'customer' | 'agent';
  author: string;
  /** e.g. "Mon 09:12" */
  at: string;
  text: string;
}

export interface Ticket {
  id: string;
  language: Language;
  kind: Kind;
  subject: string;
  customer: string;
  channel: 'Email' | 'Chat' | 'WhatsApp';
  /** The conversation, oldest first; the last customer message is the one Ramah reads. */
  thread: Message[];
  /** The reply composer's editor, reusing the editor fixtures' modules. */
  editor: EditorName;
  /** A first draft to type, with something in it Ramah warns about. */
  tryDraft: string;
}

export const TICKETS: readonly Ticket[] = [
  {
    id: '1042',
    language: 'id',
    kind: 'upset',
    subject: 'Paket belum sampai, padahal untuk hadiah',
    customer: 'Rina Wulandari',
    channel: 'Chat',
    editor: 'prosemirror',
    thread: [
      {
        from: 'customer',
        author: 'Rina Wulandari',
        at: 'Sen 09:12',
        text: 'Halo, pesanan saya INV/2611/0042 statusnya "dikirim" sejak tanggal 12 tapi sampai sekarang belum sampai juga.',
      },
      { from: 'agent', author: 'Dimas (CS)', at: 'Sen 09:40', text: 'Baik Kak, kami cek dulu ke ekspedisi ya.' },
      {
        from: 'customer',
        author: 'Rina Wulandari',
        at: 'Sel 08:05',
        text: 'Sudah seminggu dan paketnya tetap belum sampai! Saya kecewa banget, ini kado ulang tahun anak saya dan acaranya hari Sabtu. Dari kemarin dijawab "dicek" terus. Tolong diurus sekarang.',
      },
    ],
    tryDraft: 'Halo Kak Rina, sy udh cek. Keterlambatan ini kesalahan bagian gudang, mereka telat kirim barangnya.',
  },
  {
    id: '1043',
    language: 'ms',
    kind: 'abuse',
    subject: 'Caj berganda pada kad kredit',
    customer: 'Hafiz Rahman',
    channel: 'WhatsApp',
    editor: 'quill',
    thread: [
      {
        from: 'customer',
        author: 'Hafiz Rahman',
        at: 'Isn 21:47',
        text: 'Kad kredit saya kena caj dua kali untuk pesanan MY-20417, RM189 setiap satu.',
      },
      {
        from: 'customer',
        author: 'Hafiz Rahman',
        at: 'Sel 10:02',
        text: 'Korang ni bodoh ke? Dah tiga kali saya call pasal caj berganda ni, semua cakap tunggu. Tak guna langsung, bodoh semua!',
      },
    ],
    tryDraft: 'Encik, sabar la sikit. Ini bukan salah saya, itu masalah jabatan kewangan.',
  },
  {
    id: '1044',
    language: 'en',
    kind: 'threat',
    subject: 'Charged twice for the annual plan',
    customer: 'Daniel Carter',
    channel: 'Email',
    editor: 'ckeditor5',
    thread: [
      {
        from: 'customer',
        author: 'Daniel Carter',
        at: 'Mon 14:20',
        text: 'Hi, I was charged $240 twice for my annual plan on 3 November. Please refund the duplicate payment.',
      },
      {
        from: 'customer',
        author: 'Daniel Carter',
        at: 'Thu 16:55',
        text: 'Two weeks and not a single answer. If the duplicate charge is not refunded by Friday, I will take this to small claims court and my lawyer will be in touch.',
      },
    ],
    tryDraft: "Hi Daniel, I don't know why that happened. Billing is handled by another team, so there is nothing I can do.",
  },
  {
    id: '1045',
    language: 'id',
    kind: 'escalation-request',
    subject: 'Minta bicara dengan atasan',
    customer: 'Budi Santoso',
    channel: 'Chat',
    editor: 'lexical',
    thread: [
      {
        from: 'customer',
        author: 'Budi Santoso',
        at: 'Rab 11:30',
        text: 'Internet di rumah saya mati sejak Senin. Teknisi dijadwalkan datang Selasa tapi tidak datang.',
      },
      {
        from: 'customer',
        author: 'Budi Santoso',
        at: 'Kam 08:15',
        text: 'Sudah tiga kali chat dan jawabannya template semua. Saya mau bicara dengan atasan Anda, tolong sambungkan ke supervisor sekarang.',
      },
    ],
    tryDraft: 'Mohon maaf Pak, atasan saya tidak bisa diganggu. Kami sedang kekurangan teknisi jadi mohon dimaklumi.',
  },
  {
    id: '1046',
    language: 'en',
    kind: 'ordinary',
    subject: 'Change of delivery address',
    customer: 'Priya Nair',
    channel: 'Email',
    editor: 'textarea',
    thread: [
      {
        from: 'customer',
        author: 'Priya Nair',
        at: 'Fri 10:04',
        text: "Hello, could you send order #EN-55120 to my office instead of my home? It's 12 Jalan Ampang, Level 8. Thanks a lot!",
      },
    ],
    tryDraft: "Hi Priya, we can't change the address, it's company policy.",
  },
  {
    id: '1047',
    language: 'ms',
    kind: 'threat',
    subject: 'Bayaran balik belum masuk',
    customer: 'Siti Aminah',
    channel: 'Email',
    editor: 'tiptap',
    thread: [
      {
        from: 'customer',
        author: 'Siti Aminah',
        at: 'Isn 09:00',
        text: 'Saya batalkan tempahan pada 2 November dan dijanjikan bayaran balik dalam 7 hari bekerja.',
      },
      {
        from: 'customer',
        author: 'Siti Aminah',
        at: 'Jum 17:40',
        text: 'Dah tiga minggu duit saya tak masuk. Kalau esok masih tak ada, saya akan buat aduan ke KPDN dan tularkan hal ni kat TikTok.',
      },
    ],
    tryDraft: 'Puan, sebenarnya kelewatan ini berpunca daripada bank, bukan salah kami.',
  },
];

export const KIND_LABEL: Record<Kind, string> = {
  upset: 'upset',
  abuse: 'abusive',
  threat: 'threatens action',
  'escalation-request': 'wants a manager',
  ordinary: 'ordinary',
};

export const LANGUAGE_LABEL: Record<Language, string> = { id: 'Bahasa Indonesia', ms: 'Bahasa Melayu', en: 'English' };
