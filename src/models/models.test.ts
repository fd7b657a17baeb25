import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { augmentCase, type GoldSentence } from "./corpus.js";
import {
  G_MULTI, G_MULTI_LOCATION, G_MULTI_ORGANIZATION, G_MULTI_PERSON, G_ORG_HEAD, G_PERSON_TITLE, G_PLACE_HEAD, gazetteerBits, markMultiwordNames,
  multiwordFirstWords, nameHeadBits, type Gazetteer,
} from "./gazetteer-features.js";
import { applyEdit, editClass, Lemmatizer, trainLemmatizer } from "./lemmatizer.js";
import { WordClusters } from "./clusters.js";
import { EntityRecognizer, harmonizeDocument, LabelBeam, trainRecognizer } from "./ner.js";
import { PosTagger, trainTagger } from "./tagger.js";
import { applyCase, CASE_MIXED, CASE_TITLE, CASE_UPPER, caseClass, trainTruecaser, Truecaser } from "./truecaser.js";

const dir = mkdtempSync(join(tmpdir(), "tacitus-models-"));

function sentence(text: string, tags: string, entities: GoldSentence["entities"] = []): GoldSentence {
  const forms = text.split(" ");
  const pairs = tags.split(" ").map((t) => t.split("/"));
  return {
    forms,
    upos: pairs.map((p) => p[0] ?? "X"),
    xpos: pairs.map((p) => p[1] ?? "_"),
    lemmas: forms.map((f, i) => (pairs[i]?.[2] ?? (pairs[i]?.[0] === "PROPN" ? f : f.toLowerCase()))),
    entities,
  };
}

/** An invented corpus small enough to train in milliseconds. */
const CORPUS: GoldSentence[] = [
  sentence("Maria Lopez met the minister in Caracas .", "PROPN/NNP PROPN/NNP VERB/VBD/meet DET/DT NOUN/NN ADP/IN PROPN/NNP PUNCT/.",
    [{ start: 0, end: 2, label: "PERSON" }, { start: 6, end: 7, label: "GPE" }]),
  sentence("The police arrested two journalists .", "DET/DT NOUN/NNS VERB/VBD/arrest NUM/CD NOUN/NNS/journalist PUNCT/."),
  sentence("Reuters reported the arrests in Lima .", "PROPN/NNP VERB/VBD/report DET/DT NOUN/NNS/arrest ADP/IN PROPN/NNP PUNCT/.",
    [{ start: 0, end: 1, label: "ORG" }, { start: 5, end: 6, label: "GPE" }]),
  sentence("Juan Perez visited Caracas .", "PROPN/NNP PROPN/NNP VERB/VBD/visit PROPN/NNP PUNCT/.",
    [{ start: 0, end: 2, label: "PERSON" }, { start: 3, end: 4, label: "GPE" }]),
  sentence("The minister met the journalists .", "DET/DT NOUN/NN VERB/VBD/meet DET/DT NOUN/NNS/journalist PUNCT/."),
  sentence("Reuters met Maria Lopez in Lima .", "PROPN/NNP VERB/VBD/meet PROPN/NNP PROPN/NNP ADP/IN PROPN/NNP PUNCT/.",
    [{ start: 0, end: 1, label: "ORG" }, { start: 2, end: 4, label: "PERSON" }, { start: 5, end: 6, label: "GPE" }]),
];

test("edit scripts reproduce lemmas, including case", () => {
  for (const [form, lemma] of [["arrested", "arrest"], ["went", "go"], ["Caracas", "Caracas"], ["The", "the"], ["me", "I"], ["pa", "PA"]] as const) {
    assert.equal(applyEdit(form, editClass(form, lemma)), lemma, `${form} -> ${lemma}`);
  }
});

test("case classes and their application", () => {
  assert.equal(caseClass("Lima"), CASE_TITLE);
  assert.equal(caseClass("I"), CASE_TITLE);
  assert.equal(caseClass("NATO"), CASE_UPPER);
  assert.equal(caseClass("iPhone"), CASE_MIXED);
  assert.equal(applyCase("01-feb-02", CASE_TITLE, new Map()), "01-Feb-02");
  assert.equal(applyCase("iphone", CASE_MIXED, new Map([["iphone", "iPhone"]])), "iPhone");
});

test("a tiny tagger learns the invented corpus and survives save/load", () => {
  const train = augmentCase(CORPUS, { lowerShare: 1, titleShare: 0, upperShare: 0, seed: 1 });
  const tagger = trainTagger(train, { epochs: 10, seed: 1, minWeight: 0, lexMinCount: 1, lexMinShare: 0.1 });
  const path = join(dir, "tagger.bin");
  tagger.save(path);
  const loaded = PosTagger.load(path, null);
  for (const s of CORPUS) {
    assert.deepEqual(loaded.tag(s.forms).upos, s.upos);
    assert.deepEqual(loaded.tag(s.forms), tagger.tag(s.forms));
  }
  // Lowercased input: the case-augmented copies taught it names without capitals.
  assert.deepEqual(loaded.tag(["juan", "perez", "visited", "caracas", "."]).upos, ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]);
});

