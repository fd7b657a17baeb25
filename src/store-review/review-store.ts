/**
 * What the API needs beyond the Store interface: API tokens (stored hashed), event reviews with
 * an audit log, cursor pages of events with corrections applied, and a few aggregates.
 */
import { createHash, randomBytes } from "node:crypto";
import type { EntityRecord, EventRecord, LocationRecord, QuoteRecord } from "../doc/records.js";
import { TacitusError } from "../errors/index.js";
import { CAMEO_ROOT, QUAD_OF, type EventType, type Sector } from "../ontology/index.js";
import { STORED_EVENT_SELECT, actorId, eventWhere, nowIso, quoteFromRow, storedEventFromRow, type SqlValue } from "../store/rows.js";
import { REVIEW_SCHEMA_VERSION, type ActorFilter, type ActorSummary, type EventFilter, type StoredEvent } from "../store/index.js";
import { openReviewDb, type ReviewDb, type Row } from "./sql.js";

export type ReviewStatus = "accepted" | "rejected" | "corrected";

export interface ReviewState {
  status: ReviewStatus;
  reviewed_by: string;
  reviewed_at: string;
}

/** A stored event as the API shows it: corrections applied, review state attached. */
export interface ApiEvent extends StoredEvent {
  seq: number;
  review: ReviewState | null;
  /** A reviewer changed some field (the record shown is the corrected one). */
  corrected: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ActorCorrection {
  name: string;
  country?: string | null;
  sector?: Sector | null;
  code?: string | null;
}

export interface PlaceCorrection {
  name: string;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface EventCorrection {
  event?: EventType;
  actor?: ActorCorrection | null;
  recipient?: ActorCorrection | null;
  date?: string | null;
  place?: PlaceCorrection | null;
}

export type ReviewAction =
  | { action: "accept"; note?: string }
  | { action: "reject"; note?: string }
  | { action: "correct"; changes: EventCorrection; note?: string };

export interface AuditEntry {
  id: number;
  doc_id: string;
  event_id: string;
  action: string;
  actor: string;
  at: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface EventPageQuery {
  filter: EventFilter;
  limit: number;
  order: "asc" | "desc";
  /** Seq to continue after (exclusive). */
  after?: number;
  updatedSince?: string;
  reviewed?: boolean;
  includeRejected?: boolean;
}

export interface QuotationQuery {
  speaker?: string;
  docId?: string;
  text?: string;
  limit: number;
  offset: number;
}

/** A quotation with the document it stands in. */
export interface Quotation extends QuoteRecord {
  doc_id: string;
  doc_title: string | null;
  published_at: string | null;
}

export interface PlaceSummary {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

export interface TimelineRow {
  day: string;
  event: string;
  quad: string;
  events: number;
}

export interface NetworkEdge {
  actor: string;
  actor_country: string | null;
  recipient: string;
  recipient_country: string | null;
  event: string;
  quad: string;
  events: number;
}

export interface EventChange {
  kind: "deleted" | "restored" | "merged";
  id: string;
  doc_id: string;
  at: string;
  by: string | null;
  merged_into: { id: string; doc_id: string } | null;
}

const TOKEN_PREFIX = "tct_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function tokenFromRow(row: Row): ApiToken {
  return {
    id: String(row["id"]),
    name: String(row["name"]),
    created_at: String(row["created_at"]),
    last_used_at: str(row["last_used_at"]),
    revoked_at: str(row["revoked_at"]),
  };
}

function entityFrom(correction: ActorCorrection, previous: EntityRecord | null): EntityRecord {
  const country = correction.country === undefined ? (previous?.country ?? null) : correction.country;
  const sector = correction.sector === undefined ? (previous?.sector ?? null) : correction.sector;
  const code = correction.code !== undefined ? correction.code : country === null && sector === null ? null : `${country ?? ""}${sector ?? ""}`;
  return { text: previous?.text ?? correction.name, name: correction.name, country, sector, code, start: previous?.start ?? -1, end: previous?.end ?? -1 };
}

function placeFrom(correction: PlaceCorrection, previous: LocationRecord | null): LocationRecord {
  const lat = correction.lat === undefined ? null : correction.lat;
  const lon = correction.lon === undefined ? null : correction.lon;
  return {
    text: previous?.text ?? correction.name,
    name: correction.name,
    country: correction.country === undefined ? (previous?.country ?? null) : correction.country,
    lat,
    lon,
    geonames_id: null,
    precision: lat !== null && lon !== null ? "city" : "country",
  };
}

/** The record with a reviewer's corrections applied. */
export function applyCorrection(record: EventRecord, changes: EventCorrection): EventRecord {
  const next: EventRecord = { ...record };
  if (changes.event !== undefined) {
    next.event = changes.event;
    next.quad = QUAD_OF[changes.event];
    next.cameo = CAMEO_ROOT[changes.event];
    if (changes.event !== record.event) next.mode = null;
  }
  if (changes.actor !== undefined) next.actor = changes.actor === null ? null : entityFrom(changes.actor, record.actor);
  if (changes.recipient !== undefined) next.recipient = changes.recipient === null ? null : entityFrom(changes.recipient, record.recipient);
  if (changes.date !== undefined) {
    next.date = changes.date;
    next.date_precision = changes.date === null ? null : "day";
  }
  if (changes.place !== undefined) next.location = changes.place === null ? null : placeFrom(changes.place, record.location);
  return next;
}

/** A document's review states by event id, as `ReviewStore.documentReviews` gives them. */
export type DocumentReviews = ReadonlyMap<string, { state: ReviewState; record: EventRecord | null }>;

/**
 * A document's events as reviewers left them, like the API's article view: rejected ones left
 * out, corrected records in place of extracted ones; with how many of each kind were reviewed.
 */
export function applyReviews(events: readonly EventRecord[], reviews: DocumentReviews): { events: EventRecord[]; counts: Record<ReviewStatus, number> } {
  const counts: Record<ReviewStatus, number> = { accepted: 0, corrected: 0, rejected: 0 };
  const out: EventRecord[] = [];
  for (const record of events) {
    const reviewed = reviews.get(record.id);
    if (reviewed) counts[reviewed.state.status]++;
    if (reviewed?.state.status === "rejected") continue;
    out.push(reviewed?.record ?? record);
  }
  return { events: out, counts };
}

/** Event columns a correction can change; queries read the corrected value when there is one. */
const CORRECTABLE = [
  "event_type", "quad", "actor_name", "actor_code", "actor_country", "recipient_name", "recipient_code", "recipient_country",
  "day", "place_name", "place_country", "lat", "lon",
] as const;
const CORRECTABLE_RE = new RegExp(`\\be\\.(${CORRECTABLE.join("|")})\\b`, "g");

/** Rewrites `e.<column>` so filters and aggregates see reviewers' corrections. */
function corrected(sql: string): string {
  return sql.replace(CORRECTABLE_RE, (_, column: string) => `(CASE WHEN r.record IS NULL THEN e.${column} ELSE r.${column} END)`);
}

function correctedColumns(record: EventRecord, publishedAt: string | null): SqlValue[] {
  return [
    record.event, record.quad, record.actor?.name ?? null, record.actor?.code ?? null, record.actor?.country ?? null,
    record.recipient?.name ?? null, record.recipient?.code ?? null, record.recipient?.country ?? null, record.date ?? publishedAt,
    record.location?.name ?? null, record.location?.country ?? null, record.location?.lat ?? null, record.location?.lon ?? null,
  ];
}

const REVIEW_SELECT = "r.status AS review_status, r.record AS review_record, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at";
const REVIEW_JOIN = "LEFT JOIN event_reviews r ON r.doc_id = e.doc_id AND r.event_id = e.event_id";
const NOT_REJECTED = "(r.status IS NULL OR r.status <> 'rejected')";

function apiEventFromRow(row: Row): ApiEvent {
  const stored = storedEventFromRow(row);
  const status = str(row["review_status"]);
  const corrected = str(row["review_record"]);
  return {
    ...stored,
    record: corrected ? (JSON.parse(corrected) as EventRecord) : stored.record,
    seq: Number(row["seq"]),
    corrected: corrected !== null,
    review: status ? { status: status as ReviewStatus, reviewed_by: String(row["reviewed_by"]), reviewed_at: String(row["reviewed_at"]) } : null,
  };
}

/** How long a PostgreSQL reader trusts its cache without a way to see other writers' commits. */
const POSTGRES_VERSION_MS = 1000;

export class ReviewStore {
  /** Bumped on this connection's own writes, which SQLite's data_version does not count. */
  private writes = 0;

