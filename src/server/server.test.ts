import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../store/index.js";
import { RAID_EVENTS, RAID_TEXT, TALKS_EVENTS, TALKS_TEXT, fixtureDocument, fixtureResult } from "../store/fixtures.js";
import { ReviewStore } from "../store-review/index.js";
import { createApp } from "./app.js";
import { openApiDocument } from "./openapi.js";
import { parseDocumentsBody } from "./params.js";
import { startServer, type RunningServer } from "./serve.js";

const STRIKE_TEXT = "Arnor Rangers protested in Minas Tirith.\nMordor Army attacked Arnor Rangers.";

describe("OpenAPI document", () => {
  it("describes every route the app has, with its method", async () => {
    const review = { dataVersion: async () => "0" } as unknown as ReviewStore;
    const app = createApp({ store: {} as never, review, extract: () => { throw new Error("unused"); }, readAccess: "open", maxBodyBytes: 1024, webRoot: null, log: () => undefined });
    const paths = openApiDocument()["paths"] as Record<string, Record<string, unknown>>;
    const routes = app.routes.filter((r) => r.path.startsWith("/api/") && !r.path.endsWith("*") && r.method !== "ALL");
    assert.ok(routes.length >= 15);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      assert.ok(paths[path]?.[route.method.toLowerCase()], `${route.method} ${path} is documented`);
    }
  });
});

describe("POST /api/documents body", () => {
  it("takes published_at as a day or an ISO 8601 time, and nothing else", () => {
    for (const date of ["2031-07-02", "2031-07-02T10:00:00Z", "2031-07-02T23:30:00-05:00", "2031-07-02T10:00:00.250+02:00", null]) {
      assert.equal(parseDocumentsBody({ text: "Gondor met Arnor.", published_at: date })[0]?.published_at, date);
    }
    for (const date of ["yesterday", "July 2, 2031", "2031-7-2", "2031-02-30", "2031-07-02 10:00"]) {
      assert.throws(() => parseDocumentsBody({ text: "Gondor met Arnor.", published_at: date }), /published_at must be a date as YYYY-MM-DD or an ISO 8601 time/, date);
    }
  });
});

