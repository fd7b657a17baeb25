/** The review tables and queries on both dialects: SQLite always, PostgreSQL when TACITUS_TEST_PG_URL is set. */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { TacitusError } from "../errors/index.js";
import { MIGRATIONS } from "../store/migrations/index.js";
import { openPostgresStore, openSqliteStore, REVIEW_SCHEMA_VERSION, type Store } from "../store/index.js";
import { RAID_EVENTS, RAID_TEXT, TALKS_EVENTS, TALKS_TEXT, fixtureDocument, fixtureResult } from "../store/fixtures.js";
import { ReviewStore } from "./review-store.js";

const pgUrl = process.env["TACITUS_TEST_PG_URL"];
const dir = mkdtempSync(join(tmpdir(), "tacitus-review-"));
const schema = `tacitus_review_${randomBytes(4).toString("hex")}`;

after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!pgUrl) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

async function fill(store: Store): Promise<void> {
  await store.addDocument(fixtureDocument("raid", RAID_TEXT, { publishedAt: "2031-05-05" }), fixtureResult("raid", RAID_TEXT, RAID_EVENTS, "2031-05-05"), null);
  await store.addDocument(fixtureDocument("talks", TALKS_TEXT), fixtureResult("talks", TALKS_TEXT, TALKS_EVENTS), null);
  const copy = RAID_TEXT.replace("Monday", "Monday morning");
  await store.addDocument(fixtureDocument("raid-copy", copy), fixtureResult("raid-copy", copy, RAID_EVENTS), { docId: "raid", similarity: 0.9, method: "minhash", reason: "test" });
}

function suite(name: string, open: () => Promise<{ store: Store; review: ReviewStore }>, skip: string | false): void {
  describe(`review store (${name})`, { skip }, () => {
    it("pages events, reviews them with an audit log, and reports changes", async () => {
      const { store, review } = await open();
      try {
        await fill(store);
        const start = new Date(Date.now() - 1000).toISOString();
        const page1 = await review.eventPage({ filter: {}, limit: 3, order: "asc" });
        assert.deepEqual(page1.map((e) => e.record.id), ["raid-ev1", "raid-ev2", "talks-ev1"]);
        const page2 = await review.eventPage({ filter: {}, limit: 3, order: "asc", after: page1[2]?.seq ?? 0 });
        assert.deepEqual(page2.map((e) => e.record.id), ["talks-ev2"]);

        const { event, audit } = await review.review("talks-ev2", undefined, { action: "correct", changes: { event: "COOPERATE", place: { name: "Bree", country: "ARN", lat: 50, lon: 10 } } }, "ann");
        assert.equal(event.record.event, "COOPERATE");
        assert.equal(event.corrected, true);
        assert.equal(audit.actor, "ann");
        // Filters and aggregates see the correction.
        const coop = await review.eventPage({ filter: { types: ["COOPERATE"] }, limit: 10, order: "desc" });
        assert.deepEqual(coop.map((e) => e.record.id), ["talks-ev2"]);
        assert.deepEqual((await review.eventPage({ filter: { place: "bree" }, limit: 10, order: "desc" })).map((e) => e.record.id), ["talks-ev2"]);
        assert.equal((await review.typeCounts())["COOPERATE"], 1);
        assert.ok((await review.places({}, 10)).some((p) => p.name === "Bree" && p.lat === 50));

        await review.review("raid-ev1", "raid", { action: "reject", note: "not an assault" }, "ann");
        // Actor counts leave the rejected assault out and keep the store's actor ids.
        const [mordor] = await review.actors({ sector: "MIL" });
        assert.deepEqual([mordor?.name, mordor?.as_actor, mordor?.as_recipient], ["Mordor Army", 0, 1]);
        assert.equal(mordor?.id, (await store.actors({ name: "mordor" }))[0]?.id);
        await review.review("raid-ev1", "raid", { action: "accept" }, "bob");
        const changes = await review.changes(start, 10);
        assert.deepEqual(changes.map((c) => [c.kind, c.id]).sort(), [["deleted", "raid-ev1"], ["merged", "raid-copy-ev1"], ["merged", "raid-copy-ev2"], ["restored", "raid-ev1"]]);
        assert.ok(changes.filter((c) => c.kind === "merged").every((c) => c.doc_id === "raid-copy" && c.merged_into?.doc_id === "raid"));
        const log = await review.auditLog({ eventId: "raid-ev1", limit: 10 });
        assert.deepEqual(log.map((a) => [a.action, a.actor]), [["accept", "bob"], ["reject", "ann"]]);
        assert.equal(await review.findEvent("raid-ev1", "raid").then((e) => e.review?.status), "accepted");
        await assert.rejects(review.findEvent("nope"), /there is no event nope/);

        const quotes = await review.quotations({ limit: 10, offset: 0, speaker: "mordor" });
        assert.ok(quotes.length >= 1);
        assert.ok((await review.timeline({})).some((d) => d.event === "ASSAULT"));
        assert.ok((await review.network({}, 10)).some((e) => e.actor === "Gondor Council" && e.recipient === "Mordor Army"));

        const { token } = await review.createToken("ci");
        assert.equal((await review.verifyToken(token))?.name, "ci");
        assert.equal(await review.verifyToken(token + "x"), null);
      } finally {
        await review.close();
        await store.close();
      }
    });
  });
}

suite("sqlite", async () => {
  const path = join(dir, "r.db");
  const store = await openSqliteStore(path);
  return { store, review: await ReviewStore.open(path) };
}, false);

suite("postgres", async () => {
  const store = await openPostgresStore(pgUrl ?? "", { schema });
  return { store, review: await ReviewStore.open(pgUrl ?? "", { schema }) };
}, pgUrl ? false : "TACITUS_TEST_PG_URL is not set; run: eval \"$(bash .ci/start-postgres.sh)\"");

describe("review tables in the store's migrations", () => {
  it("migrates a version-3 database whose review tables were made beside the migrations, keeping their rows", async () => {
    const path = join(dir, "v3.db");
    const old = new Database(path);
    old.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    for (const migration of MIGRATIONS.slice(0, 3)) {
      for (const sql of migration.sqlite) old.exec(sql);
      old.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(migration.version, migration.name, "2026-01-01T00:00:00Z");
    }
    // What Tacitus 0.1.0 ran when the review store opened.
    for (const sql of MIGRATIONS[3]?.sqlite ?? []) old.exec(sql);
    old.prepare("INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES ('t1', 'old', 'h', '2026-01-01')").run();

    await assert.rejects(ReviewStore.open(path), (error: unknown) => error instanceof TacitusError && error.code === "STORE" && /schema version 3/.test(error.message));
    old.close();

    const store = await openSqliteStore(path);
    const review = await ReviewStore.open(path);
    try {
      assert.equal(await store.schemaVersion(), REVIEW_SCHEMA_VERSION);
      assert.deepEqual((await review.listTokens()).map((t) => t.name), ["old"]);
    } finally {
      await review.close();
      await store.close();
    }
  });
});
