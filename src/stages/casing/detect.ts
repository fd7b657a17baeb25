import { Shape, type Doc } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import type { LanguageResources } from "../resources.js";

/** Fewest lowercased proper names that mark a document's casing as damaged. */
const MIN_LOWERCASED_NAMES = 2;
/** Share of words in capitals above which a text is shouted: capitals then say nothing of names. */
const SHOUTED_SHARE = 0.8;

/** A token that starts a sentence or follows an opening quote or colon, where capitals are expected. */
export function isSentenceInitial(doc: Doc, i: number): boolean {
  const s = doc.sentenceOf(i);
  let first = doc.sentenceTokens(s)[0];
  while (first < i && doc.hasShape(first, Shape.punct)) first++;
  if (first === i) return true;
  const previous = doc.form(i - 1);
  return previous === '"' || previous === ":" || previous === "(";
}

/** True when the word is known only as a proper name (a country, city, given name, WordNet proper noun). */
export function isKnownProperName(res: LanguageResources, lower: string): boolean {
  if (res.lang.commonWords.has(lower) || res.entityWords.functionWords.has(lower)) return false;
  return (
    res.lang.givenNames.has(lower) ||
    res.lang.countriesByName.has(lower) ||
    res.lang.cities.has(lower) ||
    res.lang.properCase.has(lower) ||
    res.lang.demonyms.has(lower)
  );
}

/** Words (tokens with a letter), and how many of them are all capitals and all lowercase. */
function wordCase(doc: Doc): { words: number; upper: number; lower: number } {
  const counts = { words: 0, upper: 0, lower: 0 };
  for (let i = 0; i < doc.tokenCount; i++) {
    if (!doc.hasShape(i, Shape.hasLetter)) continue;
    counts.words++;
    if (doc.hasShape(i, Shape.allUpper)) counts.upper++;
    else if (doc.hasShape(i, Shape.allLower)) counts.lower++;
  }
  return counts;
}

/**
 * Decides whether the document's casing is damaged: proper names written in lowercase, or the
 * whole text in one case. Feeds lowercase names; models and rules then stop trusting capitals.
 */
export function detectDamagedCasing(doc: Doc, res: LanguageResources): boolean {
  // Shares of all words, capitalized ones included: ordinary prose is mostly lowercase words.
  const { words, upper, lower } = wordCase(doc);
  if (words >= 20 && (upper / words > SHOUTED_SHARE || lower / words > 0.97)) return true;
  let lowercasedNames = 0;
  let casedNames = 0;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (!doc.hasShape(i, Shape.hasLetter) || !isKnownProperName(res, doc.lower(i))) continue;
    if (doc.hasShape(i, Shape.allLower)) lowercasedNames++;
    else if (doc.hasShape(i, Shape.upperInitial)) casedNames++;
  }
  return lowercasedNames >= MIN_LOWERCASED_NAMES && lowercasedNames >= casedNames * 0.5;
}

/** Whether the text is written in capitals ("THE GUARDS OF GONDOR"), so a short capitalized word is no sign of an initialism. */
export function isShouted(doc: Doc): boolean {
  const { words, upper } = wordCase(doc);
  return words > 0 && upper / words > SHOUTED_SHARE;
}

export function createCasingStage(res: LanguageResources): Stage {
  return {
    name: "casing",
    requires: ["tokens", "sentences"],
    assigns: ["casing"],
    run(doc) {
      doc.casingDamaged = detectDamagedCasing(doc, res);
    },
  };
}
