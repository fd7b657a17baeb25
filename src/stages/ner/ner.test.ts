import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { UPOS_ID } from "../../doc/document.js";
import type { GoldSentence } from "../../models/corpus.js";
import { trainRecognizer } from "../../models/ner.js";
import { modelsDir } from "../../paths.js";
import { createTagStage } from "../tag/index.js";
import { spaceTokenizedDoc } from "../tag/test-doc.js";
import { createEntityPredictor, createNerStage, predictEntities, type PredictedEntity } from "./ner.js";

const CORPUS: GoldSentence[] = [
  {
    forms: ["Maria", "Lopez", "visited", "Lima", "."], upos: ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
    xpos: [], lemmas: [], entities: [{ start: 0, end: 2, label: "PERSON" }, { start: 3, end: 4, label: "GPE" }],
  },
  {
    forms: ["Reuters", "visited", "Maria", "Lopez", "."], upos: ["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
    xpos: [], lemmas: [], entities: [{ start: 0, end: 1, label: "ORG" }, { start: 2, end: 4, label: "PERSON" }],
  },
];

test("predictEntities returns document token spans, sentence by sentence", () => {
  const recognizer = trainRecognizer(CORPUS, CORPUS.map((s) => s.upos), null, { epochs: 10, seed: 1, minWeight: 0 });
  const doc = spaceTokenizedDoc("Maria Lopez visited Lima .\nReuters visited Maria Lopez .");
  CORPUS.flatMap((s) => s.upos).forEach((tag, i) => {
    doc.tokens.upos[i] = UPOS_ID[tag as keyof typeof UPOS_ID];
  });
  assert.deepEqual(predictEntities(doc, recognizer), [
    { start: 0, end: 2, label: "PERSON" }, { start: 3, end: 4, label: "GPE" },
    { start: 5, end: 6, label: "ORG" }, { start: 7, end: 9, label: "PERSON" },
  ]);
  const seen: PredictedEntity[][] = [];
  const stage = createNerStage({ recognizer, onEntities: (_doc, entities) => seen.push(entities) });
  stage.run(doc);
  assert.equal(seen[0]?.length, 4);
  assert.deepEqual(stage.requires, ["pos"]);
});

const hasModels = ["tagger.bin", "lemmatizer.bin", "ner.bin"].every((f) => existsSync(join(modelsDir(), f)));
test("the trained recognizer finds people and places in news text", { skip: hasModels ? false : "models not trained yet" }, () => {
  const tag = createTagStage();
  const predict = createEntityPredictor();
  const doc = spaceTokenizedDoc("President Nicolas Maduro said on Tuesday that police in Caracas had arrested Roberto Marrero .");
  tag.run(doc);
  const found = predict(doc).map((e) => `${e.label}:${doc.spanText(e.start, e.end)}`);
  assert.ok(found.includes("PERSON:Nicolas Maduro") || found.includes("PERSON:President Nicolas Maduro"), found.join(", "));
  assert.ok(found.includes("GPE:Caracas"), found.join(", "));
});
