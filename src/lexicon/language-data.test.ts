import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { isTacitusError } from "../errors/tacitus-error.js";
import { loadLanguageData, type LanguageData } from "./language-data.js";

const started = performance.now();
const data: LanguageData = loadLanguageData();
const loadMs = performance.now() - started;

test("bundled data loads in reasonable time", () => {
  console.log(`language data loaded in ${loadMs.toFixed(0)} ms`);
  // The budget is 300 ms; the bound here is loose because test machines are shared.
  assert.ok(loadMs < 3000, `took ${loadMs} ms`);
  assert.ok(data.countriesByIso3.size >= 240);
  assert.ok(data.cities.size > 20000);
});

test("countries by name, alias and cased acronym", () => {
  assert.equal(data.countriesByName.get("venezuela")?.iso3, "VEN");
  assert.equal(data.countriesByName.get("u.s.")?.iso3, "USA");
  assert.equal(data.countriesByName.get("u.s")?.iso3, "USA");
  assert.equal(data.countriesByName.get("united states of america")?.iso3, "USA");
  assert.equal(data.countriesByName.get("america")?.iso3, "USA");
  assert.equal(data.countriesByName.get("britain")?.iso3, "GBR");
  assert.equal(data.countriesByName.get("russia")?.iso3, "RUS");
  assert.equal(data.countriesByName.get("turkey")?.iso3, "TUR");
  assert.equal(data.countriesByName.get("cote d'ivoire")?.iso3, "CIV");
  assert.equal(data.countriesByName.get("côte d'ivoire")?.iso3, "CIV");
  // The pronoun must not become a country; only the capitalized acronym does.
  assert.equal(data.countriesByName.has("us"), false);
  assert.equal(data.countriesByCasedAlias.get("US")?.iso3, "USA");
  assert.equal(data.countriesByCasedAlias.get("UK")?.iso3, "GBR");
  assert.equal(data.countriesByCasedAlias.get("UAE")?.iso3, "ARE");
  const ven = data.countriesByIso3.get("VEN");
  assert.equal(ven?.iso2, "VE");
  assert.equal(ven?.name, "Venezuela");
  assert.equal(ven?.capital, "Caracas");
  assert.ok(ven?.lat !== null && ven?.lat !== undefined && Math.abs(ven.lat - 10.5) < 0.5);
});

test("demonyms", () => {
  const covered = new Set([...data.demonyms.values()].map((c) => c.iso3));
  assert.ok(covered.size >= 240, `only ${covered.size} countries have demonyms`);
  for (const [word, iso3] of [
    ["venezuelan", "VEN"],
    ["venezuelans", "VEN"],
    ["american", "USA"],
    ["british", "GBR"],
    ["chinese", "CHN"],
    ["colombians", "COL"],
    ["filipinos", "PHL"],
  ] as const) {
    assert.equal(data.demonyms.get(word)?.iso3, iso3, word);
  }
});

test("cities pick the most populous place of a name", () => {
  const caracas = data.cities.get("caracas");
  assert.equal(caracas?.iso3, "VEN");
  assert.equal(caracas?.geonamesId, 3646738);
  assert.equal(caracas?.kind, "city");
  assert.equal(data.cities.get("bogota")?.name, "Bogotá");
  assert.equal(data.cities.get("washington")?.iso3, "USA");
  assert.equal(data.cities.get("kiev")?.name, "Kyiv");
  assert.equal(data.cities.get("london")?.iso3, "GBR");
});

test("a name several places share keeps every place, most populous first, and regions name their country", () => {
  assert.deepEqual(data.cityReadings.get("valencia")?.slice(0, 2).map((p) => p.iso3), ["VEN", "ESP"]);
  assert.ok(data.cityReadings.get("santa clara")?.some((p) => p.iso3 === "USA"));
  assert.equal(data.cityReadings.has("caracas"), false);
  // A capital named after its country reads as that capital first ("Panama City", not Florida's).
  assert.equal(data.cities.get("panama city")?.iso3, "PAN");
  assert.equal(data.cityReadings.get("panama city")?.[0]?.iso3, "PAN");
  assert.equal(data.regions.get("calif.")?.iso3, "USA");
  assert.equal(data.regions.has("georgia"), false);
});

