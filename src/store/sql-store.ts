/**
 * The Store over a small SQL driver. Both dialects share this logic (grouping, per-story event
 * counting, undo); the drivers differ in placeholders, bulk inserts and full-text search.
 */
import { TacitusError } from "../errors/index.js";
import type { DocumentResult, EventRecord } from "../doc/records.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations/index.js";
import {
  ENTITY_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS, STORED_EVENT_SELECT,
  actorsOf, bufferToMinhash, entityFromRow, entityRow, eventDay, eventRow, eventWhere, minhashToBuffer,
  nowIso, queryWords, quoteFromRow, quoteRow, sentenceFromRow, sentenceRow, storedEventFromRow, storyKey,
  type SqlValue,
} from "./rows.js";
import type {
  ActorFilter, ActorSummary, AddOutcome, DocumentHit, DocumentToAdd, DuplicateMatcher, DuplicateCandidate, DuplicateGroup, EventFilter,
  NearDuplicateMatch, NewDocument, Store, StoreStats, StoredDocument, StoredDocumentMeta, StoredEvent,
} from "./types.js";

export type Row = Record<string, unknown>;

/** Rows for one table; `conflict` is an ON CONFLICT clause such as "ON CONFLICT (id) DO NOTHING". */
export interface RowInsert {
  table: string;
  columns: string;
  rows: readonly (readonly SqlValue[])[];
  conflict?: string;
}

