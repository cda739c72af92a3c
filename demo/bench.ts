// The browser benchmark's page: both composers start with the same 2 KB draft, loaded as a fresh
// draft (not an undo step), and `window.__bench` says when they are ready.
import './demo.css';
import { mount as mountTextarea } from '../tests/fixtures/editors/textarea.js';
import { mount as mountProseMirror } from '../tests/fixtures/editors/prosemirror.js';

const SENTENCES = [
  'Halo Kak Rina, terima kasih sudah menunggu dan mohon maaf atas ketidaknyamanannya.',
  'Saya mengerti Kakak kecewa karena dananya belum kembali setelah dua minggu.',
  'Sy udh cek, ternyata keterlambatan ini kesalahan bagian keuangan yang lupa memproses pengajuannya.',
  'Kami sedang kekurangan orang jadi mohon dimaklumi ya.',
  'Dana sebesar Rp349.000 sudah saya ajukan ulang hari ini dan akan masuk paling lambat hari Jumat.',
  'Apakah ada hal lain yang bisa saya bantu, Kak?',
];

function draftOf(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const line = SENTENCES[i % SENTENCES.length]!;
    lines.push(line);
    size += new TextEncoder().encode(line).length + 1;
  }
  return lines.join('\n');
}

declare global {
  interface Window {
    __bench?: { draftBytes: number; selectors: { textarea: string; prosemirror: string } };
  }
}

async function start(): Promise<void> {
  const draft = draftOf(2048);
  const plain = await mountTextarea(document.getElementById('plain')!);
  const rich = await mountProseMirror(document.getElementById('rich')!);
  plain.setText!(draft);
  rich.setText!(draft);
  window.__bench = {
    draftBytes: new TextEncoder().encode(draft).length,
    selectors: { textarea: `#plain ${plain.editable}`, prosemirror: `#rich ${rich.editable}` },
  };
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  throw error;
});
