import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { TacitusError } from "../errors/index.js";
import { decodeText } from "../ingest/decode.js";
import { readerByFormat, readerFor, type ReadResult, type Reader } from "../ingest/readers/index.js";
import type { CliIo } from "./io.js";

/** `auto`: by the file's ending, as ingest reads it (plain text when the ending says nothing). */
export const INPUT_FORMATS = ["auto", "text", "html", "jsonl"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The bytes of a file, or of standard input for "-", with clear errors for missing or unreadable paths. */
export async function readBytes(path: string, io: CliIo): Promise<Uint8Array> {
  if (path === "-") return readStream(io.stdin);
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new TacitusError("INPUT_MISSING", `${path}: no such file; check the path.`, { cause });
    if (code === "EISDIR") throw new TacitusError("INPUT_UNREADABLE", `${path} is a folder; give files (or use tacitus ingest for folders).`, { cause });
    throw new TacitusError("INPUT_UNREADABLE", `${path} cannot be read (${code ?? "error"}); check its permissions.`, { cause });
  }
}

/** The ingest reader for an input, or null for plain text (one document, the whole text). */
function readerOf(path: string, format: InputFormat): Reader | null {
  if (format === "text") return null;
  if (format === "html" || format === "jsonl") return readerByFormat(format);
  const reader = path === "-" ? null : readerFor(path);
  return reader?.format === "text" ? null : reader;
}

/**
 * The documents of one input ("-" is standard input). A plain-text file is one document named by
 * the file; HTML (main text by Readability), JSON Lines and feeds are read by ingest's readers, so
 * `extract` and `ingest` see the same text. Throws a TacitusError when nothing can be read;
 * `problems` are the parts skipped (a bad JSON line).
 */
export async function readInput(path: string, format: InputFormat, io: CliIo): Promise<ReadResult> {
  const origin = { name: path === "-" ? "standard input" : path, id: path === "-" ? "stdin" : basename(path) };
  const bytes = await readBytes(path, io);
  const reader = readerOf(path, format);
  if (!reader) {
    const text = decodeText(bytes, origin.name);
    return { docs: [{ id: origin.id, text, title: null, url: null, publishedAt: null, source: origin.name }], problems: [] };
  }
  return reader.read(decodeText(bytes, origin.name, reader.maxBytes), origin);
}
