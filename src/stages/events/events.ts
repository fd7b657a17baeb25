import { Shape, type Argument, type Doc, type EventAnnotation } from "../../doc/document.js";
import type { Modality } from "../../doc/records.js";
import type { ModalityEffect } from "../../lexicon/triggers.js";
import type { Stage } from "../../pipeline/index.js";
import { STATE_SECTORS } from "../../ontology/index.js";
import type { LanguageResources } from "../resources.js";
import { aspectualGovernor, datelineEnd, dominates, hangsFromNoVerb, statesTimex, timexOfEvent, timexOfSentence } from "../dates/index.js";
import { addressedToState, asPlaceOfThing, asUndergoer, governmentOf, isPluralPeople, namesCountryIn, pastDateline, plainPhrase, possessorActs, resolvePhrase, secondCoordinated, WHERE_PREPOSITIONS as STANDING_PREPOSITIONS } from "./arguments.js";
import { doneByAbstraction, givesAid, isContestStory, isFigurativeHarm, isFigurativeProtest, isHabitual, isNaturalForce, isVerbalAttack, meetsRequirement, objectIsPossessed, objectIsWeapon, reliefReading } from "./themes.js";
import { isRepeatedMention, sameCoding, sameParticipant, sameSide, sameStatement } from "./merge.js";
import { recodeIntent, recodeQuoted, speakerArgument } from "./recode.js";
import { carryNarrativeDates, dateCountedClauses, datedHistory, isHistory, settleByTense, timedBy, undateSequencedClauses } from "./relative-dates.js";
import { isCueVerb } from "../cues.js";
import { settlementInApposition } from "../entities/recognize.js";
import { baseRelation, isReducedRelative, nounArguments, objectControlling, phraseOf, reportedClauseBefore, verbArguments } from "./tree.js";
import { lightVerbBefore, listed, matchTriggerAt, sameWord, storySenses, triggersOf, verbBeforeNoun, type StorySenses, type TriggerMatch } from "./triggers.js";
import {
  BE_FORMS, FUTURE, HYPOTHETICAL, NEGATIONS, RELATIVE_PRONOUNS, isAccusedOf, isAllegedDeed, isCue, isTimeOrItsPreposition, namesPeopleAt, opensPending, isTimeAt, objectRightOf, opensCondition, OWN_SIDE_WORDS, phraseAfter, thatClauseStart, skipAuxiliariesAndQuotesLeft, skipAuxiliariesLeft, subjectLeftOf,
} from "./clause.js";

/** Verbal conflict aimed at a deed names the state as its target ("protested against the arrest"). */
const AIMED_AT_STATE = new Set(["REQUEST", "ACCUSE", "THREATEN", "REJECT"]);
/** Sectors of forces: sent somewhere, they are the means of a mobilization, not its recipient. */
const FORCES: ReadonlySet<string> = new Set(["MIL", "COP"]);
/** Verbs of a blockade, a protest unless a state's force blocks (then it restricts movement). */
const BLOCKING_VERBS: ReadonlySet<string> = new Set(["block", "blockade"]);
/** Objects that turn mobilizing into a protest: civilians, not troops. */
const CIVILIAN_OBJECTS = new Set(["supporters", "followers", "people", "protesters", "citizens", "students", "workers", "voters", "members", "sympathizers"]);
const PARTICIPLE = /(?:ed|en|wn|un|ne)$/;

/** Events whose non-asserted modality states an intent of the actor ("will give", "is ready to send"). */
type IntentMarks = WeakMap<EventAnnotation, boolean>;

interface SentenceContext {
  from: number;
  to: number;
  quote: number;
  isVerbAt: (i: number) => boolean;
  intent: IntentMarks;
  /** Purpose clauses and the event they serve: "met on Monday [to discuss]" happens then, with the meeting. */
  purposeOf: WeakMap<EventAnnotation, EventAnnotation>;
  /** What the story's strikes are: "the strike" after an air attack is one too. */
  story: StorySenses;
}

function quoteOfToken(doc: Doc, i: number): number {
  return doc.quotes.findIndex((q) => i >= q.tokenStart && i < q.tokenEnd);
}

function modalityLeft(doc: Doc, start: number, verb: number): { negated: boolean; modality: Modality } {
  let negated = false;
  let modality: Modality = "asserted";
  for (let i = start; i < verb; i++) {
    const lower = doc.lower(i);
    if (NEGATIONS.has(lower)) negated = true;
    else if (FUTURE.has(lower)) modality = "future";
    else if (HYPOTHETICAL.has(lower) && modality === "asserted") modality = "hypothetical";
  }
  return { negated, modality };
}

function isPassive(doc: Doc, trigger: number, from: number): boolean {
  if (!PARTICIPLE.test(doc.lower(trigger)) && !doc.lower(trigger).endsWith("t")) return false;
  for (let i = trigger - 1; i >= from && i >= trigger - 4; i--) {
    const lower = doc.lower(i);
    if (BE_FORMS.has(lower)) return lower !== "'s" || i > from;
    // "was beaten and arrested": a participle joined to a passive one is passive too.
    if ((lower === "and" || lower === "or") && i === trigger - 1 && i - 1 > from) return isPassive(doc, i - 1, from);
    if (!(lower === "also" || lower === "been" || lower === "being" || lower === "reportedly" || lower.endsWith("ly") || NEGATIONS.has(lower) || lower === "has" || lower === "have" || lower === "had")) return false;
  }
  return false;
}

function newEvent(doc: Doc, res: LanguageResources, match: TriggerMatch, sentence: number, quote: number): EventAnnotation {
  return {
    type: match.entry.event,
    mode: match.entry.mode,
    cameo: match.entry.cameo,
    triggerStart: match.start,
    triggerEnd: match.start + 1,
    sentence,
    actor: null,
    recipient: null,
    quote,
    negated: false,
    modality: "asserted",
    timex: timexOfEvent(doc, match.start, match.end, res.triggers.aspectualVerbs),
    dateAhead: false,
    place: -1,
    confidence: 0.5,
  };
}

/** Event types whose nouns sport reuses ("attacks", "a strike", "the clash with Barcelona"). */
const CONTESTED_NOUNS: ReadonlySet<string> = new Set(["ASSAULT", "PROTEST"]);

/** Prepositions that place one deed in the time of another: "during protests", "amid clashes". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["during", "amid", "amidst", "after", "following", "before"]);

/** Deeds whose participle clause may tell the harm they did ("..., injuring three"). */
const HARMFUL: ReadonlySet<string> = new Set(["ASSAULT", "COERCE"]);

/**
 * The actor of the last event of this type, for agentless passives ("his driver has also been
 * arrested") and deeds named later ("denounced the sanctions"); an event told with the same word
 * first ("condemned the attack" is the attack, not a reprisal told since); only deeds done.
 */
function inheritedActor(doc: Doc, events: readonly EventAnnotation[], type: string, word = -1, general = true, mode: string | null = null): Argument | null {
  let fallback: Argument | null = null;
  const lemmas = word < 0 ? [] : wordsOfDeed(doc.lemma(word));
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    // "said Minsk would respond with countermeasures": a deed only announced or denied has no doer yet.
    if (!e || e.type !== type || !e.actor || e.negated || e.modality !== "asserted") continue;
    // "Congress voted to lift his immunity. Eight protesters were detained": a legislature detains no one.
    if (mode === "arrest" && (e.actor.sector ?? doc.clusters[e.actor.cluster]?.sector) === "LEG") continue;
    if (word < 0 || toldWith(doc, e, lemmas) || (mode !== null && e.mode === mode)) return e.actor;
    if (general) fallback ??= e.actor;
  }
  return fallback;
}

/**
 * Whether a participant phrase headed by a deed or a weapon resolved to a place that only says
 * where it happened: "A car bomb in Mogadishu", "a drone strike on a market near Gimbi" (not
 * "carmakers in the US", whose country they are of).
 */
function onlyWhere(doc: Doc, res: LanguageResources, participant: Argument, to: number): boolean {
  const label = doc.clusters[participant.cluster]?.label;
  if (label !== "GPE" && label !== "LOC") return false;
  const place = doc.mentions.find((m) => m.cluster === participant.cluster && m.start > participant.start && m.end <= participant.end);
  if (!place) return false;
  let head = -1;
  let where = false;
  for (let k = participant.start; k < place.start && !where; k++) {
    where = STANDING_PREPOSITIONS.has(doc.lower(k)) || doc.lower(k) === "on";
    if (!where && doc.upos(k) === "NOUN") head = k;
  }
  return where && head >= 0 && (listed(res.triggers.weapons, doc, head) || matchTriggerAt(doc, res, head, to).some((m) => !m.verb && m.end === head + 1));
}

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they"]);
const JUDGED: ReadonlySet<string> = new Set(["acquit", "clear", "exonerate", "pardon"]);

/** The last detention or abduction told, with a doer, in the sentence or two before `sentence` or in it. */
function lastDetention(events: readonly EventAnnotation[], sentence: number): EventAnnotation | null {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (!e || e.sentence < sentence - 2) break;
    if (e.actor && !e.negated && e.modality === "asserted" && (e.type === "COERCE" || (e.type === "ASSAULT" && e.mode === "abduct"))) return e;
  }
  return null;
}

/** Whether an event's trigger, or the object of its phrase ("imposed sanctions"), is one of these lemmas. */
function toldWith(doc: Doc, event: EventAnnotation, lemmas: readonly string[]): boolean {
  const end = Math.min(event.triggerStart + 4, doc.sentenceTokens(event.sentence)[1]);
  for (let i = event.triggerStart; i < end; i++) if (lemmas.includes(doc.lemma(i))) return true;
  return false;
}

/** A deed word and, for a gerund noun, the verbs it may come from: "killing" kill, "firing" fire, "kidnapping" kidnap. */
function wordsOfDeed(lemma: string): string[] {
  if (!lemma.endsWith("ing") || lemma.length < 6) return [lemma];
  const stem = lemma.slice(0, -3);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [];
  return [lemma, stem, `${stem}e`, ...undoubled];
}

/**
 * The best place named in the sentence: a city before a country; none inside `skip` (the event's
 * participants) where the place stands for its state, nor the `addressee` of a statement.
 */
function placeOf(doc: Doc, res: LanguageResources, from: number, to: number, skip: readonly (Argument | null)[] = [], trigger = -1, statement = false, addressee: Argument | null = null): number {
  let best = -1;
  let bestRank = -1;
  let unknown = -1;
  let facility = -1;
  // The dateline's place is only the fallback: "MOGADISHU, May 3 - ... a base in southern Somalia".
  for (let i = pastDateline(doc, from); i < to; i++) {
    const index = doc.tokens.mention[i] ?? -1;
    const m = doc.mentions[index];
    // "near the town of Walikale", "stormed the town of Mirebalais": a place no gazetteer knows, but where it happened, not the dateline's.
    // So is one an apposition calls a settlement ("stormed Kolmane, a farming village").
    if (m && m.start === i && m.label === "LOC" && unknown < 0 && (afterPlacePreposition(doc, i) || namedSettlement(doc, res, i) || settlementInApposition(doc, res, m.end))) unknown = index;
    if (!m || m.start !== i || m.label !== "GPE" || !m.geo) continue;
    // "The UN welcomed the deal, its spokesman said in New York": where a statement was said is where it was made.
    const saidThere = statement && placeOfSaying(doc, res, m.start, m.end);
    if (trigger >= 0 && !saidThere && (inClauseBelow(doc, m.start, m.end, trigger, from, to, statement) || inLaterConjunct(doc, m.start, m.end, trigger, from, to))) continue;
    if (statement && trigger >= 0 && inAllegedDeed(doc, m.start, trigger)) continue;
    if (spokenToOrOf(doc, res, m.start, m.end, trigger)) continue;
    // "The United States did not impose sanctions on Iran" happened in neither country; "lifted the
    // curfew in Dakar" (on the people there) and "marched in Nairobi" (at its government) happened in the city.
    const isCountry = m.geo.precision === "country";
    if (isCountry && skip.some((a) => a !== null && (a.sector === null || a.sector === "GOV") && a.start <= m.start && m.end <= a.end)) continue;
    // "accused Baku of trying to wreck the talks": a capital spoken to or of as its state is no place of what was said.
    if (addressee && addressee.cluster === m.cluster && addressee.start <= m.start && m.end <= addressee.end) continue;
    // "amid tension with China" says nothing of where it happened; "in southern Somalia" does.
    if (isCountry && !afterPlacePreposition(doc, m.start)) continue;
    // "spying for Minsk", "talks with Moscow": a capital after these stands for its state, not a place.
    if (STATE_PREPOSITIONS.has(doc.lower(m.start - 1))) continue;
    // "near scarborough shoal": a city's name before a natural feature's noun names another place.
    if (m.geo.precision === "city" && res.entityWords.naturalFeatures.has(doc.lower(m.end))) continue;
    // "outside the Gare de Lyon station in Paris": a station is named for where its trains go; only named alone is the facility where its city is.
    if (inFacilityName(doc, res, m.start, m.end)) {
      if (facility < 0) facility = index;
      continue;
    }
    // A city before a country, and one after "in", "at", "near" before one that is not: "discuss
    // sanctions against Managua when they meet in Brussels" is placed in Brussels.
    const rank = (m.geo.precision === "city" ? 2 : 0) + (afterPlacePreposition(doc, m.start) ? 1 : 0);
    if (best < 0 || rank > bestRank) {
      best = index;
      bestRank = rank;
    }
  }
  return best >= 0 ? best : facility >= 0 ? facility : unknown;
}

/** The word of [start, end) whose head lies outside it: the head of a name. */
function spanHead(doc: Doc, start: number, end: number): number {
  let k = start;
  for (let i = start; i < end; i++) if (doc.head(i) < start || doc.head(i) >= end) k = i;
  return k;
}

/**
 * Whether a place's name [start, end) acts or is spoken to as its state in a clause other than the
 * trigger's: the subject of a verb ("Astana retaliates"), the object of a statement ("expelled three
 * diplomats, accusing Astana of spying" was not done in Astana).
 */
function spokenToOrOf(doc: Doc, res: LanguageResources, start: number, end: number, trigger: number): boolean {
  const k = spanHead(doc, start, end);
  const verb = doc.head(k);
  if (verb < 0 || verb === trigger || afterPlacePreposition(doc, start)) return false;
  const relation = doc.deprel(k);
  if (relation === "nsubj") return doc.upos(verb) === "VERB";
  if (relation !== "obj" && relation !== "iobj") return false;
  // "prompting Kampala to threaten": who is made to act acts as its state.
  if (CAUSATIVE.has(doc.lemma(verb))) return true;
  const senses = res.triggers.byForm.get(doc.lower(verb))?.filter((t) => t.rest.length === 0 && t.entry.pos === "verb") ?? [];
  return senses.length > 0 && senses.every((t) => STATEMENTS.has(t.entry.event));
}

/**
 * Whether a place at token `start` lies in the deed a statement's "of" or "for" phrase names: "accused
 * government forces of shelling villages near Taiz", "blamed the rebels for an attack in Gao".
 */
function inAllegedDeed(doc: Doc, start: number, trigger: number): boolean {
  for (let k = trigger + 1; k < start; k++) {
    const word = doc.lower(k);
    // The place inside the phrase, not its noun ("the Mowden area of Darlington").
    if ((word === "of" || word === "for") && doc.head(k) < start && dominates(doc, doc.head(k), start) && dominates(doc, trigger, k)) return true;
  }
  return false;
}

/** Whether the place [start, end) is a speech cue's own "in"/"at" phrase, outside any quotation ("said in New York"). */
function placeOfSaying(doc: Doc, res: LanguageResources, start: number, end: number): boolean {
  const k = spanHead(doc, start, end);
  const verb = doc.head(k);
  const preposition = doc.lower(start - 1);
  return verb >= 0 && isCueVerb(doc, res, verb) && (preposition === "in" || preposition === "at") && quoteOfToken(doc, start) < 0;
}

/** Prepositions after which a city's name is its state ("spying for Minsk", "ties with Beijing", "was condemned by Moscow"). */
const STATE_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "with", "by"]);

/** Nouns that take up a city named before ("east of the city"); "sent frigates to the area" is no city's. */
const CITY_NOUNS: ReadonlySet<string> = new Set(["city", "town", "capital", "village"]);

/** Sentences back that "the city" may reach for the city it takes up. */
const CITY_ANAPHOR_REACH = 3;

/**
 * The city that "the city" or "the town" in [from, to) takes up: the last one named before it,
 * within reach; -1 when none. "bombed positions east of the city" is near El Fasher, named before.
 */
function cityTakenUp(doc: Doc, res: LanguageResources, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) {
    // Only as a place ("east of the city", "in the town"): "uses the city as a base" places nothing.
    if (doc.lower(i) !== "the" || doc.upos(i - 1) !== "ADP" || !CITY_NOUNS.has(doc.lower(i + 1)) || doc.lower(i + 2) === "of") continue;
    const [limit] = doc.sentenceTokens(Math.max(0, doc.sentenceOf(i) - CITY_ANAPHOR_REACH));
    for (let j = i - 1; j >= limit; j--) {
      const index = doc.tokens.mention[j] ?? -1;
      const m = doc.mentions[index];
      if (m && m.start === j && m.label === "GPE" && m.geo?.precision === "city") return index;
    }
    return -1;
  }
  return -1;
}

/**
 * Whether the sentence tells of a settlement it does not name ("shelled a village near Lake X", "in a
 * border district"): the deed happened there, not at the dateline's city.
 */
function atUnnamedSite(doc: Doc, res: LanguageResources, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (doc.upos(i) !== "NOUN" || doc.lower(i) === "city" || !res.entityWords.settlementNouns.has(doc.lemma(i)) || !afterPlacePreposition(doc, i)) continue;
    if ((doc.tokens.mention[i + 1] ?? -1) < 0 && (doc.tokens.mention[i - 1] ?? -1) < 0) return true;
  }
  return false;
}

/** A settlement noun and "of" right before token i: "the town of", "the village of". */
function namedSettlement(doc: Doc, res: LanguageResources, i: number): boolean {
  return doc.lower(i - 1) === "of" && res.entityWords.settlementNouns.has(doc.lemma(i - 2));
}

/**
 * Whether a place's name [start, end) is part of a longer name: it modifies a noun after it
 * ("Lyon station", "Kabul airport") or follows a capitalized word and a name particle ("Gare de Lyon").
 */
function inFacilityName(doc: Doc, res: LanguageResources, start: number, end: number): boolean {
  // The noun right after the name: "Paris on Thursday afternoon" is no facility however parsed.
  if (doc.deprel(end - 1) === "compound" && doc.head(end - 1) === end && NOMINAL_TAGS.has(doc.upos(end))) return true;
  return start >= 2 && res.entityWords.nameParticles.has(doc.lower(start - 1)) && doc.hasShape(start - 2, Shape.upperInitial);
}

const NOMINAL_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);
/** Types of what is said about a deed: the deed's place is not where it was said. */
const STATEMENTS: ReadonlySet<string> = new Set(["ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"]);
/** Relations of clauses below a verb: "marched to demand ...", "a collapse that killed ...". */
const SUBORDINATE: ReadonlySet<string> = new Set(["advcl", "xcomp", "ccomp", "acl", "csubj"]);

/**
 * Whether a place lies in a clause the trigger governs, naming where a thing of that clause is:
 * "marched ... to demand accountability for the collapse of a canopy in Novi Sad" names where the
 * collapse was, not the march. For a `statement` (an accusation, a demand) any clause below is
 * what was said: "accused Pashinyan of ceding land to Azerbaijan" was not done in Azerbaijan.
 */
function inClauseBelow(doc: Doc, start: number, end: number, trigger: number, from: number, to: number, statement = false): boolean {
  // Climb from the name's head, the word whose head lies outside it.
  let k = spanHead(doc, start, end);
  // Only a place describing a noun: "killed 23 when they blew themselves up in Tel Aviv" is placed there.
  let viaNoun = false;
  let clause: boolean | null = null;
  for (let steps = 0; steps < to - from; steps++) {
    const head = doc.head(k);
    if (head < from || head >= to) return false;
    if (head === trigger) return clause ?? false;
    // Only a subordinate clause: `"We will not accept it," he told a rally in Blantyre` (parataxis, or a conjunct) places what was said.
    // A clause of the same moment is the same scene: "shot dead five people as they broke up a protest in Conakry".
    if (clause === null && doc.upos(head) === "VERB") clause = (viaNoun || statement) && SUBORDINATE.has(baseRelation(doc, head)) && !opensSameMoment(doc, head);
    if (NOMINAL_TAGS.has(doc.upos(head))) viaNoun = true;
    k = head;
  }
  return false;
}

