import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../paths.js";
import { parseConllu } from "./conllu.js";
import { loadGold, namedEntities, toGold } from "./corpus.js";
import { entityScores, tagScores, taggedFromConllu, tokenAccuracy } from "./metrics.js";

const row = (id: number, form: string, lemma: string, upos: string, xpos: string, misc = "_"): string =>
  [id, form, lemma, upos, xpos, "_", id === 1 ? 0 : 1, id === 1 ? "root" : "dep", "_", misc].join("\t");

const GOLD = [
  "# text = Ana Silva visited Lima.",
  row(1, "Ana", "Ana", "PROPN", "NNP", "Entity=(1-person-new-sssss-cf1-1,2-coref-Ana_Silva"),
  row(2, "Silva", "Silva", "PROPN", "NNP", "Entity=1)"),
  row(3, "visited", "visit", "VERB", "VBD"),
  row(4, "Lima", "Lima", "PROPN", "NNP", "Entity=(2-place-new-nnnnn-cf2-1-sgl)|SpaceAfter=No"),
  row(5, ".", ".", "PUNCT", ".", "_"),
  "",
  "# text = The University of Lima spoke.",
  row(1, "The", "the", "DET", "DT", "Entity=(3-organization-new-nnnnn-cf3-1-sgl"),
  row(2, "University", "University", "PROPN", "NNP"),
  row(3, "of", "of", "ADP", "IN"),
  row(4, "Lima", "Lima", "PROPN", "NNP", "Entity=(2-place-giv-nnnnn-cf2-1-sgl)3)"),
  row(5, "spoke", "_", "VERB", "VBD"),
  "",
].join("\n");

test("tag accuracy follows the CoNLL 2018 definitions with gold tokenization", () => {
  const gold = taggedFromConllu(parseConllu(GOLD));
  const system = [
    { upos: ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"], xpos: ["NNP", "NNP", "VBD", "NNP", "."], lemmas: ["Ana", "silva", "visit", "Lima", "."] },
    { upos: ["DET", "PROPN", "ADP", "PROPN", "VERB"], xpos: ["DT", "NNP", "IN", "NNP", "VBN"], lemmas: ["the", "University", "of", "Lima", "whatever"] },
  ];
  const scores = tagScores(gold, system);
  assert.equal(scores.words, 10);
  assert.equal(scores.upos, 90);
  assert.equal(scores.xpos, 90);
  // "silva" is wrong; the gold "_" lemma matches anything.
  assert.equal(scores.lemma, 90);
  assert.equal(tagScores(gold, system, { lemmaIgnoreCase: true }).lemma, 100);
  assert.throws(() => tagScores(gold, system.slice(0, 1)), /sentences/);
});

test("named entities are maximal PROPN runs inside the innermost person, place or organization span", () => {
  const sentences = parseConllu(GOLD);
  const first = namedEntities(sentences[0] ?? { comments: [], words: [], extraLines: [] });
  assert.deepEqual(first, [{ start: 0, end: 2, label: "PERSON" }, { start: 3, end: 4, label: "GPE" }]);
  // "University" is ORG; "Lima" inside it belongs to the inner place span.
  const second = namedEntities(sentences[1] ?? { comments: [], words: [], extraLines: [] });
  assert.deepEqual(second, [{ start: 1, end: 2, label: "ORG" }, { start: 3, end: 4, label: "GPE" }]);
});

test("entity scores count exact spans with exact labels, per type and overall", () => {
  const gold = parseConllu(GOLD).map((s) => toGold(s, true).entities);
  const system = [
    [{ start: 0, end: 2, label: "PERSON" as const }, { start: 3, end: 4, label: "ORG" as const }],
    [{ start: 1, end: 4, label: "ORG" as const }, { start: 3, end: 4, label: "GPE" as const }],
  ];
  const scores = entityScores(gold, system);
  assert.equal(scores.ALL.gold, 4);
  assert.equal(scores.ALL.predicted, 4);
  assert.equal(scores.ALL.correct, 2);
  assert.equal(scores.ALL.f1, 50);
  assert.equal(scores.PERSON.f1, 100);
  assert.equal(scores.ORG.precision, 0);
  assert.equal(scores.GPE.recall, 50);
  assert.equal(scores.GPE.precision, 100);
  assert.equal(scores.LOC.f1, 0);
});

test("token accuracy compares forms exactly", () => {
  assert.equal(tokenAccuracy([["A", "b"], ["C"]], [["A", "B"], ["C"]]), (100 * 2) / 3);
});

const gumDev = join(sharedDir(), "corpora", "gum-cc-by", "gum-cc-by-dev.conllu");
test("GUM dev yields named entities of all three types", { skip: existsSync(gumDev) ? false : `${gumDev} absent (../shared not checked out)` }, () => {
  const gold = loadGold(gumDev, true);
  const labels = new Set(gold.flatMap((s) => s.entities.map((e) => e.label)));
  assert.deepEqual([...labels].sort(), ["GPE", "ORG", "PERSON"]);
  for (const s of gold) for (const e of s.entities) for (let i = e.start; i < e.end; i++) assert.equal(s.upos[i], "PROPN");
});
