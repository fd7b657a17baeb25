import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runStoreContract } from "../contract.js";
import { openSqliteStore } from "./sqlite-store.js";
import { RAID_EVENTS, RAID_TEXT, fixtureDocument, fixtureResult } from "../fixtures.js";
import { isTacitusError } from "../../errors/index.js";

runStoreContract("sqlite", () => openSqliteStore(":memory:"));

describe("sqlite store files", () => {
  it("keeps documents across reopening, migrating only once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tacitus-sqlite-"));
    try {
      const path = join(dir, "t.db");
      const first = await openSqliteStore(path);
      await first.addDocument(fixtureDocument("raid", RAID_TEXT), fixtureResult("raid", RAID_TEXT, RAID_EVENTS), null);
      await first.close();
      const second = await openSqliteStore(path);
      assert.equal((await second.stats()).documents, 1);
      assert.equal((await second.events({})).length, 2);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says so when the file is not a database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tacitus-sqlite-"));
    try {
      const path = join(dir, "notes.txt");
      writeFileSync(path, "these are not the tables you are looking for\n".repeat(200));
      await assert.rejects(openSqliteStore(path), (error) => isTacitusError(error) && error.code === "STORE" && /not a Tacitus database/.test(error.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
