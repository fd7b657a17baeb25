import type { Doc, Mention } from "../../doc/document.js";
import { isEnvoyTo, roleEndingAt } from "../coref/describe.js";
import { isCueVerb } from "../cues.js";
import { WEEKDAYS } from "../dates/lexicon.js";
import type { LanguageResources } from "../resources.js";

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
export const AUXILIARIES = new Set([
  "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re",
  "has", "have", "had", "having", "'ve", "do", "does", "did",
  "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "'d", "ca", "wo",
  "not", "n't", "never", "also", "already", "reportedly", "allegedly", "recently", "just", "still", "then",
  "yet", "now", "again", "later", "immediately", "further", "finally", "once", "officially", "publicly",
  "got", "get", "gets",
]);
export const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "got", "get", "gets"]);
export const NEGATIONS = new Set(["not", "n't", "never"]);
export const FUTURE = new Set(["will", "'ll", "shall", "would", "'d", "wo"]);
export const HYPOTHETICAL = new Set(["could", "might", "may", "can", "ca", "should", "must"]);

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"]);

/** Words that end a noun phrase on its right. */
const NP_STOPS = new Set([
  ",", ";", ":", ".", "!", "?", '"', "(", ")", "-", "--",
  "to", "with", "for", "in", "on", "at", "from", "into", "after", "before", "during", "over", "under",
  "against", "about", "as", "since", "until", "because", "by", "that", "which", "who", "whom", "whose",
  "when", "while", "where", "if", "but", "so", "than", "early", "late", "last", "this", "yesterday",
  "today", "tonight", "according", "amid", "despite", "near", "through", "throughout", "without", "within",
  "following", "around", "across", "via", "per", "or", "ahead", "outside", "inside", "unless", "although", "though", "whereas",
]);
/** Words that make a number at the head of a phrase approximate ("about 40 trucks", "over 100 people"). */
const APPROXIMATIONS: ReadonlySet<string> = new Set(["about", "around", "over", "under"]);
/** Words before "than" in a count ("more than 40", "fewer than 10"). */
const COMPARATIVES: ReadonlySet<string> = new Set(["more", "less", "fewer"]);

/** Words that end a noun phrase on its left (walking back from a verb). */
const SUBJECT_STOPS = new Set([
  ",", ";", ":", '"', "(", ")", "-", "--", "to", "that", "which", "who", "whom", "because", "although", "though",
  "when", "while", "if", "so", "but", "after", "before", "since", "as", "and", "or", "where", "whether",
]);

/** Whether token i opens a clause that modality.tsv makes `pending` ("until", "once"); an adverb opens none ("never before", "once again"). */
export function opensPending(doc: Doc, res: LanguageResources, i: number): boolean {
  // An adverb opens no clause ("once again"), but a wh-adverb does ("when they meet").
  if (doc.upos(i) === "ADV" && doc.xpos(i) !== "WRB") return false;
  return (res.triggers.modality.get(doc.lower(i)) ?? []).some((e) => e.words.length === 1 && e.effect === "pending");
}

/** A subordinating word that modality.tsv makes hypothetical ("if", "unless"). */
export function opensCondition(doc: Doc, res: LanguageResources, i: number): boolean {
  return doc.upos(i) === "SCONJ" && (res.triggers.modality.get(doc.lower(i)) ?? []).some((e) => e.words.length === 1 && e.effect === "hypothetical");
}

/** How far after a verb of saying its "that" may stand: "warned the rebels and their backers that". */
const THAT_REACH = 8;

/** The first word of the clause a verb reports with "that" ("warned [the rebels] that X would ..."), or -1. */
export function thatClauseStart(doc: Doc, verb: number, to: number): number {
  for (let i = verb + 1; i < Math.min(to - 1, verb + THAT_REACH); i++) {
    if (doc.lower(i) === "that") return i + 1;
    if (doc.form(i) === "," || doc.upos(i) === "VERB") return -1;
  }
  return -1;
}

/** Words that open a subject of the speaker's own side: "warned that our forces", "that his fighters would". */
export const OWN_SIDE_WORDS: ReadonlySet<string> = new Set(["we", "i", "our", "my", "his", "her", "its", "their"]);

