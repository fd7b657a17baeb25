import { Shape, type Doc } from "../doc/document.js";
import type { LanguageResources } from "./resources.js";

/** Words before a cue word that make it a noun ("secretary of state", "the statement"). */
const NOUN_MARKERS = new Set(["of", "the", "a", "an", "his", "her", "their", "its", "'s", "this", "that"]);

/**
 * A speech verb used as a verb: not inside a name ("united states", "Lagos State Governor"; a
 * capitalized proper noun in well-cased text) and not after a noun marker.
 */
export function isCueVerb(doc: Doc, res: LanguageResources, i: number): boolean {
  if (!res.triggers.cues.has(doc.lower(i)) || (doc.tokens.mention[i] ?? -1) >= 0) return false;
  if (!doc.casingDamaged && doc.upos(i) === "PROPN" && doc.hasShape(i, Shape.upperInitial) && i > doc.sentenceTokens(doc.sentenceOf(i))[0]) return false;
  // "Gulf states", "Western reports": a noun after a name or an adjective.
  if (i > 0 && doc.upos(i) === "NOUN" && (doc.upos(i - 1) === "ADJ" || doc.upos(i - 1) === "PROPN")) return false;
  // "pleaded guilty to charges that": "to" takes a verb's base form, so an -s form after it is a noun.
  if (doc.lower(i - 1) === "to" && (doc.xpos(i) === "VBZ" || doc.xpos(i) === "NNS")) return false;
  const place = doc.mentions[doc.tokens.mention[i - 1] ?? -1];
  if (doc.lower(i) === "states" && place && place.label !== "PERSON" && place.label !== "ORG") return false;
  return i === 0 || !NOUN_MARKERS.has(doc.lower(i - 1));
}

/** A cue word the parse reads as a noun with a noun modifier: "facebook posts", "police reports". */
export function isModifiedNoun(doc: Doc, i: number): boolean {
  return doc.upos(i) === "NOUN" && i > 0 && doc.head(i - 1) === i && doc.deprel(i - 1) === "compound";
}
