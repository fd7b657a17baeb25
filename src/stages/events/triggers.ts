import { Shape, type Doc } from "../../doc/document.js";
import type { TriggerEntry } from "../../lexicon/triggers.js";
import type { LanguageResources } from "../resources.js";
import { BE_FORMS, isTimeAt, objectFollows, personAfterTitle, titlesPerson } from "./clause.js";

/** Words before a noun reading: "the arrest", "his release", "an end". */
const NOUN_CONTEXT = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "'s",
  "of", "no", "any", "such", "against", "for", "after", "before", "over", "about", "amid", "despite", "following", "new", "further",
  "immediate", "illegitimate", "arbitrary", "recent", "massive", "mass", "international", "alleged", "unlawful", "illegal",
]);

/**
 * Prepositions of phrasal triggers, which follow their verb directly: "withdrew from the treaty"
 * is REJECT, "withdrew its troops from" is not.
 */
/** Tags of words that end the gap a verb idiom may have: a clause or a conjunct starts there. */
const GAP_BARRIERS: ReadonlySet<string> = new Set(["SCONJ", "CCONJ", "PUNCT", "AUX"]);
/** Quotation marks around an object ("hold 'suspects' without charge") end no clause. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '"', "\u2018", "\u2019", "\u201c", "\u201d"]);
const GAPLESS_PREPOSITIONS = new Set(["from", "with", "into", "onto", "over", "upon", "against", "about", "after", "through", "toward", "towards", "under"]);

export interface TriggerMatch {
  entry: TriggerEntry;
  start: number;
  end: number;
  verb: boolean;
  /** Words stand between the trigger's words ("demand his immediate release"): they are its object. */
  gapped: boolean;
}

/** Trigger words found at token i with the words they need after them (allowing a short gap for verb+noun phrases). */
export function matchTriggerAt(doc: Doc, res: LanguageResources, i: number, to: number): TriggerMatch[] {
  const options = res.triggers.byForm.get(doc.lower(i));
  if (!options) return [];
  const found: TriggerMatch[] = [];
  for (const { entry, rest } of options) {
    let j = i + 1;
    let ok = true;
    let gapped = false;
    for (const word of rest) {
      let k = j;
      // An object may also stand before the rest of a longer idiom: "let [this] go unanswered".
      const gappable = rest.length === 1 ? word.length > 3 : j === i + 1;
      // At most this many words in between: an object ("impose [tough new] sanctions"), an adverb
      // ("working [closely] with"); none inside a noun's name ("house and arrested" is no "house arrest").
      // A preposition with more idiom after it is specific enough to have an object before it: "remove [X] from office".
      const objectGap = gappable && (!GAPLESS_PREPOSITIONS.has(word) || rest.length > 1);
      // A phrase that must have a diplomat for object checks what the gap holds: "ordered [a Polish embassy attache] to leave".
      // An idiom with three words or more after the gap names itself well enough to span a long object:
      // "ordered [the head of the U.N. human rights office] to leave the country".
      const maxGap = entry.pos !== "verb" ? 0 : objectGap ? (rest.length >= 3 ? 12 : entry.requires === "envoy" ? 5 : 3) : 1;
      // A gap never crosses into another clause: "resume [on Friday if] talks fail" is no "resume talks".
      while (k < to && k - j < maxGap && !sameWord(doc, res, k, word) && !(GAP_BARRIERS.has(doc.upos(k)) && !QUOTE_MARKS.has(doc.lower(k)))) k++;
      if (k >= to || !sameWord(doc, res, k, word)) {
        ok = false;
        break;
      }
      gapped = gapped || k > j;
      j = k + 1;
    }
    if (ok) found.push({ entry, start: i, end: j, verb: entry.pos === "verb", gapped });
  }
  return found;
}

/** Whether a word of `words` stands in the six words from `from`, before a preposition or a comma: the object names one. */
function objectListed(doc: Doc, words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 6); i++) {
    if (doc.upos(i) === "ADP" || doc.lower(i) === ",") return false;
    if (listed(words, doc, i)) return true;
  }
  return false;
}

/** Whether the verb's object is a diplomat: "summoned Bangladesh's acting high commissioner". */
export function objectIsEnvoy(doc: Doc, res: LanguageResources, verb: number, to: number): boolean {
  return objectListed(doc, res.triggers.envoyWords, verb + 1, to);
}

