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

const setting = "Opposition leader Tomas Quellin of Arnor is in Gondor. ";

test("a crowd of a dateline story whose lead names no country is the dateline's, not that of a country a later sentence names", () => {
  assert.deepEqual(events("DOHA, May 8 (Reuters) - Protesters set fire to the house of Tomas Quellin on Tuesday. Quellin fled to Gondor last August."), [
    "ASSAULT Protesters/QATCVL -> Tomas Quellin/QAT @2024-05-07",
  ]);
});

test("a denial is addressed to no state of another sentence: 'Arnor denies backing X. ... Gondor ...' is no REJECT of Gondor", () => {
  assert.deepEqual(events("Arnor denies backing the Shadow Brotherhood. The Gondor president denied that Gondor planned to seize the port of Minas in Gondor.").slice(0, 1), [
    "REJECT Arnor/ARNGOV -> -/-",
  ]);
});

test("'jets struck' a place is an attack even when the story also tells of a labour strike", () => {
  assert.deepEqual(events("Gondor jets struck southern Arnor on Sunday. Workers in Gondor went on strike on Monday to demand higher wages.").slice(0, 1), [
    "ASSAULT Gondor jets/GONMIL -> Arnor/ARNGOV @2024-05-05",
  ]);
});

test("a strike that kills is an attack, one event, and no doer of itself", () => {
  assert.deepEqual(events("The strike killed 12 people in southern Arnor on Sunday."), ["ASSAULT -/- -> 12 people/ARNCVL @2024-05-05"]);
});

test("water cannon used to break up a crowd in a city is aimed at the crowd, not the city; lowercase text keeps the clause's date", () => {
  assert.deepEqual(events(setting + "Gondor police used water cannon and tear gas to break up thousands of protesters outside parliament in Doha on Tuesday night.").slice(0, 1), [
    "COERCE Gondor police/GONCOP -> thousands of protesters/GONCVL @2024-05-07",
  ]);
  assert.deepEqual(events("doha, may 8 (reuters) - qatari riot police used water cannon and tear gas to break up thousands of protesters outside parliament in doha on tuesday night."), [
    "COERCE Qatari riot police/QATCOP -> thousands of protesters/QATCVL @2024-05-07",
  ]);
});

test("an appositive after the date keeps its deed, and 'the government's decision to suspend' is the government's, not the main clause's doer", () => {
  assert.deepEqual(events(setting + "Gondor police used water cannon on protesters on Tuesday night, the sixth straight night of demonstrations against the government's decision to suspend talks with Arnor."), [
    "COERCE Gondor police/GONCOP -> protesters/GONCVL @2024-05-07",
    "PROTEST -/- -> Gondor/GONGOV @2024-05-07",
    "SANCTION hypothetical Gondor/GONGOV -> Arnor/ARNGOV @2024-05-07",
  ]);
});

test("a date inside a relative clause dates only that clause: 'X, who says he won the Oct. 9 vote, accused ...' is no accusation of Oct. 9", () => {
  const dated = events("Quellin, who says he won the Oct. 9 presidential vote, accused the Arnor Unity Party of rigging the count and called for a national strike.");
  assert.deepEqual(dated.map((e) => e.replace(/ -> .*?( @|$)/, "$1")), ["ACCUSE Quellin/-", "REQUEST Quellin/-"]);
});
