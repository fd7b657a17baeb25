import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Doc, Shape } from "../../doc/document.js";
import { createDatesStage } from "./stage.js";
import { dated, timexList } from "./test-doc.js";

// Invented sentences, read as published on Thursday 2019-03-21 unless stated.
const THURSDAY = "2019-03-21";

test("the stage declares what it needs and adds", () => {
  const stage = createDatesStage();
  assert.equal(stage.name, "dates");
  assert.deepEqual(stage.requires, ["tokens", "sentences"]);
  assert.deepEqual(stage.assigns, ["dates"]);
});

test("founding cases: on thursday, early this morning, said on thursday", () => {
  const doc = dated(
    "On thursday, rangers of the watch arrested the steward of gondor. " +
      "Guards searched his house early this morning, a spokesman said. " +
      '"We will not yield," aragorn said on thursday.',
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "On thursday=2019-03-21/day",
    "early this morning=2019-03-21/day",
    "on thursday=2019-03-21/day",
  ]);
});

test("march as a verb or a noun is not a month", () => {
  const doc = dated(
    "Aragorn said he would rally his supporters and march on the capital, minas tirith. " +
      "They will march again. The march drew thousands. The last march ended in clashes.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), []);
});

test("may as a modal or a name is not a month", () => {
  const doc = dated(
    "The council may be dissolved. Theresa May said talks may resume. " +
      "At least 5 may have died. This may anger the elves.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), []);
});

test("march and may are months with a day, a year or a clear cue", () => {
  const doc = dated(
    "The envoy left in March, officials said. Talks resumed on May 5. " +
      "Elections were held on 5 May 2018. The siege began in mid-March. By May the fighting had stopped.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "in March=2019-03-01/month",
    "on May 5=2019-05-05/day",
    "on 5 May 2018=2018-05-05/day",
    "in mid-March=2019-03-01/month",
    "May=2019-05-01/month",
  ]);
});

test("matching ignores case, whether lowercased or shouted", () => {
  const doc = dated("ON THURSDAY the orcs withdrew. on tuesday they had attacked. LAST WEEK nothing happened.", THURSDAY);
  assert.deepEqual(timexList(doc), [
    "ON THURSDAY=2019-03-21/day",
    "on tuesday=2019-03-19/day",
    "LAST WEEK=2019-03-11/week",
  ]);
});

test("days relative to publication", () => {
  const doc = dated(
    "Rangers were freed today. Riots broke out yesterday evening and last night. " +
      "The day before yesterday the bridge fell. Two days ago the king spoke, and he speaks tonight. " +
      "Earlier today the gates opened; this afternoon they closed.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "today=2019-03-21/day",
    "yesterday evening=2019-03-20/day",
    "last night=2019-03-20/day",
    "The day before yesterday=2019-03-19/day",
    "Two days ago=2019-03-19/day",
    "tonight=2019-03-21/day",
    "Earlier today=2019-03-21/day",
    "this afternoon=2019-03-21/day",
  ]);
});

test("weeks, months and years relative to publication", () => {
  const doc = dated(
    "The treaty was signed last week. Earlier this month envoys met. The war ended last year. " +
      "Prices rose this year. A month ago the mines closed. Three weeks ago the river flooded. " +
      "The vote is next month. Over the weekend riders arrived.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "last week=2019-03-11/week",
    "Earlier this month=2019-03-01/month",
    "last year=2018-01-01/year",
    "this year=2019-01-01/year",
    "A month ago=2019-02-01/month",
    "Three weeks ago=2019-02-25/week",
    "next month=2019-04-01/month",
    "the weekend=2019-03-11/week",
  ]);
});

test("weekdays point into the past, last/next/this as documented", () => {
  const doc = dated(
    "Orcs attacked on monday. Last thursday the guards fled. Talks resume next tuesday. " +
      "Saturday night the riders came. This friday is a holiday.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "on monday=2019-03-18/day",
    "Last thursday=2019-03-14/day",
    "next tuesday=2019-03-26/day",
    "Saturday night=2019-03-16/day",
    "This friday=2019-03-22/day",
  ]);
});

