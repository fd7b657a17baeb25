export type {
  ActorFilter, ActorSummary, AddOutcome, DocumentToAdd, DuplicateMatcher, DocumentHit, DuplicateCandidate, DuplicateGroup, DuplicateMember, EventFilter,
  NearDuplicateMatch, NewDocument, Store, StoreStats, StoredDocument, StoredDocumentMeta, StoredEvent,
} from "./types.js";
export { DEFAULT_DB, isPostgresUrl, openStore } from "./open.js";
export { openSqliteStore } from "./sqlite/sqlite-store.js";
export { openPostgresStore, redactUrl } from "./postgres/postgres-store.js";
export { REVIEW_SCHEMA_VERSION, SCHEMA_VERSION } from "./migrations/index.js";
