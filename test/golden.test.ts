import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createExtractor } from "../src/extract.js";
import { foldText, parseGoldDocument, scoreEvents, scoreQuotes } from "../src/eval/index.js";

const text = readFileSync(new URL("../examples/venezuela-sebin-arrests.txt", import.meta.url), "utf8");
const gold = parseGoldDocument(
  readFileSync(new URL("./fixtures/venezuela-sebin-arrests.expected.json", import.meta.url), "utf8"),
  "venezuela-sebin-arrests.expected.json",
);
const result = createExtractor().extract({ id: "venezuela-sebin-arrests.txt", text, publishedAt: "2019-03-21" });

function describe(events: readonly { event: string; trigger: { text: string }; actor: { name: string } | null; recipient: { name: string } | null }[]): string {
  return events.map((e) => `${e.event} ${e.trigger.text} [${e.actor?.name ?? "-"} -> ${e.recipient?.name ?? "-"}]`).join("; ");
}

test("founding example: all 10 core events, at most 2 unmatched predictions (the event coder's bar)", () => {
  const score = scoreEvents(result, text, gold.events);
  assert.equal(score.coreMatched, 10, `missed: ${score.missedCore.map((g) => `${g.event} "${g.in}"`).join("; ")}`);
  assert.ok(score.unmatched.length <= 2, `unmatched predictions: ${describe(score.unmatched)}`);
});

test("founding example: all 10 quotations with the right speaker", () => {
  const score = scoreQuotes(result, gold.quotes);
  assert.equal(score.rightSpeaker, 10, JSON.stringify(score.wrong));
});

test("founding example: people and organizations with canonical, correctly cased names", () => {
  const names = new Set(result.entities.map((e) => e.name));
  const wanted = [
    ...(gold.entities["PERSON"] ?? []).map((e) => e.name),
    "SEBIN", "Voluntad Popular", "United Nations", "Lima Group",
  ];
  const missing = wanted.filter((name) => !names.has(name));
  assert.deepEqual(missing, [], `found: ${[...names].join(", ")}`);
});

test("founding example: people are coded with country and sector", () => {
  for (const person of gold.entities["PERSON"] ?? []) {
    const found = result.entities.find((e) => e.name === person.name);
    assert.ok(found, person.name);
    assert.equal(`${found.country}/${found.sector}`, `${person.country ?? null}/${person.sector ?? null}`, person.name);
  }
});

test("founding example: 'on thursday' is the publication day and the arrest carries it", () => {
  const arrest = result.events.find((e) => e.event === "COERCE" && foldText(e.trigger.text) === "arrested" && e.evidence.sentence === 2);
  assert.ok(arrest, describe(result.events));
  assert.equal(arrest.date, "2019-03-21");
  assert.equal(arrest.date_precision, "day");
});

test("founding example: damaged casing is detected and repaired", () => {
  assert.equal(result.casing_damaged, true);
  const repaired = result.truecased_text ?? "";
  for (const fragment of ["Juan Guaido", "SEBIN", "Caracas", "The U.S. criticized", "U.S. Secretary of State Mike Pompeo", "Lima Group"]) {
    assert.ok(repaired.includes(fragment), `truecased text lacks "${fragment}"`);
  }
});
