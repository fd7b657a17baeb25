/**
 * Throughput of the whole extraction pipeline over the BBC news corpus (../shared): tokens/s,
 * documents/s and peak memory, on one core. Warm-up first, then several runs; the median is reported.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createExtractor } from "../src/extract.js";
import { sharedDir } from "../src/paths.js";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
/** Stages that run the trained models (the tag stage includes the lemmatizer). */
const MODEL_STAGES = new Set(["tag", "parse", "ner-model"]);
const corpus = join(sharedDir(), "corpora", "bbc-news", "bbc-news.jsonl");
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} not found (the benchmark needs ../shared/corpora/bbc-news)`);
  process.exit(0);
}

interface Article {
  id: string;
  title: string;
  text: string;
}

const articles: Article[] = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Article);

const loadStart = performance.now();
const extractor = createExtractor();
const loadMs = performance.now() - loadStart;

interface Run {
  ms: number;
  tokens: number;
  events: number;
  /** Milliseconds per stage. */
  timings: Map<string, number>;
}

function runOnce(): Run {
  let tokens = 0;
  let events = 0;
  const timings = new Map<string, number>();
  const start = performance.now();
  for (const article of articles) {
    const init = { id: article.id, text: `${article.title}\n\n${article.text}`, publishedAt: "2005-01-01" };
    const doc = extractor.pipeline.processTimed(init, timings);
    tokens += doc.tokenCount;
    events += doc.events.length;
  }
  return { ms: performance.now() - start, tokens, events, timings };
}

for (let i = 0; i < 200 && i < articles.length; i++) {
  const a = articles[i];
  if (a) extractor.process({ id: a.id, text: a.text });
}
const runs = Array.from({ length: RUNS }, () => runOnce());
const middle = <T>(values: T[], by: (value: T) => number): T | undefined => values.sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)];
const median = middle(runs, (r) => r.ms);
if (!median) throw new Error("no runs");
const timings = median.timings;
/** Milliseconds of one run spent in the trained models' stages. */
const modelMs = (run: Run): number => [...run.timings].reduce((sum, [name, ms]) => sum + (MODEL_STAGES.has(name) ? ms : 0), 0);
const modelRun = middle([...runs], modelMs);

const seconds = median.ms / 1000;
console.log(`corpus            ${articles.length} documents, ${median.tokens} tokens (bbc-news)`);
console.log(`resources loaded  ${loadMs.toFixed(0)} ms`);
console.log(`runs              ${RUNS}, median ${seconds.toFixed(2)} s`);
console.log(`tokens/s          ${Math.round(median.tokens / seconds)}`);
console.log(`documents/s       ${Math.round(articles.length / seconds)}`);
console.log(`events            ${median.events} (${(median.events / articles.length).toFixed(1)} per document)`);
console.log(`peak memory       ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (max RSS)`);
console.log("time per stage (median run):");
const total = [...timings.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of timings) console.log(`  ${name.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
// The trained models' share, the figure the models' speed bar is about (issue: tagger + parser + NER).
if (modelRun && modelMs(modelRun) > 0) {
  const names = [...modelRun.timings.keys()].filter((name) => MODEL_STAGES.has(name)).join(" + ");
  console.log(`trained models    ${Math.round(modelRun.tokens / (modelMs(modelRun) / 1000))} tokens/s (${names}, median of ${RUNS} runs)`);
}
