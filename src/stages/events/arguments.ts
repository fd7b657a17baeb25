import { Shape, type Argument, type Cluster, type Doc, type EventAnnotation, type GeoRef, type Mention } from "../../doc/document.js";
import type { LanguageData } from "../../lexicon/language-data.js";
import type { Sector } from "../../ontology/index.js";
import type { LanguageResources } from "../resources.js";
import { OPPOSITION_WORDS, isTeamRank, reportsTheStory, roleEndingAt, sentTo } from "../coref/describe.js";
import { datelineEnd } from "../dates/index.js";
import { RELATIVE_PRONOUNS } from "./clause.js";

/** Heads that stand for their possessor's power: "maduro's government" acts as Maduro. */
const POWER_HEADS = new Set(["government", "regime", "forces", "troops", "army", "police", "administration", "authorities", "agents", "officials", "militia", "men", "cabinet", "party", "supporters", "loyalists"]);
/** Heads that are people of their own: "his driver" is the driver, not his employer. */
const PERSON_HEADS = new Set(["driver", "drivers", "bodyguard", "bodyguards", "aide", "wife", "husband", "son", "daughter", "brother", "sister", "lawyer", "lawyers", "assistant", "secretary", "nephew", "niece", "father", "mother", "cousin"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their"]);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "his", "her", "their"]);
const PLACE_PREPOSITIONS = new Set(["in", "from", "of", "throughout", "across", "around"]);
/** Prepositions of where a thing is, not whose it is. */
export const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "inside", "outside"]);

function mentionAt(doc: Doc, i: number): Mention | undefined {
  const index = doc.tokens.mention[i] ?? -1;
  const m = doc.mentions[index];
  return m && m.start === i ? m : undefined;
}

/** Sectors that belong to no country. */
const STATELESS = new Set<Sector>(["IGO", "NGO"]);

/**
 * A place acting or acted on: a country or its capital stands for the state ("Moscow said");
 * another town for the people there ("a curfew in Abidjan"). Without `lang`, always the state.
 */
function placeSector(cluster: Cluster, lang: LanguageData | null): Sector {
  if (lang === null || cluster.geo?.precision !== "city" || cluster.geo.country === null) return "GOV";
  return isCapital(cluster.geo, lang) ? "GOV" : "CVL";
}

/** Whether a place is its country's capital ("Moscow"), which may stand for the state. */
export function isCapital(geo: GeoRef, lang: LanguageData): boolean {
  const capital = geo.country === null ? null : (lang.countriesByIso3.get(geo.country)?.capital ?? null);
  return capital !== null && capital.toLowerCase() === geo.name.toLowerCase();
}

export function argumentOfCluster(doc: Doc, start: number, end: number, clusterId: number, lang: LanguageData | null = null): Argument {
  const cluster = doc.clusters[clusterId];
  const acting = cluster?.label === "GPE" ? placeSector(cluster, lang) : null;
  // Someone the story gives no country is most likely of the country the story is about.
  const country = cluster?.country ?? (cluster && (cluster.label === "PERSON" || cluster.label === "GPE") && !(cluster.sector !== null && STATELESS.has(cluster.sector)) ? doc.focusCountry : null);
  return { start, end, cluster: clusterId, name: cluster?.name ?? doc.casedText(start, end), country, sector: acting };
}

/**
 * The second of two coordinated names in a subject ("Modi and Ishiba signed", "the government of
 * Congo and the M23 rebel group"): whom a joint deed is done with; null when there is none.
 */
export function secondCoordinated(doc: Doc, res: LanguageResources, start: number, end: number): Argument | null {
  let first = -1;
  for (let i = start; i < end; i++) {
    const m = mentionAt(doc, i);
    if (first < 0 && m && m.cluster >= 0 && m.label !== "NORP") first = m.cluster;
    if (first >= 0 && doc.lower(i) === "and") {
      const second = resolvePhrase(doc, res, i + 1, end);
      return second && second.cluster !== first ? second : null;
    }
  }
  return null;
}

/** Sectors an opposition qualifier overrides: "opposition candidates", "opposition activists". */
const OPPOSABLE = new Set<Sector>(["PTY", "CVL", "LEG"]);

const GROUP_NOUNS = new Set(["group", "groups", "members", "leaders", "supporters", "figures", "movement", "officials", "sources", "spokesman", "spokeswoman", "chief", "chiefs"]);

const GROUP_ACTIONS = new Set(["operation", "operations", "policy", "policies", "crackdown", "campaign"]);

