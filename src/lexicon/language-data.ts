import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TacitusError } from "../errors/tacitus-error.js";
import { dataDir } from "../paths.js";

export interface Country {
  iso2: string;
  iso3: string;
  name: string;
  capital: string | null;
  /** Coordinates of the capital: the packages carry no country centroids. */
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
}

export interface Place {
  name: string;
  iso3: string;
  lat: number;
  lon: number;
  geonamesId: number;
  population: number;
  kind: "city" | "region" | "country";
}

/** A sea, strait, ocean, lake, shoal or island group (gazetteer/features.tsv): a place of no one country. */
export interface Feature {
  name: string;
  lat: number;
  lon: number;
}

export type Gender = "m" | "f" | "u";
export type NounType = "person" | "location" | "organization";

export interface LanguageData {
  /** Lowercase name or alias ("venezuela", "united states", "u.s.", "u.s") -> country. */
  countriesByName: Map<string, Country>;
  /** Acronyms that count only when written in capitals, keyed exactly: "US", "UK", "UAE", "DRC". */
  countriesByCasedAlias: Map<string, Country>;
  countriesByIso3: Map<string, Country>;
  /** Lowercase demonym or adjective ("venezuelan", "venezuelans", "british") -> country. */
  demonyms: Map<string, Country>;
  /** Lowercase name, ascii name or alias -> the most populous place of that name. */
  cities: Map<string, Place>;
  /** The names of `cities` that several places share -> all of them, most populous first ("valencia"). */
  cityReadings: Map<string, Place[]>;
  /** Lowercase region names and abbreviations written after a place ("calif.", "texas") -> country. */
  regions: Map<string, Country>;
  /** Lowercase name or alias of a sea, strait, ocean, lake, shoal or island group ("south china sea") -> it. */
  features: Map<string, Feature>;
  givenNames: Map<string, Gender>;
  /** Lowercase word or multiword -> casing, for entries WordNet knows only capitalized. */
  properCase: Map<string, string>;
  /** Lowercase single words WordNet knows in lowercase, plus closed-class words. */
  commonWords: Set<string>;
  nounTypes: Map<string, NounType>;
  /** Lowercase nouns that only name abstractions: money, amounts, qualities, states, ideas ("profit", "bankruptcy"). */
  abstractNouns: Set<string>;
  /** Lowercase nouns whose most frequent sense is a person or a group ("prisoner", "delegation"). */
  beingNouns: Set<string>;
  /** Lowercase nouns whose most frequent sense is a person ("shepherd", "tourist"); a subset of beingNouns. */
  personNouns: Set<string>;
  /** Lowercase single-word verb lemmas ("trade", "evade"): what a verb's lemma can be. */
  verbs: Set<string>;
  /**
   * Keys of countriesByName, demonyms and cities that are also common words ("china", "turkey",
   * "pole", "split", "of"): match them only when the text has them capitalized.
   */
  ambiguousNames: Set<string>;
  /** Lowercase nouns that close an organization's name ("party", "university"); data/entities/org-heads.txt. */
  orgHeads: Set<string>;
  /** Lowercase nouns that close a place's name ("avenue", "sea"); data/entities/place-heads.txt. */
  placeHeads: Set<string>;
  /** Honorifics before a person's name ("mr.", "president"); data/entities/person-titles.txt. */
  personTitles: Set<string>;
}

/** One data file's text, with its name relative to the data folder for messages. */
interface DataFile {
  name: string;
  text: string;
}

function readDataFile(dir: string, name: string): DataFile {
  let text: string;
  try {
    text = readFileSync(join(dir, name), "utf8");
  } catch (cause) {
    throw new TacitusError(
      "DATA_FILE",
      `${name}: cannot read it from ${dir}; reinstall the package or run \`npm run data\` in a checkout`,
      { cause },
    );
  }
  return { name, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Calls `visit` with each data line (blank lines and `#` comments skipped) and its 1-based number. */
function eachLine(file: DataFile, visit: (text: string, line: number) => void): void {
  const text = file.text;
  let line = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    line++;
    if (end > start && text.charCodeAt(start) !== 35 /* # */) {
      visit(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), line);
    }
    start = end + 1;
  }
}

