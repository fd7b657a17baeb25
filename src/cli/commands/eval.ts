import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import type { CliIo } from "../io.js";
import { createExtractor } from "../../extract.js";
import { readGoldFile } from "../../eval/gold-file.js";
import { evaluateGoldDocument, evaluateGsrFile, type GoldDocReport, type GsrReport } from "../../eval/report.js";
import { formatDocReport, formatGsrReport } from "../format-eval.js";

interface EvalOptions {
  format: string;
  text?: string;
}

const FORMATS = ["table", "json"] as const;

export function registerEval(program: Command, io: CliIo, state: { exitCode: number }): void {
  program
    .command("eval")
    .description("Score extraction against gold files: document gold files (record spec §3) or the PLOVER gold standard.")
    .argument("<gold...>", "gold files: *.expected.json (text found by its \"doc\" name) or PLOVER_GSR_CAMEO.txt")
    .option("--text <file>", "the text of a document gold file (default: its \"doc\" name next to it)")
    .option("--format <kind>", "output: table | json", "table")
    .action((golds: string[], options: EvalOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new TacitusError("BAD_ARGUMENT", `--format must be one of ${FORMATS.join(", ")}, not "${options.format}".`);
      }
      const files = golds.map((path) => readGoldFile(path, options.text));
      if (options.text !== undefined && files.filter((f) => f.kind === "document").length > 1) {
        throw new TacitusError("BAD_ARGUMENT", "--text applies to one document gold file; give one, or drop --text.");
      }
      const extractor = createExtractor();
      const reports: (GoldDocReport | GsrReport)[] = files.map((file) =>
        file.kind === "document"
          ? evaluateGoldDocument(file.gold, file.path, file.text, extractor)
          : evaluateGsrFile(file.path, file.records, extractor),
      );
      if (options.format === "json") {
        io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports) + "\n");
      } else {
        io.out(reports.map((r) => (r.kind === "document" ? formatDocReport(r) : formatGsrReport(r))).join("\n"));
      }
      state.exitCode = 0;
    });
}