/** The descriptor's sector from the role words in [start, end) ("intelligence officials" -> SPY). */
function descriptorSector(doc: Doc, res: LanguageResources, start: number, end: number): { sector: Sector | null; country: string | null } | null {
  for (let j = end; j > start; j--) {
    // A role word inside a place's name describes no one: "the West Bank".
    const place = doc.mentions[doc.tokens.mention[j - 1] ?? -1];
    if (place && (place.label === "GPE" || place.label === "LOC")) continue;
    const role = roleEndingAt(doc, res, j, start);
    // A role word modifying a noun describes a thing ("joint military exercises"), unless the noun
    // is a group of people ("opposition groups", "army reservists"), what that group does ("the
    // intelligence operation") or a vehicle of its ("set fire to two police vehicles").
    const thing = j < end && doc.upos(j) === "NOUN" && !isPluralPeople(doc, res, j) && !GROUP_NOUNS.has(doc.lower(j)) && !GROUP_ACTIONS.has(doc.lower(j)) && !res.triggers.vehicleWords.has(doc.lemma(j));
    if (!role || role.sector === null || thing) continue;
    let opposition = false;
    for (let i = start; i < role.start; i++) if (OPPOSITION_WORDS.has(doc.lower(i))) opposition = true;
    // "the rebel group's commanders": members of a group the possessive names are of its sector.
    const owner = doc.lower(role.start - 1) === "'s" && role.start - 1 > start ? roleEndingAt(doc, res, role.start - 1, start) : null;
    if (owner?.sector && GROUP_MEMBERS.has(doc.lemma(j - 1))) return { sector: owner.sector, country: owner.country ?? role.country };
    const sector = role.start === j - 1 && FORCE_MEMBERS.has(doc.lower(j - 1)) ? nearestForce(doc, res, role.start) ?? role.sector : role.sector;
    return { sector: opposition && OPPOSABLE.has(sector) ? "OPP" : sector, country: role.country };
  }
  return null;
}

/** Words for the members of a group, whose sector is the group's ("the party's leaders", "the rebel group's commanders"). */
const GROUP_MEMBERS: ReadonlySet<string> = new Set(["commander", "leader", "member", "official", "spokesman", "spokeswoman", "chief", "fighter"]);

/** Members of whichever force the story last named: "police arrested him ... officers seized his laptop". */
const FORCE_MEMBERS: ReadonlySet<string> = new Set(["officer", "officers"]);

/** Tokens back that `nearestForce` reads (bounded: a text of nothing but "officers" stays linear). */
const FORCE_REACH = 1000;

/** The sector, police or military, of the force word nearest before token `before`; null when none. */
function nearestForce(doc: Doc, res: LanguageResources, before: number): Sector | null {
  for (let i = before - 1; i >= Math.max(0, before - FORCE_REACH); i--) {
    const role = res.actors.roles.get(doc.lower(i))?.find((r) => r.words.length === 1 && (r.sector === "COP" || r.sector === "MIL"));
    if (role && !FORCE_MEMBERS.has(doc.lower(i))) return role.sector;
  }
  return null;
}

/**
 * The cluster coded with this sector (and country, when given) that the story names most often
 * before `before`, the most recently named of equals; else the first named after it in the same
 * sentence. "The militants" of a story about Al-Shabab are Al-Shabab, not al-Qaeda it is once said
 * to be linked to; "the rebels would not withdraw" are not Hezbollah of the next sentence.
 */
function clusterWithSector(doc: Doc, sector: Sector, country: string | null, before: number, nobody: boolean): number {
  let best = -1;
  let bestCount = -1;
  let bestPosition = -1;
  const dateline = datelineEnd(doc);
  for (const cluster of doc.clusters) {
    if (cluster.sector !== sector || (country !== null && cluster.country !== country)) continue;
    // The agency of "ISTANBUL (Reuters) -" and "told Reuters" reports the story: "the editor" arrested is not its.
    if (cluster.mentions.every((m) => reportsTheStory(doc, doc.mentions[m], dateline))) continue;
    // "thousands of nurses" and "a military base" are not the union leader or colonel named later.
    if (nobody && cluster.label === "PERSON") continue;
    const first = doc.mentions[cluster.mentions[0] ?? -1];
    if (!first) continue;
    let count = 0;
    let last = -1;
    for (const index of cluster.mentions) {
      const m = doc.mentions[index];
      if (!m || m.start >= before) continue;
      count++;
      last = Math.max(last, m.start);
    }
    if (count === 0 && doc.sentenceOf(first.start) !== doc.sentenceOf(before)) continue;
    const position = count > 0 ? last : -first.start;
    if (best < 0 || count > bestCount || (count === bestCount && position > bestPosition)) {
      best = cluster.id;
      bestCount = count;
      bestPosition = position;
    }
  }
  return best;
}

/**
 * Whether a descriptor may stand for a named group of its sector. "The army", "the military": one
 * body, the state's own, so not a paramilitary the story names ("the army" is not the RSF), unless
 * that group's name has the word. Plurals ("the militants", "the rebels") may be any named group.
 */
function institutionNamedBy(doc: Doc, res: LanguageResources, head: string, sector: Sector, country: string | null): boolean {
  const institution = !isPlural(head) && (res.actors.roles.get(head)?.some((role) => role.words.length === 1 && !role.person) ?? false);
  if (!institution) return true;
  return doc.clusters.some((c) => c.sector === sector && (country === null || c.country === country) && c.name.toLowerCase().split(/\s+/).includes(head));
}

