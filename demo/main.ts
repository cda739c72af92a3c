// The demo inbox, laid out full width as helpdesks are: a top bar, the ticket list, for the ticket in
// `?t=` the conversation with a reply composer built with a real editor (the editor fixtures' own
// modules) and an internal-note composer docked under it, and the customer's details. The customer's
// messages and name carry the `data-ramah-customer` marks that Ramah's generic adapter reads (the last
// message is the one coached; the earlier ones show whether abuse goes on).
import './demo.css';
import type { Composer, EditorName, Mount } from '../tests/fixtures/editors/fixture.js';
import { KIND_LABEL, LANGUAGE_LABEL, TICKETS, type Language, type Ticket } from './tickets.js';

// One lazy chunk per editor, so a ticket loads only the editor it shows.
const editors: Partial<Record<EditorName, () => Promise<{ mount: Mount }>>> = {
  textarea: () => import('../tests/fixtures/editors/textarea.js'),
  prosemirror: () => import('../tests/fixtures/editors/prosemirror.js'),
  tiptap: () => import('../tests/fixtures/editors/tiptap.js'),
  quill: () => import('../tests/fixtures/editors/quill.js'),
  ckeditor5: () => import('../tests/fixtures/editors/ckeditor5.js'),
  lexical: () => import('../tests/fixtures/editors/lexical.js'),
};

const EDITOR_LABEL: Record<EditorName, string> = {
  textarea: 'textarea',
  contenteditable: 'contenteditable',
  prosemirror: 'ProseMirror',
  tiptap: 'Tiptap',
  quill: 'Quill',
  ckeditor5: 'CKEditor 5',
  lexical: 'Lexical',
  slate: 'Slate',
  draftjs: 'Draft.js',
  trix: 'Trix',
};

const UI: Record<Language, { reply: string; note: string; noteHint: string; send: string; sent: string; tryIt: string; placeholder: string; customer: string; channel: string; language: string; mood: string }> = {
  id: {
    reply: 'Balas ke pelanggan',
    note: 'Catatan internal',
    noteHint: 'Catatan internal (hanya terlihat oleh tim)',
    send: 'Kirim',
    sent: 'Ini inbox demo: tidak ada yang dikirim.',
    tryIt: 'Coba ketik draf ini',
    placeholder: 'Tulis balasan…',
    customer: 'Pelanggan',
    channel: 'Kanal',
    language: 'Bahasa',
    mood: 'Suasana',
  },
  ms: {
    reply: 'Balas kepada pelanggan',
    note: 'Nota dalaman',
    noteHint: 'Nota dalaman (hanya dilihat oleh pasukan)',
    send: 'Hantar',
    sent: 'Ini peti masuk demo: tiada apa yang dihantar.',
    tryIt: 'Cuba taip draf ini',
    placeholder: 'Tulis balasan…',
    customer: 'Pelanggan',
    channel: 'Saluran',
    language: 'Bahasa',
    mood: 'Keadaan',
  },
  en: {
    reply: 'Reply to customer',
    note: 'Internal note',
    noteHint: 'Internal note (only your team sees it)',
    send: 'Send',
    sent: 'This is a demo inbox: nothing is sent.',
    tryIt: 'Try typing this draft',
    placeholder: 'Write a reply…',
    customer: 'Customer',
    channel: 'Channel',
    language: 'Language',
    mood: 'Mood',
  },
};

export interface DemoPage {
  ticket: string;
  reply: Composer;
  note: Composer;
}