test("given names, including the hand-written supplement", () => {
  for (const name of ["juan", "nicolas", "roberto", "sergio", "mike", "john", "jose", "carlos", "donald"]) {
    assert.equal(data.givenNames.get(name), "m", name);
  }
  for (const name of ["michelle", "maria", "delcy", "angela", "hillary", "dilma", "benazir", "ayse"]) assert.equal(data.givenNames.get(name), "f", name);
});

test("WordNet lexicon", () => {
  assert.equal(data.properCase.get("caracas"), "Caracas");
  assert.equal(data.properCase.get("nato"), "NATO");
  assert.equal(data.properCase.get("buenos aires"), "Buenos Aires");
  assert.equal(data.properCase.has("us"), false);
  assert.equal(data.properCase.has("arrest"), false);
  for (const word of ["arrest", "protest", "the", "us", "of"]) assert.ok(data.commonWords.has(word), word);
  assert.equal(data.commonWords.has("caracas"), false);
  assert.equal(data.nounTypes.get("caracas"), "location");
  assert.equal(data.nounTypes.get("nato"), "organization");
  assert.ok(data.ambiguousNames.has("china"));
  assert.ok(data.ambiguousNames.has("turkey"));
  assert.equal(data.ambiguousNames.has("venezuela"), false);
  for (const word of ["profit", "share", "bankruptcy", "crisis"]) assert.ok(data.abstractNouns.has(word), word);
  for (const word of ["target", "force", "rally", "people", "convoy"]) assert.equal(data.abstractNouns.has(word), false, word);
  for (const word of ["prisoner", "hostage", "delegation", "police", "people"]) assert.ok(data.beingNouns.has(word), word);
  for (const word of ["album", "report", "figure", "ship"]) assert.equal(data.beingNouns.has(word), false, word);
});

test("seas, straits and shoals of gazetteer/features.tsv, by name and alias", () => {
  assert.equal(data.features.get("south china sea")?.name, "South China Sea");
  assert.equal(data.features.get("bosporus")?.name, "Bosphorus");
  assert.ok((data.features.get("strait of hormuz")?.lat ?? 0) > 20);
});

test("name heads and titles of data/entities", () => {
  assert.ok(data.orgHeads.has("party"));
  assert.ok(data.placeHeads.has("avenue"));
  assert.ok(data.personTitles.has("mr."));
});

