import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { TacitusError } from "../errors/index.js";
import { packageRoot } from "../paths.js";
import { looksLikeGsr, parseGsr, type CameoTables, type GsrRecord } from "./plover-gsr.js";
import { parseGoldDocument, type GoldDocument } from "./score.js";

export type GoldFile =
  | { kind: "document"; path: string; gold: GoldDocument; textPath: string; text: string }
  | { kind: "plover-gsr"; path: string; records: GsrRecord[] };

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new TacitusError("INPUT_MISSING", `${path}: no such ${what}; check the path.`, { cause });
    throw new TacitusError("INPUT_UNREADABLE", `${path} cannot be read (${code ?? "error"}).`, { cause });
  }
}

/**
 * Reads a gold file and tells its kind by content: a JSON array of event records is the PLOVER
 * gold standard; an object with "events" is a document gold file, whose text is `textPath` or
 * the file named by its "doc" field next to it, else in the bundled examples folder (the
 * founding example's gold sits in test/fixtures, its text in examples/).
 */
export function readGoldFile(path: string, textPath?: string, tables?: CameoTables): GoldFile {
  const json = readText(path, "gold file");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new TacitusError("INPUT_MALFORMED", `${path}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
  }
  if (looksLikeGsr(value)) return { kind: "plover-gsr", path, records: parseGsr(json, path, tables) };
  const gold = parseGoldDocument(json, path);
  const events = gold.events as unknown[];
  events.forEach((e, i) => {
    const g = e as { event?: unknown; in?: unknown } | null;
    if (!g || typeof g.event !== "string" || typeof g.in !== "string") {
      throw new TacitusError("INPUT_MALFORMED", `${path}: events[${i}] needs "event" and "in" strings.`);
    }
  });
  const beside = join(dirname(path), gold.doc);
  const bundled = join(packageRoot(), "examples", gold.doc);
  const resolved = textPath ?? (existsSync(beside) || !existsSync(bundled) ? beside : bundled);
  return { kind: "document", path, gold, textPath: resolved, text: readText(resolved, "text file (the gold's \"doc\"; or pass --text)") };
}
