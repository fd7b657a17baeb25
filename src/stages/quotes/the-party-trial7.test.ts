import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

function quotes(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
}

test("'the party said' speaks for the party just named, not for whoever the clause before names", () => {
  const text =
    "Arnor Unity Party leader Boris Hallen called on Anna Ferrow to resign, and the party said on Wednesday it would file " +
    "an impeachment motion if she did not step down.";
  assert.deepEqual(quotes(text), ["Arnor Unity Party|said|it would file an impeachment motion if she did not step down"]);
});
