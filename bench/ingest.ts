/**
 * Ingest benchmark over the BBC news corpus (../shared): the real CLI ingests it into a fresh
 * SQLite file (documents/s end to end, peak RSS), ingests it again (rows added, documents/s),
 * then filtered `events` queries are timed in process. Several runs; medians reported.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sharedDir } from "../src/paths.js";
import type { DocumentResult } from "../src/doc/records.js";
import { createExtractor } from "../src/extract.js";
import { ingestPaths } from "../src/ingest/index.js";
import { openSqliteStore, type EventFilter, type StoreStats } from "../src/store/index.js";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const QUERY_RUNS = 25;
const corpus = join(sharedDir(), "corpora", "bbc-news", "bbc-news.jsonl");
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} not found (the benchmark needs ../shared/corpora/bbc-news)`);
  process.exit(0);
}

interface CliRun {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  documents: number;
  added: number;
  inProcessRate: number;
}

/** Runs `tacitus ingest` from source under /usr/bin/time for wall time and peak RSS. */
function ingest(db: string): CliRun {
  const args = ["-f", "%e %M %U %S", process.execPath, "--import", "tsx", "src/cli/run.ts", "ingest", "--no-progress", "--db", db, corpus];
  const run = spawnSync("/usr/bin/time", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}): ${run.stderr}`);
  const timeLine = run.stderr.trim().split("\n").at(-1) ?? "";
  const [wall, rssKb, user, system] = timeLine.split(" ").map(Number);
  const read = /Read (\d+) documents? .*?\(([\d.]+) docs\/s\)/.exec(run.stdout);
  const added = /(\d+) added/.exec(run.stdout);
  return {
    wallSeconds: wall ?? NaN,
    cpuSeconds: (user ?? NaN) + (system ?? NaN),
    peakRssMb: (rssKb ?? NaN) / 1024,
    documents: Number(read?.[1] ?? NaN),
    added: Number(added?.[1] ?? NaN),
    inProcessRate: Number(read?.[2] ?? NaN),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function totalRows(stats: StoreStats): number {
  return stats.documents + stats.sentences + stats.entities + stats.quotes + stats.events + stats.actors + stats.groups;
}

const dir = mkdtempSync(join(tmpdir(), "tacitus-bench-"));
try {
  const fresh: CliRun[] = [];
  let db = "";
  for (let i = 0; i < RUNS; i++) {
    db = join(dir, `bbc-${i}.db`);
    fresh.push(ingest(db));
  }
  const store = await openSqliteStore(db);
  const before = await store.stats();
  const again: CliRun[] = [];
  for (let i = 0; i < RUNS; i++) again.push(ingest(db));
  const after = await store.stats();

  const filters: [string, EventFilter][] = [
    ["--type ASSAULT,COERCE --since 2004-01-01", { types: ["ASSAULT", "COERCE"], since: "2004-01-01", limit: 50 }],
    ["--country GBR --limit 20", { country: "GBR", limit: 20 }],
    ["--actor blair --type ACCUSE,REQUEST", { actor: "blair", types: ["ACCUSE", "REQUEST"], limit: 50 }],
    ["--text election --country GBR", { text: "election", country: "GBR", limit: 50 }],
    ["--place london --until 2005-12-31", { place: "london", until: "2005-12-31", limit: 50 }],
  ];
  const queries: string[] = [];
  for (const [label, filter] of filters) {
    await store.events(filter);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < QUERY_RUNS; i++) {
      const start = performance.now();
      rows = (await store.events(filter)).length;
      times.push(performance.now() - start);
    }
    queries.push(`  events ${label.padEnd(40)} ${median(times).toFixed(1).padStart(6)} ms median, max ${Math.max(...times).toFixed(1)} ms (${rows} rows)`);
  }
  await store.close();

  // Where the time goes: the extractor alone in this thread, then ingest with cached results (store side alone).
  const articles = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as { id: string; title?: string; text: string });
  const extractor = createExtractor();
  const cache = new Map<string, DocumentResult>();
  const extractStart = performance.now();
  for (const a of articles) cache.set(a.id, extractor.extract({ id: a.id, text: a.text, title: a.title ?? null, publishedAt: null }));
  const extractRate = articles.length / ((performance.now() - extractStart) / 1000);
  const storeOnly = await openSqliteStore(join(dir, "store-only.db"));
  const storeStart = performance.now();
  await ingestPaths([corpus], {
    store: storeOnly,
    stdin: Readable.from([]),
    extract: (doc) => cache.get(doc.id) ?? extractor.extract({ id: doc.id, text: doc.text, title: doc.title, publishedAt: doc.publishedAt }),
  });
  const storeRate = articles.length / ((performance.now() - storeStart) / 1000);
  await storeOnly.close();

  const docs = fresh[0]?.documents ?? 0;
  console.log(`corpus             ${docs} documents (bbc-news.jsonl), ${RUNS} runs each, medians; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log(`stored             ${before.documents} documents, ${before.stories} stories, ${before.sentences} sentences, ${before.entities} entities, ${before.quotes} quotes, ${before.events} events (${before.uniqueEvents} once per story), ${before.actors} actors, ${before.groups} near-duplicate groups`);
  console.log(`ingest (fresh)     ${median(fresh.map((r) => r.documents / r.wallSeconds)).toFixed(1)} docs/s end to end (process start to exit, median wall ${median(fresh.map((r) => r.wallSeconds)).toFixed(2)} s); ${median(fresh.map((r) => r.inProcessRate)).toFixed(1)} docs/s inside the ingest loop`);
  console.log(`CPU (fresh)        ${median(fresh.map((r) => r.cpuSeconds)).toFixed(1)} s user+sys, ${median(fresh.map((r) => r.documents / r.cpuSeconds)).toFixed(1)} docs per CPU-second (all threads)`);
  console.log(`peak RSS (fresh)   ${Math.max(...fresh.map((r) => r.peakRssMb)).toFixed(0)} MB (max of runs)`);
  console.log(`split (one thread) extractor alone ${extractRate.toFixed(1)} docs/s; ingest with cached extraction (read, hash, near-duplicates, store) ${storeRate.toFixed(1)} docs/s`);
  console.log(`re-ingest          ${again.map((r) => r.added).join(", ")} documents added; ${totalRows(after) - totalRows(before)} rows added in all tables`);
  console.log(`re-ingest speed    ${median(again.map((r) => r.inProcessRate)).toFixed(0)} docs/s inside the ingest loop; ${median(again.map((r) => r.documents / r.wallSeconds)).toFixed(0)} docs/s with process start (median wall ${median(again.map((r) => r.wallSeconds)).toFixed(2)} s)`);
  console.log(`peak RSS (again)   ${Math.max(...again.map((r) => r.peakRssMb)).toFixed(0)} MB`);
  console.log(`queries            ${QUERY_RUNS} runs each after a warm-up, in process:`);
  for (const line of queries) console.log(line);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
