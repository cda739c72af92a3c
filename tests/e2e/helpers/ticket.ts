/**
 * The ticket page that the smoke tests coach in Chromium and in Firefox: a textarea and a rich-text
 * editor on a helpdesk host, and two drafts, one that Ramah warns about and one it leaves clean.
 */
import { analyze } from '../../../src/engine/index.js';

export const TICKET_HOST = 'acme.zendesk.com';
export const TICKET_PAGE = `<!doctype html>
<meta charset="utf-8"><title>Ticket #1042</title>
<textarea id="reply"></textarea>
<div id="rich" contenteditable="true"><p>Halo</p></div>`;

export const BLAMING_DRAFT = 'Maaf Kak, itu kesalahan tim gudang kami, bukan urusan saya.';
export const CLEAN_DRAFT = 'Terima kasih sudah menunggu, Kak. Pesanan Anda sudah kami kirim hari ini.';

/** How many warnings the engine gives the draft: what the sidebar must show. */
export function warningCount(draft: string): number {
  return analyze(draft).findings.filter((finding) => finding.kind === 'warning').length;
}

/** The rules the engine warns about in the draft, each once, sorted: what `flaggedRules` must read in the sidebar. */
export function warnedRules(draft: string): string[] {
  return [...new Set(analyze(draft).findings.filter((finding) => finding.kind === 'warning').map((finding) => finding.rule))].sort();
}
