import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../main.js";
import { describeEvent, type GoldDocReport } from "../../eval/report.js";
import { packageRoot } from "../../paths.js";
import { fixtureDocument, fixtureResult } from "../../store/fixtures.js";
import { openSqliteStore } from "../../store/index.js";
import { ReviewStore } from "../../store-review/index.js";
import { captureIo } from "../../../test/helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "tacitus-eval-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const ARNOR_TEXT = "Gondor police arrested the ranger Halbarad Dunadan in Minas Tirith on Monday, his lawyer said.\n";
writeFileSync(join(dir, "arnor.txt"), ARNOR_TEXT);
const goldPath = join(dir, "arnor.expected.json");
writeFileSync(goldPath, JSON.stringify({
  doc: "arnor.txt",
  published_at: "2019-03-21",
  quotes: [],
  events: [{ core: true, in: "Gondor police arrested", event: "COERCE", actor: { name: "Gondor police", country: null, sector: "COP" }, recipient: { name: "Halbarad Dunadan", country: null, sector: null } }],
}));
const gsrPath = join(dir, "gsr.txt");
writeFileSync(gsrPath, JSON.stringify([
  { id: "T-DOCUMENT-0001", event: "DOCUMENT", eventText: "doc" },
  { id: "T-DEMAND-0001", date: "2019-03-21", event: "DEMAND", eventText: "demanded", text: "Arnor demanded the release of the ranger.", source: [{ actorText: "Arnor", code: "ARN" }], target: "" },
], null, 1));

test("eval scores a document gold file found by its doc name", async () => {
  const c = captureIo();
  const code = await main(["eval", goldPath], c.io);
  assert.equal(code, 0, c.err());
  assert.match(c.out(), /^full match\s+[\d.]+\s+[\d.]+\s+[\d.]+/m);
  assert.match(c.out(), /^type\+sentence/m);
  assert.match(c.out(), /^Quotations: 0\/0/m);
});

test("eval --format json reports both kinds, the GSR detected by content", async () => {
  const c = captureIo();
  const code = await main(["eval", goldPath, gsrPath, "--format", "json"], c.io);
  assert.equal(code, 0, c.err());
  const reports = JSON.parse(c.out()) as { kind: string; records?: number; typeAccuracy?: number; full?: { f1: number } }[];
  assert.deepEqual(reports.map((r) => r.kind), ["document", "plover-gsr"]);
  assert.equal(reports[1]?.records, 1);
  assert.equal(typeof reports[1]?.typeAccuracy, "number");
  assert.equal(typeof reports[0]?.full?.f1, "number");
});

test("the founding example's gold finds its text in the bundled examples folder", async () => {
  const c = captureIo();
  assert.equal(await main(["eval", join(packageRoot(), "test", "fixtures", "venezuela-sebin-arrests.expected.json")], c.io), 0, c.err());
  assert.match(c.out(), /full match .* 10\/10 core gold/);
});

test("a malformed gold file is INPUT_MALFORMED with the file; a missing text says so", async () => {
  const bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify({ doc: "arnor.txt", events: [{ core: true, event: "COERCE" }] }));
  const c = captureIo();
  assert.equal(await main(["eval", bad], c.io), 1);
  assert.match(c.err(), /bad\.json: events\[0\] needs "event" and "in"/);
  const lost = join(dir, "lost.json");
  writeFileSync(lost, JSON.stringify({ doc: "nowhere.txt", events: [] }));
  const d = captureIo();
  assert.equal(await main(["eval", lost], d.io), 1);
  assert.match(d.err(), /nowhere\.txt: no such text file/);
  const e = captureIo();
  assert.equal(await main(["eval", lost, "--text", join(dir, "arnor.txt"), "--format", "xml"], e.io), 2);
});

async function evalJson(...args: string[]): Promise<GoldDocReport> {
  const c = captureIo();
  const code = await main(["eval", ...args, "--format", "json"], c.io);
  assert.equal(code, 0, c.err());
  return JSON.parse(c.out()) as GoldDocReport;
}

