/**
 * The output contract (shared docs/event-records.md §2): what the extractor emits and every
 * other part (store, API, exports, evaluation) reads. Field names follow PLOVER's JSON.
 */
import type { EventType, Quad, Sector } from "../ontology/index.js";

export interface EntityRecord {
  /** The words in the sentence (may be a pronoun). */
  text: string;
  /** Canonical name after coreference. */
  name: string;
  /** ISO 3166-1 alpha-3, or null. */
  country: string | null;
  sector: Sector | null;
  /** CAMEO-style actor code: country + sector, or null when both are unknown. */
  code: string | null;
  start: number;
  end: number;
}

export interface LocationRecord {
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  precision: "city" | "region" | "country" | null;
}

export type Modality = "asserted" | "future" | "hypothetical";
export type DatePrecision = "day" | "week" | "month" | "year";

export interface EventRecord {
  id: string;
  doc_id: string;
  event: EventType;
  mode: string | null;
  cameo: string | null;
  quad: Quad;
  actor: EntityRecord | null;
  recipient: EntityRecord | null;
  trigger: { text: string; start: number; end: number };
  evidence: { sentence: number; start: number; end: number };
  date: string | null;
  date_text: string | null;
  date_precision: DatePrecision | null;
  location: LocationRecord | null;
  quote_id: string | null;
  negated: boolean;
  modality: Modality;
  confidence: number;
}

export type EntityLabel = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP";

export interface DocEntityRecord {
  id: string;
  label: EntityLabel;
  text: string;
  name: string;
  start: number;
  end: number;
  cluster: string;
  country: string | null;
  sector: Sector | null;
  /** Gazetteer link for places: GeoNames id and coordinates when known. */
  geonames_id?: number | null;
  lat?: number | null;
  lon?: number | null;
}

export interface QuoteRecord {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: EntityRecord | null;
  cue: string | null;
  kind: "direct" | "indirect";
}

export interface SentenceRecord {
  index: number;
  start: number;
  end: number;
  text: string;
  headline: boolean;
}

export interface DocumentResult {
  doc_id: string;
  title: string | null;
  published_at: string | null;
  /** The text with damaged casing repaired; null when the casing was fine. */
  truecased_text: string | null;
  casing_damaged: boolean;
  sentences: SentenceRecord[];
  entities: DocEntityRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
}