/** Whether the object from token `from` is a ship, boat or truck: "surrounded the survey vessel". */
export function objectIsVehicle(doc: Doc, res: LanguageResources, from: number, to: number): boolean {
  return objectListed(doc, res.triggers.vehicleWords, from, to);
}

export function sameWord(doc: Doc, res: LanguageResources, i: number, lemma: string): boolean {
  const lower = doc.lower(i);
  // The lexicon's own forms first; the tagger's lemma for nouns it does not inflect ("border crossings").
  return lower === lemma || res.triggers.lemmaOf.get(lower) === lemma || (doc.upos(i) === "NOUN" && doc.lemma(i) === lemma);
}

/** Decides between a verb and a noun reading of a trigger word from the word before it. */
function prefersNoun(doc: Doc, res: LanguageResources, i: number, sentenceStart: number): boolean {
  const tag = doc.upos(i);
  if (tag === "NOUN" || tag === "PROPN") return true;
  if (tag === "VERB") return false;
  if (i === sentenceStart) return false;
  const previous = doc.lower(i - 1);
  if (NOUN_CONTEXT.has(previous) || doc.lower(i).endsWith("ion") || doc.lower(i).endsWith("ions")) return true;
  // "arbitrary arrests and torture": a conjunct takes the reading of the deed noun before the conjunction.
  if ((previous !== "and" && previous !== "or") || i - 2 <= sentenceStart) return false;
  const before = res.triggers.byForm.get(doc.lower(i - 2));
  return (before?.some((o) => o.entry.pos === "noun") ?? false) && prefersNoun(doc, res, i - 2, sentenceStart);
}

/**
 * An adjective or a common noun modifying it, or a noun after it that it modifies: "best-known
 * brands", "police station", "gas giant" (a name before it is a subject: "The Palestinians reject/NOUN").
 */
function nounShaped(doc: Doc, i: number): boolean {
  const modifiedByNoun = doc.upos(i - 1) === "NOUN" && doc.deprel(i - 1) === "compound" && doc.head(i - 1) === i;
  return doc.upos(i - 1) === "ADJ" || doc.deprel(i) === "compound" || modifiedByNoun;
}

/** Relations only nominals hold: where the tagger and the parser agree on a noun, so does the trigger ("under fire", "the club"). */
const NOMINAL_RELATIONS = new Set(["obl", "nmod", "obj", "iobj", "compound", "appos", "nmod:poss"]);

/**
 * A noun by its tag and its place in the tree: a nominal relation, a conjunct of a noun, a name in
 * apposition after it ("Olympic champion Kelly Holmes"), or a copula's predicate ("been targets").
 * Not after "to", where infinitives are mistagged ("to fire on").
 */
function treeReadsNoun(doc: Doc, i: number): boolean {
  if ((doc.upos(i) !== "NOUN" && doc.upos(i) !== "PROPN") || doc.lower(i - 1) === "to") return false;
  const relation = doc.deprel(i);
  if (NOMINAL_RELATIONS.has(relation)) return true;
  if (relation === "conj") return doc.upos(doc.head(i)) === "NOUN";
  if (doc.head(i + 1) === i && doc.deprel(i + 1) === "appos" && doc.upos(i + 1) === "PROPN") return true;
  for (let j = Math.max(0, i - 3); j < i; j++) if (doc.head(j) === i && doc.deprel(j) === "cop") return true;
  return false;
}

/**
 * Tags the tagger rarely gives a verb: "way back", "back then". After an auxiliary or "to" the
 * word is still read as a verb ("will back/ADV the plan").
 */
const NEVER_VERB: ReadonlySet<string> = new Set(["ADV", "ADP", "PART", "SCONJ", "CCONJ", "DET", "PRON", "NUM", "SYM", "PUNCT", "INTJ"]);

function taggedNonVerb(doc: Doc, i: number): boolean {
  return NEVER_VERB.has(doc.upos(i)) && doc.upos(i - 1) !== "AUX" && doc.lower(i - 1) !== "to";
}

