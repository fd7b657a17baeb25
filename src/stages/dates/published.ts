import { daysBetween, formatDate, parseDate } from "./calendar.js";
import { MONTHS } from "./lexicon.js";

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
// Global only for matchAll, which clones the regex: no lastIndex is shared between calls.
const ISO_FORM = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "gi");
/** What may stand right before a dateline's date: a line start or a separator, not prose. */
const DATELINE_BEFORE = /(?:^|[,|:(\-\u2013\u2014\u00b7\u2022]|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?)[ \t]*$/i;
/** A label at a line start or after a byline separator: "Published: …", "By A. Writer | Updated …". */
const LABEL = /(?:^|[|\u00b7\u2022])[ \t]*(?:first published|published|posted|updated|date)\b(?:[ \t]+(?:on|at))?[ \t]*[:\-\u2013\u2014]?[ \t]*/im;

/** How far into the text a "Published:" label is looked for, in characters. */
const LABEL_WINDOW = 1500;
/** How much text after a label may hold its date. */
const LABELLED_DATE_WINDOW = 80;
/** The head where an unlabelled dateline or date is looked for: lines and characters. */
const HEAD_LINES = 3;
const HEAD_CHARS = 300;

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.get(lower)?.month ?? MONTHS.get(lower.slice(0, 3))?.month ?? 0;
}

/**
 * The earliest full calendar date written in `text` ("2019-03-21", "March 21, 2019",
 * "Thursday, 21 March 2019", "Thu, 21 Mar 2019 10:00:00 GMT") as "YYYY-MM-DD", or null.
 * Dates without a year are skipped: nothing here could place them. With `datelineOnly`, a
 * date counts only at a line start or after a separator or weekday, as in "Caracas, March 21,
 * 2019", so prose such as "the treaty of March 14, 2019" is not taken for a dateline.
 */
export function parseDateText(text: string, datelineOnly = false): string | null {
  let best: string | null = null;
  let bestAt = Infinity;
  const consider = (at: number, value: string | null): void => {
    if (value === null || at >= bestAt) return;
    if (datelineOnly && !DATELINE_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf("\n", at - 1) + 1), at))) return;
    best = value;
    bestAt = at;
  };
  for (const m of text.matchAll(ISO_FORM)) consider(m.index, formatDate(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    consider(m.index, formatDate(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2])));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    consider(m.index, formatDate(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1])));
  }
  return best;
}

/** A month and day with no year after them: "March 3", "3 March" (the year check is in the caller). */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "gi");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?![a-z])`, "gi");
const YEAR_AFTER = /^,?\s+\d{4}\b/;

/**
 * The day a year-less dateline states ("LAGOS, March 3 (Reuters) -"), placed in the latest year
 * that keeps it on or before `near` (the publication date the user gave): a dateline is never
 * after its story's publication. "Dec 30" near 2025-01-02 is 2024-12-30, "April 9" near
 * 2025-12-01 is 2025-04-09.
 * Null when the head of the text has no such dateline.
 */
export function datelineDayNear(head: string, near: string): string | null {
  const anchor = parseDate(near);
  if (anchor === null) return null;
  const found = { at: Infinity, month: 0, day: 0 };
  const consider = (at: number, end: number, month: number, day: number): void => {
    if (at >= found.at || month === 0 || YEAR_AFTER.test(head.slice(end))) return;
    if (!DATELINE_BEFORE.test(head.slice(Math.max(0, head.lastIndexOf("\n", at - 1) + 1), at))) return;
    Object.assign(found, { at, month, day });
  };
  for (const m of head.matchAll(MONTH_DAY)) consider(m.index, m.index + m[0].length, monthNumber(m[1] ?? ""), Number(m[2]));
  for (const m of head.matchAll(DAY_MONTH)) consider(m.index, m.index + m[0].length, monthNumber(m[2] ?? ""), Number(m[1]));
  if (found.month === 0) return null;
  const { month, day } = found;
  // Four years back reach a February 29.
  for (let year = anchor[0]; year >= anchor[0] - 4; year--) {
    const candidate = formatDate(year, month, day);
    if (candidate !== null && daysBetween(candidate, near) >= 0) return candidate;
  }
  return null;
}

/** The first lines of a text, where an unlabelled dateline or byline date stands. */
function headOf(text: string): string {
  let head = "";
  let lines = 0;
  for (const line of text.slice(0, HEAD_CHARS).split("\n")) {
    if (line.trim() === "") continue;
    head += `${line}\n`;
    if (++lines === HEAD_LINES) break;
  }
  return head;
}

/**
 * The publication date stated in an article's text: a "Published:"/"Posted:"/"Updated:" label
 * near the top, else a full date in the first lines (a dateline, a byline date), else, given a
 * date `near` it (the user's `--date`), a year-less dateline's day in the year nearest to it.
 * Null when the text states none.
 */
export function detectPublicationDate(text: string, near: string | null = null): string | null {
  const window = text.slice(0, LABEL_WINDOW);
  const label = LABEL.exec(window);
  if (label !== null) {
    const after = window.slice(label.index + label[0].length, label.index + label[0].length + LABELLED_DATE_WINDOW);
    const labelled = parseDateText(after);
    if (labelled !== null) return labelled;
  }
  const head = headOf(text);
  return parseDateText(head, true) ?? (near === null ? null : datelineDayNear(head, near));
}