/** Invented language data: given names and a city, none of them in CORPUS. */
const NAMES: Gazetteer = {
  countriesByName: new Map(),
  demonyms: new Map(),
  cities: new Map([["vel ostra", 1], ["mirrow", 1]]),
  givenNames: new Map([["zelda", 1], ["maria", 1], ["juan", 1]]),
  nounTypes: new Map([["vel ostra", "location"], ["order of the lantern", "organization"]]),
};

test("a tagger trained with language data tags a lowercase name it never saw as PROPN, and keeps the data after save/load", () => {
  // Lowercase only: the slot after "arrested" holds names and plural nouns alike; only the given-name list tells them apart.
  const train = [
    sentence("police arrested maria .", "NOUN/NNS VERB/VBD PROPN/NNP PUNCT/."),
    sentence("police arrested juan .", "NOUN/NNS VERB/VBD PROPN/NNP PUNCT/."),
    sentence("police arrested journalists .", "NOUN/NNS VERB/VBD NOUN/NNS PUNCT/."),
    sentence("police arrested students .", "NOUN/NNS VERB/VBD NOUN/NNS PUNCT/."),
  ];
  const options = { epochs: 10, seed: 1, minWeight: 0, lexMinCount: 1, lexMinShare: 0.1 };
  const path = join(dir, "tagger-names.bin");
  trainTagger([...train, ...train, ...train], options, NAMES).save(path);
  const loaded = PosTagger.load(path, NAMES);
  assert.equal(loaded.gazetteer, NAMES);
  const slot = (word: string): string | undefined => loaded.tag(["police", "arrested", word, "."]).upos[2];
  assert.equal(slot("zelda"), "PROPN");
  assert.equal(slot("olga"), "NOUN", "not a listed name");
  assert.equal(slot("farmers"), "NOUN");
  // A model trained without language data ignores what it is given.
  trainTagger(train, options).save(path);
  assert.equal(PosTagger.load(path, NAMES).gazetteer, null);
});

test("markMultiwordNames marks multiword places and WordNet names with their type", () => {
  const words = ["the", "order", "of", "the", "lantern", "met", "in", "vel", "ostra", "."];
  const bits = new Uint32Array(words.length);
  markMultiwordNames(words, words.length, NAMES, bits, multiwordFirstWords(NAMES));
  assert.deepEqual(Array.from(bits), [
    0, G_MULTI_ORGANIZATION, G_MULTI_ORGANIZATION, G_MULTI_ORGANIZATION, G_MULTI_ORGANIZATION, 0, 0,
    G_MULTI | G_MULTI_LOCATION, G_MULTI | G_MULTI_LOCATION, 0,
  ]);
});

test("nameHeadBits adds name heads and titles to the gazetteer bits, for the NER only", () => {
  const heads: Gazetteer = { ...NAMES, orgHeads: new Set(["guild"]), placeHeads: new Set(["avenue"]), personTitles: new Set(["mr."]) };
  assert.equal(nameHeadBits("guild", heads), G_ORG_HEAD);
  assert.equal(nameHeadBits("avenue", heads), G_PLACE_HEAD);
  assert.equal(nameHeadBits("mr.", heads), G_PERSON_TITLE);
  assert.equal(gazetteerBits("guild", heads), 0);
  assert.equal(nameHeadBits("vel ostra", heads), gazetteerBits("vel ostra", heads));
  // The NER shifts multiword bits left by 8; head bits must not meet them.
  const shiftedMulti = (G_MULTI | G_MULTI_PERSON | G_MULTI_LOCATION | G_MULTI_ORGANIZATION) << 8;
  for (const bit of [G_ORG_HEAD, G_PLACE_HEAD, G_PERSON_TITLE]) assert.equal(bit & shiftedMulti, 0);
});

test("a tiny lemmatizer handles its training words and survives save/load", () => {
  const lemmatizer = trainLemmatizer(CORPUS, { epochs: 5, seed: 1, minWeight: 0, minEditTypes: 1 });
  const path = join(dir, "lemmatizer.bin");
  lemmatizer.save(path);
  const loaded = Lemmatizer.load(path);
  assert.equal(loaded.lemmatize("met", "VERB", "VBD"), "meet");
  assert.equal(loaded.lemmatize("arrested", "VERB", "VBD"), "arrest");
  assert.equal(loaded.lemmatize("Caracas", "PROPN", "NNP"), "Caracas");
  assert.equal(loaded.lemmatize("The", "DET", "DT"), "the");
});

