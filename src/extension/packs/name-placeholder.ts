/** A phrase taken from a reply, with the customer's name made `{customer_name}`, so that it fits the next customer too. */
export function withNamePlaceholder(text: string, customerName: string | undefined): string {
  const name = customerName?.trim();
  if (!name || name.length < 2) return text;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), '{customer_name}');
}
