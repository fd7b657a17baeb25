import { Shape, type Argument, type Doc } from "../../doc/document.js";
import type { LanguageResources } from "../resources.js";
import { OWN_SIDE_WORDS, RELATIVE_PRONOUNS, opensCondition, thatClauseStart, titlesPerson } from "./clause.js";
import { caseOf } from "./tree.js";
import { judgesWithBlame, listed, matchTriggerAt, objectIsEnvoy, objectIsVehicle, type TriggerMatch } from "./triggers.js";

/** Signs that make a number an amount or a rate: "hit $ 1.35", "shot up 7.5 %". */
const MEASURE_SIGNS: ReadonlySet<string> = new Set(["$", "£", "€", "¥", "%", "percent"]);
/** One-token amounts and rates: "$671.7bn", "7.5%". */
const MEASURE_FORM = /^[$£€¥]\d|\d%$/;

/** Nouns of time, which a misparse can make a subject ("one day after a jet shot down ..."). */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  "time", "hour", "minute", "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "decade", "century",
]);

/** A common noun that only names abstractions (data/lexicon/abstract-nouns.txt): "profit", "bankruptcy". */
function isAbstract(doc: Doc, res: LanguageResources, i: number): boolean {
  return doc.upos(i) === "NOUN" && listed(res.lang.abstractNouns, doc, i);
}

function isMeasure(doc: Doc, i: number): boolean {
  const form = doc.form(i);
  if (MEASURE_FORM.test(form)) return true;
  const tag = doc.upos(i);
  if (tag === "SYM") return MEASURE_SIGNS.has(form);
  return tag === "NUM" && (MEASURE_SIGNS.has(doc.form(i - 1)) || MEASURE_SIGNS.has(doc.lower(i + 1)));
}

/**
 * An abstraction, an amount, or a quality used as a noun ("a yearly high"). An abstract head that
 * counts or measures something is what it counts: "scores of [refugees]" are people, "a high of
 * [$1.35]" is an amount.
 */
function isAbstractThing(doc: Doc, res: LanguageResources, i: number, to: number, depth = 0): boolean {
  if (isMeasure(doc, i) || doc.upos(i) === "ADJ") return true;
  if (!isAbstract(doc, res, i)) return false;
  const counted = depth < 2 ? ofDependent(doc, i, to) : -1;
  return counted < 0 || isAbstractThing(doc, res, counted, to, depth + 1);
}

/** The first "of" phrase of a noun: what "scores of [refugees]" or "a high of [$1.35]" counts; -1 when none. */
function ofDependent(doc: Doc, noun: number, to: number): number {
  for (let j = noun + 1; j < to; j++) if (doc.head(j) === noun && doc.deprel(j) === "nmod" && caseOf(doc, j, noun, j) === "of") return j;
  return -1;
}

/**
 * The heads of a verb's doer (subject, or "by" agent of a passive) and undergoer (object, or
 * passive subject) in the tree, -1 where none; times are neither.
 */
function doerAndUndergoer(doc: Doc, verb: number, from: number, to: number): [number, number] {
  let doer = -1;
  let undergoer = -1;
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb || TIME_NOUNS.has(doc.lemma(i))) continue;
    const relation = doc.deprel(i);
    if (doer < 0 && (relation === "nsubj" || relation === "obl:agent" || (relation === "obl" && caseOf(doc, i, from, i) === "by"))) doer = i;
    else if (undergoer < 0 && (relation === "obj" || relation === "nsubj:pass")) undergoer = i;
  }
  // "the collapse of a canopy that killed 15 people": a relative pronoun stands for the noun its clause modifies.
  const head = doc.head(verb);
  if (doer >= 0 && RELATIVE_PRONOUNS.has(doc.lower(doer)) && doc.deprel(verb) === "acl:relcl" && head >= from && head < verb) doer = head;
  return [doer, undergoer];
}

