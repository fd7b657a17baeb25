import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "./document.js";
import { toDocumentResult, truecasedText } from "./serialize.js";

function gondorDoc(): Doc {
  const text = "arnor guards seized elendil.";
  const doc = new Doc({ id: "g1", text, publishedAt: "2020-05-01" });
  const words: [number, number][] = [[0, 5], [6, 12], [13, 19], [20, 27], [27, 28]];
  for (const [start, end] of words) doc.addToken(start, end, text.slice(start, end), 0, end < text.length - 1);
  doc.setSentences([0], [5], 0);
  return doc;
}

test("tokens grow past the initial capacity and keep their columns", () => {
  const doc = new Doc({ id: "big", text: "x ".repeat(500) });
  for (let i = 0; i < 500; i++) doc.addToken(2 * i, 2 * i + 1, "x", 0, true);
  assert.equal(doc.tokenCount, 500);
  assert.equal(doc.tokens.start[499], 998);
  assert.equal(doc.head(499), -1);
  assert.equal(doc.tokenAt(500), 250);
});

test("spans are read through the columns, and casing repairs show in the truecased text", () => {
  const doc = gondorDoc();
  assert.equal(doc.spanText(1, 3), "guards seized");
  doc.casingDamaged = true;
  doc.tokens.cased[0] = doc.strings.intern("Arnor");
  doc.tokens.cased[3] = doc.strings.intern("Elendil");
  assert.equal(truecasedText(doc), "Arnor guards seized Elendil.");
  assert.equal(doc.casedText(0, 2), "Arnor guards");
});

function withSeizure(doc: Doc): Doc {
  doc.events.push({
    type: "COERCE", mode: "seize", cameo: "1711", triggerStart: 2, triggerEnd: 3, sentence: 0,
    actor: { start: 0, end: 2, cluster: -1, name: "Arnor guards", country: "ARN", sector: "COP" },
    recipient: null, quote: -1, negated: false, modality: "asserted", timex: -1, dateAhead: false, place: -1, confidence: 0.8,
  });
  return doc;
}

test("serialization keeps character offsets into the original text and gives stable ids", () => {
  const first = toDocumentResult(withSeizure(gondorDoc()));
  const again = toDocumentResult(withSeizure(gondorDoc()));
  const event = first.events[0];
  assert.ok(event);
  assert.equal(event.trigger.text, "seized");
  assert.equal(first.sentences[0]?.text, "arnor guards seized elendil.");
  assert.equal(event.actor?.code, "ARNCOP");
  assert.equal(event.quad, "material_conflict");
  assert.equal(event.id, again.events[0]?.id);
});