/** A plural head noun ("nurses", "protesters"; not "press" or "police"). */
function isPlural(head: string): boolean {
  return head.length > 3 && head.endsWith("s") && !head.endsWith("ss");
}

/** A plural noun for people at token i: "reservists", "crew members". */
export function isPluralPeople(doc: Doc, res: LanguageResources, i: number): boolean {
  return isPlural(doc.lower(i)) && res.lang.beingNouns.has(doc.lemma(i));
}

/** A head noun that cannot be one person: a plural, or a noun naming no one ("base", "station"). */
function namesNoOne(res: LanguageResources, head: string): boolean {
  return isPlural(head) || !res.lang.beingNouns.has(head);
}

/** People acted on ("refusing admittance to Ghanaians") are civilians, not the state their name stands for when they act. */
export function asUndergoer(doc: Doc, argument: Argument | null): Argument | null {
  if (!argument || argument.cluster >= 0 || argument.sector !== "GOV" || !demonymOnly(doc, argument.start, argument.end)) return argument;
  return { ...argument, sector: "CVL" };
}

/** Words that count or qualify a people without changing who it is: "more than 100", "young". */
const QUANTIFIERS = new Set(["some", "many", "more", "than", "at", "least", "about", "nearly", "over", "several", "hundreds", "thousands", "dozens", "of", "young", "illegal"]);

/**
 * A phrase made only of a demonym: "the Palestinians" (the people as a polity, `counted` false)
 * or "168 Liberians", "young Algerians" (people of that country, `counted` true); null otherwise.
 */
function demonymOnly(doc: Doc, start: number, end: number): { country: string; counted: boolean } | null {
  let first = start;
  if (doc.lower(first) === "the") first++;
  const counted = first;
  while (first < end && (QUANTIFIERS.has(doc.lower(first)) || doc.upos(first) === "NUM")) first++;
  const m = mentionAt(doc, first);
  return m && m.label === "NORP" && m.end === end && m.country ? { country: m.country, counted: first > counted } : null;
}

function countryNamed(doc: Doc, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const m = mentionAt(doc, i);
    if (m && (m.label === "GPE" || m.label === "NORP") && m.country) return m.country;
  }
  return null;
}

/** A person or group named right before "of" heads its phrase ("Quellin of the Unity Party"). */
function headBeforeOf(doc: Doc, start: number, end: number): Mention | undefined {
  for (let i = start; i < end; i++) {
    const m = mentionAt(doc, i);
    if (m && m.cluster >= 0 && (m.label === "PERSON" || m.label === "ORG") && doc.lower(m.end) === "of" && m.end < end) return m;
  }
  return undefined;
}

/**
 * Where a phrase starting at `start` may start: the dateline ("KYIV, Jan 5 (Reuters) -") says where
 * the report was filed and does nothing; a headline before it keeps its words ("Gondor expels Arnor diplomat").
 */
export function pastDateline(doc: Doc, start: number): number {
  const dateline = datelineEnd(doc);
  return start < dateline && doc.sentenceOf(start) === doc.sentenceOf(dateline - 1) ? dateline : start;
}

/**
 * Who a phrase names: a person or group named in it (not a possessor), else the possessor of a
 * power or a thing ("maduro's government", "marrero's homes"), else a descriptor linked to the
 * entity of that sector ("intelligence officials" -> SEBIN), else null.
 */
