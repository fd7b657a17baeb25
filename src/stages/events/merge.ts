import type { Argument, Doc, EventAnnotation } from "../../doc/document.js";
import { STATE_SECTORS } from "../../ontology/index.js";

export function sameParticipant(a: Argument | null, b: Argument | null): boolean {
  if (a === null || b === null) return a === b;
  return a.cluster >= 0 ? a.cluster === b.cluster : a.name === b.name;
}

/** An actor and recipient coded alike without being entities ("the government ... the state"): one actor, no recipient. */
export function sameCoding(doc: Doc, actor: Argument | null, recipient: Argument | null): boolean {
  if (!actor || !recipient || (actor.cluster >= 0 && recipient.cluster >= 0)) return false;
  // "troops arrested Colonel X": a named person acted on is one of many coded alike, not the group acting;
  // "the army bombed RSF positions": a named group coded alike is another party, and so is a body
  // a named group acts on ("the Arnor Guard blamed the army").
  const label = doc.clusters[recipient.cluster]?.label;
  if (label === "PERSON" || label === "ORG" || doc.clusters[actor.cluster]?.label === "ORG") return false;
  // "troops ... arresting at least 30 soldiers": people counted are individuals, not the body acting.
  if (recipient.cluster < 0 && countsPeople(doc, recipient)) return false;
  const country = (x: Argument): string | null => doc.clusters[x.cluster]?.country ?? x.country;
  const sector = (x: Argument): string | null => doc.clusters[x.cluster]?.sector ?? x.sector;
  return country(actor) !== null && country(actor) === country(recipient) && sector(actor) === sector(recipient);
}

/** Whether a participant's phrase opens with a number ("30 soldiers", "at least 30 soldiers"). */
function countsPeople(doc: Doc, participant: Argument): boolean {
  for (let i = participant.start; i < Math.min(participant.end - 1, participant.start + 4); i++) if (doc.upos(i) === "NUM") return true;
  return false;
}

/** Whether two participants are organs of one state ("Prime Minister Mitsotakis" and "Athens"). */
export function sameSide(doc: Doc, a: Argument | null, b: Argument | null): boolean {
  if (!a || !b) return false;
  const country = (x: Argument): string | null => doc.clusters[x.cluster]?.country ?? x.country;
  const sector = (x: Argument): string | null => x.sector ?? doc.clusters[x.cluster]?.sector ?? null;
  const sa = sector(a);
  const sb = sector(b);
  return country(a) !== null && country(a) === country(b) && sa !== null && sb !== null && STATE_SECTORS.has(sa) && STATE_SECTORS.has(sb);
}

/** A deed named again ("the arrest of marrero" after "arrested marrero") is the same event, not a new one. */
export function isRepeatedMention(earlier: readonly EventAnnotation[], event: EventAnnotation): boolean {
  if (!event.recipient || event.recipient.cluster < 0) return false;
  return earlier.some((e) => e.type === event.type && e.recipient?.cluster === event.recipient?.cluster);
}

/** Measures of different kinds are different deeds: "imposed a curfew and cut mobile internet" ("shot and stabbed" is one attack). */
const MEASURES: ReadonlySet<string> = new Set(["COERCE", "SANCTION"]);

/** Two verbs of one sentence stating one event ("mobilize his supporters and march"). */
export function sameStatement(a: EventAnnotation, b: EventAnnotation): boolean {
  if (MEASURES.has(a.type) && a.mode !== b.mode) return false;
  return a.sentence === b.sentence && a.type === b.type && sameParticipant(a.actor, b.actor) && sameParticipant(a.recipient, b.recipient);
}
