/**
 * Crash safety: the real CLI ingest is killed (SIGKILL) mid-run, then run again; every document
 * must be stored exactly once, each with all its annotations.
 */
import { after, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createExtractor } from "../src/extract.js";
import { packageRoot } from "../src/paths.js";

const DOCS = 1500;
/** Kill once at least this many documents are committed. */
const KILL_AFTER = 100;

const dir = mkdtempSync(join(tmpdir(), "tacitus-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const PEOPLE = ["Aragorn", "Faramir", "Eowyn", "Denethor", "Imrahil", "Halbarad", "Beregond", "Elfhelm"];
const GROUPS = ["the Gondor Council", "the Rohan Guard", "the Arnor Rangers", "the Dol Amroth fleet", "the Ithilien scouts"];
const PLACES = ["Osgiliath", "Minas Tirith", "Edoras", "Pelargir", "Dol Amroth", "Cair Andros"];
const VERBS = ["met", "accused", "praised", "threatened", "attacked", "thanked", "criticized", "visited"];

/** A small deterministic generator, so the corpus is the same on every run. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeCorpus(): { id: string; text: string }[] {
  const random = makeRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: DOCS }, (_, n) => {
    const a = pick(PEOPLE);
    const b = pick(GROUPS);
    const text =
      `${a} ${pick(VERBS)} ${b} in ${pick(PLACES)} on Monday, report ${n}. ` +
      `"We will not accept ${n % 7 === 0 ? "any" : "this"} delay," ${a} said after ${n + 3} hours of talks. ` +
      `${pick(GROUPS)} ${pick(VERBS)} ${pick(PEOPLE)} near ${pick(PLACES)} later that week.`;
    return { id: `crash-${String(n).padStart(4, "0")}`, text };
  });
}

function runIngest(corpus: string, db: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", "ingest", "--no-progress", "--db", db, corpus], {
    cwd: packageRoot(),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function storedCount(db: string): number {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((reader.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n);
    } finally {
      reader.close();
    }
  } catch {
    // Not created or not migrated yet.
    return 0;
  }
}

function exit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, out, err })));
}

it("resumes after SIGKILL with every document stored exactly once, with all its annotations", { timeout: 90_000 }, async () => {
  const docs = makeCorpus();
  const corpus = join(dir, "corpus.jsonl");
  const db = join(dir, "crash.db");
  writeFileSync(corpus, docs.map((doc) => JSON.stringify(doc)).join("\n") + "\n");

  const first = runIngest(corpus, db);
  const firstExit = exit(first);
  let exited = false;
  void firstExit.then(() => (exited = true));
  let committed = 0;
  while (!exited) {
    committed = storedCount(db);
    if (committed >= KILL_AFTER) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  first.kill("SIGKILL");
  const killed = await firstExit;
  assert.equal(killed.signal, "SIGKILL", `the first ingest ended by itself (code ${killed.code}): ${killed.err}`);
  const atKill = storedCount(db);
  assert.ok(atKill >= KILL_AFTER && atKill < DOCS, `killed mid-run: ${atKill} of ${DOCS} stored`);

  const second = await exit(runIngest(corpus, db));
  assert.equal(second.code, 0, second.err);
  const added = Number(/(\d+) added/.exec(second.out)?.[1]);
  const existing = Number(/(\d+) already stored/.exec(second.out)?.[1]);
  assert.equal(existing, atKill, second.out);
  assert.equal(added, DOCS - atKill, second.out);

  const extractor = createExtractor();
  const reader = new Database(db, { readonly: true });
  try {
    const count = (sql: string): number => Number((reader.prepare(sql).get() as { n: number }).n);
    assert.equal(count("SELECT COUNT(*) AS n FROM documents"), DOCS);
    assert.equal(count("SELECT COUNT(DISTINCT content_hash) AS n FROM documents"), DOCS);
    for (const table of ["sentences", "entities", "quotes", "events", "doc_bands"]) {
      assert.equal(count(`SELECT COUNT(*) AS n FROM ${table} WHERE doc_id NOT IN (SELECT id FROM documents)`), 0, `orphan ${table}`);
    }
    const perDoc = reader.prepare(
      `SELECT d.id AS id,
         (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences,
         (SELECT COUNT(*) FROM entities e WHERE e.doc_id = d.id) AS entities,
         (SELECT COUNT(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes,
         (SELECT COUNT(*) FROM events v WHERE v.doc_id = d.id) AS events
       FROM documents d`,
    );
    const stored = new Map((perDoc.all() as { id: string; sentences: number; entities: number; quotes: number; events: number }[]).map((row) => [row.id, row]));
    for (const doc of docs) {
      const row = stored.get(doc.id);
      assert.ok(row, `${doc.id} is stored`);
      const expected = extractor.extract({ id: doc.id, text: doc.text, title: null, publishedAt: null });
      assert.deepEqual(
        [row.sentences, row.entities, row.quotes, row.events],
        [expected.sentences.length, expected.entities.length, expected.quotes.length, expected.events.length],
        `annotations of ${doc.id}`,
      );
    }
  } finally {
    reader.close();
  }
});