export function resolvePhrase(doc: Doc, res: LanguageResources, start: number, end: number): Argument | null {
  start = pastDateline(doc, start);
  // "fans without tickets who tried to force their way": a relative clause names others.
  for (let i = start + 1; i < end; i++) {
    if (RELATIVE_PRONOUNS.has(doc.lower(i)) && doc.upos(i) === "PRON") {
      end = i;
      break;
    }
  }
  // "troops loyal to President Deby": whom they are loyal to is not who they are.
  for (let i = start + 1; i + 1 < end; i++) {
    if (doc.upos(i) === "ADJ" && doc.lower(i + 1) === "to" && doc.upos(i - 1) === "NOUN") {
      end = i;
      break;
    }
  }
  // "Arnor gangs, which ...": the comma before the clause is no part of the name.
  while (end > start && doc.upos(end - 1) === "PUNCT") end--;
  if (end <= start) return null;
  const followers = followersOf(doc, res, start, end);
  if (followers) return followers;
  // "seven suspects in the Hodan district": people, wherever they were; the place names no one.
  const placed = peopleBeforePlace(doc, res, start, end);
  if (placed) return placed;
  let named: Mention | undefined;
  let possessor: Mention | undefined;
  let coordinated = false;
  for (let i = start; i < end; i++) {
    // "The United States and Jordan agreed": the first of coordinated names is the actor coded.
    if (named && doc.lower(i) === "and") coordinated = true;
    // "Congo's government and the M23": the first is a possessed role, coded on its own.
    if (!named && possessor && doc.lower(i) === "and" && i > possessor.end + 1) {
      const first = resolvePhrase(doc, res, start, i);
      if (first) return first;
    }
    const m = mentionAt(doc, i);
    if (!m || m.cluster < 0 || (coordinated && named)) continue;
    // "the Gondor ambassador to Arnor, Tomas Quellin": the place an envoy is sent to is not who acts.
    if (m.label !== "PERSON" && sentTo(doc, i, start + 1)) continue;
    const possessive = doc.lower(m.end) === "'s" || (POSSESSIVE_PRONOUNS.has(doc.lower(i)) && m.kind === "pronoun");
    if (possessive) possessor = m;
    // A place no gazetteer knows (LOC) codes nothing: the words around it say more.
    else if (m.label !== "NORP" && m.label !== "LOC" && (!named || m.label !== "GPE" || named.label === "GPE")) named = m;
  }
  const head = doc.lower(end - 1);
  const ofHead = headBeforeOf(doc, start, end);
  if (ofHead) return argumentOfCluster(doc, start, end, ofHead.cluster, res.lang);
  const namedBefore = named || possessor ? null : organizationByHead(doc, res, start, end);
  if (namedBefore) return argumentOfCluster(doc, start, end, namedBefore.cluster, res.lang);
  if (named && named.label === "GPE" && named.start > start && PLACE_PREPOSITIONS.has(doc.lower(named.start - 1))) {
    // "opposition groups in Zimbabwe", "security forces in Guinea": the group, from that place.
    // Unless the group names its own country: "the United States embassy in Paris".
    const role = descriptorSector(doc, res, start, named.start - 1);
    const own = countryNamed(doc, start, named.start - 1);
    if (role?.sector) return { start, end, cluster: -1, name: doc.casedText(start, named.start - 1).replace(/^(the|a|an) /i, ""), country: own ?? named.country, sector: role.sector };
  }
  // "Gondor police", "US and British forces": a place naming whose force it is; the role gives the
  // sector, up to an "and" before another group ("the government of Congo and the M23 rebel group").
  let described = named ? named.end : end;
  while (described < end && !(doc.lower(described) === "and" && groupNamedIn(doc, described + 1, end))) described++;
  if (named && (named.label === "GPE" || named.label === "NORP") && named.end < described) {
    // "the Madrid captain": a team's, from that place, and no organ of its state.
    const rank = roleEndingAt(doc, res, described, named.end);
    if (rank && isTeamRank(doc, res, rank.sector, rank.start, described)) {
      return { start, end, cluster: -1, name: doc.casedText(start, end).replace(/^(the|a|an) /i, ""), country: named.country, sector: null };
    }
    const role = descriptorSector(doc, res, named.end, described);
    if (role?.sector) {
      const linked = role.sector === "GOV" ? -1 : clusterWithSector(doc, role.sector, named.country, start, namesNoOne(res, head));
      if (linked >= 0) return { ...argumentOfCluster(doc, start, end, linked, res.lang), sector: null };
      return { start, end, cluster: -1, name: doc.casedText(start, described).replace(/^(the|a|an) /i, ""), country: named.country, sector: role.sector };
    }
  }
  if (named && !(named.label === "GPE" && possessor)) return argumentOfCluster(doc, start, end, named.cluster, res.lang);
  if (possessor) {
    const cluster = doc.clusters[possessor.cluster];
    // "Cairo's security chief", "Taiwan's vice foreign minister": a role of a place's state.
    const headRole = possessor.label === "GPE" || possessor.label === "NORP" ? descriptorSector(doc, res, possessor.end, end) : null;
    // "Cairo's security chief", "its army": the name starts after the possessive.
    const nameStart = possessor.end + (doc.lower(possessor.end) === "'s" ? 1 : 0);
    // "Bangladesh's acting high commissioner": an office the UN also has, of a state named, is that state's diplomat.
    const headSector = headRole?.sector === "IGO" ? "GOV" : headRole?.sector;
    if (headSector) return { start, end, cluster: -1, name: doc.casedText(nameStart, end), country: cluster?.country ?? possessor.country, sector: headSector };
    // "her supporters", "Quellin's family": the group that follows or belongs to the possessor, of its side
    // ("its former parent" is a company's).
    if (res.triggers.followerNouns.has(doc.lemma(end - 1)) && doc.lower(possessor.start) !== "its" && cluster?.label !== "ORG") {
      const sector = cluster?.sector ?? possessor.sector;
      return { start, end, cluster: -1, name: doc.casedText(start, end).replace(DETERMINER_PREFIX, ""), country: cluster?.country ?? possessor.country ?? doc.focusCountry, sector: sector !== null && OPPOSING.has(sector) ? "OPP" : "CVL" };
    }
    // "his driver", "his rival": someone of their own, not the possessor.
    if (PERSON_HEADS.has(head) || res.triggers.relationNouns.has(doc.lemma(end - 1))) {
      return { start, end, cluster: -1, name: head, country: cluster?.country ?? doc.focusCountry, sector: null };
    }
    // "two of his aides", "Guaido's adviser": a person's aides are of that person's side, not the state's.
    const role = cluster?.label === "PERSON" ? roleEndingAt(doc, res, end, possessor.end) : null;
    if (role?.person && (role.sector === null || role.sector === "GOV")) {
      return { start, end, cluster: -1, name: doc.casedText(start, end).replace(DETERMINER_PREFIX, ""), country: cluster?.country ?? doc.focusCountry, sector: cluster?.sector ?? null };
    }
    // "Perez's party threatened a strike": a person's party acts, of the person's side, and is not the person.
    if (PARTY_HEADS.has(head) && cluster?.label === "PERSON" && end - possessor.end <= 3) {
      const sector = cluster.sector === "OPP" || cluster.sector === "REB" ? cluster.sector : "PTY";
      return { start, end, cluster: -1, name: doc.casedText(start, end).replace(DETERMINER_PREFIX, ""), country: cluster.country ?? doc.focusCountry, sector };
    }
    if (POWER_HEADS.has(head) || !descriptorSector(doc, res, start, end)) return argumentOfCluster(doc, start, end, possessor.cluster, res.lang);
  }
  if (end - start === 1 && PLURAL_PRONOUNS.has(head)) return null;
  const nationals = demonymOnly(doc, start, end);
  // "Palestinians blamed Israel": a people named by its nationality acts as its state; counted, they are civilians.
  if (nationals) return { start, end, cluster: -1, name: doc.casedText(start, end).replace(/^(the|a|an) /i, ""), country: nationals.country, sector: nationals.counted ? "CVL" : "GOV" };
  // "several Europeans": people of a region are civilians of no one country.
  const lastLemma = doc.lemma(end - 1).toLowerCase();
  if (doc.lower(end - 1) !== lastLemma && res.entityWords.regionAdjectives.has(lastLemma)) {
    return { start, end, cluster: -1, name: doc.casedText(start, end).replace(DETERMINER_PREFIX, ""), country: null, sector: "CVL" };
  }
  const descriptor = descriptorSector(doc, res, start, end);
  // "European governments", "Western diplomats": of several countries, so neither the story's nor its forces'.
  const regional = namesRegion(doc, res, start, end);
  if (descriptor?.sector) {
    const country = countryNamed(doc, start, end) ?? descriptor.country;
    // "two navy ships" are some of a force's vehicles, not the force the story names.
    const vehicle = res.triggers.vehicleWords.has(doc.lemma(end - 1));
    const linked = descriptor.sector === "GOV" || vehicle || (regional && country === null) || !institutionNamedBy(doc, res, head, descriptor.sector, country) ? -1 : clusterWithSector(doc, descriptor.sector, country, start, namesNoOne(res, head));
    if (linked >= 0 && !otherName(doc, start, end, linked)) return { ...argumentOfCluster(doc, start, end, linked, res.lang), sector: null };
    // "Its commerce ministry" (the Taliban's): the possessor's country before the story's.
    const possessorCountry = possessor ? (doc.clusters[possessor.cluster]?.country ?? possessor.country) : null;
    const fallback = regional ? null : possessorCountry ?? doc.focusCountry;
    const resolvedCountry = descriptor.sector === "IGO" ? null : country ?? fallback;
    const stateName = resolvedCountry ? countryName(doc, resolvedCountry) : null;
    return {
      start,
      end,
      cluster: -1,
      name: descriptor.sector === "GOV" && stateName ? stateName : doc.casedText(start, end).replace(/^(the|a|an) /i, ""),
      country: resolvedCountry,
      sector: descriptor.sector,
    };
  }
  if (PERSON_HEADS.has(head)) return { start, end, cluster: -1, name: head, country: doc.focusCountry, sector: null };
  // "European governments": a role of several countries, none of them named.
  const regionalRole = regional ? res.actors.roles.get(doc.lemma(end - 1))?.find((role) => role.words.length === 1 && role.sector !== null) : undefined;
  if (regionalRole) return { start, end, cluster: -1, name: doc.casedText(start, end).replace(/^(the|a|an) /i, ""), country: null, sector: regionalRole.sector };
  // "released the 25 crew members", "arrested two suspected smugglers": people no role describes are civilians;
  // not a plural of a role ("both governments", "the parties"): who they are is not known.
  const ofRole = res.actors.roles.get(doc.lemma(end - 1))?.some((role) => role.words.length === 1) ?? false;
  if (doc.upos(end - 1) === "NOUN" && isPluralPeople(doc, res, end - 1) && !ofRole && isPlainNounPhrase(doc, start, end)) {
    return { start, end, cluster: -1, name: doc.casedText(start, end).replace(/^(the|a|an) /i, ""), country: regional ? null : doc.focusCountry, sector: "CVL" };
  }
  // "killed dozens of the assailants", "vowed to hunt down the attackers": people a role of no sector names are someone, of no known side.
  const sideless = res.actors.roles.get(doc.lemma(end - 1))?.some((role) => role.words.length === 1 && role.person && role.sector === null) ?? false;
  if (sideless && doc.upos(end - 1) === "NOUN" && isPluralPeople(doc, res, end - 1) && isPlainNounPhrase(doc, start, end)) {
    return { start, end, cluster: -1, name: doc.casedText(start, end).replace(/^(the|a|an) /i, ""), country: null, sector: null };
  }
  // "German goods", "three ethnic Albanians": what a country or nationality qualifies belongs to that country.
  // "Israeli changes", "an Indian proposal": a nationality qualifying a thing speaks for its state.
  // Not in a phrase of where: "a ceasefire agreement in the Qatari capital" is no Qatari thing.
  let headEnd = start;
  while (headEnd < end && !(headEnd > start && WHERE_PREPOSITIONS.has(doc.lower(headEnd)))) headEnd++;
  // "The Egyptian Initiative for Personal Rights": a nationality starting a capitalized name names no state.
  const country = startsName(doc, res, start, headEnd) ? null : countryNamed(doc, start, headEnd);
  // "a Kyrgyz shepherd", "Iraqi Kurds": a person of a nationality that no role describes is a civilian of that country.
  const civilian = namesKindOfPerson(doc, res, headEnd - 1);
  if (country) return { start, end, cluster: -1, name: doc.casedText(start, end).replace(/^(the|a|an) /i, ""), country, sector: civilian ? "CVL" : "GOV" };
  const group = end - start === 2 && doc.lower(start) === "the" && GROUP_ANAPHORS.has(head) ? organizationBefore(doc, start) : -1;
  return group >= 0 ? argumentOfCluster(doc, start, end, group, res.lang) : null;
}

