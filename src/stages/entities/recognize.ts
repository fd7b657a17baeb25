import { Shape, type Doc, type GeoRef, type Mention } from "../../doc/document.js";
import type { EntityLabel } from "../../doc/records.js";
import type { Sector } from "../../ontology/index.js";
import type { Stage } from "../../pipeline/index.js";
import { holdsOn, lookupActor } from "../../lexicon/actors.js";
import type { Place } from "../../lexicon/language-data.js";
import type { LanguageResources } from "../resources.js";
import { isSentenceInitial } from "../casing/detect.js";
import { findQuoteSpans } from "../quotes/spans.js";

/** A candidate name before overlaps are settled; higher `rank` wins a conflict. */
interface Candidate {
  start: number;
  end: number;
  label: EntityLabel;
  rank: number;
  key: string | null;
  canonical: string | null;
  country: string | null;
  sector: Sector | null;
  geo: GeoRef | null;
}

const RANK_ACTOR = 50;
const RANK_PLACE = 40;
const RANK_PERSON = 30;
/** Above places: after "Prime Minister", "Hashimoto" is the man, not the Japanese town. */
const RANK_TITLED_PERSON = 42;
const RANK_ORG_HEAD = 25;
/** Above places: in a document about John Bolton, "bolton" is the man, not the town. */
const RANK_SURNAME = 45;
const RANK_CAPITALIZED = 10;

const MAX_NAME_WORDS = 4;

/** Suffixes stripped to find an inflected word's base in the common-word list ("homes", "searched"). */
const INFLECTIONS: readonly [string, string][] = [["ies", "y"], ["es", ""], ["s", ""], ["ied", "y"], ["ed", ""], ["ed", "e"], ["ing", ""], ["ing", "e"]];

/** A word English uses as an ordinary word, inflected or not (so not a name on its own). */
export function isOrdinaryWord(res: LanguageResources, lower: string): boolean {
  const common = res.lang.commonWords;
  if (common.has(lower) || res.triggers.lemmaOf.has(lower) || res.triggers.cues.has(lower) || res.triggers.irregularForms.has(lower)) return true;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix) && common.has(lower.slice(0, -suffix.length) + replacement)) return true;
  }
  return false;
}

/** Per-document view of the recognizer's word tests. */
class NameTests {
  /** Tokens inside a date expression ("Wednesday", "June"): never part of a name. */
  private readonly inDate: Uint8Array;

  constructor(
    private readonly doc: Doc,
    private readonly res: LanguageResources,
  ) {
    this.inDate = new Uint8Array(doc.tokenCount);
    // Every date expression, resolved or not: without a publication date "in March" has no day, and is still no place.
    for (const span of doc.dateSpans) this.inDate.fill(1, span.start, span.end);
  }

  isDateWord(i: number): boolean {
    return this.inDate[i] === 1;
  }

  private get reliableCase(): boolean {
    return !this.doc.casingDamaged;
  }

  isFunctionWord(i: number): boolean {
    return this.res.entityWords.functionWords.has(this.doc.lower(i));
  }

  isCommon(i: number): boolean {
    return isOrdinaryWord(this.res, this.doc.lower(i));
  }

  isCapitalized(i: number): boolean {
    return this.doc.hasShape(i, Shape.upperInitial) || this.doc.hasShape(i, Shape.allUpper);
  }

  /** A word that can be part of a name: capitalized where casing is reliable, not an ordinary word where it is not. */
  isNameWord(i: number): boolean {
    if (i < 0 || i >= this.doc.tokenCount) return false;
    const doc = this.doc;
    if (!doc.hasShape(i, Shape.hasLetter) || this.isFunctionWord(i) || this.inDate[i] === 1) return false;
    if (this.reliableCase) {
      if (!this.isCapitalized(i)) return false;
      return !(isSentenceInitial(doc, i) && this.isCommon(i));
    }
    if (this.isCommon(i)) return this.isCapitalized(i) && !isSentenceInitial(doc, i) && this.res.lang.properCase.has(doc.lower(i));
    return true;
  }

  /** A speech verb written in lowercase where casing is reliable: "Na Ntan told state radio" is no name. */
  isSpeechVerb(i: number): boolean {
    // Where casing is damaged "told" in "minister anne visser told parliament" is the verb all the same.
    return (!this.reliableCase || !this.isCapitalized(i)) && this.res.triggers.cues.has(this.doc.lower(i));
  }

  /** Capitalized though not sentence-initial, in text whose casing is reliable. */
  isCapitalizedMidSentence(i: number): boolean {
    return this.reliableCase && this.isCapitalized(i) && !isSentenceInitial(this.doc, i);
  }

  isGivenName(i: number): boolean {
    if (i < 0 || i >= this.doc.tokenCount) return false;
    if (!this.res.lang.givenNames.has(this.doc.lower(i)) || this.isFunctionWord(i)) return false;
    return this.reliableCase ? this.isCapitalized(i) : true;
  }