/** A participle after "the" heading a clause names people: "the arrested would be charged", "the wounded were taken". */
function namesPeople(doc: Doc, i: number): boolean {
  const next = doc.upos(i + 1);
  return doc.lower(i - 1) === "the" && doc.lower(i).endsWith("ed") && (next === "AUX" || next === "VERB");
}

/** Words tagged as prepositions that a bare verb may follow: "to hand over", "rather than pay", "all but disappear". */
const BEFORE_BARE_VERB: ReadonlySet<string> = new Set(["to", "than", "but", "except"]);

/**
 * A verb idiom whose object stands before its participle ("the deal struck last week" is "strike a
 * deal", "the sanctions imposed on Russia" "impose sanctions"), or null.
 */
function idiomObjectBefore(doc: Doc, res: LanguageResources, i: number, sentenceStart: number): TriggerMatch | null {
  if (i <= sentenceStart || doc.xpos(i) !== "VBN") return null;
  for (const { entry, rest } of res.triggers.byForm.get(doc.lower(i)) ?? []) {
    const object = rest[rest.length - 1];
    if (entry.pos === "verb" && object !== undefined && sameWord(doc, res, i - 1, object)) return { entry, start: i, end: i + 1, verb: true, gapped: false };
  }
  return null;
}

/** Whether a word list holds token i, by lemma or as written. */
export function listed(words: ReadonlySet<string>, doc: Doc, i: number): boolean {
  return words.has(doc.lemma(i)) || words.has(doc.lower(i));
}

/** How far after a verb of judging the blame may stand: "called the expulsion of the diplomat 'an unfriendly act'". */
const BLAME_REACH = 10;

/**
 * Whether a verb of judging ("call", "brand") has an object and then a word of blame
 * (data/triggers/censure-words.txt) before the next verb: "called the arrests unacceptable",
 * not "called the minister" nor "called the deal a breakthrough".
 */
export function judgesWithBlame(doc: Doc, res: LanguageResources, verb: number, to: number): boolean {
  // An object first: "call for tougher sentences for crimes" asks, it does not judge.
  if (doc.upos(verb + 1) === "ADP") return false;
  for (let i = verb + 2; i < Math.min(to, verb + 1 + BLAME_REACH); i++) {
    if (doc.upos(i) === "VERB" || doc.upos(i) === "AUX") return false;
    if (listed(res.triggers.censureWords, doc, i)) return true;
  }
  return false;
}

/** Tags of a word "no" may determine ("no one", "no charges", "no further details"). */
const DETERMINED: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON", "NUM", "ADJ"]);

