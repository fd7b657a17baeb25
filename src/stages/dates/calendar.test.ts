import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addDays, daysBetween, daysInMonth, formatDate, isLeapYear, isValidDate, mondayOf, monthStart, parseDate,
  weekdayOf,
} from "./calendar.js";

test("leap years follow the Gregorian rule", () => {
  assert.equal(isLeapYear(2020), true);
  assert.equal(isLeapYear(2019), false);
  assert.equal(isLeapYear(1900), false);
  assert.equal(isLeapYear(2000), true);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2023, 2), 28);
  assert.equal(daysInMonth(2023, 13), 0);
});

test("only real days are valid and formatted", () => {
  assert.equal(isValidDate(2020, 2, 29), true);
  assert.equal(isValidDate(2019, 2, 29), false);
  assert.equal(isValidDate(2019, 4, 31), false);
  assert.equal(formatDate(2019, 3, 1), "2019-03-01");
  assert.equal(formatDate(2019, 0, 1), null);
  assert.equal(parseDate("2019-03-21T23:59:00-05:00")?.join("-"), "2019-3-21");
  assert.equal(parseDate("2019-02-30"), null);
  assert.equal(parseDate("March 21"), null);
});

test("day arithmetic crosses month, year and leap-day boundaries", () => {
  assert.equal(addDays("2020-02-28", 1), "2020-02-29");
  assert.equal(addDays("2019-02-28", 1), "2019-03-01");
  assert.equal(addDays("2019-01-01", -1), "2018-12-31");
  assert.equal(addDays("2024-03-01", -1), "2024-02-29");
  assert.equal(daysBetween("2019-12-25", "2020-01-01"), 7);
});

test("weekdays count from Monday = 0 and weeks start on Monday", () => {
  assert.equal(weekdayOf("2019-03-21"), 3, "a Thursday");
  assert.equal(weekdayOf("2024-01-01"), 0, "a Monday");
  assert.equal(weekdayOf("1969-12-31"), 2, "a Wednesday before the epoch");
  assert.equal(mondayOf("2019-03-21"), "2019-03-18");
  assert.equal(mondayOf("2021-01-03"), "2020-12-28", "a Sunday's week began the year before");
});

test("month starts shift across years both ways", () => {
  assert.equal(monthStart(2019, 1, -1), "2018-12-01");
  assert.equal(monthStart(2019, 12, 1), "2020-01-01");
  assert.equal(monthStart(2019, 3, -15), "2017-12-01");
});