export function isCue(res: LanguageResources, doc: Doc, i: number): boolean {
  return isCueVerb(doc, res, i);
}

const OBJECT_STARTS = new Set(["DET", "PROPN", "PRON", "NUM"]);

const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const NOUN_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);

/** A verb by the tagger, where the document is tagged; an "-ed" adjective before its object counts ("police shocked Paris"). */
export function isTaggedVerb(doc: Doc, i: number): boolean {
  if ((doc.tokens.mention[i] ?? -1) >= 0) return false;
  // "the abducted schoolgirls": a participle between an article and a noun describes the noun.
  if (ARTICLES.has(doc.lower(i - 1)) && NOUN_TAGS.has(doc.upos(i + 1))) return false;
  const tag = doc.upos(i);
  if (tag === "VERB") return true;
  return tag === "ADJ" && doc.lower(i).endsWith("ed") && OBJECT_STARTS.has(doc.upos(i + 1));
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "'", "\u201c", "\u2018"]);

/** Whether an object or target follows position i ("protested the decision", "protested against it"). */
export function objectFollows(doc: Doc, i: number, to: number): boolean {
  // "struck "terrorist" positions": a quotation mark opens the object.
  if (i < to && doc.upos(i) === "PUNCT" && OPENING_QUOTES.has(doc.form(i))) i++;
  if (i >= to) return false;
  const lower = doc.lower(i);
  // "a strike on Monday" is a time, not a target.
  if (lower === "on" && isTimeAt(doc, i + 1)) return false;
  if (lower === "against" || lower === "on") return true;
  // "struck southern Lebanon", "Iranian nuclear facilities": adjectives open the object they describe ("last week" is a time).
  if (doc.upos(i) === "ADJ" && !isTimeAt(doc, i)) {
    let k = i + 1;
    while (k < to && doc.upos(k) === "ADJ") k++;
    if (k < to && (doc.upos(k) === "PROPN" || doc.upos(k) === "NOUN")) return true;
  }
  return OBJECT_STARTS.has(doc.upos(i)) || doc.upos(i) === "NOUN";
}

/** Skips auxiliaries and adverbs left of a verb; returns the index just right of the subject. */
export function skipAuxiliariesLeft(doc: Doc, verb: number, from: number): number {
  let i = verb;
  while (i > from) {
    const lower = doc.lower(i - 1);
    if (AUXILIARIES.has(lower) || (lower.endsWith("ly") && lower.length > 4)) i--;
    else break;
  }
  return i;
}

/** Like skipAuxiliariesLeft, past opening quote marks too: 'had "illegally intruded"'. */
export function skipAuxiliariesAndQuotesLeft(doc: Doc, verb: number, from: number): number {
  let i = skipAuxiliariesLeft(doc, verb, from);
  while (i > from && OPENING_QUOTES.has(doc.form(i - 1))) i = skipAuxiliariesLeft(doc, i - 1, from);
  return i;
}

/** Words of time that name no one, even where no publication date lets them be resolved. */
const TIME_WORDS: ReadonlySet<string> = new Set(["today", "yesterday", "tonight", ...WEEKDAYS.keys()]);

/** Whether token i is part of a time expression ("on Friday", "today"). */
export function isTimeAt(doc: Doc, i: number): boolean {
  return TIME_WORDS.has(doc.lower(i)) || doc.timexes.some((t) => t.start <= i && i < t.end);
}

/** A time word, or the preposition opening a time ("on" of "on Friday"). */
export function isTimeOrItsPreposition(doc: Doc, i: number): boolean {
  return isTimeAt(doc, i) || (doc.upos(i) === "ADP" && isTimeAt(doc, i + 1));
}

/** Whether [start, end) holds a noun or pronoun that is no time ("it", not "Tuesday"). */
function namesSomethingIn(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((doc.upos(i) === "NOUN" || doc.upos(i) === "PROPN" || doc.upos(i) === "PRON") && !isTimeOrItsPreposition(doc, i)) return true;
  return false;
}

