import { test } from "node:test";
import assert from "node:assert/strict";
import { UPOS_ID } from "../../doc/document.js";
import { fictionalResources } from "../../../test/helpers/fictional.js";
import { spaceTokenizedDoc } from "../tag/test-doc.js";
import { addModelNames } from "./model-names.js";

const res = fictionalResources();

test("model names fill gaps the rules left, without role words, nationalities or overlaps", () => {
  const doc = spaceTokenizedDoc("Russian Foreign Minister Andrei Kozyrev met Quellin of the Party of God in Soroti .");
  const upos = ["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"];
  upos.forEach((tag, i) => (doc.tokens.upos[i] = UPOS_ID[tag as keyof typeof UPOS_ID]));
  // The rules already found "Quellin".
  doc.mentions = [{ start: 6, end: 7, kind: "name", label: "PERSON", cluster: -1, key: null, canonical: null, country: null, sector: null, geo: null }];
  doc.tokens.mention.fill(-1, 0, doc.tokenCount);
  doc.tokens.mention[6] = 0;
  addModelNames(doc, res, [
    { start: 0, end: 5, label: "PERSON" },
    { start: 6, end: 7, label: "PERSON" },
    { start: 9, end: 12, label: "ORG" },
    { start: 13, end: 14, label: "GPE" },
  ]);
  assert.deepEqual(doc.mentions.map((m) => `${m.label}:${doc.spanText(m.start, m.end)}`), ["PERSON:Andrei Kozyrev", "PERSON:Quellin", "LOC:Soroti"]);
  assert.deepEqual(Array.from(doc.tokens.mention.subarray(0, doc.tokenCount)), [-1, -1, -1, 0, 0, -1, 1, -1, -1, -1, -1, -1, -1, 2, -1]);
});

test("a person's name of two words or more replaces the one-word towns the lexicon took inside it, and its surname alone later", () => {
  const doc = spaceTokenizedDoc("police arrested truong huy san . san was jailed in hanoi .");
  const upos = ["NOUN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"];
  upos.forEach((tag, i) => (doc.tokens.upos[i] = UPOS_ID[tag as keyof typeof UPOS_ID]));
  const town = (start: number, name: string): (typeof doc.mentions)[number] => ({
    start, end: start + 1, kind: "name", label: "GPE", cluster: -1, key: null, canonical: null, country: "XXX", sector: null,
    geo: { name, country: "XXX", lat: 0, lon: 0, geonamesId: null, precision: "city" },
  });
  doc.mentions = [town(3, "Huy"), town(4, "San"), town(6, "San"), town(10, "Hanoi")];
  doc.tokens.mention.fill(-1, 0, doc.tokenCount);
  doc.mentions.forEach((m, index) => doc.tokens.mention.fill(index, m.start, m.end));
  addModelNames(doc, res, [{ start: 2, end: 5, label: "PERSON" }]);
  assert.deepEqual(doc.mentions.map((m) => `${m.label}:${doc.spanText(m.start, m.end)}`), ["PERSON:truong huy san", "PERSON:san", "GPE:hanoi"]);
});