/** Conjunctions of a clause happening at the moment of the one it hangs from ("while" contrasts as often). */
const SAME_MOMENT: ReadonlySet<string> = new Set(["as", "when"]);

/** Whether the clause of `verb` opens with "as" or "when". */
function opensSameMoment(doc: Doc, verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - 6; i--) if (doc.head(i) === verb && doc.deprel(i) === "mark") return SAME_MOMENT.has(doc.lower(i));
  return false;
}

/**
 * Whether a place lies in a verb's clause conjoined after the trigger's: "ordered soldiers to rescue
 * the girls and cancelled a trip to South Africa" places the trip, not the rescue.
 */
function inLaterConjunct(doc: Doc, start: number, end: number, trigger: number, from: number, to: number): boolean {
  let k = spanHead(doc, start, end);
  for (let steps = 0; steps < to - from; steps++) {
    const head = doc.head(k);
    if (head < from || head >= to || head === trigger) return false;
    // An attribution parsed as a conjunct ("... a stolen election,\" X told a rally in Mombasa") still places what was said.
    if (doc.upos(head) === "VERB") return head > trigger && doc.deprel(head) === "conj" && !dominates(doc, head, trigger) && quoteOfToken(doc, head) === quoteOfToken(doc, trigger);
    k = head;
  }
  return false;
}

/** Prepositions that place an event: "in Somalia", "across Iraq", "to China", "near the town of". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "inside", "outside", "around", "across", "throughout", "into", "to", "from"]);

/** A place preposition before token i, with at most three words between ("in southern Somalia", "near the town of"). */
function afterPlacePreposition(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (PLACE_PREPOSITIONS.has(doc.lower(k))) return true;
    const tag = doc.upos(k);
    if (tag !== "ADJ" && tag !== "DET" && tag !== "NOUN" && doc.lower(k) !== "of") return false;
  }
  return false;
}

/** Marks that close a dateline's place: "CARACAS (Reuters) -", "Nairobi, March 14 -". */
const DATELINE_CLOSERS = new Set([",", "(", "-", "--", ":"]);

/** The place of the story's dateline, at the start of its first sentence after the headline, or -1. */
function datelinePlace(doc: Doc): number {
  if (doc.sentenceCount <= doc.headlineSentences) return -1;
  const [from] = doc.sentenceTokens(doc.headlineSentences);
  const m = doc.mentions[doc.tokens.mention[from] ?? -1];
  if (!m || m.start !== from || m.label !== "GPE" || !m.geo) return -1;
  return DATELINE_CLOSERS.has(doc.form(m.end)) ? (doc.tokens.mention[from] ?? -1) : -1;
}

interface ModalityPhrase {
  start: number;
  effect: ModalityEffect;
}

/**
 * "Russia said Sudan must return the helicopter": an obligation laid on someone, reported as a
 * statement, is a demand (REQUEST) by the one who states it on the one obliged.
 */
function codeObligations(doc: Doc, res: LanguageResources, s: number): void {
  const [from, to] = doc.sentenceTokens(s);
  for (let i = from + 1; i < to; i++) {
    if (!DEONTIC.has(doc.lower(i)) || doc.upos(i) !== "AUX") continue;
    const [subjectStart, subjectEnd] = subjectLeftOf(doc, res, i, from);
    const obliged = resolvePhrase(doc, res, subjectStart, subjectEnd);
    const quote = quoteOfToken(doc, i);
    const reporter = quote >= 0 ? quoteSpeaker(doc, quote) : reporterOf(doc, res, from, to, subjectStart);
    // "Our consul is innocent and must be released immediately": a release laid on no one is asked of whoever holds him.
    const release = !obliged && doc.lower(i + 1) === "be" ? doc.events.find((e) => e.triggerStart === doc.head(i) && e.mode === "release") : undefined;
    const asked = release ? (holderBefore(doc, s) ?? release.actor) : obliged;
    if (!asked || !reporter || (asked.cluster >= 0 && asked.cluster === reporter.cluster)) continue;
    doc.events.push({
      type: "REQUEST", mode: release ? null : "change", cameo: release ? "1041" : "10", triggerStart: i, triggerEnd: i + 1, sentence: s,
      actor: reporter, recipient: asked, quote, negated: false, modality: "asserted",
      timex: timexOfSentence(doc, s), dateAhead: false, place: placeOf(doc, res, from, to), confidence: 0.6,
    });
  }
}

/** Who did the last arrest or detention told up to sentence s: the one who holds those detained. */
function holderBefore(doc: Doc, s: number): Argument | null {
  return doc.events.filter((e) => e.sentence <= s && e.type === "COERCE" && e.mode === "arrest" && e.actor !== null && !e.negated).at(-1)?.actor ?? null;
}

function quoteSpeaker(doc: Doc, quote: number): Argument | null {
  const q = doc.quotes[quote];
  const speaker = q ? doc.mentions[q.speakerMention] : undefined;
  return q && speaker ? speakerArgument(doc, speaker, q.speakerCluster) : (q?.speakerPhrase ?? null);
}

/** Who states the sentence: the subject of a cue verb before `before`, or the speaker named around a cue after it. */
function reporterOf(doc: Doc, res: LanguageResources, from: number, to: number, before: number): Argument | null {
  for (let c = from; c < to; c++) {
    if (!isCue(res, doc, c)) continue;
    if (c < before) {
      const [start, end] = subjectLeftOf(doc, res, skipAuxiliariesLeft(doc, c, from), from);
      return resolvePhrase(doc, res, start, end);
    }
    let start = c;
    while (start > before && doc.form(start - 1) !== ",") start--;
    const named = resolvePhrase(doc, res, start, c);
    if (named) return named;
    let end = c + 1;
    while (end < to && doc.form(end) !== "." && doc.form(end) !== ",") end++;
    return resolvePhrase(doc, res, c + 1, end);
  }
  return null;
}

/** Modals of obligation: "Y must release X" said by someone is a demand, not Y's intent. */
const DEONTIC = new Set(["must", "should", "ought"]);

function hasWordBetween(doc: Doc, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(doc.lower(i))) return true;
  return false;
}

/** Effects a verb of modality.tsv gives the gerund right after it: "would consider suspending", "is weighing sending". */
const GERUND_EFFECTS: ReadonlySet<string> = new Set(["hypothetical", "future", "wish"]);

/**
 * A one-word verb of modality.tsv ("consider", "weigh", "propose") whose object is a deed's noun:
 * "is considering sanctions". Not one's own act ("considering the offer by the Paris Club") nor a
 * participle before the noun ("the proposed takeover").
 */
function weighingVerbBefore(doc: Doc, res: LanguageResources, match: TriggerMatch, from: number): number {
  if (OWN_ACTS.has(match.entry.event)) return -1;
  const j = verbBeforeNoun(doc, match.start, from);
  if (j < 0 || doc.head(match.start) !== j || doc.deprel(match.start) !== "obj") return -1;
  // "Shanghai Automotive's proposed investment": a participle after a determiner or possessive, however parsed.
  if (j > from && (doc.upos(j - 1) === "DET" || doc.xpos(j - 1) === "POS")) return -1;
  return (res.triggers.modality.get(doc.lower(j)) ?? []).some((e) => e.words.length === 1 && GERUND_EFFECTS.has(e.effect)) ? j : -1;
}

/**
 * The verb of a relative clause on a noun trigger that, with the noun as its object, is another
 * trigger: "the protest Manila has filed" reads as "Manila filed a protest" (ACCUSE, complain
 * officially), not as a demonstration.
 */
function lodgedBy(doc: Doc, res: LanguageResources, match: TriggerMatch, to: number): TriggerMatch | null {
  for (let k = match.end; k < Math.min(to, match.end + 6); k++) {
    if (doc.head(k) !== match.start || doc.deprel(k) !== "acl:relcl") continue;
    const found = res.triggers.byForm.get(doc.lower(k))?.find((o) => o.entry.pos === "verb" && o.entry.event !== match.entry.event && o.rest.at(-1) === doc.lemma(match.start));
    return found ? { entry: found.entry, start: k, end: k + 1, verb: true, gapped: false } : null;
  }
  return null;
}

/** A modality phrase ending right before the verb: "is willing to", "plans to", "refused to", "consider" before a gerund. */
function modalityPhraseBefore(doc: Doc, res: LanguageResources, verb: number, from: number): ModalityPhrase | null {
  // The longest phrase first: "has no plan to attack" is a denial before it is a plan.
  for (let k = Math.max(from, verb - 4); k < verb; k++) {
    for (const entry of res.triggers.modality.get(doc.lower(k)) ?? []) {
      if (k + entry.words.length !== verb) continue;
      const gerund = entry.words.length === 1 && GERUND_EFFECTS.has(entry.effect) && doc.upos(k) === "VERB" && doc.xpos(verb) === "VBG";
      if (entry.words.length < 2 && !gerund) continue;
      if (entry.words.every((word, j) => sameWord(doc, res, k + j, word))) return { start: k, effect: entry.effect };
    }
  }
  return null;
}

/** "the rights of the accused", "the detained and the wounded": a participle after "the" and before no noun names people, no deed. */
function standsForPeople(doc: Doc, match: TriggerMatch, to: number): boolean {
  if (match.end !== match.start + 1 || doc.lower(match.start - 1) !== "the" || doc.xpos(match.start) !== "VBN") return false;
  const next = match.end < to ? doc.upos(match.end) : "PUNCT";
  return next === "PUNCT" || next === "ADP" || next === "AUX" || next === "CCONJ";
}

/** Whether a condition hangs from a verb: "may halt mediation [if] cooperation founders". */
function hasCondition(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const clause = doc.head(i);
    if (doc.deprel(i) === "mark" && clause >= 0 && doc.head(clause) === verb && opensCondition(doc, res, i)) return true;
  }
  // Whatever the parser attached it to, "if" later in the verb's clause, before a comma, sets its condition.
  for (let i = verb + 1; i < to && doc.form(i) !== "," && doc.form(i) !== ";"; i++) if (opensCondition(doc, res, i)) return true;
  return false;
}

/**
 * Whether a verb's clause is a condition: it is opened, before its subject or as the verb's
 * "mark" in the tree, by a subordinating word that modality.tsv makes hypothetical ("if",
 * "unless"): "would respond if Arnor troops attacked" asserts no attack.
 */
function inCondition(doc: Doc, res: LanguageResources, verb: number, subjectStart: number, from: number): boolean {
  const opens = (i: number): boolean => opensCondition(doc, res, i);
  if (subjectStart > from && opens(subjectStart - 1)) return true;
  for (let i = Math.max(from, verb - 6); i < verb; i++) if (doc.head(i) === verb && doc.deprel(i) === "mark" && opens(i)) return true;
  // "If Cambodia stops firing": the complement of a verb in a condition is in it too.
  const head = doc.head(verb);
  return doc.deprel(verb) === "xcomp" && head >= from && head < verb && inCondition(doc, res, head, from, from);
}

/** A modality phrase that names no event of its own starts at token i and a verb follows it ("seek to", "try to"). */
function beginsModalityPhrase(doc: Doc, res: LanguageResources, i: number): boolean {
  for (const entry of res.triggers.modality.get(doc.lower(i)) ?? []) {
    const n = entry.words.length;
    if (entry.event !== null || n < 2 || doc.upos(i + n) !== "VERB") continue;
    if (entry.words.every((word, j) => sameWord(doc, res, i + j, word))) return true;
  }
  return false;
}

/**
 * Whether the verb is the deed a ban forbids: "are banned from travelling", "barred them from
 * leaving" (a negation phrase of modality.tsv that is itself an event, its object in between).
 */
function forbiddenDeed(doc: Doc, res: LanguageResources, verb: number, from: number): boolean {
  const before = verb - 1;
  if (before <= from) return false;
  for (let k = before - 1; k >= from && k >= before - 5; k--) {
    for (const entry of res.triggers.modality.get(doc.lower(k)) ?? []) {
      if (entry.effect !== "negation" || entry.event === null || entry.words.length !== 2) continue;
      if (sameWord(doc, res, k, entry.words[0] ?? "") && doc.lower(before) === entry.words[1]) return true;
    }
  }
  return false;
}

