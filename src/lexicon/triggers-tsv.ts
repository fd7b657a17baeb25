import { readFileSync } from "node:fs";
import { TacitusError } from "../errors/tacitus-error.js";

/** One data row of a lexicon TSV file, with its 1-based line number for error messages. */
export interface TsvRow {
  readonly line: number;
  /** The trimmed cell of `column`, or "" when the row is shorter than the header. */
  get(column: string): string;
}

export interface TsvFile {
  readonly path: string;
  readonly columns: readonly string[];
  readonly rows: readonly TsvRow[];
}

/** Throws the DATA_FILE error every lexicon loader uses: "<file>:<line>: <problem>". */
export function dataError(path: string, line: number | null, message: string): TacitusError {
  return new TacitusError("DATA_FILE", `${path}${line === null ? "" : `:${line}`}: ${message}`);
}

/**
 * Reads a lexicon TSV: '#' lines and blank lines are skipped, the first other line is the header.
 * Shared by the trigger and actor loaders so every data file follows one format.
 */
export function readTsv(path: string, required: readonly string[], optional: readonly string[] = []): TsvFile {
  const all = [...required, ...optional].join("\\t");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new TacitusError("DATA_FILE", `${path}: cannot read the data file; check the path or reinstall Tacitus`, { cause });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  let columns: string[] | null = null;
  let index = new Map<string, number>();
  const rows: TsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    const cells = raw.split("\t").map((c) => c.trim());
    const lineNo = i + 1;
    if (columns === null) {
      columns = cells.map((c) => c.toLowerCase());
      index = new Map(columns.map((c, k) => [c, k]));
      const missing = required.filter((c) => !index.has(c));
      if (missing.length > 0) {
        throw dataError(path, lineNo, `header lacks column(s) ${missing.join(", ")}; the first non-comment line must be the tab-separated header: ${all}`);
      }
      continue;
    }
    if (cells.length > columns.length) {
      throw dataError(path, lineNo, `${cells.length} tab-separated cells but the header has ${columns.length} (${columns.join(", ")}); remove the extra tabs or put free text in the last column`);
    }
    const key = required[0];
    if (key !== undefined && (cells[index.get(key) ?? -1] ?? "") === "") {
      throw dataError(path, lineNo, `empty '${key}' cell (found ${cells.length} of ${columns.length} tab-separated cells); fill it in or comment the line out with #`);
    }
    const frozen = cells;
    const colIndex = index;
    rows.push({ line: lineNo, get: (column: string) => frozen[colIndex.get(column) ?? -1] ?? "" });
  }
  if (columns === null) throw dataError(path, null, `no header line; expected the tab-separated header: ${all}`);
  return { path, columns, rows };
}