function chooseTrigger(doc: Doc, res: LanguageResources, matches: TriggerMatch[], sentenceStart: number, story: StorySenses): TriggerMatch | null {
  if (matches.length === 0) return null;
  const at = matches[0]?.start ?? 0;
  const reversed = idiomObjectBefore(doc, res, at, sentenceStart);
  if (reversed) return reversed;
  // "With phones getting smarter", "in order to": right after a preposition only a gerund is a verb
  // ("for helping"), and a bare one after those that take it ("to", "rather than").
  const afterPreposition = doc.upos(at - 1) === "ADP" && !BEFORE_BARE_VERB.has(doc.lower(at - 1)) && at > sentenceStart && !doc.lower(at).endsWith("ing");
  if (taggedNonVerb(doc, at) || namesPeople(doc, at) || afterPreposition) matches = matches.filter((m) => !m.verb);
  // "said no one was detained": "no" before a noun phrase is its determiner, not the answer "say no".
  matches = matches.filter((m) => doc.lower(m.end - 1) !== "no" || !DETERMINED.has(doc.upos(m.end)));
  // "withdraw from the treaty" rejects it; "withdraw from Goma" is a retreat, the shorter reading.
  matches = matches.filter((m) => m.entry.requires !== "no-place" || !placeAt(doc, m.end));
  // "ordered the protesters to leave" is no expulsion: the shorter reading, an order, takes its place.
  const sentenceEnd = doc.sentenceTokens(doc.sentenceOf(at))[1];
  matches = matches.filter((m) => m.entry.requires !== "envoy" || m.end - m.start === 1 || objectIsEnvoy(doc, res, m.start, sentenceEnd));
  // "blocked an Indonesian survey ship", "held back 40 trucks": a vehicle stopped is a restriction of movement, whatever else the verb means.
  const stopped = matches.find((m) => m.entry.requires === "vehicle" && objectIsVehicle(doc, res, m.end, sentenceEnd));
  if (stopped && !matches.some((m) => m.end > stopped.end)) return stopped;
  matches = matches.filter((m) => m.entry.requires !== "vehicle");
  // "called the expulsion an unfriendly act": a judgement with blame is the verb's reading wherever it holds, and none elsewhere.
  const blamed = matches.find((m) => m.entry.requires === "censure" && judgesWithBlame(doc, res, m.start, sentenceEnd));
  if (blamed && !matches.some((m) => m.end > blamed.end)) return blamed;
  matches = matches.filter((m) => m.entry.requires !== "censure");
  const noun = prefersNoun(doc, res, at, sentenceStart);
  const form = doc.lower(at);
  const hasNoun = matches.some((m) => !m.verb);
  // A word the lexicon knows only as a verb is read as one unless a determiner stands before it
  // (tagger slips: "Palestinians reject/NOUN") or its modifiers show a noun (nounShaped).
  const determined = at > sentenceStart && (NOUN_CONTEXT.has(doc.lower(at - 1)) || (doc.upos(at) === "NOUN" && nounShaped(doc, at)) || treeReadsNoun(doc, at));
  const verbs = !noun || form.endsWith("ed") || (!hasNoun && !determined);
  const ranked = matches
    .filter((m) => (m.verb ? verbs : !verbs || !matches.some((o) => o.verb)))
    // A reading that needs relief comes after the word's other senses: the event stage swaps it in when its clause gives relief.
    .sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.entry.requires === "relief") - Number(b.entry.requires === "relief"));
  const best = ranked[0];
  if (!best) return null;
  // "protest" and "strike" name a demonstration when nothing is targeted, and an attack or a verbal protest when something is.
  const equals = ranked.filter((m) => m.end === best.end && m.verb === best.verb);
  if (equals.length < 2) return best;
  const to = doc.sentenceTokens(doc.sentenceOf(best.start))[1];
  // "welcomed the minister" is a visit; "welcomed the decision" is support.
  const consult = equals.find((m) => m.entry.event === "CONSULT");
  const support = equals.find((m) => m.entry.event === "SUPPORT");
  if (consult && support) return personFollows(doc, best.end, to) ? consult : support;
  // "the strike ... targeted a vehicle" in a story of a drone strike; "the strike" in one of a general strike.
  const strikeWord = doc.lower(best.start).startsWith("strike") || STRUCK_FORMS.has(doc.lower(best.start));
  const told = story.strike !== null && strikeWord ? equals.find((m) => m.entry.event === story.strike) : undefined;
  if (told) return told;
  const targeted = objectFollows(doc, best.end, to) || targetAfterPredicate(doc, best.start, to) || doesViolence(doc, res, best, to);
  return equals.find((m) => (m.entry.event === "PROTEST") !== targeted) ?? best;
}

/** A noun that is the subject of a verb of violence: "the strike killed 12 people" was an attack. */
function doesViolence(doc: Doc, res: LanguageResources, noun: TriggerMatch, to: number): boolean {
  const verb = doc.head(noun.start);
  if (noun.verb || !doc.deprel(noun.start).startsWith("nsubj") || verb <= noun.start || verb >= to) return false;
  // "the strike damaged a school": a verb of force or harm, a trigger or not.
  return res.triggers.forceVerbs.has(doc.lemma(verb)) || matchTriggerAt(doc, res, verb, to).some((m) => m.verb && m.entry.event === "ASSAULT");
}

/**
 * A noun that is the subject of "was the first/latest/deadliest" whose predicate goes on to a
 * target stands again in it: "the strike was the first on the capital" (a strike on the capital).
 */
function targetAfterPredicate(doc: Doc, noun: number, to: number): boolean {
  const predicate = doc.head(noun);
  if (!doc.deprel(noun).startsWith("nsubj") || predicate <= noun || predicate + 1 >= to) return false;
  if (doc.upos(predicate) !== "ADJ" && doc.upos(predicate) !== "NUM") return false;
  let copula = false;
  for (let j = noun + 1; j < predicate; j++) if (doc.head(j) === predicate && doc.deprel(j) === "cop") copula = true;
  const next = doc.lower(predicate + 1);
  return copula && (next === "on" || next === "against") && objectFollows(doc, predicate + 1, to);
}

