import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../main.js";
import { captureIo } from "../../../test/helpers/cli.js";

const actors = fileURLToPath(new URL("../../../test/fixtures/fictional-actors.tsv", import.meta.url));

for (const jobs of ["1", "2"]) {
  test(`ingest --actors codes with the user's dictionary (--jobs ${jobs})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "tacitus-actors-"));
    const file = join(dir, "gis.txt");
    writeFileSync(file, "On monday, the Gondor Intelligence Service detained a courier in Minas Tirith.");
    const db = join(dir, "t.db");
    const ingest = captureIo();
    assert.equal(await main(["ingest", file, "--db", db, "--date", "2024-05-08", "--jobs", jobs, "--actors", actors], ingest.io), 0, ingest.err());
    const events = captureIo();
    assert.equal(await main(["events", "--db", db, "--format", "jsonl"], events.io), 0, events.err());
    const codes = events.out().trim().split("\n").map((line) => (JSON.parse(line) as { actor: { code: string } | null }).actor?.code);
    assert.ok(codes.includes("GONSPY"), events.out());
  });
}
