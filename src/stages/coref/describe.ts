import type { Doc, Mention } from "../../doc/document.js";
import type { Sector } from "../../ontology/index.js";
import { isCueVerb } from "../cues.js";
import type { LanguageResources } from "../resources.js";

/** What the words around a mention say of who it is. */
export interface Description {
  sector: Sector | null;
  country: string | null;
  /** The country was written next to the role ("US security adviser"), not inferred. */
  explicitCountry: boolean;
  /** Token range of the role words found, or -1. */
  roleStart: number;
  roleEnd: number;
}

/** A mention of the agency filing the story: in the dateline, or told what a source said ("told Reuters"). */
export function reportsTheStory(doc: Doc, m: Mention | undefined, dateline: number): boolean {
  return m !== undefined && (m.start < dateline || doc.lower(m.start - 1) === "told");
}

/** Words around a name to read for its role. */
const WINDOW = 8;
export const OPPOSITION_WORDS: ReadonlySet<string> = new Set(["opposition", "dissident", "dissidents", "self-proclaimed"]);
/** Roles of someone sent by one state to another, or to a body: "ambassador to", "envoy to". */
const ENVOYS: ReadonlySet<string> = new Set(["ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries", "consul", "delegate", "delegates", "delegation"]);

/** Whether token k is the "to" after an envoy's role ("ambassador to"). */
export function isEnvoyTo(doc: Doc, k: number): boolean {
  return doc.lower(k) === "to" && ENVOYS.has(doc.lower(k - 1));
}

/**
 * Whether the name at token i is where an envoy is sent ("ambassador to Arnor", "envoy to the
 * UN"), with that "to" at or after token `from`; not a possessor ("envoy to Arnor's president").
 */
export function sentTo(doc: Doc, i: number, from: number): boolean {
  const k = doc.lower(i - 1) === "the" ? i - 2 : i - 1;
  const m = doc.mentions[doc.tokens.mention[i] ?? -1];
  return k >= from && isEnvoyTo(doc, k) && !(m && doc.lower(m.end) === "'s");
}

/** Words that make an office a past one ("ousted prime minister X" holds it no longer). */
const FORMER: ReadonlySet<string> = new Set(["former", "ex", "ex-", "then", "ousted", "deposed", "toppled", "late"]);

/** The longest role phrase ending at token `end - 1`, if any. */
export function roleEndingAt(doc: Doc, res: LanguageResources, end: number, from: number): { start: number; sector: Sector | null; country: string | null; person: boolean } | null {
  const candidates = res.actors.roles.get(doc.lower(end - 1));
  if (!candidates) return null;
  let best: { start: number; sector: Sector | null; country: string | null; person: boolean } | null = null;
  for (const role of candidates) {
    const n = role.words.length;
    const start = end - n;
    if (start < from) continue;
    // The head matched as the lookup key; a plural form only counts for people ("soldiers", not "parties").
    let matches = role.person || doc.lower(end - 1) === role.words[n - 1];
    for (let k = 0; k < n - 1 && matches; k++) matches = doc.lower(start + k) === role.words[k];
    if (matches && (!best || start < best.start)) best = { start, sector: role.sector, country: role.country, person: role.person };
  }
  return best;
}

function isBarrier(doc: Doc, res: LanguageResources, i: number): boolean {
  const form = doc.lower(i);
  if (form === ";" || form === '"' || form === "(" || form === ")" || form === ":" || form === ".") return true;
  if (isCueVerb(doc, res, i)) return true;
  // A verb ends the description ("called on Turkish authorities to release X"), unless it modifies the name ("jailed leader X").
  const upos = doc.upos(i);
  if ((upos === "VERB" || upos === "AUX") && doc.deprel(i) !== "amod") return true;
  // A word that can only be a trigger verb ("arrested", "threatened") ends a description.
  const triggers = res.triggers.byForm.get(form);
  return triggers !== undefined && triggers.every((t) => t.entry.pos === "verb") && !res.actors.roles.has(form) && (doc.tokens.mention[i] ?? -1) < 0;
}