  isParticle(i: number): boolean {
    return this.res.entityWords.nameParticles.has(this.doc.lower(i));
  }

  /** A particle hyphened to a name word, "al-Ansari", "el-Sisi": capitalized after the hyphen where casing is reliable. */
  isParticleCompound(i: number): boolean {
    if (i < 0 || i >= this.doc.tokenCount) return false;
    const form = this.doc.form(i);
    const dash = form.indexOf("-");
    if (dash < 1 || !this.res.entityWords.nameParticles.has(form.slice(0, dash).toLowerCase())) return false;
    const rest = form.slice(dash + 1);
    return /^\p{L}{2}/u.test(rest) && (!this.reliableCase || /^\p{Lu}/u.test(rest));
  }

  /** Role words that name a person's position ("president", "leader", "secretary of state"). */
  isPersonRole(i: number): boolean {
    const roles = this.res.actors.roles.get(this.doc.lower(i));
    return (roles?.some((role) => role.person) ?? false) || this.res.entityWords.personTitles.has(this.doc.lower(i));
  }

  /** A word for a kind of group, not a person ("newspaper", "broadcaster"): "the daily Ozgur Haber" names a group. */
  isGroupKind(i: number): boolean {
    const roles = this.res.actors.roles.get(this.doc.lower(i));
    return roles !== undefined && roles.every((role) => !role.person && role.sector !== null && role.words.length === 1);
  }

  isPlaceOrGroupWord(i: number): boolean {
    const lower = this.doc.lower(i);
    if (this.res.lang.countriesByName.has(lower) || this.res.lang.demonyms.has(lower)) return true;
    return this.res.actors.byAlias.get(lower)?.some((entry) => entry.label !== "PERSON") ?? false;
  }
}

function joinLower(doc: Doc, start: number, end: number): string {
  let out = doc.lower(start);
  for (let i = start + 1; i < end; i++) {
    const form = doc.lower(i);
    out += form === "'s" ? form : " " + form;
  }
  return out;
}

function candidate(start: number, end: number, label: EntityLabel, rank: number): Candidate {
  return { start, end, label, rank, key: null, canonical: null, country: null, sector: null, geo: null };
}

/** The longest dictionary name starting at token i, or null. */
function longestLexiconName(doc: Doc, res: LanguageResources, tests: NameTests, i: number, to: number): Candidate | null {
  // "in March", "on may 3": a date's words name no place ("March", Cambridgeshire).
  if (!doc.hasShape(i, Shape.hasLetter) || (tests.isFunctionWord(i) && doc.lower(i) !== "us") || tests.isDateWord(i)) return null;
  const maxWords = res.nameHooks.get(doc.lower(i)) ?? 1;
  for (let n = Math.min(maxWords, to - i); n >= 1; n--) {
    if (!doc.hasShape(i + n - 1, Shape.hasLetter)) continue;
    const found = matchLexicon(doc, res, tests, i, i + n);
    if (found) return found;
  }
  return null;
}

/**
 * Dictionary actors, countries, demonyms and cities: longest match first at each token, unless
 * a name starting inside it reaches further ("President [Xi Jinping]", not "[President Xi] Jinping").
 */
function findLexiconNames(doc: Doc, res: LanguageResources, tests: NameTests, from: number, to: number, out: Candidate[]): void {
  for (let i = from; i < to; i++) {
    const found = longestLexiconName(doc, res, tests, i, to);
    if (!found) continue;
    let overtaken = false;
    for (let j = i + 1; j < found.end && !overtaken; j++) overtaken = (longestLexiconName(doc, res, tests, j, to)?.end ?? 0) > found.end;
    if (overtaken) continue;
    out.push(found);
    i = found.end - 1;
  }
}

