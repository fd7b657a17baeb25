/** A light guess at a text's language from its share of very common words. */

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "of", "and", "to", "in", "is", "that", "for", "on", "was", "with", "he", "it", "as", "said", "by", "at", "have", "be", "are", "from", "has", "this", "his", "they"],
  es: ["de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su", "al", "es", "lo", "como"],
  fr: ["de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans", "par", "au", "sur", "pas", "ne"],
  de: ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als"],
  pt: ["de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as"],
  it: ["di", "e", "il", "la", "che", "in", "a", "per", "un", "del", "non", "della", "una", "sono", "le", "si", "con", "da", "al", "gli"],
  nl: ["de", "van", "het", "een", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die", "niet", "aan", "er", "om", "ook", "als"],
};

const SETS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);

const MIN_WORDS = 20;
const MIN_SHARE = 0.12;

/** ISO 639-1 code of the likeliest language, or null when the text is short or unclear. */
export function guessLanguage(text: string): string | null {
  const words = (text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 400);
  if (words.length < MIN_WORDS) return null;
  let best: string | null = null;
  let bestShare = MIN_SHARE;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    const share = hits / words.length;
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  return best;
}
