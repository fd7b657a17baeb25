/**
 * Tables for the API and the review queue, created idempotently beside the store's own. To fold
 * into the store's migrations: add these statements (without IF NOT EXISTS) as the next version.
 */
const TABLES = [
  `CREATE TABLE IF NOT EXISTS api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS event_reviews (
    doc_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    status TEXT NOT NULL,
    record TEXT,
    event_type TEXT,
    quad TEXT,
    actor_name TEXT,
    actor_code TEXT,
    actor_country TEXT,
    recipient_name TEXT,
    recipient_code TEXT,
    recipient_country TEXT,
    day TEXT,
    place_name TEXT,
    place_country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_id)
  )`,
  `CREATE INDEX IF NOT EXISTS event_reviews_at ON event_reviews (reviewed_at)`,
  `CREATE TABLE IF NOT EXISTS review_audit (
    id {{SEQ}},
    doc_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    note TEXT
  )`,
  `CREATE INDEX IF NOT EXISTS review_audit_at ON review_audit (at)`,
  `CREATE INDEX IF NOT EXISTS review_audit_event ON review_audit (doc_id, event_id)`,
];

export function reviewTables(dialect: "sqlite" | "postgres"): string[] {
  const seq = dialect === "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
  return TABLES.map((sql) => sql.replaceAll("{{SEQ}}", seq));
}