test("eval --db scores the stored founding example with a reviewer's rejection applied", async () => {
  const db = join(dir, "founding.db");
  const example = join(packageRoot(), "examples", "venezuela-sebin-arrests.txt");
  const gold = join(packageRoot(), "test", "fixtures", "venezuela-sebin-arrests.expected.json");
  const ingest = captureIo();
  assert.equal(await main(["ingest", example, "--db", db, "--date", "2019-03-21"], ingest.io), 0, ingest.err());

  const extracted = await evalJson(gold, "--text", example);
  assert.equal(extracted.stored, undefined);
  const before = await evalJson(gold, "--text", example, "--db", db);
  assert.deepEqual(before.stored, { doc_id: "venezuela-sebin-arrests.txt", matched_by: "content", events: extracted.predicted, reviewed: { accepted: 0, corrected: 0, rejected: 0 } });
  assert.deepEqual([before.predicted, before.unmatched], [extracted.predicted, extracted.unmatched]);
  assert.ok(before.unmatched.length > 0, "the founding example has an unmatched prediction to reject");

  const reviews = await ReviewStore.open(db);
  try {
    const store = await openSqliteStore(db);
    const doc = await store.getDocument("venezuela-sebin-arrests.txt");
    await store.close();
    const wrong = doc?.events.find((e) => describeEvent(e) === before.unmatched[0]);
    assert.ok(wrong, "the unmatched prediction is stored");
    await reviews.review(wrong.id, wrong.doc_id, { action: "reject", note: "not an assault" }, "ann");
  } finally {
    await reviews.close();
  }

  const afterReview = await evalJson(gold, "--text", example, "--db", db);
  assert.deepEqual(afterReview.stored?.reviewed, { accepted: 0, corrected: 0, rejected: 1 });
  assert.equal(afterReview.unmatched.length, before.unmatched.length - 1);
  assert.equal(afterReview.predicted, before.predicted - 1);
  assert.ok(afterReview.full.precision > before.full.precision);
  assert.equal(afterReview.coreMatched, before.coreMatched);

  const table = captureIo();
  assert.equal(await main(["eval", gold, "--text", example, "--db", db], table.io), 0, table.err());
  assert.match(table.out(), /^Scored the stored document venezuela-sebin-arrests\.txt \(matched by content; \d+ events\): 1 reviewed \(0 accepted, 0 corrected, 1 rejected and left out\)\.$/m);
});

test("eval --db finds a stored document by its doc name and scores a correction", async () => {
  const db = join(dir, "arnor.db");
  const store = await openSqliteStore(db);
  const police = { name: "Gondor police", country: null, sector: "COP" as const };
  const ranger = { name: "Halbarad Dunadan", country: null, sector: null };
  // The fixture's hash is not the ingest's, so only the id matches.
  await store.addDocument(fixtureDocument("arnor.txt", ARNOR_TEXT), fixtureResult("arnor.txt", ARNOR_TEXT, [{ type: "ASSAULT", trigger: "arrested", actor: police, recipient: ranger }]), null);
  await store.close();

  const before = await evalJson(goldPath, "--db", db);
  assert.equal(before.stored?.matched_by, "id");
  assert.deepEqual([before.coreMatched, before.unmatched.length], [0, 1]);

  const reviews = await ReviewStore.open(db);
  try {
    await reviews.review("arnor.txt-ev1", "arnor.txt", { action: "correct", changes: { event: "COERCE" } }, "bob");
  } finally {
    await reviews.close();
  }
  const corrected = await evalJson(goldPath, "--db", db);
  assert.deepEqual(corrected.stored?.reviewed, { accepted: 0, corrected: 1, rejected: 0 });
  assert.deepEqual([corrected.coreMatched, corrected.unmatched.length, corrected.full.f1], [1, 0, 1]);

  const empty = join(dir, "empty.db");
  await (await openSqliteStore(empty)).close();
  const missing = await evalJson(goldPath, "--db", empty);
  assert.equal(missing.stored, null);
});
