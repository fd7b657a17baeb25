import type { DocumentResult, EntityRecord } from "../doc/records.js";
import { terminalLine } from "./terminal-text.js";
import { textTable } from "./text-table.js";

const table = (headers: readonly string[], rows: readonly string[][]): string => textTable(headers, rows, 48);

function who(entity: EntityRecord | null): string {
  if (!entity) return "-";
  return entity.code ? `${entity.name} [${entity.code}]` : entity.name;
}

/** The readable default output: events, quotations, entities (safe for a terminal, as every table is). */
export function formatResultTable(result: DocumentResult, withHeading: boolean): string {
  let out = withHeading ? `== ${terminalLine(result.doc_id)}${result.title ? ` — ${terminalLine(result.title)}` : ""}\n` : "";
  out += `Events (${result.events.length})\n`;
  out += table(
    ["type", "actor", "recipient", "date", "place", "trigger"],
    result.events.map((e) => [
      e.event + (e.negated ? " (not)" : e.modality !== "asserted" ? ` (${e.modality})` : ""),
      who(e.actor),
      who(e.recipient),
      e.date ?? "-",
      e.location?.name ?? "-",
      e.trigger.text,
    ]),
  );
  out += `\nQuotations (${result.quotes.length})\n`;
  out += table(
    ["speaker", "cue", "quotation"],
    result.quotes.map((q) => [q.speaker?.name ?? "?", q.cue ?? "-", q.text]),
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