/**
 * Whether [start, end) is a possessive pronoun and a thing of the possessor's that no role codes, so
 * that the possessor does the deed ("its aircraft bombed"), not someone of their own ("his brother").
 */
export function possessorActs(doc: Doc, res: LanguageResources, start: number, end: number): boolean {
  if (end - start < 2 || !POSSESSIVE_PRONOUNS.has(doc.lower(start))) return false;
  // "its troops", "its army": a force of the possessor's kind is coded as the possessor's force ("Pakistan said its troops" is PAKMIL).
  return resolvePhrase(doc, res, start + 1, end) === null;
}

/**
 * A capital acted on only as where a thing is ("stormed a hotel in Mogadishu", "in central
 * Mogadishu") is that town's people, as any other town is, not its state.
 */
export function asPlaceOfThing(doc: Doc, participant: Argument | null): Argument | null {
  const cluster = participant ? doc.clusters[participant.cluster] : undefined;
  if (!participant || cluster?.label !== "GPE" || cluster.geo?.precision !== "city" || participant.sector !== "GOV") return participant;
  const m = doc.mentions.find((x) => x.cluster === participant.cluster && x.start > participant.start && x.end <= participant.end);
  if (!m) return participant;
  let k = m.start - 1;
  while (k > participant.start && doc.upos(k) === "ADJ") k--;
  return k > participant.start && WHERE_PREPOSITIONS.has(doc.lower(k)) && doc.upos(k - 1) === "NOUN" ? { ...participant, sector: "CVL" } : participant;
}

