import { it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExtractor } from "../extract.js";
import { packageRoot } from "../paths.js";
import { createExtractPool } from "./extract-pool.js";

it("extracts on worker threads exactly as in this thread", async () => {
  const text = readFileSync(join(packageRoot(), "examples", "venezuela-sebin-arrests.txt"), "utf8");
  const init = { id: "seed", text, title: null, publishedAt: "2019-03-21" };
  const pool = createExtractPool(2);
  try {
    const [a, b] = await Promise.all([pool.extract(init), pool.extract({ ...init, id: "seed-2" })]);
    assert.deepEqual(a, createExtractor().extract(init));
    assert.equal(b?.doc_id, "seed-2");
  } finally {
    await pool.close();
  }
});
