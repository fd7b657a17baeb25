/** Turns the paths a user gives into sources (files found in folders, recursively) and reads them. */
import type { Stats } from "node:fs";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { basename, join, relative, dirname } from "node:path";
import { TacitusError } from "../errors/index.js";
import { decodeText } from "./decode.js";
import { READERS, readerFor, sniffReader, type ReadResult, type Reader } from "./readers/index.js";

export type Source =
  | { kind: "file"; path: string; name: string; id: string; reader: Reader | null; size: number }
  | { kind: "stdin"; name: string; id: string };

const LARGEST_INPUT = Math.max(...READERS.map((reader) => reader.maxBytes));

function errnoCode(cause: unknown): string {
  return (cause as NodeJS.ErrnoException).code ?? "error";
}

function unreadable(path: string, cause: unknown): TacitusError {
  const code = errnoCode(cause);
  if (code === "ENOENT") return new TacitusError("INPUT_MISSING", `${path}: no such file or folder; check the path.`, { cause });
  if (code === "EACCES" || code === "EPERM") return new TacitusError("INPUT_UNREADABLE", `${path} cannot be read (permission denied); check its permissions.`, { cause });
  return new TacitusError("INPUT_UNREADABLE", `${path} cannot be read (${code}).`, { cause });
}

/** The path's file status, or null after reporting why it cannot be read. */
async function statOrReport(path: string, onProblem: (path: string, error: TacitusError) => void): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (cause) {
    onProblem(path, unreadable(path, cause));
    return null;
  }
}

async function walk(dir: string, root: string, seen: Set<string>, out: Source[], onProblem: (path: string, error: TacitusError) => void): Promise<void> {
  let real: string;
  let entries: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir)).sort();
  } catch (cause) {
    onProblem(dir, unreadable(dir, cause));
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith(".")) continue;
    const path = join(dir, entry);
    const info = await statOrReport(path, onProblem);
    if (!info) continue;
    if (info.isDirectory()) await walk(path, root, seen, out, onProblem);
    else if (info.isFile()) out.push({ kind: "file", path, name: path, id: relative(root, path), reader: readerFor(path), size: info.size });
  }
}

/**
 * Sources for the given paths, in a stable order: files as given, folders walked recursively
 * (hidden entries skipped), `-` for standard input. Paths that cannot be read are reported.
 */
export async function listSources(paths: readonly string[], onProblem: (path: string, error: TacitusError) => void): Promise<Source[]> {
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === "-") {
      out.push({ kind: "stdin", name: "standard input", id: "stdin" });
      continue;
    }
    const info = await statOrReport(path, onProblem);
    if (!info) continue;
    if (info.isDirectory()) await walk(path, dirname(join(path, ".")), seen, out, onProblem);
    else out.push({ kind: "file", path, name: path, id: basename(path), reader: readerFor(path), size: info.size });
  }
  return out;
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) {
      throw new TacitusError("INPUT_TOO_LARGE", `standard input is more than ${limit} bytes; save it to files and ingest those.`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads one source's documents; throws a TacitusError (reported and skipped by the caller) when none can be read. */
export async function readSource(source: Source, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  let bytes: Uint8Array;
  let reader = source.kind === "file" ? source.reader : null;
  if (source.kind === "file") {
    const limit = reader?.maxBytes ?? LARGEST_INPUT;
    if (source.size > limit) {
      throw new TacitusError("INPUT_TOO_LARGE", `${source.name} is ${source.size} bytes, more than the ${limit}-byte limit for this kind of file; split it.`);
    }
    try {
      bytes = await readFile(source.path);
    } catch (cause) {
      throw unreadable(source.path, cause);
    }
  } else {
    bytes = await readStream(stdin, LARGEST_INPUT);
  }
  const text = decodeText(bytes, source.name, reader?.maxBytes ?? LARGEST_INPUT);
  reader ??= sniffReader(text.slice(0, 2048));
  if (bytes.length > reader.maxBytes) {
    throw new TacitusError("INPUT_TOO_LARGE", `${source.name} is ${bytes.length} bytes, more than the ${reader.maxBytes}-byte limit for ${reader.format} input; split it.`);
  }
  return reader.read(text, { name: source.name, id: source.id });
}
