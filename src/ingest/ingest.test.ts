import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { DocumentResult } from "../doc/records.js";
import { GONDOR_GOV, MORDOR_MIL, fixtureResult } from "../store/fixtures.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { ingestPaths, type IngestOptions } from "./ingest.js";
import type { SourceDocument } from "./readers/index.js";

const dir = mkdtempSync(join(tmpdir(), "tacitus-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in extractor: one sentence per line, an ASSAULT wherever "raided" occurs. */
function fakeExtract(doc: SourceDocument): DocumentResult {
  const events = doc.text.includes("raided") ? [{ type: "ASSAULT" as const, trigger: "raided", actor: MORDOR_MIL, recipient: GONDOR_GOV }] : [];
  return fixtureResult(doc.id, doc.text, events, doc.publishedAt);
}

function options(store: Store, extra: Partial<IngestOptions> = {}): IngestOptions {
  return { store, extract: fakeExtract, stdin: Readable.from([]), ...extra };
}

const STORY =
  "Mordor Army raided villages near Osgiliath on Monday, officials said.\nGondor Council condemned the raid and called " +
  "on its allies in Arnor to send help.\nResidents described hours of fighting and said many families had fled across " +
  "the river before dawn.\nThe council said it would meet again on Wednesday to decide on further steps.";

function corpus(name: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, "nested"), { recursive: true });
  mkdirSync(join(root, ".hidden"), { recursive: true });
  writeFileSync(join(root, "a.txt"), "Raid near Osgiliath\n\n" + STORY);
  writeFileSync(join(root, "b.html"), `<html><head><meta property="og:title" content="Talks"></head><body><article><p>${"Arnor Rangers met Gondor Council in Minas Tirith. ".repeat(8)}</p></article></body></html>`);
  writeFileSync(join(root, "c.jsonl"), ['{"id":"j1","text":"Gondor Council agreed to send grain."}', "{broken", '{"id":"j2","text":"Arnor Rangers thanked Gondor Council."}'].join("\n"));
  writeFileSync(join(root, "d.rss"), `<rss><channel><item><guid>f1</guid><title>Feed</title><description>Mordor Army raided a fort.</description></item></channel></rss>`);
  writeFileSync(join(root, "e.bin"), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
  writeFileSync(join(root, "f.txt"), "   \n");
  writeFileSync(join(root, "g.txt"), Buffer.from("Caf\xe9 in Gondor", "latin1"));
  writeFileSync(join(root, "h.xml"), "<rss><channel><item>");
  writeFileSync(join(root, "huge.txt"), "Gondor met Arnor. ".repeat(300_000));
  writeFileSync(join(root, "nested", "i.md"), "Gondor Council met again.");
  writeFileSync(join(root, ".hidden", "x.txt"), "never read");
  return root;
}

describe("ingest", () => {
  it("reads every format in a folder, reports and skips bad files, and is idempotent", async () => {
    const root = corpus("mixed");
    const store = await openSqliteStore(":memory:");
    const problems: string[] = [];
    const first = await ingestPaths([root, join(dir, "missing.txt")], options(store, { onProblem: (p) => problems.push(`${p.code} ${p.source}`) }));
    assert.equal(first.added, 6);
    assert.equal(first.events, 2);
    assert.equal(first.files, 10);
    assert.deepEqual(first.fileKinds, { ".bin": 1, ".html": 1, ".jsonl": 1, ".md": 1, ".rss": 1, ".txt": 4, ".xml": 1 });
    assert.deepEqual(problems.sort(), [
      `INPUT_BINARY ${join(root, "e.bin")}`,
      `INPUT_EMPTY ${join(root, "f.txt")}`,
      `INPUT_ENCODING ${join(root, "g.txt")}`,
      `INPUT_MALFORMED ${join(root, "c.jsonl")}`,
      `INPUT_MALFORMED ${join(root, "h.xml")}`,
      `INPUT_MISSING ${join(dir, "missing.txt")}`,
      `INPUT_TOO_LARGE ${join(root, "huge.txt")}`,
    ]);
    assert.equal(first.skipped, 7);
    for (const id of ["f1", "j1", "j2", "mixed/a.txt", "mixed/b.html", "mixed/nested/i.md"]) assert.ok(await store.getDocument(id), id);
    const a = await store.getDocument("mixed/a.txt");
    assert.equal(a?.title, "Raid near Osgiliath");
    assert.equal(a?.language, "en");
    assert.equal(a?.source, join(root, "a.txt"));
    assert.equal((await store.getDocument("mixed/b.html"))?.title, "Talks");

    const again = await ingestPaths([root], options(store, { extract: () => assert.fail("nothing new to extract") }));
    assert.deepEqual([again.added, again.existing, again.documents], [0, 6, 6]);
    assert.equal((await store.stats()).documents, 6);
    await store.close();
  });

  it("stores the same text once even from two files in one run", async () => {
    const root = join(dir, "twice");
    mkdirSync(root);
    writeFileSync(join(root, "one.txt"), STORY);
    writeFileSync(join(root, "two.txt"), STORY.replace(/\n/g, "\n\n"));
    const store = await openSqliteStore(":memory:");
    const summary = await ingestPaths([root], options(store));
    assert.deepEqual([summary.added, summary.existing], [1, 1]);
    await store.close();
  });

  it("groups a lightly edited copy with the first report, with the reason, unless told not to", async () => {
    const root = join(dir, "dups");
    mkdirSync(root);
    writeFileSync(join(root, "1-wire.txt"), STORY);
    writeFileSync(join(root, "2-copy.txt"), STORY.replace("on Monday", "on Monday morning") + "\nMore follows.");
    writeFileSync(join(root, "3-other.txt"), "Arnor Rangers met Gondor Council in Minas Tirith to discuss grain deliveries to the north before winter.");
    const store = await openSqliteStore(":memory:");
    const summary = await ingestPaths([root], options(store));
    assert.deepEqual([summary.added, summary.grouped], [3, 1]);
    const [group] = await store.duplicateGroups(false);
    assert.deepEqual(group?.members.map((m) => m.doc_id), ["dups/1-wire.txt", "dups/2-copy.txt"]);
    assert.match(group?.members[1]?.reason ?? "", /estimated Jaccard similarity 0\.\d+ of 4-word shingles with dups\/1-wire\.txt/);
    const events = await store.events({});
    assert.deepEqual(events.map((e) => [e.record.doc_id, e.reports]), [["dups/1-wire.txt", 2]]);
    await store.close();

    const plain = await openSqliteStore(":memory:");
    assert.equal((await ingestPaths([root], options(plain, { groupDuplicates: false }))).grouped, 0);
    await plain.close();
  });

  it("skips a document whose annotations cannot be stored and keeps the rest", async () => {
    const root = join(dir, "bad-result");
    mkdirSync(root);
    for (const n of [1, 2, 3]) writeFileSync(join(root, `${n}.txt`), `Gondor Council met Arnor Rangers for round ${n}.`);
    const store = await openSqliteStore(":memory:");
    const problems: string[] = [];
    const summary = await ingestPaths([root], options(store, {
      extract: (doc) => {
        const result = fakeExtract(doc);
        // Two sentences with one index: the store's primary key refuses it.
        return doc.id.endsWith("2.txt") ? { ...result, sentences: [...result.sentences, ...result.sentences] } : result;
      },
      onProblem: (p) => problems.push(`${p.code} ${p.source}`),
    }));
    assert.deepEqual([summary.added, summary.skipped], [2, 1]);
    assert.deepEqual(problems, [`STORE ${join(root, "2.txt")}`]);
    assert.equal(await store.getDocument("bad-result/2.txt"), null);
    await store.close();
  });

  it("stops when aborted, and a re-run resumes without loss or duplicates", async () => {
    const root = join(dir, "abort");
    mkdirSync(root);
    for (let n = 0; n < 10; n++) writeFileSync(join(root, `${n}.txt`), `Gondor Council met Arnor Rangers for round ${n} of talks.`);
    const store = await openSqliteStore(":memory:");
    const controller = new AbortController();
    let seen = 0;
    const first = await ingestPaths([root], options(store, {
      signal: controller.signal,
      extract: (doc) => {
        if (++seen === 4) controller.abort();
        return fakeExtract(doc);
      },
    }));
    assert.equal(first.interrupted, true);
    assert.equal(first.added, 4);
    const second = await ingestPaths([root], options(store));
    assert.deepEqual([second.added, second.existing, second.interrupted], [6, 4, false]);
    assert.equal((await store.stats()).documents, 10);
    await store.close();
  });

  it("reads standard input, detecting its format", async () => {
    const store = await openSqliteStore(":memory:");
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"Mordor Army raided a fort."}\n{"id":"s2","text":"Gondor Council met."}\n')]);
    const summary = await ingestPaths(["-"], options(store, { stdin }));
    assert.equal(summary.added, 2);
    assert.equal((await store.getDocument("s1"))?.source, "standard input");
    await store.close();
  });
});

