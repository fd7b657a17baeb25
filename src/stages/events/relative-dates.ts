import type { Doc, EventAnnotation, Timex } from "../../doc/document.js";
import type { DatePrecision } from "../../doc/records.js";
import { addDays, daysBetween, daysInMonth, formatDate, parseDate } from "../dates/index.js";
import { APPROXIMATORS, COUNT_WORDS, UNITS } from "../dates/lexicon.js";
import { isCueVerb } from "../cues.js";
import { FUTURE } from "./clause.js";
import type { LanguageResources } from "../resources.js";

const DIGITS = /^\d{1,3}$/;
/** Units so short that the deed falls on the same day: "hours after". */
const SAME_DAY_UNITS: ReadonlySet<string> = new Set(["hour", "hours", "minute", "minutes"]);

/** "a day after", "two weeks before", "hours after": words [start, end) that place a clause's deed `days` from its governing deed's (null: not to the day). */
interface CountedPhrase {
  start: number;
  end: number;
  days: number | null;
}

/**
 * The "<count> <unit> after|before" words that open the clause holding `trigger` ("..., a day after
 * its security service arrested two citizens"), searched back to `from` and no further than the
 * clause's first verb; null when there are none.
 */
function countedPhraseBefore(doc: Doc, trigger: number, from: number): CountedPhrase | null {
  for (let j = trigger - 1; j > from; j--) {
    const word = doc.lower(j);
    if (doc.upos(j) === "VERB" || word === ",") return null;
    if (word !== "after" && word !== "before") continue;
    const sign = word === "after" ? -1 : 1;
    const unit = doc.lower(j - 1);
    // "the day after", "hours after", "two weeks before".
    let start = j - 1;
    let days: number | null;
    if (SAME_DAY_UNITS.has(unit)) {
      const count = doc.lower(j - 2);
      if (COUNT_WORDS.has(count) || DIGITS.test(count) || count === "few") start = j - 2;
      days = 0;
    } else {
      const span = UNITS.get(unit);
      if (span !== "day" && span !== "week") return null;
      const count = doc.lower(j - 2);
      const n = count === "the" ? 1 : DIGITS.test(count) ? Number(count) : COUNT_WORDS.get(count);
      if (n === undefined || j - 2 < from) return null;
      start = j - 2;
      days = sign * n * (span === "week" ? 7 : 1);
    }
    // "more than two weeks after", "about a week before": not to the day.
    const before = doc.lower(start - 1);
    if (APPROXIMATORS.has(before) || (before === "than" && start - 2 > from)) {
      start = before === "than" ? start - 2 : start - 1;
      days = null;
    }
    return { start, end: j + 1, days };
  }
  return null;
}

/** Inserts `timex` in doc.timexes, kept sorted by start, and renumbers the events' references; returns its index. */
function insertTimex(doc: Doc, timex: Timex): number {
  const same = doc.timexes.findIndex((t) => t.start === timex.start && t.end === timex.end && t.value === timex.value);
  if (same >= 0) return same;
  let at = doc.timexes.findIndex((t) => t.start > timex.start);
  if (at < 0) at = doc.timexes.length;
  doc.timexes.splice(at, 0, timex);
  for (const event of doc.events) if (event.timex >= at) event.timex++;
  return at;
}

/**
 * "Moldova on Wednesday ordered a diplomat to leave, a day after its security service arrested two
 * citizens": the deed of a clause opened by a counted "after" or "before" is dated from the deed it
 * hangs from (the arrest was on Tuesday), not with it; "more than two weeks after" leaves it undated.
 */
export function dateCountedClauses(doc: Doc): void {
  for (const event of doc.events) {
    const [from] = doc.sentenceTokens(event.sentence);
    const phrase = countedPhraseBefore(doc, event.triggerStart, from);
    if (phrase === null) continue;
    const own = doc.timexes[event.timex];
    if (own !== undefined && own.start >= phrase.end) continue;
    const governing = doc.events.filter((e) => e.sentence === event.sentence && e.triggerEnd <= phrase.start && (doc.timexes[e.timex]?.precision ?? "") === "day").at(-1);
    const anchor = governing ? doc.timexes[governing.timex] : undefined;
    const anchorValue = governing && anchor ? ((governing.dateAhead ? anchor.ahead : undefined) ?? anchor.value) : null;
    event.dateAhead = false;
    if (anchorValue === null || phrase.days === null) {
      // The date before the phrase is the governing deed's.
      if (own !== undefined && own.start < phrase.start) event.timex = -1;
      continue;
    }
    event.timex = insertTimex(doc, { start: phrase.start, end: phrase.end, value: addDays(anchorValue, phrase.days), precision: "day" });
  }
}