/** A place named at token i, after an article if any. */
function placeAt(doc: Doc, i: number): boolean {
  const m = doc.mentions[doc.tokens.mention[doc.lower(i) === "the" ? i + 1 : i] ?? -1];
  return m !== undefined && (m.label === "GPE" || m.label === "LOC");
}

/** Whether the next few words name a person or a country (someone to meet, not something to back). */
function personFollows(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 4); i++) {
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (m && (m.label === "PERSON" || m.label === "GPE")) return doc.lower(m.end) !== "'s";
    if (doc.form(i) === "," || doc.upos(i) === "VERB") return false;
  }
  return false;
}

function isCapitalizedPropn(doc: Doc, i: number): boolean {
  return doc.upos(i) === "PROPN" && doc.hasShape(i, Shape.upperInitial);
}

/**
 * A capitalized proper noun inside a sentence, outside headlines, belongs to a name even when no
 * entity covers it ("oil giant Shell", "the Commonwealth Club"); where casing was damaged, only
 * next to another ("the Child Trust Fund"), since stray capitals are common there.
 */
function inCapitalizedName(doc: Doc, i: number, from: number, to: number): boolean {
  if (i === from || doc.sentenceOf(i) < doc.headlineSentences || !isCapitalizedPropn(doc, i)) return false;
  if (!doc.casingDamaged) return true;
  return isCapitalizedPropn(doc, i - 1) || (i + 1 < to && isCapitalizedPropn(doc, i + 1));
}

/**
 * A capitalized word inside a sentence followed by a capitalized function word is part of a
 * title: "the comedy Meet The Parents" (casing-damaged text and headlines aside).
 */
function inCapitalizedTitle(doc: Doc, res: LanguageResources, i: number, from: number): boolean {
  if (i === from || doc.casingDamaged || doc.sentenceOf(i) < doc.headlineSentences || !doc.hasShape(i, Shape.upperInitial)) return false;
  return doc.hasShape(i + 1, Shape.upperInitial) && res.entityWords.functionWords.has(doc.lower(i + 1));
}

/**
 * A participle opening a person's description at the start or after a determiner or a preposition: "the house of
 * ousted prime minister Sheikh Hasina", "the jailed activist X" ("Police arrested opposition
 * leader X" keeps its arrest: a subject stands before it). After a comma it may be either; it
 * describes when the name closes an apposition before the verb: "his daughter, ousted prime
 * minister Sheikh Hasina, addressed supporters" (not "raided the house, arrested leader X, and").
 */
function describesPerson(doc: Doc, i: number, from: number): boolean {
  if (!doc.lower(i).endsWith("ed") || i < from) return false;
  if (i === from || doc.upos(i - 1) === "DET" || doc.upos(i - 1) === "ADP") return titlesPerson(doc, i, i + 5);
  return doc.form(i - 1) === "," && i - 1 > from && (doc.upos(i - 2) === "NOUN" || doc.upos(i - 2) === "PROPN") && closesApposition(doc, i);
}

/** Whether title words after `opener` end in a person's name followed by a comma and a verb. */
function closesApposition(doc: Doc, opener: number): boolean {
  const m = personAfterTitle(doc, opener, opener + 6);
  return m !== undefined && doc.form(m.end) === "," && (doc.upos(m.end + 1) === "VERB" || doc.upos(m.end + 1) === "AUX");
}

/** Tags of the word before a title noun: "former", "double", and the tagger's guesses at a compound ("Ex-chatshow"). */
const BEFORE_TITLE_TAGS: ReadonlySet<string> = new Set(["ADJ", "INTJ", "X"]);

/**
 * A noun after a modifier and right before a person's name is a title: "Ex-chatshow host Robert
 * Kilroy-Silk", "double champion Kelly Holmes", however the parse hangs them ("the visit Putin
 * made" keeps its visit, "police arrest X" its arrest).
 */
