import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

function events(text: string): string[] {
  return extractor.extract({ id: "e", text, publishedAt: "2025-02-02" }).events.map((e) => `${e.event} ${e.actor?.name ?? "-"} ${e.trigger.text}`);
}

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
