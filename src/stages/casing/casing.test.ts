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

test("well-cased prose of twenty words or more without capitals-only words is not damaged", () => {
  // The lowercase share once left capitalized words out of the count, so such prose read as all lowercase.
  const text = "The Lantern Society of Gondor condemned the arrest of Tomas Quellin and urged the government to release him before the festival that begins next month in the old city.";
  assert.equal(extractor.extract({ id: "e", text }).casing_damaged, false);
});

test("text in lowercase only is damaged", () => {
  const text = "the guards of gondor arrested a ranger on monday and the rangers condemned it, saying that the arrest was unlawful and must end.";
  assert.equal(extractor.extract({ id: "f", text }).casing_damaged, true);
});

test("in shouted text short function words are lowered and no title is completed", () => {
  // Capitals kept "OF", "THE", "ON" as if initialisms, and names then swallowed them ("Rohan forces OF").
  const text = "GONDOR GUARDS ARREST RANGER. THE GUARDS OF GONDOR ARRESTED TOMAS QUELLIN ON MONDAY IN PARIS AND THE RANGERS CONDEMNED IT.";
  const repaired = extractor.extract({ id: "g", text }).truecased_text;
  assert.equal(repaired, "Gondor guards arrest ranger. The guards of Gondor arrested Tomas Quellin on Monday in Paris and the rangers condemned it.");
});