/** Days a deed's own date may precede publication and still belong to the story told (a case's start months ago). */
const NEWS_DAYS = 183;

/** The last day a timex covers ("2022-09-01" of month precision: September 30); null for a malformed value. */
function lastDayOf(value: string, precision: DatePrecision): string | null {
  const parts = parseDate(value);
  if (parts === null) return null;
  const [year, month] = parts;
  if (precision === "year") return `${year}-12-31`;
  if (precision === "month") return formatDate(year, month, daysInMonth(year, month));
  return precision === "week" ? addDays(value, 6) : value.slice(0, 10);
}

/** Whether the event's own date ends well before publication ("were killed in September 2022"): history, not the news told. */
export function datedHistory(doc: Doc, event: EventAnnotation): boolean {
  return isHistory(doc, doc.timexes[event.timex]);
}

/** Whether a time expression ends well before publication ("in September 2022"). */
export function isHistory(doc: Doc, timex: Timex | undefined): boolean {
  const last = timex === undefined ? null : lastDayOf(timex.value, timex.precision);
  if (last === null || doc.publishedAt === null || parseDate(doc.publishedAt) === null) return false;
  return daysBetween(last, doc.publishedAt) > NEWS_DAYS;
}

/**
 * "The United States sanctioned him in January", published in September: the nearest January lies
 * ahead, but a deed told as done took place, so a date ahead of publication whose deeds are all
 * asserted and told in the past reads into the past.
 */
export function settleByTense(doc: Doc): void {
  const published = doc.publishedAt === null ? null : parseDate(doc.publishedAt);
  if (published === null) return;
  const anchor = formatDate(...published);
  if (anchor === null) return;
  doc.timexes.forEach((timex, index) => {
    if (timex.behind === undefined || daysBetween(anchor, timex.value.slice(0, 10)) <= 0) return;
    const dated = doc.events.filter((event) => event.timex === index);
    const done = (event: EventAnnotation): boolean =>
      event.modality === "asserted" && !event.dateAhead && toldInPast(doc, event.triggerStart, doc.sentenceTokens(event.sentence)[0], true);
    if (dated.length > 0 && dated.every(done)) timex.value = timex.behind;
  });
}

/** Relations of a clause a subordinator may open below another. */
const TIMED_CLAUSES: ReadonlySet<string> = new Set(["advcl", "conj", "ccomp"]);

/**
 * Whether the clause of `event` is timed by the clause of `governing` above it: a clause opened by
 * "after", "when", "before" ... ("arrested in May after he called for a boycott") in the tree below
 * it, or a clause joined to such a clause.
 */
export function timedBy(doc: Doc, event: EventAnnotation, governing: EventAnnotation): boolean {
  if (event.sentence !== governing.sentence || event.triggerStart === governing.triggerStart) return false;
  const [from, to] = doc.sentenceTokens(event.sentence);
  let timed = false;
  for (let k = event.triggerStart, steps = 0; k >= from && k < to && steps < 8; k = doc.head(k), steps++) {
    if (k === governing.triggerStart) return timed;
    // The parse may hang "after the junta agreed" as a conjunct or a complement, with a preposition.
    if (TIMED_CLAUSES.has(doc.deprel(k)) && subordinatorOf(doc, k, from, to, TIME_SUBORDINATORS) >= 0) timed = true;
  }
  return false;
}