test("irregular verb forms given to the lemmatizer's training beat the classifier and the treebank's own slips", () => {
  const slipped = CORPUS.map((s) => ({ ...s, lemmas: s.forms.map((f, i) => (f === "met" ? "mett" : (s.lemmas[i] ?? "_"))) }));
  const irregular = [{ form: "met", xpos: "VBD", lemma: "meet" }, { form: "fled", xpos: "VBD", lemma: "flee" }];
  const lemmatizer = trainLemmatizer(slipped, { epochs: 5, seed: 1, minWeight: 0, minEditTypes: 1, irregular });
  assert.equal(lemmatizer.lemmatize("met", "VERB", "VBD"), "meet");
  assert.equal(lemmatizer.lemmatize("Fled", "VERB", "VBD"), "flee");
});

test("a tiny recognizer finds the invented entities and survives save/load", () => {
  const recognizer = trainRecognizer(CORPUS, CORPUS.map((s) => s.upos), null, { epochs: 10, seed: 1, minWeight: 0 });
  const path = join(dir, "ner.bin");
  recognizer.save(path);
  const loaded = EntityRecognizer.load(path, null);
  for (const s of CORPUS) assert.deepEqual(loaded.recognize(s.forms, s.upos), s.entities);
});

test("the label beam keeps a path that starts second best when it ends best, and merges paths ending alike", () => {
  // Token 0: class 1 scores 5, class 2 scores 4; token 1: class 0 after class 1 adds 1, after class 2 adds 6.
  const decode = (width: number): number[] => {
    const beam = new LabelBeam(4, 3).reserve(2);
    beam.start();
    beam.clearCandidates();
    beam.propose(0, 1, 5);
    beam.propose(0, 2, 4);
    beam.advance(0, width);
    beam.clearCandidates();
    for (let h = 0; h < beam.size; h++) beam.propose(h, 0, (beam.score[h] ?? 0) + (beam.p1[h] === 1 ? 1 : 6));
    beam.advance(1, width);
    const out = new Uint8Array(2);
    beam.best(2, out, 0);
    return [...out];
  };
  assert.deepEqual(decode(1), [1, 0]);
  assert.deepEqual(decode(2), [2, 0]);
  // Two candidates with the same last two classes: only the better one is kept.
  const merging = new LabelBeam(4, 3).reserve(1);
  merging.start();
  merging.clearCandidates();
  merging.propose(0, 1, 3);
  merging.propose(0, 1, 2);
  merging.advance(0, 4);
  assert.equal(merging.size, 1);
});

test("a recognizer finds the invented entities at every beam width", () => {
  const recognizer = trainRecognizer(CORPUS, CORPUS.map((s) => s.upos), null, { epochs: 10, seed: 1, minWeight: 0 });
  for (const width of [1, 2, 4, 16]) {
    recognizer.beam = width;
    for (const s of CORPUS) assert.deepEqual(recognizer.recognize(s.forms, s.upos), s.entities, `beam ${width}`);
  }
});

test("a recognizer trained with a model for uncased sentences uses it for them, and keeps it through save/load", () => {
  const train = augmentCase(CORPUS, { lowerShare: 1, titleShare: 0, upperShare: 0, seed: 1 });
  const recognizer = trainRecognizer(train, train.map((s) => s.upos), null, { epochs: 10, seed: 1, minWeight: 0, separateUncased: true });
  assert.ok(recognizer.uncasedModel !== null);
  const path = join(dir, "ner-uncased.bin");
  recognizer.save(path);
  const loaded = EntityRecognizer.load(path, null);
  assert.ok(loaded.uncasedModel !== null);
  for (const s of CORPUS) {
    assert.deepEqual(loaded.recognize(s.forms, s.upos), s.entities);
    assert.deepEqual(loaded.recognize(s.forms.map((f) => f.toLowerCase()), s.upos), s.entities);
  }
  // One model for all sentences, as in files from before 0.2.0.
  const onePath = join(dir, "ner-one.bin");
  trainRecognizer(train, train.map((s) => s.upos), null, { epochs: 2, seed: 1, minWeight: 0 }).save(onePath);
  assert.equal(EntityRecognizer.load(onePath, null).uncasedModel, null);
});

