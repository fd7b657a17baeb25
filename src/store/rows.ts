/** Dialect-neutral mapping between records and table rows, and the event filter as SQL. */
import { createHash } from "node:crypto";
import type { DocEntityRecord, DocumentResult, EntityRecord, EventRecord, QuoteRecord, SentenceRecord } from "../doc/records.js";
import type { EventFilter, StoredEvent } from "./types.js";

export type SqlValue = string | number | bigint | null | Buffer;

/** An actor's stable id: the same name, country and sector give the same id in any store. */
export function actorId(entity: { name: string; country: string | null; sector: string | null }): string {
  const key = [entity.name.trim().toLowerCase(), entity.country ?? "", entity.sector ?? ""].join("\u0000");
  return createHash("sha1").update(key).digest("hex").slice(0, 16);
}

/** Events of two reports of one story are the same event when this key is equal. */
export function storyKey(event: EventRecord, day: string | null): string {
  const name = (entity: EntityRecord | null): string => entity?.name.trim().toLowerCase() ?? "";
  return [event.event, name(event.actor), name(event.recipient), day ?? ""].join("|");
}

export function eventDay(event: EventRecord, publishedAt: string | null): string | null {
  return event.date ?? publishedAt;
}

export function minhashToBuffer(signature: Uint32Array | null): Buffer | null {
  return signature ? Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) : null;
}

export function bufferToMinhash(value: unknown): Uint32Array | null {
  if (!(value instanceof Uint8Array) || value.byteLength % 4 !== 0) return null;
  const copy = new Uint8Array(value);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

export interface ActorRow {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  code: string | null;
}

export function actorRow(entity: EntityRecord): ActorRow {
  return { id: actorId(entity), name: entity.name, country: entity.country, sector: entity.sector, code: entity.code };
}

export function sentenceRow(docId: string, s: SentenceRecord): SqlValue[] {
  return [docId, s.index, s.start, s.end, s.text, s.headline ? 1 : 0];
}

export function entityRow(docId: string, e: DocEntityRecord): SqlValue[] {
  return [docId, e.id, e.label, e.text, e.name, e.start, e.end, e.cluster, e.country, e.sector, e.geonames_id ?? null, e.lat ?? null, e.lon ?? null];
}

export function quoteRow(docId: string, q: QuoteRecord): SqlValue[] {
  return [docId, q.id, q.text, q.start, q.end, q.speaker?.name ?? null, q.speaker ? JSON.stringify(q.speaker) : null, q.cue, q.kind];
}

export const SENTENCE_COLUMNS = "doc_id, idx, start_char, end_char, text, headline";
export const ENTITY_COLUMNS = "doc_id, entity_id, label, text, name, start_char, end_char, cluster, country, sector, geonames_id, lat, lon";
export const QUOTE_COLUMNS = "doc_id, quote_id, text, start_char, end_char, speaker_name, speaker, cue, kind";
export const EVENT_COLUMNS =
  "doc_id, event_id, event_type, mode, quad, actor_id, actor_name, actor_code, actor_country, recipient_id, recipient_name, " +
  "recipient_code, recipient_country, day, place_name, place_country, lat, lon, sentence, confidence, story_key, duplicate_of, record";

/** An event row; `duplicateOf` is the seq of the same event in an earlier report of the story. */
export function eventRow(docId: string, event: EventRecord, day: string | null, key: string, duplicateOf: number | null): SqlValue[] {
  const record: EventRecord = { ...event, doc_id: docId };
  return [
    docId,
    event.id,
    event.event,
    event.mode,
    event.quad,
    event.actor ? actorId(event.actor) : null,
    event.actor?.name ?? null,
    event.actor?.code ?? null,
    event.actor?.country ?? null,
    event.recipient ? actorId(event.recipient) : null,
    event.recipient?.name ?? null,
    event.recipient?.code ?? null,
    event.recipient?.country ?? null,
    day,
    event.location?.name ?? null,
    event.location?.country ?? null,
    event.location?.lat ?? null,
    event.location?.lon ?? null,
    event.evidence.sentence,
    event.confidence,
    key,
    duplicateOf,
    JSON.stringify(record),
  ];
}

/** Every actor named in a result, once each. */
export function actorsOf(result: DocumentResult): ActorRow[] {
  const seen = new Map<string, ActorRow>();
  for (const event of result.events) {
    for (const entity of [event.actor, event.recipient]) {
      if (!entity) continue;
      const row = actorRow(entity);
      if (!seen.has(row.id)) seen.set(row.id, row);
    }
  }
  return [...seen.values()];
}

type Row = Record<string, unknown>;

function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : Number(value);
}

export function sentenceFromRow(row: Row): SentenceRecord {
  return { index: Number(row["idx"]), start: Number(row["start_char"]), end: Number(row["end_char"]), text: String(row["text"]), headline: Number(row["headline"]) === 1 };
}

