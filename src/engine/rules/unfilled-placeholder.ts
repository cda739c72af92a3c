import { agentRegions } from '../text/agent-text.js';
import type { RawFinding, Rule } from './rule.js';

/**
 * A phrase's `{order_id}` or `{agent_name}` left in the draft. Double braces (`{{ticket.id}}`) are the
 * helpdesk's own placeholders, which Zendesk and Freshdesk fill when the reply is sent: those are left alone.
 */
export const PLACEHOLDER = /(?<!\{)\{([\p{L}_][\p{L}\p{N}_.-]{0,40})\}(?!\})/gu;

export const unfilledPlaceholder: Rule = {
  meta: {
    id: 'unfilled-placeholder',
    kind: 'warning',
    description: {
      id: 'Placeholder seperti {order_id} yang belum diisi.',
      ms: 'Ruang isian seperti {order_id} yang belum diisi.',
      en: 'A placeholder such as {order_id} that is not filled in.',
    },
    messages: {
      default: {
        id: 'Isi {placeholder} sebelum mengirim: pelanggan akan membacanya persis seperti ini.',
        ms: 'Isi {placeholder} sebelum menghantar: pelanggan akan membacanya sebagaimana tertulis.',
        en: 'Fill in {placeholder} before sending: the customer would read it exactly as written.',
      },
      inNote: {
        id: 'Isi {placeholder} sebelum menyimpan catatan ini.',
        ms: 'Isi {placeholder} sebelum menyimpan nota ini.',
        en: 'Fill in {placeholder} before saving this note.',
      },
    },
    // An internal note with `{order_id}` in it is unfinished too.
    quietInInternalNotes: false,
  },
  check({ draft, placeholders, internal }) {
    const source = draft.source;
    const findings: RawFinding[] = [];
    // Most drafts have no brace: the regular expression would try every character for one.
    if (!source.includes('{')) return findings;
    for (const region of agentRegions(source)) {
      for (const m of source.slice(region.start, region.end).matchAll(PLACEHOLDER)) {
        const start = region.start + m.index;
        const name = m[1]!;
        // A value is suggested only when the page or the options know it.
        const known = placeholders && Object.hasOwn(placeholders, name) ? placeholders[name]?.trim() : undefined;
        findings.push({ start, end: start + m[0].length, messageId: internal ? 'inNote' : 'default', suggestions: known ? [known] : [], data: { placeholder: m[0] } });
      }
    }
    return findings;
  },
};
