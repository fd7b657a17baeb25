import { availableParallelism } from "node:os";
import type { Command } from "commander";
import type { Extractor } from "../../extract.js";
import type { DocumentResult } from "../../doc/records.js";
import type { IngestSummary, SourceDocument } from "../../ingest/index.js";
import { TacitusError } from "../../errors/index.js";
import type { ExtractPool } from "../extract-pool.js";
import type { CliIo } from "../io.js";
import type { ProgressDisplay } from "../progress.js";
import { checkDate } from "../event-options.js";
import { plural } from "../plural.js";
import { undatedNote } from "../undated-note.js";
import { collectFiles } from "../repeatable.js";
import { terminalLine } from "../terminal-text.js";
import { addDbOption, dbLocation, withStore } from "../store-option.js";
import { redactUrl, isPostgresUrl } from "../../store/index.js";

interface IngestOptions {
  db?: string;
  dedup: boolean;
  progress: boolean;
  jobs?: string;
  date?: string;
  actors?: string[];
}

/** Most extraction workers started by default. */
const MAX_DEFAULT_JOBS = 4;

function parseJobs(value: string | undefined): number {
  if (value === undefined) return Math.max(1, Math.min(MAX_DEFAULT_JOBS, availableParallelism()));
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new TacitusError("BAD_ARGUMENT", `--jobs must be a whole number from 1 to 64, not "${value}".`);
  return jobs;
}

/**
 * Extraction in this thread (jobs = 1) or on worker threads; language data loads on first use.
 * The extractor, readers and progress bar are imported only when ingesting: other commands start faster.
 */
async function makeExtract(jobs: number, actorFiles: readonly string[]): Promise<{ extract(doc: SourceDocument): DocumentResult | Promise<DocumentResult>; close(): Promise<void> }> {
  const { createExtractor } = await import("../../extract.js");
  const { createExtractPool } = await import("../extract-pool.js");
  let extractor: Extractor | null = null;
  let pool: ExtractPool | null = null;
  const init = (doc: SourceDocument): { id: string; text: string; title: string | null; publishedAt: string | null } => ({
    id: doc.id, text: doc.text, title: doc.title, publishedAt: doc.publishedAt,
  });
  return {
    extract(doc) {
      if (jobs === 1) {
        extractor ??= createExtractor({ actorFiles });
        return extractor.extract(init(doc));
      }
      pool ??= createExtractPool(jobs, { actorFiles });
      return pool.extract(init(doc));
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/** Exit code after Ctrl-C, as shells expect (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

/** " (8 .txt, 1 .md)": which kinds of file were read, so a note or README read as news shows. */
function fileKindsNote(summary: IngestSummary): string {
  const kinds = Object.entries(summary.fileKinds).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return summary.files < 2 ? "" : ` (${kinds.map(([kind, count]) => `${count} ${terminalLine(kind)}`).join(", ")})`;
}

export function formatIngestSummary(summary: IngestSummary, db: string): string {
  const rate = summary.seconds > 0 ? summary.documents / summary.seconds : 0;
  const lines = [
    `${summary.interrupted ? "Interrupted after" : "Read"} ${plural(summary.documents, "document")} from ${plural(summary.files, "file")}${fileKindsNote(summary)} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s) into ${terminalLine(db)}:`,
    `  ${summary.added} added (${plural(summary.events, "event")}), ${summary.existing} already stored, ${summary.grouped} grouped with an earlier report of the same story, ${summary.skipped} skipped.`,
  ];
  if (summary.skipped > 0) lines.push("  Skipped items are listed above with the reason.");
  // Stored documents are skipped by content, so a second run with --date would not reach them.
  if (summary.undated > 0) lines.push(`  ${undatedNote(summary.undated)} Documents already stored keep their dates: ingest into a new database.`);
  if (summary.interrupted) lines.push("  Everything read so far is stored; run the same command again to resume.");
  return lines.join("\n") + "\n";
}

export function registerIngest(program: Command, io: CliIo, state: { exitCode: number }): void {
  addDbOption(
    program
      .command("ingest")
      .description("Read news (text, HTML, JSON Lines, RSS/Atom; folders recursively) into the event database.")
      .argument("<paths...>", "files or folders; - reads standard input"),
  )
    .option("--no-dedup", "do not group near-duplicate reports of one story")
    .option("--no-progress", "no progress bar even on a terminal")
    .option("--date <YYYY-MM-DD>", "publication date for documents that carry none: no date in their metadata or dateline; a year-less dateline ('LAGOS, March 3') takes the latest year that keeps it on or before it")
    .option("--jobs <N>", "extraction worker threads (default: the number of cores, at most 4; 1 = no workers)")
    .option("--actors <file>", "your own actor dictionary file (the format of data/actors; see its README); repeat for several", collectFiles)
    .action(async (paths: string[], options: IngestOptions) => {
      const location = dbLocation(options.db);
      const shown = isPostgresUrl(location) ? redactUrl(location) : location;
      const jobs = parseJobs(options.jobs);
      const fallbackDate = options.date === undefined ? null : checkDate("--date", options.date);
      // The extractor loads its language data only when a new document needs it.
      const extraction = await makeExtract(jobs, options.actors ?? []);
      const { ingestPaths } = await import("../../ingest/index.js");
      const { quietProgress, terminalProgress } = await import("../progress.js");
      const display: ProgressDisplay =
        io.stderrIsTTY && options.progress ? terminalProgress(process.stderr) : quietProgress(io.err);
      const controller = new AbortController();
      const onSigint = (): void => {
        if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
        display.log("tacitus: stopping after the current document (Ctrl-C again to quit now)...");
        controller.abort();
      };
      process.on("SIGINT", onSigint);
      try {
        const summary = await withStore(location, (store) =>
          ingestPaths(paths, {
            store,
            stdin: io.stdin,
            signal: controller.signal,
            groupDuplicates: options.dedup,
            extract: (doc) => extraction.extract(doc),
            defaultDate: fallbackDate,
            concurrency: jobs,
            onProgress: (progress) => display.update(progress),
            onProblem: (problem) => display.log(`skipped: ${problem.message}`),
          }),
          true,
        );
        display.stop();
        io.out(formatIngestSummary(summary, shown));
        state.exitCode = summary.interrupted ? EXIT_INTERRUPTED : summary.skipped > 0 ? 1 : 0;
      } finally {
        display.stop();
        process.off("SIGINT", onSigint);
        await extraction.close();
      }
    });
}