function matchLexicon(doc: Doc, res: LanguageResources, tests: NameTests, start: number, end: number): Candidate | null {
  const text = joinLower(doc, start, end);
  const single = end - start === 1;
  // A lowercase ordinary word ("congress", "lima", "chad") counts as a name only where casing is damaged.
  const ordinary = single && tests.isCommon(start) && !tests.isCapitalized(start);
  if (ordinary && !doc.casingDamaged) return null;
  if (single && tests.isCommon(start) && doc.casingDamaged && !tests.isCapitalized(start)) {
    const nextIsName = end < doc.tokenCount && res.entityWords.orgHeads.has(doc.lower(end));
    if (!nextIsName && !res.lang.countriesByName.has(text) && !res.lang.demonyms.has(text) && !bigCityAfterPreposition(doc, res, start, text)) return null;
  }
  const cased = doc.spanText(start, end);
  const casedCountry = res.lang.countriesByCasedAlias.get(cased);
  if (casedCountry) return placeCandidate(start, end, casedCountry.iso3, casedCountry.name, "GPE", countryGeo(casedCountry));
  if (text === "us") return null;
  // "the South China Sea", "the Strait of Hormuz": a feature's name, whatever words in it name a country or look ordinary.
  const feature = res.lang.features.get(text);
  if (feature && (!single || tests.isCapitalized(start) || doc.casingDamaged)) {
    const c = candidate(start, end, "LOC", RANK_PLACE);
    c.key = `feature:${feature.name}`;
    c.canonical = feature.name;
    c.geo = { name: feature.name, country: null, lat: feature.lat, lon: feature.lon, geonamesId: null, precision: "region" };
    return c;
  }
  // "Labour Minister X", "the Labour Ministry": an ordinary word before a ministry's head is its portfolio, not a party.
  const portfolio = single && tests.isCommon(start) && PORTFOLIO_HEADS.has(doc.lower(end));
  const actor = portfolio ? null : (lookupActor(res.actors, text, doc.publishedAt) ?? res.actors.byExactAlias.get(cased)?.[0] ?? null);
  if (actor && actor.label === "GPE") {
    // Capitals stand for governments when they act ("Caracas said"); as names they are places.
    const place = res.lang.cities.get(text);
    if (place) return placeCandidate(start, end, place.iso3, place.name, "GPE", cityGeo(place));
  }
  // A lone surname alias ("maduro") names the dictionary's person unless more name words follow.
  const loneName = single && actor?.label === "PERSON" && !tests.isNameWord(end) && (tests.isCapitalized(start) || doc.casingDamaged);
  if (actor && (actor.label !== "PERSON" || !single || loneName)) {
    const c = candidate(start, end, actor.label === "PERSON" ? "PERSON" : actor.label === "GPE" ? "GPE" : "ORG", RANK_ACTOR);
    c.key = `actor:${actor.name}`;
    c.canonical = actor.name;
    c.country = actor.country;
    // "former prime minister Imran Khan" in 2024: out of office, he keeps his country, not his sector.
    c.sector = holdsOn(actor, doc.publishedAt) ? actor.sector : null;
    return c;
  }
  const country = res.lang.countriesByName.get(text);
  if (country) return placeCandidate(start, end, country.iso3, country.name, "GPE", countryGeo(country));
  const demonym = res.lang.demonyms.get(text);
  if (demonym) {
    const c = candidate(start, end, "NORP", RANK_PLACE);
    c.key = `norp:${demonym.iso3}`;
    c.country = demonym.iso3;
    c.canonical = doc.casingDamaged ? titleCase(text) : cased;
    return c;
  }
  const city = res.lang.cities.get(text);
  // A one-word city that is an ordinary word ("Mobile") is not taken unless written as a place
  // ("in Geneva", a "GENEVA, Nov 5" dateline); "Gaza City" ends in one and is.
  const bigCity = single && bigCityAfterPreposition(doc, res, start, text);
  const ordinaryWords = single ? tests.isCommon(start) && !writtenAsPlace(doc, tests, start) && !bigCity : allCommon(tests, start, end) && !tests.isCapitalized(start);
  // "Comuneros del Sur", "Gare de Lyon": a city after a name particle that follows a capitalized word ends a longer name.
  const endsName = start >= 2 && tests.isParticle(start - 1) && tests.isCapitalized(start - 2) && tests.isCapitalized(start);
  if (city && !ordinaryWords && !endsName && !(res.lang.ambiguousNames.has(text) && !tests.isCapitalized(start) && !bigCity)) {
    return placeCandidate(start, end, city.iso3, city.name, "GPE", cityGeo(city));
  }
  return null;
}

/** Heads of a government portfolio's name: "Labour Minister", "Labour Ministry". */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(["minister", "ministry", "secretary", "department"]);

/** Prepositions after which a capitalized word names a place: "met in Geneva", "flew to Nice". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "from", "to", "near", "outside", "into", "across", "toward", "towards", "around"]);

/** A capitalized word after a place preposition, or a sentence's first word in capitals before a comma (a dateline). */
function writtenAsPlace(doc: Doc, tests: NameTests, i: number): boolean {
  if (tests.isCapitalizedMidSentence(i) && PLACE_PREPOSITIONS.has(doc.lower(i - 1))) return true;
  return doc.hasShape(i, Shape.allUpper) && doc.form(i + 1) === "," && doc.sentenceTokens(doc.sentenceOf(i))[0] === i;
}

/** People a city needs for its name, an ordinary word, to be read as the city after a place preposition in text without capitals. */
const BIG_CITY = 500_000;

/** "met in muscat": where casing is damaged, a big city's name after a place preposition is the city, ordinary word or not. */
function bigCityAfterPreposition(doc: Doc, res: LanguageResources, i: number, text: string): boolean {
  return doc.casingDamaged && PLACE_PREPOSITIONS.has(doc.lower(i - 1)) && (res.lang.cities.get(text)?.population ?? 0) >= BIG_CITY;
}

