import type { Doc, Mention } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import type { EntityRecognizer } from "../../models/ner.js";
import type { LanguageResources } from "../resources.js";
import { createNerStage, type PredictedEntity } from "./ner.js";

/**
 * Adds as name mentions the entities the trained recognizer found where the rule-based stage
 * found nothing (no token of the span in a mention): people and groups the lexicons do not know.
 * Places it finds have no gazetteer entry, so no coordinates.
 */
export function addModelNames(doc: Doc, res: LanguageResources, entities: readonly PredictedEntity[]): void {
  const added: Mention[] = [];
  // Role words and nationalities are descriptions the coder reads ("Foreign Minister", "Russian"), not names.
  const describes = (i: number): boolean => res.actors.roles.has(doc.lower(i)) || res.lang.demonyms.has(doc.lower(i));
  for (const e of entities) {
    // The name follows the last description word: "Russian Foreign Minister [Andrei Kozyrev]".
    let start = e.start;
    for (let i = e.start; i < e.end; i++) if (describes(i)) start = i + 1;
    const end = e.end;
    // What is left must still look like a name ("of God" from "Party of God" does not).
    let free = end > start && doc.upos(start) === "PROPN" && doc.upos(end - 1) === "PROPN";
    for (let i = start; i < end && free; i++) free = (doc.tokens.mention[i] ?? -1) < 0;
    if (!free) continue;
    // A place no gazetteer knows has no country or coordinates: a location, not a state.
    const label = e.label === "PERSON" ? "PERSON" : e.label === "ORG" ? "ORG" : "LOC";
    added.push({ start, end, kind: "name", label, cluster: -1, key: null, canonical: null, country: null, sector: null, geo: null });
  }
  if (added.length === 0) return;
  doc.mentions = [...doc.mentions, ...added].sort((a, b) => a.start - b.start);
  doc.tokens.mention.fill(-1, 0, doc.tokenCount);
  doc.mentions.forEach((m, index) => doc.tokens.mention.fill(index, m.start, m.end));
}

/** The recognizer as a pipeline stage between tagging and coreference, adding the names it finds. */
export function createModelNamesStage(recognizer: EntityRecognizer, res: LanguageResources): Stage {
  const stage = createNerStage({ recognizer, onEntities: (doc, entities) => addModelNames(doc, res, entities) });
  return { ...stage, requires: ["pos", "entities"] };
}