export function entityFromRow(row: Row): DocEntityRecord {
  const record: DocEntityRecord = {
    id: String(row["entity_id"]),
    label: String(row["label"]) as DocEntityRecord["label"],
    text: String(row["text"]),
    name: String(row["name"]),
    start: Number(row["start_char"]),
    end: Number(row["end_char"]),
    cluster: String(row["cluster"]),
    country: str(row["country"]),
    sector: str(row["sector"]) as DocEntityRecord["sector"],
  };
  const geonames = num(row["geonames_id"]);
  const lat = num(row["lat"]);
  const lon = num(row["lon"]);
  if (geonames !== null || lat !== null || lon !== null) {
    record.geonames_id = geonames;
    record.lat = lat;
    record.lon = lon;
  }
  return record;
}

export function quoteFromRow(row: Row): QuoteRecord {
  const speaker = str(row["speaker"]);
  return {
    id: String(row["quote_id"]),
    text: String(row["text"]),
    start: Number(row["start_char"]),
    end: Number(row["end_char"]),
    speaker: speaker ? (JSON.parse(speaker) as EntityRecord) : null,
    cue: str(row["cue"]),
    kind: String(row["kind"]) as QuoteRecord["kind"],
  };
}

/** Columns a stored-event query selects: the event `e` joined with its document `d`. */
export const STORED_EVENT_SELECT =
  "e.seq AS seq, e.record AS record, e.reports AS reports, e.duplicate_of AS duplicate_of, d.story_id AS story_id, " +
  "d.title AS doc_title, d.url AS doc_url, d.published_at AS published_at, d.ingested_at AS ingested_at";

export function storedEventFromRow(row: Row): StoredEvent {
  return {
    record: JSON.parse(String(row["record"])) as EventRecord,
    story_id: String(row["story_id"]),
    reports: Number(row["reports"]),
    duplicate: row["duplicate_of"] !== null && row["duplicate_of"] !== undefined,
    doc_title: str(row["doc_title"]),
    doc_url: str(row["doc_url"]),
    published_at: str(row["published_at"]),
    ingested_at: String(row["ingested_at"]),
  };
}

/** Words of a free-text query, for a full-text match that cannot fail on syntax. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface WhereClause {
  /** Conditions to AND together (empty: no condition). */
  parts: string[];
  params: SqlValue[];
}

/** The filter as conditions over `e` (events) and `d` (documents), with `?` placeholders. */
export function eventWhere(filter: EventFilter, dialect: "sqlite" | "postgres"): WhereClause {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (!filter.allReports) parts.push("e.duplicate_of IS NULL");
  if (filter.actor) {
    const like = `%${filter.actor.toLowerCase()}%`;
    parts.push("(LOWER(e.actor_name) LIKE ? OR LOWER(e.recipient_name) LIKE ? OR LOWER(e.actor_code) = ? OR LOWER(e.recipient_code) = ?)");
    params.push(like, like, filter.actor.toLowerCase(), filter.actor.toLowerCase());
  }
  if (filter.country) {
    const code = filter.country.toUpperCase();
    parts.push("(e.actor_country = ? OR e.recipient_country = ? OR e.place_country = ?)");
    params.push(code, code, code);
  }
  if (filter.types && filter.types.length > 0) {
    parts.push(`e.event_type IN (${filter.types.map(() => "?").join(", ")})`);
    params.push(...filter.types);
  }
  if (filter.since) {
    parts.push("e.day >= ?");
    params.push(filter.since);
  }
  if (filter.until) {
    // Before the next day, so a stored value carrying a time still counts as that day.
    parts.push("e.day < ?");
    params.push(nextDay(filter.until));
  }
  if (filter.place) {
    parts.push("LOWER(e.place_name) LIKE ?");
    params.push(`%${filter.place.toLowerCase()}%`);
  }
  if (filter.text !== undefined) {
    const words = queryWords(filter.text);
    if (words.length === 0) parts.push("1 = 0");
    else if (dialect === "sqlite") {
      // By document id: a rowid IN-list on `d` makes SQLite probe the list once per event row.
      parts.push("e.doc_id IN (SELECT t.id FROM documents_fts f JOIN documents t ON t.seq = f.rowid WHERE documents_fts MATCH ?)");
      params.push(words.map((w) => `"${w}"`).join(" "));
    } else {
      parts.push("d.search @@ plainto_tsquery('english', ?)");
      params.push(words.join(" "));
    }
  }
  return { parts, params };
}

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2, ...` (our SQL has no literal `?`). */
export function numberPlaceholders(sql: string, offset = 0): string {
  let n = offset;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const next = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return Number.isNaN(next.getTime()) ? date : next.toISOString().slice(0, 10);
}

export function nowIso(): string {
  return new Date().toISOString();
}
