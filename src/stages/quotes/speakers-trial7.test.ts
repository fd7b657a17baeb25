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

test("the agency of the dateline is not the speaker of a 'X said' clause in the story", () => {
  assert.deepEqual(quotes("OSGILIATH, July 15 (Reuters) - Gondor denied the report on Tuesday and said it was backing the peace deal."), [
    "indirect|Gondor|said|it was backing the peace deal",
  ]);
  // The army has no name: better no speaker than the agency.
  assert.deepEqual(quotes("OSGILIATH, Feb 2 (Reuters) - The army said it had killed 20 rebels."), []);
});

test("a statement speaks for the group named in the story, not for the agency of the dateline", () => {
  assert.deepEqual(quotes('OSGILIATH, May 3 (Reuters) - Thousands of teachers marched across Chile on Friday. "We demand higher wages," a statement read.'), [
    "direct|Chile|read|We demand higher wages",
  ]);
});