test("on friday read on a Monday is the previous week's Friday, across the new year", () => {
  const doc = dated("Guards arrested the steward on friday. Riders fled on sunday.", "2024-01-01");
  assert.deepEqual(timexList(doc), ["on friday=2023-12-29/day", "on sunday=2023-12-31/day"]);
});

test("last december read in January is the previous year's", () => {
  const doc = dated("The siege began last december and ended in january.", "2019-01-10");
  assert.deepEqual(timexList(doc), ["last december=2018-12-01/month", "in january=2019-01-01/month"]);
});

test("weekday names in feasts and titles are not dates", () => {
  const doc = dated("The Good Friday accord held. The Sunday Times reported it. Bloody Sunday is remembered.", THURSDAY);
  assert.deepEqual(timexList(doc), []);
});

test("explicit dates with and without a year, in both orders", () => {
  const doc = dated(
    "The raid came on March 14, 2019. The treaty of 1 April 2018 held. Talks opened on the 3rd of March. " +
      "On Feb. 2 envoys met. Riders left on December 28. He was born on Sept. 11, 1981.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "on March 14, 2019=2019-03-14/day",
    "1 April 2018=2018-04-01/day",
    "on the 3rd of March=2019-03-03/day",
    "On Feb. 2=2019-02-02/day",
    "on December 28=2018-12-28/day",
    "on Sept. 11, 1981=1981-09-11/day",
  ]);
});

test("a weekday followed by its calendar date takes the date", () => {
  const doc = dated("On Friday, March 15, the gates were shut. Tuesday 12 March was quiet.", THURSDAY);
  assert.deepEqual(timexList(doc), ["On Friday, March 15=2019-03-15/day", "Tuesday 12 March=2019-03-12/day"]);
});

test("numeric dates: ISO always, day/month only when unambiguous", () => {
  const doc = dated("Filed on 2019-03-14 and on 21/03/2019. The 03/04/2019 report is unclear. On 29.02.2019 nothing.", THURSDAY);
  assert.deepEqual(timexList(doc), ["on 2019-03-14=2019-03-14/day", "on 21/03/2019=2019-03-21/day"]);
});

test("months and years with a cue; counts are not years", () => {
  const doc = dated(
    "The elves left in 2018. Unrest grew since March 2017. By the end of 2016 the mines were closed. " +
      "Troops came in mid-2015. The dwarves counted in 2000 cases. Last March the envoy fled. " +
      "In August of 2014 the bridge fell.",
    THURSDAY,
  );
  assert.deepEqual(timexList(doc), [
    "in 2018=2018-01-01/year",
    "March 2017=2017-03-01/month",
    "2016=2016-01-01/year",
    "in mid-2015=2015-01-01/year",
    "Last March=2018-03-01/month",
    "In August of 2014=2014-08-01/month",
  ]);
});

test("leap days: real ones resolve, impossible ones are dropped", () => {
  assert.deepEqual(timexList(dated("The pass closed on February 29, 2020.", null)), ["on February 29, 2020=2020-02-29/day"]);
  assert.deepEqual(timexList(dated("The pass closed on February 29, 2019.", null)), []);
  assert.deepEqual(timexList(dated("The pass closed on February 29.", "2020-03-04")), ["on February 29=2020-02-29/day"]);
  assert.deepEqual(timexList(dated("The pass closed on February 29.", "2019-03-04")), []);
});

test("an expression never crosses a sentence end", () => {
  const doc = dated("The envoys met in May. 5 riders were seen. It rained on thursday. Morning came.", THURSDAY);
  assert.deepEqual(timexList(doc), ["in May=2019-05-01/month", "on thursday=2019-03-21/day"]);
});