function titlesName(doc: Doc, i: number): boolean {
  if (doc.upos(i) !== "NOUN" || !BEFORE_TITLE_TAGS.has(doc.upos(i - 1))) return false;
  const next = doc.mentions[doc.tokens.mention[i + 1] ?? -1];
  return next !== undefined && next.start === i + 1 && next.label === "PERSON";
}

/** A noun modifying a role noun names the role's field, not an event ("trade spokesman", "aid workers"). */
function modifiesRole(doc: Doc, res: LanguageResources, i: number): boolean {
  // "Finance Minister Mohamed Maait": a word of a role's name, however tagged.
  if (res.actors.roles.get(doc.lower(i + 1))?.some((role) => role.words.length === 2 && role.words[0] === doc.lower(i))) return true;
  if (doc.deprel(i) !== "compound" || doc.upos(i) !== "NOUN") return false;
  const head = doc.head(i);
  return head > i && res.actors.roles.has(doc.lower(head));
}

/** An adverb or particle modifying a verb: "go back" is no SUPPORT ("back" the plan is). */
function isParticle(doc: Doc, i: number): boolean {
  const rel = doc.deprel(i);
  const tag = doc.upos(i);
  return (rel === "advmod" || rel === "compound:prt") && (tag === "ADV" || tag === "ADP" || tag === "PART") && doc.upos(doc.head(i)) === "VERB";
}

/** Nouns that carry out the deed a noun before them names: "mediation efforts", "rescue operation". */
const EFFORT_NOUNS: ReadonlySet<string> = new Set(["effort", "campaign", "process", "operation", "mission", "bid", "attempt", "movement", "action", "drive"]);

/** Every trigger of the sentence, with verbal readings first decided so phrases can stop at verbs. */
/** What a story's unambiguous phrases say an ambiguous word means there: "strike" after "a drone strike" is ASSAULT. */
export interface StorySenses {
  strike: "ASSAULT" | "PROTEST" | null;
}

/** Verb forms of "strike" the tagger reads as a verb. */
const STRUCK_FORMS: ReadonlySet<string> = new Set(["strike", "strikes", "struck", "striking"]);

/** Whether token i is the verb "strike" with a target after it, no longer phrase ("struck a deal") and no natural force before it ("the quake struck"). */
function struckSomething(doc: Doc, res: LanguageResources, i: number): boolean {
  if (!STRUCK_FORMS.has(doc.lower(i)) || doc.upos(i) !== "VERB") return false;
  if (matchTriggerAt(doc, res, i, doc.sentenceTokens(doc.sentenceOf(i))[1]).some((m) => m.end - m.start > 1)) return false;
  if (i > 0 && res.triggers.naturalForces.has(doc.lemma(i - 1))) return false;
  const to = doc.sentenceTokens(doc.sentenceOf(i))[1];
  // "struck for higher pay" is a labour strike: of the prepositions only "on", "against" and "at" name a target.
  const next = doc.lower(i + 1);
  return objectFollows(doc, i + 1, to) && (doc.upos(i + 1) !== "ADP" || next === "on" || next === "against" || next === "at");
}

/** Verbs of attacks from the air or by artillery, which "the strike" then takes up. */
const BOMBING_VERBS: ReadonlySet<string> = new Set(["bomb", "shell", "bombard"]);

/** The sense of "strike" that the story's multiword strike triggers ("drone strike", "general strike") agree on, if any. */
export function storySenses(doc: Doc, res: LanguageResources): StorySenses {
  const senses = new Set<string>();
  for (let i = 0; i < doc.tokenCount; i++) {
    // "warplanes struck a building", "a jet bombed a monastery": a verb "strike" with a target, or bombing, tells of attacks (not "struck a deal").
    if (struckSomething(doc, res, i) || (doc.upos(i) === "VERB" && BOMBING_VERBS.has(doc.lemma(i)))) senses.add("ASSAULT");
    if (!doc.lower(i).startsWith("strike") && !doc.lower(i).startsWith("airstrike")) continue;
    for (let k = Math.max(0, i - 2); k <= i; k++) {
      for (const m of matchTriggerAt(doc, res, k, i + 1)) {
        if (m.end === i + 1 && (m.end - m.start > 1 || doc.lower(i).startsWith("airstrike")) && (m.entry.event === "ASSAULT" || m.entry.event === "PROTEST")) senses.add(m.entry.event);
      }
    }
  }
  const [only] = senses;
  return { strike: senses.size === 1 && (only === "ASSAULT" || only === "PROTEST") ? only : null };
}