/** Tags of function words a one-word negation of modality.tsv may have ("not", "without", "no"): only a verb ("deny", "avoid") denies the verb after it. */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(["PART", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX"]);

/** Whether token i is a verb that modality.tsv makes a one-word negation: "deny", "avoid". */
function isNegatingVerb(doc: Doc, res: LanguageResources, i: number): boolean {
  if (FUNCTION_TAGS.has(doc.upos(i))) return false;
  return (res.triggers.modality.get(doc.lower(i)) ?? []).some((e) => e.words.length === 1 && e.effect === "negation");
}

/**
 * Whether a verb is the deed a negating verb denies: right after it ("denies backing the M23",
 * however the parser reads "denies"), or in the clause it governs ("denied that Y planned to
 * seize Z", through complements only).
 */
function deniedDeed(doc: Doc, res: LanguageResources, verb: number, from: number): boolean {
  if (verb - 1 >= from && isNegatingVerb(doc, res, verb - 1)) return true;
  let clause = verb;
  for (let step = 0; step < 3; step++) {
    const relation = doc.deprel(clause);
    if (relation !== "ccomp" && relation !== "xcomp") return false;
    clause = doc.head(clause);
    if (clause < from || clause === verb) return false;
    if (doc.upos(clause) === "VERB" && isNegatingVerb(doc, res, clause)) return true;
  }
  return false;
}

/**
 * "no one was detained", "nobody was hurt", "No shots were fired": a negative pronoun, or a noun
 * "no" determines, right before a passive verb group denies the deed.
 */
function negativeSubjectBefore(doc: Doc, auxStart: number, from: number, trigger: number): boolean {
  const word = auxStart > from ? doc.lower(auxStart - 1) : "";
  if (word === "nobody" || word === "none" || word === "nothing") return true;
  if (auxStart - 1 <= from || doc.lower(auxStart - 2) !== "no") return false;
  // Not a name's "No": "the official No campaign's alleged allegiances".
  return word === "one" || (doc.deprel(auxStart - 2) === "det" && doc.head(auxStart - 1) === trigger);
}

/** Who a phrase the tree found names, if anyone. */
function participant(doc: Doc, res: LanguageResources, [start, end]: readonly [number, number]): Argument | null {
  return end > start ? resolvePhrase(doc, res, start, end) : null;
}

/** A verbal trigger's participants from the clause around it. */
function codeVerbal(doc: Doc, res: LanguageResources, ctx: SentenceContext, match: TriggerMatch, event: EventAnnotation, previousVerbal: EventAnnotation | null, all: readonly EventAnnotation[]): [number, number] {
  const phrase = modalityPhraseBefore(doc, res, match.start, ctx.from);
  // "freed a torturer rather than hand him over": what stands before an alternative is no subject of its verb.
  const auxStart = skipAuxiliariesLeft(doc, phrase && phrase.effect !== "alternative" ? phrase.start : match.start, ctx.from);
  Object.assign(event, modalityLeft(doc, auxStart, match.start));
  // "will continue to patrol", "did not resume talking": the verb an aspectual verb takes has that verb's modality.
  const aspect = phrase === null && doc.lower(match.start - 1) === "to" && res.triggers.aspectualVerbs.has(doc.lemma(match.start - 2)) ? match.start - 2 : -1;
  if (aspect > ctx.from) Object.assign(event, modalityLeft(doc, skipAuxiliariesLeft(doc, aspect, ctx.from), aspect));
  if (phrase?.effect === "future" || phrase?.effect === "hypothetical") event.modality = phrase.effect;
  else if (phrase?.effect === "negation" || phrase?.effect === "alternative") event.negated = true;
  else if (phrase?.effect === "embed" || phrase?.effect === "wish") event.modality = "hypothetical";
  if (deniedDeed(doc, res, match.start, ctx.from) || (negativeSubjectBefore(doc, auxStart, ctx.from, match.start) && isPassive(doc, match.start, ctx.from))) event.negated = true;
  const deontic = hasWordBetween(doc, auxStart, match.start, DEONTIC);
  const refusal = phrase?.effect === "negation" || (event.negated && event.modality !== "asserted");
  // "will"/"would" announce a deed, "may halt ... if" sets a condition; "could bar" alone is a possibility and "wanted to storm" a wish, neither a stated intent.
  const announced = event.modality === "future" || (event.modality === "hypothetical" && hasCondition(doc, res, match.start, ctx.from, ctx.to));
  ctx.intent.set(event, !deontic && (refusal || (phrase === null ? announced : phrase.effect === "future" || phrase.effect === "hypothetical")));
  const [subjectStart, subjectEnd] = subjectLeftOf(doc, res, auxStart, ctx.from);
  // "accusing the government of failing to protect": an accusation's content is claimed, not asserted.
  const unreal = isAccusedOf(doc, subjectStart, subjectEnd, auxStart) || isAllegedDeed(doc, match.start) || inCondition(doc, res, match.start, subjectStart, ctx.from);
  if (unreal || awaitsUnreal(doc, res, match.start, subjectStart, ctx.from, previousVerbal, all) || requestedDeed(doc, res, match.start, ctx.from, all)) {
    event.modality = "hypothetical";
    ctx.intent.set(event, false);
  }
  // "offered to hand over X to Y": the verb of a modality phrase is an event whose recipient is this one's.
  let controller: EventAnnotation | null = phrase && previousVerbal && previousVerbal.triggerStart >= phrase.start ? previousVerbal : null;
  const [objectStart, objectEnd] = objectRightOf(doc, res, match.gapped ? match.start + 1 : match.end, ctx.to, ctx.isVerbAt);
  const tree = verbArguments(doc, match.start, ctx.from, ctx.to);
  // "Chadian troops loyal to President Deby put down": whom the tree's subject is loyal to only describes it.
  const modifierOnly = doc.lower(subjectStart - 1) === "to" && doc.upos(subjectStart - 2) === "ADJ" && tree.actor[0] >= 0 && tree.actor[0] < subjectStart - 2 && tree.actor[1] >= subjectEnd;
  const subject = modifierOnly ? null : resolvePhrase(doc, res, subjectStart, subjectEnd);
  const reduced = PARTICIPLE.test(doc.lower(match.start)) && isReducedRelative(doc, match.start, ctx.from, ctx.to);
  if (reduced || isPassive(doc, match.start, ctx.from)) {
    // A participle's noun is the tree's ("the release of [activists] arrested"), not all the words before it.
    const undergoer = reduced ? participant(doc, res, tree.recipient) : null;
    // "was beaten and arrested": the second participle's undergoer is the first's; "accused X and was fined": the first's doer.
    const shared = doc.lower(auxStart - 1) === "and" && subjectEnd === subjectStart ? previousVerbal : null;
    const conjoined = shared ? (isPassive(doc, shared.triggerStart, ctx.from) ? shared.recipient : shared.actor) : null;
    event.recipient = asUndergoer(doc, undergoer ?? subject ?? conjoined ?? participant(doc, res, tree.recipient) ?? plainPhrase(doc, res, subjectStart, subjectEnd));
    const by = doc.lower(objectEnd) === "by" ? objectEnd : doc.lower(match.end) === "by" ? match.end : -1;
    const [agentStart, agentEnd] = by >= 0 ? phraseAfter(doc, res, by, ctx.to, ctx.isVerbAt) : [0, 0];
    // The parse may read "was beaten" as a copula and an adjective: its subject is then no doer.
    const treeActor = participant(doc, res, tree.actor);
    const undergoes = treeActor !== null && event.recipient !== null && treeActor.start < event.recipient.end && event.recipient.start < treeActor.end;
    // "protests in which hundreds of people were killed": a relative clause's passive tells of its victims, not of a deed told before.
    // "would boycott parliament unless a recount was ordered": a condition's passive names no one who did a deed told before.
    // "About 100 people were killed in September 2022": history has no doer from the news told before it.
    const inherits = by < 0 && !inRelativeClause(doc, match.start, ctx.from) && !inCondition(doc, res, match.start, subjectStart, ctx.from) && !datedHistory(doc, event);
    // "X was charged with terrorism, prosecutors said": a statement no one is named making is the speaker's, unless
    // only announced ("said the arrested would be charged"); other deeds a speaker's own words tell take no doer from outside them.
    // "will not be left without a response," she said: a promise of retaliation is the speaker's.
    const spokenBy = inherits && event.quote >= 0 && ((event.modality === "asserted" && SPOKEN.has(event.type)) || match.entry.requires === "negated") ? quoteSpeaker(doc, event.quote) : null;
    const before = doc.quotes[event.quote]?.kind === "direct" ? all.filter((e) => e.quote === event.quote) : all;
    // "Muianga said the detainees had been denied access": a speaker's claim borrows the doer only of a deed of its kind (word or mode) told before.
    const reported = event.quote >= 0 && doc.quotes[event.quote]?.kind !== "direct";
    // "A shepherd was detained by Tajik border guards ... He was handed back": who releases is who held.
    // A court acquits; the police who arrested do not.
    const held = inherits && event.type === "RETREAT" && (event.cameo ?? "").startsWith("084") && !JUDGED.has(doc.lemma(match.start)) ? lastDetention(before, event.sentence) : null;
    if (held && event.recipient === null && PERSONAL_PRONOUNS.has(doc.lower(subjectStart)) && subjectEnd === subjectStart + 1) event.recipient = held.recipient;
    event.actor = (by >= 0 ? resolvePhrase(doc, res, agentStart, agentEnd) : null) ?? (undergoes ? null : treeActor) ?? spokenBy ?? held?.actor ?? (inherits ? inheritedActor(doc, before, event.type, reported ? match.start : -1, !reported, event.mode) : null);
    // "The accord was signed by X and the leaders of Y": a joint deed is done with the second named.
    const partner = jointDeed(event) && by >= 0 && (!event.recipient || event.recipient.cluster < 0) ? namedAfterAnd(doc, res, agentEnd) : null;
    if (partner && partner.cluster !== event.actor?.cluster) event.recipient = partner;
    // "The detention of Delorme was condemned by the EU": a deed of another kind condemned points to its doer, as when it is the object.
    const deed = event.type === "ACCUSE" && !undergoer ? deedIn(doc, res, ctx.to, subjectStart, subjectEnd) : -1;
    if (deed >= 0 && !matchTriggerAt(doc, res, deed, ctx.to).some((m) => !m.verb && m.entry.event === "ACCUSE")) event.recipient = resolveObject(doc, res, ctx, subjectStart, subjectEnd, event);
    event.confidence = by >= 0 ? 0.8 : 0.6;
    return [objectStart, objectEnd];
  }
  // Last, for a relative pronoun, the noun it stands for as written: "armed gangs, which recently kidnapped".
  event.actor = reportedOwner(doc, res, ctx, subjectStart, subjectEnd) ?? subject ?? reportedSubject(doc, res, ctx, subjectStart, subjectEnd) ?? pluralSubject(doc, res, subjectStart, subjectEnd, previousVerbal, event.type) ?? participant(doc, res, tree.actor) ?? plainPhrase(doc, res, subjectStart, subjectEnd) ??
    (hasRelativeSubject(doc, match.start, ctx.from, ctx.to) ? someone(doc, res, plainPhrase(doc, res, ...tree.actor)) : null);
  // "Ethiopia responded by suspending flights": a gerund after "by" is done by the subject of the verb it hangs from.
  const means = doc.head(match.start);
  if (!event.actor && doc.lower(match.start - 1) === "by" && doc.xpos(match.start) === "VBG" && means >= ctx.from && means < match.start) {
    event.actor = participant(doc, res, verbArguments(doc, means, ctx.from, ctx.to).actor);
  }
  // "Attacks on our citizens will not go unanswered," he said: a promise of retaliation is the speaker's, against whoever the subject names.
  // '"Those who attack the police will face the full force of the law," he said': so is a consequence the subject will face.
  if ((match.entry.requires === "negated" || match.entry.requires === "undergoer") && event.type === "THREATEN") {
    event.recipient = subject && (subject.cluster >= 0 || match.entry.requires === "undergoer") ? subject : null;
    event.actor = event.quote >= 0 ? quoteSpeaker(doc, event.quote) : null;
    return [objectStart, objectEnd];
  }
  // "A car bomb in Mogadishu killed 10 people": the place a subject is in did nothing.
  if (event.actor && onlyWhere(doc, res, event.actor, ctx.to)) event.actor = null;
  // "fired tear gas at hundreds of doctors marching to the ministry": the people right before the -ing verb do it.
  const doers = auxStart === match.start ? peopleBeforeParticiple(doc, res, match.start, subjectStart) : -1;
  if (doers >= 0) event.actor = resolvePhrase(doc, res, doers, match.start) ?? event.actor;
  const reporter = !subject && subjectEnd === subjectStart && doc.lower(auxStart - 1) === "and" ? conjoinedReporter(doc, res, ctx, auxStart - 1, match.start, SPOKEN.has(event.type)) : null;
  // "army units shelled the town, killing nine civilians": the participle's doer is the clause's
  // (whatever the parser attached it to: after a dateline it often picks the dateline's place).
  const participleClause = opensParticipleClause(doc, match.start);
  // "lifted martial law after lawmakers voted to reject the decree": the vote, not the last event, governs the infinitive.
  const decider = doc.lower(auxStart - 1) === "to" && subjectEnd === subjectStart ? possessorOfNounBefore(doc, res, auxStart - 1, ctx.from) : null;
  const implicativeOther = phrase === null && IMPLICATIVE.has(doc.lemma(doc.head(match.start))) && doc.head(match.start) !== previousVerbal?.triggerStart;
  const cause = phrase === null ? causeOf(doc, match.start, auxStart, previousVerbal) : -1;
  let clauseHit: Argument | null = null;
  if (participleClause && previousVerbal) {
    // The clause it hangs from in the tree, else the last one. After a comma it is not a relative
    // clause's: "fired at teachers who marched, injuring 23" is the police's.
    let clause = doc.head(match.start);
    if (doc.deprel(clause) === "acl:relcl") clause = doc.head(doc.head(clause));
    let governing = all.find((e) => e.triggerStart === clause && e.sentence === event.sentence) ?? clauseAbove(doc, all, clause, event.sentence) ?? previousVerbal;
    // "... doctors marching to the ministry, injuring three": the clause is the one the marchers are in.
    if (peopleBeforeParticiple(doc, res, governing.triggerStart, ctx.from) >= 0) governing = all.filter((e) => e.sentence === event.sentence && e.triggerStart < governing.triggerStart).at(-1) ?? governing;
    // "summoned the ambassador after a ship fired water cannon at a vessel, injuring three": harm comes of the violence told last, not of the summons.
    const violence = event.type === "ASSAULT" && !HARMFUL.has(governing.type) ? all.filter((e) => e.sentence === event.sentence && e.triggerStart > governing.triggerStart && e.triggerStart < match.start && HARMFUL.has(e.type)).at(-1) : undefined;
    if (violence) governing = violence;
    event.actor = governing.actor;
    clauseHit = governing.recipient;
    // "accused government forces of shelling villages, killing two civilians": harm of a deed not asserted is not asserted either.
    if (governing.modality !== "asserted" && event.modality === "asserted") event.modality = governing.modality;
  } else if (cause >= 0) {
    // "imposed a tariff, prompting Kampala to threaten duties": what the cause made someone do was done, by its object.
    // Passive, the one forced: "was forced to back down" (its subject, else the clause's before).
    event.actor = participant(doc, res, verbArguments(doc, cause, ctx.from, ctx.to).recipient) ?? previousVerbal?.actor ?? event.actor;
  } else if (decider) {
    // "the government's decision to suspend talks": the possessor of the decision would do it, whatever verb came before.
    event.actor = decider;
    event.modality = "hypothetical";
    ctx.intent.set(event, false);
  } else if ((doc.lower(auxStart - 1) === "to" || keptOnInfinitive(doc, auxStart, match.start)) && previousVerbal && subjectEnd === subjectStart && !implicativeOther) {
    event.modality = "hypothetical";
    ctx.intent.set(event, false);
    // An infinitive under another event: "called on X to protest" -> X would protest; "vowed to march" -> the subject would.
    // "opposed a bill that would make it easier to dismiss workers": one in a relative clause after that event is the clause's.
    if (!inRelativeClauseAfter(doc, previousVerbal.triggerStart, auxStart)) {
      event.actor = previousVerbal.type === "REQUEST" ? previousVerbal.recipient : previousVerbal.actor;
      controller = previousVerbal;
      if (doc.deprel(match.start) === "advcl" && doc.head(match.start) === previousVerbal.triggerStart) ctx.purposeOf.set(event, previousVerbal);
    }
  } else if (doc.lower(auxStart - 1) === "to" && phrase === null && IMPLICATIVE.has(doc.lemma(doc.head(match.start)))) {
    // "voted on Tuesday to impeach X": done by whoever voted, though the parse hangs it as a purpose clause.
    const implicative = doc.head(match.start);
    event.actor ??= participant(doc, res, subjectLeftOf(doc, res, skipAuxiliariesLeft(doc, implicative, ctx.from), ctx.from)) ?? participant(doc, res, verbArguments(doc, implicative, ctx.from, ctx.to).actor);
    // "voted not to impeach": the deed is denied.
    if (NEGATIONS.has(doc.lower(auxStart - 2))) event.negated = true;
  } else if (doc.lower(auxStart - 1) === "to" && phrase === null && !doc.lower(match.start).endsWith("ing") && !IMPLICATIVE.has(doc.lemma(doc.head(match.start)))) {
    // "did not expect the regulator to demand asset sales": an infinitive under a verb that is no
    // event is not asserted, unless that verb says it happened ("managed to escape").
    event.modality = "hypothetical";
    ctx.intent.set(event, false);
  } else if (reporter) {
    event.actor = reporter;
  } else if (!subject && subjectEnd === subjectStart && doc.lower(auxStart - 1) === "and" && previousVerbal) {
    // "he would mobilize his supporters ... and march": the second verb shares the first one's subject;
    // the first is the one the tree joins it to ("called on the ministry to withdraw the reform and demanded": the caller).
    const joined = doc.deprel(match.start) === "conj" ? finiteConjunct(doc, match.start) : -1;
    const first = all.find((e) => e.sentence === event.sentence && e.triggerStart === joined) ?? previousVerbal;
    event.actor = first.actor;
    Object.assign(event, conjunctModality(doc, match.start, first, all, ctx.from));
  } else if (!event.actor && subjectEnd === subjectStart && doc.lower(auxStart - 1) === "and") {
    // "said it was concerned ... and called on X": the subject of the clause before, though no event.
    event.actor = subjectBefore(doc, res, auxStart - 1, ctx.from);
  }
  // "detonated a car bomb": the weapon is the means; who is hit may follow ("at the gate").
  const weapon = objectIsWeapon(doc, res, match.start, ctx.from, ctx.to);
  const object = weapon ? null : pronounAntecedent(doc, res, objectStart, objectEnd, previousVerbal) ?? resolveObject(doc, res, ctx, objectStart, objectEnd, event);
  // Giving: "offered its troops to Lebanon", "military aid to Mozambique" - the receiver, not the thing given.
  // "evacuate wounded people to Ankara": people taken to a city are the ones helped; the city is where they go.
  const moved = (object === null || object.cluster < 0) && movedToCity(doc, res, objectStart, objectEnd) ? plainPhrase(doc, res, objectStart, objectEnd) : null;
  // "endorsed Morocco's autonomy plan for Western Sahara": support for someone's thing goes to them, not to what it is for.
  const ownerSupported = event.type === "SUPPORT" && object !== null && object.cluster >= 0;
  // "released two German citizens in exchange for an Iranian man": those released are the recipients.
  const freed = event.mode === "release" && object !== null;
  const given = GIVING.has(event.type) && !moved && !ownerSupported && !freed ? targetAfter(doc, res, ctx, objectEnd, event.type) : null;
  const aimedAt = weapon ? weaponTarget(doc, res, ctx, objectStart, objectEnd) : null;
  // "would send 600 more officers to Haiti": the forces sent are the means; whom or where they are sent to, when named, is the recipient.
  // "send troops to Gondor": the phrase may name them itself.
  const forcesSent = event.type === "MOBILIZE" && (object !== null ? object.cluster < 0 && object.sector !== null && FORCES.has(object.sector) : namesForces(doc, res, match));
  const destination = forcesSent ? targetAfter(doc, res, ctx, objectEnd, event.type) : null;
  // Sent to a place, they are not aimed at it: an announced deployment there is no threat.
  if (destination && doc.lower(destination.start - 1) === "to") ctx.intent.set(event, false);
  // "will not allow a few groups to hold the country hostage": aimed at the groups, whoever they would hold.
  // "called on both sides to exercise restraint": who is asked to act, though the parse hangs the infinitive on the verb.
  const asked = event.type === "REQUEST" && doc.lower(objectEnd) === "to" && doc.upos(objectEnd + 1) === "VERB";
  const infinitiveDoer = objectEnd > objectStart && (asked || objectControlling(doc, match.start, ctx.from, ctx.to) >= 0) ? plainPhrase(doc, res, objectStart, objectEnd) : null;
  // "demanded access to the journalist": the journalist is not the one asked.
  const accessTo = event.type === "REQUEST" && doc.lower(objectEnd - 1) === "access" && doc.lower(objectEnd) === "to";
  event.recipient =
    destination ?? given ?? object ?? moved ?? aimedAt ?? (accessTo ? null : targetAfter(doc, res, ctx, objectEnd, event.type)) ?? infinitiveDoer ?? clauseTarget(doc, res, ctx, objectEnd, event.type) ?? (weapon || accessTo ? null : participant(doc, res, tree.recipient));
  if (!event.recipient && event.type === "PROTEST") event.recipient = protestTarget(doc, res, event, ctx);
  if (PHYSICAL.has(event.type)) event.recipient = asPlaceOfThing(doc, event.recipient);
  // "Modi and Ishiba signed agreements": a joint deed is done with the second.
  // A joint deed's place is no party to it: "Congo and the M23 signed a declaration in Doha" is done with the M23.
  // "Gondor and Arnor agreed to a ceasefire and a pullback of troops": what is agreed is no party to it.
  const content = beginsWithDeed(doc, res, event.recipient);
  if ((!event.recipient || placedIn(doc, event.recipient) || content) && (JOINT.has(event.type) || event.mode === "ceasefire") && subject) {
    // "Kenya held a summit in Arusha": the town is the venue, no party (a country may stand for its state: "signed deals in Japan").
    // A visit is to its town's state ("arrived in Amman on a visit"), and an intended deed's town is its target ("agreed to postpone the rally in Mombasa").
    const venue = event.mode !== "visit" && placedIn(doc, event.recipient) && doc.clusters[event.recipient?.cluster ?? -1]?.geo?.precision === "city" && !infinitiveBetween(doc, event.triggerStart, event.recipient?.start ?? 0);
    event.recipient = secondCoordinated(doc, res, subjectStart, subjectEnd) ?? (content || venue ? null : event.recipient);
  }
  if (event.type === "MOBILIZE" && CIVILIAN_OBJECTS.has(doc.lower(objectEnd - 1))) {
    event.type = "PROTEST";
    event.mode = "demo";
    event.cameo = "141";
    event.recipient = null;
  }
  // "Police blocked the bridge": a state's force blocking a way restricts movement; only others' blockades are protests.
  if (event.type === "PROTEST" && event.cameo === "144" && BLOCKING_VERBS.has(doc.lemma(event.triggerStart)) && FORCES.has(event.actor?.sector ?? doc.clusters[event.actor?.cluster ?? -1]?.sector ?? "")) {
    event.type = "COERCE";
    event.mode = "restrict";
    event.cameo = "191";
  }
  // "Nyusi said he was ready to meet the candidates. Mondlane rejected the offer": aimed at whoever made it.
  if (!event.recipient && event.type === "REJECT" && answersProposal(doc, res, match.start, ctx.from, ctx.to)) event.recipient = proposer(event, all);
  const pair = event.actor?.cluster === -1 && !event.recipient ? pairNamedBefore(doc, event.actor, all) : null;
  if (pair) [event.actor, event.recipient] = pair;
  event.recipient = asUndergoer(doc, event.recipient);
  // "fired water cannon at a Philippine boat, injuring four sailors": people of no stated nationality are of the side the clause above hit.
  if (clauseHit && event.recipient && event.recipient.cluster < 0 && !namesCountry(doc, event.recipient)) {
    const country = clauseHit.country ?? doc.clusters[clauseHit.cluster]?.country ?? null;
    if (country !== null && event.recipient.country !== null) event.recipient = { ...event.recipient, country };
  }
  event.confidence = event.actor && event.recipient ? 0.9 : event.actor || event.recipient ? 0.7 : 0.5;
  // "offered to negotiate with Armenia": the offer is made to whom the negotiation would be with.
  if (controller && !controller.recipient && controller.type !== "REQUEST") controller.recipient = event.recipient;
  return [objectStart, clauseEnd(doc, res, ctx, match.end)];
}

/**
 * Whether the infinitive marker `to` is in a relative clause opened after token `from`: "opposed a bill that would
 * make it easier to dismiss workers"; not after a clause closed by a comma ("urged X, who has had run-ins, to seize").
 */
function inRelativeClauseAfter(doc: Doc, from: number, to: number): boolean {
  if (doc.form(to - 2) === ",") return false;
  for (let i = from + 1; i < to - 1; i++) if (RELATIVE_PRONOUNS.has(doc.lower(i)) && doc.upos(i) === "PRON") return true;
  return false;
}

/**
 * The modality a verb after "and" shares: that of the verb the tree conjoins it with ("fired tear
 * gas to disperse the crowd and detained 14" is asserted like "fired"), else the last event's
 * ("would mobilize his supporters ... and march").
 */
function conjunctModality(doc: Doc, verb: number, previousVerbal: EventAnnotation, all: readonly EventAnnotation[], from: number): { negated: boolean; modality: Modality } {
  const head = finiteConjunct(doc, verb);
  if (doc.deprel(verb) !== "conj" || head < from || head >= verb || head === previousVerbal.triggerStart || doc.upos(head) !== "VERB") {
    return { negated: previousVerbal.negated, modality: previousVerbal.modality };
  }
  return verbModality(doc, head, all, from);
}

/** A verb's modality: its event's, or what its auxiliaries say when it is no event. */
function verbModality(doc: Doc, verb: number, all: readonly EventAnnotation[], from: number): { negated: boolean; modality: Modality } {
  const governing = all.find((e) => e.triggerStart === verb);
  return governing ? { negated: governing.negated, modality: governing.modality } : modalityLeft(doc, skipAuxiliariesLeft(doc, verb, from), verb);
}

/**
 * Whether a verb's clause, opened by a word modality.tsv makes `pending` ("until", "before"),
 * closes a clause that is not asserted: "would strike until the government withdraws" asserts
 * no withdrawal; "detained him until Arnor released the hostages" asserts the release.
 */
function awaitsUnreal(doc: Doc, res: LanguageResources, verb: number, subjectStart: number, from: number, previousVerbal: EventAnnotation | null, all: readonly EventAnnotation[]): boolean {
  const pending = (i: number): boolean => opensPending(doc, res, i);
  // Before the subject, or as its first word where the subject runs back to the last verb ("strike [until the government] withdraws").
  let opener = subjectStart > from && pending(subjectStart - 1) ? subjectStart - 1 : pending(subjectStart) ? subjectStart : -1;
  // The verb's "mark", or a "case" the parser hung on its subject ("until/case Gondor/nsubj withdraws").
  const opens = (i: number): boolean => doc.head(i) === verb || (doc.head(doc.head(i)) === verb && doc.deprel(doc.head(i)).startsWith("nsubj"));
  for (let i = Math.max(from, verb - 6); i < verb && opener < 0; i++) if (pending(i) && opens(i)) opener = i;
  if (opener < 0) return false;
  // The clause it closes is the verb's right before it, whatever the parse ("said the rebels
  // would not withdraw until an accord is signed" hangs "signed" from "said"), else the event before.
  let closed = opener - 1;
  while (closed >= from && doc.upos(closed) !== "VERB") closed--;
  if (closed < from) return previousVerbal !== null && previousVerbal.modality !== "asserted";
  // "would pay for counselling once ...": a purpose or complement verb is as real as the verb it serves.
  // "did not comment when asked": a "when" clause waits only on a future ("will discuss it when they meet").
  const onlyFuture = doc.xpos(opener) === "WRB";
  for (let step = 0; step < 3 && closed >= from; step++) {
    const own = modalityLeft(doc, skipAuxiliariesLeft(doc, closed, from), closed);
    const governing = verbModality(doc, closed, all, from).modality;
    if (onlyFuture ? own.modality === "future" || governing === "future" : own.negated || own.modality !== "asserted" || governing !== "asserted") return true;
    const head = doc.head(closed);
    if (!SERVING.has(doc.deprel(closed)) || head < from || head >= closed || doc.upos(head) !== "VERB") return false;
    closed = head;
  }
  return false;
}

/** Relations of a verb that serves the verb it hangs from. */
const SERVING: ReadonlySet<string> = new Set(["advcl", "xcomp"]);

/** Types of events that are statements: after "and", one follows the report it continues rather than the reported deed. */
const SPOKEN: ReadonlySet<string> = new Set(["ACCUSE", "REQUEST"]);

/**
 * Whether a verb heads the clause a request governs: "demanding that Jeri step down" asks for the
 * deed and asserts none. The request is an event already found, or a one-word REQUEST phrase of modality.tsv.
 */
function requestedDeed(doc: Doc, res: LanguageResources, verb: number, from: number, all: readonly EventAnnotation[]): boolean {
  const head = doc.head(verb);
  if (doc.deprel(verb) !== "ccomp" || head < from || head >= verb) return false;
  if (all.some((e) => e.triggerStart === head && e.type === "REQUEST")) return true;
  return (res.triggers.modality.get(doc.lower(head)) ?? []).some((e) => e.words.length === 1 && e.event === "REQUEST" && sameWord(doc, res, head, e.words[0] ?? ""));
}

/**
 * The reporter a subjectless verb after a reported clause shares as subject: "HRW said two
 * Americans remain held and called on the Taliban" (back in the report's tense), "said the release
 * was a gesture and urged Washington" (the clause's subject is no one who could urge). Null when
 * the verb may continue the reported clause.
 */
function conjoinedReporter(doc: Doc, res: LanguageResources, ctx: SentenceContext, and: number, verb: number, spoken: boolean): Argument | null {
  const reported = reportedClauseBefore(doc, and, verb, ctx.from, (i) => isCue(res, doc, i));
  if (!reported) return null;
  const clauseSubject = doc.upos(reported.subject) === "PRON" ? null : participant(doc, res, phraseOf(doc, reported.subject, ctx.from, ctx.to));
  // "denied that its forces had shelled the camp and blamed the army": a second statement is the speaker's.
  if (!reported.tenseShift && !spoken && (doc.upos(reported.subject) === "PRON" || clauseSubject)) return null;
  // The speaker the quotation stage found for the cue, else the cue's subject.
  const quote = doc.quotes.findIndex((q) => q.cueToken === reported.cue);
  const speaker = quote >= 0 ? quoteSpeaker(doc, quote) : null;
  if (speaker) return speaker;
  const [start, end] = subjectLeftOf(doc, res, skipAuxiliariesLeft(doc, reported.cue, ctx.from), ctx.from);
  return resolvePhrase(doc, res, start, end) ?? participant(doc, res, verbArguments(doc, reported.cue, ctx.from, ctx.to).actor);
}

/** Tags of finite verbs, which no infinitive is coordinated with. */
const FINITE_TAGS: ReadonlySet<string> = new Set(["VBD", "VBZ", "VBP"]);

/** The verb a "conj" verb is joined to; for a finite verb the parse joined to an infinitive, the verb above it ("called on X to withdraw Y and demanded"). */
function finiteConjunct(doc: Doc, verb: number): number {
  let head = doc.head(verb);
  while (head >= 0 && FINITE_TAGS.has(doc.xpos(verb)) && doc.xpos(head) === "VB" && doc.lower(head - 1) === "to") head = doc.head(head);
  return head;
}

/** Tags of plural nouns. */
const PLURAL_NOUN_TAGS: ReadonlySet<string> = new Set(["NNS", "NNPS"]);
/** Tags of singular nouns. */
const SINGULAR_NOUN_TAGS: ReadonlySet<string> = new Set(["NN", "NNP"]);

/**
 * "criticised the unions ... and called on them", "detained a Dutch engineer and accused him of
 * spying": an object pronoun no coreference resolved stands for the recipient of the event before
 * it in the sentence that agrees with it (a plural noun; a singular noun for a person), named where
 * the pronoun stands.
 */
function pronounAntecedent(doc: Doc, res: LanguageResources, start: number, end: number, previous: EventAnnotation | null): Argument | null {
  const before = previous?.recipient;
  // The pronoun alone, or before a preposition ("accused him of spying").
  if (!before || end <= start || (end - start > 1 && doc.upos(start + 1) !== "ADP")) return null;
  const pronoun = doc.lower(start);
  const head = before.end - 1;
  const agrees = pronoun === "them" ? PLURAL_NOUN_TAGS.has(doc.xpos(head)) : (pronoun === "him" || pronoun === "her") && SINGULAR_NOUN_TAGS.has(doc.xpos(head)) && res.lang.beingNouns.has(doc.lemma(head));
  return agrees && !resolvePhrase(doc, res, start, start + 1) ? { ...before, start, end: start + 1 } : null;
}

/**
 * "arrested dozens of students ... after they staged a protest": a "they" no coreference resolved
 * is the nearest plural people noun the event before it in the sentence names, doer or undergoer;
 * the forces among them when the deed is the forces' kind ("security forces shot dead five people as
 * they broke up a protest").
 */
function pluralSubject(doc: Doc, res: LanguageResources, start: number, end: number, previous: EventAnnotation | null, type: string): Argument | null {
  if (!previous || end - start !== 1 || doc.lower(start) !== "they" || resolvePhrase(doc, res, start, end)) return null;
  const forces = previous.actor && FORCE_DEEDS.has(type) && FORCES.has(previous.actor.sector ?? doc.clusters[previous.actor.cluster]?.sector ?? "") && previous.actor.end <= start ? previous.actor : null;
  if (forces) return { ...forces, start, end };
  const people = [previous.recipient, previous.actor].filter((a): a is Argument => a !== null && a.end <= start && PLURAL_NOUN_TAGS.has(doc.xpos(a.end - 1)) && listed(res.lang.beingNouns, doc, a.end - 1));
  const nearest = people.sort((a, b) => b.end - a.end)[0];
  return nearest ? { ...nearest, start, end } : null;
}

/** Deeds of police and armies on crowds: "they" doing one is the forces, not the crowd. */
const FORCE_DEEDS: ReadonlySet<string> = new Set(["COERCE", "MOBILIZE"]);

/** Whether a trigger phrase ends in a noun of forces ("send troops", "send police"), its words in a row. */
function namesForces(doc: Doc, res: LanguageResources, match: TriggerMatch): boolean {
  if (match.gapped || match.end - match.start < 2) return false;
  return res.actors.roles.get(doc.lower(match.end - 1))?.some((role) => role.sector !== null && FORCES.has(role.sector)) ?? false;
}

/** A participant that is someone: an entity, or a phrase whose head is a noun for people ("gangs"), not "a law that bars". */
function someone(doc: Doc, res: LanguageResources, participant: Argument | null): Argument | null {
  if (!participant || participant.cluster >= 0) return participant;
  return listed(res.lang.beingNouns, doc, participant.end - 1) ? participant : null;
}

/** Whether a verb heads a relative clause: "protests in which X were killed", "X, who was arrested". */
function inRelativeClause(doc: Doc, verb: number, from: number): boolean {
  if (doc.deprel(verb) === "acl:relcl") return true;
  for (let i = verb - 1; i >= from && i > doc.head(verb); i--) if (doc.head(i) === verb && doc.deprel(i) !== "mark" && RELATIVE_PRONOUNS.has(doc.lower(i))) return true;
  return false;
}

/** Determiners of a proposal told before: "the offer", "this plan". */
const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those"]);

/** Whether a verb's object is a proposal told before ("rejected the offer"), of no one named (not "the government's offer"). */
function answersProposal(doc: Doc, res: LanguageResources, verb: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb || doc.deprel(i) !== "obj" || !listed(res.triggers.proposalNouns, doc, i)) continue;
    let definite = false;
    for (let k = from; k < to; k++) {
      if (doc.head(k) !== i) continue;
      if (doc.deprel(k) === "det" && ANAPHORIC_DETERMINERS.has(doc.lower(k))) definite = true;
      if (doc.deprel(k) === "nmod:poss") return false;
    }
    return definite;
  }
  return false;
}

