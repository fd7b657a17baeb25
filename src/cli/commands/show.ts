import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import type { StoredDocument } from "../../store/index.js";
import type { CliIo } from "../io.js";
import { checkChoice } from "../event-options.js";
import { addDbOption, withStore } from "../store-option.js";
import { textTable } from "../text-table.js";

const FORMATS = ["text", "json"] as const;

interface ShowOptions {
  db?: string;
  format: string;
}

export function formatDocument(doc: StoredDocument): string {
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
    .map(([key, value]) => `${(key ?? "").padEnd(10)} ${value ?? ""}`)
    .join("\n");
  let out = `${meta}\n\n${doc.text.trim()}\n`;
  out += `\nEvents (${doc.events.length})\n`;
  out += textTable(
    ["type", "actor", "recipient", "date", "place", "trigger"],
    doc.events.map((e) => [
      e.event + (e.negated ? " (not)" : e.modality !== "asserted" ? ` (${e.modality})` : ""),
      e.actor ? `${e.actor.name}${e.actor.code ? ` [${e.actor.code}]` : ""}` : "-",
      e.recipient ? `${e.recipient.name}${e.recipient.code ? ` [${e.recipient.code}]` : ""}` : "-",
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

export function registerShow(program: Command, io: CliIo, state: { exitCode: number }): void {
  addDbOption(
    program
      .command("show")
      .description("Show a stored article with its events and quotations.")
      .argument("<doc-id>", "document id, as listed by tacitus events"),
  )
    .option("--format <kind>", `output: ${FORMATS.join(" | ")}`, "text")
    .action(async (id: string, options: ShowOptions) => {
      const format = checkChoice("--format", options.format, FORMATS);
      const doc = await withStore(options.db, (store) => store.getDocument(id));
      if (!doc) throw new TacitusError("NOT_FOUND", `no document "${id}" in the database; list ids with: tacitus events`);
      io.out(format === "json" ? JSON.stringify(doc) + "\n" : formatDocument(doc));
      state.exitCode = 0;
    });
}
