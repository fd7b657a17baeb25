import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { TacitusError } from "../errors/index.js";

/**
 * Model files: "TCTS" magic, uint32 LE header length, a JSON header, then 8-byte aligned typed
 * array sections the header describes. Loading maps sections as views, no parsing of weights.
 */
export const MODEL_FORMAT_VERSION = 1;
const MAGIC = "TCTS";

export type SectionArray = Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array;
type SectionType = "u8" | "i16" | "u16" | "i32" | "u32" | "f32";

interface SectionInfo {
  name: string;
  type: SectionType;
  offset: number;
  length: number;
}

/** What every model header carries; models add their own fields. */
export interface ModelHeader {
  format: number;
  kind: string;
  [key: string]: unknown;
}

interface StoredHeader extends ModelHeader {
  sections: SectionInfo[];
}

export interface ModelFile {
  header: ModelHeader;
  sections: Map<string, SectionArray>;
}

function typeOf(array: SectionArray): SectionType {
  if (array instanceof Uint8Array) return "u8";
  if (array instanceof Int16Array) return "i16";
  if (array instanceof Uint16Array) return "u16";
  if (array instanceof Int32Array) return "i32";
  if (array instanceof Uint32Array) return "u32";
  return "f32";
}

const ELEMENT_SIZE: Record<SectionType, number> = { u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4 };

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** The fields an encoded header needs; any object type carrying them is accepted. */
export interface ModelHeaderBase {
  format: number;
  kind: string;
}

/** Encodes a model as bytes. */
export function encodeModel<H extends ModelHeaderBase>(header: H, sections: ReadonlyMap<string, SectionArray>): Uint8Array {
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const [name, array] of sections) {
    infos.push({ name, type: typeOf(array), offset, length: array.length });
    offset = align8(offset + array.byteLength);
  }
  const stored = { ...header, sections: infos };
  const json = new TextEncoder().encode(JSON.stringify(stored));
  const dataStart = align8(8 + json.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  let i = 0;
  for (const array of sections.values()) {
    const info = infos[i++];
    if (info === undefined) break;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + info.offset);
  }
  return out;
}

function fail(source: string, why: string): never {
  throw new TacitusError("MODEL_FILE", `Model file ${source} ${why}; retrain it with \`npm run train\` or restore it from the repository.`);
}

function isSectionType(value: unknown): value is SectionType {
  return typeof value === "string" && value in ELEMENT_SIZE;
}

/** Decodes model bytes; every inconsistency is a MODEL_FILE error naming the source. */
export function decodeModel(bytes: Uint8Array, source: string, expectedKind: string): ModelFile {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) fail(source, "is not a Tacitus model");
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail(source, "is truncated (header)");
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    fail(source, "has a corrupt header");
  }
  if (typeof parsed !== "object" || parsed === null) fail(source, "has a corrupt header");
  const header = parsed as Partial<StoredHeader>;
  if (header.format !== MODEL_FORMAT_VERSION) fail(source, `has format ${String(header.format)}, expected ${MODEL_FORMAT_VERSION}`);
  if (header.kind !== expectedKind) fail(source, `holds a "${String(header.kind)}" model, expected "${expectedKind}"`);
  if (!Array.isArray(header.sections)) fail(source, "has no section table");
  const dataStart = align8(8 + headerLength);
  const sections = new Map<string, SectionArray>();
  for (const info of header.sections as unknown[]) {
    if (typeof info !== "object" || info === null) fail(source, "has a corrupt section table");
    const { name, type, offset, length } = info as Partial<SectionInfo>;
    if (typeof name !== "string" || !isSectionType(type) || typeof offset !== "number" || typeof length !== "number") {
      fail(source, "has a corrupt section table");
    }
    const size = ELEMENT_SIZE[type];
    const begin = dataStart + offset;
    if (begin + length * size > bytes.length) fail(source, `is truncated (section ${name})`);
    // Views need aligned offsets; copy only when the buffer is not aligned.
    const absolute = bytes.byteOffset + begin;
    let buffer = bytes.buffer;
    let at = absolute;
    if (absolute % size !== 0) {
      buffer = bytes.slice(begin, begin + length * size).buffer;
      at = 0;
    }
    sections.set(name, makeView(type, buffer, at, length));
  }
  const { sections: _ignored, ...rest } = header as StoredHeader;
  return { header: rest, sections };
}

function makeView(type: SectionType, buffer: ArrayBufferLike, offset: number, length: number): SectionArray {
  switch (type) {
    case "u8": return new Uint8Array(buffer, offset, length);
    case "i16": return new Int16Array(buffer, offset, length);
    case "u16": return new Uint16Array(buffer, offset, length);
    case "i32": return new Int32Array(buffer, offset, length);
    case "u32": return new Uint32Array(buffer, offset, length);
    case "f32": return new Float32Array(buffer, offset, length);
  }
}

export function writeModelFile<H extends ModelHeaderBase>(path: string, header: H, sections: ReadonlyMap<string, SectionArray>): number {
  const bytes = encodeModel(header, sections);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes.length;
}

/** A model file's bytes; a missing or unreadable file is a MODEL_FILE error naming what to do. */
export function readModelBytes(path: string, what = "model file", remedy = "run `npm run train` or restore models/ from the repository"): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new TacitusError("MODEL_FILE", `Cannot read ${what} ${path}; ${remedy}.`, { cause });
  }
}

export function readModelFile(path: string, expectedKind: string): ModelFile {
  return decodeModel(readModelBytes(path), path, expectedKind);
}

/** Typed accessor: the named section with the expected type, or a MODEL_FILE error. */
export function section<T extends SectionArray>(
  file: ModelFile,
  name: string,
  ctor: { new (length: number): T; prototype: T },
  source: string,
): T {
  const array = file.sections.get(name);
  if (array === undefined || !(array instanceof ctor)) fail(source, `lacks section "${name}"`);
  return array as T;
}

/** Strings packed as one UTF-8 section joined by "\n" (none of ours contain newlines). */
export function packStrings(values: readonly string[]): Uint8Array {
  return new TextEncoder().encode(values.join("\n"));
}

export function unpackStrings(bytes: Uint8Array): string[] {
  if (bytes.length === 0) return [];
  return new TextDecoder().decode(bytes).split("\n");
}

/** The JSON header of a model file, or null when the file is not one (for listings such as models/README.md). */
export function readModelHeader(path: string): ModelHeader | null {
  try {
    const bytes = readFileSync(path);
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) return null;
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { sections: _sections, ...header } = parsed as StoredHeader;
    return header;
  } catch {
    return null;
  }
}