describe("publication dates", () => {
  it("take the metadata's, else the dateline's, and the default date only for documents that carry none", async () => {
    const root = join(dir, "dated");
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, "dateline.txt"), "OSGILIATH, March 3, 2024 - Mordor Army raided villages on Saturday.");
    writeFileSync(join(root, "plain.txt"), "Mordor Army raided villages on Saturday.");
    const store = await openSqliteStore(join(dir, "dated.db"));
    try {
      await ingestPaths([root], options(store, { defaultDate: "2024-05-01" }));
      const published = async (id: string): Promise<string | null | undefined> => (await store.getDocument(id))?.published_at;
      assert.equal(await published("dated/dateline.txt"), "2024-03-03");
      assert.equal(await published("dated/plain.txt"), "2024-05-01");
    } finally {
      await store.close();
    }
  });

  it("take a dateline's date with its year when no default date is given", async () => {
    const root = join(dir, "dated-no-default");
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, "dateline.txt"), "OSGILIATH, Oct 14, 2024 (Reuters) - Mordor Army raided villages on Saturday.");
    const store = await openSqliteStore(":memory:");
    try {
      const summary = await ingestPaths([root], options(store));
      assert.equal((await store.getDocument("dated-no-default/dateline.txt"))?.published_at, "2024-10-14");
      assert.equal(summary.undated, 0);
    } finally {
      await store.close();
    }
  });
});