/** Plain people before a phrase of where that names a place ("suspects in the Hodan district"), coded as people; else null. */
function peopleBeforePlace(doc: Doc, res: LanguageResources, start: number, end: number): Argument | null {
  for (let k = start + 1; k < end - 1; k++) {
    if (!WHERE_PREPOSITIONS.has(doc.lower(k))) continue;
    const at = (doc.tokens.mention[k + 1] ?? -1) >= 0 ? k + 1 : k + 2;
    const place = doc.mentions[doc.tokens.mention[at] ?? -1];
    // "at US Airways": a place word opening another name is no place.
    if (!place || (place.label !== "GPE" && place.label !== "LOC") || doc.upos(place.end) === "PROPN") return null;
    const head = k - 1;
    if (doc.upos(head) !== "NOUN" || !isPluralPeople(doc, res, head) || (doc.tokens.mention[head] ?? -1) >= 0) return null;
    const people = resolvePhrase(doc, res, start, k);
    return people && people.cluster < 0 ? { ...people, country: people.country ?? place.country } : null;
  }
  return null;
}

/** Sectors whose followers are the opposition: "supporters of the opposition leader". */
const OPPOSING = new Set<Sector>(["OPP", "PTY"]);

/**
 * "Thousands of supporters of Mondlane", "parents of the abducted schoolgirls": the group, of the
 * country of whom it follows or belongs to (OPP for the opposition's, else CVL); null otherwise.
 */
function followersOf(doc: Doc, res: LanguageResources, start: number, end: number): Argument | null {
  for (let i = start; i + 2 < end; i++) {
    if (doc.lower(i + 1) === "of" && res.triggers.followerNouns.has(doc.lemma(i))) {
      const whom = resolvePhrase(doc, res, i + 2, end);
      const sector = whom ? doc.clusters[whom.cluster]?.sector ?? whom.sector : null;
      return { start, end, cluster: -1, name: doc.casedText(i, end), country: whom?.country ?? doc.focusCountry, sector: sector !== null && OPPOSING.has(sector) ? "OPP" : "CVL" };
    }
    // Only counts and qualifiers may come before: "thousands of", "angry".
    const tag = doc.upos(i);
    if (!QUANTIFIERS.has(doc.lower(i)) && tag !== "DET" && tag !== "NUM" && tag !== "ADJ") return null;
  }
  return null;
}

