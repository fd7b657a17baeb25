import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main.js";
import { captureIo } from "./helpers/cli.js";


const dir = mkdtempSync(join(tmpdir(), "tacitus-cli-"));
const article = join(dir, "arnor.txt");
writeFileSync(article, "Gondor guards arrest ranger\n\nOn monday, police in Minas Tirith arrested the ranger Halbarad Dunadan, his lawyer said.\n");

test("extract prints a readable table by default", async () => {
  const c = captureIo();
  const code = await main(["extract", article, "--date", "2019-03-21"], c.io);
  assert.equal(code, 0, c.err());
  assert.match(c.out(), /^Events \(\d+\)/m);
  assert.match(c.out(), /^Quotations \(\d+\)/m);
  assert.match(c.out(), /^Entities \(\d+\)/m);
});

test("extract --format json writes one document result per line", async () => {
  const c = captureIo();
  const code = await main(["extract", article, article, "--format", "json"], c.io);
  assert.equal(code, 0, c.err());
  const lines = c.out().trim().split("\n");
  assert.equal(lines.length, 2);
  const result = JSON.parse(lines[0] ?? "{}") as { doc_id: string; sentences: unknown[]; events: unknown[] };
  assert.equal(result.doc_id, "arnor.txt");
  assert.ok(result.sentences.length >= 2);
});

test("extract --input jsonl keeps the documents' ids and reads standard input", async () => {
  const docs = [
    { id: "gondor-1", text: "Rohan riders attacked Isengard on monday.", published_at: "2020-01-08" },
    { id: "gondor-2", title: "Talks", text: "Gondor and Rohan held talks." },
  ];
  const c = captureIo(docs.map((d) => JSON.stringify(d)).join("\n"));
  const code = await main(["extract", "-", "--input", "jsonl", "--format", "json"], c.io);
  assert.equal(code, 0, c.err());
  const ids = c.out().trim().split("\n").map((line) => (JSON.parse(line) as { doc_id: string }).doc_id);
  assert.deepEqual(ids, ["gondor-1", "gondor-2"]);
});

test("extract --format jsonl writes one event record per line", async () => {
  const c = captureIo();
  const code = await main(["extract", article, "--format", "jsonl"], c.io);
  assert.equal(code, 0, c.err());
  for (const line of c.out().trim().split("\n").filter(Boolean)) {
    const record = JSON.parse(line) as { id: string; event: string; trigger: { start: number } };
    assert.ok(record.id && record.event && typeof record.trigger.start === "number");
  }
});

const badInputs: [string, Buffer | string, RegExp][] = [
  ["empty.txt", "  \n\n", /is empty/],
  ["binary.bin", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]), /binary/],
  ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]), /not valid UTF-8/],
];
for (const [name, content, message] of badInputs) {
  test(`extract rejects ${name} with a one-line error and no stack trace`, async () => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const c = captureIo();
    const code = await main(["extract", path], c.io);
    assert.equal(code, 1);
    assert.match(c.err(), message);
    assert.equal(c.err().trim().split("\n").length, 1);
    assert.doesNotMatch(c.err(), /\bat .*\.ts:\d+/);
  });
}

test("extract reports a missing file and a malformed JSON line", async () => {
  const missing = captureIo();
  assert.equal(await main(["extract", join(dir, "nope.txt")], missing.io), 1);
  assert.match(missing.err(), /no such file/);
  const malformed = captureIo('{"id": "x", "text": "ok"}\n{not json\n');
  assert.equal(await main(["extract", "-", "--input", "jsonl"], malformed.io), 1);
  assert.match(malformed.err(), /standard input:2: not valid JSON/);
});

test("extract refuses an unknown format or a bad date with exit code 2", async () => {
  const c = captureIo();
  assert.equal(await main(["extract", article, "--format", "xml"], c.io), 2);
  assert.match(c.err(), /--format must be one of/);
  const d = captureIo();
  assert.equal(await main(["extract", article, "--date", "2019-02-30"], d.io), 2);
  assert.match(d.err(), /--date must be a date/);
});

test("extract --actors adds the user's own dictionary files", async () => {
  const actors = new URL("./fixtures/fictional-actors.tsv", import.meta.url).pathname;
  const text = "On monday, the Gondor Intelligence Service detained a courier in Minas Tirith.";
  const path = join(dir, "gis.txt");
  writeFileSync(path, text);
  const plain = captureIo();
  assert.equal(await main(["extract", path, "--format", "jsonl"], plain.io), 0, plain.err());
  const withActors = captureIo();
  assert.equal(await main(["extract", path, "--format", "jsonl", "--actors", actors], withActors.io), 0, withActors.err());
  const actorOf = (out: string): string | null => (JSON.parse(out.trim().split("\n")[0] ?? "{}") as { actor: { code: string | null } | null }).actor?.code ?? null;
  assert.notEqual(actorOf(plain.out()), "GONSPY");
  assert.equal(actorOf(withActors.out()), "GONSPY");
});

test("extract --actors reports a missing dictionary file", async () => {
  const c = captureIo();
  assert.equal(await main(["extract", article, "--actors", join(dir, "none.tsv")], c.io), 1);
  assert.match(c.err(), /none\.tsv/);
});
