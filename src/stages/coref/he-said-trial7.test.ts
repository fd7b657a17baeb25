import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

function quotes(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
}

test("'he said' after '..., X said.' is X, not a man named earlier in that sentence", () => {
  const text =
    "The attackers killed the school's vice principal, Tomas Quellin, and wounded a guard, police spokesman Boris Hallen said. " +
    "He said the gunmen engaged officers on duty in a gun duel.";
  assert.deepEqual(quotes(text), [
    "Boris Hallen|said|the gunmen engaged officers on duty in a gun duel",
  ]);
});
