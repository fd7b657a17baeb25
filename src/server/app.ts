/** The HTTP API and the dashboard's files, as one hono app over a Store and a ReviewStore. */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { DocumentResult } from "../doc/records.js";
import { TacitusError } from "../errors/index.js";
import { cleanText, contentHash, ingestPaths, type SourceDocument } from "../ingest/index.js";
import type { Store } from "../store/index.js";
import type { ReviewStore } from "../store-review/index.js";
import { checkRead, requireToken, type ReadAccess } from "./auth.js";
import { responseCache } from "./cache.js";
import { errorBody, errorResponse } from "./errors.js";
import { CONTENT_TYPES, eventView, negotiateFormat, project, renderEvents } from "./formats.js";
import { openApiDocument } from "./openapi.js";
import {
  actorsQuery, auditQuery, changesQuery, documentsQuery, eventQuery, eventsQuery, filterQuery, parseDocumentsBody, parseWith,
  quotationsQuery, reviewBody, timelineQuery, toEventFilter,
} from "./params.js";
import { serveDashboard } from "./static-files.js";

export interface ApiOptions {
  store: Store;
  review: ReviewStore;
  /** Runs the extractor on one posted document. */
  extract(doc: SourceDocument): DocumentResult | Promise<DocumentResult>;
  readAccess: ReadAccess;
  /** Largest POST body, in bytes. */
  maxBodyBytes: number;
  /** Keep read responses in memory while the database is unchanged (default true). */
  cache?: boolean;
  /** The built dashboard folder (absolute), or null to serve the API only. */
  webRoot: string | null;
  log(line: string): void;
}

const REVIEW_BODY_BYTES = 64 * 1024;

interface Cursor {
  o: "asc" | "desc";
  s: number;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string, order: "asc" | "desc"): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch (cause) {
    throw new TacitusError("BAD_ARGUMENT", "bad cursor: pass next_cursor from the previous page unchanged.", { cause });
  }
  const cursor = parsed as Partial<Cursor> | null;
  if (typeof cursor !== "object" || cursor === null || typeof cursor.s !== "number" || !Number.isInteger(cursor.s) || (cursor.o !== "asc" && cursor.o !== "desc")) {
    throw new TacitusError("BAD_ARGUMENT", "bad cursor: pass next_cursor from the previous page unchanged.");
  }
  if (cursor.o !== order) throw new TacitusError("BAD_ARGUMENT", `this cursor belongs to order=${cursor.o}; keep the order of the first page.`);
  return cursor.s;
}

function query(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new TacitusError("BAD_ARGUMENT", `bad query: ${key} is given ${values.length} times; give it once (lists are comma-separated).`);
    const value = values[0];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new TacitusError("BAD_ARGUMENT", `send the body as JSON with Content-Type: application/json (got "${type || "none"}").`);
  try {
    return await c.req.json<unknown>();
  } catch (cause) {
    throw new TacitusError("INPUT_MALFORMED", "the body is not valid JSON.", { cause });
  }
}

function sizeLimit(maxSize: number): ReturnType<typeof bodyLimit> {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody("INPUT_TOO_LARGE", `the body is larger than ${maxSize} bytes; send fewer or smaller documents per request.`), 413),
  });
}

type AppEnv = { Variables: { tokenName: string } };

