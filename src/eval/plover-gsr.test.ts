import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentResult, EntityRecord, EventRecord } from "../doc/records.js";
import { isTacitusError } from "../errors/index.js";
import { QUAD_OF, type EventType, type Sector } from "../ontology/index.js";
import { sharedDir } from "../paths.js";
import { fictionalExtractor } from "../../test/helpers/fictional.js";
import {
  codingMatches, evaluateGsr, failurePatterns, loadCameoTables, looksLikeGsr, mapGsrActor, parseGsr, scoreGsrRecord, summarizeGsr,
  type GsrActor, type GsrRecord,
} from "./plover-gsr.js";

const tables = loadCameoTables();

// Invented records in the GSR format: fictional actors, so no real coding can leak in.
const INVENTED = `[
{
    "id": "TEST-GSR-DOCUMENT-0001",
    "event": "DOCUMENT",
    "eventText": "documentation record"
},
{
    "id": "TEST-GSR-DEMAND-0001",
    "date": "2019-03-21",
    "source": [{"actorText": "Arnor", "code": "ARN"}],
    "target": [{"actorText": "Gondor police", "code": "GON", "sector": "COP"}],
    "event": "DEMAND",
    "eventText": "demanded release",
    "text": "Arnor demanded on Thursday that Gondor police release the ranger Halbarad."
},
{
    "id": "TEST-GSR-FIGHT-0001",
    "date": "2019-03-22",
    "source": [{"actorText": "Gondor troops", "code": "GON", "sector": "MIL"}],
    "target": [{"actorText": "Arnor rebels", "code": "ARN", "sector": "REBdun"}],
    "event": "FIGHT",
    "eventText": "attacked",
    "text": "Gondor troops attacked Arnor rebels near the border on Friday."
},
{
    "id": "TEST-GSR-AGREE-0001",
    "date": "2019-03-23",
    "source": [{"actorText": "Council of the West", "code": "IGO"}],
    "target": "",
    "event": "AGREE",
    "eventText": "agreed",
    "text": "The Council of the West agreed to send observers to Arnor."
}
]`;

function entity(name: string, country: string | null, sector: Sector | null): EntityRecord {
  return { text: name, name, country, sector, code: `${country ?? ""}${sector ?? ""}` || null, start: 0, end: name.length };
}

function event(type: EventType, start: number, actor: EntityRecord | null, recipient: EntityRecord | null, negated = false): EventRecord {
  return {
    id: `e${start}`, doc_id: "d", event: type, mode: null, cameo: null, quad: QUAD_OF[type], actor, recipient,
    trigger: { text: "x", start, end: start + 1 }, evidence: { sentence: 0, start: 0, end: 10 },
    date: null, date_text: null, date_precision: null, location: null, quote_id: null, negated, modality: "asserted", confidence: 1,
  };
}

function result(events: EventRecord[]): DocumentResult {
  return { doc_id: "d", title: null, published_at: null, truecased_text: null, casing_damaged: false, sentences: [], entities: [], quotes: [], events };
}

const actor = (country: string | null, sector: Sector | null, text = "x"): GsrActor => ({ text, code: country ?? sector ?? "", country, sector });

function record(event: EventType, source: GsrActor[], target: GsrActor[]): GsrRecord {
  return { id: `R-${event}`, line: 1, date: null, label: event, event, text: "", eventText: "", source, target };
}

test("parseGsr skips the DOCUMENT record, maps older labels, codes and sectors", () => {
  const records = parseGsr(INVENTED, "invented.txt", tables);
  assert.deepEqual(records.map((r) => `${r.label}>${r.event}`), ["DEMAND>REQUEST", "FIGHT>ASSAULT", "AGREE>AGREE"]);
  assert.deepEqual(records[0]?.source, [{ text: "Arnor", code: "ARN", country: "ARN", sector: null }]);
  assert.equal(records[1]?.target[0]?.sector, "REB", "an ethnic suffix is dropped");
  assert.deepEqual(records[2]?.source[0], { text: "Council of the West", code: "IGO", country: null, sector: "IGO" });
  assert.deepEqual(records[2]?.target, [], "an empty string target is no target");
  assert.equal(records[0]?.date, "2019-03-21");
  assert.equal(records[1]?.line, 17);
});

test("CAMEO codes that differ from ISO3 are mapped by the table; transnational codes fix the sector", () => {
  assert.equal(mapGsrActor("Tokyo", "JAP", null, tables).country, "JPN");
  assert.equal(mapGsrActor("Italy", "ITL", null, tables).country, "ITA");
  assert.deepEqual(mapGsrActor("jurists", "NGO", "JUD", tables), { text: "jurists", code: "NGO", country: null, sector: "NGO" });
  assert.equal(mapGsrActor("refugees", "LBR", "REF", tables).sector, "CVL");
  assert.equal(mapGsrActor("someone", "LBR", "***", tables).sector, null);
  assert.equal(mapGsrActor("ex-president", "KGZ", "ELI", tables).sector, null, "no equivalent: left open");
});

test("a bad record is INPUT_MALFORMED with file:line and the field", () => {
  const bad = INVENTED.replace('"event": "FIGHT"', '"event": "SKIRMISH"');
  assert.throws(() => parseGsr(bad, "bad.txt", tables), (e: unknown) => isTacitusError(e) && e.code === "INPUT_MALFORMED" && /bad\.txt:17 .*"event"/.test(e.message));
  assert.throws(() => parseGsr("[{", "broken.txt", tables), (e: unknown) => isTacitusError(e) && e.code === "INPUT_MALFORMED");
  assert.throws(() => parseGsr(INVENTED.replace('"code": "GON", "sector": "MIL"', '"sector": "MIL"'), "c.txt", tables), /c\.txt:17 .*"source"\[0\]/);
});

