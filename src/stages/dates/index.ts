/**
 * The dates stage: finds time expressions over the token columns and resolves them against
 * the publication date (doc.publishedAt, else a dateline in the text). Bare weekdays point
 * into the past, as news mostly reports what happened; resolveTimexAs re-reads one into the
 * future for future-tense events. See resolveRelativeDate for every default.
 */
export { anchorOf, createDatesStage, findTimexes, resolveTimexAs } from "./stage.js";
export { timexOfEvent, timexOfSentence, timexNearToken } from "./select.js";
export { detectDates, matchDateAt, parseNumericDate, type DateMatch } from "./detect.js";
export { detectPublicationDate, parseDateText } from "./published.js";
export {
  resolveRelativeDate, resolveWeekday, normalizeAnchor, isAbsolute,
  type DateSpec, type Direction, type ResolvedDate, type Shift,
} from "./resolve.js";
export {
  addDays, daysBetween, daysInMonth, formatDate, isLeapYear, isValidDate, mondayOf, monthStart, parseDate,
  weekdayOf,
} from "./calendar.js";
