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
  /**
   * Only asserted events: negated ones ("did not impose sanctions") and those whose modality is
   * not "asserted" (future, hypothetical, ...) are left out and counted. PLOVER keeps every event
   * with its `negated` and `modality` fields; the other profiles have no column for them.
   */
  readonly assertedOnly: boolean;
  createWriter(): ExportWriter;
}

/** Why a matching event is not written. */
export type LeftOutReason = "type" | "coordinates" | "not_asserted";

export interface ExportWriter {
  start(): string;
  /** The event's text, or why this profile has no place for it (ACLED and verbal events, GeoJSON and events without coordinates). */
  write(event: ExportEvent): string | { leftOut: LeftOutReason };
  end(): string;
}

export const EXPORT_PROFILES = ["plover", "gdelt", "acled", "geojson"] as const;
export type ExportProfileName = (typeof EXPORT_PROFILES)[number];

/**
 * Control characters CSV and TSV have no way to carry (tabs and line breaks aside): each becomes
 * U+FFFD, so an escape sequence in a name never reaches the terminal or spreadsheet showing the file.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; control characters shown as U+FFFD. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value).replace(CONTROL, "\uFFFD");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A TSV field: tabs and line breaks become spaces (GDELT files have no quoting), control characters U+FFFD. */
export function tsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[\t\r\n]+/g, " ").replace(CONTROL, "\uFFFD");
}

/** The event's day: its own date, else the publication date. */
export function eventDate(event: StoredEvent): string | null {
  return event.record.date ?? event.published_at;
}
