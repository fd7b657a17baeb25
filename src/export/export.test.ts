import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { RAID_EVENTS, RAID_TEXT, TALKS_EVENTS, TALKS_TEXT, fixtureDocument, fixtureResult } from "../store/fixtures.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { ACLED_COLUMNS, GDELT_COLUMNS, PROFILES, csvField, exportEvents, type ExportProfileName } from "./index.js";

let store: Store;
before(async () => {
  store = await openSqliteStore(":memory:");
  await store.addDocument(
    fixtureDocument("raid", RAID_TEXT, { title: "Raid", url: "https://news.example/raid", publishedAt: "2031-05-06" }),
    fixtureResult("raid", RAID_TEXT, RAID_EVENTS, "2031-05-06"),
    null,
  );
  await store.addDocument(fixtureDocument("talks", TALKS_TEXT, { title: "Talks" }), fixtureResult("talks", TALKS_TEXT, TALKS_EVENTS), null);
});
after(() => store.close());

async function run(profile: ExportProfileName, filter = {}): Promise<{ text: string; written: number; left: number }> {
  let text = "";
  const counts = await exportEvents(store, PROFILES[profile], filter, (chunk) => {
    text += chunk;
  });
  return { text, ...counts };
}

/** Splits CSV lines into fields (enough for these fixtures: no quoted line breaks). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === "," && !quoted) {
      out.push(field);
      field = "";
    } else {
      field += c;
    }
  }
  out.push(field);
  return out;
}

describe("export profiles", () => {
  it("plover: the stored records as JSON Lines", async () => {
    const { text, written } = await run("plover");
    const records = text.trim().split("\n").map((line) => JSON.parse(line) as { event: string; doc_id: string; actor: { code: string } | null });
    assert.equal(written, 4);
    assert.deepEqual(records.map((r) => [r.event, r.doc_id, r.actor?.code ?? null]), [
      ["ASSAULT", "raid", "MDRMIL"], ["ACCUSE", "raid", "GNDGOV"], ["CONSULT", "talks", "ARNOPP"], ["AID", "talks", "GNDGOV"],
    ]);
    const [first] = (await run("plover", { types: ["ASSAULT"] })).text.trim().split("\n");
    const stored = (await store.getDocument("raid"))?.events[0];
    assert.deepEqual(JSON.parse(first ?? ""), stored);
  });

  it("gdelt: 61 named tab-separated columns", async () => {
    const { text } = await run("gdelt", { types: ["ASSAULT"] });
    const [header, row] = text.trim().split("\n");
    assert.equal(header, GDELT_COLUMNS.join("\t"));
    assert.equal(GDELT_COLUMNS.length, 61);
    const cells = (row ?? "").split("\t");
    assert.equal(cells.length, 61);
    const at = (name: string): string | undefined => cells[GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])];
    assert.equal(at("SQLDATE"), "20310505");
    assert.equal(at("MonthYear"), "203105");
    assert.equal(at("Actor1Code"), "MDRMIL");
    assert.equal(at("Actor1Name"), "MORDOR ARMY");
    assert.equal(at("Actor1CountryCode"), "MDR");
    assert.equal(at("Actor1Type1Code"), "MIL");
    assert.equal(at("EventCode"), "18");
    assert.equal(at("EventRootCode"), "18");
    assert.equal(at("QuadClass"), "4");
    assert.equal(at("GoldsteinScale"), "-9");
    assert.equal(at("NumArticles"), "1");
    assert.equal(at("IsRootEvent"), "1");
    assert.equal(at("ActionGeo_FullName"), "Osgiliath");
    assert.equal(at("ActionGeo_Type"), "4");
    assert.equal(at("ActionGeo_Lat"), "44.5");
    assert.equal(at("ActionGeo_Long"), "20.25");
    assert.equal(at("SOURCEURL"), "https://news.example/raid");
    assert.match(at("DATEADDED") ?? "", /^\d{14}$/);
  });

  it("acled: named CSV columns, leaving out verbal events", async () => {
    const { text, written, left } = await run("acled");
    const [header, ...rows] = text.trim().split("\n");
    assert.equal(header, ACLED_COLUMNS.join(","));
    assert.deepEqual([written, left], [1, 3]);
    const cells = parseCsvLine(rows[0] ?? "");
    assert.equal(cells.length, ACLED_COLUMNS.length);
    const at = (name: string): string | undefined => cells[ACLED_COLUMNS.indexOf(name as (typeof ACLED_COLUMNS)[number])];
    assert.equal(at("event_date"), "2031-05-05");
    assert.equal(at("disorder_type"), "Political violence");
    assert.equal(at("event_type"), "Violence against civilians");
    assert.equal(at("sub_event_type"), "Attack");
    assert.equal(at("actor1"), "Mordor Army");
    assert.equal(at("inter1"), "1");
    assert.equal(at("interaction"), "10");
    assert.equal(at("country"), "GND");
    assert.equal(at("location"), "Osgiliath");
    assert.equal(at("latitude"), "44.5");
    assert.equal(at("notes"), "On 2031-05-05, Mordor Army raided in Osgiliath");
    assert.equal(csvField('say "hi", then'), '"say ""hi"", then"');
  });

  it("geojson: a FeatureCollection of points for events with coordinates", async () => {
    const { text, written, left } = await run("geojson");
    const collection = JSON.parse(text) as { type: string; features: { geometry: { coordinates: number[] }; properties: { event: string; place: string } }[] };
    assert.equal(collection.type, "FeatureCollection");
    assert.deepEqual([written, left], [2, 2]);
    assert.deepEqual(collection.features.map((f) => [f.properties.event, f.properties.place, f.geometry.coordinates]), [
      ["ASSAULT", "Osgiliath", [20.25, 44.5]], ["CONSULT", "Minas Tirith", [19.8, 45.1]],
    ]);
    const empty = JSON.parse((await run("geojson", { types: ["PROTEST"] })).text) as { features: unknown[] };
    assert.deepEqual(empty.features, []);
  });
});
