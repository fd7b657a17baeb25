import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

test("well-cased text is left alone", () => {
  const result = extractor.extract({ id: "a", text: "President Tomas Quellin of Gondor met Anna Ferrow in Paris on Monday." });
  assert.equal(result.casing_damaged, false);
  assert.equal(result.truecased_text, null);
});

test("lowercased names mark the casing as damaged, and are repaired", () => {
  const result = extractor.extract({ id: "b", text: "the gondor intelligence service arrested tomas quellin in paris. anna ferrow said it was wrong." });
  assert.equal(result.casing_damaged, true);
  assert.equal(result.truecased_text, "The Gondor Intelligence Service arrested Tomas Quellin in Paris. Anna Ferrow said it was wrong.");
});

test("wrongly capitalized ordinary words are lowered, initialisms raised, started titles completed", () => {
  const text = "The U.S. Criticized the raid on thursday. u.S. Secretary of state anna ferrow wrote that paris and gondor agreed.";
  const repaired = extractor.extract({ id: "c", text }).truecased_text ?? "";
  assert.ok(repaired.startsWith("The U.S. criticized the raid"), repaired);
  assert.ok(repaired.includes("U.S. Secretary of State Anna Ferrow wrote"), repaired);
  assert.ok(repaired.includes("Paris and Gondor"), repaired);
});

test("text in capitals only is damaged", () => {
  const text = "GONDOR GUARDS ARREST RANGER. THE GUARDS OF GONDOR ARRESTED TOMAS QUELLIN ON MONDAY IN PARIS AND THE RANGERS CONDEMNED IT.";
  assert.equal(extractor.extract({ id: "d", text }).casing_damaged, true);
});
