import type { DocumentResult, EventRecord } from "../doc/records.js";
import type { EventType, Sector } from "../ontology/index.js";

/** A document as the ingest hands it to the store, before its annotations. */
export interface NewDocument {
  /** Proposed id; the store appends `~hash` when another document already has it. */
  id: string;
  /** Hex SHA-256 of the normalized text: the same text is stored once. */
  contentHash: string;
  title: string | null;
  url: string | null;
  /** Where it came from: a file path, `path#item` for feeds, or "stdin". */
  source: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
  /** MinHash signature over word shingles; null for texts too short to compare. */
  minhash: Uint32Array | null;
  /** Locality-sensitive band keys of the signature, for candidate look-up. */
  bandKeys: readonly string[];
}

/** Why a new document is grouped with an earlier one (a near-duplicate of the same story). */
export interface NearDuplicateMatch {
  docId: string;
  similarity: number;
  method: string;
  reason: string;
}

export interface DuplicateCandidate {
  docId: string;
  minhash: Uint32Array;
}

/** A document with its extraction result, for storing. */
export interface DocumentToAdd {
  doc: NewDocument;
  result: DocumentResult;
}

/**
 * Picks the earlier report a new document is a near-duplicate of, from candidates sharing a
 * band key (including documents added earlier in the same batch), or null.
 */
export type DuplicateMatcher = (doc: NewDocument, candidates: readonly DuplicateCandidate[]) => NearDuplicateMatch | null;

export type AddOutcome =
  | { status: "added"; id: string; groupId: number | null }
  | { status: "exists"; id: string };

export interface StoredDocumentMeta {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published_at: string | null;
  language: string | null;
  content_hash: string;
  story_id: string;
  group_id: number | null;
  ingested_at: string;
}

/** A stored document: its text, metadata and the extraction result it was stored with. */
export interface StoredDocument
  extends StoredDocumentMeta,
    Pick<DocumentResult, "truecased_text" | "casing_damaged" | "sentences" | "entities" | "quotes" | "events"> {
  text: string;
}

/** An event as read back: the record plus where it sits among the reports of its story. */
export interface StoredEvent {
  record: EventRecord;
  story_id: string;
  /** How many reports of the story state this event (1 when it stands alone). */
  reports: number;
  /** True when an earlier report of the same story already states it. */
  duplicate: boolean;
  doc_title: string | null;
  doc_url: string | null;
  published_at: string | null;
  ingested_at: string;
}

export interface EventFilter {
  /** Name or code of the actor or recipient (substring, case-insensitive). */
  actor?: string;
  /** ISO 3166-1 alpha-3 of the actor, the recipient or the place. */
  country?: string;
  types?: readonly EventType[];
  /** Inclusive YYYY-MM-DD bounds on the event date (publication date when the text gives none). */
  since?: string;
  until?: string;
  /** Place name (substring, case-insensitive). */
  place?: string;
  /** Full-text query over the document's title and text. */
  text?: string;
  /** Include events repeated by other reports of the same story. */
  allReports?: boolean;
  limit?: number;
}

export interface ActorFilter {
  country?: string;
  sector?: Sector;
  name?: string;
  limit?: number;
}

export interface ActorSummary {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  code: string | null;
  as_actor: number;
  as_recipient: number;
}

export interface DuplicateMember {
  doc_id: string;
  title: string | null;
  matched_doc_id: string | null;
  similarity: number | null;
  method: string;
  reason: string;
}

export interface DuplicateGroup {
  id: number;
  representative_id: string;
  created_at: string;
  undone_at: string | null;
  members: DuplicateMember[];
}

export interface DocumentHit {
  id: string;
  title: string | null;
  published_at: string | null;
}

export interface StoreStats {
  documents: number;
  stories: number;
  sentences: number;
  entities: number;
  quotes: number;
  events: number;
  uniqueEvents: number;
  actors: number;
  groups: number;
}

/** Where documents, their annotations and events live. SQLite and PostgreSQL pass one contract suite. */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Schema version after migrations. */
  schemaVersion(): Promise<number>;
  /** Which of these content hashes are stored already: hash -> document id. */
  findByHash(hashes: readonly string[]): Promise<Map<string, string>>;
  /** Earlier documents sharing a band key, for near-duplicate scoring. */
  duplicateCandidates(bandKeys: readonly string[], limit: number): Promise<DuplicateCandidate[]>;
  /**
   * Stores a document with all its annotations in one transaction. Idempotent: a stored
   * content hash gives `exists` and changes nothing.
   */
  addDocument(doc: NewDocument, result: DocumentResult, match: NearDuplicateMatch | null): Promise<AddOutcome>;
  /**
   * Stores several documents in one transaction (cheaper commits); each is stored whole or not
   * at all. `matcher` groups near-duplicates, seeing earlier documents of the same batch.
   */
  addDocuments(items: readonly DocumentToAdd[], matcher?: DuplicateMatcher): Promise<AddOutcome[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Events matching the filter, newest first (latest stored first within a day; undated last), once per story unless `allReports`. */
  events(filter: EventFilter): Promise<StoredEvent[]>;
  /** Every matching event in insertion order, read in pages (for export). */
  streamEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  /** Actors with their event counts as extracted (the review store's `actors` applies reviews). */
  actors(filter: ActorFilter): Promise<ActorSummary[]>;
  searchDocuments(query: string, limit: number): Promise<DocumentHit[]>;
  duplicateGroups(includeUndone: boolean): Promise<DuplicateGroup[]>;
  duplicateGroup(id: number): Promise<DuplicateGroup | null>;
  /** Splits a group back into separate stories; its members and reasons stay on record. */
  undoDuplicateGroup(id: number): Promise<DuplicateGroup>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
