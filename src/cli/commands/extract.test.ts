import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../main.js";
import { captureIo } from "../../../test/helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "tacitus-extract-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const actors = fileURLToPath(new URL("../../../test/fixtures/fictional-actors.tsv", import.meta.url));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const GIS = "On monday, the Gondor Intelligence Service detained a courier in Minas Tirith.";
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("tacitus extract", () => {
  it("prints no terminal escape sequences or bidi overrides in its tables", async () => {
    const nasty = "\u001b[2J\u001b]0;pwned\u0007Colonel \u001b[31mKurtz";
    const docs = [
      { id: "doc\u001b[2J-1", title: "Raid \u202eon Osgiliath", text: `"Leave the river ${nasty}," said ${nasty}. Mordor Army raided villages near Osgiliath on Monday.` },
      { id: "doc-2", text: "Gondor Council met Arnor Rangers in Minas Tirith \u009b31m on Monday." },
    ];
    const c = captureIo(docs.map((d) => JSON.stringify(d)).join("\n"));
    assert.equal(await main(["extract", "-", "--input", "jsonl"], c.io), 0, c.err());
    assert.doesNotMatch(c.out(), UNSAFE);
    assert.match(c.out(), /^== doc␛\[2J-1 — Raid �on Osgiliath$/m);
    assert.match(c.out(), /␛\[2J␛\]0;pwned␇Colonel ␛\[31mKurtz/);
  });

  it("warns about undated documents, and places a year-less dateline in the year of --date", async () => {
    const input = file("wire.txt", "MINAS TIRITH, March 3 (Rohan Wire) - The Gondor Intelligence Service detained a courier on Tuesday.");
    const undated = captureIo();
    assert.equal(await main(["extract", input, "--format", "jsonl"], undated.io), 0);
    assert.match(undated.err(), /1 document has no publication date .*pass --date YYYY-MM-DD/);
    const dated = captureIo();
    assert.equal(await main(["extract", input, "--format", "jsonl", "--date", "2026-03-10"], dated.io), 0);
    assert.equal(dated.err(), "");
    assert.equal((JSON.parse(dated.out().trim().split("\n")[0] ?? "{}") as { date: string | null }).date, "2026-03-03");
  });

  it("takes --actors FILE before the input files, and repeated", async () => {
    const input = file("gis.txt", GIS);
    const code = (out: string): string | null => (JSON.parse(out.trim().split("\n")[0] ?? "{}") as { actor: { code: string | null } | null }).actor?.code ?? null;
    const before = captureIo();
    assert.equal(await main(["extract", "--actors", actors, input, "--format", "jsonl"], before.io), 0, before.err());
    assert.equal(code(before.out()), "GONSPY");
    const empty = file("bree.tsv", "name\taliases\tcountry\tsector\tlabel\tnote\nBree Watch\tbree watch\tBRE\tCOP\tORG\tfictional town guard\n");
    const twice = captureIo();
    assert.equal(await main(["extract", "--actors", empty, "--actors", actors, input, "--format", "jsonl"], twice.io), 0, twice.err());
    assert.equal(code(twice.out()), "GONSPY");
  });

  it("prints the files that worked, reports the others, and exits 1", async () => {
    const good = file("good.txt", GIS);
    const empty = file("empty.txt", "  \n");
    const c = captureIo();
    assert.equal(await main(["extract", good, empty, "--format", "json"], c.io), 1);
    const ids = c.out().trim().split("\n").map((line) => (JSON.parse(line) as { doc_id: string }).doc_id);
    assert.deepEqual(ids, ["good.txt"]);
    assert.match(c.err(), /^tacitus: .*empty\.txt is empty; give a file with text in it\.$/m);
    assert.match(c.err(), /^tacitus: 1 input skipped \(reported above\); the others were extracted\.$/m);
  });

  it("reads HTML for its main text and JSON Lines as documents, as ingest does", async () => {
    const page = file(
      "page.html",
      `<!DOCTYPE html><html><head><title>Site | Talks</title><meta property="og:title" content="Gondor and Arnor meet">
      <meta property="article:published_time" content="2031-06-10T08:00:00Z"></head>
      <body><nav>Home | World</nav><article><p>Gondor Council met Arnor Rangers in Minas Tirith on Monday to discuss grain for the north, officials said.</p>
      <p>The council agreed to send grain before winter, and the rangers promised to guard the roads through the hills.</p></article></body></html>`,
    );
    const html = captureIo();
    assert.equal(await main(["extract", page, "--format", "json"], html.io), 0, html.err());
    const result = JSON.parse(html.out()) as {
      doc_id: string; title: string; published_at: string; text: string; entities: { text: string }[]; sentences: { text: string; start: number; end: number }[];
    };
    assert.equal(result.doc_id, "page.html");
    // The offsets of an HTML page count in its main text, which the output carries.
    for (const sentence of result.sentences) assert.equal(result.text.slice(sentence.start, sentence.end), sentence.text);
    assert.equal(result.title, "Gondor and Arnor meet");
    assert.equal(result.published_at, "2031-06-10");
    assert.match(result.sentences[0]?.text ?? "", /^Gondor Council met Arnor Rangers/);
    assert.ok(result.entities.every((e) => !/DOCTYPE|Home/i.test(e.text)), JSON.stringify(result.entities));

    const lines = file("docs.jsonl", [{ id: "talks-1", text: "Gondor Council met Arnor Rangers on Monday." }, { id: "talks-2", text: "Mordor Army raided Osgiliath." }].map((d) => JSON.stringify(d)).join("\n"));
    const jsonl = captureIo();
    assert.equal(await main(["extract", lines, "--format", "json"], jsonl.io), 0, jsonl.err());
    const docs = jsonl.out().trim().split("\n").map((line) => JSON.parse(line) as { doc_id: string; quotes: unknown[] });
    assert.deepEqual(docs.map((d) => [d.doc_id, d.quotes.length]), [["talks-1", 0], ["talks-2", 0]]);

    const piped = captureIo(readFileSync(page, "utf8"));
    assert.equal(await main(["extract", "-", "--input", "html", "--format", "json"], piped.io), 0, piped.err());
    assert.equal((JSON.parse(piped.out()) as { title: string }).title, "Gondor and Arnor meet");

    const forced = captureIo();
    assert.equal(await main(["extract", lines, "--input", "text", "--format", "json"], forced.io), 0, forced.err());
    assert.equal((JSON.parse(forced.out()) as { doc_id: string }).doc_id, "docs.jsonl");
  });

  it("warns on standard error when a document is not in English", async () => {
    const german = file("de.txt", "Die Polizei hat am Montag in der Hauptstadt mehrere Demonstranten festgenommen, wie die Regierung mitteilte. Die Opposition kritisierte das Vorgehen der Behörden und forderte die Freilassung aller Gefangenen.");
    const c = captureIo();
    assert.equal(await main(["extract", german], c.io), 0, c.err());
    assert.match(c.err(), /de\.txt looks like "de", not English/);
  });
});