  private constructor(private readonly db: ReviewDb) {}

  /**
   * Changes whenever the database may have changed: SQLite's data_version sees other
   * connections' commits (the store's, other processes'); PostgreSQL gets a short time bucket.
   */
  async dataVersion(): Promise<string> {
    if (this.db.dialect === "sqlite") {
      const row = (await this.db.query("PRAGMA data_version"))[0];
      return `${String(row?.["data_version"] ?? "")}.${this.writes}`;
    }
    return `${Math.floor(Date.now() / POSTGRES_VERSION_MS)}.${this.writes}`;
  }

  /** Opens the review tables in the store's database; open the store first, whose migrations create them. */
  static async open(location: string, options: { schema?: string } = {}): Promise<ReviewStore> {
    const db = openReviewDb(location, options.schema);
    try {
      const version = await db.query("SELECT MAX(version) AS n FROM schema_migrations").then(
        (rows) => Number(rows[0]?.["n"] ?? 0),
        () => 0,
      );
      if (version < REVIEW_SCHEMA_VERSION) {
        throw new TacitusError(
          "STORE",
          `the database has schema version ${version}, without the review tables (version ${REVIEW_SCHEMA_VERSION}); open it as a store first, which migrates it (for example \`tacitus events --limit 1 --db ...\`).`,
        );
      }
    } catch (error) {
      await db.close();
      throw error;
    }
    return new ReviewStore(db);
  }