test("without a publication date, relative expressions stay out and absolute dates stay in", () => {
  const doc = dated("On thursday the steward was arrested. The treaty of March 14, 2019 was broken in 2018.");
  assert.equal(doc.publishedAt, null);
  assert.deepEqual(timexList(doc), ["March 14, 2019=2019-03-14/day", "in 2018=2018-01-01/year"]);
});

test("a dateline supplies the missing publication date", () => {
  const doc = dated("Minas Tirith, Thursday, March 21, 2019\n\nOn tuesday the steward was arrested.");
  assert.equal(doc.publishedAt, "2019-03-21");
  assert.deepEqual(timexList(doc), ["Thursday, March 21, 2019=2019-03-21/day", "On tuesday=2019-03-19/day"]);
});

test("a given publication date is kept, even with a different dateline", () => {
  const doc = dated("Published: 20 March 2019\n\nOn tuesday the steward was arrested.", "2019-03-22T08:00:00Z");
  assert.equal(doc.publishedAt, "2019-03-22T08:00:00Z");
  assert.deepEqual(timexList(doc).at(-1), "On tuesday=2019-03-19/day");
});

test("a hand-built doc with split numeric tokens and no sentences still works", () => {
  const doc = new Doc({ id: "split", text: "on 2019-03-14 thursday", publishedAt: THURSDAY });
  const parts: [number, number][] = [[0, 2], [3, 7], [7, 8], [8, 10], [10, 11], [11, 13], [14, 22]];
  for (const [start, end] of parts) {
    const form = doc.text.slice(start, end);
    doc.addToken(start, end, form, /\d/.test(form) ? Shape.hasDigit : form === "-" ? Shape.punct : Shape.allLower | Shape.hasLetter, doc.text[end] === " ");
  }
  createDatesStage().run(doc);
  assert.deepEqual(timexList(doc), ["on 2019-03-14=2019-03-14/day", "thursday=2019-03-21/day"]);
});

test("the founding article: four thursdays and a morning, no march", () => {
  const text = readFileSync(new URL("../../../examples/venezuela-sebin-arrests.txt", import.meta.url), "utf8");
  const doc = dated(text, THURSDAY);
  assert.deepEqual(timexList(doc), [
    "On thursday=2019-03-21/day",
    "early this morning=2019-03-21/day",
    "on thursday=2019-03-21/day",
    "on thursday=2019-03-21/day",
  ]);
});

test("ranges: the second month or year is cued by the first", () => {
  const doc = dated("The siege will last from March to May. Between 2015 and 2018 the mines were shut.", THURSDAY);
  assert.deepEqual(timexList(doc), [
    "March=2019-03-01/month",
    "May=2019-05-01/month",
    "2015=2015-01-01/year",
    "2018=2018-01-01/year",
  ]);
});

test("a weekday of a named week", () => {
  const doc = dated("The gates fell on tuesday last week. Talks open on friday next week.", THURSDAY);
  assert.deepEqual(timexList(doc), ["on tuesday last week=2019-03-12/day", "on friday next week=2019-03-29/day"]);
});

test("an RSS-style publication date is read as written", () => {
  const doc = dated("On tuesday the steward was arrested.", "Thu, 21 Mar 2019 23:10:00 -0500");
  assert.deepEqual(timexList(doc), ["On tuesday=2019-03-19/day"]);
  assert.equal(doc.publishedAt, "Thu, 21 Mar 2019 23:10:00 -0500", "left as given");
});

test("a month or day followed by 'last year', 'this year' or 'next year' is in that year", () => {
  const doc = dated("Rangers arrested the steward in may last year. A vote is due on March 3 next year. The council met in May this year.", THURSDAY);
  assert.deepEqual(timexList(doc), ["in may last year=2018-05-01/month", "on March 3 next year=2020-03-03/day", "in May this year=2019-05-01/month"]);
});
