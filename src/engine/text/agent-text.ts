import type { Span } from '../report.js';

/**
 * The parts of a draft that are the agent's own words: quoted customer text (lines starting with `>`,
 * an "On … wrote:" header and everything after it) and the signature (after `-- `) are left out.
 */
export function agentRegions(draft: string): Span[] {
  const regions: Span[] = [];
  let regionStart = 0;
  let lineStart = 0;
  // A region of white space only (the line break between two quoted lines) holds no words: left out, so that a
  // long quoted thread is not thousands of empty regions.
  const close = (end: number) => {
    if (end > regionStart && hasWord(draft, regionStart, end)) regions.push({ start: regionStart, end });
  };
  while (lineStart <= draft.length) {
    let lineEnd = draft.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = draft.length;
    const line = draft.slice(lineStart, lineEnd);
    if (ENDS_AGENT_TEXT.test(line)) {
      close(lineStart);
      return regions;
    }
    if (QUOTED_LINE.test(line)) {
      close(lineStart);
      regionStart = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  close(draft.length);
  return regions;
}

const QUOTED_LINE = /^\s*>/;

function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return true;
  }
  return false;
}

/** A reply header or signature delimiter: nothing below it is the agent's draft. */
const ENDS_AGENT_TEXT = new RegExp(
  [
    String.raw`^\s*On\b.{0,200}\bwrote:\s*$`,
    String.raw`^\s*Pada\b.{0,200}\b(?:menulis|wrote):\s*$`,
    String.raw`^\s*-{2,}\s*(?:Original Message|Pesan Asli|Mesej Asal)\s*-{2,}\s*$`,
    String.raw`^-- ?$`,
    String.raw`^\s*(?:Sent from my|Dikirim dari|Dihantar dari)\b.{0,60}$`,
  ].join('|'),
  'i',
);
