import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

// Pronouns after a cue and across sentences (cases from new-user trials 6 and 7).
const extractor = fictionalExtractor();

function quotes(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
}

function events(text: string): string[] {
  return extractor.extract({ id: "e", text, publishedAt: "2025-02-02" }).events.map((e) => `${e.event} ${e.actor?.name ?? "-"} ${e.trigger.text}`);
}

test("'he said' after '..., X said.' is X, not a man named earlier in that sentence", () => {
  const text =
    "The attackers killed the school's vice principal, Tomas Quellin, and wounded a guard, police spokesman Boris Hallen said. " +
    "He said the gunmen engaged officers on duty in a gun duel.";
  assert.deepEqual(quotes(text), [
    "Boris Hallen|said|the gunmen engaged officers on duty in a gun duel",
  ]);
});

test("'it' after 'the army said' is the army, not a group named before", () => {
  assert.deepEqual(events("The Arnor Liberation Front attacked a post on Sunday. The army said it had killed 20 rebels."), [
    "ASSAULT Arnor Liberation Front attacked",
    "ASSAULT army killed",
  ]);
  assert.deepEqual(events("The Arnor Unity Party met on Sunday. Gondor police said they had arrested 20 rebels."), [
    "CONSULT Arnor Unity Party met",
    "COERCE Gondor police arrested",
  ]);
});

test("'arrested dozens of students in Nairobi after they staged a protest': 'they' are the students, not the city", () => {
  assert.deepEqual(events("Gondor police arrested dozens of students in Nairobi on Wednesday after they staged a protest."), [
    "COERCE Gondor police arrested",
    "PROTEST dozens of students staged",
  ]);
});

test("'its' is not a country that only says whose a person is ('expelled an Arnor diplomat, a day after its police arrested ...') (from trial 14)", () => {
  const found = extractor.extract({ id: "i", text: "Gondor on Wednesday expelled an Arnor diplomat, a day after its police arrested two Arnor citizens.", publishedAt: "2024-05-10" }).events;
  const arrest = found.find((e) => e.trigger.text === "arrested");
  assert.equal(arrest?.actor?.code, "GONCOP", JSON.stringify(arrest?.actor));
});
