import { test } from "node:test";
import assert from "node:assert/strict";
import { timexNearToken, timexOfSentence } from "./select.js";
import { dated } from "./test-doc.js";

const THURSDAY = "2019-03-21";

test("the most precise date of a sentence dates it", () => {
  const doc = dated("In 2018 the elves left. Rangers fled last year and were caught on monday. Nothing else.", THURSDAY);
  assert.equal(doc.timexes.length, 3);
  assert.equal(timexOfSentence(doc, 0), 0);
  assert.equal(timexOfSentence(doc, 1), 2, "monday beats last year");
  assert.equal(timexOfSentence(doc, 2), -1);
  assert.equal(timexOfSentence(doc, 7), -1);
});

test("the nearest date to a token, within its sentence", () => {
  const doc = dated("Rangers fled on monday and were caught on tuesday. Guards left.", THURSDAY);
  const caught = doc.tokenAt(doc.text.indexOf("caught"));
  const fled = doc.tokenAt(doc.text.indexOf("fled"));
  const guards = doc.tokenAt(doc.text.indexOf("Guards"));
  assert.equal(doc.timexes[timexNearToken(doc, caught)]?.value, "2019-03-19");
  assert.equal(doc.timexes[timexNearToken(doc, fled)]?.value, "2019-03-18");
  assert.equal(timexNearToken(doc, guards), -1);
  assert.equal(timexNearToken(doc, -1), -1);
});

test("a timex holds its reading into the future where it differs, for events stated as intended", () => {
  const doc = dated("The envoys will meet on monday in March.", THURSDAY);
  assert.equal(doc.timexes[0]?.value, "2019-03-18", "past by default");
  assert.equal(doc.timexes[0]?.ahead, "2019-03-25");
  assert.equal(doc.timexes[1]?.value, "2019-03-01");
  assert.equal(doc.timexes[1]?.ahead, undefined, "this March either way");
});