/** Reads role, country and opposition words in [from, to), with a person or group there lending its coding. */
function readWindow(doc: Doc, res: LanguageResources, from: number, to: number, self: Mention): Description {
  const d: Description = { sector: null, country: null, explicitCountry: false, roleStart: -1, roleEnd: -1 };
  let opposition = false;
  let courtesy: { role: NonNullable<ReturnType<typeof roleEndingAt>>; end: number } | null = null;
  for (let j = to; j > from; j--) {
    const role = roleEndingAt(doc, res, j, from);
    // A word of a person's name is no role: "said Esther Major, Amnesty's director" describes no major.
    if (role && doc.mentions[doc.tokens.mention[j - 1] ?? -1]?.label === "PERSON") continue;
    // A role word modifying a noun is no one's role ("envoy for hostage affairs" is no hostage, nor
    // a "hostage negotiator"), unless a kind of group qualifies someone of it ("airline mechanic").
    if (role && j < to && doc.upos(j) === "NOUN" && (role.person || !res.lang.beingNouns.has(doc.lemma(j)))) continue;
    if (role && d.roleStart < 0 && (role.sector !== null || role.person)) {
      // "PTI spokesman Sheikh Waqas Akram": a courtesy title codes only when no other role does.
      if (courtesy === null && j - role.start === 1 && res.entityWords.courtesyTitles.has(doc.lower(role.start))) {
        courtesy = { role, end: j };
        continue;
      }
      d.sector = role.sector;
      if (role.country) d.country = role.country;
      d.roleStart = role.start;
      d.roleEnd = j;
    }
  }
  if (d.roleStart < 0 && courtesy) {
    d.sector = courtesy.role.sector;
    if (courtesy.role.country) d.country = courtesy.role.country;
    d.roleStart = courtesy.role.start;
    d.roleEnd = courtesy.end;
  }
  for (let j = from; j < to; j++) {
    if (OPPOSITION_WORDS.has(doc.lower(j))) opposition = true;
    const mi = doc.tokens.mention[j] ?? -1;
    const m = doc.mentions[mi];
    if (!m || m === self || m.start !== j) continue;
    const cluster = doc.clusters[m.cluster];
    // "the Gondor ambassador to Arnor", "envoy to the UN": where an envoy is sent is not whose they are.
    if (sentTo(doc, j, from)) continue;
    if ((m.label === "GPE" || m.label === "NORP") && m.country) {
      d.country = m.country;
      d.explicitCountry = true;
    } else if (m.label === "ORG" && cluster) {
      if (cluster.sector === "IGO") d.sector = "IGO";
      if (cluster.country && !d.explicitCountry) d.country = cluster.country;
      // A party's leader or member is coded as the party is ("leader of the X party" -> PTY).
      if ((cluster.sector === "PTY" || cluster.sector === "OPP") && d.sector === null) d.sector = cluster.sector;
    } else if (m.label === "PERSON" && cluster && (doc.lower(m.end) === "'s" || doc.lower(j - 1) === "of")) {
      // "guaido's bureau chief", "chief of staff of guaido": staff share their principal's coding.
      if (cluster.sector !== null) d.sector = cluster.sector;
      if (!d.explicitCountry) d.country = cluster.country;
    }
  }
  if (opposition && d.sector !== "IGO") d.sector = "OPP";
  // "former prime minister": out of office, no longer of its sector.
  // The word may lie before the window: a participle ("ousted") ends it.
  if (d.roleStart > 0 && FORMER.has(doc.lower(d.roleStart - 1)) && d.sector !== "OPP") d.sector = null;
  if (d.roleStart >= 0 && isTeamRank(doc, res, d.sector, d.roleStart, d.roleEnd)) d.sector = null;
  if (d.roleStart >= 0 && (d.sector === "GOV" || d.sector === "MIL")) {
    const owner = ownerOfRole(doc, res, d.roleStart, d.roleEnd, to);
    const organization = owner >= 0 ? doc.mentions[doc.tokens.mention[owner] ?? -1] : undefined;
    if (organization?.label === "ORG") {
      // "conaie president marlon vargas": the organization's head is coded as it is.
      d.sector = doc.clusters[organization.cluster]?.sector ?? null;
    } else if (owner >= 0 && !(owner === d.roleStart - 1 && PORTFOLIO_HOLDERS.has(doc.lower(d.roleEnd - 1)))) {
      // "the association's president", "captain of the club", "union president": an organization's head
      // is coded as the organization (a union's: CVL), or left uncoded, not as a head of state or an officer.
      const sector = res.actors.roles.get(doc.lower(owner))?.find((role) => !role.person)?.sector;
      if (sector !== undefined) d.sector = sector;
      else if (res.entityWords.orgHeads.has(doc.lower(owner)) || ORGANIZATION_NOUNS.has(doc.lower(owner)) || doc.upos(owner) === "PROPN") d.sector = null;
    }
  }
  return d;
}