/** The doer of the last event of the sentence or two before `event`'s, someone else than its actor: who made a proposal. */
function proposer(event: EventAnnotation, all: readonly EventAnnotation[]): Argument | null {
  let last: EventAnnotation | null = null;
  for (const e of all) {
    if (e.sentence >= event.sentence || e.sentence < event.sentence - 2 || !e.actor || sameParticipant(e.actor, event.actor)) continue;
    if (!last || e.sentence > last.sentence || (e.sentence === last.sentence && e.triggerStart > last.triggerStart)) last = e;
  }
  return last?.actor ?? null;
}

/** Whether a verb's subject is a relative pronoun ("which" in "gangs, which kidnapped"). */
function hasRelativeSubject(doc: Doc, verb: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.head(i) === verb && doc.deprel(i) === "nsubj" && RELATIVE_PRONOUNS.has(doc.lower(i))) return true;
  return false;
}

/** Who the nearest subject before token `before` names, a name or a pronoun, or null. */
function subjectBefore(doc: Doc, res: LanguageResources, before: number, from: number): Argument | null {
  for (let k = before - 1; k >= from; k--) {
    if (!doc.deprel(k).startsWith("nsubj")) continue;
    return (doc.tokens.mention[k] ?? -1) >= 0 ? resolvePhrase(doc, res, k, k + 1) : null;
  }
  return null;
}

/** Verbs whose infinitive happened: "managed to escape", "began to shell", "voted to impeach" (a body's vote is its deed). */
const IMPLICATIVE: ReadonlySet<string> = new Set(["manage", "begin", "start", "continue", "proceed", "go", "come", "get", "use", "dare", "vote"]);

/** Verbs that make someone do a deed: "prompting Kampala to threaten", "forced the army to withdraw". */
const CAUSATIVE: ReadonlySet<string> = new Set(["prompt", "force", "lead", "spur", "drive", "compel", "push"]);

/**
 * The asserted causative whose object the infinitive trigger at `trigger` says was made to act
 * ("prompting X to threaten ... and to demand"), or -1.
 */
function causeOf(doc: Doc, trigger: number, auxStart: number, previous: EventAnnotation | null): number {
  if (doc.lower(auxStart - 1) !== "to" || doc.upos(trigger) !== "VERB") return -1;
  // "prompting Kampala to threaten duties and to demand talks": a joined infinitive is caused as the one before, however parsed.
  if (previous && doc.lower(auxStart - 2) === "and" && previous.triggerStart < trigger) {
    const before = causeOf(doc, previous.triggerStart, previous.triggerStart, null);
    if (before >= 0) return before;
  }
  const cause = doc.head(trigger);
  if (doc.deprel(trigger) !== "xcomp" || cause < 0 || !CAUSATIVE.has(doc.lemma(cause))) return -1;
  // Someone is made to act: an object between ("prompting Kampala to"), or a passive ("was forced to"), not "lead to calls".
  if (doc.lower(cause + 1) === "to" && !isPassive(doc, cause, Math.max(0, cause - 4))) return -1;
  // Not a cause itself unreal: "would force X to", "could prompt X to".
  return hasModal(doc, cause) ? -1 : cause;
}

/** Verbs of going on with a deed: promising to keep doing it promises the deed. */
const KEPT_ON: ReadonlySet<string> = new Set(["keep", "continue"]);

/** "to keep hitting", "to continue shelling": a gerund under an infinitive of going on, as the infinitive. */
/** The possessor of the noun right before an infinitive's "to" ("the government's decision to"), if it names someone. */
function possessorOfNounBefore(doc: Doc, res: LanguageResources, to: number, from: number): Argument | null {
  const noun = to - 1;
  if (noun - 2 < from || doc.upos(noun) !== "NOUN" || doc.lower(noun - 1) !== "'s") return null;
  let start = noun - 2;
  while (start > from && (doc.upos(start - 1) === "NOUN" || doc.upos(start - 1) === "PROPN" || doc.upos(start - 1) === "ADJ" || doc.upos(start - 1) === "DET")) start--;
  return resolvePhrase(doc, res, start, noun - 1);
}

function keptOnInfinitive(doc: Doc, auxStart: number, verb: number): boolean {
  return KEPT_ON.has(doc.lemma(auxStart - 1)) && doc.lower(auxStart - 2) === "to" && doc.head(verb) === auxStart - 1 && doc.lower(verb).endsWith("ing");
}

/** Promises that threaten when what is promised is force. */
const VOWS: ReadonlySet<string> = new Set(["vow", "pledge", "promise", "swear"]);

/**
 * The force a promise's complement states, or -1: a verb of force ("vowed to [defeat] the
 * militants") or the violent noun its verb takes as object ("vowed to continue [the fight]").
 */
function violencePromised(doc: Doc, res: LanguageResources, verb: number, to: number): number {
  for (let x = verb + 1; x < to; x++) {
    if (doc.head(x) !== verb || (doc.deprel(x) !== "xcomp" && doc.deprel(x) !== "ccomp")) continue;
    // "vowed to keep hitting Hezbollah": the force is the kept-on verb's.
    const kept = KEPT_ON.has(doc.lemma(x)) ? violencePromised(doc, res, x, to) : -1;
    if (kept >= 0) return kept;
    if (res.triggers.forceVerbs.has(doc.lemma(x))) return x;
    for (let o = x + 1; o < to; o++) {
      if (doc.head(o) !== x || doc.deprel(o) !== "obj" || doc.upos(o) !== "NOUN") continue;
      const violent = res.triggers.byForm.get(doc.lower(o))?.some(({ entry }) => entry.event === "ASSAULT" && entry.words.length === 1) ?? false;
      return violent ? o : -1;
    }
  }
  return -1;
}

/**
 * "The two leaders agreed", "both sides": the pair the last event with two named participants
 * joined, the one as actor and the other as recipient; null for any other phrase.
 */
function pairNamedBefore(doc: Doc, phrase: Argument, all: readonly EventAnnotation[]): [Argument, Argument] | null {
  let i = phrase.start;
  if (doc.lower(i) === "the") i++;
  if ((doc.lower(i) !== "two" && doc.lower(i) !== "both") || i + 2 !== phrase.end || doc.upos(i + 1) !== "NOUN" || !doc.lower(i + 1).endsWith("s")) return null;
  for (let k = all.length - 1; k >= 0; k--) {
    const { actor, recipient } = all[k] ?? {};
    if (actor && recipient && actor.cluster >= 0 && recipient.cluster >= 0 && actor.cluster !== recipient.cluster) return [actor, recipient];
  }
  return null;
}

/** Prepositions of what a weapon is aimed at: "fired shells at targets in Jericho". */
const AIMED_PREPOSITIONS = new Set(["at", "on", "against", "into"]);

/** Whom a weapon used was aimed at: the phrase after "at", "on", ... in or right after the object, up to a comma ("fired shells at targets in Jericho"). */
function weaponTarget(doc: Doc, res: LanguageResources, ctx: SentenceContext, from: number, to: number): Argument | null {
  for (let i = from; i < Math.min(ctx.to, to + 4); i++) {
    if (doc.form(i) === "," || (i >= to && ctx.isVerbAt(i))) return null;
    if (!AIMED_PREPOSITIONS.has(doc.lower(i))) continue;
    // "at thousands of protesters in central Belgrade": the people aimed at, when coded, not where they stood.
    const [start, phraseEnd] = phraseAfter(doc, res, i, ctx.to, ctx.isVerbAt);
    const aimed = resolvePhrase(doc, res, start, phraseEnd);
    if (aimed && (aimed.cluster >= 0 || aimed.sector !== null)) return aimed;
    let end = i + 1;
    while (end < ctx.to && doc.form(end) !== "," && !ctx.isVerbAt(end)) end++;
    return resolvePhrase(doc, res, i + 1, end);
  }
  return null;
}

/** A purpose clause that restates the deed it serves: the same type, or "to protest" after a protest. */
function sameActAsServed(doc: Doc, event: EventAnnotation, served: EventAnnotation | undefined): boolean {
  if (served === undefined) return false;
  return served.type === event.type || (served.type === "PROTEST" && doc.lemma(event.triggerStart) === "protest");
}

/**
 * The target named in an infinitive or purpose clause after the event: "threatened to break
 * relations with Russia", "began a hunger strike to protest against Sweden's decision",
 * "in protest of the arrest of X".
 */
function clauseTarget(doc: Doc, res: LanguageResources, ctx: SentenceContext, at: number, type: string): Argument | null {
  const limit = Math.min(ctx.to, at + 8);
  for (let i = at; i < limit; i++) {
    const lower = doc.lower(i);
    if (lower === "," || lower === ";" || lower === '"') return null;
    // "lifted martial law after lawmakers voted to reject": an infinitive after a new subject is that subject's.
    if (doc.deprel(i).startsWith("nsubj")) return null;
    // "condemned the violation and called on both parties to return": an infinitive after another event's verb is that one's;
    // "opposed a bill that would make it easier to dismiss workers": one in a relative clause is the clause's.
    if ((i > at && ctx.isVerbAt(i)) || RELATIVE_PRONOUNS.has(lower)) return null;
    const purpose = lower === "to" && doc.upos(i + 1) === "VERB";
    const protest = lower === "protest" && doc.lower(i - 1) === "in";
    if (!purpose && !protest) continue;
    // "to break up thousands of protesters": the verb's particle is no part of its object.
    let after = i + 2;
    while (after < limit && doc.deprel(after) === "compound:prt" && doc.head(after) === i + 1) after++;
    const [start, end] = objectRightOf(doc, res, after, ctx.to, ctx.isVerbAt);
    // "to break up thousands of protesters outside parliament in Tbilisi": people acted on, not where they stood.
    const standing = codedPeopleBeforeWhere(doc, res, start, end);
    if (standing) return standing;
    // The intended deed is a measure taken somewhere ("threatened to impose a curfew in Algiers").
    const named = namesSomeone(doc, start, end) ? resolvePhrase(doc, res, start, end) : null;
    if (!named && movedToCity(doc, res, start, end)) return plainPhrase(doc, res, start, end);
    return named ?? targetAfter(doc, res, ctx, end, purpose ? "COERCE" : type) ?? resolvePhrase(doc, res, start, end);
  }
  return null;
}