function fail(file: DataFile, line: number, what: string): never {
  throw new TacitusError(
    "DATA_FILE",
    `${file.name}:${line}: ${what}; fix the line (or run \`npm run data\` to regenerate the generated files)`,
  );
}

/** Splits every data line into exactly `columns` tab-separated fields. */
function eachRow(file: DataFile, columns: number, row: (fields: string[], line: number) => void): void {
  eachLine(file, (text, line) => {
    const fields = text.split("\t");
    if (fields.length !== columns) fail(file, line, `expected ${columns} tab-separated fields, found ${fields.length}`);
    row(fields, line);
  });
}

/** Two-column files are most of the data: cut at the tab instead of building an array per line. */
function eachPair(file: DataFile, row: (key: string, value: string, line: number) => void): void {
  eachLine(file, (text, line) => {
    const tab = text.indexOf("\t");
    if (tab <= 0 || tab === text.length - 1 || text.indexOf("\t", tab + 1) !== -1) {
      const found = text.split("\t").length;
      fail(file, line, found === 2 ? "a field is empty" : `expected 2 tab-separated fields, found ${found}`);
    }
    row(text.slice(0, tab), text.slice(tab + 1), line);
  });
}

function field(fields: string[], index: number): string {
  return fields[index] ?? "";
}

function nonEmpty(file: DataFile, line: number, fields: string[], index: number, what: string): string {
  const value = field(fields, index);
  if (value === "") fail(file, line, `${what} (field ${index + 1}) is empty`);
  return value;
}

function number(file: DataFile, line: number, fields: string[], index: number, what: string): number {
  const raw = field(fields, index);
  const value = Number(raw);
  if (raw === "" || !Number.isFinite(value)) fail(file, line, `${what} (field ${index + 1}) is not a number: "${raw}"`);
  return value;
}

function optionalNumber(file: DataFile, line: number, fields: string[], index: number, what: string): number | null {
  return field(fields, index) === "" ? null : number(file, line, fields, index, what);
}

function lookupIso3(file: DataFile, line: number, byIso3: Map<string, Country>, iso3: string): Country {
  const country = byIso3.get(iso3);
  if (country === undefined) fail(file, line, `unknown country code "${iso3}" (not in gazetteer/countries.tsv)`);
  return country;
}

/** Strips accents so "côte d'ivoire" also answers to "cote d'ivoire". */
function foldAccents(value: string): string {
  return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

const ACRONYM = /^[A-Z]{2,5}$/;

function addCountryKey(data: LanguageData, text: string, country: Country): void {
  if (ACRONYM.test(text)) {
    if (!data.countriesByCasedAlias.has(text)) data.countriesByCasedAlias.set(text, country);
    return;
  }
  const keys = [text.toLowerCase(), foldAccents(text.toLowerCase())];
  if (text.includes(".")) {
    // "U.S." also as "U.S" (tokenizers split a sentence-final dot) and as "US" (acronym, cased only).
    if (text.endsWith(".")) keys.push(text.slice(0, -1).toLowerCase());
    const undotted = text.replace(/\./g, "");
    if (ACRONYM.test(undotted)) addCountryKey(data, undotted, country);
    else keys.push(undotted.toLowerCase());
  }
  for (const key of keys) if (!data.countriesByName.has(key)) data.countriesByName.set(key, country);
}

function loadCountries(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "gazetteer/countries.tsv");
  const aliasesOf: [Country, string[]][] = [];
  eachRow(file, 8, (f, line) => {
    const iso2 = field(f, 0);
    const iso3 = field(f, 1);
    if (!/^[A-Z]{2}$/.test(iso2)) fail(file, line, `iso2 "${iso2}" is not two capital letters`);
    if (!/^[A-Z]{3}$/.test(iso3)) fail(file, line, `iso3 "${iso3}" is not three capital letters`);
    if (data.countriesByIso3.has(iso3)) fail(file, line, `iso3 "${iso3}" appears twice`);
    const capital = field(f, 4);
    const country: Country = {
      iso2,
      iso3,
      name: nonEmpty(file, line, f, 2, "name"),
      capital: capital === "" ? null : capital,
      lat: optionalNumber(file, line, f, 5, "lat"),
      lon: optionalNumber(file, line, f, 6, "lon"),
      geonamesId: optionalNumber(file, line, f, 7, "geonames_id"),
    };
    data.countriesByIso3.set(iso3, country);
    const aliases = field(f, 3);
    aliasesOf.push([country, aliases === "" ? [] : aliases.split("|")]);
  });
  // Canonical names first, so an alias never shadows another country's own name.
  for (const [country] of aliasesOf) addCountryKey(data, country.name, country);
  for (const [country, aliases] of aliasesOf) for (const alias of aliases) addCountryKey(data, alias, country);
}