test("looksLikeGsr tells the gold standard from a document gold file", () => {
  assert.equal(looksLikeGsr(JSON.parse(INVENTED)), true);
  assert.equal(looksLikeGsr({ doc: "a.txt", events: [] }), false);
  assert.equal(looksLikeGsr([]), false);
});

test("codingMatches: a bare country accepts GOV or no sector; compounds match any member; no gold needs no prediction", () => {
  assert.equal(codingMatches([actor("ARN", null)], entity("Arnor", "ARN", "GOV")), true);
  assert.equal(codingMatches([actor("ARN", null)], entity("Arnor", "ARN", null)), true);
  assert.equal(codingMatches([actor("ARN", null)], entity("Arnor army", "ARN", "MIL")), false);
  assert.equal(codingMatches([actor("ARN", "MIL")], entity("Arnor", "ARN", "GOV")), false);
  assert.equal(codingMatches([actor("ARN", null), actor("GON", "GOV")], entity("Gondor", "GON", "GOV")), true);
  assert.equal(codingMatches([actor(null, "IGO")], entity("Council", null, "IGO")), true);
  assert.equal(codingMatches([], null), true);
  assert.equal(codingMatches([], entity("Gondor", "GON", "GOV")), false);
  assert.equal(codingMatches([actor("GON", null)], null), false);
});

test("scoreGsrRecord: negated events are left out; the best-coded event of the gold type is chosen", () => {
  const gold = record("COERCE", [actor("GON", "COP")], [actor("ARN", "CVL")]);
  const outcome = scoreGsrRecord(gold, result([
    event("COERCE", 30, entity("Gondor", "GON", "GOV"), null),
    event("COERCE", 20, entity("Gondor police", "GON", "COP"), entity("rangers", "ARN", "CVL")),
    event("ASSAULT", 5, null, null, true),
    event("ACCUSE", 10, null, null),
  ]));
  assert.equal(outcome.typeHit, true);
  assert.equal(outcome.firstHit, false, "ACCUSE comes first once the negated ASSAULT is dropped");
  assert.equal(outcome.chosen?.trigger.start, 20);
  assert.equal(outcome.actorMatch && outcome.recipientMatch, true);
  assert.equal(outcome.events.length, 3);
});

test("summarizeGsr: accuracy, coding rates over right types, per-type counts over distinct types", () => {
  const a = record("REQUEST", [actor("ARN", null)], [actor("GON", "COP")]);
  const b = record("ASSAULT", [actor("GON", "MIL")], []);
  const c = record("AGREE", [actor(null, "IGO")], []);
  const outcomes = [
    scoreGsrRecord(a, result([event("REQUEST", 1, entity("Arnor", "ARN", "GOV"), null), event("REQUEST", 9, null, null)])),
    scoreGsrRecord(b, result([event("COERCE", 1, null, null), event("ASSAULT", 5, entity("troops", "GON", "MIL"), null)])),
    scoreGsrRecord(c, result([])),
  ];
  const s = summarizeGsr(outcomes);
  assert.equal(s.records, 3);
  assert.equal(s.typeRight, 2);
  assert.equal(s.typeAccuracy, 2 / 3);
  assert.equal(s.firstEventAccuracy, 1 / 3);
  assert.equal(s.noEvent, 1);
  assert.equal(s.actorMatchRate, 1);
  assert.equal(s.recipientMatchRate, 0.5);
  assert.equal(s.fullAccuracy, 1 / 3);
  assert.deepEqual({ ...s.perType.get("REQUEST") }, { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  assert.equal(s.perType.get("COERCE")?.fp, 1);
  assert.equal(s.perType.get("AGREE")?.fn, 1);
  const patterns = failurePatterns(outcomes).map((p) => `${p.count} ${p.pattern}`);
  assert.deepEqual(patterns, ["1 recipient: none predicted", "1 type AGREE missed, predicted nothing"]);
});

test("invented records run through the real extractor give one well-formed outcome each", () => {
  const records = parseGsr(INVENTED, "invented.txt", tables);
  const outcomes = evaluateGsr(records, fictionalExtractor());
  assert.equal(outcomes.length, 3);
  for (const o of outcomes) {
    assert.equal(typeof o.typeHit, "boolean");
    assert.ok(o.events.every((e) => !e.negated));
    assert.equal(o.typeHit, o.chosen !== null);
    if (!o.typeHit) assert.equal(o.actorMatch || o.recipientMatch, false);
  }
  const s = summarizeGsr(outcomes);
  assert.ok(s.typeAccuracy >= 0 && s.typeAccuracy <= 1);
});

const gsrFile = join(sharedDir(), "corpora", "plover-gsr", "PLOVER_GSR_CAMEO.txt");
test("the PLOVER gold standard parses: 322 records, every code mapped to a country or a sector", { skip: existsSync(gsrFile) ? false : "needs ../shared/corpora/plover-gsr" }, () => {
  const records = parseGsr(readFileSync(gsrFile, "utf8"), gsrFile, tables);
  assert.equal(records.length, 322);
  for (const r of records) {
    for (const a of [...r.source, ...r.target]) {
      assert.ok(a.country === null || /^[A-Z]{3}$/.test(a.country), `${r.id}: ${a.code}`);
      assert.ok(a.country !== null || a.sector !== null || ["ISM"].includes(a.code), `${r.id}: ${a.code} has neither country nor sector`);
    }
  }
});
