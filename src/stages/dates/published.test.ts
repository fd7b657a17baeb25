import { test } from "node:test";
import assert from "node:assert/strict";
import { detectPublicationDate, parseDateText } from "./published.js";

test("full dates in the usual written forms", () => {
  assert.equal(parseDateText("March 21, 2019"), "2019-03-21");
  assert.equal(parseDateText("21 March 2019"), "2019-03-21");
  assert.equal(parseDateText("the 21st of March, 2019"), "2019-03-21");
  assert.equal(parseDateText("2019-03-21T08:00:00Z"), "2019-03-21");
  assert.equal(parseDateText("Thu, 21 Mar 2019 10:00:00 GMT"), "2019-03-21");
  assert.equal(parseDateText("Sept. 3, 2018"), "2018-09-03");
  assert.equal(parseDateText("March 21"), null, "no year, nothing to place it");
  assert.equal(parseDateText("February 30, 2019"), null);
});

test("the earliest date wins", () => {
  assert.equal(parseDateText("Updated 22 March 2019, first seen 2019-03-20"), "2019-03-22");
});

test("a dateline or byline date at the top", () => {
  assert.equal(detectPublicationDate("Minas Tirith, Thursday, March 21, 2019\n\nGuards arrested a ranger."), "2019-03-21");
  assert.equal(detectPublicationDate("Steward arrested\nBy Anna Wright | 21 March 2019\n\nGuards arrested a ranger."), "2019-03-21");
  assert.equal(detectPublicationDate("2019-03-21\nSteward arrested"), "2019-03-21");
  assert.equal(detectPublicationDate("EDORAS, March 21, 2019 (Rohan Wire) - Guards arrested a ranger."), "2019-03-21");
});

test("a labelled date, even below the first lines", () => {
  const text = "Steward arrested\n\nGondor news desk\n\nRohan section\n\nPublished: Thursday 21 March 2019 09:14\n\nGuards acted.";
  assert.equal(detectPublicationDate(text), "2019-03-21");
  assert.equal(detectPublicationDate("Posted on March 21, 2019\nGuards acted."), "2019-03-21");
});

test("dates inside prose or far down are not publication dates", () => {
  assert.equal(detectPublicationDate("The treaty of March 14, 2019 was broken on thursday."), null);
  assert.equal(detectPublicationDate("Guards arrested a ranger on thursday."), null);
  const late = `${"Guards arrested a ranger. ".repeat(20)}\nMarch 21, 2019`;
  assert.equal(detectPublicationDate(late), null);
});

test("a dateline without a year takes the latest year that keeps it on or before the date given", () => {
  assert.equal(detectPublicationDate("LAGOS, March 3 (Rohan Wire) - Students marched on Tuesday."), null, "no year and no date given");
  assert.equal(detectPublicationDate("LAGOS, March 3 (Rohan Wire) - Students marched on Tuesday.", "2026-03-10"), "2026-03-03");
  assert.equal(detectPublicationDate("EDORAS, Dec 30 (Rohan Wire) - Guards acted.", "2025-01-02"), "2024-12-30");
  assert.equal(detectPublicationDate("EDORAS, 5 January - Guards acted.", "2024-12-28"), "2024-01-05", "never after the date given");
  assert.equal(detectPublicationDate("MINAS TIRITH, April 9 - Guards acted.", "2025-12-01"), "2025-04-09");
  assert.equal(detectPublicationDate("EDORAS, March 21, 2019 - Guards acted.", "2026-03-10"), "2019-03-21", "a full date wins");
  assert.equal(detectPublicationDate("Guards said on March 3 they acted.", "2026-03-10"), null, "a date inside prose is no dateline");
});