/** Words opening a sentence that step back from the story's time: "Earlier, ...", "Since then, ...". */
const BACKGROUND_OPENERS: ReadonlySet<string> = new Set(["earlier", "previously", "formerly", "since", "once", "originally", "historically"]);
/** Types of deeds a narrative tells in order; statements and meetings are acts of their own, dated by their own words. */
const NARRATED_DEEDS: ReadonlySet<string> = new Set(["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "SANCTION", "COOPERATE", "CONCEDE"]);
/** Sentences a carried date may travel past the one that states it. */
const CARRY_REACH = 2;

/** Whether sentence s has a future or conditional auxiliary ("talks will resume on Monday"). */
function tellsFuture(doc: Doc, s: number): boolean {
  const [from, to] = doc.sentenceTokens(s);
  for (let j = from; j < to; j++) if (FUTURE.has(doc.lower(j))) return true;
  return false;
}

/** A year or a decade ("1992", "mid-1960s"), which the dates stage may leave unread. */
const YEAR_OR_DECADE = /(?:^|-)(?:1[89]|20)\d\d(?:s)?$/;

/** Whether sentence s names a year or a decade: its deeds are dated apart from the story's days. */
function namesYear(doc: Doc, s: number): boolean {
  const [from, to] = doc.sentenceTokens(s);
  for (let j = from; j < to; j++) if (YEAR_OR_DECADE.test(doc.lower(j))) return true;
  return false;
}

/** Auxiliaries of the perfect: "had fled", "has sanctioned". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["had", "has", "have", "'d"]);

/**
 * Whether the verb at `trigger` tells a deed in the past: a past verb, or a participle after "was"
 * or "were" ("attacked", "were killed"); with `perfect`, also after "had", "has" or "been" ("had
 * fled"), else the perfect says no ("had been" is no simple past).
 */
function toldInPast(doc: Doc, trigger: number, from: number, perfect: boolean): boolean {
  const xpos = doc.xpos(trigger);
  if (xpos !== "VBD" && xpos !== "VBN") return false;
  let pastAuxiliary = false;
  for (let j = trigger - 1; j >= from && (doc.upos(j) === "AUX" || doc.upos(j) === "ADV" || doc.upos(j) === "PART"); j--) {
    const word = doc.lower(j);
    if (PERFECT_AUXILIARIES.has(word) && !perfect) return false;
    if (word === "was" || word === "were" || (perfect && (word === "been" || PERFECT_AUXILIARIES.has(word)))) pastAuxiliary = true;
  }
  return xpos === "VBD" || pastAuxiliary;
}

/** Subordinators that set a clause's time apart from the sentence's: "came after UKIP suspended a candidate". */
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "since", "until", "once", "when", "while"]);

/** Words that make a day a deadline or a starting point, not the day of a deed: "until Monday", "by Friday". */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(["until", "till", "by", "before", "from", "since"]);

/** Whether a sentence opens "Hours later", "Within minutes", "Later that day" or "Later in the day". */
function opensSameDay(doc: Doc, from: number): boolean {
  const [a, b, c] = [doc.lower(from), doc.lower(from + 1), doc.lower(from + 2)];
  if (SAME_DAY_UNITS.has(a) && b === "later") return true;
  if (a === "within" && SAME_DAY_UNITS.has(b)) return true;
  return a === "later" && ((b === "that" && c === "day") || (b === "in" && c === "the" && doc.lower(from + 3) === "day"));
}

/**
 * Whether the day timex `t` dates a deed of its sentence: it hangs from a verb that is no speech cue
 * ("tried to overthrow the president on Tuesday night", not "said on Thursday" nor "Sunday's
 * meeting") and is no deadline ("until Monday").
 */
function datesDeed(doc: Doc, res: LanguageResources, t: Timex): boolean {
  if (DEADLINE_WORDS.has(doc.lower(t.start)) || DEADLINE_WORDS.has(doc.lower(t.start - 1))) return false;
  let governor = -1;
  for (let k = t.start; k < t.end && governor < 0; k++) if (doc.head(k) < t.start || doc.head(k) >= t.end) governor = doc.head(k);
  return governor >= 0 && doc.upos(governor) === "VERB" && !isCueVerb(doc, res, governor);
}

/**
 * "Rebels tried to seize power on Tuesday night. Soldiers attacked the palace. Two guards were
 * killed.": a deed (NARRATED_DEEDS) told in the simple past in a sentence without dates of its own,
 * right after sentences of dated past deeds or of past days of deeds, happened when they did (at
 * most CARRY_REACH sentences from the date). Direct quotations, perfects, relative and
 * "after"/"since" clauses and sentences opened by "Earlier" or "Since" keep no date, and a date
 * carried stops at a sentence that looks ahead or names a year.
 */
