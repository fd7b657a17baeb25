import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isTacitusError } from "../../errors/index.js";
import { feedReader } from "./feed-reader.js";
import { htmlReader } from "./html-reader.js";
import { jsonlReader } from "./jsonl-reader.js";
import { textReader } from "./text-reader.js";
import { readerFor, sniffReader } from "./select.js";

const origin = { name: "in/file", id: "file" };

function code(expected: string): (error: unknown) => boolean {
  return (error) => isTacitusError(error) && error.code === expected;
}

describe("text reader", () => {
  it("reads one document and takes a short first line as the title", () => {
    const { docs } = textReader.read("Gondor sends grain north\n\nThe Gondor Council agreed on Monday.\n", origin);
    assert.equal(docs.length, 1);
    assert.equal(docs[0]?.id, "file");
    assert.equal(docs[0]?.title, "Gondor sends grain north");
    assert.equal(docs[0]?.text, "Gondor sends grain north\n\nThe Gondor Council agreed on Monday.\n");
    assert.equal(textReader.read("The council agreed.\n\nIt met on Monday.", origin).docs[0]?.title, null);
    assert.equal(textReader.read("Just one line of text.", origin).docs[0]?.title, null);
  });
});

describe("html reader", () => {
  const page = `<!doctype html><html><head><title>Site | Raid</title>
    <meta property="og:title" content="Mordor raids Osgiliath">
    <meta property="article:published_time" content="2031-05-06T10:00:00Z">
    <link rel="canonical" href="https://news.example/raid"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Mordor raids Osgiliath</h1>
    <p>Mordor Army raided villages near Osgiliath on Monday, officials in the city said late in the evening.</p>
    <p>Gondor Council condemned the raid in a statement and called on its allies to send help to the north at once.</p>
    <p>Residents described hours of fighting and said many families had fled across the river before dawn on Tuesday.</p>
    </article><footer>© Example News</footer><script>var x = "not text";</script></body></html>`;

  it("extracts the main text with paragraphs, and title, date and URL from meta tags", () => {
    const [doc] = htmlReader.read(page, origin).docs;
    assert.ok(doc);
    assert.equal(doc.title, "Mordor raids Osgiliath");
    assert.equal(doc.publishedAt, "2031-05-06");
    assert.equal(doc.url, "https://news.example/raid");
    assert.match(doc.text, /^Mordor Army raided villages/m);
    assert.match(doc.text, /north at once\.\n\nResidents described/);
    assert.doesNotMatch(doc.text, /Home \| World|not text|Example News/);
  });

  it("reads malformed HTML without crashing", () => {
    const [doc] = htmlReader.read("<html><body><p>Gondor Council <b>met Arnor Rangers<div>in Minas Tirith</p></span>", origin).docs;
    assert.match(doc?.text ?? "", /Gondor Council met Arnor Rangers/);
    assert.equal(doc?.publishedAt, null);
  });

  it("reads a fragment, plain text and a page without <html> as pages", () => {
    for (const page of ["Gondor Council met Arnor Rangers.", "<p>Gondor Council met Arnor Rangers.</p>", "<!doctype html><title>T</title><p>Gondor Council met Arnor Rangers.</p>"]) {
      const [doc] = htmlReader.read(page, origin).docs;
      assert.equal(doc?.text, "Gondor Council met Arnor Rangers.", page);
    }
  });

  it("reports a page with no text", () => {
    assert.throws(() => htmlReader.read("<html><head><script>1</script></head><body></body></html>", origin), code("INPUT_EMPTY"));
  });
});