/** Drops the time and adverbs that end a subject: "rebels on Friday again rejected". */
function withoutTrailingTime(doc: Doc, start: number, end: number): number {
  while (end - 1 > start && (isTimeOrItsPreposition(doc, end - 1) || doc.upos(end - 1) === "ADV")) end--;
  return end;
}

/** Verbs whose object does the deed of an "of" gerund after it ("accused X of attacking"). */
const ACCUSING: ReadonlySet<string> = new Set(["accuse", "suspect", "convict", "acquit", "clear"]);

/** Whether the deed whose subject is [start, end) is what someone is accused of: "accused X [of] failing to protect". */
export function isAccusedOf(doc: Doc, start: number, end: number, verbStart: number): boolean {
  return end > start && doc.lower(verbStart - 1) === "of" && ACCUSING.has(doc.lemma(start - 1));
}

/**
 * Whether the gerund at `trigger`, or the first of the gerunds it is coordinated with, is what
 * someone is accused of: "accused the Rapid Action Battalion (RAB) of abducting", "X was suspected
 * of inciting violence and destroying property".
 */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "'", "\u201d", "\u2019"]);

/** Words between a verb of accusing and the "of" of its charge: "accused the Rapid Action Battalion (RAB) of". */
const ACCUSED_REACH = 10;

export function isAllegedDeed(doc: Doc, trigger: number): boolean {
  let first = trigger;
  while (doc.deprel(first) === "conj" && doc.head(first) >= 0 && doc.head(first) < first) first = doc.head(first);
  if (!doc.lower(first).endsWith("ing")) return false;
  const [from] = doc.sentenceTokens(doc.sentenceOf(first));
  let of = -1;
  for (let k = from; k < first && of < 0; k++) if (doc.head(k) === first && doc.lower(k) === "of") of = k;
  if (of < 0) return false;
  if (ACCUSING.has(doc.lemma(doc.head(first)))) return true;
  // Parses go astray around quoted or bracketed objects: the verb of accusing a few words before "of" will do.
  for (let k = of - 1; k >= Math.max(from, of - ACCUSED_REACH); k--) {
    if (ACCUSING.has(doc.lemma(k)) && (doc.upos(k) === "VERB" || doc.xpos(k) === "VBN")) return true;
    if (doc.lower(k) === "," || doc.lower(k) === ";" || doc.upos(k) === "CCONJ" || doc.upos(k) === "SCONJ") return false;
  }
  return false;
}