/** Units a number measures with: "14 nautical miles", "two hours". */
const UNITS: ReadonlySet<string> = new Set(["mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "yard", "hour", "minute", "percent", "point", "degree"]);

/** An object that is something, not a distance or an amount ("overturned about 14 nautical miles from the island"). */
function isObjectSomething(doc: Doc, undergoer: number): boolean {
  return undergoer >= 0 && !isMeasure(doc, undergoer) && !UNITS.has(doc.lemma(undergoer));
}

/** Whether a verb's subject is an abstraction or an amount ("the sale would allow it to focus", "the deal gives"). */
export function doneByAbstraction(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  const doer = doerAndUndergoer(doc, verb, from, to)[0];
  // A capitalized noun in well-cased text names someone: "the Egyptian Initiative for Personal Rights urged".
  const named = !doc.casingDamaged && doc.hasShape(doer, Shape.upperInitial);
  return doer >= 0 && doc.upos(doer) === "NOUN" && !named && isAbstractThing(doc, res, doer, to);
}

/**
 * Whether a participant no entity covers is a natural force ("the magnitude 6.0 quake",
 * "aftershocks and landslides"): its last noun before any preposition is in
 * data/triggers/natural-forces.txt and no weapon names it ("rocket fire" is someone's).
 */
export function isNaturalForce(doc: Doc, res: LanguageResources, participant: Argument): boolean {
  if (participant.cluster >= 0) return false;
  let head = -1;
  for (let i = participant.start; i < participant.end && doc.upos(i) !== "ADP"; i++) {
    if (doc.upos(i) !== "NOUN") continue;
    if (listed(res.triggers.weapons, doc, i)) return false;
    head = i;
  }
  return head >= 0 && res.triggers.naturalForces.has(doc.lemma(head));
}

/** Present-tense tags: "kidnap", "kidnaps" (a bare "VB" may be a misread present). */
const PRESENT_TAGS: ReadonlySet<string> = new Set(["VB", "VBP", "VBZ"]);

/**
 * Whether a verb states a custom, not an event: an adverb of habit (data/triggers/habitual-words.txt)
 * modifies it in the simple present, with no auxiliary ("gangs, which often kidnap people").
 */
export function isHabitual(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  if (!PRESENT_TAGS.has(doc.xpos(verb))) return false;
  let habit = false;
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb) continue;
    if (doc.deprel(i) === "aux" || doc.deprel(i) === "mark") return false;
    if (doc.deprel(i) === "advmod" && listed(res.triggers.habitualWords, doc, i)) habit = true;
    // "the Polisario Front, which seeks independence": a clause describing a group tells what it stands for.
    if (doc.deprel(i).startsWith("nsubj") && RELATIVE_PRONOUNS.has(doc.lower(i)) && doc.form(i - 1) === "," && doc.xpos(verb) === "VBZ") habit = true;
  }
  return habit;
}

/** Whether a verb's object is a weapon, its means ("detonated a car bomb"), not who is hit. */
export function objectIsWeapon(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  const undergoer = doerAndUndergoer(doc, verb, from, to)[1];
  return undergoer >= 0 && doc.deprel(undergoer) === "obj" && res.triggers.weapons.has(doc.lemma(undergoer));
}

/**
 * Whether a verb of harm names who did it: "rebels wounded three", not "three were wounded in a
 * crash"; in a `passive` clause only a "by" agent does (the parser may call its subject nsubj).
 */
function hasDoer(doc: Doc, verb: number, from: number, to: number, passive: boolean): boolean {
  // "police fired rubber bullets, injuring 23": the participle's doer is the main clause's.
  if (doc.form(verb - 1) === "," && doc.lower(verb).endsWith("ing") && verb - 1 > from) return true;
  const doer = doerAndUndergoer(doc, verb, from, to)[0];
  return doer >= 0 && (!passive || doc.deprel(doer) !== "nsubj");
}

