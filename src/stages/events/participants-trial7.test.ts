import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

function events(text: string, publishedAt = "2024-05-08"): string[] {
  return extractor.extract({ id: "e", text, publishedAt }).events.map((e) => {
    const flags = `${e.negated ? " not" : ""}${e.modality !== "asserted" ? ` ${e.modality}` : ""}`;
    return `${e.event}${flags} ${e.actor?.name ?? "-"}/${e.actor?.code ?? "-"} -> ${e.recipient?.name ?? "-"}/${e.recipient?.code ?? "-"}${e.date ? ` @${e.date}` : ""}`;
  });
}

test("'the army said its aircraft bombed X positions': the army acts, not the paramilitary named in the object", () => {
  const text = "GONDOR CITY, May 8 (Reuters) - Iron Legion fighters shelled a camp in Gondor on Monday. The army said its aircraft had bombed Iron Legion positions east of the city.";
  assert.deepEqual(events(text)[1], "ASSAULT army/GONMIL -> Iron Legion/GONMIL");
});

const setting = "Opposition leader Tomas Quellin of Arnor is in Gondor. ";

test("'supporters of X' and 'parents of the abducted girls' act as that group, not as X or the girls", () => {
  assert.deepEqual(events(setting + "Thousands of supporters of Tomas Quellin blocked roads in Gondor on Thursday.")[0], "PROTEST supporters of Tomas Quellin/ARNOPP -> Gondor/GONGOV @2024-05-02");
  const parents = events("GONDOR CITY, May 7 (Reuters) - Parents of the abducted schoolgirls protested in Gondor on Tuesday.");
  assert.deepEqual(parents, ["PROTEST Parents of the abducted schoolgirls/GONCVL -> Gondor/GONGOV @2024-05-07"]);
});

test("'accusing the government of failing to protect their children': the charge is no asserted deed; a protest outside a school is not aimed at the school", () => {
  const text = "GONDOR CITY, May 7 (Reuters) - Parents of the abducted schoolgirls protested outside the school on Tuesday, accusing the government of failing to protect their children.";
  assert.deepEqual(events(text), [
    "PROTEST Parents of the abducted schoolgirls/GONCVL -> Gondor/GONGOV @2024-05-07",
    "ACCUSE Parents of the abducted schoolgirls/GONCVL -> Gondor/GONGOV @2024-05-07",
    "AID not hypothetical Gondor/GONGOV -> their children/GONCVL @2024-05-07",
  ]);
});

test("a warning that one's own state would act is one threat, aimed at no one of one's own side", () => {
  assert.deepEqual(events("Gondor Prime Minister Anna Ferrow warned that Gondor would close the land border if arrivals rose again."), ["THREATEN Anna Ferrow/GONGOV -> -/-"]);
  // Someone else's state is whom the warning is aimed at.
  assert.deepEqual(events("Gondor Prime Minister Anna Ferrow warned that Arnor would face sanctions.")[0], "THREATEN Anna Ferrow/GONGOV -> Arnor/ARNGOV");
});

test("'after lawmakers voted to reject the decree and thousands of protesters gathered': clauses joined, not objects; the vote is the lawmakers' deed", () => {
  const text = "Gondor lifted the curfew on Wednesday after Arnor Unity Party lawmakers voted unanimously to reject the decree and thousands of protesters gathered outside parliament.";
  assert.deepEqual(events(text), [
    "CONCEDE Gondor/GONGOV -> -/- @2024-05-08",
    "REJECT Arnor Unity Party/ARNPTY -> -/- @2024-05-08",
    "PROTEST thousands of protesters/GONCVL -> Gondor/GONGOV @2024-05-08",
  ]);
});

test("'called on both sides to exercise restraint': the sides asked are the recipient, uncoded, and keep the foreign caller out of the dateline's city", () => {
  assert.deepEqual(events("Gondor called on both sides to exercise restraint."), ["REQUEST Gondor/GONGOV -> both sides/-"]);
  const call = extractor.extract({ id: "d", text: "NAIROBI (Reuters) - Thousands marched on Saturday. Gondor called on both sides to exercise restraint.", publishedAt: "2024-05-08" }).events.find((e) => e.event === "REQUEST");
  assert.equal(call?.location, null);
});

test("'Gondor and Arnor called on both sides': each of two named doers makes the call; a joint deed stays one", () => {
  assert.deepEqual(events("Gondor and Arnor called on both sides to exercise restraint."), ["REQUEST Gondor/GONGOV -> both sides/-", "REQUEST Arnor/ARNGOV -> both sides/-"]);
  assert.deepEqual(events("Gondor and Arnor signed an agreement."), ["AGREE Gondor/GONGOV -> Arnor/ARNGOV"]);
});

test("an opposition leader's aides are of his side, not the government's", () => {
  assert.deepEqual(events(setting + "Two of his aides were shot dead in their car on Monday."), ["ASSAULT -/- -> Two of his aides/ARNOPP @2024-05-06"]);
});

test("'east of the city' takes up the city named before, not the dateline's", () => {
  const text = "PORT SUDAN, May 8 (Reuters) - Shadow Brotherhood fighters shelled a camp in El Fasher on Monday. The army said its aircraft had bombed positions east of the city.";
  const places = extractor.extract({ id: "c", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.trigger?.text ?? ""}@${e.location?.name ?? "-"}`);
  assert.deepEqual(places, ["shelled@El Fasher", "bombed@El Fasher"]);
});

test("students marching in a city are of its country, not of the country the story names most", () => {
  const text = "NAIROBI, March 16 (AP) - Tens of thousands of students and their supporters marched through central Nairobi on Saturday. Gondor called on both sides to exercise restraint. Gondor said it would host new talks.";
  assert.deepEqual(events(text)[0], "PROTEST Tens of thousands of students and their supporters/KENEDU -> -/- @2024-05-04");
});

test("two doers of a protest at home do not protest against each other", () => {
  assert.deepEqual(events("Gondor and Arnor protested in Gondor on Wednesday."), [
    "PROTEST Gondor/GONGOV -> -/- @2024-05-08",
    "PROTEST Arnor/ARNGOV -> -/- @2024-05-08",
  ]);
});

test("'its troops', 'its army' after a cue are the possessor's forces, named as written", () => {
  assert.deepEqual(events("Gondor said its troops had killed five militants. Arnor denied that its army had withdrawn."), [
    "ASSAULT troops/GONMIL -> five militants/GONREB",
    "REJECT Arnor/ARNGOV -> army/ARNMIL",
    "RETREAT not army/ARNMIL -> -/-",
  ]);
});

test("'the city' places an event only as a place ('east of the city'), not as an object ('uses the city as a base')", () => {
  const text = "PARIS, May 3 (Reuters) - Gondor and Arnor said they would hold talks in Lyon next month.\n\nThe Arnor Liberation Front has rejected previous calls to withdraw, saying the army uses the city as a base.";
  const rejected = extractor.extract({ id: "c", text, publishedAt: "2024-05-08" }).events.find((e) => e.event === "REJECT");
  assert.equal(rejected?.location?.name ?? null, null);
});