/**
 * Whether token i is "call" naming, no contact: "a firm called Baikal", "so-called leaders", "was
 * called 'one of the biggest pirates'", "has called Camp Delta a scandal" (a judgement with blame
 * stays one: "called the sale illegal").
 */
function namesWithCall(doc: Doc, res: LanguageResources, i: number, to: number): boolean {
  if (doc.lemma(i) !== "call") return false;
  if (doc.lower(i - 1) === "so") return true;
  const next = i + 1;
  if (next >= to || doc.upos(next) === "ADP" || doc.deprel(next) === "compound:prt") return false;
  const nameFollows = QUOTE_MARKS.has(doc.form(next)) || doc.upos(next) === "PROPN" || doc.upos(next) === "NUM" || doc.hasShape(next, Shape.upperInitial);
  if (doc.xpos(i) === "VBN" && (doc.upos(i - 1) === "NOUN" || doc.upos(i - 1) === "PROPN") && nameFollows) return true;
  if (judgesWithBlame(doc, res, i, to)) return false;
  for (let k = next; k < Math.min(to, i + BLAME_REACH); k++) {
    if (doc.head(k) === i && doc.deprel(k) === "xcomp" && (doc.upos(k) === "NOUN" || doc.upos(k) === "PROPN")) return true;
  }
  return false;
}

/** Words of a source's wish to stay unnamed: "asked not to be named", "declined to be identified", "requested anonymity". */
const UNNAMED_WORDS: ReadonlySet<string> = new Set(["name", "named", "identify", "identified", "anonymous", "anonymity", "quote", "quoted"]);
const UNNAMED_GLUE: ReadonlySet<string> = new Set(["not", "to", "be", "remain", "stay"]);

const ASKING_VERBS: ReadonlySet<string> = new Set(["ask", "request", "decline", "refuse", "prefer", "insist"]);

/** Whether token i asks to stay unnamed: a source's condition, no request. */
function asksAnonymity(doc: Doc, i: number, to: number): boolean {
  if (!ASKING_VERBS.has(doc.lemma(i))) return false;
  for (let k = i + 1; k < Math.min(to, i + 6); k++) {
    if (UNNAMED_WORDS.has(doc.lower(k))) return true;
    if (!UNNAMED_GLUE.has(doc.lower(k))) return false;
  }
  return false;
}

/** Endings of participles ("injured", "beaten", "shown", "begun", "done", "fleeing"). */
const PARTICIPLE_ENDING = /(?:ed|en|wn|un|ne|ing)$/;

/**
 * "The Election Commission on Wednesday disqualified/ADJ Farhan Qureshi": a participle right after a
 * time that follows a subject with no verb before it is the verb the tagger missed (not "On
 * Wednesday armed men attacked", whose time opens the clause).
 */
function verbAfterTime(doc: Doc, i: number, from: number): boolean {
  if (i <= from || !PARTICIPLE_ENDING.test(doc.lower(i)) || !isTimeAt(doc, i - 1)) return false;
  let k = i - 1;
  while (k > from && isTimeAt(doc, k)) k--;
  if (doc.upos(k) === "ADP") k--;
  if (k < from || (doc.upos(k) !== "NOUN" && doc.upos(k) !== "PROPN")) return false;
  for (let j = from; j < k; j++) if (doc.upos(j) === "VERB" || doc.upos(j) === "AUX") return false;
  return true;
}

