import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/main.js";
import { ARNOR_OPP, GONDOR_GOV, MORDOR_MIL, RAID_EVENTS, RAID_TEXT, TALKS_EVENTS, TALKS_TEXT, fixtureDocument, fixtureResult } from "../store/fixtures.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { ReviewStore } from "../store-review/index.js";
import { captureIo } from "../../test/helpers/cli.js";
import { ACLED_COLUMNS, GDELT_COLUMNS, PROFILES, acledRow, csvField, exportEvents, tsvField, type ExportEvent, type ExportProfileName } from "./index.js";

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
    assert.deepEqual(JSON.parse(first ?? ""), { ...stored, review: null });
  });

  it("gdelt: 61 named tab-separated columns and review_status", async () => {
    const { text } = await run("gdelt", { types: ["ASSAULT"] });
    // Not trim(): the last field (review_status) is empty, so a row may end with a tab.
    const [header, row] = text.replace(/\n$/, "").split("\n");
    assert.equal(header, GDELT_COLUMNS.join("\t"));
    assert.equal(GDELT_COLUMNS.length, 62);
    assert.equal(GDELT_COLUMNS[61], "review_status");
    const cells = (row ?? "").split("\t");
    assert.equal(cells.length, 62);
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
    assert.equal(at("review_status"), "");
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
    assert.equal(at("event_type"), "Battles");
    assert.equal(at("sub_event_type"), "Armed clash");
    assert.equal(at("actor1"), "Mordor Army");
    assert.equal(at("inter1"), "1");
    assert.equal(at("interaction"), "10");
    assert.equal(at("country"), "GND");
    assert.equal(at("location"), "Osgiliath");
    assert.equal(at("latitude"), "44.5");
    assert.equal(at("notes"), 'On 2031-05-05 in Osgiliath: armed clash by Mordor Army ("raided").');
    assert.equal(csvField('say "hi", then'), '"say ""hi"", then"');
  });

  it("acled: civilian targeting only for violence, and no time precision without any date", () => {
    const protest: ExportEvent = {
      record: {
        id: "p1", doc_id: "d", event: "PROTEST", mode: null, cameo: "141", quad: "material_conflict",
        actor: { text: "students", name: "students", country: "GND", sector: "EDU", code: "GNDEDU", start: 0, end: 8 },
        recipient: { text: "Osgiliath", name: "Osgiliath", country: "GND", sector: "CVL", code: "GNDCVL", start: 20, end: 29 },
        trigger: { text: "marched", start: 9, end: 16 }, evidence: { sentence: 0, start: 0, end: 30 },
        date: null, date_text: null, date_precision: null, location: null, quote_id: null, negated: false, modality: "asserted", confidence: 0.9,
      },
      story_id: "d", reports: 1, duplicate: false, doc_title: null, doc_url: null, published_at: null, ingested_at: "2031-05-05T00:00:00Z",
    };
    const row = acledRow(protest) ?? [];
    const at = (name: string): string | undefined => row[ACLED_COLUMNS.indexOf(name as (typeof ACLED_COLUMNS)[number])];
    assert.equal(at("event_type"), "Protests");
    assert.equal(at("civilian_targeting"), "");
    assert.equal(at("event_date"), "");
    assert.equal(at("time_precision"), "");
    assert.equal(acledRow({ ...protest, published_at: "2031-05-05" })?.[ACLED_COLUMNS.indexOf("time_precision")], "2");
  });

  it("acled: armed sides fighting each other or the state are a battle, civilians attacked are not; killings count their dead", () => {
    const entity = (name: string, sector: string): NonNullable<ExportEvent["record"]["actor"]> =>
      ({ text: name, name, country: "GND", sector: sector as "MIL", code: `GND${sector}`, start: 0, end: name.length });
    const attack = (actor: string, recipient: [string, string] | null, trigger: string): ExportEvent => ({
      record: {
        id: "a1", doc_id: "d", event: "ASSAULT", mode: null, cameo: "190", quad: "material_conflict",
        actor: entity(actor, "MIL"), recipient: recipient ? entity(recipient[0], recipient[1]) : null,
        trigger: { text: trigger, start: 0, end: trigger.length }, evidence: { sentence: 0, start: 0, end: 30 },
        date: "2031-05-05", date_text: null, date_precision: "day", location: null, quote_id: null, negated: false, modality: "asserted", confidence: 0.9,
      },
      story_id: "d", reports: 1, duplicate: false, doc_title: null, doc_url: null, published_at: null, ingested_at: "2031-05-05T00:00:00Z",
    });
    const column = (event: ExportEvent, name: string): string | undefined => acledRow(event)?.[ACLED_COLUMNS.indexOf(name as (typeof ACLED_COLUMNS)[number])];
    assert.equal(column(attack("Gondor army", ["one Mordor soldier", "MIL"], "killing"), "event_type"), "Battles");
    assert.equal(column(attack("Gondor army", ["one Mordor soldier", "MIL"], "killing"), "fatalities"), "1");
    assert.equal(column(attack("Gondor army", null, "attacked"), "event_type"), "Battles");
    assert.equal(column(attack("Gondor army", ["at least 14 villagers", "CVL"], "killed"), "event_type"), "Violence against civilians");
    assert.equal(column(attack("Gondor army", ["at least 14 villagers", "CVL"], "killed"), "fatalities"), "14");
    assert.equal(column(attack("Gondor army", ["villagers", "CVL"], "beat"), "fatalities"), "");
  });

  it("csv and tsv fields carry no terminal escape sequences", () => {
    assert.equal(csvField("\u001b[2JColonel \u009b31mKurtz"), "\uFFFD[2JColonel \uFFFD31mKurtz");
    assert.equal(csvField("two\nlines\u0007"), '"two\nlines\uFFFD"');
    assert.equal(tsvField("a\tb\u001b]0;pwned\u0007"), "a b\uFFFD]0;pwned\uFFFD");
  });

  it("geojson: a FeatureCollection of points for events with coordinates", async () => {
    const { text, written, left } = await run("geojson");
    type Properties = { event: string; place: string; negated: boolean; modality: string };
    const collection = JSON.parse(text) as { type: string; features: { geometry: { coordinates: number[] }; properties: Properties }[] };
    assert.equal(collection.type, "FeatureCollection");
    assert.deepEqual([written, left], [2, 2]);
    assert.deepEqual(collection.features.map((f) => [f.properties.event, f.properties.place, f.geometry.coordinates, f.properties.negated, f.properties.modality]), [
      ["ASSAULT", "Osgiliath", [20.25, 44.5], false, "asserted"], ["CONSULT", "Minas Tirith", [19.8, 45.1], false, "asserted"],
    ]);
    const empty = JSON.parse((await run("geojson", { types: ["PROTEST"] })).text) as { features: unknown[] };
    assert.deepEqual(empty.features, []);
  });
});