  get dialect(): "sqlite" | "postgres" {
    return this.db.dialect;
  }

  // --- API tokens

  /** Creates a token; the secret is returned once and only its hash is kept. */
  async createToken(name: string): Promise<{ token: string; info: ApiToken }> {
    const id = randomBytes(4).toString("hex");
    const token = `${TOKEN_PREFIX}${id}_${randomBytes(24).toString("base64url")}`;
    const createdAt = nowIso();
    await this.db.query("INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)", [id, name, hashToken(token), createdAt]);
    return { token, info: { id, name, created_at: createdAt, last_used_at: null, revoked_at: null } };
  }

  async listTokens(): Promise<ApiToken[]> {
    return (await this.db.query("SELECT * FROM api_tokens ORDER BY created_at, id")).map(tokenFromRow);
  }

  async revokeToken(id: string): Promise<ApiToken> {
    const row = (await this.db.query("SELECT * FROM api_tokens WHERE id = ?", [id]))[0];
    if (!row) throw new TacitusError("NOT_FOUND", `there is no API token ${id}; list them with: tacitus token list`);
    if (row["revoked_at"] === null) await this.db.query("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [nowIso(), id]);
    const updated = (await this.db.query("SELECT * FROM api_tokens WHERE id = ?", [id]))[0];
    return tokenFromRow(updated ?? row);
  }

  /** The live token with this secret, or null. */
  async verifyToken(token: string): Promise<ApiToken | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const row = (await this.db.query("SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL", [hashToken(token)]))[0];
    if (!row) return null;
    const usedAt = nowIso();
    await this.db.query("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [usedAt, String(row["id"])]);
    return { ...tokenFromRow(row), last_used_at: usedAt };
  }

  // --- events

  async eventPage(query: EventPageQuery): Promise<ApiEvent[]> {
    const where = eventWhere(query.filter, this.db.dialect);
    const parts = where.parts.map(corrected);
    const params: SqlValue[] = [...where.params];
    if (!query.includeRejected) parts.push(NOT_REJECTED);
    if (query.reviewed === true) parts.push("r.status IS NOT NULL");
    if (query.reviewed === false) parts.push("r.status IS NULL");
    if (query.updatedSince !== undefined) {
      parts.push("(d.ingested_at >= ? OR r.reviewed_at >= ?)");
      params.push(query.updatedSince, query.updatedSince);
    }
    if (query.after !== undefined) {
      parts.push(query.order === "asc" ? "e.seq > ?" : "e.seq < ?");
      params.push(query.after);
    }
    const rows = await this.db.query(
      `SELECT ${STORED_EVENT_SELECT}, ${REVIEW_SELECT} FROM events e JOIN documents d ON d.id = e.doc_id ${REVIEW_JOIN}
       ${parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : ""}
       ORDER BY e.seq ${query.order === "asc" ? "ASC" : "DESC"} LIMIT ?`,
      [...params, query.limit],
    );
    return rows.map(apiEventFromRow);
  }

  /** Events with this id (ids are per document; `docId` picks one when several share it). */
  async findEvents(id: string, docId?: string): Promise<ApiEvent[]> {
    const rows = await this.db.query(
      `SELECT ${STORED_EVENT_SELECT}, ${REVIEW_SELECT} FROM events e JOIN documents d ON d.id = e.doc_id ${REVIEW_JOIN}
       WHERE e.event_id = ? ${docId !== undefined ? "AND e.doc_id = ?" : ""} ORDER BY e.seq LIMIT 20`,
      docId !== undefined ? [id, docId] : [id],
    );
    return rows.map(apiEventFromRow);
  }

  async findEvent(id: string, docId?: string): Promise<ApiEvent> {
    const found = await this.findEvents(id, docId);
    const first = found[0];
    if (!first) throw new TacitusError("NOT_FOUND", `there is no event ${id}${docId ? ` in document ${docId}` : ""}; list events with GET /api/events.`);
    if (found.length > 1 && docId === undefined) {
      throw new TacitusError("BAD_ARGUMENT", `${found.length} documents have an event ${id}; add ?doc_id= to say which.`);
    }
    return first;
  }

  /** Review states of a document's events, for the article view. */
  async documentReviews(docId: string): Promise<Map<string, { state: ReviewState; record: EventRecord | null }>> {
    const rows = await this.db.query("SELECT * FROM event_reviews WHERE doc_id = ?", [docId]);
    const out = new Map<string, { state: ReviewState; record: EventRecord | null }>();
    for (const row of rows) {
      const record = str(row["record"]);
      out.set(String(row["event_id"]), {
        state: { status: String(row["status"]) as ReviewStatus, reviewed_by: String(row["reviewed_by"]), reviewed_at: String(row["reviewed_at"]) },
        record: record ? (JSON.parse(record) as EventRecord) : null,
      });
    }
    return out;
  }

  /** Accepts, rejects or corrects an event; the change and the states before and after go to the audit log. */
  async review(id: string, docId: string | undefined, action: ReviewAction, who: string): Promise<{ event: ApiEvent; audit: AuditEntry }> {
    const current = await this.findEvent(id, docId);
    const at = nowIso();
    const before = { record: current.record, review: current.review, corrected: current.corrected };
    // Corrections survive a later accept or reject; the status records the last decision.
    const storedRecord = action.action === "correct" ? applyCorrection(current.record, action.changes) : current.corrected ? current.record : null;
    const status: ReviewStatus = action.action === "correct" ? "corrected" : action.action === "accept" ? "accepted" : "rejected";
    const after = { record: storedRecord ?? current.record, review: { status, reviewed_by: who, reviewed_at: at }, corrected: storedRecord !== null };
    const note = action.note ?? null;
    const docKey = current.record.doc_id;
    const auditRows = await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO event_reviews (doc_id, event_id, status, record, reviewed_by, reviewed_at, ${CORRECTABLE.join(", ")})
         VALUES (?, ?, ?, ?, ?, ?, ${CORRECTABLE.map(() => "?").join(", ")})
         ON CONFLICT (doc_id, event_id) DO UPDATE SET status = excluded.status, record = excluded.record,
           reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, ${CORRECTABLE.map((c) => `${c} = excluded.${c}`).join(", ")}`,
        [
          docKey, id, status, storedRecord ? JSON.stringify(storedRecord) : null, who, at,
          ...(storedRecord ? correctedColumns(storedRecord, current.published_at) : CORRECTABLE.map(() => null)),
        ],
      );
      return tx.query(
        `INSERT INTO review_audit (doc_id, event_id, action, actor, at, before_json, after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [docKey, id, action.action, who, at, JSON.stringify(before), JSON.stringify(after), note],
      );
    });
    this.writes++;
    const event = await this.findEvent(id, docKey);
    return {
      event,
      audit: { id: Number(auditRows[0]?.["id"] ?? 0), doc_id: docKey, event_id: id, action: action.action, actor: who, at, before, after, note },
    };
  }