function allCommon(tests: NameTests, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!tests.isCommon(i)) return false;
  return true;
}

export function cityGeo(city: Place): GeoRef {
  return { name: city.name, country: city.iso3, lat: city.lat, lon: city.lon, geonamesId: city.geonamesId, precision: "city" };
}

export function countryGeo(country: { name: string; iso3: string; lat: number | null; lon: number | null; geonamesId: number | null }): GeoRef {
  return { name: country.name, country: country.iso3, lat: country.lat, lon: country.lon, geonamesId: country.geonamesId, precision: "country" };
}

/** The key a place's mentions share: a country by its code, a city by its GeoNames id. */
export function placeKey(geo: GeoRef): string {
  return geo.precision === "country" ? `country:${geo.country ?? geo.name}` : `place:${geo.geonamesId ?? geo.name}`;
}

function placeCandidate(start: number, end: number, iso3: string, name: string, label: EntityLabel, geo: GeoRef): Candidate {
  const c = candidate(start, end, label, RANK_PLACE);
  c.key = placeKey(geo);
  c.canonical = name;
  c.country = iso3;
  c.geo = geo;
  return c;
}

/**
 * Extends a run of name words rightwards from `start`, allowing particles between name words
 * ("von der Leyen") once the name has begun (at `begun`: a given name before the run begins it).
 * At most `maxWords` name words; particles do not count ("Mohammed bin Abdulrahman Al Thani").
 */
function nameRunEnd(tests: NameTests, start: number, limit: number, maxWords: number, begun = start): number {
  let end = start;
  let words = 0;
  while (end < limit && words < maxWords) {
    if (tests.isNameWord(end)) {
      end++;
      words++;
      continue;
    }
    if (end <= begun) break;
    let next = end;
    while (next < limit && tests.isParticle(next)) next++;
    if (next > end && next < limit && tests.isNameWord(next)) end = next + 1;
    else if (tests.isParticleCompound(end)) end++;
    else break;
    words++;
  }
  return end;
}

/** People: a given name followed by name words, or a role or title followed by name words. */
function findPeople(doc: Doc, res: LanguageResources, tests: NameTests, from: number, to: number, out: Candidate[]): void {
  for (let i = from; i < to; i++) {
    if (tests.isGivenName(i) && !tests.isPlaceOrGroupWord(i)) {
      const end = nameRunEnd(tests, i + 1, to, MAX_NAME_WORDS - 1, i);
      // A run closed by an organization's head word is that organization ("Law Society"); one
      // closed by a nationality describes ("North American operations").
      if (end > i + 1 && !res.entityWords.orgHeads.has(doc.lower(end - 1)) && !tests.isPlaceOrGroupWord(end - 1)) {
        // "Rod Laver Arena": a place's head noun closing the run makes it a place.
        out.push(candidate(i, end, res.entityWords.placeHeads.has(doc.lower(end - 1)) ? "LOC" : "PERSON", RANK_PERSON));
        i = end - 1;
        continue;
      }
    }
    if (tests.isPersonRole(i) && i + 1 < to && tests.isNameWord(i + 1) && !tests.isPlaceOrGroupWord(i + 1) && !tests.isPersonRole(i + 1)) {
      const end = nameRunEnd(tests, i + 1, to, MAX_NAME_WORDS);
      // "Deputy Foreign Minister Tomasz Wrona": the name starts after the last role word of the title.
      let start = i + 1;
      for (let k = i + 1; k < end - 1; k++) if (tests.isPersonRole(k)) start = k + 1;
      out.push(candidate(start, end, "PERSON", RANK_TITLED_PERSON));
      i = end - 1;
    }
  }
}

/** Whether a place's name starts at token k and ends at `end` ("West Bank"). */
function endsPlaceName(doc: Doc, res: LanguageResources, tests: NameTests, k: number, end: number): boolean {
  const found = longestLexiconName(doc, res, tests, k, end);
  return found !== null && found.end === end && found.label === "GPE";
}

/**
 * Where casing is reliable a verb's past form in lowercase ends the words before a head: "Minister
 * Badr Abdelatty telephoned army chief" names no organization ("the United Nations human rights
 * office" does; in damaged text "united" and "armed" may be names' words).
 */
function endsOrgName(doc: Doc, res: LanguageResources, i: number): boolean {
  return !doc.casingDamaged && doc.hasShape(i, Shape.allLower) && isPastForm(res, doc.lower(i));
}

/** A verb's past form or participle: irregular ("met", "held") or in -ed of a WordNet verb ("telephoned", "tried"). */
function isPastForm(res: LanguageResources, lower: string): boolean {
  if (res.triggers.irregularForms.has(lower)) return true;
  if (!lower.endsWith("ed")) return false;
  const verbs = res.lang.verbs;
  return verbs.has(lower.slice(0, -2)) || verbs.has(lower.slice(0, -1)) || (lower.endsWith("ied") && verbs.has(`${lower.slice(0, -3)}y`));
}