/** Deeds done to bodies and things, which fall on the people of the town where they are done. */
const PHYSICAL = new Set(["ASSAULT", "COERCE"]);
const GIVING = new Set(["AID", "AGREE", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE"]);
/** Deeds done together, by coordinated subjects with each other. */
const JOINT = new Set(["AGREE", "CONSULT", "COOPERATE"]);

/** A demonstration with no stated target aims at the government of the country where it happens. */
function protestTarget(doc: Doc, res: LanguageResources, event: EventAnnotation, ctx: SentenceContext): Argument | null {
  const place = doc.mentions[placeOf(doc, res, ctx.from, ctx.to)];
  const country = place?.country ?? doc.focusCountry;
  if (!country) return null;
  const actorCountry = event.actor ? (doc.clusters[event.actor.cluster]?.country ?? event.actor.country) : null;
  if (actorCountry !== null && actorCountry !== country) return null;
  return governmentOf(doc, country, event.triggerStart, event.triggerEnd, res.lang);
}

/** Measures whose target is where they are taken: "lifted the curfew in Montenegro". */
const PLACE_TARGETED = new Set(["CONCEDE", "COERCE", "SANCTION", "RETREAT", "AID", "PROTEST"]);

/** A verb by its tag, unless a hyphenated word before a noun, which describes it ("to war-torn Mozambique"). */
function taggedVerb(doc: Doc, i: number): boolean {
  if (doc.upos(i) !== "VERB") return false;
  return !(doc.lower(i).includes("-") && (doc.upos(i + 1) === "PROPN" || doc.upos(i + 1) === "NOUN"));
}

/** Whether people [start, end) are taken to a city named right after: "wounded people to Ankara". */
function movedToCity(doc: Doc, res: LanguageResources, start: number, end: number): boolean {
  const m = doc.mentions[doc.tokens.mention[end + 1] ?? -1];
  return end > start && res.lang.beingNouns.has(doc.lemma(end - 1)) && doc.lower(end) === "to" && m?.start === end + 1 && m.label === "GPE" && m.geo?.precision === "city";
}

/** A target in a phrase after the object: "imposed sanctions on Gondor", "aid to Mozambique". */
function targetAfter(doc: Doc, res: LanguageResources, ctx: SentenceContext, at: number, type: string): Argument | null {
  const limit = Math.min(ctx.to, at + 10);
  for (let i = at; i < limit; i++) {
    const lower = doc.lower(i);
    if (lower === "," || lower === ";" || ctx.isVerbAt(i) || taggedVerb(doc, i)) return null;
    // "demanding autonomy from Serbian authorities": whom a demand is made of.
    // A retreat is from a place ("withdrew from Lebanon"); "resigned in Tbilisi" only says where.
    const where = (lower === "from" && (PLACE_TARGETED.has(type) || type === "REQUEST")) || (lower === "in" && PLACE_TARGETED.has(type) && type !== "RETREAT");
    if ((!TARGET_PREPOSITIONS.has(lower) && !where) || (lower === "to" && taggedVerb(doc, i + 1))) continue;
    // "on Sunday", "from Monday to Wednesday": a time, not a target.
    if (isTimeAt(doc, i + 1)) {
      while (i + 1 < limit && isTimeAt(doc, i + 1)) i++;
      continue;
    }
    const [start, end] = phraseAfter(doc, res, i, ctx.to, ctx.isVerbAt);
    const target = resolvePhrase(doc, res, start, end);
    // "rioted at a jail in Israel", "demonstrated in Kirkuk": a protest where it happens aims at that state.
    const place = target && where ? doc.clusters[target.cluster] : undefined;
    if (target && place?.label === "GPE") {
      if (type === "PROTEST" && target.country) return governmentOf(doc, target.country, start, end, res.lang);
      // "a curfew in Algiers": a measure taken in a town, the capital too, falls on the people there.
      if (place.geo?.precision === "city") return { ...target, sector: "CVL" };
    }
    if (target) return target;
  }
  return null;
}

/** Prepositions that introduce whom an event is aimed at or done with: "aid to X", "talks with X", "sanctions on X". */
const TARGET_PREPOSITIONS = new Set(["on", "against", "upon", "with", "to", "for", "toward", "towards", "between"]);

const SUBJECT_PRONOUNS = new Set(["they", "it", "he", "she", "we"]);

/** "The Fijian rebels said they will release ...": an unresolved pronoun subject of a reported clause is its reporter. */
function reportedSubject(doc: Doc, res: LanguageResources, ctx: SentenceContext, start: number, end: number): Argument | null {
  if (end - start !== 1 || !SUBJECT_PRONOUNS.has(doc.lower(start))) return null;
  return reporterRightBefore(doc, res, ctx, start);
}

/** Who said what starts at token `start`, when a cue verb (and "that") stands right before it. */
function reporterRightBefore(doc: Doc, res: LanguageResources, ctx: SentenceContext, start: number): Argument | null {
  let cue = start - 1;
  // "said that", "said on Tuesday it had killed".
  while (cue > ctx.from && (doc.lower(cue) === "that" || isTimeOrItsPreposition(doc, cue))) cue--;
  if (cue < ctx.from || !isCue(res, doc, cue)) return null;
  // That cue's own subject: "local officials said, and the army said on Tuesday it had killed" is the army.
  const [subjectStart, subjectEnd] = subjectLeftOf(doc, res, skipAuxiliariesLeft(doc, cue, ctx.from), ctx.from);
  return resolvePhrase(doc, res, subjectStart, subjectEnd) ?? reporterOf(doc, res, ctx.from, ctx.to, start);
}

/** The reporter, when a reported subject is a thing or force of the pronoun's: "the army said its aircraft" (coreference may link "its" elsewhere). */
function reportedOwner(doc: Doc, res: LanguageResources, ctx: SentenceContext, start: number, end: number): Argument | null {
  return possessorActs(doc, res, start, end) ? reporterRightBefore(doc, res, ctx, start) : null;
}

/** Where the clause of a verb ends: the next sentence-internal boundary or verb. */
function clauseEnd(doc: Doc, res: LanguageResources, ctx: SentenceContext, from: number): number {
  for (let i = from; i < ctx.to; i++) {
    const form = doc.form(i);
    if (form === "." || form === ";" || form === '"' || ctx.isVerbAt(i)) return i;
    // "on Tuesday night, the sixth straight night of demonstrations": what describes the date tells of its own deeds.
    if (form === "," && doc.timexes.some((t) => t.end === i)) return i;
  }
  return ctx.to;
}

/** The object's participant; a deed named as object points to its doer or, for demands and protests, the state. */
/** Nouns for what someone asked or offered: "rejected calls by Annan", "accepted demands from the rebels". */
const SPEECH_ACTS = new Set(["call", "calls", "appeal", "appeals", "offer", "offers", "demand", "demands", "request", "requests", "proposal", "proposals", "plea", "pleas", "invitation", "invitations", "ultimatum", "bid", "overture", "overtures", "plan", "initiative"]);

function resolveObject(doc: Doc, res: LanguageResources, ctx: SentenceContext, start: number, end: number, event: EventAnnotation): Argument | null {
  // "demanded Friday that ...": a date between the verb and its object is no part of it.
  const timex = doc.timexes.find((t) => t.start === start);
  if (timex && timex.end > start) {
    const [s, e] = objectRightOf(doc, res, timex.end, ctx.to, ctx.isVerbAt);
    return resolveObject(doc, res, ctx, s, s === e && doc.lower(s) === "that" ? s : e, event);
  }
  const asker = doc.lower(end) === "from" || doc.lower(end) === "by" ? end : -1;
  if (asker >= 0 && end > start && SPEECH_ACTS.has(doc.lower(end - 1))) {
    const [s, e] = phraseAfter(doc, res, asker, ctx.to, ctx.isVerbAt);
    const who = resolvePhrase(doc, res, s, e);
    if (who) return who;
  }
  if (doc.lower(start) === "that" || (start === end && doc.lower(end) === "that")) {
    // "Serbia denied that its officer had crossed the border": a denial answers its accusers, not the clause's subject.
    if (event.type === "REJECT") return null;
    // "demanded that Hamas renounce ...": the one asked is the subject of the clause.
    const clauseStart = doc.lower(start) === "that" ? start + 1 : end + 1;
    const [s, e] = objectRightOf(doc, res, clauseStart, ctx.to, ctx.isVerbAt);
    // "warned that its army would respond if Arnor troops attacked": the warner's own force would act; the one warned is whom the condition names.
    if (event.type === "THREATEN" && POSSESSIVES.has(doc.lower(s))) return conditionDoer(doc, res, ctx, e);
    const asked = resolvePhrase(doc, res, s, e);
    // "Prime Minister Mitsotakis warned that Athens would close the border": his own state would act, so no one he warns.
    if (asked && event.type === "THREATEN" && sameSide(doc, event.actor, asked)) return conditionDoer(doc, res, ctx, e);
    if (asked) return asked;
  }
  const deed = deedIn(doc, res, ctx.to, start, end);
  // "gave Gondor a grant": someone named before the deed is the recipient.
  const before = deed > start && namesSomeone(doc, start, deed) ? resolvePhrase(doc, res, start, deed) : null;
  if (before) return before;
  if (deed >= 0) {
    // A light verb's own noun ("imposed sanctions on Thursday on five officials"): its target follows it.
    // A noun of several words ("entry bans on eleven officials"): its target follows its last word.
    if (deed === event.triggerStart) return targetAfter(doc, res, ctx, matchTriggerAt(doc, res, deed, ctx.to).find((m) => !m.verb)?.end ?? deed + 1, event.type);
    // "demanded the withdrawal of Serbian forces": those who would withdraw are the ones asked.
    const nouns = matchTriggerAt(doc, res, deed, ctx.to).filter((m) => !m.verb);
    const deedType = (nouns.find((m) => m.entry.event === ctx.story.strike) ?? nouns[0])?.entry.event;
    if (deedType === "RETREAT" && doc.lower(deed + 1) === "of") {
      const [s, e] = phraseAfter(doc, res, deed + 1, ctx.to, ctx.isVerbAt);
      const agent = resolvePhrase(doc, res, s, e);
      if (agent) return agent;
    }
    // "rejected Arnor's (consistent) demands": the deed's possessor did it.
    let mark = deed - 1;
    while (mark > start && doc.upos(mark) === "ADJ") mark--;
    const owner = doc.lower(mark) === "'s" ? doc.mentions[doc.tokens.mention[mark - 1] ?? -1] : undefined;
    if (owner && owner.end === mark) {
      const named = resolvePhrase(doc, res, owner.start, owner.end);
      if (named) return named;
    }
    // "the sanctions [imposed] by the EU": the deed's doer.
    const afterParticiple = doc.upos(end) === "VERB" && PARTICIPLE.test(doc.lower(end)) ? end + 1 : end;
    const by = afterParticiple < ctx.to && doc.lower(afterParticiple) === "by" ? afterParticiple : -1;
    if (by >= 0) {
      const [agentStart, agentEnd] = phraseAfter(doc, res, by, ctx.to, ctx.isVerbAt);
      const agent = resolvePhrase(doc, res, agentStart, agentEnd);
      if (agent) return agent;
    }
    // "denounced the sanctions": the story told who imposed them; a state's organ stands for its state.
    // "signed a deal" is the deal itself, not a reaction to an earlier one.
    // "denounced the mutiny" after a protest: a specific deed's doer is only one told with the same word.
    const general = listed(res.triggers.generalDeeds, doc, deed);
    const doer = deedType === undefined || deedType === event.type ? null : inheritedActor(doc, doc.events, deedType, deed, general);
    // "The army accused the RSF ... The RSF denied the accusation": a denial answers the accuser itself.
    const denial = event.type === "REJECT" && deedType === "ACCUSE";
    if (doer) return denial ? doer : stateOfOrgan(doc, res, doer, start, end);
    // "Morales denounced the mutiny": a deed of its own kind no one was told doing is the state's to answer only where the sentence
    // names that state other than by the accuser (a demand, "demand his release", still goes to the state that would act).
    if (event.type === "ACCUSE" && !general && !namesCountryIn(doc, doc.focusCountry, event.sentence, event.actor)) return null;
    // An accusation no one was told making: denied, it is aimed at no one known, not at the state.
    if (denial) return null;
    return AIMED_AT_STATE.has(event.type) ? addressedToState(doc, event, start, end, res.lang) : null;
  }
  const named = resolvePhrase(doc, res, start, end);
  if (named) return named;
  if (AIMED_AT_STATE.has(event.type) && event.quote >= 0 && end > start) return addressedToState(doc, event, start, end, res.lang);
  if (AIMED_AT_STATE.has(event.type) && end > start) {
    // "demand an end to the attacks on ...": a demand about deeds goes to the state that does them.
    const next = end < ctx.to ? doc.lower(end) : "";
    // "demanded consular access to the journalist": asked of whoever holds the journalist.
    if (next === "to" && event.type === "REQUEST" && doc.lower(end - 1) === "access") return holderOf(doc, res, ctx, end, start, end);
    if (next === "to" || next === "on" || next === "of") {
      const deedAfter = deedIn(doc, res, ctx.to, end + 1, Math.min(ctx.to, end + 6));
      if (deedAfter >= 0) return addressedToState(doc, event, start, end, res.lang);
    }
  }
  return null;
}

/** Whether a participant's words name a country or nationality ("four Philippine sailors"). */
function namesCountry(doc: Doc, participant: Argument): boolean {
  for (let i = participant.start; i < participant.end; i++) if (doc.mentions[doc.tokens.mention[i] ?? -1]?.country) return true;
  return false;
}

/** A doer as the record names it: a state's organ ("the foreign ministry", "police") stands for its state. */
function stateOfOrgan(doc: Doc, res: LanguageResources, doer: Argument, start: number, end: number): Argument {
  const cluster = doc.clusters[doer.cluster];
  const sector = doer.sector ?? cluster?.sector ?? null;
  const country = doer.country ?? cluster?.country ?? null;
  return country !== null && sector !== null && STATE_SECTORS.has(sector) ? governmentOf(doc, country, start, end, res.lang) : doer;
}

/** Who holds the people named after token `to`: the doer of the last detention of them told before. */
function holderOf(doc: Doc, res: LanguageResources, ctx: SentenceContext, to: number, start: number, end: number): Argument | null {
  const [s, e] = phraseAfter(doc, res, to, ctx.to, ctx.isVerbAt);
  const held = resolvePhrase(doc, res, s, e);
  if (!held || held.cluster < 0) return null;
  const detention = doc.events.findLast((event) => event.type === "COERCE" && event.recipient?.cluster === held.cluster && event.actor !== null);
  return detention?.actor ? stateOfOrgan(doc, res, detention.actor, start, end) : null;
}

const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** The doer of the first condition ("if Arnor troops attacked") after token `at` in the sentence, or null. */
function conditionDoer(doc: Doc, res: LanguageResources, ctx: SentenceContext, at: number): Argument | null {
  for (let i = at; i < ctx.to; i++) {
    if (doc.deprel(i) !== "mark" || !opensCondition(doc, res, i)) continue;
    return participant(doc, res, verbArguments(doc, doc.head(i), ctx.from, ctx.to).actor);
  }
  return null;
}

/** The people a phrase names before where they are ("protesters outside parliament in Tbilisi"), if a role or name codes them. */
function codedPeopleBeforeWhere(doc: Doc, res: LanguageResources, start: number, end: number): Argument | null {
  let cut = start + 1;
  while (cut < end && !STANDING_PREPOSITIONS.has(doc.lower(cut))) cut++;
  // The phrase may stop right before where they stand ("protesters | outside parliament").
  if (cut >= end && !STANDING_PREPOSITIONS.has(doc.lower(end))) return null;
  const people = resolvePhrase(doc, res, start, cut);
  if (!people || (people.cluster >= 0 ? doc.clusters[people.cluster]?.label === "GPE" : people.sector === null)) return null;
  return people;
}

/** Whether [start, end) names someone other than as a possessor ("Gondor a", not "his"). */
function namesSomeone(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (m && m.start === i && doc.lower(m.end) !== "'s" && !POSSESSIVES.has(doc.lower(i))) return true;
  }
  return false;
}

/** Index of a nominal trigger (a deed: "arrest", "raids", "release") in [start, end), or -1. */
function deedIn(doc: Doc, res: LanguageResources, to: number, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (matchTriggerAt(doc, res, i, to).some((m) => !m.verb)) return i;
  }
  return -1;
}

/** Whether the verb at token i opens a participle clause after a comma: "..., killing three soldiers". */
function opensParticipleClause(doc: Doc, i: number): boolean {
  return doc.form(i - 1) === "," && doc.lower(i).endsWith("ing");
}

/** Whether an event is done together by its parties ("signed", "met"); a mediation is its mediators' each ("mediated by Angola and the AU"). */
function jointDeed(event: EventAnnotation): boolean {
  return JOINT.has(event.type) && event.mode !== "third-party";
}

/** Tokens from the end of a nominal trigger's phrase to the "by" after an apposition: ", from the newspaper X, Martin Quiroga, by". */
const APPOSITION_REACH = 12;

/** The "by" closing an apposition (", Martin Quiroga, by") soon after token `from`, before any verb; else null. */
function agentAfterApposition(doc: Doc, ctx: SentenceContext, from: number): number | null {
  let commas = 0;
  for (let i = from; i < Math.min(ctx.to, from + APPOSITION_REACH); i++) {
    if (ctx.isVerbAt(i) || doc.upos(i) === "VERB") return null;
    if (doc.form(i) === ",") commas++;
    else if (doc.lower(i) === "by") return commas === 2 && doc.form(i - 1) === "," ? i : null;
  }
  return null;
}

/** A nominal trigger's participants: "the arrest of X by Y", "X's arrest". */
function codeNominal(doc: Doc, res: LanguageResources, ctx: SentenceContext, match: TriggerMatch, event: EventAnnotation): boolean {
  const next = doc.lower(match.end);
  let recipient: Argument | null = null;
  let actor: Argument | null = null;
  let cursor = match.end;
  if (next === "of" || next === "on" || next === "against") {
    const [s, e] = phraseAfter(doc, res, match.end, ctx.to, ctx.isVerbAt);
    recipient = resolvePhrase(doc, res, s, e);
    cursor = e;
  }
  // "The detention of a photographer, Martin Quiroga, by federal police": the agent follows the apposition.
  if (cursor > match.end && doc.lower(cursor) !== "by") cursor = agentAfterApposition(doc, ctx, cursor) ?? cursor;
  // "The strike was called by the CGT": the agent of a light verb's passive did the deed.
  if (BE_FORMS.has(doc.lower(cursor)) && res.triggers.lightVerbs.has(doc.lemma(cursor + 1)) && doc.lower(cursor + 2) === "by") cursor += 2;
  if (doc.lower(cursor) === "by") {
    const [s, e] = phraseAfter(doc, res, cursor, ctx.to, ctx.isVerbAt);
    actor = resolvePhrase(doc, res, s, e);
  }
  if (match.start > ctx.from + 1 && doc.lower(match.start - 1) === "'s") {
    recipient = recipient ?? resolvePhrase(doc, res, match.start - 2, match.start - 1);
  }
  // "at the request of the Somali government", "Ivory Coast's demands", "protests of students":
  // the one whose act the noun names, not whom it is done to ("in protest of X", "in support of X" are aimed at X).
  const idiom = doc.lower(match.start - 1) === "in";
  if (POSSESSED_ACTS.has(event.type) && !idiom && !actor && recipient && (next === "of" || doc.lower(match.start - 1) === "'s")) {
    actor = recipient;
    recipient = null;
  }
  // "Their request was rejected": so is a possessive pronoun's.
  if (POSSESSED_ACTS.has(event.type) && !actor && match.start > ctx.from && POSSESSIVES.has(doc.lower(match.start - 1))) {
    actor = resolvePhrase(doc, res, match.start - 1, match.start);
  }
  const tree = nounArguments(doc, match.start, ctx.from, ctx.to);
  // "a move branded a humiliating retreat by the Tories": who judges a deed did not do it.
  const judged = JUDGING_VERBS.has(doc.lemma(doc.head(match.start)));
  actor ??= judged ? null : participant(doc, res, tree.actor);
  recipient ??= participant(doc, res, tree.recipient);
  // "during protests in Nairobi", "continued their hunger strike": a protest is aimed at the state
  // where it happens; "a rally in crude prices" is none.
  if (!actor && !recipient && event.type === "PROTEST" && !isFigurativeProtest(doc, res, match.end, ctx.to)) recipient = protestTarget(doc, res, event, ctx);
  if (!actor && !recipient) return false;
  event.actor = actor;
  event.recipient = recipient;
  event.confidence = actor && recipient ? 0.7 : 0.5;
  // "There will be no negotiation with terrorists": denied.
  let before = match.start - 1;
  while (before > ctx.from && doc.upos(before) === "ADJ") before--;
  if (doc.lower(before) === "no") event.negated = true;
  // "calls from religious leaders for talks": what a request asks for has not happened, however the parse hangs it.
  if (requestedAfterFor(doc, res, match.start, ctx)) event.modality = "hypothetical";
  // "its patrols would be stepped up": what is done to a deed's noun in the future or a possibility is so too
  // (not its subject's: "the killings could derail the talks" happened).
  const done = doc.head(match.start);
  const undergoes = doc.deprel(match.start) === "nsubj:pass" || doc.deprel(match.start) === "obj";
  const fate = undergoes && done >= ctx.from && done < ctx.to && doc.upos(done) === "VERB" ? verbModality(doc, done, doc.events, ctx.from) : null;
  if (event.modality === "asserted" && fate && !fate.negated) event.modality = fate.modality;
  // "the party would join the teachers at a rally on Saturday": a gathering that a light verb looking ahead carries is
  // ahead too (not "will act despite Bush's refusal", "will take legal action over Conte's allegations").
  const verb = GATHERINGS.has(event.type) ? governingVerb(doc, match.start, ctx.from, ctx.to) : -1;
  const carried = verb >= 0 && res.triggers.lightVerbs.has(doc.lemma(verb));
  if (carried && event.modality === "asserted" && verbModality(doc, verb, doc.events, ctx.from).modality === "future") event.modality = "future";
  return true;
}

