import type { Argument, Doc, EventAnnotation } from "../../doc/document.js";

export function sameParticipant(a: Argument | null, b: Argument | null): boolean {
  if (a === null || b === null) return a === b;
  return a.cluster >= 0 ? a.cluster === b.cluster : a.name === b.name;
}

/** Two participants coded alike without being entities ("the government ... the state"): one actor, no recipient. */
export function sameCoding(doc: Doc, a: Argument | null, b: Argument | null): boolean {
  if (!a || !b || (a.cluster >= 0 && b.cluster >= 0)) return false;
  const country = (x: Argument): string | null => doc.clusters[x.cluster]?.country ?? x.country;
  const sector = (x: Argument): string | null => doc.clusters[x.cluster]?.sector ?? x.sector;
  return country(a) !== null && country(a) === country(b) && sector(a) === sector(b);
}

/** A deed named again ("the arrest of marrero" after "arrested marrero") is the same event, not a new one. */
export function isRepeatedMention(earlier: readonly EventAnnotation[], event: EventAnnotation): boolean {
  if (!event.recipient || event.recipient.cluster < 0) return false;
  return earlier.some((e) => e.type === event.type && e.recipient?.cluster === event.recipient?.cluster);
}

/** Two verbs of one sentence stating one event ("mobilize his supporters and march"). */
export function sameStatement(a: EventAnnotation, b: EventAnnotation): boolean {
  return a.sentence === b.sentence && a.type === b.type && sameParticipant(a.actor, b.actor) && sameParticipant(a.recipient, b.recipient);
}