/** Organizations closed by a head noun: "voluntad popular party", "arnor defence league". */
function findOrgsByHead(doc: Doc, res: LanguageResources, tests: NameTests, from: number, to: number, out: Candidate[]): void {
  for (let h = from + 1; h < to; h++) {
    if (!res.entityWords.orgHeads.has(doc.lower(h))) continue;
    let start = h;
    while (start > from && !tests.isFunctionWord(start - 1) && !tests.isSpeechVerb(start - 1) && doc.hasShape(start - 1, Shape.hasLetter) && !endsOrgName(doc, res, start - 1) && h - start < MAX_NAME_WORDS) start--;
    // Trim ordinary words on the left: the name starts at a name word that is not a place or
    // nationality; where casing is reliable a capitalized ordinary word is part of it ("Law Society").
    while (start < h && !(tests.isNameWord(start) && (!tests.isCommon(start) || tests.isCapitalizedMidSentence(start)) && !tests.isPlaceOrGroupWord(start))) start++;
    if (start === h) continue;
    // "the Israeli-occupied West Bank": a head noun ending a place's name is no organization's.
    if ([h - 1, h].some((k) => k >= start && endsPlaceName(doc, res, tests, k, h + 1))) continue;
    const c = candidate(start, h + 1, "ORG", RANK_ORG_HEAD);
    if (doc.casingDamaged) c.canonical = titleCase(joinLower(doc, start, h + 1));
    // "the United Nations human rights office": an office of a known organization is coded as it;
    // "the United States embassy" is of that country.
    const owner = longestLexiconName(doc, res, tests, start, h);
    if (owner?.label === "ORG" && owner.sector !== null) {
      c.sector = owner.sector;
      c.country = owner.country;
    } else if (owner?.label === "GPE" && owner.geo?.precision === "country") c.country = owner.country;
    // "Law Society of Kenya": the country it is of.
    if (h + 2 < to && doc.lower(h + 1) === "of") c.country = res.lang.countriesByName.get(doc.lower(h + 2))?.iso3 ?? null;
    out.push(c);
  }
}

/**
 * Capitalized runs in well-cased text that no lexicon knows: people if two words or more, groups
 * after a word for a kind of group ("the newspaper Cumhuriyet").
 */
function findCapitalizedRuns(doc: Doc, res: LanguageResources, tests: NameTests, from: number, to: number, out: Candidate[]): void {
  if (doc.casingDamaged) return;
  for (let i = from; i < to; i++) {
    // A capitalized ordinary word ("State", "Police") does not start an unknown name, nor does a
    // nationality or a role ("Japanese Prime Minister Ryutaro Hashimoto" describes, then names).
    if (!tests.isNameWord(i) || isSentenceInitial(doc, i) || tests.isCommon(i) || tests.isPlaceOrGroupWord(i) || tests.isPersonRole(i)) continue;
    const end = nameRunEnd(tests, i, to, MAX_NAME_WORDS);
    // "its North American operations": a run ending in a nationality describes; "the Israeli-occupied
    // West Bank" ends in a place's name.
    if (tests.isPlaceOrGroupWord(end - 1) || [end - 2, end - 1].some((k) => k >= i && endsPlaceName(doc, res, tests, k, end))) {
      i = end - 1;
      continue;
    }
    if (i > from && tests.isGroupKind(i - 1)) out.push(candidate(i, end, "ORG", RANK_CAPITALIZED));
    else if (end - i >= 2 || settlementInApposition(doc, res, end)) {
      out.push(candidate(i, end, res.entityWords.placeHeads.has(doc.lower(end - 1)) || namesSettlement(doc, res, end) ? "LOC" : "PERSON", RANK_CAPITALIZED));
    }
    i = end - 1;
  }
}

/**
 * Whether a lowercase settlement noun follows a name ending before token `end`: "Oddar Meanchey
 * province", "the Hodan district" name a place, not a person.
 */
export function beforeSettlementNoun(doc: Doc, res: LanguageResources, end: number): boolean {
  return end < doc.tokenCount && doc.hasShape(end, Shape.allLower) && res.entityWords.settlementNouns.has(doc.lower(end));
}

/** Words an apposition may put between its article and a settlement noun: "a small farming village". */
const SETTLEMENT_APPOSITION_WORDS = 3;

/** Whether an apposition after a name ending before token `end` calls it a settlement: "Kolmane, a farming village". */
export function settlementInApposition(doc: Doc, res: LanguageResources, end: number): boolean {
  if (doc.form(end) !== "," || !ARTICLES.has(doc.lower(end + 1))) return false;
  for (let i = end + 2; i < Math.min(doc.tokenCount, end + 3 + SETTLEMENT_APPOSITION_WORDS); i++) {
    if (!doc.hasShape(i, Shape.allLower)) return false;
    if (res.entityWords.settlementNouns.has(doc.lower(i))) return true;
    if (res.entityWords.functionWords.has(doc.lower(i))) return false;
  }
  return false;
}

