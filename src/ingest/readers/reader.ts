import type { TacitusError } from "../../errors/index.js";
import type { InputDocument } from "../jsonl.js";

export type SourceFormat = "text" | "html" | "jsonl" | "feed";

/** A document read from some source, before extraction. */
export interface SourceDocument extends InputDocument {
  /** Where it came from: a file path, `path#item` for feeds, or "stdin". */
  source: string;
}

/** Where text came from: the name shown in messages and the id a single document gets. */
export interface Origin {
  name: string;
  id: string;
}

export interface ReadResult {
  docs: SourceDocument[];
  /** Parts that could not be read (a bad line, an empty feed item); the rest is still read. */
  problems: TacitusError[];
}

/** One input format: which files it claims, how it recognizes its text, how it reads it. */
export interface Reader {
  readonly format: SourceFormat;
  /** Lowercase file name endings, with the dot. */
  readonly extensions: readonly string[];
  /** Largest input accepted, in bytes. */
  readonly maxBytes: number;
  /** Whether the start of a text looks like this format. */
  sniff(head: string): boolean;
  /** Reads documents; throws a TacitusError when nothing at all can be read. */
  read(text: string, origin: Origin): ReadResult;
}