/** The subject noun phrase ending just left of `end`, within [from, end); empty when none. */
export function subjectLeftOf(doc: Doc, res: LanguageResources, end: number, from: number): [number, number] {
  if (end > from && doc.lower(end - 1) === "of") {
    // "accused X of attacking": X does the deed; "a tradition of honouring" names no doer.
    // "accused the Rapid Action Battalion (RAB) of", 'accused "foreign-backed elements" of': the accused stand before the brackets, inside the quotes.
    let close = end - 1;
    if (doc.lower(close - 1) === ")") {
      let open = close - 2;
      while (open > from && doc.lower(open) !== "(") open--;
      if (open > from) close = open;
    } else if (CLOSING_QUOTES.has(doc.form(close - 1))) close--;
    const [start, last] = subjectLeftOf(doc, res, close, from);
    const verb = OPENING_QUOTES.has(doc.form(start - 1)) ? start - 2 : start - 1;
    return last > start && verb >= from && ACCUSING.has(doc.lemma(verb)) ? [start, last] : [end, end];
  }
  let start = end;
  while (start > from) {
    const lower = doc.lower(start - 1);
    // A stop word inside a name belongs to it: "the Committee to Protect Journalists called".
    const inName = (doc.tokens.mention[start - 1] ?? -1) >= 0 && doc.tokens.mention[start - 1] === doc.tokens.mention[start];
    // "the Gondor ambassador to Arnor criticised": "to" after an envoy's role is part of the subject.
    const envoy = start - 1 > from && isEnvoyTo(doc, start - 1);
    if (!inName && !envoy && (SUBJECT_STOPS.has(lower) || isCue(res, doc, start - 1) || isTaggedVerb(doc, start - 1) || opensPending(doc, res, start - 1))) break;
    if (AUXILIARIES.has(lower) && lower !== "'s") break;
    // "a charge the government denied": a noun right before a determiner is the noun a relative clause without "that" describes.
    if (start < end && doc.form(start - 1) === "the" && start - 2 >= from && doc.upos(start - 2) === "NOUN" && (doc.tokens.mention[start - 2] ?? -1) < 0) {
      start--;
      break;
    }
    // "said on Tuesday it had killed": a time before a subject already found is the saying's ("rebels on Friday again
    // rejected" keeps "rebels"); not one inside a name ("Sunday Times") or owning the subject ("Saturday's match").
    const timeBefore = isTimeOrItsPreposition(doc, start - 1) && !isTimeOrItsPreposition(doc, start) && doc.lower(start) !== "'s";
    if (!inName && timeBefore && namesSomethingIn(doc, start, end)) break;
    start--;
  }
  // "gangs, which often kidnap": adverbs alone name no one; without a noun the tree finds the doer.
  let adverbs = start;
  while (adverbs < end && doc.upos(adverbs) === "ADV" && (doc.tokens.mention[adverbs] ?? -1) < 0) adverbs++;
  if (adverbs === end) start = end;
  // "and" joins two names of one subject ("maduro and guaido have", "the government of X and the
  // M23 group signed", "Congo's government and the M23"): keep both when the second is a name and
  // the first names someone.
  const second = doc.lower(start) === "the" ? start + 1 : start;
  if (start > from + 1 && doc.lower(start - 1) === "and" && (doc.tokens.mention[second] ?? -1) >= 0) {
    const first = subjectLeftOf(doc, res, start - 1, from)[0];
    const named = (doc.tokens.mention[start - 2] ?? -1) >= 0;
    // "Congo's government": a possessed noun or two.
    let possessed = false;
    for (let i = Math.max(first, start - 5); i < start - 2 && !possessed; i++) possessed = doc.lower(i) === "'s" && (doc.tokens.mention[i - 1] ?? -1) >= 0;
    if (named || possessed) return [first, end];
  }
  // "Pakistani border guards and Afghan Taliban forces exchanged fire": two groups of people, each a doer.
  if (start > from + 1 && doc.lower(start - 1) === "and" && namesPeopleAt(doc, res, start - 2) && namesPeopleAt(doc, res, end - 1)) {
    return [subjectLeftOf(doc, res, start - 1, from)[0], end];
  }
  if (start === end && start > from + 1 && doc.form(start - 1) === ",") {
    // An apposition or participle clause between commas: "the lima group, made up of ..., protested".
    let open = start - 2;
    while (open > from && doc.form(open) !== ",") open--;
    if (open > from && doc.form(open) === ",") {
      // "The Gondor ambassador to Arnor, Tomas Quellin, criticised": a person's name between the commas,
      // coded from the description, is the subject; uncoded ("Its spokesman, Gan Yu,"), the description says more.
      // A title may open the name: "Indonesia's navy chief, Admiral Budi Santoso, sent".
      let first = open + 1;
      while (first < start - 2 && (doc.tokens.mention[first] ?? -1) < 0 && (res.entityWords.personTitles.has(doc.lower(first)) || res.actors.roles.get(doc.lower(first))?.some((role) => role.person) === true)) first++;
      const name = doc.mentions[doc.tokens.mention[first] ?? -1];
      const cluster = name ? doc.clusters[name.cluster] : undefined;
      const coded = cluster !== undefined && (cluster.country !== null || cluster.sector !== null);
      // "X and his Kazakh counterpart, Y, spoke": Y names the second of two subjects.
      const [pairStart, pairEnd] = name ? subjectLeftOf(doc, res, open, from) : [open, open];
      let and = pairStart;
      while (and < pairEnd && doc.lower(and) !== "and") and++;
      if (and > pairStart && and < pairEnd && (doc.tokens.mention[pairStart] ?? -1) >= 0 && name?.end === start - 1) return [pairStart, name.end];
      const apposed = name !== undefined && name.label === "PERSON" && name.start === first && name.end === start - 1;
      if (apposed && coded) return [name.start, name.end];
      const [s, e] = subjectLeftOf(doc, res, open, from);
      // A description naming no one ("its spokesman, Alpha Barry," with "its" unresolved) says less than the name.
      let describesSomeone = false;
      for (let k = s; k < e && !describesSomeone; k++) describesSomeone = (doc.tokens.mention[k] ?? -1) >= 0 || (roleEndingAt(doc, res, k + 1, s)?.sector ?? null) !== null;
      if (apposed && !describesSomeone) return [name.start, name.end];
      if (e > s) return [s, e];
    }
  }
  // "Gunmen who abducted 25 schoolgirls ... have released": the object of a relative clause is not
  // the subject of the verb after it; the noun the clause describes is.
  const pronoun = start > from && start < end ? relativePronounOf(doc, start - 1, start, end) : -1;
  if (pronoun > from) return subjectLeftOf(doc, res, pronoun, from);
  return [start, withoutTrailingTime(doc, start, end)];
}

