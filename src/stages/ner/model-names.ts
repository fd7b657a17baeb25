import { Shape, type Doc, type Mention } from "../../doc/document.js";
import type { EntityLabel } from "../../doc/records.js";
import type { Stage } from "../../pipeline/index.js";
import type { EntityRecognizer } from "../../models/ner.js";
import type { LanguageResources } from "../resources.js";
import { cityGeo, countryGeo, namesSettlement, placeKey } from "../entities/recognize.js";
import { createNerStage, type PredictedEntity } from "./ner.js";

/**
 * Adds as name mentions the entities the trained recognizer found where the rule-based stage
 * found nothing (no token of the span in a mention): people and groups the lexicons do not know.
 * Places it finds that no gazetteer knows have no coordinates.
 */
export function addModelNames(doc: Doc, res: LanguageResources, entities: readonly PredictedEntity[]): void {
  const added: Mention[] = [];
  const replaced = new Set<Mention>();
  const surnames = new Set<string>();
  // Role words and nationalities are descriptions the coder reads ("Foreign Minister", "Russian"), not names.
  const describes = (i: number): boolean => res.actors.roles.has(doc.lower(i)) || res.lang.demonyms.has(doc.lower(i));
  // A name the rules typed elsewhere in the document keeps that type: "distributor Brenntag" is an organization in the headline too.
  const typed = new Map<string, EntityLabel>();
  for (const m of doc.mentions) if (m.kind === "name" && (m.label === "ORG" || m.label === "PERSON")) typed.set(doc.spanText(m.start, m.end).toLowerCase(), m.label);
  for (const e of entities) {
    // The name follows the last description word: "Russian Foreign Minister [Andrei Kozyrev]".
    let start = e.start;
    for (let i = e.start; i < e.end; i++) if (describes(i)) start = i + 1;
    const end = e.end;
    // What is left must still look like a name ("of God" from "Party of God" does not).
    // "its North American operations": a name ending in a nationality describes.
    // "several Europeans": people of a region are no one named.
    const regional = res.entityWords.regionAdjectives.has(doc.lemma(end - 1).toLowerCase());
    if (end <= start || doc.upos(start) !== "PROPN" || doc.upos(end - 1) !== "PROPN" || describes(end - 1) || regional) continue;
    const inside = townsInsidePerson(doc, e.label, start, end);
    if (inside === null) continue;
    for (const town of inside) replaced.add(town);
    if (inside.length > 0) surnames.add(doc.lower(end - 1));
    // A place no gazetteer knows has no country or coordinates: a location, not a state.
    // "Rod Laver Arena", "the Red Sea": a name closed by a place's head noun is a place; so is one
    // before a settlement noun or called one ("Oddar Meanchey province", "Kolmane, a farming village").
    const place = res.entityWords.placeHeads.has(doc.lower(end - 1)) || namesSettlement(doc, res, end);
    const label = typed.get(doc.spanText(start, end).toLowerCase()) ?? (place ? "LOC" : e.label === "PERSON" ? "PERSON" : e.label === "ORG" ? "ORG" : "LOC");
    const known = label === "LOC" ? knownPlace(doc, res, start, end) : null;
    added.push(known ?? { start, end, kind: "name", label, cluster: -1, key: null, canonical: null, country: null, sector: null, geo: null });
  }
  if (added.length === 0) return;
  // "san" alone later is the person "truong huy san" too, not the town a name word was taken for.
  for (const m of doc.mentions) {
    if (replaced.has(m) || !surnames.has(doc.lower(m.start)) || m.end - m.start !== 1 || m.label !== "GPE" || m.geo?.precision !== "city") continue;
    replaced.add(m);
    added.push({ ...m, label: "PERSON", country: null, geo: null, key: null, canonical: null });
  }
  doc.mentions = [...doc.mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
  doc.tokens.mention.fill(-1, 0, doc.tokenCount);
  doc.mentions.forEach((m, index) => doc.tokens.mention.fill(index, m.start, m.end));
}

/** People a city needs to be read from the recognizer's word alone: "geneva", not the small towns named "Republic" or "Alliance". */
const KNOWN_CITY = 100_000;

/**
 * A place the recognizer found written in lowercase that the gazetteer knows though the rules did
 * not take it ("met in geneva": a city's name that is an ordinary word): a country, else the most
 * populous city of that name if it is a big one. A capitalized place the rules left ("Republic",
 * "Bay") they left on purpose.
 */
function knownPlace(doc: Doc, res: LanguageResources, start: number, end: number): Mention | null {
  for (let i = start; i < end; i++) if (!doc.hasShape(i, Shape.allLower)) return null;
  const text = doc.spanText(start, end).toLowerCase();
  const country = res.lang.countriesByName.get(text);
  const big = res.lang.cities.get(text);
  const city = country || (big?.population ?? 0) < KNOWN_CITY ? undefined : big;
  const geo = country ? countryGeo(country) : city ? cityGeo(city) : null;
  if (!geo?.country) return null;
  return { start, end, kind: "name", label: "GPE", cluster: -1, key: placeKey(geo), canonical: geo.name, country: geo.country, sector: null, geo };
}

/**
 * The mentions inside [start, end) a name found there replaces: none when the span is free; the
 * one-word towns inside a person's name of two words or more ("truong [huy] [san]", lowercase, where
 * no capitals told the lexicon it was a name); null when another mention is in the way.
 */
function townsInsidePerson(doc: Doc, label: string, start: number, end: number): Mention[] | null {
  const towns: Mention[] = [];
  for (let i = start; i < end; i++) {
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (!m) continue;
    const town = label === "PERSON" && end - start >= 2 && m.kind === "name" && m.label === "GPE" && m.end - m.start === 1 && m.geo?.precision === "city" && m.start >= start && m.end <= end;
    if (!town) return null;
    towns.push(m);
  }
  return towns;
}

/** The recognizer as a pipeline stage between tagging and coreference, adding the names it finds. */
export function createModelNamesStage(recognizer: EntityRecognizer, res: LanguageResources): Stage {
  const stage = createNerStage({ recognizer, onEntities: (doc, entities) => addModelNames(doc, res, entities) });
  return { ...stage, requires: ["pos", "entities"] };
}