  async auditLog(query: { docId?: string; eventId?: string; since?: string; limit: number }): Promise<AuditEntry[]> {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (query.docId !== undefined) {
      parts.push("doc_id = ?");
      params.push(query.docId);
    }
    if (query.eventId !== undefined) {
      parts.push("event_id = ?");
      params.push(query.eventId);
    }
    if (query.since !== undefined) {
      parts.push("at >= ?");
      params.push(query.since);
    }
    const rows = await this.db.query(
      `SELECT * FROM review_audit ${parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`,
      [...params, query.limit],
    );
    return rows.map((row) => ({
      id: Number(row["id"]),
      doc_id: String(row["doc_id"]),
      event_id: String(row["event_id"]),
      action: String(row["action"]),
      actor: String(row["actor"]),
      at: String(row["at"]),
      before: JSON.parse(String(row["before_json"])) as unknown,
      after: JSON.parse(String(row["after_json"])) as unknown,
      note: str(row["note"]),
    }));
  }

  /** Events rejected (deleted), restored, or merged into an earlier report since a time, oldest first. */
  async changes(since: string, limit: number): Promise<EventChange[]> {
    const reviewed = await this.db.query(
      `SELECT doc_id, event_id, action, actor, at, before_json FROM review_audit WHERE at >= ? ORDER BY at, id LIMIT ?`,
      [since, limit * 4],
    );
    const out: EventChange[] = [];
    for (const row of reviewed) {
      const before = JSON.parse(String(row["before_json"])) as { review: ReviewState | null };
      const wasRejected = before.review?.status === "rejected";
      const action = String(row["action"]);
      const kind = action === "reject" ? (wasRejected ? null : "deleted") : wasRejected ? "restored" : null;
      if (kind === null) continue;
      out.push({ kind, id: String(row["event_id"]), doc_id: String(row["doc_id"]), at: String(row["at"]), by: String(row["actor"]), merged_into: null });
    }
    const merged = await this.db.query(
      `SELECT e.event_id AS event_id, e.doc_id AS doc_id, d.ingested_at AS at, p.event_id AS into_id, p.doc_id AS into_doc
       FROM events e JOIN documents d ON d.id = e.doc_id JOIN events p ON p.seq = e.duplicate_of
       WHERE e.duplicate_of IS NOT NULL AND d.ingested_at >= ? ORDER BY d.ingested_at, e.seq LIMIT ?`,
      [since, limit],
    );
    for (const row of merged) {
      out.push({
        kind: "merged", id: String(row["event_id"]), doc_id: String(row["doc_id"]), at: String(row["at"]), by: null,
        merged_into: { id: String(row["into_id"]), doc_id: String(row["into_doc"]) },
      });
    }
    out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return out.slice(0, limit);
  }

