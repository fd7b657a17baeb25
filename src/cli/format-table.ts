import type { DocumentResult, EntityRecord } from "../doc/records.js";

function who(entity: EntityRecord | null): string {
  if (!entity) return "-";
  return entity.code ? `${entity.name} [${entity.code}]` : entity.name;
}

function table(headers: readonly string[], rows: readonly string[][]): string {
  const widths = headers.map((header, c) => Math.min(48, Math.max(header.length, ...rows.map((row) => (row[c] ?? "").length))));
  const cell = (text: string, c: number): string => {
    const width = widths[c] ?? 0;
    const clipped = text.length > width ? text.slice(0, width - 1) + "…" : text;
    return clipped.padEnd(width);
  };
  const line = (row: readonly string[]): string => row.map(cell).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

/** The readable default output: events, quotations, entities. */
export function formatResultTable(result: DocumentResult, withHeading: boolean): string {
  let out = withHeading ? `== ${result.doc_id}${result.title ? ` — ${result.title}` : ""}\n` : "";
  out += `Events (${result.events.length})\n`;
  out += table(
    ["type", "actor", "recipient", "date", "trigger"],
    result.events.map((e) => [
      e.event + (e.negated ? " (not)" : e.modality !== "asserted" ? ` (${e.modality})` : ""),
      who(e.actor),
      who(e.recipient),
      e.date ?? "-",
      e.trigger.text,
    ]),
  );
  out += `\nQuotations (${result.quotes.length})\n`;
  out += table(
    ["speaker", "cue", "quotation"],
    result.quotes.map((q) => [q.speaker?.name ?? "?", q.cue ?? "-", q.text.replace(/\s+/g, " ")]),
  );
  const seen = new Map<string, { label: string; name: string; code: string; count: number }>();
  for (const entity of result.entities) {
    const key = entity.cluster;
    const known = seen.get(key);
    if (known) known.count++;
    else seen.set(key, { label: entity.label, name: entity.name, code: `${entity.country ?? ""}${entity.sector ?? ""}`, count: 1 });
  }
  out += `\nEntities (${seen.size})\n`;
  out += table(
    ["type", "name", "code", "mentions"],
    [...seen.values()].map((e) => [e.label, e.name, e.code || "-", String(e.count)]),
  );
  return out;
}