/**
 * Violence in words only: a violent verb whose doer (subject, or "by" agent of a passive) is an
 * abstraction ("the dollar hit a record high", "hit by higher fuel costs") or a natural force
 * ("the tsunami killed thousands"), or whose undergoer (object, or passive subject) is an
 * abstraction or an amount ("battling bankruptcy", "hit $1.35"), or an abduction of a place or a
 * whole ("hold the country hostage").
 */
export function isFigurativeHarm(doc: Doc, res: LanguageResources, match: TriggerMatch, from: number, to: number): boolean {
  // "hold the country hostage": people are taken, so a place or a whole taken is a figure of speech.
  if (match.gapped && match.entry.mode === "abduct" && isPlaceOrWhole(doc, res, match.end - 2)) return true;
  // "criticised the unions for taking travellers hostage": a strike holds its public only in words.
  if (match.gapped && match.entry.mode === "abduct" && listed(res.triggers.serviceUsers, doc, match.end - 2) && namesLabour(doc, res, from, to)) return true;
  // A phrase naming its own object ("violate the ceasefire", "open fire") is violent as written.
  for (let i = match.start + 1; i < match.end; i++) if (doc.upos(i) === "NOUN") return false;
  const [doer, undergoer] = doerAndUndergoer(doc, match.start, from, to);
  const naturalForce = doer >= 0 && doc.upos(doer) === "NOUN" && res.triggers.naturalForces.has(doc.lemma(doer));
  if (doer >= 0 && (naturalForce || isAbstractThing(doc, res, doer, to))) return true;
  return undergoer >= 0 && isAbstractThing(doc, res, undergoer, to);
}

/** Whether a noun of organized labour (data/triggers/labour-words.txt) stands in [from, to) outside a name ("European Union"). */
function namesLabour(doc: Doc, res: LanguageResources, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.upos(i) === "NOUN" && (doc.tokens.mention[i] ?? -1) < 0 && listed(res.triggers.labourWords, doc, i)) return true;
  return false;
}

const PLACE_LABELS: ReadonlySet<string> = new Set(["GPE", "LOC"]);

/** A place's name, a noun of a whole country, place or system ("the country", "the economy"), or an abstraction. */
function isPlaceOrWhole(doc: Doc, res: LanguageResources, i: number): boolean {
  if (PLACE_LABELS.has(doc.mentions[doc.tokens.mention[i] ?? -1]?.label ?? "")) return true;
  return doc.upos(i) === "NOUN" && (listed(res.triggers.polityNouns, doc, i) || isAbstract(doc, res, i));
}

/**
 * Whether a noun is a thing given as aid (data/triggers/aid-things.txt) or an amount, is counted
 * by one ("$50,000 worth"), names one after "of" ("a shipment of food"), or is listed with one
 * ("photographs and military intelligence").
 */
function isAidThing(doc: Doc, res: LanguageResources, i: number, from: number, to: number, depth = 0): boolean {
  if (isMeasure(doc, i) || listed(res.triggers.aidThings, doc, i)) return true;
  for (let j = from; j < to && depth < 2; j++) {
    if (doc.head(j) !== i) continue;
    if (j < i && isMeasure(doc, j)) return true;
    const named = doc.deprel(j) === "conj" || (doc.deprel(j) === "nmod" && caseOf(doc, j, i, j) === "of");
    if (j > i && named && isAidThing(doc, res, j, from, to, depth + 1)) return true;
  }
  return false;
}

/**
 * Whether a general giving verb ("give", "provide", "deliver") gives aid: one of its objects, or
 * its passive subject, is an aid thing ("gave the Ivory Coast $5m of aid", "aid was delivered");
 * "gave a speech", "was given a lesson", "provided information" give none.
 */
export function givesAid(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb) continue;
    const relation = doc.deprel(i);
    // A noun conjoined to the verb is a misattached second object ("providing photographs and military intelligence").
    const object = relation === "obj" || relation === "iobj" || relation === "nsubj:pass" || (relation === "conj" && doc.upos(i) === "NOUN" && i > verb);
    if (object && isAidThing(doc, res, i, from, to)) return true;
  }
  return false;
}

