import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import type { CliIo } from "../io.js";
import { createExtractor } from "../../extract.js";
import { readInputDocuments, type InputFormat } from "../read-input.js";
import { formatResultTable } from "../format-table.js";

interface ExtractOptions {
  date?: string;
  actors?: string[];
  input: string;
  format: string;
}

const FORMATS = ["table", "json", "jsonl"] as const;
const INPUTS = ["text", "jsonl"] as const;

export function registerExtract(program: Command, io: CliIo, state: { exitCode: number }): void {
  program
    .command("extract")
    .description("Extract events, quotations and entities from news text.")
    .argument("<files...>", "text or JSON Lines files; - reads standard input")
    .option("--date <YYYY-MM-DD>", "publication date, for resolving 'on thursday' and the like")
    .option("--input <kind>", "input kind: text | jsonl", "text")
    .option("--format <kind>", "output: table | json | jsonl", "table")
    .option("--actors <files...>", "your own actor dictionary files (the format of data/actors; see its README)")
    .action(async (files: string[], options: ExtractOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new TacitusError("BAD_ARGUMENT", `--format must be one of ${FORMATS.join(", ")}, not "${options.format}".`);
      }
      if (!(INPUTS as readonly string[]).includes(options.input)) {
        throw new TacitusError("BAD_ARGUMENT", `--input must be one of ${INPUTS.join(", ")}, not "${options.input}".`);
      }
      if (options.date !== undefined && !isValidDate(options.date)) {
        throw new TacitusError("BAD_ARGUMENT", `--date must be a date as YYYY-MM-DD, not "${options.date}".`);
      }
      const docs = await readInputDocuments(files, options.input as InputFormat, io);
      const extractor = createExtractor({ actorFiles: options.actors ?? [] });
      for (const input of docs) {
        const result = extractor.extract({
          id: input.id,
          text: input.text,
          title: input.title,
          publishedAt: options.date ?? input.publishedAt,
        });
        if (options.format === "json") io.out(JSON.stringify(result) + "\n");
        else if (options.format === "jsonl") for (const event of result.events) io.out(JSON.stringify(event) + "\n");
        else io.out(formatResultTable(result, docs.length > 1));
      }
      state.exitCode = 0;
    });
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(value + "T00:00:00Z");
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
