import { terminalLine } from "./terminal-text.js";

/**
 * A plain aligned table: columns clipped at `maxWidth` with an ellipsis. Cells are made one line
 * and safe for a terminal (control and bidi characters shown as placeholders), so every table
 * the CLI prints is.
 */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], maxWidth = 40): string {
  const safe = rows.map((row) => row.map(terminalLine));
  const widths = headers.map((header, c) => Math.min(maxWidth, Math.max(header.length, ...safe.map((row) => (row[c] ?? "").length))));
  const cell = (text: string, c: number): string => {
    const width = widths[c] ?? 0;
    return (text.length > width ? text.slice(0, width - 1) + "…" : text).padEnd(width);
  };
  const line = (row: readonly string[]): string => row.map(cell).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...safe.map(line)].join("\n") + "\n";
}
