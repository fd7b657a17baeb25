/** Word lists for date expressions, all lowercase. Read-only after load. */

export interface MonthWord {
  month: number;
  /** Also an everyday word ("march", "may"): needs a day, a year or a clear cue to count. */
  ambiguous: boolean;
  /** A short form ("jan", "sept"): only counts with a day or a year. */
  short: boolean;
}

function month(month: number, ambiguous = false, short = false): MonthWord {
  return { month, ambiguous, short };
}

export const MONTHS: ReadonlyMap<string, MonthWord> = new Map([
  ["january", month(1)], ["jan", month(1, false, true)],
  ["february", month(2)], ["feb", month(2, false, true)],
  ["march", month(3, true)], ["mar", month(3, true, true)],
  ["april", month(4)], ["apr", month(4, false, true)],
  ["may", month(5, true)],
  ["june", month(6)], ["jun", month(6, false, true)],
  ["july", month(7)], ["jul", month(7, false, true)],
  ["august", month(8)], ["aug", month(8, false, true)],
  ["september", month(9)], ["sep", month(9, false, true)], ["sept", month(9, false, true)],
  ["october", month(10)], ["oct", month(10, false, true)],
  ["november", month(11)], ["nov", month(11, false, true)],
  ["december", month(12)], ["dec", month(12, false, true)],
]);

/** ISO weekday index, 0 = Monday. Short forms are left out: "sun", "wed", "sat" are words. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["monday", 0], ["tuesday", 1], ["wednesday", 2], ["thursday", 3], ["friday", 4],
  ["saturday", 5], ["sunday", 6],
]);

/** Words that make a weekday part of a name: "Good Friday" (a feast), "Bloody Sunday" (an event). */
export const WEEKDAY_NAME_BEFORE: ReadonlySet<string> = new Set([
  "good", "black", "bloody", "super", "ash", "palm", "easter", "holy", "maundy", "cyber",
  "shrove", "whit", "pancake", "giving", "red",
]);

/** Words that make a weekday part of a title: "the Sunday Times". */
export const WEEKDAY_NAME_AFTER: ReadonlySet<string> = new Set([
  "times", "telegraph", "express", "mirror", "post", "herald", "tribune", "mail", "star",
  "independent", "observer", "people", "sport", "club", "school",
]);

/** Parts of a day that may follow "this", "yesterday", "tomorrow" or a weekday. */
export const DAY_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);

/** Small counts written as words, for "two days ago". */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
]);

/** Words that make a count approximate: "about a week after", "nearly two days before" ("more than" ends in "than"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(["about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under"]);

export const UNITS: ReadonlyMap<string, "day" | "week" | "month" | "year"> = new Map([
  ["day", "day"], ["days", "day"], ["week", "week"], ["weeks", "week"],
  ["month", "month"], ["months", "month"], ["year", "year"], ["years", "year"],
]);

/** Words before a bare month or year that make it a time ("in March", "since 2018"). */
export const PERIOD_CUES: ReadonlySet<string> = new Set([
  "in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before",
  "after", "early", "late", "mid", "last", "next", "this", "of", "between",
]);

/** Words joining the second end of a range: "from March to May", "between 2015 and 2018". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(["to", "and", "until", "till", "through", "-", "or"]);

/** Nouns that make "of" a cue: "the end of March", "the spring of 2018". */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  "end", "beginning", "start", "middle", "rest", "half", "spring", "summer", "autumn", "fall",
  "winter", "quarter", "month", "course",
]);

/** Words before "last"/"next" that make it an adjective ("the last march", "his next march"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
  "those", "whose", "every", "each",
]);

/** After an ambiguous month with no day or year: words that keep it a date ("in May, the…"). */
export const SAFE_AFTER_AMBIGUOUS: ReadonlySet<string> = new Set([
  "and", "or", "but", "when", "while", "after", "before", "as", "the", "a", "this", "last", "that",
  "amid", "at", "in", "to", "through", "following", "despite", "because", "until", "since", "he", "she", "they",
  "it", "we", "police", "officials", "protesters",
]);

/** After a number: words that make it a count ("5 may have died", "in 2000 cases"). */
export const COUNT_AFTER: ReadonlySet<string> = new Set([
  "%", "percent", "per", "million", "billion", "thousand", "hundred", "people", "of", "more",
]);

/** Words that may stand before an expression and belong to its text ("early this morning"). */
export const LEADING: ReadonlySet<string> = new Set([
  "on", "in", "early", "earlier", "late", "later", "mid",
]);

/**
 * Words that place an event relative to a dated thing rather than on its date: in "deployed
 * officers ahead of marches on Friday" Friday is the marches' date, not the deployment's.
 */
export const RELATIVE_TIME_MARKERS: ReadonlySet<string> = new Set(["ahead", "before", "after", "until", "till", "following", "prior"]);

/** Pronouns that open a relative clause after a comma: "X, who says he won the Oct. 9 vote, accused ...". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "whom", "whose"]);
