import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../main.js";
import { captureIo } from "../../../test/helpers/cli.js";


const dir = mkdtempSync(join(tmpdir(), "tacitus-eval-"));
writeFileSync(join(dir, "arnor.txt"), "Gondor police arrested the ranger Halbarad Dunadan in Minas Tirith on Monday, his lawyer said.\n");
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