/** "Madrid captain", "the England captain": a rank a team has too, right after a place's name, is the team's, not an officer's. */
export function isTeamRank(doc: Doc, res: LanguageResources, sector: Sector | null, roleStart: number, roleEnd: number): boolean {
  if (sector !== "MIL" || roleEnd - roleStart !== 1 || !res.entityWords.teamRanks.has(doc.lower(roleStart))) return false;
  const place = doc.mentions[doc.tokens.mention[roleStart - 1] ?? -1];
  return place?.label === "GPE" && place.end === roleStart;
}

/** A word right before these names a portfolio, not an owner: "Public Security Minister" is the state's, not a security body's. */
const PORTFOLIO_HOLDERS: ReadonlySet<string> = new Set(["minister", "ministers"]);

/** Organizations whose heads are not heads of state, beyond the name heads of data/entities/org-heads.txt. */
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(["club", "team", "firm", "school"]);

/** The noun a role belongs to: "the association's [president]", "[president] of the club"; -1 when none. */
/** A word for an organization ("union", "club") or an unknown name ("Conaie") at token i. */
function namesOrganization(doc: Doc, res: LanguageResources, i: number): boolean {
  const lower = doc.lower(i);
  if (res.actors.roles.get(lower)?.some((role) => !role.person) || res.entityWords.orgHeads.has(lower) || ORGANIZATION_NOUNS.has(lower)) return true;
  return doc.upos(i) === "PROPN" && !res.lang.commonWords.has(lower);
}

function ownerOfRole(doc: Doc, res: LanguageResources, roleStart: number, roleEnd: number, to: number): number {
  if (doc.lower(roleStart - 1) === "'s" && doc.upos(roleStart - 2) === "NOUN") return roleStart - 2;
  // "union president", "CONAIE president": an organization's name or a word for one right before
  // the role (not its field: "Finance Minister").
  const before = doc.mentions[doc.tokens.mention[roleStart - 1] ?? -1];
  if (before?.label === "ORG" || (!before && namesOrganization(doc, res, roleStart - 1))) return roleStart - 1;
  if (doc.lower(roleEnd) !== "of") return -1;
  for (let i = roleEnd + 1; i < Math.min(to + 4, roleEnd + 5); i++) {
    if (doc.upos(i) === "NOUN") return i;
    if (doc.upos(i) !== "DET" && doc.upos(i) !== "ADJ") return -1;
  }
  return -1;
}

/**
 * An organization's kind written right before its name, with the nationality before that:
 * "German chemicals distributor Brenntag" (DEU, BUS); null when no such word stands there.
 */
export function describeOrganization(doc: Doc, res: LanguageResources, m: Mention): Description | null {
  const [sentenceStart] = doc.sentenceTokens(doc.sentenceOf(m.start));
  const before = roleEndingAt(doc, res, m.start, sentenceStart);
  // Else its own head noun: "the Democratic Progressive Party" is a party, "the Kenya Police Service" police.
  const own = m.end - m.start > 1 ? roleEndingAt(doc, res, m.end, m.start) : null;
  const role = before && !before.person && before.sector !== null ? before : own && !own.person && own.sector !== null ? own : kindInApposition(doc, res, m);
  if (!role || role.person || role.sector === null) return null;
  let country = role.country ?? (role === own ? countryOpening(doc, res, m.start, role.start) : null);
  const kindStart = role === before ? role.start : m.start;
  for (let j = kindStart - 1; j >= Math.max(sentenceStart, kindStart - 3) && country === null; j--) {
    const place = doc.mentions[doc.tokens.mention[j] ?? -1];
    if (place && (place.label === "NORP" || place.label === "GPE")) country = place.country;
  }
  // A name that is only a role ("National Guard", "Police Service") says whose only with a country next to it.
  if (role === own && role.start === m.start && country === null) return null;
  return { sector: role.sector, country, explicitCountry: country !== null, roleStart: role.start, roleEnd: role === before ? m.start : m.end };
}

