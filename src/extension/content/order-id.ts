/**
 * The order id the customer wrote, for `{order_id}`, where the helpdesk has no field for it: an
 * id-like token after "order", "pesanan", "tempahan", "invoice", "resi"…, or one marked with `#`.
 * An id has a digit and is 5 to 30 characters; a price or a date is not one.
 */
const AFTER_WORD =
  /\b(?:order|orders|pesanan|tempahan|invoice|invois|inv|resi|receipt|transaksi|transaction|booking|tiket|ticket)(?:\s+(?:id|no\.?|number|nomor|nombor|num|ref|#))*\s*[:#]?\s*#?([A-Z0-9][A-Z0-9-]{3,29})\b/giu;
const HASHED = /(?<![\p{L}\p{N}&])#([A-Z0-9][A-Z0-9-]{3,29})\b/giu;

function isId(token: string): boolean {
  return /\d/.test(token) && !/^\d{1,4}([-/.]\d{1,4}){1,2}$/.test(token) && token.replace(/-/g, '').length >= 4;
}

export function orderIdIn(message: string | undefined): string | undefined {
  if (!message) return undefined;
  for (const pattern of [AFTER_WORD, HASHED]) {
    for (const m of message.matchAll(pattern)) if (isId(m[1]!)) return m[1]!;
  }
  return undefined;
}
