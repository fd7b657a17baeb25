// A worker thread running the extractor; see extract-pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../extract.js";
import type { DocumentInit } from "../doc/document.js";

interface Job {
  id: number;
  init: DocumentInit;
}

const port = parentPort;
if (!port) throw new Error("extract-worker must run as a worker thread");
const options = (workerData ?? {}) as { actorFiles?: string[] };
const extractor = createExtractor({ actorFiles: options.actorFiles ?? [] });
port.on("message", (job: Job) => {
  try {
    port.postMessage({ id: job.id, result: extractor.extract(job.init) });
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
