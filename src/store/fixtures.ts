/**
 * Hand-built documents about invented places and people (Gondor, Arnor, Mordor), so exact
 * assertions do not move when real dictionaries grow. Used by the store, export and CLI tests.
 */
import { createHash } from "node:crypto";
import type { DocumentResult, EntityRecord, EventRecord } from "../doc/records.js";
import { CAMEO_ROOT, QUAD_OF, type EventType, type Sector } from "../ontology/index.js";
import type { NewDocument } from "./types.js";

export interface FixtureActor {
  name: string;
  country: string | null;
  sector: Sector | null;
}

export const GONDOR_GOV: FixtureActor = { name: "Gondor Council", country: "GND", sector: "GOV" };
export const MORDOR_MIL: FixtureActor = { name: "Mordor Army", country: "MDR", sector: "MIL" };
export const ARNOR_OPP: FixtureActor = { name: "Arnor Rangers", country: "ARN", sector: "OPP" };

export interface FixtureEvent {
  type: EventType;
  trigger: string;
  actor?: FixtureActor;
  recipient?: FixtureActor;
  date?: string;
  place?: { name: string; country: string; lat: number; lon: number };
  mode?: string;
}

function entity(text: string, actor: FixtureActor): EntityRecord {
  const start = Math.max(0, text.indexOf(actor.name));
  return {
    text: actor.name,
    name: actor.name,
    country: actor.country,
    sector: actor.sector,
    code: actor.country === null && actor.sector === null ? null : `${actor.country ?? ""}${actor.sector ?? ""}`,
    start,
    end: start + actor.name.length,
  };
}

/** A result with one sentence per line of `text`, an entity per named actor and the given events. */
export function fixtureResult(docId: string, text: string, events: readonly FixtureEvent[], publishedAt: string | null = null): DocumentResult {
  const sentences: DocumentResult["sentences"] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") sentences.push({ index: sentences.length, start: offset, end: offset + line.length, text: line, headline: false });
    offset += line.length + 1;
  }
  const sentenceAt = (at: number): number => Math.max(0, sentences.findIndex((s) => at >= s.start && at < s.end));
  const actors = new Map<string, FixtureActor>();
  for (const e of events) for (const a of [e.actor, e.recipient]) if (a) actors.set(a.name, a);
  const entities = [...actors.values()]
    .map((actor, i) => {
      const ent = entity(text, actor);
      return {
        id: `e${i + 1}`, label: "ORG" as const, text: ent.text, name: ent.name, start: ent.start, end: ent.end,
        cluster: `c${i + 1}`, country: actor.country, sector: actor.sector,
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const records: EventRecord[] = events.map((e, i) => {
    const start = Math.max(0, text.indexOf(e.trigger));
    const sentence = sentenceAt(start);
    const s = sentences[sentence];
    return {
      id: `${docId}-ev${i + 1}`,
      doc_id: docId,
      event: e.type,
      mode: e.mode ?? null,
      cameo: CAMEO_ROOT[e.type],
      quad: QUAD_OF[e.type],
      actor: e.actor ? entity(text, e.actor) : null,
      recipient: e.recipient ? entity(text, e.recipient) : null,
      trigger: { text: e.trigger, start, end: start + e.trigger.length },
      evidence: { sentence, start: s?.start ?? 0, end: s?.end ?? text.length },
      date: e.date ?? null,
      date_text: e.date ? "on monday" : null,
      date_precision: e.date ? "day" : null,
      location: e.place ? { text: e.place.name, name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, geonames_id: null, precision: "city" } : null,
      quote_id: null,
      negated: false,
      modality: "asserted",
      confidence: 0.8,
    };
  });
  const quoteStart = text.indexOf("\"");
  const quoteEnd = quoteStart >= 0 ? text.indexOf("\"", quoteStart + 1) : -1;
  const quotes: DocumentResult["quotes"] =
    quoteStart >= 0 && quoteEnd > quoteStart
      ? [{ id: "q1", text: text.slice(quoteStart + 1, quoteEnd), start: quoteStart + 1, end: quoteEnd, speaker: events[0]?.actor ? entity(text, events[0].actor) : null, cue: "said", kind: "direct" }]
      : [];
  return { doc_id: docId, title: null, published_at: publishedAt, truecased_text: null, casing_damaged: false, sentences, entities, quotes, events: records };
}

export function fixtureDocument(id: string, text: string, extra: Partial<NewDocument> = {}): NewDocument {
  return {
    id,
    contentHash: createHash("sha256").update(text).digest("hex"),
    title: null,
    url: null,
    source: "fixture",
    publishedAt: null,
    language: "en",
    text,
    minhash: null,
    bandKeys: [],
    ...extra,
  };
}

export const RAID_TEXT =
  "Mordor Army raided villages near Osgiliath on Monday.\n" +
  "Gondor Council condemned the raid. \"This will not stand,\" the council said.";

export const RAID_EVENTS: FixtureEvent[] = [
  { type: "ASSAULT", trigger: "raided", actor: MORDOR_MIL, date: "2031-05-05", place: { name: "Osgiliath", country: "GND", lat: 44.5, lon: 20.25 } },
  { type: "ACCUSE", trigger: "condemned", actor: GONDOR_GOV, recipient: MORDOR_MIL, date: "2031-05-05" },
];

export const TALKS_TEXT =
  "Arnor Rangers met Gondor Council in Minas Tirith.\n" +
  "Gondor Council agreed to send grain to the north.";

export const TALKS_EVENTS: FixtureEvent[] = [
  { type: "CONSULT", trigger: "met", actor: ARNOR_OPP, recipient: GONDOR_GOV, date: "2031-06-10", place: { name: "Minas Tirith", country: "GND", lat: 45.1, lon: 19.8 } },
  { type: "AID", trigger: "send grain", actor: GONDOR_GOV, recipient: ARNOR_OPP, date: "2031-06-11" },
];
