import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { main } from "../main.js";
import type { CliIo } from "../io.js";
import { GONDOR_GOV, MORDOR_MIL, RAID_EVENTS, RAID_TEXT, TALKS_EVENTS, TALKS_TEXT, fixtureDocument, fixtureResult } from "../../store/fixtures.js";
import { openSqliteStore } from "../../store/index.js";
import { ReviewStore } from "../../store-review/index.js";
import { packageRoot } from "../../paths.js";

const dir = mkdtempSync(join(tmpdir(), "tacitus-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdin: Readable.from([Buffer.from(stdin)]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(args, io);
  return { code, out, err };
}

const db = join(dir, "fixtures.db");
const copyText = RAID_TEXT.replace("Monday", "Monday morning");

before(async () => {
  const store = await openSqliteStore(db);
  await store.addDocument(
    fixtureDocument("raid", RAID_TEXT, { title: "Raid near Osgiliath", url: "https://news.example/raid", publishedAt: "2031-05-06" }),
    fixtureResult("raid", RAID_TEXT, RAID_EVENTS, "2031-05-06"),
    null,
  );
  await store.addDocument(fixtureDocument("talks", TALKS_TEXT, { title: "Talks" }), fixtureResult("talks", TALKS_TEXT, TALKS_EVENTS), null);
  await store.addDocument(fixtureDocument("raid-copy", copyText), fixtureResult("raid-copy", copyText, RAID_EVENTS), {
    docId: "raid", similarity: 0.9, method: "minhash", reason: "estimated Jaccard similarity 0.90 of 4-word shingles with raid",
  });
  await store.close();
});

describe("tacitus events", () => {
  it("lists events once per story as a table", async () => {
    const { code, out } = await cli(["events", "--db", db]);
    assert.equal(code, 0);
    const lines = out.split("\n");
    assert.match(lines[0] ?? "", /^date\s+type\s+actor\s+recipient\s+place\s+reports\s+doc\s+trigger$/);
    assert.match(lines[2] ?? "", /^2031-06-11\s+AID\s+Gondor Council \[GNDGOV\]\s+Arnor Rangers \[ARNOPP\]\s+-\s+1\s+talks\s+send grain$/);
    assert.match(out, /2031-05-05\s+ASSAULT\s+Mordor Army \[MDRMIL\]\s+-\s+Osgiliath\s+2\s+raid\s+raided/);
    assert.match(out, /^4 events\.$/m);
    // Every event has its own date: no row is starred, so no footnote explains the star.
    assert.doesNotMatch(out, /publication date/);
  });

  it("filters and prints JSON Lines or CSV", async () => {
    const jsonl = await cli(["events", "--db", db, "--actor", "mordor", "--type", "assault", "--format", "jsonl"]);
    const records = jsonl.out.trim().split("\n").map((line) => JSON.parse(line) as { event: string; doc_id: string });
    assert.deepEqual(records.map((r) => [r.event, r.doc_id]), [["ASSAULT", "raid"]]);
    const all = await cli(["events", "--db", db, "--actor", "mordor", "--type", "ASSAULT", "--all-reports", "--format", "jsonl"]);
    assert.equal(all.out.trim().split("\n").length, 2);
    const csv = await cli(["events", "--db", db, "--country", "GND", "--since", "2031-06-01", "--until", "2031-06-30", "--format", "csv"]);
    const [header, ...rows] = csv.out.trim().split("\n");
    assert.match(header ?? "", /^id,date,event,mode,quad,actor,actor_code,/);
    assert.deepEqual(rows.map((r) => r.split(",")[2]), ["AID", "CONSULT"]);
    const text = await cli(["events", "--db", db, "--text", "grain", "--place", "minas", "--format", "jsonl"]);
    assert.equal(text.out.trim().split("\n").length, 1);
  });

  it("refuses bad options with a usage exit code and a hint", async () => {
    const bad = await cli(["events", "--db", db, "--type", "PARTY"]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--type "PARTY" is not a PLOVER type; use one of AGREE/);
    assert.match((await cli(["events", "--db", db, "--since", "2031-02-30"])).err, /--since must be a date as YYYY-MM-DD/);
    assert.match((await cli(["events", "--db", db, "--country", "Gondor"])).err, /alpha-3/);
    assert.match((await cli(["events", "--db", db, "--limit", "0"])).err, /--limit must be a whole number/);
    const missing = await cli(["events", "--db", join(dir, "absent.db")]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /there is no database at .*absent\.db; ingest some news first/);
  });
});

describe("tacitus actors", () => {
  it("lists actors by activity", async () => {
    const { code, out } = await cli(["actors", "--db", db]);
    assert.equal(code, 0);
    assert.match(out.split("\n")[2] ?? "", new RegExp(`^${GONDOR_GOV.name}\\s+GNDGOV\\s+2\\s+1$`));
    const mdr = await cli(["actors", "--db", db, "--country", "mdr", "--format", "jsonl"]);
    assert.deepEqual(JSON.parse(mdr.out.trim()).name, MORDOR_MIL.name);
    assert.equal((await cli(["actors", "--db", db, "--sector", "XYZ"])).code, 2);
  });
});

describe("tacitus show", () => {
  it("shows the article with its events and quotations", async () => {
    const { code, out } = await cli(["show", "raid", "--db", db]);
    assert.equal(code, 0);
    assert.match(out, /^id\s+raid\ntitle\s+Raid near Osgiliath\npublished\s+2031-05-06\nurl\s+https:\/\/news\.example\/raid/);
    assert.match(out, /story\s+raid \(near-duplicate group 1; see: tacitus dedup show 1\)/);
    assert.match(out, /Mordor Army raided villages near Osgiliath on Monday\./);
    assert.match(out, /Events \(2\)\n/);
    assert.match(out, /Quotations \(1\)\n[\s\S]*Mordor Army\s+said\s+This will not stand,/);
    const json = JSON.parse((await cli(["show", "raid", "--db", db, "--format", "json"])).out) as { events: unknown[] };
    assert.equal(json.events.length, 2);
    const missing = await cli(["show", "nope", "--db", db]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no document "nope"/);
  });
});

describe("tacitus export", () => {
  it("writes a profile to a file or standard output", async () => {
    const out = join(dir, "events.tsv");
    const file = await cli(["export", "--profile", "gdelt", "--out", out, "--db", db]);
    assert.equal(file.code, 0);
    assert.match(file.err, /exported 4 events as gdelt to /);
    assert.equal(readFileSync(out, "utf8").trim().split("\n").length, 5);
    const stdout = await cli(["export", "--profile", "plover", "--type", "ASSAULT", "--all-reports", "--db", db]);
    assert.equal(stdout.out.trim().split("\n").length, 2);
    const bad = await cli(["export", "--profile", "cameo", "--db", db]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--profile must be one of plover, gdelt, acled, geojson/);
  });
});

describe("tacitus dedup", () => {
  it("lists, shows and undoes a grouping", async () => {
    const copy = join(dir, "dedup.db");
    writeFileSync(copy, readFileSync(db));
    const list = await cli(["dedup", "list", "--db", copy]);
    assert.match(list.out, /^1\s+raid\s+2\s+active$/m);
    const show = await cli(["dedup", "show", "1", "--db", copy]);
    assert.match(show.out, /raid-copy\s+-\s+raid\s+0\.90\s+estimated Jaccard similarity 0\.90/);
    const undo = await cli(["dedup", "undo", "1", "--db", copy]);
    assert.equal(undo.code, 0);
    assert.match(undo.out, /undid group 1/);
    const events = await cli(["events", "--db", copy, "--type", "ASSAULT", "--format", "jsonl"]);
    assert.equal(events.out.trim().split("\n").length, 2);
    const twice = await cli(["dedup", "undo", "1", "--db", copy]);
    assert.equal(twice.code, 1);
    assert.match(twice.err, /group 1 was already undone at .*; nothing to do/);
    assert.equal((await cli(["dedup", "undo", "x", "--db", copy])).code, 2);
    assert.match((await cli(["dedup", "show", "7", "--db", copy])).err, /no near-duplicate group 7/);
  });
});

describe("tacitus ingest (real extractor)", () => {
  it("ingests files and standard input, prints a summary, and re-ingests nothing", async () => {
    const root = join(dir, "news");
    mkdirSync(root);
    writeFileSync(join(root, "seed.txt"), readFileSync(join(packageRoot(), "examples", "venezuela-sebin-arrests.txt")));
    writeFileSync(join(root, "broken.json"), "{not json");
    const target = join(dir, "ingest.db");
    const first = await cli(["ingest", root, "-", "--db", target], '{"id":"stdin-1","text":"Gondor Council met Arnor Rangers in Minas Tirith on Monday."}\n');
    assert.equal(first.code, 1, "a skipped input makes the exit code 1, as for extract");
    assert.match(first.out, /Read 2 documents from 3 files \([^)]+\) in [\d.]+ s \([\d.]+ docs\/s\) into /);
    assert.match(first.out, /\d documents? (has|have) no publication date .*pass --date YYYY-MM-DD/);
    assert.match(first.out, /2 added \(\d+ events\), 0 already stored, 0 grouped with an earlier report of the same story, 1 skipped\./);
    assert.match(first.err, /skipped: .*broken\.json:1: not valid JSON/);
    const again = await cli(["ingest", root, "--db", target]);
    assert.match(again.out, /0 added \(0 events\), 1 already stored/);
    const shown = await cli(["show", "news/seed.txt", "--db", target, "--format", "json"]);
    const doc = JSON.parse(shown.out) as { text: string; sentences: unknown[]; events: { doc_id: string }[] };
    assert.match(doc.text, /sebin secret service/);
    assert.ok(Array.isArray(doc.sentences));
    assert.ok(doc.events.every((e) => e.doc_id === "news/seed.txt"));
    const events = await cli(["events", "--db", target, "--format", "jsonl", "--limit", "1000"]);
    for (const line of events.out.trim().split("\n").filter(Boolean)) {
      const record = JSON.parse(line) as Record<string, unknown>;
      for (const key of ["id", "doc_id", "event", "trigger", "evidence"]) assert.ok(key in record, key);
    }
  });

  it("gives dateless documents the --date publication date", async () => {
    const target = join(dir, "dated.db");
    const seed = join(packageRoot(), "examples", "venezuela-sebin-arrests.txt");
    const ingest = await cli(["ingest", seed, "--db", target, "--date", "2019-03-21", "--jobs", "1"]);
    assert.equal(ingest.code, 0);
    assert.match(ingest.out, /^Read 1 document from 1 file in /m);
    const doc = JSON.parse((await cli(["show", "venezuela-sebin-arrests.txt", "--db", target, "--format", "json"])).out) as { published_at: string };
    assert.equal(doc.published_at, "2019-03-21");
    assert.equal((await cli(["ingest", seed, "--db", target, "--date", "21/03/2019"])).code, 2);
  });

  it("says what to do when nothing can be read", async () => {
    const result = await cli(["ingest", join(dir, "nowhere"), "--db", join(dir, "empty.db")]);
    assert.equal(result.code, 1);
    assert.match(result.err, /nowhere: no such file or folder; check the path/);
  });

  it("uses TACITUS_DB when --db is not given", async () => {
    const previous = process.env["TACITUS_DB"];
    process.env["TACITUS_DB"] = db;
    try {
      assert.match((await cli(["events", "--limit", "1"])).out, /send grain/);
    } finally {
      if (previous === undefined) delete process.env["TACITUS_DB"];
      else process.env["TACITUS_DB"] = previous;
    }
  });
});

