/** Extraction on worker threads, so ingest uses every core while the main thread writes. */
import { Worker } from "node:worker_threads";
import type { DocumentInit } from "../doc/document.js";
import type { DocumentResult } from "../doc/records.js";
import { TacitusError } from "../errors/index.js";

interface Reply {
  id: number;
  result?: DocumentResult;
  error?: string;
}

interface Waiting {
  resolve(result: DocumentResult): void;
  reject(error: Error): void;
}

export interface ExtractPool {
  extract(init: DocumentInit): Promise<DocumentResult>;
  close(): Promise<void>;
}

/**
 * A worker running extract-worker beside this module. Built, that is plain JavaScript; from
 * source (tsx), the worker first registers tsx's loader, which workers do not inherit.
 */
function startWorker(options: ExtractPoolOptions): Worker {
  const workerData = { actorFiles: [...(options.actorFiles ?? [])] };
  if (!import.meta.url.endsWith(".ts")) {
    // The test runner's flags must not reach the workers.
    return new Worker(new URL("./extract-worker.js", import.meta.url), { workerData, execArgv: process.execArgv.filter((arg) => !arg.startsWith("--test")) });
  }
  const api = import.meta.resolve("tsx/esm/api");
  const script = new URL("./extract-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(boot, { eval: true, workerData, execArgv: [] });
}

export interface ExtractPoolOptions {
  /** The user's own actor dictionary files, as `tacitus ingest --actors` gives them. */
  actorFiles?: readonly string[];
}

/** Starts `size` workers; each loads the language data once. Jobs go to the least busy worker. */
export function createExtractPool(size: number, options: ExtractPoolOptions = {}): ExtractPool {
  const waiting = new Map<number, Waiting>();
  const load = new Map<Worker, number>();
  const owner = new Map<number, Worker>();
  let nextId = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: size }, () => {
    const worker = startWorker(options);
    load.set(worker, 0);
    worker.on("message", (reply: Reply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      owner.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (reply.result) job.resolve(reply.result);
      else job.reject(new Error(reply.error ?? "the extractor failed"));
    });
    worker.on("error", (error) => {
      failure = new TacitusError("WORKER", `an extraction worker stopped (${error.message}); run with --jobs 1 to see the error in place.`, { cause: error });
      for (const [id, job] of waiting) {
        if (owner.get(id) !== worker) continue;
        waiting.delete(id);
        job.reject(failure);
      }
      load.delete(worker);
    });
    return worker;
  });
  return {
    extract(init) {
      let best: Worker | null = null;
      for (const [worker, jobs] of load) if (best === null || jobs < (load.get(best) ?? 0)) best = worker;
      if (!best) return Promise.reject(failure ?? new TacitusError("WORKER", "no extraction worker is running; run with --jobs 1."));
      const id = nextId++;
      const worker = best;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      owner.set(id, worker);
      return new Promise<DocumentResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, init });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
