import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import type { CliIo } from "../io.js";
import { createExtractor, type Extractor } from "../../extract.js";
import { readGoldFile, type GoldFile } from "../../eval/gold-file.js";
import { evaluateGoldDocument, evaluateGsrFile, evaluateStoredDocument, type GoldDocReport, type GsrReport } from "../../eval/report.js";
import { cleanText, contentHash } from "../../ingest/index.js";
import type { Store } from "../../store/index.js";
import type { ReviewStore } from "../../store-review/index.js";
import { formatDocReport, formatGsrReport } from "../format-eval.js";
import { plural } from "../plural.js";
import { terminalText } from "../terminal-text.js";
import { withReviews } from "../store-option.js";

interface EvalOptions {
  format: string;
  text?: string;
  db?: string;
}

const FORMATS = ["table", "json"] as const;

type DocumentGold = Extract<GoldFile, { kind: "document" }>;

/** The stored document for a gold file: the same text (by content hash), else the gold's "doc" name as id. */
async function storedReport(file: DocumentGold, store: Store, reviews: ReviewStore): Promise<GoldDocReport | null> {
  const byHash = (await store.findByHash([contentHash(cleanText(file.text))])).values().next().value;
  const id = byHash ?? file.gold.doc;
  const doc = await store.getDocument(id);
  if (!doc) return null;
  return evaluateStoredDocument(file.gold, file.path, doc, await reviews.documentReviews(doc.id), byHash !== undefined ? "content" : "id");
}

function storedLine(r: GoldDocReport): string {
  if (r.stored === undefined) return "";
  if (r.stored === null) return "Not in the database: scored a fresh extraction of the text.\n";
  const { accepted, corrected, rejected } = r.stored.reviewed;
  return `Scored the stored document ${r.stored.doc_id} (matched by ${r.stored.matched_by}; ${plural(r.stored.events, "event")}): ` +
    `${accepted + corrected + rejected} reviewed (${accepted} accepted, ${corrected} corrected, ${rejected} rejected and left out).\n`;
}

/** The table with the stored-document line under its heading. */
function withStoredLine(table: string, r: GoldDocReport): string {
  const heading = table.indexOf("\n") + 1;
  return table.slice(0, heading) + storedLine(r) + table.slice(heading);
}

export function registerEval(program: Command, io: CliIo, state: { exitCode: number }): void {
  program
    .command("eval")
    .description("Score extraction against gold files: document gold files (record spec §3) or the PLOVER gold standard.")
    .argument("<gold...>", "gold files: *.expected.json (text found by its \"doc\" name) or PLOVER_GSR_CAMEO.txt")
    .option("--text <file>", "the text of a document gold file (default: its \"doc\" name next to it)")
    .option("--db <file|url>", "score documents stored in this database with reviewers' decisions applied, instead of extracting them")
    .option("--format <kind>", "output: table | json", "table")
    .action(async (golds: string[], options: EvalOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new TacitusError("BAD_ARGUMENT", `--format must be one of ${FORMATS.join(", ")}, not "${options.format}".`);
      }
      const files = golds.map((path) => readGoldFile(path, options.text));
      if (options.text !== undefined && files.filter((f) => f.kind === "document").length > 1) {
        throw new TacitusError("BAD_ARGUMENT", "--text applies to one document gold file; give one, or drop --text.");
      }
      // Made on first need: with --db every document may be stored already.
      let extractor: Extractor | null = null;
      const extract = (): Extractor => (extractor ??= createExtractor());
      const score = async (file: GoldFile, db: { store: Store; reviews: ReviewStore } | null): Promise<GoldDocReport | GsrReport> => {
        if (file.kind === "plover-gsr") return evaluateGsrFile(file.path, file.records, extract());
        if (!db) return evaluateGoldDocument(file.gold, file.path, file.text, extract());
        return (await storedReport(file, db.store, db.reviews)) ?? { ...evaluateGoldDocument(file.gold, file.path, file.text, extract()), stored: null };
      };
      const reports: (GoldDocReport | GsrReport)[] = [];
      if (options.db === undefined) {
        for (const file of files) reports.push(await score(file, null));
      } else {
        await withReviews(options.db, async (store, reviews) => {
          for (const file of files) reports.push(await score(file, { store, reviews }));
        });
      }
      if (options.format === "json") {
        io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports) + "\n");
      } else {
        io.out(terminalText(reports.map((r) => (r.kind === "document" ? withStoredLine(formatDocReport(r), r) : formatGsrReport(r))).join("\n")));
      }
      state.exitCode = 0;
    });
}