  /** Documents, newest ingested first, without their text. */
  async recentDocuments(limit: number, offset: number): Promise<{ id: string; title: string | null; published_at: string | null; ingested_at: string; events: number }[]> {
    const rows = await this.db.query(
      `SELECT d.id AS id, d.title AS title, d.published_at AS published_at, d.ingested_at AS ingested_at,
         (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS n
       FROM documents d ORDER BY d.seq DESC LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return rows.map((row) => ({
      id: String(row["id"]), title: str(row["title"]), published_at: str(row["published_at"]), ingested_at: String(row["ingested_at"]), events: Number(row["n"]),
    }));
  }

  // --- aggregates

  private filtered(filter: EventFilter): { where: string; params: SqlValue[] } {
    const clause = eventWhere(filter, this.db.dialect);
    const parts = [...clause.parts.map(corrected), NOT_REJECTED];
    return { where: `WHERE ${parts.join(" AND ")}`, params: clause.params };
  }

  async quotations(query: QuotationQuery): Promise<Quotation[]> {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (query.speaker !== undefined) {
      parts.push("LOWER(q.speaker_name) LIKE ?");
      params.push(`%${query.speaker.toLowerCase()}%`);
    }
    if (query.docId !== undefined) {
      parts.push("q.doc_id = ?");
      params.push(query.docId);
    }
    if (query.text !== undefined) {
      parts.push("LOWER(q.text) LIKE ?");
      params.push(`%${query.text.toLowerCase()}%`);
    }
    const rows = await this.db.query(
      `SELECT q.doc_id AS doc_id, q.quote_id AS quote_id, q.text AS text, q.start_char AS start_char, q.end_char AS end_char,
         q.speaker AS speaker, q.cue AS cue, q.kind AS kind, d.title AS title, d.published_at AS published_at
       FROM quotes q JOIN documents d ON d.id = q.doc_id ${parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : ""}
       ORDER BY d.seq DESC, q.start_char LIMIT ? OFFSET ?`,
      [...params, query.limit, query.offset],
    );
    return rows.map((row) => ({
      doc_id: String(row["doc_id"]),
      ...quoteFromRow(row),
      doc_title: str(row["title"]),
      published_at: str(row["published_at"]),
    }));
  }

  async places(filter: EventFilter, limit: number): Promise<PlaceSummary[]> {
    const { where, params } = this.filtered(filter);
    const rows = await this.db.query(
      corrected(`SELECT e.place_name AS name, e.place_country AS country, AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(*) AS n
       FROM events e JOIN documents d ON d.id = e.doc_id ${REVIEW_JOIN} ${where} AND e.place_name IS NOT NULL
       GROUP BY e.place_name, e.place_country ORDER BY n DESC, e.place_name LIMIT ?`),
      [...params, limit],
    );
    return rows.map((row) => ({ name: String(row["name"]), country: str(row["country"]), lat: num(row["lat"]), lon: num(row["lon"]), events: Number(row["n"]) }));
  }

  async timeline(filter: EventFilter): Promise<TimelineRow[]> {
    const { where, params } = this.filtered(filter);
    const rows = await this.db.query(
      corrected(`SELECT SUBSTR(e.day, 1, 10) AS day, e.event_type AS event, e.quad AS quad, COUNT(*) AS n
       FROM events e JOIN documents d ON d.id = e.doc_id ${REVIEW_JOIN} ${where} AND e.day IS NOT NULL
       GROUP BY SUBSTR(e.day, 1, 10), e.event_type, e.quad ORDER BY day, event`),
      params,
    );
    return rows.map((row) => ({ day: String(row["day"]), event: String(row["event"]), quad: String(row["quad"]), events: Number(row["n"]) }));
  }

  async network(filter: EventFilter, limit: number): Promise<NetworkEdge[]> {
    const { where, params } = this.filtered(filter);
    const rows = await this.db.query(
      corrected(`SELECT e.actor_name AS actor, e.actor_country AS actor_country, e.recipient_name AS recipient, e.recipient_country AS recipient_country,
         e.event_type AS event, e.quad AS quad, COUNT(*) AS n
       FROM events e JOIN documents d ON d.id = e.doc_id ${REVIEW_JOIN} ${where} AND e.actor_name IS NOT NULL AND e.recipient_name IS NOT NULL
       GROUP BY e.actor_name, e.actor_country, e.recipient_name, e.recipient_country, e.event_type, e.quad
       ORDER BY n DESC, actor, recipient LIMIT ?`),
      [...params, limit],
    );
    return rows.map((row) => ({
      actor: String(row["actor"]), actor_country: str(row["actor_country"]), recipient: String(row["recipient"]),
      recipient_country: str(row["recipient_country"]), event: String(row["event"]), quad: String(row["quad"]), events: Number(row["n"]),
    }));
  }

  /**
   * Actors with how many events (once per story) they take part in once reviews are applied:
   * rejected events are not counted, corrected ones count for the corrected actor and recipient.
   */
  async actors(filter: ActorFilter): Promise<ActorSummary[]> {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (filter.country) {
      parts.push("t.country = ?");
      params.push(filter.country.toUpperCase());
    }
    // The code is the country's three letters, then the sector's ("VENSPY", "IGO").
    if (filter.sector) {
      parts.push("SUBSTR(t.code, LENGTH(t.code) - 2, 3) = ?");
      params.push(filter.sector);
    }
    if (filter.name) {
      parts.push("LOWER(t.name) LIKE ?");
      params.push(`%${filter.name.toLowerCase()}%`);
    }
    const side = (role: "actor" | "recipient", asActor: number): string =>
      `SELECT e.${role}_name AS name, e.${role}_code AS code, e.${role}_country AS country, ${asActor} AS a, ${1 - asActor} AS r
       FROM events e ${REVIEW_JOIN} WHERE e.duplicate_of IS NULL AND ${NOT_REJECTED} AND e.${role}_name IS NOT NULL`;
    const rows = await this.db.query(
      corrected(`SELECT t.name AS name, t.code AS code, t.country AS country, SUM(t.a) AS as_actor, SUM(t.r) AS as_recipient
       FROM (${side("actor", 1)} UNION ALL ${side("recipient", 0)}) t ${parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : ""}
       GROUP BY t.name, t.code, t.country ORDER BY SUM(t.a) + SUM(t.r) DESC, t.name, t.code LIMIT ?`),
      [...params, filter.limit ?? 50],
    );
    return rows.map((row) => {
      const name = String(row["name"]);
      const country = str(row["country"]);
      const code = str(row["code"]);
      const sector = code === null ? null : code.slice(country?.length ?? 0) || null;
      return { id: actorId({ name, country, sector }), name, country, sector, code, as_actor: Number(row["as_actor"]), as_recipient: Number(row["as_recipient"]) };
    });
  }

  async reviewCounts(): Promise<Record<ReviewStatus, number>> {
    const rows = await this.db.query("SELECT status, COUNT(*) AS n FROM event_reviews GROUP BY status");
    const out: Record<ReviewStatus, number> = { accepted: 0, rejected: 0, corrected: 0 };
    for (const row of rows) {
      const status = String(row["status"]);
      if (status === "accepted" || status === "rejected" || status === "corrected") out[status] = Number(row["n"]);
    }
    return out;
  }

  async typeCounts(): Promise<Record<string, number>> {
    const rows = await this.db.query(
      corrected(`SELECT e.event_type AS event, COUNT(*) AS n FROM events e ${REVIEW_JOIN} WHERE e.duplicate_of IS NULL AND ${NOT_REJECTED} GROUP BY e.event_type ORDER BY e.event_type`),
    );
    return Object.fromEntries(rows.map((row) => [String(row["event"]), Number(row["n"])]));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
