import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { augmentCase, type GoldSentence } from "../../models/corpus.js";
import { trainLemmatizer } from "../../models/lemmatizer.js";
import { trainTagger } from "../../models/tagger.js";
import { modelsDir } from "../../paths.js";
import { createTagStage, loadTagModels, tagDoc } from "./tag.js";
import { spaceTokenizedDoc } from "./test-doc.js";

function gold(text: string, upos: string, xpos: string, lemmas: string): GoldSentence {
  return { forms: text.split(" "), upos: upos.split(" "), xpos: xpos.split(" "), lemmas: lemmas.split(" "), entities: [] };
}

const CORPUS = [
  gold("Police arrested Maria .", "NOUN VERB PROPN PUNCT", "NNS VBD NNP .", "police arrest Maria ."),
  gold("Maria arrested police .", "PROPN VERB NOUN PUNCT", "NNP VBD NNS .", "Maria arrest police ."),
];

test("tagDoc fills UPOS, XPOS and lemma columns sentence by sentence", () => {
  const train = augmentCase(CORPUS, { lowerShare: 1, titleShare: 0, upperShare: 0, seed: 1 });
  const models = {
    tagger: trainTagger(train, { epochs: 10, seed: 1, minWeight: 0, lexMinCount: 1, lexMinShare: 0.1 }),
    lemmatizer: trainLemmatizer(CORPUS, { epochs: 5, seed: 1, minWeight: 0, minEditTypes: 1 }),
  };
  const doc = spaceTokenizedDoc("Police arrested Maria .\nMaria arrested police .");
  tagDoc(doc, models);
  const upos = Array.from({ length: doc.tokenCount }, (_, i) => doc.upos(i));
  assert.deepEqual(upos, ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"]);
  assert.equal(doc.strings.get(doc.tokens.xpos[1] ?? 0), "VBD");
  assert.equal(doc.lemma(1), "arrest");
  assert.equal(doc.lemma(2), "Maria");
});

const hasModels = existsSync(join(modelsDir(), "tagger.bin")) && existsSync(join(modelsDir(), "lemmatizer.bin"));
test("the trained tagger tags a news sentence, cased or not", { skip: hasModels ? false : "models/tagger.bin not trained yet" }, () => {
  const stage = createTagStage({ models: loadTagModels() });
  for (const text of ["Security forces arrested the opposition leader in Caracas on Tuesday .",
    "security forces arrested the opposition leader in caracas on tuesday ."]) {
    const doc = spaceTokenizedDoc(text);
    stage.run(doc);
    assert.equal(doc.upos(2), "VERB");
    assert.equal(doc.lemma(2), "arrest");
    assert.equal(doc.upos(7), "PROPN");
  }
});

test("a verb's lemma is a verb when a likely edit gives one: 'traded' is 'trade', 'blockaded' 'blockade'", { skip: hasModels ? false : "models/tagger.bin not trained yet" }, () => {
  const stage = createTagStage({ models: loadTagModels() });
  const doc = spaceTokenizedDoc("The two sides traded accusations after troops blockaded the port .");
  stage.run(doc);
  assert.deepEqual([doc.lemma(3), doc.lemma(7)], ["trade", "blockade"]);
});
