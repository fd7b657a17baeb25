import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseConllu, readConllu } from "../models/conllu.js";
import { sharedDir } from "../paths.js";
import { fictionalExtractor } from "../../test/helpers/fictional.js";
import { addLinkCounts, alignMentions, b3Score, emptyCounts, gumDocuments, mucScore, scoreCoref } from "./coref-gum.js";

const row = (id: number, form: string, upos: string, xpos: string, misc = "_"): string =>
  [id, form, form, upos, xpos, "_", 0, "dep", "_", misc].join("\t");

// An invented GUM-style document: a two-token name, a pronoun, a possessive, a place and a nominal (not scored).
const CONLLU = [
  "# newdoc id = test_arnor",
  "# meta::dateCreated = 2019-03-21",
  "# newpar",
  "# text = Anna Ferrow visited Gondor.",
  row(1, "Anna", "PROPN", "NNP", "Entity=(1-person-new"),
  row(2, "Ferrow", "PROPN", "NNP", "Entity=1)"),
  row(3, "visited", "VERB", "VBD"),
  row(4, "Gondor", "PROPN", "NNP", "Entity=(2-place-new-coref)|SpaceAfter=No"),
  row(5, ".", "PUNCT", "."),
  "",
  "# text = She praised its king.",
  row(1, "She", "PRON", "PRP", "Entity=(1-person-giv)"),
  row(2, "praised", "VERB", "VBD"),
  row(3, "its", "PRON", "PRP$", "Entity=(3-person-new-coref(2-place-giv)"),
  row(4, "king", "NOUN", "NN", "Entity=3)|SpaceAfter=No"),
  row(5, ".", "PUNCT", "."),
  "",
].join("\n");

test("gumDocuments rebuilds the text and finds names and pronouns of people, places and organizations", () => {
  const [doc] = gumDocuments(parseConllu(CONLLU, "test.conllu"));
  assert.ok(doc);
  assert.equal(doc.id, "test_arnor");
  assert.equal(doc.date, "2019-03-21");
  assert.equal(doc.text, "Anna Ferrow visited Gondor. She praised its king.");
  assert.deepEqual(
    doc.mentions.map((m) => `${doc.text.slice(m.start, m.end)}:${m.entity}:${m.kind}`),
    ["Anna Ferrow:1:name", "Gondor:2:name", "She:1:pronoun", "its:2:pronoun"],
  );
});

test("alignMentions pairs by end offset and overlap, one to one", () => {
  const gold = [
    { start: 0, end: 11, entity: "1", type: "person", kind: "name" as const },
    { start: 28, end: 31, entity: "1", type: "person", kind: "pronoun" as const },
  ];
  const system = [{ start: 5, end: 11, cluster: 0 }, { start: 5, end: 11, cluster: 1 }, { start: 28, end: 30, cluster: 0 }];
  assert.deepEqual(alignMentions(gold, system), [0, -1]);
});

test("MUC and B-cubed on a textbook case", () => {
  const counts = emptyCounts();
  // key {a b c} {d}; response {a b} {c d}
  addLinkCounts(counts, ["k1", "k1", "k1", "k2"], ["r1", "r1", "r2", "r2"]);
  const muc = mucScore(counts);
  assert.equal(muc.recall, 1 / 2);
  assert.equal(muc.precision, 1 / 2);
  const b3 = b3Score(counts);
  // recall: a,b 2/3; c 1/3; d 1 -> (2/3+2/3+1/3+1)/4; precision: a,b 1; c 1/2; d 1/2 -> 3/4
  assert.ok(Math.abs(b3.recall - (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) < 1e-12);
  assert.equal(b3.precision, 3 / 4);
});

test("scoreCoref runs the real pipeline on the invented document", () => {
  const score = scoreCoref(gumDocuments(parseConllu(CONLLU, "test.conllu")), fictionalExtractor());
  assert.equal(score.documents, 1);
  assert.deepEqual(score.goldMentions, { name: 2, pronoun: 2 });
  assert.ok(score.foundMentions.name <= 2 && score.foundMentions.pronoun <= 2);
  for (const s of [score.muc, score.b3, score.mucFound, score.b3Found]) assert.ok(s.f1 >= 0 && s.f1 <= 1);
});

const gumTest = join(sharedDir(), "corpora", "gum-cc-by", "gum-cc-by-test.conllu");
test("GUM test: 16 documents whose rebuilt text holds every gold mention", { skip: existsSync(gumTest) ? false : "needs ../shared/corpora/gum-cc-by" }, () => {
  const docs = gumDocuments(readConllu(gumTest));
  assert.equal(docs.length, 16);
  for (const doc of docs) {
    assert.ok(doc.mentions.length > 0, doc.id);
    for (const m of doc.mentions) assert.ok(m.end > m.start && m.end <= doc.text.length && doc.text.slice(m.start, m.end).trim() !== "", doc.id);
  }
});
