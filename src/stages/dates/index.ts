/**
 * The dates stage: finds time expressions over the token columns and resolves them against
 * the publication date (doc.publishedAt, else a dateline in the text). Bare weekdays point
 * into the past, as news mostly reports what happened; a timex also holds its reading into the
 * future (`ahead`) for events stated as intended. See resolveRelativeDate for every default.
 */
export { anchorOf, createDatesStage, findTimexes } from "./stage.js";
export { aspectualGovernor, datelineEnd, dominates, hangsFromNoVerb, statesTimex, timexOfEvent, timexOfSentence, timexNearToken } from "./select.js";
export { detectDates, parseNumericDate, type DateMatch } from "./detect.js";
export { detectPublicationDate, parseDateText } from "./published.js";
export {
  resolveRelativeDate, resolveWeekday, normalizeAnchor, isAbsolute,
  type DateSpec, type Direction, type ResolvedDate, type Shift,
} from "./resolve.js";
export {
  addDays, daysBetween, daysInMonth, formatDate, isLeapYear, isValidDate, mondayOf, monthStart, parseDate,
  weekdayOf,
} from "./calendar.js";
