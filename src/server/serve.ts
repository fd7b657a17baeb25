/** Starts the API on a port: opens the store and the review tables, listens, and closes both on stop. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { DocumentResult } from "../doc/records.js";
import { TacitusError } from "../errors/index.js";
import type { SourceDocument } from "../ingest/index.js";
import { openStore } from "../store/index.js";
import { ReviewStore } from "../store-review/index.js";
import { createApp } from "./app.js";
import type { ReadAccess } from "./auth.js";

export interface ServeOptions {
  db: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  readAccess: ReadAccess;
  maxBodyBytes: number;
  cache?: boolean;
  webRoot: string | null;
  extract(doc: SourceDocument): DocumentResult | Promise<DocumentResult>;
  log(line: string): void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.db);
  let review: ReviewStore;
  try {
    review = await ReviewStore.open(options.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({ store, review, ...options });
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
      s.once("error", (cause: NodeJS.ErrnoException) => {
        const why = cause.code === "EADDRINUSE" ? `port ${options.port} is in use; pick another with --port` : cause.message;
        reject(new TacitusError("BAD_ARGUMENT", `cannot listen on ${options.host}:${options.port}: ${why}.`, { cause }));
      });
    });
  } catch (error) {
    await review.close();
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await review.close();
      await store.close();
    },
  };
}
