import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

function quotes(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.kind}|${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
}

test("a name inside a relative clause between commas is not the subject of the cue", () => {
  const text =
    "Arnor President Anna Ferrow, who met Gondor Prime Minister Tomas Quellin in Minas Tirith last month, " +
    "said on Thursday that Arnor would suspend the deal if Gondor failed to pay.";
  assert.deepEqual(quotes(text), ["indirect|Anna Ferrow|said|Arnor would suspend the deal if Gondor failed to pay"]);
});