/** Verbs that set a gathering ahead: "announced a march", "planned a rally", "scheduled talks". */
const ANNOUNCING: ReadonlySet<string> = new Set(["announce", "plan", "schedule"]);

/** Deeds that are gatherings people join or hold: rallies, marches, meetings, talks. */
const GATHERINGS: ReadonlySet<string> = new Set(["PROTEST", "CONSULT"]);

/** The verb a noun hangs from, a few heads up within its sentence, or -1. */
function governingVerb(doc: Doc, noun: number, from: number, to: number): number {
  let at = doc.head(noun);
  for (let hops = 0; hops < 3 && at >= from && at < to; hops++) {
    if (doc.upos(at) === "VERB") return at;
    at = doc.head(at);
  }
  return -1;
}

/** How far before "for" a request noun may stand: "calls from religious leaders for talks". */
const REQUEST_REACH = 6;

/** Whether a noun follows "for" after a request noun, with no verb between: "calls (from X) for talks", "a demand for elections". */
function requestedAfterFor(doc: Doc, res: LanguageResources, noun: number, ctx: SentenceContext): boolean {
  let at = noun - 1;
  while (at > ctx.from && (doc.upos(at) === "ADJ" || doc.upos(at) === "DET")) at--;
  if (doc.lower(at) !== "for") return false;
  for (let k = at - 1; k >= Math.max(ctx.from, at - REQUEST_REACH); k--) {
    if (doc.upos(k) === "VERB" || doc.form(k) === ",") return false;
    if (matchTriggerAt(doc, res, k, ctx.to).some((m) => !m.verb && m.entry.event === "REQUEST")) return true;
  }
  return false;
}

