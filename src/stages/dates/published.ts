import { formatDate } from "./calendar.js";
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

/**
 * The publication date stated in an article's text: a "Published:"/"Posted:"/"Updated:" label
 * near the top, else a full date in the first lines (a dateline, a byline date). Null when the
 * text states none; a day without a year does not count.
 */
export function detectPublicationDate(text: string): string | null {
  const window = text.slice(0, LABEL_WINDOW);
  const label = LABEL.exec(window);
  if (label !== null) {
    const after = window.slice(label.index + label[0].length, label.index + label[0].length + LABELLED_DATE_WINDOW);
    const labelled = parseDateText(after);
    if (labelled !== null) return labelled;
  }
  let head = "";
  let lines = 0;
  for (const line of text.slice(0, HEAD_CHARS).split("\n")) {
    if (line.trim() === "") continue;
    head += `${line}\n`;
    if (++lines === HEAD_LINES) break;
  }
  return parseDateText(head, true);
}
