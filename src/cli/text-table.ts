/** A plain aligned table: columns clipped at `maxWidth` with an ellipsis. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], maxWidth = 40): string {
  const widths = headers.map((header, c) => Math.min(maxWidth, Math.max(header.length, ...rows.map((row) => (row[c] ?? "").length))));
  const cell = (text: string, c: number): string => {
    const width = widths[c] ?? 0;
    const flat = text.replace(/\s+/g, " ");
    return (flat.length > width ? flat.slice(0, width - 1) + "…" : flat).padEnd(width);
  };
  const line = (row: readonly string[]): string => row.map(cell).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}
