import type { DatePrecision } from "../../doc/records.js";
import {
  addDays, daysBetween, formatDate, monthStart, mondayOf, parseDate, weekdayOf,
} from "./calendar.js";

/** How a modifier places a weekday, month or weekend relative to the anchor. */
export type Shift = "bare" | "last" | "this" | "next";

/** Which way a bare weekday or month points when the text does not say. */
export type Direction = "past" | "future";

/** What an expression says, before it is placed on the calendar. */
export type DateSpec =
  /** A full date: "March 21, 2019", "2019-03-21". */
  | { kind: "date"; year: number; month: number; day: number }
  /** A day without a year: "March 21", "21 March". */
  | { kind: "month-day"; month: number; day: number }
  /** "March 2019". */
  | { kind: "year-month"; year: number; month: number }
  /** A month, or a day, in a year counted from the anchor's: "in May last year" (years -1), "March 3 next year". */
  | { kind: "month-of-year"; month: number; day: number | null; years: number }
  /** A month without a year: "in March", "last March". */
  | { kind: "month"; month: number; shift: Shift }
  /** "in 2018". */
  | { kind: "year"; year: number }
  /** "on thursday", "last friday"; weekday 0 = Monday. */
  | { kind: "weekday"; weekday: number; shift: Shift }
  /** A weekday of a week counted from the anchor's: "tuesday last week" (weeks -1). */
  | { kind: "week-day"; weekday: number; weeks: number }
  /** "over the weekend", "last weekend". */
  | { kind: "weekend"; shift: Shift }
  /** Counted from the anchor: "today" (day 0), "yesterday" (day -1), "last week" (week -1), "3 days ago". */
  | { kind: "offset"; unit: "day" | "week" | "month" | "year"; amount: number };

export interface ResolvedDate {
  /** "YYYY-MM-DD": the day, the Monday of the week, or the first day of the month or year. */
  value: string;
  precision: DatePrecision;
}

/** A month-day without a year is placed within this many days of the anchor, or not at all. */
const MAX_MONTH_DAY_DISTANCE = 190;

/** True when the spec needs no anchor. */
export function isAbsolute(spec: DateSpec): boolean {
  return spec.kind === "date" || spec.kind === "year-month" || spec.kind === "year";
}

/**
 * A publication date as given by a feed ("2019-03-21", "2019-03-21T10:00:00Z") reduced to
 * "YYYY-MM-DD" as written, or null. The local date is kept: "today" in the text means the
 * writer's day, not the UTC one.
 */
export function normalizeAnchor(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const parts = parseDate(value.trim());
  return parts === null ? null : formatDate(parts[0], parts[1], parts[2]);
}

function day(value: string | null): ResolvedDate | null {
  return value === null ? null : { value, precision: "day" };
}

/**
 * Places a date expression on the calendar relative to `anchor` (the publication date,
 * "YYYY-MM-DD"). Returns null when it needs an anchor and has none, or names no real day.
 *
 * Defaults, chosen because news mostly reports what has happened:
 * - a bare weekday points into the past, the anchor's own weekday being the anchor itself;
 *   "last friday" is strictly before the anchor, "next friday" strictly after, "this friday"
 *   is the one in the anchor's Monday-Sunday week;
 * - a bare month ("in March") and a day without a year ("March 21") take the nearest one,
 *   the past winning a tie; "last March" is the latest March before the anchor's month;
 * - `direction` forces bare weekdays, months and month-days into the past or future, e.g.
 *   for an event stated in the future tense ("will meet on monday").
 */
