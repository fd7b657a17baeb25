import { TacitusError } from "../../errors/index.js";
import { parseJsonlDocuments, recordPublicationDate, type InputDocument } from "../jsonl.js";
import type { Reader } from "./reader.js";

/** Largest JSON Lines file read at once. */
const MAX_JSONL_BYTES = 512 * 1024 * 1024;

function fromArray(text: string, name: string, problems: TacitusError[]): InputDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new TacitusError("INPUT_MALFORMED", `${name}: not valid JSON; give one JSON object per line, or one array of objects.`, { cause });
  }
  if (!Array.isArray(value)) throw new TacitusError("INPUT_MALFORMED", `${name}: expected an array of documents.`);
  const docs: InputDocument[] = [];
  value.forEach((item: unknown, index) => {
    const record = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
    const body = record["text"];
    if (typeof body !== "string" || body.trim() === "") {
      problems.push(new TacitusError("INPUT_MALFORMED", `${name}[${index}]: "text" must be a non-empty string; give each document a non-empty "text" field or remove it.`));
      return;
    }
    const id = record["id"];
    let publishedAt: string | null;
    try {
      publishedAt = recordPublicationDate(record, `${name}[${index}]`);
    } catch (error) {
      if (!(error instanceof TacitusError)) throw error;
      problems.push(error);
      return;
    }
    docs.push({
      id: typeof id === "string" || typeof id === "number" ? String(id) : `item-${index + 1}`,
      text: body,
      title: typeof record["title"] === "string" ? record["title"] : null,
      url: typeof record["url"] === "string" ? record["url"] : null,
      publishedAt,
    });
  });
  return docs;
}

/** JSON Lines ({id, title, text, url, published_at} per line), or a JSON array of such objects. */
export const jsonlReader: Reader = {
  format: "jsonl",
  extensions: [".jsonl", ".ndjson", ".json"],
  maxBytes: MAX_JSONL_BYTES,
  sniff: (head) => /^\s*[[{]/.test(head),
  read(text, origin) {
    const problems: TacitusError[] = [];
    const docs = /^\s*\[/.test(text)
      ? fromArray(text, origin.name, problems)
      : parseJsonlDocuments(text, origin.name, (error) => problems.push(error));
    if (docs.length === 0 && problems.length > 0) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more bad line${problems.length === 2 ? "" : "s"}; no document could be read)` : "";
      throw new TacitusError("INPUT_MALFORMED", `${problems[0]?.message ?? `${origin.name}: no document`}${more}`);
    }
    return { docs: docs.map((doc) => ({ ...doc, source: origin.name })), problems };
  },
};