export function carryNarrativeDates(doc: Doc, res: LanguageResources, dateline: number): void {
  const sentenceDated = new Uint8Array(doc.sentenceCount);
  // Per sentence, the date its last dated past deed carries and the sentence that states it; a
  // sentence without dated deeds carries a past day that dates a deed of its own.
  const carried = new Int32Array(doc.sentenceCount).fill(-1);
  const statedIn = new Int32Array(doc.sentenceCount).fill(-1);
  const published = doc.publishedAt ?? "";
  const future = Uint8Array.from({ length: doc.sentenceCount }, (_, s) => (tellsFuture(doc, s) ? 1 : 0));
  doc.timexes.forEach((t, k) => {
    if (t.start < dateline) return;
    const s = doc.sentenceOf(t.start);
    sentenceDated[s] = 1;
    if (t.precision === "day" && t.value < published && future[s] === 0 && datesDeed(doc, res, t)) {
      carried[s] = k;
      statedIn[s] = s;
    }
  });
  const bySentence: EventAnnotation[][] = Array.from({ length: doc.sentenceCount }, () => []);
  for (const event of doc.events) bySentence[event.sentence]?.push(event);
  for (let s = doc.headlineSentences; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    if (future[s] === 1 || namesYear(doc, s)) continue;
    const events = (bySentence[s] ?? []).sort((a, b) => a.triggerStart - b.triggerStart);
    // "He was arrested in May last year.": a flashback with a date of its own but no day it carries lets the one before through.
    let back = s - 1;
    if (back - 1 >= doc.headlineSentences && (carried[back] ?? -1) < 0 && sentenceDated[back] === 1) back--;
    const previous = back >= doc.headlineSentences ? (carried[back] ?? -1) : -1;
    const reach = previous >= 0 && s - (statedIn[back] ?? s) <= CARRY_REACH;
    const background = BACKGROUND_OPENERS.has(doc.lower(from));
    // "... late on Wednesday. Hours later it ordered": the same day as the last dated deed or statement before.
    const sameDay = opensSameDay(doc, from) ? ((bySentence[s - 1] ?? []).filter((e) => e.timex >= 0 && !e.dateAhead && doc.timexes[e.timex]?.precision === "day").at(-1)?.timex ?? -1) : -1;
    for (const event of events) {
      const t = event.triggerStart;
      if (sameDay >= 0 && event.timex < 0 && event.modality === "asserted") {
        event.timex = sameDay;
        carried[s] = sameDay;
        statedIn[s] = s;
        continue;
      }
      const told = event.modality === "asserted" && !event.negated && !event.dateAhead && NARRATED_DEEDS.has(event.type) && (doc.upos(t) === "NOUN" || toldInPast(doc, t, from, false));
      if (event.timex >= 0 && (doc.timexes[event.timex]?.start ?? -1) >= dateline) {
        if (told && doc.timexes[event.timex]?.precision === "day") {
          carried[s] = event.timex;
          statedIn[s] = s;
        }
        continue;
      }
      // "The Red Cross, which took part in the handover, said": a relative clause describes; it tells no next deed.
      const apart = doc.deprel(t).startsWith("acl") || subordinatorOf(doc, t, from, to, TIME_SUBORDINATORS) >= 0;
      if (!reach || background || apart || sentenceDated[s] === 1 || !told || doc.upos(t) === "NOUN" || doc.quotes[event.quote]?.kind === "direct") continue;
      event.timex = previous;
      carried[s] = previous;
      statedIn[s] = statedIn[back] ?? s;
    }
  }
}

/** Subordinators of a clause whose deed came before or after the one it hangs from, by how long the text does not say. */
const SEQUENCE_SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "since", "until"]);

/**
 * "summoned the ambassador on Tuesday after a ship fired water cannon": a deed in an "after" or
 * "before" clause is not dated by a day told outside the clause, before its subordinator.
 */
export function undateSequencedClauses(doc: Doc): void {
  for (const event of doc.events) {
    const timex = doc.timexes[event.timex];
    if (timex === undefined) continue;
    const [from, to] = doc.sentenceTokens(event.sentence);
    const subordinator = subordinatorOf(doc, event.triggerStart, from, to, SEQUENCE_SUBORDINATORS);
    if (subordinator >= 0 && timex.end <= subordinator) event.timex = -1;
  }
}

/** Tags of the words of a clause's subject between its subordinator and its verb ("after a Chinese coast guard ship fired"). */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART", "AUX", "ADV"]);

/**
 * The subordinator among `words` opening the clause of the verb at `verb` ("after", "since"), by
 * the tree or, where the parse read it as a preposition, by the words before the clause's subject; -1 if none.
 */
function subordinatorOf(doc: Doc, verb: number, from: number, to: number, words: ReadonlySet<string>): number {
  for (let k = from; k < to; k++) if (doc.head(k) === verb && doc.deprel(k) === "mark" && words.has(doc.lower(k))) return k;
  if (doc.upos(verb) !== "VERB") return -1;
  let k = verb - 1;
  while (k > from && SUBJECT_TAGS.has(doc.upos(k)) && !words.has(doc.lower(k))) k--;
  return k < verb - 1 && words.has(doc.lower(k)) ? k : -1;
}