/**
 * Whether a word before the head of [start, end) places it in no one country: an adjective of a
 * continent or region ("European", "Arab"), "foreign" before no office ("foreign diplomats"), or "other" before
 * states ("other governments"; "nine other officers" are of the story's country).
 */
function namesRegion(doc: Doc, res: LanguageResources, start: number, end: number): boolean {
  const states = STATE_NOUNS.has(doc.lemma(end - 1).toLowerCase());
  for (let i = start; i < end - 1; i++) {
    const lower = doc.lower(i);
    const foreign = lower === "foreign" && !FOREIGN_OFFICES.has(doc.lower(i + 1));
    if (res.entityWords.regionAdjectives.has(lower) || foreign || (lower === "other" && states)) return true;
  }
  return false;
}

/** Words after "foreign" that make it a state's office, not strangers: "foreign minister", "Foreign Office". */
const FOREIGN_OFFICES: ReadonlySet<string> = new Set(["minister", "ministers", "ministry", "secretary", "office", "affairs", "policy", "service", "intelligence"]);
/** Nouns of states as such, which "other" makes several of no one country. */
const STATE_NOUNS: ReadonlySet<string> = new Set(["government", "country", "nation", "state", "power"]);

/** Words that, after "the", take up the organization last named ("the group" for Al-Shabab, "the bloc" for ECOWAS). */
const GROUP_ANAPHORS: ReadonlySet<string> = new Set(["group", "organization", "organisation", "movement", "militia", "bloc", "alliance", "coalition"]);
/** Sentences back that "the group" may reach. */
const GROUP_ANAPHOR_REACH = 4;

/** Tokens back that "the group" may reach, whatever the sentences' length. */
const GROUP_ANAPHOR_TOKENS = 400;

/** The cluster of the organization named last before token `before`, within reach (not the press reporting it); -1 when none. */
function organizationBefore(doc: Doc, before: number): number {
  const [limit] = doc.sentenceTokens(Math.max(0, doc.sentenceOf(before) - GROUP_ANAPHOR_REACH));
  for (let i = before - 1; i >= Math.max(limit, before - GROUP_ANAPHOR_TOKENS); i--) {
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (m && m.kind === "name" && m.label === "ORG" && m.start === i && doc.clusters[m.cluster]?.sector !== "MED") return m.cluster;
  }
  return -1;
}

/**
 * Whether [start, end) is a name of several words no entity covers that shares no word with the name
 * of `cluster`: "the Press Freedom Forum" is not the journalist named before ("the International
 * Olympic Committee" may be the IOC, "the Cardinal" the cardinal named).
 */
function otherName(doc: Doc, start: number, end: number, cluster: number): boolean {
  if (doc.casingDamaged || doc.upos(end - 1) !== "PROPN" || doc.upos(end - 2) !== "PROPN" || end - 2 < start) return false;
  const words = new Set((doc.clusters[cluster]?.name ?? "").toLowerCase().split(/\s+/));
  for (let i = start; i < end; i++) if (words.has(doc.lower(i))) return false;
  return true;
}

/** A nationality or country in well-cased [start, end) followed by a capitalized word: the start of a name. */
function startsName(doc: Doc, res: LanguageResources, start: number, end: number): boolean {
  if (doc.casingDamaged) return false;
  for (let i = start; i + 1 < end; i++) {
    const m = mentionAt(doc, i);
    if (m && (m.label === "NORP" || m.label === "GPE") && doc.hasShape(m.end, Shape.upperInitial) && !mentionAt(doc, m.end) && !peopleAt(doc, res, m.end)) return true;
  }
  return false;
}

/** A capitalized people closing the name ("Iraqi Kurds"), not a word inside a longer one ("Canadian Actors' Equity"). */
function peopleAt(doc: Doc, res: LanguageResources, i: number): boolean {
  return doc.upos(i) === "PROPN" && namesKindOfPerson(doc, res, i) && !doc.hasShape(i + 1, Shape.upperInitial) && !/^'s?$/.test(doc.lower(i + 1));
}

/** A common noun for a kind of person ("shepherd"), or a capitalized plural of one ("Kurds", "Tamils"). */
function namesKindOfPerson(doc: Doc, res: LanguageResources, i: number): boolean {
  if (doc.upos(i) === "NOUN") return res.lang.personNouns.has(doc.lemma(i).toLowerCase());
  const lower = doc.lower(i);
  return doc.upos(i) === "PROPN" && lower.length > 3 && lower.endsWith("s") && res.lang.personNouns.has(lower.slice(0, -1));
}

/** A noun phrase of determiners, numbers, adjectives and nouns only, naming no one: "the 25 crew members". */
function isPlainNounPhrase(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const tag = doc.upos(i);
    if ((doc.tokens.mention[i] ?? -1) >= 0 || (tag !== "DET" && tag !== "NUM" && tag !== "ADJ" && tag !== "NOUN" && tag !== "VERB")) return false;
  }
  return true;
}