export function triggersOf(doc: Doc, res: LanguageResources, from: number, to: number, story: StorySenses = { strike: null }): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  // "lisbon, march 11, 2025": a date's words are no deed.
  const dates = doc.dateSpans.filter((t) => t.end > from && t.start < to);
  for (let i = from; i < to; i++) {
    if (dates.some((t) => i >= t.start && i < t.end)) continue;
    // Not inside a name ("Gaza Strip"), and not an adjective ("armed groups", "alleged crimes").
    if ((doc.tokens.mention[i] ?? -1) >= 0 && doc.mentions[doc.tokens.mention[i] ?? -1]?.kind === "name") continue;
    if (inCapitalizedName(doc, i, from, to) || inCapitalizedTitle(doc, res, i, from) || titlesName(doc, i) || modifiesRole(doc, res, i) || isParticle(doc, i)) continue;
    if (doc.upos(i) === "ADJ" && (doc.upos(i + 1) === "NOUN" || doc.upos(i + 1) === "PROPN") && !verbAfterTime(doc, i, from)) continue;
    // "close to the Venezuelan border", "free to customers": an adjective that is no participle ("beaten to
    // death", "stripped of") before a preposition is no deed.
    if (doc.upos(i) === "ADJ" && doc.upos(i + 1) === "ADP" && !PARTICIPLE_ENDING.test(doc.lower(i))) continue;
    // "the game will be fast", "we will be back on the streets": an adjective or adverb after a copula that is no
    // participle ("were injured") is a state, no deed.
    if ((doc.upos(i) === "ADJ" || doc.upos(i) === "ADV") && BE_FORMS.has(doc.lower(i - 1)) && !PARTICIPLE_ENDING.test(doc.lower(i))) continue;
    // "in a disputed area", "the targeted officials", "an exiled opposition figure": a participle describing a noun tells of no deed.
    if (doc.upos(i) === "VERB" && doc.deprel(i) === "amod" && doc.head(i) > i && doc.head(i) <= i + 3 && doc.upos(i - 1) === "DET") continue;
    if (describesPerson(doc, i, from) || namesWithCall(doc, res, i, to) || asksAnonymity(doc, i, to)) continue;
    // A noun modifying another names a kind of thing: "protest songs", "riot police", "the riot act";
    // not when the other carries it out ("mediation efforts", "a protest campaign").
    // A date after it is no head it modifies ("staged mass demonstrations Saturday").
    const modifier = doc.upos(i) === "NOUN" && doc.deprel(i) === "compound" && doc.head(i) > i && !EFFORT_NOUNS.has(doc.lemma(doc.head(i))) && !isTimeAt(doc, doc.head(i));
    // A verb reading survives tagger slips ("Palestinians reject/NOUN the plan"), but no clause begins with a bare verb ("Rescue teams were").
    const chosen = chooseTrigger(doc, res, matchTriggerAt(doc, res, i, to).filter((m) => !modifier || (m.verb && i > from) || m.end > i + 1), from, story);
    if (chosen) {
      out.push(chosen);
      i = chosen.end - 1;
    }
  }
  return out;
}

/** A light verb ("stage", "impose", "begin") a few words before a trigger noun, or -1. */
/** Whether verb `verb` has a predicate (an adjective or noun complement, no infinitive) within a few words after `noun`. */
function predicateAfter(doc: Doc, verb: number, noun: number): boolean {
  const [, to] = doc.sentenceTokens(doc.sentenceOf(noun));
  for (let k = noun + 1; k < Math.min(to, noun + 8); k++) {
    if (doc.head(k) === verb && doc.deprel(k) === "xcomp" && doc.upos(k) !== "VERB") return true;
    // 'called the expulsion "an unfriendly act"': parsed as an apposition of the object.
    if (doc.head(k) === noun && doc.deprel(k) === "appos" && QUOTE_MARKS.has(doc.form(noun + 1))) return true;
  }
  return false;
}

export function lightVerbBefore(doc: Doc, res: LanguageResources, noun: number, from: number): number {
  const j = verbBeforeNoun(doc, noun, from);
  // "called the arrests unacceptable": a verb with a predicate after its object judges the deed, it does not carry it.
  return j >= 0 && res.triggers.lightVerbs.has(doc.lemma(j)) && !predicateAfter(doc, j, noun) ? j : -1;
}

/** The verb a noun is the object of, a few modifiers before it ("imposed a new curfew", "is considering sanctions"), or -1. */
export function verbBeforeNoun(doc: Doc, noun: number, from: number): number {
  for (let j = noun - 1; j >= from && j >= noun - 4; j--) {
    const tag = doc.upos(j);
    if (tag === "VERB") return j;
    if (tag !== "DET" && tag !== "ADJ" && tag !== "NUM" && tag !== "NOUN" && tag !== "ADV" && doc.lower(j) !== "out" && doc.lower(j) !== "up") return -1;
  }
  return -1;
}
