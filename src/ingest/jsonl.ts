import { TacitusError } from "../errors/index.js";
import { formatDate } from "../stages/dates/index.js";

/** A document as given on input, before extraction. */
export interface InputDocument {
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads a date-ish string as YYYY-MM-DD, or null when it is not one ("2024-13-45", "yesterday"). */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const direct = DATE_PREFIX.exec(value.trim());
  if (direct) return formatDate(Number(direct[1]), Number(direct[2]), Number(direct[3]));
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/**
 * A record's publication date ("published_at", or "date") as YYYY-MM-DD; null when it has none.
 * A value that is no date is an error naming `where`, as the HTTP API refuses it too.
 */
export function recordPublicationDate(record: Record<string, unknown>, where: string): string | null {
  const value = record["published_at"] ?? record["date"] ?? null;
  if (value === null) return null;
  const date = toIsoDate(value);
  if (date === null) {
    throw new TacitusError("INPUT_MALFORMED", `${where}: "published_at" ${JSON.stringify(value).slice(0, 60)} is not a date; write it as YYYY-MM-DD or an ISO 8601 time, or leave it out.`);
  }
  return date;
}

/**
 * Parses JSON Lines documents ({id, text, title?, url?, published_at?}). A malformed line is
 * an error naming `source:line`; `onError` may collect it instead so one bad line skips only itself.
 */
export function parseJsonlDocuments(
  text: string,
  source: string,
  onError?: (error: TacitusError) => void,
): InputDocument[] {
  const docs: InputDocument[] = [];
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? "").trim();
    if (line === "") continue;
    try {
      docs.push(parseJsonlLine(line, `${source}:${n + 1}`, n + 1));
    } catch (error) {
      if (onError && error instanceof TacitusError) onError(error);
      else throw error;
    }
  }
  return docs;
}

function parseJsonlLine(line: string, where: string, lineNumber: number): InputDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new TacitusError("INPUT_MALFORMED", `${where}: not valid JSON; each line must be one JSON object.`, { cause });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TacitusError("INPUT_MALFORMED", `${where}: expected a JSON object with "id" and "text"; make each line one such object or remove the line.`);
  }
  const record = value as Record<string, unknown>;
  const text = record["text"];
  if (typeof text !== "string" || text.trim() === "") {
    throw new TacitusError("INPUT_MALFORMED", `${where}: "text" must be a non-empty string; give each line a non-empty "text" field or remove the line.`);
  }
  const id = record["id"];
  const title = record["title"];
  const url = record["url"];
  return {
    id: typeof id === "string" || typeof id === "number" ? String(id) : `line-${lineNumber}`,
    text,
    title: typeof title === "string" ? title : null,
    url: typeof url === "string" ? url : null,
    publishedAt: recordPublicationDate(record, where),
  };
}
