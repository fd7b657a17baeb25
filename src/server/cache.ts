/**
 * A cache of read responses, valid while the database is unchanged: dashboards and feeds repeat
 * the same filtered queries, and a hit costs a map look-up instead of a scan.
 */
import type { MiddlewareHandler } from "hono";

interface Entry {
  version: string;
  body: ArrayBuffer;
  headers: [string, string][];
}

export interface ResponseCacheOptions {
  /** Entries kept at most (least recently used go first). */
  maxEntries: number;
  /** Bodies larger than this are not kept. */
  maxBodyBytes: number;
  version(): Promise<string>;
}

const KEPT_HEADERS = ["content-type", "link", "x-next-cursor", "cache-control"];

export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const key = c.req.url.slice(c.req.url.indexOf("/", 8)) + "\u0000" + (c.req.header("accept") ?? "");
    const version = await options.version();
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Re-inserted, so the Map's order is least recently used first.
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: 200, headers: [...hit.headers, ["x-cache", "hit"]] });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > options.maxBodyBytes) return;
    const headers: [string, string][] = [];
    for (const name of KEPT_HEADERS) {
      const value = c.res.headers.get(name);
      if (value !== null) headers.push([name, value]);
    }
    entries.delete(key);
    entries.set(key, { version, body, headers });
    while (entries.size > options.maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  };
}
