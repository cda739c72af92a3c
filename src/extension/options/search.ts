/**
 * The options page's search: a site, rule, pack or phrase is shown when every word typed is in its
 * text, ignoring case and accents ("kesalahan" finds "Kesalahan", "rapidite" finds "rapidité").
 */

/** The words of a query, folded; none for a blank one, which shows everything. */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Whether `texts`, read as one, hold every term. With no terms, everything matches. */
export function matchesSearch(terms: readonly string[], ...texts: readonly (string | undefined)[]): boolean {
  if (terms.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' '));
  return terms.every((term) => haystack.includes(term));
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
