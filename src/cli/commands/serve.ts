import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import { packageRoot } from "../../paths.js";
import { READ_ACCESS, startServer } from "../../server/index.js";
import { isPostgresUrl, redactUrl } from "../../store/index.js";
import { createExtractPool, type ExtractPool } from "../extract-pool.js";
import { checkChoice } from "../event-options.js";
import type { CliIo } from "../io.js";
import { addDbOption, dbLocation } from "../store-option.js";

interface ServeCommandOptions {
  db?: string;
  port: string;
  host: string;
  readAccess: string;
  maxBody: string;
  cache: boolean;
  web?: string;
}

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TacitusError("BAD_ARGUMENT", `--port must be a whole number from 0 to 65535, not "${value}".`);
  return port;
}

/** "10mb", "512kb" or a number of bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(value.trim());
  if (!match?.[1]) throw new TacitusError("BAD_ARGUMENT", `--max-body takes a size such as 10mb, 512kb or 100000, not "${value}".`);
  const unit = (match[2] ?? "b").toLowerCase();
  const bytes = Number(match[1]) * (unit === "mb" ? 1024 * 1024 : unit === "kb" ? 1024 : 1);
  if (bytes < 1024) throw new TacitusError("BAD_ARGUMENT", `--max-body must be at least 1kb, not "${value}".`);
  return bytes;
}

export function registerServe(program: Command, io: CliIo, state: { exitCode: number }): void {
  addDbOption(program.command("serve").description("Serve the HTTP API (/openapi.json) and the dashboard."))
    .option("--port <N>", "port to listen on (0: any free port)", "8080")
    .option("--host <address>", "address to listen on; 0.0.0.0 opens it to the network", "127.0.0.1")
    .option("--read-access <mode>", `who may read without a token: ${READ_ACCESS.join(" | ")} (local: loopback clients only)`, "local")
    .option("--max-body <size>", "largest POST body, e.g. 10mb", "10mb")
    .option("--no-cache", "do not keep read responses in memory (e.g. to measure queries)")
    .option("--web <dir>", "built dashboard folder (default: web/dist in the package)")
    .action(async (options: ServeCommandOptions) => {
      const location = dbLocation(options.db);
      if (!isPostgresUrl(location) && !existsSync(location)) {
        throw new TacitusError("NOT_FOUND", `there is no database at ${location}; ingest some news first (tacitus ingest PATH) or give --db.`);
      }
      const readAccess = checkChoice("--read-access", options.readAccess, READ_ACCESS);
      const webRoot = resolve(options.web ?? join(packageRoot(), "web", "dist"));
      // One extraction worker, started on the first POST: extraction never blocks reads.
      const pool: { current: ExtractPool | null } = { current: null };
      const server = await startServer({
        db: location,
        host: options.host,
        port: parsePort(options.port),
        readAccess,
        maxBodyBytes: parseSize(options.maxBody ?? String(DEFAULT_MAX_BODY)),
        cache: options.cache,
        webRoot: existsSync(webRoot) ? webRoot : null,
        extract: (doc) => {
          pool.current ??= createExtractPool(1);
          return pool.current.extract({ id: doc.id, text: doc.text, title: doc.title, publishedAt: doc.publishedAt });
        },
        log: (line) => io.err(`tacitus serve: ${line}\n`),
      });
      io.out(`Serving ${isPostgresUrl(location) ? redactUrl(location) : location} at ${server.url}/ (API: ${server.url}/openapi.json; reads: ${readAccess}${existsSync(webRoot) ? "" : "; dashboard not built"}). Ctrl-C stops.\n`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          done();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await server.close();
      await pool.current?.close();
      state.exitCode = 0;
    });
}
