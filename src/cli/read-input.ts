import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { TacitusError } from "../errors/index.js";
import { decodeText } from "../ingest/decode.js";
import { parseJsonlDocuments, type InputDocument } from "../ingest/jsonl.js";
import type { CliIo } from "./io.js";

export type InputFormat = "text" | "jsonl";

/** Largest JSON Lines input read at once. */
const MAX_JSONL_BYTES = 512 * 1024 * 1024;

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

/** Reads the named inputs as documents; text files become one document each, named by file. */
export async function readInputDocuments(paths: readonly string[], format: InputFormat, io: CliIo): Promise<InputDocument[]> {
  const docs: InputDocument[] = [];
  for (const path of paths) {
    const source = path === "-" ? "standard input" : path;
    const bytes = await readBytes(path, io);
    if (format === "jsonl") {
      docs.push(...parseJsonlDocuments(decodeText(bytes, source, MAX_JSONL_BYTES), source));
    } else {
      const text = decodeText(bytes, source);
      docs.push({ id: path === "-" ? "stdin" : basename(path), text, title: null, url: null, publishedAt: null });
    }
  }
  return docs;
}