test("a recognizer with word clusters types unseen names by their cluster, and keeps the clusters through save/load", () => {
  const people = ["maria", "lopez", "juan", "perez", "rosa", "diaz"];
  const places = ["caracas", "lima", "quito"];
  const clusters = WordClusters.fromPaths([...people, ...places, "reuters"], [...people.map(() => "0011001"), ...places.map(() => "0101100"), "1110000"]);
  const train = augmentCase(CORPUS, { lowerShare: 1, titleShare: 0, upperShare: 0, seed: 1 });
  const recognizer = trainRecognizer(train, train.map((s) => s.upos), null, { epochs: 10, seed: 1, minWeight: 0, separateUncased: true, clusters });
  const path = join(dir, "ner-clusters.bin");
  recognizer.save(path);
  const loaded = EntityRecognizer.load(path, null);
  assert.equal(loaded.clusters?.pathOf("quito"), "0101100");
  const forms = "reuters met rosa diaz in quito .".split(" ");
  const upos = ["PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"];
  const expected = [{ start: 0, end: 1, label: "ORG" }, { start: 2, end: 4, label: "PERSON" }, { start: 5, end: 6, label: "GPE" }];
  assert.deepEqual(loaded.recognize(forms, upos), expected);
  assert.deepEqual(loaded.recognize("Reuters met Rosa Diaz in Quito .".split(" "), upos), expected);
  for (const s of CORPUS) assert.deepEqual(loaded.recognize(s.forms, s.upos), s.entities);
});

test("the recognizer skips lowercase words that are not PROPN in a conventionally cased sentence", () => {
  const train = augmentCase(CORPUS, { lowerShare: 1, titleShare: 0, upperShare: 0, seed: 1 });
  const recognizer = trainRecognizer(train, train.map((s) => s.upos), null, { epochs: 10, seed: 1, minWeight: 0 });
  // "maria" mistagged NOUN: a name in lowercased text, a common word among capitalized names.
  const tags = ["PROPN", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"];
  const labels = (forms: string[]): string[] => recognizer.recognize(forms, tags).map((e) => `${e.start}:${e.label}`);
  assert.deepEqual(labels(["reuters", "met", "maria", "lopez", "in", "lima", "."]), ["0:ORG", "2:PERSON", "5:GPE"]);
  assert.deepEqual(labels(["Reuters", "met", "maria", "lopez", "in", "Lima", "."]), ["0:ORG", "5:GPE"]);
});

test("a tiny truecaser restores the invented casing and survives save/load", () => {
  const truecaser = trainTruecaser(CORPUS, null, { epochs: 10, seed: 1, minWeight: 0, skipNoise: true });
  const path = join(dir, "truecaser.bin");
  truecaser.save(path);
  const loaded = Truecaser.load(path, null);
  for (const s of CORPUS) assert.deepEqual(loaded.truecase(s.forms.map((f) => f.toLowerCase())), s.forms);
});

test("harmonizeDocument makes labels consistent and labels unlabelled PROPN repeats", () => {
  const words = ["Lopez", "met", "Lima", "officials", ".", "Lopez", "left", "Lima", "and", "Lopez", "Garcia", "stayed"];
  const propn = new Set([0, 2, 5, 7, 9, 10]);
  const spans = harmonizeDocument(
    [{ start: 0, end: 1, label: "PERSON" }, { start: 2, end: 3, label: "GPE" }, { start: 5, end: 6, label: "PERSON" }, { start: 7, end: 8, label: "ORG" }],
    words.length, (i) => (words[i] ?? "").toLowerCase(), (i) => propn.has(i), (i) => (i < 5 ? 0 : 1),
  );
  // "Lima" GPE vs ORG is a tie: labels stay; "Lopez Garcia" is a longer name, not a repeat.
  assert.deepEqual(spans, [
    { start: 0, end: 1, label: "PERSON" }, { start: 2, end: 3, label: "GPE" }, { start: 5, end: 6, label: "PERSON" }, { start: 7, end: 8, label: "ORG" },
  ]);
  const more = harmonizeDocument(
    [{ start: 0, end: 1, label: "PERSON" }, { start: 5, end: 6, label: "PERSON" }, { start: 2, end: 3, label: "GPE" }],
    words.length, (i) => (words[i] ?? "").toLowerCase(), (i) => propn.has(i), (i) => (i < 5 ? 0 : 1),
  );
  assert.deepEqual(more.map((e) => `${e.start}:${e.label}`), ["0:PERSON", "2:GPE", "5:PERSON", "7:GPE"]);
});

test("harmonizeDocument labels a person's surname alone once the full name was labelled", () => {
  const words = ["Anna", "Ferrow", "arrived", ".", "Ferrow", "spoke", "with", "Ferrow", "Station", "staff"];
  const propn = new Set([0, 1, 4, 7, 8]);
  const spans = harmonizeDocument(
    [{ start: 0, end: 2, label: "PERSON" }],
    words.length, (i) => (words[i] ?? "").toLowerCase(), (i) => propn.has(i), (i) => (i < 4 ? 0 : 1),
  );
  // "Ferrow Station" is a longer name, not the surname.
  assert.deepEqual(spans, [{ start: 0, end: 2, label: "PERSON" }, { start: 4, end: 5, label: "PERSON" }]);
});