/** Whether a person or organization is named in [start, end). */
function groupNamedIn(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const label = mentionAt(doc, i)?.label;
    if (label === "ORG" || label === "PERSON") return true;
  }
  return false;
}

/** The name of a country as the document calls it: its country-level place entity. */
function countryName(doc: Doc, country: string): string | null {
  const cluster = doc.clusters.find((c) => c.label === "GPE" && c.country === country && (c.geo === null || c.geo.precision === "country"));
  return cluster?.name ?? null;
}

/** The government of the document's focus country: whom demands and protests about deeds are addressed to. */
export function focusGovernment(doc: Doc, start: number, end: number, lang: LanguageData | null): Argument | null {
  return doc.focusCountry ? governmentOf(doc, doc.focusCountry, start, end, lang) : null;
}

/** A country's government as a participant, named as the document names the country. */
/** The government of `country`, named as the story names the country, else by `lang`'s name for it. */
export function governmentOf(doc: Doc, country: string, start: number, end: number, lang: LanguageData | null = null): Argument {
  return { start, end, cluster: -1, name: countryName(doc, country) ?? lang?.countriesByIso3.get(country)?.name ?? country, country, sector: "GOV" };
}

/** Heads of a person's political organization: "Perez's party", "his movement". */
const PARTY_HEADS: ReadonlySet<string> = new Set(["party", "movement", "alliance", "coalition", "bloc"]);

/** Determiners of a definite description: "the commission", "this commission". */
const DEFINITE_OPENERS: ReadonlySet<string> = new Set(["the", "this", "that"]);

/**
 * "the Election Commission ... the same commission rejected": a definite description of one noun
 * names the organization last named before it whose name ends in that noun, capitalized where
 * capitals are reliable ("the UK bank" names none). Not a role word, which the sector reading
 * resolves ("the party", "the army": the state's own, not "the National Liberation Army").
 */
function organizationByHead(doc: Doc, res: LanguageResources, start: number, end: number): Mention | null {
  if (end - start < 2 || doc.upos(end - 1) !== "NOUN" || !DEFINITE_OPENERS.has(doc.lower(start))) return null;
  for (let i = start + 1; i < end - 1; i++) if (doc.lower(i) !== "same") return null;
  const head = doc.lower(end - 1);
  if (res.actors.roles.has(head)) return null;
  for (let i = start - 1; i >= Math.max(0, start - DESCRIPTION_REACH); i--) {
    if (doc.lower(i) !== head) continue;
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (m && m.end === i + 1 && m.kind === "name" && m.end - m.start >= 2 && m.label === "ORG" && m.cluster >= 0 && (doc.casingDamaged || !doc.hasShape(i, Shape.allLower))) return m;
  }
  return null;
}

/** Tokens back a definite description looks for the name it stands for (bounded: many descriptions stay linear). */
const DESCRIPTION_REACH = 1000;

const DETERMINER_PREFIX = /^(?:the|a|an)\s+/i;
const PRONOUNS = new Set(["it", "they", "them", "this", "that", "these", "those", "which", "who", "what", "there", "he", "she", "we", "i", "you", "one"]);

/** A participant that is no entity but a plain phrase ("many countries"), kept with its words and no coding. */
export function plainPhrase(doc: Doc, res: LanguageResources, start: number, end: number): Argument | null {
  start = pastDateline(doc, start);
  if (end <= start || end - start > 6) return null;
  const head = doc.lower(end - 1);
  if (PRONOUNS.has(head) || res.entityWords.functionWords.has(head) || !/\p{L}/u.test(head)) return null;
  const name = doc.casedText(start, end).replace(DETERMINER_PREFIX, "");
  return { start, end, cluster: -1, name, country: null, sector: null };
}

/** The focus country's government, unless it is the actor itself. */
export function addressedToState(doc: Doc, event: EventAnnotation, start: number, end: number, lang: LanguageData | null): Argument | null {
  const actorCluster = event.actor ? doc.clusters[event.actor.cluster] : undefined;
  const actorCountry = actorCluster?.country ?? event.actor?.country ?? null;
  const actorSector = actorCluster?.sector ?? event.actor?.sector ?? null;
  if (actorCountry === doc.focusCountry && actorSector === "GOV") return null;
  // "Rwanda denies backing the M23": a denial answers whoever its own sentence names, not the story's state.
  if (event.type === "REJECT" && !namesCountryIn(doc, doc.focusCountry, event.sentence)) return null;
  return focusGovernment(doc, start, end, lang);
}

/** Whether a sentence names `country` by a place, nationality or group of it. */
export function namesCountryIn(doc: Doc, country: string | null, sentence: number, skip: Argument | null = null): boolean {
  const [from, to] = doc.sentenceTokens(sentence);
  const skipped = (m: Mention): boolean => skip !== null && ((skip.cluster >= 0 && m.cluster === skip.cluster) || (m.start >= skip.start && m.start < skip.end));
  return country !== null && doc.mentions.some((m) => m.country === country && m.start >= from && m.start < to && !skipped(m));
}