/** Whether the words after a name ending before token `end` say it is a settlement or area. */
export function namesSettlement(doc: Doc, res: LanguageResources, end: number): boolean {
  return beforeSettlementNoun(doc, res, end) || settlementInApposition(doc, res, end);
}

/**
 * Later mentions of a known surname or single-name person ("marrero", "Guaido's"), and every
 * repetition of a person's full name, so no word of it is read as a town where the rules missed
 * the name ("Hun Manet said" at a sentence start: not Hūn, Libya).
 */
function findSurnames(doc: Doc, tests: NameTests, chosen: readonly Candidate[], out: Candidate[]): void {
  const surnames = new Set<string>();
  // Full names by their first word, one candidate per distinct name: the scan stays linear.
  const fullNames = new Map<string, Map<string, Candidate>>();
  for (const c of chosen) {
    if (c.label !== "PERSON" || c.end - c.start < 2) continue;
    surnames.add(doc.lower(c.end - 1));
    const byName = fullNames.get(doc.lower(c.start)) ?? new Map<string, Candidate>();
    fullNames.set(doc.lower(c.start), byName);
    const key = joinLower(doc, c.start, c.end);
    if (!byName.has(key)) byName.set(key, c);
  }
  if (surnames.size === 0) return;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (!tests.isNameWord(i) && !tests.isCapitalized(i) && !tests.isParticleCompound(i)) continue;
    if (surnames.has(doc.lower(i))) out.push(candidate(i, i + 1, "PERSON", RANK_SURNAME));
    for (const [key, person] of fullNames.get(doc.lower(i)) ?? []) {
      const n = person.end - person.start;
      if (i !== person.start && i + n <= doc.tokenCount && joinLower(doc, i, i + n) === key) {
        out.push({ ...person, start: i, end: i + n, rank: Math.max(person.rank, RANK_SURNAME) });
      }
    }
  }
}

/** Letters a bracketed acronym may have: "(DPP)", "(ILO)", "(KSrelief)" is no acronym. */
const ACRONYM = /^[a-z]{2,6}$/i;

/**
 * "the Democratic Progressive Party (DPP)": the letters in brackets after an organization, when
 * they are its initials, name it wherever they stand in the document.
 */
function findAcronyms(doc: Doc, res: LanguageResources, tests: NameTests, chosen: readonly Candidate[], out: Candidate[]): void {
  // Where each word stands, built once: a text of many bracketed acronyms stays linear.
  let positions: Map<string, number[]> | null = null;
  const done = new Set<string>();
  for (let open = 1; open + 2 < doc.tokenCount; open++) {
    if (doc.form(open) !== "(" || doc.form(open + 2) !== ")" || !ACRONYM.test(doc.form(open + 1))) continue;
    const acronym = doc.lower(open + 1);
    if (done.has(acronym)) continue;
    // The words whose initials spell it, function words and commas aside: "democratic progressive party (dpp)",
    // "State Administration of Radio, Film and Television (SARFT)".
    let start = open;
    let initials = "";
    while (start > 0 && initials.length < acronym.length && (doc.hasShape(start - 1, Shape.hasLetter) || isListComma(doc, start - 1))) {
      start--;
      if (!tests.isFunctionWord(start) && doc.hasShape(start, Shape.hasLetter)) initials = initialsOf(doc.lower(start)) + initials;
    }
    // "the Disasters Emergency Committee's (DEC) fund": the name ends before the possessive.
    const end = doc.lower(open - 1) === "'s" ? open - 1 : open;
    const before = chosen.find((c) => c.label === "ORG" && c.end === end);
    // Initials must spell it, unless a name stands before capitals in brackets: one the rules found ("the Corruption
    // Eradication Commission (KPK)", from its Indonesian name) or capitalized words with an organization's head noun
    // ("State Committee for National Security (GKNB)", from its Russian name).
    const spelt = initials === acronym;
    if (!spelt) {
      if (doc.casingDamaged || !doc.hasShape(open + 1, Shape.allUpper)) continue;
      if (before === undefined) {
        start = capitalizedRunStart(doc, tests, end);
        if (start < 0 || !capitalizedOrgName(doc, res, tests, start, end)) continue;
      }
    }
    const named = spelt ? chosen.find((c) => c.label === "ORG" && c.end === end && c.start <= start) : before;
    // Unnamed by the rules, the words must end in an organization's head noun or, in well-cased
    // text, be capitalized words the initials spell with such a noun among them ("the Alliance of
    // the North-West (ANW)"; not "Internet Protocol (IP)" or "British Sign Language (BSL)").
    if (!named && !res.entityWords.orgHeads.has(doc.lower(end - 1)) && !capitalizedOrgName(doc, res, tests, start, end)) continue;
    const org = named ?? candidate(start, end, "ORG", RANK_ORG_HEAD);
    if (!named) {
      org.canonical = doc.casingDamaged ? titleCase(joinLower(doc, start, end)) : doc.casedText(start, end).replace(/^the /i, "");
      out.push(org);
    }
    org.key ??= `ORG:${joinLower(doc, org.start, org.end)}`;
    done.add(acronym);
    if (positions === null) {
      positions = new Map();
      for (let i = 0; i < doc.tokenCount; i++) {
        const at = positions.get(doc.lower(i));
        if (at) at.push(i);
        else positions.set(doc.lower(i), [i]);
      }
    }
    // Every mention of the letters is the organization, under its full name: the text's definition
    // outranks the dictionary's reading of the letters ("Massachusetts Institute of Technology (MIT)").
    const canonical = org.canonical ?? doc.casedText(org.start, org.end);
    for (const i of positions.get(acronym) ?? []) out.push({ ...org, start: i, end: i + 1, rank: RANK_ACTOR + 1, canonical });
  }
}