/** Pronouns that open a relative clause. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "that", "whom", "whose"]);

/**
 * The relative pronoun of a relative clause's verb whose object lies in [start, end) ("who
 * abducted [25 schoolgirls]"), or -1: the tree must call the verb a relative clause.
 */
function relativePronounOf(doc: Doc, verb: number, start: number, end: number): number {
  if (doc.deprel(verb) !== "acl:relcl") return -1;
  let object = false;
  for (let i = start; i < end; i++) if (doc.head(i) === verb && doc.deprel(i) === "obj") object = true;
  if (!object) return -1;
  // "the trial which saw Scholl deny the charges": before a bare verb (not inflected, no auxiliary) the object does its deed.
  let next = end;
  while (next < doc.tokenCount && doc.upos(next) === "ADV") next++;
  if (!AUXILIARIES.has(doc.lower(next)) && doc.lower(next) === doc.lemma(next)) return -1;
  for (let i = verb - 1; i > doc.head(verb) && i >= 0; i--) if (RELATIVE_PRONOUNS.has(doc.lower(i)) && doc.head(i) === verb) return i;
  return -1;
}

/** The object noun phrase starting at `start`, up to the first phrase boundary before `to`. */
export function objectRightOf(doc: Doc, res: LanguageResources, from: number, to: number, isVerbAt: (i: number) => boolean): [number, number] {
  // "called for the release of three lawmakers": a trigger ending in a noun takes its object after "of".
  const start = from < to && doc.lower(from) === "of" && doc.upos(from - 1) === "NOUN" ? from + 1 : from;
  let end = start;
  while (end < to) {
    const lower = doc.lower(end);
    // "more than 40 supporters", "at least 11 officers", "about 40 trucks": a count, not a comparison, a place or a topic.
    const count = (lower === "than" && COMPARATIVES.has(doc.lower(end - 1)) && doc.upos(end + 1) === "NUM") || (lower === "at" && (doc.lower(end + 1) === "least" || doc.lower(end + 1) === "most")) ||
      (end === start && APPROXIMATIONS.has(lower) && doc.upos(end + 1) === "NUM");
    if ((NP_STOPS.has(lower) && !count) || isCue(res, doc, end) || (AUXILIARIES.has(lower) && lower !== "'s")) break;
    // "the raids by X and the arrest of Y": a determiner after "and" opens a second phrase.
    if ((lower === "and" || lower === "or") && end > start && DETERMINERS.has(doc.lower(end + 1))) break;
    // "to reject the decree and thousands of protesters gathered": "and" before a clause joins clauses.
    if ((lower === "and" || lower === "or") && end > start && opensClause(doc, res, end + 1, to, isVerbAt)) break;
    if (end > start && (isVerbAt(end) || isTaggedVerb(doc, end))) break;
    // "officials it accused of ...": the subject of a relative clause without "that" starts another clause.
    if (end > start && doc.upos(end) === "PRON" && doc.deprel(end).startsWith("nsubj")) break;
    // "hand over to Arnor two of its nationals": a number right after a name opens a second object.
    if (end > start && doc.upos(end) === "NUM" && doc.form(end) === doc.lower(end) && secondObjectAfterName(doc, end)) break;
    // "clashed with police on Wednesday": the time is the event's, not part of who.
    if (end > start && isTimeOrItsPreposition(doc, end)) break;
    // "set fire to two police vehicles overnight": an adverb of the clause before the phrase is no part of it.
    if (end > start && doc.upos(end) === "ADV" && doc.head(end) >= 0 && doc.head(end) < start) break;
    end++;
  }
  // "defended the officers and said ...": a conjunction before the next verb joins clauses;
  // "accused Darfur rebels of violating ...": the "of" before it belongs to the accusation.
  while (end > start && (doc.lower(end - 1) === "and" || doc.lower(end - 1) === "or" || doc.lower(end - 1) === "of")) end--;
  return [start, end];
}