/** Whether the verb's object is someone's own: "defending their water" keeps what "approved a loan" gives. */
export function objectIsPossessed(doc: Doc, verb: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb || doc.deprel(i) !== "obj") continue;
    for (let j = from; j < i; j++) if (doc.head(j) === i && doc.deprel(j) === "nmod:poss") return true;
  }
  return false;
}

/**
 * Whether a verb gives relief: it gives aid (givesAid) and its clause, up to the next verb or
 * ", and", names an aid thing that is not money alone (data/triggers/money-words.txt): "sent
 * 1,000 tents", "announced 1 million pounds in emergency funding", "released 5 million dollars
 * from its emergency fund"; not "announced profits of 5 million dollars".
 */
export function givesRelief(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  if (!givesAid(doc, res, verb, from, to)) return false;
  for (let i = verb + 1; i < to && doc.upos(i) !== "VERB" && !(doc.form(i) === "," && doc.upos(i + 1) === "CCONJ"); i++) {
    if (doc.upos(i) === "NOUN" && listed(res.triggers.aidThings, doc, i) && !listed(res.triggers.moneyWords, doc, i)) return true;
  }
  return false;
}

/**
 * The reading of a verb's words that gives relief, when another sense was chosen and its clause
 * gives relief: "released 5 million dollars" is AID, though "release" is mostly RETREAT.
 */
export function reliefReading(doc: Doc, res: LanguageResources, match: TriggerMatch, from: number, to: number): TriggerMatch | null {
  if (match.entry.requires === "relief") return null;
  return matchTriggerAt(doc, res, match.start, to).find((m) => m.verb && m.end === match.end && m.entry.requires === "relief" && givesRelief(doc, res, m.start, from, to)) ?? null;
}

/** Pronouns that stand for people ("released them"), not things ("released it"). */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  "me", "you", "him", "her", "us", "them", "i", "we", "he", "she", "they", "who", "whom", "himself", "herself", "themselves", "ourselves",
]);
const NAMED_LABELS: ReadonlySet<string> = new Set(["PERSON", "ORG", "GPE", "NORP"]);

/** Someone: a name, a person's pronoun, a number of people, or a noun of a person or group, or what such a count counts. */
function isBeing(doc: Doc, res: LanguageResources, i: number, to: number): boolean {
  const tag = doc.upos(i);
  if (tag === "PROPN" || tag === "NUM") return true;
  if (tag === "PRON") return PERSONAL_PRONOUNS.has(doc.lower(i));
  if (NAMED_LABELS.has(doc.mentions[doc.tokens.mention[i] ?? -1]?.label ?? "")) return true;
  if (listed(res.lang.beingNouns, doc, i)) return true;
  // "dozens of prisoners", "the release of a number of activists"
  const counted = ofDependent(doc, i, to);
  return counted >= 0 && isBeing(doc, res, counted, to);
}

/**
 * Whether a verb that acts on people ("released", "received", "called") has someone as its object
 * or passive subject, or no such argument at all ("they met on Monday"): "released the
 * prisoners" and "received the delegation" are events, "released an album" and "received a
 * yellow card" are not.
 */
function actsOnBeing(doc: Doc, res: LanguageResources, verb: number, from: number, to: number, particle: string | null): boolean {
  let object = -1;
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb) continue;
    const relation = doc.deprel(i);
    // "what he called a disproportionate use of force", "called him a traitor": naming, not calling anyone
    // (not the title of a person the parse took for a predicate: "met Ethiopian Foreign Minister Hailu Desta").
    if (relation === "xcomp" && (doc.upos(i) === "NOUN" || doc.upos(i) === "ADJ") && !titlesPerson(doc, i - 1, to)) return false;
    if (object < 0 && (relation === "obj" || relation === "nsubj:pass" || (particle !== null && relation.startsWith("obl") && caseOf(doc, i, from, to) === particle))) object = i;
  }
  // 'calling election officials "fools"': a name given to the object, read as its apposition, is naming too.
  if (object >= 0 && namedAs(doc, object, to)) return false;
  return object < 0 || isBeing(doc, res, object, to) || titlesPerson(doc, object, to);
}


