import type { Command } from "commander";
import type { EntityRecord } from "../../doc/records.js";
import { csvField } from "../../export/index.js";
import type { StoredEvent } from "../../store/index.js";
import type { CliIo } from "../io.js";
import { addEventFilterOptions, checkChoice, parseEventFilter, parseLimit, type EventFilterOptions } from "../event-options.js";
import { plural } from "../plural.js";
import { listEvents, type ListedEvent } from "../reviewed-events.js";
import { addDbOption, withReviews } from "../store-option.js";
import { textTable } from "../text-table.js";

const FORMATS = ["table", "jsonl", "csv"] as const;

interface EventsOptions extends EventFilterOptions {
  db?: string;
  limit?: string;
  format: string;
}

export const EVENT_CSV_COLUMNS = [
  "id", "date", "event", "mode", "quad", "actor", "actor_code", "recipient", "recipient_code", "place", "place_country",
  "lat", "lon", "trigger", "negated", "modality", "confidence", "reports", "doc_id", "title", "url", "review_status", "corrected",
] as const;

function who(entity: EntityRecord | null): string {
  if (!entity) return "-";
  return entity.code ? `${entity.name} [${entity.code}]` : entity.name;
}

function day(event: StoredEvent): string {
  return event.record.date ?? (event.published_at ? `${event.published_at}*` : "-");
}

/** The type column: "(not)" or the modality when the event is not asserted, "(corrected)" when a reviewer changed it. */
function typeCell(e: ListedEvent): string {
  const r = e.record;
  return r.event + (r.negated ? " (not)" : r.modality !== "asserted" ? ` (${r.modality})` : "") + (e.corrected ? " (corrected)" : "");
}

export function eventsTable(events: readonly ListedEvent[]): string {
  return textTable(
    ["date", "type", "actor", "recipient", "place", "reports", "doc", "trigger"],
    events.map((e) => [
      day(e),
      typeCell(e),
      who(e.record.actor),
      who(e.record.recipient),
      e.record.location?.name ?? "-",
      String(e.reports),
      e.record.doc_id,
      e.record.trigger.text,
    ]),
    32,
  );
}

export function eventCsvRow(e: ListedEvent): string {
  const r = e.record;
  return [
    r.id, r.date ?? e.published_at, r.event, r.mode, r.quad, r.actor?.name, r.actor?.code, r.recipient?.name, r.recipient?.code,
    r.location?.name, r.location?.country, r.location?.lat, r.location?.lon, r.trigger.text, r.negated ? "true" : "false",
    r.modality, r.confidence, e.reports, r.doc_id, e.doc_title, e.doc_url, e.review?.status, e.corrected ? "true" : "false",
  ].map(csvField).join(",");
}

export function registerEvents(program: Command, io: CliIo, state: { exitCode: number }): void {
  const command = program
    .command("events")
    .description(
      "List stored events, newest first, once per story (see --all-reports). Reviewers' decisions apply as in " +
        "the API and exports: rejected events are left out, corrected ones shown corrected and marked.",
    );
  addDbOption(addEventFilterOptions(command))
    .option("--limit <N>", "at most N events", "50")
    .option("--format <kind>", `output: ${FORMATS.join(" | ")} (jsonl: the records with a "review" field; csv: review_status and corrected columns)`, "table")
    .action(async (options: EventsOptions) => {
      const format = checkChoice("--format", options.format, FORMATS);
      const filter = { ...parseEventFilter(options), limit: parseLimit(options.limit, 50) };
      const { events, rejected } = await withReviews(options.db, (store, reviews) => listEvents(store, reviews, filter));
      if (format === "jsonl") for (const e of events) io.out(JSON.stringify({ ...e.record, review: e.review }) + "\n");
      else if (format === "csv") io.out([EVENT_CSV_COLUMNS.join(","), ...events.map(eventCsvRow)].join("\n") + "\n");
      else {
        io.out(eventsTable(events));
        const more = events.length === filter.limit ? ` (first ${filter.limit}; raise --limit for more)` : "";
        const left = rejected > 0 ? `; ${rejected} rejected by a reviewer left out` : "";
        const starred = events.some((e) => e.record.date === null && e.published_at);
        io.out(`${plural(events.length, "event")}${more}${left}${starred ? "; * = publication date (the text gives none)" : ""}.\n`);
      }
      state.exitCode = 0;
    });
}