/** Whether a name ends right before token i ("to Arnor two of its nationals"; not "League One"). */
function secondObjectAfterName(doc: Doc, i: number): boolean {
  const m = doc.mentions[doc.tokens.mention[i - 1] ?? -1];
  return m !== undefined && m.kind === "name" && m.end === i;
}

/** Whether token i ends a phrase for people: a name, or a noun for people or a role ("guards", "forces", "unionists"). */
export function namesPeopleAt(doc: Doc, res: LanguageResources, i: number): boolean {
  if ((doc.tokens.mention[i] ?? -1) >= 0) return true;
  return doc.upos(i) === "NOUN" && (res.lang.beingNouns.has(doc.lemma(i)) || res.actors.roles.has(doc.lower(i)) || res.actors.roles.has(doc.lemma(i)));
}

/** Whether a noun phrase starting at `from` is the subject of a verb right after it ("thousands of protesters gathered"). */
function opensClause(doc: Doc, res: LanguageResources, from: number, to: number, isVerbAt: (i: number) => boolean): boolean {
  let i = from;
  while (i < to && !NP_STOPS.has(doc.lower(i)) && !isCue(res, doc, i) && !isVerbAt(i) && !isTaggedVerb(doc, i)) i++;
  // "accused the United States and Britain of trying": a verb after a preposition has no subject there.
  const afterPreposition = doc.upos(i - 1) === "ADP" || doc.upos(i - 1) === "SCONJ";
  return i > from && i < to && (isVerbAt(i) || isTaggedVerb(doc, i)) && doc.deprel(i) !== "amod" && !NP_STOPS.has(doc.lower(i)) && !afterPreposition;
}

/** The phrase after a preposition at `prep` ("by maduro's security forces"), or an empty range. */
export function phraseAfter(doc: Doc, res: LanguageResources, prep: number, to: number, isVerbAt: (i: number) => boolean): [number, number] {
  let start = prep + 1;
  while (start < to && (doc.lower(start) === "the" || doc.lower(start) === "a" || doc.lower(start) === "an")) start++;
  const [s, e] = objectRightOf(doc, res, prep + 1, to, isVerbAt);
  return e > start ? [s, e] : [prep + 1, prep + 1];
}

/** Words a title may hold before the name it precedes: "acting Prime Minister", "opposition leader". */
const TITLE_TAGS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * Whether the word at `opener` opens a title of the person named after it, only title words
 * between (before token `to`): "hosted Thai acting Prime Minister Phumtham" (the parse took
 * "acting" for the object), "of ousted prime minister Sheikh Hasina".
 */
export function titlesPerson(doc: Doc, opener: number, to: number): boolean {
  return personAfterTitle(doc, opener, to) !== undefined;
}

/** The person's name that title words after `opener` lead to (before token `to`), if any. */
export function personAfterTitle(doc: Doc, opener: number, to: number): Mention | undefined {
  for (let i = opener + 1; i < to && TITLE_TAGS.has(doc.upos(i)); i++) {
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (m?.label === "PERSON") return m;
  }
  return undefined;
}
