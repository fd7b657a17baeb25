/**
 * Versioned schema migrations, one list for both dialects. A migration is never edited once
 * released: add the next version instead. Each runs in its own transaction.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: readonly string[];
  postgres: readonly string[];
}

/** Tables shared by both dialects; `{{SEQ}}` and `{{BLOB}}` are filled in per dialect. */
const CORE_TABLES = [
  `CREATE TABLE documents (
    seq {{SEQ}},
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    source TEXT,
    published_at TEXT,
    language TEXT,
    text TEXT NOT NULL,
    truecased_text TEXT,
    casing_damaged INTEGER NOT NULL DEFAULT 0,
    story_id TEXT NOT NULL,
    group_id INTEGER,
    minhash {{BLOB}},
    ingested_at TEXT NOT NULL
  )`,
  `CREATE INDEX documents_story ON documents (story_id)`,
  `CREATE INDEX documents_published ON documents (published_at)`,
  `CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    headline INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
  )`,
  `CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents (id),
    entity_id TEXT NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    cluster TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    geonames_id INTEGER,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    PRIMARY KEY (doc_id, entity_id)
  )`,
  `CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES documents (id),
    quote_id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    speaker_name TEXT,
    speaker TEXT,
    cue TEXT,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc_id, quote_id)
  )`,
  `CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    code TEXT
  )`,
  `CREATE INDEX actors_country ON actors (country)`,
  `CREATE TABLE events (
    seq {{SEQ}},
    doc_id TEXT NOT NULL REFERENCES documents (id),
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT,
    quad TEXT NOT NULL,
    actor_id TEXT REFERENCES actors (id),
    actor_name TEXT,
    actor_code TEXT,
    actor_country TEXT,
    recipient_id TEXT REFERENCES actors (id),
    recipient_name TEXT,
    recipient_code TEXT,
    recipient_country TEXT,
    day TEXT,
    place_name TEXT,
    place_country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    sentence INTEGER NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    story_key TEXT NOT NULL,
    duplicate_of BIGINT,
    reports INTEGER NOT NULL DEFAULT 1,
    record TEXT NOT NULL,
    UNIQUE (doc_id, event_id)
  )`,
  `CREATE INDEX events_day ON events (day)`,
  `CREATE INDEX events_type ON events (event_type, day)`,
  `CREATE INDEX events_actor ON events (actor_id)`,
  `CREATE INDEX events_recipient ON events (recipient_id)`,
  `CREATE INDEX events_story_key ON events (story_key)`,
  `CREATE TABLE dup_groups (
    id {{SEQ}},
    representative_id TEXT NOT NULL REFERENCES documents (id),
    created_at TEXT NOT NULL,
    undone_at TEXT
  )`,
  `CREATE TABLE dup_members (
    group_id INTEGER NOT NULL REFERENCES dup_groups (id),
    doc_id TEXT NOT NULL REFERENCES documents (id),
    matched_doc_id TEXT,
    similarity DOUBLE PRECISION,
    method TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (group_id, doc_id)
  )`,
  `CREATE TABLE doc_bands (
    band_key TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (band_key, doc_id)
  )`,
];

const COUNTRY_INDEXES = [
  "CREATE INDEX events_actor_country ON events (actor_country)",
  "CREATE INDEX events_recipient_country ON events (recipient_country)",
  "CREATE INDEX events_place_country ON events (place_country)",
];

/**
 * API tokens, reviews and their audit log. Stores made before version 4 created these tables
 * outside the migrations, hence IF NOT EXISTS.
 */
const REVIEW_TABLES = [
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

function forDialect(statements: readonly string[], seq: string, blob: string): string[] {
  return statements.map((sql) => sql.replaceAll("{{SEQ}}", seq).replaceAll("{{BLOB}}", blob));
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, annotations, events, actors, near-duplicate groups",
    sqlite: forDialect(CORE_TABLES, "INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"),
    postgres: forDialect(CORE_TABLES, "BIGSERIAL PRIMARY KEY", "BYTEA"),
  },
  {
    version: 2,
    name: "full-text search over documents",
    sqlite: [
      `CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`,
    ],
    postgres: [
      `ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`,
      `CREATE INDEX documents_search ON documents USING GIN (search)`,
    ],
  },
  {
    version: 3,
    name: "indexes for --country",
    sqlite: COUNTRY_INDEXES,
    postgres: COUNTRY_INDEXES,
  },
  {
    version: 4,
    name: "API tokens, event reviews and the review audit log",
    sqlite: forDialect(REVIEW_TABLES, "INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"),
    postgres: forDialect(REVIEW_TABLES, "BIGSERIAL PRIMARY KEY", "BYTEA"),
  },
];

/** The first schema version with the review tables. */
export const REVIEW_SCHEMA_VERSION = 4;

export const SCHEMA_VERSION = MIGRATIONS.length;