declare global {
  interface Window {
    __demo?: DemoPage;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

function ticketHref(ticket: Ticket): string {
  return `?t=${ticket.id}`;
}

function renderList(current: Ticket): void {
  const list = document.getElementById('ticket-list')!;
  for (const ticket of TICKETS) {
    const link = el(
      'a',
      { href: ticketHref(ticket) },
      el('span', { className: 'row' }, el('strong', {}, ticket.customer), el('span', { className: 'lang' }, ticket.language)),
      el('span', { className: 'subject' }, `#${ticket.id} · ${ticket.subject}`),
      el('span', { className: `kind kind-${ticket.kind}` }, KIND_LABEL[ticket.kind]),
    );
    if (ticket === current) link.setAttribute('aria-current', 'page');
    list.append(el('li', {}, link));
  }
}

function renderTicket(ticket: Ticket): { replyHost: HTMLElement; note: HTMLTextAreaElement; send: HTMLButtonElement } {
  const ui = UI[ticket.language];
  const main = document.getElementById('ticket')!;
  document.title = `#${ticket.id} ${ticket.subject} · Acme Support`;
  document.documentElement.lang = ticket.language;
  const thread = ticket.thread.map((message) => {
    const body = el('div', { className: 'body' }, message.text);
    if (message.from === 'customer') body.setAttribute('data-ramah-customer', '');
    return el(
      'article',
      { className: `message from-${message.from}` },
      el('header', {}, el('strong', {}, message.author), el('time', {}, message.at)),
      body,
    );
  });
  const name = el('span', {}, ticket.customer);
  name.setAttribute('data-ramah-customer-name', '');
  const replyHost = el('div', { id: 'reply', className: 'composer' });
  replyHost.dataset.composer = ticket.editor;
  const note = el('textarea', { id: 'note', rows: 3, placeholder: ui.noteHint });
  note.setAttribute('aria-label', ui.noteHint);
  const toast = el('p', { className: 'toast', hidden: true }, ui.sent);
  const send = el('button', { type: 'button', className: 'send' }, ui.send);
  send.addEventListener('click', () => {
    toast.hidden = false;
    setTimeout(() => (toast.hidden = true), 2500);
  });
  const conversation = el('section', { className: 'thread', ariaLabel: 'Conversation' }, ...thread);
  main.replaceChildren(
    el(
      'section',
      { className: 'ticket-head' },
      el('h1', {}, `#${ticket.id} · ${ticket.subject}`),
      el(
        'p',
        { className: 'meta' },
        name,
        ` · ${ticket.channel} · ${LANGUAGE_LABEL[ticket.language]} · `,
        el('span', { className: `kind kind-${ticket.kind}` }, KIND_LABEL[ticket.kind]),
      ),
    ),
    conversation,
    el(
      'section',
      { className: 'compose' },
      el('p', { className: 'composer-label' }, `${ui.reply} · `, el('span', { className: 'editor-name' }, EDITOR_LABEL[ticket.editor])),
      replyHost,
      el('label', { className: 'composer-label', htmlFor: 'note' }, ui.note),
      el('div', { className: 'composer note' }, note),
      el(
        'div',
        { className: 'actions' },
        el('details', { className: 'try' }, el('summary', {}, ui.tryIt), el('p', {}, ticket.tryDraft)),
        el('span', { className: 'spacer' }),
        toast,
        send,
      ),
    ),
  );
  const detail = (term: string, value: Node | string) => [el('dt', {}, term), el('dd', {}, value)];
  document.getElementById('customer')!.replaceChildren(
    el('h2', {}, ui.customer),
    el(
      'dl',
      {},
      ...detail(ui.customer, ticket.customer),
      ...detail(ui.channel, ticket.channel),
      ...detail(ui.language, LANGUAGE_LABEL[ticket.language]),
      ...detail(ui.mood, el('span', { className: `kind kind-${ticket.kind}` }, KIND_LABEL[ticket.kind])),
    ),
  );
  // The newest message is in view, just above the composer.
  conversation.scrollTop = conversation.scrollHeight;
  return { replyHost, note, send };
}

async function start(): Promise<void> {
  const wanted = new URLSearchParams(location.search).get('t');
  const ticket = TICKETS.find((candidate) => candidate.id === wanted) ?? TICKETS[0]!;
  renderList(ticket);
  const { replyHost, note, send } = renderTicket(ticket);
  const load = editors[ticket.editor];
  if (!load) throw new Error(`the demo has no ${ticket.editor} editor`);
  const mounted = await (await load()).mount(replyHost);
  const editable = replyHost.querySelector<HTMLElement>(mounted.editable);
  if (editable instanceof HTMLTextAreaElement) editable.placeholder = UI[ticket.language].placeholder;
  // Sending empties the reply, as helpdesks do.
  send.addEventListener('click', () => mounted.setText?.(''));
  window.__demo = {
    ticket: ticket.id,
    reply: { editor: ticket.editor, selector: `#reply ${mounted.editable}`, getText: mounted.getText, ...(mounted.setText ? { setText: mounted.setText } : {}) },
    note: { editor: 'textarea', selector: '#note', getText: () => note.value, setText: (text) => (note.value = text) },
  };
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  throw error;
});