/** Longest words a name can open with before `end` in its sentence: capitalized words and the lowercase function words between them ("State Committee for National Security"); -1 if none. */
function capitalizedRunStart(doc: Doc, tests: NameTests, end: number): number {
  let start = end;
  const sentence = doc.sentenceOf(end - 1);
  while (start > 0 && end - start < 8 && doc.sentenceOf(start - 1) === sentence) {
    const i = start - 1;
    const joining = (tests.isFunctionWord(i) && /^\p{Ll}+$/u.test(doc.form(i)) && !ARTICLES.has(doc.lower(i))) || isListComma(doc, i);
    if (!tests.isCapitalized(i) && !joining) break;
    start = i;
  }
  while (start < end && !tests.isCapitalized(start)) start++;
  return start < end ? start : -1;
}

const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** A comma between two capitalized words of a name ("Radio, Film and Television"). */
function isListComma(doc: Doc, i: number): boolean {
  return doc.form(i) === "," && i > 0 && doc.hasShape(i - 1, Shape.upperInitial) && doc.hasShape(i + 1, Shape.upperInitial);
}

/** Every word of [start, end) but function words is capitalized, in text whose casing is reliable, and one is an organization's head noun. */
function capitalizedOrgName(doc: Doc, res: LanguageResources, tests: NameTests, start: number, end: number): boolean {
  let head = false;
  for (let i = start; i < end; i++) {
    if (tests.isFunctionWord(i)) continue;
    if (doc.casingDamaged || !tests.isCapitalized(i)) return false;
    if (res.entityWords.orgHeads.has(doc.lower(i))) head = true;
  }
  return head;
}

/** Initials a word gives an acronym: one per hyphened part ("north-west" gives "nw"). */
function initialsOf(lower: string): string {
  let out = "";
  for (const part of lower.split("-")) out += part.charAt(0);
  return out;
}

