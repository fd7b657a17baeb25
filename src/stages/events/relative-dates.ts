import type { Doc, Timex } from "../../doc/document.js";
import { addDays } from "../dates/index.js";
import { APPROXIMATORS, COUNT_WORDS, UNITS } from "../dates/lexicon.js";

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
