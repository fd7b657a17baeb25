import { Shape, type Doc } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import type { LanguageResources } from "../resources.js";
import { isOrdinaryWord } from "../entities/recognize.js";
import { isSentenceInitial, isShouted } from "./detect.js";

const INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;

function capitalize(word: string): string {
  return word.length === 0 ? word : (word[0] ?? "").toUpperCase() + word.slice(1);
}

/** Casing of a name word: dictionary form when one word of the canonical name matches, else Title case. */
function nameWordCase(word: string, canonicalWords: readonly string[], res: LanguageResources): string {
  const lower = word.toLowerCase();
  const fromCanonical = canonicalWords.find((w) => w.toLowerCase() === lower);
  if (fromCanonical) return fromCanonical;
  if (INITIALISM.test(word)) return word.toUpperCase();
  if (res.entityWords.nameParticles.has(lower)) return lower;
  const proper = res.lang.properCase.get(lower);
  if (proper && !proper.includes(" ")) return proper;
  return lower.replace(/(^|[-'])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/**
 * Repairs damaged casing: names get their dictionary or Title case, initialisms their capitals,
 * sentence starts a capital, and wrongly capitalized ordinary words their lowercase. A role
 * that the writer began capitalizing before a name is completed ("Secretary of state" -> "Secretary of State").
 */
export function truecaseDoc(doc: Doc, res: LanguageResources): void {
  if (!doc.casingDamaged) return;
  const t = doc.tokens;
  const inName = new Uint8Array(doc.tokenCount);
  // In shouted text "OF" or "THE" is no initialism: every word is in capitals.
  const shouted = isShouted(doc);
  for (const mention of doc.mentions) {
    if (mention.kind !== "name") continue;
    const canonicalWords = (mention.canonical ?? "").split(/\s+/);
    for (let i = mention.start; i < mention.end; i++) {
      inName[i] = 1;
      const form = doc.form(i);
      if (form === "'s") continue;
      t.cased[i] = doc.strings.intern(nameWordCase(form, canonicalWords, res));
    }
  }
  for (let i = 0; i < doc.tokenCount; i++) {
    if (inName[i] === 1 || !doc.hasShape(i, Shape.hasLetter)) continue;
    const form = doc.form(i);
    const lower = doc.lower(i);
    let cased = form;
    if (INITIALISM.test(form)) cased = form.toUpperCase();
    else if (lower === "i") cased = "I";
    else if (isSentenceInitial(doc, i)) cased = doc.hasShape(i, Shape.allUpper) && form.length > 1 && !shouted ? form : capitalize(lower);
    else if (isOrdinaryWord(res, lower) || res.entityWords.functionWords.has(lower)) {
      if (shouted || !doc.hasShape(i, Shape.allUpper) || form.length > 4) cased = lower;
    } else {
      const proper = res.lang.properCase.get(lower);
      if (proper && !proper.includes(" ")) cased = proper;
    }
    if (cased !== form) t.cased[i] = doc.strings.intern(cased);
  }
  if (!shouted) completeTitles(doc, inName);
}

/** Capitalizes the rest of a role the writer started capitalizing right before a name. */
function completeTitles(doc: Doc, inName: Uint8Array): void {
  for (let i = 1; i < doc.tokenCount; i++) {
    if (inName[i] !== 1 || inName[i - 1] === 1) continue;
    let j = i - 1;
    let sawCapital = false;
    while (j >= 0 && i - j <= 4 && doc.hasShape(j, Shape.hasLetter) && inName[j] !== 1) {
      if (doc.hasShape(j, Shape.upperInitial) && !isSentenceInitial(doc, j)) sawCapital = true;
      j--;
    }
    if (!sawCapital) continue;
    let k = j + 1;
    while (k < i && !doc.hasShape(k, Shape.upperInitial)) k++;
    for (; k < i; k++) {
      const lower = doc.lower(k);
      if (lower === "of" || lower === "the" || lower === "and") continue;
      doc.tokens.cased[k] = doc.strings.intern(capitalize(lower));
    }
  }
}

export function createTruecaseStage(res: LanguageResources): Stage {
  return {
    name: "truecase",
    requires: ["casing", "entities"],
    assigns: ["truecase"],
    run: (doc) => truecaseDoc(doc, res),
  };
}
