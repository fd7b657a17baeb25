import type { Cluster, Doc, Mention } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import { STATE_SECTORS } from "../../ontology/index.js";
import type { LanguageResources } from "../resources.js";
import { actorsOfAlias } from "../../lexicon/actors.js";
import { isCueVerb } from "../cues.js";
import { insideQuotes } from "../quotes/spans.js";
import { datelineEnd } from "../dates/index.js";
import { describeMention, describeOrganization, reportsTheStory, roleEndingAt, type Description } from "./describe.js";

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
/** Pronouns for groups and states: "Iraq said it would", "the party and its leader". */
const GROUP = new Set(["it", "its", "itself", "they", "their", "them", "themselves"]);
const POSSESSIVE_GROUP = new Set(["its", "their"]);
const PLURAL_GROUP = new Set(["they", "their", "them", "themselves"]);

type Gender = "m" | "f" | "n";

/**
 * The kind of antecedent a pronoun wants, or null. "it"/"they" count only outside quotations
 * and as possessives or subjects of a verb ("it is obvious" has no antecedent).
 */
function pronounGender(doc: Doc, res: LanguageResources, i: number, quoted: Uint8Array): Gender | null {
  const lower = doc.lower(i);
  if (MALE.has(lower)) return "m";
  if (FEMALE.has(lower)) return "f";
  if (!GROUP.has(lower) || quoted[i] === 1) return null;
  // "The office said it was concerned": after a speech verb, "it" is whoever spoke.
  if (POSSESSIVE_GROUP.has(lower) || cueBefore(doc, res, i) >= 0) return "n";
  const next = doc.lower(i + 1);
  const verb = doc.upos(i + 1) === "VERB" || next === "will" || next === "would" || next === "has" || next === "had";
  return verb ? "n" : null;
}
/** The speech verb right before a pronoun, past a time told with it ("said on Tuesday it had"), or -1. */
function cueBefore(doc: Doc, res: LanguageResources, i: number): number {
  const [sentenceStart] = doc.sentenceTokens(doc.sentenceOf(i));
  let k = i - 1;
  while (k > sentenceStart && doc.timexes.some((t) => t.start <= k && k < t.end)) k--;
  if (k < i - 1 && doc.upos(k) === "ADP") k--;
  return k > sentenceStart && isCueVerb(doc, res, k) ? k : -1;
}
const MALE_TITLES = new Set(["mr", "mr.", "sir", "lord", "king", "prince"]);
const FEMALE_TITLES = new Set(["mrs", "mrs.", "ms", "ms.", "lady", "dame", "queen", "princess"]);
/** Sentences back that a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 3;

function newCluster(doc: Doc, mention: Mention): Cluster {
  const cluster: Cluster = {
    id: doc.clusters.length,
    label: mention.label,
    name: "",
    country: null,
    sector: null,
    gender: null,
    geo: mention.geo,
    mentions: [],
  };
  doc.clusters.push(cluster);
  return cluster;
}

function attach(doc: Doc, cluster: Cluster, mentionIndex: number): void {
  const mention = doc.mentions[mentionIndex];
  if (!mention) return;
  mention.cluster = cluster.id;
  cluster.mentions.push(mentionIndex);
}

function tokensOf(doc: Doc, m: Mention): string[] {
  const out: string[] = [];
  for (let i = m.start; i < m.end; i++) out.push(doc.lower(i));
  return out;
}

/** Groups name mentions: same lexicon key, or a shorter person name contained in a longer one. */
function clusterNames(doc: Doc): void {
  const byKey = new Map<string, Cluster>();
  const people: { cluster: Cluster; words: string[] }[] = [];
  const order = doc.mentions
    .map((m, index) => ({ m, index }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.index - b.index);
  for (const { m, index } of order) {
    if (m.kind !== "name") continue;
    let key = m.key;
    if (key?.startsWith("norp:")) key = `country:${key.slice(5)}`;
    if (key === null && m.label !== "PERSON") key = `${m.label}:${tokensOf(doc, m).join(" ")}`;
    const words = tokensOf(doc, m).filter((w) => w !== "'s");
    if (key !== null) {
      let cluster = byKey.get(key);
      if (!cluster) {
        cluster = newCluster(doc, m);
        if (m.label === "NORP") cluster.label = "GPE";
        byKey.set(key, cluster);
        if (m.label === "PERSON") people.push({ cluster, words });
      }
      attach(doc, cluster, index);
      continue;
    }
    const last = words[words.length - 1] ?? "";
    const host =
      people.find((p) => p.words[p.words.length - 1] === last && words.every((w) => p.words.includes(w))) ??
      people.find((p) => words.every((w) => p.words.includes(w)));
    if (host) attach(doc, host.cluster, index);
    else {
      const cluster = newCluster(doc, m);
      attach(doc, cluster, index);
      people.push({ cluster, words });
    }
  }
  for (const cluster of doc.clusters) cluster.mentions.sort((a, b) => a - b);
}

/**
 * The canonical name: the lexicon's, else the longest mention as truecased; a country named only
 * by its people ("Nigerian") takes the country's name.
 */
function nameCluster(doc: Doc, res: LanguageResources, cluster: Cluster): void {
  let best: Mention | undefined;
  for (const index of cluster.mentions) {
    const m = doc.mentions[index];
    if (!m || m.kind !== "name") continue;
    if (m.canonical && m.label !== "NORP") {
      cluster.name = m.canonical;
      return;
    }
    if (!best || m.end - m.start > best.end - best.start || best.label === "NORP") best = m;
  }
  if (!best) return;
  let end = best.end;
  while (end > best.start + 1 && doc.form(end - 1) === "'s") end--;
  const country = best.label === "NORP" && best.country !== null ? res.lang.countriesByIso3.get(best.country) : undefined;
  cluster.name = country?.name ?? (best.label === "NORP" && best.canonical ? best.canonical : doc.casedText(best.start, end));
}

/** Sentences at the top (headline, lead) that say most about what a story is about. */
const LEAD_SENTENCES = 3;

/**
 * The country most mentioned by places, nationalities and known groups; the lead counts double.
 * A country named once, after the lead ("a French diplomat" near the end), is no focus.
 */
function findFocusCountry(doc: Doc, res: LanguageResources): string | null {
  const dateline = datelineEnd(doc);
  // A wire story filed from the country its first subject names is about it, however often it names others:
  // "BANGUI - The Central African Republic's government and two rebel groups signed ... in Luanda" (not "MANILA - Chinese vessels fired at ...").
  const [subjectStart, subjectEnd] = dateline > 0 ? leadSubject(doc, res, dateline) : [0, 0];
  const datelineCountry = doc.mentions.find((m) => m.kind === "name" && m.start < dateline && m.country !== null)?.country ?? null;
  if (datelineCountry !== null && doc.mentions.some((m) => m.start >= subjectStart && m.end <= subjectEnd && m.country === datelineCountry)) return datelineCountry;
  const counts = new Map<string, number>();
  const mentions = new Map<string, number>();
  const inLead = new Set<string>();
  const quietLead = dateline > 0 && !leadNamesACountry(doc, dateline);
  for (const m of doc.mentions) {
    // The agency filing the story ("(Reuters)", "told Reuters") says nothing of where it happens.
    if (m.kind !== "name" || !m.country || m.label === "PERSON" || (m.label === "ORG" && reportsTheStory(doc, m, dateline)) || namesABorder(doc, m)) continue;
    // The lead counts double, and so does a place where something happens ("in Gondor").
    const where = m.start > 0 && (doc.lower(m.start - 1) === "in" || doc.lower(m.start - 1) === "at") ? 1 : 0;
    if (doc.sentenceOf(m.start) < LEAD_SENTENCES) inLead.add(m.country);
    // The dateline's place ("DOHA, July 15 -" over a story about Congo) says where the report was filed: it counts once.
    const lead = doc.sentenceOf(m.start) < LEAD_SENTENCES && m.start >= dateline;
    // A lead that names no country of its own ("DHAKA - Protesters set fire to ...") happens at the dateline's place.
    const datelinePlace = quietLead && m.start < dateline ? 2 : 0;
    mentions.set(m.country, (mentions.get(m.country) ?? 0) + 1);
    // An organization ("the Kremlin", "Russia's GRU") is what a story is about less often than a place.
    const weight = m.label === "ORG" ? 0.5 : 1;
    counts.set(m.country, (counts.get(m.country) ?? 0) + weight * ((lead ? 2 : 1) + where + datelinePlace));
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [country, count] of counts) {
    if (!inLead.has(country) && (mentions.get(country) ?? 0) < 2) continue;
    if (count > bestCount) {
      best = country;
      bestCount = count;
    }
  }
  return best;
}

const BORDER_WORDS: ReadonlySet<string> = new Set(["border", "borders", "frontier"]);

/** A country named only as a border ("the Malian border", "the border with Mali") locates a place of another. */
function namesABorder(doc: Doc, m: Mention): boolean {
  if (BORDER_WORDS.has(doc.lower(m.end))) return true;
  const before = doc.lower(m.start - 1);
  return (before === "with" || before === "of") && BORDER_WORDS.has(doc.lower(m.start - 2));
}

/**
 * The tokens of the subject of the main verb of the dateline's sentence, or an empty range; of the
 * reported clause when the main verb reports it ("X fired at Y, the military said").
 */
function leadSubject(doc: Doc, res: LanguageResources, dateline: number): [number, number] {
  const [from, to] = doc.sentenceTokens(doc.sentenceOf(dateline));
  let root = -1;
  for (let i = dateline; i < to && root < 0; i++) if (doc.deprel(i) === "root") root = i;
  if (root >= 0 && isCueVerb(doc, res, root)) {
    for (let i = dateline; i < root; i++) {
      if (doc.head(i) === root && (doc.deprel(i) === "ccomp" || doc.deprel(i) === "parataxis")) {
        root = i;
        break;
      }
    }
  }
  const subject = subjectOf(doc, root, dateline);
  if (subject < 0) return [0, 0];
  // The subject's subtree: tokens whose chain of heads reaches it without leaving the sentence.
  let start = subject;
  let end = subject + 1;
  for (let i = Math.max(from, dateline); i < root; i++) {
    let k = i;
    for (let hops = 0; hops < to - from && k !== subject && k >= from && k < to; hops++) k = doc.head(k);
    if (k === subject) {
      start = Math.min(start, i);
      end = Math.max(end, i + 1);
    }
  }
  return [start, end];
}

/** The subject of the verb at `verb`, looked for from token `from` on; -1 when none. */
function subjectOf(doc: Doc, verb: number, from: number): number {
  for (let i = from; i < verb; i++) if (doc.head(i) === verb && doc.deprel(i).startsWith("nsubj")) return i;
  return -1;
}

/** Whether the sentence of the dateline names a country after it, by a place, nationality or known group. */
function leadNamesACountry(doc: Doc, dateline: number): boolean {
  const [, to] = doc.sentenceTokens(doc.sentenceOf(dateline));
  return doc.mentions.some((m) => m.kind === "name" && m.country !== null && m.label !== "PERSON" && m.start >= dateline && m.start < to && !(m.label === "ORG" && reportsTheStory(doc, m, dateline)));
}

/** Country and sector for each cluster: lexicon coding first, then descriptors around its mentions. */
function codeClusters(doc: Doc, res: LanguageResources): void {
  for (const cluster of doc.clusters) {
    const first = doc.mentions[cluster.mentions[0] ?? -1];
    if (!first) continue;
    for (const index of cluster.mentions) {
      const m = doc.mentions[index];
      if (m?.country && !cluster.country) cluster.country = m.country;
      if (m?.sector && !cluster.sector) cluster.sector = m.sector;
      if (m?.geo && !cluster.geo) cluster.geo = m.geo;
    }
  }
  // Two passes: a possessor ("guaido's bureau chief marrero") must be coded before what it lends.
  for (let pass = 0; pass < 2; pass++) {
    for (const cluster of doc.clusters) {
      const person = cluster.label === "PERSON";
      if (!person && cluster.label !== "ORG") continue;
      // Dictionary actors are coded already; only a person's office the text states may recode them, below.
      const dictionary = doc.mentions[cluster.mentions[0] ?? -1]?.key?.startsWith("actor:") === true;
      // "Cambodia's Red Cross", "the Kenyan Red Crescent": the national branch of a body of no country;
      // "Belarus's KGB": the country the text states before the dictionary's.
      if (dictionary && !person && cluster.sector !== "IGO") cluster.country = nationalBranch(doc, cluster) ?? cluster.country;
      if (dictionary && (!person || STATE_SECTORS.has(cluster.sector ?? ""))) continue;
      const descriptions: Description[] = [];
      for (const index of cluster.mentions) {
        const m = doc.mentions[index];
        // An organization no dictionary knows is coded only by the word for its kind right before it ("German chemicals distributor Brenntag").
        const described = !m ? null : person ? describeMention(doc, res, m) : describeOrganization(doc, res, m);
        if (described) descriptions.push(described);
      }
      // A person's office the text states is newer than the dictionary's ("Interior Minister
      // Diosdado Cabello" is no longer the party's vice president).
      if (dictionary) {
        if (descriptions.some((d) => d.sector === "GOV" && (d.country === null || d.country === cluster.country))) cluster.sector = "GOV";
        continue;
      }
      const opposition = descriptions.find((d) => d.sector === "OPP");
      const chosen = opposition ?? descriptions.find((d) => d.sector !== null) ?? descriptions.find((d) => d.country !== null);
      // "the Kenya Dairy Farmers Federation", "the Malaysian Maritime Enforcement Agency": an organization no word
      // describes is of the country named right before its name.
      if (!chosen && !person && cluster.country === null) cluster.country = nationalBranch(doc, cluster);
      if (!chosen) continue;
      const named = descriptions.find((d) => d.country !== null && d.explicitCountry)?.country ?? null;
      cluster.sector = chosen.sector;
      cluster.country = named ?? chosen.country ?? (person && chosen.sector !== null && chosen.sector !== "IGO" ? (capitalSpokenIn(doc, res, cluster) ?? sideReportedBefore(doc, cluster) ?? doc.focusCountry) : null);
      // "Russia's human rights commissioner": an office the UN also has, of a country named, is that state's.
      if (chosen.sector === "IGO") [cluster.sector, cluster.country] = named !== null && person ? ["GOV", named] : ["IGO", null];
    }
  }
}

/** The country of a possessive country or a nationality right before one of the cluster's mentions, or null. */
function nationalBranch(doc: Doc, cluster: Cluster): string | null {
  for (const index of cluster.mentions) {
    const m = doc.mentions[index];
    if (!m) continue;
    const possessive = doc.lower(m.start - 1) === "'s";
    const qualifier = doc.mentions[doc.tokens.mention[m.start - (possessive ? 2 : 1)] ?? -1];
    if (!qualifier || qualifier.country === null || qualifier.end !== m.start - (possessive ? 1 : 0)) continue;
    // A city's ("Nairobi's Red Cross") is a branch too, but of no country the text states as such.
    // "the Kenya Red Cross": a country's name right before is one too.
    const country = qualifier.label === "GPE" && (qualifier.geo?.precision ?? "country") === "country";
    if (possessive ? country : qualifier.label === "NORP" || country) return qualifier.country;
  }
  return null;
}

/** A plural common noun for people ("workers", "fans ... who") that no name covers. */
function isPeopleNoun(doc: Doc, res: LanguageResources, i: number): boolean {
  if (doc.upos(i) !== "NOUN" || doc.lower(i) === doc.lemma(i) || (doc.tokens.mention[i] ?? -1) >= 0) return false;
  if (res.lang.beingNouns.has(doc.lemma(i))) return true;
  for (let k = i + 1; k <= i + 3; k++) if (doc.lower(k) === "who") return true;
  return false;
}

/**
 * Whether the name at token i only says whose people a person noun names ("expelled an Arnor
 * diplomat, a day after its police ..."): no antecedent for "its", which a person cannot have.
 */
function namesPeopleOf(doc: Doc, res: LanguageResources, i: number): boolean {
  const m = doc.mentions[doc.tokens.mention[i] ?? -1];
  if (!m || m.label !== "GPE") return false;
  const last = m.end - 1;
  const head = doc.head(last);
  const relation = doc.deprel(last);
  return head >= m.end && (relation === "compound" || relation === "amod") && roleEndingAt(doc, res, head + 1, head)?.person === true;
}

/** A town or region named at token i: a place, not a state, so no group that acts as "they". */
function isSettlement(doc: Doc, i: number): boolean {
  const m = doc.mentions[doc.tokens.mention[i] ?? -1];
  return m !== undefined && m.label === "GPE" && m.geo !== null && m.geo.precision !== "country";
}

function genderOf(doc: Doc, res: LanguageResources, cluster: Cluster): "m" | "f" | null {
  for (const index of cluster.mentions) {
    const m = doc.mentions[index];
    if (!m) continue;
    const before = m.start > 0 ? doc.lower(m.start - 1) : "";
    if (MALE_TITLES.has(before)) return "m";
    if (FEMALE_TITLES.has(before)) return "f";
    if (m.end - m.start >= 2) {
      const gender = res.lang.givenNames.get(doc.lower(m.start));
      if (gender === "m" || gender === "f") return gender;
    }
  }
  return null;
}

/** A group written as a role ending at token j ("the army"), or a force's name made of one ("the Nigeria Police Force"), not "the Bank" of a bank named before. */
function namesGroupByRole(doc: Doc, res: LanguageResources, j: number, from: number): boolean {
  if (doc.upos(j) === "NOUN") return roleEndingAt(doc, res, j + 1, j)?.person === false;
  const role = doc.upos(j) === "PROPN" ? roleEndingAt(doc, res, j + 1, from) : null;
  return role !== null && !role.person && role.start < j;
}

/**
 * Links third-person pronouns to the most salient compatible person: in the same sentence
 * before the pronoun, else the leftmost (subject-like) person of the nearest earlier sentence,
 * skipping mentions inside quotations when the pronoun is outside them.
 */
function resolvePronouns(doc: Doc, res: LanguageResources): void {
  const quoted = insideQuotes(doc);
  for (const cluster of doc.clusters) if (cluster.label === "PERSON") cluster.gender = genderOf(doc, res, cluster);
  const dateline = datelineEnd(doc);
  const antecedentAt = (i: number, gender: Gender): number => {
    const mi = doc.tokens.mention[i] ?? -1;
    const m = doc.mentions[mi];
    // "(Reuters) - Brenntag said it had agreed": the agency filing the story is no antecedent.
    if (!m || m.start !== i || m.kind !== "name" || reportsTheStory(doc, m, dateline)) return -1;
    const fits = gender === "n" ? m.label === "ORG" || m.label === "GPE" : m.label === "PERSON";
    return fits ? m.cluster : -1;
  };
  // "Ayse Demir, his lawyer": a pronoun inside a name's apposition is someone else.
  const inApposition = (pronoun: number, antecedent: number): boolean => {
    const m = doc.mentions[doc.tokens.mention[antecedent] ?? -1];
    if (!m || doc.form(m.end) !== "," || pronoun <= m.end) return false;
    for (let k = m.end + 1; k < pronoun; k++) {
      const upos = doc.upos(k);
      if (upos === "VERB" || upos === "AUX" || upos === "PUNCT") return false;
    }
    return true;
  };
  const compatible = (clusterId: number, gender: Gender): boolean => {
    const g = doc.clusters[clusterId]?.gender ?? null;
    return gender === "n" || g === null || g === gender;
  };
  const pronouns: Mention[] = [];
  for (let i = 0; i < doc.tokenCount; i++) {
    const gender = pronounGender(doc, res, i, quoted);
    if (gender === null) continue;
    const s = doc.sentenceOf(i);
    const outsideQuote = quoted[i] === 0;
    let found = -1;
    let blocked = false;
    const [sentenceStart] = doc.sentenceTokens(s);
    // "The UN office in Geneva said it was concerned": the speaker, the subject of the speech verb, not the nearest name.
    const cue = gender === "n" ? cueBefore(doc, res, i) : -1;
    if (cue >= 0) {
      for (let j = sentenceStart; j < cue && found < 0; j++) {
        if (doc.head(j) !== cue || doc.deprel(j) !== "nsubj") continue;
        const m = doc.mentions[doc.tokens.mention[j] ?? -1];
        if (m && m.kind === "name" && (m.label === "ORG" || m.label === "GPE") && !reportsTheStory(doc, m, dateline)) found = m.cluster;
        // "The army said it had killed": a group with no name is no one named before.
        // "The Nigeria Police Force said it": so is a force's name made of a role.
        else if (!m && namesGroupByRole(doc, res, j, sentenceStart)) blocked = true;
      }
    }
    for (let j = i - 1; j >= sentenceStart && found < 0 && !blocked; j--) {
      if (outsideQuote && quoted[j] === 1) continue;
      // "fans who tried to force their way": a plural noun nearer than any name is what "they" means.
      if (PLURAL_GROUP.has(doc.lower(i)) && isPeopleNoun(doc, res, j)) blocked = true;
      // "arrested students in Tehran after they staged a protest": a city is no "they"; look on for who.
      if (PLURAL_GROUP.has(doc.lower(i)) && isSettlement(doc, j)) continue;
      const c = antecedentAt(j, gender);
      if (c >= 0 && compatible(c, gender) && !inApposition(i, j) && !(gender === "n" && namesPeopleOf(doc, res, j))) found = c;
    }
    for (let back = s - 1; back >= Math.max(0, s - PRONOUN_REACH) && found < 0 && !blocked; back--) {
      const [from, to] = doc.sentenceTokens(back);
      // "..., police spokesman Nafiu Abubakar said. He said ...": whoever spoke, not a man they spoke of.
      for (let j = from; j < to && found < 0; j++) {
        if (doc.deprel(j) !== "nsubj" || !isCueVerb(doc, res, doc.head(j)) || (outsideQuote && quoted[j] === 1)) continue;
        const c = antecedentAt(doc.mentions[doc.tokens.mention[j] ?? -1]?.start ?? -1, gender);
        if (c >= 0 && compatible(c, gender)) found = c;
      }
      for (let j = from; j < to && found < 0; j++) {
        if (outsideQuote && quoted[j] === 1) continue;
        const c = antecedentAt(j, gender);
        if (c >= 0 && compatible(c, gender)) found = c;
      }
    }
    if (found < 0) continue;
    const cluster = doc.clusters[found];
    if (cluster && cluster.gender === null && gender !== "n") cluster.gender = gender;
    pronouns.push({ start: i, end: i + 1, kind: "pronoun", label: cluster?.label ?? "PERSON", cluster: found, key: null, canonical: null, country: null, sector: null, geo: null });
  }
  for (const p of pronouns) {
    const index = doc.mentions.length;
    doc.mentions.push(p);
    doc.clusters[p.cluster]?.mentions.push(index);
    if ((doc.tokens.mention[p.start] ?? -1) < 0) doc.tokens.mention[p.start] = index;
  }
}

/**
 * A name the dictionary gives to actors of several countries ("the Democratic Party" of the US,
 * Korea, Italy) names the one of the story's country, when there is one.
 */
function localizeSharedNames(doc: Doc, res: LanguageResources): void {
  const focus = doc.focusCountry;
  if (focus === null) return;
  for (const m of doc.mentions) {
    if (m.kind !== "name" || !m.key?.startsWith("actor:") || m.country === focus) continue;
    const local = actorsOfAlias(res.actors, doc.spanText(m.start, m.end)).find((e) => e.country === focus && e.label === "ORG");
    if (!local) continue;
    m.key = `actor:${local.name}`;
    m.canonical = local.name;
    m.country = local.country;
    m.sector = local.sector;
  }
}

export function resolveCoreference(doc: Doc, res: LanguageResources): void {
  doc.clusters = [];
  // The story's country comes from its mentions alone, before names shared by several countries are read as its.
  doc.focusCountry = findFocusCountry(doc, res);
  localizeSharedNames(doc, res);
  clusterNames(doc);
  for (const cluster of doc.clusters) nameCluster(doc, res, cluster);
  codeClusters(doc, res);
  resolvePronouns(doc, res);
  resolveRoleDescriptions(doc, res);
}

/** Sentences back that "the minister" may reach for the person first named with that title. */
const DESCRIPTION_REACH = 3;
/** Words of an apposition after a name that may end in its title: "X, the country's labour minister,". */
const TITLE_WINDOW = 6;

/**
 * "Labour Minister Chaminda Wickramasinghe defended the reform. ... the minister told parliament":
 * "the" and a role word for a person (data/actors/roles.tsv) name the last person named with that
 * title, a few sentences back. "The minister of defence" or "the minister, X," name someone else.
 */
function resolveRoleDescriptions(doc: Doc, res: LanguageResources): void {
  const added: Mention[] = [];
  for (let i = 0; i + 1 < doc.tokenCount; i++) {
    if (doc.lower(i) !== "the" || (doc.tokens.mention[i + 1] ?? -1) >= 0) continue;
    const role = longestPersonRole(doc, res, i + 1);
    if (role === 0) continue;
    const end = i + 1 + role;
    // One person: "the journalists" are others.
    if (doc.xpos(end - 1) !== "NN" || doc.upos(end) === "PROPN" || doc.lower(end) === "of" || doc.form(end) === ",") continue;
    const words = Array.from({ length: role }, (_, k) => doc.lower(i + 1 + k));
    const earliest = doc.sentenceTokens(Math.max(0, doc.sentenceOf(i) - DESCRIPTION_REACH))[0];
    let cluster = -1;
    for (let k = doc.mentions.length - 1; k >= 0 && cluster < 0; k--) {
      const m = doc.mentions[k];
      if (!m || m.kind !== "name" || m.label !== "PERSON" || m.cluster < 0 || m.end > i || m.start < earliest) continue;
      if (titledWith(doc, m, words)) cluster = m.cluster;
    }
    if (cluster < 0) continue;
    added.push({ start: i, end, kind: "nominal", label: "PERSON", cluster, key: null, canonical: null, country: null, sector: null, geo: null });
    i = end - 1;
  }
  for (const m of added) {
    const index = doc.mentions.length;
    doc.mentions.push(m);
    doc.clusters[m.cluster]?.mentions.push(index);
    for (let t = m.start; t < m.end; t++) if ((doc.tokens.mention[t] ?? -1) < 0) doc.tokens.mention[t] = index;
  }
}

/** Words of the longest role for a person starting at token i ("prime minister", "minister"), or 0. */
function longestPersonRole(doc: Doc, res: LanguageResources, i: number): number {
  let best = 0;
  for (let n = 1; n <= res.actors.maxRoleWords; n++) {
    const entries = res.actors.roles.get(doc.lemma(i + n - 1).toLowerCase()) ?? res.actors.roles.get(doc.lower(i + n - 1));
    if (entries?.some((e) => e.person && e.words.length === n && e.words.every((w, k) => w === doc.lower(i + k) || w === doc.lemma(i + k).toLowerCase()))) best = n;
  }
  return best;
}

/** Words that make a title another office: "Deputy Prime Minister X" is not "the prime minister". */
const OTHER_OFFICE: ReadonlySet<string> = new Set(["deputy", "vice", "former", "acting", "assistant", "junior", "shadow", "ex", "late"]);

/** Whether a person's name stands right after these title words ("Labour Minister X") or ends an apposition with them ("X, the labour minister,"). */
function titledWith(doc: Doc, m: Mention, words: readonly string[]): boolean {
  const [from, to] = doc.sentenceTokens(doc.sentenceOf(m.start));
  const endsWith = (end: number): boolean => {
    const start = end - words.length;
    if (start < from || OTHER_OFFICE.has(doc.lower(start - 1))) return false;
    return words.every((w, k) => doc.lower(start + k) === w);
  };
  if (endsWith(m.start)) return true;
  if (doc.form(m.end) !== ",") return false;
  let close = m.end + 1;
  while (close < Math.min(to, m.end + 1 + TITLE_WINDOW) && doc.form(close) !== "," && doc.form(close) !== ".") close++;
  return endsWith(close);
}

export function createCorefStage(res: LanguageResources): Stage {
  return {
    name: "coref",
    requires: ["entities", "truecase", "deps"],
    assigns: ["coref", "actors"],
    run: (doc) => resolveCoreference(doc, res),
  };
}

/**
 * The country of the capital a spokesperson speaks in ("Foreign ministry spokesman Liu Jian told
 * reporters in Beijing" in a Philippine story is China's): spokespeople brief at home, where a
 * visiting minister does not. Null when no such sentence.
 */
function capitalSpokenIn(doc: Doc, res: LanguageResources, cluster: Cluster): string | null {
  for (const index of cluster.mentions) {
    const m = doc.mentions[index];
    if (!m || !SPOKESPEOPLE.has(doc.lower(m.start - 1))) continue;
    const [from, to] = doc.sentenceTokens(doc.sentenceOf(m.start));
    for (const place of doc.mentions) {
      if (place.start < from || place.start >= to || place.geo?.precision !== "city" || place.geo.country === null || doc.lower(place.start - 1) !== "in") continue;
      // "said in Beijing", "told reporters in Beijing".
      const head = doc.head(place.end - 1);
      if (!isCueVerb(doc, res, head) && !(head >= 0 && isCueVerb(doc, res, doc.head(head)))) continue;
      const country = res.lang.countriesByIso3.get(place.geo.country);
      if (country?.capital && country.capital.toLowerCase() === place.geo.name.toLowerCase()) return country.iso3;
    }
  }
  return null;
}

const SPOKESPEOPLE: ReadonlySet<string> = new Set(["spokesman", "spokeswoman", "spokesperson"]);
/** Offices right before a name that speak or act for a state the text may leave unsaid: "spokeswoman X", "Asia minister X". */
const OFFICE_WORDS: ReadonlySet<string> = new Set([...SPOKESPEOPLE, "minister"]);

/** Words before a name that may hold its role: "Its foreign minister, Farid Hamzah,". */
const ROLE_REACH = 5;

/** Whether "its" or "their" opens the role right before a name ("Its foreign minister, X"): the office of whoever was just told of. */
function possessedRole(doc: Doc, start: number): boolean {
  const [sentenceStart] = doc.sentenceTokens(doc.sentenceOf(start));
  let k = doc.form(start - 1) === "," ? start - 2 : start - 1;
  for (let steps = 0; k >= sentenceStart && steps < ROLE_REACH; k--, steps++) {
    if (POSSESSIVE_GROUP.has(doc.lower(k))) return true;
    if (doc.form(k) === "," || doc.upos(k) === "VERB") return false;
  }
  return false;
}

/** Sentences back that a spokesperson, or "its" minister, of no stated country may speak for the state they report on. */
const SIDE_REACH = 3;

/**
 * The state the sentences before the first mention of a spokesperson or of "its"/"their" official
 * are about ("Kazakhstan denied ... Hours later it ordered ... 'a fabrication,' foreign ministry
 * spokeswoman X said"; "Malaysia rejected the protest. Its foreign minister, X,"): the subject of
 * the nearest main verb, past pronouns, if it is a country or a government. Not the dateline's.
 */
function sideReportedBefore(doc: Doc, cluster: Cluster): string | null {
  const first = doc.mentions[cluster.mentions[0] ?? -1];
  if (!first || (!OFFICE_WORDS.has(doc.lower(first.start - 1)) && !possessedRole(doc, first.start))) return null;
  const sentence = doc.sentenceOf(first.start);
  for (let s = sentence - 1; s >= 0 && s >= sentence - SIDE_REACH; s--) {
    const [from, to] = doc.sentenceTokens(s);
    let root = -1;
    for (let i = from; i < to && root < 0; i++) if (doc.deprel(i) === "root") root = i;
    // "Britain summoned the envoy, the Foreign Office said": the clause reported before its cue tells the deed.
    let subject = -1;
    for (let i = from; i < root && subject < 0; i++) if (doc.head(i) === root && doc.deprel(i) === "ccomp") subject = subjectOf(doc, i, from);
    if (subject < 0) subject = subjectOf(doc, root, from);
    if (subject < 0) return null;
    // "Belarus responded. Its foreign ministry ordered ...": a pronoun or an office of "its" points further back.
    if (GROUP.has(doc.lower(subject)) || possessedRole(doc, subject)) continue;
    const m = doc.mentions[doc.tokens.mention[subject] ?? -1];
    if (!m || m.kind !== "name" || m.country === null) return null;
    const state = m.label === "GPE" ? (m.geo?.precision ?? "country") === "country" : m.label === "ORG" && m.sector === "GOV";
    return state ? m.country : null;
  }
  return null;
}
