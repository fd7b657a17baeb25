import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../../doc/document.js";
import { normalizeWithOffsets } from "../normalize/index.js";
import { loadTokenizerData, tokenizeDoc } from "./index.js";

const data = loadTokenizerData();

function tokenize(text: string): Doc {
  const doc = new Doc({ id: "t", text });
  const { norm, map } = normalizeWithOffsets(text);
  doc.norm = norm;
  doc.normToText = map;
  tokenizeDoc(doc, data);
  return doc;
}

function words(doc: Doc): string[] {
  return Array.from({ length: doc.tokenCount }, (_, i) => doc.form(i));
}

function sentences(doc: Doc): string[] {
  return Array.from({ length: doc.sentenceCount }, (_, s) => doc.spanText(...doc.sentenceTokens(s)));
}

test("abbreviations and initials keep their periods", () => {
  const doc = tokenize("Gen. Aldo Brand met U.S. envoys and J. R. Tolk in Arnor.");
  assert.deepEqual(words(doc), ["Gen.", "Aldo", "Brand", "met", "U.S.", "envoys", "and", "J.", "R.", "Tolk", "in", "Arnor", "."]);
  assert.equal(doc.sentenceCount, 1);
});

test("damaged initialisms such as u.S. stay one token and do not end the sentence", () => {
  const doc = tokenize("The U.S. Criticized the raid. u.S. Secretary of state ann brook wrote.");
  assert.deepEqual(sentences(doc), ["The U.S. Criticized the raid.", "u.S. Secretary of state ann brook wrote."]);
});

test("an initialism ends the sentence when a clear sentence start follows", () => {
  const doc = tokenize("The envoy flew to the U.S. The talks failed.");
  assert.equal(doc.sentenceCount, 2);
});

test("clitics and possessives split as in Universal Dependencies", () => {
  const doc = tokenize("They can\u2019t stop elrond\u2019s aides or the rangers' horses.");
  assert.deepEqual(words(doc), ["They", "ca", "n't", "stop", "elrond", "'s", "aides", "or", "the", "rangers", "'", "horses", "."]);
  assert.equal(doc.tokenText(2), "n\u2019t", "offsets point into the original text");
});

test("the headline is its own sentence", () => {
  const doc = tokenize("Gondor guards arrest ranger\n\nOn monday, guards arrested a ranger. He was freed.");
  assert.equal(doc.headlineSentences, 1);
  assert.deepEqual(sentences(doc), ["Gondor guards arrest ranger", "On monday, guards arrested a ranger.", "He was freed."]);
});

test("quotations: closing marks stay with their sentence, attributions are not split off", () => {
  const doc = tokenize('"We will return. Nobody stops us," the king said. "Why wait?" he asked.');
  assert.deepEqual(sentences(doc), ['"We will return.', 'Nobody stops us," the king said.', '"Why wait?" he asked.']);
});

test("numbers, urls and dashes", () => {
  const doc = tokenize("Some 1,500.5 troops -- see www.example.org -- left; self-rule won.");
  assert.deepEqual(words(doc), ["Some", "1,500.5", "troops", "--", "see", "www.example.org", "--", "left", ";", "self-rule", "won", "."]);
});

test("a hard-wrapped line continues its sentence", () => {
  const doc = tokenize("The council of Rohan met on friday and\nagreed to send riders.");
  assert.equal(doc.sentenceCount, 1);
});

test("offsets survive NFC composition", () => {
  const text = "Ro\u0308han's king spoke.";
  const doc = tokenize(text);
  assert.equal(doc.tokenText(0), "Ro\u0308han");
  assert.equal(doc.form(0), "Röhan");
});
