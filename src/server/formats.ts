/** Event lists as JSON, CSV, JSON Lines or GeoJSON, with optional field projection. */
import { csvField, eventFeature } from "../export/index.js";
import type { ApiEvent } from "../store-review/index.js";
import type { EventField, EventFormat } from "./params.js";

export const CONTENT_TYPES: Readonly<Record<EventFormat, string>> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
};

/** The format from ?format=, else from the Accept header, else JSON. */
export function negotiateFormat(explicit: EventFormat | undefined, accept: string | undefined): EventFormat {
  if (explicit) return explicit;
  const wanted = (accept ?? "").toLowerCase();
  if (wanted.includes("text/csv")) return "csv";
  if (wanted.includes("application/x-ndjson") || wanted.includes("application/jsonl")) return "jsonl";
  if (wanted.includes("application/geo+json")) return "geojson";
  return "json";
}

/** An event as the API shows it: the (corrected) record plus story and review fields. */
export function eventView(e: ApiEvent): Record<EventField, unknown> {
  return {
    ...e.record,
    story_id: e.story_id,
    reports: e.reports,
    duplicate: e.duplicate,
    doc_title: e.doc_title,
    doc_url: e.doc_url,
    published_at: e.published_at,
    ingested_at: e.ingested_at,
    review: e.review,
    corrected: e.corrected,
  };
}

export function project(view: Record<EventField, unknown>, fields: readonly EventField[] | undefined): Record<string, unknown> {
  if (!fields) return view;
  return Object.fromEntries(fields.map((f) => [f, view[f]]));
}

const CSV_COLUMNS = [
  "id", "date", "event", "mode", "quad", "actor", "actor_code", "recipient", "recipient_code", "place", "place_country",
  "lat", "lon", "trigger", "negated", "modality", "confidence", "reports", "doc_id", "title", "url", "review_status", "corrected",
] as const;

function csvDefault(e: ApiEvent): (string | number | null | undefined)[] {
  const r = e.record;
  return [
    r.id, r.date ?? e.published_at, r.event, r.mode, r.quad, r.actor?.name, r.actor?.code, r.recipient?.name, r.recipient?.code,
    r.location?.name, r.location?.country, r.location?.lat, r.location?.lon, r.trigger.text, r.negated ? "true" : "false",
    r.modality, r.confidence, e.reports, r.doc_id, e.doc_title, e.doc_url, e.review?.status ?? null, e.corrected ? "true" : "false",
  ];
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return csvField(JSON.stringify(value));
  return csvField(typeof value === "number" ? value : String(value));
}

export function renderEvents(events: readonly ApiEvent[], format: Exclude<EventFormat, "json">, fields: readonly EventField[] | undefined): string {
  if (format === "jsonl") return events.map((e) => JSON.stringify(project(eventView(e), fields)) + "\n").join("");
  if (format === "csv") {
    if (fields) return [fields.join(","), ...events.map((e) => fields.map((f) => csvCell(eventView(e)[f])).join(","))].join("\r\n") + "\r\n";
    return [CSV_COLUMNS.join(","), ...events.map((e) => csvDefault(e).map(csvField).join(","))].join("\r\n") + "\r\n";
  }
  const features: object[] = [];
  for (const e of events) {
    const feature = eventFeature(e) as { properties?: Record<string, unknown> } | null;
    if (!feature) continue;
    features.push({ ...feature, properties: { ...feature.properties, review_status: e.review?.status ?? null, corrected: e.corrected } });
  }
  return JSON.stringify({ type: "FeatureCollection", features });
}
