import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeAnchor, resolveRelativeDate, resolveWeekday, type DateSpec } from "./resolve.js";

function at(spec: DateSpec, anchor: string | null, direction?: "past" | "future"): string | null {
  const resolved = resolveRelativeDate(spec, anchor, direction);
  return resolved === null ? null : `${resolved.value}/${resolved.precision}`;
}

const THURSDAY = "2019-03-21";
const MONDAY_NEW_YEAR = "2024-01-01";

test("a bare weekday points into the past; the anchor's own weekday is the anchor", () => {
  assert.equal(at({ kind: "weekday", weekday: 3, shift: "bare" }, THURSDAY), "2019-03-21/day");
  assert.equal(at({ kind: "weekday", weekday: 1, shift: "bare" }, THURSDAY), "2019-03-19/day");
  assert.equal(at({ kind: "weekday", weekday: 4, shift: "bare" }, THURSDAY), "2019-03-15/day");
});

test("friday read on a Monday is the previous week's, across a year boundary", () => {
  assert.equal(at({ kind: "weekday", weekday: 4, shift: "bare" }, MONDAY_NEW_YEAR), "2023-12-29/day");
  assert.equal(at({ kind: "weekday", weekday: 6, shift: "bare" }, MONDAY_NEW_YEAR), "2023-12-31/day");
});

test("last, next and this place weekdays strictly before, strictly after, and in the week", () => {
  assert.equal(resolveWeekday(THURSDAY, 3, "last"), "2019-03-14");
  assert.equal(resolveWeekday(THURSDAY, 3, "next"), "2019-03-28");
  assert.equal(resolveWeekday(THURSDAY, 0, "next"), "2019-03-25");
  assert.equal(resolveWeekday(THURSDAY, 5, "this"), "2019-03-23");
  assert.equal(resolveWeekday(THURSDAY, 0, "this"), "2019-03-18");
});

test("a future direction sends bare weekdays forward", () => {
  assert.equal(at({ kind: "weekday", weekday: 0, shift: "bare" }, THURSDAY, "future"), "2019-03-25/day");
  assert.equal(at({ kind: "weekday", weekday: 3, shift: "bare" }, THURSDAY, "future"), "2019-03-21/day");
});

test("day, week, month and year offsets", () => {
  assert.equal(at({ kind: "offset", unit: "day", amount: 0 }, THURSDAY), "2019-03-21/day");
  assert.equal(at({ kind: "offset", unit: "day", amount: -2 }, "2019-03-01"), "2019-02-27/day");
  assert.equal(at({ kind: "offset", unit: "day", amount: -1 }, "2020-03-01"), "2020-02-29/day", "leap day");
  assert.equal(at({ kind: "offset", unit: "week", amount: -1 }, THURSDAY), "2019-03-11/week");
  assert.equal(at({ kind: "offset", unit: "week", amount: 0 }, THURSDAY), "2019-03-18/week");
  assert.equal(at({ kind: "offset", unit: "week", amount: -1 }, "2019-01-03"), "2018-12-24/week");
  assert.equal(at({ kind: "offset", unit: "month", amount: -1 }, "2019-01-15"), "2018-12-01/month");
  assert.equal(at({ kind: "offset", unit: "year", amount: -1 }, THURSDAY), "2018-01-01/year");
  assert.equal(at({ kind: "offset", unit: "year", amount: 0 }, THURSDAY), "2019-01-01/year");
});

test("last december read in January is the previous year's", () => {
  assert.equal(at({ kind: "month", month: 12, shift: "last" }, "2019-01-10"), "2018-12-01/month");
  assert.equal(at({ kind: "month", month: 12, shift: "bare" }, "2019-01-10"), "2018-12-01/month");
  assert.equal(at({ kind: "month", month: 1, shift: "last" }, "2019-01-10"), "2018-01-01/month");
  assert.equal(at({ kind: "month", month: 3, shift: "next" }, "2019-03-10"), "2020-03-01/month");
});

test("a bare month takes the nearest, the past on a tie or when forced", () => {
  assert.equal(at({ kind: "month", month: 3, shift: "bare" }, THURSDAY), "2019-03-01/month");
  assert.equal(at({ kind: "month", month: 2, shift: "bare" }, "2019-01-10"), "2019-02-01/month");
  assert.equal(at({ kind: "month", month: 7, shift: "bare" }, "2019-01-10"), "2018-07-01/month");
  assert.equal(at({ kind: "month", month: 2, shift: "bare" }, "2019-01-10", "past"), "2018-02-01/month");
});

test("a day without a year takes the nearest one", () => {
  assert.equal(at({ kind: "month-day", month: 12, day: 28 }, "2019-01-03"), "2018-12-28/day");
  assert.equal(at({ kind: "month-day", month: 1, day: 2 }, "2018-12-30"), "2019-01-02/day");
  assert.equal(at({ kind: "month-day", month: 3, day: 25 }, THURSDAY), "2019-03-25/day");
  assert.equal(at({ kind: "month-day", month: 3, day: 25 }, THURSDAY, "past"), "2018-03-25/day");
});

test("february 29 without a year resolves only near a leap year", () => {
  assert.equal(at({ kind: "month-day", month: 2, day: 29 }, "2020-03-05"), "2020-02-29/day");
  assert.equal(at({ kind: "month-day", month: 2, day: 29 }, "2019-03-21"), null);
  assert.equal(at({ kind: "date", year: 2019, month: 2, day: 29 }, null), null);
  assert.equal(at({ kind: "date", year: 2024, month: 2, day: 29 }, null), "2024-02-29/day");
});

test("without an anchor only absolute dates resolve", () => {
  assert.equal(at({ kind: "weekday", weekday: 3, shift: "bare" }, null), null);
  assert.equal(at({ kind: "offset", unit: "day", amount: -1 }, null), null);
  assert.equal(at({ kind: "month", month: 3, shift: "bare" }, "not a date"), null);
  assert.equal(at({ kind: "year", year: 2018 }, null), "2018-01-01/year");
  assert.equal(at({ kind: "year-month", year: 2018, month: 3 }, null), "2018-03-01/month");
});

test("weekends are weeks: the latest one begun, or the one named", () => {
  assert.equal(at({ kind: "weekend", shift: "bare" }, "2019-03-25"), "2019-03-18/week", "read on a Monday");
  assert.equal(at({ kind: "weekend", shift: "bare" }, "2019-03-24"), "2019-03-18/week", "read on the Sunday");
  assert.equal(at({ kind: "weekend", shift: "last" }, "2019-03-24"), "2019-03-11/week");
  assert.equal(at({ kind: "weekend", shift: "this" }, THURSDAY), "2019-03-18/week");
});

test("anchors keep the written local date of a timestamp", () => {
  assert.equal(normalizeAnchor("2019-03-21T23:30:00-05:00"), "2019-03-21");
  assert.equal(normalizeAnchor(" 2019-03-21 "), "2019-03-21");
  assert.equal(normalizeAnchor("2019-02-30"), null);
  assert.equal(normalizeAnchor(null), null);
});
