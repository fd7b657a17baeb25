import type { StoredEvent } from "../store/index.js";
import type { ReviewState } from "../store-review/index.js";

/** An event as a profile writes it; `review` and `corrected` are set when the export applies reviews. */
export interface ExportEvent extends StoredEvent {
  review?: ReviewState | null;
  corrected?: boolean;
}

/** One export format. A writer is made per export (GeoJSON needs to know the first feature). */
export interface ExportProfile {
  readonly name: ExportProfileName;
  readonly description: string;
  /** Suggested file name ending. */
  readonly extension: string;
  createWriter(): ExportWriter;
}

export interface ExportWriter {
  start(): string;
  /** The event's text, or null when this profile has no place for it (e.g. ACLED and verbal events). */
  write(event: ExportEvent): string | null;
  end(): string;
}

export const EXPORT_PROFILES = ["plover", "gdelt", "acled", "geojson"] as const;
export type ExportProfileName = (typeof EXPORT_PROFILES)[number];

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A TSV field: tabs and line breaks become spaces (GDELT files have no quoting). */
export function tsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[\t\r\n]+/g, " ");
}

/** The event's day: its own date, else the publication date. */
export function eventDate(event: StoredEvent): string | null {
  return event.record.date ?? event.published_at;
}