/** Keeps the best non-overlapping candidates: longer, then higher rank, then earlier. */
function settle(candidates: Candidate[], used: Uint8Array): Candidate[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  // Token occupancy instead of pairwise checks: a sentence of 50,000 names stays linear.
  const taken: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function titleCase(text: string): string {
  return text.replace(/(^|[\s\-.])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** Extends a dictionary organization over descriptive heads that follow it ("sebin" + "secret service"). */
function extendOverHeads(doc: Doc, res: LanguageResources, chosen: Candidate[], to: number): void {
  for (const c of chosen) {
    if (c.label !== "ORG" || c.key === null) continue;
    let end = c.end;
    while (end < to && end - c.end < 3) {
      const lower = doc.lower(end);
      if (res.entityWords.orgHeads.has(lower)) end++;
      else if (lower === "secret" || lower === "intelligence" || lower === "security") end++;
      else break;
    }
    if (end > c.end && res.entityWords.orgHeads.has(doc.lower(end - 1))) c.end = end;
  }
}

/** How much more populous the usual reading of a name may be and still yield to the story's country ("Paris" stays in France). */
const CONTEXT_POPULATION_RATIO = 10;

/** The country a region or country written after a comma names: "Santa Clara, Calif.", "Valencia, Spain". */
function countryAfterComma(doc: Doc, res: LanguageResources, end: number): string | null {
  if (end >= doc.tokenCount || doc.form(end) !== ",") return null;
  for (let n = Math.min(3, doc.tokenCount - end - 1); n >= 1; n--) {
    const text = joinLower(doc, end + 1, end + 1 + n);
    const country = res.lang.countriesByName.get(text) ?? res.lang.regions.get(text);
    if (country) return country.iso3;
  }
  return null;
}

/** The name a city candidate was looked up by, when several places share it. */
function readingsOf(doc: Doc, res: LanguageResources, c: Candidate): Place[] | null {
  if (c.label !== "GPE" || c.geo?.precision !== "city") return null;
  return res.lang.cityReadings.get(joinLower(doc, c.start, c.end)) ?? null;
}

/**
 * Places whose name several places share are read in context, not just as the most populous:
 * in the country a region after a comma names ("SANTA CLARA, Calif."), else, when the usual
 * reading lies in no country the story names, in one it does (nations, nationalities, places
 * of one reading: "Spanish police ... raids across Barcelona and Valencia").
 */
function placesInContext(doc: Doc, res: LanguageResources, chosen: Candidate[]): void {
  const named = new Set<string>();
  const afterComma = chosen.map((c) => (c.label === "GPE" && c.geo !== null ? countryAfterComma(doc, res, c.end) : null));
  chosen.forEach((c, k) => {
    if (c.country !== null && (c.label === "NORP" || (c.label === "GPE" && c.geo !== null && readingsOf(doc, res, c) === null))) named.add(c.country);
    const after = afterComma[k];
    if (after) named.add(after);
  });
  for (const [k, c] of chosen.entries()) {
    const readings = readingsOf(doc, res, c);
    const usual = readings?.[0];
    if (!readings || !usual) continue;
    const after = afterComma[k] ?? null;
    const better =
      after !== null
        ? readings.find((r) => r.iso3 === after)
        : named.has(usual.iso3)
          ? undefined
          : readings.find((r) => named.has(r.iso3) && r.population * CONTEXT_POPULATION_RATIO >= usual.population);
    if (better === undefined || better.geonamesId === c.geo?.geonamesId) continue;
    Object.assign(c, placeCandidate(c.start, c.end, better.iso3, better.name, c.label, cityGeo(better)), { rank: c.rank });
  }
}

/** Words a speaker's name may have after an inverted cue: `," said umm khaled,`. */
const SPEAKER_NAME_WORDS = 3;

/**
 * Where casing is damaged, the two or three words between a cue right after a quotation and the
 * next comma, full stop or "of" name its speaker (`"...," said mamadou sow, a student`), though no list
 * knows them; not a role ("said police spokesman ...") nor words that begin with an ordinary one.
 */
function findInvertedSpeakers(doc: Doc, res: LanguageResources, tests: NameTests, out: Candidate[]): void {
  if (!doc.casingDamaged) return;
  for (const span of findQuoteSpans(doc)) {
    const first = span.close + 2;
    if (!res.triggers.cues.has(doc.lower(span.close + 1)) || (tests.isCommon(first) && !tests.isGivenName(first))) continue;
    let end = first;
    while (end < doc.tokenCount && end - first < SPEAKER_NAME_WORDS && doc.hasShape(end, Shape.hasLetter) && !tests.isFunctionWord(end) && !tests.isPersonRole(end)) end++;
    // "said joris van dam of the christian democrats": the name may end before "of" and its organization.
    if (end - first >= 2 && (doc.form(end) === "," || doc.form(end) === "." || doc.lower(end) === "of")) out.push(candidate(first, end, "PERSON", RANK_CAPITALIZED));
  }
}

/** Finds named entities sentence by sentence and records them as name mentions. */
export function recognizeEntities(doc: Doc, res: LanguageResources): void {
  const tests = new NameTests(doc, res);
  const used = new Uint8Array(doc.tokenCount);
  let chosen: Candidate[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    const found: Candidate[] = [];
    findLexiconNames(doc, res, tests, from, to, found);
    extendOverHeads(doc, res, found, to);
    findPeople(doc, res, tests, from, to, found);
    findOrgsByHead(doc, res, tests, from, to, found);
    findCapitalizedRuns(doc, res, tests, from, to, found);
    for (const c of settle(found, used)) chosen.push(c);
  }
  const surnames: Candidate[] = [];
  findInvertedSpeakers(doc, res, tests, surnames);
  findSurnames(doc, tests, chosen, surnames);
  findAcronyms(doc, res, tests, chosen, surnames);
  chosen = settle(chosen.concat(surnames), new Uint8Array(doc.tokenCount));
  placesInContext(doc, res, chosen);
  doc.mentions = chosen.map(
    (c): Mention => ({
      start: c.start,
      end: c.end,
      kind: "name",
      label: c.label,
      cluster: -1,
      key: c.key,
      canonical: c.canonical,
      country: c.country,
      sector: c.sector,
      geo: c.geo,
    }),
  );
  doc.tokens.mention.fill(-1, 0, doc.tokenCount);
  doc.mentions.forEach((m, index) => doc.tokens.mention.fill(index, m.start, m.end));
}

export function createEntitiesStage(res: LanguageResources): Stage {
  return {
    name: "entities",
    requires: ["tokens", "sentences", "casing", "dates"],
    assigns: ["entities"],
    run: (doc) => recognizeEntities(doc, res),
  };
}
