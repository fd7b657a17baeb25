/**
 * The parts of the language data (src/lexicon) the NER and truecaser features read. Declared
 * structurally so models do not depend on how the lexicon is loaded.
 */
export interface Gazetteer {
  countriesByName: ReadonlyMap<string, unknown>;
  demonyms: ReadonlyMap<string, unknown>;
  cities: ReadonlyMap<string, unknown>;
  givenNames: ReadonlyMap<string, unknown>;
  properCase?: ReadonlyMap<string, string>;
  commonWords?: ReadonlySet<string>;
  ambiguousNames?: ReadonlySet<string>;
  /** WordNet noun class of a lowercase word: "person", "location" or "organization". */
  nounTypes?: ReadonlyMap<string, string>;
}

export const G_GIVEN = 1;
export const G_COUNTRY = 2;
export const G_CITY = 4;
export const G_DEMONYM = 8;
export const G_COMMON = 16;
export const G_PROPER = 32;
export const G_AMBIGUOUS = 64;
/** Inside a multiword country or city name ("united states", "new york"). */
export const G_MULTI = 128;
export const G_NOUN_PERSON = 256;
export const G_NOUN_LOCATION = 512;
export const G_NOUN_ORGANIZATION = 1024;

/** Gazetteer bits of one lowercase word. */
export function gazetteerBits(lower: string, gazetteer: Gazetteer | null): number {
  if (gazetteer === null) return 0;
  let bits = 0;
  if (gazetteer.givenNames.has(lower)) bits |= G_GIVEN;
  if (gazetteer.countriesByName.has(lower)) bits |= G_COUNTRY;
  if (gazetteer.cities.has(lower)) bits |= G_CITY;
  if (gazetteer.demonyms.has(lower)) bits |= G_DEMONYM;
  if (gazetteer.commonWords?.has(lower) === true) bits |= G_COMMON;
  if (gazetteer.properCase?.has(lower) === true) bits |= G_PROPER;
  if (gazetteer.ambiguousNames?.has(lower) === true) bits |= G_AMBIGUOUS;
  const nounType = gazetteer.nounTypes?.get(lower);
  if (nounType === "person") bits |= G_NOUN_PERSON;
  else if (nounType === "location") bits |= G_NOUN_LOCATION;
  else if (nounType === "organization") bits |= G_NOUN_ORGANIZATION;
  return bits;
}

/** First words of the multiword country and city names, so most tokens skip the phrase lookups. */
export function multiwordFirstWords(gazetteer: Gazetteer | null): Set<string> {
  const first = new Set<string>();
  if (gazetteer === null) return first;
  for (const names of [gazetteer.countriesByName, gazetteer.cities]) {
    for (const name of names.keys()) {
      const space = name.indexOf(" ");
      if (space > 0) first.add(name.slice(0, space));
    }
  }
  return first;
}

/**
 * Marks tokens covered by two- and three-word country or city names: `lowers` are the
 * sentence's lowercase forms; sets G_MULTI in `bits[i]`.
 */
export function markMultiwordNames(
  lowers: readonly string[], length: number, gazetteer: Gazetteer | null, bits: Uint32Array, firstWords: ReadonlySet<string>,
): void {
  if (gazetteer === null) return;
  for (let i = 0; i + 1 < length; i++) {
    if (!firstWords.has(lowers[i] ?? "")) continue;
    const two = `${lowers[i] ?? ""} ${lowers[i + 1] ?? ""}`;
    if (gazetteer.countriesByName.has(two) || gazetteer.cities.has(two)) {
      bits[i] = (bits[i] ?? 0) | G_MULTI;
      bits[i + 1] = (bits[i + 1] ?? 0) | G_MULTI;
    }
    if (i + 2 < length) {
      const three = `${two} ${lowers[i + 2] ?? ""}`;
      if (gazetteer.countriesByName.has(three) || gazetteer.cities.has(three)) {
        for (let k = i; k < i + 3; k++) bits[k] = (bits[k] ?? 0) | G_MULTI;
      }
    }
  }
}
