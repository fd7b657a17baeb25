import { basename, resolve } from "node:path";
import type { Command } from "commander";
import type { EventRecord } from "../../doc/records.js";
import { TacitusError } from "../../errors/index.js";
import type { Store, StoredDocument } from "../../store/index.js";
import { applyReviews, type DocumentReviews, type ReviewStatus } from "../../store-review/index.js";
import type { CliIo } from "../io.js";
import { checkChoice } from "../event-options.js";
import { addDbOption, withReviews } from "../store-option.js";
import { terminalLine, terminalText } from "../terminal-text.js";
import { textTable } from "../text-table.js";

const FORMATS = ["text", "json"] as const;
const REVIEW_STATUSES: readonly ReviewStatus[] = ["accepted", "corrected", "rejected"];

interface ShowOptions {
  db?: string;
  format: string;
}

function who(entity: EventRecord["actor"]): string {
  return entity ? `${entity.name}${entity.code ? ` [${entity.code}]` : ""}` : "-";
}

/**
 * The article, its events and quotations, for a terminal (control and bidi characters shown as
 * placeholders). With `reviews`, events are shown as reviewers left them: rejected ones left out
 * and counted, corrected ones in their corrected form, marked.
 */
export function formatDocument(doc: StoredDocument, reviews: DocumentReviews = new Map()): string {
  const meta = [
    ["id", doc.id],
    ["title", doc.title],
    ["published", doc.published_at],
    ["url", doc.url],
    ["source", doc.source],
    ["language", doc.language],
    ["story", doc.group_id !== null ? `${doc.story_id} (near-duplicate group ${doc.group_id}; see: tacitus dedup show ${doc.group_id})` : null],
  ]
    .filter(([, value]) => value)
    .map(([key, value]) => `${(key ?? "").padEnd(10)} ${terminalLine(value ?? "")}`)
    .join("\n");
  const { events, counts } = applyReviews(doc.events, reviews);
  const corrected = new Set(doc.events.filter((e) => reviews.get(e.id)?.record).map((e) => e.id));
  const reviewed = REVIEW_STATUSES
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${status}${status === "rejected" ? " and left out" : ""}`);
  let out = `${meta}\n\n${terminalText(doc.text.trim())}\n`;
  out += `\nEvents (${events.length}${reviewed.length > 0 ? `; reviewed: ${reviewed.join(", ")}` : ""})\n`;
  out += textTable(
    ["type", "actor", "recipient", "date", "place", "trigger"],
    events.map((e) => [
      e.event + (e.negated ? " (not)" : e.modality !== "asserted" ? ` (${e.modality})` : "") + (corrected.has(e.id) ? " (corrected)" : ""),
      who(e.actor),
      who(e.recipient),
      e.date ?? "-",
      e.location?.name ?? "-",
      e.trigger.text,
    ]),
    32,
  );
  out += `\nQuotations (${doc.quotes.length})\n`;
  out += textTable(["speaker", "cue", "quotation"], doc.quotes.map((q) => [q.speaker?.name ?? "?", q.cue ?? "-", q.text]), 60);
  return out;
}

/**
 * The document with this id; else, for a path given to `tacitus ingest` on its own (stored under
 * its file name, with the path as its source), the document read from that path.
 */
async function findDocument(store: Store, id: string): Promise<StoredDocument | null> {
  const doc = await store.getDocument(id);
  if (doc || basename(id) === id) return doc;
  const byName = await store.getDocument(basename(id));
  return byName?.source && resolve(byName.source) === resolve(id) ? byName : null;
}

export function registerShow(program: Command, io: CliIo, state: { exitCode: number }): void {
  addDbOption(
    program
      .command("show")
      .description(
        "Show a stored article with its events and quotations. Reviewers' decisions apply as in the API: " +
          "rejected events are left out of the text view, corrected ones shown corrected and marked; " +
          "--format json gives every event with its review and corrected fields, as GET /api/documents/{id} does.",
      )
      .argument("<doc-id>", "document id, as listed by tacitus events, or the path of a file given to tacitus ingest"),
  )
    .option("--format <kind>", `output: ${FORMATS.join(" | ")}`, "text")
    .action(async (id: string, options: ShowOptions) => {
      const format = checkChoice("--format", options.format, FORMATS);
      const found = await withReviews(options.db, async (store, reviews) => {
        const doc = await findDocument(store, id);
        return doc ? { doc, reviews: await reviews.documentReviews(doc.id) } : null;
      });
      if (!found) throw new TacitusError("NOT_FOUND", `no document "${id}" in the database; list ids with: tacitus events`);
      const { doc, reviews } = found;
      if (format === "json") {
        const events = doc.events.map((record) => {
          const reviewed = reviews.get(record.id);
          return { ...(reviewed?.record ?? record), review: reviewed?.state ?? null, corrected: reviewed?.record != null };
        });
        io.out(JSON.stringify({ ...doc, events }) + "\n");
      } else {
        io.out(formatDocument(doc, reviews));
      }
      state.exitCode = 0;
    });
}