/** The country named or described by the first words of [start, end): "Sri Lankan police", "Kenya Police Service". */
function countryOpening(doc: Doc, res: LanguageResources, start: number, end: number): string | null {
  let text = "";
  let found: string | null = null;
  for (let i = start; i < Math.min(end, start + 3); i++) {
    text = i === start ? doc.lower(i) : `${text} ${doc.lower(i)}`;
    found = res.lang.countriesByName.get(text)?.iso3 ?? res.lang.demonyms.get(text)?.iso3 ?? found;
  }
  return found;
}

/** The word for an organization's kind in an apposition after it: "the Egyptian Initiative for Personal Rights, a rights group,". */
function kindInApposition(doc: Doc, res: LanguageResources, m: Mention): ReturnType<typeof roleEndingAt> {
  if (doc.form(m.end) !== ",") return null;
  const [, sentenceEnd] = doc.sentenceTokens(doc.sentenceOf(m.start));
  for (let j = m.end + 2; j <= Math.min(sentenceEnd, m.end + 7); j++) {
    if (doc.form(j - 1) === "," || doc.form(j - 1) === ".") break;
    const role = roleEndingAt(doc, res, j, m.end + 1);
    if (role && !role.person && role.sector !== null && (doc.form(j) === "," || doc.form(j) === ".")) return role;
  }
  return null;
}

/** Describes a name from the words before it, or from an apposition on either side. */
export function describeMention(doc: Doc, res: LanguageResources, m: Mention): Description {
  const [sentenceStart, sentenceEnd] = doc.sentenceTokens(doc.sentenceOf(m.start));
  let from = m.start;
  while (from > sentenceStart && m.start - from < WINDOW && !isBarrier(doc, res, from - 1) && doc.form(from - 1) !== ",") from--;
  const before = readWindow(doc, res, from, m.start, m);
  // "Tomas Quellin of Arnor": a place right after the name gives the country.
  const after = doc.tokens.mention[m.end + 1] ?? -1;
  const place = doc.lower(m.end) === "of" ? doc.mentions[after] : undefined;
  if (place && place.start === m.end + 1 && (place.label === "GPE" || place.label === "NORP") && place.country) {
    before.country = place.country;
    before.explicitCountry = true;
  }
  // "the United States, whose envoy Mark Hadley": the relative pronoun stands for the name before its comma.
  if (before.roleStart >= 0 && before.country === null && doc.lower(before.roleStart - 1) === "whose" && doc.form(before.roleStart - 2) === ",") {
    const owner = doc.mentions[doc.tokens.mention[before.roleStart - 3] ?? -1];
    const country = owner ? (doc.clusters[owner.cluster]?.country ?? owner.country) : null;
    if (owner && owner.label !== "PERSON" && country) {
      before.country = country;
      before.explicitCountry = true;
    }
  }
  if (before.country !== null) return before;
  const following = appositionAfter(doc, res, m, sentenceEnd);
  // "General Marat Sadykov, deputy head of Kazakhstan's security committee": the title's rank, the apposition's country.
  if (before.sector !== null) {
    if (following?.explicitCountry) {
      before.country = following.country;
      before.explicitCountry = true;
    }
    return before;
  }
  if (doc.form(m.start - 1) === "," && m.start - 1 > sentenceStart) {
    const end = m.start - 1;
    let start = end;
    while (start > sentenceStart && end - start < WINDOW + 2 && !isBarrier(doc, res, start - 1) && doc.form(start - 1) !== ",") start--;
    const apposition = readWindow(doc, res, start, end, m);
    if (apposition.roleStart >= 0) return apposition;
  }
  return following ?? before;
}

/** The description in an apposition right after a name ("X, the country's labour minister,"), if it names a role. */
function appositionAfter(doc: Doc, res: LanguageResources, m: Mention, sentenceEnd: number): Description | null {
  if (doc.form(m.end) !== "," || m.end + 1 >= sentenceEnd) return null;
  const start = m.end + 1;
  let end = start;
  while (end < sentenceEnd && end - start < WINDOW + 2 && !isBarrier(doc, res, end) && doc.form(end) !== ",") end++;
  const apposition = readWindow(doc, res, start, end, m);
  return apposition.roleStart >= 0 ? apposition : null;
}
