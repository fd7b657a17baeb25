/**
 * Load test of the API: `tacitus serve` runs in its own process over a database, and N
 * keep-alive clients issue filtered GET /api/events queries for a fixed time on loopback.
 * Prints throughput, latency percentiles and status counts (the bar: p99 < 50 ms, no 5xx).
 *
 *   tsx bench/api-load.ts --db bbc.db [--clients 50] [--seconds 30] [--warmup 3] [--no-cache]
 *   tsx bench/api-load.ts --url http://127.0.0.1:8080   (a server already running)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    url: { type: "string" },
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    "no-cache": { type: "boolean", default: false },
  },
});

/** Filtered queries like an analyst's: by type, country, actor, dates, place, words, and mixes. */
const QUERIES = [
  "/api/events?type=ACCUSE&limit=50",
  "/api/events?country=USA&limit=50",
  "/api/events?actor=police&limit=50",
  "/api/events?since=2004-01-01&until=2005-12-31&type=CONSULT,AGREE&limit=50",
  "/api/events?place=london&limit=50",
  "/api/events?text=election&limit=50",
  "/api/events?country=GBR&type=REQUEST&fields=id,event,actor,recipient,date&limit=100",
  "/api/events?actor=blair&since=2005-01-01&limit=20",
];

async function startServer(db: string, cache: boolean): Promise<{ url: string; child: ChildProcess }> {
  const args = ["--import", "tsx", "src/cli/run.ts", "serve", "--db", db, "--port", "0", ...(cache ? [] : ["--no-cache"])];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /at (http:\/\/[\d.:]+)\//.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`tacitus serve exited with ${code}: ${seen}`)));
  });
  return { url, child };
}

function get(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function load(base: string, clients: number, seconds: number, record: boolean): Promise<{ latencies: number[]; statuses: Map<number, number>; errors: number; elapsed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async (k: number): Promise<void> => {
    for (let i = k; performance.now() < deadline; i += clients) {
      const url = new URL(QUERIES[i % QUERIES.length] ?? "/api/events", base);
      const t0 = performance.now();
      try {
        const status = await get(agent, url);
        if (record) {
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      } catch (error) {
        errors++;
        if (errors === 1) console.error(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  agent.destroy();
  return { latencies, statuses, errors, elapsed: (performance.now() - started) / 1000 };
}

const clients = Number(values.clients);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
if (!values.url && !values.db) {
  console.error("give --db FILE (a server is started on it) or --url of a running server");
  process.exit(2);
}
const server = values.url ? null : await startServer(values.db ?? "", !values["no-cache"]);
const base = values.url ?? server?.url ?? "";
try {
  const stats = (await (await fetch(`${base}/api/stats`)).json()) as { documents: number; uniqueEvents: number };
  console.log(`server ${base}: ${stats.documents} documents, ${stats.uniqueEvents} events; load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  await load(base, clients, warmup, false);
  const run = await load(base, clients, seconds, true);
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const fiveXX = [...run.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(`${clients} clients, ${seconds} s, ${QUERIES.length} filtered queries in turn${values["no-cache"] ? ", server cache off" : ""}`);
  console.log(`requests ${sorted.length} (${(sorted.length / run.elapsed).toFixed(0)}/s), statuses ${JSON.stringify(Object.fromEntries(run.statuses))}, 5xx ${fiveXX}, errors ${run.errors}`);
  console.log(`latency ms: p50 ${percentile(sorted, 50).toFixed(1)}  p90 ${percentile(sorted, 90).toFixed(1)}  p99 ${percentile(sorted, 99).toFixed(1)}  max ${(sorted[sorted.length - 1] ?? Number.NaN).toFixed(1)}`);
  console.log(`bar (p99 < 50 ms, zero 5xx): ${percentile(sorted, 99) < 50 && fiveXX === 0 && run.errors === 0 ? "met" : "NOT met"}`);
} finally {
  server?.child.kill("SIGTERM");
}