/** What a statement runner offers: `?` placeholders in, plain rows out. */
export interface SqlExecutor {
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Inserts rows into several tables, in as few round trips as the driver can. */
  insert(inserts: readonly RowInsert[]): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: "sqlite" | "postgres";
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const STREAM_PAGE = 500;
/** Candidates compared per new document, at most. */
const MAX_CANDIDATES = 50;
const DEFAULT_LIMIT = 50;

function count(row: Row | undefined, column = "n"): number {
  return Number(row?.[column] ?? 0);
}

export async function migrate(driver: SqlDriver): Promise<number> {
  await driver.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const current = count((await driver.query("SELECT MAX(version) AS n FROM schema_migrations"))[0]);
  if (current > SCHEMA_VERSION) {
    throw new TacitusError(
      "STORE",
      `this database has schema version ${current}, newer than this Tacitus (${SCHEMA_VERSION}); upgrade Tacitus to open it.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    await driver.transaction(async (tx) => {
      for (const sql of driver.dialect === "sqlite" ? migration.sqlite : migration.postgres) await tx.query(sql);
      await tx.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [migration.version, migration.name, nowIso()]);
    });
  }
  return SCHEMA_VERSION;
}

export class SqlStore implements Store {
  readonly dialect: "sqlite" | "postgres";

  constructor(private readonly db: SqlDriver) {
    this.dialect = db.dialect;
  }

  async schemaVersion(): Promise<number> {
    return count((await this.db.query("SELECT MAX(version) AS n FROM schema_migrations"))[0]);
  }

  async findByHash(hashes: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const chunk = hashes.slice(i, i + 500);
      const rows = await this.db.query(
        `SELECT id, content_hash FROM documents WHERE content_hash IN (${chunk.map(() => "?").join(", ")})`,
        chunk,
      );
      for (const row of rows) found.set(String(row["content_hash"]), String(row["id"]));
    }
    return found;
  }

  async duplicateCandidates(bandKeys: readonly string[], limit: number): Promise<DuplicateCandidate[]> {
    return candidatesFor(this.db, bandKeys, limit);
  }

  async addDocument(doc: NewDocument, result: DocumentResult, match: NearDuplicateMatch | null): Promise<AddOutcome> {
    const [outcome] = await this.addDocuments([{ doc, result }], () => match);
    if (!outcome) throw new TacitusError("INTERNAL", "storing a document gave no outcome; please report it.");
    return outcome;
  }

  async addDocuments(items: readonly DocumentToAdd[], matcher?: DuplicateMatcher): Promise<AddOutcome[]> {
    if (items.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const outcomes: AddOutcome[] = [];
      for (const { doc, result } of items) {
        let match: NearDuplicateMatch | null = null;
        if (matcher) {
          const candidates = doc.bandKeys.length > 0 ? await candidatesFor(tx, doc.bandKeys, MAX_CANDIDATES) : [];
          match = matcher(doc, candidates);
        }
        outcomes.push(await this.insertDocument(tx, doc, result, match));
      }
      return outcomes;
    });
  }

  private async insertDocument(tx: SqlExecutor, doc: NewDocument, result: DocumentResult, match: NearDuplicateMatch | null): Promise<AddOutcome> {
    const taken = await tx.query("SELECT id, content_hash FROM documents WHERE content_hash = ? OR id IN (?, ?, ?)", [
      doc.contentHash, ...candidateIds(doc.id, doc.contentHash),
    ]);
    const same = taken.find((row) => row["content_hash"] === doc.contentHash);
    if (same) return { status: "exists", id: String(same["id"]) };
    const id = freeId(doc.id, doc.contentHash, new Set(taken.map((row) => String(row["id"]))));
    const now = nowIso();

    let storyId = id;
    let groupId: number | null = null;
    if (match) {
      const joined = await joinGroup(tx, match, now);
      if (joined) ({ storyId, groupId } = joined);
    }

    const inserted = await tx.query(
      `INSERT INTO documents (id, content_hash, title, url, source, published_at, language, text, truecased_text,
         casing_damaged, story_id, group_id, minhash, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
      [
        id, doc.contentHash, doc.title, doc.url, doc.source, doc.publishedAt, doc.language, doc.text,
        result.truecased_text, result.casing_damaged ? 1 : 0, storyId, groupId, minhashToBuffer(doc.minhash), now,
      ],
    );
    if (this.dialect === "sqlite") {
      await tx.query("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", [count(inserted[0], "seq"), doc.title ?? "", doc.text]);
    }
    if (match && groupId !== null) {
      await tx.query(
        "INSERT INTO dup_members (group_id, doc_id, matched_doc_id, similarity, method, reason) VALUES (?, ?, ?, ?, ?, ?)",
        [groupId, id, match.docId, match.similarity, match.method, match.reason],
      );
    }

    const events = await this.eventRows(tx, id, storyId, groupId, doc.publishedAt, result.events);
    await tx.insert([
      { table: "actors", columns: "id, name, country, sector, code", rows: actorsOf(result).map((a) => [a.id, a.name, a.country, a.sector, a.code]), conflict: "ON CONFLICT (id) DO NOTHING" },
      { table: "sentences", columns: SENTENCE_COLUMNS, rows: result.sentences.map((s) => sentenceRow(id, s)) },
      { table: "entities", columns: ENTITY_COLUMNS, rows: result.entities.map((e) => entityRow(id, e)) },
      { table: "quotes", columns: QUOTE_COLUMNS, rows: result.quotes.map((q) => quoteRow(id, q)) },
      { table: "events", columns: EVENT_COLUMNS, rows: events },
      { table: "doc_bands", columns: "band_key, doc_id", rows: [...new Set(doc.bandKeys)].map((key) => [key, id]) },
    ]);
    return { status: "added", id, groupId };
  }

  /** Event rows; in a group, an event an earlier report already states points at it. */
  private async eventRows(
    tx: SqlExecutor, id: string, storyId: string, groupId: number | null, publishedAt: string | null, events: readonly EventRecord[],
  ): Promise<SqlValue[][]> {
    const rows: SqlValue[][] = [];
    for (const event of events) {
      const day = eventDay(event, publishedAt);
      const key = storyKey(event, day);
      let duplicateOf: number | null = null;
      if (groupId !== null) {
        const primary = await tx.query(
          `SELECT e.seq AS seq FROM events e JOIN documents d ON d.id = e.doc_id
           WHERE e.story_key = ? AND d.story_id = ? AND e.duplicate_of IS NULL ORDER BY e.seq LIMIT 1`,
          [key, storyId],
        );
        if (primary[0]) {
          duplicateOf = count(primary[0], "seq");
          await tx.query("UPDATE events SET reports = reports + 1 WHERE seq = ?", [duplicateOf]);
        }
      }
      rows.push(eventRow(id, event, day, key, duplicateOf));
    }
    return rows;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = (await this.db.query("SELECT * FROM documents WHERE id = ?", [id]))[0];
    if (!row) return null;
    const sentences = await this.db.query("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx", [id]);
    const entities = await this.db.query("SELECT * FROM entities WHERE doc_id = ? ORDER BY start_char, end_char, entity_id", [id]);
    const quotes = await this.db.query("SELECT * FROM quotes WHERE doc_id = ? ORDER BY start_char, quote_id", [id]);
    const events = await this.db.query("SELECT record FROM events WHERE doc_id = ? ORDER BY seq", [id]);
    return {
      ...documentMeta(row),
      text: String(row["text"]),
      truecased_text: row["truecased_text"] === null ? null : String(row["truecased_text"]),
      casing_damaged: Number(row["casing_damaged"]) === 1,
      sentences: sentences.map(sentenceFromRow),
      entities: entities.map(entityFromRow),
      quotes: quotes.map(quoteFromRow),
      events: events.map((e) => JSON.parse(String(e["record"])) as EventRecord),
    };
  }

  async events(filter: EventFilter): Promise<StoredEvent[]> {
    const where = eventWhere(filter, this.dialect);
    const rows = await this.db.query(
      `SELECT ${STORED_EVENT_SELECT} FROM events e JOIN documents d ON d.id = e.doc_id
       ${where.parts.length > 0 ? `WHERE ${where.parts.join(" AND ")}` : ""}
       ORDER BY e.day DESC${this.dialect === "postgres" ? " NULLS LAST" : ""}, e.seq DESC LIMIT ?`,
      [...where.params, filter.limit ?? DEFAULT_LIMIT],
    );
    return rows.map(storedEventFromRow);
  }

  async *streamEvents(filter: EventFilter): AsyncIterable<StoredEvent> {
    const where = eventWhere(filter, this.dialect);
    let after = 0;
    let left = filter.limit ?? Number.POSITIVE_INFINITY;
    while (left > 0) {
      const rows = await this.db.query(
        `SELECT ${STORED_EVENT_SELECT} FROM events e JOIN documents d ON d.id = e.doc_id
         WHERE ${[...where.parts, "e.seq > ?"].join(" AND ")} ORDER BY e.seq LIMIT ?`,
        [...where.params, after, Math.min(STREAM_PAGE, left)],
      );
      for (const row of rows) yield storedEventFromRow(row);
      if (rows.length < STREAM_PAGE) return;
      after = count(rows[rows.length - 1], "seq");
      left -= rows.length;
    }
  }

  async actors(filter: ActorFilter): Promise<ActorSummary[]> {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (filter.country) {
      parts.push("a.country = ?");
      params.push(filter.country.toUpperCase());
    }
    if (filter.sector) {
      parts.push("a.sector = ?");
      params.push(filter.sector);
    }
    if (filter.name) {
      parts.push("LOWER(a.name) LIKE ?");
      params.push(`%${filter.name.toLowerCase()}%`);
    }
    const rows = await this.db.query(
      `SELECT * FROM (
         SELECT a.id AS id, a.name AS name, a.country AS country, a.sector AS sector, a.code AS code,
           (SELECT COUNT(*) FROM events e WHERE e.actor_id = a.id AND e.duplicate_of IS NULL) AS as_actor,
           (SELECT COUNT(*) FROM events e WHERE e.recipient_id = a.id AND e.duplicate_of IS NULL) AS as_recipient
         FROM actors a ${parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : ""}
       ) t ORDER BY t.as_actor + t.as_recipient DESC, t.name, t.id LIMIT ?`,
      [...params, filter.limit ?? DEFAULT_LIMIT],
    );
    return rows.map((row) => ({
      id: String(row["id"]),
      name: String(row["name"]),
      country: row["country"] === null ? null : String(row["country"]),
      sector: row["sector"] === null ? null : String(row["sector"]),
      code: row["code"] === null ? null : String(row["code"]),
      as_actor: Number(row["as_actor"]),
      as_recipient: Number(row["as_recipient"]),
    }));
  }

  async searchDocuments(query: string, limit: number): Promise<DocumentHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const rows =
      this.dialect === "sqlite"
        ? await this.db.query(
            `SELECT d.id AS id, d.title AS title, d.published_at AS published_at FROM documents_fts f
             JOIN documents d ON d.seq = f.rowid WHERE documents_fts MATCH ? ORDER BY f.rank, d.seq LIMIT ?`,
            [words.map((w) => `"${w}"`).join(" "), limit],
          )
        : await this.db.query(
            `SELECT d.id AS id, d.title AS title, d.published_at AS published_at FROM documents d
             WHERE d.search @@ plainto_tsquery('english', ?) ORDER BY ts_rank(d.search, plainto_tsquery('english', ?)) DESC, d.seq LIMIT ?`,
            [words.join(" "), words.join(" "), limit],
          );
    return rows.map((row) => ({
      id: String(row["id"]),
      title: row["title"] === null ? null : String(row["title"]),
      published_at: row["published_at"] === null ? null : String(row["published_at"]),
    }));
  }

  async duplicateGroups(includeUndone: boolean): Promise<DuplicateGroup[]> {
    const rows = await this.db.query(
      `SELECT id FROM dup_groups ${includeUndone ? "" : "WHERE undone_at IS NULL"} ORDER BY id`,
    );
    const groups: DuplicateGroup[] = [];
    for (const row of rows) {
      const group = await this.duplicateGroup(count(row, "id"));
      if (group) groups.push(group);
    }
    return groups;
  }

  async duplicateGroup(id: number): Promise<DuplicateGroup | null> {
    return readGroup(this.db, id);
  }

  async undoDuplicateGroup(id: number): Promise<DuplicateGroup> {
    return this.db.transaction(async (tx) => {
      const group = await readGroup(tx, id);
      if (!group) throw new TacitusError("NOT_FOUND", `there is no near-duplicate group ${id}; list them with: tacitus dedup list`);
      if (group.undone_at !== null) {
        throw new TacitusError("BAD_ARGUMENT", `group ${id} was already undone at ${group.undone_at}; nothing to do.`);
      }
      const members = group.members.map((m) => m.doc_id);
      const marks = members.map(() => "?").join(", ");
      await tx.query(`UPDATE documents SET story_id = id, group_id = NULL WHERE group_id = ?`, [id]);
      await tx.query(`UPDATE events SET duplicate_of = NULL, reports = 1 WHERE doc_id IN (${marks})`, members);
      const undoneAt = nowIso();
      await tx.query("UPDATE dup_groups SET undone_at = ? WHERE id = ?", [undoneAt, id]);
      return { ...group, undone_at: undoneAt };
    });
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string): Promise<number> => count((await this.db.query(sql))[0]);
    return {
      documents: await one("SELECT COUNT(*) AS n FROM documents"),
      stories: await one("SELECT COUNT(DISTINCT story_id) AS n FROM documents"),
      sentences: await one("SELECT COUNT(*) AS n FROM sentences"),
      entities: await one("SELECT COUNT(*) AS n FROM entities"),
      quotes: await one("SELECT COUNT(*) AS n FROM quotes"),
      events: await one("SELECT COUNT(*) AS n FROM events"),
      uniqueEvents: await one("SELECT COUNT(*) AS n FROM events WHERE duplicate_of IS NULL"),
      actors: await one("SELECT COUNT(*) AS n FROM actors"),
      groups: await one("SELECT COUNT(*) AS n FROM dup_groups WHERE undone_at IS NULL"),
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** Earlier documents sharing a band key, oldest first. */
async function candidatesFor(db: SqlExecutor, bandKeys: readonly string[], limit: number): Promise<DuplicateCandidate[]> {
  if (bandKeys.length === 0) return [];
  const rows = await db.query(
    `SELECT d.id AS id, d.minhash AS minhash FROM documents d WHERE d.id IN (
       SELECT b.doc_id FROM doc_bands b WHERE b.band_key IN (${bandKeys.map(() => "?").join(", ")})
     ) ORDER BY d.seq LIMIT ?`,
    [...bandKeys, limit],
  );
  const out: DuplicateCandidate[] = [];
  for (const row of rows) {
    const minhash = bufferToMinhash(row["minhash"]);
    if (minhash) out.push({ docId: String(row["id"]), minhash });
  }
  return out;
}

/** Ids a document may get, in order of preference. */
function candidateIds(id: string, contentHash: string): [string, string, string] {
  return [id, `${id}~${contentHash.slice(0, 8)}`, `${id}~${contentHash}`];
}

/** The proposed id, or `id~hash` when another text already has it. */
function freeId(id: string, contentHash: string, taken: ReadonlySet<string>): string {
  const free = candidateIds(id, contentHash).find((candidate) => !taken.has(candidate));
  if (!free) throw new TacitusError("STORE", `cannot find a free id for document ${id}; rename it and ingest again.`);
  return free;
}

/** Puts the matched document in a group (creating it) and returns the story the new one joins. */
async function joinGroup(tx: SqlExecutor, match: NearDuplicateMatch, now: string): Promise<{ storyId: string; groupId: number } | null> {
  const matched = (await tx.query("SELECT story_id, group_id FROM documents WHERE id = ?", [match.docId]))[0];
  if (!matched) return null;
  const storyId = String(matched["story_id"]);
  if (matched["group_id"] !== null && matched["group_id"] !== undefined) return { storyId, groupId: Number(matched["group_id"]) };
  const created = await tx.query("INSERT INTO dup_groups (representative_id, created_at) VALUES (?, ?) RETURNING id", [match.docId, now]);
  const groupId = count(created[0], "id");
  await tx.query(
    "INSERT INTO dup_members (group_id, doc_id, matched_doc_id, similarity, method, reason) VALUES (?, ?, NULL, NULL, ?, ?)",
    [groupId, match.docId, "first", "first report of the story"],
  );
  await tx.query("UPDATE documents SET group_id = ? WHERE id = ?", [groupId, match.docId]);
  return { storyId, groupId };
}

async function readGroup(db: SqlExecutor, id: number): Promise<DuplicateGroup | null> {
  const group = (await db.query("SELECT id, representative_id, created_at, undone_at FROM dup_groups WHERE id = ?", [id]))[0];
  if (!group) return null;
  const members = await db.query(
    `SELECT m.doc_id AS doc_id, d.title AS title, m.matched_doc_id AS matched_doc_id, m.similarity AS similarity,
       m.method AS method, m.reason AS reason
     FROM dup_members m JOIN documents d ON d.id = m.doc_id WHERE m.group_id = ? ORDER BY d.seq`,
    [id],
  );
  return {
    id: count(group, "id"),
    representative_id: String(group["representative_id"]),
    created_at: String(group["created_at"]),
    undone_at: group["undone_at"] === null ? null : String(group["undone_at"]),
    members: members.map((m) => ({
      doc_id: String(m["doc_id"]),
      title: m["title"] === null ? null : String(m["title"]),
      matched_doc_id: m["matched_doc_id"] === null ? null : String(m["matched_doc_id"]),
      similarity: m["similarity"] === null ? null : Number(m["similarity"]),
      method: String(m["method"]),
      reason: String(m["reason"]),
    })),
  };
}

function documentMeta(row: Row): StoredDocumentMeta {
  const text = (key: string): string | null => (row[key] === null || row[key] === undefined ? null : String(row[key]));
  return {
    id: String(row["id"]),
    title: text("title"),
    url: text("url"),
    source: text("source"),
    published_at: text("published_at"),
    language: text("language"),
    content_hash: String(row["content_hash"]),
    story_id: String(row["story_id"]),
    group_id: row["group_id"] === null || row["group_id"] === undefined ? null : Number(row["group_id"]),
    ingested_at: String(row["ingested_at"]),
  };
}
