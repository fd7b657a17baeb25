import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { main } from "../main.js";
import type { CliIo } from "../io.js";
import { openSqliteStore } from "../../store/index.js";
import { ReviewStore } from "../../store-review/index.js";
import { parseSize } from "./serve.js";

const dir = mkdtempSync(join(tmpdir(), "tacitus-token-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([]), stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe("tacitus token", () => {
  it("creates a token shown once and stored hashed, lists and revokes it", async () => {
    const db = join(dir, "t.db");
    await (await openSqliteStore(db)).close();
    const created = await cli(["token", "create", "alice", "--db", db]);
    assert.equal(created.code, 0, created.err);
    const token = created.out.trim();
    assert.match(token, /^tct_[0-9a-f]{8}_[\w-]{32}$/);
    const review = await ReviewStore.open(db);
    try {
      assert.equal((await review.verifyToken(token))?.name, "alice");
      const listed = await cli(["token", "list", "--db", db]);
      assert.match(listed.out, /alice/);
      assert.ok(!listed.out.includes(token.slice(14)), "the secret is never listed");
      const id = token.slice(4, 12);
      assert.equal((await cli(["token", "revoke", id, "--db", db])).code, 0);
      assert.equal(await review.verifyToken(token), null);
    } finally {
      await review.close();
    }
  });

  it("refuses bad names and a missing database", async () => {
    const db = join(dir, "t2.db");
    await (await openSqliteStore(db)).close();
    const bad = await cli(["token", "create", "two words", "--db", db]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /token name/);
    const missing = await cli(["token", "create", "bob", "--db", join(dir, "none.db")]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no database/);
  });
});

describe("tacitus serve options", () => {
  it("reads sizes and refuses bad ports and modes before opening anything", async () => {
    assert.equal(parseSize("10mb"), 10 * 1024 * 1024);
    assert.equal(parseSize("512kb"), 512 * 1024);
    assert.throws(() => parseSize("lots"), /--max-body/);
    const db = join(dir, "s.db");
    await (await openSqliteStore(db)).close();
    const mode = await cli(["serve", "--db", db, "--read-access", "everyone"]);
    assert.equal(mode.code, 2);
    assert.match(mode.err, /--read-access must be one of local, open, token/);
    const port = await cli(["serve", "--db", db, "--port", "99999"]);
    assert.equal(port.code, 2);
    assert.match(port.err, /--port/);
  });
});