describe("HTTP API on a loopback port with a real SQLite database", () => {
  let dir = "";
  let server: RunningServer;
  let token = "";
  const logged: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "tacitus-api-"));
    const db = join(dir, "t.db");
    const store = await openSqliteStore(db);
    await store.addDocument(fixtureDocument("raid", RAID_TEXT, { publishedAt: "2031-05-05", title: "Raid" }), fixtureResult("raid", RAID_TEXT, RAID_EVENTS, "2031-05-05"), null);
    await store.addDocument(fixtureDocument("talks", TALKS_TEXT, { publishedAt: "2031-06-10" }), fixtureResult("talks", TALKS_TEXT, TALKS_EVENTS, "2031-06-10"), null);
    await store.close();
    const review = await ReviewStore.open(db);
    token = (await review.createToken("tester")).token;
    await review.close();
    server = await startServer({
      db, host: "127.0.0.1", port: 0, readAccess: "local", maxBodyBytes: 4096, webRoot: null,
      // Posted documents get fixture events: fast and exact.
      extract: (doc) =>
        fixtureResult(doc.id, doc.text, [
          { type: "PROTEST", trigger: "protested", actor: { name: "Arnor Rangers", country: "ARN", sector: "OPP" }, date: "2031-07-01" },
          { type: "ASSAULT", trigger: "attacked", actor: { name: "Mordor Army", country: "MDR", sector: "MIL" }, recipient: { name: "Arnor Rangers", country: "ARN", sector: "OPP" }, date: "2031-07-02" },
        ], doc.publishedAt),
      log: (line) => logged.push(line),
    });
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, init: RequestInit = {}): Promise<Response> => fetch(server.url + path, init);
  const post = (path: string, body: unknown, auth: string | null = token, type = "application/json"): Promise<Response> =>
    fetch(server.url + path, {
      method: "POST",
      headers: { "content-type": type, ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;

  it("refuses a read addressed to another host name without a token, saying why", async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(server.url + "/api/stats", { headers: { host: "evil.example" } }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      req.end();
    });
    assert.equal(status, 401);
    assert.match(body, /addressed as localhost or 127\.0\.0\.1 \(this request named host \\"evil\.example\\"/);
  });

  it("serves an OpenAPI document naming every route", async () => {
    const res = await get("/openapi.json");
    assert.equal(res.status, 200);
    const doc = await json(res);
    assert.equal(doc["openapi"], "3.1.0");
    const paths = Object.keys(doc["paths"] as object);
    for (const path of ["/api/events", "/api/events/{id}", "/api/events/{id}/review", "/api/documents", "/api/documents/{id}", "/api/actors", "/api/quotations", "/api/places", "/api/stats", "/api/changes", "/api/audit", "/api/timeline", "/api/network"]) {
      assert.ok(paths.includes(path), path);
    }
  });

  it("lists events with filters as the CLI has them", async () => {
    const all = await json(await get("/api/events"));
    assert.equal((all["events"] as unknown[]).length, 4);
    const accuse = await json(await get("/api/events?type=accuse&actor=gondor"));
    const events = accuse["events"] as { id: string; event: string }[];
    assert.deepEqual(events.map((e) => e.id), ["raid-ev2"]);
    const june = await json(await get("/api/events?since=2031-06-01&until=2031-06-30&country=arn"));
    assert.deepEqual((june["events"] as { id: string }[]).map((e) => e.id).sort(), ["talks-ev1", "talks-ev2"]);
    const place = await json(await get("/api/events?place=osgil&fields=id,event,location"));
    assert.deepEqual(Object.keys((place["events"] as object[])[0] ?? {}), ["id", "event", "location"]);
    const text = await json(await get("/api/events?text=grain"));
    assert.deepEqual((text["events"] as { doc_id: string }[]).map((e) => e.doc_id), ["talks", "talks"]);
  });

  it("pages with a cursor, in either order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page = await json(await get(`/api/events?limit=3&order=asc${cursor ? `&cursor=${cursor}` : ""}`));
      seen.push(...(page["events"] as { id: string }[]).map((e) => e.id));
      cursor = page["next_cursor"] as string | null;
      if (!cursor) break;
    }
    assert.deepEqual(seen, ["raid-ev1", "raid-ev2", "talks-ev1", "talks-ev2"]);
    const first = await json(await get("/api/events?limit=1"));
    assert.equal((first["events"] as { id: string }[])[0]?.id, "talks-ev2");
    const wrong = await get(`/api/events?limit=1&order=asc&cursor=${String(first["next_cursor"])}`);
    assert.equal(wrong.status, 400);
  });

  it("answers in CSV, JSON Lines and GeoJSON, by parameter or Accept", async () => {
    const csv = await get("/api/events?format=csv&order=asc");
    assert.match(csv.headers.get("content-type") ?? "", /text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    assert.equal(lines.length, 5);
    assert.match(lines[0] ?? "", /^id,date,event,/);
    const jsonl = await get("/api/events", { headers: { accept: "application/x-ndjson" } });
    const records = (await jsonl.text()).trim().split("\n").map((line) => JSON.parse(line) as { id: string });
    assert.equal(records.length, 4);
    const geo = (await (await get("/api/events?format=geojson")).json()) as { type: string; features: unknown[] };
    assert.equal(geo.type, "FeatureCollection");
    assert.equal(geo.features.length, 2);
    const projected = await (await get("/api/events?format=csv&fields=id,actor&type=ACCUSE")).text();
    assert.match(projected, /^id,actor\r\nraid-ev2,"\{""text"":""Gondor Council""/);
  });

  it("rejects bad parameters with a 400 naming them", async () => {
    const cases: [string, RegExp][] = [
      ["/api/events?type=BOMB", /"BOMB" is not a PLOVER type/],
      ["/api/events?since=2031-13-01", /since is not a calendar date|since must be a date/],
      ["/api/events?limit=0", /limit must be at least 1/],
      ["/api/events?country=Gondor", /country must be an ISO 3166-1 alpha-3/],
      ["/api/events?fields=id,secret", /"secret" is not an event field/],
      ["/api/events?colour=red", /unknown query field colour/],
      ["/api/events?since=2031-06-02&until=2031-06-01", /swap them/],
      ["/api/events?cursor=xyz", /bad cursor/],
      ["/api/events?type=ACCUSE&type=AID", /given 2 times/],
      ["/api/changes", /since/],
      ["/api/actors?sector=XYZ", /sector must be one of/],
    ];
    for (const [path, message] of cases) {
      const res = await get(path);
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, "BAD_ARGUMENT", path);
      assert.match(body.error.message, message, path);
    }
  });

  it("gives one event, one document with its annotations, 404 otherwise", async () => {
    const event = await json(await get("/api/events/raid-ev1"));
    assert.equal(event["event"], "ASSAULT");
    assert.equal(event["review"], null);
    const doc = await json(await get("/api/documents/raid"));
    assert.equal(doc["text"], RAID_TEXT);
    assert.equal((doc["events"] as unknown[]).length, 2);
    assert.equal((doc["quotes"] as unknown[]).length, 1);
    assert.ok((doc["entities"] as unknown[]).length >= 2);
    assert.equal((await get("/api/events/nope")).status, 404);
    const missing = await get("/api/documents/nope");
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, "NOT_FOUND");
    assert.equal((await get("/api/nothing")).status, 404);
  });

  it("lists actors, quotations, places, timeline, network and stats", async () => {
    const actors = (await json(await get("/api/actors?country=GND")))["actors"] as { name: string }[];
    assert.deepEqual(actors.map((a) => a.name), ["Gondor Council"]);
    const quotes = (await json(await get("/api/quotations?speaker=mordor")))["quotations"] as { text: string; doc_id: string }[];
    assert.deepEqual(quotes.map((q) => q.doc_id), ["raid"]);
    const places = (await json(await get("/api/places")))["places"] as { name: string; lat: number }[];
    assert.deepEqual(places.map((p) => p.name).sort(), ["Minas Tirith", "Osgiliath"]);
    const days = (await json(await get("/api/timeline")))["days"] as { day: string; event: string; quad: string }[];
    assert.ok(days.some((d) => d.day === "2031-05-05" && d.event === "ASSAULT" && d.quad === "material_conflict"));
    const edges = (await json(await get("/api/network")))["edges"] as { actor: string; recipient: string }[];
    assert.ok(edges.some((e) => e.actor === "Gondor Council" && e.recipient === "Mordor Army"));
    const stats = await json(await get("/api/stats"));
    assert.ok((stats["documents"] as number) >= 2);
    assert.deepEqual(stats["by_type"], { ACCUSE: 1, AID: 1, ASSAULT: 1, CONSULT: 1 });
  });

  it("answers repeated reads from a cache that a write elsewhere invalidates", async () => {
    const first = await get("/api/stats");
    const documents = (await json(first))["documents"] as number;
    const second = await get("/api/stats");
    assert.equal(second.headers.get("x-cache"), "hit");
    assert.equal((await json(second))["documents"], documents);
    // Another connection (as another process would) adds a document.
    const store = await openSqliteStore(join(dir, "t.db"));
    await store.addDocument(fixtureDocument("aside", "Gondor Council met Arnor Rangers."), fixtureResult("aside", "Gondor Council met Arnor Rangers.", []), null);
    await store.close();
    const third = await get("/api/stats");
    assert.equal(third.headers.get("x-cache"), null);
    assert.equal((await json(third))["documents"], documents + 1);
  });

  it("needs a valid bearer token to write", async () => {
    const none = await post("/api/documents", { text: STRIKE_TEXT }, null);
    assert.equal(none.status, 401);
    assert.match(none.headers.get("www-authenticate") ?? "", /Bearer/);
    const bad = await post("/api/documents", { text: STRIKE_TEXT }, "tct_00000000_wrong");
    assert.equal(bad.status, 401);
    const review = await post("/api/events/raid-ev1/review", { action: "accept" }, null);
    assert.equal(review.status, 401);
  });

  it("ingests posted documents through the ingest path, once", async () => {
    const res = await post("/api/documents", { documents: [{ id: "strike", text: STRIKE_TEXT, title: "Strike", published_at: "2031-07-02" }] });
    assert.equal(res.status, 201);
    const body = await json(res);
    assert.equal(body["added"], 1);
    assert.equal(body["events"], 2);
    assert.deepEqual(body["documents"], [{ id: "strike" }]);
    const again = await post("/api/documents", [{ text: STRIKE_TEXT }]);
    assert.equal(again.status, 200);
    assert.equal((await json(again))["existing"], 1);
    const events = (await json(await get("/api/events?actor=mordor&type=ASSAULT")))["events"] as { doc_id: string }[];
    assert.ok(events.some((e) => e.doc_id === "strike"));
  });

  it("validates posted bodies: fields, JSON, type and size", async () => {
    const empty = await post("/api/documents", { text: "  " });
    assert.equal(empty.status, 400);
    assert.match(((await empty.json()) as { error: { message: string } }).error.message, /0\.text must not be empty/);
    const extra = await post("/api/documents", { text: "x", colour: "red" });
    assert.match(((await extra.json()) as { error: { message: string } }).error.message, /unknown document field colour/);
    assert.equal((await post("/api/documents", "{not json")).status, 400);
    assert.equal((await post("/api/documents", "text", token, "text/plain")).status, 400);
    const yesterday = await post("/api/documents", { text: STRIKE_TEXT, published_at: "yesterday" });
    assert.equal(yesterday.status, 400);
    const error = ((await yesterday.json()) as { error: { code: string; message: string } }).error;
    assert.equal(error.code, "BAD_ARGUMENT");
    assert.match(error.message, /0\.published_at must be a date as YYYY-MM-DD or an ISO 8601 time such as 2019-03-21T12:00:00Z/);
    assert.equal((await post("/api/documents", { text: STRIKE_TEXT, published_at: "2031-02-30" })).status, 400);
    const big = await post("/api/documents", { text: "word ".repeat(2000) });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as { error: { code: string } }).error.code, "INPUT_TOO_LARGE");
  });

  it("reviews events: correct, reject, audit log, changes feed, updated_since", async () => {
    const start = new Date().toISOString();
    const badBody = await post("/api/events/talks-ev2/review", { action: "correct", changes: {} });
    assert.equal(badBody.status, 400);
    const badType = await post("/api/events/talks-ev2/review", { action: "correct", changes: { event: "GIFT" } });
    assert.match(((await badType.json()) as { error: { message: string } }).error.message, /"GIFT" is not a PLOVER type/);

    const corrected = await post("/api/events/talks-ev2/review", {
      action: "correct", note: "grain is aid but the recipient is Arnor", changes: { event: "COOPERATE", date: "2031-06-12", recipient: { name: "Arnor", country: "ARN", sector: "GOV" } },
    });
    assert.equal(corrected.status, 200);
    const result = (await corrected.json()) as { event: Record<string, unknown>; audit: { actor: string; before: { record: { event: string } } } };
    assert.equal(result.event["event"], "COOPERATE");
    assert.equal(result.event["quad"], "material_cooperation");
    assert.equal(result.event["corrected"], true);
    assert.equal(result.audit.actor, "tester");
    assert.equal(result.audit.before.record.event, "AID");

    const shown = await json(await get("/api/events/talks-ev2"));
    assert.equal(shown["date"], "2031-06-12");
    assert.equal((shown["recipient"] as { code: string }).code, "ARNGOV");
    assert.equal((shown["review"] as { status: string; reviewed_by: string }).reviewed_by, "tester");
    const inDoc = (await json(await get("/api/documents/talks")))["events"] as { id: string; event: string; corrected: boolean }[];
    assert.deepEqual(inDoc.map((e) => [e.id, e.event, e.corrected]), [["talks-ev1", "CONSULT", false], ["talks-ev2", "COOPERATE", true]]);

    const rejected = await post("/api/events/raid-ev1/review", { action: "reject" });
    assert.equal(rejected.status, 200);
    const listed = (await json(await get("/api/events")))["events"] as { id: string }[];
    assert.ok(!listed.some((e) => e.id === "raid-ev1"));
    const withRejected = (await json(await get("/api/events?include_rejected=true")))["events"] as { id: string }[];
    assert.ok(withRejected.some((e) => e.id === "raid-ev1"));
    const queue = (await json(await get("/api/events?reviewed=false")))["events"] as { id: string }[];
    assert.ok(!queue.some((e) => e.id === "talks-ev2" || e.id === "raid-ev1"));

    const audit = (await json(await get("/api/audit?event_id=talks-ev2")))["audit"] as { action: string; note: string }[];
    assert.deepEqual(audit.map((a) => a.action), ["correct"]);
    const changes = (await json(await get(`/api/changes?since=${start}`)))["changes"] as { kind: string; id: string; by: string }[];
    assert.deepEqual(changes.map((c) => [c.kind, c.id, c.by]), [["deleted", "raid-ev1", "tester"]]);
    const updated = (await json(await get(`/api/events?updated_since=${start}`)))["events"] as { id: string }[];
    assert.ok(updated.some((e) => e.id === "talks-ev2"));
    assert.ok(!updated.some((e) => e.id === "talks-ev1"));

    const csv = await (await get("/api/events?format=csv&type=COOPERATE")).text();
    assert.match(csv, /^id,[^\n]*\r\ntalks-ev2,2031-06-12,COOPERATE,[^\n]*,corrected,true\r\n$/);
    const stats = await json(await get("/api/stats"));
    assert.deepEqual(stats["by_type"], { ACCUSE: 1, ASSAULT: 1, CONSULT: 1, COOPERATE: 1, PROTEST: 1 });
    assert.deepEqual(stats["reviews"], { accepted: 0, rejected: 1, corrected: 1 });
    assert.deepEqual(logged, []);
  });
});