describe("reviews in tacitus events and show", () => {
  const reviewed = join(dir, "reviewed.db");
  before(async () => {
    writeFileSync(reviewed, readFileSync(db));
    // Opening the store migrates the copy, so the review tables exist.
    await (await openSqliteStore(reviewed)).close();
    const reviews = await ReviewStore.open(reviewed);
    try {
      await reviews.review("raid-ev1", "raid", { action: "accept" }, "ann");
      await reviews.review("raid-ev2", "raid", { action: "reject", note: "not an accusation" }, "ann");
      await reviews.review("talks-ev1", "talks", { action: "correct", changes: { event: "PROTEST", date: "2031-07-01", place: { name: "Bree", country: "ARN", lat: 50, lon: 10 } } }, "bob");
    } finally {
      await reviews.close();
    }
  });

  it("events leaves out rejected events and shows corrected ones corrected, in date order", async () => {
    const table = await cli(["events", "--db", reviewed]);
    assert.equal(table.code, 0, table.err);
    const rows = table.out.split("\n").slice(2, 5);
    assert.match(rows[0] ?? "", /^2031-07-01\s+PROTEST \(corrected\)\s+Arnor Rangers \[ARNOPP\]\s+Gondor Council \[GNDGOV\]\s+Bree\s+1\s+talks\s+met$/);
    assert.match(rows[1] ?? "", /^2031-06-11\s+AID\s/);
    assert.match(rows[2] ?? "", /^2031-05-05\s+ASSAULT\s/);
    assert.doesNotMatch(table.out, /ACCUSE|CONSULT/);
    assert.match(table.out, /^3 events; 1 rejected by a reviewer left out\.$/m);

    const first = await cli(["events", "--db", reviewed, "--limit", "1", "--format", "jsonl"]);
    const record = JSON.parse(first.out) as { id: string; event: string; location: { name: string }; review: { status: string; reviewed_by: string } };
    assert.deepEqual([record.id, record.event, record.location.name, record.review.status, record.review.reviewed_by], ["talks-ev1", "PROTEST", "Bree", "corrected", "bob"]);
    const byType = await cli(["events", "--db", reviewed, "--type", "CONSULT,ACCUSE", "--format", "jsonl"]);
    assert.equal(byType.out, "");
    const csv = await cli(["events", "--db", reviewed, "--type", "ASSAULT", "--format", "csv"]);
    assert.match(csv.out, /^id,.*,review_status,corrected\nraid-ev1,.*,accepted,false\n$/);
  });

  it("show leaves out rejected events, marks corrected ones, and gives review states in JSON", async () => {
    const raid = await cli(["show", "raid", "--db", reviewed]);
    assert.match(raid.out, /Events \(1; reviewed: 1 accepted, 1 rejected and left out\)\n/);
    assert.doesNotMatch(raid.out, /ACCUSE/);
    const talks = await cli(["show", "talks", "--db", reviewed]);
    assert.match(talks.out, /PROTEST \(corrected\)\s+Arnor Rangers \[ARNOPP\]\s+Gondor Council \[GNDGOV\]\s+2031-07-01\s+Bree\s+met/);
    const json = JSON.parse((await cli(["show", "raid", "--db", reviewed, "--format", "json"])).out) as { events: { id: string; review: { status: string } | null; corrected: boolean }[] };
    assert.deepEqual(json.events.map((e) => [e.id, e.review?.status ?? null, e.corrected]), [["raid-ev1", "accepted", false], ["raid-ev2", "rejected", false]]);
  });
});

