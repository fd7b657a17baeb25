import { test } from "node:test";
import assert from "node:assert/strict";
import { Pipeline } from "../../pipeline/index.js";
import { createLinguisticStages, loadResources } from "../index.js";

const pipeline = new Pipeline(createLinguisticStages({ resources: loadResources(), fromTokens: false }), ["text"]);

function heads(text: string): Map<string, string> {
  const doc = pipeline.process({ id: "p", text });
  const out = new Map<string, string>();
  for (let i = 0; i < doc.tokenCount; i++) {
    const head = doc.head(i);
    out.set(doc.form(i), `${doc.deprel(i)}:${head < 0 ? "ROOT" : doc.form(head)}`);
  }
  return out;
}

test("a dateline is parsed apart from the lead sentence and hangs from its root", () => {
  const parsed = heads("DOHA, July 15 (Reuters) - Congo's government and the M23 rebel group signed a declaration in Doha on Tuesday.");
  assert.equal(parsed.get("signed"), "root:ROOT");
  assert.equal(parsed.get("DOHA"), "parataxis:signed");
  assert.equal(parsed.get("government"), "nsubj:signed");
  assert.equal(parsed.get("group"), "conj:government");
});
