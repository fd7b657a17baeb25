import { createWriteStream, type WriteStream } from "node:fs";
import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import { EXPORT_PROFILES, PROFILES, exportEvents, type ExportCounts, type ExportProfileName } from "../../export/index.js";
import { plural } from "../plural.js";
import type { CliIo } from "../io.js";
import { addEventFilterOptions, checkChoice, parseEventFilter, type EventFilterOptions } from "../event-options.js";
import { addDbOption, withReviews } from "../store-option.js";

interface ExportOptions extends EventFilterOptions {
  db?: string;
  profile: string;
  out?: string;
}

function openOut(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.once("open", () => resolve(stream));
    stream.once("error", (cause) => reject(new TacitusError("INPUT_UNREADABLE", `cannot write ${path} (${(cause as NodeJS.ErrnoException).code ?? cause.message}); check the folder exists and is writable.`, { cause })));
  });
}

function writeTo(stream: WriteStream): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (chunk === "") return resolve();
      stream.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
}

/** The line on standard error: how many events were written, and how many were left out for each reason. */
export function exportSummary(counts: ExportCounts, profile: ExportProfileName, out: string | undefined): string {
  const left = [
    [counts.leftOut.type, `of a type the ${profile} profile does not code`],
    [counts.leftOut.coordinates, "without coordinates"],
    [counts.leftOut.not_asserted, "negated or not asserted (future, hypothetical)"],
    [counts.rejected, "rejected by a reviewer"],
  ] as const;
  const parts = left.filter(([n]) => n > 0).map(([n, why]) => `; ${n} ${why} left out`);
  return `exported ${plural(counts.written, "event")} as ${profile}${out ? ` to ${out}` : ""}${parts.join("")}\n`;
}

export function registerExport(program: Command, io: CliIo, state: { exitCode: number }): void {
  const command = program
    .command("export")
    .description("Export events as PLOVER JSON Lines, GDELT-style TSV, ACLED-style CSV or GeoJSON (see docs/export-profiles.md); gdelt, acled and geojson leave out negated and not asserted events, plover keeps them.")
    .requiredOption("--profile <name>", `format: ${EXPORT_PROFILES.join(" | ")}`)
    .option("--out <file>", "write to this file (default: standard output)");
  addDbOption(addEventFilterOptions(command)).action(async (options: ExportOptions) => {
    const profile = PROFILES[checkChoice("--profile", options.profile, EXPORT_PROFILES)];
    const filter = parseEventFilter(options);
    // Reviews are applied as the API applies them.
    const counts = await withReviews(options.db, async (store, reviews) => {
      if (!options.out) return exportEvents(store, profile, filter, io.out, reviews);
      const stream = await openOut(options.out);
      try {
        return await exportEvents(store, profile, filter, writeTo(stream), reviews);
      } finally {
        await new Promise<void>((resolve) => stream.end(resolve));
      }
    });
    io.err(exportSummary(counts, profile.name, options.out));
    state.exitCode = 0;
  });
}
