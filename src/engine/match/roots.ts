import type { Language } from '../report.js';

/**
 * A stand-in for `rootsOf` of `src/engine/text/morphology.ts`, which is being written: the same signature, so that
 * `+word` patterns compile and run today and reach the real stemmer by changing this import alone. It knows only the
 * clitics (-nya, -lah, -kah, -pun, -mu, -ku) in Indonesian and Malay and the regular -s in English, which is enough
 * for `+word` to mean at least what `word~` means.
 */
export function rootsOf(word: string, language: Language): readonly string[] {
  const roots = [word];
  if (language === 'en') {
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) roots.push(word.slice(0, -1));
    return roots;
  }
  for (let rest = word; ; ) {
    const clitic = CLITIC_SUFFIX.exec(rest);
    if (!clitic || clitic.index < 2) return roots;
    rest = rest.slice(0, clitic.index);
    roots.push(rest);
  }
}

const CLITIC_SUFFIX = /(?:nya|lah|kah|pun|mu|ku)$/;