function loadDemonyms(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "gazetteer/demonyms.tsv");
  eachPair(file, (key, iso3, line) => {
    if (key !== key.toLowerCase()) fail(file, line, `demonym "${key}" is not lowercase`);
    data.demonyms.set(key, lookupIso3(file, line, data.countriesByIso3, iso3));
  });
}

function loadCities(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "gazetteer/cities.tsv");
  // The largest file: parsed inline, and the number helpers only run to word an error.
  eachRow(file, 9, (f, line) => {
    const name = f[1] ?? "";
    const iso3 = f[3] ?? "";
    const geonamesId = +(f[0] ?? "");
    const lat = +(f[4] ?? "");
    const lon = +(f[5] ?? "");
    const population = +(f[6] ?? "");
    const valid =
      name !== "" && f[4] !== "" && f[5] !== "" && Number.isFinite(lat) && Number.isFinite(lon) &&
      geonamesId > 0 && population >= 0 && data.countriesByIso3.has(iso3);
    if (!valid) {
      nonEmpty(file, line, f, 1, "name");
      lookupIso3(file, line, data.countriesByIso3, iso3);
      number(file, line, f, 0, "geonames_id");
      number(file, line, f, 4, "lat");
      number(file, line, f, 5, "lon");
      number(file, line, f, 6, "population");
      fail(file, line, "geonames_id must be positive and population not negative");
    }
    const place: Place = { name, iso3, lat, lon, geonamesId, population, kind: "city" };
    addCity(data, name, place);
    const ascii = f[2] ?? "";
    if (ascii !== name) addCity(data, ascii, place);
    const aliases = f[8] ?? "";
    if (aliases !== "") for (const alias of aliases.split("|")) addCity(data, alias, place);
  });
  for (const readings of data.cityReadings.values()) readings.sort((a, b) => b.population - a.population);
  // "Panama City" is the capital named after its country, whatever a namesake's population (Florida's).
  for (const country of data.countriesByIso3.values()) {
    const key = `${country.name.toLowerCase()} city`;
    const readings = data.cityReadings.get(key);
    const own = readings?.find((r) => r.iso3 === country.iso3);
    if (!readings || !own) continue;
    data.cities.set(key, own);
    readings.splice(readings.indexOf(own), 1);
    readings.unshift(own);
  }
}

function addCity(data: LanguageData, name: string, place: Place): void {
  if (name === "") return;
  const key = name.toLowerCase();
  const known = data.cities.get(key);
  if (known === undefined || known.population < place.population) data.cities.set(key, place);
  // Other places of the name are kept for context to choose from ("Valencia" in a Spanish story).
  if (known === undefined || known.geonamesId === place.geonamesId) return;
  const readings = data.cityReadings.get(key);
  if (readings === undefined) data.cityReadings.set(key, [known, place]);
  else if (!readings.some((r) => r.geonamesId === place.geonamesId)) readings.push(place);
}

function loadRegions(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "gazetteer/regions.tsv");
  eachPair(file, (key, iso3, line) => {
    if (key !== key.toLowerCase()) fail(file, line, `region "${key}" is not lowercase`);
    data.regions.set(key, lookupIso3(file, line, data.countriesByIso3, iso3));
  });
}