describe("jsonl reader", () => {
  it("reads documents and skips bad lines with their line numbers", () => {
    const text = ['{"id":"a","text":"Gondor met Arnor.","title":"T","url":"https://x","published_at":"2031-05-06T08:00:00Z"}', "{bad json", '{"id":"c"}', '{"id":7,"text":"Arnor replied."}'].join("\n");
    const { docs, problems } = jsonlReader.read(text, origin);
    assert.deepEqual(docs.map((d) => [d.id, d.title, d.url, d.publishedAt, d.source]), [["a", "T", "https://x", "2031-05-06", "in/file"], ["7", null, null, null, "in/file"]]);
    assert.deepEqual(problems.map((p) => [p.code, p.message.split(":").slice(0, 2).join(":")]), [["INPUT_MALFORMED", "in/file:2"], ["INPUT_MALFORMED", "in/file:3"]]);
    assert.equal(problems[1]?.message, 'in/file:3: "text" must be a non-empty string; give each line a non-empty "text" field or remove the line.');
  });

  it("skips a line whose published_at is no date, as the HTTP API refuses it", () => {
    const text = ['{"id":"a","text":"Gondor met Arnor.","published_at":"2024-13-45"}', '{"id":"b","text":"Arnor replied.","published_at":"yesterday"}', '{"id":"c","text":"Gondor left.","date":"2024-02-29"}'].join("\n");
    const { docs, problems } = jsonlReader.read(text, origin);
    assert.deepEqual(docs.map((d) => [d.id, d.publishedAt]), [["c", "2024-02-29"]]);
    assert.deepEqual(problems.map((p) => p.message), [
      'in/file:1: "published_at" "2024-13-45" is not a date; write it as YYYY-MM-DD or an ISO 8601 time, or leave it out.',
      'in/file:2: "published_at" "yesterday" is not a date; write it as YYYY-MM-DD or an ISO 8601 time, or leave it out.',
    ]);
    assert.equal(jsonlReader.read('[{"id":"x","text":"Gondor met Arnor.","published_at":"soon"}, {"id":"y","text":"Arnor left."}]', origin).problems.length, 1);
  });

  it("reads a JSON array too, and fails when nothing is readable", () => {
    assert.equal(jsonlReader.read('[{"id":"x","text":"Gondor met Arnor."}]', origin).docs[0]?.id, "x");
    assert.throws(() => jsonlReader.read("{nope\n{still nope", origin), code("INPUT_MALFORMED"));
  });
});

describe("feed reader", () => {
  it("reads RSS items with HTML descriptions", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
      <item><title>Raid</title><link>https://news.example/raid</link><guid>raid-1</guid><pubDate>Tue, 06 May 2031 10:00:00 GMT</pubDate>
        <description><![CDATA[<p>Mordor Army raided villages.</p><p>Gondor Council condemned it.</p>]]></description></item>
      <item><title>Empty</title><link>https://news.example/empty</link></item>
      <item><title>Talks &amp; grain</title><description>Arnor Rangers met Gondor Council.</description></item>
    </channel></rss>`;
    const { docs, problems } = feedReader.read(rss, origin);
    assert.deepEqual(docs.map((d) => [d.id, d.title, d.url, d.publishedAt, d.source]), [
      ["raid-1", "Raid", "https://news.example/raid", "2031-05-06", "in/file#1"],
      ["file#3", "Talks & grain", null, null, "in/file#3"],
    ]);
    assert.equal(docs[0]?.text, "Mordor Army raided villages.\n\nGondor Council condemned it.");
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? "", /in\/file#2: feed item has no text/);
  });

  it("reads Atom entries", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
      <entry><id>tag:news.example,2031:talks</id><title type="html">Talks</title><link rel="alternate" href="https://news.example/talks"/>
        <published>2031-06-10T09:00:00Z</published><content type="html">&lt;p&gt;Arnor Rangers met Gondor Council.&lt;/p&gt;</content></entry></feed>`;
    const [doc] = feedReader.read(atom, origin).docs;
    assert.deepEqual(doc && [doc.id, doc.title, doc.url, doc.publishedAt, doc.text], [
      "tag:news.example,2031:talks", "Talks", "https://news.example/talks", "2031-06-10", "Arnor Rangers met Gondor Council.",
    ]);
  });

  it("reports malformed XML with its line, and XML that is no feed", () => {
    assert.throws(() => feedReader.read("<rss><channel>\n<item><title>x</item></channel></rss>", origin), (e) => code("INPUT_MALFORMED")(e) && /in\/file:\d+/.test((e as Error).message));
    assert.throws(() => feedReader.read("<?xml version=\"1.0\"?><catalog><book/></catalog>", origin), code("INPUT_MALFORMED"));
  });
});

describe("reader choice", () => {
  it("goes by file ending, else by content", () => {
    assert.equal(readerFor("a/b.HTML")?.format, "html");
    assert.equal(readerFor("a/b.ndjson")?.format, "jsonl");
    assert.equal(readerFor("feed.rss")?.format, "feed");
    assert.equal(readerFor("notes.txt")?.format, "text");
    assert.equal(readerFor("README"), null);
    assert.equal(sniffReader('<?xml version="1.0"?>\n<rss version="2.0">').format, "feed");
    assert.equal(sniffReader("<!DOCTYPE html><html>").format, "html");
    assert.equal(sniffReader('{"id":1}').format, "jsonl");
    assert.equal(sniffReader("Gondor met Arnor.").format, "text");
  });
});