/**
 * Whether a noun has a common noun or adjective as apposition right after it: a second object
 * naming it ('officials "fools"'), not "his envoy, John Smith" nor "envoy Diego Cordovez".
 */
function namedAs(doc: Doc, noun: number, to: number): boolean {
  for (let j = noun + 1; j < to; j++) {
    if (doc.head(j) !== noun || doc.deprel(j) !== "appos" || (doc.upos(j) !== "NOUN" && doc.upos(j) !== "ADJ")) continue;
    if ((doc.tokens.mention[j] ?? -1) >= 0) continue;
    // Right after the noun, quoted or not ("Chaudhry and more than 30 members" is a misread list).
    let k = noun + 1;
    while (k < j && doc.form(k) === '"') k++;
    if (k === j || doc.head(k) === j) return true;
  }
  return false;
}

/** A score: "2-1", "5-0". */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** Sentences of a story, at least, that must be about contests for the whole story to be ("They killed us," the coach said). */
const CONTEST_STORY_SENTENCES = 2;
const CONTEST_STORY_SHARE = 0.25;

/** Whether most of a story is about sport, awards or charts: enough of its sentences are (isContest). */
export function isContestStory(doc: Doc, res: LanguageResources): boolean {
  let contests = 0;
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    if (isContest(doc, res, from, to)) contests++;
  }
  return contests >= CONTEST_STORY_SENTENCES && contests >= CONTEST_STORY_SHARE * doc.sentenceCount;
}

/** Whether the sentence is about sport, awards or charts: a contest noun or a score ("beat Arsenal 2-1"). */
function isContest(doc: Doc, res: LanguageResources, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (SCORE.test(doc.form(i))) return true;
    if (doc.upos(i) === "NOUN" && listed(res.triggers.contestWords, doc, i)) return true;
  }
  return false;
}

/** Forceful deeds: a warning that names one threatens it. */
const FORCEFUL_TYPES: ReadonlySet<string> = new Set(["SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN"]);
const SECURITY_SECTORS: ReadonlySet<string> = new Set(["COP", "MIL", "SPY"]);

/**
 * Whether the rest of a warning's sentence names what would follow: a consequence word ("will
 * pay a price"), a forceful deed ("warned of sanctions") or a security force ("warned that police
 * will no longer tolerate rallies").
 */
function warnsOfConsequence(doc: Doc, res: LanguageResources, verb: number, to: number): boolean {
  // "warned that his fighters would return to the bush if the government broke its promises": the speaker's side will act on a condition.
  const start = thatClauseStart(doc, verb, to);
  if (start >= 0 && OWN_SIDE_WORDS.has(doc.lower(start))) for (let i = start + 1; i < to; i++) if (opensCondition(doc, res, i)) return true;
  for (let i = verb + 1; i < to; i++) {
    if (listed(res.triggers.consequenceWords, doc, i)) return true;
    if (res.actors.roles.get(doc.lower(i))?.some((role) => role.sector !== null && SECURITY_SECTORS.has(role.sector))) return true;
    // "stop funding the deficit" is no forceful "stop" (that needs a vehicle stopped).
    if (matchTriggerAt(doc, res, i, to).some((m) => FORCEFUL_TYPES.has(m.entry.event) && (m.entry.requires !== "vehicle" || objectIsVehicle(doc, res, m.end, to)))) return true;
  }
  return false;
}

/** How far after the verb its object may name the deed offered: "offered the rebels immediate talks". */
const DEED_REACH = 10;

/**
 * Whether a verb's object names an event ("offered talks", "offered a ceasefire") or a deed to do
 * ("offered to hand over", "offered its troops to help"), not a product ("offer broadband services").
 */