function loadFeatures(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "gazetteer/features.tsv");
  eachRow(file, 4, (f, line) => {
    const feature: Feature = { name: nonEmpty(file, line, f, 0, "name"), lat: number(file, line, f, 1, "lat"), lon: number(file, line, f, 2, "lon") };
    for (const name of [feature.name, ...field(f, 3).split("|")]) if (name !== "") data.features.set(name.toLowerCase(), feature);
  });
}

const GENDERS: ReadonlySet<string> = new Set(["m", "f", "u"]);

function loadGivenNames(dir: string, name: string, data: LanguageData): void {
  const file = readDataFile(dir, name);
  eachPair(file, (given, gender, line) => {
    if (!GENDERS.has(gender)) fail(file, line, `gender "${gender}" is not m, f or u`);
    data.givenNames.set(given.toLowerCase(), gender as Gender);
  });
}

function loadProperCase(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "lexicon/proper-case.tsv");
  eachPair(file, (key, cased, line) => {
    if (cased.length !== key.length) fail(file, line, `"${cased}" is not a casing of "${key}"`);
    data.properCase.set(key, cased);
  });
}

const NOUN_TYPES: ReadonlySet<string> = new Set(["person", "location", "organization"]);

function loadNounTypes(dir: string, data: LanguageData): void {
  const file = readDataFile(dir, "lexicon/noun-types.tsv");
  eachPair(file, (lemma, type, line) => {
    if (!NOUN_TYPES.has(type)) fail(file, line, `type "${type}" is not person, location or organization`);
    data.nounTypes.set(lemma, type as NounType);
  });
}

const BAD_WORD = /[ \tA-Z]/;

function loadWords(dir: string, name: string, words: Set<string>): void {
  const file = readDataFile(dir, name);
  // One scan of the whole text; per-line checks only run when it finds something (maybe a comment).
  const clean = !BAD_WORD.test(file.text);
  eachLine(file, (word, line) => {
    if (!clean && BAD_WORD.test(word)) fail(file, line, `"${word}" is not one lowercase word`);
    words.add(word);
  });
}

/** Loads the bundled gazetteer, names and lexicon; throws TacitusError("DATA_FILE") on a bad file. */
export function loadLanguageData(dir: string = dataDir()): LanguageData {
  const data: LanguageData = {
    countriesByName: new Map(),
    countriesByCasedAlias: new Map(),
    countriesByIso3: new Map(),
    demonyms: new Map(),
    cities: new Map(),
    cityReadings: new Map(),
    regions: new Map(),
    features: new Map(),
    givenNames: new Map(),
    properCase: new Map(),
    commonWords: new Set(),
    nounTypes: new Map(),
    abstractNouns: new Set(),
    beingNouns: new Set(),
    personNouns: new Set(),
    verbs: new Set(),
    ambiguousNames: new Set(),
    orgHeads: new Set(),
    placeHeads: new Set(),
    personTitles: new Set(),
  };
  loadCountries(dir, data);
  loadDemonyms(dir, data);
  loadCities(dir, data);
  loadRegions(dir, data);
  loadFeatures(dir, data);
  loadGivenNames(dir, "names/given-names.tsv", data);
  loadGivenNames(dir, "names/given-names-extra.tsv", data);
  loadProperCase(dir, data);
  loadNounTypes(dir, data);
  loadWords(dir, "lexicon/common-words.txt", data.commonWords);
  loadWords(dir, "lexicon/abstract-nouns.txt", data.abstractNouns);
  loadWords(dir, "lexicon/being-nouns.txt", data.beingNouns);
  loadWords(dir, "lexicon/person-nouns.txt", data.personNouns);
  loadWords(dir, "lexicon/verbs.txt", data.verbs);
  loadWords(dir, "entities/org-heads.txt", data.orgHeads);
  loadWords(dir, "entities/place-heads.txt", data.placeHeads);
  loadWords(dir, "entities/person-titles.txt", data.personTitles);
  for (const names of [data.countriesByName.keys(), data.demonyms.keys(), data.cities.keys()]) {
    for (const key of names) if (data.commonWords.has(key)) data.ambiguousNames.add(key);
  }
  return data;
}