export function createApp(options: ApiOptions): Hono<AppEnv> {
  const { store, review, log } = options;
  const app = new Hono<AppEnv>();

  app.onError((error, c) => errorResponse(c, error, log));

  app.use("/api/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    if (c.req.method === "GET" || c.req.method === "HEAD") await checkRead(c, review, options.readAccess);
    else c.set("tokenName", (await requireToken(c, review)).name);
    await next();
  });
  // After the access check, so a cached answer is only given to whoever may read it.
  if (options.cache !== false) app.use("/api/*", responseCache({ maxEntries: 1000, maxBodyBytes: 1 << 20, version: () => review.dataVersion() }));

  app.get("/openapi.json", (c) => c.json(openApiDocument()));

  app.get("/api/events", async (c) => {
    const q = parseWith(eventsQuery, query(c), "query");
    const format = negotiateFormat(q.format, c.req.header("accept"));
    const after = q.cursor !== undefined ? decodeCursor(q.cursor, q.order) : undefined;
    const page = await review.eventPage({
      filter: toEventFilter(q), limit: q.limit, order: q.order,
      ...(after !== undefined ? { after } : {}),
      ...(q.updated_since !== undefined ? { updatedSince: q.updated_since } : {}),
      ...(q.reviewed !== undefined ? { reviewed: q.reviewed } : {}),
      ...(q.include_rejected ? { includeRejected: true } : {}),
    });
    const last = page[page.length - 1];
    const next = page.length === q.limit && last ? encodeCursor({ o: q.order, s: last.seq }) : null;
    if (next) {
      const url = new URL(c.req.url);
      url.searchParams.set("cursor", next);
      c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
    }
    if (format === "json") return c.json({ events: page.map((e) => project(eventView(e), q.fields)), count: page.length, next_cursor: next });
    c.header("Content-Type", CONTENT_TYPES[format]);
    if (next) c.header("X-Next-Cursor", next);
    return c.body(renderEvents(page, format, q.fields));
  });

  app.get("/api/events/:id", async (c) => {
    const q = parseWith(eventQuery, query(c), "query");
    return c.json(eventView(await review.findEvent(c.req.param("id"), q.doc_id)));
  });

  app.post("/api/events/:id/review", sizeLimit(REVIEW_BODY_BYTES), async (c) => {
    const body = parseWith(reviewBody, await jsonBody(c), "review");
    const q = parseWith(eventQuery, query(c), "query");
    const { event, audit } = await review.review(c.req.param("id"), q.doc_id, body, c.get("tokenName"));
    return c.json({ event: eventView(event), audit });
  });

  app.get("/api/audit", async (c) => {
    const q = parseWith(auditQuery, query(c), "query");
    const entries = await review.auditLog({
      limit: q.limit,
      ...(q.doc_id !== undefined ? { docId: q.doc_id } : {}),
      ...(q.event_id !== undefined ? { eventId: q.event_id } : {}),
      ...(q.since !== undefined ? { since: q.since } : {}),
    });
    return c.json({ audit: entries });
  });

  app.get("/api/changes", async (c) => {
    const q = parseWith(changesQuery, query(c), "query");
    const changes = await review.changes(q.since, q.limit);
    const last = changes[changes.length - 1];
    return c.json({ changes, next_since: changes.length === q.limit && last ? last.at : null });
  });

  app.get("/api/documents", async (c) => {
    const q = parseWith(documentsQuery, query(c), "query");
    if (q.q !== undefined) return c.json({ documents: await store.searchDocuments(q.q, q.limit) });
    return c.json({ documents: await review.recentDocuments(q.limit, q.offset) });
  });

  app.get("/api/documents/:id", async (c) => {
    parseWith(eventQuery.omit({ doc_id: true }), query(c), "query");
    const id = c.req.param("id");
    const doc = await store.getDocument(id);
    if (!doc) throw new TacitusError("NOT_FOUND", `there is no document ${id}; list them with GET /api/documents.`);
    const reviews = await review.documentReviews(id);
    const events = doc.events.map((record) => {
      const reviewed = reviews.get(record.id);
      return { ...(reviewed?.record ?? record), review: reviewed?.state ?? null, corrected: reviewed?.record != null };
    });
    return c.json({ ...doc, events });
  });

  app.post("/api/documents", sizeLimit(options.maxBodyBytes), async (c) => {
    const docs = parseDocumentsBody(await jsonBody(c));
    const lines = docs.map((d) =>
      JSON.stringify({
        id: d.id ?? `api-${createHash("sha256").update(d.text).digest("hex").slice(0, 12)}`,
        text: d.text, title: d.title ?? null, url: d.url ?? null, published_at: d.published_at ?? null,
      }),
    );
    const summary = await ingestPaths(["-"], { store, extract: options.extract, stdin: Readable.from([lines.join("\n") + "\n"]) });
    if (summary.added + summary.existing === 0 && summary.problems[0]) {
      const first = summary.problems[0];
      throw new TacitusError(first.code, summary.problems.map((p) => p.message).join(" "));
    }
    const ids = await store.findByHash(docs.map((d) => contentHash(cleanText(d.text))));
    const documents = docs.map((d) => ({ id: ids.get(contentHash(cleanText(d.text))) ?? null }));
    return c.json(
      {
        added: summary.added, existing: summary.existing, grouped: summary.grouped, skipped: summary.skipped, events: summary.events,
        problems: summary.problems, documents,
      },
      summary.added > 0 ? 201 : 200,
    );
  });

  app.get("/api/actors", async (c) => {
    const q = parseWith(actorsQuery, query(c), "query");
    return c.json({
      actors: await review.actors({
        limit: q.limit,
        ...(q.country !== undefined ? { country: q.country } : {}),
        ...(q.sector !== undefined ? { sector: q.sector } : {}),
        ...(q.name !== undefined ? { name: q.name } : {}),
      }),
    });
  });

  app.get("/api/quotations", async (c) => {
    const q = parseWith(quotationsQuery, query(c), "query");
    return c.json({
      quotations: await review.quotations({
        limit: q.limit, offset: q.offset,
        ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
        ...(q.doc_id !== undefined ? { docId: q.doc_id } : {}),
        ...(q.text !== undefined ? { text: q.text } : {}),
      }),
    });
  });

  app.get("/api/places", async (c) => {
    const q = parseWith(filterQuery, query(c), "query");
    return c.json({ places: await review.places(toEventFilter(q), q.limit) });
  });

  app.get("/api/timeline", async (c) => {
    const q = parseWith(timelineQuery, query(c), "query");
    return c.json({ days: await review.timeline(toEventFilter(q)) });
  });

  app.get("/api/network", async (c) => {
    const q = parseWith(filterQuery, query(c), "query");
    return c.json({ edges: await review.network(toEventFilter(q), q.limit) });
  });

  app.get("/api/stats", async (c) => {
    parseWith(eventQuery.omit({ doc_id: true }), query(c), "query");
    const [stats, byType, reviews, schema] = await Promise.all([store.stats(), review.typeCounts(), review.reviewCounts(), store.schemaVersion()]);
    return c.json({ ...stats, by_type: byType, reviews, schema_version: schema, dialect: store.dialect });
  });

  app.all("/api/*", (c) => c.json(errorBody("NOT_FOUND", `no route ${c.req.method} ${c.req.path}; see /openapi.json.`), 404));

  app.get("*", (c) => serveDashboard(c, options.webRoot));
  return app;
}