function objectNamesDeed(doc: Doc, res: LanguageResources, verb: number, to: number): boolean {
  for (let i = verb + 1; i < Math.min(to, verb + 1 + DEED_REACH); i++) {
    if (doc.lower(i) === "to" && (doc.upos(i + 1) === "VERB" || matchTriggerAt(doc, res, i + 1, to).some((m) => m.verb))) return true;
    if (doc.form(i) === "," || doc.upos(i) === "VERB") return false;
    if (matchTriggerAt(doc, res, i, to).some((m) => !m.verb)) return true;
  }
  return false;
}

/** How far after the verb its object's head noun may stand: "approved the no-confidence motion". */
const MEASURE_REACH = 5;

/** Whether a verb's object is a legislative measure (measure-words.txt): "approved the motion by 122 votes". */
function objectIsMeasure(doc: Doc, res: LanguageResources, verb: number, to: number): boolean {
  for (let i = verb + 1; i < Math.min(to, verb + 1 + MEASURE_REACH); i++) {
    if (doc.form(i) === "," || doc.upos(i) === "VERB" || doc.upos(i) === "ADP") return false;
    if (doc.upos(i) === "NOUN" && listed(res.triggers.measureWords, doc, i)) return true;
  }
  return false;
}

/** How far after the verb "at" may name who a thing is thrown at: "threw bottles and flares at police lines". */
const AIM_REACH = 8;

/**
 * Whether a verb sends a weapon (its object is in data/triggers/weapons.txt: "threw stones") or
 * sends something at someone ("threw bottles at police lines"), not "threw a party" or "threw
 * his support behind"; in a story about sport only the weapon counts.
 */
function aimsAtSomeone(doc: Doc, res: LanguageResources, verb: number, from: number, to: number, contestStory: boolean): boolean {
  const undergoer = doerAndUndergoer(doc, verb, from, to)[1];
  if (undergoer >= 0 && listed(res.triggers.weapons, doc, undergoer)) return true;
  // In a story about sport only a thrown object is violent: "England threw everything at the French".
  if (contestStory) return false;
  for (let i = verb + 1; i < Math.min(to, verb + AIM_REACH); i++) {
    if (doc.upos(i) === "PUNCT" || doc.upos(i) === "SCONJ") return false;
    if (doc.lower(i) !== "at") continue;
    for (let j = i + 1; j < Math.min(to, i + 4) && doc.upos(j) !== "ADP" && doc.upos(j) !== "PUNCT"; j++) if (isBeing(doc, res, j, to)) return true;
    return false;
  }
  return false;
}

/** Tags that open a noun phrase: an object right after a verb ("gathered evidence", "gathered the names"). */
const NOUN_PHRASE_STARTS: ReadonlySet<string> = new Set(["DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ"]);

/**
 * Whether a verbal trigger's `requires` cell (data/triggers/README.md) holds where it stands:
 * `passive` says whether its clause is passive, `contestStory` whether the story is about sport.
 */