const SIDE_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The two sides named after "between" where a participant phrase starts ("clashes between police
 * and protesters", "fighting between Gondor troops and the Front"), or null.
 */
function sidesBetween(doc: Doc, res: LanguageResources, phrase: Argument): [Argument, Argument] | null {
  const start = doc.lower(phrase.start) === "between" ? phrase.start + 1 : phrase.start;
  if (doc.lower(start - 1) !== "between") return null;
  let and = start + 1;
  while (and < doc.tokenCount && SIDE_TAGS.has(doc.upos(and))) and++;
  if (doc.lower(and) !== "and") return null;
  let end = and + 1;
  while (end < doc.tokenCount && SIDE_TAGS.has(doc.upos(end))) end++;
  const first = resolvePhrase(doc, res, start, and) ?? plainPhrase(doc, res, start, and);
  const second = resolvePhrase(doc, res, and + 1, end) ?? plainPhrase(doc, res, and + 1, end);
  return first && second ? [first, second] : null;
}

/** Verbs that judge what they name: "branded a humiliating retreat", "described the expulsion as hostile". */
const JUDGING_VERBS: ReadonlySet<string> = new Set(["describe", "label", "brand", "term", "dub", "deem"]);

/** Nouns of acts whose "of" phrase or possessor is the one acting: a request, a threat, a protest. */
const OWN_ACTS: ReadonlySet<string> = new Set(["REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "SUPPORT", "PROTEST"]);
/** Deeds a possessor does itself: its own acts, and its own forces' deployments ("its patrols", "Russia's build-up"). */
const POSSESSED_ACTS: ReadonlySet<string> = new Set([...OWN_ACTS, "MOBILIZE"]);

/** Words that may open a clause before its subject: "..., as a general strike shut down ports". */
const CLAUSE_OPENERS = new Set([",", "as", "and", "but", "while", "when", "after", "since", "because", "before", "until", "-", "--"]);
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** Whether a protest noun phrase ending at `end` opens the clause as its subject ("a general strike shut down ports"). */
function protestAsSubject(doc: Doc, matches: readonly TriggerMatch[], end: number, from: number): boolean {
  if (!matches.some((m) => !m.verb && m.entry.event === "PROTEST" && m.end === end)) return false;
  let start = end - 1;
  while (start > from && NOUN_PHRASE_TAGS.has(doc.upos(start - 1))) start--;
  return start === from || CLAUSE_OPENERS.has(doc.lower(start - 1));
}

/** Nouns of a right: "the right to strike" is no strike. */
const RIGHTS = new Set(["right", "rights", "freedom"]);

/**
 * Codes events sentence by sentence: verbal triggers take their clause's subject and object
 * (passives swap them), nominal triggers their "of"/"by" phrases unless they are the object
 * of another event, events inside quotations have the speaker for "we".
 */
export function codeEvents(doc: Doc, res: LanguageResources, options: EventsStageOptions = {}): void {
  doc.events = [];
  const contestStory = isContestStory(doc, res);
  const story = storySenses(doc, res);
  const intent: IntentMarks = new WeakMap();
  const purposeOf = new WeakMap<EventAnnotation, EventAnnotation>();
  const dateline = datelinePlace(doc);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    // A wrong told by the narrator ("whether lyrics incite the assault") is no one's accusation, and no trigger.
    const matches = triggersOf(doc, res, from, to, story).filter((m) => m.entry.requires !== "reported" || quoteOfToken(doc, m.start) >= 0);
    const verbAt = new Set(matches.filter((m) => m.verb).map((m) => m.start));
    const ctx: SentenceContext = {
      from,
      to,
      quote: -1,
      isVerbAt: (i) => verbAt.has(i) || isCue(res, doc, i),
      intent,
      purposeOf,
      story,
    };
    const covered: [number, number][] = [];
    let previousVerbal: EventAnnotation | null = null;
    for (const chosen of matches.filter((m) => m.verb)) {
      const match = reliefReading(doc, res, chosen, from, to) ?? chosen;
      if (!meetsRequirement(doc, res, match, from, to, isPassive(doc, match.start, from), contestStory)) continue;
      // "sought to deepen ties": a verb that only qualifies the next one is no event itself.
      if (beginsModalityPhrase(doc, res, match.start) || forbiddenDeed(doc, res, match.start, from)) continue;
      // "They killed us on the counter-attack," the coach said: violence quoted in a story about sport is a figure of speech.
      const quote = quoteOfToken(doc, match.start);
      if (contestStory && match.entry.event === "ASSAULT" && quote >= 0) continue;
      // "the right to strike": a right is no deed; "a general strike shut down ports": what a protest does is the protest's own record.
      if (doc.lower(match.start - 1) === "to" && doc.upos(match.start - 2) === "NOUN" && RIGHTS.has(doc.lower(match.start - 2))) continue;
      if (standsForPeople(doc, match, to)) continue;
      if (match.entry.event !== "PROTEST" && protestAsSubject(doc, matches, skipAuxiliariesLeft(doc, match.start, from), from)) continue;
      const event = newEvent(doc, res, match, s, quote);
      covered.push(codeVerbal(doc, res, ctx, match, event, previousVerbal, doc.events));
      // "The strike killed 12 people": the deed's own noun is no doer; a nationality ("an Israeli strike") still tells whose.
      const actor = event.actor;
      if (actor && actor.cluster < 0 && actor.country === null && matches.some((m) => !m.verb && m.entry.event === event.type && m.end === actor.end && m.start >= actor.start)) event.actor = null;
      // "gangs, which often kidnap people": a custom, no one event the text asserts (the record has no habitual modality).
      if (isHabitual(doc, res, match.start, from, to)) {
        event.modality = "hypothetical";
        intent.set(event, false);
      }
      if (match.entry.requires === "negated") {
        // "we will not let this go unanswered": only denied is the idiom a promise, and the promise is the event.
        if (!event.negated) continue;
        Object.assign(event, { negated: false, modality: "asserted" });
        ctx.intent.set(event, false);
      }
      if (match.entry.requires === "undergoer") {
        // '"... will face the full force of the law," he said': the speaker's threat, made now; none denied or told by the narrator.
        if (event.negated || event.quote < 0) continue;
        event.modality = "asserted";
        ctx.intent.set(event, false);
      }
      if (match.entry.requires === "reported" && !accusesDoer(doc, res, event, from)) continue;
      // "Ground troops were deployed to Kolmane": forces sent are the means of whoever sent them, never the recipient.
      const sent = event.recipient;
      if (event.type === "MOBILIZE" && !event.actor && sent && sent.cluster < 0 && sent.end <= event.triggerStart && FORCES.has(sent.sector ?? "")) [event.actor, event.recipient] = [sent, null];
      const warned = match.entry.requires === "consequence" ? warnedSide(doc, res, ctx, event) : null;
      if (warned === "other" || warned === "forecast") continue;
      // "The army warned that troops would open fire": its own troops are no one it threatens.
      if (warned === "own" && event.recipient && event.recipient.start >= event.triggerEnd) event.recipient = null;
      // "the quake struck", "landslides blocked roads": a natural force is no one acting, whatever the verb.
      // It stays the clause's doer, so that ", destroying villages" after it is no event either.
      if (event.actor && isNaturalForce(doc, res, event.actor)) {
        previousVerbal = event;
        continue;
      }
      if (event.type === "ASSAULT" && isVerbalAttack(doc, res, match, from, to, event.actor)) {
        // "Blair attacked the Tory plans": criticism (CAMEO 111), not violence.
        Object.assign(event, { type: "ACCUSE", mode: null, cameo: "111" });
      } else if (event.type === "ASSAULT" && isFigurativeHarm(doc, res, match, from, to)) continue;
      // "the sale would allow it to focus": a thing does nothing to anyone when no one stands behind it.
      const unresolved = !event.actor || (event.actor.cluster < 0 && event.actor.sector === null && event.actor.country === null);
      if (unresolved && doneByAbstraction(doc, res, match.start, from, to)) continue;
      // "the IMF approved a $3 billion loan": support given as aid is aid; "defending their water" gives nothing.
      if (event.type === "SUPPORT" && givesAid(doc, res, match.start, from, to) && !objectIsPossessed(doc, match.start, from, to)) Object.assign(event, { type: "AID", mode: null, cameo: "070" });
      const violence = event.type === "AGREE" && VOWS.has(match.entry.phrase) ? violencePromised(doc, res, match.start, to) : -1;
      // "vowed that the army would hunt down the attackers": the clause's subject does it; its object, past a particle, is threatened.
      const promisedClause = violence >= 0 && thatClauseStart(doc, match.start, to) >= 0;
      let aimedFrom = violence + 1;
      while (aimedFrom < to && doc.deprel(aimedFrom) === "compound:prt") aimedFrom++;
      const aimedAt = promisedClause ? participant(doc, res, objectRightOf(doc, res, aimedFrom, to, ctx.isVerbAt)) : event.recipient;
      const threatened = violence >= 0 ? someone(doc, res, aimedAt ?? targetAfter(doc, res, ctx, aimedFrom, "ASSAULT")) : null;
      // "vowed to continue the fight against the group", "vowed to defeat the militants": a promise of force against someone is a threat;
      // so is one against no one named ("vowed to keep fighting"), not one against a thing ("the fight against poverty").
      const unaimed = violence >= 0 && (violence + 1 >= to || doc.upos(violence + 1) === "PUNCT");
      if (threatened || unaimed) Object.assign(event, { type: "THREATEN", mode: null, cameo: "138", recipient: threatened });
      doc.events.push(event);
      previousVerbal = event;
    }
    for (const match of matches.filter((m) => !m.verb)) {
      // "Liverpool's desperate attacks", "a strike blocked by the keeper" in a story about sport.
      if (contestStory && CONTESTED_NOUNS.has(match.entry.event)) continue;
      // "the fourth protest Manila has filed": a protest filed or lodged is an official complaint, coded from its clause.
      const lodging = lodgedBy(doc, res, match, to);
      if (lodging) {
        const event = newEvent(doc, res, lodging, s, quoteOfToken(doc, lodging.start));
        codeVerbal(doc, res, ctx, lodging, event, previousVerbal, doc.events);
        doc.events.push(event);
        continue;
      }
      const weighing = weighingVerbBefore(doc, res, match, from);
      const light = weighing >= 0 ? weighing : lightVerbBefore(doc, res, match.start, from);
      // "arrested 45 people during protests": a deed a time preposition introduces is another event.
      const adjunct = TIME_PREPOSITIONS.has(doc.lower(match.start - 1)) || TIME_PREPOSITIONS.has(doc.lower(match.start - 2));
      if (light < 0 && !adjunct && covered.some(([a, b]) => match.start >= a && match.start < b)) continue;
      if (light >= 0) {
        // "staged rallies", "imposed a curfew": the noun's event, with the light verb's clause around it.
        const event = newEvent(doc, res, match, s, quoteOfToken(doc, match.start));
        codeVerbal(doc, res, ctx, { ...match, start: light, verb: true, gapped: true }, event, previousVerbal, doc.events);
        // "is considering sanctions" states an intent, as "would consider suspending" does.
        if (weighing >= 0 && !event.negated) {
          event.modality = "hypothetical";
          ctx.intent.set(event, true);
        }
        // "announced another march for Thursday": a gathering announced or planned is ahead.
        if (GATHERINGS.has(event.type) && ANNOUNCING.has(doc.lemma(light)) && event.modality === "asserted") event.modality = "future";
        doc.events.push(event);
        continue;
      }
      const event = newEvent(doc, res, match, s, quoteOfToken(doc, match.start));
      if (!codeNominal(doc, res, ctx, match, event) || isRepeatedMention(doc.events, event)) continue;
      doc.events.push(event);
    }
  }
  if (!contestStory) addQuotedCensures(doc, res);
  for (const event of doc.events) {
    const [from, to] = doc.sentenceTokens(event.sentence);
    const statement = STATEMENTS.has(event.type);
    const named = placeOf(doc, res, from, to, [event.actor, event.recipient], event.triggerStart, statement, statement ? event.recipient : null);
    const here = named >= 0 ? named : cityTakenUp(doc, res, from, to);
    event.place = here >= 0 ? here : elsewhereThanDateline(doc, event, dateline) || (!STATEMENTS.has(event.type) && atUnnamedSite(doc, res, from, to)) ? -1 : dateline;
    inStoryCountry(doc, event, dateline);
    // Only a place the sentence names: the dateline says where the report was filed, not whose people these are.
    // Talks and deals are held at a venue: "two rebel groups signed a peace agreement in Luanda" are no Angolans;
    // nor is "a third armed faction" that "rejected the deal" in the clause after.
    if (!JOINT.has(event.type) && !inEarlierClause(doc, here, event)) {
      event.actor = localized(doc, event.actor, here);
      event.recipient = localized(doc, event.recipient, here);
    }
    if (contestStory) {
      event.actor = withoutVenueCountry(doc, event.actor);
      event.recipient = withoutVenueCountry(doc, event.recipient);
    }
  }
  // "met to discuss": the purpose of a meeting is the meeting, said once; so is "blocked roads to protest against ...".
  doc.events = doc.events.filter((event) => !sameActAsServed(doc, event, purposeOf.get(event)));
  inheritClauseDates(doc);
  dateFromDescribedRecipient(doc);
  // "'We stand fully with Moldova,' she wrote on Thursday": the speaker's own stance, stated in a quotation, dates from its saying
  // (not "'Wenger was criticising my players,' Ferguson said on Saturday").
  for (const event of doc.events) {
    const quote = doc.quotes[event.quote];
    if (event.timex >= 0 || quote === undefined || quote.cueToken < 0 || !STATEMENTS.has(event.type)) continue;
    if (event.actor === null || event.actor.cluster < 0 || event.actor.cluster !== quote.speakerCluster) continue;
    event.timex = timexOfEvent(doc, quote.cueToken, quote.cueToken + 1, res.triggers.aspectualVerbs);
  }
  for (const event of doc.events) if (datesDeedBefore(doc, event) || datesRequestedDeed(doc, res, event)) event.timex = -1;
  // Read before intents are recoded as asserted AGREE/THREATEN: "would meet on Friday" is next Friday,
  // unless the event is the purpose of one that took place, or the date is a clause's above it
  // ("visited on Sunday and ordered the army to deploy": last Sunday).
  for (const event of doc.events) {
    // "Fighting will resume on Friday": what an aspectual verb in the future continues is future too.
    const aspect = event.modality === "asserted" ? aspectualGovernor(doc, event.timex, event.triggerStart, res.triggers.aspectualVerbs) : -1;
    if (aspect >= 0 && verbModality(doc, aspect, doc.events, doc.sentenceTokens(event.sentence)[0]).modality === "future") event.modality = "future";
    const served = purposeOf.get(event);
    const ahead = served ? served.dateAhead : event.modality !== "asserted" || intent.get(event) === true;
    // "On Saturday, X is due to travel": a date hanging from no verb is the first event's of its sentence.
    const first = !doc.events.some((e) => e.sentence === event.sentence && e.triggerStart < event.triggerStart);
    // "announced another march for Thursday": a day something is set for lies ahead, wherever the parse hangs it.
    const setFor = event.modality === "future" && doc.lower((doc.timexes[event.timex]?.start ?? 0) - 1) === "for";
    const stated = statesTimex(doc, event.timex, event.triggerStart, res.triggers.aspectualVerbs) || (first && hangsFromNoVerb(doc, event.timex)) || setFor;
    // "did not meet on Friday" is last Friday; "if the government did not withdraw by Monday" a deadline ahead.
    event.dateAhead = (!event.negated || event.modality === "hypothetical") && ahead && stated;
  }
  // "would boycott parliament on Friday if the lawmaker was not granted bail", "would hold a rally on Saturday
  // and would boycott parliament": a deed not asserted that borrows the date of another looking ahead looks ahead with it.
  for (const event of doc.events) {
    if (event.dateAhead || event.modality === "asserted" || event.timex < 0) continue;
    if (doc.events.some((e) => e !== event && e.sentence === event.sentence && e.timex === event.timex && e.dateAhead)) event.dateAhead = true;
  }
  settleByTense(doc);
  dateCountedClauses(doc);
  undateSequencedClauses(doc);
  carryNarrativeDates(doc, res, datelineEnd(doc));
  // "The attackers stormed Kolmane, torching granaries": a participle clause takes the date its clause was just carried.
  inheritClauseDates(doc);
  // "would hold a 48-hour strike unless the Senate shelved the bill": a protest announced on a condition also threatens whoever must meet it.
  doc.events = doc.events.flatMap((event) => (intent.get(event) === true && event.type === "PROTEST" && !event.negated && setOnCondition(doc, res, event) ? [event, threatOfProtest(doc, res, event)] : [event]));
  for (const event of doc.events) if (intent.get(event) === true) recodeIntent(event);
  for (let s = 0; s < doc.sentenceCount; s++) codeObligations(doc, res, s);
  for (const event of doc.events) if (event.quote >= 0) recodeQuoted(doc, event, isPassive(doc, event.triggerStart, doc.sentenceTokens(event.sentence)[0]), res.lang);
  // "clashes between police and protesters": the first side acts on the second.
  for (const event of doc.events) {
    const sides = !event.actor && event.recipient ? sidesBetween(doc, res, event.recipient) : null;
    if (sides) [event.actor, event.recipient] = sides;
  }
  doc.events = doc.events.flatMap((event) => {
    const doers = coordinatedDoers(doc, res, event);
    return doers ? doers.flatMap((e) => [e, ...secondRecipient(doc, res, e)]) : [event, ...secondDoer(doc, res, event), ...secondRecipient(doc, res, event)];
  });
  crossReciprocal(doc, doc.events);
  answerAccusers(doc, doc.events);
  for (const event of doc.events) if (event.type === "THREATEN" && event.recipient === null) event.recipient = conditionedParty(doc, res, event);
  for (const event of doc.events) if (event.type === "PROTEST") event.recipient = embassyProtested(doc, res, event) ?? event.recipient;
  // "Moradi arrived in Tehran": arriving in a place of one's own country is a return home, no visit (meeting people there is one).
  const home = (event: EventAnnotation): boolean =>
    event.mode === "visit" && event.actor?.country != null && event.actor.country === event.recipient?.country && doc.clusters[event.recipient.cluster]?.label === "GPE";
  doc.events = doc.events.filter((event) => !home(event));
  for (const event of doc.events) {
    const described = describedAsActor(doc, event);
    if (described) event.recipient = described;
    else if (sameParticipant(event.actor, event.recipient) || sameCoding(doc, event.actor, event.recipient) || namesDeed(doc, res, event.recipient)) event.recipient = null;
  }
  doc.events = doc.events.filter((event, index) => !doc.events.slice(0, index).some((other) => sameStatement(other, event)));
  // "Mitsotakis warned that Athens would close the border": what his own state would do is the warning's content, one threat.
  doc.events = doc.events.filter((event) => !doc.events.some((warning) => ownSideContent(doc, warning, event)));
  for (const event of doc.events) spokenAtMeeting(doc, event);
  // "urged Malaysia to pull its vessels out", "denied ordering a blockade": what a statement asks, alleges or denies is its content, not an event.
  if (options.statementContents !== true) doc.events = doc.events.filter((event) => !doc.events.some((statement) => contentOfStatement(doc, statement, event)));
  if (options.backgroundEvents !== true) doc.events = withoutBackground(doc, doc.events);
  doc.events.sort((a, b) => a.triggerStart - b.triggerStart);
}

/**
 * The events left once the story's background is taken out: deeds dated more than half a year
 * before publication ("was arrested in May last year"), and the undated deeds of clauses they
 * time ("... after he called for a boycott", "since 2019, when Kenya banned milk before a court
 * overturned the ban") or whose subject holds such a date. They were news when they happened;
 * coded again they are counted twice.
 */
function withoutBackground(doc: Doc, events: readonly EventAnnotation[]): EventAnnotation[] {
  const history = events.filter((event) => datedHistory(doc, event));
  const dateline = datelineEnd(doc);
  const undated = (event: EventAnnotation): boolean => (doc.timexes[event.timex]?.start ?? -1) < dateline;
  return events.filter((event) => !history.includes(event) && !(undated(event) && (history.some((h) => timedBy(doc, event, h)) || historyInSubject(doc, event))));
}

/**
 * Whether the subject of an event's verb holds a date of history: "An earlier attack on the village
 * in April 2023 killed 160 people"; not a clause inside it ("The bill, proposed in 1993, has been approved").
 */
function historyInSubject(doc: Doc, event: EventAnnotation): boolean {
  const [from, to] = doc.sentenceTokens(event.sentence);
  for (let j = from; j < event.triggerStart; j++) {
    if (doc.head(j) !== event.triggerStart || !doc.deprel(j).startsWith("nsubj")) continue;
    return doc.timexes.some((t) => t.start >= from && t.start < to && nominalPathTo(doc, j, t.start) && isHistory(doc, t));
  }
  return false;
}

/** Whether token i hangs below `ancestor` through nouns and their modifiers only, no clause between. */
function nominalPathTo(doc: Doc, ancestor: number, i: number): boolean {
  for (let k = i, steps = 0; k >= 0 && steps < 50; k = doc.head(k), steps++) {
    if (k === ancestor) return true;
    if (doc.upos(k) === "VERB" || doc.deprel(k).startsWith("acl")) return false;
  }
  return false;
}

/**
 * "summoned the envoy on Monday to demand consular access": a statement that is the purpose of a
 * summons or a meeting that took place was made there, to whoever was met.
 */
function spokenAtMeeting(doc: Doc, event: EventAnnotation): void {
  const t = event.triggerStart;
  if (!STATEMENTS.has(event.type) || event.modality !== "hypothetical" || event.negated || doc.lower(t - 1) !== "to") return;
  const rel = doc.deprel(t);
  const above = rel === "advcl" ? doc.head(t) : rel === "acl" ? doc.head(doc.head(t)) : -1;
  const met = doc.events.find((e) => e.triggerStart === above && e.sentence === event.sentence && e.modality === "asserted" && !e.negated && (e.type === "CONSULT" || doc.lemma(above) === "summon"));
  if (!met) return;
  event.modality = "asserted";
  event.recipient ??= met.recipient;
}

/** Events whose clauses below state what they ask, promise, allege, refuse or deny. */
const CONTENT_TAKERS: ReadonlySet<string> = new Set([...STATEMENTS, "AGREE"]);

/**
 * Whether `event` is what `statement` asks for, threatens, promises, alleges, praises or denies:
 * not asserted (hypothetical, or negated under a refusal or denial) and in the tree below it.
 */
function contentOfStatement(doc: Doc, statement: EventAnnotation, event: EventAnnotation): boolean {
  if (statement === event || statement.sentence !== event.sentence || !CONTENT_TAKERS.has(statement.type)) return false;
  const unreal = event.modality === "hypothetical" || (event.negated && statement.type === "REJECT");
  // "shunned work to protest at ...": a purpose is what the deed itself does ("urged X to Y" asks Y, however parsed).
  // "summoned the envoy to demand consular access": the parse may hang the purpose from the one summoned
  // ("blamed a payout to settle a lawsuit" is the noun's own infinitive).
  const summons = doc.lemma(statement.triggerStart) === "summon" && doc.head(doc.head(event.triggerStart)) === statement.triggerStart;
  const clause = doc.deprel(event.triggerStart) === "advcl" || (doc.deprel(event.triggerStart) === "acl" && summons);
  const purpose = statement.type !== "REQUEST" && clause && doc.lower(event.triggerStart - 1) === "to";
  // "must be released": an obligation's modal is the demand, and the verb it hangs from what is demanded.
  const obliged = doc.upos(statement.triggerStart) === "AUX" && doc.head(statement.triggerStart) === event.triggerStart;
  return unreal && !purpose && statement.triggerStart !== event.triggerStart && (obliged || dominates(doc, statement.triggerStart, event.triggerStart));
}

/**
 * The event of the nearest clause above token k that is no noun's modifier: "attacked a post, hours after a
 * ceasefire brokered by Qatar took effect, killing three soldiers" hangs "killing" from the attack, not the brokering.
 */
function clauseAbove(doc: Doc, events: readonly EventAnnotation[], k: number, sentence: number): EventAnnotation | null {
  for (let steps = 0; k >= 0 && steps < 8; steps++, k = doc.head(k)) {
    if (doc.deprel(k).startsWith("acl")) continue;
    const event = events.find((e) => e.triggerStart === k && e.sentence === sentence);
    if (event) return event;
  }
  return null;
}

/**
 * "cleared a blockade on Tuesday, arresting 14 protesters": a participle clause after a comma with
 * no date of its own (none, or the dateline's), and a participle joined to it, happened when the
 * clause it hangs from did.
 */
function inheritClauseDates(doc: Doc): void {
  const dateline = datelineEnd(doc);
  const dated = (timex: number): boolean => (doc.timexes[timex]?.start ?? -1) >= dateline;
  for (const event of doc.events) {
    const t = event.triggerStart;
    if (dated(event.timex)) continue;
    // "..., torching granaries and abducting eight women": a participle joined to one shares its date, however parsed.
    const joined = doc.lower(t).endsWith("ing") && CONJUNCTIONS.has(doc.lower(t - 1)) ? participleJoinedTo(doc, event) : null;
    if (joined && dated(joined.timex)) event.timex = joined.timex;
    if (!opensParticipleClause(doc, t)) continue;
    const head = doc.head(t);
    // Whatever the parse hung it from (lowercase text: "..., on wednesday, killing eight soldiers"), else the event before it.
    const governing =
      doc.events.find((e) => e.sentence === event.sentence && e.triggerStart <= head && head < e.triggerEnd) ??
      clauseAbove(doc, doc.events, head, event.sentence) ??
      doc.events.filter((e) => e.sentence === event.sentence && e.triggerStart < t).at(-1);
    if (governing && dated(governing.timex)) event.timex = governing.timex;
  }
}

/**
 * "fired tear gas at protesters who tried to march on parliament on Thursday afternoon": a day that
 * ends the sentence inside a relative clause on the recipient, whose verbs state no event of their
 * own, dates the event.
 */
function dateFromDescribedRecipient(doc: Doc): void {
  for (const event of doc.events) {
    const recipient = event.recipient;
    if (event.timex >= 0 || !recipient || recipient.start < event.triggerStart || event.modality !== "asserted") continue;
    const to = doc.sentenceTokens(event.sentence)[1];
    const k = doc.timexes.findIndex((t) => t.start >= recipient.end && t.start < to);
    const timex = doc.timexes[k];
    const next = doc.timexes[k + 1];
    // "a war that ended in 1992", "a scandal which led to a resignation last year": a year or month is the described thing's.
    if (!timex || timex.precision !== "day" || (next && next.start < to)) continue;
    let end = timex.end;
    while (end < to && doc.upos(end) === "PUNCT") end++;
    let relative = -1;
    for (let i = recipient.end; i < timex.start && relative < 0; i++) if (doc.deprel(i) === "acl:relcl" && doc.head(i) >= recipient.start && doc.head(i) < recipient.end) relative = i;
    if (end < to || relative < 0 || doc.events.some((e) => e.sentence === event.sentence && e.triggerStart >= relative && e.triggerStart < timex.start)) continue;
    event.timex = k;
  }
}

const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or"]);

/** The event of the participle clause an "-ing" verb after "and" joins, with no verb between them. */
function participleJoinedTo(doc: Doc, event: EventAnnotation): EventAnnotation | null {
  const first = doc.events.filter((e) => e.sentence === event.sentence && e.triggerStart < event.triggerStart && opensParticipleClause(doc, e.triggerStart)).at(-1);
  if (!first) return null;
  for (let i = first.triggerEnd; i < event.triggerStart - 1; i++) if (doc.upos(i) === "VERB" || doc.upos(i) === "AUX") return null;
  return first;
}

/**
 * Whether a verbal event's date belongs to a deed named before it as a noun: "The release of 12
 * soldiers by the UPE on Sunday was welcomed by MINUSCA" dates the release, not the welcome.
 */
function datesDeedBefore(doc: Doc, event: EventAnnotation): boolean {
  const timex = doc.timexes[event.timex];
  if (!timex || timex.end > event.triggerStart || doc.upos(event.triggerStart) !== "VERB") return false;
  // "an airstrike on a village on monday, killing 27": a participle clause happened with the deed.
  if (opensParticipleClause(doc, event.triggerStart)) return false;
  return doc.events.some((deed) => deed !== event && deed.sentence === event.sentence && deed.triggerStart < timex.start && doc.upos(deed.triggerStart) === "NOUN" && dominates(doc, deed.triggerStart, timex.start));
}

/** "called for a nationwide strike on Thursday": a day named after the deed a request asks for is that deed's, not the request's. */
function datesRequestedDeed(doc: Doc, res: LanguageResources, event: EventAnnotation): boolean {
  const timex = doc.timexes[event.timex];
  if (event.type !== "REQUEST" || !timex || timex.start < event.triggerEnd) return false;
  const [, to] = doc.sentenceTokens(event.sentence);
  for (let i = event.triggerEnd; i < timex.start; i++) {
    if (doc.lower(i) !== "for") continue;
    let k = i + 1;
    while (k < timex.start && (doc.upos(k) === "DET" || doc.upos(k) === "ADJ")) k++;
    if (k < timex.start && matchTriggerAt(doc, res, k, to).some((m) => !m.verb)) return true;
  }
  return false;
}

/** "Qatar and Saudi Arabia called on both sides": the same deed by the second of two named doers (joint deeds are done with it instead). */
function secondDoer(doc: Doc, res: LanguageResources, event: EventAnnotation): EventAnnotation[] {
  const second = jointDeed(event) ? null : secondNamed(doc, res, event.actor, event.recipient);
  if (!second || !event.actor) return [];
  return [{ ...event, actor: second, recipient: secondDoersTarget(doc, event.recipient, event.actor) }];
}

/**
 * The target a second doer shares with the first: none when it is the first doer's own state, a
 * target it was given ("South Korea and Japan protested" in Seoul, "Gondor and Arnor protested in Gondor").
 */
function secondDoersTarget(doc: Doc, recipient: Argument | null, first: Argument): Argument | null {
  const countryOf = (a: Argument): string | null => doc.clusters[a.cluster]?.country ?? a.country;
  return recipient !== null && countryOf(recipient) !== null && countryOf(recipient) === countryOf(first) ? null : recipient;
}

/**
 * The start of the plural people right before an -ing verb ("hundreds of striking doctors
 * marching"), back to a preposition other than "of", a verb or punctuation, not before `from`; -1 otherwise.
 */
function peopleBeforeParticiple(doc: Doc, res: LanguageResources, verb: number, from: number): number {
  if (!doc.lower(verb).endsWith("ing") || verb - 1 <= from || doc.upos(verb - 1) !== "NOUN" || !isPluralPeople(doc, res, verb - 1)) return -1;
  let start = verb - 1;
  while (start - 1 > from) {
    const tag = doc.upos(start - 1);
    if (tag === "VERB" || tag === "AUX" || tag === "PUNCT" || (tag === "ADP" && doc.lower(start - 1) !== "of")) break;
    start--;
  }
  // Only people inside a phrase ("at hundreds of doctors"): a clause's own subject keeps its verb ("Doctors marching" in a headline).
  return doc.upos(start - 1) === "ADP" ? start : -1;
}

/** "Canada and India expelled each other's diplomats": two doers of one deed, each done to the other. */
function crossReciprocal(doc: Doc, events: readonly EventAnnotation[]): void {
  for (const event of events) {
    // "each other's" may have been read as the doer itself, or as a party of its own ("each other of attacking civilians").
    const named = event.recipient !== null && reciprocalObject(doc, event.recipient.start);
    if ((event.recipient !== null && !sameParticipant(event.recipient, event.actor) && !named) || !reciprocalObject(doc, event.triggerEnd)) continue;
    const others = events.filter((e) => e.triggerStart === event.triggerStart && e.type === event.type && e.actor !== null && !sameParticipant(e.actor, event.actor));
    const other = others[0]?.actor ?? null;
    if (other !== null && others.every((e) => sameParticipant(e.actor, other))) event.recipient = other;
    else if (named) event.recipient = null;
  }
}

/**
 * "threatened to hold a general strike unless Israel rescinded its annexation": who must meet the
 * condition of a threat is its target (the subject of the "unless" or "if" clause after the trigger).
 */
function conditionedParty(doc: Doc, res: LanguageResources, event: EventAnnotation): Argument | null {
  const [from, to] = doc.sentenceTokens(event.sentence);
  for (let i = event.triggerEnd; i < to; i++) {
    if (doc.deprel(i) !== "mark" || !opensCondition(doc, res, i)) continue;
    const verb = doc.head(i);
    for (let j = i + 1; j < verb; j++) {
      if (doc.head(j) !== verb || doc.deprel(j) !== "nsubj") continue;
      // "if the shelling continued": the deed goes on, so its doer must stop it, named with it ("Armenian shelling") or told before.
      const deed = matchTriggerAt(doc, res, j, to).find((m) => !m.verb);
      const [start, end] = phraseOf(doc, j, from, to);
      const party = deed ? (resolvePhrase(doc, res, start, j + 1) ?? inheritedActor(doc, doc.events, deed.entry.event)) : participant(doc, res, [start, end]);
      return party && !sameParticipant(party, event.actor) ? party : null;
    }
    return null;
  }
  return null;
}

/**
 * Whether a condition follows an event in its clause, before a comma or another event: "a strike
 * starting on Monday unless the Senate shelved the bill"; not the rally of "would hold a rally and
 * would boycott parliament unless".
 */
function setOnCondition(doc: Doc, res: LanguageResources, event: EventAnnotation): boolean {
  const [, to] = doc.sentenceTokens(event.sentence);
  for (let i = event.triggerEnd; i < to && doc.form(i) !== "," && doc.form(i) !== ";"; i++) {
    if (opensCondition(doc, res, i)) return true;
    if (doc.events.some((e) => e.triggerStart === i)) return false;
  }
  return false;
}

/** The threat a conditional protest makes (CAMEO 133, threaten with political dissent), aimed at whoever must meet the condition. */
function threatOfProtest(doc: Doc, res: LanguageResources, protest: EventAnnotation): EventAnnotation {
  const threat: EventAnnotation = { ...protest, type: "THREATEN", mode: null, cameo: "133", modality: "asserted" };
  threat.recipient = conditionedParty(doc, res, threat) ?? protest.recipient;
  return threat;
}

/**
 * '"This is political persecution," Salcedo said': a direct quotation that blames in a word of
 * censure-words.txt, where no accusation was read, is its speaker's ACCUSE (CAMEO 111), aimed at
 * whoever the blamed clause's subject names ("This report is a lie" names no one).
 */
function addQuotedCensures(doc: Doc, res: LanguageResources): void {
  doc.quotes.forEach((quote, q) => {
    if (quote.kind !== "direct" || doc.events.some((e) => e.quote === q && e.type === "ACCUSE")) return;
    const speaker = quoteSpeaker(doc, q);
    const blame = speaker ? blameIn(doc, res, quote.tokenStart, quote.tokenEnd) : -1;
    // 'accused Brussels of "blackmail"': the sentence's own accusation says it.
    if (!speaker || blame < 0 || doc.events.some((e) => e.sentence === doc.sentenceOf(blame) && e.type === "ACCUSE")) return;
    const event: EventAnnotation = {
      ...newEvent(doc, res, { entry: CENSURE, start: blame, end: blame + 1, verb: false, gapped: false }, doc.sentenceOf(blame), q),
      actor: speaker,
      recipient: blamedSubject(doc, res, blame),
    };
    if (event.recipient?.cluster === speaker.cluster && speaker.cluster >= 0) event.recipient = null;
    const at = doc.events.findIndex((e) => e.triggerStart > blame);
    doc.events.splice(at < 0 ? doc.events.length : at, 0, event);
  });
}

/** The reading a quotation's blame is coded with: criticize or denounce. */
const CENSURE: TriggerMatch["entry"] = { phrase: "censure", words: ["censure"], pos: "noun", event: "ACCUSE", mode: null, cameo: "111", requires: null, note: null, source: "censure-words.txt" };

/**
 * The first word of blame (a noun or adjective of censure-words.txt) in tokens [from, to) that
 * judges: the predicate of "be" ("This is political persecution", "the auction was illegal"), or
 * a subject a demonstrative points with ("These provocations are designed to ..."); not a word
 * that only describes ("illegal immigrants", "rising crime"), nor one a negation, a modal or "if"
 * before it in its sentence makes unreal ("might be illegal").
 */
function blameIn(doc: Doc, res: LanguageResources, from: number, to: number): number {
  let denied = false;
  for (let i = from; i < to; i++) {
    if (doc.form(i) === "." || doc.form(i) === "!" || doc.form(i) === "?") denied = false;
    if (NEGATIONS.has(doc.lower(i)) || HYPOTHETICAL.has(doc.lower(i)) || UNREAL_WORDS.has(doc.lower(i))) denied = true;
    if (denied || (doc.upos(i) !== "NOUN" && doc.upos(i) !== "ADJ") || !listed(res.triggers.censureWords, doc, i)) continue;
    const predicate = doc.deprel(i) === "amod" ? doc.head(i) : i;
    const pointed = doc.deprel(predicate).startsWith("nsubj") && hasDependentBefore(doc, predicate, from, to, (k) => DEMONSTRATIVES.has(doc.lower(k)));
    if (pointed || hasDependentBefore(doc, predicate, from, to, (k) => doc.deprel(k) === "cop")) return i;
  }
  return -1;
}

/** Words besides negations and modals that make a blame after them unreal: "no", "if", "would". */
const UNREAL_WORDS: ReadonlySet<string> = new Set(["no", "if", "would"]);

const DEMONSTRATIVES: ReadonlySet<string> = new Set(["this", "these", "that", "those", "such"]);

/** Words before a predicate its copula or demonstrative may stand: "is [a flagrant] violation". */
const PREDICATE_REACH = 6;

/** Whether a token in [from, to), at most PREDICATE_REACH before `head`, depends on it and passes `test`. */
function hasDependentBefore(doc: Doc, head: number, from: number, to: number, test: (k: number) => boolean): boolean {
  for (let k = Math.max(from, head - PREDICATE_REACH); k < Math.min(to, head); k++) if (doc.head(k) === head && test(k)) return true;
  return false;
}

/** Whom a word of blame is said of: the subject of the predicate it is or modifies, if that names an actor. */
function blamedSubject(doc: Doc, res: LanguageResources, blame: number): Argument | null {
  const predicate = doc.deprel(blame) === "amod" ? doc.head(blame) : blame;
  const [from] = doc.sentenceTokens(doc.sentenceOf(blame));
  for (let i = from; i < predicate; i++) {
    if (doc.head(i) !== predicate || !doc.deprel(i).startsWith("nsubj")) continue;
    let start = i;
    while (start > from && doc.head(start - 1) === i) start--;
    const named = resolvePhrase(doc, res, start, i + 1);
    return named && (named.cluster >= 0 || named.sector !== null) ? named : null;
  }
  return null;
}

/** "protested outside the Iranian embassy in Paris": a protest at a state's embassy is aimed at that state, not at where it stands. */
function embassyProtested(doc: Doc, res: LanguageResources, event: EventAnnotation): Argument | null {
  const [, to] = doc.sentenceTokens(event.sentence);
  for (let i = event.triggerEnd; i < Math.min(to, event.triggerEnd + 8); i++) {
    // A tagger may take "consulate" after a name for part of it.
    const noun = doc.upos(i) === "NOUN" || (doc.upos(i) === "PROPN" && doc.hasShape(i, Shape.allLower));
    if (!noun || !(res.triggers.envoyWords.has(doc.lemma(i)) || res.triggers.envoyWords.has(doc.lower(i)))) continue;
    for (let k = i - 1; k >= Math.max(event.triggerEnd, i - 3); k--) {
      const m = doc.mentions[doc.tokens.mention[k] ?? -1];
      if (m && (m.label === "NORP" || m.label === "GPE") && m.country) return governmentOf(doc, m.country, m.start, m.end, res.lang);
    }
    return null;
  }
  return null;
}

/** Sentences back a denial may answer an accusation from. */
const ANSWER_REACH = 2;

/** "Gondor accused Arnor of the attack. Arnor denied any involvement": a rejection with no one named answers its accuser. */
/** Whether a verb has a modal auxiliary: "could be expelled", "would face". */
function hasModal(doc: Doc, verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - 4; i--) if (doc.head(i) === verb && doc.deprel(i) === "aux" && (FUTURE.has(doc.lower(i)) || HYPOTHETICAL.has(doc.lower(i)))) return true;
  return false;
}

/** Determiners of a noun someone or something known is named by. */
const DEFINITE: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her"]);

/**
 * A wrong a speaker says someone else did ("said the Philippine vessel had 'illegally intruded'")
 * is the speaker's accusation of the doer; a denial, a wrong not done, the speaker's own, or one
 * done by a thing ("the auction violated US law") is none.
 */
function accusesDoer(doc: Doc, res: LanguageResources, event: EventAnnotation, from: number): boolean {
  const quote = doc.quotes[event.quote];
  const speaker = quote ? doc.mentions[quote.speakerMention] : undefined;
  // Quote marks inside the clause mislead the parser ('the vessel had "illegally intruded"'): the subject is then read by position.
  const doer = event.actor ?? (isPassive(doc, event.triggerStart, from) ? null : participant(doc, res, subjectLeftOf(doc, res, skipAuxiliariesAndQuotesLeft(doc, event.triggerStart, from), from)));
  // "the Philippine vessel" is coded, so it stands for someone; "the auction" is no one.
  const coded = doer !== null && (doer.country !== null || doer.sector !== null);
  if (!quote || !speaker || !doer || !(coded || someone(doc, res, doer)) || event.negated || event.modality !== "asserted" || doer.cluster === quote.speakerCluster) return false;
  // "foreign diplomats who interfered ... could be expelled": whoever might do a wrong is no one accused of it.
  if (doc.deprel(event.triggerStart) === "acl:relcl") {
    const noun = doc.head(event.triggerStart);
    const [first] = phraseOf(doc, noun, from, doc.sentenceTokens(event.sentence)[1]);
    const unreal = hasModal(doc, doc.head(noun));
    if (unreal && !DEFINITE.has(doc.lower(first)) && (doc.tokens.mention[first] ?? -1) < 0) return false;
  }
  event.recipient = doer;
  event.actor = speakerArgument(doc, speaker, quote.speakerCluster);
  return true;
}

/** Sectors of people who hold no force to threaten with: their warnings of what may happen are forecasts. */
const FORCELESS: ReadonlySet<string> = new Set(["CVL", "BUS", "EDU", "MED", "NGO"]);

/**
 * Whose deed a warning's "that" clause tells: the speaker's own side ("Israel warned that its troops
 * would", "the army warned that troops would") or another's ("The UN warned that troops could
 * attack": a warning of what someone else may do threatens no one); "forecast" when people without
 * force warn of what no party would do ("Economists warned that a trade war could push up food
 * prices"); null when undecided or it names no one.
 */
function warnedSide(doc: Doc, res: LanguageResources, ctx: SentenceContext, event: EventAnnotation): "own" | "other" | "forecast" | null {
  const start = thatClauseStart(doc, event.triggerStart, ctx.to);
  if (start < 0 || !event.actor) return null;
  if (OWN_SIDE_WORDS.has(doc.lower(start))) return "own";
  const sector = (x: Argument): string | null => x.sector ?? doc.clusters[x.cluster]?.sector ?? null;
  const [subjectStart, subjectEnd] = objectRightOf(doc, res, start, ctx.to, ctx.isVerbAt);
  const doer = someone(doc, res, participant(doc, res, [subjectStart, subjectEnd]));
  if (!doer && FORCELESS.has(sector(event.actor) ?? "")) return "forecast";
  if (!doer || (doer.cluster < 0 && doer.sector === null)) return null;
  // "warned that foreign diplomats who interfered could be expelled": a passive's subject undergoes the deed; no doer is named.
  for (let i = subjectStart; i < subjectEnd; i++) if (doc.deprel(i) === "nsubj:pass" && (doc.head(i) < subjectStart || doc.head(i) >= subjectEnd)) return null;
  const country = (x: Argument): string | null => doc.clusters[x.cluster]?.country ?? x.country;
  if (sameParticipant(event.actor, doer) || sameSide(doc, event.actor, doer)) return "own";
  const otherState = country(event.actor) !== null && country(doer) !== null && country(event.actor) !== country(doer);
  // "A Houthi spokesman, Yahya Qasim, warned that the group would": a speaker of no known sector speaks for a group of
  // his country; not for a state or people ("Greenspan warned that the US could face severe consequences").
  if (sector(event.actor) === null) return !otherState && country(event.actor) !== null && doc.clusters[doer.cluster]?.label === "ORG" ? "own" : "other";
  // "Gondor's minister warned that Arnor would face sanctions": of one sector, but maybe another state; undecided.
  if (sector(event.actor) === sector(doer)) return otherState ? null : "own";
  return "other";
}

function answerAccusers(doc: Doc, events: readonly EventAnnotation[]): void {
  events.forEach((event, index) => {
    if (event.type !== "REJECT" || event.recipient !== null || event.actor === null) return;
    for (let k = index - 1; k >= 0; k--) {
      const accusation = events[k];
      if (!accusation || accusation.sentence < event.sentence - ANSWER_REACH) break;
      if (accusation.type !== "ACCUSE" || accusation.negated || !accusation.actor || !sameParticipant(accusation.recipient, event.actor)) continue;
      event.recipient = accusation.actor;
      return;
    }
  });
}

/** Whether the object after token `at` is "each other('s)" or "one another('s)", or what is exchanged in a fight or a quarrel ("exchanged fire", "traded blame"). */
function reciprocalObject(doc: Doc, at: number): boolean {
  const first = doc.lower(at);
  const second = doc.lower(at + 1);
  if (EXCHANGING_VERBS.has(doc.lemma(at - 1)) && EXCHANGED_BLOWS.has(doc.lemma(at))) return true;
  return (first === "each" && second === "other") || (first === "one" && second === "another");
}

/** What two sides exchange when each attacks or accuses the other ("exchanged fire", "traded blame"). */
const EXCHANGED_BLOWS: ReadonlySet<string> = new Set(["fire", "gunfire", "shot", "blow", "rocket", "blame", "accusation", "insult"]);
const EXCHANGING_VERBS: ReadonlySet<string> = new Set(["exchange", "trade"]);

/**
 * "Pakistani border guards and Afghan Taliban forces exchanged fire", "Hundreds of SJB supporters and
 * trade unionists marched": two groups joined by "and" as the doer each did it (the phrase read whole
 * kept only the named one). Not for joint deeds ("X and Y agreed"), whose second party is the other side.
 */
function coordinatedDoers(doc: Doc, res: LanguageResources, event: EventAnnotation): EventAnnotation[] | null {
  const actor = event.actor;
  if (!actor || JOINT.has(event.type) || actor.end - actor.start < 3) return null;
  for (let k = actor.start + 1; k < actor.end - 1; k++) {
    // A top-level "and": not inside a name ("Trinidad and Tobago").
    if (doc.lower(k) !== "and" || (doc.tokens.mention[k] ?? -1) >= 0) continue;
    // Two heads, not two modifiers of one ("the Danish and German governments", "a defence and telecommunications company").
    if (!namesPeopleAt(doc, res, k - 1) || MODIFIER_RELATIONS.has(baseRelation(doc, k - 1))) return null;
    const first = resolvePhrase(doc, res, actor.start, k);
    const second = resolvePhrase(doc, res, k + 1, actor.end);
    if (!first || !second || sameParticipant(first, second) || (first.sector === null && first.cluster < 0) || (second.sector === null && second.cluster < 0)) return null;
    // "Gondor and Arnor agreed to a ceasefire": each stops fighting the other.
    const mutual = event.mode === "ceasefire" && event.recipient !== null && sameParticipant(event.recipient, second);
    return [{ ...event, actor: first }, { ...event, actor: second, recipient: mutual ? first : secondDoersTarget(doc, event.recipient, first) }];
  }
  return null;
}

/** Relations of a word that modifies the noun after it. */
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(["compound", "amod", "flat"]);

/** "phoned Pashinyan and Aliyev": the same deed done to the second of two named recipients. */
function secondRecipient(doc: Doc, res: LanguageResources, event: EventAnnotation): EventAnnotation[] {
  const second = secondNamed(doc, res, event.recipient, event.actor);
  return second ? [{ ...event, recipient: second }] : [];
}

/** The second of two named parties coordinated in a named participant's phrase, if it is not `other`. */
function secondNamed(doc: Doc, res: LanguageResources, party: Argument | null, other: Argument | null): Argument | null {
  if (!party || party.cluster < 0) return null;
  // "by Angola and the African Union": an agent's phrase stops before the second.
  const agent = doc.lower(party.start - 1) === "by" || (doc.lower(party.start - 2) === "by" && doc.upos(party.start - 1) === "DET");
  const second = secondCoordinated(doc, res, party.start, party.end) ?? (agent ? namedAfterAnd(doc, res, party.end) : null);
  return second && second.cluster >= 0 && second.cluster !== other?.cluster ? second : null;
}

/** The party named after an "and" at token `at` ("by Angola [and] the African Union"), whose phrase the first one's stopped before. */
function namedAfterAnd(doc: Doc, res: LanguageResources, at: number): Argument | null {
  if (doc.lower(at) !== "and") return null;
  const [, to] = doc.sentenceTokens(doc.sentenceOf(at));
  const [start, end] = phraseAfter(doc, res, at, to, (i) => doc.upos(i) === "VERB");
  // "rejected by the Agnelli family and Mr Morchio subsequently resigned": the subject of another clause.
  let next = end;
  while (next < to && doc.upos(next) === "ADV") next++;
  if (doc.upos(next) === "VERB" || doc.upos(next) === "AUX") return null;
  // "the raids by maduro's security forces and the arrest of roberto marrero": a second deed, not a second doer.
  return deedIn(doc, res, to, start, end) >= 0 ? null : resolvePhrase(doc, res, start, end);
}

/** Whether `event` is a deed of `warning`'s own side in the clause it states, of the same type. */
function ownSideContent(doc: Doc, warning: EventAnnotation, event: EventAnnotation): boolean {
  return warning !== event && warning.type === event.type && warning.sentence === event.sentence && doc.head(event.triggerStart) === warning.triggerStart &&
    doc.deprel(event.triggerStart) === "ccomp" && sameSide(doc, warning.actor, event.actor) && (event.recipient === null || sameParticipant(event.recipient, warning.recipient));
}

/** Sectors of people who act where they are: protesters, police, soldiers, rebels. */
const LOCAL_SECTORS: ReadonlySet<string> = new Set(["CVL", "COP", "MIL", "REB", "LAB", "OPP", "EDU"]);

/**
 * A recipient described by a common noun that the story's actors of its sector linked to the
 * event's own named actor ("An RSF spokesman ... blamed the army": the army is no RSF): the
 * description alone, coded as such. Null when the recipient names the actor itself.
 */
function describedAsActor(doc: Doc, event: EventAnnotation): Argument | null {
  const { actor, recipient } = event;
  if (!actor || !recipient || actor.cluster < 0 || recipient.cluster !== actor.cluster) return null;
  const cluster = doc.clusters[actor.cluster];
  if (!cluster || cluster.label !== "ORG") return null;
  for (let i = recipient.start; i < recipient.end; i++) if (doc.mentions[doc.tokens.mention[i] ?? -1]?.cluster === actor.cluster) return null;
  return { start: recipient.start, end: recipient.end, cluster: -1, name: doc.casedText(recipient.start, recipient.end).replace(/^(the|a|an) /i, ""), country: cluster.country, sector: cluster.sector };
}

/**
 * A place no gazetteer knows ("gangs stormed the town of Mirebalais") lies in the country of the
 * event's parties, else the dateline's, else the story's: its cluster takes that country so that
 * exports and country filters find the event. Parties of two countries ("China's coast guard fired
 * at a Philippine ship near Scarborough Shoal") leave it to the dateline's or the story's country
 * when that is one of theirs.
 */
function inStoryCountry(doc: Doc, event: EventAnnotation, dateline: number): void {
  const mention = doc.mentions[event.place];
  const cluster = mention && !mention.geo ? doc.clusters[mention.cluster] : undefined;
  if (!cluster || cluster.country !== null) return;
  const here = doc.mentions[dateline]?.geo?.country ?? doc.focusCountry;
  const named = [event.actor, event.recipient].filter((p) => p !== null && namesItsCountry(doc, p)).map((p) => p?.country);
  if (named.length === 2 && named[0] !== named[1] && named.includes(here)) cluster.country = here;
  else cluster.country = named[0] ?? event.actor?.country ?? event.recipient?.country ?? here;
}

/** Whether a participant's country is the text's, not the coder's guess: a named one, or its words name the country ("Gondor police"). */
function namesItsCountry(doc: Doc, participant: Argument): boolean {
  if (participant.country === null) return false;
  if (participant.cluster >= 0) return true;
  for (let i = participant.start; i < participant.end; i++) if (doc.mentions[doc.tokens.mention[i] ?? -1]?.country === participant.country) return true;
  return false;
}

/** Whether "to" and a verb stand between tokens `from` and `to`: "agreed [to postpone] the rally". */
function infinitiveBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) if (doc.lower(k) === "to" && doc.upos(k + 1) === "VERB") return true;
  return false;
}