describe("export with reviews applied", () => {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-export-review-"));
  const db = join(dir, "reviewed.db");

  before(async () => {
    const file = await openSqliteStore(db);
    await file.addDocument(
      fixtureDocument("raid", RAID_TEXT, { title: "Raid", url: "https://news.example/raid", publishedAt: "2031-05-06" }),
      fixtureResult("raid", RAID_TEXT, RAID_EVENTS, "2031-05-06"),
      null,
    );
    await file.addDocument(fixtureDocument("talks", TALKS_TEXT, { title: "Talks" }), fixtureResult("talks", TALKS_TEXT, TALKS_EVENTS), null);
    await file.close();
    const reviews = await ReviewStore.open(db);
    try {
      await reviews.review("raid-ev1", "raid", { action: "accept" }, "ann");
      await reviews.review("raid-ev2", "raid", { action: "reject", note: "not an accusation" }, "ann");
      await reviews.review("talks-ev1", "talks", { action: "correct", changes: { event: "PROTEST", place: { name: "Bree", country: "ARN", lat: 50, lon: 10 } } }, "bob");
    } finally {
      await reviews.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function cliExport(profile: ExportProfileName, ...extra: string[]): Promise<{ out: string; err: string }> {
    const c = captureIo();
    const code = await main(["export", "--db", db, "--profile", profile, ...extra], c.io);
    assert.equal(code, 0, c.err());
    return { out: c.out(), err: c.err() };
  }

  it("plover: rejected left out and counted, corrections applied, review on every record", async () => {
    const { out, err } = await cliExport("plover");
    const records = out.trim().split("\n").map((line) => JSON.parse(line) as {
      id: string; event: string; location: { name: string } | null; review: { status: string; reviewed_by: string; reviewed_at: string } | null;
    });
    assert.deepEqual(records.map((r) => [r.id, r.event, r.location?.name ?? null, r.review?.status ?? null, r.review?.reviewed_by ?? null]), [
      ["raid-ev1", "ASSAULT", "Osgiliath", "accepted", "ann"],
      ["talks-ev1", "PROTEST", "Bree", "corrected", "bob"],
      ["talks-ev2", "AID", null, null, null],
    ]);
    assert.match(records[0]?.review?.reviewed_at ?? "", /^\d{4}-\d{2}-\d{2}T/);
    assert.match(err, /^exported 3 events as plover; 1 rejected by a reviewer left out$/m);
  });

  it("gdelt: review_status column, corrected CAMEO code and place", async () => {
    const { out } = await cliExport("gdelt");
    const [header, ...rows] = out.replace(/\n$/, "").split("\n");
    assert.equal(header, GDELT_COLUMNS.join("\t"));
    const cells = rows.map((row) => row.split("\t"));
    const at = (row: string[] | undefined, name: (typeof GDELT_COLUMNS)[number]): string | undefined => row?.[GDELT_COLUMNS.indexOf(name)];
    assert.deepEqual(cells.map((row) => [at(row, "GLOBALEVENTID"), at(row, "EventCode"), at(row, "ActionGeo_FullName"), at(row, "review_status")]), [
      ["raid-ev1", "18", "Osgiliath", "accepted"],
      ["talks-ev1", "14", "Bree", "corrected"],
      ["talks-ev2", "07", "", ""],
    ]);
    assert.ok(cells.every((row) => row.length === GDELT_COLUMNS.length));
  });

  it("acled: review_status column; the correction makes the event one ACLED codes", async () => {
    const { out, err } = await cliExport("acled");
    const [header, ...rows] = out.trim().split("\n");
    assert.equal(header, ACLED_COLUMNS.join(","));
    assert.equal(ACLED_COLUMNS[ACLED_COLUMNS.length - 1], "review_status");
    const cells = rows.map(parseCsvLine);
    const at = (row: string[] | undefined, name: (typeof ACLED_COLUMNS)[number]): string | undefined => row?.[ACLED_COLUMNS.indexOf(name)];
    assert.deepEqual(cells.map((row) => [at(row, "event_type"), at(row, "location"), at(row, "latitude"), at(row, "review_status")]), [
      ["Battles", "Osgiliath", "44.5", "accepted"],
      ["Protests", "Bree", "50", "corrected"],
    ]);
    assert.match(err, /^exported 2 events as acled; 1 of a type the acled profile does not code left out; 1 rejected by a reviewer left out$/m);
  });

  it("geojson: review_status and corrected properties", async () => {
    const { out } = await cliExport("geojson");
    const collection = JSON.parse(out) as { features: { geometry: { coordinates: number[] }; properties: { id: string; event: string; review_status: string | null; corrected: boolean } }[] };
    assert.deepEqual(collection.features.map((f) => [f.properties.id, f.properties.event, f.geometry.coordinates, f.properties.review_status, f.properties.corrected]), [
      ["raid-ev1", "ASSAULT", [20.25, 44.5], "accepted", false],
      ["talks-ev1", "PROTEST", [10, 50], "corrected", true],
    ]);
  });

  it("filters see corrections, as the API's do", async () => {
    const protests = await cliExport("plover", "--type", "PROTEST");
    assert.deepEqual(protests.out.trim().split("\n").map((line) => (JSON.parse(line) as { id: string }).id), ["talks-ev1"]);
    const consults = await cliExport("plover", "--type", "CONSULT");
    assert.equal(consults.out, "");
    assert.match(consults.err, /^exported 0 events as plover$/m);
  });
});

describe("export of negated and not asserted events", () => {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-export-modality-"));
  const db = join(dir, "modality.db");
  const osgiliath = { name: "Osgiliath", country: "GND", lat: 44.5, lon: 20.25 };
  const text =
    "Gondor Council did not impose sanctions on Mordor Army in Osgiliath.\n" +
    "Arnor Rangers would mobilize in Osgiliath.\n" +
    "Arnor Rangers urged Gondor Council to withdraw from Osgiliath.\n" +
    "Mordor Army attacked Arnor Rangers in Osgiliath.\n" +
    "Gondor Council met Arnor Rangers.";

  before(async () => {
    const result = fixtureResult("claims", text, [
      { type: "SANCTION", trigger: "impose sanctions", actor: GONDOR_GOV, recipient: MORDOR_MIL, date: "2031-07-01", place: osgiliath },
      { type: "MOBILIZE", trigger: "mobilize", actor: ARNOR_OPP, date: "2031-07-01", place: osgiliath },
      { type: "RETREAT", trigger: "withdraw", actor: GONDOR_GOV, date: "2031-07-01", place: osgiliath },
      { type: "ASSAULT", trigger: "attacked", actor: MORDOR_MIL, recipient: ARNOR_OPP, date: "2031-07-01", place: osgiliath },
      { type: "CONSULT", trigger: "met", actor: GONDOR_GOV, recipient: ARNOR_OPP, date: "2031-07-01" },
    ]);
    const [sanction, mobilize, withdraw] = result.events;
    if (sanction) sanction.negated = true;
    if (mobilize) mobilize.modality = "future";
    if (withdraw) withdraw.modality = "hypothetical";
    const file = await openSqliteStore(db);
    await file.addDocument(fixtureDocument("claims", text, { publishedAt: "2031-07-01" }), result, null);
    await file.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function cliExport(profile: ExportProfileName): Promise<{ out: string; err: string }> {
    const c = captureIo();
    assert.equal(await main(["export", "--db", db, "--profile", profile], c.io), 0, c.err());
    return { out: c.out(), err: c.err() };
  }

  it("gdelt, acled and geojson leave them out and count them; plover keeps them with negated and modality", async () => {
    const gdelt = await cliExport("gdelt");
    const gdeltRows = gdelt.out.replace(/\n$/, "").split("\n").slice(1);
    assert.deepEqual(gdeltRows.map((row) => row.split("\t")[GDELT_COLUMNS.indexOf("EventRootCode")]), ["18", "04"]);
    assert.match(gdelt.err, /^exported 2 events as gdelt; 3 negated or not asserted \(future, hypothetical\) left out$/m);

    const acled = await cliExport("acled");
    const acledRows = acled.out.trim().split("\n").slice(1).map(parseCsvLine);
    assert.deepEqual(acledRows.map((row) => row[ACLED_COLUMNS.indexOf("event_type")]), ["Battles"]);
    assert.match(acled.err, /^exported 1 event as acled; 1 of a type the acled profile does not code left out; 3 negated or not asserted \(future, hypothetical\) left out$/m);

    const geojson = await cliExport("geojson");
    const features = (JSON.parse(geojson.out) as { features: { properties: { event: string } }[] }).features;
    assert.deepEqual(features.map((f) => f.properties.event), ["ASSAULT"]);
    assert.match(geojson.err, /^exported 1 event as geojson; 1 without coordinates left out; 3 negated or not asserted \(future, hypothetical\) left out$/m);

    const plover = await cliExport("plover");
    const records = plover.out.trim().split("\n").map((line) => JSON.parse(line) as { event: string; negated: boolean; modality: string });
    assert.deepEqual(records.map((r) => [r.event, r.negated, r.modality]), [
      ["SANCTION", true, "asserted"], ["MOBILIZE", false, "future"], ["RETREAT", false, "hypothetical"], ["ASSAULT", false, "asserted"], ["CONSULT", false, "asserted"],
    ]);
    assert.match(plover.err, /^exported 5 events as plover$/m);
  });
});
