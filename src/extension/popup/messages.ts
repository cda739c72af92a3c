/** The toolbar popup's strings in en, id and ms. Host names and the admin's message are data, filled in as text. */
import { translatorOf, type TranslateFrom, type UiLocale } from '../i18n/messages.js';
import type { PopupReason } from './state.js';

const en = {
  'headline.on': 'Ramah runs on {host}',
  'headline.off': 'Ramah is off on {host}',
  'headline.needsAccess': 'Ramah needs access to {host}',
  'headline.unsupported': 'Ramah cannot run here',
  'reason.builtin': 'A built-in helpdesk.',
  'reason.enabledByYou': 'You enabled it on this site.',
  'reason.notEnabled': 'This site is not a built-in helpdesk. Enable Ramah here to be coached as you reply.',
  'reason.disabledByYou': 'You turned it off on this site.',
  'reason.offEverywhere': 'Ramah is turned off on every site in the options.',
  'reason.policyEnabled': "Set by your organisation's policy.",
  'reason.policyDisabled': "Turned off by your organisation's policy.",
  'reason.optionsLocked': "Your organisation manages Ramah's settings.",
  'reason.needsAccess': 'It is enabled here, but the browser has not given it access to this site.',
  'reason.policyNeedsAccess': 'Your organisation turned it on here, but the browser has not given it access to this site.',
  'reason.notWebPage': 'This is not a web page.',
  'reason.hidden': 'Ramah cannot see which page this is.',
  'reason.noAnswer': 'Ramah did not answer. Close this and try again.',
  locked: 'Locked by your organisation',
  policyMessage: 'From your organisation:',
  'action.enable': 'Enable on this site',
  'action.grant': 'Allow access to this site',
  'action.disable': 'Disable on this site',
  'action.options': 'Options',
  'action.week': 'Your week in review',
  'action.pin': 'Pin to browser side panel',
  'action.unpin': 'Show in the page instead',
  'notice.refused': 'Access was not given, so nothing changed.',
  'notice.failed': 'That did not work: {error}',
  shortcuts: 'Keyboard shortcuts',
  'shortcut.unset': 'not set',
  'shortcut.how': 'Set your own key in the browser’s shortcut settings.',
  'shortcut.open': 'Shortcut settings',
  'uiLanguage.label': "Ramah's language",
  'uiLanguage.browser': "The browser's language",
};

export type PopupMessageKey = keyof typeof en;
type PopupMessages = Record<PopupMessageKey, string>;

const id: PopupMessages = {
  'headline.on': 'Ramah aktif di {host}',
  'headline.off': 'Ramah nonaktif di {host}',
  'headline.needsAccess': 'Ramah memerlukan akses ke {host}',
  'headline.unsupported': 'Ramah tidak dapat berjalan di sini',
  'reason.builtin': 'Helpdesk bawaan.',
  'reason.enabledByYou': 'Anda mengaktifkannya di situs ini.',
  'reason.notEnabled': 'Situs ini bukan helpdesk bawaan. Aktifkan Ramah di sini agar Anda mendapat saran saat membalas.',
  'reason.disabledByYou': 'Anda menonaktifkannya di situs ini.',
  'reason.offEverywhere': 'Ramah dinonaktifkan di semua situs melalui pengaturan.',
  'reason.policyEnabled': 'Diatur oleh kebijakan organisasi Anda.',
  'reason.policyDisabled': 'Dinonaktifkan oleh kebijakan organisasi Anda.',
  'reason.optionsLocked': 'Pengaturan Ramah dikelola oleh organisasi Anda.',
  'reason.needsAccess': 'Ramah sudah diaktifkan di sini, tetapi browser belum memberinya akses ke situs ini.',
  'reason.policyNeedsAccess': 'Organisasi Anda mengaktifkan Ramah di sini, tetapi browser belum memberinya akses ke situs ini.',
  'reason.notWebPage': 'Ini bukan halaman web.',
  'reason.hidden': 'Ramah tidak dapat melihat halaman apa ini.',
  'reason.noAnswer': 'Ramah tidak merespons. Tutup jendela ini lalu coba lagi.',
  locked: 'Dikunci oleh organisasi Anda',
  policyMessage: 'Pesan dari organisasi Anda:',
  'action.enable': 'Aktifkan di situs ini',
  'action.grant': 'Izinkan akses ke situs ini',
  'action.disable': 'Nonaktifkan di situs ini',
  'action.options': 'Pengaturan',
  'action.week': 'Rangkuman minggu Anda',
  'action.pin': 'Sematkan ke panel samping browser',
  'action.unpin': 'Tampilkan di halaman saja',
  'notice.refused': 'Akses tidak diberikan, jadi tidak ada yang berubah.',
  'notice.failed': 'Tidak berhasil: {error}',
  shortcuts: 'Pintasan keyboard',
  'shortcut.unset': 'belum diatur',
  'shortcut.how': 'Atur tombol Anda sendiri di pengaturan pintasan browser.',
  'shortcut.open': 'Pengaturan pintasan',
  'uiLanguage.label': 'Bahasa tampilan Ramah',
  'uiLanguage.browser': 'Bahasa browser',
};

