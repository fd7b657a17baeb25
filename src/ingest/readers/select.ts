import { extname } from "node:path";
import { feedReader } from "./feed-reader.js";
import { htmlReader } from "./html-reader.js";
import { jsonlReader } from "./jsonl-reader.js";
import type { Reader, SourceFormat } from "./reader.js";
import { textReader } from "./text-reader.js";

/** Every reader, most specific first: plain text claims anything the others do not. */
export const READERS: readonly Reader[] = [feedReader, htmlReader, jsonlReader, textReader];

export function readerByFormat(format: SourceFormat): Reader {
  return READERS.find((reader) => reader.format === format) ?? textReader;
}

/** The reader for a text, from its start. */
export function sniffReader(head: string): Reader {
  return READERS.find((reader) => reader.sniff(head)) ?? textReader;
}

/** The reader a file name's ending claims, or null when only its content can tell. */
export function readerFor(path: string): Reader | null {
  const ext = extname(path).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(ext)) ?? null;
}
