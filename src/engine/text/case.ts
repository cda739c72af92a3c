/** Gives a replacement the capitalisation of the words it replaces: ALL CAPS stays shouted, a capital first letter stays. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.replace(/\p{L}/u, (c) => c.toUpperCase());
  }
  return replacement;
}