/** A minimal valid data folder; `override` replaces one file's text. */
function fixture(override: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-lang-"));
  const files: Record<string, string> = {
    "gazetteer/countries.tsv": "# comment\nVE\tVEN\tVenezuela\tBolivarian Republic of Venezuela\tCaracas\t10.48801\t-66.87919\t\n" +
      "US\tUSA\tUnited States\tU.S.|US|America\tWashington, D.C.\t38.89511\t-77.03637\t\n",
    "gazetteer/demonyms.tsv": "venezuelan\tVEN\n",
    "gazetteer/cities.tsv": "# c\n3646738\tCaracas\tCaracas\tVEN\t10.48801\t-66.87919\t3000000\t25\t\n",
    "gazetteer/regions.tsv": "calif.\tUSA\n",
    "gazetteer/features.tsv": "# f\nRed Sea\t20\t38.5\t\n",
    "names/given-names.tsv": "juan\tm\n",
    "names/given-names-extra.tsv": "delcy\tf\n",
    "lexicon/proper-case.tsv": "caracas\tCaracas\n",
    "lexicon/noun-types.tsv": "caracas\tlocation\n",
    "lexicon/common-words.txt": "arrest\n",
    "lexicon/abstract-nouns.txt": "# generated\nbankruptcy\n",
    "lexicon/being-nouns.txt": "prisoner\n",
    "lexicon/person-nouns.txt": "prisoner\n",
    "lexicon/verbs.txt": "arrest\n",
    "entities/org-heads.txt": "# heads\nguild\n",
    "entities/place-heads.txt": "avenue\n",
    "entities/person-titles.txt": "mr.\n",
    ...override,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function assertDataError(dir: string, pattern: RegExp): void {
  try {
    assert.throws(
      () => loadLanguageData(dir),
      (error: unknown) => isTacitusError(error) && error.code === "DATA_FILE" && pattern.test(error.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a minimal data folder loads", () => {
  const dir = fixture();
  try {
    const small = loadLanguageData(dir);
    assert.equal(small.countriesByName.get("u.s.")?.iso3, "USA");
    assert.equal(small.countriesByCasedAlias.get("US")?.iso3, "USA");
    assert.equal(small.cities.get("caracas")?.population, 3000000);
    assert.equal(small.regions.get("calif.")?.iso3, "USA");
    assert.equal(small.givenNames.get("delcy"), "f");
    assert.deepEqual([...small.abstractNouns], ["bankruptcy"]);
    assert.deepEqual([...small.orgHeads, ...small.placeHeads, ...small.personTitles], ["guild", "avenue", "mr."]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("malformed lines throw DATA_FILE with file and line", () => {
  assertDataError(
    fixture({ "gazetteer/cities.tsv": "# c\n3646738\tCaracas\tVEN\t10.4\n" }),
    /^gazetteer\/cities\.tsv:2: expected 9 tab-separated fields, found 4/,
  );
  assertDataError(
    fixture({ "gazetteer/cities.tsv": "1\tX\tX\tVEN\tnorth\t1\t5\t\t\n" }),
    /^gazetteer\/cities\.tsv:1: lat \(field 5\) is not a number/,
  );
  assertDataError(
    fixture({ "gazetteer/cities.tsv": "1\tX\tX\tVEN\t\t1\t5\t\t\n" }),
    /^gazetteer\/cities\.tsv:1: lat \(field 5\) is not a number: ""/,
  );
  assertDataError(
    fixture({ "gazetteer/cities.tsv": "1\tX\tX\tZZZ\t1\t1\t5\t\t\n" }),
    /^gazetteer\/cities\.tsv:1: unknown country code "ZZZ"/,
  );
  assertDataError(fixture({ "lexicon/proper-case.tsv": "caracas\t\n" }), /^lexicon\/proper-case\.tsv:1: a field is empty/);
  assertDataError(fixture({ "gazetteer/demonyms.tsv": "\nnarnian\tNRN\n" }), /^gazetteer\/demonyms\.tsv:2: unknown country code "NRN"/);
  assertDataError(fixture({ "gazetteer/regions.tsv": "Calif.\tUSA\n" }), /^gazetteer\/regions\.tsv:1: region "Calif\." is not lowercase/);
  assertDataError(fixture({ "names/given-names-extra.tsv": "juan\tx\n" }), /^names\/given-names-extra\.tsv:1: gender "x"/);
  assertDataError(fixture({ "gazetteer/features.tsv": "Red Sea\tnorth\t38.5\t\n" }), /^gazetteer\/features\.tsv:1: lat \(field 2\) is not a number/);
  assertDataError(fixture({ "lexicon/noun-types.tsv": "caracas\n" }), /^lexicon\/noun-types\.tsv:1: expected 2 tab-separated fields, found 1/);
  assertDataError(fixture({ "lexicon/common-words.txt": "arrest\nCaracas\n" }), /^lexicon\/common-words\.txt:2: /);
  assertDataError(fixture({ "gazetteer/countries.tsv": "VEN\tVE\tVenezuela\t\t\t\t\t\n" }), /^gazetteer\/countries\.tsv:1: iso2 "VEN"/);
});

test("a missing file throws DATA_FILE", () => {
  const dir = fixture();
  rmSync(join(dir, "lexicon/proper-case.tsv"));
  assertDataError(dir, /^lexicon\/proper-case\.tsv: cannot read/);
});