export function meetsRequirement(doc: Doc, res: LanguageResources, match: TriggerMatch, from: number, to: number, passive: boolean, contestStory: boolean): boolean {
  const verb = match.start;
  switch (match.entry.requires) {
    case "passive": return passive;
    case "aid": return givesAid(doc, res, verb, from, to);
    case "relief": return givesRelief(doc, res, verb, from, to);
    // "stood by its decision": a phrasal verb's object follows its preposition.
    case "being": return actsOnBeing(doc, res, verb, from, to, match.end - match.start > 1 ? doc.lower(match.end - 1) : null);
    case "no-contest": return !contestStory && !isContest(doc, res, from, to);
    case "doer": return hasDoer(doc, verb, from, to, passive);
    case "consequence": return warnsOfConsequence(doc, res, verb, to);
    case "deed": return objectNamesDeed(doc, res, verb, to);
    // Checked when the trigger is chosen, so that the shorter reading or the verb's other senses can take its place.
    case "no-place":
    case "vehicle": return true;
    case "object": return isObjectSomething(doc, doerAndUndergoer(doc, verb, from, to)[1]);
    // The word after the verb, not the tree: "gathered outside parliament" is often parsed with "parliament" as object.
    case "no-object": return verb + 1 >= to || !NOUN_PHRASE_STARTS.has(doc.upos(verb + 1));
    case "aimed": return aimsAtSomeone(doc, res, verb, from, to, contestStory);
    // Checked once the clause's negation is known (events.ts).
    case "negated": return true;
    case "undergoer": return true;
    case "custody": return handsOverCustody(doc, res, verb, to);
    case "no-measure": return !objectIsMeasure(doc, res, verb, to);
    case "envoy": return objectIsEnvoy(doc, res, verb, to);
    case "censure": return judgesWithBlame(doc, res, verb, to);
    // Someone's words about another ("said the vessel had 'illegally intruded'"): checked in events.ts, where the quotation and its speaker are known.
    case "reported": return true;
    case null: return true;
  }
}

/**
 * Whether a verb hands people in custody to someone: its object, before "to" and within ten
 * words, names them by a word of data/triggers/custody-words.txt ("sent 29 jailed cartel figures
 * to the United States", "sent the suspects to Gondor"); not "sent a letter to".
 */
function handsOverCustody(doc: Doc, res: LanguageResources, verb: number, to: number): boolean {
  let held = false;
  for (let i = verb + 1; i < Math.min(to, verb + 11); i++) {
    const lower = doc.lower(i);
    if (lower === "to") return held;
    if (lower === "," || lower === ";") return false;
    if (listed(res.triggers.custodyWords, doc, i)) held = true;
  }
  return false;
}

/** A protest noun said of a thing: "a rally in crude prices", "a revolt of the markets". */
export function isFigurativeProtest(doc: Doc, res: LanguageResources, after: number, to: number): boolean {
  if (doc.lower(after) !== "in" && doc.lower(after) !== "of") return false;
  for (let i = after + 1; i < Math.min(to, after + 4); i++) if (doc.upos(i) === "NOUN") return isAbstractThing(doc, res, i, to);
  return false;
}

/** Verbs of violence that also name criticism: "attacked the government's plans". */
const VERBAL_ATTACKS: ReadonlySet<string> = new Set(["attack"]);
/** Sectors whose members attack with words: politicians, officials, parties, the press, campaigners. */
const SPEAKING_SECTORS: ReadonlySet<string> = new Set(["GOV", "LEG", "JUD", "PTY", "OPP", "MED", "NGO", "BUS", "IGO"]);

/**
 * An attack in words: "attack" with an abstraction as its object ("attacked the legislation"),
 * or by a named person or a speaking body on something that is neither someone nor a place nor
 * a weapon ("Kerry attacked President Bush's economic record").
 */
export function isVerbalAttack(doc: Doc, res: LanguageResources, match: TriggerMatch, from: number, to: number, actor: Argument | null): boolean {
  if (match.end !== match.start + 1 || !VERBAL_ATTACKS.has(doc.lemma(match.start))) return false;
  // The last object: the parser may take a possessor for one ("attacked [President] Bush's record").
  let undergoer = -1;
  for (let i = match.start + 1; i < to; i++) if (doc.head(i) === match.start && doc.deprel(i) === "obj") undergoer = i;
  if (undergoer < 0) return false;
  if (isAbstractThing(doc, res, undergoer, to)) return true;
  if (isBeing(doc, res, undergoer, to) || listed(res.triggers.weapons, doc, undergoer)) return false;
  if ((doc.tokens.mention[undergoer] ?? -1) >= 0) return false;
  const cluster = actor ? doc.clusters[actor.cluster] : undefined;
  const sector = actor?.sector ?? cluster?.sector ?? null;
  return cluster?.label === "PERSON" || (sector !== null && SPEAKING_SECTORS.has(sector));
}
