import { createWriteStream, type WriteStream } from "node:fs";
import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import { EXPORT_PROFILES, PROFILES, exportEvents } from "../../export/index.js";
import type { CliIo } from "../io.js";
import { addEventFilterOptions, checkChoice, parseEventFilter, type EventFilterOptions } from "../event-options.js";
import { ReviewStore } from "../../store-review/index.js";
import { addDbOption, dbLocation, withStore } from "../store-option.js";

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

export function registerExport(program: Command, io: CliIo, state: { exitCode: number }): void {
  const command = program
    .command("export")
    .description("Export events as PLOVER JSON Lines, GDELT-style TSV, ACLED-style CSV or GeoJSON (see docs/export-profiles.md).")
    .requiredOption("--profile <name>", `format: ${EXPORT_PROFILES.join(" | ")}`)
    .option("--out <file>", "write to this file (default: standard output)");
  addDbOption(addEventFilterOptions(command)).action(async (options: ExportOptions) => {
    const profile = PROFILES[checkChoice("--profile", options.profile, EXPORT_PROFILES)];
    const filter = parseEventFilter(options);
    const counts = await withStore(options.db, async (store) => {
      // Reviews are applied as the API applies them (the store has run its migrations by now).
      const reviews = await ReviewStore.open(dbLocation(options.db));
      try {
        if (!options.out) return await exportEvents(store, profile, filter, io.out, reviews);
        const stream = await openOut(options.out);
        try {
          return await exportEvents(store, profile, filter, writeTo(stream), reviews);
        } finally {
          await new Promise<void>((resolve) => stream.end(resolve));
        }
      } finally {
        await reviews.close();
      }
    });
    const left = counts.left > 0 ? `; ${counts.left} left out (no place in the ${profile.name} profile)` : "";
    const rejected = counts.rejected > 0 ? `; ${counts.rejected} rejected by a reviewer left out` : "";
    io.err(`exported ${counts.written} event${counts.written === 1 ? "" : "s"} as ${profile.name}${options.out ? ` to ${options.out}` : ""}${left}${rejected}\n`);
    state.exitCode = 0;
  });
}