describe("tacitus show: finding documents, terminal safety", () => {
  const target = join(dir, "show.db");
  before(async () => {
    const store = await openSqliteStore(target);
    const text = "Mordor Army raided villages near Osgiliath on Monday.\u001b[2J\u001b]0;pwned\u0007\nGondor Council condemned the raid.";
    await store.addDocument(
      fixtureDocument("b1-page.html", text, { source: join("inputs", "b1-page.html"), title: "Raid \u202eon Osgiliath" }),
      fixtureResult("b1-page.html", text, RAID_EVENTS),
      null,
    );
    await store.close();
  });

  it("finds a document by the path it was ingested from", async () => {
    const byPath = await cli(["show", join("inputs", "b1-page.html"), "--db", target]);
    assert.equal(byPath.code, 0, byPath.err);
    assert.match(byPath.out, /^id\s+b1-page\.html$/m);
    assert.equal((await cli(["show", join("elsewhere", "b1-page.html"), "--db", target])).code, 1);
  });

  it("prints no escape sequences or bidi overrides from the article", async () => {
    const { out } = await cli(["show", "b1-page.html", "--db", target]);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.match(out, /^title\s+Raid �on Osgiliath$/m);
    assert.match(out, /on Monday\.␛\[2J␛\]0;pwned␇\n/);
  });
});
