import type { Command } from "commander";
import { TacitusError, isTacitusError } from "../../errors/index.js";
import { guessLanguage, publicationDate, type SourceDocument } from "../../ingest/index.js";
import type { CliIo } from "../io.js";
import { createExtractor } from "../../extract.js";
import { INPUT_FORMATS, readInput, type InputFormat } from "../read-input.js";
import { formatResultTable } from "../format-table.js";
import { plural } from "../plural.js";
import { collectFiles } from "../repeatable.js";
import { terminalLine } from "../terminal-text.js";
import { undatedNote } from "../undated-note.js";

interface ExtractOptions {
  date?: string;
  actors?: string[];
  input: string;
  format: string;
}

const FORMATS = ["table", "json", "jsonl"] as const;

export function registerExtract(program: Command, io: CliIo, state: { exitCode: number }): void {
  program
    .command("extract")
    .description("Extract events, quotations and entities from news text (plain text, HTML, JSON Lines).")
    .argument("<files...>", "files (.html/.htm read for their main text, .jsonl/.json one document per record, .rss/.atom/.xml one document per feed item, others plain text); - reads standard input")
    .option("--date <YYYY-MM-DD>", "publication date for documents that carry none (no date in their metadata or dateline), for resolving 'on thursday' and the like; a year-less dateline ('LAGOS, March 3') takes the latest year that keeps it on or before it")
    .option("--input <kind>", `input kind: ${INPUT_FORMATS.join(" | ")} (auto: by the file's ending, as ingest reads it)`, "auto")
    .option("--format <kind>", "output: table | json | jsonl", "table")
    .option("--actors <file>", "your own actor dictionary file (the format of data/actors; see its README); repeat for several", collectFiles)
    .action(async (files: string[], options: ExtractOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new TacitusError("BAD_ARGUMENT", `--format must be one of ${FORMATS.join(", ")}, not "${options.format}".`);
      }
      if (!(INPUT_FORMATS as readonly string[]).includes(options.input)) {
        throw new TacitusError("BAD_ARGUMENT", `--input must be one of ${INPUT_FORMATS.join(", ")}, not "${options.input}".`);
      }
      if (options.date !== undefined && !isValidDate(options.date)) {
        throw new TacitusError("BAD_ARGUMENT", `--date must be a date as YYYY-MM-DD, not "${options.date}".`);
      }
      // A file that cannot be read is reported and skipped; the others are still extracted.
      let failed = 0;
      const report = (error: TacitusError): void => {
        failed++;
        io.err(`tacitus: ${error.message}\n`);
      };
      const docs: SourceDocument[] = [];
      for (const file of files) {
        try {
          const read = await readInput(file, options.input as InputFormat, io);
          read.problems.forEach(report);
          docs.push(...read.docs);
        } catch (error) {
          if (!isTacitusError(error)) throw error;
          report(error);
        }
      }
      let undated = 0;
      if (docs.length > 0) {
        const extractor = createExtractor({ actorFiles: options.actors ?? [] });
        for (const input of docs) {
          const language = guessLanguage(input.text);
          if (language !== null && language !== "en") {
            io.err(`tacitus: ${terminalLine(input.id)} looks like "${language}", not English; Tacitus reads English news, so expect few or wrong events.\n`);
          }
          const result = extractor.extract({ id: input.id, text: input.text, title: input.title, publishedAt: publicationDate(input.publishedAt, input.text, options.date ?? null) });
          if (result.published_at === null) undated++;
          // With the text its offsets count in: an HTML page's or a feed item's is not the file's.
          if (options.format === "json") io.out(JSON.stringify({ ...result, text: input.text }) + "\n");
          else if (options.format === "jsonl") for (const event of result.events) io.out(JSON.stringify(event) + "\n");
          else io.out(formatResultTable(result, docs.length > 1));
        }
      }
      if (undated > 0) io.err(`tacitus: ${undatedNote(undated)}\n`);
      if (failed > 0 && docs.length > 0) io.err(`tacitus: ${plural(failed, "input")} skipped (reported above); the others were extracted.\n`);
      state.exitCode = failed > 0 ? 1 : 0;
    });
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(value + "T00:00:00Z");
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