export function resolveRelativeDate(
  spec: DateSpec,
  anchor: string | null,
  direction?: Direction,
): ResolvedDate | null {
  switch (spec.kind) {
    case "date":
      return day(formatDate(spec.year, spec.month, spec.day));
    case "year-month":
      return spec.month >= 1 && spec.month <= 12 && spec.year >= 1000 && spec.year <= 9999
        ? { value: monthStart(spec.year, spec.month), precision: "month" }
        : null;
    case "year":
      return spec.year >= 1000 && spec.year <= 9999 ? { value: `${spec.year}-01-01`, precision: "year" } : null;
    default:
      break;
  }
  const base = normalizeAnchor(anchor);
  if (base === null) return null;
  const parts = parseDate(base);
  if (parts === null) return null;
  const [year, month] = parts;
  switch (spec.kind) {
    case "offset":
      if (spec.unit === "day") return day(addDays(base, spec.amount));
      if (spec.unit === "week") return { value: mondayOf(addDays(base, 7 * spec.amount)), precision: "week" };
      if (spec.unit === "month") return { value: monthStart(year, month, spec.amount), precision: "month" };
      return year + spec.amount >= 1000 ? { value: `${year + spec.amount}-01-01`, precision: "year" } : null;
    case "weekday":
      return day(resolveWeekday(base, spec.weekday, spec.shift, direction ?? "past"));
    case "week-day":
      return day(addDays(mondayOf(base), 7 * spec.weeks + spec.weekday));
    case "weekend":
      return { value: resolveWeekend(base, spec.shift, direction ?? "past"), precision: "week" };
    case "month":
      return { value: monthStart(resolveMonthYear(year, month, spec.month, spec.shift, direction), spec.month), precision: "month" };
    case "month-day":
      return day(resolveMonthDay(base, year, spec.month, spec.day, direction));
    case "month-of-year":
      return spec.day === null ? { value: monthStart(year + spec.years, spec.month), precision: "month" } : day(formatDate(year + spec.years, spec.month, spec.day));
  }
}

/** The date of weekday `weekday` (0 = Monday) as `shift` places it around `anchor`. */
export function resolveWeekday(anchor: string, weekday: number, shift: Shift, direction: Direction = "past"): string {
  const current = weekdayOf(anchor);
  const back = (current - weekday + 7) % 7;
  const ahead = (weekday - current + 7) % 7;
  switch (shift) {
    case "last":
      return addDays(anchor, -(back === 0 ? 7 : back));
    case "next":
      return addDays(anchor, ahead === 0 ? 7 : ahead);
    case "this":
      return addDays(mondayOf(anchor), weekday);
    case "bare":
      return direction === "past" ? addDays(anchor, -back) : addDays(anchor, ahead);
  }
}

/** Monday of the week whose weekend `shift` names; a bare weekend is the latest one begun. */
function resolveWeekend(anchor: string, shift: Shift, direction: Direction): string {
  const monday = mondayOf(anchor);
  const inWeekend = weekdayOf(anchor) >= 5;
  switch (shift) {
    case "last":
      return addDays(monday, -7);
    case "next":
      return addDays(monday, 7);
    case "this":
      return monday;
    case "bare":
      return inWeekend || direction === "future" ? monday : addDays(monday, -7);
  }
}

/** The year of month `target` as `shift` places it around (year, month). */
function resolveMonthYear(year: number, month: number, target: number, shift: Shift, direction?: Direction): number {
  switch (shift) {
    case "last":
      return target < month ? year : year - 1;
    case "next":
      return target > month ? year : year + 1;
    case "this":
      return year;
    case "bare": {
      const pastYear = target <= month ? year : year - 1;
      const futureYear = target >= month ? year : year + 1;
      if (direction === "past") return pastYear;
      if (direction === "future") return futureYear;
      const behind = (month - target + 12) % 12;
      const ahead = (target - month + 12) % 12;
      return ahead < behind ? futureYear : pastYear;
    }
  }
}

/** A day without a year: the nearest real one (so Feb 29 only near a leap year), or null. */
function resolveMonthDay(anchor: string, year: number, month: number, dayOfMonth: number, direction?: Direction): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let y = year - 1; y <= year + 1; y++) {
    const candidate = formatDate(y, month, dayOfMonth);
    if (candidate === null) continue;
    const offset = daysBetween(anchor, candidate);
    if (direction === "past" && offset > 0) continue;
    if (direction === "future" && offset < 0) continue;
    // Past first on a tie: candidates come in year order, so only a strictly nearer one wins.
    const distance = Math.abs(offset) + (offset > 0 ? 0.5 : 0);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= (direction === undefined ? MAX_MONTH_DAY_DISTANCE : 366) ? best : null;
}