const ms: PopupMessages = {
  'headline.on': 'Ramah sedang berjalan di {host}',
  'headline.off': 'Ramah dimatikan di {host}',
  'headline.needsAccess': 'Ramah memerlukan akses kepada {host}',
  'headline.unsupported': 'Ramah tidak boleh berjalan di sini',
  'reason.builtin': 'Meja bantuan terbina dalam.',
  'reason.enabledByYou': 'Anda telah menghidupkannya di laman ini.',
  'reason.notEnabled': 'Laman ini bukan meja bantuan terbina dalam. Hidupkan Ramah di sini untuk mendapat bimbingan semasa membalas.',
  'reason.disabledByYou': 'Anda telah mematikannya di laman ini.',
  'reason.offEverywhere': 'Ramah dimatikan di semua laman dalam tetapan.',
  'reason.policyEnabled': 'Ditetapkan oleh dasar organisasi anda.',
  'reason.policyDisabled': 'Dimatikan oleh dasar organisasi anda.',
  'reason.optionsLocked': 'Tetapan Ramah diuruskan oleh organisasi anda.',
  'reason.needsAccess': 'Ramah sudah dihidupkan di sini, tetapi pelayar belum memberinya akses kepada laman ini.',
  'reason.policyNeedsAccess': 'Organisasi anda menghidupkan Ramah di sini, tetapi pelayar belum memberinya akses kepada laman ini.',
  'reason.notWebPage': 'Ini bukan laman web.',
  'reason.hidden': 'Ramah tidak dapat mengenal pasti halaman ini.',
  'reason.noAnswer': 'Ramah tidak memberi maklum balas. Tutup tetingkap ini dan cuba lagi.',
  locked: 'Dikunci oleh organisasi anda',
  policyMessage: 'Daripada organisasi anda:',
  'action.enable': 'Hidupkan di laman ini',
  'action.grant': 'Benarkan akses kepada laman ini',
  'action.disable': 'Matikan di laman ini',
  'action.options': 'Tetapan',
  'action.week': 'Ringkasan minggu anda',
  'action.pin': 'Sematkan pada panel sisi pelayar',
  'action.unpin': 'Paparkan dalam halaman sahaja',
  'notice.refused': 'Akses tidak diberikan, jadi tiada apa-apa yang berubah.',
  'notice.failed': 'Tidak berjaya: {error}',
  shortcuts: 'Pintasan papan kekunci',
  'shortcut.unset': 'belum ditetapkan',
  'shortcut.how': 'Tetapkan kekunci anda sendiri dalam tetapan pintasan pelayar.',
  'shortcut.open': 'Tetapan pintasan',
  'uiLanguage.label': 'Bahasa paparan Ramah',
  'uiLanguage.browser': 'Bahasa pelayar',
};

export const POPUP_MESSAGES: Record<UiLocale, PopupMessages> = { en, id, ms };

export type PopupTranslate = TranslateFrom<PopupMessageKey>;

export function popupTranslator(locale: UiLocale): PopupTranslate {
  return translatorOf(POPUP_MESSAGES[locale]);
}

export const reasonKey = (reason: PopupReason): PopupMessageKey => `reason.${reason}`;