/** Prepositions of where something is done ("signed in Doha", "met at Camp David"). */
const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at"]);

/** Whether a participant is a place named after "in" or "at" inside its phrase ("a declaration ... in Doha"). */
function placedIn(doc: Doc, participant: Argument | null): boolean {
  if (!participant || participant.cluster < 0 || doc.clusters[participant.cluster]?.label !== "GPE") return false;
  for (let i = participant.start; i < participant.end; i++) {
    const m = doc.mentions[doc.tokens.mention[i] ?? -1];
    if (m && m.start === i && m.cluster === participant.cluster && WHERE_PREPOSITIONS.has(doc.lower(i - 1))) return true;
  }
  return false;
}

/** Deeds of foreign parties that are commonly done where the report was filed: talks hosted there. */
const HOSTED: ReadonlySet<string> = new Set(["CONSULT", "AGREE", "COOPERATE"]);

/**
 * Whether the event's parties are of other countries than the dateline's place: the dateline says
 * where the report was filed, and "DOHA - The Taliban released an American citizen" did not happen
 * in Doha. A party of the dateline's country, or one of no country, keeps the dateline as the
 * place, and so do talks and agreements ("KUALA LUMPUR - Thailand and Cambodia agreed").
 */
function elsewhereThanDateline(doc: Doc, event: EventAnnotation, dateline: number): boolean {
  const country = doc.mentions[dateline]?.geo?.country;
  if (HOSTED.has(event.type)) return false;
  if (!country || !event.actor?.country || event.actor.country === country) return false;
  // A recipient of no country ("both sides", "other governments") may be of any country: it keeps no dateline.
  const uncoded = event.recipient !== null && event.recipient.country === null;
  return !event.recipient || uncoded || (event.recipient.country !== null && event.recipient.country !== country);
}

/**
 * An unnamed local group the coder gave the story's country ("protesters", "police") belongs to
 * the country of the place its sentence names ("attacked the police station in Lyon").
 */
function localized(doc: Doc, participant: Argument | null, place: number): Argument | null {
  const here = doc.mentions[place]?.geo?.country;
  if (!participant || !here || participant.cluster >= 0 || participant.country !== doc.focusCountry || here === participant.country) return participant;
  if (participant.sector === null || !LOCAL_SECTORS.has(participant.sector)) return participant;
  // "evacuate wounded people to Ankara": where they are taken is not where they are from.
  if (doc.lower((doc.mentions[place]?.start ?? 0) - 1) === "to") return participant;
  // "Gondor police" names its country.
  if (namesItsCountry(doc, participant)) return participant;
  return { ...participant, country: here };
}

/** Whether a participant no name codes opens with a deed's noun ("a ceasefire and a pullback of troops", "the withdrawal of troops"). */
function beginsWithDeed(doc: Doc, res: LanguageResources, participant: Argument | null): boolean {
  if (!participant || participant.cluster >= 0) return false;
  const first = doc.upos(participant.start) === "DET" ? participant.start + 1 : participant.start;
  if (first >= participant.end) return false;
  const [, to] = doc.sentenceTokens(doc.sentenceOf(first));
  return matchTriggerAt(doc, res, first, to).some((m) => !m.verb);
}

/** Whether a participant no entity or role codes is a deed or deal ("mediated the talks", "rejected the accord"): no one it is aimed at. */
function namesDeed(doc: Doc, res: LanguageResources, participant: Argument | null): boolean {
  if (!participant || participant.cluster >= 0 || participant.country !== null || participant.sector !== null || res.lang.beingNouns.has(doc.lemma(participant.end - 1))) return false;
  const [, to] = doc.sentenceTokens(doc.sentenceOf(participant.start));
  return matchTriggerAt(doc, res, participant.end - 1, to).some((m) => !m.verb && m.end === participant.end);
}

/** Whether the place mention `place` follows another event's trigger before this one's: that event's place ("signed ... in Luanda, but X rejected"). */
function inEarlierClause(doc: Doc, place: number, event: EventAnnotation): boolean {
  const m = doc.mentions[place];
  if (!m || m.start > event.triggerStart) return false;
  return doc.events.some((e) => e !== event && e.sentence === event.sentence && e.triggerStart < m.start && JOINT.has(e.type));
}

/**
 * A named person with no country or role of their own, who took the story's country as a guess:
 * in a story about sport that is where the match is played, not the player's ("Sinner thanked
 * the crowd" in Melbourne is no Australian). Office holders and other roles keep it.
 */
function withoutVenueCountry(doc: Doc, participant: Argument | null): Argument | null {
  const cluster = participant ? doc.clusters[participant.cluster] : undefined;
  if (!participant || !cluster || cluster.label !== "PERSON" || cluster.country !== null || cluster.sector !== null) return participant;
  return participant.country === doc.focusCountry ? { ...participant, country: null } : participant;
}

export interface EventsStageOptions {
  /**
   * Keep what statements ask for, threaten, promise, allege or deny as events of their own, marked
   * hypothetical (or negated): "urged Arnor to withdraw" is then a REQUEST and Arnor's hypothetical
   * RETREAT. Off by default: a reader counts the request only.
   */
  statementContents?: boolean;
  /**
   * Keep the deeds of the story's background: those dated more than half a year before publication,
   * and the undated ones of the clauses they time. Off by default: they were news when they happened.
   */
  backgroundEvents?: boolean;
}

export function createEventsStage(res: LanguageResources, options: EventsStageOptions = {}): Stage {
  return {
    name: "events",
    requires: ["quotes", "dates", "coref", "deps"],
    assigns: ["events", "places"],
    run: (doc) => codeEvents(doc, res, options),
  };
}
