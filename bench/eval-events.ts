/**
 * Event-coder scores: the founding example (record spec §3), the PLOVER gold standard (type
 * accuracy, actor/recipient coding) and coreference on GUM test. The last two need ../shared
 * and are skipped without it. Usage: npm run eval:events [-- --patterns N] (N failure patterns)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { formatCorefScore, formatDocReport, formatGsrReport } from "../src/cli/format-eval.js";
import { gumDocuments, scoreCoref } from "../src/eval/coref-gum.js";
import { readGoldFile } from "../src/eval/gold-file.js";
import { evaluateGsr, failurePatterns } from "../src/eval/plover-gsr.js";
import { evaluateGoldDocument, gsrReport } from "../src/eval/report.js";
import { createExtractor } from "../src/extract.js";
import { readConllu } from "../src/models/conllu.js";
import { packageRoot, sharedDir } from "../src/paths.js";

const args = process.argv.slice(2);
const at = args.indexOf("--patterns");
const patternCount = at >= 0 ? Number(args[at + 1] ?? 20) : 20;

const root = packageRoot();
const corpora = join(sharedDir(), "corpora");
const gsrPath = join(corpora, "plover-gsr", "PLOVER_GSR_CAMEO.txt");
const gumPath = join(corpora, "gum-cc-by", "gum-cc-by-test.conllu");
const began = performance.now();
const extractor = createExtractor();

const founding = readGoldFile(
  join(root, "test", "fixtures", "venezuela-sebin-arrests.expected.json"),
  join(root, "examples", "venezuela-sebin-arrests.txt"),
);
if (founding.kind === "document") console.log(formatDocReport(evaluateGoldDocument(founding.gold, "founding example", founding.text, extractor)));

if (existsSync(gsrPath)) {
  const gold = readGoldFile(gsrPath);
  if (gold.kind === "plover-gsr") {
    const outcomes = evaluateGsr(gold.records, extractor);
    console.log(formatGsrReport(gsrReport("PLOVER_GSR_CAMEO.txt", outcomes)));
    console.log(`Most frequent failure patterns (${patternCount})`);
    for (const p of failurePatterns(outcomes).slice(0, patternCount)) console.log(`  ${String(p.count).padStart(3)}  ${p.pattern}  e.g. ${p.example}`);
    console.log("");
  }
} else {
  console.log(`skipped PLOVER gold standard: ${gsrPath} not found (needs ../shared)\n`);
}

if (existsSync(gumPath)) {
  console.log(formatCorefScore(scoreCoref(gumDocuments(readConllu(gumPath)), extractor)));
} else {
  console.log(`skipped coreference: ${gumPath} not found (needs ../shared)\n`);
}
console.log(`(${((performance.now() - began) / 1000).toFixed(1)} s)`);
