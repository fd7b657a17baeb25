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
  /** Nouns that close an organization's or a place's name, and honorifics (data/entities). */
  orgHeads?: ReadonlySet<string>;
  placeHeads?: ReadonlySet<string>;
  personTitles?: ReadonlySet<string>;
  /** Verb lemmas, for the lemmatizer (data/lexicon/verbs.txt). */
  verbs?: ReadonlySet<string>;
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
/** Inside a multiword WordNet name of that type ("world health organization", "abraham lincoln"). */
export const G_MULTI_PERSON = 2048;
export const G_MULTI_LOCATION = 4096;
export const G_MULTI_ORGANIZATION = 8192;
/**
 * Name heads and titles, for the NER only (nameHeadBits): "... Party", "... Avenue", "Mr. ...".
 * Above bit 15, so they stay apart from the multiword bits the NER shifts left by 8 (G_MULTI << 8 is bit 15).
 */
export const G_ORG_HEAD = 1 << 16;
export const G_PLACE_HEAD = 1 << 17;
export const G_PERSON_TITLE = 1 << 18;
const MULTI_TYPE_BITS: Readonly<Record<string, number>> = {
  person: G_MULTI_PERSON, location: G_MULTI_LOCATION, organization: G_MULTI_ORGANIZATION,
};
/** Longest multiword name looked up. */
const MAX_NAME_WORDS = 4;

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

/** Gazetteer bits of one lowercase word plus its name-head and title bits. */
export function nameHeadBits(lower: string, gazetteer: Gazetteer | null): number {
  if (gazetteer === null) return 0;
  let bits = gazetteerBits(lower, gazetteer);
  if (gazetteer.orgHeads?.has(lower) === true) bits |= G_ORG_HEAD;
  if (gazetteer.placeHeads?.has(lower) === true) bits |= G_PLACE_HEAD;
  if (gazetteer.personTitles?.has(lower) === true) bits |= G_PERSON_TITLE;
  return bits;
}

/** First words of the multiword names (countries, cities, WordNet names), so most tokens skip the phrase lookups. */
export function multiwordFirstWords(gazetteer: Gazetteer | null): Set<string> {
  const first = new Set<string>();
  if (gazetteer === null) return first;
  for (const names of [gazetteer.countriesByName, gazetteer.cities, gazetteer.nounTypes ?? new Map<string, string>()]) {
    for (const name of names.keys()) {
      const space = name.indexOf(" ");
      if (space > 0) first.add(name.slice(0, space));
    }
  }
  return first;
}

/**
 * Marks tokens covered by multiword names in `bits` (`lowers` are the sentence's lowercase
 * forms): G_MULTI for two- and three-word country or city names, G_MULTI_<type> for WordNet
 * names of up to MAX_NAME_WORDS words.
 */
export function markMultiwordNames(
  lowers: readonly string[], length: number, gazetteer: Gazetteer | null, bits: Uint32Array, firstWords: ReadonlySet<string>,
): void {
  if (gazetteer === null) return;
  for (let i = 0; i + 1 < length; i++) {
    if (!firstWords.has(lowers[i] ?? "")) continue;
    let phrase = lowers[i] ?? "";
    for (let n = 2; n <= MAX_NAME_WORDS && i + n <= length; n++) {
      phrase += ` ${lowers[i + n - 1] ?? ""}`;
      let mark = n <= 3 && (gazetteer.countriesByName.has(phrase) || gazetteer.cities.has(phrase)) ? G_MULTI : 0;
      const type = gazetteer.nounTypes?.get(phrase);
      if (type !== undefined) mark |= MULTI_TYPE_BITS[type] ?? 0;
      if (mark !== 0) for (let k = i; k < i + n; k++) bits[k] = (bits[k] ?? 0) | mark;
    }
  }
}
